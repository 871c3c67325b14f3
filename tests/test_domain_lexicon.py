"""The domain data added for issue #4: general word classes in data/lexicon.csv and the ways Dutch
news names an addressee in data/targets.csv. Each test names the behaviour a class of rows gives;
the sentences are made up for the test, not taken from the held-out articles."""

import pytest

from stancewatch.sentiment import STANCE_THRESHOLDS
from stancewatch.stance import stances_for_statement
from stancewatch.targets import find_targets

NEG, POS = STANCE_THRESHOLDS


def labels(text: str) -> list[str]:
    return [t.target for t in find_targets(text)]


def stance_toward(text: str, target: str, speaker: str = "Lavrov") -> str:
    found = {s.target: s.stance for s in stances_for_statement(text, 0, len(text), speaker)}
    return found.get(target, "missing")


# --- targets.csv -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Het Georgische leger trok de stad binnen.", "Georgia"),
        ("Saakasjvili heeft de oorlog gewild.", "Georgia"),
        ("Saakashvili's regering viel.", "Georgia"),
        ("De Georgiërs zijn begonnen.", "Georgia"),
        ("Het is aan de regering in Damascus om dit op te lossen.", "Syria"),
        ("Assad blijft aan de macht.", "Syria"),
        ("De Syrische regering heeft ingestemd.", "Syria"),
        ("Het rapport van het JIT is politiek.", "JIT"),
        ("Het Internationaal Strafhof heeft geen gezag.", "ICC"),
        ("De aanval werd door de rebellen uitgevoerd.", "rebels"),
        ("Maia Sandu voert een anti-Russische koers.", "Moldova"),
    ],
)
def test_neighbouring_states_courts_and_armed_groups_are_named_targets(
    text: str, expected: str
) -> None:
    assert expected in labels(text)


def test_a_states_warships_and_bases_make_it_the_target() -> None:
    assert labels("De Amerikaanse oorlogsschepen voor de kust zorgen voor spanning.") == ["US"]
    assert labels("De Britse vliegtuigen vlogen boven de Zwarte Zee.") == ["UK"]
    assert labels("Er komen nieuwe Amerikaanse militaire bases in Polen.") == ["US", "Poland"]


def test_a_syrian_army_unit_in_a_military_report_is_no_addressee() -> None:
    # no Syria adjective row: a Russian ally's forces described in a report are not addressed
    assert labels("De Syrische luchtafweer heeft de raketten onderschept.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Moskou dreigt de leveringen aan landen die de maatregel toepassen stop te zetten.",
        "Alle landen die sancties hebben ingesteld, zullen dat merken.",
        "Wij verkopen geen olie aan landen die het prijsplafond steunen.",
    ],
)
def test_countries_imposing_a_measure_are_the_sanctioning_coalition(text: str) -> None:
    assert "coalition" in labels(text)


def test_countries_doing_anything_else_are_no_coalition() -> None:
    assert "coalition" not in labels("Er zijn twee landen die handel drijven.")
