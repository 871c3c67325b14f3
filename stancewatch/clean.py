"""Article bodies as a careful editor would read them.

Copied web pages carry page furniture: reading-time bars, "Lees ook" tips, advertisements and
fundraising calls, share menus, photo credits, teaser lists, bylines and cookie notices. They
are recognised here by their SHAPE (short lines, imperative second-person calls to action,
label-colon-value lines, lists of network names), not by the exact strings of known articles.
Passages repeated inside one article (a scraper that appends the whole text once more) are kept
once. Everything works line by line with precompiled expressions and hash sets: linear time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stancewatch.dates import find_dates, parse_header_date

# ---------------------------------------------------------------------------------------------
# normalisation

# "Ã©", "â€™", "Â " ...: UTF-8 read as Windows-1252; only then is ftfy worth its cost
_MOJIBAKE_HINT = re.compile(
    "[ÃÂâÅÄÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039"
    "\u203a\u20ac\u2122]"
)
_C1_CONTROLS = re.compile("[\u0080-\u009f]")
# tabs and exotic spaces become a plain space; zero-width characters, the soft hyphen and
# control characters go (a regex pass is much cheaper than str.translate on non-ASCII text)
_ODD_SPACES_RE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE_RE = re.compile(
    "[\u00ad\u180e\u200b-\u200d\u2060\ufeff\ufffc\x00-\x08\x0e-\x1f\x7f]"
)
_RARE_BREAKS_RE = re.compile("[\x0b\x0c\u2028\u2029]")
# any character one of the repairs below would touch
_SUSPECT_RE = re.compile(
    "[ÃÂâÅÄÐÑ\u0080-\u009f\x0b\x0c\u2028\u2029\t\u00a0\u1680\u2000-\u200d\u202f\u205f"
    "\u3000\u00ad\u180e\u2060\ufeff\ufffc\x00-\x08\x0e-\x1f\x7f]"
)
_SPACE_RUN_RE = re.compile(" {2,}")
_BLANK_RUN_RE = re.compile("\n{3,}")


def _fix_c1(match: re.Match[str]) -> str:
    """A C1 control is a Windows-1252 character read as Latin-1 (e.g. \\x93 is a quote)."""
    try:
        return match.group().encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:
        return ""


def normalize_text(text: str) -> str:
    """Repair mojibake, NFC, one newline style, plain spaces, no zero-width characters,
    no trailing spaces and at most one blank line between paragraphs."""
    text = _normalize_once(text)
    for _ in range(3):
        # ftfy may see more once spaces are normalised: repeat until stable (idempotence)
        if not _MOJIBAKE_HINT.search(text):
            break
        again = _normalize_once(text)
        if again == text:
            break
        text = again
    return text


def _normalize_once(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SUSPECT_RE.search(text):  # one scan; clean text skips the rest
        text = _repair_characters(text)
    # str methods per line beat one regex over the text here (spaces are everywhere)
    text = "\n".join([line.strip(" ") for line in text.split("\n")])
    if "  " in text:
        text = _SPACE_RUN_RE.sub(" ", text)
    if "\n\n\n" in text:
        text = _BLANK_RUN_RE.sub("\n\n", text)
    text = text.strip()
    # dropping an invisible character or a space can join a letter to its combining accent
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _repair_characters(text: str) -> str:
    """Mojibake, C1 controls, rare line breaks, odd spaces and invisible characters."""
    if _MOJIBAKE_HINT.search(text):
        import ftfy  # imported lazily: most articles never need it

        text = ftfy.fix_encoding(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if _C1_CONTROLS.search(text):
        text = _C1_CONTROLS.sub(_fix_c1, text)
    if _RARE_BREAKS_RE.search(text):
        text = _RARE_BREAKS_RE.sub(_line_break, text)
    if _ODD_SPACES_RE.search(text):
        text = _ODD_SPACES_RE.sub(" ", text)
    if _INVISIBLE_RE.search(text):
        text = _INVISIBLE_RE.sub("", text)
    return text


def _line_break(match: re.Match[str]) -> str:
    return "\n\n" if match.group() == "\u2029" else "\n"


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of normalised text (separated by a blank line); empty ones dropped."""
    return [p for p in text.split("\n\n") if p.strip()]


# ---------------------------------------------------------------------------------------------
# bylines and datelines (shared with parse.py, which keeps what they say)


def _wordset(words: str) -> frozenset[str]:
    """A set of space-separated words (keeps long word tables readable)."""
    return frozenset(words.split())


