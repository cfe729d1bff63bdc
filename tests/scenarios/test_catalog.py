"""The generated scenario catalogue: every scenario, per domain, with measured figures when given."""

from __future__ import annotations

from click.testing import CliRunner

from fraudwall.scenarios.catalog import catalog_markdown
from fraudwall.scenarios.cli import scenarios
from fraudwall.scenarios.registry import Registry

REG = Registry.load()


def test_catalog_lists_every_scenario_by_domain():
    md = catalog_markdown(REG)
    for s in REG:
        assert f"`{s.id}` v{s.version}" in md
        assert s.name_zh.split()[0] in md
    assert "## victims" in md and "## finance" in md
    assert md.index("## calls") < md.index("## cards")
    assert "precision" not in md.split("\n## ")[1].splitlines()[2]  # no measured columns without data


def test_catalog_shows_measured_precision_and_recall():
    sid = next(iter(REG.scenarios))
    measured = {"scenarios": {sid: {"precision": 0.5, "recall": 0.25}},
                "roles": {"victim": {"entities": 4, "alerted": 3, "actioned": 2, "recall_actioned": 0.5}},
                "actions": {"entities_actioned": 10, "precision": 0.9}, "lookalikes": {"courier": {"entities": 5, "actioned": 0}}}
    md = catalog_markdown(REG, measured, "seed 5, 100 subscribers x 1 day")
    row = next(line for line in md.splitlines() if line.startswith(f"| `{sid}`"))
    assert row.endswith("| 0.50 | 0.25 |")
    assert "seed 5, 100 subscribers x 1 day" in md and "| victim | 4 | 3 | 2 (0.50) |" in md
    assert "courier 0/5" in md


def test_catalog_command_prints_markdown():
    res = CliRunner().invoke(scenarios, ["catalog"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("# Scenario catalogue") and f"{len(REG)} scenarios" in res.output
    bad = CliRunner().invoke(scenarios, ["catalog", "--warehouse", "x"])
    assert bad.exit_code != 0 and "go together" in bad.output
