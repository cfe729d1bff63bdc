"""``fraudwall demo``: the main job end to end on a simulated province.

simulate -> ingest -> detect -> evaluate, ending in the figures an anti-fraud
centre publishes, measured against the simulator's ground truth.
"""

from __future__ import annotations

import json
import shutil
import time
from datetime import date
from pathlib import Path

import click

from fraudwall.warehouse.store import Warehouse


def centre_report(wh: Warehouse) -> dict:
    """The published figures: warnings, interceptions, cards/devices/resources handled, money protected.

    Interceptions count the calls and SMS that actioned numbers made after the
    end of the day they were first actioned (what cutting them off would have
    stopped); money protected counts transfers into frozen accounts after the
    freeze.
    """
    con = wh.connect()
    con.execute(
        "CREATE TEMP TABLE first_action AS SELECT entity_type, entity, any_value(action ORDER BY window_start) AS action, "
        "min(window_end) AS effective FROM scores WHERE action IS NOT NULL AND action <> 'review' GROUP BY ALL"
    )

    def one(sql: str) -> float:
        v = con.execute(sql).fetchall()[0][0]
        return v or 0

    cut = "('block', 'suspend_and_reverify', 'warn')"
    out = {
        "warnings_pushed_to_victims": one("SELECT count(*) FROM first_action WHERE action = 'warn_victim'"),
        "numbers_blocked_or_suspended": one(f"SELECT count(*) FROM first_action WHERE entity_type = 'msisdn' AND action IN {cut}"),
        "calls_intercepted": one(
            f"SELECT count(*) FROM voice v JOIN first_action f ON f.entity_type = 'msisdn' AND f.entity = v.caller "
            f"AND f.action IN {cut} WHERE v.start_time >= f.effective"),
        "sms_intercepted": one(
            f"SELECT count(*) FROM sms s JOIN first_action f ON f.entity_type = 'msisdn' AND f.entity = s.sender "
            f"AND f.action IN {cut} WHERE s.send_time >= f.effective"),
        "card_seller_ids_punished": one("SELECT count(*) FROM first_action WHERE action = 'punish_card_seller'"),
        "devices_flagged": one("SELECT count(*) FROM first_action WHERE entity_type = 'imei'"),
        "web_resources_blocked": one("SELECT count(*) FROM first_action WHERE action = 'block_domain'"),
        "platform_clues_pushed": one("SELECT count(*) FROM first_action WHERE action = 'notify_platform'"),
        "accounts_frozen": one("SELECT count(*) FROM first_action WHERE action = 'freeze_account'"),
        "money_protected": round(one(
            "SELECT sum(t.amount) FROM transfers t JOIN first_action f ON f.entity_type = 'account' "
            "AND f.entity = t.to_account AND f.action = 'freeze_account' WHERE t.time >= f.effective"), 2),
        "alerts": one("SELECT count(*) FROM alerts"),
        "quarantined_rows": one("SELECT count(*) FROM quarantine"),
    }
    con.close()
    return out


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("demo-out"), show_default=True)
@click.option("--subscribers", type=int, default=20_000, show_default=True)
@click.option("--days", type=int, default=7, show_default=True)
@click.option("--seed", type=int, default=2026, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def demo(out: Path, subscribers: int, days: int, seed: int, as_json: bool) -> None:
    """Simulate a province, ingest it, run every scenario and report against ground truth."""
    from fraudwall.interchange.ingest import ingest
    from fraudwall.progress import track
    from fraudwall.scenarios.evaluate import evaluate
    from fraudwall.scenarios.registry import Registry
    from fraudwall.scenarios.runner import detect
    from fraudwall.sim.engine import simulate

    say = (lambda *a, **k: None) if as_json else click.echo
    data, whdir = out / "data", out / "warehouse"
    shutil.rmtree(data, ignore_errors=True)
    shutil.rmtree(whdir, ignore_errors=True)
    timings = {}
    t = time.perf_counter()
    say(f"1/4 simulating {subscribers:,} subscribers x {days} days (seed {seed}) -> {data}")
    simulate(data, subscribers, days, seed, date(2026, 3, 2), "parquet", track=track)
    timings["simulate_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    say("2/4 ingesting into the warehouse")
    rep = ingest(data, whdir, timezone="Asia/Shanghai")
    timings["ingest_s"] = round(time.perf_counter() - t, 1)
    say(f"    {sum(rep.loaded.values()):,} records loaded, {sum(rep.quarantined.values()):,} quarantined")
    t = time.perf_counter()
    wh = Warehouse.open(whdir)
    reg = Registry.load()
    say(f"3/4 detecting with {len(reg)} scenarios, day by day")
    det = detect(wh, reg)
    timings["detect_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    say("4/4 evaluating against the simulator's ground truth")
    ev = evaluate(wh, data / "truth", reg, max_unmatched=20)
    timings["evaluate_s"] = round(time.perf_counter() - t, 1)
    figures = centre_report(wh)
    result = {"figures": figures, "timings": timings, "windows": det.windows,
              "evaluation": {k: ev[k] for k in ("domains", "roles", "actions", "lookalikes", "lookalikes_linked",
                                             "unmatched_count")}}
    (out / "report.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    click.echo("\n== fraudwall anti-fraud report: simulated province, "
               f"{det.windows[0]} to {det.windows[-1]} ==" if det.windows else "\n== no data ==")
    labels = {
        "warnings_pushed_to_victims": "Warnings pushed to potential victims (预警劝阻)",
        "numbers_blocked_or_suspended": "Numbers blocked or suspended",
        "calls_intercepted": "Calls that would have been intercepted",
        "sms_intercepted": "SMS that would have been intercepted",
        "card_seller_ids_punished": "IDs punished for supplying cards or accounts (断卡)",
        "devices_flagged": "Devices flagged (SIM boxes / 猫池)",
        "web_resources_blocked": "Web resources blocked",
        "platform_clues_pushed": "Clues pushed to internet platforms",
        "accounts_frozen": "Bank accounts frozen",
        "money_protected": "Money protected (transfers into frozen accounts)",
        "alerts": "Scenario alerts",
        "quarantined_rows": "Input rows quarantined",
    }
    for k, label in labels.items():
        click.echo(f"  {label:<52}{figures[k]:>14,}")
    click.echo(f"\n  {'truth role':<28}{'entities':>9}{'alerted':>9}{'actioned':>9}{'recall':>8}")
    for role, r in ev["roles"].items():
        rec = "-" if r["recall_actioned"] is None else f"{r['recall_actioned']:.2f}"
        click.echo(f"  {role:<28}{r['entities']:>9}{r['alerted']:>9}{r['actioned']:>9}{rec:>8}")
    a = ev["actions"]
    prec = "-" if a["precision"] is None else f"{a['precision']:.2f}"
    click.echo(f"\n  actioned entities {a['entities_actioned']:,}, precision against truth {prec}")
    looks = ", ".join(f"{k} {v['actioned']}/{v['entities']}" for k, v in ev["lookalikes"].items())
    click.echo(f"  look-alikes actioned (should be 0): {looks or '-'}")
    linked = ev["lookalikes_linked"]
    click.echo(f"  their IDs, SIMs and handsets actioned (should be 0): {sum(v['actioned'] for v in linked.values())}"
               f" of {sum(v['entities'] for v in linked.values())}")
    click.echo(f"\n  timings: {timings}; full report in {out / 'report.json'}")
