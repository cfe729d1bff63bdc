"""The same records give the same alerts and evidence whatever order they were loaded in: evidence samples
(a sender's sample message, a sample account, the acted card named beside its holder's other card...) are chosen by
value, not by scan order."""

from __future__ import annotations

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import Case, campaign, ingest_records, mule_chain
from tests.scenarios.library.patterns import reported_seller_pair

REG = Registry.load()


def _records() -> dict[str, list[dict]]:
    records: dict[str, list[dict]] = {}
    campaign(Case(1, records), kind="wildcard", receivers=30)  # each message has its own link
    mule_chain(Case(2, records))
    # an ID with two cards acted on (each named by the police) and a third card dialling strangers: the
    # sibling's alert names one of the two acted cards
    c = Case(3, records)
    reported_seller_pair(c)
    second = c.caller(n=3, answered=0.7, age_days=400, history=True, dur=300, id_key=f"id_{c.ns:03d}_seller")
    c.report(second, source="police", report_id="r3_second")
    return records


def _alerts(records: dict[str, list[dict]], tmp_path, name: str) -> list[tuple]:
    wh = ingest_records(records, tmp_path / f"data_{name}", tmp_path / f"wh_{name}")
    detect(wh, REG)
    con = wh.connect()
    rows = con.execute("SELECT scenario, entity, evidence FROM alerts ORDER BY scenario, entity").fetchall()
    reasons = con.execute("SELECT entity, reasons FROM scores ORDER BY entity").fetchall()
    con.close()
    return rows + reasons


def test_alerts_and_evidence_do_not_depend_on_record_order(tmp_path):
    forward = _records()
    backward = {rtype: list(reversed(rows)) for rtype, rows in forward.items()}
    a, b = _alerts(forward, tmp_path, "fwd"), _alerts(backward, tmp_path, "bwd")
    assert any('"sample_content"' in str(r[2]) for r in a if len(r) == 3), "the campaign fixture must be hit"
    assert any(r[0] == "calls.fraud_card_sibling" for r in a if len(r) == 3), "the sibling card must be hit"
    assert a == b
