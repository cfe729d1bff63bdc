"""``fraudwall ingest``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fraudwall.errors import InputError
from fraudwall.interchange.ingest import ingest as run_ingest
from fraudwall.interchange.profile import load_profile


@click.command()
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.option("--warehouse", "-w", required=True, type=click.Path(path_type=Path), help="Warehouse folder (created if absent).")
@click.option("--profile", "profile_path", type=click.Path(path_type=Path), help="Column-mapping profile (YAML).")
@click.option("--timezone", help="Local time zone of a new warehouse (IANA name); default: from the data's UTC offsets.")
@click.option("--json", "as_json", is_flag=True, help="Print counts as JSON.")
def ingest(data_dir: Path, warehouse: Path, profile_path: Path | None, timezone: str | None, as_json: bool) -> None:
    """Load an interchange v1 DATA_DIR (CSV, CSV.gz, Parquet, JSON Lines) into a warehouse.

    Bad rows go to quarantine with file, line and reason; files and records
    loaded before are recognised and not added again.
    """
    report = run_ingest(data_dir, warehouse, load_profile(profile_path), timezone)
    if as_json:
        out = report.as_json()
        if report.ignored:
            out["ignored"] = report.ignored
        if report.failed:
            out["failed"] = report.failed
        click.echo(json.dumps(out, indent=2, sort_keys=True))
        _fail_if_unreadable(report.failed)
        return
    types = sorted(set(report.loaded) | set(report.quarantined) | set(report.duplicates))
    click.echo(f"{'record type':<20}{'loaded':>12}{'quarantined':>14}{'duplicates':>12}")
    for t in types:
        click.echo(f"{t:<20}{report.loaded.get(t, 0):>12,}{report.quarantined.get(t, 0):>14,}{report.duplicates.get(t, 0):>12,}")
    for path in report.ignored:
        click.echo(f"not loaded (not interchange data): {path}", err=True)
    if any(report.quarantined.values()):
        click.echo(f"quarantined rows: see `fraudwall warehouse quarantine --warehouse {warehouse}`", err=True)
    _fail_if_unreadable(report.failed)


def _fail_if_unreadable(failed: list[dict]) -> None:
    """Files that could not be read at all end the command with an error naming each one."""
    if failed:
        lines = "\n".join(f"  {f['file']}: {f['error']}" for f in failed)
        raise InputError(f"{len(failed)} file(s) could not be read and were not loaded (the others were):\n{lines}")
