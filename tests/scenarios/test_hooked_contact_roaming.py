"""calls.hooked_people_contact's action: two people just hooked by a blocked fraud site, all the number talked to, make a
review; the same from a number roaming in a high-risk region (a den abroad phoning its app's new victims) a block."""

from __future__ import annotations

from datetime import timedelta

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import Case, ingest_records, opened_fraud_link

SID = "calls.hooked_people_contact"


def _caller(c: Case, roaming: str | None) -> str:
    """A card that phones two people 30 minutes after each opened the blocked site (video, ten minutes each)."""
    me = c.num(800000)
    c.sub(me, age_days=200)
    for p, t in opened_fraud_link(c, 2, step_min=10):
        c.call(t + timedelta(minutes=30), me, p, 600, caller_roaming_country=roaming, media="video")
    return me


def test_two_hooked_people_make_a_block_from_a_high_risk_region_only(tmp_path):
    records: dict[str, list[dict]] = {}
    abroad = _caller(Case(1, records), "KH")
    home = _caller(Case(2, records), None)
    travel = _caller(Case(3, records), "JP")
    wh = ingest_records(records, tmp_path / "data", tmp_path / "wh")
    detect(wh, Registry.load())  # the site is blocked by the web and SMS scenarios
    con = wh.connect()
    got = dict(con.execute(f"SELECT entity, coalesce(action, 'block') FROM alerts WHERE scenario = '{SID}'").fetchall())
    con.close()
    assert got == {abroad: "block", home: "review", travel: "review"}
