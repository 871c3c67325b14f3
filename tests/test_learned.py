"""The learned stance layer: features, the weights file, decisions with their evidence, and the
training that writes the weights (stancewatch/learned.py, stancewatch/train.py)."""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl
import pytest

from stancewatch.learned import (
    DENSE,
    INTERCEPT,
    MODEL_CSV,
    STANCES,
    StanceModel,
    features,
    load_model,
    shipped_model,
    write_model,
)
from stancewatch.sentiment import Evidence
from stancewatch.train import analyse_texts

TESTS = Path(__file__).parent


def _feats(text: str = "Dat is onaanvaardbaar", **kw: object) -> dict[str, float]:
    args: dict = dict(
        speaker="Peskov",
        kind="direct",
        target="US",
        rule_stance="negative",
        polarity=-0.8,
        subjectivity=0.9,
        evidence=(Evidence("onaanvaardbaar", -0.8, "domain"),),
        implied=False,
        n_targets=1,
    )
    args.update(kw)
    return features(text, **args)


def test_features_hold_words_word_pairs_speaker_and_the_rules_reading() -> None:
    f = _feats()
    assert f["w:onaanvaardbaar"] == 1.0 and f["b:is onaanvaardbaar"] == 1.0
    assert f["speaker:Peskov"] == 1.0
    assert f["rule:negative"] == DENSE and "rule:positive" not in f
    assert f["polarity"] == pytest.approx(-0.8 * DENSE)
    assert f["source:domain"] == DENSE and f["source_sum:domain"] == pytest.approx(-0.8 * DENSE)
    assert f["target:US"] == DENSE and "several_targets" not in f


def test_features_fold_case_and_name_the_target_kind() -> None:
    assert "w:washington" in _feats("WASHINGTON liegt")
    assert _feats(target="NATO")["target:other"] == DENSE
    assert _feats(target="none")["target:none"] == DENSE
    assert _feats(n_targets=2)["several_targets"] == DENSE


def _toy_model() -> StanceModel:
    return StanceModel(
        {"w:vijandig": (2.0, 0.0, -2.0), "w:vriendschap": (-1.0, 0.0, 1.5)},
        (0.0, 0.5, 0.0),
    )


def test_model_picks_the_stance_with_the_highest_probability() -> None:
    m = _toy_model()
    assert m.predict({"w:vijandig": 1.0})[0] == "negative"
    assert m.predict({"w:vriendschap": 1.0})[0] == "positive"
    label, p = m.predict({"w:onbekend": 1.0})  # unknown features weigh nothing
    assert label == "neutral"
    assert p == pytest.approx(math.exp(0.5) / (math.exp(0.5) + 2))


def test_model_explains_a_decision_by_the_features_that_pushed_it() -> None:
    ev = _toy_model().explain({"w:vijandig": 1.0, "w:vriendschap": 1.0, "w:niets": 1.0})
    assert [(e.words, e.polarity, e.source) for e in ev] == [
        ("vijandig", -4.0, "learned"),
        ("vriendschap", 2.5, "learned"),
    ]


def test_weights_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    write_model(
        path,
        ["w:a", "w:b", "w:zero"],
        [[1.0, 0.0, 0.0], [0.0, 0.0, 0.0], [-1.0, 2.0, 0.0]],
        [0.1, 0.2, 0.3],
        ["a note"],
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# a note\nfeature,negative,neutral,positive\n(intercept),")
    m = load_model(path)
    assert m.intercept == (0.1, 0.2, 0.3)
    assert m.weights == {"w:a": (1.0, 0.0, -1.0), "w:b": (0.0, 0.0, 2.0)}  # w:zero left out


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("feature,neg,neu,pos\n", "header"),
        ("feature,negative,neutral,positive\nw:a,1,2,3\n", "no \\(intercept\\) row"),
        ("feature,negative,neutral,positive\n(intercept),0,0,0\nw:a,1,x,3\n", "row 3"),
        ("feature,negative,neutral,positive\n(intercept),0,0,0\nw:a,1,nan,3\n", "finite"),
    ],
)
def test_a_broken_weights_file_is_refused_with_its_fault(
    tmp_path: Path, body: str, message: str
) -> None:
    path = tmp_path / "m.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_model(path)


