"""Scenario engine: validation errors, one feature pass, alerts, scores, shadow mode, evaluation, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.errors import ScenarioError
from fraudwall.interchange.ingest import ingest
from fraudwall.scenarios.evaluate import evaluate
from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from fraudwall.warehouse.store import Warehouse
from tests.helpers import write_csv

FANOUT = """
id: test.fanout
version: 3
name: {en: Test fan-out, zh: 测试外呼}
domain: calls
entity_type: msisdn
severity: high
params:
  min_callees: {default: 10}
sql: |
  SELECT msisdn AS entity, 0.9 AS score, callees FROM f_caller WHERE callees >= {{min_callees}}
evidence: [callees]
action: block
"""


def write(d: Path, name: str, text: str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_text(text)
    return p


@pytest.mark.parametrize("text, message", [
    ("id: [unclosed", "not valid YAML"),
    (FANOUT.replace("FROM f_caller", "FROM f_nosuch"), "unknown table 'f_nosuch'"),
    (FANOUT.replace("callees FROM", "nosuch_col FROM"), "SQL error: Binder Error"),
    (FANOUT.replace("SELECT msisdn", "SELEC msisdn"), "SQL"),
    (FANOUT.replace("evidence: [callees]", "evidence: [missing_col]"), "evidence column 'missing_col'"),
    (FANOUT.replace("domain: calls", "domain: nowhere"), "domain 'nowhere'"),
    (FANOUT.replace("{{min_callees}}", "{{undeclared}}"), "undeclared parameter 'undeclared'"),
    (FANOUT.replace("severity: high\n", ""), "missing key 'severity'"),
    (FANOUT + "colour: red\n", "unknown key 'colour'"),
])
def test_invalid_scenarios_name_the_file_and_problem(tmp_path, text, message):
    write(tmp_path / "s", "bad.yaml", text)
    with pytest.raises(ScenarioError) as err:
        Registry.load([tmp_path / "s"], builtin=False)
    assert "bad.yaml" in str(err.value) and message in str(err.value)


def test_duplicate_ids_are_rejected(tmp_path):
    write(tmp_path / "a", "one.yaml", FANOUT)
    write(tmp_path / "b", "two.yaml", FANOUT)
    with pytest.raises(ScenarioError, match="duplicate scenario id 'test.fanout'"):
        Registry.load([tmp_path / "a", tmp_path / "b"], builtin=False)


def test_builtin_library_is_valid_and_listed():
    reg = Registry.load()
    assert len(reg) >= 6
    for s in reg:
        assert s.name_en and s.name_zh and s.evidence and s.false_positives, s.id


def _calls(n_callees: int, caller: str, day: int = 2) -> list[dict]:
    return [{"call_id": f"{caller}-{day}-{i}", "start_time": f"2026-03-0{day}T10:{i % 60:02d}:00+08:00",
             "caller": caller, "callee": f"8613900{i:06d}", "duration_s": "20"} for i in range(n_callees)]


@pytest.fixture
def wh(tmp_path) -> Warehouse:
    rows = _calls(12, "8613800000001") + _calls(3, "8613800000002") + _calls(15, "8613800000003", day=3)
    write_csv(tmp_path / "data" / "voice" / "v.csv", rows)
    ingest(tmp_path / "data", tmp_path / "wh", timezone="Asia/Shanghai")
    return Warehouse.open(tmp_path / "wh")


def test_detect_stores_alerts_with_evidence_and_scores_with_reasons(tmp_path, wh):
    write(tmp_path / "s", "fanout.yaml", FANOUT)
    reg = Registry.load([tmp_path / "s"], builtin=False)
    rep = detect(wh, reg)
    assert rep.windows == ["2026-03-02", "2026-03-03"]
    con = wh.connect()
    rows = con.execute("SELECT scenario, version, domain, entity_type, entity, score, evidence, "
                       "strftime(window_start, '%Y-%m-%d') FROM alerts ORDER BY entity").fetchall()
    assert [(r[0], r[1], r[2], r[3], r[4], r[7]) for r in rows] == [
        ("test.fanout", 3, "calls", "msisdn", "8613800000001", "2026-03-02"),
        ("test.fanout", 3, "calls", "msisdn", "8613800000003", "2026-03-03"),
    ]
    assert json.loads(rows[0][6]) == {"callees": 12}
    sc = con.execute("SELECT entity, round(score, 4), action, reasons FROM scores ORDER BY entity").fetchall()
    assert sc[0][1] == round(0.9 * 0.75, 4)  # weight by severity (high) x scenario score
    assert sc[0][2] == "review"
    assert json.loads(sc[0][3])[0]["scenario"] == "test.fanout"


def test_rerunning_a_window_replaces_its_results(tmp_path, wh):
    write(tmp_path / "s", "fanout.yaml", FANOUT)
    reg = Registry.load([tmp_path / "s"], builtin=False)
    detect(wh, reg)
    detect(wh, reg)
    assert wh.connect().execute("SELECT count(*) FROM alerts").fetchall()[0][0] == 2


def test_two_hits_combine_and_shadow_hits_never_drive_actions(tmp_path, wh):
    write(tmp_path / "s", "fanout.yaml", FANOUT)
    write(tmp_path / "s", "second.yaml", FANOUT.replace("test.fanout", "test.second").replace("severity: high", "severity: critical"))
    write(tmp_path / "s", "shadow.yaml", FANOUT.replace("test.fanout", "test.shadowed") + "shadow: true\nweight: 1.0\n")
    reg = Registry.load([tmp_path / "s"], builtin=False)
    detect(wh, reg)
    con = wh.connect()
    score, action, scen = con.execute("SELECT score, action, scenarios FROM scores WHERE entity = '8613800000001'").fetchall()[0]
    expected = 1 - (1 - 0.9 * 0.75) * (1 - 0.9 * 0.9)
    assert score == pytest.approx(expected) and action == "block"
    assert "test.shadowed" not in scen
    assert con.execute("SELECT count(*) FROM alerts WHERE scenario = 'test.shadowed'").fetchall()[0][0] == 2


def test_features_are_computed_once_per_window_not_per_scenario(tmp_path, wh, monkeypatch):
    from fraudwall.features import registry as feats

    for i in range(5):
        write(tmp_path / "s", f"s{i}.yaml", FANOUT.replace("test.fanout", f"test.s{i}"))
    reg = Registry.load([tmp_path / "s"], builtin=False)
    calls = []
    real = feats.materialize
    monkeypatch.setattr(feats, "materialize", lambda con, names, p: (calls.append(list(names)), real(con, names, p)))
    detect(wh, reg)
    assert calls == [["f_call_device", "f_pair", "f_caller"]] * 2  # two windows, one pass each, only the tables needed


def test_evaluate_counts_precision_recall_and_unmatched(tmp_path, wh):
    write(tmp_path / "s", "fanout.yaml", FANOUT)
    reg = Registry.load([tmp_path / "s"], builtin=False)
    detect(wh, reg)
    truth = tmp_path / "truth"
    write_csv(truth / "entities.csv", [
        {"entity_type": "msisdn", "entity": "8613800000001", "role": "fraud_caller", "gang_id": "g1", "scheme": "x"},
        {"entity_type": "msisdn", "entity": "8613800000009", "role": "fraud_caller", "gang_id": "g1", "scheme": "x"},
    ])
    res = evaluate(wh, truth, reg)
    s = res["scenarios"]["test.fanout"]
    assert (s["entities_hit"], s["true_positives"], s["positives"], s["found"]) == (2, 1, 2, 1)
    assert s["precision"] == 0.5 and s["recall"] == 0.5
    assert res["domains"]["calls"]["recall"] == 0.5
    assert [u["entity"] for u in res["unmatched"]] == ["8613800000003"]
    assert res["roles"]["fraud_caller"] == {"entities": 2, "alerted": 1, "actioned": 0,
                                            "recall_alerted": 0.5, "recall_actioned": 0.0,
                                            "in_records": 1, "recall_actioned_in_records": 0.0}


def test_cli_contracts(tmp_path, wh):
    write(tmp_path / "s", "fanout.yaml", FANOUT)
    run = CliRunner()
    sdir = ["--scenarios", str(tmp_path / "s")]
    res = run.invoke(cli, ["-q", "scenarios", "list", "--json", *sdir])
    assert res.exit_code == 0, res.output
    listed = json.loads(res.output)
    assert {"id", "version", "domain", "entity_type", "severity", "name_en", "name_zh"} <= set(listed[0])
    assert any(r["id"] == "test.fanout" for r in listed)
    detect(wh, Registry.load([tmp_path / "s"], builtin=False))  # both days hold alerts now
    res = run.invoke(cli, ["-q", "detect", "-w", str(wh.root), *sdir, "--only", "test.fanout",
                           "--since", "2026-03-02", "--until", "2026-03-03", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["windows"] == ["2026-03-02"]
    assert out["by_scenario"] == {"test.fanout": 1}  # this run's window only, though 2026-03-03 has alerts too
    res = run.invoke(cli, ["-q", "alerts", "-w", str(wh.root), "--domain", "calls", "--min-score", "0.5", "--json"])
    out = json.loads(res.output)
    assert {"scenario", "version", "domain", "entity_type", "entity", "score", "window_start", "window_end",
            "evidence"} <= set(out[0])
    assert out[0]["entity"] == "8613800000001"
    res = run.invoke(cli, ["-q", "alerts", "-w", str(wh.root)])
    assert "8613800000001" not in res.output and "861********01" in res.output  # masked in tables
    from fraudwall.warehouse.audit import entries

    assert any(a == "export_alerts" for _, _, a, _ in entries(wh))


def test_thresholds_per_domain_and_entity_type(tmp_path, wh):
    from fraudwall.scenarios.scoring import load_scoring

    write(tmp_path / "s", "fanout.yaml", FANOUT.replace("severity: high", "severity: critical"))
    cfg = tmp_path / "scoring.yaml"
    cfg.write_text("thresholds:\n  calls: {review: 0.5, block: 0.8}\n  calls.msisdn: {review: 0.5, watch: 0.8}\n")
    detect(wh, Registry.load([tmp_path / "s"], builtin=False), scoring=load_scoring(cfg))
    assert {a for (a,) in wh.connect().execute("SELECT DISTINCT action FROM scores").fetchall()} == {"watch"}
    cfg.write_text("thresholds:\n  calls.nosuch: {review: 0.5}\n")
    with pytest.raises(Exception, match="unknown entity type 'nosuch'"):
        load_scoring(cfg)


def test_a_lookalike_that_is_also_a_victim_is_not_counted_as_an_actioned_lookalike(tmp_path, wh):
    from fraudwall.scenarios.scoring import load_scoring

    write(tmp_path / "s", "fanout.yaml", FANOUT)
    cfg = tmp_path / "scoring.yaml"
    cfg.write_text("thresholds:\n  calls: {review: 0.3, block: 0.5}\n")
    detect(wh, Registry.load([tmp_path / "s"], builtin=False), scoring=load_scoring(cfg))
    truth = tmp_path / "truth"
    write_csv(truth / "entities.csv", [  # 1: a dual-SIM phone that was also robbed; 3: a plain dual-SIM look-alike
        {"entity_type": "msisdn", "entity": "8613800000001", "role": "benign", "gang_id": "", "scheme": "dual_sim"},
        {"entity_type": "msisdn", "entity": "8613800000001", "role": "victim", "gang_id": "g", "scheme": "x"},
        {"entity_type": "msisdn", "entity": "8613800000003", "role": "benign", "gang_id": "", "scheme": "dual_sim"},
    ])
    res = evaluate(wh, truth, Registry.load([tmp_path / "s"], builtin=False))
    assert res["lookalikes"]["dual_sim"] == {"entities": 1, "actioned": 1}  # only number 3
    assert res["entity_types"]["msisdn"] == {"entities_actioned": 2, "true_positives": 1, "precision": 0.5}


def test_default_period_is_the_activity_days_not_old_registrations_or_reports(tmp_path):
    from datetime import datetime, timedelta

    from fraudwall.scenarios.runner import day_windows
    from tests.scenarios.library.builders import TZ, ingest_records

    day = datetime(2026, 5, 11, 10, tzinfo=TZ)
    calls = [{"call_id": f"c{i}", "start_time": (day + timedelta(days=i)).isoformat(), "caller": "8613800000001",
              "callee": "8613800000002", "duration_s": "30"} for i in range(2)]
    accounts = [{"platform": "wechat", "account": "old", "msisdn": "8613800000001",
                 "register_time": datetime(2018, 6, 1, 9, tzinfo=TZ).isoformat()}]
    reports = [{"report_id": "r1", "time": datetime(2025, 1, 5, 9, tzinfo=TZ).isoformat(), "entity_type": "msisdn",
                "entity": "8613800000009", "label": "fraud"}]
    wh = ingest_records({"voice": calls, "internet_accounts": accounts, "reports": reports}, tmp_path / "d", tmp_path / "wh")
    windows = day_windows(wh, None, None)
    assert [w[0].date().isoformat() for w in windows] == ["2026-05-11", "2026-05-12"]


def test_blocking_a_registrable_domain_covers_its_hosts_in_the_recall(tmp_path, wh):
    """Truth that lists a wildcard domain's hosts (or the links clicked) one by one: a host or link counts as actioned
    when its registrable domain is; the actioned entities (and precision) stay the domain alone."""
    block = FANOUT.replace("id: test.fanout", "id: test.block").replace("domain: calls", "domain: web").replace(
        "entity_type: msisdn", "entity_type: domain\nweight: 0.95").replace("SELECT msisdn AS entity, 0.9", "SELECT 'fraud.top' AS entity, 0.95")
    write(tmp_path / "s", "block.yaml", block.replace("action: block", "action: block_domain"))
    reg = Registry.load([tmp_path / "s"], builtin=False)
    detect(wh, reg)
    truth = tmp_path / "truth"
    write_csv(truth / "entities.csv", [
        {"entity_type": "domain", "entity": e, "role": "fraud_domain", "gang_id": "g1", "scheme": "x"}
        for e in ("fraud.top", "x7k.fraud.top", "Q2.Fraud.top", "x7k.other.top")] + [
        {"entity_type": "url", "entity": e, "role": "fraud_url", "gang_id": "g1", "scheme": "x"}
        for e in ("https://x7k.fraud.top/pay?id=1", "http://fraud.top/a.apk", "https://fraud.top.other.top/x",
                  "http://10.1.2.3/a.apk")])
    res = evaluate(wh, truth, reg)
    assert res["roles"]["fraud_domain"]["actioned"] == 3  # the domain and its two hosts, not other.top's
    assert res["roles"]["fraud_url"]["actioned"] == 2  # links on the domain, not on other.top or an IP nobody scored
    assert res["entity_types"]["domain"] == {"entities_actioned": 1, "true_positives": 1, "precision": 1.0}


def test_ids_and_handsets_of_lookalikes_count_as_actioned_lookalikes(tmp_path):
    """A data set labels a look-alike's number, not the ID and phone behind it: acting on those counts too."""
    from tests.scenarios.library.builders import DAY, Case, ingest_records

    records: dict[str, list[dict]] = {}
    c = Case(1, records)
    nums = {}
    for tag, idk, imei in (("sales", "id_sales", "351"), ("gang", "id_gang", "353"), ("sales2", "id_mixed", "355"),
                           ("gang2", "id_mixed", "355")):
        nums[tag] = me = c.num(100 + len(nums))
        c.sub(me, id_key=idk)
        for i in range(12):
            c.call(DAY, me, c.num(5000 + i), 20, caller_imei=imei)
    wh = ingest_records(records, tmp_path / "d", tmp_path / "wh")
    for et, dom, sql in (("id_key", "cards", "SELECT DISTINCT s.id_key AS entity, 0.95 AS score FROM f_caller c "
                                             "JOIN subscriber s ON s.msisdn = c.msisdn WHERE c.callees >= 10"),
                         ("imei", "catpool", "SELECT DISTINCT CAST(caller_imei AS VARCHAR) AS entity, 0.95 AS score "
                                             "FROM voice_w")):
        write(tmp_path / "s", f"{et}.yaml", FANOUT.replace("id: test.fanout", f"id: test.{et}").replace(
            "domain: calls", f"domain: {dom}").replace("entity_type: msisdn", f"entity_type: {et}\nweight: 0.95").replace(
            "  SELECT msisdn AS entity, 0.9 AS score, callees FROM f_caller WHERE callees >= {{min_callees}}\n",
            f"  {sql}\n").replace("evidence: [callees]", "evidence: [score]").replace(
            "action: block", "action: suspend_and_reverify"))
    reg = Registry.load([tmp_path / "s"], builtin=False)
    detect(wh, reg)
    truth = tmp_path / "truth"
    write_csv(truth / "entities.csv", [  # sales2 and gang2 share an ID and a phone: not a look-alike's alone
        {"entity_type": "msisdn", "entity": nums[t], "role": r, "gang_id": "", "scheme": s}
        for t, r, s in (("sales", "benign", "sales"), ("gang", "fraud_caller", "x"), ("sales2", "benign", "sales"),
                        ("gang2", "fraud_caller", "x"))])
    res = evaluate(wh, truth, reg)
    # id_sales, phone 351 and both sales numbers' SIMs (not acted on: no scenario here acts on SIMs); not id_mixed
    # nor phone 355, which a fraud caller shares
    assert res["lookalikes_linked"] == {"sales": {"entities": 4, "actioned": 2}}
    assert res["lookalikes"]["sales"] == {"entities": 2, "actioned": 0}


