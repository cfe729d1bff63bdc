"""Every library scenario hits its hand-made fixture case and spares its look-alike.

All cases go into one warehouse (numbers, cells and devices are unique per case), which is ingested and
detected once; each scenario's alerts are then checked for its hit and miss entities. Besides ``hit`` and
``miss`` a fixture may define more cases as functions named ``hit_<what>`` and ``miss_<what>``.
"""

from __future__ import annotations

import pytest

from fraudwall.scenarios.registry import Registry
from fraudwall.scenarios.runner import detect
from tests.scenarios.library.builders import FIXTURES, Case, ingest_records, load_fixture

REG = Registry.load()
LIBRARY = sorted(s.id for s in REG if s.path is not None)


def _cases(mod, kind: str) -> list:
    """The fixture's ``hit`` (or ``miss``) case first, then its ``hit_*`` (``miss_*``) cases by name."""
    names = [kind] + sorted(n for n in vars(mod) if n.startswith(kind + "_") and callable(getattr(mod, n)))
    return [getattr(mod, n) for n in names]


def test_every_library_scenario_has_hit_and_miss_fixtures():
    missing = [sid for sid in LIBRARY if not (FIXTURES / sid / "cases.py").exists()]
    assert not missing, f"scenarios without fixtures: {missing}"
    for sid in LIBRARY:
        mod = load_fixture(sid)
        assert callable(getattr(mod, "hit", None)) and callable(getattr(mod, "miss", None)), sid


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    expected = {}
    prepare = []  # optional prepare(warehouse_dir) of a fixture: runs after ingest (e.g. registers a model)
    ns = 0
    for sid in LIBRARY:
        if not (FIXTURES / sid / "cases.py").exists():
            continue
        mod = load_fixture(sid)
        found = {}
        for kind in ("hit", "miss"):
            found[kind] = []
            for fn in _cases(mod, kind):
                ns += 1
                found[kind].append(fn(Case(ns, records)))
        expected[sid] = (found["hit"], found["miss"])
        if callable(getattr(mod, "prepare", None)):
            prepare.append(mod.prepare)
    wh_dir = tmp_path_factory.mktemp("wh")
    wh = ingest_records(records, tmp_path_factory.mktemp("fixtures"), wh_dir)
    for fn in prepare:
        fn(wh_dir)
    detect(wh, REG, only=[s for s in LIBRARY if s in expected])
    con = wh.connect()
    alerts: dict[str, set[str]] = {}
    for sid, ent in con.execute("SELECT DISTINCT scenario, entity FROM alerts").fetchall():
        alerts.setdefault(sid, set()).add(ent)
    con.close()
    return expected, alerts


@pytest.mark.parametrize("sid", LIBRARY)
def test_scenario_hits_its_case(results, sid):
    expected, alerts = results
    hits, _ = expected[sid]
    missed = [h for h in hits if h not in alerts.get(sid, set())]
    assert not missed, f"{sid} did not flag {missed}"


@pytest.mark.parametrize("sid", LIBRARY)
def test_scenario_spares_its_lookalike(results, sid):
    expected, alerts = results
    _, misses = expected[sid]
    flagged = [m for m in misses if m in alerts.get(sid, set())]
    assert not flagged, f"{sid} flagged the look-alike {flagged}"
