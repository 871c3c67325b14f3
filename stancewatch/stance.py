"""Stance of one Kremlin statement toward each target it is about.

How a statement is read:

1. Targets come from the statement itself (``targets.find_targets``). If it names none, the rest
   of its own sentence is searched (the reporting frame: '"...", zei Peskov over de VS'), then,
   when the statement refers back (pronoun "ze/zij/hun", "deze/dit/zulke/dergelijke", a
   clause-initial "dat/die" ("..., dat is maar een deel"), "daar-/hier-" adverbs, or a content
   word repeated from the previous sentence, e.g. "ultimatums" after "ultimatum"), up to two
   previous sentences of the body.
2. The statement is cut into segments at sentence ends, ``, ; :`` and contrastive conjunctions
   (maar, terwijl, hoewel, doch, ook al, in tegenstelling tot, anders dan). A segment naming a
   target belongs to that target; a segment naming none belongs to the target(s) of the nearest
   segment before it (or after it, at the start). So "Deze dialoog wordt gewenst in Washington
   ... men in Europa lijkt eerder te streven naar escalatie" gives US and Europe their own clauses.
3. A target's polarity is the mean polarity of the evidence (``sentiment.score_text``) in its
   segments; when those hold no evidence, the whole statement's evidence is used. A target named
   after "in tegenstelling tot" / "anders dan" gets the statement's evidence flipped (x -1). A
   concessive segment ("hoewel ...", "ook al ...") counts half: the main clause carries the stance.

One TargetStance per distinct target, in order of first mention; a statement without any target
yields one TargetStance with target "none" whose stance is "neutral" by definition (there is
nobody to take a stance toward; its polarity still reports the tone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stancewatch.sentiment import Evidence, Score, combine, score_text, stance_label
from stancewatch.targets import TargetMention, find_targets


def _words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string (keeps long lists compact)."""
    return frozenset(text.split())


_ABBREVIATIONS = _words(
    "ca o.a dhr mevr mr dr prof bv nl enz etc vgl zgn jl a.s ir st e.d m.a.w i.p.v d.w.z "
    "nr blz min max resp incl excl ong vs"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’'»)]*\s+(?=[\"“‘'„«(]*[A-ZÀ-Ý0-9])|\n+")
_SEGMENT_SPLIT = re.compile(
    r"[;:]|,(?!\d)|[.!?…]+(?=[\s\"”’'»]|$)"
    r"|\s(?=(?:maar|terwijl|hoewel|doch|ook al|in tegenstelling tot|anders dan)\b)",
    re.IGNORECASE,
)
_CONTRAST_BEFORE = re.compile(
    r"(?:in tegenstelling tot|anders dan|i\.t\.t\.)\s+(?:de\s+|het\s+)?$", re.IGNORECASE
)
_ANAPHOR = re.compile(
    r"\b(?:ze|zij|hun|hen|deze|dit|zulke|zulk|dergelijke|zo'n|daar\w*|hier\w*)\b"
    r"|(?:^|[,;:\"“„'‘(]\s*)(?:dat|die)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{6,}")
_COHESION_STOP = _words(
    "president russische rusland kremlin woordvoerder minister buitenlandse verklaarde "
    "benadrukte volgens moskou poetin vladimir dmitri sergej vandaag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag maandag gezegd zeggen toevoegde voegde persbureau"
)
_CONCESSIVE_START = re.compile(r"\W*(?:hoewel|ofschoon|ook al|al)\b", re.IGNORECASE)
_CONCESSIVE = 0.5
_CONTEXT_SENTENCES = 2
_LOOKBACK_CHARS = 900


