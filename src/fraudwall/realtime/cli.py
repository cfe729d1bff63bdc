"""``fraudwall replay``."""

from __future__ import annotations

import json

import click


@click.command()
@click.argument("data_dir", type=click.Path(file_okay=False, exists=True))
@click.option("--warehouse", "-w", type=click.Path(file_okay=False, exists=True),
              help="Use this warehouse's lists, batch scores (from the end of their window), card ages and models; "
                   "default: the data folder's lists/ and subscribers/.")
@click.option("--no-device", is_flag=True, help="Do not feed device/ events (SIMs per device from calls and SMS only).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def replay(data_dir: str, warehouse: str | None, no_device: bool, as_json: bool) -> None:
    """Feed recorded or simulated events through the screening logic in event-time order and report
    how fast fraud numbers are cut off, victims' fraud contacts stopped and benign numbers blocked."""
    from fraudwall.realtime import replay as rp

    rep = rp.report(rp.run(data_dir, warehouse, with_device=not no_device))
    if as_json:
        click.echo(json.dumps(rep, indent=2, ensure_ascii=False))
        return
    tm = rep["timing"]
    click.echo(f"replayed {tm['calls']:,} calls, {tm['sms']:,} SMS, {tm['device_events']:,} device events "
               f"in {tm['screen_s']} s ({tm['screened_per_s']:,} decisions/s); state {rep['version']}")
    for kind, d in rep["decisions"].items():
        click.echo(f"  {kind}: {d['events']:,} screened, {d['warn']:,} warned, {d['block']:,} blocked")
    if not rep.get("truth"):
        click.echo("no truth/ folder: no detection figures")
        return
    f, v, b = rep["fraud_numbers"], rep["victim_contacts"], rep["benign_numbers"]
    click.echo(f"fraud numbers: {f['cut_off']}/{f['active']} cut off; median time to first warn/block "
               f"{f['median_minutes_to_warn_or_block']} min (to block {f['median_minutes_to_block']} min); "
               f"within 15 min {f['share_cut_off_within_15_min']:.1%}, within 30 min {f['share_cut_off_within_30_min']:.1%}")
    for role, r in f["by_role"].items():
        click.echo(f"  {role}: {r['cut_off']}/{r['numbers']} cut off, median {r['median_minutes_to_warn_or_block']} min")
    click.echo(f"victims' fraud contacts warned or blocked: {v['share_warned_or_blocked']:.1%} of {v['contacts']}; "
               f"after the first hour {v['share_after_first_hour_warned_or_blocked']:.1%} of {v['after_first_hour']}")
    click.echo(f"benign numbers ever blocked: {b['ever_blocked']}/{b['active']} ({b['share_ever_blocked']:.3%}); "
               f"ever warned or blocked {b['share_ever_warned_or_blocked']:.2%}")
