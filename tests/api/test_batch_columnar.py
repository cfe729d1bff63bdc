"""The columnar batch path (body -> columns -> vectorised windows and rules -> one JSON string) answers
exactly as feeding the same events one by one to the single-event endpoints."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import orjson
import pytest

from fraudwall.api.app import Metrics, ScreeningAPI
from fraudwall.realtime import batchio
from fraudwall.realtime.replay import _Fixed
from fraudwall.realtime.screen import Screener
from fraudwall.realtime.state import InProcessState, _Cols, _Devs
from tests.realtime.test_batch_vector import CALLERS, SENDERS, TEXTS, extra_rules, knowledge

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).timestamp()


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat()


def api(small_store: bool = False) -> ScreeningAPI:
    state = InProcessState()
    if small_store:  # tiny arrays: compaction, growth and slot renumbering happen many times
        state.ccols, state.scols, state.dcols = _Cols(cap=16), _Cols(cap=16), _Devs(cap=16)
    return ScreeningAPI(Screener(state, _Fixed(knowledge()), extra_rules()), None, Metrics())


def call(t: float, caller: str, callee: str, i: int, **kw) -> dict:
    return {"type": "call", "call_id": f"c{i}", "start_time": iso(t), "caller": caller, "callee": callee, **kw}


def sms(t: float, sender: str, receiver: str, i: int, **kw) -> dict:
    return {"type": "sms", "sms_id": f"s{i}", "send_time": iso(t), "sender": sender, "receiver": receiver, **kw}


EDGES = ([0, 59, 60, 61, 599, 600, 601, 3599], [3600, 3601, 3660, 4200, 4201])


def edge_events(t0: float, start: int, dts: list[int]) -> list[dict]:
    """One young caller at exactly 1, 10 and 60 minutes apart (window edges), interleaved with others."""
    young, other = CALLERS[0], CALLERS[1]  # CALLERS[0] has a card of a week
    evs = []
    for j, dt in enumerate(dts):
        evs.append(call(t0 + dt, young, f"8613900{j % 4:06d}", start + 2 * j, caller_imei="350000000000001"))
        evs.append(call(t0 + dt, other, f"8613900{j:06d}", start + 2 * j + 1, caller_imei="350000000000001"))
    return evs


def random_events(rng: random.Random, n: int, t0: float, span: float, start: int) -> list[dict]:
    ts = sorted(t0 + (rng.random() * span if i % 3 else int(rng.random() * span)) for i in range(n))
    evs = []
    for j, t in enumerate(ts):
        if rng.random() < 0.7:
            c = rng.choice(CALLERS[:12]) if rng.random() < 0.7 else rng.choice(CALLERS)
            kw = {}
            if rng.random() < 0.8:
                kw["caller_imei"] = f"35{rng.randrange(8):013d}"
            if rng.random() < 0.1:
                kw["media"] = "video"
            if rng.random() < 0.05:
                kw["call_type"] = "intl_in"
            if rng.random() < 0.03:
                kw["caller_roaming_country"] = "KH"
            evs.append(call(t, c, f"8613900{rng.randrange(30):06d}", start + j, **kw))
        else:
            s = rng.choice(SENDERS[:8]) if rng.random() < 0.6 else rng.choice(SENDERS)
            kw = {"content": rng.choice(TEXTS)}
            if rng.random() < 0.5:
                kw["sender_imei"] = f"35{rng.randrange(8):013d}"
            evs.append(sms(t, s, f"8613900{rng.randrange(40):06d}", start + j, **kw))
    return evs


def one_by_one(a: ScreeningAPI, events: list[dict]) -> list[dict]:
    out = []
    for ev in events:
        rec = {k: v for k, v in ev.items() if k != "type"}
        status, body = a.handle(ev["type"], orjson.dumps(rec), None)
        assert status == 200, body
        out.append(orjson.loads(body))
    return out


@pytest.mark.parametrize("small_store", [False, True])
def test_batches_answer_exactly_as_single_calls(small_store: bool) -> None:
    rng = random.Random(5)
    batch_api, single_api = api(small_store), api()
    taken = 0
    t, i = T0, 0
    vector = 0
    screen_columns = batch_api.screener.screen_columns

    def counted(cols):
        nonlocal vector
        res = screen_columns(cols)
        vector += res is not None
        return res
    batch_api.screener.screen_columns = counted
    plan = [("edges", 0), ("edges", 1), ("batch", 400), ("single", 20), ("batch", 1), ("batch", 800), ("edges", 0),
            ("edges", 1), ("batch", 50), ("single", 30), ("batch", 600)] * 2
    for what, n in plan:
        if what == "edges":
            evs = edge_events(t if n == 0 else t - 3600, i, EDGES[n])
            t += 3600 if n == 0 else 602
        else:
            span = rng.choice([30, 600, 1800, 3500])
            evs = random_events(rng, n, t, span, i)
            t += span + rng.choice([0, 60, 900, 4000])
        i += len(evs) + 1
        want = one_by_one(single_api, evs)
        if what == "single":  # the batch side gets these one by one too: numbers move between the stores
            assert one_by_one(batch_api, evs) == want
            continue
        body = orjson.dumps({"events": evs})
        taken += batchio.parse_batch(body) is not None
        status, got = batch_api.handle("batch", body, None)
        assert status == 200
        version = single_api.screener.version()
        # byte for byte what orjson writes for the single answers
        assert got == orjson.dumps({"count": len(evs), "version": version, "results": want})
    assert taken == sum(1 for w, _ in plan if w != "single")
    assert vector >= taken - 4  # batches after a gap of more than an hour may go event by event
    st = batch_api.screener.state
    assert len(st.ccols) and len(st.scols)  # the columnar store holds numbers
    decisions = {r["decision"] for r in orjson.loads(got)["results"]}
    assert decisions == {"allow", "warn", "block"}
    for kind in ("call", "sms"):
        assert st.windows(kind) == single_api.screener.state.windows(kind)
    assert len(st.dcols)  # so does the device store, with the same contents
    assert st.device_table() == single_api.screener.state.device_table()


def test_refused_bodies_take_the_dict_path_with_the_same_answers() -> None:
    # Arabic-Indic digits pass the single-event validator (str.isdigit): the columnar parser leaves them
    # to the dict path, which answers as the single calls do
    evs = [call(T0, "٣٣٣٣", "8613900000001", 1), call(T0 + 1, CALLERS[0], "8613900000002", 2)]
    body = orjson.dumps({"events": evs})
    assert batchio.parse_batch(body) is None
    status, got = api().handle("batch", body, None)
    assert status == 200
    assert orjson.loads(got)["results"] == one_by_one(api(), evs)


def test_bad_events_get_422_naming_index_and_field() -> None:
    evs = [call(T0, CALLERS[0], "8613900000001", 1), call(T0, CALLERS[0], "86139x", 2),
           sms(T0, SENDERS[0], "8613900000001", 3), {"type": "sms", "sms_id": "s4", "sender": SENDERS[0],
                                                     "receiver": "1"}, {"type": "fax"}]
    evs[2]["send_time"] = "2026-03-02 09:00"  # no offset
    status, body = api().handle("batch", orjson.dumps({"events": evs}), None)
    assert status == 422
    locs = [(d["loc"], d["type"]) for d in orjson.loads(body)["detail"]]
    assert locs == [(["body", "events", 1, "callee"], "msisdn"), (["body", "events", 2, "send_time"], "datetime_parsing"),
                    (["body", "events", 3, "send_time"], "missing"), (["body", "events", 4, "type"], "enum")]


def test_ids_needing_escapes_are_serialised_as_orjson_does() -> None:
    evs = [call(T0, CALLERS[1], "8613900000001", 1), call(T0 + 1, CALLERS[1], "8613900000002", 2)]
    evs[0]["call_id"] = 'a"b\\c\n'
    status, got = api().handle("batch", orjson.dumps({"events": evs}), None)
    assert status == 200
    assert got == orjson.dumps({"count": 2, "version": api().screener.version(), "results": one_by_one(api(), evs)})


def test_vectorised_times_equal_the_single_event_parser() -> None:
    from datetime import timedelta, timezone

    from fraudwall.realtime.screen import parse_time

    rng = random.Random(2)
    col = []
    for _ in range(4000):
        tz = timezone(timedelta(minutes=rng.choice([-1, 1]) * rng.randrange(0, 24 * 60)))
        d = datetime(rng.randrange(1950, 2150), 1, 1, tzinfo=tz) + timedelta(
            seconds=rng.randrange(0, 366 * 86400), microseconds=rng.choice([0, rng.randrange(1, 10**6)]))
        col.append(d.isoformat())
    for size in (25, 32):
        part = [x for x in col if len(x) == size]
        assert batchio.iso_times(part).tolist() == [parse_time(x) for x in part]
    ok = "2024-02-29T23:59:59+08:00"
    assert batchio.iso_times([ok]).tolist() == [parse_time(ok)]
    for bad in ("2026-02-29T00:00:00+08:00", "2026-03-02T24:00:00+08:00", "2026-03-02T09:00:00Z",
                "2026-03-02T09:00:00.5+08:00", "2026-03-02T09:00:00+08:0x", "2026-13-02T09:00:00+08:00"):
        assert batchio.iso_times([ok, bad]) is None, bad  # left to the one-by-one parser
