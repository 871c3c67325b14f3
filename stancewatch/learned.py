"""The learned stance layer: weights fitted on the hand-labelled article sets decide the stance
from textblob-nl's score, the rules' reading and the statement's words.

Why: twelve sessions of rules over textblob-nl left stance agreement on unseen articles at
55-75% (the rules read words; the labels also follow events, irony and set phrases). A
multinomial logistic regression over what the rules already computed (their stance, polarity,
subjectivity, evidence sources, target kind) plus the statement's words and word pairs, fitted on
the labelled sets and tested on sets it was not fitted on, agrees with the labels about seven
points more often (README, "The learned layer"). textblob-nl stays the engine: its polarity,
with the domain lexicon and the scope rules, is the strongest input and stays in the `polarity`
column; the rules' own label is kept as `rule_stance`.

The weights are data (``data/stance_model.csv``: one row per feature, one weight per stance,
written by ``stancewatch train-stance``); using them needs no library, only a dot product, so
every decision can be explained: :func:`explain` lists the features that moved it most.
This module imports neither Prefect nor DuckDB.
"""

from __future__ import annotations

import csv
import heapq
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stancewatch.sentiment import Evidence
from stancewatch.stance import TargetStance

MODEL_CSV = Path(__file__).parent / "data" / "stance_model.csv"
STANCES = ("negative", "neutral", "positive")
INTERCEPT = "(intercept)"
# evidence sources the rules write (sentiment.Evidence.source)
SOURCES = ("textblob", "domain", "rule", "context", "prior")
# the rules' features carry this value instead of 1, so that the L2 penalty does not shrink them
# like one of some 20,000 word features (3 gave the best leave-sets-out agreement of 1, 3 and 10)
DENSE = 3.0
_WORD = re.compile(r"\w+")
_NONE_TARGETS = (None, "", "none")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, underscore), as the weights were fitted on."""
    return _WORD.findall(text.lower())


def features(
    text: str,
    *,
    speaker: str | None,
    kind: str | None,
    target: str | None,
    rule_stance: str,
    polarity: float,
    subjectivity: float,
    evidence: Iterable[Evidence],
    implied: bool,
    n_targets: int,
    added: bool = False,
) -> dict[str, float]:
    """The features of one (statement, target) row: `w:` words and `b:` word pairs of the
    statement (present or not), its speaker, and the rules' reading of it scaled by DENSE.
    `added`: a US row the target layer added (stancewatch/learned_target.py)."""
    out: dict[str, float] = {"speaker:" + (speaker or ""): 1.0}
    tokens = words(text)
    for w in tokens:
        out["w:" + w] = 1.0
    for a, b in zip(tokens, tokens[1:], strict=False):
        out[f"b:{a} {b}"] = 1.0
    ev = list(evidence)
    dense: dict[str, float] = {
        "rule:" + rule_stance: 1.0,
        "polarity": float(polarity),
        "subjectivity": float(subjectivity),
        "implied": float(bool(implied)),
        "target:" + _target_kind(target): 1.0,
        "evidence:count": len(ev) / 5,
        "kind:direct": float(kind == "direct"),
        "several_targets": float(n_targets > 1),
        "added": float(added),
    }
    for source in SOURCES:
        here = [e.polarity for e in ev if e.source == source]
        dense["source:" + source] = float(bool(here))
        dense["source_sum:" + source] = float(sum(here))
    for name, value in dense.items():
        if value:
            out[name] = value * DENSE
    return out


def row_features(
    text: str,
    ts: TargetStance,
    *,
    speaker: str | None,
    kind: str | None,
    n_targets: int,
    added: bool = False,
) -> dict[str, float]:
    """`features` of one stance row of the rules (what the pipeline and training both call)."""
    return features(
        text,
        speaker=speaker,
        kind=kind,
        target=ts.target,
        rule_stance=ts.stance,
        polarity=ts.polarity,
        subjectivity=ts.subjectivity,
        evidence=ts.evidence,
        implied=ts.implied,
        n_targets=n_targets,
        added=added,
    )


def _target_kind(target: str | None) -> str:
    if target == "US":
        return "US"
    return "none" if target in _NONE_TARGETS else "other"


@dataclass(frozen=True)
class StanceModel:
    """Weights per feature and stance (STANCES order) and the intercepts."""

    weights: Mapping[str, tuple[float, float, float]]
    intercept: tuple[float, float, float]

    def _pass(
        self, feats: Mapping[str, float]
    ) -> tuple[list[float], list[tuple[float, str, float]]]:
        """One pass over the features, each weight looked up once: the logits, and the pushes
        from negative toward positive (|push|, name, push) of those that moved at least 0.05."""
        z = list(self.intercept)
        pushes = []
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for k in range(3):
                    z[k] += value * w[k]
                push = value * (w[2] - w[0])
                if abs(push) >= 0.05:
                    pushes.append((abs(push), name, push))
        return z, pushes

    def predict(self, feats: Mapping[str, float]) -> tuple[str, float]:
        """The stance with the highest probability, and that probability."""
        return _most_probable(self._pass(feats)[0])

    def explain(self, feats: Mapping[str, float], limit: int = 6) -> tuple[Evidence, ...]:
        """The features that moved the decision most, as evidence rows (source "learned"): the
        polarity of each is its push from negative toward positive (weight of `positive` minus
        weight of `negative`, times the feature's value), rounded to 3 decimals."""
        return _strongest(self._pass(feats)[1], limit)

    def decide(
        self, feats: Mapping[str, float], limit: int = 6
    ) -> tuple[str, float, tuple[Evidence, ...]]:
        """predict and explain from one pass over the features (what the pipeline calls)."""
        z, pushes = self._pass(feats)
        return (*_most_probable(z), _strongest(pushes, limit))


def _most_probable(z: list[float]) -> tuple[str, float]:
    top = max(z)
    exp = [math.exp(v - top) for v in z]
    best = max(range(3), key=lambda k: z[k])
    return STANCES[best], exp[best] / sum(exp)


def _strongest(pushes: list[tuple[float, str, float]], limit: int) -> tuple[Evidence, ...]:
    """The `limit` largest pushes (ties by name) as evidence rows; heapq.nsmallest is sorted()
    cut to `limit`, without sorting all of them."""
    return tuple(
        Evidence(words=_readable(name), polarity=round(push, 3), source="learned")
        for _, name, push in heapq.nsmallest(limit, pushes, key=lambda p: (-p[0], p[1]))
    )


def _readable(name: str) -> str:
    """`w:vijandig` -> `vijandig`; the rules' features keep their name (`rule:negative`)."""
    return name[2:] if name[:2] in ("w:", "b:") else name


def read_weights(
    path: Path, columns: Sequence[str]
) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
    """Read a weights file `feature,<columns...>` (`#` lines are notes): the weights per feature
    and the `(intercept)` row; a wrong header, a malformed or non-finite weight, or a missing
    intercept is refused with the file, row and fault."""
    weights: dict[str, tuple[float, ...]] = {}
    intercept: tuple[float, ...] | None = None
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        header = next(rows)
        if header != ["feature", *columns]:
            raise ValueError(f"{path}: header {header} is not feature,{','.join(columns)}")
        for line_no, row in enumerate(rows, start=2):
            try:
                name, *values = row
                if len(values) != len(columns):
                    raise ValueError(f"{len(values)} weights, not {len(columns)}")
                w = tuple(float(v) for v in values)
            except ValueError as exc:
                raise ValueError(f"{path}: row {line_no} {row!r}: {exc}") from exc
            if not all(math.isfinite(v) for v in w):
                raise ValueError(f"{path}: row {line_no}: weight is not a finite number")
            if name == INTERCEPT:
                intercept = w
            else:
                weights[name] = w
    if intercept is None:
        raise ValueError(f"{path}: no {INTERCEPT} row")
    return weights, intercept


def load_model(path: Path = MODEL_CSV) -> StanceModel:
    """Read the weights file: `feature,negative,neutral,positive`; `#` lines are notes."""
    weights, intercept = read_weights(path, STANCES)
    return StanceModel(weights, intercept)  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def shipped_model(path: Path = MODEL_CSV) -> StanceModel:
    """The weights file read once per process."""
    return load_model(path)


def write_model(
    path: Path,
    names: Sequence[str],
    coef: Sequence[Sequence[float]],
    intercept: Sequence[float],
    notes: Sequence[str],
) -> None:
    """Write weights (coef: one row per stance in STANCES order, one column per name) with `#`
    notes on top; features whose three weights all round to 0 are left out."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        for note in notes:
            fh.write(f"# {note}\n")
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", *STANCES])
        out.writerow([INTERCEPT, *(f"{v:.4f}" for v in intercept)])
        for j in sorted(range(len(names)), key=lambda j: names[j]):
            w = [f"{coef[k][j]:.4f}" for k in range(3)]
            if any(float(v) != 0 for v in w):
                out.writerow([names[j], *w])
