"""Stance per target of whole statements: three development case files, seed gold rows,
behaviours, speed. None of the case files is unseen any more: all were used for error analysis
while writing rules (the real held-out measurement is a separate blind set)."""

import csv
import itertools
from pathlib import Path

import pytest

from stancewatch.sentiment import stance_label, textblob_polarity
from stancewatch.stance import (
    ArticleStatement,
    TargetStance,
    in_article_context,
    sentence_spans,
    stances_for_statement,
)

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "data" / "stance_cases.csv"
UNSEEN = REPO / "tests" / "data" / "stance_cases_unseen.csv"
GOLD = REPO / "tests" / "gold"
STANCES = ("positive", "neutral", "negative")

# The own cases (218: the first pass's 120 plus 98 written in the second pass for its phenomena
# and as fresh general batches) were written by the rule writers and looked at while writing
# rules: accuracy 0.968, macro-F1 0.970 after the second pass and still after the third; their
# "holdout" third (0.925) was inspected in the second pass too, so it is no longer held out. Seed
# gold rows on sentence spans: 25/27 (raw textblob 11/27).
SEED_STANCE_FLOOR = 25
# stance_cases_unseen.csv was written before the second pass and kept unseen until its end (then
# 0.694 / 0.704). In the third pass it was development data: its errors were analysed while
# writing general rules and lexicon rows, so its figures are no longer an unbiased estimate.
# After the article-level pass on tests/heldout: 0.887 (110 of 124), macro-F1 0.881, 123 found.
UNSEEN_ACCURACY_FLOOR = 0.85  # measured 0.871 (108 of 124) at the end of the third pass
UNSEEN_MACRO_F1_FLOOR = 0.85  # measured 0.871
UNSEEN_TARGET_FOUND_FLOOR = 121 / 124  # measured 122 of 124
# stance_cases_dev2.csv (145 cases) was written at the start of the third pass, before any rule
# changed (then accuracy 0.676, macro-F1 0.695), and used for error analysis during it.
DEV2 = REPO / "tests" / "data" / "stance_cases_dev2.csv"
DEV2_ACCURACY_FLOOR = 0.90  # measured 0.924 (134 of 145) at the end of the third pass
DEV2_MACRO_F1_FLOOR = 0.90  # measured 0.924


def _case_rows(path: Path = CASES) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _found_targets(row: dict[str, str]) -> dict[str, TargetStance]:
    """Stances of the case: context, then the statement, then the rest of its sentence."""
    context, after = row["context"], row.get("after", "")
    body = f"{context} {row['text']}" if context else row["text"]
    start, end = (len(context) + 1 if context else 0), len(body)
    result = stances_for_statement(body + after, start, end, row["speaker"])
    return {t.target: t for t in result}


def _predict_case(row: dict[str, str]) -> str:
    """Stance toward the case's target ("A|B": either label counts); "missing" when not found."""
    found = _found_targets(row)
    hit = next((found[t] for t in row["target"].split("|") if t in found), None)
    return hit.stance if hit else "missing"


