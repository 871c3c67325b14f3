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
from stancewatch.learned import STANCES, features, write_model
from stancewatch.sentiment import Evidence

# inverse L2 strength; leave-sets-out over heldout-heldout69:
# 0.05 73.1%, 0.1 73.5%, 0.2 73.9%, 0.3 73.8%, 0.5 73.6%
C = 0.2
MIN_ROWS = 3  # a word or word pair must occur in this many training rows to get a weight


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
    its example (None: unmatched, or the statement has no stance row toward the gold target)."""

    set_name: str
    gold: str
    matched: bool
    example: Example | None


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
    """Every gold row of one labelled set, with its training example where it has one."""
    gold = pl.read_csv(folder / "statements.csv", infer_schema=False)
    articles, _rejected, statements, stances = analyse_folder(folder / "articles")
    bodies = dict(articles.select("article_id", "body").iter_rows())
    by_statement: dict[str, list[dict]] = {}
    for row in stances.iter_rows(named=True):
        by_statement.setdefault(row["statement_id"], []).append(row)
    statement_of = {s["statement_id"]: s for s in statements.iter_rows(named=True)}
    out = []
    for g in match_gold(gold, found_frame(statements, stances)).iter_rows(named=True):
        example = None
        if g["matched"]:
            best = statement_of[g["statement_id"]]
            rows = by_statement.get(best["statement_id"], [])
            hit = _row_for(g["target"], [(r["target"], r) for r in rows])
            if hit is not None:
                r = hit[1]
                text = bodies[best["article_id"]][best["char_start"] : best["char_end"]]
                example = Example(
                    folder.name,
                    features(
                        text,
                        speaker=best["speaker"],
                        kind=best["kind"],
                        target=r["target"],
                        rule_stance=r["rule_stance"],
                        polarity=r["polarity"],
                        subjectivity=r["subjectivity"],
                        evidence=[Evidence(**e) for e in json.loads(r["evidence"] or "[]")],
                        implied=bool(r["target_implied"]),
                        n_targets=len(rows),
                    ),
                    g["stance"],
                    r["rule_stance"],
                )
        out.append(GoldRow(folder.name, g["stance"], g["matched"], example))
    return out


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


def train(folders: Sequence[Path], out: Path) -> dict[str, int]:
    """Fit on every labelled set in `folders` and write the weights to `out`."""
    rows = [r for folder in folders for r in gold_rows(folder)]
    examples = [r.example for r in rows if r.example is not None]
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
    return {"sets": len(folders), "gold_rows": len(rows), "examples": len(examples)}


@dataclass
class FoldFigures:
    """Agreement on gold rows matched to a statement, by the rules and by the learned layer."""

    sets: list[str]
    rows: int
    rule_accuracy: float
    learned_accuracy: float
    rule_macro_f1: float
    learned_macro_f1: float


def cross_validate(folders: Sequence[Path], folds: int = 6) -> list[FoldFigures]:
    """Leave sets out: split `folders` (in the order given) into `folds` consecutive groups, fit
    on the others, and score each group's matched gold rows as `stancewatch evaluate` does (a
    row without a stance row toward its gold target counts as `neutral`)."""
    from stancewatch.evaluate import _macro_f1
    from stancewatch.learned import StanceModel

    per_set = {f.name: gold_rows(f) for f in folders}
    names = [f.name for f in folders]
    size = -(-len(names) // folds)
    out = []
    for start in range(0, len(names), size):
        held = names[start : start + size]
        train_examples = [
            r.example for n in names if n not in held for r in per_set[n] if r.example is not None
        ]
        feat_names, coef, intercept = fit(train_examples)
        model = StanceModel(
            {n: (coef[0][j], coef[1][j], coef[2][j]) for j, n in enumerate(feat_names)},
            (intercept[0], intercept[1], intercept[2]),
        )
        rule, learned = [], []
        for n in held:
            for r in per_set[n]:
                if not r.matched:
                    continue
                if r.example is None:
                    rule.append((r.gold, "neutral"))
                    learned.append((r.gold, "neutral"))
                else:
                    rule.append((r.gold, r.example.rule_stance))
                    learned.append((r.gold, model.predict(r.example.features)[0]))
        out.append(
            FoldFigures(
                held,
                len(rule),
                sum(g == p for g, p in rule) / len(rule),
                sum(g == p for g, p in learned) / len(learned),
                _macro_f1(rule),
                _macro_f1(learned),
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
