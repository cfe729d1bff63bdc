"""The warehouse: one folder of Parquet partitioned by local day, queried with DuckDB.

Layout::

    WH/fraudwall-warehouse.json          format marker, version, local time zone
    WH/catalog.db                        SQLite: loaded files (idempotency), batches
    WH/data/<type>/_day=YYYY-MM-DD/*.parquet   event records (one folder per local day)
    WH/data/<type>/*.parquet                   dimension records (subscribers, cells, ...)
    WH/quarantine/<type>/*.parquet       bad rows with source file, line and reason
    WH/results/<name>/_day=.../*.parquet detection results (alerts, scores)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from fraudwall.errors import WarehouseError
from fraudwall.interchange.schema import RECORD_TYPES, RecordType

MARKER = "fraudwall-warehouse.json"
FORMAT = "fraudwall-warehouse"
VERSION = 1
DAY = "_day"

QUARANTINE_COLUMNS = {
    "record_type": "VARCHAR", "source_file": "VARCHAR", "line": "BIGINT", "reason": "VARCHAR",
    "raw": "VARCHAR", "batch_id": "VARCHAR", "ingested_at": "TIMESTAMPTZ",
}

#: stored detection results and their columns (for empty views before the first run)
RESULT_COLUMNS = {
    "alerts": "NULL::VARCHAR AS scenario, NULL::INTEGER AS version, NULL::VARCHAR AS domain, "
              "NULL::VARCHAR AS entity_type, NULL::VARCHAR AS entity, NULL::DOUBLE AS score, NULL::DOUBLE AS weight, "
              "NULL::VARCHAR AS severity, NULL::VARCHAR AS action, NULL::BOOLEAN AS shadow, "
              "NULL::TIMESTAMPTZ AS window_start, NULL::TIMESTAMPTZ AS window_end, NULL::VARCHAR AS evidence",
    "scores": "NULL::VARCHAR AS entity_type, NULL::VARCHAR AS entity, NULL::TIMESTAMPTZ AS window_start, "
              "NULL::TIMESTAMPTZ AS window_end, NULL::DOUBLE AS score, NULL::VARCHAR AS primary_domain, "
              "NULL::BIGINT AS hits, NULL::VARCHAR[] AS scenarios, NULL::VARCHAR AS reasons, NULL::VARCHAR AS action",
}


class Warehouse:
    """A warehouse folder. Use :meth:`create` or :meth:`open`; :meth:`connect` for queries."""

    def __init__(self, root: Path, meta: dict) -> None:
        self.root = root
        self.meta = meta

    # ---- creation and opening -------------------------------------------------
    @classmethod
    def create(cls, root: str | Path, timezone: str = "UTC") -> Warehouse:
        """Create a new warehouse in ``root`` (which must be absent or empty)."""
        root = Path(root)
        if (root / MARKER).exists():
            return cls.open(root)
        if root.exists() and any(root.iterdir()):
            raise WarehouseError(f"{root}: folder is not empty and is not a fraudwall warehouse")
        _check_timezone(timezone)
        root.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT, "version": VERSION, "timezone": timezone,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        (root / MARKER).write_text(json.dumps(meta, indent=2) + "\n")
        wh = cls(root, meta)
        wh._init_catalog()
        return wh

    @classmethod
    def open(cls, root: str | Path) -> Warehouse:
        """Open an existing warehouse; a clear error if it is not one or is of another version."""
        root = Path(root)
        marker = root / MARKER
        if not root.is_dir():
            raise WarehouseError(f"{root}: no such warehouse folder (create one with `fraudwall ingest`)")
        if not marker.exists():
            raise WarehouseError(f"{root}: not a fraudwall warehouse (no {MARKER})")
        try:
            meta = json.loads(marker.read_text())
        except (OSError, json.JSONDecodeError) as exc:
            raise WarehouseError(f"{marker}: unreadable warehouse marker: {exc}") from None
        if meta.get("format") != FORMAT:
            raise WarehouseError(f"{marker}: not a fraudwall warehouse marker (format={meta.get('format')!r})")
        if meta.get("version") != VERSION:
            raise WarehouseError(
                f"{root}: warehouse format version {meta.get('version')} is not supported by this "
                f"fraudwall (expects version {VERSION}); re-ingest into a new warehouse"
            )
        wh = cls(root, meta)
        wh._init_catalog()
        return wh

    @classmethod
    def open_or_create(cls, root: str | Path, timezone: str | None = None) -> Warehouse:
        """Open ``root`` if it is a warehouse, otherwise create it."""
        root = Path(root)
        if (root / MARKER).exists():
            return cls.open(root)
        return cls.create(root, timezone or "UTC")

    @property
    def timezone(self) -> str:
        return self.meta["timezone"]

    def set_timezone(self, timezone: str) -> None:
        """Set the local time zone (only while the warehouse holds no data)."""
        _check_timezone(timezone)
        if timezone == self.timezone:
            return
        if any(self.data_files(rt) for rt in RECORD_TYPES):
            raise WarehouseError(
                f"{self.root}: warehouse time zone is {self.timezone}; it cannot change once data is loaded"
            )
        self.meta["timezone"] = timezone
        (self.root / MARKER).write_text(json.dumps(self.meta, indent=2) + "\n")

    # ---- paths ---------------------------------------------------------------------
    def data_dir(self, record_type: str) -> Path:
        return self.root / "data" / record_type

    def quarantine_dir(self, record_type: str) -> Path:
        return self.root / "quarantine" / record_type

    def results_dir(self, name: str) -> Path:
        return self.root / "results" / name

    def data_files(self, record_type: str) -> list[Path]:
        d = self.data_dir(record_type)
        return sorted(d.rglob("*.parquet")) if d.exists() else []

    def day_dir(self, record_type: str, day: str) -> Path:
        return self.data_dir(record_type) / f"{DAY}={day}"

    def days(self, record_type: str) -> list[str]:
        """Local days that hold records of ``record_type``."""
        d = self.data_dir(record_type)
        if not d.exists():
            return []
        return sorted(p.name.split("=", 1)[1] for p in d.glob(f"{DAY}=*") if any(p.glob("*.parquet")))

    # ---- catalog (SQLite) ------------------------------------------------------------
    def _init_catalog(self) -> None:
        with self.catalog() as db:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS loaded_files (
                    fingerprint TEXT NOT NULL, record_type TEXT NOT NULL, path TEXT NOT NULL,
                    batch_id TEXT NOT NULL, rows INTEGER NOT NULL, loaded INTEGER NOT NULL,
                    quarantined INTEGER NOT NULL, duplicates INTEGER NOT NULL, loaded_at TEXT NOT NULL,
                    PRIMARY KEY (fingerprint, record_type));
                """
            )

    @contextmanager
    def catalog(self) -> Iterator[sqlite3.Connection]:
        """A transaction on the warehouse catalog."""
        db = sqlite3.connect(self.root / "catalog.db", timeout=30)
        try:
            with db:
                yield db
        finally:
            db.close()

    # ---- queries -------------------------------------------------------------------
    def connect(self, threads: int | None = None) -> duckdb.DuckDBPyConnection:
        """A DuckDB connection with one view per record type (empty typed views for absent types)."""
        con = duckdb.connect()
        con.execute(f"SET TimeZone = '{self.timezone}'")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        for rt in RECORD_TYPES.values():
            con.execute(f"CREATE OR REPLACE VIEW {rt.name} AS {self.scan_sql(rt)}")
        for name, cols in RESULT_COLUMNS.items():
            files = sorted(self.results_dir(name).rglob("*.parquet")) if self.results_dir(name).exists() else []
            if files:
                con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({_sql_list(files)}, "
                            "union_by_name=true, hive_partitioning=false)")
            else:
                con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM (SELECT {cols}) WHERE false")
        qfiles = sorted((self.root / "quarantine").rglob("*.parquet")) if (self.root / "quarantine").exists() else []
        if qfiles:
            con.execute(f"CREATE OR REPLACE VIEW quarantine AS SELECT * FROM read_parquet({_sql_list(qfiles)}, union_by_name=true)")
        else:
            cols = ", ".join(f"NULL::{t} AS {c}" for c, t in QUARANTINE_COLUMNS.items())
            con.execute(f"CREATE OR REPLACE VIEW quarantine AS SELECT {cols} WHERE false")
        return con

    def scan_sql(self, rt: RecordType, days: list[str] | None = None, day_column: bool = False) -> str:
        """SQL that reads ``rt`` (optionally only some local days) with canonical column types first;
        with ``day_column`` also the local day ``_day`` (DATE) from the partition folder, which costs
        nothing per row, unlike converting each time to the warehouse's zone."""
        files = self.data_files(rt.name) if days is None else [
            f for d in days for f in sorted(self.day_dir(rt.name, d).glob("*.parquet"))
        ]
        canon = ", ".join(f"CAST({c.name} AS {c.duckdb_type}) AS {c.name}" for c in rt.columns)
        if not files:
            empty = ", ".join(f"NULL::{c.duckdb_type} AS {c.name}" for c in rt.columns)
            return f"SELECT {empty}{', NULL::DATE AS ' + DAY if day_column else ''} WHERE false"
        names = ", ".join(c.name for c in rt.columns)
        hive = f"hive_partitioning=true, hive_types={{'{DAY}': DATE}}" if day_column and rt.time_column \
            else "hive_partitioning=false"
        return (
            f"SELECT {canon}, * EXCLUDE ({names}) "
            f"FROM read_parquet({_sql_list(files)}, union_by_name=true, {hive})"
        )


def _sql_list(paths: list[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def _check_timezone(tz: str) -> None:
    con = duckdb.connect()
    try:
        con.execute(f"SET TimeZone = '{tz}'")
        con.execute("SELECT TIMESTAMPTZ '2026-01-01 00:00:00+00'::DATE").fetchall()
    except duckdb.Error:
        raise WarehouseError(f"unknown time zone {tz!r} (use an IANA name such as Asia/Shanghai)") from None
    finally:
        con.close()


def schema_connection(timezone: str = "UTC") -> duckdb.DuckDBPyConnection:
    """An in-memory connection with empty, typed views of every record type (for validating SQL)."""
    con = duckdb.connect()
    con.execute(f"SET TimeZone = '{timezone}'")
    for rt in RECORD_TYPES.values():
        empty = ", ".join(f"NULL::{c.duckdb_type} AS {c.name}" for c in rt.columns)
        con.execute(f"CREATE VIEW {rt.name} AS SELECT {empty} WHERE false")
    return con
