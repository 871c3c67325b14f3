"""The learned target layer: its features, the weights file, and the US row it adds to a
statement the rules gave no US target (stancewatch/learned_target.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import polars as pl
import pytest

from stancewatch.learned import INTERCEPT
from stancewatch.learned_target import (
    TARGET_CSV,
    THRESHOLD,
    TargetModel,
    added_us_stance,
    load_target_model,
    shipped_target_model,
    target_features,
    write_target_model,
)
from stancewatch.sentiment import Evidence
from stancewatch.stance import TargetStance
from stancewatch.train import analyse_texts

BODY = (
    "Washington kondigde nieuwe sancties aan tegen Rusland. De Verenigde Staten willen druk "
    "zetten. Lavrov zei dat Georgië een Amerikaans protectoraat wordt. Later sprak hij over "
    "Iran, zonder verdere uitleg."
)


def _statement(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


def test_target_features_say_where_the_us_is_named_and_where_the_targets_came_from() -> None:
    start, end = _statement("Georgië een Amerikaans protectoraat wordt")
    f = target_features(
        BODY,
        start,
        end,
        speaker="Lavrov",
        kind="indirect",
        rows=[("Georgia", "Georgië", False, "negative")],
    )
    assert f["src:intext"] == 1.0 and f["o:Georgia"] == 1.0 and f["rs:negative"] == 1.0
    assert f["adj_us"] == 1.0  # "Amerikaans" in the statement
    assert f["us_before<100"] == 1.0 and "us_after<800" not in f  # named just before, not after
    assert f["us_count"] == pytest.approx(math.log1p(2))
    assert f["prev_us"] == 1.0 and "prev_other" not in f
    assert f["speaker:Lavrov"] == 1.0 and f["w:protectoraat"] == 1.0
    assert all(v != 0 for v in f.values())  # zeros are left out


def test_target_features_tell_a_context_target_from_one_in_the_statement() -> None:
    start, end = _statement("zonder verdere uitleg")
    rows = [("Iran", "Iran", False, "neutral")]
    f = target_features(BODY, start, end, speaker="Lavrov", kind="indirect", rows=rows)
    assert f["src:context"] == 1.0 and "src:intext" not in f and "adj_us" not in f
    none = target_features(BODY, start, end, speaker="", kind="", rows=[("none", "", False, "x")])
    assert none["src:none"] == 1.0 and not any(k.startswith("o:") for k in none)


def test_target_model_gives_a_logistic_probability() -> None:
    m = TargetModel({"adj_us": 2.0, "src:intext": -1.0}, -0.5)
    assert m.probability({}) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert m.probability({"adj_us": 1.0, "w:onbekend": 1.0}) == pytest.approx(
        1 / (1 + math.exp(-1.5))
    )
    assert m.probability({"src:intext": 1000.0}) == 0.0  # no overflow
    p, reasons = m.decide({"adj_us": 1.0, "src:intext": 1.0, "w:onbekend": 1.0})
    assert p == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert reasons == ("adj_us +2.00",)  # only what pushed toward the US, strongest first


def test_target_weights_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_target_model(path, ["adj_us", "w:zero", "cp:US"], [1.25, 0.00001, -0.5], 0.3, ["note"])
    assert path.read_text(encoding="utf-8").startswith("# note\nfeature,weight\n(intercept),0.3")
    m = load_target_model(path)
    assert m.intercept == 0.3 and m.weights == {"adj_us": 1.25, "cp:US": -0.5}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("feature,w\n", "header"),
        ("feature,weight\nadj_us,1\n", "no \\(intercept\\) row"),
        ("feature,weight\n(intercept),0\nadj_us,x\n", "row 3"),
        ("feature,weight\n(intercept),0\nadj_us,inf\n", "finite"),
    ],
)
def test_a_broken_target_weights_file_is_refused_with_its_fault(
    tmp_path: Path, body: str, message: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_target_model(path)


def test_shipped_target_weights_record_their_training() -> None:
    head = TARGET_CSV.read_text(encoding="utf-8").splitlines()[:8]
    assert any("stancewatch train-stance" in line for line in head)
    m = shipped_target_model()
    assert INTERCEPT not in m.weights and len(m.weights) > 100
    for name in ("adj_us", "cp:US", "src:intext", "src:context", "us_count"):
        assert name in m.weights
    assert m.weights["adj_us"] > 0  # "Amerikaans" in the statement speaks for the US


def test_added_us_row_keeps_the_statements_evidence_but_not_another_targets_context() -> None:
    start, end = _statement("Georgië een Amerikaans protectoraat wordt")
    own = Evidence("protectoraat", -0.4, "domain")
    context = Evidence("context: 2 other statements by Lavrov on Georgia", -0.5, "context")
    rules = [TargetStance("Georgia", "Georgië", -0.45, 0.6, "negative", (own, context))]
    row = added_us_stance(BODY, start, end, rules, 0.71)
    assert row.target == "US" and row.implied
    assert row.mention == "Verenigde Staten"  # the nearest US mention before the statement
    assert row.polarity == pytest.approx(-0.4)
    assert [e.source for e in row.evidence] == ["domain", "target"]
    assert row.evidence[-1].words == "target layer: about the US (p 0.71)"
    assert row.evidence[-1].polarity == 0.0


ARTICLE = (
    "Moskou hekelt steun aan Tbilisi\n date 2008-09-02\n"
    "De Verenigde Staten sturen hulp naar Georgië, en Washington wil de Georgische regering "
    "steunen. De Amerikaanse vloot is in de Zwarte Zee. De Verenigde Staten spreken van "
    "humanitaire hulp. 'Georgië wordt een Amerikaans protectoraat, en dat is onaanvaardbaar', "
    "zei de Russische minister van Buitenlandse Zaken Sergej Lavrov dinsdag.\n"
)


def _stances(text: str, *, learned: bool) -> pl.DataFrame:
    _articles, rejected, _statements, stances = analyse_texts({"a.txt": text}, learned=learned)
    assert rejected.is_empty()
    return stances


def test_pipeline_adds_a_us_row_to_a_statement_about_the_us_that_names_another_country() -> None:
    rules = _stances(ARTICLE, learned=False)
    assert "US" not in rules.get_column("target").to_list()  # the rules see only Georgia
    learned = _stances(ARTICLE, learned=True)
    assert learned.height == rules.height + 1
    us = learned.filter(pl.col("target") == "US").row(0, named=True)
    assert us["target_implied"] and us["target_mention"] == "Verenigde Staten"
    evidence = json.loads(us["evidence"])
    note = next(e for e in evidence if e["source"] == "target")
    p_us = note["words"].split("(p ", 1)[1].split(":", 1)[0]
    assert float(p_us) >= THRESHOLD and note["words"].count(" +") == 3  # its three reasons
    assert us["stance"] == "negative"
    # the rules' own row toward Georgia is still there, unchanged in its rules' reading
    georgia = learned.filter(pl.col("target") == "Georgia")
    assert georgia.get_column("rule_stance").to_list() == rules.filter(
        pl.col("target") == "Georgia"
    ).get_column("stance").to_list()


def test_pipeline_adds_no_us_row_where_the_us_is_nowhere_in_the_article() -> None:
    text = (
        "Moskou over Tbilisi\n date 2008-09-02\n"
        "'Georgië moet zijn troepen terugtrekken, dat is onaanvaardbaar', zei de Russische "
        "minister van Buitenlandse Zaken Sergej Lavrov dinsdag over de Georgische regering.\n"
    )
    assert "US" not in _stances(text, learned=True).get_column("target").to_list()
