"""The learned target layer: weights fitted on the hand-labelled sets decide whether a statement
the rules gave no US target is about the US all the same, and then add a US stance row for it.

Why: the rules give a statement the targets it names, or those of its context. A statement that
names only a third country ("Georgië wordt een protectoraat") or nobody is often about the US all
the same in an article on Russia and the US: in the labelled sets heldout-heldout81, 609 of 2,026
such statements are labelled `US` (30%), most of them not neutral. Without a US row their stance
toward the US is lost (it counts as `neutral`). A logistic regression over where the rules found
their targets, how near and how often the article names the US, the article's counterpart, the
speaker and the statement's words picks out the ones that are about the US: tested on sets it
was not fitted on, 65% of the statements it adds a US row to are labelled `US` (README, "The
learned target layer").

The added row keeps the rules' evidence of the statement (not the context evidence of its other
targets), names the nearest US mention of the article as its `target_mention`, is marked
`target_implied`, and carries one evidence row (source `target`) with the layer's probability and
the three features that pushed it most ("target layer: about the US (p 0.71: adj_us +1.47, cp:US
+0.53, us_before<100 +0.31)").
The learned stance layer then decides its stance like any other row.

Weights are data (``data/target_model.csv``, `feature,weight`, written by ``stancewatch
train-stance``); using them is a dot product. This module imports neither Prefect nor DuckDB.
"""

from __future__ import annotations

import csv
import heapq
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stancewatch.learned import INTERCEPT, read_weights, words
from stancewatch.sentiment import Evidence
from stancewatch.stance import (
    TargetStance,
    _article_counterpart,
    _stance,
    article_mentions,
    sentence_spans,
)
from stancewatch.targets import TargetMention, find_nationality_adjectives, find_targets

TARGET_CSV = Path(__file__).parent / "data" / "target_model.csv"
# add a US row from this probability on: leave-sets-out over 81 sets, 0.5 added 438 rows of which
# 65% are labelled US (0.4: 616, 60%; 0.6: 294, 73%); below 0.5 more than half would be wrong
THRESHOLD = 0.5
_NEAR = (100, 300, 800)  # chars between the statement and the nearest US mention
_FAR = 5000
# evidence about one target only: not carried over to the added US row
_TARGET_SOURCES = ("context", "prior")


def _kind(target: str | None) -> str:
    if target == "US":
        return "US"
    return "none" if target in (None, "", "none") else "other"


def _us_mentions(
    body: str, start: int, end: int
) -> tuple[list[TargetMention], list[TargetMention], list[TargetMention]]:
    """The article's US mentions: all, those before the statement and those after it."""
    us = [m for m in article_mentions(body) if m.target == "US"]
    return us, [m for m in us if m.end <= start], [m for m in us if m.start >= end]


def target_features(
    body: str,
    start: int,
    end: int,
    *,
    speaker: str | None,
    kind: str | None,
    rows: Sequence[tuple[str, str, bool, str]],
) -> dict[str, float]:
    """The features of one statement without a US row (`rows`: its stance rows as (target,
    mention, implied, rule stance)): where the rules found its targets, which ones, how near and
    how often the article names the US, the article's counterpart, a US adjective in the
    statement, the previous sentence's targets, speaker, kind and words."""
    text = body[start:end]
    out: dict[str, float] = {"n_rows": float(len(rows))}
    for target, mention, implied, rule_stance in rows:
        k = _kind(target)
        if k == "none":
            source = "none"
        elif implied:
            source = "implied"
        else:
            source = "intext" if mention and mention in text else "context"
        out["src:" + source] = 1.0
        if k == "other":
            out["o:" + target] = 1.0
        out["rs:" + rule_stance] = 1.0
    counterpart = _article_counterpart(body)
    out["cp:" + (_kind(counterpart.target) if counterpart else "none")] = 1.0
    mentions = article_mentions(body)
    us, before, after = _us_mentions(body, start, end)
    out["us_count"] = math.log1p(len(us))
    out["us_share"] = len(us) / max(1, len(mentions))
    gap_before = start - before[-1].end if before else _FAR
    gap_after = after[0].start - end if after else _FAR
    for limit in _NEAR:
        out[f"us_before<{limit}"] = float(gap_before < limit)
        out[f"us_after<{limit}"] = float(gap_after < limit)
    out["adj_us"] = float(any(m.target == "US" for m in find_nationality_adjectives(text)))
    lo = max(0, start - 400)
    spans = sentence_spans(body[lo : start + 1])  # the last span holds the statement's start
    if len(spans) > 1:
        s, e = spans[-2]
        found = find_targets(body[lo + s : lo + e])
        out["prev_us"] = float(any(m.target == "US" for m in found))
        out["prev_other"] = float(any(m.target != "US" for m in found))
    out["speaker:" + (speaker or "")] = 1.0
    out["kind:" + (kind or "")] = 1.0
    for w in set(words(text)):
        out["w:" + w] = 1.0
    return {k: v for k, v in out.items() if v}


