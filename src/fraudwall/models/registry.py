"""Versioned model registry: ``<root>/<name>/<version>/`` holding the artefact and a ``meta.json``.

The warehouse keeps its registry at ``<warehouse>/models``.  Versions are
integers counted up per name; a version folder is written under a temporary
name and renamed into place, so a half-written version is never listed.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fraudwall.errors import InputError

META_FILE = "meta.json"


@dataclass
class ModelMeta:
    """What is known about one registered model version."""

    name: str
    version: int
    kind: str  # "sms", "url", "numbers", ...
    created_at: str
    artefact: str  # file name inside the version folder
    training_data: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    features: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)


class ModelRegistry:
    """Models stored under one root folder; see module docstring."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _check_name(self, name: str) -> None:
        if not name or any(c in name for c in "/\\") or name.startswith("."):
            raise InputError(f"invalid model name {name!r} (no slashes, not starting with '.')")

    def versions(self, name: str) -> list[int]:
        """Registered versions of ``name``, ascending."""
        folder = self.root / name
        if not folder.is_dir():
            return []
        return sorted(int(p.name) for p in folder.iterdir()
                      if p.name.isdigit() and (p / META_FILE).is_file())

    def register(
        self, name: str, kind: str, artefact: str | Path, *, training_data: dict[str, Any] | None = None,
        metrics: dict[str, Any] | None = None, features: list[str] | None = None,
        params: dict[str, Any] | None = None,
    ) -> ModelMeta:
        """Copy ``artefact`` (a file) into a new version of ``name`` and write its metadata."""
        self._check_name(name)
        src = Path(artefact)
        if src.is_dir():
            src = src / "model.json"
        if not src.is_file():
            raise InputError(f"{artefact}: artefact file not found")
        folder = self.root / name
        folder.mkdir(parents=True, exist_ok=True)
        version = (self.versions(name) or [0])[-1] + 1
        while True:
            tmp = folder / f".tmp-{version}-{os.getpid()}"
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir()
            shutil.copyfile(src, tmp / src.name)
            meta = ModelMeta(name=name, version=version, kind=kind,
                             created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                             artefact=src.name, training_data=training_data or {}, metrics=metrics or {},
                             features=features or [], params=params or {})
            (tmp / META_FILE).write_text(json.dumps(asdict(meta), ensure_ascii=False, indent=2), encoding="utf-8")
            try:
                tmp.rename(folder / str(version))
                return meta
            except OSError:  # another writer took this version number
                shutil.rmtree(tmp, ignore_errors=True)
                version += 1

    def meta(self, name: str, version: int | None = None) -> ModelMeta:
        """Metadata of one version (the latest when ``version`` is None)."""
        versions = self.versions(name)
        if not versions:
            raise InputError(f"no model named {name!r} in {self.root}")
        v = versions[-1] if version is None else version
        if v not in versions:
            raise InputError(f"model {name!r} has no version {v} (versions: {versions})")
        data = json.loads((self.root / name / str(v) / META_FILE).read_text(encoding="utf-8"))
        return ModelMeta(**data)

    def artefact_path(self, name: str, version: int | None = None) -> Path:
        """Path of the artefact file of one version (latest by default)."""
        m = self.meta(name, version)
        return self.root / name / str(m.version) / m.artefact

    def list(self) -> list[ModelMeta]:
        """Every registered version of every model, by name then version."""
        if not self.root.is_dir():
            return []
        out = []
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            out.extend(self.meta(folder.name, v) for v in self.versions(folder.name))
        return out
