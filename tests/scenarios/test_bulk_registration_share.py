"""internet_accounts.bulk_registration acts on a burst that is most of a number's sign-ups, not on a few quick ones
among many (a student setting up a new phone); and (v4) only when the number is itself acted on in the window: a
burst alone is a review."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, ingest_records, regs

SID = "internet_accounts.bulk_registration"


@pytest.fixture(scope="module")
def actions(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    gang, student, quiet = Case(1, records), Case(2, records), Case(3, records)
    # five accounts in half an hour by a new card that dials strangers (acted on), and by a number doing nothing else
    bulk = regs(gang, 5, 30, msisdn=gang.caller(n=40, history=True))
    alone = regs(quiet, 5, 30)
    # a student: four accounts within an hour in the morning, then four more one by one over the day
    me = student.num(600000)
    first = regs(student, 4, 60, msisdn=me)
    student.sub(me, age_days=800)
    for i in range(4):
        student.add("internet_accounts", {"platform": f"app{i}", "account": f"late{i}", "msisdn": me,
                                          "register_time": (DAY + timedelta(hours=4 + 3 * i)).isoformat()})
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load())  # the whole library: v4 reads the other scenarios' actions
    con = wh.connect()
    rows = dict(con.execute(f"SELECT entity, action FROM alerts WHERE scenario = '{SID}'").fetchall())
    con.close()
    return rows[bulk], rows[first], rows[alone]


def test_a_burst_that_is_all_of_the_sign_ups_is_sent_to_the_platform(actions):
    assert actions[0] == "notify_platform"


def test_a_few_quick_sign_ups_among_many_earn_a_review_only(actions):
    assert actions[1] == "review"


def test_a_burst_by_a_number_not_acted_on_earns_a_review_only(actions):
    assert actions[2] == "review"
