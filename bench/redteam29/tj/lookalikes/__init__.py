"""Innocent entities that resemble fraud (truth role ``lookalike:<kind>``), by archetype."""

from __future__ import annotations

from tj.lookalikes import abroad, devices, dialer, lines, money, texter, webapp
from tj.lookalikes.kinds import ALL

ARCHES = {"dialer": dialer, "texter": texter, "devices": devices, "money": money, "webapp": webapp,
          "abroad": abroad, "lines": lines}


def run(ctx, log) -> None:
    names = [k.name for k in ALL]
    assert len(names) == len(set(names)), "duplicate look-alike kind"
    for kind in ALL:
        ARCHES[kind.arche].run(ctx, kind, ctx.rng("lookalike:" + kind.name))
    log(f"look-alikes ready: {len(ALL)} kinds")
