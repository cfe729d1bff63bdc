"""``fraudwall simulate``: write a synthetic province, or print statistics of one."""

from __future__ import annotations

import json
import shutil
import time
from datetime import datetime
from pathlib import Path

import click

from fraudwall.errors import InputError
from fraudwall.progress import quiet, track


@click.command("simulate")
@click.option("--subscribers", "-n", type=click.IntRange(min=1000), default=20_000, show_default=True,
              help="Number of benign subscriber lines (fraud cards come on top).")
@click.option("--days", "-d", type=click.IntRange(1, 366), default=7, show_default=True)
@click.option("--seed", "-s", type=click.IntRange(min=0), default=1, show_default=True)
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--start", type=click.DateTime(["%Y-%m-%d"]), default="2026-03-02", show_default=True,
              help="First simulated day (local date, UTC+8).")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="YAML file overriding the defaults (keys as in docs/simulator.md).")
@click.option("--force", is_flag=True, help="Replace the record folders of an existing output folder.")
@click.option("--stats", "stats_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Print population statistics of an existing output folder instead of simulating.")
@click.option("--json", "as_json", is_flag=True, help="With --stats: print JSON.")
@click.option("--dump-config", is_flag=True, help="Print the effective configuration as YAML and exit.")
def simulate(subscribers: int, days: int, seed: int, out: Path | None, start: datetime, fmt: str,
             config_path: Path | None, force: bool, stats_dir: Path | None, as_json: bool, dump_config: bool) -> None:
    """Simulate a province: every interchange-v1 record type plus truth/entities and truth/events."""
    from fraudwall.sim.config import config_to_dict, load_config

    if stats_dir is not None:
        from fraudwall.sim.stats import compute_stats, render

        if not stats_dir.is_dir():
            raise InputError(f"--stats folder {stats_dir} does not exist")
        st = compute_stats(stats_dir)
        click.echo(json.dumps(st, indent=2, ensure_ascii=False) if as_json else render(st))
        return
    cfg = load_config(config_path)
    if dump_config:
        import yaml

        click.echo(yaml.safe_dump(config_to_dict(cfg), sort_keys=False, allow_unicode=True))
        return
    if out is None:
        raise click.UsageError("--out is required (or use --stats DIR)")
    from fraudwall.sim.engine import DIMENSION_TYPES, EVENT_TYPES
    from fraudwall.sim.engine import simulate as run

    if out.exists() and any(out.iterdir()):
        if not force:
            raise InputError(f"output folder {out} is not empty (use --force to replace it)")
        for name in (*EVENT_TYPES, *DIMENSION_TYPES, "truth"):
            shutil.rmtree(out / name, ignore_errors=True)
    t0 = time.perf_counter()
    try:
        summary = run(out, subscribers, days, seed, start.date(), fmt, cfg, track=track)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if not quiet():
        click.echo(f"wrote {summary.files} files to {out} in {time.perf_counter() - t0:.1f} s")
        for k, v in summary.rows.items():
            click.echo(f"  {k:<18} {v:>12,} rows")
        click.echo("  truth roles: " + ", ".join(f"{k}={v}" for k, v in summary.roles.items()))