def _accuracy_and_macro_f1(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    f1s = []
    for label in STANCES:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return accuracy, sum(f1s) / len(f1s)


def test_case_file_is_varied_enough() -> None:
    rows = _case_rows()
    assert len(rows) >= 60
    assert {r["stance"] for r in rows} == set(STANCES)
    assert {"US", "NATO", "EU", "Ukraine", "West", "coalition", "none"} <= {
        r["target"] for r in rows
    }
    assert {"Peskov", "Lavrov", "Zakharova", "Medvedev", "Ryabkov"} <= {r["speaker"] for r in rows}


def test_own_cases_reach_accuracy_and_macro_f1_floors() -> None:
    rows = _case_rows()
    pairs = [(r["stance"], _predict_case(r)) for r in rows]
    accuracy, macro_f1 = _accuracy_and_macro_f1(pairs)
    holdout = [
        (r["stance"], p) for r, (_g, p) in zip(rows, pairs, strict=True) if r["split"] == "holdout"
    ]
    holdout_accuracy, _ = _accuracy_and_macro_f1(holdout)
    print(
        f"\nown cases: accuracy {accuracy:.3f}, macro-F1 {macro_f1:.3f}, "
        f"held-out accuracy {holdout_accuracy:.3f} (n={len(holdout)})"
    )
    assert accuracy >= 0.93
    assert macro_f1 >= 0.93
    assert holdout_accuracy >= 0.85


def test_unseen_case_file_is_varied_enough() -> None:
    rows = _case_rows(UNSEEN)
    assert len(rows) >= 80
    assert {r["stance"] for r in rows} == set(STANCES)
    targets = {t for r in rows for t in r["target"].split("|")}
    assert {"US", "NATO", "EU", "Europe", "Ukraine", "UK", "West", "coalition", "none"} <= targets
    assert len({r["speaker"] for r in rows}) >= 5


def test_unseen_cases_reach_their_floors() -> None:
    rows = _case_rows(UNSEEN)
    predictions = [_predict_case(r) for r in rows]
    pairs = [(r["stance"], p) for r, p in zip(rows, predictions, strict=True)]
    accuracy, macro_f1 = _accuracy_and_macro_f1(pairs)
    target_found = sum(p != "missing" for p in predictions) / len(rows)
    print(
        f"\nunseen (now development) cases: accuracy {accuracy:.3f}, macro-F1 {macro_f1:.3f}, "
        f"target found {target_found:.3f} (n={len(rows)})"
    )
    assert accuracy >= UNSEEN_ACCURACY_FLOOR
    assert macro_f1 >= UNSEEN_MACRO_F1_FLOOR
    assert target_found >= UNSEEN_TARGET_FOUND_FLOOR


def test_dev2_case_file_is_varied_enough() -> None:
    rows = _case_rows(DEV2)
    assert len(rows) >= 120
    assert {r["stance"] for r in rows} == set(STANCES)
    assert len({r["target"] for r in rows}) >= 12
    assert len({r["speaker"] for r in rows}) >= 8


def test_dev2_cases_reach_their_floors() -> None:
    rows = _case_rows(DEV2)
    pairs = [(r["stance"], _predict_case(r)) for r in rows]
    accuracy, macro_f1 = _accuracy_and_macro_f1(pairs)
    print(f"\ndev2 cases: accuracy {accuracy:.3f}, macro-F1 {macro_f1:.3f} (n={len(rows)})")
    assert accuracy >= DEV2_ACCURACY_FLOOR
    assert macro_f1 >= DEV2_MACRO_F1_FLOOR


# --- the 27 gold rows of the seeds ------------------------------------------------------------


def _seed_body(file: str, furniture: list[str]) -> str:
    """The raw seed with page furniture lines (gold must_not_contain) dropped, as a cleaned body
    would be; lines that merely start with furniture ("Bron: Belga 0 De ...") keep their text."""
    out = []
    for line in (REPO / "seeds" / file).read_text(encoding="utf-8").splitlines():
        hits = [f for f in furniture if f in line]
        for f in hits:
            line = line.replace(f, " ")
        if hits and (len(hits) > 1 or len(line.split()) < 12):
            continue
        out.append(line)
    return "\n".join(out)


def _seed_rows() -> list[tuple[dict[str, str], str, int, int]]:
    """(gold row, body, start, end): the span is the sentence(s) containing the anchor."""
    with (GOLD / "seed_articles.csv").open(encoding="utf-8") as fh:
        furniture = {
            r["file"]: [f for f in r["must_not_contain"].split("|") if f]
            for r in csv.DictReader(fh)
        }
    with (GOLD / "seed_statements.csv").open(encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    rows = []
    for g in gold:
        body = _seed_body(g["file"], furniture[g["file"]])
        a = body.find(g["anchor"])
        assert a >= 0, g["anchor"]
        spans = [(s, e) for s, e in sentence_spans(body) if s < a + len(g["anchor"]) and a < e]
        rows.append((g, body, spans[0][0], spans[-1][1]))
    return rows


def _stance_toward(gold_target: str, stances: list[TargetStance]) -> str:
    if gold_target == "US":
        hit = next((t for t in stances if t.target == "US"), None)
    elif gold_target == "other":
        hit = next((t for t in stances if t.target not in ("US", "none")), None)
    else:
        hit = next((t for t in stances if t.target == "none"), None)
    return hit.stance if hit else "neutral"


def test_seed_gold_stance_agreement_beats_raw_textblob() -> None:
    rows = _seed_rows()
    assert len(rows) == 27
    ours = raw = 0
    for g, body, start, end in rows:
        stances = stances_for_statement(body, start, end, g["speaker"])
        ours += _stance_toward(g["target"], stances) == g["stance"]
        raw += stance_label(textblob_polarity(body[start:end])) == g["stance"]
    print(f"\nseed gold stance agreement: ours {ours}/27, raw textblob-nl {raw}/27")
    assert ours >= SEED_STANCE_FLOOR
    assert ours > raw


# --- behaviours -------------------------------------------------------------------------------


def _stances(text: str, context: str = "") -> dict[str, TargetStance]:
    body = f"{context} {text}" if context else text
    start = len(context) + 1 if context else 0
    result = stances_for_statement(body, start, len(body))
    assert len({t.target for t in result}) == len(result), "one TargetStance per target"
    return {t.target: t for t in result}


def test_different_stances_toward_two_targets_in_one_quote() -> None:
    got = _stances(
        "Deze dialoog wordt ook gewenst in Washington. Men lijkt in Brussel echter eerder te "
        "streven naar escalatie dan naar vrede."
    )
    assert got["US"].stance == "positive"
    assert got["EU"].stance == "negative"


def test_contrastive_conjunction_separates_targets() -> None:
    got = _stances(
        "Terwijl Peking oproept tot een vreedzame oplossing, gooit Londen olie op het vuur."
    )
    assert (got["China"].stance, got["UK"].stance) == ("positive", "negative")


def test_target_named_after_in_tegenstelling_tot_gets_the_opposite_stance() -> None:
    got = _stances("De Amerikanen zijn bereid tot dialoog, in tegenstelling tot de Britten.")
    assert (got["US"].stance, got["UK"].stance) == ("positive", "negative")


def test_anaphoric_statement_takes_its_target_from_the_previous_sentence() -> None:
    got = _stances(
        "Zulke ultimatums zijn voor ons onaanvaardbaar.",
        context="De Amerikaanse president stelde Moskou een ultimatum van vijftig dagen.",
    )
    assert list(got) == ["US"]
    assert got["US"].stance == "negative"
    assert got["US"].mention == "Amerikaanse president"


def test_statement_without_reference_does_not_borrow_targets() -> None:
    got = _stances(
        "Laten we de beslissing van de president afwachten.",
        context="De Amerikaanse president stelde Moskou een ultimatum.",
    )
    assert list(got) == ["none"]


def test_statement_without_target_yields_one_neutral_none_row() -> None:
    [only] = stances_for_statement("Laten we geen voorbarige conclusies trekken.", 0, 43)
    assert (only.target, only.mention, only.stance) == ("none", "", "neutral")


def test_reporting_frame_in_the_same_sentence_gives_the_target() -> None:
    body = '"Dat is een onvriendelijke stap", zei Peskov over de Amerikaanse sancties.'
    start, end = 1, body.index('"', 1)
    got = {t.target: t for t in stances_for_statement(body, start, end, "Peskov")}
    assert got["US"].stance == "negative"


def test_only_the_statement_span_is_scored() -> None:
    body = "De NAVO is een agressieve alliantie. Wij staan open voor dialoog met Washington."
    start = body.index("Wij")
    got = {t.target: t for t in stances_for_statement(body, start, len(body))}
    assert list(got) == ["US"]
    assert got["US"].stance == "positive"


def test_speaker_is_never_his_own_target() -> None:
    body = "Zelensky zei dat hij geen vrede wil met Rusland."
    [only] = stances_for_statement(body, 0, len(body), "Zelensky")
    assert only.target == "none"
    [ukraine] = stances_for_statement(body, 0, len(body), "Peskov")
    assert ukraine.target == "Ukraine"


def test_polarity_and_subjectivity_are_in_range_and_evidence_is_kept() -> None:
    [us] = stances_for_statement("De VS voeren een vijandige politiek.", 0, 36)
    assert -1 <= us.polarity <= 1 and 0 <= us.subjectivity <= 1
    assert any(e.words == "vijandige" for e in us.evidence)


# --- second pass: roles, coalitions, relational and referring look-back -----------------------


def test_victim_of_named_pressure_is_excused_and_the_agents_are_blamed() -> None:
    got = _stances("Lavrov verklaarde dat Trump onder enorme druk staat van de EU en de NAVO.")
    assert (got["US"].stance, got["EU"].stance, got["NATO"].stance) == (
        "positive",
        "negative",
        "negative",
    )


def test_victim_of_unnamed_pressure_is_not_blamed() -> None:
    got = _stances("Het is duidelijk dat Trump onder enorme druk staat.")
    assert got["US"].stance == "neutral"


def test_active_pressure_in_a_subordinate_clause_blames_the_subject() -> None:
    got = _stances("Lavrov zei dat de Europeanen Washington onder druk zetten om door te vechten.")
    assert (got["Europe"].stance, got["US"].stance) == ("negative", "positive")


@pytest.mark.parametrize(
    "text",
    [
        "Ivanov verweet de Amerikanen dat ze de oorlog gebruiken om Rusland onder druk te zetten.",
        "Ivanov verweet de Amerikanen dat ze Rusland „onder druk te zetten”.",
    ],
)
def test_pressure_as_a_te_infinitive_blames_its_subject(text: str) -> None:
    assert _stances(text)["US"].stance == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Wij willen geen handelsoorlog met Amerika. Maar wij willen ook geen voogd die ons "
        "vertelt welke klanten wij mogen hebben.",
        "Wij hebben geen agressieve plannen tegen Amerika. Maar wij zullen ons land beschermen.",
    ],
)
def test_a_disavowal_before_maar_prefaces_a_warning_and_is_no_goodwill(text: str) -> None:
    assert _stances(text)["US"].stance != "positive"


