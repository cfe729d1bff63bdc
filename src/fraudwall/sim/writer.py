"""Deterministic writing of tables as Parquet or CSV (byte-identical for the same input)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

FORMATS = ("parquet", "csv")
_OFFSET = pa.scalar(8 * 3600 * 1_000_000, pa.duration("us"))
ZONE = "Asia/Shanghai"  # the simulated province's local time (UTC+8, no daylight saving)


def local_iso(arr: pa.ChunkedArray | pa.Array) -> pa.Array:
    """UTC timestamps as ISO-8601 strings in local time with ``+08:00``."""
    naive = pc.add(arr.cast(pa.timestamp("us")), _OFFSET).cast(pa.timestamp("s"))
    text = pc.strftime(naive, format="%Y-%m-%dT%H:%M:%S")
    return pc.binary_join_element_wise(text, pa.scalar("+08:00"), pa.scalar(""))


def write(table: pa.Table, path: Path, fmt: str) -> Path:
    """Write ``table`` to ``path`` (suffix added) in ``fmt``; returns the file path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        path = path.with_suffix(".parquet")
        # the same instants, labelled with the province's zone so a reader (and ``ingest``) knows local time
        schema = pa.schema([f.with_type(pa.timestamp(f.type.unit, tz=ZONE)) if pa.types.is_timestamp(f.type) else f
                            for f in table.schema])
        table = table.cast(schema)
        pq.write_table(table, path, compression="zstd", compression_level=3, use_dictionary=True,
                       write_statistics=True, row_group_size=1 << 20, store_schema=True)
    elif fmt == "csv":
        path = path.with_suffix(".csv")
        cols = []
        for f, col in zip(table.schema, table.columns, strict=True):
            cols.append(local_iso(col) if pa.types.is_timestamp(f.type) else col)
        out = pa.Table.from_arrays(cols, names=table.column_names)
        pacsv.write_csv(out, path, pacsv.WriteOptions(include_header=True, quoting_style="needed"))
    else:
        raise ValueError(f"unknown format {fmt!r} (use {' or '.join(FORMATS)})")
    return path
