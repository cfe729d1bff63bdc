"""Real-time rules: the safe expression compiler and the realtime: sections of the library."""

from __future__ import annotations

import pytest

from fraudwall.errors import ScenarioError
from fraudwall.realtime.rules import CALL_FEATURES, compile_expression, load_rules, parse_realtime


def test_expression_evaluates_features() -> None:
    fn = compile_expression("calls_10m >= 30 and (unanswered_share_60m >= 0.6 or not roaming)", CALL_FEATURES)
    assert fn({"calls_10m": 31, "unanswered_share_60m": 0.7, "roaming": True})
    assert not fn({"calls_10m": 29, "unanswered_share_60m": 0.7, "roaming": False})
    assert compile_expression("0 < card_age_days < 90", CALL_FEATURES)({"card_age_days": 10})
    assert compile_expression("max(calls_1m, calls_10m / 10) >= 3", CALL_FEATURES)({"calls_1m": 1, "calls_10m": 40})


@pytest.mark.parametrize("expr, msg", [
    ("__import__('os').system('true')", "only min"),
    ("calls_10m.__class__", "Attribute"),
    ("open('x')", "only min"),
    ("calls_10m >= 3 and no_such_feature", "unknown feature 'no_such_feature'"),
    ("[x for x in calls_10m]", "not allowed"),
    ("calls_10m >=", "not a valid expression"),
    ("lambda: 1", "not allowed"),
])
def test_expression_rejects_anything_else(expr: str, msg: str) -> None:
    with pytest.raises(ScenarioError, match=msg):
        compile_expression(expr, CALL_FEATURES)


def test_realtime_section_is_validated() -> None:
    ok = parse_realtime("calls.x", 1, {"event": "call", "when": "calls_1m >= 5", "decision": "block"}, "f.yaml")
    assert ok.score == 0.9 and ok.evidence == ["calls_1m"]
    for spec, msg in [
        ({"event": "fax", "when": "x", "decision": "block"}, "event"),
        ({"event": "call", "when": "calls_1m > 1", "decision": "drop"}, "decision"),
        ({"event": "call", "when": "calls_1m > 1", "decision": "warn", "score": 2}, "score"),
        ({"event": "call", "decision": "warn"}, "missing key 'when'"),
        ({"event": "sms", "when": "calls_1m > 1", "decision": "warn"}, "unknown feature 'calls_1m'"),
        ({"event": "call", "when": "calls_1m > 1", "decision": "warn", "color": 1}, "unknown key 'color'"),
    ]:
        with pytest.raises(ScenarioError, match=msg):
            parse_realtime("calls.x", 1, spec, "f.yaml")


def test_library_realtime_rules_load_and_batch_sql_validates() -> None:
    from fraudwall.scenarios.registry import Registry

    reg = Registry.load()  # validates every scenario's batch SQL too: one definition, two uses
    rs = load_rules()
    ids = {r.id for r in rs.rules}
    assert {"calls.rt_burst_unanswered", "catpool.rt_multi_sim_device", "sms.rt_link_burst_new_card"} <= ids
    for r in rs.rules:
        assert reg.get(r.id).sql.strip()
    assert len(rs.fingerprint) == 8
