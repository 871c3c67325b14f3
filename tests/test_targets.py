"""Target detection: who a Kremlin statement is about (US, NATO, EU, Ukraine, ...)."""

import csv
import re

import pytest

from stancewatch.targets import (
    TARGETS_CSV,
    find_nationality_adjectives,
    find_targets,
    target_labels,
)


def labels(text: str) -> list[str]:
    return [t.target for t in find_targets(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De Verenigde Staten hebben nieuwe sancties aangekondigd.", "US"),
        ("Volgens Moskou speelt de VS een dubbel spel.", "US"),
        ("Dat is een zaak voor de Amerikanen zelf.", "US"),
        ("Amerika moet zijn beloften nakomen.", "US"),
        ("Het Witte Huis heeft nog niet gereageerd.", "US"),
        ("Het Pentagon stuurt meer raketten.", "US"),
        ("Trumps voorstel wordt bestudeerd.", "US"),
        ("De Biden-administratie koos voor confrontatie.", "US"),
        ("Het gesprek met gezant Witkoff was nuttig.", "US"),
        ("Rubio en Lavrov spraken een uur.", "US"),
        ("De Amerikaanse regering zwijgt.", "US"),
        ("Amerikaans president Joe Biden riep op tot kalmte.", "US"),
        ("Zijn Amerikaanse ambtgenoot wil praten.", "US"),
        ("De NAVO-landen leveren wapens.", "NATO"),
        ("De Europese Unie bereidt een nieuw pakket voor.", "EU"),
        ("Brussel blijft volharden in zijn koers.", "EU"),
        ("De Europese leiders leven in een andere wereld.", "Europe"),
        ("De Europeanen willen geen vrede.", "Europe"),
        ("Kiev saboteert de gesprekken.", "Ukraine"),
        ("Zelensky wil geen akkoord.", "Ukraine"),
        ("De Oekraïense kant zwijgt.", "Ukraine"),
        ("Londen gooit olie op het vuur.", "UK"),
        ("De Britse premier dreigt opnieuw.", "UK"),
        ("Het Westen wil ons verzwakken.", "West"),
        ("De westerse sancties werken niet.", "West"),
        ("Peking roept op tot vrede.", "China"),
        ("India voert een eigen beleid.", "India"),
    ],
)
def test_known_targets_are_found(text: str, expected: str) -> None:
    assert expected in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rusland is bereid tot gesprekken.",
        "Moskou zal antwoorden, zei Poetin in het Kremlin.",
        "De Russische president en de Russische regering zwijgen.",
        "Vladimir Poetin sprak met zijn ministers.",
    ],
)
def test_russian_self_references_are_not_targets(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het onderwerp ligt volgens de Amerikaanse pers op tafel.",
        "Volgens Amerikaanse media ligt er een voorstel op tafel.",
        "Dat meldt de Britse krant The Guardian.",
    ],
)
def test_foreign_press_cited_as_source_is_not_a_target(text: str) -> None:
    assert labels(text) == []


def test_american_press_as_actor_is_a_target() -> None:
    assert labels("De Amerikaanse pers verspreidt leugens.") == ["US"]


@pytest.mark.parametrize(
    "text",
    [
        "Hij noemde het Amerikaanse argument niet overtuigend.",
        "Rusland steunt de Amerikaanse poging om de gesprekken te hervatten.",
        "De Veiligheidsraad stempelt geen Amerikaanse besluiten af.",
        "Er is veel Amerikaans geld in de oppositie gestoken.",
        "Een Amerikaanse militaire aanwezigheid daar is gevaarlijk.",
        "Geen enkele Amerikaanse krant zou dat schrijven.",
    ],
)
def test_an_american_act_decision_or_means_is_the_us(text: str) -> None:
    assert labels(text) == ["US"]


def test_adjective_without_actor_noun_is_not_a_target() -> None:
    assert labels("Inmenging in de Amerikaanse verkiezingen werd ontkend.") == []


def test_latin_america_is_not_the_us() -> None:
    assert labels("Rusland zoekt partners in Latijns-Amerika en Zuid-Amerikaanse landen.") == []


def test_capital_where_someone_speaks_is_not_a_target() -> None:
    text = "Dat verklaarde Lavrov dinsdag in Peking dat de NAVO escaleert."
    assert labels(text) == ["NATO"]


def test_capital_as_metonym_is_a_target() -> None:
    assert labels("Wat er in Washington is gezegd, moeten we analyseren.") == ["US"]
    assert labels("De dialoog wordt gewenst in Washington en in Europa.") == ["US", "Europe"]


