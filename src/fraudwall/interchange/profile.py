"""Column-mapping profiles: adapt an operator's own export layout to interchange v1.

A profile is a YAML file::

    name: operator-x-cdr
    timezone: Asia/Shanghai          # for times written without a UTC offset
    time_format: "%Y%m%d%H%M%S"      # strptime format of time columns (default: ISO-8601)
    number_prefix: "86"              # prepended to phone numbers that lack it
    types:
      voice:
        folder: cdr                  # source sub-folder (default: the record type name)
        rename: {CALLING_NBR: caller, CALLED_NBR: callee}
        values: {result: {"0": answered, "1": no_answer}}
        casts: {duration_s: {scale: 0.001}, start_time: {format: "%Y-%m-%d %H:%M:%S"}}
        defaults: {media: voice}     # constant for a column the layout lacks
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from fraudwall.errors import InputError
from fraudwall.interchange.schema import RECORD_TYPES

_TOP_KEYS = {"name", "description", "timezone", "time_format", "number_prefix", "types", "csv"}
_TYPE_KEYS = {"folder", "rename", "values", "casts", "defaults", "time_format"}
_CAST_KEYS = {"format", "scale", "type"}


@dataclass
class TypeMapping:
    """How one record type is found and mapped."""

    folder: str
    rename: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    casts: dict[str, dict] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    time_format: str | None = None


@dataclass
class Profile:
    """A mapping profile (the identity profile when no file is given)."""

    name: str = "interchange-v1"
    timezone: str | None = None
    time_format: str | None = None
    number_prefix: str | None = None
    csv: dict = field(default_factory=dict)
    types: dict[str, TypeMapping] = field(default_factory=dict)

    def mapping(self, record_type: str) -> TypeMapping:
        return self.types.get(record_type) or TypeMapping(folder=record_type)


def load_profile(path: str | Path | None) -> Profile:
    """Read and validate a profile file; errors name the file and the offending key."""
    if path is None:
        return Profile()
    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read profile: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: profile is not valid YAML: {exc}") from None
    if not isinstance(doc, dict):
        raise InputError(f"{path}: profile must be a YAML mapping")
    _unknown(path, "", doc, _TOP_KEYS)
    prof = Profile(
        name=str(doc.get("name", path.stem)), timezone=doc.get("timezone"),
        time_format=doc.get("time_format"),
        number_prefix=str(doc["number_prefix"]) if doc.get("number_prefix") is not None else None,
        csv=dict(doc.get("csv") or {}),
    )
    for tname, tdoc in (doc.get("types") or {}).items():
        where = f"types.{tname}"
        if tname not in RECORD_TYPES:
            raise InputError(f"{path}: {where}: unknown record type (known: {', '.join(RECORD_TYPES)})")
        tdoc = tdoc or {}
        if not isinstance(tdoc, dict):
            raise InputError(f"{path}: {where} must be a mapping")
        _unknown(path, where, tdoc, _TYPE_KEYS)
        cols = set(RECORD_TYPES[tname].column_names)
        rename = {str(k): str(v) for k, v in (tdoc.get("rename") or {}).items()}
        for src, dst in rename.items():
            if dst not in cols:
                raise InputError(f"{path}: {where}.rename.{src}: target {dst!r} is not a column of {tname}")
        for key in ("values", "casts", "defaults"):
            for col in tdoc.get(key) or {}:
                if col not in cols:
                    raise InputError(f"{path}: {where}.{key}.{col}: not a column of {tname}")
        casts = {}
        for col, c in (tdoc.get("casts") or {}).items():
            if not isinstance(c, dict):
                raise InputError(f"{path}: {where}.casts.{col} must be a mapping (format/scale)")
            _unknown(path, f"{where}.casts.{col}", c, _CAST_KEYS)
            if "scale" in c and not isinstance(c["scale"], int | float):
                raise InputError(f"{path}: {where}.casts.{col}.scale must be a number")
            casts[col] = c
        prof.types[tname] = TypeMapping(
            folder=str(tdoc.get("folder", tname)), rename=rename,
            values={c: {str(k): str(v) for k, v in m.items()} for c, m in (tdoc.get("values") or {}).items()},
            casts=casts, defaults={c: str(v) for c, v in (tdoc.get("defaults") or {}).items()},
            time_format=tdoc.get("time_format"),
        )
    return prof


def _unknown(path: Path, where: str, doc: dict, allowed: set[str]) -> None:
    extra = sorted(set(doc) - allowed)
    if extra:
        at = f"{where}: " if where else ""
        raise InputError(f"{path}: {at}unknown key {extra[0]!r} (allowed: {', '.join(sorted(allowed))})")
