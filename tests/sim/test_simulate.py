"""Simulator behaviour: determinism, completeness, truth, delays, realism, formats, config."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.errors import InputError
from fraudwall.interchange.schema import RECORD_TYPES, TRUTH_TYPES
from fraudwall.sim.config import load_config
from fraudwall.sim.engine import simulate
from fraudwall.sim.stats import PLAUSIBLE, compute_stats

ROLES = {"fraud_caller", "simbox_sim", "simbox_device", "fixed_voip_line", "fraud_sms_sender", "fraud_domain",
         "fraud_app", "victim", "mule_account", "card_seller", "gang_member", "gang_phone", "benign"}
LOOKALIKES = {"courier", "sales", "call_centre", "traveller", "dual_sim", "dormant_resumed", "marketing_sender",
              "merchant"}


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sim") / "a"
    simulate(root, 6000, 4, 7)
    return root


def _table(root: Path, name: str) -> pa.Table:
    return pa.concat_tables(pq.read_table(p) for p in sorted((root / name).glob("*.parquet")))


def test_same_arguments_give_identical_bytes_and_other_seed_differs(tmp_path: Path) -> None:
    simulate(tmp_path / "a", 2000, 2, 11)
    simulate(tmp_path / "b", 2000, 2, 11)
    simulate(tmp_path / "c", 2000, 2, 12)
    a, b, c = _digest(tmp_path / "a"), _digest(tmp_path / "b"), _digest(tmp_path / "c")
    assert a == b
    assert a.keys() == c.keys()
    assert all(a[k] != c[k] for k in a if k.startswith(("voice", "subscribers", "truth")))


def test_every_record_type_present_with_contract_schema(out: Path) -> None:
    for name, rt in RECORD_TYPES.items():
        files = sorted((out / name).glob("part-*.parquet"))
        assert files, f"{name} missing"
        t = _table(out, name)
        assert t.column_names == rt.column_names
        assert t.num_rows > 0, name
        for col in rt.required:
            assert t[col].null_count == 0, f"{name}.{col} has nulls"
        for c in rt.columns:
            if c.type == "time":
                # instants (UTC in the file) labelled with the province's zone, so ingest knows local time
                assert t.schema.field(c.name).type == pa.timestamp("us", tz="Asia/Shanghai")
            if c.values:
                seen = set(pc.unique(t[c.name].drop_null()).to_pylist())
                assert seen <= set(c.values), f"{name}.{c.name}: {seen - set(c.values)}"
    event_days = sorted((out / "voice").glob("*.parquet"))
    assert len(event_days) == 4
    for name in ("entities", "events"):
        t = pq.read_table(out / "truth" / f"{name}.parquet")
        assert t.column_names == TRUTH_TYPES[name].column_names
        assert t.num_rows > 0


def test_every_role_and_lookalike_present_at_defaults(out: Path) -> None:
    truth = pq.read_table(out / "truth" / "entities.parquet")
    roles = set(truth["role"].to_pylist())
    assert roles >= ROLES, ROLES - roles
    benign = truth.filter(pc.equal(truth["role"], "benign"))
    assert set(benign["scheme"].to_pylist()) == LOOKALIKES
    fraud = truth.filter(pc.invert(pc.is_in(truth["role"], pa.array(["benign", "victim"]))))
    assert fraud["gang_id"].null_count == 0 or set(fraud.filter(pc.is_null(fraud["gang_id"]))["role"].to_pylist()) <= {"card_seller"}
    assert fraud["first_active"].null_count == 0
    # every fraud/victim number in truth is a subscriber
    subs = set(_table(out, "subscribers")["msisdn"].to_pylist())
    nums = truth.filter(pc.equal(truth["entity_type"], "msisdn"))
    assert set(nums["entity"].to_pylist()) - subs <= {e for e, s in zip(nums["entity"].to_pylist(), nums["scheme"].to_pylist(), strict=True) if s == "marketing_sender"}


def test_victims_lose_money_to_mules_after_contact(out: Path) -> None:
    truth = pq.read_table(out / "truth" / "entities.parquet")
    events = pq.read_table(out / "truth" / "events.parquet")
    mules = set(truth.filter(pc.equal(truth["role"], "mule_account"))["entity"].to_pylist())
    assert set(events["to_account"].to_pylist()) <= mules
    victims = truth.filter(pc.equal(truth["role"], "victim"))
    contact = dict(zip(victims["entity"].to_pylist(), victims["first_active"].to_pylist(), strict=True))
    for v, t in zip(events["victim"].to_pylist(), events["time"].to_pylist(), strict=True):
        assert contact[v] <= t
    tr = _table(out, "transfers")
    assert set(events["to_account"].to_pylist()) <= set(tr["to_account"].to_pylist())
    assert pc.min(events["amount"]).as_py() > 0


def test_reports_are_delayed_after_first_activity(out: Path) -> None:
    truth = pq.read_table(out / "truth" / "entities.parquet")
    first: dict[str, object] = {}
    for e, f in zip(truth["entity"].to_pylist(), truth["first_active"].to_pylist(), strict=True):
        first[e] = min(f, first.get(e, f))
    rep = _table(out, "reports")
    police = rep.filter(pc.is_in(rep["source"], pa.array(["police", "bank"])))
    assert police.num_rows > 0
    labels = set(police["label"].to_pylist())
    assert {"fraud", "victim"} <= labels
    for e, t in zip(police["entity"].to_pylist(), police["time"].to_pylist(), strict=True):
        assert t > first[e], e
    # only a fraction of fraud entities is ever reported
    fraud_ents = truth.filter(pc.invert(pc.is_in(truth["role"], pa.array(["benign", "victim"]))))
    assert police.num_rows < 0.6 * fraud_ents.num_rows


def test_population_statistics_in_plausible_ranges(out: Path) -> None:
    st = compute_stats(out)
    for key, (lo, hi) in PLAUSIBLE.items():
        assert lo <= st[key] <= hi, (key, st[key])
    hourly = np.array(st["hourly_share"])
    assert hourly[2:5].max() < hourly[9:12].min() / 10


def test_no_trivial_artefacts_in_identifiers(out: Path) -> None:
    truth = pq.read_table(out / "truth" / "entities.parquet")
    fraud_nums = set(truth.filter(pc.is_in(truth["role"], pa.array(["fraud_caller", "simbox_sim", "fraud_sms_sender"])))["entity"].to_pylist())
    subs = _table(out, "subscribers")
    nums = subs["msisdn"].to_pylist()
    benign_prefix = {n[:5] for n in nums if n not in fraud_nums and n.startswith("861")}
    assert {n[:5] for n in fraud_nums} <= benign_prefix
    imeis = set(_table(out, "device")["imei"].drop_null().to_pylist())
    for imei in imeis:
        d = [int(x) for x in imei]
        assert len(d) == 15
        s = sum(d[0::2][:-1]) + sum(sum(divmod(2 * x, 10)) for x in d[1::2]) + d[-1]
        assert s % 10 == 0, imei
    # fraud call durations are not constants
    voice = _table(out, "voice")
    fv = voice.filter(pc.and_(pc.is_in(voice["caller"], pa.array(sorted(fraud_nums))), pc.equal(voice["result"], "answered")))
    assert pc.count_distinct(fv["duration_s"]).as_py() > 50


def test_csv_format_is_valid_per_schema(tmp_path: Path) -> None:
    root = tmp_path / "csv"
    simulate(root, 2000, 1, 3, fmt="csv")
    iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
    for name, rt in RECORD_TYPES.items():
        files = sorted((root / name).glob("*.csv"))
        assert files, name
        for f in files:
            header = f.read_text(encoding="utf-8").splitlines()[0]
            assert header.replace('"', "").split(",") == rt.column_names
            t = pacsv.read_csv(f, convert_options=pacsv.ConvertOptions(
                column_types={c.name: pa.string() for c in rt.columns}, strings_can_be_null=True))
            for col in rt.required:
                assert t[col].null_count == 0 and pc.min(pc.utf8_length(t[col])).as_py() > 0, (name, col)
            for c in rt.columns:
                if c.type == "time":
                    vals = t[c.name].drop_null().to_pylist()
                    assert all(iso.match(v) for v in vals[:500]), (name, c.name, vals[:2])
    assert (root / "truth" / "entities.csv").exists() and (root / "truth" / "events.csv").exists()


def test_config_errors_name_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schemes:\n  simbox:\n    enabeld: true\n")
    with pytest.raises(InputError, match="schemes.simbox.enabeld"):
        load_config(bad)
    bad.write_text("traffic:\n  calls_per_day: lots\n")
    with pytest.raises(InputError, match="traffic.calls_per_day"):
        load_config(bad)
    good = tmp_path / "good.yaml"
    good.write_text("schemes:\n  simbox:\n    enabled: false\n  call_centre:\n    callers_per_10k: 5\n")
    cfg = load_config(good)
    assert cfg.schemes.simbox.enabled is False and cfg.schemes.call_centre.callers_per_10k == 5.0


def test_disabled_scheme_writes_no_such_role(tmp_path: Path) -> None:
    cfg_file = tmp_path / "c.yaml"
    cfg_file.write_text("schemes:\n  simbox:\n    enabled: false\n")
    simulate(tmp_path / "o", 2000, 1, 5, cfg=load_config(cfg_file))
    roles = set(pq.read_table(tmp_path / "o" / "truth" / "entities.parquet")["role"].to_pylist())
    assert "simbox_sim" not in roles and "fraud_caller" in roles


def test_cli_simulate_and_stats(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "cli"
    r = runner.invoke(cli, ["--quiet", "simulate", "--subscribers", "2000", "--days", "1", "--seed", "2",
                            "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "voice" / "part-20260302.parquet").exists()
    r = runner.invoke(cli, ["simulate", "--subscribers", "2000", "--days", "1", "--out", str(out)])
    assert r.exit_code != 0 and "not empty" in str(r.exception or r.output)
    r = runner.invoke(cli, ["simulate", "--stats", str(out), "--json"])
    assert r.exit_code == 0, r.output
    st = json.loads(r.output)
    assert st["days"] == 1 and "roles" in st
    bad = tmp_path / "bad.yaml"
    bad.write_text("nope: 1\n")
    r = runner.invoke(cli, ["simulate", "--out", str(tmp_path / "x"), "--config", str(bad)])
    assert r.exit_code != 0 and "nope" in str(r.exception)


def test_every_fraud_truth_entity_shows_in_the_records(out: Path) -> None:
    """Truth lists only what a detector could see: installed apps, visited or linked domains, IDs holding a
    card or an account, mule accounts that moved money."""
    truth = pq.read_table(out / "truth" / "entities.parquet")

    def ents(role: str, et: str | None = None) -> set[str]:
        t = truth.filter(pc.equal(truth["role"], role))
        if et:
            t = t.filter(pc.equal(t["entity_type"], et))
        return set(t["entity"].to_pylist())

    assert ents("fraud_app") <= set(_table(out, "apps")["app"].to_pylist())
    web = _table(out, "web")
    hosts = set(web["domain"].to_pylist()) | set(web["ip"].to_pylist())
    for text in set(_table(out, "sms")["content"].drop_null().to_pylist()):
        hosts.update(re.findall(r"https?://([^/:\s?#]+)", text))
    parents = {".".join(h.split(".")[i:]) for h in hosts for i in range(len(h.split(".")))}
    assert ents("fraud_domain") and ents("fraud_domain") <= parents
    ids = set(_table(out, "subscribers")["id_key"].to_pylist()) | set(_table(out, "bank_accounts")["id_key"].to_pylist())
    assert ents("gang_member") and ents("gang_member") | ents("card_seller") <= ids
    tr = _table(out, "transfers")
    assert ents("mule_account") <= set(tr["from_account"].to_pylist()) | set(tr["to_account"].to_pylist())
    # gang phones: handsets fraud cards used, never a SIM-box port
    phones = ents("gang_phone")
    assert phones and not phones & ents("simbox_device")
    fraud_nums = ents("fraud_caller") | ents("fraud_sms_sender")
    voice = _table(out, "voice")
    used = set(voice.filter(pc.is_in(voice["caller"], pa.array(sorted(fraud_nums))))["caller_imei"].drop_null().to_pylist())
    sms = _table(out, "sms")
    used |= set(sms.filter(pc.is_in(sms["sender"], pa.array(sorted(fraud_nums))))["sender_imei"].drop_null().to_pylist())
    dev = _table(out, "device")
    used |= set(dev.filter(pc.is_in(dev["msisdn"], pa.array(sorted(fraud_nums))))["imei"].drop_null().to_pylist())
    assert phones <= used


def test_holders_of_used_mule_accounts_are_card_sellers_unless_gang_members(out: Path) -> None:
    """The ID behind every mule account that moved victims' money is in truth: a gang member's, or (a rented
    account, 出租出借银行卡) a card seller's with scheme ``account_renter``; no other ID is an account renter."""
    truth = pq.read_table(out / "truth" / "entities.parquet").to_pylist()
    role = {(r["entity_type"], r["entity"]): (r["role"], r["scheme"]) for r in truth}
    mules = {r["entity"] for r in truth if r["role"] == "mule_account"}
    holders = {r["id_key"] for r in _table(out, "bank_accounts").to_pylist() if r["account_id"] in mules}
    assert holders and all(role.get(("id_key", h), ("", ""))[0] in ("gang_member", "card_seller") for h in holders)
    renters = {e for (et, e), (r, sch) in role.items() if et == "id_key" and sch == "account_renter"}
    assert renters and renters <= holders
    assert all(role[("id_key", h)] == ("card_seller", "account_renter") for h in holders - renters
               if role[("id_key", h)][0] != "gang_member")