def test_eu_names_win_over_the_european_adjective() -> None:
    assert labels("De Europese Commissie en de Europese landen") == ["EU", "Europe"]


def test_coordinated_nationality_adjectives_give_both_targets() -> None:
    assert labels("De westerse en Oekraïense media zwijgen.") == ["West", "Ukraine"]


def test_mentions_carry_offsets_into_the_text() -> None:
    text = "Gisteren zei Peskov dat het Witte Huis en Kiev moeten praten."
    for t in find_targets(text):
        assert text[t.start : t.end] == t.mention
    assert [t.mention for t in find_targets(text)] == ["Witte Huis", "Kiev"]


def test_registry_rows_are_valid() -> None:
    with TARGETS_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) == {"label", "pattern", "kind", "note"}
    for row in rows:
        assert row["kind"] in {"name", "capital", "adjective", "actor", "exclude"}, row
        assert row["label"], row
        assert (row["label"] == "*") == (row["kind"] in {"actor", "exclude"}), row
        re.compile(row["pattern"])
    assert {"US", "NATO", "EU", "Europe", "Ukraine", "UK", "West", "China"} <= set(target_labels())


@pytest.mark.parametrize(
    "text",
    [
        "Twintig of dertig landen, dat is maar een deel van de wereld.",
        "Een handvol landen kan niet voor de hele wereld spreken.",
        "Dat is maar een deel van de internationale gemeenschap.",
        "Het sanctiefront brokkelt af.",
        "De coalitie van bereidwilligen vergadert in Londen.",
        "Bepaalde landen willen ons isoleren.",
        "De bondgenoten van Kiev blijven wapens leveren.",
        "De landen die deze sancties hebben ingesteld, zijn een minderheid.",
    ],
)
def test_unnamed_groups_of_states_are_a_coalition(text: str) -> None:
    assert labels(text) and set(labels(text)) == {"coalition"}


def test_a_counted_group_next_to_a_named_country_is_found_besides_it() -> None:
    assert labels("De Verenigde Staten en 20 andere landen wezen diplomaten uit.") == [
        "US",
        "coalition",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("De betrekkingen tussen de twee landen zijn slecht.", []),  # Russia and its counterpart
        ("De drie landen hebben gereageerd.", []),  # refers back to named countries
        ("Twintig Europese landen zetten diplomaten uit.", ["Europe"]),
        ("De westerse coalitie levert wapens.", ["West"]),
        ("De G7-landen en de Angelsaksen", ["West", "US"]),  # the US and UK: the US side
    ],
)
def test_named_groups_and_bilateral_pairs_are_no_coalition(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_hyphenated_government_names_are_found() -> None:
    assert labels("De regering-Trump overweegt nieuwe tarieven.") == ["US"]
    assert labels("Het regime-Zelensky wil geen vrede.") == ["Ukraine"]


def test_more_actor_nouns_make_a_nationality_adjective_a_target() -> None:
    assert labels("De Duitse kanselier en de Amerikaanse druk") == ["Germany", "US"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kopenhagen ontdekt nu pas wie zijn vrienden zijn.", "Denmark"),
        ("Stockholm heeft voor het lidmaatschap gekozen.", "Sweden"),
        ("Vilnius blokkeert de doorvoer naar Kaliningrad.", "Baltics"),
        ("De Finnen zelf zijn goede buren.", "Finland"),
    ],
)
def test_capitals_and_peoples_stand_for_their_governments(text: str, expected: str) -> None:
    assert labels(text) == [expected]


def test_comma_coordinated_nationality_adjectives_give_every_target() -> None:
    text = "Rusland veroordeelt de Amerikaanse, Britse en Franse luchtaanvallen op Syrië."
    assert labels(text) == ["US", "UK", "France"]


def test_russian_opposition_figures_are_targets_but_not_russia() -> None:
    assert labels("Volgens hem heeft Navalny bewust de wet overtreden.") == ["opposition"]
    assert labels("Kara-Moerza is vrijgelaten.") == ["opposition"]


def test_international_watchdogs_are_targets() -> None:
    assert labels("Rusland blijft samenwerken met de inspecteurs van de OPCW.") == ["OPCW"]


def test_nationality_adjective_without_actor_noun_is_only_a_fallback() -> None:
    text = "Wij bemoeien ons niet met de Amerikaanse verkiezingen."
    assert labels(text) == []
    assert [m.target for m in find_nationality_adjectives(text)] == ["US"]
    assert find_nationality_adjectives("Volgens de Amerikaanse pers is het zo.") == []


def test_a_city_naming_an_agreement_is_no_target() -> None:
    assert labels("Kyiv voert de akkoorden van Minsk niet uit.") == ["Ukraine"]
    assert labels("De Minsk-akkoorden zijn dood.") == []


