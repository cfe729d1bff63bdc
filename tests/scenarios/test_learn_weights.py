"""Scenario weights learned from labelled entities (truth folder or the warehouse's reports)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.interchange.ingest import ingest
from fraudwall.scenarios.evaluate import truth_scan
from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from fraudwall.scenarios.scoring import learn_weights, load_scoring
from fraudwall.warehouse.store import Warehouse
from tests.helpers import write_csv

# two scenarios: "wide" hits every caller with 2+ callees, "narrow" only callers with 10+ (severity high: 0.75)
SCENARIO = """
id: test.{name}
version: 1
name: {{en: Test {name}, zh: 测试}}
domain: calls
entity_type: msisdn
severity: high
sql: |
  SELECT msisdn AS entity, 0.9 AS score, callees FROM f_caller WHERE callees >= {min_callees}
evidence: [callees]
action: block
"""
FRAUD_1, BENIGN_2, FRAUD_3 = "8613800000001", "8613800000002", "8613800000003"


def _calls(n: int, caller: str, day: int) -> list[dict]:
    return [{"call_id": f"{caller}-{day}-{i}", "start_time": f"2026-03-0{day}T10:{i % 60:02d}:00+08:00",
             "caller": caller, "callee": f"8613900{i:06d}", "duration_s": "20"} for i in range(n)]


@pytest.fixture
def detected(tmp_path: Path) -> tuple[Warehouse, Registry]:
    data = tmp_path / "data"
    write_csv(data / "voice" / "v.csv", _calls(12, FRAUD_1, 2) + _calls(3, BENIGN_2, 2) + _calls(15, FRAUD_3, 3))
    # reports: caller 1 reported as fraud, caller 2 cleared as benign, caller 3 never reported
    write_csv(data / "reports" / "r.csv", [
        {"report_id": "r1", "time": "2026-03-03T09:00:00+08:00", "entity_type": "msisdn", "entity": FRAUD_1,
         "label": "fraud", "source": "police"},
        {"report_id": "r2", "time": "2026-03-03T09:00:00+08:00", "entity_type": "msisdn", "entity": BENIGN_2,
         "label": "benign", "source": "internal"},
    ])
    ingest(data, tmp_path / "wh", timezone="Asia/Shanghai")
    sdir = tmp_path / "s"
    sdir.mkdir()
    (sdir / "wide.yaml").write_text(SCENARIO.format(name="wide", min_callees=2))
    (sdir / "narrow.yaml").write_text(SCENARIO.format(name="narrow", min_callees=10))
    wh = Warehouse.open(tmp_path / "wh")
    reg = Registry.load([sdir], builtin=False)
    detect(wh, reg)
    return wh, reg


def _truth(tmp_path: Path) -> Path:
    truth = tmp_path / "truth"
    write_csv(truth / "entities.csv", [
        {"entity_type": "msisdn", "entity": FRAUD_1, "role": "fraud_caller", "gang_id": "g", "scheme": "x"},
        {"entity_type": "msisdn", "entity": BENIGN_2, "role": "benign", "gang_id": "", "scheme": "courier"},
        {"entity_type": "msisdn", "entity": FRAUD_3, "role": "fraud_caller", "gang_id": "g", "scheme": "x"},
    ])
    return truth


def test_truth_labels_give_each_scenario_its_precision_over_its_mean_score(tmp_path, detected):
    wh, reg = detected
    rows = {r.scenario: r for r in learn_weights(wh.connect(), reg, f"SELECT * FROM {truth_scan(_truth(tmp_path))}",
                                                 prior_strength=0)}
    narrow, wide = rows["test.narrow"], rows["test.wide"]
    assert (narrow.hits, narrow.positives, narrow.negatives) == (2, 2, 0)
    assert (wide.hits, wide.positives, wide.negatives) == (3, 2, 1)
    assert narrow.weight == 0.99  # precision 1.0 / score 0.9, capped
    assert wide.weight == pytest.approx((2 / 3) / 0.9, abs=1e-3)
    # the prior pulls a small sample towards the scenario's own weight (0.75 for severity high)
    smoothed = {r.scenario: r.weight for r in learn_weights(
        wh.connect(), reg, f"SELECT * FROM {truth_scan(_truth(tmp_path))}", prior_strength=3)}
    assert smoothed["test.wide"] == pytest.approx(((2 + 3 * 0.75) / 6) / 0.9, abs=1e-3)


def test_reports_are_partial_labels_corrected_by_the_report_rate(detected):
    wh, reg = detected
    rows = {r.scenario: r for r in learn_weights(wh.connect(), reg, None, prior_strength=0, label_rate=0.5)}
    # wide: 1 reported fraud of 3 hits, 1 cleared; half of fraud gets reported -> 2 of 3 estimated positive
    assert (rows["test.wide"].positives, rows["test.wide"].negatives) == (1, 1)
    assert rows["test.wide"].weight == pytest.approx((2 / 3) / 0.9, abs=1e-3)
    assert rows["test.narrow"].weight == 0.99
    assert "report rate 0.50" in rows["test.wide"].basis


def test_cli_writes_a_scoring_config_that_detect_uses(tmp_path, detected):
    wh, _ = detected
    out = tmp_path / "learned.yaml"
    res = CliRunner().invoke(cli, ["-q", "scenarios", "learn-weights", "-w", str(wh.root), "--scenarios",
                                   str(tmp_path / "s"), "--truth", str(_truth(tmp_path)), "--prior-strength", "0",
                                   "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    assert {r["scenario"] for r in json.loads(res.output)} >= {"test.wide", "test.narrow"}
    doc = yaml.safe_load(out.read_text())
    assert doc["weights"]["test.wide"] == pytest.approx(0.741, abs=1e-3)
    cfg = load_scoring(out)
    assert cfg.weights["test.narrow"] == 0.99 and "default" in cfg.thresholds
    detect(wh, Registry.load([tmp_path / "s"], builtin=False), scoring=cfg)
    got = dict(wh.connect().execute("SELECT DISTINCT scenario, weight FROM alerts").fetchall())
    assert got == {"test.wide": pytest.approx(0.741, abs=1e-3), "test.narrow": 0.99}
