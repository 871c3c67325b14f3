"""Exact and near-duplicate detection across articles: normalised SHA-256 + MinHash/LSH.

Exact duplicates have the same text after `normalize_for_hash` (Unicode NFKC, line endings,
whitespace, quote and dash glyphs, BOM / zero-width characters). Near duplicates are the same
story with small edits, other furniture or header, or a reprint by another outlet: their word
5-shingle sets overlap strongly. Each article gets a 128-value MinHash signature; LSH banding
(the scheme of datasketch's `MinHashLSH`, same candidates, but stored in sorted numpy arrays:
vectorised batch look-ups; 10,000 articles take 11 MB with signatures instead of 103 MB)
proposes candidates among the canonical articles seen so far, and a candidate is accepted
only if the signatures agree on at least `THRESHOLD` of their values (estimated Jaccard),
which keeps precision. Cost per article is independent of the corpus size apart from the
(few) LSH candidates: no all-pairs step.

Signatures are computed for a whole batch at once in numpy, without Python's `hash()` (salted
per process), so they are identical across processes, runs and machines and can be stored:

1. text -> `normalize_for_hash` -> lower case -> UTF-8 bytes; tokens are runs of [0-9a-z] and
   non-ASCII bytes (letters such as e-trema), everything else separates tokens, so punctuation
   and quote style do not matter.
2. Each 5-token shingle (texts with fewer tokens: one shingle of all tokens) is hashed with a
   polynomial hash mod 2^64 over its tokens joined by single spaces (computed from prefix sums,
   no Python loop), mixed with the MurmurHash3 64-bit finaliser and folded to 32 bits.
3. MinHash with datasketch's "affine32" scheme (its default since 2.0): fmix32, then
   `a_k * h + b_k mod 2^32` for 128 fixed (a_k, b_k), minimum per k. The values equal
   `datasketch.MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=<shingle hash>)`;
   the permutations are a frozen copy (RandomState(1)), so a datasketch upgrade cannot silently
   change stored signatures. Values are returned as uint64 (the warehouse type); all < 2^32.

THRESHOLD = 0.5, measured on the synthetic corpus (stancewatch.synth, 2,000 files, seed 3;
exact 5-shingle Jaccard): true duplicate pairs >= 0.78 on bodies cleaned by
stancewatch.clean.clean_body (1st percentile 0.82), >= 0.65 even on raw text with header and
furniture left in; unrelated pairs mean 0.036, max 0.12, also for unrelated articles that share
two quoted sentences or a background paragraph. 0.5 leaves room on both sides, and a MinHash
estimate with 128 values has a standard error of at most 0.044. LSH bands: 32 bands of 4 rows
(not datasketch's balanced (25, 5), which finds a pair at J = 0.5 only 55% of the time):
a pair at J = 0.5 becomes a candidate with probability 0.87, at 0.6 0.99, at 0.75 > 0.9999,
while an unrelated pair at J = 0.05 does so with probability 2e-4.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence

import numpy as np
import polars as pl

NUM_PERM = 128
SHINGLE_WORDS = 5
THRESHOLD = 0.5
LSH_PARAMS = (32, 4)  # (bands, rows per band)
# bump when anything that changes signature values changes (stored signatures become stale)
SIGNATURE_SCHEME = "sw1:nfkc-lower-alnum:poly5:fmix64to32:ds-affine32:seed1:128"

_EMPTY = np.uint64(0xFFFFFFFF)  # datasketch's "no value" sentinel for affine32

# --- normalisation -------------------------------------------------------------------------
# quote, apostrophe and dash glyphs unified; BOM, zero-width characters and soft hyphen removed
_GLYPHS: dict[str, str] = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u301d": '"', "\u301e": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'", "\u203a": "'",
    "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\ufeff": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\u00ad": "",
    # whitespace that NFKC keeps (the other Unicode spaces become " " under NFKC)
    "\x85": " ", "\u1680": " ", "\u2028": " ", "\u2029": " ",
}
_ASCII_WS = ("\r", "\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")  # besides " ", "\n"
_GLYPH_ITEMS = tuple(_GLYPHS.items())


def normalize_for_hash(text: str) -> str:
    """Canonical form for exact-duplicate hashing.

    NFKC (compatibility forms: no-break spaces, ligatures, full-width letters, "..." for the
    ellipsis), curly/straight quotes and dashes unified, BOM/zero-width/soft hyphen removed,
    every run of whitespace (anything `str.split()` splits on, CR/LF and tabs included) folded
    to one space, stripped. Case is KEPT: a change of case is an edit, not an encoding
    artefact (the signature lower-cases, so such a copy is still found as a near duplicate).
    """
    if not text:
        return ""
    if not text.isascii():
        # glyphs before NFKC (it would turn the acute accent into space + combining accent)
        # and after it (it expands double primes into primes): idempotent either way
        text = _replace_glyphs(text)
        if not unicodedata.is_normalized("NFKC", text):
            text = _replace_glyphs(unicodedata.normalize("NFKC", text))
    elif "`" in text:
        text = text.replace("`", "'")
    # same result as " ".join(text.split()), 3x faster on article-sized texts: one-character
    # replaces and a split on line breaks are fast C loops; replacing "  " is slow (per hit)
    for ws in _ASCII_WS:
        if ws in text:
            text = text.replace(ws, "\n")
    if "\n" in text:
        text = " ".join([line for line in (x.strip(" ") for x in text.split("\n")) if line])
    else:
        text = text.strip(" ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _replace_glyphs(text: str) -> str:
    for glyph, repl in _GLYPH_ITEMS:  # `in` + str.replace are fast C scans; a regex is not
        if glyph in text:
            text = text.replace(glyph, repl)
    return text


def normalized_sha256(text: str) -> str:
    """Hex SHA-256 of the normalised text (UTF-8)."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


