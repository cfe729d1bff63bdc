"""Scripted event sequences through the screening logic give the expected decisions and reasons."""

from __future__ import annotations

from datetime import UTC, datetime

from fraudwall.realtime.lists import build, find_links
from fraudwall.realtime.replay import _Fixed
from fraudwall.realtime.screen import Screener, validate
from fraudwall.realtime.state import InProcessState

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).timestamp()
OLD = "2020-01-01T00:00:00+00:00"
NEW = "2026-02-20T00:00:00+00:00"


def screener(lists=(), scores=(), subs=()) -> Screener:
    k = build(list(lists), list(scores), list(subs), version="test")
    return Screener(InProcessState(), _Fixed(k))


def call(i: int, caller: str = "8613800000001", callee: str | None = None, **kw) -> dict:
    return {"call_id": f"c{i}", "caller": caller, "callee": callee or f"86139{i:08d}", **kw}


def ids(out: dict) -> set[str]:
    return {r["id"] for r in out["reasons"]}


def test_quiet_caller_is_allowed() -> None:
    s = screener(subs=[("8613800000001", OLD)])
    out = s.screen_call(call(1), T0)
    assert out == {"decision": "allow", "score": 0.0, "reasons": [], "version": "test." + s.rules.fingerprint,
                   "call_id": "c1"}


def test_burst_of_unanswered_calls_from_a_young_card_is_blocked() -> None:
    s = screener(subs=[("8613800000001", "2025-12-01T00:00:00+00:00")])
    decisions = []
    for i in range(12):
        t = T0 + 30 * i
        out = s.screen_call(call(i), t)
        decisions.append(out["decision"])
        s.state.on_call_end("8613800000001", t, 0)  # nobody answers
    assert decisions[0] == "allow"
    assert decisions[-1] == "block"
    assert "calls.rt_burst_unanswered" in ids(out)
    ev = next(r for r in out["reasons"] if r["id"] == "calls.rt_burst_unanswered")["evidence"]
    assert ev["unanswered_share_60m"] == 1.0 and ev["calls_10m"] >= 4 and ev["distinct_callees_60m"] >= 8


def test_same_burst_but_answered_calls_from_an_old_card_is_allowed() -> None:
    s = screener(subs=[("8613800000001", OLD)])
    for i in range(12):
        out = s.screen_call(call(i), T0 + 30 * i)
        s.state.on_call_end("8613800000001", T0 + 30 * i, 120)
    assert out["decision"] == "allow"


def test_windows_slide() -> None:
    st = InProcessState()
    for i in range(5):
        f = st.on_call("8613800000001", f"8613900000{i:03d}", None, T0 + i)
    assert (f["calls_1m"], f["calls_10m"], f["calls_60m"], f["distinct_callees_60m"]) == (5, 5, 5, 5)
    f = st.on_call("8613800000001", "8613900000000", None, T0 + 700)
    assert (f["calls_1m"], f["calls_10m"], f["calls_60m"], f["distinct_callees_60m"]) == (1, 1, 6, 5)
    f = st.on_call("8613800000001", "8613900000000", None, T0 + 3700)
    assert (f["calls_60m"], f["distinct_callees_60m"]) == (2, 1)


def test_device_with_many_sims_blocks_at_first_call() -> None:
    s = screener()
    for i in range(5):
        s.record_device({"imei": "356000000000001", "msisdn": f"86170000000{i:02d}"}, T0 + i)
    out = s.screen_call(call(1, caller="8617000000000", caller_imei="356000000000001"), T0 + 10)
    assert out["decision"] == "block" and "catpool.rt_multi_sim_device" in ids(out)


def test_a_phone_shops_test_call_to_a_service_number_goes_through() -> None:
    """A shop's handset carrying its fifth customer SIM of the day: a test call to 10086 is let through, a call
    to an ordinary number from it is still blocked."""
    s = screener()
    for i in range(5):
        s.record_device({"imei": "356000000000009", "msisdn": f"86170000001{i:02d}"}, T0 + i)
    out = s.screen_call(call(1, caller="8617000000100", callee="10086", caller_imei="356000000000009"), T0 + 10)
    assert "catpool.rt_multi_sim_device" not in ids(out)
    out = s.screen_call(call(2, caller="8617000000100", caller_imei="356000000000009"), T0 + 11)
    assert out["decision"] == "block" and "catpool.rt_multi_sim_device" in ids(out)


