"""catpool.imei_rotation calls a device new only with three days of look-back (f_imei_ext.new_device, history_cover):
a den of three outbound-only devices never seen before is suspended when the data holds four days before the window,
and not when it holds one (a firm's phones unseen on the data's first day, a Sunday, are no new devices on the
Monday)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records, simbox

SID = "catpool.imei_rotation"


def _alerts(tmp_path, lookback_days: int) -> tuple[set[str], str]:
    records: dict[str, list[dict]] = {}
    c = Case(1, records)
    den = simbox(c, imsis=1, den=3)
    for k in range(1, lookback_days + 1):  # ordinary phones calling on each look-back day: covered days
        for i in range(6):
            t = DAY - timedelta(days=k, hours=-i)
            c.call(t, c.num(500000 + i), c.num(600000 + i), 60)
            c.device(t, c.num(500000 + i), f"35{i:013d}", "elsewhere", "attach")
    wh = ingest_records(records, tmp_path / "data", tmp_path / "wh")
    detect(wh, Registry.load(), only=[SID])
    con = wh.connect()
    got = {e for (e,) in con.execute(f"SELECT entity FROM alerts WHERE scenario = '{SID}' "
                                     f"AND CAST(window_start AS DATE) = DATE '{DAY.date()}'").fetchall()}
    con.close()
    return got, den


@pytest.mark.parametrize("lookback_days, flagged", [(4, True), (1, False)])
def test_new_device_needs_three_days_of_look_back(tmp_path, lookback_days, flagged):
    got, den = _alerts(tmp_path, lookback_days)
    assert (den in got) is flagged
