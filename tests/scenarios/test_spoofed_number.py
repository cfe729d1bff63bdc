"""calls.rt_spoofed_domestic_number's batch action: a landline shown only on calls from abroad is blocked, however few
people it reached (a gang forging a fresh number every few calls); one that also calls over domestic routes is a real
line the gang shows, and is reviewed."""

from __future__ import annotations

from datetime import timedelta

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records

SID = "calls.rt_spoofed_domestic_number"


def _calls(c: Case, caller: str, n: int, call_type: str, start: int = 0) -> None:
    for k in range(n):
        c.call(DAY + timedelta(minutes=start + 7 * k), caller, c.num(), 40 if k % 3 == 0 else 0, call_type=call_type)


def test_forged_landline_is_blocked_and_a_real_line_shown_from_abroad_only_reviewed(tmp_path):
    records: dict[str, list[dict]] = {}
    forged, real, once = "862363961437", "862363965210", "8631165677419"
    _calls(Case(1, records), forged, 10, "intl_in")
    c = Case(2, records)
    _calls(c, real, 10, "intl_in")
    _calls(c, real, 6, "fixed", start=3)
    _calls(Case(3, records), once, 1, "intl_in")  # a forged Shijiazhuang landline, shown on one call
    wh = ingest_records(records, tmp_path / "data", tmp_path / "wh")
    detect(wh, Registry.load(), only=[SID])
    con = wh.connect()
    got = dict(con.execute(f"SELECT entity, action FROM alerts WHERE scenario = '{SID}'").fetchall())
    ev = con.execute(f"SELECT evidence FROM alerts WHERE scenario = '{SID}' AND entity = '{real}'").fetchall()[0][0]
    con.close()
    assert got == {forged: "block", real: "review", once: "block"}
    assert '"domestic_calls":6' in ev.replace(" ", "")