def test_guided_visits_are_added_during_fraud_calls_and_change_no_other_activity(tmp_path: Path) -> None:
    """Call victims open the gang's site during the call (``guided_share``); the visits come from a stream of
    their own, so the other activity records are byte-identical whatever the share (reports and truth follow
    what was touched: a gang IP now visited is in truth and may be reported)."""
    for name, share in (("none", 0.0), ("all", 1.0)):
        cfg_file = tmp_path / f"{name}.yaml"
        cfg_file.write_text(f"schemes:\n  victims:\n    guided_share: {share}\n")
        simulate(tmp_path / name, 3000, 3, 5, cfg=load_config(cfg_file))
    none, every = _digest(tmp_path / "none"), _digest(tmp_path / "all")
    assert none.keys() == every.keys()
    changed = [k for k in none if none[k] != every[k]]
    assert all(k.startswith(("web/", "reports/", "truth/")) for k in changed), changed
    assert any(k.startswith("web/") for k in changed)
    before, after = _table(tmp_path / "none", "web"), _table(tmp_path / "all", "web")
    key = ("time", "msisdn", "domain")
    rows = set(zip(*(before[c].to_pylist() for c in key), strict=True))
    added = [r for r in zip(*(after[c].to_pylist() for c in key), strict=True) if r not in rows]
    assert rows <= set(zip(*(after[c].to_pylist() for c in key), strict=True)) and added
    truth = pq.read_table(tmp_path / "all" / "truth" / "entities.parquet")
    domains = set(truth.filter(pc.equal(truth["role"], "fraud_domain"))["entity"].to_pylist())
    victims = set(truth.filter(pc.equal(truth["role"], "victim"))["entity"].to_pylist())
    voice = _table(tmp_path / "all", "voice")
    calls: dict[str, list[tuple]] = {}
    for callee, start, dur in zip(voice["callee"].to_pylist(), voice["start_time"].to_pylist(),
                                  voice["duration_s"].to_pylist(), strict=True):
        calls.setdefault(callee, []).append((start, dur))
    for t, who, host in added:  # a victim's visit to a gang site while on a call
        assert who in victims and any(host.endswith("." + d) for d in domains), (who, host)
        assert any(s <= t <= s + timedelta(seconds=int(d)) for s, d in calls[who]), (who, t)
