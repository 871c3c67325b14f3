"""Find the addressees ("targets") a Kremlin statement talks about: the US and others.

The registry is data, not code: ``data/targets.csv`` with columns ``label, pattern, kind, note``.
Kinds:

- ``name``: a proper name or fixed phrase (case-sensitive regex, matched as whole words), e.g.
  ``Verenigde Staten``, ``Witte Huis``, ``Trump(?:'s|s)?``, envoys such as ``Witkoff``.
- ``capital``: like ``name`` (``Washington``, ``Kiev``, ``Brussel``, ``Peking``) but dropped when it
  is only the place where someone speaks ("verklaarde Lavrov dinsdag in Peking dat ...").
- ``adjective``: a nationality adjective (``Amerikaanse``, ``Britse``, ``westerse``), a target
  only when an actor noun follows ("de Amerikaanse regering", "Amerikaans president Joe Biden",
  "westerse sancties"); "de Amerikaanse verkiezingen" is not a target.
- ``actor`` (label ``*``): the nouns that make such an adjective a target.
- ``exclude`` (label ``*``): regexes (case-insensitive) whose matches hide target mentions, e.g.
  the press of a country cited as the source ("Volgens de Amerikaanse pers ...") or
  "Latijns-Amerika".

Labels: ``US``, ``NATO``, ``EU`` (the Union and its institutions, also "Brussel"), ``Europe``
(Europa, Europeanen, "Europese leiders/landen": the European governments as a group), ``Ukraine``,
``UK``, ``West`` (het Westen, westerse landen, G7, de Angelsaksen), ``China``, ``India``, more
countries (where a country's name is mostly a place, as for Syria and Iraq, only its capital,
leaders and government: "de oorlog in Irak" names no target, "Bagdad heeft ..." does),
international organisations (``UN``, ``IMF``, ``IOC``, ``OSCE``, ...) and armed groups (``IS``,
``Hamas``), and ``coalition``: an unnamed group of states acting together, which Kremlin
statements often address without naming its members ("twintig of dertig landen", "een handvol
landen", "de internationale gemeenschap", "het sanctiefront", "de coalitie (van bereidwilligen)",
"de bondgenoten van Kiev", "de landen die sancties instelden", "die landen"). It is deliberately
not ``US`` or ``West``: a statement about "twintig landen" must not be booked on Washington just
because the US led them. Russian self-references (Rusland, Moskou, Poetin, het Kremlin) are
deliberately absent: they are never targets.
"""

from __future__ import annotations

import csv
import re
import re._constants as _sre_c  # only to compute first-letter sets; failures fall back safely
import re._parser as _sre
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TARGETS_CSV = Path(__file__).parent / "data" / "targets.csv"

# Words around a capital that show it is the place of a speech event, not an addressee.
_SPEECH_BEFORE = re.compile(
    r"\b(?:zei|zegt|zeiden|verklaarde|verklaart|sprak|spreekt|vertelde|benadrukte|stelde|aldus|"
    r"persconferentie|bezoek|bezocht|reisde|arriveerde|vergadering|top|toespraak|vergadert|"
    r"vergaderen|vergaderde|vergaderden|bijeenkomst|ontmoeting|ontmoetten|overleg|overlegden|"
    r"onderhandelingen|gesprekken)\b(?:(?!\bdat\b)[^.!?]){0,90}"
    r"\b(?:in|te|vanuit)\s+(?:(?:(?!\b(?:dat|over|met|tegen|voor|op|regering|leiders?)\b)[^.!?])"
    r"{0,50}\s(?:van|aan|bij|nabij)\s+)?$"
)  # "op de persconferentie in het paleis aan de haven van Helsinki": still the place
_LOCATION_AFTER = re.compile(r"^\s*(?:[,.;:]|dat\b|op\b|tijdens\b|na\b|bij\b|met\b|waar\b|\()")


@dataclass(frozen=True)
class TargetMention:
    """One mention of a target in a text; offsets are into the searched text."""

    target: str
    mention: str
    start: int
    end: int


@dataclass(frozen=True)
class _Registry:
    names: re.Pattern[str]
    name_scanner: re.Pattern[str] | None
    name_by_letter: dict[str, re.Pattern[str]]
    name_labels: tuple[str, ...]
    name_is_capital: tuple[bool, ...]
    adjectives: re.Pattern[str] | None
    bare_adjectives: re.Pattern[str] | None
    adjective_labels: tuple[str, ...]
    excludes: re.Pattern[str] | None
    excludes_lower: re.Pattern[str] | None  # the same, lower-cased, for lower-cased text
    labels: tuple[str, ...]


