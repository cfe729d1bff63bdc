"""Build one province: geography, people, their traffic, the gangs, the look-alikes, feedback; then write."""

from __future__ import annotations

import time

import numpy as np

from . import (
    feedback,
    gangs_boxes,
    gangs_calls,
    gangs_money,
    gangs_web,
    kit,
    look_calls,
    look_devices,
    look_intl,
    look_money,
    look_sms,
    people,
    traffic,
    write,
)
from .core import World
from .geo import build_geo
from .ids import Ids

GANG_MODULES = [gangs_money.setup, gangs_boxes.build, gangs_calls.build, gangs_web.build, gangs_money.finish]
LOOK_MODULES = [look_calls.build, look_sms.build, look_devices.build, look_intl.build, look_money.build]


def build(out: str, seed: int, n_subs: int, days: int, verbose: bool = True) -> dict:
    t0 = time.time()
    w = World(seed, n_subs, days)
    w.geo = build_geo(w.rng("geo"))
    w.ids = Ids(w.rng("ids"))
    w.pop = people.build_pop(w, w.rng("people"))
    w.claimed = np.zeros(w.pop.n, dtype=bool)
    kit.emit_pop_subscribers(w, w.rng("subscribers"))
    traffic.build(w, w.rng("traffic"))
    t1 = time.time()
    for f in GANG_MODULES:
        f(w)
    for f in LOOK_MODULES:
        f(w)
    feedback.build(w, w.rng("feedback"))
    t2 = time.time()
    counts = write.write_all(w, out)
    if verbose:
        print(f"built in {t1 - t0:.1f}s background + {t2 - t1:.1f}s planted, written in {time.time() - t2:.1f}s; "
              f"{len(w.gangs)} gangs, {len(w.kinds)} look-alike kinds")
    return counts
