"""The vectorised batch path gives the same decisions, scores and reasons as the per-event path."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import numpy as np
import pytest

from fraudwall.realtime.lists import build
from fraudwall.realtime.replay import _Fixed
from fraudwall.realtime.rules import (
    compile_expression,
    compile_vector,
    load_rules,
    parse_realtime,
    rules_from,
)
from fraudwall.realtime.screen import Screener
from fraudwall.realtime.state import InProcessState

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).timestamp()
CALLERS = [f"86138000000{i:02d}" for i in range(40)] + ["85512345678", "6391234567"]
SENDERS = [f"86137000000{i:02d}" for i in range(30)]
TEXTS = ["晚上一起吃饭", "点击 http://pay-refund.top/a 领取退款", "www.bank-verify.xyz 验证", "好的", None,
         "see 10.1.2.3/x now"]


def knowledge():
    # (number, opened, enterprise line, identity document, closed): every fifth number on one ID with more
    # cards than the cap, and more cards on that ID opened while the batches run (they count from then on)
    subs = [(c, "2026-02-25T00:00:00+00:00" if i % 3 == 0 else "2019-01-01T00:00:00+00:00", i % 4 == 1,
             "id-many" if i % 5 == 0 else f"id-{i}", i % 7 == 3) for i, c in enumerate(CALLERS + SENDERS)]
    subs += [(f"861990000{j:04d}", datetime.fromtimestamp(T0 + 1800 * j, UTC).isoformat(), False, "id-many", False)
             for j in range(12)]
    lists = [("msisdn", CALLERS[5], "block", "test", "2026-03-01T00:00:00+00:00", None),
             ("msisdn", CALLERS[6], "allow", "test", "2026-03-01T00:00:00+00:00", None),
             ("msisdn", CALLERS[7], "watch", "test", "2026-03-02T09:10:00+00:00", None),
             ("domain", "pay-refund.top", "block", "test", None, None),
             ("msisdn", "855", "high_risk_region", "KH", None, None)]
    scores = [("msisdn", SENDERS[3], 0.97, "block", '[{"scenario": "sms.x"}]', "2026-03-02T09:05:00+00:00")]
    return build(lists, scores, subs, version="t")


def extra_rules():
    """The library rules plus some using every construct of the expression language."""
    base = load_rules().rules
    specs = [
        {"event": "call", "when": "calls_1m / (completed_60m - 1) > 0.5 or not video", "decision": "warn"},
        {"event": "call", "when": "1 < calls_10m <= 3 and max(calls_1m, device_sims_24h) in [2, 3]",
         "decision": "warn", "score": 0.3},
        {"event": "call", "when": "abs(-card_age_days + 30) < 40 and distinct_callees_60m != calls_60m",
         "decision": "block", "score": 0.5},
        {"event": "sms", "when": "sms_10m >= 3 and link_share_60m * 2 >= 1 and distinct_receivers_60m < sms_60m",
         "decision": "warn"},
        {"event": "sms", "when": "min(sms_1m, 2) + has_link >= 3 or roaming_high_risk", "decision": "block"},
        {"event": "call", "when": "enterprise_line and calls_10m >= 2", "decision": "warn", "score": 0.4},
        {"event": "sms", "when": "not enterprise_line and sms_10m >= 2", "decision": "warn", "score": 0.35},
        {"event": "call", "when": "id_cards >= 12 and calls_10m >= 2", "decision": "warn", "score": 0.45},
        {"event": "sms", "when": "id_cards > 10", "decision": "warn", "score": 0.3},
    ]
    more = [parse_realtime(f"x.r{i}", 1, sp, f"x{i}") for i, sp in enumerate(specs)]
    return rules_from(base + more)


def events(rng: random.Random, n: int, t0: float, span: float) -> list[tuple[str, dict, float]]:
    ts = sorted(t0 + (rng.random() * span if i % 3 else int(rng.random() * span)) for i in range(n))  # ties too
    out = []
    for j, t in enumerate(ts):
        if rng.random() < 0.7:
            c = rng.choice(CALLERS[:12]) if rng.random() < 0.7 else rng.choice(CALLERS)
            rec = {"call_id": f"c{t0}-{j}", "caller": c, "callee": f"8613900{rng.randrange(30):06d}",
                   "caller_imei": f"35{rng.randrange(8):013d}" if rng.random() < 0.8 else None,
                   "media": "video" if rng.random() < 0.1 else "voice",
                   "call_type": "intl_in" if rng.random() < 0.05 else "mobile",
                   "caller_roaming_country": "KH" if rng.random() < 0.03 else None}
            out.append(("call", rec, t))
        else:
            rec = {"sms_id": f"s{t0}-{j}", "sender": rng.choice(SENDERS[:8]) if rng.random() < 0.6 else rng.choice(SENDERS),
                   "receiver": f"8613900{rng.randrange(40):06d}", "content": rng.choice(TEXTS),
                   "sender_imei": f"35{rng.randrange(8):013d}" if rng.random() < 0.5 else None}
            out.append(("sms", rec, t))
    return out


def run_both(batches, cdrs=True, seed=0):
    k = knowledge()
    rules = extra_rules()
    serial = Screener(InProcessState(), _Fixed(k), rules)
    vector = Screener(InProcessState(), _Fixed(k), rules)
    rng = random.Random(seed)
    used = 0
    for items in batches:
        a = serial.screen_batch_serial(items)
        b = vector.screen_batch_vector(items)
        if b is None:
            b = vector.screen_batch_serial(items)
        else:
            used += 1
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        assert not diff, diff[:2]
        if cdrs:  # call outcomes and device events between batches, fed to both
            for kind, rec, t in items:
                if kind == "call" and rng.random() < 0.6:
                    d = rng.choice([0, 0, 5, 12, 200])
                    serial.state.on_call_end(rec["caller"], t, d)
                    vector.state.on_call_end(rec["caller"], t, d)
            dt = items[-1][2] if items else T0
            for _ in range(5):
                imei, m = f"35{rng.randrange(8):013d}", rng.choice(CALLERS)
                serial.state.on_device(imei, m, dt)
                vector.state.on_device(imei, m, dt)
    return serial, vector, used


def test_vectorised_batches_equal_the_per_event_path() -> None:
    rng = random.Random(7)
    batches = []
    t = T0
    for size, span in [(1, 1), (50, 30), (400, 600), (300, 1800), (1000, 3500), (5, 0), (200, 400)] * 3:
        batches.append(events(rng, size, t, span))
        t += span + rng.choice([0, 30, 900, 4000, 9000])
    serial, vector, used = run_both(batches)
    assert used >= len(batches) - 2
    # the windows themselves end up the same
    for kind in ("call", "sms"):
        a, b = serial.state.windows(kind), vector.state.windows(kind)
        assert len(b) > 10
        for key in set(a) & set(b):
            assert a[key] == b[key], key


def test_vectorised_path_is_taken_and_decides_something() -> None:
    rng = random.Random(3)
    k = knowledge()
    s = Screener(InProcessState(), _Fixed(k), extra_rules())
    items = events(rng, 2000, T0, 3000)
    out = s.screen_batch_vector(items)
    assert out is not None and len(out) == 2000
    assert {o["decision"] for o in out} == {"allow", "warn", "block"}


def test_out_of_order_batches_fall_back_and_still_agree() -> None:
    rng = random.Random(11)
    b1 = events(rng, 300, T0 + 600, 600)
    b2 = events(rng, 300, T0, 600)  # earlier than what the state has seen
    b3 = list(reversed(events(rng, 100, T0 + 1300, 100)))  # not in time order
    s = Screener(InProcessState(), _Fixed(knowledge()), extra_rules())
    s.screen_batch(b1)
    assert s.screen_batch_vector(b2) is None
    assert s.screen_batch_vector(b3) is None
    assert run_both([b1, b2, b3, events(rng, 300, T0 + 1500, 600)])[2] == 2


@pytest.mark.parametrize("expr", [
    "calls_1m / completed_60m > 1", "not (calls_1m / completed_60m > 1)", "video or calls_1m / completed_60m > 1",
    "calls_1m > 1 and calls_1m / completed_60m > 1", "1 < calls_1m < completed_60m / 0 + 5",
    "min(calls_1m, completed_60m) + video * 2 >= 2", "calls_1m not in [1, 2]", "True", "-calls_1m < -1",
])
def test_array_form_of_rules_equals_python(expr: str) -> None:
    feats = ["calls_1m", "completed_60m", "video"]
    fn = compile_expression(expr, feats)
    vfn = compile_vector(expr)
    rng = np.random.default_rng(1)
    cols = {"calls_1m": rng.integers(0, 4, 200), "completed_60m": rng.integers(0, 3, 200),
            "video": rng.integers(0, 2, 200).astype(bool)}
    want = []
    for i in range(200):
        try:
            want.append(bool(fn({c: cols[c].tolist()[i] for c in feats})))
        except ZeroDivisionError:
            want.append(False)
    assert vfn(cols, 200).tolist() == want