def test_a_disavowal_without_maar_still_counts() -> None:
    assert _stances("Wij willen geen handelsoorlog met Amerika.")["US"].stance == "positive"


def test_russian_pressure_excuses_nobody() -> None:
    got = _stances("Wij zetten Kiev onder druk om de oorlog te beëindigen.")
    assert got["Ukraine"].stance != "positive"


def test_object_of_someone_elses_pressure_is_not_a_target() -> None:
    got = _stances(
        "De druk die de geallieerde leiders op de Amerikaanse president uitoefenen, is schandalig."
    )
    assert list(got) == ["West"]
    assert got["West"].stance == "negative"


def test_unnamed_coalition_is_not_booked_on_the_us() -> None:
    got = _stances(
        '"Twintig of dertig landen, dat is maar een deel van de internationale gemeenschap."',
        context="De Verenigde Staten en twintig andere landen wezen Russische diplomaten uit.",
    )
    assert list(got) == ["coalition"]
    assert got["coalition"].stance == "negative"


def test_die_landen_resolves_to_the_countries_named_just_before() -> None:
    got = _stances(
        "Die landen voeren een eigen koers en dat respecteren wij.",
        context="China en India kopen steeds meer Russische olie.",
    )
    assert list(got) == ["China", "India"]
    got = _stances(
        "Die landen zullen merken dat dit hun eigen economie schaadt.",
        context="De VS en dertig andere landen kondigden nieuwe sancties aan.",
    )
    assert list(got) == ["coalition"]


def test_relational_statement_takes_the_counterpart_from_the_context() -> None:
    got = _stances(
        "'Het is dus positief dat de meningen van de twee staatshoofden op dezelfde lijn liggen.'",
        context="Biden riep donderdag op tot de-escalatie. Peskov reageerde in Moskou. "
        "'Poetin praat er consequent over', zei hij.",
    )
    assert list(got) == ["US"]
    assert got["US"].stance == "positive"


def test_russias_own_next_step_does_not_borrow_targets() -> None:
    got = _stances(
        "'Ik wil niets overhaasten. Laten we de beslissing van Poetin afwachten.'",
        context="'Dergelijke beslissingen in Washington en Brussel zijn geen teken van vrede.' "
        "Poetin zal zich later uitspreken.",
    )
    assert list(got) == ["none"]


def test_elaborating_quote_gives_the_paraphrase_its_target() -> None:
    body = (
        "Peskov toonde zich ook niet onder de indruk van de laatste sancties. "
        '"Twintig of dertig landen, dat is maar een deel van de internationale gemeenschap."'
    )
    end = body.index(". ") + 1
    got = {t.target: t for t in stances_for_statement(body, 0, end, "Peskov")}
    assert list(got) == ["coalition"]
    assert got["coalition"].stance == "negative"


def test_demonstrative_with_a_noun_of_saying_refers_back() -> None:
    got = _stances(
        "We hebben die woorden gehoord en gaan gewoon door met ons werk.",
        context="Trump zei zondag dat hij teleurgesteld is in Poetin.",
    )
    assert list(got) == ["US"]


def test_target_after_an_evaluative_comparative_gets_the_opposite_stance() -> None:
    got = _stances("Het Witte Huis begrijpt beter dan Europa dat deze oorlog moet eindigen.")
    assert (got["US"].stance, got["Europe"].stance) == ("positive", "negative")


# --- third pass: coercion, quoted names, nouns of judgement ---------------------------------


def test_victim_of_named_coercion_is_not_blamed_and_the_agent_is() -> None:
    got = _stances("De Europeanen zijn gegijzeld door de Amerikaanse energiepolitiek.")
    assert (got["US"].stance, got["Europe"].stance) == ("negative", "neutral")


def test_victim_of_a_named_agent_is_not_blamed() -> None:
    got = _stances("Het Oekraïense leger is het slachtoffer van de politiek van Washington.")
    assert (got["US"].stance, got["Ukraine"].stance) == ("negative", "neutral")


def test_active_coercion_blames_the_subject() -> None:
    got = _stances("Washington heeft Europa gedwongen zijn eigen industrie op te offeren.")
    assert got["US"].stance == "negative"
    assert got["Europe"].stance != "negative"


def test_hostages_of_their_own_policy_are_blamed() -> None:
    got = _stances("De Europeanen zijn gijzelaars geworden van hun eigen sanctiebeleid.")
    assert got["Europe"].stance == "negative"


