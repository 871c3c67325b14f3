"""The domain data added for issue #4: general word classes in data/lexicon.csv and the ways Dutch
news names an addressee in data/targets.csv. Each test names the behaviour a class of rows gives;
the sentences are made up for the test, not taken from the held-out articles."""

import pytest

from stancewatch.sentiment import STANCE_THRESHOLDS, score_text
from stancewatch.stance import stances_for_statement
from stancewatch.targets import find_targets

NEG, POS = STANCE_THRESHOLDS


def labels(text: str) -> list[str]:
    return [t.target for t in find_targets(text)]


def stance_toward(text: str, target: str, speaker: str = "Lavrov") -> str:
    found = {s.target: s.stance for s in stances_for_statement(text, 0, len(text), speaker)}
    return found.get(target, "missing")


# --- targets.csv -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Het Georgische leger trok de stad binnen.", "Georgia"),
        ("Saakasjvili heeft de oorlog gewild.", "Georgia"),
        ("Saakashvili's regering viel.", "Georgia"),
        ("De Georgiërs zijn begonnen.", "Georgia"),
        ("Het is aan de regering in Damascus om dit op te lossen.", "Syria"),
        ("Assad blijft aan de macht.", "Syria"),
        ("De Syrische regering heeft ingestemd.", "Syria"),
        ("Het rapport van het JIT is politiek.", "JIT"),
        ("Het Internationaal Strafhof heeft geen gezag.", "ICC"),
        ("De aanval werd door de rebellen uitgevoerd.", "rebels"),
        ("Maia Sandu voert een anti-Russische koers.", "Moldova"),
    ],
)
def test_neighbouring_states_courts_and_armed_groups_are_named_targets(
    text: str, expected: str
) -> None:
    assert expected in labels(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("President Bush koos voor confrontatie.", "US"),
        ("De NSA luistert iedereen af.", "US"),
        ("De Republikeinen blokkeren de hulp.", "US"),
        ("De Noord-Atlantische alliantie breidt uit.", "NATO"),
        ("Secretaris-generaal De Hoop Scheffer zei iets anders.", "NATO"),
        ("Juncker wil nieuwe sancties.", "EU"),
        ("Engeland steunt Kiev met raketten.", "UK"),
        ("Joesjtsjenko wil bij de NAVO.", "Ukraine"),
        ("Orbán verzet zich tegen de sancties.", "Hungary"),
        ("De Italiaanse regering twijfelt.", "Italy"),
        ("Pasjinjan kiest voor het Westen.", "Armenia"),
        ("De taliban zijn redelijke mensen.", "Taliban"),
        ("De OVSE-waarnemers zijn partijdig.", "OSCE"),
        ("Het Internationaal Gerechtshof heeft geen bevoegdheid.", "ICJ"),
        ("De Raad van Europa heeft Rusland uitgesloten.", "CoE"),
        ("Wij reageren op de maatregelen van de onvriendelijke landen.", "coalition"),
    ],
)
def test_more_ways_dutch_news_names_western_and_neighbouring_actors(
    text: str, expected: str
) -> None:
    assert expected in labels(text)


def test_a_states_warships_and_bases_make_it_the_target() -> None:
    assert labels("De Amerikaanse oorlogsschepen voor de kust zorgen voor spanning.") == ["US"]
    assert labels("De Britse vliegtuigen vlogen boven de Zwarte Zee.") == ["UK"]
    assert labels("Er komen nieuwe Amerikaanse militaire bases in Polen.") == ["US", "Poland"]


def test_a_syrian_army_unit_in_a_military_report_is_no_addressee() -> None:
    # no Syria adjective row: a Russian ally's forces described in a report are not addressed
    assert labels("De Syrische luchtafweer heeft de raketten onderschept.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Moskou dreigt de leveringen aan landen die de maatregel toepassen stop te zetten.",
        "Alle landen die sancties hebben ingesteld, zullen dat merken.",
        "Wij verkopen geen olie aan landen die het prijsplafond steunen.",
    ],
)
def test_countries_imposing_a_measure_are_the_sanctioning_coalition(text: str) -> None:
    assert "coalition" in labels(text)


