"""Audit log: who saw and did what (exports of unmasked data, dispositions, key use)."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime

from fraudwall.warehouse.store import Warehouse


def record(wh: Warehouse, action: str, details: dict, actor: str | None = None) -> None:
    """Append one entry to the warehouse audit log."""
    with wh.catalog() as db:
        db.execute("CREATE TABLE IF NOT EXISTS audit_log (time TEXT NOT NULL, actor TEXT NOT NULL, "
                   "action TEXT NOT NULL, details TEXT NOT NULL)")
        db.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?)",
                   (datetime.now(UTC).isoformat(timespec="seconds"), actor or _user(), action, json.dumps(details)))


def entries(wh: Warehouse) -> list[tuple[str, str, str, dict]]:
    """All audit entries, oldest first."""
    with wh.catalog() as db:
        db.execute("CREATE TABLE IF NOT EXISTS audit_log (time TEXT NOT NULL, actor TEXT NOT NULL, "
                   "action TEXT NOT NULL, details TEXT NOT NULL)")
        rows = db.execute("SELECT time, actor, action, details FROM audit_log ORDER BY rowid").fetchall()
    return [(t, a, act, json.loads(d)) for t, a, act, d in rows]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