def test_three_sims_on_a_handset_block_only_with_a_card_of_the_year() -> None:
    young, old = "8617000000001", "8617000000002"
    s = screener(subs=[(young, "2025-10-01T00:00:00+00:00"), (old, OLD)])
    for i, num in enumerate(("8617000000000", young, old)):
        s.record_device({"imei": "356000000000002", "msisdn": num}, T0 + i)
    out = s.screen_call(call(1, caller=old, caller_imei="356000000000002"), T0 + 10)
    assert out["decision"] == "allow"  # a family sharing an old phone
    out = s.screen_call(call(2, caller=young, caller_imei="356000000000002"), T0 + 11)
    assert out["decision"] == "block" and "catpool.rt_multi_sim_device" in ids(out)
    s.record_device({"imei": "356000000000002", "msisdn": "8617000000003"}, T0 + 12)
    out = s.screen_call(call(3, caller=old, caller_imei="356000000000002"), T0 + 13)
    assert out["decision"] == "block"  # four numbers: whatever the card age


def test_an_established_enterprise_line_on_a_gateway_goes_through() -> None:
    """A factory's GSM gateway: four enterprise trunk lines on one device; a call from one opened over 90 days
    ago goes through, one from a line opened last month is blocked (v5)."""
    old_trunk, new_trunk = "8617000000201", "8617000000202"
    s = screener(subs=[(old_trunk, OLD, True), (new_trunk, "2026-02-10T00:00:00+00:00", True)])
    for i, num in enumerate((old_trunk, new_trunk, "8617000000203", "8617000000204")):
        s.record_device({"imei": "356000000000020", "msisdn": num}, T0 + i)
    out = s.screen_call(call(1, caller=old_trunk, caller_imei="356000000000020"), T0 + 10)
    assert "catpool.rt_multi_sim_device" not in ids(out)
    out = s.screen_call(call(2, caller=new_trunk, caller_imei="356000000000020"), T0 + 11)
    assert out["decision"] == "block" and "catpool.rt_multi_sim_device" in ids(out)


def test_new_card_is_warned_at_its_second_call_and_blocked_at_its_fourth() -> None:
    """Tiers: a young card's second call to a second number within 10 minutes warns; the fourth,
    with half of the finished calls unanswered, blocks."""
    num = "8613800000001"
    s = screener(subs=[(num, "2026-01-10T00:00:00+00:00")])  # 51 days old
    decisions = []
    for i in range(5):
        t = T0 + 90 * i
        out = s.screen_call(call(i), t)
        decisions.append(out["decision"])
        s.state.on_call_end(num, t, 0 if i % 2 == 0 else 20)
    assert decisions == ["allow", "warn", "warn", "block", "block"]
    assert ids(out) >= {"calls.rt_burst_unanswered", "calls.rt_new_card_fanout"}
    # the same calls from an old card, or to the same callee again and again, are allowed
    s = screener(subs=[(num, OLD)])
    assert all(s.screen_call(call(i), T0 + 90 * i)["decision"] == "allow" for i in range(5))
    s = screener(subs=[(num, "2026-01-10T00:00:00+00:00")])
    assert all(s.screen_call(call(i, callee="8613900000077"), T0 + 90 * i)["decision"] == "allow"
               for i in range(5))


def test_young_card_answered_calls_warn_but_do_not_block() -> None:
    num = "8613800000001"
    s = screener(subs=[(num, "2026-01-10T00:00:00+00:00")])
    for i in range(8):
        out = s.screen_call(call(i), T0 + 60 * i)
        s.state.on_call_end(num, T0 + 60 * i, 95)  # everybody answers, real conversations
    assert out["decision"] == "warn" and ids(out) == {"calls.rt_new_card_fanout"}


def test_high_risk_roaming_warns_and_blocks_new_cards() -> None:
    lists = [("msisdn", "855", "high_risk_region", "KH", None, None)]
    s = screener(lists=lists, subs=[("8613800000001", OLD), ("8613800000002", NEW)])
    old = s.screen_call(call(1, caller="8613800000001", caller_roaming_country="KH"), T0)
    assert old["decision"] == "warn" and ids(old) == {"calls.rt_high_risk_roaming"}
    new = s.screen_call(call(2, caller="8613800000002", caller_roaming_country="KH"), T0)
    assert new["decision"] == "block" and "calls.rt_high_risk_roaming_new_card" in ids(new)
    assert s.screen_call(call(3, caller="8613800000001", caller_roaming_country="JP"), T0)["decision"] == "allow"