def _detect_fanout_with(tmp_path: Path, wh: Warehouse, rtype: str, rows: list[dict]) -> tuple[Registry, Path]:
    """Ingest ``rows`` of record type ``rtype`` into ``wh``, detect with the test fan-out scenario; returns the
    registry and the truth folder to write."""
    write_csv(tmp_path / "more" / rtype / "part.csv", rows)
    ingest(tmp_path / "more", wh.root, timezone="Asia/Shanghai")
    write(tmp_path / "s", "fanout.yaml", FANOUT)
    reg = Registry.load([tmp_path / "s"], builtin=False)
    detect(wh, reg)
    return reg, tmp_path / "truth"


def test_evaluate_maps_internet_account_truth_and_notes_unknown_types(tmp_path, wh):
    # a truth file written elsewhere may name a platform account by its id alone ('internet_account', or 'account'
    # with an id that is no bank account's): it is matched as detection names it ('account', 'platform:account'); a
    # type outside the interchange vocabulary is reported
    reg, truth = _detect_fanout_with(tmp_path, wh, "internet_accounts", [
        {"platform": "wechat", "account": acc, "msisdn": "8613800000001",
         "register_time": "2026-03-02T09:00:00+08:00", "status": "active"} for acc in ("wxid_abc", "wx_def")])
    write_csv(truth / "entities.csv", [
        {"entity_type": "internet_account", "entity": "wxid_abc", "role": "fraud_internet_account", "scheme": "x"},
        {"entity_type": "account", "entity": "wx_def", "role": "gang_member", "scheme": "x"},
        {"entity_type": "account", "entity": "acct_elsewhere", "role": "gang_member", "scheme": "x"},
        {"entity_type": "wallet", "entity": "T9xyz", "role": "mule_account", "scheme": "x"},
    ])
    res = evaluate(wh, truth, reg)
    assert res["roles"]["fraud_internet_account"]["in_records"] == 1  # found as account 'wechat:wxid_abc'
    assert res["roles"]["gang_member"]["in_records"] == 1  # 'wechat:wx_def'; acct_elsewhere is in no record
    assert res["roles"]["mule_account"]["in_records"] == 0
    notes = res["truth_notes"]
    assert len(notes) == 3 and "'internet_account'" in notes[0] and "1 truth rows of entity_type 'account' naming" in notes[1]
    assert "'wallet' can match no alert" in notes[2]