def test_countries_doing_anything_else_are_no_coalition() -> None:
    assert "coalition" not in labels("Er zijn twee landen die handel drijven.")


# --- lexicon.csv -------------------------------------------------------------------------------


def pol(text: str) -> float:
    return score_text(text).polarity


@pytest.mark.parametrize(
    "text",
    [
        "Kiev pleegt genocide in de Donbas.",
        "Dit is etnische zuivering.",
        "Zij begaan oorlogsmisdaden.",
        "Het was een bloedbad.",
    ],
)
def test_atrocity_accusations_score_strongly_negative(text: str) -> None:
    assert pol(text) <= -0.6


@pytest.mark.parametrize(
    "text",
    [
        "Dit is een dolksteek in de rug.",
        "Zij hebben ons een mes in de rug gestoken.",
        "Washington laat zijn bondgenoten in de steek.",
        "Een verraderlijke zet van Londen.",
    ],
)
def test_betrayal_idioms_score_negative(text: str) -> None:
    assert pol(text) < NEG


@pytest.mark.parametrize(
    "text",
    [
        "Het onderzoek is vooringenomen.",
        "Een partijdige rechtbank.",
        "De rapporteurs zijn bevooroordeeld.",
    ],
)
def test_charges_of_bias_score_negative(text: str) -> None:
    assert pol(text) < NEG


@pytest.mark.parametrize(
    "text",
    [
        "Brussel meet met twee maten.",
        "Ze hebben de wereld om de tuin geleid.",
        "Dit is zand in de ogen strooien.",
        "Ze houden ons al jaren aan het lijntje.",
        "Europa danst naar de pijpen van Washington.",
        "Zij zetten ons het mes op de keel.",
        "Ze sluiten de ogen voor wat Kiev doet.",
        "De NAVO speelt spelletjes in onze achtertuin.",
    ],
)
def test_deception_servility_and_coercion_idioms_score_negative(text: str) -> None:
    assert pol(text) < NEG


@pytest.mark.parametrize(
    "text",
    [
        "De Europeanen zijn lakeien van Amerika.",
        "Het is een schurkenstaat.",
        "Zij gedragen zich als bandieten.",
        "Het zijn dieven.",
        "Een schijnheilige verklaring.",
        "Dat is pure huichelarij.",
        "Het Kiev-regime gaat door.",
        "Dat zijn complottheorieën.",
    ],
)
def test_contempt_and_dismissal_words_score_negative(text: str) -> None:
    assert pol(text) < NEG


def test_insinuation_of_a_hidden_purpose_scores_negative() -> None:
    assert pol("Hun adviseurs zaten daar niet voor de sier.") < NEG


@pytest.mark.parametrize(
    "text",
    [
        "Zij kan beter een cursus geschiedenis volgen.",
        "De regering zou beter eerst haar eigen problemen oplossen.",
        "Hij zou er beter aan doen zich daar niet mee te bemoeien.",
    ],
)
def test_advice_as_reproach_scores_negative(text: str) -> None:
    assert pol(text) < NEG


def test_an_ignored_proposal_is_a_reproach() -> None:
    text = "Wij hebben voorstellen gedaan. De Amerikanen hebben daar niet op gereageerd."
    assert stance_toward(text, "US", "Ryabkov") == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "De Europese burgers zullen de rekening betalen.",
        "Zij bereiken hun doelen ten koste van anderen.",
        "Europa betaalt de prijs voor die keuze.",
    ],
)
def test_bearing_the_cost_of_someone_elses_policy_scores_negative(text: str) -> None:
    assert pol(text) < NEG


def test_solving_problems_together_is_no_complaint() -> None:
    text = "Rusland en de Verenigde Staten kunnen samen grote problemen oplossen."
    assert stance_toward(text, "US", "Peskov") == "positive"


def test_refusing_to_take_conclusions_seriously_is_dismissal() -> None:
    assert pol("Er is geen reden om deze conclusies serieus te nemen.") < NEG


def test_talking_as_equals_is_respect_and_its_negation_a_reproach() -> None:
    assert pol("Wij willen op gelijke voet praten.") > POS
    assert pol("Hij is niet in staat om als gelijke te praten.") < NEG