def test_shipped_weights_cover_the_rules_features_and_record_their_training() -> None:
    m = shipped_model()
    head = MODEL_CSV.read_text(encoding="utf-8").splitlines()[:8]
    assert any("stancewatch train-stance" in line for line in head)
    assert any("hand-labelled sets" in line for line in head)
    for name in ("rule:negative", "rule:neutral", "rule:positive", "polarity", "target:US"):
        assert name in m.weights
    assert len(m.weights) > 1000 and INTERCEPT not in m.weights
    assert all(math.isfinite(v) for w in m.weights.values() for v in w)


def _stances(text: str, *, learned: bool) -> pl.DataFrame:
    _articles, rejected, _statements, stances = analyse_texts({"a.txt": text}, learned=learned)
    assert rejected.is_empty()
    return stances


ARTICLE = (
    "Kremlin reageert op sancties\n date 2024-03-01\n"
    "Het Kremlin heeft de nieuwe Amerikaanse sancties veroordeeld. 'Dit is een vijandige daad "
    "van Washington, en wij zullen passend reageren', zei woordvoerder Dmitri Peskov vrijdag.\n"
)


def test_pipeline_keeps_the_rules_stance_beside_the_learned_one() -> None:
    learned = _stances(ARTICLE, learned=True)
    rules = _stances(ARTICLE, learned=False)
    assert learned.height == rules.height > 0
    assert learned.get_column("rule_stance").to_list() == rules.get_column("stance").to_list()
    assert rules.get_column("stance_probability").null_count() == rules.height
    probs = learned.get_column("stance_probability").to_list()
    assert all(1 / 3 <= p <= 1 for p in probs)
    us = learned.filter(pl.col("target") == "US").row(0, named=True)
    assert us["stance"] == "negative"
    assert '"source": "learned"' in us["evidence"]
    assert '"source": "learned"' not in rules.row(0, named=True)["evidence"]


def test_shipped_weights_are_what_training_on_the_labelled_sets_gives(tmp_path: Path) -> None:
    """The rules' reading is both layers' main input: after a rule changes, `stancewatch
    train-stance` must be run again. Refitting here must decide (almost) every labelled row as
    the shipped weights do: the target layer whether to add a US row, the stance layer the
    stance."""
    pytest.importorskip("sklearn")
    from stancewatch.learned_target import THRESHOLD, load_target_model, shipped_target_model
    from stancewatch.train import gold_rows, labelled_sets, train

    sets = labelled_sets(TESTS)
    out, target_out = tmp_path / "refit.csv", tmp_path / "refit_target.csv"
    train(sets, out, target_out)
    refit, shipped = load_model(out), shipped_model()
    rows = [r for s in sets[-6:] for r in gold_rows(s)]
    examples = [e for r in rows for e in (r.example, r.us_example) if e is not None]
    same = sum(refit.predict(e.features)[0] == shipped.predict(e.features)[0] for e in examples)
    assert same / len(examples) >= 0.995, (same, len(examples))
    refit_t, shipped_t = load_target_model(target_out), shipped_target_model()
    cands = [r.candidate for r in rows if r.candidate is not None]
    same = sum(
        (refit_t.probability(c) >= THRESHOLD) == (shipped_t.probability(c) >= THRESHOLD)
        for c in cands
    )
    assert same / len(cands) >= 0.995, (same, len(cands))


def test_cross_validation_scores_each_group_of_sets_left_out() -> None:
    pytest.importorskip("sklearn")
    from stancewatch.train import cross_validate, labelled_sets

    sets = labelled_sets(TESTS)[:6]
    figures = cross_validate(sets, folds=3)
    assert [f.sets for f in figures] == [
        [s.name for s in sets[0:2]],
        [s.name for s in sets[2:4]],
        [s.name for s in sets[4:6]],
    ]
    assert all(f.rows > 150 for f in figures)
    assert all(0.3 < f.learned_accuracy <= 1 and 0.3 < f.rule_accuracy <= 1 for f in figures)
    assert all(0.3 < f.learned_target_accuracy <= 1 for f in figures)
    assert all(0 <= f.added_us <= f.added for f in figures)
    assert sum(f.added for f in figures) > 0


def test_stances_are_three_labels_in_training_order() -> None:
    assert STANCES == ("negative", "neutral", "positive")
