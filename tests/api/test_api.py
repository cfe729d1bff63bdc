"""The screening API: keys and roles, 422 errors naming the field, decisions, reload while serving, ops."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fraudwall.api.app import create_app
from fraudwall.api.auth import KeyStore
from fraudwall.cli import cli
from fraudwall.warehouse import audit
from fraudwall.warehouse.store import Warehouse

CALL = {"call_id": "c1", "start_time": "2026-03-02T09:00:00+08:00", "caller": "8613800000001",
        "callee": "8613900000001", "caller_imei": "356000000000001", "call_type": "mobile", "media": "voice"}
SMS = {"sms_id": "s1", "send_time": "2026-03-02T09:00:00+08:00", "sender": "8613800000002",
       "receiver": "8613900000002", "content": "晚上一起吃饭"}


@pytest.fixture()
def env(tmp_path: Path):
    wh = Warehouse.create(tmp_path / "wh", "Asia/Shanghai")
    ks = KeyStore(wh)
    keys = {role: ks.create(role, f"test {role}")[1] for role in ("screening", "analyst", "admin")}
    app = create_app(wh.root, reload_interval_s=3600)
    with TestClient(app) as client:
        yield wh, client, keys, app


def h(key: str) -> dict:
    return {"X-API-Key": key}


def test_no_key_no_answer(env) -> None:
    _, client, keys, _ = env
    r = client.post("/v1/screen/call", json=CALL)
    assert r.status_code == 401 and "X-API-Key" in r.json()["detail"]
    assert client.post("/v1/screen/call", json=CALL, headers=h("fwk_abc_nope")).status_code == 401
    assert client.post("/v1/screen/batch", json={"events": []}).status_code == 401
    assert client.get("/v1/rules", headers=h(keys["screening"])).status_code == 403
    assert client.get("/v1/rules", headers=h(keys["analyst"])).status_code == 200
    assert client.post("/v1/admin/reload", headers=h(keys["analyst"])).status_code == 403
    assert client.post("/v1/admin/reload", headers=h(keys["admin"])).status_code == 200


def test_call_and_sms_decisions(env) -> None:
    _, client, keys, _ = env
    r = client.post("/v1/screen/call", json=CALL, headers=h(keys["screening"]))
    assert r.status_code == 200
    body = r.json()
    assert body["decision"] == "allow" and body["reasons"] == [] and body["call_id"] == "c1"
    assert body["version"].count(".") == 1
    r = client.post("/v1/screen/sms", json=SMS, headers=h(keys["screening"]))
    assert r.status_code == 200 and r.json()["decision"] == "allow" and r.json()["sms_id"] == "s1"


def test_bad_requests_get_422_naming_the_field(env) -> None:
    _, client, keys, _ = env
    k = h(keys["screening"])
    bad = {k_: v for k_, v in CALL.items() if k_ != "caller"}
    r = client.post("/v1/screen/call", json=bad, headers=k)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "caller"] and r.json()["detail"][0]["msg"] == "Field required"
    r = client.post("/v1/screen/call", json={**CALL, "start_time": "soon", "callee": "+86139"}, headers=k)
    assert {tuple(e["loc"]) for e in r.json()["detail"]} == {("body", "start_time"), ("body", "callee")}
    r = client.post("/v1/screen/sms", content=b"{not json", headers=k)
    assert r.status_code == 422 and r.json()["detail"][0]["type"] == "json_invalid"
    r = client.post("/v1/screen/batch", json={"events": [{"type": "call", **CALL}, {"type": "sms", **SMS, "sender": 5}]},
                    headers=k)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "events", 1, "sender"]
    r = client.post("/v1/screen/batch", json={"events": [{"type": "fax"}]}, headers=k)
    assert r.json()["detail"][0]["loc"] == ["body", "events", 0, "type"]
    r = client.post("/v1/screen/batch", json={"events": [{"type": "call", **CALL}] * 10001}, headers=k)
    assert r.status_code == 422 and "at most 10000" in r.json()["detail"][0]["msg"]
    r = client.post("/v1/screen/batch", json={"calls": []}, headers=k)
    assert r.json()["detail"][0]["loc"] == ["body", "events"]


def test_batch_is_screened_in_order_with_shared_windows(env) -> None:
    _, client, keys, _ = env
    k = h(keys["screening"])
    events = []
    for i in range(6):  # a SIM box: six numbers seen on one device
        events.append({"type": "call", **CALL, "call_id": f"c{i}", "caller": f"86170000000{i:02d}",
                       "start_time": f"2026-03-02T09:00:{i:02d}+08:00"})
    events.append({"type": "sms", **SMS})
    r = client.post("/v1/screen/batch", json={"events": events}, headers=k)
    assert r.status_code == 200
    res = r.json()["results"]
    assert r.json()["count"] == 7 and [x.get("call_id") for x in res[:6]] == [f"c{i}" for i in range(6)]
    assert [x["decision"] for x in res[:6]] == ["allow"] * 3 + ["block"] * 3  # unknown card age: from the 4th SIM
    assert res[3]["reasons"][0]["id"] == "catpool.rt_multi_sim_device"
    assert res[3]["reasons"][0]["evidence"]["device_sims_24h"] == 4
    assert res[6]["decision"] == "allow" and res[6]["sms_id"] == "s1"


def test_cdr_outcomes_feed_the_unanswered_share(env) -> None:
    _, client, keys, app = env
    k = h(keys["screening"])
    cdrs = [{**CALL, "call_id": f"x{i}", "callee": f"86139{i:08d}", "duration_s": 0,
             "start_time": f"2026-03-02T09:0{i}:00+08:00"} for i in range(3)]
    assert client.post("/v1/events/cdr", json={"events": cdrs}, headers=k).json() == {"accepted": 3}
    r = client.post("/v1/events/cdr", json={**CALL, "duration_s": -1}, headers=k)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "duration_s"]
    r = client.post("/v1/events/cdr", json={**CALL, "duration_s": 5, "result": "ANSWERED"}, headers=k)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "result"]  # interchange enumeration
    r = client.post("/v1/screen/call", json={**CALL, "call_type": "satellite"}, headers=k)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "call_type"]
    assert client.post("/v1/events/device", json={"time": "2026-03-02T09:00:00+08:00", "msisdn": "8613800000001",
                                                  "imei": "356"}, headers=k).status_code == 200
    st = app.state.screener.state
    assert st.outs["8613800000001"].n_unans == 3


def _write_lists(wh: Warehouse, rows: list[dict], name: str = "part-1.parquet") -> None:
    d = wh.data_dir("lists")
    d.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), d / name)


def test_lists_reload_while_serving(env) -> None:
    wh, client, keys, app = env
    k = h(keys["screening"])
    before = client.post("/v1/screen/call", json=CALL, headers=k).json()
    assert before["decision"] == "allow"
    _write_lists(wh, [{"entity_type": "msisdn", "entity": CALL["caller"], "list": "block", "reason": "police",
                       "added_time": "2026-01-01T00:00:00+08:00", "expires_time": None}])
    r = client.post("/v1/admin/reload", headers=h(keys["admin"]))
    assert r.json()["reloaded"] is True
    after = client.post("/v1/screen/call", json={**CALL, "call_id": "c2"}, headers=k).json()
    assert after["decision"] == "block" and after["reasons"][0]["id"] == "list.block"
    assert after["version"] != before["version"]
    # the background watcher does the same without being asked
    _write_lists(wh, [{"entity_type": "msisdn", "entity": SMS["sender"], "list": "block", "reason": "x",
                       "added_time": None, "expires_time": None}], "part-2.parquet")
    assert app.state.screener.watcher.check() is True
    assert client.post("/v1/screen/sms", json=SMS, headers=k).json()["decision"] == "block"


def test_healthz_metrics_openapi(env) -> None:
    _, client, keys, _ = env
    assert client.get("/healthz").json()["status"] == "ok"
    client.post("/v1/screen/call", json=CALL, headers=h(keys["screening"]))
    m = client.get("/metrics").text
    assert 'fraudwall_screen_decisions_total{decision="allow",event="call"} 1.0' in m
    assert "fraudwall_screen_request_seconds_bucket" in m
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/v1/screen/call"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "caller" in body["required"]
    assert client.get("/docs").status_code == 200


def test_keys_cli_create_list_revoke(env) -> None:
    wh, client, _, app = env
    run = CliRunner()
    res = run.invoke(cli, ["keys", "create", "--warehouse", str(wh.root), "--role", "screening", "--label", "sbc-1"])
    assert res.exit_code == 0, res.output
    key = res.stdout.strip().splitlines()[0]
    assert key.startswith("fwk_")
    assert client.post("/v1/screen/call", json=CALL, headers=h(key)).status_code == 200
    listed = run.invoke(cli, ["keys", "list", "--warehouse", str(wh.root), "--json"])
    assert key not in listed.output and "sbc-1" in listed.output
    key_id = key.split("_")[1]
    assert run.invoke(cli, ["keys", "revoke", "--warehouse", str(wh.root), key_id]).exit_code == 0
    app.api.keys._cache.clear()
    assert client.post("/v1/screen/call", json=CALL, headers=h(key)).status_code == 401
    actions = [a for _, _, a, _ in audit.entries(wh)]
    assert actions.count("api_key.create") == 4 and "api_key.revoke" in actions
    bad = run.invoke(cli, ["keys", "create", "--warehouse", str(wh.root), "--role", "root"])
    assert bad.exit_code != 0
