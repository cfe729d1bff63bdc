"""Load benchmark of the screening API: single calls (wrk) and batches (a Python client), on loopback.

Starts ``fraudwall serve`` (uvicorn, uvloop + httptools) with N workers on a
temporary warehouse, creates a screening key, then

* single: ``wrk -t1 -cC -dD --latency -s bench/screening.lua`` (Debian ``wrk``) —
  one call per request, keep-alive; throughput and p50/p99 latency;
* batch: a Python client (separate process) posting batches of 10,000 calls
  and SMS on K keep-alive connections (each connection its own callers, batches
  in event-time order, so the server takes the vectorised batch path);
  decisions/s and p50/p99 per batch.

Usage: .venv/bin/python bench/bench_screening.py [--workers 2] [--duration 15] [--connections 64] [--redis URL]
       .venv/bin/python bench/bench_screening.py --in-process [--batch-rounds 12]  (batch handler CPU, no HTTP)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import orjson

ROOT = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise SystemExit("server did not start")


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else (v * 1000 if unit == "s" else v)


def run_wrk(url: str, key: str, connections: int, duration: int, threads: int) -> dict:
    if not shutil.which("wrk"):
        return {"error": "wrk not installed (Debian: apt-get install wrk)"}
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
                          "-s", str(ROOT / "screening.lua"), url], capture_output=True, text=True,
                         env={**os.environ, "FW_KEY": key}, check=True).stdout
    lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"requests_per_s": round(rps), "p50_ms": _ms(lat["50"]), "p90_ms": _ms(lat["90"]),
            "p99_ms": _ms(lat["99"]), "non_2xx": int(non2xx.group(1)) if non2xx else 0,
            "connections": connections, "duration_s": duration, "raw": out}


def make_bodies(size: int, rounds: int, conc: int) -> dict[tuple[int, int], bytes]:
    """(connection, round) -> batch body."""
    # each connection screens its own 30,000 callers; its batches follow each other in event time
    # (10,000 events over 5 minutes per batch), as a network element flushing its queue would send them
    t0 = 1772416800  # 2026-03-02T10:00:00+08:00
    tz = timezone(timedelta(hours=8))
    bodies: dict[tuple[int, int], bytes] = {}
    for c in range(conc):
        for r in range(rounds):
            events = []
            for i in range(size):
                n = r * size + i
                ts = datetime.fromtimestamp(t0 + (n * 300) / size, tz).isoformat()
                src = str(8613800000000 + c * 100000 + n % 30000)
                if i % 4 == 3:
                    events.append({"type": "sms", "sms_id": f"s{c}-{n}", "send_time": ts, "sender": src,
                                   "receiver": str(8613900000000 + n * 7 % 90000), "content": "明天见"})
                else:
                    events.append({"type": "call", "call_id": f"c{c}-{n}", "start_time": ts, "caller": src,
                                   "callee": str(8613900000000 + n * 7919 % 90000),
                                   "caller_imei": f"35{c * 100000 + n % 20000:013d}"})
            bodies[c, r] = orjson.dumps({"events": events})
    return bodies


def batch_client(url: str, key: str, size: int, rounds: int, conc: int) -> None:
    """Run in a child process: post `rounds` batches per connection, print JSON timings."""
    bodies = make_bodies(size, rounds, conc)

    def worker(c: int) -> list[float]:
        lat = []
        with httpx.Client(base_url=url, headers={"X-API-Key": key, "Content-Type": "application/json"},
                          timeout=120) as cl:
            for r in range(rounds):
                t = time.perf_counter()
                resp = cl.post("/v1/screen/batch", content=bodies[c, r])
                lat.append(time.perf_counter() - t)
                assert resp.status_code == 200, resp.text[:300]
        return lat

    t0 = time.perf_counter()
    c0 = time.process_time()
    with ThreadPoolExecutor(conc) as ex:
        lats = [x for part in ex.map(worker, range(conc)) for x in part]
    wall = time.perf_counter() - t0
    print(json.dumps({"wall_s": wall, "latencies": lats, "client_cpu_s": time.process_time() - c0}))


def in_process(size: int, rounds: int) -> dict:
    """The server's share without HTTP: CPU time of the batch handler (``ScreeningAPI.handle``, columnar path,
    in-process state, no warehouse) on one connection's bodies, batch after batch."""
    from fraudwall.api.app import Metrics, ScreeningAPI
    from fraudwall.realtime.screen import Screener
    from fraudwall.realtime.state import InProcessState

    bodies = make_bodies(size, rounds, 1)
    api = ScreeningAPI(Screener(InProcessState()), None, Metrics())
    load = loadavg()
    cpu = []
    for r in range(rounds):
        c0 = time.process_time()
        status, _ = api.handle("batch", bodies[0, r], None)
        cpu.append((time.process_time() - c0) * 1000)
        assert status == 200
    steady = cpu[2:] or cpu  # the first batches meet an empty state
    return {"batch_size": size, "batches": rounds, "loadavg_before": load,
            "cpu_ms_per_batch": [round(x, 1) for x in cpu],
            "median_cpu_ms_per_batch_after_2": round(statistics.median(steady), 1),
            "decisions_per_cpu_s": round(size * 1000 / statistics.median(steady))}


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its live descendants, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    stats = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    parts = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(d)] = (int(parts[1]), (int(parts[11]) + int(parts[12])) / tick)
    todo, total = [pid], 0.0
    while todo:
        p = todo.pop()
        total += stats.get(p, (0, 0.0))[1]
        todo.extend(c for c, (pp, _) in stats.items() if pp == p)
    return total


