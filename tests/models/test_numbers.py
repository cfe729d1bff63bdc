"""The warehouse fraud-number model: training on a small simulated province, no leakage, scoring as a scenario."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import duckdb
import numpy as np
import pytest
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.errors import InputError
from fraudwall.features import registry as feats
from fraudwall.interchange.ingest import ingest
from fraudwall.interchange.schema import RECORD_TYPES
from fraudwall.models import numbers
from fraudwall.models.registry import ModelRegistry
from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import day_windows, detect
from fraudwall.sim.engine import simulate
from fraudwall.warehouse.store import Warehouse

SID = "calls.learned_fraud_number"


@pytest.fixture(scope="module")
def sim(tmp_path_factory) -> tuple[Path, Path]:
    """(simulated records, warehouse) of 1,500 subscribers x 8 days."""
    root = tmp_path_factory.mktemp("numbers")
    simulate(root / "data", 1500, 8, 3)
    ingest(root / "data", root / "wh", timezone="Asia/Shanghai")
    return root / "data", root / "wh"


@pytest.fixture(scope="module")
def trained(sim, tmp_path_factory) -> tuple[Path, dict]:
    """A copy of the warehouse with a model trained and registered through the CLI."""
    wh = tmp_path_factory.mktemp("trained") / "wh"
    shutil.copytree(sim[1], wh)
    res = CliRunner().invoke(cli, ["train", "numbers", "--warehouse", str(wh), "--json"])
    assert res.exit_code == 0, res.output
    return wh, json.loads(res.stdout)


def _frame(wh_dir: Path, day_index: int, cutoff_index: int | None = None) -> numbers.WindowFrame:
    wh = Warehouse.open(wh_dir)
    windows = day_windows(wh, None, None)
    ws, we = windows[day_index]
    cutoff = windows[cutoff_index][0] if cutoff_index is not None else None
    con = wh.connect()
    try:
        feats.create_history(con, wh, windows[0][0], ws)
        params = numbers.prepare_window(con, wh, ws, we, label_cutoff=cutoff)
        return numbers.window_frame(con, params, label_cutoff=cutoff)
    finally:
        con.close()


def _truncated_copy(data: Path, out: Path, until: str, only_reports: bool = False) -> Path:
    """The simulated records as known at ``until``: event rows, cards opened, status changes and list
    entries after it removed (``only_reports``: only the reports are cut)."""
    con = duckdb.connect()
    t = f"TIMESTAMPTZ '{until}'"
    for folder in data.iterdir():
        if not folder.is_dir() or folder.name not in RECORD_TYPES:
            continue
        dst = out / folder.name
        dst.mkdir(parents=True)
        rt = RECORD_TYPES[folder.name]
        select = "*"
        where = ""
        if not only_reports or folder.name == "reports":
            if rt.time_column:
                where = f"WHERE {rt.time_column} < {t}"
            elif folder.name == "subscribers":
                select = (f"* REPLACE (CASE WHEN status_time >= {t} THEN 'active' ELSE status END AS status, "
                          f"CASE WHEN status_time >= {t} THEN NULL ELSE status_time END AS status_time)")
                where = f"WHERE open_time < {t}"
            elif folder.name == "lists":
                where = f"WHERE added_time IS NULL OR added_time < {t}"
        for f in folder.glob("*.parquet"):
            con.execute(f"COPY (SELECT {select} FROM read_parquet('{f}') {where}) TO '{dst / f.name}' (FORMAT parquet)")
    con.close()
    return out


def test_train_registers_model_with_time_aware_metrics(trained):
    wh, res = trained
    split = res["split"]
    assert split["train_until"] < split["validation_until"]
    days = split["days"]
    assert max(days["train"]) < min(days["validation"]) <= max(days["validation"]) < min(days["test"])
    for part in ("train", "validation", "test"):
        assert res["examples"][part]["positives"] > 0
    assert res["test"]["auc"] > 0.8, res["test"]  # the fraud numbers reported later rank high
    assert 0 < res["label_frequency"] < 1 and res["test_fraud_score_0.5"]["flagged"] > 0
    assert 0 <= res["test"]["precision"] <= 1 and 0 <= res["test"]["recall"] <= 1
    meta = ModelRegistry(wh / "models").meta("numbers")
    assert meta.kind == "numbers" and meta.version == res["version"] == 1
    assert meta.metrics["test"] == res["test"] and "split" in meta.training_data
    assert any(f.startswith("msisdn.") for f in meta.features) and "graph.fraud_ppr" in meta.features
    listed = CliRunner().invoke(cli, ["models", "list", "--warehouse", str(wh), "--json"])
    assert listed.exit_code == 0 and json.loads(listed.stdout)[0]["name"] == "numbers"


def test_window_features_ignore_later_records(sim, tmp_path):
    """A window's features are the same with every record after the window removed."""
    data, wh = sim
    day = 4
    full = _frame(wh, day)
    end = day_windows(Warehouse.open(wh), None, None)[day][1]
    cut = _truncated_copy(data, tmp_path / "data", end.isoformat())
    ingest(cut, tmp_path / "wh", timezone="Asia/Shanghai")
    part = _frame(tmp_path / "wh", day)
    assert full.names == part.names and full.numbers == part.numbers and len(full.numbers) > 100
    np.testing.assert_allclose(full.x, part.x, equal_nan=True)