def test_lists_and_batch_scores() -> None:
    lists = [("msisdn", "8613800000009", "block", "police report", "2026-01-01T00:00:00+00:00", None),
             ("msisdn", "8613800000008", "allow", "bank hotline", None, None),
             ("msisdn", "855", "high_risk_region", "KH", None, None)]
    scores = [("msisdn", "8613800000007", 0.93, "suspend_and_reverify",
               '[{"scenario": "calls.fanout_low_callback", "score": 0.9}]', "2026-03-02T00:00:00+00:00"),
              ("msisdn", "8613800000008", 0.95, "block", "[]", "2026-03-02T00:00:00+00:00")]
    s = screener(lists, scores)
    blocked = s.screen_call(call(1, caller="8613800000009"), T0)
    assert blocked["decision"] == "block" and ids(blocked) == {"list.block"}
    assert blocked["reasons"][0]["evidence"]["reason"] == "police report"
    batch = s.screen_call(call(2, caller="8613800000007"), T0)
    assert batch["decision"] == "block" and ids(batch) == {"batch.calls.fanout_low_callback"}
    # a batch verdict is in force only from the end of its window
    early = s.screen_call(call(3, caller="8613800000007"), T0 - 86400)
    assert early["decision"] == "allow"
    # the allow list beats batch verdicts and real-time rules
    allowed = s.screen_call(call(4, caller="8613800000008", caller_roaming_country="KH"), T0)
    assert allowed["decision"] == "allow" and ids(allowed) == {"list.allow"}


def test_sms_link_burst_from_new_card_and_blocked_domain() -> None:
    lists = [("domain", "bad-loan.vip", "block", "phishing", None, None)]
    s = screener(lists, subs=[("8618000000001", NEW)])
    for i in range(4):
        out = s.screen_sms({"sms_id": f"s{i}", "sender": "8618000000001", "receiver": f"86139{i:08d}",
                            "content": "refund: http://x1.example.top/a"}, T0 + i)
    assert out["decision"] == "block" and "sms.rt_link_burst_new_card" in ids(out)
    dom = s.screen_sms({"sms_id": "s9", "sender": "8613800000005", "receiver": "8613900000001",
                        "content": "点击 http://pay.bad-loan.vip/x 领取"}, T0)
    assert dom["decision"] == "block" and ids(dom) == {"list.block"}
    assert dom["reasons"][0]["evidence"]["entity_type"] == "domain"


def test_blocked_domain_whatever_its_host_looks_like() -> None:
    """A host starting with a digit is a domain, not an IP, and a link after http:// counts whatever its top-level
    domain; on the per-event and the vectorised batch paths alike."""
    lists = [("domain", "4cpzvv.top", "block", "phishing", None, None),
             ("domain", "liaoliao-pegy.icu", "block", "phishing", None, None)]
    texts = ["领取 http://a7.4cpzvv.top/x", "加我 https://m.liaoliao-pegy.icu/chat", "晚上吃饭"]
    items = [("sms", {"sms_id": f"s{i}", "sender": f"861380000000{i}", "receiver": "8613900000001",
                      "content": t}, T0 + i) for i, t in enumerate(texts)]
    one = [screener(lists).screen_sms(rec, t) for _, rec, t in items]
    assert [r["decision"] for r in one] == ["block", "block", "allow"]
    assert all(r["reasons"][0]["evidence"]["entity_type"] == "domain" for r in one[:2])
    assert screener(lists).screen_batch(items) == one


def test_validation_names_fields() -> None:
    t, errs = validate({"call_id": "c1", "start_time": "yesterday", "caller": "+86138", "media": "fax"}, "call")
    locs = {tuple(e["loc"]): e["type"] for e in errs}
    assert locs == {("body", "callee"): "missing", ("body", "start_time"): "datetime_parsing",
                    ("body", "caller"): "msisdn", ("body", "media"): "enum"}
    t, errs = validate({"call_id": "c1", "start_time": "2026-03-01T08:15:00+08:00", "caller": "1",
                        "callee": "2"}, "call")
    assert not errs and t == datetime(2026, 3, 1, 0, 15, tzinfo=UTC).timestamp()
    _, errs = validate({"sms_id": "s", "send_time": "2026-03-01T08:15:00", "sender": "1", "receiver": "2"}, "sms")
    assert errs[0]["loc"] == ["body", "send_time"]