# --- signatures ----------------------------------------------------------------------------
_P = 0x9E3779B97F4A7C15  # odd, so invertible mod 2^64
_P_INV = pow(_P, -1, 1 << 64)
_U64 = np.uint64
_FMIX64 = (_U64(33), _U64(0xFF51AFD7ED558CCD), _U64(0xC4CEB9FE1A85EC53))
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))
# word bytes: 0-9, a-z and every non-ASCII byte (UTF-8 letters); the rest separates tokens
_U8_0, _U8_10, _U8_A, _U8_26, _U8_128 = (np.uint8(v) for v in (48, 10, 97, 26, 128))
_NEWLINE = np.uint8(10)
_SPACE8 = np.uint8(32)
_U8_255 = np.uint8(255)
_CHUNK_BYTES = 1 << 17  # texts per numpy chunk: ~128 KB (measured best of 16 KB..256 KB)
_MINHASH_COLS = 3072  # shingles per MinHash block (128 x 3072 uint32 = 1.5 MB, fits in L2)


def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch 2.x "affine32" permutation parameters for seed 1 (frozen copy)."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


_PERM_A, _PERM_B = _permutations(NUM_PERM)
_PERM_A_COL = _PERM_A[:, None].copy()
_PERM_B_COL = _PERM_B[:, None].copy()


