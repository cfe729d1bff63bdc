"""``fraudwall replay`` with and without ``--warehouse``: what the warehouse knows counts from when it was known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fraudwall.interchange.ingest import ingest
from fraudwall.realtime import replay as rp
from tests.helpers import write_csv

ROAMER = "8613800000001"  # roams in Cambodia on both days: batch detection flags it after day 1
LISTED = "8613800000002"  # put on the block list at noon of day 1
YOUNG = "8613800000003"  # card opened in February: young only by the warehouse's subscribers
QUIET = "8613800000004"


def _call(i: int, caller: str, day: int, hour: int, **kw) -> dict:
    return {"call_id": f"c{i}", "start_time": f"2026-03-0{day}T{hour:02d}:{i % 60:02d}:00+08:00", "caller": caller,
            "callee": f"86139{i:08d}", "duration_s": "0", "result": "no_answer", **kw}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> tuple[Path, Path, list[dict]]:
    root = tmp_path_factory.mktemp("replay")
    d = root / "data"
    calls = []
    for day in (2, 3):
        for hour in (9, 15):
            calls.append(_call(len(calls), ROAMER, day, hour, caller_roaming_country="KH"))
            calls.append(_call(len(calls), LISTED, day, hour))
            calls.append(_call(len(calls), QUIET, day, hour, duration_s="120", result="answered"))
    # the young card's burst: five calls to five numbers within five minutes, none answered
    calls += [_call(100 + j, YOUNG, 3, 10) for j in range(5)]
    write_csv(d / "voice" / "voice.csv", calls)
    subs = [{"msisdn": m, "id_key": f"id{m[-1]}", "line_type": "mobile", "open_time": "2019-05-01T10:00:00+08:00"}
            for m in (ROAMER, LISTED, QUIET)]
    subs.append({"msisdn": YOUNG, "id_key": "id3", "line_type": "mobile", "open_time": "2026-02-10T10:00:00+08:00"})
    wh_only = root / "wh_only"
    write_csv(wh_only / "subscribers" / "subscribers.csv", subs)
    write_csv(wh_only / "lists" / "lists.csv", [{"entity_type": "msisdn", "entity": LISTED, "list": "block",
                                                "reason": "police report", "added_time": "2026-03-02T12:00:00+08:00"}])
    # the warehouse holds the calls plus subscribers and lists the replayed folder does not have
    wh = root / "wh"
    ingest(d, wh, timezone="Asia/Shanghai")
    ingest(wh_only, wh)
    # one batch scenario (roaming in a high-risk region, suggested action warn), scored so that it warns
    scoring = root / "scoring.yaml"
    scoring.write_text("min_actionable: 0.25\nthresholds:\n  default: {review: 0.2, warn: 0.25, block: 0.9}\n")
    res = CliRunner().invoke(_cli(), ["-q", "detect", "-w", str(wh), "--only", "calls.rt_high_risk_roaming",
                                      "--scoring", str(scoring), "--json"])
    assert res.exit_code == 0, res.output
    return d, wh, calls


def _cli():
    from fraudwall.cli import cli

    return cli


def _decisions(result: dict, calls: list[dict]) -> dict[str, list[int]]:
    ev = result["events"]["voice"]
    by_id = dict(zip(ev["call_id"], result["call_decisions"].tolist(), strict=True))
    out: dict[str, list[int]] = {}
    for c in sorted(calls, key=lambda c: c["start_time"]):
        out.setdefault(c["caller"], []).append(by_id[c["call_id"]])
    return out


def test_replay_without_warehouse_knows_only_the_folder(data) -> None:
    d, _, calls = data
    dec = _decisions(rp.run(d), calls)
    assert dec[LISTED] == [0, 0, 0, 0]
    assert dec[ROAMER] == [0, 0, 0, 0]  # no high-risk region list, no batch scores
    assert dec[QUIET] == [0, 0, 0, 0]
    assert max(dec[YOUNG]) == 0  # card age unknown: no new-card rule


def test_replay_with_warehouse_uses_lists_scores_and_card_ages_from_when_they_hold(data) -> None:
    d, wh, calls = data
    result = rp.run(d, wh)
    assert result["version"].split(".")[0] != "data:data"
    dec = _decisions(result, calls)
    # block list entry added at noon of day 1: the morning call goes through, the later ones are blocked
    assert dec[LISTED] == [0, 2, 2, 2]
    # batch score of day 1 (warn action) holds from the end of its window: day 2's calls only
    assert dec[ROAMER] == [0, 0, 1, 1]
    assert dec[QUIET] == [0, 0, 0, 0]
    # card age from the warehouse's subscribers: the young card's burst is warned, then blocked
    assert dec[YOUNG] == [0, 1, 1, 2, 2]


def test_replay_cli_with_warehouse_reports_the_warehouse_state(data) -> None:
    d, wh, _ = data
    res = CliRunner().invoke(_cli(), ["replay", str(d), "--warehouse", str(wh), "--json"])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.output)
    assert rep["decisions"]["call"] == {"events": 17, "warn": 2 + 2, "block": 3 + 2}
    assert rep["truth"] is False


def test_report_counts_time_and_contacts_before_the_first_warn_and_block(tmp_path) -> None:
    """A fraud card's isolated night call, then a morning burst: hours to its first warn and block,
    but only the contacts it made before them (what got through)."""
    d = tmp_path / "data"
    fraud = "8613800000009"
    calls = [_call(0, fraud, 2, 1)] + [_call(10 + j, fraud, 2, 9) for j in range(5)]
    write_csv(d / "voice" / "voice.csv", calls)
    write_csv(d / "subscribers" / "subscribers.csv", [{"msisdn": fraud, "id_key": "idf", "line_type": "mobile",
                                                      "open_time": "2026-02-10T10:00:00+08:00"}])
    write_csv(d / "truth" / "entities.csv", [{"entity_type": "msisdn", "entity": fraud, "role": "fraud_caller",
                                              "scheme": "call_centre", "gang_id": "g1",
                                              "first_active": "2026-03-02T01:00:00+08:00"}])
    rep = rp.report(rp.run(d))
    r = rep["fraud_numbers"]["by_role"]["fraud_caller"]
    # calls at 01:00, then 09:10, 09:11, 09:12, 09:13, 09:14: warned at the second morning call, blocked at the fourth
    assert (r["numbers"], r["cut_off"], r["blocked"]) == (1, 1, 1)
    assert r["median_contacts_before_warn_or_block"] == 2 and r["median_contacts_before_block"] == 4
    assert r["median_minutes_to_warn_or_block"] == 491.0 and r["median_minutes_to_block"] == 493.0
    assert rep["fraud_numbers"]["median_contacts_before_block"] == 4