_NAME_PARTICLES = _wordset(
    "van de der den ter ten het 't te la le du da dos des del von zu el al bin ben op in"
)
_NAME_JOINERS = frozenset({"en", "&", "/", ",", "-", "|", "·", "•", "en/of"})
_STAFF_WORDS = _wordset(
    "onze correspondent correspondente redacteur redacteuren redactie verslaggever "
    "verslaggevers medewerker medewerkers buitenlandredactie nieuwsdienst persbureaus "
    "persbureau agentschappen"
)
_BRON_RE = re.compile(r"^(?:bron|bronnen|source)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
_BY_RE = re.compile(
    r"^(?:door|tekst|auteur|geschreven door|tekst en foto's|verslag|samengesteld door"
    # "Persoverzicht door Eva Peeters", "Een column van Ine Maes"
    r"|(?:persoverzicht|analyse|commentaar|interview|opinie|reportage|achtergrond)\s+door"
    r"|(?:een\s+)?column\s+(?:van|door))\s*:?\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "(ANP)", "(Belga/AFP)": a bracketed agency name standing alone or opening a paragraph
_AGENCY = r"[A-Za-z][A-Za-z]{1,14}(?:\s*[/,&]\s*[A-Za-z][A-Za-z]{1,14}){0,3}"
_AGENCY_CAPS = r"[A-Z]{2,6}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,11}){0,3}"  # ANP, AFP, BELGA/AFP
_AGENCY_LINE_RE = re.compile(rf"^\((?P<src>{_AGENCY})\)\.?$")
# a byline's name that is an agency's, not a person's: "Door Belga", "door ANP en AFP"
_AGENCY_NAME_RE = re.compile(
    rf"^(?:{_AGENCY_CAPS}|(?i:belga|reuters|bloomberg|novum|agentschappen|persbureaus?)"
    r"(?:\s*(?:[/,&]|en)\s*\w+)*)$"
)
# "(Belga) - Tekst" or "(ANP) Tekst"; not "(Bijna) alle landen ..."
_AGENCY_PREFIX_RE = re.compile(
    rf"^\((?P<src>{_AGENCY})\)\s*[-–—:]\s*(?=\S)|^\((?P<caps>{_AGENCY_CAPS})\)\s+(?=\S)"
    r"|^\((?P<known>Belga|Reuters|Bloomberg|Novum)(?:\s*/\s*[A-Za-z]{2,12}){0,3}\)\s+(?=[A-Z])"
)
# "...aldus de minister. (ANP)" at the very end of an article
_AGENCY_SUFFIX_RE = re.compile(rf"(?<=[.!?\"”’'])\s*\((?P<src>{_AGENCY})\)$")
# first token(s) of a source glued to the first sentence: "Bron: Belga 0 De Russische ..."
_GLUED_SOURCE_RE = re.compile(
    r"^(?P<src>[\w.&'’-]+(?:\s*[/,&]\s*[\w.&'’-]+|\s+en\s+[\w.&'’-]+)*)"
    r"(?:\s+\d{1,4}(?=\s))?\s*(?:[-–—|:]\s*)?\s+(?P<rest>[\"'“‘„(«]?[A-ZÀ-Þ0-9].*)$"
)
# "Van onze correspondent in Moskou.", "(Door onze redactie buitenland)", also glued to the text
_STAFF_BYLINE_RE = re.compile(
    r"^\(?(?:samengesteld\s+)?(?:door|van)\s+"
    r"(?P<src>(?:(?:(?:onze|de|een)\s+)?(?:eigen\s+)?(?:correspondent\w*"
    r"|redacteur\w*|verslaggever\w*|\w*redactie|medewerker\w*|nieuwsdienst"
    r"|columnist\w*)|(?:redactie|nieuwsdienst))"
    r"(?:\s+(?:buitenland|binnenland|politiek|economie|energie|defensie|wetenschap|cultuur"
    r"|media|sport|financi[eë]n|europa|diplomatie|in\s+[A-ZÀ-Þ][\w'’-]+"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]+)?))?)\)?\.?(?=\s|$|,)",
    re.IGNORECASE,
)
# a desk's name alone on its line: "Redactie buitenland", "Nieuwsdienst"
_DESK_LINE_RE = re.compile(
    r"^(?P<src>(?:redactie|nieuwsdienst)(?:\s+(?:buitenland|binnenland|politiek|economie"
    r"|europa|wereld))?)\.?$",
    re.IGNORECASE,
)
_BODY_START_RE = re.compile(r"[\"'“‘„(«]?[A-ZÀ-Þ0-9]")
_SENTENCE_END_IN = re.compile(r"[.!?](?:\s|$)")
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’. /-]{1,30}[A-ZÀ-Þ])"
    r"(?:\s*\((?P<src>[^()\n]{2,25})\))?"
    r"(?:\s*,\s*(?P<when>[^\n]{4,45}?))?"
    r"(?P<sep>\s+[-–—]\s*|\s*[–—]\s*|\s*-\s+|\s*:\s+)(?P<rest>\S.*)$"
)
_TITLE_CASE_PLACE_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\wÀ-ÿ'’.-]+(?: [A-ZÀ-Þ][\wÀ-ÿ'’.-]+)?)\s*,\s*(?P<when>[^\n]{4,45}?)"
    r"(?:\s+[-–—]\s*|\s*[–—]\s*)(?P<rest>\S.*)$"
)


@dataclass(frozen=True)
class Byline:
    """A byline found on a line: who wrote/delivered the article, and the text after it."""

    source: str
    rest: str  # text glued after the byline ("" when the line was only the byline)
    # "Van onze correspondent", "Door onze redactie buitenland": the paper's own staff, which
    # names no outlet (the labels leave `source` to a `Bron:` line, a masthead or nothing)
    staff: bool = False
    # "Door Jan Jansen": a person who wrote the piece, no outlet or agency either (unless the
    # name is an agency's, "Door Belga"): `source` is left to a `Bron:` line, as the labels do
    author: bool = False


@dataclass(frozen=True)
class Dateline:
    """An opening "MOSKOU, 3 juli 2025 -" / "WASHINGTON (Reuters) -"."""

    place: str
    when: str | None  # the date text, when one was given
    source: str | None  # the agency in brackets, when one was given
    rest: str


def _name_like(words: list[str]) -> bool:
    """True for "Jan Jansen", "Anna van der Berg en Piet de Vries", "onze correspondent"."""
    if not words or len(words) > 9:
        return False
    has_name = False
    for word in words:
        bare = word.strip(",.:()")
        low = bare.lower()
        if not bare or low in _NAME_JOINERS or low in _NAME_PARTICLES:
            continue
        if low in _STAFF_WORDS:
            has_name = True
            continue
        if bare[0].isupper() or bare.isupper():
            has_name = True
            continue
        return False
    return has_name


def is_bare_name(line: str) -> bool:
    """A line that is only a person's name (two to four capitalised words, name particles
    between), as an author stands under a masthead without "Door"."""
    words = line.split()
    names = [w for w in words if w.lower() not in _NAME_PARTICLES]
    return (
        2 <= len(names) <= 4
        and len(words) <= 6
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in names)
        and not any(w.isupper() and len(w) > 1 for w in names)  # not a dateline "MOSKOU"
    )


def _split_byline_tail(rest: str) -> str:
    """'Jan Jansen | 15 juli 2025 14:32' -> 'Jan Jansen'; 'Jan Jansen, correspondent' kept."""
    return re.split(r"\s*[|·•]\s*|\s+[-–—]\s+", rest, maxsplit=1)[0].strip()


# an NRC-style dateline: the place in capitals and a full stop or comma ("MONTREUX. Op de ...")
_PLACE_STOP_RE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}[.,]\s+[A-ZÀ-Þ0-9]")
# a name glued to what follows it without a space: a lower-case letter, then a sentence opener
# ("KuipersHet Kremlin") or a dateline in capitals ("WoutersMONTREUX."); not "McFaul"
_NO_SPACE_GLUE_RE = re.compile(
    r"(?<=[a-zà-ÿ])(?=(?:Het|De|Een|In|Op|Bij|Na|Voor|Met|Volgens|Toen|Nu|Ook|Maar|Wie|Wat)\s"
    r"|[A-ZÀ-Þ]{3,}[.,\s])"
)