def test_a_name_a_target_gives_in_quotes_is_pretence() -> None:
    got = _stances('De NAVO noemt zichzelf een "defensief bondgenootschap".')
    assert got["NATO"].stance == "negative"
    got = _stances('Washington noemt dit een "vredesplan", maar het is een lijst met eisen.')
    assert got["US"].stance == "negative"


def test_the_speakers_own_quoted_word_is_not_pretence() -> None:
    body = "Peskov noemde de nieuwe maatregelen van de EU 'onwettig'."
    got = {t.target: t for t in stances_for_statement(body, 0, len(body), "Peskov")}
    assert got["EU"].stance == "negative"
    body = "Peskov noemde het gesprek met Trump 'nuttig'."
    got = {t.target: t for t in stances_for_statement(body, 0, len(body), "Peskov")}
    assert got["US"].stance == "positive"


def test_demonstrative_with_a_noun_of_judgement_refers_back() -> None:
    got = _stances(
        "Wij delen die beoordeling.",
        context="De Amerikaanse minister noemde de gesprekken productief.",
    )
    assert list(got) == ["US"]


_US_ARTICLE = (
    "De Russische president Poetin en zijn Amerikaanse collega Biden ontmoetten elkaar in "
    "Genève. Het was hun eerste top.\n\nDe relatie tussen Moskou en Washington is slecht. "
    "Er waren nieuwe sancties en het weer was slecht. "
)


def _quoted_in_us_article(quote: str, speaker: str = "Peskov") -> list[tuple[str, str]]:
    """(target, stance) of a quote said by `speaker` at the end of a US-Russia article."""
    body = f"{_US_ARTICLE}'{quote}', zei hij."
    start = body.index("'") + 1
    got = stances_for_statement(body, start, body.index("'", start), speaker)
    return [(t.target, t.stance) for t in got]


def test_statement_about_talks_takes_the_counterpart_the_article_is_about() -> None:
    body = _US_ARTICLE + "'Er worden geen doorbraken verwacht', zei Peskov."
    start = body.index("'") + 1
    got = stances_for_statement(body, start, body.index("'", start), "Peskov")
    assert [t.target for t in got] == ["US"]


def test_statement_without_a_bilateral_cue_stays_without_target_in_a_us_article() -> None:
    body = _US_ARTICLE + "'Rusland kiest voor een verantwoordelijke aanpak', zei Peskov."
    start = body.index("'") + 1
    got = stances_for_statement(body, start, body.index("'", start), "Peskov")
    assert [t.target for t in got] == ["none"]


def test_unnamed_statement_about_an_american_matter_is_about_the_us() -> None:
    got = _stances("Wij bemoeien ons niet met de Amerikaanse verkiezingen.")
    assert list(got) == ["US"]


def test_he_in_a_direct_quote_is_someone_named_before() -> None:
    body = (
        'Poetin sprak over de man die het Witte Huis betrekt. "Hij bleek een moedige man", zei hij.'
    )
    start = body.index('"')
    got = stances_for_statement(body, start, body.index('"', start + 1) + 1, "Putin")
    assert [t.target for t in got] == ["US"]


def test_a_possessive_after_the_subject_is_no_third_person() -> None:
    got = _stances(
        "„Rusland zal zijn legitieme belangen blijven verdedigen”",
        context="De Britse premier zei dat Rusland de oorlog niet kan winnen.",
    )
    assert list(got) == ["none"]


def test_a_condition_is_not_asserted_the_main_clause_carries_the_stance() -> None:
    offer = _stances(
        "Als de Amerikanen hun vijandige koers wijzigen, dan kunnen we om de tafel gaan zitten."
    )
    assert offer["US"].stance == "positive"
    demand = _stances("Als Washington echt vrede wil, moet het ophouden met wapenleveringen.")
    assert demand["US"].stance == "negative"


def test_a_condition_counts_damped_when_nothing_else_is_said() -> None:
    got = _stances("Als de Amerikanen vijandig blijven, dan zien we wel verder.")
    assert -0.2 < got["US"].polarity < 0


def test_als_meaning_as_is_no_condition() -> None:
    got = _stances("Als vergelding zet Rusland de vijandige Amerikaanse diplomaten uit, aldus hij.")
    assert got["US"].polarity < -0.3  # not damped


def test_a_sentence_opening_with_the_low_double_quote_ends_the_previous_one() -> None:
    assert len(sentence_spans("Hij was boos. ,,Wij blazen geen bruggen op'', zei hij.")) == 2


def _quote_after(prefix: str, quote: str, speaker: str = "Peskov") -> list[TargetStance]:
    """Stances of `'quote', zei <speaker>.` at the end of `prefix`."""
    body = f"{prefix}'{quote}', zei {speaker}."
    start = len(prefix) + 1
    return stances_for_statement(body, start, start + len(quote), speaker)


def test_a_clear_reproach_that_names_nobody_is_about_the_counterpart_of_the_article() -> None:
    got = _quote_after(_US_ARTICLE, "Er is geen reden om deze conclusies serieus te nemen")
    assert [(t.target, t.stance) for t in got] == [("US", "negative")]


def test_a_neutral_statement_that_names_nobody_is_about_the_counterpart_but_only_implied() -> None:
    got = _quote_after(_US_ARTICLE, "De delegaties komen volgende week opnieuw bijeen")
    assert [(t.target, t.stance, t.implied) for t in got] == [("US", "neutral", True)]
    clear = _quote_after(_US_ARTICLE, "Er is geen reden om deze conclusies serieus te nemen")
    assert not clear[0].implied


def test_the_us_is_the_counterpart_when_the_lead_names_it_twice_even_if_another_more() -> None:
    lead = "Irak en Bagdad zijn het doelwit. Bagdad wacht af. De VS en Washington dreigen Bagdad. "
    got = _quote_after(lead, "Onaanvaardbaar en vijandig gedrag")
    assert [(t.target, t.stance) for t in got] == [("US", "negative")]


def test_the_victim_of_an_attack_is_not_whom_the_statement_is_about() -> None:
    got = _quote_after(_US_ARTICLE, "Deze agressie tegen Iran heeft geen enkele rechtvaardiging")
    assert [(t.target, t.stance) for t in got] == [("US", "negative")]


