"""The carry stage: scenarios reading ``earlier_actions`` run window by window in time order, after the days before
are stored, and read the actions stored for those days (this run's or an earlier run's).

victims.paid_frozen_account warns a person who pays an account frozen the day before (its fixture's case). Detecting
the whole period warns them on DAY; detecting DAY alone again reads the earlier run's stored actions of the day
before and warns them again, with the same alerts (no carry-stage hit is added twice); detecting DAY alone in a
warehouse with no stored results of the day before warns no one: the stage reads what was stored, it does not
re-detect earlier days.
"""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry, carry_stage
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records, load_fixture

FROZEN = "victims.paid_frozen_account"


def _day_results(wh) -> tuple[list[tuple], dict[str, str]]:
    con = wh.connect()
    on_day = f"CAST(window_start AS DATE) = DATE '{DAY.date().isoformat()}'"
    alerts = sorted(con.execute(f"SELECT scenario, entity, action, evidence FROM alerts WHERE {on_day}").fetchall())
    actions = dict(con.execute(f"SELECT entity, action FROM scores WHERE {on_day}").fetchall())
    con.close()
    return alerts, actions


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    payer = load_fixture(FROZEN).hit(Case(1, records))
    tmp = tmp_path_factory.mktemp("carry")
    wh = ingest_records(records, tmp / "data", tmp / "wh")
    reg = Registry.load()
    detect(wh, reg)
    whole = _day_results(wh)
    detect(wh, reg, since=DAY.replace(hour=0, minute=0))
    again = _day_results(wh)
    for name in ("alerts", "scores"):  # a warehouse that never stored the day before
        for d in (wh.results_dir(name)).iterdir():
            if d.name < f"_day={DAY.date().isoformat()}" or not d.name.startswith("_day="):
                shutil.rmtree(d)
    detect(wh, reg, since=DAY.replace(hour=0, minute=0))
    alone = _day_results(wh)
    return payer, whole, again, alone


def test_the_scenario_is_in_the_carry_stage():
    assert carry_stage(Registry.load().get(FROZEN))


def test_payer_of_an_account_frozen_the_day_before_is_warned(run):
    payer, (alerts, actions), _, _ = run
    hits = [a for a in alerts if a[0] == FROZEN and a[1] == payer]
    assert len(hits) == 1 and hits[0][2] == "warn_victim"
    assert f'"frozen_day":"{(DAY - timedelta(days=1)).date().isoformat()}"' in hits[0][3]
    assert actions[payer] == "warn_victim"


def test_detecting_the_day_again_reads_the_stored_day_before_and_adds_nothing_twice(run):
    _, whole, again, _ = run
    assert again == whole


def test_without_the_day_before_stored_no_one_is_warned(run):
    payer, _, _, (alerts, actions) = run
    assert not [a for a in alerts if a[0] == FROZEN]
    assert actions.get(payer) != "warn_victim"
