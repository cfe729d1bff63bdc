"""Actions stronger than review need corroboration by scenarios that suggest more than a review."""

from __future__ import annotations

from pathlib import Path

import pytest

from fraudwall.interchange.ingest import ingest
from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from fraudwall.scenarios.scoring import load_scoring
from fraudwall.warehouse.store import Warehouse
from tests.helpers import write_csv

SCENARIO = """
id: test.{name}
version: 1
name: {{en: Test {name}, zh: 测试}}
domain: calls
entity_type: msisdn
severity: high
weight: {weight}
sql: |
  SELECT msisdn AS entity, 1.0 AS score, callees FROM f_caller WHERE callees >= 10
evidence: [callees]
action: {action}
"""


@pytest.fixture
def wh(tmp_path: Path) -> Warehouse:
    rows = [{"call_id": f"c{i}", "start_time": f"2026-03-02T10:{i:02d}:00+08:00", "caller": "8613800000001",
             "callee": f"8613900{i:06d}", "duration_s": "20"} for i in range(12)]
    write_csv(tmp_path / "data" / "voice" / "v.csv", rows)
    ingest(tmp_path / "data", tmp_path / "wh", timezone="Asia/Shanghai")
    return Warehouse.open(tmp_path / "wh")


def _run(tmp_path: Path, wh: Warehouse, specs: list[tuple[str, float, str]], scoring=None) -> tuple:
    d = tmp_path / "s"
    d.mkdir(exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    for name, weight, action in specs:
        (d / f"{name}.yaml").write_text(SCENARIO.format(name=name, weight=weight, action=action))
    detect(wh, Registry.load([d], builtin=False), scoring=scoring)
    return wh.connect().execute("SELECT round(score, 4), round(actionable_score, 4), action FROM scores").fetchall()[0]


def test_review_level_hits_alone_earn_a_review_however_high_they_add_up(tmp_path, wh):
    score, actionable, action = _run(tmp_path, wh, [("night", 0.7, "review"), ("overlap", 0.7, "review")])
    assert score == pytest.approx(1 - 0.3 * 0.3) and score >= 0.9  # above the block threshold
    assert actionable == 0 and action == "review"


def test_one_actionable_hit_strong_enough_lets_the_whole_score_act(tmp_path, wh):
    score, actionable, action = _run(tmp_path, wh, [("night", 0.7, "review"), ("pattern", 0.6, "block")])
    assert actionable == 0.6 and score == pytest.approx(1 - 0.3 * 0.4) and action == "warn"
    # a weak actionable hit (below min_actionable) does not unlock the review-level pile
    _, actionable, action = _run(tmp_path, wh, [("night", 0.7, "review"), ("overlap", 0.7, "review"),
                                                ("pattern", 0.3, "block")])
    assert actionable == 0.3 and action == "review"


def test_min_actionable_is_set_in_the_scoring_config(tmp_path, wh):
    cfg = tmp_path / "scoring.yaml"
    cfg.write_text("min_actionable: 0.0\n")
    _, _, action = _run(tmp_path, wh, [("night", 0.7, "review"), ("overlap", 0.7, "review")], load_scoring(cfg))
    assert action == "block"
    cfg.write_text("min_actionable: 2\n")
    with pytest.raises(Exception, match="min_actionable"):
        load_scoring(cfg)


VICTIM = SCENARIO.replace("domain: calls", "domain: victims")


def test_fraud_side_hits_do_not_add_to_a_victim_warning(tmp_path, wh):
    """A click on a fraud link (a victim hit of 0.44, a review) and roaming in a high-risk region (a fraud
    caller's hit of 0.3): opposite claims about the number, so the victim score stays the click's own."""
    d = tmp_path / "s"
    d.mkdir()
    (d / "click.yaml").write_text(VICTIM.format(name="click", weight=0.44, action="warn_victim"))
    (d / "roaming.yaml").write_text(SCENARIO.format(name="roaming", weight=0.3, action="warn"))
    detect(wh, Registry.load([d], builtin=False))
    con = wh.connect()
    score, domain, action, scenarios = con.execute(
        "SELECT round(score, 4), primary_domain, action, scenarios FROM scores").fetchall()[0]
    assert domain == "victims" and score == pytest.approx(0.44) and action == "review"  # 1-0.56*0.7 = 0.61 warned
    assert set(scenarios) == {"test.click", "test.roaming"}  # both still explain the score
    # and a victim hit does not raise a fraud caller's score either
    (d / "click.yaml").write_text(VICTIM.format(name="click", weight=0.2, action="warn_victim"))
    (d / "roaming.yaml").write_text(SCENARIO.format(name="roaming", weight=0.7, action="block"))
    detect(wh, Registry.load([d], builtin=False))
    score, domain, action, _ = con.execute(
        "SELECT round(score, 4), primary_domain, action, scenarios FROM scores").fetchall()[0]
    assert domain == "calls" and score == pytest.approx(0.7) and action == "review"  # 1-0.3*0.8 = 0.76 warned


def test_a_victim_warning_scenario_of_another_domain_is_on_the_victim_side(tmp_path, wh):
    """A screen-sharing app after a fraud call (emerging domain, suggests warn_victim) and a caller-side review hit:
    the victim warning's score is its own, judged by the victims domain's thresholds: a victim's warning, not the
    emerging domain's warning about a suspect (which second-stage scenarios would take for a number acted on)."""
    d = tmp_path / "s"
    d.mkdir()
    (d / "screen.yaml").write_text(SCENARIO.replace("domain: calls", "domain: emerging").format(
        name="screen", weight=0.6, action="warn_victim"))
    (d / "night.yaml").write_text(SCENARIO.format(name="night", weight=0.5, action="review"))
    detect(wh, Registry.load([d], builtin=False))
    score, domain, action = wh.connect().execute("SELECT round(score, 4), primary_domain, action FROM scores").fetchall()[0]
    assert score == pytest.approx(0.6)  # 1-0.4*0.5 = 0.8 before
    assert domain == "victims" and action == "warn_victim"


def test_scenarios_of_one_family_count_once_by_their_strongest_hit(tmp_path, wh):
    """Two views of one behaviour (a fan-out at 0.6 and a low answer rate at 0.5) do not add up to a warning:
    the family counts its strongest hit; a scenario outside the family still adds."""
    cfg = tmp_path / "scoring.yaml"
    cfg.write_text("families:\n  fanout: [test.fanout, test.answer]\n")
    specs = [("fanout", 0.6, "block"), ("answer", 0.5, "block")]
    score, actionable, action = _run(tmp_path, wh, specs)  # shipped families: these test ids are in none
    assert score == pytest.approx(1 - 0.4 * 0.5) and action == "warn"
    score, actionable, action = _run(tmp_path, wh, specs, load_scoring(cfg))
    assert score == pytest.approx(0.6) and actionable == pytest.approx(0.6) and action == "review"
    score, _, action = _run(tmp_path, wh, [*specs, ("static", 0.5, "review")], load_scoring(cfg))
    assert score == pytest.approx(1 - 0.4 * 0.5) and action == "warn"
    reasons = wh.connect().execute("SELECT scenarios FROM scores").fetchall()[0][0]
    assert set(reasons) == {"test.fanout", "test.answer", "test.static"}  # every hit still explains the score


def test_families_are_checked_and_kept_when_a_user_config_omits_them(tmp_path):
    cfg = tmp_path / "scoring.yaml"
    cfg.write_text("families:\n  a: [x.one, x.two]\n  b: [x.two]\n")
    with pytest.raises(Exception, match="already in family a"):
        load_scoring(cfg)
    cfg.write_text("families:\n  a: x.one\n")
    with pytest.raises(Exception, match="families.a"):
        load_scoring(cfg)
    cfg.write_text("min_actionable: 0.5\n")
    assert load_scoring(cfg).families == load_scoring(None).families


def test_every_shipped_family_member_is_a_builtin_scenario():
    ids = {s.id for s in Registry.load([], builtin=True)}
    families = load_scoring(None).families
    assert families and set(families) <= ids


def test_a_hit_lowered_to_review_by_its_action_column_unlocks_no_action(tmp_path, wh):
    """A scenario suggesting a block whose SQL marks a weak tier of hits ``'review'`` (calls.stranger_dialling's
    five signals): the hit still adds to the score, but with a review-level hit it earns a review, not a warning;
    a hit its SQL leaves at the scenario's action still unlocks one."""
    d = tmp_path / "s"
    d.mkdir()
    tiered = SCENARIO.replace("1.0 AS score, callees", "1.0 AS score, {tier} AS action, callees")
    (d / "night.yaml").write_text(SCENARIO.format(name="night", weight=0.4, action="review"))
    (d / "tier.yaml").write_text(tiered.format(name="tier", weight=0.7, action="block", tier="'review'"))
    detect(wh, Registry.load([d], builtin=False))
    con = wh.connect()
    assert con.execute("SELECT action FROM alerts WHERE scenario = 'test.tier'").fetchall() == [("review",)]
    score, actionable, action = con.execute("SELECT round(score, 4), actionable_score, action FROM scores").fetchall()[0]
    assert score == pytest.approx(1 - 0.3 * 0.6) and actionable == 0 and action == "review"  # a warning before
    (d / "tier.yaml").write_text(tiered.format(name="tier", weight=0.7, action="block", tier="'block'"))
    detect(wh, Registry.load([d], builtin=False))
    assert con.execute("SELECT action FROM alerts WHERE scenario = 'test.tier'").fetchall() == [("block",)]
    assert con.execute("SELECT action FROM scores").fetchall() == [("warn",)]