class _Powers:
    """P^i and P^-i mod 2^64 for i < n (the polynomial hash needs both), cached and grown on
    demand; very long inputs get uncached arrays so one huge text does not pin memory."""

    _MAX_CACHED = 1 << 21

    def __init__(self) -> None:
        self._arrays = self._compute(1 << 16)

    @staticmethod
    def _compute(size: int) -> tuple[np.ndarray, np.ndarray]:
        with np.errstate(over="ignore"):
            pw = np.cumprod(np.full(size, _P, dtype=np.uint64)) * _U64(_P_INV)
            inv = np.cumprod(np.full(size, _P_INV, dtype=np.uint64)) * _U64(_P)
        return pw, inv

    def upto(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        arrays = self._arrays  # one attribute, replaced atomically: safe across threads
        if len(arrays[0]) >= n:
            return arrays
        if n > self._MAX_CACHED:
            return self._compute(n)
        arrays = self._compute(max(n, 2 * len(arrays[0])))
        self._arrays = arrays
        return arrays


_POWERS = _Powers()


def _fmix64(x: np.ndarray) -> np.ndarray:
    s, m1, m2 = _FMIX64
    x = x ^ (x >> s)
    x *= m1
    x ^= x >> s
    x *= m2
    x ^= x >> s
    return x


def _fmix32(x: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2 = _FMIX32
    x = x ^ (x >> s1)
    x *= m1
    x ^= x >> s2
    x *= m2
    x ^= x >> s1
    return x


def _shingle_hashes(lowered: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of the word shingles of several lower-cased normalised texts.

    Returns (hashes, counts): hashes of all texts concatenated (text by text), counts[i] =
    number of shingles of text i (0 for a text without tokens).
    """
    # texts contain no "\n" after normalisation: it marks where each one ends
    data = ("\n".join(lowered) + "\n").encode("utf-8")
    b = np.frombuffer(data, dtype=np.uint8)
    n_texts = len(lowered)
    newlines = np.flatnonzero(b == _NEWLINE)
    if len(newlines) != n_texts:
        raise ValueError("texts must be normalised (no line breaks) before hashing")
    is_word = (b >= _U8_128) | ((b - _U8_0) < _U8_10) | ((b - _U8_A) < _U8_26)
    after_word = np.empty_like(is_word)
    after_word[0] = False
    after_word[1:] = is_word[:-1]
    token_start = is_word & ~after_word
    # canonical stream: the token bytes plus one separator (a space) after each token
    kept = is_word | after_word
    word_mask = is_word.view(np.uint8) * _U8_255
    c = ((b & word_mask) | (~word_mask & _SPACE8))[kept]  # (np.where is 10x slower here)
    n = len(c)
    # the stream alternates token, separator, token, ...: each token starts after a separator
    ends = np.flatnonzero(c == _SPACE8)  # the separator right after each token
    starts = np.empty_like(ends)
    starts[:1] = 0
    starts[1:] = ends[:-1] + 1
    text_starts = np.empty(n_texts, dtype=np.int64)
    text_starts[0] = 0
    text_starts[1:] = newlines[:-1] + 1
    tokens_per_text = np.add.reduceat(token_start, text_starts, dtype=np.int64)
    # polynomial prefix sums: prefix[j] = sum_{i<j} c_i P^i (mod 2^64)
    p_pow, p_inv = _POWERS.upto(n + 1)
    prefix = np.empty(n + 1, dtype=np.uint64)
    prefix[0] = 0
    with np.errstate(over="ignore"):
        weighted = c.astype(np.uint64)
        weighted *= p_pow[:n]
        np.cumsum(weighted, out=prefix[1:])
    # shingles: tokens t..t+k-1 of one text, in order; a text with fewer tokens: all of them
    k = SHINGLE_WORDS
    n_tokens = len(starts)
    n_sh = np.maximum(tokens_per_text - (k - 1), 0)
    if n_tokens >= k:
        text_of_token = np.repeat(np.arange(n_texts), tokens_per_text)
        first = np.flatnonzero(text_of_token[k - 1 :] == text_of_token[: n_tokens - k + 1])
        lo, hi = starts.take(first), ends.take(first + (k - 1))
    else:
        lo = hi = np.empty(0, dtype=np.int64)
    short = np.flatnonzero((tokens_per_text > 0) & (tokens_per_text < k))
    if len(short):  # rare: one shingle of all tokens, inserted where the text's would be
        last_token = np.cumsum(tokens_per_text) - 1
        first_token = last_token - tokens_per_text + 1
        at = (np.cumsum(n_sh) - n_sh)[short]
        lo = np.insert(lo, at, starts[first_token[short]])
        hi = np.insert(hi, at, ends[last_token[short]])
        n_sh[short] = 1
    with np.errstate(over="ignore"):
        h = (prefix.take(hi) - prefix.take(lo)) * p_inv.take(lo)
    return (_fmix64(h) >> _U64(32)).astype(np.uint32), n_sh


def _minhash(shingles: np.ndarray, counts: np.ndarray, buf: np.ndarray) -> np.ndarray:
    """(n_texts, NUM_PERM) uint64 MinHash values from concatenated 32-bit shingle hashes.

    Works on blocks of whole texts of up to `buf.shape[1]` shingles in a reused buffer that
    stays in the L2 cache (measured: 3,072 columns, 1.5 MB, is about twice as fast as 16k)."""
    n_texts = len(counts)
    out = np.full((n_texts, NUM_PERM), _EMPTY, dtype=np.uint64)
    if len(shingles) == 0:
        return out
    mixed = _fmix32(shingles)
    has = np.flatnonzero(counts > 0)
    bounds = np.concatenate(([0], np.cumsum(counts)))
    ends = bounds[has + 1]
    cols = buf.shape[1]
    i = 0
    while i < len(has):
        start = bounds[has[i]]
        # the texts that fit in the buffer (at least one; a longer one gets its own array)
        j = max(i + 1, int(np.searchsorted(ends, start + cols, side="right")))
        sel = has[i:j]
        stop = ends[j - 1]
        width = stop - start
        block = buf[:, :width] if width <= cols else np.empty((NUM_PERM, width), np.uint32)
        np.multiply(_PERM_A_COL, mixed[None, start:stop], out=block)
        np.add(block, _PERM_B_COL, out=block)
        out[sel] = np.minimum.reduceat(block, bounds[sel] - start, axis=1).T
        i = j
    return out


def _signatures_of_normalized(normalized: Sequence[str]) -> np.ndarray:
    """(n, NUM_PERM) uint64 signatures of texts already passed through normalize_for_hash."""
    out = np.empty((len(normalized), NUM_PERM), dtype=np.uint64)
    buf = np.empty((NUM_PERM, _MINHASH_COLS), dtype=np.uint32)  # per call: thread-safe
    i = 0
    while i < len(normalized):
        j, size = i, 0
        while j < len(normalized) and (j == i or size + len(normalized[j]) <= _CHUNK_BYTES):
            size += len(normalized[j])
            j += 1
        lowered = [t.lower() for t in normalized[i:j]]
        out[i:j] = _minhash(*_shingle_hashes(lowered), buf)
        i = j
    return out


def minhash_signatures(texts: list[str]) -> list[np.ndarray]:
    """Signatures of many texts (vectorised over the whole list); see minhash_signature."""
    matrix = _signatures_of_normalized([normalize_for_hash(t or "") for t in texts])
    return list(matrix)


def minhash_signature(text: str) -> np.ndarray:
    """uint64 array of NUM_PERM MinHash values over the word 5-shingles of the normalised,
    lower-cased text. Deterministic across processes and runs. A text with fewer than 5 words
    has one shingle (all its words); a text without words gets the empty signature (all
    0xFFFFFFFF), which never matches anything as a near duplicate."""
    return minhash_signatures([text])[0]


def is_empty_signature(signature: np.ndarray) -> bool:
    """True for the signature of a text without any word."""
    return bool(np.all(signature == _EMPTY))


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash values: an unbiased estimate of the shingle-set Jaccard."""
    return float(np.count_nonzero(a == b)) / len(a)


# --- the index -----------------------------------------------------------------------------
def lsh_params(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows): the most selective banding that still makes a pair AT the threshold a
    candidate with probability >= 0.85 (pairs above it: higher). Gives (32, 4) for 0.5."""
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= 0.85:
            return bands, rows
    return num_perm, 1


_BAND_MUL = _U64(0x9FB21C651E98DF25)
_PAIRS_PER_KEY = 8  # within a batch: earlier rows compared per shared band key


def _band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) uint64 keys: a 64-bit hash of each band's values and the band's number, so
    one sorted array serves all bands (two articles share a key iff they share a band, up to
    64-bit collisions, which verification filters out). Values are < 2^32, so two of them are
    packed into one 64-bit word before mixing."""
    sig = np.asarray(signatures)[:, : bands * rows].astype(np.uint64)
    sig = sig.reshape(len(sig), bands, rows)
    if rows % 2:
        sig = np.concatenate((sig, np.zeros((len(sig), bands, 1), np.uint64)), axis=2)
    words = (sig[:, :, 0::2] << _U64(32)) | sig[:, :, 1::2]
    acc = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64), sig.shape[:2])
    with np.errstate(over="ignore"):
        for w in range(words.shape[2]):
            acc = _fmix64(acc * _BAND_MUL + words[:, :, w])
    return acc


class DuplicateIndex:
    """Canonical articles seen so far: exact hashes + an LSH index over their signatures.

    LSH banding as in datasketch's MinHashLSH (`LSH_PARAMS` = 32 bands of 4 values; a pair
    sharing one band becomes a candidate; a test checks the candidates are the same), stored
    in sorted numpy arrays instead of Python dicts of bytes: 16 bytes per band per article
    plus the signature (512 bytes), vectorised look-ups, and rebuilding from stored signatures
    (`from_frame`, `add_many`) costs a few microseconds per article. Candidates are verified
    by estimated Jaccard >= threshold. Not thread-safe: one run uses one index at a time.
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        if num_perm != NUM_PERM:
            raise ValueError(f"signatures have {NUM_PERM} values; num_perm={num_perm} given")
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = LSH_PARAMS if threshold == THRESHOLD else lsh_params(threshold)
        self._ids: list[str] = []
        self._owner: dict[str, int] = {}
        self._by_hash: dict[str, int] = {}
        self._sigs = np.empty((0, num_perm), dtype=np.uint32)  # values < 2^32
        # sorted runs of (band key, owner); merged like a binary counter, so each key is
        # re-sorted O(log n) times in total
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._pending: list[int] = []  # owners added one by one, not yet in a run
        self.candidates_checked = 0  # LSH candidate pairs verified so far (~linear in n)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._owner

    # -- storage ---------------------------------------------------------------------------
    def _store(self, article_ids: Sequence[str], norm_hashes: Sequence[str],
               signatures: np.ndarray) -> np.ndarray:
        """Append new canonical articles (ids already known are skipped); returns the owner
        numbers of those with a non-empty signature."""
        if signatures.size and int(signatures.max()) > 0xFFFFFFFF:
            raise ValueError(f"not a signature of this scheme ({SIGNATURE_SCHEME})")
        seen: set[str] = set()
        fresh = []
        for i, article_id in enumerate(article_ids):
            if article_id not in self._owner and article_id not in seen:
                seen.add(article_id)
                fresh.append(i)
        start = len(self._ids)
        for k, i in enumerate(fresh):
            self._owner[article_ids[i]] = start + k
            self._ids.append(article_ids[i])
            self._by_hash.setdefault(norm_hashes[i], start + k)
        n = len(self._ids)
        if n > len(self._sigs):
            grown = np.empty((max(n, 2 * len(self._sigs), 1024), self.num_perm), np.uint32)
            grown[:start] = self._sigs[:start]
            self._sigs = grown
        sigs = signatures if len(fresh) == len(article_ids) else signatures[fresh]
        self._sigs[start:n] = sigs
        owners = np.arange(start, n)
        return owners[~np.all(sigs == _EMPTY, axis=1)]

    def _add_run(self, keys: np.ndarray, owners: np.ndarray) -> None:
        """Index (n, bands) keys of the given owners as one more sorted run."""
        flat = keys.ravel()
        own = np.repeat(owners, self.bands)
        order = np.argsort(flat)
        self._runs.append((flat[order], own[order]))
        while len(self._runs) > 1 and len(self._runs[-1][0]) * 2 >= len(self._runs[-2][0]):
            (k2, o2), (k1, o1) = self._runs.pop(), self._runs.pop()
            k, o = np.concatenate((k1, k2)), np.concatenate((o1, o2))
            order = np.argsort(k)
            self._runs.append((k[order], o[order]))

    def _flush(self) -> None:
        if self._pending:
            owners = np.asarray(self._pending, dtype=np.int64)
            self._pending = []
            self._add_run(_band_keys(self._sigs[owners], self.bands, self.rows), owners)

    def add(self, article_id: str, norm_hash: str, signature: np.ndarray) -> None:
        """Register a canonical article. Adding an id twice is a no-op. Cheap: band keys are
        computed for all pending additions at once on the next look-up."""
        if article_id in self._owner:
            return
        sig = np.asarray(signature, dtype=np.uint64).reshape(1, -1)
        if sig.shape[1] != self.num_perm:
            raise ValueError(f"signature has {sig.shape[1]} values, expected {self.num_perm}")
        self._pending.extend(self._store([article_id], [norm_hash], sig).tolist())
        if len(self._pending) >= 65536:
            self._flush()

    def add_many(self, article_ids: Sequence[str], norm_hashes: Sequence[str],
                 signatures: np.ndarray | Sequence[np.ndarray]) -> None:
        """Register many canonical articles at once (e.g. rebuilding from the warehouse);
        `signatures` is an (n, NUM_PERM) array or a sequence of arrays."""
        if not len(article_ids):
            return
        matrix = np.asarray(signatures, dtype=np.uint64).reshape(len(article_ids), -1)
        if matrix.shape[1] != self.num_perm:
            raise ValueError(f"signatures have {matrix.shape[1]} values, not {self.num_perm}")
        self._flush()
        owners = self._store(list(article_ids), list(norm_hashes), matrix)
        if len(owners):
            self._add_run(_band_keys(self._sigs[owners], self.bands, self.rows), owners)

    @classmethod
    def from_frame(cls, frame: pl.DataFrame, threshold: float = THRESHOLD) -> DuplicateIndex:
        """Index rebuilt from stored canonical rows (article_id, normalized_sha256, signature
        as List/Array of u64), in their order: ~10 ms per 10,000 articles plus the sort."""
        index = cls(threshold)
        if frame.height:
            sigs = frame.get_column("signature")
            if sigs.dtype != pl.Array(pl.UInt64, index.num_perm):
                sigs = sigs.cast(pl.List(pl.UInt64)).list.to_array(index.num_perm)
            index.add_many(
                frame.get_column("article_id").to_list(),
                frame.get_column("normalized_sha256").to_list(),
                sigs.to_numpy(),
            )
        return index

    # -- look-up ---------------------------------------------------------------------------
    def _candidates(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query row, owner) pairs sharing at least one band key, deduplicated."""
        self._flush()
        bands = keys.shape[1]
        flat = keys.ravel()
        order = np.argsort(flat)
        sorted_q = flat[order]  # sorted queries: searchsorted is ~4x faster on them
        q_rows, owners = [], []
        for run_keys, run_owners in self._runs:
            lo = np.searchsorted(run_keys, sorted_q, side="left")
            found = run_keys.take(np.minimum(lo, len(run_keys) - 1)) == sorted_q
            hit = np.flatnonzero(found)
            if not len(hit):
                continue
            lo = lo[hit]
            c = np.searchsorted(run_keys, sorted_q[hit], side="right") - lo
            pos = np.repeat(lo - np.cumsum(c) + c, c) + np.arange(int(c.sum()))
            q_rows.append(np.repeat(order[hit] // bands, c))
            owners.append(run_owners[pos])
        if not q_rows:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty
        width = np.int64(len(self._ids) + 1)
        pairs = np.unique(np.concatenate(q_rows) * width + np.concatenate(owners))
        return pairs // width, pairs % width

    def _best_matches(self, signatures: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each row: owner of the best verified candidate (-1 if none) and its similarity.
        Best = highest estimated Jaccard, ties to the earliest canonical."""
        n = len(signatures)
        best = np.full(n, -1, dtype=np.int64)
        best_sim = np.zeros(n, dtype=np.float64)
        if not self._runs and not self._pending:
            return best, best_sim
        empty = np.all(signatures == _EMPTY, axis=1)
        rows, owners = self._candidates(_band_keys(signatures, self.bands, self.rows))
        keep = ~empty[rows]
        rows, owners = rows[keep], owners[keep]
        self.candidates_checked += len(rows)
        if not len(rows):
            return best, best_sim
        agree = np.count_nonzero(
            signatures[rows].astype(np.uint32) == self._sigs[owners], axis=1
        )
        ok = agree >= self.threshold * self.num_perm - 1e-9
        rows, owners, agree = rows[ok], owners[ok], agree[ok]
        # sort by row, then similarity descending, then owner ascending; take the first
        order = np.lexsort((owners, -agree, rows))
        rows, owners, agree = rows[order], owners[order], agree[order]
        first = np.ones(len(rows), dtype=bool)
        first[1:] = rows[1:] != rows[:-1]
        best[rows[first]] = owners[first]
        best_sim[rows[first]] = agree[first] / self.num_perm
        return best, best_sim

    def find(self, norm_hash: str, signature: np.ndarray) -> tuple[str, str, float] | None:
        """(canonical_article_id, "exact" | "near", estimated_jaccard) of the best match, or
        None. Exact hash first; else LSH candidates verified by estimated Jaccard >= threshold
        (highest similarity wins, ties go to the earliest canonical)."""
        exact = self._by_hash.get(norm_hash)
        if exact is not None:
            return self._ids[exact], "exact", 1.0
        sig = np.asarray(signature, dtype=np.uint64).reshape(1, -1)
        best, sim = self._best_matches(sig)
        if best[0] < 0:
            return None
        return self._ids[best[0]], "near", float(sim[0])

    def _batch_pairs(self, sigs: np.ndarray, usable: np.ndarray) -> dict[int, list[int]]:
        """Verified near-duplicate pairs inside one batch: {later row: [earlier rows, best
        first]}, from rows sharing a band key (each row is compared with at most
        `_PAIRS_PER_KEY` earliest rows per shared key, so a flood of copies stays linear)."""
        rows = np.flatnonzero(usable)
        if len(rows) < 2:
            return {}
        keys = _band_keys(sigs[rows], self.bands, self.rows).ravel()
        row_of = np.repeat(rows, self.bands)
        order = np.lexsort((row_of, keys))
        keys, row_of = keys[order], row_of[order]
        new_group = np.empty(len(keys), dtype=bool)
        new_group[0] = True
        new_group[1:] = keys[1:] != keys[:-1]
        group_start = np.flatnonzero(new_group)
        first_of = group_start[np.cumsum(new_group) - 1]
        rank = np.arange(len(keys)) - first_of
        later, earlier = [], []
        for m in range(_PAIRS_PER_KEY):
            sel = np.flatnonzero(rank > m)
            if not len(sel):
                break
            later.append(row_of[sel])
            earlier.append(row_of[first_of[sel] + m])
        if not later:
            return {}
        n = np.int64(len(sigs))
        code = np.unique(np.concatenate(later) * n + np.concatenate(earlier))
        i, j = code // n, code % n
        i, j = i[i != j], j[i != j]
        self.candidates_checked += len(i)
        agree = np.count_nonzero(sigs[i] == sigs[j], axis=1)
        ok = agree >= self.threshold * self.num_perm - 1e-9
        i, j, agree = i[ok], j[ok], agree[ok]
        pairs: dict[int, list[int]] = {}
        for a, b in zip(*(x[np.lexsort((j, -agree, i))].tolist() for x in (i, j)), strict=True):
            pairs.setdefault(a, []).append(b)
        return pairs

    def assign(
        self, article_ids: Sequence[str], normalized: Sequence[object], norm_hashes: Sequence[str],
        signatures: np.ndarray,
    ) -> list[tuple[str, str, float] | None]:
        """Match a batch in order (earliest first) against the index AND the batch's earlier
        canonical articles; register the batch's canonical articles. Returns one match or None
        per article. Texts that are empty after normalisation (a falsy `normalized` entry: the
        normalised text itself, or a has-text flag) are neither matched nor indexed.
        """
        n = len(article_ids)
        sigs = np.asarray(signatures, dtype=np.uint64)
        old_best, old_sim = self._best_matches(sigs)
        known = np.fromiter((a in self._owner for a in article_ids), dtype=bool, count=n)
        usable = ~np.all(sigs == _EMPTY, axis=1) & ~known
        batch_pairs = self._batch_pairs(sigs, usable)
        by_hash_local: dict[str, int] = {}
        is_canonical = [False] * n
        out: list[tuple[str, str, float] | None] = []
        for i in range(n):
            article_id = article_ids[i]
            if not normalized[i] or known[i]:
                out.append(None)  # empty text, or already indexed (same article again)
                continue
            exact = self._by_hash.get(norm_hashes[i])
            if exact is not None:
                out.append((self._ids[exact], "exact", 1.0))
                continue
            exact = by_hash_local.get(norm_hashes[i])
            if exact is not None and article_ids[exact] != article_id:
                out.append((article_ids[exact], "exact", 1.0))
                continue
            match: tuple[str, str, float] | None = None
            if old_best[i] >= 0:
                match = (self._ids[old_best[i]], "near", float(old_sim[i]))
            for j in batch_pairs.get(i, ()):
                if is_canonical[j]:  # the best canonical one; an earlier canonical wins ties
                    sim = float(np.count_nonzero(sigs[i] == sigs[j])) / self.num_perm
                    if match is None or sim > match[2]:
                        match = (article_ids[j], "near", sim)
                    break
            if match is not None and match[0] != article_id:
                out.append(match)
                continue
            out.append(None)
            is_canonical[i] = True
            by_hash_local.setdefault(norm_hashes[i], i)
        canonical = [i for i in range(n) if is_canonical[i]]
        if canonical:
            owners = self._store(
                [article_ids[i] for i in canonical], [norm_hashes[i] for i in canonical],
                sigs[canonical],
            )
            if len(owners):
                self._flush()
                self._add_run(_band_keys(self._sigs[owners], self.bands, self.rows), owners)
        return out


_OUT_SCHEMA = {
    "article_id": pl.String,
    "normalized_sha256": pl.String,
    "signature": pl.List(pl.UInt64),
    "duplicate_of": pl.String,
    "duplicate_kind": pl.String,
    "similarity": pl.Float64,
}


_EMPTY_TEXT_SHA256 = hashlib.sha256(b"").hexdigest()


def fingerprints(bodies: Sequence[str | None]) -> tuple[list[str], np.ndarray]:
    """normalized_sha256 and the MinHash signature ((n, NUM_PERM) uint64) of each body.

    Pure and order-independent (unlike `assign_duplicates`), so it can run in the worker that
    parsed the batch; the flow's thread then only matches signatures against the index."""
    normalized = [normalize_for_hash(b or "") for b in bodies]
    hashes = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in normalized]
    return hashes, _signatures_of_normalized(normalized)


def with_fingerprints(articles: pl.DataFrame) -> pl.DataFrame:
    """`articles` plus its fingerprints as columns normalized_sha256 and signature."""
    hashes, signatures = fingerprints(articles.get_column("body").to_list())
    return articles.with_columns(
        pl.Series("normalized_sha256", hashes, dtype=pl.String),
        pl.Series("signature", signatures, dtype=pl.Array(pl.UInt64, NUM_PERM)).cast(
            pl.List(pl.UInt64)
        ),
    )


def assign_duplicates(batch: pl.DataFrame, index: DuplicateIndex) -> pl.DataFrame:
    """Mark each article of `batch` (article_id, body; ingest order, earliest first) as
    canonical or as an exact/near duplicate of a canonical article (this batch or the index).

    The earliest copy is canonical; duplicates point to the canonical id, never to another
    duplicate. Canonical articles are added to `index`, so later batches see them. An empty
    body (no text after normalisation) is never marked a duplicate and is not indexed.
    Fingerprints already computed by `with_fingerprints` (columns normalized_sha256 and
    signature) are used as they are.
    Returns article_id, normalized_sha256, signature, duplicate_of, duplicate_kind, similarity.
    """
    ids = batch.get_column("article_id").to_list()
    if "signature" in batch.columns and "normalized_sha256" in batch.columns:
        hashes = batch.get_column("normalized_sha256").to_list()
        signature_column = batch.get_column("signature")
        signatures = (
            signature_column.cast(pl.Array(pl.UInt64, NUM_PERM)).to_numpy()
            if batch.height
            else np.empty((0, NUM_PERM), dtype=np.uint64)
        )
    else:
        hashes, signatures = fingerprints(batch.get_column("body").to_list())
        signature_column = pl.Series(
            "signature", signatures, dtype=pl.Array(pl.UInt64, NUM_PERM)
        ).cast(pl.List(pl.UInt64))
    nonempty = [h != _EMPTY_TEXT_SHA256 for h in hashes]
    matches = index.assign(ids, nonempty, hashes, signatures)
    return pl.DataFrame(
        {
            "article_id": ids,
            "normalized_sha256": hashes,
            "signature": signature_column,
            "duplicate_of": [m[0] if m else None for m in matches],
            "duplicate_kind": [m[1] if m else None for m in matches],
            "similarity": [m[2] if m else None for m in matches],
        },
        schema=_OUT_SCHEMA,
    )
