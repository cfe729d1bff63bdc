"""``fraudwall serve`` and ``fraudwall keys``."""

from __future__ import annotations

import json
import logging
import os

import click

from fraudwall.api.auth import ROLES, KeyStore
from fraudwall.warehouse.store import Warehouse

log = logging.getLogger(__name__)
_WH = click.option("--warehouse", "-w", required=True, type=click.Path(file_okay=False),
                   help="Warehouse folder (lists, scores, models, API keys).")


@click.command()
@_WH
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes. Without --redis each keeps its own window state.")
@click.option("--redis", "redis_url", help="Redis URL (redis://host:6379/0): window state shared by all workers and hosts.")
@click.option("--reload-interval", default=2.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds between checks for new detection results, lists and models.")
@click.option("--scenarios", "scenario_dirs", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Extra scenario folders (their realtime: sections become rules).")
@click.option("--block-score", default=0.95, show_default=True, type=click.FloatRange(0, 1),
              help="A combined score from this value up blocks.")
def serve(warehouse: str, host: str, port: int, workers: int, redis_url: str | None, reload_interval: float,
          scenario_dirs: tuple[str, ...], block_score: float) -> None:
    """Run the real-time screening API (FastAPI on uvicorn)."""
    import uvicorn

    Warehouse.open(warehouse)  # a clear error now rather than in every worker
    if redis_url:
        import redis

        try:
            redis.Redis.from_url(redis_url).ping()
        except redis.RedisError as exc:
            raise click.ClickException(f"cannot reach Redis at {redis_url}: {exc}") from None
    elif workers > 1:
        log.warning("%d workers without --redis: each worker keeps its own sliding windows", workers)
    os.environ.update({"FRAUDWALL_WAREHOUSE": str(warehouse), "FRAUDWALL_REDIS": redis_url or "",
                       "FRAUDWALL_RELOAD_S": str(reload_interval), "FRAUDWALL_BLOCK_SCORE": str(block_score),
                       "FRAUDWALL_SCENARIO_DIRS": os.pathsep.join(scenario_dirs)})
    kw = {}
    try:
        import uvloop  # noqa: F401

        kw["loop"] = "uvloop"
    except ImportError:
        pass
    try:
        import httptools  # noqa: F401

        kw["http"] = "httptools"
    except ImportError:
        pass
    uvicorn.run("fraudwall.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                access_log=False, log_level="warning", **kw)


@click.group()
def keys() -> None:
    """API keys with roles (screening, analyst, admin)."""


@keys.command("create")
@_WH
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--label", default="", help="What the key is for (shown by `keys list`).")
def keys_create(warehouse: str, role: str, label: str) -> None:
    """Create a key and print it (it is stored hashed and cannot be shown again)."""
    key_id, key = KeyStore(Warehouse.open(warehouse)).create(role, label)
    click.echo(key)
    click.echo(f"key id {key_id}, role {role}: keep the key secret; it is shown only once", err=True)


@keys.command("list")
@_WH
@click.option("--json", "as_json", is_flag=True)
def keys_list(warehouse: str, as_json: bool) -> None:
    """List keys (ids, roles, labels; never the keys)."""
    rows = KeyStore(Warehouse.open(warehouse)).list()
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for r in rows:
        state = f"revoked {r['revoked_at']}" if r["revoked_at"] else "active"
        click.echo(f"{r['key_id']}  {r['role']:<9}  {state:<28}  {r['created_at']}  {r['label'] or ''}")


@keys.command("revoke")
@_WH
@click.argument("key_id")
def keys_revoke(warehouse: str, key_id: str) -> None:
    """Revoke a key by its id."""
    KeyStore(Warehouse.open(warehouse)).revoke(key_id)
    click.echo(f"revoked {key_id}")
