"""Evaluation of found statements/stances against gold rows."""

import polars as pl
import pytest

from stancewatch.evaluate import evaluate, fold, format_report, match_gold

GOLD_COLUMNS = ["file", "speaker", "kind", "anchor", "target", "stance", "clarity", "note"]


def gold(*rows: tuple[str, str, str, str, str]) -> pl.DataFrame:
    """rows: (file, speaker, anchor, target, stance)."""
    return pl.DataFrame(
        [
            {
                "file": f,
                "speaker": sp,
                "kind": "direct",
                "anchor": a,
                "target": t,
                "stance": st,
                "clarity": "clear",
                "note": "",
            }
            for f, sp, a, t, st in rows
        ],
        schema={c: pl.String for c in GOLD_COLUMNS},
    )


def found(*rows: tuple[str, int, str, str, str | None, str | None, float | None]) -> pl.DataFrame:
    """rows: (file, statement_id, speaker, text, target, stance, polarity)."""
    return pl.DataFrame(
        [
            {
                "file": f,
                "statement_id": i,
                "speaker": sp,
                "kind": "direct",
                "text": tx,
                "target": t,
                "stance": st,
                "polarity": p,
            }
            for f, i, sp, tx, t, st, p in rows
        ],
        schema={
            "file": pl.String,
            "statement_id": pl.Int64,
            "speaker": pl.String,
            "kind": pl.String,
            "text": pl.String,
            "target": pl.String,
            "stance": pl.String,
            "polarity": pl.Float64,
        },
    )


def test_fold_ignores_quotes_whitespace_and_case() -> None:
    assert fold("“De  VS\nzijn ‘onaanvaardbaar’”") == fold('de VS zijn "onaanvaardbaar"')


def test_anchor_matches_despite_quotes_and_line_breaks() -> None:
    g = gold(("a.txt", "Peskov", "tegen de 'onaanvaardbare' maatregelen", "US", "negative"))
    f = found(
        (
            "a.txt",
            1,
            "Peskov",
            "Hij protesteerde tegen de “onaanvaardbare”\nmaatregelen.",
            "US",
            "negative",
            -0.6,
        )
    )
    row = match_gold(g, f).row(0, named=True)
    assert row["matched"] and row["statement_id"] == "1"
    assert (row["pred_target"], row["pred_stance"]) == ("US", "negative")


def test_statement_from_another_file_does_not_match() -> None:
    g = gold(("a.txt", "Peskov", "bereid", "US", "positive"))
    f = found(("b.txt", 1, "Peskov", "Hij is bereid.", "US", "positive", 0.3))
    assert match_gold(g, f)["matched"].to_list() == [False]


def test_shortest_matching_statement_wins() -> None:
    g = gold(("a.txt", "Lavrov", "geen vijand", "US", "positive"))
    f = found(
        (
            "a.txt",
            1,
            "Lavrov",
            "Trump is geen vijand, zei Lavrov, maar Europa wel.",
            "EU",
            "negative",
            -0.5,
        ),
        ("a.txt", 2, "Lavrov", "Trump is geen vijand.", "US", "positive", 0.3),
    )
    assert match_gold(g, f)["statement_id"].to_list() == ["2"]


@pytest.mark.parametrize(
    "targets, expected",
    [(["NATO", "US"], "US"), (["NATO", "EU"], "other"), (["none"], "none")],
)
def test_predicted_target_prefers_us_then_other_then_none(
    targets: list[str], expected: str
) -> None:
    g = gold(("a.txt", "Peskov", "tekst", "US", "neutral"))
    f = found(*[("a.txt", 1, "Peskov", "de tekst", t, "neutral", 0.0) for t in targets])
    assert match_gold(g, f)["pred_target"].to_list() == [expected]


def test_stance_toward_other_is_the_first_non_us_row() -> None:
    g = gold(("a.txt", "Lavrov", "dialoog", "other", "negative"))
    f = found(
        ("a.txt", 1, "Lavrov", "de dialoog", "US", "positive", 0.3),
        ("a.txt", 1, "Lavrov", "de dialoog", "Europe", "negative", -0.4),
        ("a.txt", 1, "Lavrov", "de dialoog", "Ukraine", "neutral", 0.0),
    )
    row = match_gold(g, f).row(0, named=True)
    assert (row["pred_target"], row["pred_stance"], row["pred_polarity"]) == (
        "US",
        "negative",
        -0.4,
    )


def test_missing_stance_toward_gold_target_counts_as_neutral_and_is_flagged() -> None:
    g = gold(("a.txt", "Peskov", "sancties", "US", "neutral"))
    f = found(("a.txt", 1, "Peskov", "de sancties", "UK", "negative", -0.2))
    row = match_gold(g, f).row(0, named=True)
    assert (row["pred_stance"], row["stance_missing"]) == ("neutral", True)


