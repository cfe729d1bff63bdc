"""Model registry: versions, metadata round trip, ``models list``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.errors import InputError
from fraudwall.models.registry import ModelRegistry


def test_register_versions_and_meta_roundtrip(tmp_path) -> None:
    art = tmp_path / "model.json"
    art.write_text('{"format": "x"}', encoding="utf-8")
    reg = ModelRegistry(tmp_path / "wh" / "models")
    assert reg.list() == []
    m1 = reg.register("sms", "sms", art, training_data={"rows": 10}, metrics={"f1": 0.9}, features=["a", "b"])
    m2 = reg.register("sms", "sms", art, metrics={"f1": 0.95})
    reg.register("url", "url", tmp_path)  # a folder holding model.json
    assert (m1.version, m2.version) == (1, 2)
    assert reg.versions("sms") == [1, 2]
    latest = reg.meta("sms")
    assert latest.version == 2 and latest.metrics == {"f1": 0.95}
    first = reg.meta("sms", 1)
    assert first.training_data == {"rows": 10} and first.features == ["a", "b"] and first.created_at
    assert reg.artefact_path("sms", 1).read_text(encoding="utf-8") == '{"format": "x"}'
    assert (tmp_path / "wh" / "models" / "sms" / "1" / "meta.json").is_file()
    assert [(m.name, m.version) for m in reg.list()] == [("sms", 1), ("sms", 2), ("url", 1)]


def test_registry_errors(tmp_path) -> None:
    reg = ModelRegistry(tmp_path)
    with pytest.raises(InputError, match="no model named"):
        reg.meta("nope")
    with pytest.raises(InputError, match="artefact file not found"):
        reg.register("a", "sms", tmp_path / "missing.json")
    with pytest.raises(InputError, match="invalid model name"):
        reg.register("../x", "sms", tmp_path)
    (tmp_path / "m.json").write_text("{}", encoding="utf-8")
    reg.register("a", "sms", tmp_path / "m.json")
    with pytest.raises(InputError, match="no version 7"):
        reg.meta("a", 7)


def test_models_list_cli(tmp_path) -> None:
    art = tmp_path / "model.json"
    art.write_text("{}", encoding="utf-8")
    wh = tmp_path / "wh"
    wh.mkdir()
    runner = CliRunner()
    res = runner.invoke(cli, ["models", "list", "--warehouse", str(wh)])
    assert res.exit_code == 0 and "no models registered" in res.output
    ModelRegistry(wh / "models").register("sms", "sms", art, metrics={"macro_f1": 0.99})
    res = runner.invoke(cli, ["models", "list", "--warehouse", str(wh), "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows[0]["name"] == "sms" and rows[0]["version"] == 1 and rows[0]["metrics"] == {"macro_f1": 0.99}
    res = runner.invoke(cli, ["models", "list", "--warehouse", str(tmp_path / "absent")])
    assert isinstance(res.exception, InputError)


def test_train_registers_in_warehouse(tmp_path, zh_corpus) -> None:
    from .conftest import write_csv

    data = write_csv(tmp_path / "d.csv", zh_corpus[:90])
    wh = tmp_path / "wh"
    wh.mkdir()
    runner = CliRunner()
    for _ in range(2):
        res = runner.invoke(cli, ["-q", "train", "sms", "--data", str(data), "--text-col", "text", "--label-col",
                                  "label", "--out", str(tmp_path / "m"), "--warehouse", str(wh), "--name", "zh"])
        assert res.exit_code == 0, res.output
    reg = ModelRegistry(wh / "models")
    assert reg.versions("zh") == [1, 2]
    meta = reg.meta("zh")
    assert meta.kind == "sms" and meta.training_data["rows"] == 90 and meta.params["C"] == 1.0
    assert 0.5 < meta.metrics["macro_f1"] <= 1 and meta.metrics["folds"] == 3
    from fraudwall.models.text import LinearTextModel

    assert LinearTextModel.load(str(reg.artefact_path("zh"))).classes == sorted({lab for _, lab in zh_corpus[:90]})
