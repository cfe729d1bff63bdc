"""Victim early warning: a person who opens a fraud SMS link is warned before paying anyone; a click on a
bulk link without fraud's marks (an invitation a person sent to many friends) is only reviewed."""

from __future__ import annotations

from datetime import timedelta

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, campaign, ingest_records, ts, victim


def _clicker(c: Case, kind: str, words: bool) -> str:
    me = c.num(700000)
    c.sub(me)
    sender, dom = campaign(c, kind, words=words)
    t = DAY + timedelta(hours=5)
    c.add("sms", {"sms_id": f"v{c.ns}", "send_time": ts(t - timedelta(minutes=5)), "sender": sender,
                  "receiver": me, "content": f"see http://www.{dom}/p"})
    c.add("web", {"time": ts(t), "msisdn": me, "domain": f"www.{dom}", "ip": "45.1.1.1"})
    return me


def test_fraud_link_click_is_warned_and_a_plain_bulk_link_click_reviewed(tmp_path):
    records: dict[str, list[dict]] = {}
    fraud = victim(Case(1, records), "sms", pay=False)  # wildcard sub-domains and fraud words, clicked
    plain = _clicker(Case(2, records), "plain", words=False)  # one host, no fraud words, no opt-out
    wh = ingest_records(records, tmp_path / "d", tmp_path / "wh")
    detect(wh, Registry.load(), only=["victims.fraud_sms_then_click"])
    con = wh.connect()
    actions = dict(con.execute("SELECT entity, action FROM scores").fetchall())
    con.close()
    assert actions.get(fraud) == "warn_victim"
    assert actions.get(plain) == "review"