def test_interference_from_outside_is_the_counterparts() -> None:
    got = _quote_after(_US_ARTICLE, "Ons middenveld heeft geen sturing van buitenaf nodig")
    assert [t.target for t in got] == ["US"]


def test_a_neutral_statement_without_any_counterpart_stays_without_target() -> None:
    body = "Het regende in Moskou. 'De delegaties komen volgende week opnieuw bijeen', zei Peskov."
    start = body.index("'") + 1
    got = stances_for_statement(body, start, body.index("'", start), "Peskov")
    assert [t.target for t in got] == ["none"]


def test_a_clear_statement_about_russia_itself_is_not_given_to_the_counterpart() -> None:
    body = _US_ARTICLE + "'Rusland blijft een betrouwbare en sterke partner', zei Peskov."
    start = body.index("'") + 1
    got = stances_for_statement(body, start, body.index("'", start), "Peskov")
    assert [t.target for t in got] == ["none"]


def test_a_rhetorical_question_flips_its_praise() -> None:
    got = _stances("„De Verenigde Staten leggen iedereen hun regels op. Wie is daar blij mee?”")
    assert got["US"].stance == "negative"
    assert any(e.words.endswith("(?)") and e.polarity < 0 for e in got["US"].evidence)


def test_a_rhetorical_question_without_evaluative_words_is_mild_reproach() -> None:
    got = _stances("„Wie kiest de doelen? Dat kunnen alleen Amerikaanse militairen doen.”")
    assert got["US"].stance == "negative"


def test_a_plain_statement_is_no_rhetorical_question() -> None:
    got = _stances("„Wij hebben met de Amerikanen over de doelen gesproken.”")
    assert got["US"].stance == "neutral"


def test_a_demand_on_a_target_is_reproach() -> None:
    assert (
        _stances("„Het Witte Huis moet nu op al deze feiten reageren”")["US"].stance == "negative"
    )
    assert _stances("„Nu moet Washington uitleg geven”")["US"].stance == "negative"


def test_an_announced_retaliation_is_a_threat_to_whom_it_answers() -> None:
    got = _stances("Lavrov kondigde aan dat Moskou zal antwoorden op het besluit van Washington.")
    assert got["US"].stance == "negative"
    quote = "Rusland zal onmiddellijk en symmetrisch reageren"
    assert _quoted_in_us_article(quote) == [("US", "negative")]


def test_refraining_from_retaliation_is_no_threat() -> None:
    got = _stances("Poetin zei dat Moskou zal afzien van tegenmaatregelen tegen de VS.")
    assert got["US"].stance != "negative"


def test_a_warning_addressed_to_a_target_is_a_threat() -> None:
    got = _stances("Hij waarschuwde de Polen dat hun raketschild geen bescherming biedt.")
    assert got["Poland"].stance == "negative"


def test_blame_of_the_previous_administration_is_not_held_against_the_present_one() -> None:
    got = _stances(
        "„President Trump en zijn team hebben de bruggen weer opgebouwd die de vorige regering "
        "had opgeblazen”"
    )
    assert got["US"].stance == "positive"
    blamed = _stances("„De Amerikanen hebben alle bruggen opgeblazen”")
    assert blamed["US"].stance == "negative"


def test_a_mean_on_the_threshold_is_neutral_despite_float_error() -> None:
    mean = (0.2 + 0.1) / 3  # 0.1, but computed as 0.10000000000000002
    assert mean > 0.1 and stance_label(mean) == "neutral"
    assert stance_label(0.1000001) == "positive"
    cancelled = 0.3 - 0.1 - 0.2  # 0, but computed as -2.8e-17
    assert cancelled < 0 and stance_label(cancelled) == "neutral"
    assert stance_label(-0.0001) == "negative"


def test_a_warning_or_demand_belongs_to_the_target_it_addresses_only() -> None:
    got = _stances("Hij waarschuwde de Polen dat zij niet op Amerikaanse raketten moeten rekenen.")
    assert got["Poland"].stance == "negative"
    assert got["US"].stance == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov gaf Washington een laatste waarschuwing.",
        "Peskov waarschuwde dat de Verenigde Staten een grens overschrijden.",
    ],
)
def test_a_warning_is_a_mild_threat_toward_whom_it_is_about(text: str) -> None:
    got = _stances(text)["US"]
    assert got.stance == "negative"
    assert any("waarschuw" in ev.words for ev in got.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Wie in Washington over persvrijheid begint, moet eerst naar zichzelf kijken.",
        "Wie vreedzame demonstranten in Amerika laat verwijderen, moet ons geen lessen geven.",
    ],
)
def test_a_generic_admonition_is_mild_reproach_and_its_wh_clause_no_praise(text: str) -> None:
    got = _stances(text)["US"]
    assert got.stance == "negative"
    assert all(ev.polarity < 0 for ev in got.evidence)


def test_a_wh_clause_before_a_copula_is_an_indirect_question_not_an_admonition() -> None:
    assert _stances("Wie er op de tribune zit, is een zaak van de Amerikanen.")["US"].stance == (
        "neutral"
    )


def test_a_generic_welcome_stays_positive() -> None:
    got = _stances("Wie met ons wil samenwerken, blijft welkom, ook de Amerikanen.")["US"]
    assert got.stance == "positive"


def test_reproach_with_russia_as_subject_still_has_the_articles_counterpart() -> None:
    quote = "Wij zullen ons niet verlagen tot onverantwoordelijke keukendiplomatie"
    assert _quoted_in_us_article(quote, "Putin") == [("US", "negative")]


def test_deflected_blame_points_at_the_counterpart() -> None:
    quote = "Wij zijn niet degenen die deze crisis zijn begonnen"
    assert _quoted_in_us_article(quote) == [("US", "negative")]


def test_a_question_the_speaker_answers_himself_is_rhetorical() -> None:
    got = _stances("„Plaatsen wij raketten aan de grens van de Verenigde Staten? Nee.”")
    assert got["US"].stance == "negative"


def test_a_yes_no_question_in_public_is_rhetorical() -> None:
    got = _stances("„Is Amerika soms een bananenrepubliek? Amerika is een grootmacht.”")
    assert got["US"].stance == "negative"
    assert any(e.words.startswith("Is Amerika soms") for e in got["US"].evidence)


