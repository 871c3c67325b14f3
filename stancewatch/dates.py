"""Dutch dates as news text writes them: "15 juli 2025", "15-07-2025", "juli 2025", "3 juli".

Regular expressions find the candidates; Dutch month names come from dateparser's maintained
`nl` locale (plus a few spellings it lacks). dateparser itself (about 1 ms per call, so cached)
converts header values the expressions do not know, such as "Tue, 15 Jul 2025 10:00:00 +0200".
A date is never invented: a day without a year is only returned when the year is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

_MIN_YEAR = 1900
_MAX_YEAR = 2100

_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# spellings Dutch/Flemish newsrooms use that dateparser's nl locale does not list
_EXTRA_MONTHS = {"sept": 9, "febr": 2, "maa": 3}
_WEEKDAYS_NL = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "do", "vr", "za", "zo",
)  # fmt: skip


def _load_month_names() -> dict[str, int]:
    """Dutch month names and abbreviations, from dateparser's locale data when available."""
    names: dict[str, int] = {}
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale("nl").info
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in info.get(key, []):
                names[name.lower().rstrip(".")] = number
    except Exception:  # pragma: no cover - dateparser data missing: fall back to the table
        pass
    fallback = [
        "januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
        "augustus aug", "september sep", "oktober okt", "november nov", "december dec",
    ]  # fmt: skip
    for number, group in enumerate(fallback, start=1):
        for name in group.split():
            names.setdefault(name, number)
    for name, number in _EXTRA_MONTHS.items():
        names.setdefault(name, number)
    return names


MONTHS: dict[str, int] = _load_month_names()
# the full names (the longest name of each month), safe without a day in front: "juli 2025"
_FULL_MONTHS = sorted(
    {max((n for n in MONTHS if MONTHS[n] == k), key=len) for k in range(1, 13)},
    key=len,
    reverse=True,
)
_ALL_MONTHS = sorted(MONTHS, key=len, reverse=True)

_MONTH = r"(?:" + "|".join(_ALL_MONTHS) + r")\b\.?"
_FULL_MONTH = r"(?:" + "|".join(_FULL_MONTHS) + r")\b"
# an abbreviated month with its period may also stand before a year: "okt. 2024"
_MONTH_BEFORE_YEAR = r"(?:" + _FULL_MONTH + r"|(?:" + "|".join(_ALL_MONTHS) + r")\.)"
_SP = r"[^\S\n]+"  # spaces, not a line break
_DAY = r"(?<![\d.,/:-])(\d{1,2})(?:ste|de|e)?"
_YEAR = r"(\d{4}|['’]\d{2})(?![\d])"

# Every form holds a digit, so the scan is guarded by a look-ahead for one: most positions of an
# article fail at once. "juli 2025" is found from its year, then the month before it is checked.
_DATE_RE = re.compile(
    r"(?=[\d'’])(?:"
    + "|".join(
        (
            rf"(?P<dmy>{_DAY}{_SP}(?P<dmy_m>{_MONTH}){_SP}{_YEAR})",
            r"(?P<iso>(?<![\d.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d]))",
            r"(?P<num>(?<![\d.,/-])(\d{1,2})(?P<sep>[-/.])(\d{1,2})(?P=sep)(\d{4})"
            r"(?![\d]|[-/.]\d))",
            r"(?P<isom>(?<![\d.,/-])(\d{4})-(\d{2})(?![\d]|-\d))",
            rf"(?P<dm>{_DAY}{_SP}(?P<dm_m>{_MONTH}))",
            r"(?P<year>(?<![\d.,/-])\d{4}(?![\d])|['’]\d{2}(?![\d]))",
        )
    )
    + ")",
    re.IGNORECASE,
)
_MONTH_BEFORE_YEAR_RE = re.compile(rf"\b(?:{_MONTH_BEFORE_YEAR}){_SP}$", re.IGNORECASE)
_MONTH_LOOKBACK = max(map(len, MONTHS)) + 4
_HEADER_RE = re.compile(
    r"^\s*(?:date|datum|published|publicatiedatum|publication[ _]date|pubdate"
    r"|gepubliceerd(?:\s+op)?|geplaatst(?:\s+op)?)\s*[:=]?\s*"
    r"(?:(?:" + "|".join(_WEEKDAYS_NL) + r")\b\.?,?\s*)?",
    re.IGNORECASE,
)
# anchored month-year for header values ("date: juli 2025"), where no scan is needed
_MONTH_YEAR_RE = re.compile(
    rf"(?P<my>(?P<my_m>{_MONTH_BEFORE_YEAR}){_SP}{_YEAR})", re.IGNORECASE
)
_YEAR_ONLY_RE = re.compile(r"(\d{4})(?![\d]|[-/.]\d)")
_HAS_YEAR_RE = re.compile(r"(?<!\d)(?:19|20|21)\d{2}(?!\d)")


@dataclass(frozen=True)
class FoundDate:
    """A date found in text. `value` is the first day of the month/year when less precise."""

    value: date
    precision: str  # "day" | "month" | "year"
    start: int
    end: int
    text: str
    year_stated: bool = True  # False when the year came from elsewhere ("3 juli")


def _year(token: str) -> int:
    if token[0] in "'’":
        short = int(token[1:])
        return 2000 + short if short <= 69 else 1900 + short
    return int(token)