def _slow_dialler(num: str, opened: str, callees: list[str], answered_s: int = 20, enterprise: bool = False
                  ) -> list[str]:
    """One call every 8 minutes (never 3 within 10); every third one answered for ``answered_s`` seconds,
    every other one too when ``answered_s`` is long (people who talk to the caller)."""
    s = screener(subs=[(num, opened, enterprise)])
    out = []
    for i, callee in enumerate(callees):
        t = T0 + 480 * i
        out.append(s.screen_call(call(i, caller=num, callee=callee), t)["decision"])
        answered = i % 3 == 1 or (answered_s >= 30 and i % 2 == 1)
        s.state.on_call_end(num, t, answered_s if answered else 0)
    return out


def test_young_card_dialling_a_list_slowly_is_blocked_at_its_sixth_stranger() -> None:
    """Call-centre fraud cards dial a list at a call every several minutes, too slowly for the burst:
    six distinct numbers in the hour, none twice, 5 calls finished, most unanswered and the rest
    hung up within 30 s, block."""
    num = "8613800000001"
    young = "2026-01-10T00:00:00+00:00"
    strangers = [f"86139{i:08d}" for i in range(8)]
    out = _slow_dialler(num, young, strangers)
    assert out == ["allow", "warn", "warn", "warn", "warn"] + ["block"] * 3
    # look-alikes: a courier re-dialling a customer who did not answer (a number twice in the hour)...
    courier = strangers[:2] + [strangers[0]] + strangers[2:7]
    assert "block" not in _slow_dialler(num, young, courier)
    # ... a salesperson talking for minutes with half of those who answer ...
    assert "block" not in _slow_dialler(num, young, strangers, answered_s=240)
    # ... and the same list dialled from an old card
    assert set(_slow_dialler(num, OLD, strangers)) == {"allow"}
    # ... or from a young enterprise line (a call centre; batch excludes enterprise cards too)
    assert "block" not in _slow_dialler(num, young, strangers, enterprise=True)


def test_enterprise_line_burst_is_not_blocked_but_the_same_personal_card_is() -> None:
    young = "2025-12-01T00:00:00+00:00"
    for enterprise, expected in ((False, "block"), (True, "allow")):
        s = screener(subs=[("8613800000001", young, enterprise)])
        for i in range(12):
            out = s.screen_call(call(i), T0 + 30 * i)
            s.state.on_call_end("8613800000001", T0 + 30 * i, 0)
        assert ("calls.rt_burst_unanswered" in ids(out)) == (not enterprise)
        assert out["decision"] == expected or (enterprise and out["decision"] == "warn"), out


def test_slow_list_dialling_reason_names_the_window() -> None:
    num = "8613800000001"
    s = screener(subs=[(num, "2026-01-10T00:00:00+00:00")])
    for i in range(6):
        out = s.screen_call(call(i, caller=num), T0 + 480 * i)
        s.state.on_call_end(num, T0 + 480 * i, 0 if i % 2 == 0 else 12)
    assert out["decision"] == "block"
    ev = next(r for r in out["reasons"] if r["id"] == "calls.rt_burst_unanswered")["evidence"]
    assert ev["calls_10m"] == 2 and ev["calls_60m"] == ev["distinct_callees_60m"] == 6
    assert ev["completed_60m"] == 5 and ev["unanswered_share_60m"] == 0.6 and ev["short_share_60m"] == 1.0


def _id_cards(holder: str, n: int, opened: str = "2025-12-01T00:00:00+00:00", first: int = 1,
              closed: int = 0, enterprise: bool = False) -> list[tuple]:
    """``n`` cards on one identity document: (msisdn, opened, enterprise, id_key, closed) rows."""
    return [(f"86170{first + i:08d}", opened, enterprise, holder, i < closed) for i in range(n)]


def test_card_on_an_id_over_the_cap_is_blocked_at_its_first_call() -> None:
    s = screener(subs=_id_cards("id-seller", 8))
    out = s.screen_call(call(1, caller="8617000000003"), T0)
    assert out["decision"] == "block" and ids(out) == {"cards.rt_over_cap_id_caller"}
    ev = out["reasons"][0]["evidence"]
    assert ev["id_cards"] == 8 and ev["calls_10m"] == 1
    assert s.knowledge.id_cards("8617000000003", T0) == 8


