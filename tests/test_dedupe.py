"""Unit behaviours of exact and near-duplicate detection (stancewatch.dedupe)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from stancewatch import dedupe
from stancewatch.dedupe import (
    NUM_PERM,
    THRESHOLD,
    DuplicateIndex,
    assign_duplicates,
    minhash_signature,
    minhash_signatures,
    normalize_for_hash,
    normalized_sha256,
)
from stancewatch.synth import generate_corpus

REPO = Path(__file__).resolve().parents[1]

# Two unrelated hand-written stories that quote the same two Peskov sentences.
SHARED_Q1 = (
    "\u201eWe zullen zorgvuldig analyseren wat er in Washington is gezegd en pas daarna "
    "reageren\u201d, zei Kremlinwoordvoerder Dmitri Peskov."
)
SHARED_Q2 = (
    "\u201eRusland laat zich door niemand de wet voorschrijven, ook niet door de "
    "Amerikanen\u201d, voegde hij eraan toe."
)
STORY_SANCTIONS = f"""Het Kremlin heeft dinsdag koel gereageerd op de nieuwe Amerikaanse sancties \
tegen drie Russische staatsbanken en een scheepswerf in Moermansk.

Volgens het ministerie van Financiën in Washington zijn de maatregelen een antwoord op \
cyberaanvallen tegen ziekenhuizen in Ohio en Texas, die Amerikaanse onderzoekers toeschrijven \
aan een groep hackers met banden met de Russische militaire inlichtingendienst. {SHARED_Q1}

De banken mogen voortaan geen transacties meer in dollars uitvoeren. Economen in Moskou \
verwachten dat vooral de export van kunstmest en graan naar Afrika daaronder zal lijden, omdat \
kopers daar hun betalingen nu via Turkse en Emiraatse tussenpersonen moeten laten lopen.

Sergej Rjabkov, de Russische onderminister van Buitenlandse Zaken, noemde de sancties \
'onwettig en zinloos'. {SHARED_Q2} Rjabkov liet weten dat Moskou binnen enkele weken met \
tegenmaatregelen komt, maar wilde niet zeggen welke sectoren geviseerd worden.

Het is de derde sanctieronde dit jaar. Eerdere pakketten troffen de olie-export en de \
luchtvaartsector, die sindsdien kampt met een tekort aan reserveonderdelen voor westerse \
toestellen."""
STORY_SUMMIT = f"""Een mogelijke ontmoeting tussen de presidenten Poetin en Trump in Alaska \
komt dichterbij, al blijft de datum onzeker.

Amerikaanse diplomaten reisden in het weekend naar Anchorage om de veiligheid van het hotel \
en de luchthaven te inspecteren, meldt persbureau Reuters. {SHARED_Q1} Volgens Peskov is er \
nog geen akkoord over de agenda: Moskou wil het vooral over wapenbeheersing hebben, Washington \
over een bestand in Oekraïne.

Oud-president Dmitri Medvedev was op Telegram een stuk minder diplomatisch. Hij schreef dat \
de Verenigde Staten 'eerst hun eigen huis op orde moeten brengen' voor ze de wereld de les \
lezen. {SHARED_Q2}

