"""The seed articles parse to what tests/gold/seed_articles.csv says, field by field."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from stancewatch.parse import ParsedArticle, parse_article
from stancewatch.read import decode_bytes

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold" / "seed_articles.csv"

# Gold cells that contradict the seed file itself (reported to the lead, kept visible here).
KNOWN_GOLD_CONFLICTS: dict[tuple[str, str], str] = {}  # see tests/gold/CORRECTIONS.md


def _gold_rows() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _parsed(file: str) -> ParsedArticle:
    return parse_article(decode_bytes((SEEDS / file).read_bytes()))


def _expected_date(cell: str) -> date | None:
    if not cell:
        return None
    parts = [int(p) for p in cell.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _check(field: str, row: dict[str, str], article: ParsedArticle) -> None:
    body = _fold(article.body)
    if field == "title":
        assert article.title == (row["title"] or None)
    elif field == "source":
        assert article.source == (row["source"] or None)
    elif field == "published":
        assert article.published == _expected_date(row["published"])
    elif field == "published_precision":
        assert article.published_precision == row["published_precision"]
    elif field == "published_from":
        assert article.published_from == row["published_from"]
    elif field == "must_not_contain":
        for furniture in filter(None, row["must_not_contain"].split("|")):
            assert furniture not in article.body
    elif field == "body_starts_with":
        assert body.startswith(_fold(row["body_starts_with"]))
    elif field == "body_ends_with":
        assert body.endswith(_fold(row["body_ends_with"]))
    else:  # pragma: no cover - a new gold column needs a check here
        raise AssertionError(f"unknown gold field {field}")


FIELDS = (
    "title",
    "source",
    "published",
    "published_precision",
    "published_from",
    "must_not_contain",
    "body_starts_with",
    "body_ends_with",
)


def _cases() -> list[object]:
    cases = []
    for row in _gold_rows():
        for field in FIELDS:
            reason = KNOWN_GOLD_CONFLICTS.get((row["file"], field))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(row, field, marks=marks, id=f"{row['file'][:3]}-{field}"))
    return cases


def test_gold_lists_the_three_seed_files() -> None:
    files = {row["file"] for row in _gold_rows()}
    assert files == {p.name for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize(("row", "field"), _cases())
def test_seed_article_field_matches_gold(row: dict[str, str], field: str) -> None:
    _check(field, row, _parsed(row["file"]))


def test_seed_004_body_keeps_its_last_paragraph_with_a_lavrov_quote() -> None:
    body = _parsed("004_b1ebeb20d963db19.txt").body
    last = body.split("\n\n")[-1]
    assert last.startswith("“Deze dialoog wordt ook gewenst in Washington")
    assert last.endswith("om tot een akkoord te komen”, zei hij.")
    assert "tot de uitwisseling van gevangenen en lichamen.\nHet benadrukt echter" in body


def test_seed_001_repeated_article_is_kept_once() -> None:
    body = _parsed("001_ac863d776ac2c9e8.txt").body
    assert body.count("Het idee voor zo'n ontmoeting werd goed ontvangen in Moskou.") == 1
    assert body.count("'Het moment van de-escalatie is gekomen', zei hij donderdag.") == 1
    assert "'Moordenaar'" in body  # the sub-heading is article text, not a repeat


def test_seed_000_stray_counter_after_byline_is_removed() -> None:
    body = _parsed("000_e548aadcba4034d3.txt").body
    assert not body.startswith("0")
    assert "Belga" not in body


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_statement_anchors_survive_cleaning(path: Path) -> None:
    """Every gold statement anchor must still be in the cleaned body (whitespace folded)."""
    anchors = []
    with (REPO / "tests" / "gold" / "seed_statements.csv").open(encoding="utf-8") as fh:
        anchors = [row["anchor"] for row in csv.DictReader(fh) if row["file"] == path.name]
    body = _fold(_parsed(path.name).body)
    missing = [a for a in anchors if _fold(a) not in body]
    assert anchors and not missing