def test_id_at_the_cap_closed_enterprise_and_later_cards_do_not_count() -> None:
    caller = "8617000000001"
    # five personal cards: the cap itself
    assert screener(subs=_id_cards("id-family", 5)).screen_call(call(1, caller=caller), T0)["decision"] == "allow"
    # eight cards of which three closed
    s = screener(subs=_id_cards("id-a", 8, closed=3))
    assert s.knowledge.id_cards(caller, T0) == 5 and s.screen_call(call(1, caller=caller), T0)["decision"] == "allow"
    # enterprise lines (a company's ID) are left to the enterprise rules
    s = screener(subs=_id_cards("id-company", 30, enterprise=True))
    assert s.knowledge.id_cards(caller, T0) == 0 and s.screen_call(call(1, caller=caller), T0)["decision"] == "allow"
    # cards opened after the call do not count yet
    subs = _id_cards("id-b", 5) + _id_cards("id-b", 3, opened="2026-03-05T00:00:00+00:00", first=100)
    s = screener(subs=subs)
    assert s.knowledge.id_cards(caller, T0) == 5 and s.screen_call(call(1, caller=caller), T0)["decision"] == "allow"
    later = T0 + 4 * 86400
    assert s.knowledge.id_cards(caller, later) == 8
    assert s.screen_call(call(2, caller=caller), later)["decision"] == "block"
    # unknown numbers and subscribers without an ID
    s = screener(subs=[(caller, OLD)])
    assert s.knowledge.id_cards(caller, T0) == 0 and s.knowledge.id_cards("8613899999999", T0) == 0


def test_bare_link_under_any_listed_top_level_domain_with_a_path() -> None:
    """A link written without http:// counts under any top-level domain on the Public Suffix List when a path follows
    (点击 x7.rw-task.icu/reg, as the batch takes bare links); without a path only under the common ones; an unlisted
    label (readme.txt/a) is no link. Per event and vectorised alike."""
    assert find_links("点击x7.rw-task.icu/reg 领取") == ["x7.rw-task.icu"]
    assert find_links("see u53985.xyz") == ["u53985.xyz"]
    assert find_links("see abc.live") == [] and find_links("readme.txt/a") == [] and find_links("abc.community") == []
    lists = [("domain", "rw-task.icu", "block", "phishing", None, None)]
    texts = ["日赚500，点击x7.rw-task.icu/reg 领取", "日赚500，点击 rw-task.icu 领取"]
    items = [("sms", {"sms_id": f"s{i}", "sender": f"861380000000{i}", "receiver": "8613900000001",
                      "content": t}, T0 + i) for i, t in enumerate(texts)]
    one = [screener(lists).screen_sms(rec, t) for _, rec, t in items]
    assert [r["decision"] for r in one] == ["block", "allow"]
    assert one[0]["reasons"][0]["evidence"]["entity_type"] == "domain"
    assert screener(lists).screen_batch(items) == one


def test_link_sms_from_a_card_on_an_id_over_the_cap_is_blocked_at_its_first_message() -> None:
    s = screener(subs=_id_cards("id-seller", 12, opened="2025-09-01T00:00:00+00:00"))  # older than 90 days
    link = {"sms_id": "s1", "sender": "8617000000002", "receiver": "8613900000001",
            "content": "您的包裹丢失，理赔请点 http://claim.example.top/a"}
    out = s.screen_sms(link, T0)
    assert out["decision"] == "block" and ids(out) == {"sms.rt_over_cap_id_link"}
    assert out["reasons"][0]["evidence"]["id_cards"] == 12
    # no link: allowed; the same link from a card at the cap: allowed
    plain = dict(link, sms_id="s2", content="晚上一起吃饭")
    assert s.screen_sms(plain, T0 + 1)["decision"] == "allow"
    s = screener(subs=_id_cards("id-family", 5, opened="2025-09-01T00:00:00+00:00"))
    assert s.screen_sms(link, T0)["decision"] == "allow"


def test_call_from_abroad_showing_a_domestic_landline_is_blocked_and_a_roaming_mobile_is_not() -> None:
    """A landline (023-6396xxxx) or a 400 number cannot roam: a call from abroad showing one has a forged caller ID and
    is blocked at its first call; a domestic mobile number calling from abroad (a traveller) and the same landline
    calling over a domestic route go through. Per event and vectorised alike."""
    items = [("call", call(i, caller=c, call_type=ct), T0 + i) for i, (c, ct) in enumerate([
        ("862363961437", "intl_in"), ("864008123456", "intl_in"), ("8613800000009", "intl_in"),
        ("862363961437", "fixed")])]
    one = [screener().screen_call(rec, t) for _, rec, t in items]
    assert [r["decision"] for r in one] == ["block", "block", "allow", "allow"]
    assert ids(one[0]) == {"calls.rt_spoofed_domestic_number"}
    assert screener().screen_batch(items) == one
