"""Reading labelled text tables (CSV/TSV) in UTF-8, UTF-16 or GBK/GB18030."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from fraudwall.errors import InputError

_TABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}


def decode_bytes(raw: bytes, name: str) -> str:
    """Decode a file: UTF-8 (strict, BOM allowed), UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16 ({exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: neither UTF-8 nor GBK/GB18030 text (bad byte at offset {exc.start}); re-encode it as UTF-8"
        ) from None


def _files(paths: Sequence[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in _TABLE_SUFFIXES)
            if not found:
                raise InputError(f"{p}: folder has no .csv/.tsv/.txt files")
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    return out


def read_table(path: Path) -> pd.DataFrame:
    """One table as strings; the delimiter is sniffed (comma, tab, semicolon, pipe)."""
    text = decode_bytes(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    head = text[:65536]
    first = head.splitlines()[0] if head else ""
    if not any(d in first for d in ",\t;|"):
        # one column: the header has no delimiter, so commas inside texts are not separators
        rows = list(csv.reader(io.StringIO(text), delimiter="\x1f"))
        name = rows[0][0].strip() if rows and rows[0] else ""
        return pd.DataFrame({name: [r[0] if r else "" for r in rows[1:]]}, dtype=str)
    if path.suffix.lower() in {".tsv", ".tab"} or first.count("\t") > max(first.count(","), 0):
        sep, quoting = "\t", csv.QUOTE_NONE
    else:
        try:
            sep = csv.Sniffer().sniff(head, delimiters=",;|\t").delimiter
        except csv.Error:
            sep = ","
        quoting = csv.QUOTE_MINIMAL
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, quoting=quoting, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, ValueError) as exc:
        raise InputError(f"{path}: cannot parse as a delimited table ({exc})") from None
    df.columns = [str(c).strip() for c in df.columns]
    return df


def read_labelled_texts(
    paths: Sequence[str | Path], text_col: str, label_col: str | None = None
) -> tuple[list[str], list[str] | None]:
    """Texts (and labels when ``label_col`` is given) from one or more files or folders, in file order."""
    texts: list[str] = []
    labels: list[str] = []
    for f in _files(paths):
        df = read_table(f)
        for col in (text_col, label_col):
            if col is not None and col not in df.columns:
                raise InputError(f"{f}: no column {col!r} (columns: {', '.join(map(repr, df.columns))})")
        texts.extend(df[text_col].astype(str).tolist())
        if label_col is not None:
            col = df[label_col].astype(str).str.strip()
            empty = (col == "").to_numpy().nonzero()[0]
            if len(empty):
                raise InputError(f"{f}: empty label in column {label_col!r} on data row {int(empty[0]) + 1}")
            labels.extend(col.tolist())
    return texts, (labels if label_col is not None else None)