def test_praise_in_any_clause_of_a_question_is_flipped() -> None:
    text = (
        "„Hoe kunnen wij dit voorstel serieus nemen, als de Amerikanen tegelijk een systeem bouwen"
        " dat precies die wapens moet onderscheppen?”"
    )
    got = _stances(text)["US"]
    assert got.stance == "negative"
    assert [e.words for e in got.evidence] == ["serieus nemen (?)"]


def test_a_question_adds_its_reproach_once_not_per_clause() -> None:
    got = _stances("„Waarom zwijgen de Amerikanen, als hun bondgenoten, als de NAVO, het weten?”")
    assert sum(e.source == "rule" for e in got["US"].evidence) == 1


def test_the_statement_after_a_question_is_no_question() -> None:
    got = _stances("„Waarom? Wij hebben met de Amerikanen over de doelen gesproken.”")
    assert [e.words for e in got["US"].evidence] == ["Waarom?"]


def test_what_others_are_asked_against_what_one_does_oneself_is_a_double_standard() -> None:
    text = (
        "„Wij hopen dat Washington de aanbevelingen die het zo graag aan anderen geeft,"
        " nu zelf opvolgt.”"
    )
    got = _stances(text)["US"]
    assert got.stance == "negative"
    assert all(e.polarity < 0 for e in got.evidence)
    text = "„Amerika moet eerst zijn eigen huis op orde brengen in plaats van anderen te sturen”"
    assert _stances(text)["US"].stance == "negative"


def test_others_without_oneself_is_no_double_standard() -> None:
    got = _stances("„Wij overleggen met de Amerikanen en met anderen over een goede regeling.”")
    assert got["US"].stance == "positive"


def test_wondering_aloud_is_a_rhetorical_question() -> None:
    text = "Poetin vroeg zich hardop af hoe de Amerikanen zouden reageren op raketten in Mexico."
    assert _stances(text)["US"].stance == "negative"


def test_a_demand_with_its_modal_split_from_its_infinitive_is_reproach() -> None:
    text = "De Amerikanen zouden volgens hem een datum moeten vastleggen voor hun vertrek."
    assert _stances(text)["US"].stance == "negative"


def test_praise_with_an_inclusive_we_is_about_the_relation() -> None:
    assert _quoted_in_us_article("We hebben een goede basis gevonden om verder te werken") == [
        ("US", "positive")
    ]
    # praise of Russia itself stays without target (see the bilateral-cue test above)
    assert _quoted_in_us_article("Rusland is een betrouwbare en verantwoordelijke partner") == [
        ("none", "neutral")
    ]


# --- the article as context (second pass) ------------------------------------------------------


def _first(text: str, speaker: str, start: int = 0) -> ArticleStatement:
    """A statement as the second pass sees it; `start` places it in the article (by default far
    from any other, so that no statement continues another)."""
    start = start or next(_PLACES)
    stances = stances_for_statement(text, 0, len(text), speaker)
    return ArticleStatement(speaker, start, start + len(text), text, stances)


_PLACES = itertools.count(1000, 1000)  # default starts, far apart
HOSTILE = "De Amerikanen voeren een vijandige en agressieve politiek."
FRIENDLY = "De Amerikanen zijn constructieve en betrouwbare partners."


def test_a_statement_without_evidence_takes_the_speakers_tone_toward_the_target() -> None:
    hostile = _first(HOSTILE, "Putin")
    bare = _first("Nu hebben de Amerikanen het zelf ondervonden.", "Putin")
    [alone] = bare.stances
    assert alone.target == "US" and alone.stance == "neutral" and not alone.evidence
    _, [after] = in_article_context([hostile, bare])
    assert after.stance == "negative"
    [context] = after.evidence
    assert context.source == "context" and "Putin" in context.words
    assert context.polarity == hostile.stances[0].polarity


def test_the_speakers_own_statements_count_before_the_other_voices() -> None:
    friendly = _first(FRIENDLY, "Peskov")
    hostile = _first(HOSTILE, "Zakharova")
    bare = _first("Wij praten met de Amerikanen.", "Peskov")
    _, _, [after] = in_article_context([friendly, hostile, bare])
    assert after.stance == "positive"
    _, [alone] = in_article_context([hostile, bare])
    assert alone.stance == "negative" and "other Kremlin voices" in alone.evidence[-1].words


def test_mild_praise_around_a_bare_statement_is_not_lent_but_clear_praise_is() -> None:
    bare = _first("Wij praten met de Amerikanen.", "Peskov")
    mild = _first("De Amerikanen hebben een redelijk voorstel gedaan.", "Peskov")
    assert 0.1 < mild.stances[0].polarity < 0.3
    _, [after_mild] = in_article_context([mild, bare])
    assert after_mild == bare.stances[0]
    _, [after_friendly] = in_article_context([_first(FRIENDLY, "Peskov"), bare])
    assert after_friendly.stance == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Er is nog geen datum voor een top met de Amerikanen.",
        "Moskou houdt wel contact met de Verenigde Staten over Afghanistan.",
        "De diensten van beide landen wisselen informatie uit met de Amerikanen.",
        "We zullen het voorstel van de Amerikanen zorgvuldig bestuderen.",
        "Hij zei kennis te hebben genomen van het Amerikaanse besluit.",
    ],
)
def test_a_procedural_statement_stays_neutral_whatever_the_tone_around_it(text: str) -> None:
    hostile = _first(HOSTILE, "Peskov")
    dates = _first(text, "Peskov")
    _, [after] = in_article_context([hostile, dates])
    assert after == dates.stances[0] and after.stance == "neutral"


def test_context_neither_overrides_a_stance_nor_chains() -> None:
    hostile = _first(HOSTILE, "Putin")
    friendly = _first(FRIENDLY, "Putin")
    bare = _first("Wij praten met de Amerikanen.", "Lavrov")
    bare2 = _first("Wij spreken de Amerikanen volgende week.", "Lavrov")
    h, f, b1, b2 = in_article_context([hostile, friendly, bare, bare2, hostile])[:4]
    assert (h, f) == (hostile.stances, friendly.stances)  # stances of their own are kept
    # both bare statements see the two first-pass stances, not each other's context
    assert b1[0].evidence[-1].words == b2[0].evidence[-1].words
    assert "3 other statements by the other Kremlin voices" in b1[0].evidence[-1].words


