"""Fit the learned stance layer (stancewatch/learned.py) on hand-labelled article sets.

A labelled set is a folder with `articles/*.txt` and a `statements.csv` shaped like
tests/gold/seed_statements.csv. The pipeline's pure stages run on its articles with the rules
only (`score_stances(learned=False)`); every gold row the statements match (the matching of
`stancewatch evaluate`) gives one training example: the features of the stance row toward the
gold target, labelled with the gold stance. Rows whose statement was not found, or has no stance
row toward the gold target, teach nothing (evaluate counts them as a miss or as `neutral`).

scikit-learn fits the weights (multinomial logistic regression, L2); using them needs no
library. This module imports neither Prefect nor DuckDB.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from stancewatch import pipeline
from stancewatch.dedupe import DuplicateIndex
from stancewatch.evaluate import _row_for, found_frame, match_gold
from stancewatch.learned import STANCES, row_features, write_model
from stancewatch.learned_target import (
    THRESHOLD,
    TargetModel,
    added_us_stance,
    target_features,
    write_target_model,
)
from stancewatch.sentiment import Evidence
from stancewatch.stance import TargetStance

# inverse L2 strength; leave-sets-out over heldout-heldout69:
# 0.05 73.1%, 0.1 73.5%, 0.2 73.9%, 0.3 73.8%, 0.5 73.6%
C = 0.2
MIN_ROWS = 3  # a word or word pair must occur in this many training rows to get a weight
# the target layer's inverse L2 strength; leave-sets-out over 81 sets, rows added at 0.5 / share
# labelled US: C 0.1 348 / 69%, 0.3 438 / 65%, 1.0 506 / 62%
TARGET_C = 0.3


@dataclass
class Example:
    """One gold row matched to a stance row: its features, the gold and the rules' stance."""

    set_name: str
    features: dict[str, float]
    gold: str
    rule_stance: str


@dataclass
class GoldRow:
    """One gold row of a labelled set as the rules see it: matched to a statement or not, and
    its example (None: unmatched, or the statement has no stance row toward the gold target).
    When the statement has no US row: `candidate`, the target layer's features for it, and
    (gold target US only) `us_example`, the stance example of the US row the layer would add."""

    set_name: str
    gold: str
    matched: bool
    example: Example | None
    gold_target: str = "none"
    pred_target: str | None = None
    candidate: dict[str, float] | None = None
    us_example: Example | None = None