def match_byline(line: str) -> Byline | None:
    """The byline on `line` ("Bron: Belga", "Door Jan Jansen", "(ANP)"), glued text kept apart."""
    if len(line) > 2000:
        return None
    if line[:4].lower() in ("door", "van ") and (glue := _NO_SPACE_GLUE_RE.search(line, 0, 120)):
        # "Door Bram KuipersHet Kremlin …", "Van onze correspondent Eva WoutersMONTREUX. …": the
        # byline glued to the copy without a space
        line = f"{line[: glue.start()]} {line[glue.start() :]}"
    m = _AGENCY_LINE_RE.match(line)
    if m:
        return Byline(m.group("src"), "")
    m = _AGENCY_PREFIX_RE.match(line)
    if m:
        src = m.group("src") or m.group("caps") or m.group("known")
        return Byline(src, line[m.end() :].strip())
    m = _BRON_RE.match(line)
    if m:
        return _bron_byline(m.group("rest").strip())
    m = _DESK_LINE_RE.match(line)
    if m:  # "Redactie buitenland" alone under the title
        return Byline(m.group("src"), "", staff=True)
    m = _STAFF_BYLINE_RE.match(line)
    if m:
        rest = line[m.end() :].strip()
        closed = m.group().rstrip()[-1:] in ".)"
        if not rest or (closed and _BODY_START_RE.match(rest)):
            return Byline(m.group("src"), rest, staff=True)
        words = rest.split()
        if not closed and len(words) <= 4 and _name_like(words):  # "Van onze correspondent X Y"
            return Byline(f"{m.group('src')} {rest}", "", staff=True)
        glued = _glued_author(rest) if not closed else None
        if glued is not None:  # "Van onze correspondent Pieter Heerma KENNEBUNKPORT – Rusland"
            return Byline(f"{m.group('src')} {glued.source}", glued.rest, staff=True)
    inner = line[1:-1] if line.startswith("(") and line.endswith(")") else line
    m = _BY_RE.match(inner)
    if m:
        rest = m.group("rest").strip()
        name = _split_byline_tail(rest)
        head = name.split(",", 1)[0]
        tail = rest[len(name) :].strip(" |·•-–—")
        sentences = (
            _SENTENCE_END_IN.search(tail) and len(tail.split()) > 2 and not _is_date_text(tail)
        )
        if (
            len(rest) <= 160
            and _name_like(head.split())
            and not _SENTENCE_END_IN.search(head)
            and not sentences  # "Door Jan Jansen MOSKOU - Het Kremlin zegt ...": text follows
        ):
            return Byline(head.strip(), "", author=not _AGENCY_NAME_RE.match(head.strip()))
        if inner is line and m.group().split(None, 1)[0].lower() == "door":
            return _glued_author(rest)
    return None


# words that open a sentence after an author's name glued to it ("Door Marieke Hoogstraten De
# Russische diplomatie ..."); otherwise a capitalised word must be followed by a lower-case one
_SENTENCE_OPENERS = _wordset(
    "de het een in op bij na voor met als wie wat dat dit deze die er ik we wij hij zij ze u "
    "toen nu ook maar en of zo daar hier volgens tijdens sinds"
)


def _glued_author(rest: str) -> Byline | None:
    """`Door Marieke Hoogstraten De Russische diplomatie heeft ...`: a name of two to five words
    (particles between them), then a sentence; the shortest name whose rest opens a sentence."""
    words = rest.split()
    if not _SENTENCE_END_IN.search(rest):
        return None
    capitals = 0
    for i, word in enumerate(words[:6]):
        if word.lower() in _NAME_PARTICLES and capitals:
            continue
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            return None
        capitals += 1
        if capitals >= 2 and i + 1 < len(words) and words[i + 1].isupper():
            tail = " ".join(words[i + 1 :])
            if _DATELINE_RE.match(tail) or _PLACE_STOP_RE.match(tail):
                # the name, then a dateline: "KENNEBUNKPORT – ...", "MONTREUX. Op de ..."
                return Byline(" ".join(words[: i + 1]), tail, author=True)
        if capitals < 2 or i + 2 >= len(words):
            continue
        first, second = words[i + 1], words[i + 2]
        if first[:1].isupper() and (first.lower() in _SENTENCE_OPENERS or second[:1].islower()):
            return Byline(" ".join(words[: i + 1]), " ".join(words[i + 1 :]), author=True)
    return None


def _bron_byline(rest: str) -> Byline | None:
    """"Bron: X" on its own, or glued to the first sentence ("Bron: Belga 0 De Russische ...")."""
    words = rest.split()
    alone = (
        len(words) <= 6
        and len(rest) <= 80
        and not _SENTENCE_END_IN.search(rest[:-1])
        and not (rest.endswith(".") and len(words) > 2)
        and not any(w.isdigit() for w in words[1:])
    )
    if alone:
        return Byline(_split_byline_tail(rest).rstrip("."), "")
    m = _GLUED_SOURCE_RE.match(rest)
    if m:
        return Byline(m.group("src"), m.group("rest").strip())
    return None


def match_trailing_agency(line: str) -> str | None:
    """The agency closing a paragraph: "... zei hij. (ANP)" -> "ANP"."""
    if not line.endswith(")"):
        return None
    m = _AGENCY_SUFFIX_RE.search(line)
    return m.group("src") if m else None


def strip_trailing_agency(line: str) -> str:
    """Cut a closing "(ANP)" off a paragraph."""
    if not line.endswith(")"):
        return line
    return _AGENCY_SUFFIX_RE.sub("", line).rstrip()


def match_dateline(line: str) -> Dateline | None:
    """An opening dateline: an upper-case place (with agency and/or date) or "Plaats, <date> -"."""
    m = _DATELINE_RE.match(line)
    if m:
        place = m.group("place").strip()
        if sum(c.isalpha() for c in place) >= 3:
            when = m.group("when")
            if when is not None and not _is_date_text(when):
                return None
            src = m.group("src")
            if src is not None and not _name_like(src.split()):
                return None
            if when is None and src is None and ":" in m.group("sep"):
                return None  # "NAVO: ..." opens a sentence or a headline, not a dateline
            return Dateline(place, when, src, m.group("rest").strip())
    m = _TITLE_CASE_PLACE_DATELINE_RE.match(line)
    if m and _is_date_text(m.group("when")):
        return Dateline(m.group("place"), m.group("when"), None, m.group("rest").strip())
    return None


