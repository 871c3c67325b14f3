"""The packaged actor registry covers Russian officials beyond the core Kremlin voices: deputy
foreign ministers, ambassadors, ministers, deputy prime ministers, security chiefs and members of
parliament, in Dutch, English and German spellings, with the roles Dutch news names them by.
Every sentence here is written for this test, not taken from an evaluation set."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from stancewatch.actors import DATA_DIR, default_registry, normalize_role
from stancewatch.statements import extract_statements

REG = default_registry()


def _speakers(body: str, on: date) -> list[str]:
    return [s.speaker for s in extract_statements(body, on)]


@pytest.mark.parametrize(
    ("spellings", "actor"),
    [
        (("Gatilov", "Gatilow", "Gennadi Gatilov"), "Gatilov"),
        (("Karasin", "Karassin", "Grigori Karasin"), "Karasin"),
        (("Kaboelov", "Kabulov", "Kabulow", "Zamir Kabulov"), "Kabulov"),
        (("Loekasjevitsj", "Lukashevich", "Lukaschewitsch"), "Lukashevich"),
        (("Jakovenko", "Yakovenko", "Jakowenko"), "Yakovenko"),
        (("Kosatsjov", "Kosachev", "Kossatschow"), "Kosachev"),
        (("Kisljak", "Kislyak", "Sergej Kisljak"), "Kislyak"),
        (("Tsjizjov", "Chizhov", "Tschischow"), "Chizhov"),
        (("Sjoelgin", "Shulgin", "Schulgin", "Alexander Sjoelgin"), "Shulgin"),
        (("Zjirnov", "Zhirnov", "Dmitri Zjirnov"), "Zhirnov"),
        (("Zoerabov", "Zurabov"), "Zurabov"),
        (("Rogozin", "Rogosin", "Dmitri Rogozin"), "Rogozin"),
        (("Novak", "Aleksandr Novak", "Alexander Novak"), "Novak"),
        (("Koedrin", "Kudrin", "Aleksej Koedrin"), "Kudrin"),
        (("Mantoerov", "Manturov", "Manturow"), "Manturov"),
        (("Sjoevalov", "Shuvalov", "Schuwalow"), "Shuvalov"),
        (("Dvorkovitsj", "Dvorkovich", "Dworkowitsch"), "Dvorkovich"),
        (("Prichodko", "Prikhodko", "Sergej Prichodko"), "Prikhodko"),
        (("Vaino", "Waino", "Anton Vaino"), "Vaino"),
        (("Sloetski", "Slutsky", "Sluzki"), "Slutsky"),
        (("Poesjkov", "Pushkov", "Puschkow", "Aleksej Poesjkov"), "Pushkov"),
        (("Zjirinovski", "Zhirinovsky", "Schirinowski"), "Zhirinovsky"),
        (("Konasjenkov", "Konashenkov", "Konaschenkow"), "Konashenkov"),
        (("Fradkov", "Fradkow", "Michail Fradkov"), "Fradkov"),
        (("Siluanov", "Siloeanov", "Siluanow"), "Siluanov"),
        (("Oeljanov", "Uljanov", "Ulyanov"), "Ulyanov"),
        # historical officials (1991-2012)
        (
            ("Jastrzjembski", "Yastrzhembsky", "Jastrschembski", "Sergej Jastrzjembski"),
            "Yastrzhembsky",
        ),
        (("Stepasjin", "Stepashin", "Stepaschin"), "Stepashin"),
        (("Tsjoebais", "Chubais", "Tschubais", "Anatoli Tsjoebais"), "Chubais"),
        (("Christenko", "Khristenko", "Viktor Christenko"), "Khristenko"),
        (("Zjoekov", "Zhukov", "Schukow", "Aleksandr Zjoekov"), "Zhukov"),
        (("Klebanov", "Klebanow", "Ilja Klebanov"), "Klebanov"),
        (("Gratsjov", "Grachev", "Gratschow", "Pavel Gratsjov"), "Grachev"),
        (("Sergejev", "Sergeyev", "Sergejew", "Igor Sergejev"), "Sergeyev"),
        (("Kvasjnin", "Kvashnin", "Kwaschnin"), "Kvashnin"),
        (("Baloejevski", "Baluyevsky", "Balujewski", "Joeri Baloejevski"), "Baluyevsky"),
        (("Koerojedov", "Kuroyedov", "Kurojedow"), "Kuroyedov"),
        (("Jevmenov", "Yevmenov", "Jewmenow"), "Yevmenov"),
        (("Roesjajlo", "Rushailo", "Ruschailo"), "Rushailo"),
        (("Seleznjov", "Seleznyov", "Selesnjow", "Gennadi Seleznjov"), "Seleznyov"),
        (("Strojev", "Stroyev", "Strojew", "Jegor Strojev"), "Stroyev"),
        (("Loekin", "Lukin", "Vladimir Loekin"), "Lukin"),
        (("Rachmanin", "Rakhmanin", "Vladimir Rachmanin"), "Rakhmanin"),
        (("Noergalijev", "Nurgaliyev", "Nurgalijew"), "Nurgaliyev"),
        (("Onisjtsjenko", "Onishchenko", "Onischtschenko"), "Onishchenko"),
        (("Lichatsjov", "Likhachev", "Lichatschow", "Aleksej Lichatsjov"), "Likhachev"),
        (("Loezjkov", "Luzhkov", "Luschkow"), "Luzhkov"),
        (("Popova", "Anna Popova"), "Popova"),
    ],
)
def test_dutch_english_and_german_spellings_name_the_same_official(
    spellings: tuple[str, ...], actor: str
) -> None:
    for spelling in spellings:
        found = REG.lookup(spelling)
        assert found is not None and found.name == actor, spelling
        assert found.russian and found.kind == "person"


@pytest.mark.parametrize(
    "spelling",
    ["Zjoeganov", "Navalnaja", "Chodorkovski", "Kasparov", "Simonjan", "Gorbatsjov", "Kasjanov"],
)
def test_opposition_figures_and_state_media_are_known_but_not_officials(spelling: str) -> None:
    found = REG.lookup(spelling)
    assert found is not None and found.kind == "person"
    assert not found.russian


def test_a_deputy_prime_minister_named_with_his_title_speaks() -> None:
    body = (
        "Vicepremier Aleksandr Novak zei dat Rusland geen olie zal leveren aan landen die "
        "het prijsplafond toepassen."
    )
    assert _speakers(body, date(2022, 12, 5)) == ["Novak"]


def test_english_and_dutch_spellings_in_one_article_are_one_speaker() -> None:
    body = (
        "De Russische ambassadeur Alexander Shulgin zei dat Moskou bereid is tot overleg. "
        "Volgens Sjoelgin zijn de beschuldigingen ongegrond."
    )
    assert _speakers(body, date(2018, 10, 5)) == ["Shulgin", "Shulgin"]


@pytest.mark.parametrize(
    ("role", "on", "actor"),
    [
        ("de Russische ambassadeur in Nederland", date(2018, 10, 5), "Shulgin"),
        ("de Russische ambassadeur in Den Haag", date(2024, 3, 1), "Tarabrin"),
        ("de Russische ambassadeur bij de NAVO", date(2010, 1, 1), "Rogozin"),
        ("de Russische ambassadeur bij de NAVO", date(2015, 1, 1), "Grushko"),
        ("de Russische ambassadeur bij de EU", date(2014, 3, 1), "Chizhov"),
        ("de Russische ambassadeur in Washington", date(2012, 1, 1), "Kislyak"),
        ("de Russische ambassadeur in de VS", date(2005, 1, 1), "Ushakov"),
        ("de Russische ambassadeur in Londen", date(2018, 3, 20), "Yakovenko"),
        ("de Russische ambassadeur in Londen", date(2022, 3, 1), "Kelin"),
        ("de Russische VN-ambassadeur", date(2003, 2, 1), "Lavrov"),
        ("de Russische ambassadeur in Kaboel", date(2021, 8, 20), "Zhirnov"),
        ("de Russische speciale gezant voor Afghanistan", date(2021, 8, 20), "Kabulov"),
        ("de Russische minister van Energie", date(2015, 1, 1), "Novak"),
        ("de Russische minister van Financiën", date(2008, 10, 1), "Kudrin"),
        ("de Russische minister van Financiën", date(2022, 4, 1), "Siluanov"),
        ("de Russische minister van Buitenlandse Zaken", date(2002, 1, 1), "Igor Ivanov"),
        ("de Russische minister van Defensie", date(2005, 1, 1), "Ivanov"),
        ("de Russische premier", date(2006, 1, 1), "Fradkov"),
        ("de Russische eerste vicepremier", date(2021, 1, 1), "Belousov"),
        ("de stafchef van het Kremlin", date(2014, 1, 1), "Ivanov"),
        ("de stafchef van het Kremlin", date(2020, 1, 1), "Vaino"),
        ("de FSB-directeur", date(2020, 1, 1), "Bortnikov"),
        ("de voorzitter van de Doema", date(2008, 1, 1), "Gryzlov"),
        ("de voorzitter van de Doema", date(2013, 1, 1), "Naryshkin"),
        (
            "de woordvoerder van het Russische ministerie van Buitenlandse Zaken",
            date(2013, 6, 1),
            "Lukashevich",
        ),
        # historical holders (1991-2012)
        ("woordvoerder van het Kremlin", date(1997, 6, 1), "Yastrzhembsky"),
        ("de woordvoerder van president Jeltsin", date(1999, 3, 24), "Yakushkin"),
        ("Kremlinwoordvoerster", date(2010, 6, 1), "Timakova"),
        ("de stafchef van het Kremlin", date(1996, 10, 1), "Chubais"),
        ("de Russische premier", date(1995, 6, 1), "Chernomyrdin"),
        ("de Russische premier", date(1998, 5, 1), "Kiriyenko"),
        ("de Russische premier", date(1999, 6, 1), "Stepashin"),
        ("de Russische premier", date(1999, 8, 12), "Putin"),
        ("de Russische minister van Buitenlandse Zaken", date(1994, 12, 1), "Kozyrev"),
        (
            "de woordvoerder van het Russische ministerie van Buitenlandse Zaken",
            date(1999, 4, 1),
            "Rakhmanin",
        ),
        ("de Russische minister van Defensie", date(1995, 1, 1), "Grachev"),
        ("de Russische minister van Defensie", date(1999, 4, 1), "Sergeyev"),
        ("de Russische chef van de generale staf", date(2000, 8, 15), "Kvashnin"),
        ("de Russische chef van de generale staf", date(2007, 2, 10), "Baluyevsky"),
        ("de Russische chef van de generale staf", date(2012, 5, 3), "Makarov"),
        ("de Russische bevelhebber van de marine", date(2000, 8, 15), "Kuroyedov"),
        ("de Russische bevelhebber van de marine", date(2014, 3, 1), "Chirkov"),
        ("de commandant van de strategische raketstrijdkrachten", date(2007, 2, 19), "Solovtsov"),
        ("de Russische secretaris van de Veiligheidsraad", date(1996, 8, 20), "Lebed"),
        ("de Russische secretaris van de Veiligheidsraad", date(2002, 6, 1), "Rushailo"),
        ("de FSB-directeur", date(1999, 1, 1), "Putin"),
        ("de SVR-chef", date(2003, 1, 1), "Lebedev"),
        ("de GRU-chef", date(2014, 6, 1), "Sergun"),
        ("de Russische minister van Binnenlandse Zaken", date(2005, 1, 1), "Nurgaliyev"),
        ("de Russische procureur-generaal", date(2003, 10, 25), "Ustinov"),
        ("de Russische minister van Noodsituaties", date(2004, 9, 3), "Shoigu"),
        ("de voorzitter van de Doema", date(1999, 4, 1), "Seleznyov"),
        ("de voorzitter van de Federatieraad", date(1998, 1, 1), "Stroyev"),
        (
            "de voorzitter van de commissie Buitenlandse Zaken van de Doema",
            date(1999, 4, 1),
            "Lukin",
        ),
        (
            "de voorzitter van de commissie Buitenlandse Zaken van de Doema",
            date(2002, 5, 1),
            "Rogozin",
        ),
        ("de Russische ambassadeur in de VS", date(1996, 1, 1), "Vorontsov"),
        ("de Russische ambassadeur bij de NAVO", date(2005, 1, 1), "Totsky"),
        ("de Russische ambassadeur bij de NAVO", date(1999, 3, 24), "Kislyak"),
        ("de Russische VN-ambassadeur", date(1992, 6, 1), "Vorontsov"),
        ("het hoofd van Rospotrebnadzor", date(2006, 4, 1), "Onishchenko"),
        ("het hoofd van Roscosmos", date(2023, 1, 1), "Borisov"),
        ("het hoofd van Rosatom", date(2010, 1, 1), "Kiriyenko"),
        ("de Russische centralebankpresident", date(2008, 10, 1), "Ignatiev"),
        ("de Russische minister van Energie", date(2006, 1, 2), "Khristenko"),
        ("de Russische minister van Landbouw", date(2014, 8, 7), "Fyodorov"),
        ("de burgemeester van Moskou", date(2006, 5, 27), "Luzhkov"),
    ],
)
def test_role_phrases_resolve_to_the_holder_on_the_day(role: str, on: date, actor: str) -> None:
    found = REG.resolve_role(role, on)
    assert found is not None and found.name == actor, (role, on)


def test_a_role_phrase_alone_names_the_speaker() -> None:
    body = (
        "De Russische ambassadeur in Nederland zei dat Moskou openstaat voor een dialoog "
        "over het onderzoek."
    )
    assert _speakers(body, date(2018, 6, 1)) == ["Shulgin"]
    assert _speakers(body, date(2024, 6, 1)) == ["Tarabrin"]


def test_two_ivanovs_are_two_people() -> None:
    igor = REG.lookup("Igor Ivanov")
    sergei = REG.lookup("Sergej Ivanov")
    assert igor is not None and sergei is not None
    assert igor.name == "Igor Ivanov" and sergei.name == "Ivanov"
    body = "Igor Ivanov zei dat de uitbreiding van de NAVO een vergissing is."
    assert _speakers(body, date(2002, 5, 1)) == ["Igor Ivanov"]
    body = "Sergej Ivanov zei dat het leger nieuwe raketten krijgt."
    assert _speakers(body, date(2006, 5, 1)) == ["Ivanov"]


def test_two_patrushevs_are_two_people() -> None:
    nikolai = REG.lookup("Nikolaj Patroesjev")
    dmitry = REG.lookup("Dmitri Patroesjev")
    assert nikolai is not None and nikolai.name == "Patrushev"
    assert dmitry is not None and dmitry.name == "Dmitry Patrushev"


def test_the_patrushevs_share_a_surname_and_the_article_tells_them_apart() -> None:
    """Nikolai (FSB, Security Council, presidential aide) and his son Dmitry (agriculture
    minister, deputy prime minister) both spell "Patroesjev"; Nikolai is the default."""
    assert [a.name for a in REG.namesakes("Patroesjev")] == ["Patrushev", "Dmitry Patrushev"]

    def who(text: str, on: date | None = None) -> list[str]:
        return [m.actor.name for m in REG.mentions(text, on) if m.kind == "name" and m.actor]

    text = "Vicepremier Dmitri Patroesjev bezocht Rostov. Patroesjev zei dat de oogst goed is."
    assert who(text) == ["Dmitry Patrushev"] * 2
    text = "De Russische minister van Landbouw Patroesjev zei dat de graanexport stijgt."
    assert who(text, date(2020, 6, 1)) == ["Dmitry Patrushev"]
    text = "Secretaris van de Veiligheidsraad Patroesjev zei dat het Westen Rusland wil verzwakken."
    assert who(text, date(2020, 6, 1)) == ["Patrushev"]
    assert who("Patroesjev zei dat het Westen Rusland wil verzwakken.", date(2025, 1, 1)) == [
        "Patrushev"
    ]
    body = (
        "De Russische vicepremier Dmitri Patroesjev opende de graanbeurs. Patroesjev zei dat "
        "de westerse sancties de voedselprijzen opdrijven."
    )
    assert _speakers(body, date(2025, 1, 10)) == ["Dmitry Patrushev"]


def test_offices_every_country_has_need_a_qualifier_and_russian_bodies_do_not() -> None:
    """`needs_qualifier` = 1: the phrase names an office many countries have (a minister, an
    ambassador in The Hague, the president), so without "Russische" it is not the Russian one.
    0: the phrase says whose office it is (the Kremlin, the Duma, the FSB, Moscow)."""
    with (DATA_DIR / "roles.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    flags: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        key = normalize_role(row["role"])[0]
        flags.setdefault((key, row["country"]), set()).add(row["needs_qualifier"])
    assert {k: v for k, v in flags.items() if len(v) > 1} == {}  # one phrase, one answer
    russian_bodies = ("kremlin", "doema", "federatieraad", "fsb", "svr", "poetin", "moskou")
    for row in rows:
        low = row["role"].lower()
        if row["country"] == "Russia" and any(b in low for b in russian_bodies):
            assert row["needs_qualifier"] == "0", row
        if any(f" {n} " in f" {low} " for n in ("russische", "amerikaanse", "nederlandse")):
            assert row["needs_qualifier"] == "1", row  # the key without it is generic
    for key in ("minister van buitenlandse zaken", "president", "ambassadeur in den haag"):
        assert REG.needs_qualifier(key), key
    for key in ("woordvoerder van kremlin", "voorzitter van doema", "fsb-directeur"):
        assert not REG.needs_qualifier(key), key


def test_a_belgian_or_dutch_office_is_not_given_to_a_russian_holder() -> None:
    """Dutch and Belgian governments have deputy prime ministers and ministers of finance,
    energy and the interior too: without 'Russische' the phrase names nobody Russian."""
    for body in (
        "Vicepremier Vincent Van Peteghem zei dat de begroting in evenwicht moet komen.",
        "Minister van Financiën Wopke Hoekstra zei dat de sancties hun werk doen.",
        "De Nederlandse minister van Energie zei dat de gasvoorraden op peil zijn.",
    ):
        assert _speakers(body, date(2022, 4, 1)) == []
    body = "De Russische minister van Financiën zei dat de sancties niet werken."
    assert _speakers(body, date(2022, 4, 1)) == ["Siluanov"]


def test_a_deputy_prime_minister_without_a_name_is_found_by_the_topic() -> None:
    body = (
        "Rusland verlaagt de olieproductie. De Russische vicepremier zei dat de olieprijs "
        "niet door het Westen wordt bepaald."
    )
    assert _speakers(body, date(2023, 2, 10)) == ["Novak"]


def test_every_new_role_row_is_well_formed() -> None:
    with (DATA_DIR / "roles.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        start = date.fromisoformat(row["start"]) if row["start"] else None
        end = date.fromisoformat(row["end"]) if row["end"] else None
        assert start is None or end is None or start < end, row
        assert row["needs_qualifier"] in ("0", "1"), row
    # one holder at a time for a role that names one person
    for key in ("ambassadeur in nederland", "minister van energie", "minister van financiën"):
        russian = [r for r in rows if r["role"].lower() == key and r["country"] == "Russia"]
        spans = sorted((r["start"], r["end"] or "9999") for r in russian)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), key


# ---------------------------------------------------------------------------------------------
# historical office holders 1991-2026: every sentence here is written for this test


def test_core_offices_have_one_russian_holder_on_every_date() -> None:
    """No gaps: from February 1994 on, the president, the prime minister, the foreign and defence
    ministers, the foreign ministry's spokesman, the Kremlin chief of staff and the Duma's
    chair resolve to exactly one person on the first of every month."""
    roles = (
        "de Russische president",
        "de Russische premier",
        "de Russische minister van Buitenlandse Zaken",
        "de Russische minister van Defensie",
        "de woordvoerder van het Russische ministerie van Buitenlandse Zaken",
        "de stafchef van het Kremlin",
        "de voorzitter van de Doema",
    )
    for year in range(1994, 2026):
        for month in range(2 if year == 1994 else 1, 13):  # the first Duma met in January 1994
            on = date(year, month, 1)
            for role in roles:
                assert REG.resolve_role(role, on) is not None, (role, on)


def test_the_kremlin_spokesman_named_earlier_is_the_one_meant() -> None:
    """2000-2008 the Kremlin had several spokesmen (Gromov, his deputy Peskov, and
    Yastrzhembsky on Chechnya): the role phrase is the one the article named."""
    body = (
        "Kremlinwoordvoerder Dmitri Peskov zei dat het raketschild een provocatie is. De "
        "woordvoerder van het Kremlin zei ook dat Moskou tegenmaatregelen neemt."
    )
    assert _speakers(body, date(2007, 6, 1)) == ["Peskov", "Peskov"]
    body = (
        "De Russische vicepremier zei dat de Koersk na een botsing met een buitenlandse "
        "onderzeeër is gezonken."
    )
    assert _speakers(body, date(2000, 8, 20)) == ["Klebanov"]


def test_namesakes_of_new_officials_are_told_apart() -> None:
    """Surnames shared with a non-official: the Bulgarian prime minister Boyko Borisov, the
    analyst Andrei Kolesnikov, Khodorkovsky's partner Platon Lebedev and the Ukrainian adviser
    Anton Gerashchenko are never Russian speakers."""
    for body, on in (
        ("De Bulgaarse premier Borisov zei dat zijn land de sancties steunt.", date(2019, 3, 1)),
        (
            "Andrej Kolesnikov van Carnegie zei dat de elite zwijgt. Kolesnikov zei dat de "
            "oorlog lang duurt.",
            date(2023, 3, 1),
        ),
        (
            "Platon Lebedev zei dat het proces politiek is. Lebedev zei dat hij onschuldig is.",
            date(2005, 5, 1),
        ),
        ("Anton Gerasjtsjenko zei dat de aanval is afgeslagen.", date(2022, 3, 1)),
    ):
        assert _speakers(body, on) == [], body
    body = "Roscosmos-chef Joeri Borisov zei dat Rusland na 2024 uit het ISS stapt."
    assert _speakers(body, date(2022, 7, 26)) == ["Borisov"]


def test_one_holder_at_a_time_for_offices_of_one_person() -> None:
    with (DATA_DIR / "roles.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for key in (
        "premier",
        "minister van buitenlandse zaken",
        "minister van defensie",
        "chef van de generale staf",
        "secretaris van de veiligheidsraad",
        "fsb-directeur",
        "svr-directeur",
        "voorzitter van de doema",
        "voorzitter van de federatieraad",
        "stafchef van het kremlin",
        "minister van binnenlandse zaken",
        "minister van justitie",
        "procureur-generaal",
        "bevelhebber van de marine",
        "ambassadeur bij de navo",
        "ambassadeur in de vs",
        "vn-ambassadeur",
    ):
        russian = [r for r in rows if r["role"].lower() == key and r["country"] == "Russia"]
        assert russian, key
        spans = sorted({(r["start"], r["end"] or "9999") for r in russian})  # "NAVO"/"Navo"
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), key


def test_the_space_agency_under_its_older_names_is_the_russian_institution() -> None:
    for body in (
        "Rosaviakosmos liet in een verklaring weten dat Tito volledig is opgeleid.",
        "Het Russische ruimtevaartagentschap zei dat de lancering doorgaat.",
        "De Russische ruimtevaartorganisatie zei dat de lancering doorgaat.",
    ):
        assert _speakers(body, date(2001, 4, 20)) == ["Roscosmos"], body


def test_senator_klintsevich_and_arms_export_chief_shugayev_are_officials() -> None:
    body = "Frants Klintsevitsj noemde het systeem een antwoord op Washington."
    assert _speakers(body, date(2015, 11, 12)) == ["Klintsevich"]
    body = "Dmitri Sjoegajev zei dat Rusland bereid is Turkije vliegtuigen te leveren."
    assert _speakers(body, date(2019, 8, 27)) == ["Shugayev"]


def test_zyuganov_speaks_as_a_duma_faction_leader_from_1994_not_before() -> None:
    body = "Gennadi Zjoeganov zei dat de lening een politieke lening is."
    assert _speakers(body, date(1996, 3, 27)) == ["Zyuganov"]
    assert _speakers(body, date(1993, 3, 27)) == []


def test_the_international_affairs_chair_without_a_chamber_is_the_one_named_last() -> None:
    body = (
        "In de Doema genoot Dmitri Rogozin zichtbaar. “Nu weet men in Washington dat Rusland "
        "niet alleen staat”, zei de voorzitter van de commissie Internationale Zaken."
    )
    assert _speakers(body, date(2001, 7, 17)) == ["Rogozin"]


def test_navy_spokesman_dygalo_is_an_official() -> None:
    body = "Marinewoordvoerder Igor Dygalo zei dat de oefening tegen niemand gericht is."
    assert _speakers(body, date(2008, 9, 22)) == ["Dygalo"]


def test_kasyanov_as_deputy_finance_minister_and_the_emergencies_ministry_speak() -> None:
    body = "Viceminister Michail Kasjanov beloofde dat Rusland de betalingen hervat."
    assert _speakers(body, date(1998, 9, 12)) == ["Kasyanov"]
    body = "Het ministerie van Noodsituaties meldde dat de ramen gesneuveld waren."
    assert _speakers(body, date(2013, 2, 15)) == ["Russian ministry"]


def test_deputy_minister_losyukov_and_baluyevsky_spelled_balojevski_are_known() -> None:
    assert _speakers(
        "Viceminister Aleksandr Losjoekov zei dat het goed ging.", date(2003, 1, 22)
    ) == ["Losyukov"]
    assert _speakers(
        "Generaal Joeri Balojevski zei dat het niets verandert.", date(2002, 6, 15)
    ) == ["Baluyevsky"]


def test_the_un_mission_the_investigative_committee_and_the_mod_in_moscow_are_russian() -> None:
    for body, actor in (
        ("De Russische missie bij de VN in New York liet weten dat het goed is.", "Russian MFA"),
        ("Het Onderzoekscomité liet intussen weten dat het onderzoekt.", "Investigative Committee"),
        (
            "Het ministerie van Defensie in Moskou heeft laten weten dat de basis blijft.",
            "Russian MoD",
        ),
    ):
        assert _speakers(body, date(2013, 12, 6)) == [actor], body
