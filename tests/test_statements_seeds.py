"""The statement extractor against the hand-made gold labels of the seed articles.

Each seed is cleaned twice: with the project's cleaner (stancewatch.clean, when it imports) and
with a minimal local cleaning, so this test does not depend on another module's details.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from stancewatch.statements import Statement, extract_statements

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seed_statements.csv"

_QUOTES = re.compile("[\"“”„‟«»'‘’‚‹›]")
_PREFIX = re.compile(r"^\s*(?:Bron:\s*\S+\s+0\s+|date\s+\d{4}-\d{2}(?:-\d{2})?\s+)")
_FURNITURE = re.compile(r"Leestijd|Leestip|Lees ook|Laat Voorlezen|\bjij\b|^Bron:", re.I)
_FORBIDDEN = ("moordenaar", "Het moment van de-escalatie is gekomen")


def _fold(text: str) -> str:
    """Whitespace folded, quote characters ignored (the gold README's matching rule)."""
    return " ".join(_QUOTES.sub("", text).split())


def minimal_clean(raw: str) -> str:
    """Just enough cleaning for the seeds: no header prefix, no reading-time bars, read tips,
    ads or source line, and no paragraph that only repeats earlier text."""
    paragraphs: list[str] = []
    seen = ""
    for para in re.split(r"\n\s*\n", _PREFIX.sub("", raw.replace("\r\n", "\n"))):
        lines = [ln for ln in para.splitlines() if ln.strip() and not _FURNITURE.search(ln)]
        text = "\n".join(lines).strip()
        if not text:
            continue
        sentences = [s for s in re.split(r"(?<=[.!?'\"”])\s+", text) if s]
        if paragraphs and all(_fold(s) in seen for s in sentences):
            continue  # the scraper appended the article once more
        paragraphs.append(text)
        seen += " " + _fold(text)
    return "\n\n".join(paragraphs)


def _project_clean() -> Callable[[str], str] | None:
    try:
        from stancewatch.clean import clean_body
    except Exception:  # the cleaner belongs to another module and may be mid-change
        return None
    return clean_body


CLEANERS: dict[str, Callable[[str], str] | None] = {
    "minimal": minimal_clean,
    "project": _project_clean(),
}


def _gold() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _extract_all(clean: Callable[[str], str]) -> dict[str, list[Statement]]:
    out = {}
    for name in sorted({row["file"] for row in _gold()}):
        body = clean((SEEDS / name).read_text(encoding="utf-8"))
        out[name] = extract_statements(body)
    return out


@pytest.fixture(params=sorted(CLEANERS))
def extracted(request: pytest.FixtureRequest) -> dict[str, list[Statement]]:
    clean = CLEANERS[request.param]
    if clean is None:
        pytest.skip("stancewatch.clean does not import")
    return _extract_all(clean)


def test_minimal_cleaning_drops_prefix_furniture_and_repeat() -> None:
    raw = (SEEDS / "001_ac863d776ac2c9e8.txt").read_text(encoding="utf-8")
    body = minimal_clean(raw)
    assert body.startswith("Het Kremlin heeft positief gereageerd")
    assert body.count("Peskov stelde zelfs dat Poetin") == 1
    body4 = minimal_clean((SEEDS / "004_b1ebeb20d963db19.txt").read_text(encoding="utf-8"))
    assert "Leestijd" not in body4 and "kanker" not in body4 and "Bron:" not in body4


def test_seed_gold_statements_are_found_with_the_right_speaker(
    extracted: dict[str, list[Statement]],
) -> None:
    gold = _gold()
    found = right = 0
    missing, wrong = [], []
    for row in gold:
        anchor = _fold(row["anchor"])
        hits = [s for s in extracted[row["file"]] if anchor in _fold(s.text)]
        if not hits:
            missing.append((row["file"], row["speaker"], row["anchor"]))
            continue
        found += 1
        if any(h.speaker == row["speaker"] for h in hits):
            right += 1
        else:
            wrong.append((row["speaker"], row["anchor"], [h.speaker for h in hits]))
    assert found >= 24, f"only {found}/{len(gold)} found; missing: {missing}"
    assert right >= 0.95 * found, f"wrong speakers: {wrong}"


def test_seed_non_russian_quotes_are_never_attributed(
    extracted: dict[str, list[Statement]],
) -> None:
    for statements in extracted.values():
        for st in statements:
            for forbidden in _FORBIDDEN:
                assert forbidden not in st.text, (st.speaker, st.text)


def test_seed_statements_are_consistent_spans(extracted: dict[str, list[Statement]]) -> None:
    for name, statements in extracted.items():
        spans = [(s.start, s.end) for s in statements]
        assert spans == sorted(spans), name
        assert len(set(spans)) == len(spans), name
        assert all(s.kind in ("direct", "indirect") for s in statements)
        assert all(s.speaker and s.speaker_mention and s.cue for s in statements)


def test_seed_lead_sentence_is_attributed_by_the_next_sentence() -> None:
    body = minimal_clean((SEEDS / "000_e548aadcba4034d3.txt").read_text(encoding="utf-8"))
    first = extract_statements(body)[0]
    assert first.text.startswith("De Russische president Vladimir Poetin is nog altijd bereid")
    assert (first.speaker, first.kind) == ("Peskov", "indirect")
    assert first.speaker_mention == "de woordvoerder van het Kremlin"