def test_label_features_use_reports_before_the_cutoff_only(sim, tmp_path):
    """With a label cut-off, reports after it change nothing for the numbers scored in both cases."""
    data, wh = sim
    day, cutoff = 6, 3
    full = _frame(wh, day, cutoff)
    t = day_windows(Warehouse.open(wh), None, None)[cutoff][0]
    cut = _truncated_copy(data, tmp_path / "data", t.isoformat(), only_reports=True)
    ingest(cut, tmp_path / "wh", timezone="Asia/Shanghai")
    part = _frame(tmp_path / "wh", day, cutoff)
    rows = {n: i for i, n in enumerate(part.numbers)}
    common = [n for n in full.numbers if n in rows]
    assert len(common) == len(full.numbers)  # the cut copy only adds numbers reported after the cut-off
    np.testing.assert_allclose(full.x, part.x[[rows[n] for n in common]], equal_nan=True)
    assert full.x[:, full.names.index("graph.fraud_neighbours")].sum() > 0  # seeds from earlier reports do count


def test_scenario_scores_window_numbers_with_contributions(sim, trained):
    wh_dir, res = trained
    wh = Warehouse.open(wh_dir)
    rep = detect(wh, Registry.load(), only=[SID])
    assert rep.by_scenario.get(SID, 0) > 0
    con = wh.connect()
    rows = con.execute(f"SELECT entity, score, evidence FROM alerts WHERE scenario = '{SID}'").fetchall()
    fraud = {r[0] for r in con.execute(  # simulator ground truth (never read by training or detection)
        f"SELECT entity FROM read_parquet('{sim[0] / 'truth' / 'entities.parquet'}') WHERE entity_type = 'msisdn' "
        "AND role NOT IN ('benign', 'victim')").fetchall()}
    con.close()
    for _, score, evidence in rows:
        ev = json.loads(evidence)
        assert ev["fraud_score"] == score and 0.5 <= score <= 1.0 and ev["model_version"] == 1
        assert abs(min(1.0, ev["model_score"] / ev["label_frequency"]) - score) < 1e-3
        top = ev["top_features"]
        assert 1 <= len(top) <= 5 and all(f["feature"] in ModelRegistry(wh_dir / "models").meta("numbers").features
                                          for f in top)
        assert all(abs(top[i]["contribution"]) >= abs(top[i + 1]["contribution"]) for i in range(len(top) - 1))
    # most hits are fraud numbers by the simulator's ground truth
    assert sum(e in fraud for e, _, _ in rows) >= 0.5 * len(rows)


def test_scenario_without_model_hits_nothing(sim, tmp_path):
    wh_dir = tmp_path / "wh"
    shutil.copytree(sim[1], wh_dir)
    wh = Warehouse.open(wh_dir)
    ws = day_windows(wh, None, None)[0][0]
    rep = detect(wh, Registry.load(), only=[SID], since=ws, until=ws + timedelta(days=1))
    assert rep.by_scenario.get(SID, 0) == 0 and rep.windows


def test_too_few_days_or_reports_is_an_input_error(sim, tmp_path):
    data, _ = sim
    cut = _truncated_copy(data, tmp_path / "data", "2026-03-04T00:00:00+08:00")
    ingest(cut, tmp_path / "wh", timezone="Asia/Shanghai")
    with pytest.raises(InputError, match="at least 3"):
        numbers.train_numbers(Warehouse.open(tmp_path / "wh"), bag=1)
