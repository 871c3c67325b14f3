"""Hostile text (issue #8): property-based tests of the reader, cleaner, date parser, parser,
statement extractor and stance scorer.

Arbitrary Unicode mixed with Dutch news fragments (speakers, speech verbs, dates, furniture),
unbalanced and nested quotes of every kind, control characters, odd line breaks and huge lines:
nothing raises, offsets always point into the body, cleaning twice equals cleaning once.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from stancewatch.clean import clean_body, normalize_text
from stancewatch.dates import find_dates, parse_header_date
from stancewatch.parse import parse_article
from stancewatch.read import RejectedContent, decode_bytes
from stancewatch.stance import stances_for_statement
from stancewatch.statements import extract_statements

QUOTES = "\"'„“”‘’‚«»‹›`´"
HOSTILE_CHARS = (
    QUOTES + "\n\r\t\x00\x01\x07\x0b\x0c\x1b\x7f\x85\x93\x94\xa0\xad\u200b\u200d\u2028\u2029"
    "\ufeff\ufffd\u0301\u0308:;.,!?()[]-–—…/|*#•·\u202e"
)
FRAGMENTS = (
    "Poetin", "Vladimir Poetin", "Peskov", "Dmitri Peskov", "Lavrov", "Zacharova", "Medvedev",
    "Rjabkov", "het Kremlin", "Moskou", "Washington", "de Verenigde Staten", "de VS", "de NAVO",
    "Biden", "Trump", "zei", " zei ", "zegt", "verklaarde", "aldus", "volgens", "Dat zei",
    "voegde hij eraan toe", "liet weten", " dat ", ": ", "Hij", "Zij", "De woordvoerder",
    "de Russische president", "minister van Buitenlandse Zaken", "3 maart 2024", "2021-04",
    "dinsdag", "15 juli", "juli 2025", "'25", "Bron: Belga", "(Belga)", "ANP", "Door Jan Peeters",
    "date 2021-04", "Datum: 3 maart 2024", "Lees ook:", "Advertentie", "Leestijd 3 min",
    "Deel dit artikel", "Foto: Reuters", ". ", ".", "\n", "\n\n", "\r\n", " ", "Het is positief",
    "een gevaarlijke provocatie", "niet", "geen", "nooit", "Rusland", "Oekraïne", "sancties",
    "Ã©", "â€™", "Â ",
)
fragment = st.sampled_from(FRAGMENTS)
hostile_piece = st.one_of(
    fragment,
    fragment,
    st.text(alphabet=HOSTILE_CHARS, max_size=6),
    st.text(max_size=12),
    st.sampled_from(QUOTES),
)
SPEAKERS = ("Poetin", "Vladimir Poetin", "Peskov", "Kremlinwoordvoerder Dmitri Peskov",
            "Lavrov", "minister Lavrov", "Zacharova", "Medvedev", "Rjabkov", "het Kremlin",
            "Moskou", "Hij", "Zij", "de Russische president", "De woordvoerder", "Biden", "Trump")
VERBS = ("zei", "zegt", "verklaarde", "benadrukte", "stelde", "liet weten", "voegde eraan toe",
         "waarschuwde", "aldus")
WORDS = ("de Verenigde Staten", "Washington", "de VS", "de NAVO", "Europa", "Oekraïne",
         "sancties", "zijn", "een gevaarlijke provocatie", "positief", "niet", "geen", "nooit",
         "dialoog", "bereid", "oorlog", "de Amerikanen", "het Westen", "op 3 maart 2024")
words = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), hostile_piece),
                 min_size=1, max_size=10).map(" ".join)
quote_mark = st.sampled_from(QUOTES + "  ")  # sometimes none: unbalanced and missing quotes
speaker, verb = st.sampled_from(SPEAKERS), st.sampled_from(VERBS)
sentence = st.one_of(
    st.builds("{}{}{}, {} {}.".format, quote_mark, words, quote_mark, verb, speaker),
    st.builds("{} {} dat {}.".format, speaker, verb, words),
    st.builds("{}: {}{}{}".format, speaker, quote_mark, words, quote_mark),
    st.builds("Volgens {} {}.".format, speaker, words),
    st.builds("{}{} {}{}{} {}{}".format, quote_mark, words, quote_mark, words, quote_mark,
              words, quote_mark),  # nested and unbalanced quotes
    words,
)
glue = st.sampled_from([" ", " ", "\n", "\n\n", "\r\n", "", "\u2028", " \x0b "])
news_text = st.lists(st.tuples(sentence, glue).map("".join), max_size=25).map("".join)
# a few long inputs: a sentence mix repeated into one huge line (or thousands of short ones)
huge_text = st.builds(
    lambda parts, sep, n: sep.join(parts * n),
    st.lists(sentence, min_size=1, max_size=4),
    st.sampled_from([" ", "", "\n"]),
    st.sampled_from([500, 2_000, 5_000]),
)
any_text = st.one_of(news_text, news_text, st.text(max_size=300))
published = st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31)))

# ftfy repairs mojibake judging the whole text: next to genuine non-ASCII characters it may leave
# an ambiguous sequence ("Ñ‘") alone, and repair it once cleaning has removed those characters.
# Cleaning is idempotent wherever the first pass left no mojibake behind.
_MOJIBAKE_LEFT = re.compile("[ÃÂâÅÄÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                            "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022"
                            "\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _no_ambiguous_mojibake(text: str) -> None:
    assume(not _MOJIBAKE_LEFT.search(normalize_text(text)))


MANY = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEW = settings(max_examples=10, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _check_statements(body: str, when: date | None) -> None:
    found = extract_statements(body, when)
    spans = [(s.start, s.end) for s in found]
    assert spans == sorted(spans) and len(set(spans)) == len(spans)
    for s in found:
        assert 0 <= s.start < s.end <= len(body), (s.start, s.end, len(body))
        assert body[s.start : s.end] == s.text
        assert s.kind in ("direct", "indirect") and s.speaker
        for ts in stances_for_statement(body, s.start, s.end, s.speaker):
            assert -1.0 <= ts.polarity <= 1.0 and 0.0 <= ts.subjectivity <= 1.0
            assert ts.stance in ("positive", "neutral", "negative")


@MANY
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_gives_text_or_a_reason(data: bytes):
    try:
        text = decode_bytes(data)
    except RejectedContent as exc:
        assert exc.reason and exc.content_sha256
    else:
        assert isinstance(text, str) and text.strip()


@MANY
@given(any_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_text_saved_in_any_encoding_decodes_or_is_rejected_never_raises(text: str, codec: str):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    with contextlib.suppress(RejectedContent):
        decode_bytes(data)


@MANY
@given(any_text)
def test_cleaning_twice_equals_cleaning_once(text: str):
    _no_ambiguous_mojibake(text)
    once = clean_body(text)
    assert clean_body(once) == once
    normalized = normalize_text(text)
    assert normalize_text(normalized) == normalized


@MANY
@given(any_text, st.one_of(st.none(), st.integers(1990, 2030)))
def test_dates_found_point_into_the_text(text: str, year: int | None):
    for d in find_dates(text, year):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        assert d.precision in ("day", "month", "year")
    for line in text.split("\n")[:5]:
        found = parse_header_date(line)
        if found is not None:
            assert 0 <= found.start < found.end <= len(line)


@MANY
@given(any_text)
def test_parsing_never_raises_and_its_body_is_already_clean(text: str):
    parsed = parse_article(text)
    _no_ambiguous_mojibake(text)
    assert parsed.published_precision in ("day", "month", "year", "unknown")
    assert (parsed.published is None) == (parsed.published_precision == "unknown")
    assert clean_body(parsed.body) == parsed.body


@MANY
@given(news_text, published)
def test_statement_offsets_always_cut_their_text_out_of_the_body(text: str, when: date | None):
    _check_statements(text, when)
    _check_statements(clean_body(text), when)


@FEW
@given(huge_text, published)
def test_huge_lines_neither_raise_nor_misplace_offsets(text: str, when: date | None):
    with contextlib.suppress(RejectedContent):
        decode_bytes(text.encode("utf-8"))
    parsed = parse_article(text)
    _no_ambiguous_mojibake(text)
    assert clean_body(parsed.body) == parsed.body
    find_dates(text)
    _check_statements(parsed.body, when)


@pytest.mark.parametrize("text", ["Poetin\u200b\u0301", "A\x1f\u0301", "e\u00ad\u0308"])
def test_an_invisible_character_before_an_accent_still_normalizes_in_one_pass(text: str):
    once = normalize_text(text)
    assert normalize_text(once) == once and unicodedata.is_normalized("NFC", once)
