"""What every look-alike kind shares: its spec, new actors (numbers, handsets, IDs), truth and noise."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from tj import emit
from tj.core import DAY, HOUR
from tj.geo import CODE


@dataclass
class Kind:
    """One kind of innocent entity: its archetype, instance count at 20,000 subscribers and parameters."""

    name: str
    arche: str
    n: float
    p: dict = field(default_factory=dict)

    def get(self, key, default=None):
        return self.p.get(key, default)

    def __getitem__(self, key):
        return self.p[key]


class Actor:
    """Instances of one kind: their numbers, handsets, IDs and where they sit."""

    def __init__(self, ctx, kind: Kind, k: int, rng) -> None:
        self.ctx, self.kind, self.k, self.rng = ctx, kind, k, rng
        p = kind.p
        nb = ctx.numbers
        line = p.get("line", "mobile")
        dist = p.get("district", ["HP", "NK", "HX", "HD", "HB", "HQ", "DL", "TG"])
        dist = [dist] if isinstance(dist, str) else dist
        self.district = np.array([CODE[d] for d in dist])[rng.integers(0, len(dist), k)]
        self.cell = ctx.cells.pick(rng, self.district)
        lo, hi = p.get("age", (200, 3000))
        ot = ctx.t0 // DAY * DAY - rng.integers(lo, hi + 1, k) * DAY + rng.integers(9 * HOUR, 18 * HOUR, k)
        self.open_time = ot
        ent = p.get("enterprise", False)
        if ent:
            n_co = max(1, k // p.get("per_company", 6))
            cos = ctx.vocab.codes(nb.keys("bl", n_co))
            self.id_key = cos[np.arange(k) % n_co]
            if p.get("batch", False):  # each company opened its cards together, minutes apart
                self.open_time = ot[:n_co][np.arange(k) % n_co] + (np.arange(k) // n_co) * 90
        else:
            self.id_key = ctx.vocab.codes(nb.keys("idk", k))
            if p.get("batch", False):  # a promotion: many people opening cards at one store on one day
                self.open_time = ot[0] + np.arange(k) * 150
        store = ctx.pop.store_of(rng, self.district)
        if p.get("batch", False):
            store = store[np.arange(k) % max(1, k // p.get("per_company", 6))]
        self.msisdn, self.imsi = emit.new_sims(
            ctx, k, id_key=self.id_key, open_time=self.open_time, store=store, line=line,
            id_type=p.get("id_type", "business_license" if ent else "resident_id"),
            customer="enterprise" if ent else "personal", prepaid=p.get("prepaid", False),
            region=p.get("region", "Tianjin"))
        share = p.get("imei_share", 1)
        if line in ("mobile", "iot"):
            devs = nb.imei((k + share - 1) // share, p.get("tac", "smart"))
            self.imei = devs[np.arange(k) // share]
        else:
            self.imei = np.full(k, -1, np.int64)
            self.imsi = np.full(k, -1, np.int64)

    def presence(self, days=None, data=2.0, profile="flat") -> None:
        if self.kind.get("line", "mobile") not in ("mobile", "iot"):
            return
        od = np.clip((self.open_time - self.ctx.t0) // DAY + 1, 0, self.ctx.days)
        if days is None:
            days = np.arange(self.ctx.days)[None, :] >= od[:, None]
        emit.presence(self.ctx, self.rng, self.msisdn, self.imsi, self.imei, self.cell, days=days, data_per_day=data,
                      profile=profile, roam=self.kind.get("roam"))


def truth(ctx, kind: Kind, etype: str, ents, first) -> None:
    ctx.truth.add(etype, ents, f"lookalike:{kind.name}", "", kind.name, first)


def noise(ctx, kind: Kind, rng, msisdn: np.ndarray, first: np.ndarray) -> None:
    """Wrong complaints, wrong cut-offs later reinstated on appeal, and allow-list entries."""
    p = kind.p
    t1 = ctx.t1
    c = rng.random(msisdn.size) < p.get("complain", 0.0)
    for m, f in zip(msisdn[c].tolist(), first[c].tolist(), strict=True):
        t = max(f, ctx.t0) + int(rng.integers(HOUR, 4 * DAY))
        if t < t1:
            ctx.noise["complain"].append(("msisdn", m, p.get("ftype", "other"), t))
    a = rng.random(msisdn.size) < p.get("appeal", 0.0)
    for m, f in zip(msisdn[a].tolist(), first[a].tolist(), strict=True):
        tc = max(f, ctx.t0) + int(rng.integers(DAY, 5 * DAY))
        tb = tc + int(rng.integers(6 * HOUR, 3 * DAY))
        if tb < t1:
            ctx.cut(np.array([m]), tc, tb)
            ctx.noise["appeal"].append((m, tc, tb))
    w = rng.random(msisdn.size) < p.get("allow", 0.0)
    for m in msisdn[w].tolist():
        ctx.noise["allow"].append(("msisdn", m, p.get("allow_reason", f"registered {kind.name.replace('_', ' ')}")))
