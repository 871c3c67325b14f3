"""The actor registry: spellings, institutions and role holders, all loaded from CSV data."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from stancewatch.actors import (
    DATA_DIR,
    ActorRegistry,
    _first_name_spellings,
    default_registry,
    normalize_role,
)
from stancewatch.statements import extract_statements

REG = default_registry()


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.name) for m in REG.match_name(text) if m.actor]


@pytest.mark.parametrize(
    ("spelling", "actor"),
    [
        ("Poetin", "Putin"),
        ("Putin", "Putin"),
        ("Poutine", "Putin"),
        ("Peskov", "Peskov"),
        ("Peskow", "Peskov"),
        ("Peskof", "Peskov"),
        ("Lavrov", "Lavrov"),
        ("Lavrow", "Lavrov"),
        ("Rjabkov", "Ryabkov"),
        ("Ryabkov", "Ryabkov"),
        ("Riabkov", "Ryabkov"),
        ("Zacharova", "Zakharova"),
        ("Zakharova", "Zakharova"),
        ("Sacharowa", "Zakharova"),
        ("Oesjakov", "Ushakov"),
        ("Ushakov", "Ushakov"),
        ("Uschakow", "Ushakov"),
        ("Medvedev", "Medvedev"),
        ("Medvedjev", "Medvedev"),
        ("Medwedew", "Medvedev"),
        ("Sjojgoe", "Shoigu"),
        ("Shoigu", "Shoigu"),
        ("Nebenzja", "Nebenzya"),
        ("Nebenzya", "Nebenzya"),
        ("Belousov", "Belousov"),
        ("Beloesov", "Belousov"),
        ("Dmitriev", "Dmitriev"),
        ("Dmitrijev", "Dmitriev"),
        ("Patroesjev", "Patrushev"),
        ("Patrushev", "Patrushev"),
        ("Matvijenko", "Matviyenko"),
        ("Matviyenko", "Matviyenko"),
        ("Volodin", "Volodin"),
        ("Kadyrov", "Kadyrov"),
    ],
)
def test_every_transliteration_names_the_same_russian_official(spelling: str, actor: str) -> None:
    found = REG.lookup(spelling)
    assert found is not None and found.name == actor
    assert found.russian and found.kind == "person"


@pytest.mark.parametrize(
    "spelling",
    [
        "Biden",
        "Trump",
        "Zelensky",
        "Zelenski",
        "Rutte",
        "Macron",
        "Starmer",
        "Von der Leyen",
        "Blinken",
        "Rubio",
        "Witkoff",
        "Kellogg",
        "Obama",
    ],
)
def test_western_and_ukrainian_leaders_are_known_but_not_russian(spelling: str) -> None:
    found = REG.lookup(spelling)
    assert found is not None and not found.russian


def test_first_name_and_surname_match_the_same_person_as_one_mention() -> None:
    assert _names("Dmitri Peskov zei het, en Peskov herhaalde het.") == [
        ("Dmitri Peskov", "Peskov"),
        ("Peskov", "Peskov"),
    ]
    assert _names("Sergej Lavrov en Sergei Rjabkov") == [
        ("Sergej Lavrov", "Lavrov"),
        ("Sergei Rjabkov", "Ryabkov"),
    ]


def test_genitive_names_match_and_are_marked_possessive() -> None:
    found = REG.match_name("Poetins oorlog en Trumps adviseurs, Trump's plan")
    assert [(m.text, m.actor.name, m.possessive) for m in found if m.actor] == [
        ("Poetins", "Putin", True),
        ("Trumps", "Trump", True),
        ("Trump's", "Trump", True),
    ]


def test_names_are_case_sensitive_and_compounds_are_no_mentions() -> None:
    assert _names("het poetin-regime") == []
    assert _names("het Poetin-regime en de Biden-administratie") == []
    assert _names("Poetinisme en Trumpiaanse politiek") == []


def test_institutions_include_their_article_and_acronyms_need_their_case() -> None:
    found = REG.match_institutions(
        "Het Kremlin en Moskou; het Russische ministerie van Buitenlandse Zaken; de VS; 3 vs 2"
    )
    assert [(m.text, m.actor.name) for m in found if m.actor] == [
        ("Het Kremlin", "Kremlin"),
        ("Moskou", "Russia"),
        ("het Russische ministerie van Buitenlandse Zaken", "Russian MFA"),
        ("de VS", "United States"),
    ]


@pytest.mark.parametrize(
    ("role", "on", "actor"),
    [
        ("woordvoerder van het Kremlin", date(2021, 4, 16), "Peskov"),
        ("Kremlinwoordvoerder", date(2018, 3, 28), "Peskov"),
        ("de woordvoerder van de Russische president", date(2021, 4, 16), "Peskov"),
        ("de Russische minister van Buitenlandse Zaken", date(2025, 7, 15), "Lavrov"),
        ("de Russische president", date(2005, 1, 1), "Putin"),
        ("de Russische president", date(2010, 6, 1), "Medvedev"),
        ("de Russische president", date(2023, 6, 1), "Putin"),
        ("de Russische president", None, "Putin"),
        ("vicevoorzitter van de Russische Veiligheidsraad", date(2023, 1, 1), "Medvedev"),
        (
            "woordvoerster van het Russische ministerie van Buitenlandse Zaken",
            date(2020, 1, 1),
            "Zakharova",
        ),
        ("de Russische minister van Defensie", date(2020, 1, 1), "Shoigu"),
        ("de Russische defensieminister", date(2025, 1, 1), "Belousov"),
        ("de Amerikaanse president", date(2021, 6, 1), "Biden"),
        ("de Amerikaanse president", date(2025, 6, 1), "Trump"),
    ],
)
def test_roles_resolve_to_their_holder_on_the_day(role: str, on: date | None, actor: str) -> None:
    found = REG.resolve_role(role, on)
    assert found is not None and found.name == actor


@pytest.mark.parametrize(
    ("role", "on"),
    [
        ("vicevoorzitter van de Veiligheidsraad", date(2019, 1, 1)),  # before Medvedev
        ("woordvoerster van het ministerie van Buitenlandse Zaken", date(2014, 1, 1)),
        ("de Russische vice-minister van Buitenlandse Zaken", None),  # several deputies
        ("de voormalige Russische president", None),
        ("een woordvoerder van het Kremlin", None),
        ("de Franse bakker", None),
    ],
)
def test_roles_without_one_holder_stay_unresolved(role: str, on: date | None) -> None:
    assert REG.resolve_role(role, on) is None


def test_role_mentions_carry_nationality_determiner_and_former() -> None:
    roles = REG.match_roles(
        "Amerikaans president Biden sprak met de voormalige Russische president en een "
        "woordvoerder van het Kremlin."
    )
    assert [(m.role_key, m.country, m.determiner, m.former) for m in roles] == [
        ("president", "US", "", False),
        ("president", "Russia", "de", True),
        ("woordvoerder van kremlin", "", "een", False),
    ]


def test_role_directly_before_a_name_becomes_a_mention_of_that_person() -> None:
    found = REG.mentions("de Russische minister van Buitenlandse Zaken Sergej Lavrov zei")
    assert [(m.text, m.kind, m.actor.name) for m in found if m.actor] == [
        ("de Russische minister van Buitenlandse Zaken Sergej Lavrov", "name", "Lavrov")
    ]


def test_name_of_an_embedded_role_is_not_merged_into_the_spokesman() -> None:
    found = REG.mentions("de woordvoerder van de Russische president Poetin zei")
    assert [(m.kind, m.role_key) for m in found][0] == ("role", "woordvoerder van president")
    assert found[1].actor is not None and found[1].actor.name == "Putin"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def test_adding_a_person_and_a_role_is_adding_csv_rows(tmp_path: Path) -> None:
    actors = list(csv.reader((DATA_DIR / "actors.csv").open(encoding="utf-8")))
    actors += [
        ["Borodavkin", "person", "1", "m", "name", "Borodavkin"],
        ["Borodavkin", "person", "1", "m", "first", "Aleksej"],
    ]
    _write(tmp_path / "actors.csv", actors[0], actors[1:])
    roles = list(csv.reader((DATA_DIR / "roles.csv").open(encoding="utf-8")))
    roles.append(
        [
            "VN-ambassadeur in Genève",
            "Russia",
            "0",
            "Borodavkin",
            "2011-08-01",
            "2018-05-01",
            "Russian MFA",
            "",
        ]
    )
    _write(tmp_path / "roles.csv", roles[0], roles[1:])
    reg = ActorRegistry.load(tmp_path)
    assert [(m.text, m.actor.name) for m in reg.match_name("Aleksej Borodavkin zei")] == [
        ("Aleksej Borodavkin", "Borodavkin")
    ]
    found = reg.resolve_role("de VN-ambassadeur in Genève", date(2015, 1, 1))
    assert found is not None and found.name == "Borodavkin"
    assert REG.lookup("Borodavkin") is None  # the packaged registry is untouched


def test_a_role_holder_missing_from_actors_csv_is_rejected(tmp_path: Path) -> None:
    _write(
        tmp_path / "actors.csv",
        ["actor", "kind", "russian", "gender", "type", "variant"],
        [["Putin", "person", "1", "m", "name", "Poetin"]],
    )
    _write(
        tmp_path / "roles.csv",
        ["role", "country", "needs_qualifier", "actor", "start", "end", "institution", "context"],
        [["president", "Russia", "1", "Nobody", "2000-01-01", "", "", ""]],
    )
    with pytest.raises(ValueError, match="Nobody"):
        ActorRegistry.load(tmp_path / "actors.csv")


def test_packaged_data_is_consistent() -> None:
    with (DATA_DIR / "actors.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    kinds: dict[str, set[str]] = {}
    for row in rows:
        assert row["kind"] in ("person", "institution")
        assert row["type"] in ("name", "first", "institution")
        assert row["russian"] in ("0", "1")
        kinds.setdefault(row["actor"], set()).add(row["kind"])
    assert all(len(k) == 1 for k in kinds.values())
    persons = {a for a, k in kinds.items() if "person" in k}
    named = {r["actor"] for r in rows if r["type"] == "name"}
    assert persons <= named  # every person can be found by a surname
    assert default_registry() is default_registry()


def test_other_russian_ministries_are_russian_institutions() -> None:
    body = (
        "Het Russische ministerie van Economische Ontwikkeling liet weten geen directe gevolgen "
        "voor de Russische economie te verwachten."
    )
    [found] = extract_statements(body, date(2025, 4, 3))
    assert found.speaker == "Russian ministry"
    actor = default_registry().actor("Russian ministry")
    assert actor is not None and actor.kind == "institution" and actor.russian


def test_a_named_adviser_wins_over_the_role_holder() -> None:
    body = (
        "Kremlinadviseur Vladislav Soerkov nam de sancties niet serieus. ,,Het enige wat mij "
        "interesseert, is jazz. Daarvoor heb ik geen visum nodig'', zei hij."
    )
    assert [s.speaker for s in extract_statements(body, date(2014, 3, 21))] == ["Surkov"]


def _speakers(body: str, on: date, registry: ActorRegistry | None = None) -> list[str]:
    return [s.speaker for s in extract_statements(body, on, registry)]


def test_a_surname_followed_by_another_name_is_someone_elses_first_name() -> None:
    """ "Novak" is Alexander Novak's surname and Novak Djokovic's first name: a surname with
    another capitalised name right after it names somebody else."""
    assert _names("Novak Djokovic zei dat hij wil winnen.") == []
    assert _speakers("Novak Djokovic zei dat Rusland hem steunt.", date(2023, 1, 1)) == []
    assert _names("Aleksandr Novak zei het, en Novak herhaalde het.") == [
        ("Aleksandr Novak", "Novak"),
        ("Novak", "Novak"),
    ]
    assert _speakers("Novak zei dat de olieprijs stijgt.", date(2023, 1, 1)) == ["Novak"]
    assert _names("de Trump Tower en Donald Trump Jr.") == [("Donald Trump", "Trump")]
    # a known name, a verb or a sentence start after the surname is no second name
    assert _names("had Trump Poetin gefeliciteerd") == [("Trump", "Trump"), ("Poetin", "Putin")]
    assert _names("Lavrov Waarschuwt Westen") == [("Lavrov", "Lavrov")]
    assert _names("Novaks plan en Novak VS-sancties") == [("Novaks", "Novak"), ("Novak", "Novak")]


def _registry_with_two_ivanovs(tmp_path: Path) -> ActorRegistry:
    """The packaged registry with Igor Ivanov listed like any namesake: the surname spellings
    as `name` rows, 'Igor' as `first` row (Sergei Ivanov, listed first, is the default)."""
    actors = list(csv.reader((DATA_DIR / "actors.csv").open(encoding="utf-8")))
    actors = [r for r in actors if r[0] != "Igor Ivanov"]
    actors += [["Igor Ivanov", "person", "1", "m", "name", v] for v in ("Ivanov", "Ivanow")]
    actors.append(["Igor Ivanov", "person", "1", "m", "first", "Igor"])
    _write(tmp_path / "actors.csv", actors[0], actors[1:])
    roles = list(csv.reader((DATA_DIR / "roles.csv").open(encoding="utf-8")))
    _write(tmp_path / "roles.csv", roles[0], roles[1:])
    return ActorRegistry.load(tmp_path)


def test_a_shared_surname_names_the_namesake_the_article_introduced(tmp_path: Path) -> None:
    reg = _registry_with_two_ivanovs(tmp_path)

    def who(text: str, on: date | None = None) -> list[str]:
        return [m.actor.name for m in reg.mentions(text, on) if m.kind == "name" and m.actor]

    assert [a.name for a in reg.namesakes("Ivanov")] == ["Ivanov", "Igor Ivanov"]
    # by first name, earlier in the article
    text = "Minister van Buitenlandse Zaken Igor Ivanov sprak met Powell. Ivanov zei dat ..."
    assert who(text) == ["Igor Ivanov", "Igor Ivanov"]
    assert who("Sergej Ivanov landde. Ivanovs toespraak en Ivanov zei ...") == ["Ivanov"] * 3
    # by a role only one of them held: before the name, in apposition, or earlier on its own
    assert who("De Russische minister van Defensie Ivanov zei ...") == ["Ivanov"]
    assert who("Ivanov, de minister van Buitenlandse Zaken, zei ...") == ["Igor Ivanov"]
    text = "De Russische minister van Buitenlandse Zaken landde in Parijs. Ivanov zei ..."
    assert who(text) == ["Igor Ivanov"]
    # a headline before the full name
    assert who("Ivanov waarschuwt Washington\n\nIgor Ivanov zei ...") == ["Igor Ivanov"] * 2
    # nothing in the article: the one in office on its date, else the default
    assert who("Ivanov zei dat ...", date(1999, 3, 24)) == ["Igor Ivanov"]  # FM; Sergei not yet
    assert who("Ivanov zei dat ...", date(2012, 6, 1)) == ["Ivanov"]  # Kremlin chief of staff
    assert who("Ivanov zei dat ...", date(2003, 3, 20)) == ["Ivanov"]  # both in office
    assert who("Ivanov zei dat ...") == ["Ivanov"]
    body = (
        "Minister van Buitenlandse Zaken Igor Ivanov sprak met zijn Franse ambtgenoot. "
        "Ivanov zei dat een oorlog in Irak een grote vergissing zou zijn."
    )
    assert _speakers(body, date(2003, 3, 20), reg) == ["Igor Ivanov"]


def test_an_office_every_country_has_is_russian_only_with_a_qualifier() -> None:
    """roles.csv `needs_qualifier`: "de minister van Buitenlandse Zaken" in a Dutch paper is
    the Dutch minister unless it says "Russische" or the article is about the Russian one."""
    claim = "zei dat de uitbreiding van de NAVO een vergissing is."
    on = date(2002, 5, 1)  # Igor Ivanov was the only foreign minister in the registry then
    assert _speakers(f"De minister van Buitenlandse Zaken {claim}", on) == []
    role = REG.mentions(f"De minister van Buitenlandse Zaken {claim}")[0]
    assert role.kind == "role" and role.country == "other"
    for qualified in (
        f"De Russische minister van Buitenlandse Zaken {claim}",
        f"De minister van Buitenlandse Zaken van Rusland {claim}",
        f"De minister van Buitenlandse Zaken in Moskou {claim}",
        f"Het Russische ministerie van Buitenlandse Zaken protesteerde. "
        f"De minister van Buitenlandse Zaken {claim}",
    ):
        assert _speakers(qualified, on)[-1] == "Igor Ivanov", qualified
    # the article is about the Russian holder: he or his office was named before
    body = "Lavrov landde in Genève. De minister van Buitenlandse Zaken zei dat het goed ging."
    assert _speakers(body, date(2022, 1, 10)) == ["Lavrov"]
    body = (
        "Het Kremlin reageerde. De woordvoerder van de president zei dat de sancties onwettig zijn."
    )
    assert _speakers(body, date(2020, 4, 1)) == ["Kremlin", "Peskov"]
    # a role followed by a name the registry does not know is that person's office
    body = (
        "Lavrov zei dat de sancties falen. Minister van Buitenlandse Zaken Wopke Hoekstra zei "
        "dat de sancties werken."
    )
    assert _speakers(body, date(2022, 4, 1)) == ["Lavrov"]
    # a phrase on its own
    assert REG.resolve_role("minister van Buitenlandse Zaken", on) is None
    assert (
        REG.resolve_role("de minister van Buitenlandse Zaken van Rusland", on).name == "Igor Ivanov"
    )
    assert REG.needs_qualifier("minister van buitenlandse zaken")
    assert not REG.needs_qualifier("woordvoerder van kremlin")
    # "in Moskou" after an envoy is where a foreigner is posted, not a Russian qualifier
    assert normalize_role("de Nederlandse ambassadeur in Moskou")[:2] == (
        "ambassadeur in moskou",
        "Netherlands",
    )


def test_other_transliterations_of_a_first_name_join_the_surname() -> None:
    assert _first_name_spellings("Aleksej") >= {"Alexej", "Alexei", "Aleksey", "Aleksei"}
    assert _first_name_spellings("Joeri") == {"Joeri"}
    reg = ActorRegistry.load()
    (m,) = reg.mentions("Alexej Poesjkov twitterde dat ...")
    assert (m.text, m.actor.name if m.actor else None) == ("Alexej Poesjkov", "Pushkov")


def test_a_russian_given_name_none_of_the_listed_ones_names_another_person() -> None:
    reg = ActorRegistry.load()
    assert [m.text for m in reg.mentions("Boris Fjodorov reageerde opgetogen.")] == []
    (m,) = reg.mentions("Nikolaj Fjodorov reageerde opgetogen.")
    assert m.actor is not None and m.actor.name == "Fyodorov"
    (m,) = reg.mentions("Landbouwminister Fjodorov reageerde opgetogen.")
    assert m.actor is not None and m.actor.name == "Fyodorov"


def test_a_title_joined_by_en_belongs_to_the_unregistered_official_named_after_it() -> None:
    body = (
        "De Russische vicepremier en minister van Financiën Boris Fjodorov reageerde voorzichtig. "
        ",,Een belofte betaalt geen salarissen'', zei hij."
    )
    found = extract_statements(body, date(1993, 4, 15))
    assert {s.speaker for s in found} == {"Fyodorov"}


def test_held_russian_office_tells_former_officials_from_foreigners() -> None:
    reg = default_registry()
    kozyrev, trump = reg.actor("Kozyrev"), reg.actor("Trump")
    assert kozyrev is not None and trump is not None
    assert reg.held_russian_office(kozyrev) and not reg.held_russian_office(trump)
