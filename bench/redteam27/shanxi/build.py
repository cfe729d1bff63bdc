"""Build one province: world, everyday life, gangs, look-alikes, labels, output."""

from __future__ import annotations

from . import everyday, gangs, labels, lookalikes
from .behave import Ctx
from .core import Calendar, Sink, Streams, Vocab
from .output import Writer
from .world import World


def build(out: str, seed: int, subscribers: int, days: int) -> dict[str, int]:
    S = Streams(seed)
    V = Vocab()
    cal = Calendar(days)
    W = World(S, V, cal, subscribers)
    ctx = Ctx(S=S, V=V, cal=cal, W=W, sink=Sink(V))
    everyday.populate(ctx)
    gangs.plant(ctx)
    lookalikes.plant(ctx)
    everyday.daily_life(ctx)
    labels.make(ctx)
    return Writer(ctx, out).all()
