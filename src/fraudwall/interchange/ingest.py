"""Load an interchange v1 data folder into a warehouse.

Per file, in DuckDB and streaming (no file is held in Python memory):

1. the file's content fingerprint is looked up in the catalog: a file loaded
   before adds nothing and counts as duplicates;
2. a check pass computes every row's typed values, its reason when bad, its
   local day and the hash of its identity (key columns, or the whole row);
3. identities are compared in NumPy against the same batch and against what
   the warehouse already holds for the days touched (hash matches are then
   confirmed exactly in SQL, so a hash collision never drops a record);
4. good rows are written as Parquet partitioned by local day; a clean Parquet
   file already in canonical layout and within one day is copied as it is;
5. bad rows go to quarantine with source file, line number, reason and raw values.

CSV files are read (step 2 and the staged Parquet of step 4) two at a time on worker threads, each with its
own DuckDB cursor; steps 1 and 3-5 that read or write the warehouse run on the calling thread in file order,
so the result is the same as loading the files one by one.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import numpy as np
import xxhash

from fraudwall.errors import InputError
from fraudwall.interchange.profile import Profile, TypeMapping
from fraudwall.interchange.schema import RECORD_TYPES, RecordType
from fraudwall.interchange.validate import (
    ColumnPlan,
    key_hash_sql,
    lit,
    ok_sql,
    plan_column,
    q,
    reason_sql,
    vname,
)
from fraudwall.progress import track
from fraudwall.warehouse.store import DAY, Warehouse

log = logging.getLogger(__name__)

_JSON_OBJECT = "coalesce((CASE WHEN json_valid(_j) THEN json_type(_j) END) = 'OBJECT', false)"
_DESCRIBED = {"TIMESTAMPTZ": "TIMESTAMP WITH TIME ZONE"}  # how DESCRIBE spells our types
FORMATS = {".csv": "csv", ".csv.gz": "csv", ".tsv": "csv", ".parquet": "parquet",
           ".jsonl": "json", ".ndjson": "json", ".json": "json", ".jsonl.gz": "json"}


@dataclass
class FileResult:
    """What happened to one source file."""

    path: str
    record_type: str
    rows: int = 0
    loaded: int = 0
    quarantined: int = 0
    duplicates: int = 0
    skipped_as_loaded: bool = False
    copied: bool = False


@dataclass
class LoadReport:
    """Counts per record type for one ingest run."""

    loaded: dict[str, int] = field(default_factory=dict)
    quarantined: dict[str, int] = field(default_factory=dict)
    duplicates: dict[str, int] = field(default_factory=dict)
    files: list[FileResult] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)  # unreadable files: file, record_type, error

    def add(self, fr: FileResult) -> None:
        self.files.append(fr)
        for d, n in ((self.loaded, fr.loaded), (self.quarantined, fr.quarantined), (self.duplicates, fr.duplicates)):
            d[fr.record_type] = d.get(fr.record_type, 0) + n

    def as_json(self) -> dict:
        return {"loaded": self.loaded, "quarantined": self.quarantined, "duplicates": self.duplicates}


def file_format(path: Path) -> str | None:
    """The reader for a file by its name, or None when it is not a data file."""
    name = path.name.lower()
    for ext in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(ext):
            return FORMATS[ext]
    return None


def discover(data_dir: Path, profile: Profile) -> tuple[list[tuple[RecordType, Path]], list[str]]:
    """Data files per record type, and paths that were not recognised (reported, never silently skipped)."""
    if not data_dir.is_dir():
        raise InputError(f"{data_dir}: no such data folder")
    found: list[tuple[RecordType, Path]] = []
    ignored: list[str] = []
    folders = {}
    for rt in RECORD_TYPES.values():
        folders[profile.mapping(rt.name).folder] = rt
    for entry in sorted(data_dir.iterdir()):
        if entry.name.startswith((".", "_")) or entry.name == "truth":
            continue
        rt = folders.get(entry.name)
        if rt is None:
            ignored.append(str(entry))
            continue
        files = [entry] if entry.is_file() else sorted(p for p in entry.rglob("*") if p.is_file())
        for f in files:
            if f.name.startswith((".", "_")):
                continue
            if file_format(f) is None:
                ignored.append(str(f))
            else:
                found.append((rt, f))
    if not found:
        expected = ", ".join(sorted(folders))
        raise InputError(f"{data_dir}: no interchange data found (expected sub-folders: {expected})")
    return found, ignored


def fingerprint(path: Path) -> str:
    """Content hash of a file (xxh3-128), so a re-loaded or copied file is recognised."""
    import mmap

    h = xxhash.xxh3_128()
    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size:  # hashed straight from the page cache, no copies
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
                h.update(m)
    return h.hexdigest()


def infer_timezone(files: list[tuple[RecordType, Path]]) -> str | None:
    """Guess the local zone from the UTC offset written in the first text file's times (gzip-compressed text
    files too: left out, a province's ``+08:00`` calls would be cut into UTC days and hours)."""
    import gzip
    import re

    for rt, path in files:
        if rt.time_column is None:
            continue
        if file_format(path) == "parquet":  # a zone-labelled timestamp column says it directly
            import pyarrow as pa
            import pyarrow.parquet as pq

            try:
                field = pq.read_schema(path).field(rt.time_column)
            except (KeyError, OSError, pa.ArrowException):
                continue
            tz = getattr(field.type, "tz", None)
            if tz and tz.upper() not in ("UTC", "Z", "+00:00", "ETC/UTC"):
                return tz
            continue
        try:
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
                head = fh.read(20000)
        except (OSError, EOFError):  # a damaged file: its loader reports it
            continue
        m = re.search(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?([+-])(\d{2}):?(\d{2})", head)
        if m:
            sign, hh, mm = m.group(1), int(m.group(2)), int(m.group(3))
            if mm == 0 and hh != 0:
                return f"Etc/GMT{'-' if sign == '+' else '+'}{hh}"
            return "UTC" if hh == 0 and mm == 0 else None
        if re.search(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z", head):
            return "UTC"
    return None


def _utc_offset(zone: str) -> timedelta | None:
    """The zone's UTC offset on a fixed winter day (the zones inferred from the data's offsets keep one offset)."""
    return datetime(2026, 1, 15, 12, tzinfo=ZoneInfo(zone)).utcoffset()


def ingest(data_dir: str | Path, warehouse: str | Path | Warehouse, profile: Profile | None = None,
           timezone: str | None = None) -> LoadReport:
    """Load every interchange file under ``data_dir`` into ``warehouse`` (created when absent)."""
    profile = profile or Profile()
    data_dir = Path(data_dir)
    files, ignored = discover(data_dir, profile)
    if isinstance(warehouse, Warehouse):
        wh = warehouse
    else:
        tz = timezone or profile.timezone
        inferred = None if tz else infer_timezone(files)
        wh = Warehouse.open_or_create(warehouse, tz or inferred or "UTC")
        offset = _utc_offset(inferred) if inferred else None
        if offset is not None and offset != _utc_offset(wh.timezone):
            log.warning("%s: the data's times are written at UTC offset %s but the warehouse's days and hours are %s "
                        "(set when it was created); they are loaded as %s (create the warehouse with --timezone to "
                        "change it)", wh.root, offset, wh.timezone, wh.timezone)
    if timezone and timezone != wh.timezone:
        wh.set_timezone(timezone)
    report = LoadReport(ignored=ignored)
    for path in ignored:
        log.warning("not interchange data, not loaded: %s", path)
    batch = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    staging = wh.root / "_staging" / batch
    con = _connection(wh, staging)
    loaders = [FileLoader(con, wh, rt, path, profile.mapping(rt.name), profile, batch, i, staging)
               for i, (rt, path) in enumerate(files)]
    try:
        for fl, exc in track(_prepared(loaders), "ingest", total=len(loaders)):
            try:
                if exc is not None:
                    raise exc
                fr = fl.run()
            except (duckdb.Error, OSError, InputError) as err:  # unreadable file: say which and why, load the others
                reason = str(err).strip().splitlines()[0]
                report.failed.append({"file": str(fl.path), "record_type": fl.rt.name, "error": reason})
                log.error("%s: not loaded (%s); nothing of it was recorded, fix it and load again", fl.path, reason)
                continue
            finally:
                fl.close()
            report.add(fr)
            log.info("%s %s: %d loaded, %d quarantined, %d duplicates", fl.rt.name, fl.path.name,
                     fr.loaded, fr.quarantined, fr.duplicates)
    finally:
        con.close()
        shutil.rmtree(wh.root / "_staging", ignore_errors=True)
    return report


def _workers() -> int:
    """Files read at once: one per core, at most two (each file's query also uses DuckDB's threads)."""
    return max(1, min(2, os.cpu_count() or 1))


def _prepared(loaders: list[FileLoader]) -> Iterator[tuple[FileLoader, BaseException | None]]:
    """The loaders in order, each with its source-only part (``FileLoader.prepare``) done, and the error that
    part raised, if any. CSV files are prepared by a small thread pool a few files ahead, so one file's
    parse overlaps the next one's; everything that reads or writes the warehouse stays in file order."""
    workers = _workers()
    if workers < 2 or sum(fl.fmt == "csv" for fl in loaders) < 2:
        for fl in loaders:
            yield fl, _call(fl.prepare)
        return
    with ThreadPoolExecutor(workers, thread_name_prefix="ingest") as pool:
        pending: dict[int, Future] = {}

        def submit(j: int) -> None:
            if j < len(loaders) and loaders[j].fmt == "csv":
                pending[j] = pool.submit(_call, loaders[j].prepare)

        for j in range(workers):
            submit(j)
        try:
            for i, fl in enumerate(loaders):
                fut = pending.pop(i, None)
                exc = fut.result() if fut is not None else _call(fl.prepare)
                submit(i + workers)
                yield fl, exc
        finally:  # stopped early: let running reads finish, start no new ones
            for fut in pending.values():
                fut.cancel()


def _call(fn) -> BaseException | None:
    """Run ``fn``; the load error it raised (reported per file), else None."""
    try:
        fn()
    except (duckdb.Error, OSError, InputError) as exc:
        return exc
    return None


def _connection(wh: Warehouse, staging: Path) -> duckdb.DuckDBPyConnection:
    staging.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute(f"SET temp_directory = {lit(str(staging / 'spill'))}")
    con.execute("SET preserve_insertion_order = true")
    _session(con, wh)
    return con


def _session(con: duckdb.DuckDBPyConnection, wh: Warehouse) -> duckdb.DuckDBPyConnection:
    """Per-connection settings (a cursor does not inherit them)."""
    con.execute(f"SET TimeZone = {lit(wh.timezone)}")
    con.execute("SET enable_progress_bar = false")
    return con


class FileLoader:
    """Loads one source file (see the module docstring for the steps)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, wh: Warehouse, rt: RecordType, path: Path,
                 mapping: TypeMapping, profile: Profile, batch: str, index: int, staging: Path) -> None:
        self.db, self.wh, self.rt, self.path = con, wh, rt, path
        self.mapping, self.profile, self.batch, self.index = mapping, profile, batch, index
        self.staging = staging
        self.fmt = file_format(path)
        self.tag = f"f{index}"
        self.result = FileResult(str(path), rt.name)
        self._con: duckdb.DuckDBPyConnection | None = None
        self.fp: str | None = None
        self.staged: _Staged | None = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """This file's own cursor on the ingest database (files may be read on different threads)."""
        if self._con is None:
            self._con = _session(self.db.cursor(), self.wh)
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        self.staged = None

    # ---- orchestration ---------------------------------------------------------------
    def prepare(self) -> None:
        """The part of loading that reads only the source file (it may run on a worker thread): the content
        fingerprint and, for a CSV file not loaded before, the single pass that stages its good rows."""
        self.fp = fingerprint(self.path)
        if self.fmt == "csv" and self._loaded_rows() is None:
            self.staged = self._stage_csv()

    def run(self) -> FileResult:
        """Load the file into the warehouse (after ``prepare``), in file order."""
        if self.fp is None:
            self.prepare()
        rows = self._loaded_rows()  # also a file loaded earlier in this same run
        if rows is not None:
            self.result.rows = self.result.duplicates = rows
            self.result.skipped_as_loaded = True
            return self.result
        if self.fmt == "csv":
            self._commit_csv(self.staged or self._stage_csv())
        else:
            self._run_view()
        r = self.result
        with self.wh.catalog() as db:
            db.execute(
                "INSERT INTO loaded_files VALUES (?,?,?,?,?,?,?,?,?)",
                (self.fp, self.rt.name, str(self.path), self.batch, r.rows, r.loaded, r.quarantined, r.duplicates,
                 datetime.now(UTC).isoformat(timespec="seconds")),
            )
        return r

    def _loaded_rows(self) -> int | None:
        """Rows of this file's content as recorded when it was loaded before, or None."""
        with self.wh.catalog() as db:
            row = db.execute(
                "SELECT rows FROM loaded_files WHERE fingerprint = ? AND record_type = ?", (self.fp, self.rt.name)
            ).fetchone()
        return None if row is None else row[0]

    def _run_view(self) -> None:
        """Parquet and JSON Lines: a check pass, then a write pass (or a copy) over the same view."""
        typed = self._typed_sql(self._source_sql())
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW t_{self.tag} AS {typed}")
        view = f"t_{self.tag}"
        hashes, days, n_bad, n_rows, canonical = self._check(view)
        rejects = self._rejects()
        drop = self._duplicates(view, hashes, days)
        r = self.result
        r.rows = n_rows + len(rejects)
        r.duplicates = len(drop)
        r.loaded = len(hashes) - len(drop)
        r.quarantined = n_bad + len(rejects)
        if r.quarantined:
            bad = self.con.sql(f"SELECT _rn, {self.reason_sql} AS _reason, {self.raw_sql} AS _raw FROM {view} "
                               "WHERE NOT _ok ORDER BY _rn").to_arrow_table()
            self._quarantine(bad, rejects)
        if r.loaded:
            single_day = self.rt.time_column is None or len(days) == 1
            if self.fmt == "parquet" and canonical and single_day and not r.duplicates and not n_bad:
                self._copy_file(days)
            else:
                self._write(view, drop)

    def _stage_csv(self) -> _Staged:
        """CSV, reading part: the file is parsed once (see ``_stream``) into staged Parquet by local day; bad
        rows and rows the reader rejected are kept with their physical lines for quarantine."""
        staged, hashes, ords, day_of, bad = self._stream(self._typed_sql(self._source_sql(numbered=False)))
        rejects = self._rejects()
        self.result.rows = len(hashes) + bad.num_rows + len(rejects)
        lines = rej_lines = None
        if bad.num_rows or rejects:
            rn = bad.column("_rn").to_numpy(zero_copy_only=False).astype(np.int64)
            lines, rej_lines = self._physical_lines(rn, np.array([r[0] for r in rejects], dtype=np.int64))
        return _Staged({d: str(f.path) for d, f in staged.items()}, hashes, ords, day_of, bad, rejects,
                       lines, rej_lines)

    def _commit_csv(self, st: _Staged) -> None:
        """CSV, warehouse part: quarantine; duplicates found from the identity hashes and, only when there
        are any, removed from the staged files; then the staged files are published."""
        r = self.result
        r.quarantined = st.bad.num_rows + len(st.rejects)
        if r.quarantined:
            self._quarantine(st.bad, st.rejects, st.lines, st.rej_lines)
        days = [str(np.datetime64(int(d), "D")) for d in sorted(st.files)] if self.rt.time_column else []
        drop = self._staged_duplicates(st.files, st.hashes, st.ords, st.day_of, days)
        r.duplicates = len(drop)
        r.loaded = len(st.hashes) - len(drop)
        out = self.staging / self.tag
        if drop:
            self._drop_staged(drop)
        written = sum(pq_rows(f) for f in out.rglob("*.parquet")) if out.exists() else 0
        if written != r.loaded:  # never publish a file whose rows do not add up
            raise InputError(f"{self.path}: {r.loaded} rows passed the checks but {written} were written; "
                             "nothing of this file was loaded")
        if r.loaded:
            self._publish(out)

    def _stream(self, typed: str):
        """One pass over the file: a single query types and checks every row and hashes its identity (reason
        and raw values are computed for bad rows only); its result streams in file order as Arrow batches.
        Good rows go straight to staged Parquet, one file per local day; bad rows are kept for quarantine.

        Returns the staged writers by day (days since 1970), and per good row its identity hash, ordinal
        (1-based record number among the parsed records) and day; and the bad rows (``_rn``, ``_reason``,
        ``_raw``)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        names = [c.name for c in self.rt.columns] + [out for _, out in self.extra_out]
        sql = (f"SELECT {self._out_columns()}, _ok, _h, CASE WHEN NOT _ok THEN {self.reason_sql} END AS _reason, "
               f"CASE WHEN NOT _ok THEN {self.raw_sql} END AS _raw FROM ({typed})")
        reader = self.con.sql(sql).to_arrow_reader(1 << 17)
        tcol, tz = self.rt.time_column, self.wh.timezone
        enums = [c.name for c in self.rt.columns if c.values]
        staged: dict[int, _DayFile] = {}
        io = _Background()
        hashes, ords, day_of, bad = [], [], [], []
        n = 0
        try:
            for batch in reader:
                m = batch.num_rows
                ok = _bool_values(batch.column("_ok"))
                # a copy: a view would keep the whole exported batch (every column) in memory to the end of the file
                h = _values(batch.column("_h"), np.uint64).copy()
                good = batch.select(names)
                if not ok.all():
                    idx = np.flatnonzero(~ok)
                    take = _arrow(idx)
                    bad.append(pa.Table.from_arrays([_arrow(idx + n + 1), batch.column("_reason").take(take),
                                                     batch.column("_raw").take(take)], names=["_rn", "_reason", "_raw"]))
                    good = good.filter(_arrow_mask(ok))
                    h = h[ok]
                rn = np.flatnonzero(ok) + n + 1
                n += m
                if not good.num_rows:
                    continue
                if tcol:  # local day of each row: the instants seen in the warehouse's zone
                    t = good.column(tcol).cast(pa.timestamp("us", tz))
                    day = _values(pc.local_timestamp(t).cast(pa.date32()), np.int32)
                else:
                    day = np.zeros(good.num_rows, dtype=np.int32)
                hashes.append(h)
                ords.append(rn)
                day_of.append(day)
                lo, hi = int(day.min()), int(day.max())
                for d in ([lo] if lo == hi else np.unique(day).tolist()):
                    if d not in staged:
                        where = self.staging / self.tag
                        if tcol:
                            where = where / f"{DAY}={np.datetime64(d, 'D')}"
                        staged[d] = _DayFile(where / "part_0.parquet", good.schema, enums, io)
                    staged[d].add(good if lo == hi else good.filter(_arrow_mask(day == d)))
                if sum(f.buffered for f in staged.values()) >= _DayFile.ROWS:  # memory stays bounded for a file
                    for f in staged.values():                                   # whose rows hop between many days
                        f.flush()
        finally:  # also when the read fails half-way: no open files left behind in staging
            try:
                for f in staged.values():
                    f.close()
            finally:
                io.close()
        bad_tbl = pa.concat_tables(bad) if bad else pa.Table.from_arrays(
            [_arrow(np.empty(0, dtype=np.int64)), pa.nulls(0, pa.string()), pa.nulls(0, pa.string())],
            names=["_rn", "_reason", "_raw"])
        return staged, _cat(hashes, np.uint64), _cat(ords, np.int64), _cat(day_of, np.int32), bad_tbl

    def _staged_duplicates(self, files: dict[int, str], hashes: np.ndarray, ords: np.ndarray, day_of: np.ndarray,
                           days: list[str]) -> list[tuple[str, int]]:
        """Staged rows (file, row) already in this file or in the warehouse. Hash matches are candidates,
        confirmed by comparing the identity columns in SQL, so a hash collision never drops a record; of
        records repeated within the file the first is kept."""
        import pyarrow as pa

        cand, existing = self._candidates(hashes, days)
        if not len(cand):
            return []
        order = np.argsort(day_of, kind="stable")  # rows of each day file are in file order
        pos = np.empty(len(order), dtype=np.int64)
        sorted_days = day_of[order]
        pos[order] = np.arange(len(order)) - np.searchsorted(sorted_days, sorted_days, side="left")
        sel = np.flatnonzero(np.isin(hashes, cand))
        self.con.register(f"cand_{self.tag}", pa.table({
            "_file": pa.array([files[int(d)] for d in day_of[sel]], pa.string()),
            "_pos": pa.array(pos[sel], pa.int64()), "_ord": pa.array(ords[sel], pa.int64())}))
        keys = self.rt.key or tuple(self.rt.column_names)
        paths = "[" + ", ".join(lit(f) for f in files.values()) + "]"
        rows = (f"SELECT c._file, c._pos, c._ord, s.* FROM read_parquet({paths}, filename=true, "
                f"file_row_number=true) s JOIN cand_{self.tag} c ON s.filename = c._file "
                f"AND s.file_row_number = c._pos")
        part = ", ".join(q(k) for k in keys)
        drop = set(self.con.execute(f"SELECT _file, _pos FROM ({rows}) "
                                    f"QUALIFY row_number() OVER (PARTITION BY {part} ORDER BY _ord) > 1").fetchall())
        if len(existing):
            on = " AND ".join(f"t.{q(k)} IS NOT DISTINCT FROM e.{q(k)}" for k in keys)
            hash_e = key_hash_sql(self.rt, {c: q(c) for c in self.rt.column_names})
            hashes_t = pa.table({"_h": cand})
            self.con.register(f"candh_{self.tag}", hashes_t)
            drop |= set(self.con.execute(
                f"SELECT DISTINCT t._file, t._pos FROM ({rows}) t JOIN (SELECT * FROM ({self._existing_sql(days)}) "
                f"WHERE {hash_e} IN (SELECT _h FROM candh_{self.tag})) e ON {on}").fetchall())
            self.con.unregister(f"candh_{self.tag}")
        self.con.unregister(f"cand_{self.tag}")
        return sorted(drop)

    def _drop_staged(self, drop: list[tuple[str, int]]) -> None:
        """Rewrite staged files without the given rows (duplicates found after the single pass)."""
        import pyarrow as pa

        by_file: dict[str, list[int]] = {}
        for f, pos in drop:
            by_file.setdefault(f, []).append(pos)
        for f, positions in by_file.items():
            if len(positions) == pq_rows(Path(f)):
                os.remove(f)
                continue
            self.con.register(f"drop_{self.tag}", pa.table({"_pos": pa.array(positions, pa.int64())}))
            tmp = f + ".tmp"
            self.con.execute(
                f"COPY (SELECT * EXCLUDE (file_row_number) FROM read_parquet({lit(f)}, file_row_number=true) "
                f"WHERE file_row_number NOT IN (SELECT _pos FROM drop_{self.tag})) TO {lit(tmp)} "
                "(FORMAT parquet, COMPRESSION snappy)").fetchall()
            self.con.unregister(f"drop_{self.tag}")
            os.replace(tmp, f)

    # ---- reading -----------------------------------------------------------------------
    def _source_sql(self, rejects: bool = True, numbered: bool = True) -> str:
        """The file's rows as read; ``numbered`` adds the record ordinal ``_rn`` (CSV: a window over the whole
        file, so the single CSV pass leaves it out and numbers records by their position in the result)."""
        p = lit(str(self.path))
        if self.fmt == "parquet":
            return f"SELECT file_row_number + 1 AS _rn, * EXCLUDE (file_row_number) FROM read_parquet({p}, file_row_number=true)"
        rej = f"store_rejects=true, rejects_scan='rs_{self.tag}', rejects_table='rj_{self.tag}'" if rejects \
            else "ignore_errors=true"
        if self.fmt == "csv":
            # RFC 4180 quoting unless the profile says otherwise: left to the sniffer, a file whose first
            # rows have no quotes is read with quoting off, and a quoted field further on that holds a
            # newline or a delimiter is split into garbage records
            csv = {"quote": '"', "escape": '"', **self.profile.csv}
            if not {"buffer_size", "max_line_size"} & set(csv):
                # 4 MiB read buffers (room for the reader's 2 MB longest line) are reused, where the default
                # 32 MiB ones are fresh memory each time: ~25k fewer page faults per 1.43M-row file
                csv["buffer_size"] = 1 << 22
            opts = "".join(f", {k}={lit(v) if isinstance(v, str) else v}" for k, v in csv.items())
            rn = "row_number() OVER () AS _rn, " if numbered else ""
            return f"SELECT {rn}* FROM read_csv({p}, all_varchar=true, header=true, {rej}{opts})"
        # JSON Lines: one VARCHAR per line, parsed by DuckDB's JSON functions so bad lines are quarantined
        lines = (f"SELECT row_number() OVER () AS _rn, _j FROM read_csv({p}, columns={{'_j': 'VARCHAR'}}, "
                 f"header=false, delim='\\x01', quote='', escape='', {rej})")
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW j_{self.tag} AS {lines}")
        keys = [k for (k,) in self.con.execute(
            f"SELECT DISTINCT unnest(json_keys(_j)) AS k FROM j_{self.tag} WHERE {_JSON_OBJECT} ORDER BY k").fetchall()]
        valid = _JSON_OBJECT
        cols = ", ".join(f"CASE WHEN {valid} THEN _j->>{lit(k)} END AS {q(k)}" for k in keys)
        bad = f"CASE WHEN NOT ({valid}) THEN 'not a JSON object: ' || left(_j, 60) END AS _json_error"
        return f"SELECT _rn, {cols + ', ' if cols else ''}{bad} FROM j_{self.tag}"

    def _typed_sql(self, source: str) -> str:
        """Three layers: source columns renamed ``_s<i>`` -> values ``_v_<col>`` -> typed columns and checks."""
        desc = self.con.execute(f"DESCRIBE SELECT * FROM ({source})").fetchall()
        has_json_error = any(name == "_json_error" for name, *_ in desc)
        src_names = [name for name, *_ in desc if name not in ("_rn", "_json_error")]
        src_types = {name: typ for name, typ, *_ in desc}
        alias = {n: f"_s{i}" for i, n in enumerate(src_names)}
        rename = {k.lower(): v for k, v in self.mapping.rename.items()}
        canon_names = {c.name for c in self.rt.columns}
        target_of: dict[str, str] = {}
        for n in src_names:
            tgt = rename.get(n.lower()) or (n.lower() if n.lower() in canon_names else None)
            if tgt is not None:
                if tgt in target_of.values():
                    raise InputError(f"{self.path}: two source columns map to {tgt!r}")
                target_of[n] = tgt
        source_of = {tgt: n for n, tgt in target_of.items()}
        plans: list[ColumnPlan] = []
        for col in self.rt.columns:
            s = source_of.get(col.name)
            plans.append(plan_column(col, alias[s] if s else None, src_types[s] if s else None, self.mapping,
                                     self.profile))
        self.plans = plans
        self.extra_out = []
        for n in src_names:
            if n not in target_of:
                out = n if (n.lower() not in canon_names and not n.startswith("_")) else f"extra_{n.lstrip('_')}"
                self.extra_out.append((alias[n], out))
        json_check = [("_json_error IS NOT NULL", "_json_error")] if has_json_error else []
        self.reason_sql = reason_sql(plans, json_check)
        self.raw_sql = ("to_json(struct_pack(" + ", ".join(f"{q(n)} := {alias[n]}" for n in src_names) + "))"
                        if src_names else "NULL")
        tcol = self.rt.time_column
        day = f"CAST({q(tcol)} AS DATE)" if tcol else "NULL::DATE"
        numbered = any(name == "_rn" for name, *_ in desc)
        layer1 = ", ".join((["_rn"] if numbered else []) + (["_json_error"] if has_json_error else [])
                           + [f"{q(n)} AS {alias[n]}" for n in src_names]
                           + [f"{p.value} AS {vname(p.name)}" for p in plans if p.value is not None])
        layer2 = ", ".join(f"{p.typed} AS {q(p.name)}" for p in plans)
        extra = ["_json_error IS NOT NULL"] if has_json_error else []
        outside: set[str] = set()
        if self.fmt == "parquet":  # digits-only number checks run on Arrow buffers, ~10x cheaper than a regex
            digits = {p.name: source_of[p.name] for p in plans if p.digits_check and p.name in source_of}
            bad_rn = self._non_digit_rows(list(digits.values()))
            if bad_rn is not None:
                outside = set(digits)
                if len(bad_rn):
                    import pyarrow as pa

                    self.con.register(f"xbad_{self.tag}", pa.table({"_rn": bad_rn}))
                    extra.append(f"_rn IN (SELECT _rn FROM xbad_{self.tag})")
        ok = ok_sql(plans, extra, outside)
        key = key_hash_sql(self.rt, {c: q(c) for c in self.rt.column_names})
        canonical = self._canonical_sql(src_types, source_of, plans)
        # JSON Lines: the check pass must read every source column, so the reader validates (UTF-8,
        # quoting) exactly the rows the write pass will read; otherwise a row could pass the check
        # and be rejected only while writing (CSV is read once, every column at once)
        touch = ("hash(" + ", ".join(alias[n] for n in src_names) + ")") if src_names and self.fmt == "json" \
            else "0"
        return (f"SELECT *, {ok} AS _ok, {key} AS _h, {day} AS {DAY}, {canonical} AS _canon, {touch} AS _all FROM ("
                f"SELECT *, {layer2} FROM (SELECT {layer1} FROM ({source})))")

    def _non_digit_rows(self, columns: list[str]) -> np.ndarray | None:
        """Row numbers (``_rn``) of a Parquet file whose values in ``columns`` are not digits only (3-15 of
        them; null and '' are left to the missing-field checks), streamed batch by batch over the Arrow
        buffers in NumPy; None when a column is not plain text, so SQL checks it instead."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not columns:
            return None
        pf = pq.ParquetFile(self.path)
        if any(not (pa.types.is_string(t) or pa.types.is_large_string(t))
               for t in (pf.schema_arrow.field(c).type for c in columns)):
            return None
        bad, offset = [], 0
        for batch in pf.iter_batches(batch_size=1 << 17, columns=columns, use_threads=True):
            wrong = np.zeros(batch.num_rows, dtype=bool)
            for col in batch.columns:
                wrong |= _not_digits(col)
            if wrong.any():
                bad.append(np.flatnonzero(wrong).astype(np.int64) + offset + 1)
            offset += batch.num_rows
        return np.concatenate(bad) if bad else np.empty(0, dtype=np.int64)

    def _canonical_sql(self, src_types: dict[str, str], source_of: dict[str, str], plans: list[ColumnPlan]) -> str:
        """SQL true for a row already stored exactly as the warehouse stores it (fast-path copy)."""
        if self.fmt != "parquet" or self.mapping.rename or self.mapping.values or self.mapping.casts \
                or self.mapping.defaults or self.profile.number_prefix:
            return "false"
        for col in self.rt.columns:
            s = source_of.get(col.name)
            if s != col.name or src_types[s] != _DESCRIBED.get(col.duckdb_type, col.duckdb_type):
                return "false"
        if any(n.startswith("_") for n in src_types if n != "_rn"):
            return "false"
        conds = [p.unchanged for p in plans if p.unchanged != "true"]
        return " AND ".join(f"({c})" for c in conds) or "true"

    # ---- passes --------------------------------------------------------------------------
    def _check(self, view: str) -> tuple[np.ndarray, list[str], int, int, bool]:
        """Hashes and days of good rows, count of bad and of all rows, and whether the file is canonical."""
        tcol = self.rt.time_column
        t = f"epoch_us({q(tcol)})" if tcol else "0"
        res = self.con.sql(f"SELECT _h, {t} AS _t, _ok AS ok, _canon, _all FROM {view}").fetchnumpy()
        ok = np.asarray(res["ok"], dtype=bool)
        n_rows = len(ok)
        hashes = np.asarray(res["_h"])[ok].astype(np.uint64)
        days: list[str] = []
        if tcol and ok.any():
            times = np.asarray(res["_t"])[ok]
            days = self._local_days(int(times.min()), int(times.max()))
        canonical = bool(n_rows) and bool(np.asarray(res["_canon"], dtype=bool)[ok].all())
        return hashes, days, int(n_rows - ok.sum()), n_rows, canonical

    def _local_days(self, t_min: int, t_max: int) -> list[str]:
        """Local days from the first to the last time (epoch microseconds), and the cheapest exact SQL for a
        row's local day: epoch arithmetic when the zone's UTC offset is the same throughout, else a cast."""
        tz = ZoneInfo(self.wh.timezone)
        first = datetime.fromtimestamp(t_min / 1e6, tz).date()
        last = datetime.fromtimestamp(t_max / 1e6, tz).date()
        days = [str(first + timedelta(days=i)) for i in range((last - first).days + 1)]
        self.day_sql = DAY
        hours = range(t_min // 3_600_000_000, t_max // 3_600_000_000 + 2)
        if len(hours) <= 24 * 62:
            offsets = {datetime.fromtimestamp(h * 3600, tz).utcoffset() for h in hours}
            if len(offsets) == 1 and t_min + int(next(iter(offsets)).total_seconds()) * 1_000_000 >= 0:
                off = int(offsets.pop().total_seconds()) * 1_000_000
                self.day_sql = (f"(DATE '1970-01-01' + CAST((epoch_us({q(self.rt.time_column)}) + {off}) "
                                f"// 86400000000 AS INTEGER))")
        return days

    def _rejects(self) -> list[tuple[int, str, str]]:
        """Rows the CSV reader could not split into fields: (line, reason, raw line)."""
        if self.fmt == "parquet":
            return []
        try:
            rows = self.con.execute(
                f"SELECT line, error_type || ': ' || error_message, csv_line FROM rj_{self.tag} ORDER BY line"
            ).fetchall()
        except duckdb.CatalogException:
            return []
        seen, out = set(), []
        for line, reason, raw in rows:  # one row may be reported for several columns
            if line not in seen:
                seen.add(line)
                out.append((int(line), reason.split("\n")[0], raw))
        return out

    def _duplicates(self, view: str, hashes: np.ndarray, days: list[str]) -> np.ndarray:
        """Row numbers (``_rn``) of good rows already in this batch or in the warehouse (exact match)."""
        cand, existing = self._candidates(hashes, days)
        if not len(cand):
            return np.empty(0, dtype=np.int64)
        import pyarrow as pa

        self.con.register(f"cand_{self.tag}", pa.table({"_h": cand}))
        keys = self.rt.key or tuple(self.rt.column_names)
        part = ", ".join(q(k) for k in keys)
        within = (f"SELECT _rn FROM {view} WHERE _ok AND _h IN (SELECT _h FROM cand_{self.tag}) "
                  f"QUALIFY row_number() OVER (PARTITION BY {part} ORDER BY _rn) > 1")
        drop = {r for (r,) in self.con.execute(within).fetchall()}
        if len(existing):
            on = " AND ".join(f"t.{q(k)} IS NOT DISTINCT FROM e.{q(k)}" for k in keys)
            hash_e = key_hash_sql(self.rt, {c: q(c) for c in self.rt.column_names})
            across = (f"SELECT DISTINCT t._rn FROM {view} t JOIN (SELECT * FROM ({self._existing_sql(days)}) "
                      f"WHERE {hash_e} IN (SELECT _h FROM cand_{self.tag})) e ON {on} "
                      f"WHERE t._ok AND t._h IN (SELECT _h FROM cand_{self.tag})")
            drop |= {r for (r,) in self.con.execute(across).fetchall()}
        self.con.unregister(f"cand_{self.tag}")
        return np.array(sorted(drop), dtype=np.int64)

    def _candidates(self, hashes: np.ndarray, days: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Identity hashes seen twice among ``hashes`` or already in the warehouse for ``days`` (distinct;
        a candidate is confirmed or not by comparing values), and the warehouse's hashes."""
        if not len(hashes):
            return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.uint64)
        s = np.sort(hashes)
        cand = s[1:][s[1:] == s[:-1]]
        existing = self._existing_hashes(days)
        if len(existing):
            cand = np.concatenate([cand, hashes[np.isin(hashes, existing)]])
        return np.unique(cand), existing

    def _existing_sql(self, days: list[str]) -> str:
        return self.wh.scan_sql(self.rt, days if self.rt.time_column else None)

    def _existing_hashes(self, days: list[str]) -> np.ndarray:
        sql = self._existing_sql(days)
        if "WHERE false" in sql:
            return np.empty(0, dtype=np.uint64)
        h = key_hash_sql(self.rt, {c: q(c) for c in self.rt.column_names})
        arr = self.con.sql(f"SELECT {h} AS h FROM ({sql})").to_arrow_table().column("h")
        return arr.to_numpy(zero_copy_only=False).astype(np.uint64)

    # ---- writing -------------------------------------------------------------------------
    def _out_columns(self) -> str:
        return ", ".join([q(c.name) for c in self.rt.columns] + [f"{a} AS {q(out)}" for a, out in self.extra_out])

    def _write(self, view: str, drop: np.ndarray) -> None:
        where = "_ok"
        if len(drop):
            import pyarrow as pa

            self.con.register(f"drop_{self.tag}", pa.table({"_rn": drop}))
            where += f" AND _rn NOT IN (SELECT _rn FROM drop_{self.tag})"
        out = self.staging / self.tag
        cols = self._out_columns()
        if self.rt.time_column:
            written = self.con.execute(
                f"COPY (SELECT {cols}, {self.day_sql} AS {DAY} FROM {view} WHERE {where}) TO {lit(str(out))} "
                f"(FORMAT parquet, COMPRESSION snappy, PARTITION_BY ({DAY}), FILENAME_PATTERN 'part_{{i}}')"
            ).fetchall()[0][0]
        else:
            out.mkdir(parents=True, exist_ok=True)
            written = self.con.execute(
                f"COPY (SELECT {cols} FROM {view} WHERE {where}) TO {lit(str(out / 'part_0.parquet'))} "
                "(FORMAT parquet, COMPRESSION snappy)"
            ).fetchall()[0][0]
        if written != self.result.loaded:  # never publish a file whose rows do not add up
            raise InputError(f"{self.path}: {self.result.loaded} rows passed the checks but {written} were written; "
                             "nothing of this file was loaded")
        self._publish(out)

    def _publish(self, out: Path) -> None:
        """Move staged files into the warehouse under batch-unique names."""
        for f in sorted(out.rglob("*.parquet")):
            rel = f.parent.relative_to(out)
            dest_dir = self.wh.data_dir(self.rt.name) / rel
            dest_dir.mkdir(parents=True, exist_ok=True)
            os.replace(f, dest_dir / f"part-{self.batch}-{self.index}-{f.stem.split('_')[-1]}.parquet")

    def _copy_file(self, days: list[str]) -> None:
        dest_dir = self.wh.day_dir(self.rt.name, days[0]) if self.rt.time_column else self.wh.data_dir(self.rt.name)
        dest_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.staging / f"{self.tag}.parquet"
        shutil.copyfile(self.path, tmp)
        os.replace(tmp, dest_dir / f"part-{self.batch}-{self.index}-0.parquet")
        self.result.copied = True

    def _quarantine(self, bad, rejects: list[tuple[int, str, str]], lines: np.ndarray | None = None,
                    rej_lines: np.ndarray | None = None) -> None:
        """Write bad records (an Arrow table of ordinal ``_rn``, ``_reason`` and ``_raw``, in file order) and
        records the reader rejected to quarantine, each with its physical line (computed here unless given)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if lines is None or rej_lines is None:
            rn = bad.column("_rn").to_numpy(zero_copy_only=False).astype(np.int64)
            lines, rej_lines = self._physical_lines(rn, np.array([r[0] for r in rejects], dtype=np.int64))
        n = len(lines) + len(rejects)
        now = datetime.now(UTC)
        tbl = pa.table({
            "record_type": pa.array([self.rt.name] * n, pa.string()),
            "source_file": pa.array([str(self.path)] * n, pa.string()),
            "line": pa.array(np.concatenate([lines, rej_lines]), pa.int64()),
            "reason": pa.concat_arrays([bad.column("_reason").combine_chunks().cast(pa.string()),
                                        pa.array([r[1] for r in rejects], pa.string())]),
            "raw": pa.concat_arrays([bad.column("_raw").combine_chunks().cast(pa.string()),
                                     pa.array([r[2] for r in rejects], pa.string())]),
            "batch_id": pa.array([self.batch] * n, pa.string()),
            "ingested_at": pa.array([now] * n, pa.timestamp("us", tz="UTC")),
        })
        qdir = self.wh.quarantine_dir(self.rt.name)
        qdir.mkdir(parents=True, exist_ok=True)
        pq.write_table(tbl, qdir / f"part-{self.batch}-{self.index}.parquet")

    def _physical_lines(self, rn: np.ndarray, rejected: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Physical line numbers of bad records (by ordinal ``rn``) and of rejected records.

        The CSV reader numbers rejected records by record (header = 1); quoted
        fields may span lines, so newlines inside earlier records are added.
        """
        if self.fmt == "parquet":
            return rn, rejected  # row number within the file (1-based)
        header = 1 if self.fmt == "csv" else 0
        rej = np.sort(rejected)
        records = rn + header
        for _ in range(len(rej) + 1):  # each rejected record before a good one shifts it down by one
            shifted = rn + header + np.searchsorted(rej, records, side="right")
            if np.array_equal(shifted, records):
                break
            records = shifted
        if self.fmt != "csv":
            return records, rej
        good_before_rej = rej - header - 1 - np.arange(len(rej))  # good records before each rejected one
        nl = self._newlines_before(np.concatenate([rn, good_before_rej + 1]))
        if nl is None:
            return records, rej
        return records + nl[: len(rn)], rej + nl[len(rn):]

    def _newlines_before(self, rn: np.ndarray) -> np.ndarray | None:
        """Newlines inside quoted fields of earlier records, when the file has any (else None)."""
        if not self.path.name.lower().endswith(".gz"):  # one line per record (and header): no field has any
            breaks, last_ends = _line_breaks(self.path)
            if breaks == self.result.rows + 1 - (not last_ends):
                return None
        src = self._source_sql(rejects=False)
        desc = self.con.execute(f"DESCRIBE SELECT * FROM ({src})").fetchall()
        cols = [n for n, *_ in desc if n != "_rn"]
        nl = " + ".join(f"coalesce(length({q(c)}) - length(replace({q(c)}, chr(10), '')), 0)" for c in cols)
        total, last = self.con.execute(f"SELECT sum({nl}), max(_rn) FROM ({src})").fetchall()[0]
        if not total:
            return None
        import pyarrow as pa

        self.con.register(f"rn_{self.tag}", pa.table({"_rn": rn}))
        rows = self.con.execute(
            f"SELECT _rn, cum FROM (SELECT _rn, sum({nl}) OVER (ORDER BY _rn ROWS BETWEEN UNBOUNDED PRECEDING "
            f"AND 1 PRECEDING) AS cum FROM ({src})) WHERE _rn IN (SELECT _rn FROM rn_{self.tag}) ORDER BY _rn"
        ).fetchall()
        self.con.unregister(f"rn_{self.tag}")
        m = {r: int(c or 0) for r, c in rows}
        return np.array([m.get(int(r), int(total) if r > last else 0) for r in rn], dtype=np.int64)


@dataclass
class _Staged:
    """What reading a CSV file left for the warehouse part: staged Parquet paths by day (days since 1970);
    per good row its identity hash, ordinal and day; the bad rows and rejected records with their lines."""

    files: dict[int, str]
    hashes: np.ndarray
    ords: np.ndarray
    day_of: np.ndarray
    bad: object  # Arrow table: _rn, _reason, _raw
    rejects: list[tuple[int, str, str]]
    lines: np.ndarray | None
    rej_lines: np.ndarray | None


class _Background:
    """Runs writes on one background thread, in submission order, while the caller parses the next batches;
    at most ``depth`` wait, so memory stays bounded. Errors surface in ``submit`` or ``close``."""

    def __init__(self, depth: int = 2) -> None:
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="ingest-write")
        self.pending: deque[Future] = deque()
        self.depth = depth

    def submit(self, fn, *args) -> None:
        while len(self.pending) >= self.depth:
            self.pending.popleft().result()
        self.pending.append(self.pool.submit(fn, *args))

    def close(self) -> None:
        try:
            while self.pending:
                self.pending.popleft().result()
        finally:
            for fut in self.pending:
                fut.cancel()
            self.pool.shutdown(wait=True)


class _DayFile:
    """A staged Parquet file of one local day; rows are buffered and written (on ``io``'s thread) as one row
    group once the buffers of all days of the file reach about a quarter of a million rows."""

    ROWS = 1 << 18

    def __init__(self, path: Path, schema, dictionary: list[str], io: _Background) -> None:
        self.path, self.schema, self.dictionary, self.io = path, schema, dictionary, io
        self.parts: list = []
        self.buffered = 0
        self.writer = None

    def add(self, batch) -> None:
        self.parts.append(batch)
        self.buffered += batch.num_rows

    def flush(self) -> None:
        import pyarrow as pa

        if self.parts:
            self.io.submit(self._write, pa.Table.from_batches(self.parts))
            self.parts, self.buffered = [], 0

    def close(self) -> None:
        self.flush()
        self.io.submit(self._close)

    def _write(self, table) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # dictionary encoding only for enumerations: for near-unique text (ids, numbers) it is work for
            # nothing; min/max statistics for times, numbers and enumerations, not for free text and ids,
            # whose ranges span every row group (a fifth of the write time for no pruning)
            stats = [f.name for f in self.schema if f.name in self.dictionary or not pa.types.is_string(f.type)]
            self.writer = pq.ParquetWriter(self.path, self.schema, compression="snappy",
                                           use_dictionary=self.dictionary, write_statistics=stats)
        self.writer.write_table(table, row_group_size=table.num_rows)

    def _close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def _cat(parts: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0, dtype=dtype)


def pq_rows(path: Path) -> int:
    """Rows in a Parquet file (from its footer)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def _arrow(values: np.ndarray):
    """A NumPy int64 array as Arrow, from its buffer (``pa.array`` would import pandas to check the input)."""
    import pyarrow as pa

    values = np.ascontiguousarray(values, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(values)])


def _arrow_mask(mask: np.ndarray):
    """A NumPy bool array as an Arrow boolean array (bit-packed, no pandas)."""
    import pyarrow as pa

    return pa.Array.from_buffers(pa.bool_(), len(mask), [None, pa.py_buffer(np.packbits(mask, bitorder="little"))])


def _values(arr, dtype) -> np.ndarray:
    """The values buffer of a fixed-width Arrow array as NumPy (no copy; null slots hold arbitrary values)."""
    return np.frombuffer(arr.buffers()[1], dtype=dtype)[arr.offset: arr.offset + len(arr)]


def _bool_values(arr) -> np.ndarray:
    """An Arrow boolean array as NumPy (null: false)."""
    validity, data = arr.buffers()[:2]
    out = _bits(data, arr.offset, len(arr))
    if validity is not None:
        out &= _bits(validity, arr.offset, len(arr))
    return out


def _line_breaks(path: Path) -> tuple[int, bool]:
    """Number of newline bytes in a file, and whether its last byte is one (read in 16 MiB blocks)."""
    n, last = 0, b""
    with open(path, "rb") as fh:
        while block := fh.read(1 << 24):
            n += block.count(b"\n")
            last = block[-1:]
    return n, last == b"\n"


def _not_digits(arr) -> np.ndarray:
    """Per value of an Arrow string array: true when it is non-empty and not 3-15 ASCII digits (null: false).

    Arrow's ``ascii_is_decimal`` kernel plus lengths and validity read from the buffers with NumPy: about ten
    times cheaper than a regular expression per value (and no Python scalars, whose conversion would import
    pandas).
    """
    import pyarrow.compute as pc

    n, off = len(arr), arr.offset
    validity, offsets_buf = arr.buffers()[:2]
    otype = np.int64 if str(arr.type) == "large_string" else np.int32
    lengths = np.diff(np.frombuffer(offsets_buf, dtype=otype)[off: off + n + 1])
    dec = pc.ascii_is_decimal(arr)
    digits = _bits(dec.buffers()[1], dec.offset, n)
    wrong = (lengths > 0) & (~digits | (lengths < 3) | (lengths > 15))
    if validity is not None:
        wrong &= _bits(validity, off, n)
    return wrong


def _bits(buf, offset: int, n: int) -> np.ndarray:
    """An Arrow bitmap as a NumPy bool array."""
    return np.unpackbits(np.frombuffer(buf, dtype=np.uint8), bitorder="little")[offset: offset + n].astype(bool)
