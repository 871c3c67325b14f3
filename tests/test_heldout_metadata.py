"""The held-out articles parse to what their articles.csv says, field by field (1,320 articles).

The held-out sets were written by helpers who read no code, with the same columns as
tests/gold/seed_articles.csv. Two of their conventions differ from stancewatch on purpose and are
floors here rather than exact: `source` (the sets take it from a `Bron:` byline only; stancewatch
also reads the agency of a dateline, "MOSKOU (ANP) - ") and `published_from` (the sets call a
masthead date like "25 augustus 2021 | 16u05" `text`; stancewatch says `dateline`). The three
remaining body/title misses are disagreements: heldout h04 drops a dateline the later sets keep,
heldout12 q02 keeps a subtitle-like lead line, heldout14 z07 has body text right under its title.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest
from test_seed_metadata import FIELDS, _check

from stancewatch.parse import ParsedArticle, parse_article
from stancewatch.read import decode_bytes

TESTS = Path(__file__).resolve().parent
SETS = ("heldout", *(f"heldout{i}" for i in range(2, 111)))
# (field -> share of the held-out articles that must match), measured 2026-12-07 on the first 168:
# title 167, published and its precision 168, body start 165, furniture 166, body end 168, source
# 154 and published_from 160 (the conventions above). heldout15 and heldout16 (24 articles) were
# then measured blind once (commit bed1425): every field right except source 2 and
# published_from 1 (session 5's parser: title 8 wrong, published 6, body start 13); heldout17 and
# heldout18 (24 more) blind at the end of session 6 (f7bd1e4): all right but source 2 and
# published_from 2 (session 5's parser: title 10, published 8, body start 15 wrong); heldout19
# and heldout20 (24 more) blind at 7287a2f: one title (a question mark in it), its date and body
# start wrong, source 2 and published_from 1 (session 5's parser: title 11, published 8, body
# start 16); the question-mark title is right since. heldout21-24 (48 articles), measured in
# session 7 with session 6's parser: every field right except source 5 and published_from 2;
# three of those sources were a dateline's agency where a closing "Bron: Belga, AFP" names more
# (the closing line wins since; also in b11 and c12): source 2 and published_from 2 now;
# heldout25-30 (72 articles) blind at the end of session 7: all right but source 5 and
# published_from 6, all eleven the conventions above; heldout31-36 (72 articles, the parser
# untouched since session 7) blind in session 9: all right but source 4 and published_from 6, all
# ten the conventions above (a dateline's "(ANP)"; a masthead date called text); heldout43-48 (72
# articles) blind at the end of session 11 (31834b7): source 4 and published_from 6 (the
# conventions), furniture 4, body start 3 and title 1 wrong (a live-blog notice with a second
# sentence, a "Door ..." byline glued to the first sentence, a "Laat Voorlezen?" bar, a title over
# a subtitle and a masthead line with "15 nov. 2024"); heldout49-51 (36 articles) blind at the
# start of session 12 on session 11's parser (069bc75): source 5 and published_from 6 (the
# conventions), furniture 3, body start 2, body end 1 and one date with its precision wrong;
# heldout52-54 (36 articles) blind in session 12 (136b7c0, the same on 069bc75): source 4 and
# published_from 5 (the conventions), furniture and body end 1 (the same article); heldout55-57
# (36 articles) blind in session 12 (85761a0): source 3 and published_from 5 (the conventions),
# furniture and body start 1 (one article; 069bc75 also missed a columnist's note);
# heldout58-60 (36 articles) blind in session 12 (2bfb89c, the same on 069bc75): source 1 and
# published_from 7 (the conventions), and one article's title, date and body start wrong;
# heldout61-63 (36 articles) blind in session 12 (43aa768, the same on 069bc75):
# published_from 7 (the convention), and one article's title, furniture and body start wrong;
# heldout64-66 (36 articles) blind at the end of session 12 (85f488f): source 1 and
# published_from 6 (the conventions), furniture in 4 articles, 2 body starts and 2 body ends;
# heldout67-72 (72 articles) blind in session 13 (c94dd76): title 3, source 12 (a staff byline
# taken as the source), 4 dates, furniture 14, body start 15 and body end 2 wrong (genre kickers,
# staff bylines with a desk or a date, an audio player); after e2cfe47 furniture 0, body start 5,
# source 3; heldout73-75 (36 articles) blind on e2cfe47: 5 dates (a masthead under the article, a
# broadcast line, "Laatste update"), furniture 4 and body start 5 wrong; after the next commit 0
# dates, furniture 1, body start 2. published_from 0.90 -> 0.89: the dates read from a masthead
# under the article are `dateline` here and `text` in the sets (the convention, now 92 articles);
# heldout76-78 blind on 4f82cf5: 2 dates, furniture 9, body start 8, body end 4 wrong (kickers
# beside bylines, labelled date lines, series' service lines; 9cca5ac: furniture 0, start 2, end
# 0); heldout79-81 blind at the end of session 13 (b2305f9): every title and date right, source 3
# and published_from 6 (the conventions), furniture 6, body start 5, body end 2 wrong (an
# outlet's section line, a broadcast slot, a long share line; since: 0, 1, 0);
# published_from 0.89 -> 0.88 (107 articles of the conventions); heldout82-84 (36 articles) blind
# in session 14 on the same parser (a590c28): every date right, title 2, source 6 (three an
# author's "Door <naam>" taken as the source), published_from 7 (the convention), furniture and
# body start 4 (a staff desk without "onze", a compiler's line, a genre kicker with a dash, a
# broadcast line); since, an author's byline names no source (the labels' convention: `source`
# is an outlet or agency; source misses 55 -> 35 of 1,008, nothing worse), and the four lines
# and a replay bar are furniture (title 6, furniture 7, body start 16, body end 2 of 1,008);
# heldout85-87 (36 articles) blind in session 14 (3279355): every date right, title 2,
# published_from 3 (the convention), furniture 4 and body start 6 wrong (bylines glued to the
# copy without a space, `NOS Nieuws • Buitenland`, programme lines `De Wereld Vandaag – Radio 1
# – transcript`, `Radio 1, De Ochtend – uitgeschreven fragment`, `▶ Beluister het volledige
# fragment (6 min.)`); since: title 1, furniture 0, body start 1 (a title and standfirst);
# heldout88-90 (36 articles) blind at the end of session 14 (2c15854): every date right, title 1,
# source 1 (a dateline's agency: the convention), published_from 5 (the convention), furniture
# and body start 1 (`VRT Journaal 19 uur | Buitenland`, `NOS Radio 1 Journaal – Buitenland` as
# the title); since, both outlet lines are furniture; heldout91-93 (36 articles) blind at the very
# end of session 14 (89a7829): every title and date right, published_from 5 (the convention),
# furniture and body start 3 (not read); heldout94-104 (132 articles) blind in session 15
# (0f2a09f; the parser as in session 14): every date right, title 1 (`De Ochtend | Radio 1` over
# an untitled transcript), published_from 20 (the convention), furniture 7 and body start 9:
# programme lines (`Het Journaal – 19 uur – Buitenland`, `VRT Het Journaal – transcriptie van het
# nieuwsitem`), genre bylines (`Persoverzicht door ...`, `Een column van ...`, `door redacteur
# buitenland ...`), an agency or an all-caps name glued before the copy (`(Belga) De ...`,
# `LIEN VERMEIRE · De ...`), a name glued after a kicker and two standfirsts; since, all but the
# two standfirsts are furniture (`De Ochtend | Radio 1` is no title), and a broadcast line with a
# date (`Het Journaal 19 uur – vrijdag 27 mei 2016 – VRT`) still gives the date; heldout105-110
# (72 articles) blind at the end of session 15 (3043837): every date right, title 1,
# published_from 11 (the convention), furniture 3 and body start 4 wrong (read after the
# session's last blind measurement: `Het Journaal – VRT één, 19.00 uur` over an untitled
# transcript, `Redactie buitenland`, `Samengesteld door onze redactie buitenland`, `Radio 1 - De
# ochtend - fragment (6 min.)`; since, only a standfirst is wrong);
# published_from 0.88 -> 0.87 (160 of 1,320 articles, all the convention)
FLOORS = {
    "title": 0.99,
    "source": 0.96,
    "published": 0.99,
    "published_precision": 0.99,
    "published_from": 0.87,  # the convention above (dateline and masthead dates the sets call text)
    "must_not_contain": 0.98,
    "body_starts_with": 0.97,
    "body_ends_with": 0.99,
}


@cache
def _rows() -> list[tuple[dict[str, str], ParsedArticle]]:
    rows = []
    for name in SETS:
        folder = TESTS / name
        if not (folder / "articles.csv").exists():
            continue
        with (folder / "articles.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = decode_bytes((folder / "articles" / row["file"]).read_bytes())
                rows.append((row, parse_article(text)))
    return rows


def test_the_held_out_metadata_covers_every_set() -> None:
    assert len(_rows()) >= 1320 and set(FLOORS) == set(FIELDS)


@pytest.mark.parametrize("field", FIELDS)
def test_held_out_articles_parse_to_their_gold_metadata(field: str) -> None:
    misses = []
    for row, article in _rows():
        try:
            _check(field, row, article)
        except AssertionError:
            misses.append(row["file"])
    share = 1 - len(misses) / len(_rows())
    assert share >= FLOORS[field], (field, share, misses)