def test_report_counts_recall_accuracies_and_macro_f1() -> None:
    g = gold(
        ("a.txt", "Peskov", "een", "US", "positive"),
        ("a.txt", "Peskov", "twee", "US", "negative"),
        ("a.txt", "Lavrov", "drie", "other", "neutral"),
        ("a.txt", "Lavrov", "vier", "US", "negative"),
    )
    f = found(
        ("a.txt", 1, "Peskov", "zin een", "US", "positive", 0.4),
        ("a.txt", 2, "Peskov", "zin twee", "US", "positive", 0.2),
        ("a.txt", 3, "Zakharova", "zin drie", "EU", "neutral", 0.0),
    )
    report = evaluate(g, f)
    assert (report.n_gold, report.n_found_matched) == (4, 3)
    assert report.recall == pytest.approx(0.75)
    assert report.speaker_accuracy == pytest.approx(2 / 3)
    assert report.target_accuracy == pytest.approx(1.0)
    assert report.stance_accuracy == pytest.approx(2 / 3)
    # F1: positive 2*1/(2+1+0)=0.667, neutral 1.0, negative 0.0
    assert report.macro_f1 == pytest.approx((2 / 3 + 1.0 + 0.0) / 3)
    assert report.confusion.columns == ["gold", "positive", "neutral", "negative"]
    assert report.confusion.filter(pl.col("gold") == "negative")["positive"].item() == 1
    assert report.missed["anchor"].to_list() == ["vier"]
    assert sorted(report.wrong["errors"].to_list()) == ["speaker", "stance"]


def test_empty_found_frame_gives_zero_recall() -> None:
    g = gold(("a.txt", "Peskov", "een", "US", "positive"))
    report = evaluate(g, found())
    assert (report.n_found_matched, report.recall, report.stance_accuracy) == (0, 0.0, 0.0)
    assert report.missed.height == 1


def test_format_report_shows_headline_confusion_and_errors() -> None:
    g = gold(
        ("a.txt", "Peskov", "een", "US", "positive"),
        ("a.txt", "Peskov", "twee", "US", "negative"),
    )
    f = found(("a.txt", 1, "Peskov", "zin een", "US", "negative", -0.3))
    text = format_report(evaluate(g, f))
    assert "matched (recall)     1  (50.0%)" in text
    assert "stance confusion" in text
    assert "missed (1)" in text and "twee" in text
    assert "wrong (1)" in text and "gold Peskov/US/positive -> Peskov/US/negative" in text


def test_stance_accuracy_is_also_reported_on_clear_and_on_ambiguous_rows() -> None:
    g = gold(
        ("a.txt", "Peskov", "een", "US", "positive"),
        ("a.txt", "Peskov", "twee", "US", "negative"),
        ("a.txt", "Lavrov", "drie", "US", "neutral"),
    ).with_columns(pl.Series("clarity", ["clear", "ambiguous", "ambiguous"], dtype=pl.String))
    f = found(
        ("a.txt", 1, "Peskov", "zin een", "US", "positive", 0.4),
        ("a.txt", 2, "Peskov", "zin twee", "US", "positive", 0.2),
        ("a.txt", 3, "Lavrov", "zin drie", "US", "neutral", 0.0),
    )
    report = evaluate(g, f)
    assert report.stance_by_clarity == {"clear": (1, 1.0), "ambiguous": (2, 0.5)}
    assert list(report.stance_by_clarity) == ["clear", "ambiguous"]
    text = format_report(report)
    assert "  on clear rows      100.0% (1)" in text
    assert "  on ambiguous rows  50.0% (2)" in text


@pytest.mark.parametrize(
    ("gold_speaker", "found_speaker", "same"),
    [
        ("Kremlin", "Russian MFA", True),
        ("Kremlin", "Russian MoD", True),
        ("Kremlin", "Kremlin", True),
        ("Kremlin", "NATO", False),  # an institution, but not a Russian one
        ("Kremlin", "Peskov", False),  # a person is not the institution
        ("Lavrov", "Russian MFA", False),
        ("Peskov", "peskov", True),
    ],
)
def test_gold_kremlin_stands_for_any_russian_institution(
    gold_speaker: str, found_speaker: str, same: bool
) -> None:
    from stancewatch.evaluate import _same_speaker

    assert _same_speaker(gold_speaker, found_speaker) is same


def test_a_gold_surname_two_officials_share_matches_either_of_them() -> None:
    from stancewatch.evaluate import _same_speaker

    assert _same_speaker("Ivanov", "Igor Ivanov")
    assert _same_speaker("Ivanov", "Ivanov")
    assert not _same_speaker("Lavrov", "Igor Ivanov")


def test_a_bare_shared_surname_goes_to_the_namesake_in_office_on_the_date() -> None:
    from datetime import date

    from stancewatch.statements import extract_statements

    body = "Ivanov zei dat de VS een fout maken. Het regende."
    assert [s.speaker for s in extract_statements(body, date(1999, 1, 1))] == ["Igor Ivanov"]
    assert [s.speaker for s in extract_statements(body, date(2012, 1, 1))] == ["Ivanov"]


def test_a_gold_first_name_and_surname_match_the_registry_person_of_that_first_name() -> None:
    from stancewatch.evaluate import _same_speaker

    assert _same_speaker("Sergei Ivanov", "Ivanov")  # the registry's Ivanov is Sergej Ivanov
    assert not _same_speaker("Igor Ivanov", "Ivanov")
    assert not _same_speaker("Sergei Lavrov", "Ivanov")


@pytest.mark.parametrize(
    ("gold_speaker", "found_speaker", "same"),
    [
        ("Matveevsky", "Matveyevsky", True),
        ("Danilov-Danilyan", "Danilov Danilyan", True),
        ("Alexeyev", "Alekseyev", True),
        ("Khinshtein", "Khinstein", True),
        ("Matveevsky", "Matvienko", False),
    ],
)
def test_transliterations_of_one_name_are_the_same_speaker(
    gold_speaker: str, found_speaker: str, same: bool
) -> None:
    from stancewatch.evaluate import _same_speaker

    assert _same_speaker(gold_speaker, found_speaker) is same