In Kiev wordt de top met argwaan gevolgd. President Zelensky waarschuwde dat afspraken over \
Oekraïne zonder Oekraïners 'niets waard' zijn, en de Europese ministers van Buitenlandse \
Zaken komen donderdag in Brussel samen om een gezamenlijk standpunt te bepalen."""


def _run(ids: list[str], bodies: list[str | None], index: DuplicateIndex | None = None):
    index = index if index is not None else DuplicateIndex()
    out = assign_duplicates(pl.DataFrame({"article_id": ids, "body": bodies}), index)
    return out, index


def _row(out: pl.DataFrame, article_id: str) -> dict:
    return out.filter(pl.col("article_id") == article_id).row(0, named=True)


def _edit(text: str) -> str:
    """A few words changed and one sentence removed."""
    text = text.replace("koel gereageerd", "koeltjes gereageerd")
    text = text.replace("derde sanctieronde", "vierde sanctieronde")
    text = text.replace("Economen in Moskou", "Economen in Sint-Petersburg")
    return text.replace(
        " Rjabkov liet weten dat Moskou binnen enkele weken met tegenmaatregelen komt, maar wilde "
        "niet zeggen welke sectoren geviseerd worden.",
        "",
    )


def _words_jaccard(a: str, b: str) -> float:
    def shingles(t: str) -> set[str]:
        w = re.findall(r"[0-9a-z\x80-\U0010ffff]+", normalize_for_hash(t).lower())
        return {" ".join(w[i : i + 5]) for i in range(max(1, len(w) - 4))}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


# --- normalisation -----------------------------------------------------------------------------
def test_normalization_folds_line_endings_whitespace_bom_and_quote_glyphs():
    messy = "\ufeff  \u201eHallo\u201d,\r\n\r\n\tzei  hij \u2013 \u2018kort\u2019\u00a0en\u2026 "
    assert normalize_for_hash(messy) == "\"Hallo\", zei hij - 'kort' en..."


def test_normalization_keeps_case():
    assert normalize_for_hash("Het Kremlin") != normalize_for_hash("het kremlin")


def test_every_unicode_whitespace_character_is_folded_to_one_space():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    for ch in spaces:
        assert normalize_for_hash(f"Peskov{ch}{ch} zei") == "Peskov zei", hex(ord(ch))


_TRICKY = (
    "a e\u0301\u200d\u00b4\u2033\u2034\u2032\u201c\u2019\ufeff\u00a0\u2028\r\n\t\u00ad"
    "\uff02\u2026"
)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
    | st.text(alphabet=st.sampled_from(_TRICKY), max_size=30)
)
def test_normalization_is_idempotent_and_whitespace_free_at_the_ends(text):
    once = normalize_for_hash(text)
    assert normalize_for_hash(once) == once
    assert once == once.strip()
    assert "  " not in once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\r\t\x0b\x0c\x1c\x1f\u00a0\u2028\u3000\x85"),
               max_size=40))
def test_whitespace_folding_equals_splitting_on_any_whitespace(text):
    assert normalize_for_hash(text) == " ".join(text.split())


def test_normalized_hash_is_equal_for_lf_crlf_and_nfd_copies():
    nfd = unicodedata.normalize("NFD", STORY_SANCTIONS)
    crlf = STORY_SANCTIONS.replace("\n", "\r\n")
    assert normalized_sha256(STORY_SANCTIONS) == normalized_sha256(nfd) == normalized_sha256(crlf)
    assert normalized_sha256(STORY_SANCTIONS) != normalized_sha256(STORY_SUMMIT)


# --- signatures --------------------------------------------------------------------------------
def test_signature_has_num_perm_uint64_values():
    sig = minhash_signature(STORY_SANCTIONS)
    assert sig.dtype == np.uint64
    assert sig.shape == (NUM_PERM,)
    assert int(sig.max()) < 2**32


def test_signature_ignores_case_punctuation_and_quote_style():
    variant = STORY_SANCTIONS.upper().replace("\u201e", "'").replace("\u201d", "'")
    assert np.array_equal(minhash_signature(STORY_SANCTIONS), minhash_signature(variant))


# frozen value: if this changes, signatures stored in the warehouse no longer match new ones
FROZEN_TEXT = "Het Kremlin is bereid om met Washington te praten, zei Dmitri Peskov maandag."
FROZEN_HEAD = [204937704, 735326661, 186516673, 670147083, 18709093, 221926427]


def test_signature_is_frozen_across_versions():
    assert minhash_signature(FROZEN_TEXT)[:6].tolist() == FROZEN_HEAD


def test_signature_is_identical_in_another_process_with_another_hash_seed():
    code = (
        "from stancewatch.dedupe import minhash_signature;"
        f"print(minhash_signature({STORY_SUMMIT!r}).tolist())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env,
        check=True,
    )
    assert result.stdout.strip() == str(minhash_signature(STORY_SUMMIT).tolist())


def _reference_shingle_hashes(text: str) -> list[int]:
    """Slow pure-Python version of the shingle hash, for checking the vectorised one."""
    tokens = re.findall(rb"[0-9a-z\x80-\xff]+", normalize_for_hash(text).lower().encode())
    if not tokens:
        return []
    k = dedupe.SHINGLE_WORDS
    groups = [tokens[i : i + k] for i in range(len(tokens) - k + 1)] or [tokens]
    out = []
    for group in groups:
        h = 0
        for i, byte in enumerate(b" ".join(group)):
            h = (h + byte * pow(dedupe._P, i, 2**64)) % 2**64
        out.append(int(dedupe._fmix64(np.array([h], dtype=np.uint64))[0] >> np.uint64(32)))
    return out


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from("abcë1 ,.'\u201c\u201d\n\t-ZÉ"), max_size=60),
        min_size=1,
        max_size=6,
    )
)
def test_batch_signatures_equal_single_ones_and_a_plain_datasketch_minhash(texts):
    batch = minhash_signatures(texts)
    for text, sig in zip(texts, batch, strict=True):
        assert np.array_equal(sig, minhash_signature(text))
        ref = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=lambda x: x)
        shingles = _reference_shingle_hashes(text)
        if shingles:
            ref.update_batch(shingles)
        assert np.array_equal(ref.hashvalues.astype(np.uint64), sig)


def test_short_texts_get_a_signature_and_empty_ones_the_empty_signature():
    short = minhash_signature("Peskov zwijgt")
    assert not dedupe.is_empty_signature(short)
    assert dedupe.is_empty_signature(minhash_signature(""))
    assert dedupe.is_empty_signature(minhash_signature(" \n -- !? "))


def test_estimated_similarity_is_close_to_the_true_shingle_jaccard():
    edited = _edit(STORY_SANCTIONS)
    true = _words_jaccard(STORY_SANCTIONS, edited)
    est = dedupe.estimated_jaccard(minhash_signature(STORY_SANCTIONS), minhash_signature(edited))
    assert abs(est - true) < 0.15


# --- duplicate assignment ----------------------------------------------------------------------
def test_crlf_copy_is_an_exact_duplicate():
    out, _ = _run(["a", "b"], [STORY_SANCTIONS, STORY_SANCTIONS.replace("\n", "\r\n")])
    assert _row(out, "b")["duplicate_of"] == "a"
    assert _row(out, "b")["duplicate_kind"] == "exact"
    assert _row(out, "b")["similarity"] == 1.0


def test_copy_with_bom_nbsp_and_straight_quotes_is_an_exact_duplicate():
    copy = "\ufeff" + STORY_SUMMIT.replace(" ", "\u00a0", 3).replace("\u201e", '"').replace(
        "\u201d", '"'
    )
    out, _ = _run(["a", "b"], [STORY_SUMMIT, copy])
    assert (_row(out, "b")["duplicate_of"], _row(out, "b")["duplicate_kind"]) == ("a", "exact")


def test_edited_copy_is_a_near_duplicate():
    out, _ = _run(["a", "b"], [STORY_SANCTIONS, _edit(STORY_SANCTIONS)])
    row = _row(out, "b")
    assert (row["duplicate_of"], row["duplicate_kind"]) == ("a", "near")
    assert THRESHOLD <= row["similarity"] < 1.0


def test_reprint_with_other_header_intro_and_furniture_is_a_near_duplicate():
    reprint = (
        "Moskou reageert koel op sancties\n\nBron: Belga\n\nDat meldt persbureau Belga. "
        + STORY_SANCTIONS.replace(
            "\n\nHet is de derde", "\n\nLees ook: Files op de E40\n\nHet is de derde"
        )
        + "\n\nDeel dit artikel: Facebook | X | WhatsApp"
    )
    out, _ = _run(["a", "b"], [STORY_SANCTIONS, reprint])
    assert (_row(out, "b")["duplicate_of"], _row(out, "b")["duplicate_kind"]) == ("a", "near")


def test_case_change_is_a_near_duplicate_not_an_exact_one():
    out, _ = _run(["a", "b"], [STORY_SUMMIT, STORY_SUMMIT.upper()])
    row = _row(out, "b")
    assert (row["duplicate_of"], row["duplicate_kind"], row["similarity"]) == ("a", "near", 1.0)


def test_unrelated_articles_sharing_two_quoted_sentences_are_not_duplicates():
    assert _words_jaccard(STORY_SANCTIONS, STORY_SUMMIT) > 0.0  # they do share shingles
    out, _ = _run(["a", "b"], [STORY_SANCTIONS, STORY_SUMMIT])
    assert out.get_column("duplicate_of").null_count() == 2


def test_the_earliest_copy_is_canonical_and_later_copies_point_to_it():
    bodies = [STORY_SUMMIT, _edit(STORY_SANCTIONS), STORY_SANCTIONS,
              STORY_SANCTIONS.replace("\n", "\r\n")]
    out, index = _run(["x", "edited", "orig", "crlf"], bodies)
    assert _row(out, "edited")["duplicate_of"] is None  # first in ingest order
    assert _row(out, "orig")["duplicate_of"] == "edited"
    # the CRLF copy is exact to 'orig', but 'orig' is a duplicate: it points to the canonical
    assert _row(out, "crlf")["duplicate_of"] == "edited"
    assert len(index) == 2


def test_many_copies_in_one_batch_all_point_to_the_first():
    words = STORY_SUMMIT.split(" ")
    copies = []
    for k in range(40):  # each copy changes one other word
        w = list(words)
        w[5 + 3 * k] = w[5 + 3 * k].upper() + "x"
        copies.append(" ".join(w))
    out, index = _run([f"c{k}" for k in range(40)], copies)
    assert out.get_column("duplicate_of").to_list() == [None] + ["c0"] * 39
    assert len(index) == 1


def _drifting_chain() -> list[str]:
    """A, B = A with a quarter of its paragraphs replaced, C = B with another quarter replaced:
    B is near A, C is near B but not near A."""
    files = generate_corpus(40, seed=5, duplicate_share=0.0)
    a = files[0].body.split("\n\n")
    others = [p for f in files[1:] for p in f.body.split("\n\n")]
    q = max(1, len(a) // 4)
    b = others[:q] + a[q:]
    c = b[:q] + others[q : 2 * q] + b[2 * q :]
    return ["\n\n".join(x) for x in (a, b, c)]


def test_duplicates_never_point_to_another_duplicate():
    a, b, c = _drifting_chain()
    assert _words_jaccard(a, b) > 0.55 and _words_jaccard(b, c) > 0.55
    assert _words_jaccard(a, c) < 0.45
    out, _ = _run(["a", "b", "c"], [a, b, c])
    canonical = set(out.filter(pl.col("duplicate_of").is_null()).get_column("article_id"))
    assert _row(out, "b")["duplicate_of"] == "a"
    assert set(out.get_column("duplicate_of").drop_nulls()) <= canonical
    assert _row(out, "c")["duplicate_of"] in (None, "a")


def test_verification_rejects_lsh_candidates_below_the_threshold():
    rng = np.random.default_rng(1)
    base = rng.integers(0, 2**32 - 1, NUM_PERM, dtype=np.uint64)
    index = DuplicateIndex()
    index.add("base", "h0", base)
    needed = int(np.ceil(THRESHOLD * NUM_PERM))
    below = base.copy()
    below[: NUM_PERM - needed + 1] += np.uint64(1)  # agrees on needed - 1 values
    at = base.copy()
    at[: NUM_PERM - needed] += np.uint64(1)  # agrees on exactly `needed` values
    assert index.find("h1", below) is None
    assert index.find("h2", at) == ("base", "near", needed / NUM_PERM)


def test_duplicates_are_found_across_batches_and_after_rebuilding_the_index():
    first, _ = _run(["a", "s"], [STORY_SANCTIONS, STORY_SUMMIT])
    canonical = first.filter(pl.col("duplicate_of").is_null())
    rebuilt = DuplicateIndex()
    for article_id, norm_hash, sig in canonical.select(
        "article_id", "normalized_sha256", "signature"
    ).iter_rows():
        rebuilt.add(article_id, norm_hash, np.asarray(sig, dtype=np.uint64))
    bulk = DuplicateIndex()
    bulk.add_many(
        canonical.get_column("article_id").to_list(),
        canonical.get_column("normalized_sha256").to_list(),
        np.array(canonical.get_column("signature").to_list(), dtype=np.uint64),
    )
    from_frame = DuplicateIndex.from_frame(
        canonical.select("article_id", "normalized_sha256", "signature")
    )
    for index in (rebuilt, bulk, from_frame):
        later, _ = _run(
            ["b", "c", "new"],
            [_edit(STORY_SANCTIONS), STORY_SUMMIT.replace("\n", "\r\n"), FROZEN_TEXT],
            index,
        )
        assert _row(later, "b")["duplicate_of"] == "a"
        assert (_row(later, "c")["duplicate_of"], _row(later, "c")["duplicate_kind"]) == (
            "s", "exact"
        )
        assert _row(later, "new")["duplicate_of"] is None
        assert "new" in index and len(index) == 3


def test_an_article_already_in_the_index_is_not_its_own_duplicate():
    _, index = _run(["a"], [STORY_SANCTIONS])
    out, _ = _run(["a"], [STORY_SANCTIONS], index)
    assert _row(out, "a")["duplicate_of"] is None
    assert len(index) == 1


def test_empty_bodies_are_neither_duplicates_nor_indexed():
    out, index = _run(["e1", "e2", "e3", "a"], ["", "  \n ", None, STORY_SUMMIT])
    assert out.get_column("duplicate_of").null_count() == 4
    assert len(index) == 1


def test_output_has_the_documented_columns_and_types():
    out, _ = _run(["a", "b", "c"], [STORY_SANCTIONS, STORY_SUMMIT, _edit(STORY_SANCTIONS)])
    assert out.schema == pl.Schema(
        {
            "article_id": pl.String,
            "normalized_sha256": pl.String,
            "signature": pl.List(pl.UInt64),
            "duplicate_of": pl.String,
            "duplicate_kind": pl.String,
            "similarity": pl.Float64,
        }
    )
    assert out.get_column("article_id").to_list() == ["a", "b", "c"]
    assert out.get_column("signature").list.len().to_list() == [NUM_PERM] * 3
    assert _row(out, "a")["normalized_sha256"] == normalized_sha256(STORY_SANCTIONS)
    assert _row(out, "a")["similarity"] is None and _row(out, "a")["duplicate_kind"] is None


def test_lsh_candidates_match_datasketch_minhashlsh_with_the_same_bands():
    files = generate_corpus(300, seed=2)
    sigs = np.stack(minhash_signatures([f.body for f in files]))
    index = DuplicateIndex()
    index.add_many([f.name for f in files], [str(i) for i in range(len(files))], sigs)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(index.bands, index.rows))
    for f, sig in zip(files, sigs, strict=True):
        lsh.insert(f.name, MinHash(hashvalues=sig.astype(np.uint32), scheme="affine32"))
    rows, owners = index._candidates(
        dedupe._band_keys(sigs, index.bands, index.rows)
    )
    ours = {(files[r].name, index._ids[o]) for r, o in zip(rows, owners, strict=True)}
    theirs = {
        (f.name, key)
        for f, sig in zip(files, sigs, strict=True)
        for key in lsh.query(MinHash(hashvalues=sig.astype(np.uint32), scheme="affine32"))
    }
    assert ours == theirs


def test_default_lsh_banding_finds_pairs_at_the_threshold_most_of_the_time():
    bands, rows = dedupe.lsh_params(THRESHOLD)
    assert (bands, rows) == dedupe.LSH_PARAMS
    assert 1 - (1 - THRESHOLD**rows) ** bands >= 0.85


def test_index_rejects_signatures_of_another_size_or_scheme():
    index = DuplicateIndex()
    with pytest.raises(ValueError):
        index.add("a", "h", np.zeros(64, dtype=np.uint64))
    with pytest.raises(ValueError):
        index.add("b", "h", np.full(NUM_PERM, 2**40, dtype=np.uint64))


def test_fingerprints_computed_in_the_parse_worker_give_the_same_duplicates() -> None:
    """parse_and_fingerprint moves hashing and MinHash into the worker; matching the batch in
    the flow's thread must give exactly what computing them there gives, empty bodies too."""
    from datetime import datetime

    from stancewatch import pipeline

    files = generate_corpus(80, seed=5)
    raw = pl.DataFrame(
        {
            "article_id": [f"a{i:03d}" for i in range(len(files))] + ["empty"],
            "source_file": [f.name for f in files] + ["empty.txt"],
            "content_sha256": [f"h{i}" for i in range(len(files))] + ["he"],
            "raw_text": [f.text for f in files] + ["Leestijd 2 minuten\n"],
            "size_bytes": [len(f.text) for f in files] + [20],
            "mtime_ns": [0] * (len(files) + 1),
            "ingested_at": [datetime(2025, 1, 1)] * (len(files) + 1),
        }
    )
    plain, _ = pipeline.parse_articles(raw, run_id="r")
    fingerprinted, _ = pipeline.parse_and_fingerprint(raw, run_id="r")
    assert {"normalized_sha256", "signature"} <= set(fingerprinted.columns)
    a_out, a_sigs = pipeline.dedupe_articles(plain, DuplicateIndex())
    b_out, b_sigs = pipeline.dedupe_articles(fingerprinted, DuplicateIndex())
    assert a_out.columns == b_out.columns
    assert a_out.equals(b_out) and a_sigs.equals(b_sigs)
    assert a_out.get_column("duplicate_of").drop_nulls().len() > 5  # duplicates were found