@pytest.mark.parametrize(
    "text",
    [
        "Poetin reikt de hand naar Washington.",
        "Het ijs is gebroken.",
        "Beide partijen moeten water bij de wijn doen.",
    ],
)
def test_reconciliation_idioms_score_positive(text: str) -> None:
    assert pol(text) > POS


@pytest.mark.parametrize(
    "text",
    [
        "Vier jaar lang horen we dit.",
        "Het gesprek vindt mogelijk morgen plaats.",
        "Dat is bewust gedaan.",
        "Het zijn uitzonderlijke maatregelen.",
    ],
)
def test_duration_modality_and_rarity_words_carry_no_stance(text: str) -> None:
    assert pol(text) == 0.0


@pytest.mark.parametrize(
    "text",
    ["Moskou eist dat Kiev zich terugtrekt.", "Moskou heeft zijn deelname opgeschort."],
)
def test_inflected_forms_of_demand_and_suspension_verbs_score_negative(text: str) -> None:
    assert pol(text) < NEG


def test_an_accusation_of_genocide_is_negative_toward_the_named_leader() -> None:
    text = "Saakasjvili heeft gekozen voor genocide om zijn doelen te bereiken."
    assert stance_toward(text, "Georgia", "Medvedev") == "negative"


def test_blaming_the_rebels_is_negative_toward_them() -> None:
    text = "De aanval is mogelijk door de rebellen uitgevoerd om steun uit te lokken."
    assert stance_toward(text, "rebels", "Putin") == "negative"


def test_burying_a_good_destroys_it() -> None:
    assert pol("Daarmee heeft Kiev de onderhandelingen begraven.") < NEG


def test_fruitless_efforts_are_a_reproach() -> None:
    assert pol("Twintig jaar aanwezigheid heeft niets opgeleverd.") < NEG
    assert pol("Het resultaat is nul.") < NEG


def test_a_military_counter_threat_is_hostile() -> None:
    assert pol("Wij zullen de dreiging neutraliseren.") < NEG


@pytest.mark.parametrize(
    "text",
    [
        "Dat is antirussische propaganda.",
        "Het is sabelgekletter.",
        "Dit is oorlogshitserij.",
        "Die beschuldiging is uit de lucht gegrepen.",
        "Dat is flauwekul.",
        "Er is geen bewijs voor.",
        "Dit is een vernedering voor Europa.",
    ],
)
def test_kremlin_rebuttal_and_warmongering_charges_score_negative(text: str) -> None:
    assert pol(text) < NEG


@pytest.mark.parametrize("text", ["Hij prees de Amerikaanse president.", "Lovende woorden."])
def test_words_of_praise_score_positive(text: str) -> None:
    assert pol(text) > POS


@pytest.mark.parametrize(
    "text", ["Wij volgen de situatie nauwgezet.", "De nieuwe regering is onvoorspelbaar."]
)
def test_manner_and_unpredictability_words_carry_no_stance(text: str) -> None:
    assert pol(text) == 0.0


# --- session 5: common reproaches, idioms and words of thaw ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die hoop is ijdel.",
        "Hij heeft bewust zout in de wonden gestrooid.",  # textblob alone: 'zout' +0.4 (salty)
        "Een toespraak vol oude vijandbeelden.",
        "Het onderzoek is een verspilling van tijd en geld.",
        "Het is een verkiezingstruc, niet meer en niet minder.",
        "De heer Billingslea neemt zijn wensen voor werkelijkheid.",
        "Washington wil zijn spieren laten zien.",
        "De ambassades zijn bijna volledig verlamd.",
        "Dat is kolder en kwaadwillige stemmingmakerij.",
        "Het is een wolf in schaapskleren.",
        "Washington heeft het voorstel elke keer geblokkeerd.",
        "Hij schreef dat de Amerikanen nu ook in Azië een brandje stichten.",
    ],
)
def test_reproaches_and_idioms_of_kremlin_rhetoric_score_negative(text: str) -> None:
    assert score_text(text).polarity < NEG, text


@pytest.mark.parametrize("text", ["Een bemoedigend signaal.", "De dooi zet door."])
def test_words_of_thaw_score_positive(text: str) -> None:
    assert score_text(text).polarity > POS, text