def test_evaluate_maps_imsi_truth_and_lookalike_roles(tmp_path, wh):
    # a SIM labelled by its IMSI is the card its subscriber record gives it (one entity with the number's own row);
    # a role 'lookalike:<kind>' is a benign look-alike of that kind, so acting on it costs precision
    reg, truth = _detect_fanout_with(tmp_path, wh, "subscribers", [
        {"msisdn": "8613800000001", "imsi": "460001234567890", "id_key": "idA", "line_type": "mobile",
         "open_time": "2025-01-01T00:00:00+08:00"}])
    write_csv(truth / "entities.csv", [
        {"entity_type": "msisdn", "entity": "8613800000001", "role": "fraud_caller", "scheme": "x"},
        {"entity_type": "imsi", "entity": "460001234567890", "role": "fraud_caller", "scheme": "x"},
        {"entity_type": "imsi", "entity": "460009999999999", "role": "fraud_caller", "scheme": "x"},
        {"entity_type": "msisdn", "entity": "8613800000003", "role": "lookalike:courier", "scheme": ""},
    ])
    res = evaluate(wh, truth, reg)
    assert res["roles"]["fraud_caller"]["entities"] == 2  # the number (named twice) and an IMSI without a record
    assert res["roles"]["fraud_caller"]["alerted"] == 1
    assert "lookalike:courier" not in res["roles"]
    assert res["lookalikes"]["courier"] == {"entities": 1, "actioned": 0}
    s = res["scenarios"]["test.fanout"]
    assert (s["entities_hit"], s["true_positives"]) == (2, 1)  # the courier's hit is a false positive
    notes = res["truth_notes"]
    assert any("1 truth rows of role 'lookalike" in n for n in notes)
    assert any("1 truth rows of entity_type 'imsi' evaluated as the 'msisdn'" in n and "1 IMSIs without" in n
               for n in notes)