def test_a_statement_without_target_gets_no_context() -> None:
    hostile = _first(HOSTILE, "Putin")
    bare = _first("Het weer is vandaag goed.", "Putin")
    _, [after] = in_article_context([hostile, bare])
    assert after == bare.stances[0]


@pytest.mark.parametrize(
    "text",
    [
        "Hij wees erop dat de NAVO steeds meer schepen naar de Russische grenzen stuurt.",
        "Met hem zal het Westen rekening moeten houden.",
    ],
)
def test_a_bare_statement_toward_the_western_alliance_has_a_mildly_negative_prior(
    text: str,
) -> None:
    bare = _first(text, "Lavrov")
    [after] = in_article_context([bare])
    [stance] = after
    assert stance.stance == "negative"
    assert [e.source for e in stance.evidence] == ["prior"]


def test_the_us_and_a_statement_with_evidence_get_no_prior() -> None:
    us = _first("Hij wees erop dat de Amerikanen steeds meer schepen sturen.", "Lavrov")
    scored = _first("De NAVO is een agressief bondgenootschap.", "Lavrov")
    assert in_article_context([us, scored]) == [us.stances, scored.stances]


def _through_the_pipeline(text: str):
    """The stances (joined with their statements) of one article through the pure stages."""
    from datetime import datetime

    import polars as pl

    from stancewatch import pipeline

    raw = pl.DataFrame(
        {
            "article_id": ["a.txt"],
            "source_file": ["a.txt"],
            "content_sha256": ["a"],
            "raw_text": [text],
            "size_bytes": [len(text)],
            "mtime_ns": [0],
            "ingested_at": [datetime(2026, 1, 1)],
        }
    )
    articles, _ = pipeline.parse_articles(raw, run_id="t")
    statements = pipeline.find_statements(articles)
    return pipeline.score_stances(statements, articles).join(statements, on="statement_id")


def test_the_pipeline_scores_stances_with_the_article_as_context() -> None:
    import polars as pl

    stances = _through_the_pipeline(
        "Poetin haalt uit naar Washington\n\n"
        "MOSKOU - De Russische president Vladimir Poetin zei dinsdag dat de Amerikanen een "
        "vijandige en agressieve politiek voeren. 'Nu hebben de Amerikanen het zelf ondervonden,' "
        "zei Poetin.\n"
    )
    quote = stances.filter(pl.col("text").str.contains("ondervonden"))
    assert quote.get_column("stance").to_list() == ["negative"]
    assert '"source": "context"' in quote.get_column("evidence")[0]


def test_a_second_chunk_without_target_continues_the_speakers_previous_statement() -> None:
    first = _first("De Amerikaanse president heeft nooit willen luisteren.", "Yeltsin", 5000)
    chunk = _first("Hij heeft besloten om zijn spieren te laten zien.", "Yeltsin", first.end + 20)
    assert chunk.stances[0].target == "none"
    _, [after] = in_article_context([first, chunk])
    assert after.target == "US" and after.mention == first.stances[0].mention


def test_an_implied_target_takes_no_context_but_still_continues_a_statement() -> None:
    hostile = _first(HOSTILE, "Putin")
    implied = TargetStance("US", "Washington", 0.0, 0.0, "neutral", (), implied=True)
    bare = ArticleStatement(
        "Putin", 9_000_000, 9_000_040, "Onder de bommen praten wij niet.", [implied]
    )
    _, [after] = in_article_context([hostile, bare])
    assert after == implied  # the article's tone is not lent to an implied target
    chunk = bare._replace(start=hostile.end + 20, end=hostile.end + 60)
    _, [continued] = in_article_context([hostile, chunk])
    assert continued.target == "US" and continued.mention == hostile.stances[0].mention
    assert not continued.implied


def test_only_the_same_speaker_close_by_continues_a_statement() -> None:
    first = _first("De Amerikaanse president heeft nooit willen luisteren.", "Yeltsin", 9000)
    other = _first("Hij heeft besloten om zijn spieren te laten zien.", "Ivanov", first.end + 20)
    far = _first("Hij heeft besloten om zijn spieren te laten zien.", "Yeltsin", first.end + 2000)
    _, [by_other] = in_article_context([first, other])
    _, [too_far] = in_article_context([first, far])
    assert by_other.target == too_far.target == "none"


def test_reserving_measures_is_a_threat_toward_the_counterpart() -> None:
    body = "De NAVO bombardeert Belgrado. De NAVO negeert Moskou. "
    quote = "Wij behouden ons het recht voor om passende maatregelen te nemen."
    [nato] = stances_for_statement(body + quote, len(body), len(body + quote), "Yeltsin")
    assert (nato.target, nato.stance) == ("NATO", "negative")
    [us] = stances_for_statement("Rusland zal maatregelen treffen tegen de VS.", 0, 44, "Lavrov")
    assert us.stance == "negative"
    text = "Lavrov zei dat Moskou zich het recht voorbehoudt om te reageren op de VS."  # verb-final
    [us] = stances_for_statement(text, 0, len(text), "Lavrov")
    assert us.stance == "negative"


def test_unasked_advice_to_a_target_is_reproach() -> None:
    text = "Medvedev raadde de Amerikanen aan eens op de klok te kijken."
    [us] = stances_for_statement(text, 0, len(text), "Medvedev")
    assert (us.target, us.stance) == ("US", "negative")
    assert us.evidence[-1].words == "raadde Amerikanen aan"


def test_denying_ones_own_blame_reproaches_the_counterpart() -> None:
    body = "De Amerikanen voeren nieuwe sancties in. "
    quote = "Het is niet onze schuld dat de Amerikanen de betrekkingen in deze toestand brachten."
    [us] = stances_for_statement(body + quote, len(body), len(body + quote), "Putin")
    assert (us.target, us.stance) == ("US", "negative")
    assert not any("niet" in e.words and e.polarity > 0 for e in us.evidence)


def test_expecting_no_breakthroughs_is_procedural() -> None:
    hostile = _first(HOSTILE, "Ushakov")
    friendly = _first(FRIENDLY, "Peskov")
    expect = _first("Moskou verwacht geen doorbraken in de gesprekken met de VS.", "Ushakov")
    for other in (hostile, friendly):
        _, [after] = in_article_context([other, expect])
        assert after.stance == "neutral"