@pytest.mark.parametrize(
    "text",
    [
        "Poetin nodigde Trump ook uit voor de herdenking in Moskou.",
        "Het Kremlin meldde dat Poetin Obama heeft uitgenodigd voor een bezoek.",
        "Volgens het Kremlin betuigde hij zijn medeleven.",
        "Als we onze inspanningen bundelen, komen we verder.",
        "Het is een nieuwe bladzijde in onze betrekkingen.",
    ],
)
def test_invitations_sympathy_and_joining_forces_score_positive(text: str) -> None:
    assert score_text(text).polarity > POS, text


@pytest.mark.parametrize(
    "text",
    [
        "Dan moet hij dat vooral aan zijn eigen landgenoten uitleggen.",
        "Dat is het resultaat van hun eigen beleid.",
        "Amerika heeft altijd zijn eigen belang gediend.",
    ],
)
def test_their_own_said_of_someone_else_is_tu_quoque(text: str) -> None:
    assert score_text(text).polarity < NEG, text


@pytest.mark.parametrize(
    "text",
    [
        "Er wordt een gecoördineerde informatieoorlog tegen ons gevoerd.",
        "Dat is flagrant onrecht.",
        "Zij behandelen de Balkan als hun achtertuin.",
        "Het is een knieval voor de NAVO.",
        "Het document heeft een imperiaal karakter.",
        "Senator Kosatsjov noemde het een publiciteitsstunt voor het binnenlandse publiek.",
        "De reactie van de westerse leiders zegt alles.",
        "Lavrov zei dat de NAVO via Oekraïne in wezen oorlog voert met Rusland.",
        "Het draaiboek is in Washington geschreven.",
        "Van de vertrekkende regering is niets meer te verwachten.",
        "Het is een onwil om afscheid te nemen van de unipolaire wereld.",
        "Rusland is niet bang voor een Amerikaans schild.",
        "Dat is niet ons probleem, dat is een keuze van Washington.",
        "Wij verwachten steun, geen preken.",
    ],
)
def test_charges_of_kremlin_rhetoric_missing_from_textblob_score_negative(text: str) -> None:
    assert score_text(text).polarity < NEG, text


@pytest.mark.parametrize(
    "text",
    [
        "Dat zegt meer over hen dan over ons.",
        "Zij hebben de rechten van onze burgers met voeten getreden.",
        "Zij lezen ons de les.",
        "Het is de wereld op zijn kop.",
        "De beschuldiging heeft geen poot om op te staan.",
    ],
)
def test_dutch_idioms_of_reproach_score_negative(text: str) -> None:
    assert score_text(text).polarity < NEG, text


@pytest.mark.parametrize(
    "text",
    [
        "Het is heel goed mogelijk dat westerse diensten erachter zitten.",
        "Welke opties, dat wilde hij niet kwijt.",
        "Het document is gedetailleerd.",
    ],
)
def test_likelihood_discretion_and_description_carry_no_stance(text: str) -> None:
    assert pol(text) == 0.0


@pytest.mark.parametrize(
    "text",
    ["Dit is een volkomen verkeerd begrip van de regio.", "Dat is geen commentaar waard."],
)
def test_a_wrong_understanding_and_not_worth_a_comment_are_reproaches(text: str) -> None:
    assert pol(text) < NEG


@pytest.mark.parametrize(
    "text",
    [
        "Rusland zal vredestroepen in geen enkele vorm aanvaarden.",
        "Wij zullen dat onder geen enkele voorwaarde accepteren.",
        "Wij zullen dat onder geen beding accepteren.",
    ],
)
def test_multiword_negations_like_in_geen_geval_negate_acceptance(text: str) -> None:
    assert pol(text) < NEG


@pytest.mark.parametrize(
    "text",
    [
        "Politieke demagogie heeft nog nooit iemands gezag gered.",
        "Hij zag er een binnenlandse afrekening in.",
        "Dit was een veto tegen een politieke show.",
        "De regering zet het land in de uitverkoop.",
    ],
)
def test_demagogy_settling_scores_and_political_shows_are_accusations(text: str) -> None:
    assert pol(text) < NEG
