"""Model artefacts as one JSON file: metadata plus numpy arrays as base64(zlib(bytes)).

No pickle: loading an artefact never runs code from the file.  LightGBM boosters
are stored as their own text format inside the JSON.
"""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from fraudwall.errors import InputError

MODEL_FILE = "model.json"


def pack(arr: np.ndarray) -> dict[str, Any]:
    """A numpy array as a JSON-able dict."""
    arr = np.ascontiguousarray(arr)
    return {"dtype": arr.dtype.str, "shape": list(arr.shape),
            "data": base64.b64encode(zlib.compress(arr.tobytes(), 9)).decode("ascii")}


def unpack(obj: dict[str, Any]) -> np.ndarray:
    """Inverse of :func:`pack`."""
    raw = zlib.decompress(base64.b64decode(obj["data"]))
    return np.frombuffer(raw, dtype=np.dtype(obj["dtype"])).reshape(obj["shape"]).copy()


def model_path(path: str | Path) -> Path:
    """The JSON file of an artefact given as the file itself or its folder."""
    p = Path(path)
    return p / MODEL_FILE if p.is_dir() else p


def write_json(path: str | Path, obj: dict[str, Any]) -> Path:
    """Write an artefact; ``path`` may be a folder (``model.json`` inside) or a file."""
    p = Path(path)
    if p.suffix.lower() != ".json":
        p.mkdir(parents=True, exist_ok=True)
        p = p / MODEL_FILE
    else:
        p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return p


def read_json(path: str | Path, expected_format: str | tuple[str, ...]) -> dict[str, Any]:
    """Read an artefact and check its ``format`` field (one expected format or any of several)."""
    p = model_path(path)
    if not p.is_file():
        raise InputError(f"{path}: no model here (expected a model.json file or a folder holding one)")
    try:
        obj = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: not a fraudwall model file ({exc})") from None
    fmt = obj.get("format") if isinstance(obj, dict) else None
    allowed = (expected_format,) if isinstance(expected_format, str) else expected_format
    if fmt not in allowed:
        want = " or ".join(repr(f) for f in allowed)
        raise InputError(f"{p}: model format {fmt!r}, expected {want} (wrong kind of model?)")
    return obj
