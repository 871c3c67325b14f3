"""Dutch dates in running text and in header lines."""

from __future__ import annotations

from datetime import date

import pytest

from stancewatch.dates import MONTHS, FoundDate, find_dates, parse_header_date


def _values(text: str, reference_year: int | None = None) -> list[tuple[str, str]]:
    return [(d.value.isoformat(), d.precision) for d in find_dates(text, reference_year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov sprak op 15 juli 2025 in Peking.", [("2025-07-15", "day")]),
        ("verklaarde hij dinsdag (15 juli 2025) in Peking", [("2025-07-15", "day")]),
        ("Op 15-07-2025 was het zover.", [("2025-07-15", "day")]),
        ("Op 15/7/2025 was het zover.", [("2025-07-15", "day")]),
        ("Op 5.7.2025 was het zover.", [("2025-07-05", "day")]),
        ("Gepland voor 2025-07-15.", [("2025-07-15", "day")]),
        ("Rapport van 2021-04 over sancties", [("2021-04-01", "month")]),
        ("In juli 2025 belde Trump.", [("2025-07-01", "month")]),
        ("Sinds maart 2022 is alles anders.", [("2022-03-01", "month")]),
        ("Het akkoord van 1 okt. 2024 hield stand.", [("2024-10-01", "day")]),
        ("Het akkoord van 1 okt 2024 hield stand.", [("2024-10-01", "day")]),
        ("Op 12 SEPTEMBER 2023 viel het.", [("2023-09-12", "day")]),
        ("Op 1ste januari 2020.", [("2020-01-01", "day")]),
        ("Op 3 sept. 2021 en in sept. 2021.", [("2021-09-03", "day"), ("2021-09-01", "month")]),
        ("Op 9 mrt. 2022 begon het.", [("2022-03-09", "day")]),
        ("Op 15 juli '25 was het zover.", [("2025-07-15", "day")]),
        ("Op 29 februari 2024 (schrikkeljaar).", [("2024-02-29", "day")]),
    ],
)
def test_dutch_date_forms_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Op 31 februari 2025 gebeurde niets.",
        "Op 29 februari 2023 gebeurde niets.",
        "Op 32-01-2025 gebeurde niets.",
        "Het seizoen 2020-21 en de periode 2021-2022.",
        "Er waren 1.234.567 stemmen en 15,5 procent.",
        "Jan Jansen en Mei Li waren er.",
        "In juni 1500 soldaten ingezet.",
        "Telefoonnummer 06-1234-5678.",
        "Versie 1.2.3 van de software.",
        "Nummer 13-13-2025 bestaat niet.",
    ],
)
def test_things_that_are_no_valid_date_are_ignored(text: str) -> None:
    assert find_dates(text) == []


def test_day_without_year_takes_the_year_of_another_date_in_the_text() -> None:
    found = find_dates("Lavrov sprak op 15 juli 2025. Poetin belde Trump op 3 juli.")
    assert [(d.value, d.year_stated) for d in found] == [
        (date(2025, 7, 15), True),
        (date(2025, 7, 3), False),
    ]


def test_day_without_year_takes_the_nearest_stated_year() -> None:
    text = "In maart 2014 annexeerde Rusland de Krim. ... Op 3 juli 2025 belde hij, en op 4 juli."
    assert find_dates(text)[-1].value == date(2025, 7, 4)


def test_day_without_year_uses_the_reference_year_when_given() -> None:
    assert _values("Op 3 juli belde Poetin.", reference_year=2024) == [("2024-07-03", "day")]


def test_day_without_any_known_year_is_skipped() -> None:
    assert find_dates("Poetin belde Trump op 3 juli.") == []


def test_impossible_day_without_year_is_skipped_even_with_a_year() -> None:
    assert find_dates("Op 31 april belde hij.", reference_year=2025) == []


def test_spans_point_at_the_date_text() -> None:
    text = "verklaarde dinsdag (15 juli 2025) in Peking; eerder in maart 2022"
    for found in find_dates(text):
        assert text[found.start : found.end] == found.text
    assert [d.text for d in find_dates(text)] == ["15 juli 2025", "maart 2022"]


def test_dates_come_in_order_of_appearance() -> None:
    found = find_dates("Op 4 juli belde hij. Op 1 juli 2025 niet. In juni 2025 wel, op 2 juli.")
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert len(found) == 4


def test_date_at_a_line_break_does_not_join_lines() -> None:
    assert _values("Op 15 juli\n2025 staat op een nieuwe regel") == []


def test_month_names_come_with_abbreviations() -> None:
    assert MONTHS["juli"] == MONTHS["jul"] == 7
    assert MONTHS["oktober"] == MONTHS["okt"] == 10
    assert MONTHS["maart"] == MONTHS["mrt"] == 3
    assert MONTHS["sept"] == 9


# --- header lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value", "precision"),
    [
        (" date 2021-04", date(2021, 4, 1), "month"),
        (" date 2021-04 Het Kremlin heeft positief gereageerd", date(2021, 4, 1), "month"),
        ("Datum: 15 juli 2025", date(2025, 7, 15), "day"),
        ("Datum: dinsdag 15 juli 2025, 14:32", date(2025, 7, 15), "day"),
        ("date: 2025-07-15", date(2025, 7, 15), "day"),
        ("date 2021", date(2021, 1, 1), "year"),
        ("Gepubliceerd op 3-7-2025", date(2025, 7, 3), "day"),
        ("Published: juli 2025", date(2025, 7, 1), "month"),
        ("date: Tue, 15 Jul 2025 10:00:00 +0200", date(2025, 7, 15), "day"),
        ("date: July 2025", date(2025, 7, 1), "month"),
    ],
)
def test_header_date_lines_are_read(line: str, value: date, precision: str) -> None:
    found = parse_header_date(line)
    assert isinstance(found, FoundDate)
    assert (found.value, found.precision) == (value, precision)
    assert line[found.start : found.end] == found.text


def test_header_date_end_marks_where_glued_text_starts() -> None:
    line = " date 2021-04 Het Kremlin heeft positief gereageerd"
    found = parse_header_date(line)
    assert found is not None
    assert line[found.end :].strip() == "Het Kremlin heeft positief gereageerd"


@pytest.mark.parametrize(
    "line",
    [
        "Het Kremlin reageerde op 15 juli 2025.",
        "Datum: gisteren",
        "date: Tue 15 Jul",  # no year: dateparser would invent the current one
        "Dateline Moskou",
        "De datum van 15 juli 2025 ligt vast.",
        "",
    ],
)
def test_lines_without_a_header_date_give_none(line: str) -> None:
    assert parse_header_date(line) is None
