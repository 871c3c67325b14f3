"""Compare found statements/stances with hand-made gold labels (tests/gold/seed_statements.csv).

Matching (tests/gold/README.md): a found statement matches a gold row when it comes from the same
file and its text contains the gold anchor, both with whitespace folded, quote characters removed
and case folded. When several found statements match, the shortest (most specific) wins.

Per matched gold row:

- predicted target = "US" if the statement has a US stance row, else "other" if it has any other
  target, else "none" (gold uses the same three classes; "other" = any non-US, non-"none" label);
- predicted stance = the stance toward the gold target: the US row for US, the first non-US row
  (in input order) for "other", the "none" row for "none". When the statement has no such row the
  stance counts as "neutral" (nothing detected) and the row is flagged ``stance_missing``; the
  target accuracy already charges the missing target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polars as pl

STANCES = ("positive", "neutral", "negative")
_QUOTES = re.compile(r"[\"'“”‘’„‚«»`´‹›]")
_SPACE = re.compile(r"\s+")
_NONE_TARGETS = (None, "", "none")


def fold(text: str | None) -> str:
    """Whitespace folded, quote characters removed, case folded: the matching form of a text."""
    if not text:
        return ""
    return _SPACE.sub(" ", _QUOTES.sub("", text)).strip().casefold()


@dataclass
class EvaluationReport:
    """Agreement of found statements with gold rows; accuracies are over matched rows."""

    n_gold: int
    n_found_matched: int
    recall: float
    speaker_accuracy: float
    target_accuracy: float
    stance_accuracy: float
    macro_f1: float
    confusion: pl.DataFrame  # rows: gold stance; columns: gold, positive, neutral, negative
    missed: pl.DataFrame = field(repr=False)  # gold rows with no matching statement
    wrong: pl.DataFrame = field(repr=False)  # matched rows where speaker, target or stance differ
    # gold clarity ("clear" / "ambiguous") -> (matched rows, stance accuracy on them)
    stance_by_clarity: dict[str, tuple[int, float]] = field(default_factory=dict)


def found_frame(statements: pl.DataFrame, stances: pl.DataFrame) -> pl.DataFrame:
    """Statements joined with their stances (file = article id), shaped like
    warehouse.query.statements_with_stances: what `evaluate` scores when the pipeline's pure
    stages ran without a warehouse (the labelled sets in tests and in training)."""
    return (
        statements.join(stances, on="statement_id", how="left")
        .with_columns(pl.col("article_id").alias("file"))
        .sort("file", "char_start", "target")
        .select("file", "statement_id", "speaker", "kind", "text", "target", "stance", "polarity")
    )


def _statements(found: pl.DataFrame) -> dict[str, list[dict]]:
    """file -> statements, each {id, text, speaker, kind, rows: [(target, stance, polarity)]}."""
    by_file: dict[str, dict[object, dict]] = {}
    for r in found.iter_rows(named=True):
        st = by_file.setdefault(r["file"], {}).setdefault(
            r["statement_id"],
            {
                "statement_id": r["statement_id"],
                "text": fold(r.get("text")),
                "speaker": r.get("speaker"),
                "kind": r.get("kind"),
                "rows": [],
            },
        )
        st["rows"].append((r.get("target"), r.get("stance"), r.get("polarity")))
    return {f: list(v.values()) for f, v in by_file.items()}


def _predicted_target(rows: list[tuple]) -> str:
    targets = [t for t, _s, _p in rows]
    if "US" in targets:
        return "US"
    if any(t not in _NONE_TARGETS for t in targets):
        return "other"
    return "none"


def _row_for(gold_target: str, rows: list[tuple]) -> tuple | None:
    """The found row carrying the stance toward the gold target."""
    if gold_target == "US":
        return next((r for r in rows if r[0] == "US"), None)
    if gold_target == "other":
        return next((r for r in rows if r[0] not in _NONE_TARGETS and r[0] != "US"), None)
    return next((r for r in rows if r[0] in _NONE_TARGETS), None)


def match_gold(gold: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
    """One row per gold row: the gold columns plus the matched statement and its predictions.

    Added columns: matched, statement_id, found_speaker, found_kind, pred_target, pred_stance,
    pred_polarity, stance_missing."""
    statements = _statements(found)
    out = []
    for g in gold.iter_rows(named=True):
        anchor = fold(g["anchor"])
        candidates = [s for s in statements.get(g["file"], []) if anchor and anchor in s["text"]]
        best = min(candidates, key=lambda s: len(s["text"]), default=None)
        row = dict(g)
        if best is None:
            row.update(
                matched=False,
                statement_id=None,
                found_speaker=None,
                found_kind=None,
                pred_target=None,
                pred_stance=None,
                pred_polarity=None,
                stance_missing=None,
            )
        else:
            hit = _row_for(g["target"], best["rows"])
            row.update(
                matched=True,
                statement_id=str(best["statement_id"]),
                found_speaker=best["speaker"],
                found_kind=best["kind"],
                pred_target=_predicted_target(best["rows"]),
                pred_stance=hit[1] if hit and hit[1] in STANCES else "neutral",
                pred_polarity=float(hit[2]) if hit and hit[2] is not None else None,
                stance_missing=hit is None,
            )
        out.append(row)
    schema = dict(gold.schema) | {
        "matched": pl.Boolean,
        "statement_id": pl.String,
        "found_speaker": pl.String,
        "found_kind": pl.String,
        "pred_target": pl.String,
        "pred_stance": pl.String,
        "pred_polarity": pl.Float64,
        "stance_missing": pl.Boolean,
    }
    return pl.DataFrame(out, schema=schema, orient="row") if out else pl.DataFrame(schema=schema)


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for label in STANCES:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(STANCES)


def _same_speaker(gold: str | None, found: str | None) -> bool:
    """Same name, up to its transliteration (`actors.spelling_key`); or gold `Kremlin` and any
    Russian institution found (the gold convention, tests/gold/README.md: `Kremlin` stands for
    the institution; stancewatch keeps the ministry, the defence ministry, the embassy ...
    apart in `statements.speaker`); or a surname two people share and the found person is one
    of them (tests/heldout3 labels both Igor and Sergei Ivanov `Ivanov`), or the gold row's
    first name and surname are the found person's ("Sergei Ivanov" for the registry's
    `Ivanov`, whose first name is Sergej)."""
    from stancewatch.actors import default_registry, spelling_key

    if not gold or not found:
        return False
    if spelling_key(gold) == spelling_key(found):
        return True
    registry = default_registry()
    actor = registry.actor(found.strip())
    if actor is not None and actor in registry.namesakes(gold.strip()):
        return True
    first, _, surname = gold.strip().rpartition(" ")
    if (
        actor is not None
        and first
        and actor in registry.namesakes(surname)
        and spelling_key(first) in registry.first_name_keys(actor)
    ):
        return True
    if gold.strip().casefold() != "kremlin":
        return False
    return actor is not None and actor.kind == "institution" and actor.russian


def evaluate(gold: pl.DataFrame, found: pl.DataFrame) -> EvaluationReport:
    """Recall of gold statements, and speaker/target/stance agreement on the matched ones."""
    matched_all = match_gold(gold, found)
    matched = matched_all.filter(pl.col("matched"))
    n = matched.height

    def share(flags: list[bool]) -> float:
        return sum(flags) / len(flags) if flags else 0.0

    rows = list(matched.iter_rows(named=True))
    speaker_ok = [_same_speaker(r["speaker"], r["found_speaker"]) for r in rows]
    target_ok = [r["target"] == r["pred_target"] for r in rows]
    stance_ok = [r["stance"] == r["pred_stance"] for r in rows]
    pairs = [(r["stance"], r["pred_stance"]) for r in rows]
    confusion = pl.DataFrame(
        [
            {"gold": g, **{p: sum(1 for a, b in pairs if a == g and b == p) for p in STANCES}}
            for g in STANCES
        ],
        schema={"gold": pl.String, **{p: pl.Int64 for p in STANCES}},
    )
    errors = [
        ",".join(name for name, ok in (("speaker", s), ("target", t), ("stance", st)) if not ok)
        for s, t, st in zip(speaker_ok, target_ok, stance_ok, strict=True)
    ]
    wrong = matched.with_columns(pl.Series("errors", errors, dtype=pl.String)).filter(
        pl.col("errors") != ""
    )
    by_clarity: dict[str, list[bool]] = {}
    for r, ok in zip(rows, stance_ok, strict=True):
        if r.get("clarity"):
            by_clarity.setdefault(r["clarity"], []).append(ok)
    return EvaluationReport(
        n_gold=gold.height,
        n_found_matched=n,
        recall=n / gold.height if gold.height else 0.0,
        speaker_accuracy=share(speaker_ok),
        target_accuracy=share(target_ok),
        stance_accuracy=share(stance_ok),
        macro_f1=_macro_f1(pairs),
        confusion=confusion,
        missed=matched_all.filter(~pl.col("matched")).drop(
            "matched",
            "statement_id",
            "found_speaker",
            "found_kind",
            "pred_target",
            "pred_stance",
            "pred_polarity",
            "stance_missing",
        ),
        wrong=wrong,
        stance_by_clarity={
            k: (len(v), share(v)) for k, v in sorted(by_clarity.items(), key=_clear_first)
        },
    )


def _clear_first(item: tuple[str, list[bool]]) -> tuple[bool, str]:
    return (item[0] != "clear", item[0])


def _clip(text: object, width: int) -> str:
    s = "" if text is None else str(text)
    return s if len(s) <= width else s[: width - 1] + "…"


def format_report(report: EvaluationReport) -> str:
    """Plain-text summary for the CLI: headline figures, confusion table, missed and wrong rows."""
    lines = [
        f"gold statements      {report.n_gold}",
        f"matched (recall)     {report.n_found_matched}  ({report.recall:.1%})",
        f"speaker accuracy     {report.speaker_accuracy:.1%}",
        f"target accuracy      {report.target_accuracy:.1%}",
        f"stance accuracy      {report.stance_accuracy:.1%}",
        *(
            f"  on {label + ' rows':16}{acc:.1%} ({n})"
            for label, (n, acc) in report.stance_by_clarity.items()
        ),
        f"stance macro-F1      {report.macro_f1:.3f}",
        "",
        "stance confusion (rows gold, columns predicted)",
        f"  {'':10}" + "".join(f"{p:>10}" for p in STANCES),
    ]
    for r in report.confusion.iter_rows(named=True):
        lines.append(f"  {r['gold']:10}" + "".join(f"{r[p]:>10}" for p in STANCES))
    if report.missed.height:
        lines += ["", f"missed ({report.missed.height})"]
        for r in report.missed.iter_rows(named=True):
            lines.append(
                f"  {_clip(r['file'], 12):12} {_clip(r['speaker'], 10):10} {_clip(r['anchor'], 70)}"
            )
    if report.wrong.height:
        lines += ["", f"wrong ({report.wrong.height})"]
        for r in report.wrong.iter_rows(named=True):
            lines.append(
                f"  {_clip(r['file'], 12):12} {_clip(r['errors'], 20):20} "
                f"gold {r['speaker']}/{r['target']}/{r['stance']} -> "
                f"{r['found_speaker']}/{r['pred_target']}/{r['pred_stance']}  "
                f"{_clip(r['anchor'], 50)}"
            )
    return "\n".join(lines)