def _make(year: int, month: int, day: int) -> date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None  # 31 februari, month 13, ...


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _convert(m: re.Match[str]) -> tuple[date | None, str, int | None, int | None, int]:
    """Turn one regex match into (date, precision, month, day, start).

    Year-less days give date None with month and day set; a bare year gives month None unless
    a month name stands right before it ("juli 2025"), then `start` moves back to the month.
    """
    kind = m.lastgroup
    g = m.groups()
    base = m.re.groupindex[kind] if kind else 0
    start = m.start()
    if kind == "dmy":
        day, month, year = int(g[base]), _month_number(g[base + 1]), _year(g[base + 2])
        return _make(year, month, day), "day", month, day, start
    if kind == "iso":
        year, month, day = int(g[base]), int(g[base + 1]), int(g[base + 2])
        return _make(year, month, day), "day", month, day, start
    if kind == "num":
        day, month, year = int(g[base]), int(g[base + 2]), int(g[base + 3])
        return _make(year, month, day), "day", month, day, start
    if kind == "isom":
        year, month = int(g[base]), int(g[base + 1])
        return _make(year, month, 1), "month", month, 1, start
    if kind == "my":
        month, year = _month_number(g[base]), _year(g[base + 1])
        return _make(year, month, 1), "month", month, 1, start
    if kind == "year":
        before = _MONTH_BEFORE_YEAR_RE.search(m.string, max(0, start - _MONTH_LOOKBACK), start)
        if before is None:
            return None, "year", None, None, start
        month = _month_number(before.group().strip())
        return _make(_year(m.group()), month, 1), "month", None, None, before.start()
    # "dm": day and month, the year comes later
    day, month = int(g[base]), _month_number(g[base + 1])
    if _make(2000, month, day) is None:  # 2000 is a leap year: 29 februari stays possible
        return None, "day", None, None, start
    return None, "day", month, day, start


def find_dates(text: str, reference_year: int | None = None) -> list[FoundDate]:
    """All dates in `text`, in order of appearance.

    A day without a year ("3 juli") takes `reference_year`, else the year of the nearest date
    in the text that states one, else it is skipped. Impossible dates are ignored.
    """
    stated: list[FoundDate] = []
    yearless: list[tuple[re.Match[str], int, int]] = []
    for m in _DATE_RE.finditer(text):
        value, precision, month, day, start = _convert(m)
        if value is not None:
            stated.append(FoundDate(value, precision, start, m.end(), text[start : m.end()]))
        elif month is not None and day is not None:
            yearless.append((m, month, day))
    if not yearless:
        return stated
    found = list(stated)
    for m, month, day in yearless:
        year = reference_year if reference_year is not None else _nearest_year(stated, m.start())
        if year is None:
            continue
        value = _make(year, month, day)
        if value is not None:
            found.append(FoundDate(value, "day", m.start(), m.end(), m.group(), False))
    found.sort(key=lambda d: d.start)
    return found


def _nearest_year(stated: list[FoundDate], position: int) -> int | None:
    if not stated:
        return None
    nearest = min(stated, key=lambda d: abs(d.start - position))
    return nearest.value.year


def parse_header_date(line: str) -> FoundDate | None:
    """The date of a header line such as " date 2021-04" or "Datum: dinsdag 15 juli 2025".

    The date must follow the keyword directly; text glued after it (the first sentence of the
    article) is left alone, so `end` tells the caller where the body starts.
    """
    header = _HEADER_RE.match(line)
    if header is None:
        return None
    pos = header.end()
    m = _DATE_RE.match(line, pos) or _MONTH_YEAR_RE.match(line, pos)
    if m is not None:
        value, precision, _, _, _ = _convert(m)
        if value is not None:
            return FoundDate(value, precision, m.start(), m.end(), m.group())
    m = _YEAR_ONLY_RE.match(line, pos)
    if m is not None:
        value = _make(int(m.group(1)), 1, 1)
        if value is not None:
            return FoundDate(value, "year", m.start(), m.end(), m.group())
    rest = line[pos:].strip()
    if not rest or len(rest) > 60:
        return None
    parsed = _dateparser_date(rest)
    if parsed is None:
        return None
    start = line.index(rest, pos)
    return FoundDate(parsed[0], parsed[1], start, start + len(rest), rest)


@lru_cache(maxsize=4096)
def _dateparser_date(value: str) -> tuple[date, str] | None:
    """dateparser for header values in other formats (RFC 2822, English); needs a stated year."""
    if not _HAS_YEAR_RE.search(value):
        return None  # dateparser would fill in the current year: never invent one
    data = _date_data_parser().get_date_data(value)
    if data.date_obj is None:
        return None
    period = data.period if data.period in ("day", "month", "year") else "day"
    found = data.date_obj.date()
    if period == "month":
        found = found.replace(day=1)
    elif period == "year":
        found = found.replace(month=1, day=1)
    if not _MIN_YEAR <= found.year <= _MAX_YEAR:
        return None
    return found, period


@lru_cache(maxsize=1)
def _date_data_parser() -> DateDataParser:
    """One parser for all header values: building it loads the locale data."""

    return DateDataParser(
        languages=["nl", "en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"},
    )
