"""SMS text model: training, multi-class, persistence, CLI train/classify (GBK input, input order)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.errors import InputError
from fraudwall.models.text import LinearTextModel

from .conftest import EN_HAM, EN_SPAM, write_csv


@pytest.fixture(scope="module")
def zh_split(zh_corpus):
    half = len(zh_corpus) // 2
    return zh_corpus[:half], zh_corpus[half:]


def test_multiclass_chinese_generalises_to_held_out_half(zh_split) -> None:
    train, test = zh_split
    model = LinearTextModel.fit([t for t, _ in train], [lab for _, lab in train])
    labels, scores = model.predict([t for t, _ in test])
    acc = np.mean([a == b for a, (_, b) in zip(labels, test, strict=True)])
    assert acc >= 0.9, acc
    assert np.all((scores > 0) & (scores <= 1))
    proba = model.predict_proba([t for t, _ in test])
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-6)
    assert len(model.classes) == 9


def test_save_load_roundtrip_same_predictions(tmp_path, zh_split) -> None:
    train, test = zh_split
    texts = [t for t, _ in test]
    model = LinearTextModel.fit([t for t, _ in train], [lab for _, lab in train])
    path = model.save(str(tmp_path / "m"))
    assert path.endswith("model.json")
    again = LinearTextModel.load(str(tmp_path / "m"))
    l1, s1 = model.predict(texts)
    l2, s2 = again.predict(texts)
    assert l1 == l2
    np.testing.assert_allclose(s1, s2, atol=2e-3)  # weights are stored as float16


def test_binary_english_and_single_label_error() -> None:
    texts = EN_SPAM + EN_HAM
    labels = ["spam"] * len(EN_SPAM) + ["ham"] * len(EN_HAM)
    model = LinearTextModel.fit(texts, labels)
    assert model.classes == ["ham", "spam"]
    got, _ = model.predict(["You have WON a cash prize, call 09061234567 to claim", "see you at dinner tonight"])
    assert got == ["spam", "ham"]
    with pytest.raises(InputError, match="two distinct labels"):
        LinearTextModel.fit(["a", "b"], ["x", "x"])


def test_load_wrong_file(tmp_path) -> None:
    with pytest.raises(InputError, match="no model"):
        LinearTextModel.load(str(tmp_path / "nothing"))
    bad = tmp_path / "model.json"
    bad.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(InputError, match="model format"):
        LinearTextModel.load(str(bad))


def test_cli_train_gbk_classify_json_in_input_order(tmp_path, zh_split) -> None:
    train, test = zh_split
    data = write_csv(tmp_path / "train_gbk.csv", train, encoding="gbk", header=("内容", "类别"))
    runner = CliRunner()
    res = runner.invoke(cli, ["-q", "train", "sms", "--data", str(data), "--text-col", "内容",
                              "--label-col", "类别", "--out", str(tmp_path / "model")])
    assert res.exit_code == 0, res.output
    # classify a UTF-8 file (labels column absent) whose order we control
    rows = [(t, "") for t, _ in test]
    inp = write_csv(tmp_path / "in.csv", rows, header=("msg", "x"))
    res = runner.invoke(cli, ["-q", "classify", "sms", "--model", str(tmp_path / "model"), "--data", str(inp),
                              "--text-col", "msg", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert len(out) == len(test) and set(out[0]) == {"label", "score"}
    model = LinearTextModel.load(str(tmp_path / "model"))
    expected, _ = model.predict([t for t, _ in test])
    assert [o["label"] for o in out] == expected
    assert np.mean([o["label"] == lab for o, (_, lab) in zip(out, test, strict=True)]) >= 0.9


def test_cli_errors_are_clear(tmp_path, zh_split) -> None:
    train, _ = zh_split
    data = write_csv(tmp_path / "d.csv", train)
    runner = CliRunner()
    res = runner.invoke(cli, ["train", "sms", "--data", str(data), "--text-col", "nope", "--label-col", "label",
                              "--out", str(tmp_path / "m")])
    assert res.exit_code != 0 and isinstance(res.exception, InputError)
    assert "no column 'nope'" in str(res.exception)
    res = runner.invoke(cli, ["classify", "sms", "--model", str(tmp_path / "missing"), "--data", str(data),
                              "--text-col", "text"])
    assert isinstance(res.exception, InputError) and "no model" in str(res.exception)
