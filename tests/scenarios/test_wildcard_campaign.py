"""A personal number texting a fresh sub-domain per message is blocked, whatever opt-out text it carries
(sms.wildcard_link_sender v2); a few hosts are reviewed only."""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import DAY, Case, campaign, ingest_records

WILDCARD = "sms.wildcard_link_sender"


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    # 30 texts, each on its own host of one domain, with "回T退订" and no fraud words (the gambling campaign)
    forged = campaign(Case(1, records), "wildcard_opt_out", receivers=30, words=False)[0]
    # 8 texts on 8 hosts: a wildcard domain, but not a campaign of dozens
    few = campaign(Case(2, records), "wildcard_opt_out", receivers=8, words=False)[0]
    wh = ingest_records(records, tmp_path_factory.mktemp("data"), tmp_path_factory.mktemp("wh"))
    detect(wh, Registry.load())
    con = wh.connect()
    day = f"CAST(window_start AS DATE) = DATE '{DAY.date()}'"
    alerts = {e: sc for e, sc in con.execute(
        f"SELECT entity, score FROM alerts WHERE scenario = '{WILDCARD}' AND {day}").fetchall()}
    actions = dict(con.execute(f"SELECT entity, action FROM scores WHERE {day}").fetchall())
    con.close()
    return {"forged": forged, "few": few}, alerts, actions


def test_wildcard_campaign_with_forged_opt_out_is_blocked(results):
    nums, alerts, actions = results
    assert alerts[nums["forged"]] == pytest.approx(1.0)
    assert actions[nums["forged"]] == "block"


def test_few_wildcard_hosts_are_reviewed_only(results):
    nums, alerts, actions = results
    assert alerts[nums["few"]] == pytest.approx(0.55)
    assert actions[nums["few"]] in (None, "review")
