"""The columnar SIMs-per-device store and the integer keys under it agree with the per-event dict store."""

from __future__ import annotations

import random

import numpy as np
import pytest

from fraudwall.realtime.intkeys import IntMap, Keys
from fraudwall.realtime.state import D1, H1, InProcessState, _Devs

T0 = 1772416800.0


def test_keys_are_one_to_one_and_named_back() -> None:
    k = Keys()
    strs = ["0", "9", "00", "01", "1", "10", "0123", "123", "8613800138000", "999999999999999999",
            "000000000000000000", "1234567890123456789", "", "35-abc", "١٢٣", "12 3", "8613800138000"]
    got = k.of(strs).tolist()
    assert len(set(got)) == len(set(strs))
    assert [k.name(x) for x in got] == strs
    assert got == [k.one(s) for s in strs]
    for same_len in (["123", "456", "007"], ["8613800000001", "8613800000002"],
                     ["1", "0123", "8613800138000", "999999999999999999", "00"]):  # (mixed lengths too)
        assert k.of(same_len).tolist() == [k.one(s) for s in same_len]
    assert k.of(["12,3", "4"]).tolist() == [k.one("12,3"), k.one("4")]
    assert k.one("never-seen", add=False) < -(1 << 62)
    k.prune(np.array([k.one("35-abc")]))
    assert set(k.odd) == {"35-abc"}


def test_intmap_matches_a_dict() -> None:
    rng = np.random.default_rng(3)
    m, ref = IntMap(), {}
    for step in range(60):
        q = np.unique(rng.integers(-50, 3000, rng.integers(1, 400)) * (1 if step % 2 else 10**15))
        v = rng.integers(0, 10**9, len(q))
        m.put(q, v)
        ref.update(zip(q.tolist(), v.tolist(), strict=True))
        gone = q[rng.random(len(q)) < 0.3]
        m.delete(gone)
        for x in gone.tolist():
            ref.pop(x, None)
        probe = np.concatenate([q, rng.integers(-60, 3100, 50)])
        assert m.get(probe).tolist() == [ref.get(x, -1) for x in probe.tolist()]
        assert [m.get1(x) for x in probe[:20].tolist()] == [ref.get(x, -1) for x in probe[:20].tolist()]
        assert m.live == len(ref)


def serial_sims(st: InProcessState, imeis, nums, ts) -> list[int]:
    return [st._device_sims(i, n, t) for i, n, t in zip(imeis, nums, ts.tolist(), strict=True)]


@pytest.mark.parametrize("cap", [16, 1 << 14])
def test_device_sims_of_a_batch_equal_one_by_one(cap: int) -> None:
    """Within a batch (a number seen earlier in it counts, a stored one only within its day) and across
    batches, with per-event device events and calls in between (IMEIs move between the two stores),
    times on the day boundary, sweeps, and a SIM box with many numbers."""
    rng = random.Random(1)
    serial, vector = InProcessState(), InProcessState()
    vector.dcols = _Devs(cap=cap)
    imeis = [f"35{i:013d}" for i in range(12)] + ["odd-imei", "3500000000000000001"]
    nums = [f"861380000{i:04d}" for i in range(60)] + ["0086138", "86138"]
    t = T0
    for b in range(40):
        n = rng.choice([1, 5, 50, 300])
        span = rng.choice([0, 60, 3500])
        ts = np.sort(np.array([t + rng.random() * span for _ in range(n)]))
        if b % 5 == 4:  # whole seconds: ties, and events exactly one day after stored times
            ts = np.floor(ts)
        ts = np.array(ts[rng.sample(range(n), n)] if b % 3 == 0 else ts)  # batch order is not time order
        if span > 0 and ts.max() - ts.min() > H1:
            ts = np.clip(ts, ts.min(), ts.min() + H1)
        box = rng.random() < 0.3
        ev_i = [imeis[0] if box and rng.random() < 0.7 else rng.choice(imeis) for _ in range(n)]
        ev_n = [rng.choice(nums) for _ in range(n)]
        want = serial_sims(serial, ev_i, ev_n, ts)
        # as on_batch does: IMEIs held by the per-event store move in first
        moved = list(vector.devices.keys() & set(ev_i))
        vector.dcols.put(moved, [vector.devices.pop(x) for x in moved])
        if b % 2:  # IMEIs and numbers given in another order, with the permutation into event order
            perm = list(range(n))
            rng.shuffle(perm)
            inv = np.argsort(perm)
            got = vector.dcols.sims([ev_i[j] for j in perm], [ev_n[j] for j in perm], ts, inv).tolist()
        else:
            got = vector.dcols.sims(ev_i, ev_n, ts).tolist()
        assert got == want, b
        for _ in range(rng.choice([0, 3])):  # per-event updates on both
            i, m, dt = rng.choice(imeis), rng.choice(nums), float(ts.max()) + rng.choice([0, 1, 30])
            if rng.random() < 0.5:
                serial.on_device(i, m, dt)
                vector.on_device(i, m, dt)
            else:
                assert serial._device_sims(i, m, dt) == vector._device_sims(i, m, dt)
        t = float(ts.max()) + rng.choice([1, 60, 3600, D1 - 1800, D1, D1 + 7200])
        if b % 7 == 6:
            for st in (serial, vector):
                st._next_dev_sweep = 0.0
                st._next_sweep = 1.0
                st._maybe_sweep(t)
        assert vector.device_table() == serial.device_table(), b


def test_devices_moved_into_an_empty_store_larger_than_it_holds() -> None:
    """Moving more device rows in at once than an empty store has room for grows it (the compaction that makes
    room found no row to keep and failed with an IndexError; the screening API answered 500 under batch load)."""
    store = _Devs(cap=8)
    a = {f"86138{i:08d}": 100.0 + i for i in range(6)}
    b = {f"86139{i:08d}": 200.0 + i for i in range(6)}
    store.put(["imei-a", "imei-b"], [a, b])
    assert store.take("imei-a") == a and store.take("imei-b") == b