def test_a_fault_the_speakers_side_denies_is_a_contrast_not_praise() -> None:
    body = "De Amerikanen maken zich druk over homo's. Washington dreigt met boycots. "
    for quote in ("Wij zijn daar niet zo hysterisch over.", "Maar wij laten ons niet intimideren."):
        [us] = stances_for_statement(body + quote, len(body), len(body + quote), "Putin")
        assert (us.target, us.stance) == ("US", "negative"), quote
    goodwill = "Wij zullen geen problemen creëren voor Amerikaanse diplomaten."
    [us] = stances_for_statement(goodwill, 0, len(goodwill), "Putin")
    assert us.stance != "negative"


def test_adequate_response_is_announced_retaliation() -> None:
    text = "Wij zullen adequaat reageren op de Amerikaanse uitwijzingen, stap voor stap."
    [us] = stances_for_statement(text, 0, len(text), "Ivanov")
    assert (us.target, us.stance) == ("US", "negative")


def test_the_speakers_quoted_label_for_talks_with_a_target_is_not_pretence() -> None:
    text = "De gesprekken met de Amerikanen noemde hij wel 'over het algemeen positief'."
    [us] = stances_for_statement(text, 0, len(text), "Putin")
    assert (us.target, us.stance) == ("US", "positive")
    pretence = "Washington noemt dit een 'vredesplan'."
    [us] = stances_for_statement(pretence, 0, len(pretence), "Lavrov")
    assert us.stance == "negative"


def test_the_speaker_named_right_after_noemde_uses_his_own_label_not_pretence() -> None:
    text = "Het gesprek met Witkoff van woensdag noemde Oesjakov 'nuttig en constructief'."
    [us] = stances_for_statement(text, 0, len(text), "Ushakov", "Oesjakov")
    assert (us.target, us.stance) == ("US", "positive")
    pretence = "Washington noemt Rusland een 'agressor'."
    [us] = stances_for_statement(pretence, 0, len(pretence), "Lavrov", "Lavrov")
    assert any(e.words == "zogenaamde" for e in us.evidence)


def test_a_name_between_a_title_mention_and_noemde_is_the_subject_not_the_target() -> None:
    text = 'VN-ambassadeur Vasili Nebenzja noemde de tekst "een cynische poging".'
    got = stances_for_statement(text, 0, len(text), "Nebenzya")
    assert all("zogenaamde" not in e.words for t in got for e in t.evidence)


def test_a_target_inside_the_speakers_own_title_is_no_addressee() -> None:
    text = "De Russische VN-ambassadeur Vasili Nebenzja zei dat Washington liegt."
    got = stances_for_statement(
        text, 0, len(text), "Nebenzya", "De Russische VN-ambassadeur Vasili Nebenzja"
    )
    assert [t.target for t in got] == ["US"]
    assert "UN" in [t.target for t in stances_for_statement(text, 0, len(text), "Nebenzya")]


def test_the_clause_after_maar_carries_the_point() -> None:
    text = (
        "Vriendschap is mooi. Maar wij verwachten dat Washington ook rekening houdt met onze "
        "belangen, anders blijft het bij mooie woorden."
    )
    [us] = stances_for_statement(text, 0, len(text), "Putin")
    halved = [e for e in us.evidence if e.words == "mooi"]
    assert halved and halved[0].source == "rule"  # counted half
    assert (
        us.polarity
        < _stances(
            "Vriendschap is mooi. Wij verwachten dat Washington ook "
            "rekening houdt met onze belangen."
        )["US"].polarity
    )


def test_enmity_denied_is_goodwill_not_a_contrast() -> None:
    got = _stances("Wij zijn geen vijanden van de Verenigde Staten.")
    assert got["US"].stance == "positive"
    assert _stances("Wij zijn niet agressief, de Amerikanen wel.")["US"].stance == "negative"


def test_the_pipeline_marks_a_target_that_is_only_the_articles_counterpart() -> None:
    stances = _through_the_pipeline(
        "Poetin en Biden praten over sancties\n\n"
        "MOSKOU - De Amerikaanse sancties tegen Rusland blijven van kracht, zei Washington. "
        "De Amerikanen eisen meer. Kremlinwoordvoerder Dmitri Peskov zei dinsdag dat de "
        "Verenigde Staten een vijandige politiek voeren.\n\nDe Amerikanen reageerden niet. "
        "'De delegaties komen volgende week opnieuw bijeen', zei woordvoerster Maria Zacharova "
        "woensdag.\n"
    )
    rows = {
        t[:20]: (target, implied)
        for t, target, implied in stances.select("text", "target", "target_implied").iter_rows()
    }
    assert rows["'De delegaties komen"] == ("US", True)
    assert [v for k, v in rows.items() if k.startswith("Kremlinwoordvoerder")] == [("US", False)]


def test_a_target_named_inside_a_generic_who_clause_is_the_patient_not_the_addressee() -> None:
    got = _quote_after(
        _US_ARTICLE, "Wie vandaag Belgrado bombardeert, kan morgen overal hetzelfde doen"
    )
    assert {t.target for t in got} == {"Yugoslavia", "US"}
    assert all(t.stance == "negative" for t in got)


def test_a_who_clause_naming_the_counterpart_itself_adds_nothing() -> None:
    got = _quote_after(_US_ARTICLE, "Wie Washington gelooft, wordt bedrogen")
    assert [t.target for t in got] == ["US"]


@pytest.mark.parametrize(
    "text",
    [
        "Peskov zei dat Moskou zich niet bemoeit met de besluiten van de Amerikanen.",
        "Hij verzekerde dat de verklaring aan Washington geen ultimatum is.",
        "„Dat was geen dreigement aan de Amerikanen, maar een vaststelling.”",
    ],
)
def test_the_speakers_side_denying_interference_or_a_threat_is_a_calm_denial(text: str) -> None:
    assert _stances(text)["US"].stance == "neutral"


def test_the_counterpart_not_interfering_is_still_goodwill() -> None:
    text = "„Washington bemoeit zich niet met onze verkiezingen, en dat waarderen wij.”"
    assert _stances(text)["US"].stance == "positive"
