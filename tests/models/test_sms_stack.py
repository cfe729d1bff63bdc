"""Stacked spam model: message-shape features, held-out accuracy, persistence, UCI sample."""

from __future__ import annotations

import numpy as np
import pytest

from fraudwall.errors import InputError
from fraudwall.models import zh_seed
from fraudwall.models.sms import SHAPE_NAMES, StackedSpamModel, message_shape

from .conftest import needs_data


def test_message_shape_values() -> None:
    m = message_shape(["WINNER!! Call 09061701461 or txt WIN to 87121 www.win.com £100", "ok see you"])
    assert m.shape == (2, len(SHAPE_NAMES) - 1)
    row = dict(zip(SHAPE_NAMES, m[0], strict=False))
    assert row["longest_digit_run"] == 11 and row["digits"] == 11 + 5 + 3
    assert row["exclamations"] == 2 and row["url"] == 1 and row["currency"] == 1
    assert row["short_code"] == 1 and row["phone_like"] == 1 and row["caps_words"] == 2
    assert m[1].tolist()[1:3] == [0, 0] and m[1][5] == 0 and m[1][7] == 3


@pytest.fixture(scope="module")
def binary_zh(zh_corpus):
    rows = [(t, "benign" if lab == zh_seed.BENIGN else "fraud") for t, lab in zh_corpus]
    rng = np.random.default_rng(0)
    rng.shuffle(rows)
    half = len(rows) // 2
    return rows[:half], rows[half:]


def test_stacked_model_held_out_and_roundtrip(tmp_path, binary_zh) -> None:
    train, test = binary_zh
    model = StackedSpamModel.fit([t for t, _ in train], [lab for _, lab in train], bag=2, rounds=100)
    assert model.classes == ["benign", "fraud"]
    texts = [t for t, _ in test]
    labels, scores = model.predict(texts)
    acc = np.mean([a == b for a, (_, b) in zip(labels, test, strict=True)])
    assert acc >= 0.9, acc
    assert np.all((scores >= 0.5) & (scores <= 1))
    model.save(str(tmp_path / "m.json"))
    again = StackedSpamModel.load(str(tmp_path / "m.json"))
    np.testing.assert_allclose(again.predict_proba(texts), model.predict_proba(texts), atol=0.02)  # float16 weights
    with pytest.raises(InputError, match="exactly two labels"):
        StackedSpamModel.fit(["a", "b", "c"], ["x", "y", "z"])


def test_stacked_beats_or_matches_linear_on_uci_sample() -> None:
    """On 2,000 UCI messages (1,200 train / 800 test) the stack is at least as good as its linear stage."""
    from sklearn.metrics import f1_score

    from fraudwall.models.io import read_labelled_texts

    path = needs_data("sms_spam_uci", "SMSSpamCollection.tsv")
    texts, labels = read_labelled_texts([path], "SMS", "Label")
    assert labels is not None
    texts, labels = texts[:2000], labels[:2000]
    model = StackedSpamModel.fit(texts[:1200], labels[:1200], bag=2)
    y = np.asarray(labels[1200:]) == "spam"
    stacked = f1_score(y, model.predict_proba(texts[1200:]) >= 0.5)
    linear = f1_score(y, model.linear.decision(texts[1200:])[:, 0] >= 0)
    assert stacked >= 0.93 and stacked >= linear - 0.01, (stacked, linear)


def test_cli_two_labels_train_the_stacked_model_and_classify_reads_either_kind(tmp_path, binary_zh) -> None:
    import json

    from click.testing import CliRunner

    from fraudwall.cli import cli
    from fraudwall.models.sms import load_sms_model
    from fraudwall.models.text import LinearTextModel

    from .conftest import write_csv

    train, test = binary_zh
    data = write_csv(tmp_path / "train.csv", train, encoding="gbk")
    inp = write_csv(tmp_path / "in.csv", [(t, "") for t, _ in test], header=("msg", "x"))
    runner = CliRunner()
    outs = {}
    for kind in ("auto", "linear"):
        res = runner.invoke(cli, ["-q", "train", "sms", "--data", str(data), "--text-col", "text", "--label-col",
                                  "label", "--out", str(tmp_path / kind), "--kind", kind])
        assert res.exit_code == 0, res.output
        res = runner.invoke(cli, ["-q", "classify", "sms", "--model", str(tmp_path / kind), "--data", str(inp),
                                  "--text-col", "msg", "--json"])
        assert res.exit_code == 0, res.output
        outs[kind] = json.loads(res.output)
    assert isinstance(load_sms_model(tmp_path / "auto"), StackedSpamModel)  # two labels: stacked by default
    assert isinstance(load_sms_model(tmp_path / "linear"), LinearTextModel)
    expected, _ = StackedSpamModel.load(str(tmp_path / "auto")).predict([t for t, _ in test])
    assert [o["label"] for o in outs["auto"]] == expected  # input order kept
    for kind, out in outs.items():
        assert np.mean([o["label"] == lab for o, (_, lab) in zip(out, test, strict=True)]) >= 0.9, kind
    res = runner.invoke(cli, ["train", "sms", "--data", str(write_csv(tmp_path / "three.csv", [
        ("a", "x"), ("b", "y"), ("c", "z")] * 3)), "--text-col", "text", "--label-col", "label",
        "--out", str(tmp_path / "m3"), "--kind", "stacked"])
    assert isinstance(res.exception, InputError) and "exactly two labels" in str(res.exception)
