"""The synthetic Dutch news corpus generator (stancewatch.synth)."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict

import pytest

from stancewatch.synth import (
    EXACT_VARIANTS,
    NEAR_VARIANTS,
    SynthFile,
    generate_corpus,
    write_corpus,
)

try:  # the project's reader; a local fallback keeps this test independent of it
    from stancewatch.read import decode_bytes
except ImportError:  # pragma: no cover - only before read.py exists

    def decode_bytes(data: bytes) -> str:
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le")):
            if data.startswith(bom):
                return data[len(bom) :].decode(codec)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")


_TOKEN = re.compile(r"\w+")


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _TOKEN.findall(text.lower())
    return {tuple(words[i : i + 5]) for i in range(max(1, len(words) - 4))}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b)


@pytest.fixture(scope="module")
def corpus() -> list[SynthFile]:
    return generate_corpus(1000, seed=4)


def test_same_seed_gives_the_same_corpus_and_another_seed_another():
    assert generate_corpus(60, seed=9) == generate_corpus(60, seed=9)
    assert [f.text for f in generate_corpus(60, seed=9)] != [
        f.text for f in generate_corpus(60, seed=10)
    ]


def test_file_count_names_and_duplicate_share(corpus):
    assert len(corpus) == 1000
    names = [f.name for f in corpus]
    assert names == sorted(names) and len(set(names)) == 1000
    assert all(re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", n) for n in names)
    duplicates = [f for f in corpus if f.variant in EXACT_VARIANTS | NEAR_VARIANTS]
    assert len(duplicates) == 200
    assert len(generate_corpus(10, duplicate_share=0.0)) == 10
    assert generate_corpus(0) == []


def test_every_cluster_starts_with_its_original_and_duplicates_come_later(corpus):
    seen: set[int] = set()
    for f in corpus:
        if f.variant in EXACT_VARIANTS | NEAR_VARIANTS:
            assert f.cluster in seen, f.name
        else:
            assert f.cluster not in seen
            assert f.variant in ("original", "unrelated_shared_quotes",
                                 "unrelated_shared_paragraph")
            seen.add(f.cluster)


def test_all_variants_occur(corpus):
    variants = Counter(f.variant for f in corpus)
    expected = EXACT_VARIANTS | NEAR_VARIANTS | {
        "original", "unrelated_shared_quotes", "unrelated_shared_paragraph"
    }
    assert set(variants) == expected


def test_exact_variants_decode_to_the_original_text_up_to_whitespace_and_quotes(corpus):
    originals = {f.cluster: f for f in corpus if f.variant == "original"}
    straight = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'",
                              "\u2019": "'"})
    for f in corpus:
        if f.variant not in EXACT_VARIANTS or f.cluster not in originals:
            continue
        decoded = decode_bytes(f.to_bytes())
        original = originals[f.cluster].text
        assert " ".join(decoded.translate(straight).split()) == " ".join(
            original.translate(straight).split()
        ), f.variant


def test_near_variants_differ_from_the_original_but_keep_most_of_it(corpus):
    originals = {f.cluster: f for f in corpus if f.variant == "original"}
    for f in corpus:
        if f.variant in NEAR_VARIANTS and f.cluster in originals:
            j = _jaccard(_shingles(f.body), _shingles(originals[f.cluster].body))
            assert 0.6 < j <= 1.0, (f.variant, j)
            assert f.text != originals[f.cluster].text


def test_unrelated_articles_share_few_shingles(corpus):
    firsts = {}
    for f in corpus:
        firsts.setdefault(f.cluster, f)
    shingles = [_shingles(f.body) for f in firsts.values()]
    rng = random.Random(0)
    values = [_jaccard(*rng.sample(shingles, 2)) for _ in range(2000)]
    assert max(values) < 0.2
    assert sum(values) / len(values) < 0.08


def test_unrelated_articles_with_shared_quotes_really_share_quoted_sentences(corpus):
    firsts = [f for f in corpus if f.variant in ("original", "unrelated_shared_quotes")]
    sentences = defaultdict(set)
    for f in firsts:
        for s in re.split(r"(?<=[.!?\u201d\"'\u00bb])\s+", f.body):
            if s[:1] in "\"'\u201c\u201e\u2018\u00ab":
                sentences[s].add(f.cluster)
    borrowers = {f.cluster for f in firsts if f.variant == "unrelated_shared_quotes"}
    shared = {c for clusters in sentences.values() if len(clusters) > 1 for c in clusters}
    assert borrowers and len(borrowers & shared) >= 0.9 * len(borrowers)


def test_articles_look_like_dutch_kremlin_news(corpus):
    sizes = [len(f.to_bytes()) for f in corpus]
    assert 3000 < sum(sizes) / len(sizes) < 5500
    text = "\n".join(f.text for f in corpus[:200])
    for needle in ("Peskov", "Lavrov", "Zacharova", "Rjabkov", "Medvedev", "Poetin",
                   "Washington", "Trump", "NAVO", "Oekraïne", "aldus", "Bron: ",
                   "Leestijd", "Lees ook:", "\u201c", "\u201e", "\u00ab"):
        assert needle in text, needle
    assert re.search(r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|"
                     r"september|oktober|november|december) 20\d\d\b", text)


def test_gold_body_paragraphs_appear_in_the_file_text(corpus):
    for f in corpus[:300]:
        if f.variant in ("crlf", "whitespace"):
            continue
        paragraphs = f.body.split("\n\n")
        for p in paragraphs[1:]:  # the first may be glued to a "Bron: X 0" header
            assert p in f.text, f.name
        if f.title:
            assert f.text.startswith(f.title)


def test_write_corpus_writes_the_variant_bytes(tmp_path, corpus):
    picked = {}
    for f in corpus:
        picked.setdefault(f.variant, f)
    write_corpus(list(picked.values()), tmp_path)
    for variant, f in picked.items():
        data = (tmp_path / f.name).read_bytes()
        assert data == f.to_bytes()
        assert decode_bytes(data) == f.text
        if variant == "crlf":
            assert b"\r\n" in data
        if variant == "bom":
            assert data.startswith(b"\xef\xbb\xbf")
        if variant == "utf16":
            assert data.startswith(b"\xff\xfe")
        if variant == "cp1252":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")


def test_the_realistic_corpus_is_as_dense_in_statements_as_real_articles_and_the_default_denser():
    """Statements found per 1,000 body characters: 3.1 in the seed articles, 2.6 in the 24
    hand-written held-out articles; the benchmark corpus should not be sparser than those."""
    from stancewatch.statements import extract_statements
    from stancewatch.synth import REALISTIC_STATEMENT_SHARE

    def per_kb(share: float) -> float:
        files = generate_corpus(150, seed=3, statement_share=share)
        originals = [f for f in files if f.variant == "original"]
        found = sum(len(extract_statements(f.body, None)) for f in originals)
        return found / (sum(len(f.body) for f in originals) / 1000)

    assert 2.6 <= per_kb(REALISTIC_STATEMENT_SHARE) <= 3.6
    assert per_kb(0.55) > 4.5  # the tests' default: about twice as many