def _first_chars(items: list) -> set[str] | None:
    """Letters a parsed regex can start with, or None when unknown (then no pre-filter is used)."""
    c = _sre_c
    for i, (op, av) in enumerate(items):
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            chars: set[str] = set()
            for o, v in av:
                if o is c.LITERAL:
                    chars.add(chr(v))
                elif o is c.RANGE and v[1] - v[0] < 64:  # [0-9], [a-z]
                    chars.update(chr(x) for x in range(v[0], v[1] + 1))
                else:
                    return None
            return chars
        if op is c.SUBPATTERN:
            return _first_chars(list(av[-1]))
        if op is c.BRANCH:
            sets = [_first_chars(list(b)) for b in av[1]]
            return None if any(x is None for x in sets) else set().union(*sets)  # type: ignore[arg-type]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            first = _first_chars(list(av[2]))
            if first is None or av[0] > 0:
                return first
            rest = _first_chars(items[i + 1 :])
            return None if rest is None else first | rest
        return None
    return None


def _letter_dispatch(patterns: list[str]) -> dict[str, list[int]] | None:
    """first letter -> indices of the patterns that can start with it; None when unknown."""
    by_letter: dict[str, list[int]] = {}
    for i, pattern in enumerate(patterns):
        try:
            first = _first_chars(list(_sre.parse(pattern)))
        except Exception:  # noqa: BLE001 - private parser API: never let it break matching
            return None
        if not first:
            return None
        for ch in first:
            by_letter.setdefault(ch, []).append(i)
    return by_letter


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if row.get("label")]


@lru_cache(maxsize=4)
def _registry(path: Path = TARGETS_CSV) -> _Registry:
    """Compile targets.csv into two alternation regexes (names, adjective+actor): one pass each."""
    rows = _read_rows(path)
    names = [r for r in rows if r["kind"] in ("name", "capital")]
    adjectives = [r for r in rows if r["kind"] == "adjective"]
    actors = [r["pattern"] for r in rows if r["kind"] == "actor"]
    excludes = [r["pattern"] for r in rows if r["kind"] == "exclude"]
    unknown = {r["kind"] for r in rows} - {"name", "capital", "adjective", "actor", "exclude"}
    if unknown:
        raise ValueError(f"unknown kind(s) in {path}: {sorted(unknown)}")

    name_patterns = [r["pattern"] for r in names]
    name_re = "|".join(f"(?P<n{i}>{p})" for i, p in enumerate(name_patterns))
    names_pattern = re.compile(rf"(?<![\w-])(?:{name_re})(?![\w])")
    # Speed: the full alternation is tried only at words whose first letter can start a name,
    # and then only with the patterns that start with that letter (~5x faster on news text).
    scanner, by_letter = None, {}
    dispatch = _letter_dispatch(name_patterns)
    if dispatch:
        letters = "".join(re.escape(ch) for ch in sorted(dispatch))
        scanner = re.compile(rf"(?<![\w-])[{letters}]")
        by_letter = {
            ch: re.compile(
                "(?:" + "|".join(f"(?P<n{i}>{name_patterns[i]})" for i in idx) + r")(?![\w])"
            )
            for ch, idx in dispatch.items()
        }
    adjective_pattern = bare_pattern = None
    if adjectives:
        bare_re = "|".join(f"(?P<a{i}>{r['pattern']})" for i, r in enumerate(adjectives))
        bare_pattern = re.compile(rf"(?<![\w-])(?:{bare_re})(?![\w-])")
    if adjectives and actors:
        adj_re = "|".join(f"(?P<a{i}>{r['pattern']})" for i, r in enumerate(adjectives))
        actor_re = "|".join(f"(?:{a})" for a in actors)
        # adjective [, other-adjective ... en/of other-adjective] [one attributive adjective]
        # actor-noun, also as the head of a compound ("Amerikaanse Tomahawk-kruisraketten",
        # "Amerikaanse noodhulp"); the tail is a lookahead so coordinated adjectives ("westerse
        # en Oekraïense media", "de Amerikaanse, Britse en Franse luchtaanvallen") are matched too
        adj_letters = _letter_dispatch([r["pattern"] for r in adjectives])
        adj_filter = (
            "(?=[" + "".join(re.escape(ch) for ch in sorted(adj_letters)) + "])"
            if adj_letters
            else ""
        )
        adjective_pattern = re.compile(
            rf"(?<![\w-]){adj_filter}(?:{adj_re})(?=(?P<tail>(?:(?:,\s*\w+){{0,3}}\s+(?:en|of)\s+\w+)?"
            rf"(?:\s+\w+e)?"
            rf"\s+(?:[^\W\d_]+-?){{0,2}}?(?:{actor_re})(?![\w])))"
        )
    exclude_re = "|".join(f"(?:{e})" for e in excludes)
    exclude_pattern = re.compile(exclude_re, re.IGNORECASE) if excludes else None
    # Speed: the same pattern lower-cased, run on the lower-cased text without IGNORECASE (half
    # the time); only when lower-casing cannot change what it means (no \W, \S, \D, \B ...)
    exclude_lower = (
        re.compile(exclude_re.lower())
        if excludes and not re.search(r"\\[A-Z]", exclude_re)
        else None
    )
    labels = tuple(dict.fromkeys(r["label"] for r in rows if r["label"] != "*"))
    return _Registry(
        names=names_pattern,
        name_scanner=scanner,
        name_by_letter=by_letter,
        name_labels=tuple(r["label"] for r in names),
        name_is_capital=tuple(r["kind"] == "capital" for r in names),
        adjectives=adjective_pattern,
        bare_adjectives=bare_pattern,
        adjective_labels=tuple(r["label"] for r in adjectives),
        excludes=exclude_pattern,
        excludes_lower=exclude_lower,
        labels=labels,
    )


