"""The overseas numbers of a call relay are blocked once the local relay lines are (calls.foreign_caller_into_blocked_lines,
a second-stage scenario); a foreign caller who also rings ordinary people, or one blocked line only, is not acted on."""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry, second_stage
from tests.scenarios.library.builders import Case, detect_day, load_fixture

SID = "calls.foreign_caller_into_blocked_lines"
fx = load_fixture(SID)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {name: getattr(fx, name)(Case(n, records)) for n, name in enumerate(("hit", "miss", "miss_one_line"), 1)}
    _, actions = detect_day(records, tmp_path_factory.mktemp("run"))
    return cases, actions


def test_runs_after_the_first_stage():
    assert second_stage(Registry.load().get(SID))


def test_overseas_end_of_a_relay_is_blocked(run):
    cases, actions = run
    assert actions[cases["hit"]] == "block"


@pytest.mark.parametrize("kind", ["miss", "miss_one_line"])
def test_other_foreign_callers_are_not_acted_on(run, kind):
    cases, actions = run
    assert actions.get(cases[kind]) in (None, "review")