def loadavg() -> list[str]:
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


def run_batch(url: str, key: str, size: int, rounds: int, conc: int, server_pid: int | None = None) -> dict:
    load = loadavg()
    cpu0 = tree_cpu(server_pid) if server_pid else 0.0
    out = subprocess.run([sys.executable, __file__, "--_batch-client", url, key, str(size), str(rounds), str(conc)],
                         capture_output=True, text=True, check=True).stdout
    res = json.loads(out)
    server_cpu = tree_cpu(server_pid) - cpu0 if server_pid else None
    lats = sorted(res["latencies"])
    n = len(lats) * size
    return {"batch_size": size, "batches": len(lats), "connections": conc, "loadavg_before": load,
            "decisions_per_s": round(n / res["wall_s"]),
            # contention-robust figures: CPU time per batch (server: all uvicorn processes; client: posting)
            "server_cpu_ms_per_batch": round(server_cpu * 1000 / len(lats), 1) if server_cpu is not None else None,
            "client_cpu_ms_per_batch": round(res["client_cpu_s"] * 1000 / len(lats), 1),
            "p50_ms_per_batch": round(statistics.median(lats) * 1000, 1),
            "p99_ms_per_batch": round(lats[min(len(lats) - 1, int(0.99 * len(lats)))] * 1000, 1)}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--_batch-client":
        url, key, size, rounds, conc = sys.argv[2:7]
        batch_client(url, key, int(size), int(rounds), int(conc))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--duration", type=int, default=15)
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--wrk-threads", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=10000)
    ap.add_argument("--batch-rounds", type=int, default=10)
    ap.add_argument("--batch-connections", type=int, default=2)
    ap.add_argument("--redis", help="Redis URL for shared state (default: in-process state per worker)")
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--skip-single", action="store_true")
    ap.add_argument("--in-process", action="store_true",
                    help="no server: CPU time of the batch handler per batch, in this process (--batch-rounds)")
    args = ap.parse_args()
    if args.in_process:
        print(json.dumps({"machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                          "in_process": in_process(args.batch_size, args.batch_rounds)}, indent=2))
        return

    from fraudwall.api.auth import KeyStore
    from fraudwall.warehouse.store import Warehouse

    tmp = Path(tempfile.mkdtemp(prefix="fw-bench-"))
    wh = Warehouse.create(tmp / "wh")
    key = KeyStore(wh).create("screening", "bench")[1]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "fraudwall", "serve", "--warehouse", str(wh.root), "--port", str(port),
           "--workers", str(args.workers)] + (["--redis", args.redis] if args.redis else [])
    server = subprocess.Popen(cmd)
    try:
        wait_up(url)
        single: dict = {}
        if not args.skip_single:
            run_wrk(url, key, args.connections, 3, args.wrk_threads)  # warm-up
            single_load = loadavg()
            single = run_wrk(url, key, args.connections, args.duration, args.wrk_threads)
            single["loadavg_before"] = single_load
        batch = None if args.skip_batch else run_batch(url, key, args.batch_size, args.batch_rounds,
                                                       args.batch_connections, server.pid)
    finally:
        server.terminate()
        server.wait(20)
        shutil.rmtree(tmp, ignore_errors=True)
    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    raw = single.pop("raw", "")
    print(json.dumps({"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                  "loadavg_after": load},
                      "workers": args.workers, "state": "redis" if args.redis else "in-process",
                      "single": single, "batch": batch}, indent=2))
    print(raw, file=sys.stderr)


if __name__ == "__main__":
    main()
