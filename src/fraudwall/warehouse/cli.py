"""``fraudwall warehouse``: what a warehouse holds, its quarantine and its audit log."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fraudwall.interchange.schema import RECORD_TYPES
from fraudwall.privacy import mask_text
from fraudwall.progress import context_flag
from fraudwall.warehouse.store import Warehouse

warehouse_opt = click.option("--warehouse", "-w", required=True, type=click.Path(path_type=Path), help="Warehouse folder.")


@click.group()
def warehouse() -> None:
    """Inspect a warehouse."""


def info_dict(wh: Warehouse) -> dict:
    """Rows, days and files per record type, quarantine counts and loaded files."""
    con = wh.connect()
    types = {}
    for rt in RECORD_TYPES.values():
        files = wh.data_files(rt.name)
        if not files:
            continue
        n = con.execute(f"SELECT count(*) FROM {rt.name}").fetchall()[0][0]
        days = wh.days(rt.name)
        types[rt.name] = {"rows": n, "files": len(files), "first_day": days[0] if days else None,
                          "last_day": days[-1] if days else None}
    quarantined = dict(con.execute("SELECT record_type, count(*) FROM quarantine GROUP BY 1 ORDER BY 1").fetchall())
    with wh.catalog() as db:
        loaded_files = db.execute("SELECT count(*) FROM loaded_files").fetchall()[0][0]
    return {"path": str(wh.root), "timezone": wh.timezone, "format_version": wh.meta["version"],
            "record_types": types, "quarantined": quarantined, "loaded_files": loaded_files}


@warehouse.command("info")
@warehouse_opt
@click.option("--json", "as_json", is_flag=True)
def info(warehouse: Path, as_json: bool) -> None:
    """Record types, rows, days, quarantine counts."""
    d = info_dict(Warehouse.open(warehouse))
    if as_json:
        click.echo(json.dumps(d, indent=2))
        return
    click.echo(f"warehouse {d['path']} (format v{d['format_version']}, local time zone {d['timezone']}, "
               f"{d['loaded_files']} files loaded)")
    for t, r in d["record_types"].items():
        span = f"{r['first_day']} .. {r['last_day']}" if r["first_day"] else "-"
        click.echo(f"  {t:<20}{r['rows']:>14,} rows  {span}  quarantined {d['quarantined'].get(t, 0):,}")


@warehouse.command("quarantine")
@warehouse_opt
@click.option("--type", "record_type", help="Only this record type.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def quarantine(warehouse: Path, record_type: str | None, limit: int, as_json: bool) -> None:
    """Quarantined rows with source file, line and reason (raw values masked unless --unmask)."""
    unmask = context_flag("unmask")
    con = Warehouse.open(warehouse).connect()
    where, args = ("WHERE record_type = ?", [record_type]) if record_type else ("", [])
    rows = con.execute(f"SELECT record_type, source_file, line, reason, raw FROM quarantine {where} "
                       f"ORDER BY source_file, line LIMIT {int(limit)}", args).fetchall()
    if as_json:
        click.echo(json.dumps([{"record_type": r[0], "source_file": r[1], "line": r[2], "reason": r[3],
                                "raw": r[4]} for r in rows], ensure_ascii=False, indent=2))
        return
    for r in rows:
        raw = r[4] if unmask else mask_text(r[4] or "")
        click.echo(f"{r[1]}:{r[2]}: [{r[0]}] {r[3]}\n    {raw}")