def analyse_folder(
    folder: Path, *, learned: bool = False
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The pipeline's pure stages over the `*.txt` files of `folder` (file name = article id):
    articles, rejected files, statements and stances."""
    files = sorted(folder.glob("*.txt"))
    return analyse_texts({p.name: p.read_text(encoding="utf-8") for p in files}, learned=learned)


def analyse_texts(
    texts: Mapping[str, str], *, learned: bool = False
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The pipeline's pure stages over named article texts (name = article id), no warehouse:
    articles, rejected files, statements and stances."""
    names = list(texts)
    raw = pl.DataFrame(
        {
            "article_id": names,
            "source_file": names,
            "content_sha256": names,
            "raw_text": [texts[n] for n in names],
            "size_bytes": [len(texts[n].encode("utf-8")) for n in names],
            "mtime_ns": [0 for _ in names],
            "ingested_at": [datetime(2026, 1, 1) for _ in names],
        },
        schema=pipeline.RAW_SCHEMA,
    )
    articles, rejected = pipeline.parse_articles(raw, run_id="labelled")
    articles, _ = pipeline.dedupe_articles(articles, DuplicateIndex())
    statements = pipeline.find_statements(articles)
    stances = pipeline.score_stances(statements, articles, learned=learned)
    return articles, rejected, statements, stances


def gold_rows(folder: Path) -> list[GoldRow]:
    """Every gold row of one labelled set, with its training examples where it has them."""
    gold = pl.read_csv(folder / "statements.csv", infer_schema=False)
    articles, _rejected, statements, stances = analyse_folder(folder / "articles")
    bodies = dict(articles.select("article_id", "body").iter_rows())
    by_statement: dict[str, list[dict]] = {}
    for row in stances.iter_rows(named=True):
        by_statement.setdefault(row["statement_id"], []).append(row)
    statement_of = {s["statement_id"]: s for s in statements.iter_rows(named=True)}
    out = []
    for g in match_gold(gold, found_frame(statements, stances)).iter_rows(named=True):
        row = GoldRow(folder.name, g["stance"], g["matched"], None, g["target"], g["pred_target"])
        if g["matched"]:
            best = statement_of[g["statement_id"]]
            body = bodies[best["article_id"]]
            rows = by_statement.get(best["statement_id"], [])
            rules = [_target_stance(r) for r in rows]
            text = body[best["char_start"] : best["char_end"]]
            hit = _row_for(g["target"], [(ts.target, ts) for ts in rules])
            if hit is not None:
                row.example = _example(folder.name, text, best, hit[1], len(rules), g["stance"])
            if not any(ts.target == "US" for ts in rules):
                start, end = best["char_start"], best["char_end"]
                row.candidate = target_features(
                    body,
                    start,
                    end,
                    speaker=best["speaker"],
                    kind=best["kind"],
                    rows=[(ts.target, ts.mention, ts.implied, ts.stance) for ts in rules],
                )
                if g["target"] == "US":  # the probability only names the row's evidence note
                    extra = added_us_stance(body, start, end, rules, THRESHOLD)
                    row.us_example = _example(
                        folder.name, text, best, extra, len(rules), g["stance"], added=True
                    )
        out.append(row)
    return out


def _example(
    set_name: str,
    text: str,
    statement: Mapping,
    ts: TargetStance,
    n_targets: int,
    gold: str,
    *,
    added: bool = False,
) -> Example:
    """The stance layer's example for one stance row of a statement, labelled `gold`."""
    feats = row_features(
        text,
        ts,
        speaker=statement["speaker"],
        kind=statement["kind"],
        n_targets=n_targets,
        added=added,
    )
    return Example(set_name, feats, gold, ts.stance)


def _target_stance(row: Mapping) -> TargetStance:
    """A stances-frame row of the rules (learned=False) as the TargetStance it was written from."""
    return TargetStance(
        row["target"],
        row["target_mention"] or "",
        row["polarity"],
        row["subjectivity"],
        row["rule_stance"],
        tuple(Evidence(**e) for e in json.loads(row["evidence"] or "[]")),
        bool(row["target_implied"]),
    )


def fit_target(rows: Sequence[GoldRow]) -> tuple[list[str], list[float], float]:
    """Feature names, weights and intercept of the target layer, fitted on the matched gold rows
    whose statement has no US row (label: the gold target is US)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    cands = [r for r in rows if r.candidate is not None]
    seen = Counter(name for r in cands for name in r.candidate or {} if name[:2] == "w:")
    x_rows = [
        {k: v for k, v in (r.candidate or {}).items() if k[:2] != "w:" or seen[k] >= MIN_ROWS}
        for r in cands
    ]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(x_rows)
    model = LogisticRegression(C=TARGET_C, max_iter=5000).fit(
        x, [int(r.gold_target == "US") for r in cands]
    )
    return (
        list(vectorizer.get_feature_names_out()),
        model.coef_[0].tolist(),
        float(model.intercept_[0]),
    )


def _stance_examples(rows: Sequence[GoldRow], target_model: TargetModel) -> list[Example]:
    """The stance layer's training rows: the rules' rows toward the gold target, and the US rows
    the target layer adds (as the pipeline would)."""
    out = []
    for r in rows:
        if r.example is not None:
            out.append(r.example)
        if r.us_example is not None and _adds_us(r, target_model):
            out.append(r.us_example)
    return out


def _adds_us(row: GoldRow, target_model: TargetModel) -> bool:
    return row.candidate is not None and target_model.probability(row.candidate) >= THRESHOLD


def fit(examples: Sequence[Example]) -> tuple[list[str], list[list[float]], list[float]]:
    """Feature names, weights (one row per stance, STANCES order) and intercepts."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for e in examples for name in e.features if name[:2] in ("w:", "b:"))
    rows = [
        {k: v for k, v in e.features.items() if k[:2] not in ("w:", "b:") or seen[k] >= MIN_ROWS}
        for e in examples
    ]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    y = [STANCES.index(e.gold) for e in examples]
    model = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    if list(model.classes_) != [0, 1, 2]:
        raise ValueError("the training rows must hold all three stances")
    names = list(vectorizer.get_feature_names_out())
    return names, model.coef_.tolist(), model.intercept_.tolist()


def train(folders: Sequence[Path], out: Path, target_out: Path) -> dict[str, int]:
    """Fit both layers on every labelled set in `folders`: the target layer's weights go to
    `target_out`, the stance layer's (fitted on the rows it adds as well) to `out`."""
    rows = [r for folder in folders for r in gold_rows(folder)]
    t_names, t_coef, t_intercept = fit_target(rows)
    target_model = TargetModel(dict(zip(t_names, t_coef, strict=True)), t_intercept)
    examples = _stance_examples(rows, target_model)
    names, coef, intercept = fit(examples)
    counts = Counter(e.gold for e in examples)
    notes = [
        "Weights of the learned stance layer (stancewatch/learned.py); written by",
        "`stancewatch train-stance`: do not edit by hand. Multinomial logistic regression",
        f"(scikit-learn, L2, C={C}; words and word pairs in at least {MIN_ROWS} rows) fitted on",
        f"{len(examples)} gold rows matched to a stance row, of {len(rows)} in {len(folders)}",
        f"hand-labelled sets ({folders[0].name} … {folders[-1].name}); gold stances:",
        ", ".join(f"{k} {counts[k]}" for k in STANCES) + ".",
    ]
    write_model(out, names, coef, intercept, notes)
    cands = [r for r in rows if r.candidate is not None]
    added = [r for r in cands if _adds_us(r, target_model)]
    write_target_model(
        target_out,
        t_names,
        t_coef,
        t_intercept,
        [
            "Weights of the learned target layer (stancewatch/learned_target.py); written by",
            "`stancewatch train-stance`: do not edit by hand. Logistic regression (scikit-learn,",
            f"L2, C={TARGET_C}; words in at least {MIN_ROWS} rows) of 'the statement is about",
            f"the US', fitted on the {len(cands)} matched gold rows whose statement has no US",
            f"row, of {len(rows)} in {len(folders)} sets ({folders[0].name} … "
            f"{folders[-1].name}); {sum(r.gold_target == 'US' for r in cands)} are labelled US.",
        ],
    )
    return {
        "sets": len(folders),
        "gold_rows": len(rows),
        "examples": len(examples),
        "candidates": len(cands),
        "added": len(added),
    }


@dataclass
class FoldFigures:
    """Agreement on gold rows matched to a statement, by the rules and by the learned layers:
    stance, macro-F1 and target; `added`: US rows the target layer added, `added_us`: how many
    of them are labelled US."""

    sets: list[str]
    rows: int
    rule_accuracy: float
    learned_accuracy: float
    rule_macro_f1: float
    learned_macro_f1: float
    rule_target_accuracy: float = 0.0
    learned_target_accuracy: float = 0.0
    added: int = 0
    added_us: int = 0


def cross_validate(folders: Sequence[Path], folds: int = 6) -> list[FoldFigures]:
    """Leave sets out: split `folders` (in the order given) into `folds` consecutive groups, fit
    both layers on the others, and score each group's matched gold rows as `stancewatch
    evaluate` does (a row without a stance row toward its gold target counts as `neutral`)."""
    from stancewatch.evaluate import _macro_f1
    from stancewatch.learned import StanceModel

    per_set = {f.name: gold_rows(f) for f in folders}
    names = [f.name for f in folders]
    size = -(-len(names) // folds)
    out = []
    for start in range(0, len(names), size):
        held = names[start : start + size]
        train_rows = [r for n in names if n not in held for r in per_set[n]]
        t_names, t_coef, t_intercept = fit_target(train_rows)
        target_model = TargetModel(dict(zip(t_names, t_coef, strict=True)), t_intercept)
        feat_names, coef, intercept = fit(_stance_examples(train_rows, target_model))
        model = StanceModel(
            {n: (coef[0][j], coef[1][j], coef[2][j]) for j, n in enumerate(feat_names)},
            (intercept[0], intercept[1], intercept[2]),
        )
        rule, learned, rule_target, learned_target = [], [], [], []
        added = added_us = 0
        for n in held:
            for r in per_set[n]:
                if not r.matched:
                    continue
                adds = _adds_us(r, target_model)
                added += adds
                added_us += adds and r.gold_target == "US"
                rule_target.append(r.pred_target == r.gold_target)
                learned_target.append(("US" if adds else r.pred_target) == r.gold_target)
                rule.append((r.gold, r.example.rule_stance if r.example else "neutral"))
                if adds and r.us_example is not None:
                    learned.append((r.gold, model.predict(r.us_example.features)[0]))
                elif r.example is None:
                    learned.append((r.gold, "neutral"))
                else:
                    learned.append((r.gold, model.predict(r.example.features)[0]))
        out.append(
            FoldFigures(
                held,
                len(rule),
                sum(g == p for g, p in rule) / len(rule),
                sum(g == p for g, p in learned) / len(learned),
                _macro_f1(rule),
                _macro_f1(learned),
                sum(rule_target) / len(rule_target),
                sum(learned_target) / len(learned_target),
                added,
                added_us,
            )
        )
    return out


def labelled_sets(root: Path) -> list[Path]:
    """The labelled sets under `root` (tests/: heldout, heldout2, ...), in number order."""

    def number(p: Path) -> int:
        digits = p.name.removeprefix("heldout")
        return int(digits) if digits else 1

    return sorted(
        (
            p
            for p in root.glob("heldout*")
            if (p / "statements.csv").is_file() and (p / "articles").is_dir()
        ),
        key=number,
    )