@dataclass(frozen=True)
class TargetStance:
    """The stance of one statement toward one target."""

    target: str
    mention: str
    polarity: float
    subjectivity: float
    stance: str
    evidence: tuple[Evidence, ...]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split after . ! ? before a capital/digit, and at newlines;
    common Dutch abbreviations ("ca.", "o.a.", "dhr.") do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group()[0] in ".":
            word = text[max(0, m.start() - 8) : m.start()].rsplit(None, 1)[-1:]
            if word and word[0].lower().lstrip("(") in _ABBREVIATIONS:
                continue
        if text[start : m.start()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _segments(text: str) -> list[tuple[int, int]]:
    """Clause-like pieces of a statement (offsets into ``text``)."""
    spans, start = [], 0
    for m in _SEGMENT_SPLIT.finditer(text):
        cut = m.start() if m.group().isspace() else m.end()
        if text[start:cut].strip():
            spans.append((start, cut))
        start = cut
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _refers_back(statement: str, previous: str) -> bool:
    """Does the statement point back (pronoun, demonstrative, a noun repeated from before)?"""
    if _ANAPHOR.search(statement):
        return True
    prefixes = {w[:6] for w in _WORD.findall(previous.lower()) if w not in _COHESION_STOP}
    return any(
        w[:6] in prefixes for w in _WORD.findall(statement.lower()) if w not in _COHESION_STOP
    )


def _context_targets(body: str, start: int, end: int) -> list[TargetMention]:
    """Targets for a statement that names none: its own sentence's frame, then (if it refers
    back) up to two previous sentences."""
    lo = max(0, start - _LOOKBACK_CHARS)
    window = body[lo : min(len(body), end + 400)]
    spans = [(s + lo, e + lo) for s, e in sentence_spans(window)]
    first = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
    last = next((i for i, (s, e) in enumerate(spans) if s < end <= e), None)
    frame = ""
    if first is not None:
        frame += body[spans[first][0] : start] + " "
    if last is not None:
        frame += body[end : spans[last][1]]
    found = find_targets(frame)
    if found:
        return found
    previous = spans[:first] if first is not None else [s for s in spans if s[1] <= start]
    statement = body[start:end]
    for s, e in reversed(previous[-_CONTEXT_SENTENCES:]):
        sentence = body[s:e]
        if not _refers_back(statement, sentence):
            continue
        found = find_targets(sentence)
        if found:
            return found
    return []


def _not_speaker(mentions: list[TargetMention], speaker: str) -> list[TargetMention]:
    """Drop mentions of the speaker's own name (a speaker is never his own target)."""
    if not speaker:
        return mentions
    name = speaker.lower()
    return [m for m in mentions if name not in m.mention.lower()]


def _distinct(mentions: list[TargetMention]) -> list[TargetMention]:
    """The first mention of each target."""
    seen: dict[str, TargetMention] = {}
    for m in mentions:
        seen.setdefault(m.target, m)
    return list(seen.values())


def _scaled(evidence: tuple[Evidence, ...], factor: float) -> tuple[Evidence, ...]:
    return tuple(Evidence(e.words, e.polarity * factor, "rule") for e in evidence)


def _stance(
    target: str, mention: str, evidence: tuple[Evidence, ...], subj: list[float]
) -> TargetStance:
    score = combine(evidence)
    subjectivity = sum(subj) / len(subj) if subj else 0.0
    return TargetStance(
        target, mention, score.polarity, subjectivity, stance_label(score.polarity), score.evidence
    )


def stances_for_statement(body: str, start: int, end: int, speaker: str = "") -> list[TargetStance]:
    """Stances of the statement ``body[start:end]`` toward each target it is about."""
    text = body[start:end]
    segments = _segments(text)
    scores = [score_text(text[s:e]) for s, e in segments]
    scores = [
        Score(sc.polarity * _CONCESSIVE, sc.subjectivity, _scaled(sc.evidence, _CONCESSIVE))
        if _CONCESSIVE_START.match(text[s:e])
        else sc
        for sc, (s, e) in zip(scores, segments, strict=True)
    ]
    all_evidence = tuple(e for sc in scores for e in sc.evidence)
    all_subj = [sc.subjectivity for sc in scores if sc.evidence]

    mentions = _not_speaker(find_targets(text), speaker)
    if not mentions:
        context = _distinct(_not_speaker(_context_targets(body, start, end), speaker))
        if not context:
            score = combine(all_evidence)
            subjectivity = sum(all_subj) / len(all_subj) if all_subj else 0.0
            return [TargetStance("none", "", score.polarity, subjectivity, "neutral", all_evidence)]
        return [_stance(m.target, m.mention, all_evidence, all_subj) for m in context]

    # which targets each segment names; contrast-marked targets are handled apart
    named: list[list[str]] = [[] for _ in segments]
    contrast: set[str] = set()
    for m in mentions:
        idx = next((i for i, (s, e) in enumerate(segments) if s <= m.start < e), None)
        if idx is None:
            continue
        if _CONTRAST_BEFORE.search(text[max(0, m.start - 40) : m.start]):
            contrast.add(m.target)
        elif m.target not in named[idx]:
            named[idx].append(m.target)
    owners: list[list[str]] = []
    for i in range(len(segments)):
        if named[i]:
            owners.append(named[i])
            continue
        before = next((named[j] for j in range(i - 1, -1, -1) if named[j]), None)
        after = next((named[j] for j in range(i + 1, len(segments)) if named[j]), None)
        owners.append(before or after or [])

    result: list[TargetStance] = []
    for m in _distinct(mentions):
        t = m.target
        if t in contrast and not any(t in o for o in owners):
            result.append(_stance(t, m.mention, _scaled(all_evidence, -1.0), all_subj))
            continue
        own = [i for i, o in enumerate(owners) if t in o]
        evidence = tuple(e for i in own for e in scores[i].evidence)
        subj = [scores[i].subjectivity for i in own if scores[i].evidence]
        if not evidence:
            evidence, subj = all_evidence, all_subj
        result.append(_stance(t, m.mention, evidence, subj))
    return result
