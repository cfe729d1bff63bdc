"""Column chunks -> Arrow tables with exactly the interchange-v1 columns and types.

Generators hand over plain NumPy columns (the cheap form) and this module turns
them into the contract types:

- time columns: int64 epoch seconds (UTC);
- msisdn columns: int64 digits (negative = null), written as strings;
- str columns: an array of strings, int64 (written as digits; negative = null),
  or :class:`Cat` (codes into a list of labels; negative = null), or a scalar;
- int / float / bool columns: NumPy arrays or scalars.
Missing columns are null.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from fraudwall.interchange.schema import RECORD_TYPES, TRUTH_TYPES, RecordType

TIME_TYPE = pa.timestamp("us", tz="UTC")
ARROW_TYPES = {"str": pa.string(), "msisdn": pa.string(), "time": TIME_TYPE, "int": pa.int64(),
               "float": pa.float64(), "bool": pa.bool_()}


@dataclass
class Cat:
    """A categorical column: ``labels[codes]`` (negative codes are null)."""

    codes: np.ndarray
    labels: Any  # sequence of str or pa.Array

    def __len__(self) -> int:
        return len(self.codes)


def arrow_schema(rt: RecordType) -> pa.Schema:
    """The Arrow schema of a record type."""
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.type], nullable=not c.required) for c in rt.columns])


def _length(cols: dict[str, Any]) -> int:
    for v in cols.values():
        if isinstance(v, Cat | np.ndarray | pa.Array | list):
            return len(v)
    raise ValueError("chunk has no array column")


def _to_arrow(value: Any, typ: str, n: int) -> pa.Array | pa.ChunkedArray:
    atype = ARROW_TYPES[typ]
    if value is None:
        return pa.nulls(n, atype)
    if isinstance(value, pa.Array):
        return value if value.type == atype else value.cast(atype)
    if isinstance(value, Cat):
        codes = np.asarray(value.codes)
        mask = codes < 0
        if isinstance(value.labels, np.ndarray) and value.labels.size > codes.size:
            # label set larger than the column: take in NumPy, convert only what is used
            vals = value.labels[np.where(mask, 0, codes)] if value.labels.size else np.full(codes.size, "")
            return pa.array(vals, pa.string(), mask=mask if mask.any() else None)
        labels = value.labels if isinstance(value.labels, pa.Array) else pa.array(
            value.labels if isinstance(value.labels, np.ndarray) else list(value.labels), pa.string())
        idx = pa.array(np.where(mask, 0, codes).astype(np.int64), mask=mask if mask.any() else None)
        return labels.take(idx).cast(atype)
    if np.isscalar(value) or isinstance(value, str):
        if typ == "time":
            return pa.array(np.full(n, int(value) * 1_000_000, dtype=np.int64)).cast(atype)
        return pa.array([value] * 1, atype).take(pa.array(np.zeros(n, dtype=np.int64)))
    arr = np.asarray(value)
    if typ == "time":
        return pa.array(arr.astype(np.int64) * 1_000_000).cast(atype)
    if typ in ("str", "msisdn") and arr.dtype.kind in "iu":
        mask = arr < 0
        return pc.cast(pa.array(arr.astype(np.int64), mask=mask if mask.any() else None), pa.string())
    if typ in ("str", "msisdn"):
        return pa.array(arr.astype(str) if arr.dtype.kind == "U" else arr, pa.string())
    if typ == "float":
        return pa.array(arr.astype(np.float64), mask=np.isnan(arr) if np.isnan(arr).any() else None)
    return pa.array(arr).cast(atype)


def to_table(rt: RecordType, chunks: list[dict[str, Any]]) -> pa.Table:
    """Concatenate chunks of ``rt`` into one table with the contract schema."""
    schema = arrow_schema(rt)
    names = rt.column_names
    columns: dict[str, list[pa.Array]] = {name: [] for name in names}
    for cols in chunks:
        unknown = set(cols) - set(names)
        if unknown:
            raise KeyError(f"{rt.name}: unknown columns {sorted(unknown)}")
        n = _length(cols)
        if n == 0:
            continue
        for c in rt.columns:
            columns[c.name].append(_to_arrow(cols.get(c.name), c.type, n))
    arrays = []
    for f in schema:
        chunks: list[pa.Array] = []
        for part in columns[f.name]:  # very large string columns come back chunked
            chunks.extend(part.chunks if isinstance(part, pa.ChunkedArray) else [part])
        arrays.append(pa.chunked_array(chunks, f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


class EventLog:
    """Chunks of records per record type (and truth type)."""

    def __init__(self) -> None:
        self.parts: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, rtype: str, **cols: Any) -> None:
        """Add one chunk of columns for ``rtype`` (``truth/entities`` etc. for truth)."""
        if _length(cols) > 0:
            self.parts[rtype].append(cols)

    def extend(self, other: EventLog) -> None:
        """Append all chunks of ``other``."""
        for k, v in other.parts.items():
            self.parts[k].extend(v)

    def table(self, rtype: str) -> pa.Table:
        """All chunks of ``rtype`` as one Arrow table."""
        return to_table(record_type_of(rtype), self.parts.get(rtype, []))


def record_type_of(rtype: str) -> RecordType:
    """Record type by name; ``truth/entities`` and ``truth/events`` are the truth types."""
    if rtype.startswith("truth/"):
        return TRUTH_TYPES[rtype.split("/", 1)[1]]
    return RECORD_TYPES[rtype]
