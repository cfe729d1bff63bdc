"""API keys with roles, stored hashed in the warehouse catalog (``WH/catalog.db``).

A key looks like ``fwk_<key id>_<secret>``.  Only the key id, a random salt and
``sha256(salt + secret)`` are stored; the key itself is shown once, at
creation.  Roles are ordered: ``screening`` (ask for decisions, feed call
ends and device events) < ``analyst`` (also read rules, state and features)
< ``admin`` (also force a reload).  Creating and revoking keys is written to
the audit log.  Verified keys are cached for a few seconds, so a revocation
takes effect within ``cache_s``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from datetime import UTC, datetime

from fraudwall.errors import InputError
from fraudwall.warehouse import audit
from fraudwall.warehouse.store import Warehouse

ROLES = ("screening", "analyst", "admin")
RANK = {r: i + 1 for i, r in enumerate(ROLES)}
PREFIX = "fwk_"
_SCHEMA = """CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY, salt TEXT NOT NULL, hash TEXT NOT NULL, role TEXT NOT NULL, label TEXT,
    created_at TEXT NOT NULL, created_by TEXT, revoked_at TEXT)"""


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256((salt + secret).encode()).hexdigest()


class KeyStore:
    """The API keys of one warehouse."""

    def __init__(self, wh: Warehouse, cache_s: float = 5.0) -> None:
        self.wh = wh
        self.cache_s = cache_s
        self._cache: dict[str, tuple[str | None, float]] = {}
        with wh.catalog() as db:
            db.execute(_SCHEMA)

    def create(self, role: str, label: str = "", actor: str | None = None) -> tuple[str, str]:
        """A new key for ``role``: returns (key id, key). The key is not stored and cannot be shown again."""
        if role not in ROLES:
            raise InputError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
        key_id = secrets.token_hex(6)
        secret = secrets.token_urlsafe(24)
        salt = secrets.token_hex(16)
        with self.wh.catalog() as db:
            db.execute("INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                       (key_id, salt, _digest(salt, secret), role, label,
                        datetime.now(UTC).isoformat(timespec="seconds"), actor or audit._user()))
        audit.record(self.wh, "api_key.create", {"key_id": key_id, "role": role, "label": label}, actor)
        return key_id, f"{PREFIX}{key_id}_{secret}"

    def revoke(self, key_id: str, actor: str | None = None) -> None:
        with self.wh.catalog() as db:
            n = db.execute("UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
                           (datetime.now(UTC).isoformat(timespec="seconds"), key_id)).rowcount
        if not n:
            raise InputError(f"no active API key with id {key_id!r} (see `fraudwall keys list`)")
        self._cache.clear()
        audit.record(self.wh, "api_key.revoke", {"key_id": key_id}, actor)

    def list(self) -> list[dict]:
        with self.wh.catalog() as db:
            rows = db.execute("SELECT key_id, role, label, created_at, created_by, revoked_at FROM api_keys "
                              "ORDER BY created_at, key_id").fetchall()
        return [dict(zip(("key_id", "role", "label", "created_at", "created_by", "revoked_at"), r, strict=True))
                for r in rows]

    def role_of(self, key: str | None) -> str | None:
        """The role of a valid, unrevoked key; None otherwise."""
        if not key:
            return None
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and hit[1] > now:
            return hit[0]
        role = self._verify(key)
        if len(self._cache) > 10000:
            self._cache.clear()
        self._cache[key] = (role, now + self.cache_s)
        return role

    def _verify(self, key: str) -> str | None:
        if not key.startswith(PREFIX) or key.count("_") < 2:
            return None
        key_id, secret = key[len(PREFIX):].split("_", 1)
        with self.wh.catalog() as db:
            row = db.execute("SELECT salt, hash, role FROM api_keys WHERE key_id = ? AND revoked_at IS NULL",
                             (key_id,)).fetchone()
        if row is None or not hmac.compare_digest(row[1], _digest(row[0], secret)):
            return None
        return row[2]
