"""Parameters declared ``same_as`` another scenario take that scenario's default for the parameter of the same name."""

from __future__ import annotations

import pytest

from fraudwall.errors import ScenarioError
from fraudwall.scenarios.model import parse_scenario
from fraudwall.scenarios.registry import Registry, resolve_same_as


def _doc(sid: str, params: dict) -> dict:
    return {"id": sid, "version": 1, "name": {"en": "x", "zh": "x"}, "domain": "calls", "entity_type": "msisdn",
            "severity": "low", "sql": "SELECT msisdn AS entity FROM f_msisdn WHERE callees >= {{n}}",
            "evidence": ["entity"], "action": "review", "params": params}


def _load(*docs: dict) -> dict:
    found = {d["id"]: parse_scenario(d) for d in docs}
    resolve_same_as(found)
    return found


def test_called_back_one_ring_shares_the_ring_and_hang_thresholds():
    reg = Registry.load(validate=False)
    ring, back = reg.get("calls.ring_and_hang"), reg.get("victims.called_back_one_ring")
    for name in ("min_callees", "min_unanswered", "max_ring_s"):
        assert back.params[name].same_as == "calls.ring_and_hang"
        assert back.params[name].default == ring.params[name].default is not None


def test_same_as_follows_a_chain_and_renders_the_default():
    found = _load(_doc("calls.a", {"n": {"default": 7}}), _doc("calls.b", {"n": {"same_as": "calls.a"}}),
                  _doc("calls.c", {"n": {"same_as": "calls.b", "description": "as b"}}))
    assert found["calls.c"].params["n"].default == 7 and "callees >= 7" in found["calls.c"].render()


@pytest.mark.parametrize("docs, message", [
    ([_doc("calls.b", {"n": {"same_as": "calls.a"}})], "not loaded"),
    ([_doc("calls.a", {"m": {"default": 1}, "n": {"default": 2}}), _doc("calls.b", {"n": {"same_as": "calls.a"}}),
      _doc("calls.c", {"m": {"same_as": "calls.b"}, "n": {"default": 1}})], "no such parameter"),
    ([_doc("calls.a", {"n": {"same_as": "calls.b"}}), _doc("calls.b", {"n": {"same_as": "calls.a"}})], "cycle"),
])
def test_same_as_errors(docs, message):
    with pytest.raises(ScenarioError, match=message):
        _load(*docs)


def test_same_as_is_declared_instead_of_a_default_and_needs_the_registry():
    with pytest.raises(ScenarioError, match="not both"):
        parse_scenario(_doc("calls.b", {"n": {"same_as": "calls.a", "default": 1}}))
    with pytest.raises(ScenarioError, match="scenario id"):
        parse_scenario(_doc("calls.b", {"n": {"same_as": 3}}))
    with pytest.raises(ScenarioError, match="calls.a's"):
        parse_scenario(_doc("calls.b", {"n": {"same_as": "calls.a"}})).render()
