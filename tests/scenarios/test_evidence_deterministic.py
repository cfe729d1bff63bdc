"""The same records give the same alerts and evidence whatever order they were loaded in: evidence samples
(a sender's sample message, a sample account...) are chosen by value, not by scan order."""

from __future__ import annotations

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import Case, campaign, ingest_records, mule_chain

REG = Registry.load()


def _records() -> dict[str, list[dict]]:
    records: dict[str, list[dict]] = {}
    campaign(Case(1, records), kind="wildcard", receivers=30)  # each message has its own link
    mule_chain(Case(2, records))
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
    assert a == b
