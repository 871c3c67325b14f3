"""Duplicate detection on a generated corpus with known clusters: pairwise precision/recall.

Files go through the same steps as in the pipeline: bytes -> decode -> clean -> normalise ->
assign_duplicates, in four batches with one index (so duplicates are found across batches).
The project's reader and cleaner are used when present; otherwise a minimal local version.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable

import polars as pl
import pytest

from stancewatch.dedupe import DuplicateIndex, assign_duplicates
from stancewatch.synth import EXACT_VARIANTS, SynthFile, generate_corpus

N_FILES = 1200
N_BATCHES = 4
MIN_SCORE = 0.98

try:
    from stancewatch.read import decode_bytes
except ImportError:  # pragma: no cover - fallback before/without the project's reader

    def decode_bytes(data: bytes) -> str:
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                           (b"\xfe\xff", "utf-16-be")):
            if data.startswith(bom):
                return data[len(bom) :].decode(codec)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")


_FURNITURE = re.compile(
    r"^(Laat Voorlezen\?|Leestijd|Lees ook|LEES OOK|Leestip|Advertentie|Abonneer|Deel dit|"
    r"Volg ons|Reageer op|Lees meer over|Meld je aan|Waar ren jij|Bron: |\u00a9 |\(\w+\)$)"
)


def _local_clean(text: str) -> str:
    """Minimal stand-in for the project's cleaner: drop the furniture lines synth generates."""
    lines = [" ".join(ln.split()) for ln in text.replace("\r\n", "\n").split("\n")]
    return "\n\n".join(ln for ln in lines if ln and not _FURNITURE.match(ln))


CLEANERS: dict[str, Callable[[str], str]] = {"local minimal cleaner": _local_clean}
try:
    from stancewatch.clean import clean_body as _project_clean

    CLEANERS["stancewatch.clean.clean_body"] = _project_clean
except ImportError:  # pragma: no cover - the project's cleaner is not there (yet)
    pass


@pytest.fixture(scope="module")
def corpus() -> list[SynthFile]:
    return generate_corpus(N_FILES, seed=21)


def _pairs(groups: dict[object, list[str]]) -> set[tuple[str, str]]:
    return {
        (a, b) for members in groups.values() for a, b in itertools.combinations(sorted(members), 2)
    }


def _evaluate(files: list[SynthFile], bodies: list[str]) -> tuple[float, float, pl.DataFrame, int]:
    index = DuplicateIndex()
    ids = [f.name for f in files]
    step = -(-len(files) // N_BATCHES)
    outs = [
        assign_duplicates(
            pl.DataFrame({"article_id": ids[i : i + step], "body": bodies[i : i + step]}), index
        )
        for i in range(0, len(files), step)
    ]
    out = pl.concat(outs)
    canonical_of = {
        row["article_id"]: row["duplicate_of"] or row["article_id"]
        for row in out.iter_rows(named=True)
    }
    truth: dict[object, list[str]] = defaultdict(list)
    predicted: dict[object, list[str]] = defaultdict(list)
    for f in files:
        truth[f.cluster].append(f.name)
        predicted[canonical_of[f.name]].append(f.name)
    true_pairs, predicted_pairs = _pairs(truth), _pairs(predicted)
    hits = len(true_pairs & predicted_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    return precision, recall, out, index.candidates_checked


@pytest.fixture(scope="module")
def cleaned(corpus) -> dict[str, list[str]]:
    texts = [decode_bytes(f.to_bytes()) for f in corpus]
    return {name: [clean(t) for t in texts] for name, clean in CLEANERS.items()}


@pytest.mark.parametrize("cleaner", list(CLEANERS))
def test_pairwise_precision_and_recall_after_cleaning(corpus, cleaned, cleaner):
    precision, recall, out, _ = _evaluate(corpus, cleaned[cleaner])
    n_dups = out.get_column("duplicate_of").drop_nulls().len()
    print(f"\n[{cleaner}] {len(corpus)} files in {N_BATCHES} batches, {n_dups} marked "
          f"duplicates, pairwise precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= MIN_SCORE
    assert recall >= MIN_SCORE


def test_pairwise_precision_and_recall_when_furniture_survives(corpus):
    """No cleaning at all: headers, bylines, reading-time bars and ads stay in the text."""
    precision, recall, _, _ = _evaluate(corpus, [decode_bytes(f.to_bytes()) for f in corpus])
    print(f"\n[raw text] pairwise precision {precision:.4f}, recall {recall:.4f}")
    assert precision >= MIN_SCORE
    assert recall >= MIN_SCORE


@pytest.mark.parametrize("cleaner", list(CLEANERS))
def test_encoding_line_ending_and_whitespace_copies_are_exact_duplicates(
    corpus, cleaned, cleaner
):
    _, _, out, _ = _evaluate(corpus, cleaned[cleaner])
    kinds = dict(out.select("article_id", "duplicate_kind").iter_rows())
    exact_copies = [f for f in corpus if f.variant in EXACT_VARIANTS]
    assert exact_copies
    wrong = [(f.name, f.variant, kinds[f.name]) for f in exact_copies if kinds[f.name] != "exact"]
    assert not wrong


def test_lsh_checks_a_number_of_candidates_linear_in_the_corpus_not_quadratic(corpus):
    _, _, _, checked = _evaluate(corpus, [f.body for f in corpus])
    # all pairs would be ~720,000 here; banding verifies about one candidate per article
    assert checked < 3 * len(corpus)