@dataclass(frozen=True)
class TargetModel:
    """One weight per feature and the intercept of P(the statement is about the US)."""

    weights: Mapping[str, float]
    intercept: float

    def probability(self, feats: Mapping[str, float]) -> float:
        z = self.intercept + sum(v * self.weights.get(k, 0.0) for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def decide(self, feats: Mapping[str, float], limit: int = 3) -> tuple[float, tuple[str, ...]]:
        """The probability, and the `limit` features that pushed it up most ("cp:US +0.53"):
        why the layer thinks the statement is about the US."""
        pushes = [(v * self.weights[k], k) for k, v in feats.items() if k in self.weights]
        top = heapq.nsmallest(limit, (p for p in pushes if p[0] > 0), key=lambda p: (-p[0], p[1]))
        return self.probability(feats), tuple(f"{k} {w:+.2f}" for w, k in top)


def load_target_model(path: Path = TARGET_CSV) -> TargetModel:
    """Read the weights file: `feature,weight`; `#` lines are notes."""
    weights, intercept = read_weights(path, ("weight",))
    return TargetModel({k: w[0] for k, w in weights.items()}, intercept[0])


@lru_cache(maxsize=4)
def shipped_target_model(path: Path = TARGET_CSV) -> TargetModel:
    """The weights file read once per process."""
    return load_target_model(path)


def write_target_model(
    path: Path, names: Sequence[str], coef: Sequence[float], intercept: float, notes: Sequence[str]
) -> None:
    """Write the weights with `#` notes on top; weights that round to 0 are left out."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        for note in notes:
            fh.write(f"# {note}\n")
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", "weight"])
        out.writerow([INTERCEPT, f"{intercept:.4f}"])
        for j in sorted(range(len(names)), key=lambda j: names[j]):
            w = f"{coef[j]:.4f}"
            if float(w) != 0:
                out.writerow([names[j], w])


def added_us_stance(
    body: str,
    start: int,
    end: int,
    stances: Sequence[TargetStance],
    probability: float,
    reasons: Sequence[str] = (),
) -> TargetStance:
    """The US row the layer adds to a statement: the rules' evidence of the statement without
    the evidence about one other target, the nearest US mention of the article (before the
    statement first, else after it), marked implied; its last evidence row names the
    probability and the `reasons` (TargetModel.decide)."""
    evidence: list[Evidence] = []
    for ts in stances:
        for ev in ts.evidence:
            if ev.source not in _TARGET_SOURCES and ev not in evidence:
                evidence.append(ev)
    _us, before, after = _us_mentions(body, start, end)
    mention = before[-1] if before else after[0] if after else None
    why = f": {', '.join(reasons)}" if reasons else ""
    note = Evidence(f"target layer: about the US (p {probability:.2f}{why})", 0.0, "target")
    subj = [ts.subjectivity for ts in stances if ts.evidence]
    row = _stance("US", mention.mention if mention else "", tuple(evidence), subj, implied=True)
    return TargetStance(
        row.target,
        row.mention,
        row.polarity,
        row.subjectivity,
        row.stance,
        (*row.evidence, note),
        True,
    )