_DIGIT_RE = re.compile(r"\d")
_TIME_RE = re.compile(r"\b(?:om\s+)?\d{1,2}[:.u]\d{2}(?:\s*uur)?\b|\b\d{1,2}\s*uur\b")
_WEEKDAY_RE = re.compile(
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|ma|di|wo|do|vr|za|zo)\b\.?",
    re.IGNORECASE,
)
_DATE_LINE_LABEL_RE = re.compile(
    r"^(?:(?:gepubliceerd|geplaatst|publicatie|verschenen|datum)(?:\s+op)?|op"
    r"|uitzending\s+van)\s*:?\s*",
    re.IGNORECASE,
)
_UPDATE_LABEL_RE = re.compile(
    r"^(?:laatste?\s+)?(?:bijgewerkt|geüpdatet|geupdatet|update|aangepast|gewijzigd)(?:\s+op)?"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# parts of a meta line: "ma 14 jul 2025 om 18:22 - Bijgewerkt om 19:05 | Door Jan Jansen"
_META_SPLIT_RE = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
# a section, genre or outlet label next to a date on a meta line: one to three capitalised
# words ("Buitenland", "Analyse", "Het Parool", "De Standaard"), no sentence punctuation
_META_LABEL_RE = re.compile(
    r"^(?:(?:[Hh]et|[Dd]e)\s+)?[A-ZÀ-Þ][\w'’&-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w'’&-]*){0,2}$"
)
_CREDIT_PART_RE = re.compile(
    r"^(?:interview|tekst|gesprek|foto'?s?|beeld|redactie|samenstelling)\s*:\s*(?P<name>.+)$",
    re.IGNORECASE,
)
# a lower-case word of what the page is, beside a date: "uitzending van 7 mei 2000 | transcriptie"
_META_WORD_RE = re.compile(r"^(?:transcriptie|transcript|video|audio|podcast|liveblog)$")
_SHORT_YEAR_DATE_RE = re.compile(
    r"^(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{2})"
    r"(?:,?\s+(?:om\s+)?\d{1,2}[:.u]\d{2}(?:\s*uur)?)?$"
)
_TRAILING_BY_RE = re.compile(r"(?:^|\s|,)(?:door|bron\s*:)\s+(?P<src>[^|·•,]+?)\s*$", re.I)


@dataclass(frozen=True)
class MetaLine:
    """A line of dates and bylines only: "27/03/2018 om 14:05 door Belga"."""

    date_text: str | None  # the publication date as written
    updated_text: str | None  # a "Bijgewerkt ..." date as written
    source: str | None


def _is_date_text(text: str) -> bool:
    """True when `text` is a date and nothing else (weekday, time and punctuation allowed)."""
    if len(text) > 60:
        return False
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    rest = text[: dates[0].start] + " " + text[dates[0].end :]
    return _is_time_only(rest)


def _is_time_only(text: str) -> bool:
    """Only a weekday, a time ("om 18:22", "14u05") and punctuation."""
    return not any(c.isalnum() for c in _TIME_RE.sub(" ", _WEEKDAY_RE.sub(" ", text)))


def match_meta_line(line: str) -> MetaLine | None:
    """A line holding only a date (with weekday, time, update stamp and/or byline), else None."""
    if len(line) > 140 or not _DIGIT_RE.search(line):
        return None
    source = None
    by = _TRAILING_BY_RE.search(line)
    if by and _name_like(by.group("src").split()):
        name = by.group("src").strip()
        if not by.group().lstrip(" ,").lower().startswith("door") or _AGENCY_NAME_RE.match(name):
            source = name  # "bron: Belga", "door ANP"; not "door Jan Jansen" (an author)
        line = line[: by.start()]
    short = _SHORT_YEAR_DATE_RE.match(line.strip())
    if short is not None:
        # "16-10-20, 06:00" (AD, Parool): a day with a two-digit year and a time
        day, month, yy = short.group("d"), short.group("m"), int(short.group("y"))
        century = 2000 if yy <= date.today().year % 100 else 1900
        return MetaLine(f"{day}-{month}-{century + yy}", None, source)
    date_text = updated = None
    found_any = False
    labels = 0
    for part in _META_SPLIT_RE.split(line):
        part = part.strip(" ,;")
        if not part:
            continue
        update = _UPDATE_LABEL_RE.match(part)
        if update:
            value = part[update.end() :]
            if _is_date_text(value):
                updated = updated or value
            elif not (value and _is_time_only(value)):
                return None
            found_any = True
            continue
        masthead = _masthead_date(part)
        if masthead is not None:
            date_text = date_text or masthead
            found_any = True
            continue
        credit = _CREDIT_PART_RE.match(part)
        if credit and _name_like(credit.group("name").split()):
            continue  # "Interview: Bart Wuyts", "Tekst: Jan Jansen"
        label = _DATE_LINE_LABEL_RE.match(part)
        value = part[label.end() :] if label else part
        if _is_date_text(value):
            date_text = date_text or value
            found_any = True
            continue
        byline = match_byline(part)
        if byline is not None and not byline.rest:
            if not byline.author:
                source = source or byline.source
            continue
        if _is_time_only(part):  # "16u05" in "25 augustus 2021 | 16u05 | Buitenland"
            continue
        if labels < 2 and _META_LABEL_RE.match(part):  # "Buitenland", "Analyse", "Het Parool"
            labels += 1
            continue
        if _META_WORD_RE.match(part) or (len(part) <= 40 and _READING_TIME.search(part)):
            continue  # "transcriptie", "Leestijd: 3 minuten" beside the date
        return None
    return MetaLine(date_text, updated, source) if found_any else None


def _masthead_date(part: str) -> str | None:
    """The date of "<outlet>, <date>" (a masthead: "Het Financieele Dagblad, 15 nov. 2024, 14:12")
    or "<staff byline>, <date>" ("Door onze redactie buitenland, woensdag 17 juli 1996": the date,
    no outlet)."""
    head, comma, tail = part.partition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or not _is_date_text(tail):
        return None
    if _META_LABEL_RE.match(head):
        return tail
    staff = match_byline(head)
    return tail if staff is not None and staff.staff and not staff.rest else None


def date_line_value(line: str) -> str | None:
    """The date text when `line` is only a date ("dinsdag 15 juli 2025, 14:32"), else None."""
    meta = match_meta_line(line)
    if meta is None:
        return None
    return meta.date_text or meta.updated_text


# ---------------------------------------------------------------------------------------------
# furniture

_NO_LETTERS = re.compile(r"^[^A-Za-zÀ-ÿ]*$")
_READING_TIME = re.compile(
    r"leestijd|lees\s?tijd|voorlezen|voorlees|beluister\s+(?:dit|het)\s+(?:artikel|fragment)"
    r"|luister\s+naar\s+(?:dit|het)\s+(?:artikel|fragment)|\bgesproken\s+artikel\b"
    r"|fragment\s+(?:be)?luisteren|\bherbeluister"
    r"|\b\d+\s*(?:min(?:uten|uut)?|m)\b\.?\s*(?:om\s+te\s+)?(?:lezen|leestijd)\b",
    re.IGNORECASE,
)
# a reading time with its number: such a bar may be longer ("Laat voorlezen? ... | Leestijd ...")
_READING_TIME_NUMBER = re.compile(
    r"leestijd\D{0,30}\d+\s*min|\d+\s*min\w*\.?\s*(?:om\s+te\s+)?(?:leestijd|lezen)",
    re.IGNORECASE,
)
_READ_TIP = re.compile(
    r"^(?:lees\s?tip|lees\s+ook|lees\s+meer|lees\s+verder|lees\s+hier|lees\s+het\s+(?:hele"
    r"|volledige)|bekijk\s+ook|bekijk\s+hier|kijk\s+ook|luister\s+ook|ook\s+interessant"
    r"|ook\s+gelezen|gerelateerd(?:e\s+artikelen)?|meer\s+over\s+dit\s+onderwerp"
    r"|(?:lees|bekijk|kijk)\s+(?:de|het)\s+(?:video|reportage|interview))\b"
    r"|^(?:tip|bekijk|lees|luister|kijk|meer)\s*:"
    # HLN, Het Nieuwsblad: "TIP. Volg ... in ons liveblog", "Lees ook. ..."
    r"|^(?:tip|lees\s+ook|bekijk\s+ook)\.\s",
    re.IGNORECASE,
)
_AD_LINE = re.compile(
    r"^(?:advertentie|advertenties|advertisement|ad|gesponsord|gesponsorde\s+inhoud|sponsored"
    r"|reclame|partnerbijdrage|partner\s*content|betaalde\s+samenwerking"
    r"|commerciële\s+samenwerking)\W*$"
    r"|^(?:advertentie|advertisement)\b(?=.{0,50}$)"
    r"|(?:lees\s+)?(?:verder|het\s+artikel\s+gaat\s+verder|artikel\s+gaat\s+verder)\s+"
    r"(?:na|onder)\s+(?:de|deze)\s+(?:advertentie|reclame|advertenties)",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:jij|je|jou|jouw|u|uw|jullie)\b")  # on lower-cased text
_CALL_TO_ACTION = re.compile(
    r"\b(?:doneer\w*|donatie\w*|donateur\w*|sponsor\w*|gift(?:en)?|steun\s+(?:ons|onderzoek|nu"
    r"|het|de|onze|mee)|word\s+(?:\w+\s+){0,2}(?:lid|abonnee|donateur|vrijwilliger)"
    r"|lees\s+onbeperkt|(?:schrijf|meld)\s+(?:je|u)"
    r"\s+(?:nu\s+)?(?:in|aan)|abonne\w*|nieuwsbrief|in\s+(?:je|uw)\s+mailbox|klik\s+(?:hier|op)|bestel\w*"
    r"|probeer\s+(?:nu|gratis)|ontdek\s+(?:nu|hier|onze|ons|het\s+aanbod)|doe\s+mee"
    r"|(?:ren|loop|fiets|wandel|zwem)\s+mee|kies\s+(?:nu|voor\s+(?:een|ons|onze))"
    r"|aanmelden|inschrijven|download\s+(?:de|onze)\s+app|volg\s+ons|registreer\w*"
    r"|bekijk\s+het\s+aanbod|log\s+in|inloggen|meld\s+je)\b",
    re.IGNORECASE,
)
# a line opening with an imperative ("Steun onafhankelijke journalistiek: word abonnee")
_IMPERATIVE_START = re.compile(
    r"^(?:steun|doneer|geef|word|schrijf|abonneer|meld|probeer|ontdek|bestel|klik|registreer|ontvang"
    r"|download|neem|lees\s+onbeperkt|profiteer|bekijk\s+het\s+aanbod)\b",
    re.IGNORECASE,
)
_READER_QUESTION = re.compile(
    r"^(?:waar|wat|hoe|wil|ben|heb|kun|ken|zoek|doe|ga|loop|ren)\s+(?:jij|je|u)\b", re.IGNORECASE
)
_ATTRIBUTION = re.compile(
    r"[\"“”„«»]|\b(?:zei|zegt|zeggen|aldus|verklaarde|verklaart|benadrukte|stelde|stelt"
    r"|voegde|volgens|schreef|schrijft|reageerde|vertelde|vertelt|liet\s+weten|klinkt\s+het"
    r"|waarschuwde|meldde|meldt)\b",
    re.IGNORECASE,
)
_SOCIAL_WORDS = _wordset(
    "facebook twitter x whatsapp e-mail email mail linkedin pinterest messenger telegram "
    "reddit instagram tiktok youtube bluesky threads mastodon print printen delen deel "
    "share kopieer kopiëren link url sms"
)
_NAV_WORDS = _wordset(
    "home menu zoeken zoek inloggen login uitloggen registreren abonneren abonneer reageer "
    "reacties reactie terug naar boven overzicht volgende vorige meer nieuws sluiten "
    "bewaren bewaar opslaan delen deel print printen top"
)
_SHARE_LINE = re.compile(
    r"^(?:deel|delen|share|deel\s+dit|deel\s+het)(?:\s+(?:dit|het|deze))?"
    r"(?:\s+(?:artikel|bericht|pagina|video|verhaal))?(?:\s+(?:via|op|met))?\b",
    re.IGNORECASE,
)
_COMMENTS_LINE = re.compile(
    r"^(?:reageer|reacties?|praat\s+mee|discussieer\s+mee|laat\s+een\s+reactie\s+achter"
    r"|bekijk\s+(?:de\s+)?reacties|\d+\s+reacties?)\b",
    re.IGNORECASE,
)
_FOLLOW_LINE = re.compile(r"^volg\s+(?:ons|\S+)\s+(?:op|via)\b", re.IGNORECASE)
_BREADCRUMB_SEP = re.compile(r"\s[›»>/|]\s")
_PHOTO_CREDIT_START = re.compile(
    r"^(?:foto(?:'s)?|beeld(?:en)?|afbeelding|illustratie|video|fotografie|photo|image|credit"
    r"|bron\s+foto|foto\s+en\s+tekst)\s*(?:[:©|]|\s[-–—]|\s+(?=[A-Z]))"
    r"|^(?:©|\(c\)\s|copyright\b)",
    re.IGNORECASE,
)
_PHOTO_CREDIT_END = re.compile(
    r"(?:[|·•/(]|\s[-–—]|^|[.!?])\s*(?:(?:foto|beeld)\s*(?::|©)?\s*|©\s*)[^.!?()|\n]{1,60}\)?$",
    re.IGNORECASE,
)
_TEASER_HEADING = re.compile(
    r"^(?:populair(?:\s+nieuws)?|meest\s+(?:gelezen|bekeken|gedeeld|populair)|net\s+binnen"
    r"|(?:het\s+)?laatste\s+nieuws|meer\s+nieuws|ander\s+nieuws|ook\s+in\s+het\s+nieuws"
    r"|aanbevolen(?:\s+voor\s+(?:jou|u))?|uitgelicht|trending|top\s*\d+|lees\s+ook"
    r"|ook\s+interessant|gerelateerde\s+artikelen|meer\s+over\s+dit\s+onderwerp|bekijk\s+ook"
    r"|dit\s+vind\s+je\s+misschien\s+ook\s+(?:interessant|leuk)|misschien\s+ook\s+interessant"
    r"|meer\s+(?:uit|over)\s+[\w -]{2,30}|nieuws\s+uit\s+[\w -]{2,30}|video'?s|in\s+beeld)"
    r"\s*:?$",
    re.IGNORECASE,
)
_COOKIE_CONTEXT = re.compile(
    r"accept|akkoord|toestemming|instellingen|voorkeuren|privacy|gebruikt|gebruik\s+van"
    r"|plaatsen|weigeren|toestaan",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"^(?:dit\s+(?:artikel|verhaal)\s+is\s+(?:alleen|exclusief)\s+(?:voor|beschikbaar)"
    r"|log\s+in\s+om|word\s+(?:nu\s+)?abonnee|al\s+abonnee\??|lees\s+onbeperkt|neem\s+een\s+abonnement"
    # comment and advertising prompts under an article
    r"|reageren\s+op\s+(?:dit|het)\s+artikel\s*\?|reageer\s+op\s+(?:dit|het)\s+artikel\b"
    r"|adverteren\s*\?\s*(?:bekijk|lees|neem|ontdek)|wilt\s+u\s+adverteren\b)",
    re.IGNORECASE,
)
# a closed live blog: "Deze liveblog is afgesloten.", "Dit liveblog wordt niet langer bijgewerkt.",
# with at most one more sentence of service ("Hieronder leest u de belangrijkste momenten.")
_LIVE_BLOG_CLOSED = re.compile(
    r"^(?:deze|dit|het|onze)\s+live[\s-]?blog\s+(?:is|wordt)\s+(?:nu\s+)?(?:afgesloten|gesloten"
    r"|beëindigd|gestopt|niet\s+(?:langer|meer)\s+(?:bijgewerkt|geüpdatet|aangevuld))"
    r"(?:[.!]\s+[^.!?\n]{1,120}[.!:])?\W*$",
    re.IGNORECASE,
)
_REPUBLISHED = re.compile(
    r"^(?:dit\s+(?:bericht|artikel|stuk|verhaal)\s+(?:verscheen|is|werd)\s+(?:eerder|oorspronkelijk"
    r"|overgenomen)|overgenomen\s+(?:van|uit)|eerder\s+verschenen\s+(?:in|bij|op)"
    r"|oorspronkelijk\s+verschenen"
    # NRC, Trouw, Volkskrant: "Een versie van dit artikel verscheen (ook) in NRC van 4 april"
    r"|(?:een\s+(?:versie|verkorte\s+versie)\s+van\s+)?(?:dit|het)\s+(?:artikel|interview|stuk)"
    r"\s+(?:verscheen|staat)\s+(?:ook\s+)?(?:in|op)\s+(?:de\s+(?:krant|papieren)|NRC|Trouw"
    r"|de\s+Volkskrant|het\s+Parool|de\s+Standaard|De\s+Morgen|het\s+AD)"
    r"|een\s+(?:versie|verkorte\s+versie)\s+van\s+dit\s+(?:artikel|interview|stuk)"
    r"\s+verscheen)\b",
    re.IGNORECASE,
)
# the note about the author under a column or a piece, as its own last paragraph
_AUTHOR_NOTE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}(?:(?:van|de|der|den|ter|ten|el)\s+){0,2}[A-ZÀ-Þ][\w'’-]+\s+"
    r"(?:is\s+(?:\w+\s+)?(?:columnist|columniste|correspondent|correspondente|redacteur"
    r"|redactrice|verslaggever|verslaggeefster|commentator|hoofdredacteur|journalist|journaliste)\b"
    r"|schrijft\s+(?:elke|iedere|om\s+de|wekelijks|tweewekelijks|maandelijks|voor\s+deze)\b)"
    r"[^\n]*$"
)
# a series' service line: "Volgende week: de zomer van de Doema.", "Volgende week in dit
# overzicht: …", "Elke week bekijken we hoe …"; a broadcast note: "Dit fragment werd uitgezonden
# op Radio 1."
_SERIES_LINE = re.compile(
    r"^(?:volgende\s+week(?:\s+in\s+(?:dit|deze)\s+\w+)?\s*:"
    r"|elke\s+week\s+(?:bekijken|zet|zetten|brengen|lezen|kijken)\s+(?:we|wij|onze)\b"
    r"|dit\s+(?:fragment|gesprek|interview|programma)\s+(?:werd|is)\s+(?:uitgezonden"
    r"|te\s+(?:her)?beluisteren))",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^(?:url\s*:\s*)?(?:https?://|www\.)\S+$", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^(?:title|titel|url|link|source|author|auteur|categorie|category|tags?|rubriek"
    r"|keywords|trefwoorden)\s*:\s*\S",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[\wÀ-ÿ'’-]+")
_HEADER_GLUE_RE = re.compile(r"\s+(?=[\"'“‘„(«]?[A-ZÀ-Þ])")


def _words(line: str) -> list[str]:
    return _WORD_RE.findall(line)


# a genre kicker over or glued to the copy: "ANALYSE Het moest …", "Interview Op een …", "COLUMN"
_KICKERS = (
    "analyse|nieuwsanalyse|interview|gesprek|column|opinie|commentaar|reportage|achtergrond"
    "|beschouwing|portret|explainer"
)
_KICKER_RE = re.compile(
    "^(?:"
    + "|".join(f"{k.capitalize()}|{k.upper()}" for k in _KICKERS.split("|"))
    + r")\s+(?=[\"'“‘„(«]?[A-ZÀ-Þ][a-zà-ÿ])"
)
_KICKER_LINE = re.compile(rf"^(?i:{_KICKERS})$")
# a Dutch or Flemish outlet's name alone or with its section or programme: "NOS Nieuws –
# Buitenland", "VRT NWS – liveblog", "De Morgen – De pers van vandaag", "BNR Nieuwsradio – De
# Ochtend", "VRT Journaal – transcriptie van de uitzending van 19 uur", "NRC Handelsblad" under
# the article
_OUTLET_LINE = re.compile(
    r"^(?!.*\b(?:19|20)\d{2}\b)"  # a line with a year is a masthead date line
    r"(?:(?:NOS(?:\s+Radio\s*1)?(?:\s+Nieuws|\s+Journaal)?"
    r"|VRT(?:\s+NWS|\s+(?:Het\s+)?Journaal|\s+Radio\s*[12])|Het\s+Journaal"
    r"|RTL\s+Nieuws)(?:\s+\d{1,2}(?:[.:u]\d{2})?\s*uur)?"
    r"|BNR(?:\s+Nieuwsradio)?|NPO\s+Radio\s*1|Radio\s*1|NU\.nl|NRC(?:\s+Handelsblad|\s+Next)?"
    r"|De\s+Morgen|De\s+Standaard|De\s+Tijd|Het\s+Laatste\s+Nieuws|HLN|Knack|Trouw"
    r"|[Dd]e\s+Volkskrant|Het\s+Parool|Het\s+Financieele\s+Dagblad|De\s+Telegraaf"
    r"|Het\s+Nieuwsblad|Gazet\s+van\s+Antwerpen|Het\s+Belang\s+van\s+Limburg|Nieuwsuur)"
    # the section or slot after it; a time's dot or colon too ("VRT één, 19.00 uur")
    r"(?:\s*(?:\s[–—-]|[•·|])\s+(?:[^.!?:\n]|(?<=\d)[.:](?=\d)){1,50})?$"
)
# a programme's line: programme, outlet and the kind of page in any order, between dashes, bullets
# or commas ("De Wereld Vandaag – Radio 1 – transcript", "Radio 1, De Ochtend – uitgeschreven
# fragment"): an outlet and a transcript word, the rest short capitalised labels
_BROADCASTER_RE = re.compile(r"(?:NOS|VRT|NPO|BNR|RTL|Radio\s*[12])\b")
_PAGE_KIND_RE = re.compile(
    r"(?i:transcript(?:ie)?|uitgeschreven\s+fragment|fragment|uitzending)(?:\s*\(\d+\s*min\.?\))?$"
)
_PROGRAMME_PART_RE = re.compile(r"[A-ZÀ-Þ0-9][\w'’]*(?:\s+[\w'’]+){0,3}$")
_PROGRAMME_SPLIT_RE = re.compile(_META_SPLIT_RE.pattern + r"|,\s+")  # a meta line's marks, commas
# a piece of a video or audio player's bar
_MEDIA_PART = re.compile(
    r"^(?:video\s+afspelen|(?:audio|fragment)\s+afspelen|ondertiteling\s+beschikbaar"
    r"|meer\s+video'?s|deel\s+(?:deze|dit)\s+(?:video|fragment|uitzending)"
    r"|(?:be)?luister\s+(?:(?:de|deze|naar\s+de)\s+uitzending\s*)?(?:terug)?|transcript(?:ie)?"
    r"|[▶►]?\s*(?:be)?luister\s+(?:het|de|dit|deze)\s+(?:volledige\s+)?(?:fragment|uitzending"
    r"|aflevering|gesprek)(?:\s*\(\d+\s*min\.?\))?"
    r"|[▶►]?\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?"
    r"|uitzending\s+van\s+\d{1,2}(?:[.:u]\d{2})?\s*uur)"
    r"(?:\s*[▶►]\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?)?\W*$",
    re.IGNORECASE,
)


# an author's name in capitals and a bullet before the copy: "LIEN VERMEIRE · De BRICS-landen"
_CAPS_AUTHOR_RE = re.compile(
    r"^[A-ZÀ-Þ]{2,}(?:[ -][A-ZÀ-Þ]{2,}){1,3}\s*[·•]\s+(?=[\"'“‘„(]?[A-ZÀ-Þ][a-zà-ÿ])"
)


def strip_line_prefix(line: str) -> str:
    """Remove furniture glued to the start of a line (header date, byline, counter). A dateline
    ("MOSKOU (ANP) - ") is the first words of the article's copy, not furniture: it stays.

    Applied until nothing changes, so "Bron: Belga 0 Tekst" ends as "Tekst".
    """
    for _ in range(6):
        before = line
        header = parse_header_date(line)
        if header is not None:
            rest = line[header.end :]
            if not rest.strip() or _HEADER_GLUE_RE.match(rest):
                line = rest.strip()
        byline = match_byline(line)
        if byline is not None:
            line = byline.rest
        kicker = _KICKER_RE.match(line)
        if kicker is not None:
            line = line[kicker.end() :]
            glue = _NO_SPACE_GLUE_RE.search(line, 0, 60)
            if glue is not None and is_bare_name(line[: glue.start()]):
                line = line[glue.start() :]  # "ANALYSE Tom PeetersOp het ...": the author glued
        caps = _CAPS_AUTHOR_RE.match(line)
        if caps is not None:
            line = line[caps.end() :]  # "LIEN VERMEIRE · De BRICS-landen ..."
        if line == before:
            break
    return line


def _is_call_to_action(line: str, low: str) -> bool:
    """An advertisement or fundraising call: addresses the reader and asks them to act."""
    if '"' in line or "“" in line or "”" in line or "„" in line:
        return False  # a quotation: someone in the news speaks
    if _IMPERATIVE_START.match(line) and len(line) <= 200 and not _ATTRIBUTION.search(line):
        actions = len(_CALL_TO_ACTION.findall(line))
        if actions >= 2 or (actions and len(line) <= 80):
            return True
    if not _SECOND_PERSON.search(low) or _ATTRIBUTION.search(line):
        return False  # no reader addressed, or someone quoted in the article: that is news
    actions = len(_CALL_TO_ACTION.findall(line))
    if not actions:
        return False
    you = len(_SECOND_PERSON.findall(low))
    score = you + 2 * actions + (2 if _READER_QUESTION.match(line) else 0)
    return score >= 5 or (len(line) <= 120 and score >= 3)


def _is_menu(line: str, words: list[str]) -> bool:
    if len(words) > 14:
        return False
    lowered = [w.lower() for w in words]
    social = sum(w in _SOCIAL_WORDS for w in lowered)
    if social >= 2 and social >= 0.6 * len(words):
        return True
    if social and social == len(words) <= 3:
        return True  # "WhatsApp", "E-mail" on lines of their own
    if _SHARE_LINE.match(line) and (len(words) <= 8 or (social >= 2 and len(words) <= 12)):
        return True  # "Deel dit artikel via Facebook, Twitter, LinkedIn of e-mail"
    if (_FOLLOW_LINE.match(line) or _COMMENTS_LINE.match(line)) and len(words) <= 8:
        return True
    if len(words) <= 6 and all(w in _NAV_WORDS for w in lowered):
        return True
    return len(_BREADCRUMB_SEP.findall(line)) >= 2 and not _SENTENCE_END_IN.search(line)


def _strip_photo_credit(line: str) -> str:
    """Drop a caption line that ends with a credit; cut the credit off a long paragraph."""
    if len(line) > 1000:
        return line
    low = line.lower()
    if not (
        "©" in low
        or "foto" in low
        or "beeld" in low
        or "(c)" in low
        or "copyright" in low
        or "photo" in low
        or "credit" in low
        or "illustratie" in low
    ):
        return line
    if _PHOTO_CREDIT_START.match(line) and len(line) <= 160:
        return ""
    m = _PHOTO_CREDIT_END.search(line)
    if m is None:
        return line
    credit = m.group()
    if not re.search(r"foto|beeld|©", credit, re.IGNORECASE):
        return line
    if len(line) <= 300:
        return ""  # a caption with its credit
    return line[: m.start() + (1 if credit[:1] in ".!?" else 0)].rstrip()


def _might_be_reading_time(low: str) -> bool:
    """Cheap substring test before the reading-time expression."""
    return (
        "lees" in low
        or "voorle" in low
        or "luister" in low
        or "gesproken" in low
        or ("min" in low and "lezen" in low)
    )


def _is_programme_line(line: str) -> bool:
    """ "De Wereld Vandaag – Radio 1 – transcript": see _PAGE_KIND_RE."""
    parts = [p.strip() for p in _PROGRAMME_SPLIT_RE.split(line) if p.strip()]
    if len(parts) < 2:
        return False
    outlets = [p for p in parts if _OUTLET_LINE.match(p)]
    kinds = [p for p in parts if _PAGE_KIND_RE.match(p)]
    # "De Ochtend | Radio 1": a programme beside a broadcaster needs no kind of page
    broadcast = any(_BROADCASTER_RE.match(p) for p in outlets) and len(parts) == 2
    return bool(outlets) and (bool(kinds) or broadcast) and all(
        p in outlets or p in kinds or _PROGRAMME_PART_RE.match(p) for p in parts
    )


def _is_kicker_byline(line: str) -> bool:
    """A genre kicker beside a byline or a bare author name: "Interview | Door Sarah Verlinden",
    "Column | Ruben Verhoeven", "Column – Marc Vandenbroucke"."""
    parts = [p.strip() for p in _META_SPLIT_RE.split(line) if p.strip()]
    kickers = [p for p in parts if _KICKER_LINE.match(p)]
    rest = [p for p in parts if not _KICKER_LINE.match(p)]
    return bool(kickers) and all(
        is_bare_name(p) or ((b := match_byline(p)) is not None and not b.rest) for p in rest
    )


def is_furniture_line(line: str) -> bool:
    """True when the whole line is page furniture (after glued prefixes were stripped)."""
    if not line or _NO_LETTERS.match(line):
        return True
    n = len(line)
    low = line.lower()
    if (
        n <= 250
        and _might_be_reading_time(low)
        and _READING_TIME.search(line)
        and (n <= 80 or _READING_TIME_NUMBER.search(line))
    ):
        return True
    if n <= 300 and _READ_TIP.match(line):
        return True
    if n <= 200 and (_AD_LINE.search(line) or _PAYWALL.match(line)):
        return True
    if n <= 200 and (_URL_LINE.match(line) or _HEADER_LINE.match(line)):
        return True
    if n <= 160 and (
        _REPUBLISHED.match(line) or _LIVE_BLOG_CLOSED.match(line) or _SERIES_LINE.match(line)
    ):
        return True
    if n <= 700 and "cookie" in low and _COOKIE_CONTEXT.search(line):
        return True
    if n <= 600 and _is_call_to_action(line, low):
        return True
    if n <= 200 and _is_menu(line, _words(line)):
        return True
    byline = match_byline(line)
    if byline is not None and not byline.rest:
        return True
    if n <= 20 and _KICKER_LINE.match(line):
        return True
    if n <= 90 and (_OUTLET_LINE.match(line) or _is_programme_line(line)):
        return True
    if n <= 80 and ("|" in line or " – " in line or " - " in line) and _is_kicker_byline(line):
        return True
    if n <= 120 and all(_MEDIA_PART.match(part) for part in _META_SPLIT_RE.split(line)):
        return True  # "Video afspelen | Ondertiteling beschikbaar", "Beluister de uitzending ▶"
    return match_meta_line(line) is not None


def _is_teaser(line: str) -> bool:
    """A teaser headline in a "MEEST GELEZEN" list: short, not a full body sentence."""
    if len(line) > 140:
        return False
    words = line.split()
    return not (len(words) >= 12 and line[-1:] in '.!"”')


def remove_furniture(paragraphs: list[str]) -> list[str]:
    """Remove page furniture line by line; paragraphs left empty disappear."""
    out: list[str] = []
    skipping_teasers = False
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        kept: list[str] = []
        in_list = False  # teaser list inside this paragraph
        for raw in lines:
            line = _strip_photo_credit(strip_trailing_agency(strip_line_prefix(raw.strip())))
            if is_furniture_line(line):
                continue
            if skipping_teasers and len(lines) == 1 and _is_teaser(line):
                continue  # one teaser per paragraph after a heading standing alone
            skipping_teasers = False
            if in_list and _is_teaser(line):
                continue
            in_list = False
            if _TEASER_HEADING.match(line):
                if len(lines) == 1:
                    skipping_teasers = True
                else:
                    in_list = True
                continue
            kept.append(line)
        if kept:
            out.append("\n".join(kept))
    if out and len(out[-1]) <= 200 and _AUTHOR_NOTE.match(out[-1]):
        out.pop()  # "Marjolein Brinkman is columnist van deze krant." under a column
    return out


# ---------------------------------------------------------------------------------------------
# repeated passages

_ABBREVIATIONS = _wordset(
    "dhr mr mevr mw dr drs ir ing prof st nr nrs ca bijv bv vgl zgn zg resp evt incl excl "
    "o.a e.a e.d m.a.w d.w.z i.p.v t.o.v a.s j.l jl blz p ca vs etc enz min mln mld mrd"
)
# a sentence end: punctuation, closing quotes/brackets, whitespace, then a capital or digit
_SENTENCE_SPLIT = re.compile(r"[.!?…][\"'”’»)\]]*(\s+)(?=[\"'“‘„«(\[]?[A-ZÀ-Þ0-9])")
_KEY_STRIP = " \"'“”‘’„«»()[]"
_MIN_KEY_CHARS = 25  # shorter sentences ("Dat zei hij.") repeat by chance
_MOSTLY_REPEATED = 0.8


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (Dutch abbreviations and initials kept together)."""
    sentences: list[str] = []
    start = 0
    for m in _SENTENCE_SPLIT.finditer(text):
        end = m.start(1)
        if text[end - 1] == "." and _ends_with_abbreviation(text[max(start, end - 12) : end]):
            continue
        sentences.append(text[start:end])
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _ends_with_abbreviation(chunk: str) -> bool:
    """ "... Dr." / "o.a." / "J." : a period that does not end the sentence."""
    parts = chunk.rsplit(None, 1)
    word = parts[-1].lstrip("(").lower() if parts else ""
    return word[:-1] in _ABBREVIATIONS or (len(word) == 2 and word[0].isalpha())


def _sentence_key(sentence: str) -> str:
    """Case and surrounding quotes/brackets do not make a sentence new."""
    return sentence.lower().strip(_KEY_STRIP)


def remove_repeated_passages(paragraphs: list[str]) -> list[str]:
    """Keep passages repeated inside one article once.

    A paragraph whose sentences all appeared before is dropped; one that is mostly
    (>= 80 % of its text) earlier sentences keeps only its new sentences. Linear: hash sets.
    """
    return _remove_repeats(paragraphs)[0]


def _remove_repeats(paragraphs: list[str]) -> tuple[list[str], bool]:
    """remove_repeated_passages, also telling whether a paragraph was trimmed (not dropped)."""
    seen: set[str] = set()
    out: list[str] = []
    trimmed = False
    for paragraph in paragraphs:
        lines = [split_sentences(line) for line in paragraph.split("\n")]
        keys = [[_sentence_key(s) for s in line] for line in lines]
        total = repeated = 0
        for line_keys in keys:
            for key in line_keys:
                if len(key) >= _MIN_KEY_CHARS:
                    total += len(key)
                    if key in seen:
                        repeated += len(key)
        if total and repeated == total:
            continue
        if repeated and repeated >= _MOSTLY_REPEATED * total:
            trimmed = True
            kept_lines = []
            for line, line_keys in zip(lines, keys, strict=True):
                kept = [
                    s for s, k in zip(line, line_keys, strict=True)
                    if len(k) < _MIN_KEY_CHARS or k not in seen
                ]  # fmt: skip
                if kept:
                    kept_lines.append(" ".join(kept))
            paragraph = "\n".join(kept_lines)
        for line_keys in keys:
            seen.update(k for k in line_keys if len(k) >= _MIN_KEY_CHARS)
        if paragraph:
            out.append(paragraph)
    return out, trimmed


# ---------------------------------------------------------------------------------------------


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Furniture, then repeats. A paragraph trimmed to its new sentences is a new text, so both
    run again then (rare); that keeps cleaning idempotent: cleaning twice changes nothing."""
    cleaned, trimmed = _remove_repeats(remove_furniture(paragraphs))
    for _ in range(3):
        if not trimmed:
            break
        cleaned, trimmed = _remove_repeats(remove_furniture(cleaned))
    return cleaned


def clean_body(text: str) -> str:
    """Normalise, split paragraphs, remove furniture and repeats, join with a blank line."""
    return "\n\n".join(clean_paragraphs(split_paragraphs(normalize_text(text))))