def target_labels() -> tuple[str, ...]:
    """All target labels known to the registry, in file order."""
    return _registry().labels


def _is_speech_location(text: str, start: int, end: int) -> bool:
    """True for "zei Lavrov in Peking dat ...": the capital is where he spoke, not whom about."""
    before = text[max(0, start - 120) : start]
    return bool(_SPEECH_BEFORE.search(before) and _LOCATION_AFTER.match(text[end : end + 12]))


def _excluded_spans(reg: _Registry, text: str) -> list[tuple[int, int]]:
    """Spans of the exclude patterns (case-insensitive). Lower-casing keeps offsets unless it
    changes the length (a few characters such as "İ"); then the IGNORECASE pattern is used."""
    if reg.excludes is None:
        return []
    if reg.excludes_lower is not None:
        lowered = text.lower()
        if len(lowered) == len(text):
            return [m.span() for m in reg.excludes_lower.finditer(lowered)]
    return [m.span() for m in reg.excludes.finditer(text)]


def _name_matches(reg: _Registry, text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping name matches, left to right (same result as ``reg.names.finditer``)."""
    if reg.name_scanner is None:
        yield from reg.names.finditer(text)
        return
    pos = 0
    while (candidate := reg.name_scanner.search(text, pos)) is not None:
        start = candidate.start()
        m = reg.name_by_letter[text[start]].match(text, start)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = start + 1


def find_targets(text: str) -> list[TargetMention]:
    """All target mentions in ``text``, in order of appearance (a target may occur repeatedly)."""
    reg = _registry()
    blocked: list[tuple[int, int]] | None = None  # computed on the first candidate mention

    def hidden(start: int, end: int) -> bool:
        nonlocal blocked
        if blocked is None:  # the case-insensitive excludes cost ~5 us a text: only when needed
            blocked = _excluded_spans(reg, text)
        return any(s < end and start < e for s, e in blocked)

    found: list[TargetMention] = []
    for m in _name_matches(reg, text):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        start, end = m.span()
        if hidden(start, end):
            continue
        if reg.name_is_capital[index] and _is_speech_location(text, start, end):
            continue
        found.append(TargetMention(reg.name_labels[index], m.group(), start, end))
    names = list(found)
    if reg.adjectives is not None:
        for m in reg.adjectives.finditer(text):
            start, end = m.start(), m.end("tail")
            if hidden(start, end) or any(f.start < end and start < f.end for f in names):
                continue  # "Europese Unie" is a name; the adjective reading loses
            group = next(g for g, v in m.groupdict().items() if v is not None and g != "tail")
            label = reg.adjective_labels[int(group[1:])]
            found.append(TargetMention(label, text[start:end], start, end))
    found.sort(key=lambda t: t.start)
    return found


def find_nationality_adjectives(text: str) -> list[TargetMention]:
    """Nationality adjectives with any noun ("de Amerikaanse verkiezingen"): no target of their
    own, but what a statement that names no target is about (a fallback for ``stance``)."""
    reg = _registry()
    if reg.bare_adjectives is None:
        return []
    found = []
    excludes = _excluded_spans(reg, text)
    for m in reg.bare_adjectives.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in excludes):
            continue
        group = next(g for g, v in m.groupdict().items() if v is not None)
        found.append(TargetMention(reg.adjective_labels[int(group[1:])], m.group(), *m.span()))
    return found
