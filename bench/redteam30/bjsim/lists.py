"""Operator lists and older reports: allow-listed service codes, last month's blocked resources, user complaints."""

from __future__ import annotations

import numpy as np

from . import texts
from .clock import DAY, T0


def run(ww) -> None:
    rng, pop = ww.rng, ww.pop
    allow = sorted({s for s, _ in texts.BANK} | {s for s, _ in texts.GOV})
    ww.sink.add("lists", entity_type="msisdn", entity=allow, list="allow", reason="service number",
                added_time=np.full(len(allow), T0 - 700 * DAY))
    old = ["bj-etc-renzheng.cc", "gs-tuikuan.top", "12123-bj.vip", "ybk-dongjie.com"]
    ww.sink.add("lists", entity_type="domain", entity=old, list="block", reason="fraud site (February)",
                added_time=T0 - rng.integers(10, 40, len(old)) * DAY, expires_time=T0 + 80 * DAY)
    # user complaints about nuisance calls, true and false, before and during the fortnight
    k = 60
    who = pop.msisdn[rng.integers(0, pop.n, k)]
    ww.sink.add("reports", time=T0 - rng.integers(1, 20 * DAY, k), entity_type="msisdn",
                entity=[str(x) for x in who.tolist()], label="benign", source="internal")