def test_capital_in_a_place_description_of_the_speech_is_not_a_target() -> None:
    text = (
        "'Het is voorbij', zei hij op de persconferentie in het paleis aan de haven van Helsinki."
    )
    assert labels(text) == []
    assert labels("Poetin sprak in Moskou over de regering van Helsinki.") == ["Finland"]


def test_a_capital_inside_the_reported_clause_is_no_place_of_the_speech() -> None:
    # "zei X in Tasjkent dat ..." names the place; what follows "dat" is what was said
    text = "Lavrov zei in Tasjkent dat de golf van uitzettingen het werk is van Washington."
    assert labels(text) == ["US"]
    assert labels("Hij zei dat de sancties in Washington worden bedacht.") == ["US"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bagdad heeft zichzelf in deze positie gebracht.", ["Iraq"]),
        ("De Amerikanen voeren oorlog in Irak.", ["US"]),  # Iraq: only a place
        ("Het IMF schrijft ons recepten voor.", ["IMF"]),
        ("Maduro is de legitieme president.", ["Venezuela"]),
        ("De doelen van IS zijn vernietigd.", ["IS"]),
        ("Wij betreuren dat de Thaise regering is gezwicht.", ["Thailand"]),
        ("De Zwitsers-Nederlandse pijpenlegger trok zich terug.", []),
        ("Rusland zet het Amerikaanse ontwikkelingsagentschap USAID uit.", ["US", "US"]),
    ],
)
def test_other_states_and_organisations_are_their_own_targets(
    text: str, expected: list[str]
) -> None:
    assert labels(text) == expected


def test_the_kremlins_words_for_its_opponents_are_opposition_targets() -> None:
    assert labels("Hij had de vrijgelaten verraders liever zien wegrotten.") == ["opposition"]
    assert labels("De dissidenten zijn vrij.") == ["opposition"]


@pytest.mark.parametrize("prefix", ["", "İstanbul meldt: "])  # "İ" lower-cases to two characters
def test_excludes_hide_their_span_also_when_lower_casing_changes_the_length(prefix: str) -> None:
    text = prefix + "Volgens de Amerikaanse pers steunt Latijns-Amerika de VS."
    found = [(t.target, text[t.start : t.end]) for t in find_targets(text)]
    assert found == [("US", "VS")]


def test_the_alliance_referred_back_to_is_nato() -> None:
    assert labels("Het bondgenootschap moet begrijpen dat dit geen veiligheid brengt.") == ["NATO"]
    assert labels("als het militaire bondgenootschap de voorstellen negeert") == ["NATO"]
    assert labels("een bondgenootschap van landen in Azië") == []  # an alliance, not the one


def test_kremlin_words_for_the_us_overseas_are_the_us() -> None:
    assert labels("onze overzeese partners willen dat niet") == ["US"]
    assert labels("opgeblazen door zijn overzeese meesters") == ["US"]
    assert labels("de overzeese gebiedsdelen van Frankrijk") == ["France"]


def test_a_nationality_adjective_before_criticism_or_accusations_is_a_target() -> None:
    assert labels("Rusland verwerpt de Amerikaanse kritiek op de luchtaanvallen.") == ["US"]
    assert labels("de Britse aantijgingen") == ["UK"]


def test_a_nationality_adjective_before_warnings_or_propaganda_is_a_target() -> None:
    assert labels("Moskou noemt de Amerikaanse waarschuwingen hysterisch.") == ["US"]


def test_where_a_russian_envoy_sits_is_no_target_but_an_american_envoy_is() -> None:
    assert labels("De Russische ambassadeur in Washington, Anatoli Antonov, zei het.") == []
    assert labels("Lavrov ontbood de Amerikaanse ambassadeur in Moskou.") == ["US"]


def test_a_nationality_adjective_before_a_compound_with_an_actor_head_is_a_target() -> None:
    assert labels("de levering van Amerikaanse Tomahawk-kruisraketten") == ["US"]
    assert labels("de Amerikaanse noodhulp") == ["US"]
    assert labels("de Amerikaanse staatsschuld") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "Amerikaanse privélegers",
        "Amerikaanse biolaboratoria",
        "Amerikaanse ngo's",
        "Amerikaanse spionnen",
        "Amerikaanse militaire specialisten",
    ],
)
def test_agents_and_organisations_a_state_is_blamed_through_are_actor_nouns(phrase: str) -> None:
    assert labels(f"Hij zegt dat {phrase} in Oekraïne actief zijn.") == ["US", "Ukraine"]
