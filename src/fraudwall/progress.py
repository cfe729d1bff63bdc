"""Progress bars for long work; silent under ``--quiet`` or when not on a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

import click
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

T = TypeVar("T")


def context_flag(name: str) -> bool:
    """True when a global flag (``--quiet``, ``--unmask``) is set on the running command."""
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if isinstance(ctx.obj, dict) and ctx.obj.get(name):
            return True
        ctx = ctx.parent
    return False


def quiet() -> bool:
    """True when the current command runs with ``--quiet``."""
    return context_flag("quiet")


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Iterate ``items`` with a progress bar on stderr unless quiet."""
    if quiet():
        yield from items
        return
    from rich.console import Console

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal,
    ) as progress:
        yield from progress.track(items, total=total, description=description)
