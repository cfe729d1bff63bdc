"""Build the whole data set for one seed."""

from __future__ import annotations

import numpy as np

from . import devices, gangs, lists, lookalikes, money, platforms, sms, voice, web
from .geo import Cells
from .numplan import Numbers
from .population import Population
from .sink import Sink
from .truth import Truth
from .world import World


def build(out: str, seed: int, subscribers: int, days: int, log=print) -> dict:
    rng = np.random.default_rng(seed)
    sink = Sink()
    cells = Cells(np.random.default_rng(seed + 7))
    cells.codes(sink)
    cells.write(sink)
    nums = Numbers(rng)
    pop = Population(rng, subscribers, cells, nums, sink)
    pop.write(sink, cells)
    truth = Truth()
    ww = World(rng, sink, cells, nums, pop, truth, days)
    summary = gangs.run(ww)
    summary += lookalikes.run(ww)
    for step in (voice, sms, web, devices, money, platforms, lists):
        step.run(ww)
    truth.write(sink)
    for line in summary:
        log(line)
    counts = sink.write(out, days)
    return counts
