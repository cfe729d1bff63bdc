"""The social call graph: local communities, heavy-tailed degree, external contacts."""

from __future__ import annotations

import numpy as np

from fraudwall.sim.population import COURIER, LINE, MARKETING, SALES, World
from fraudwall.sim.rng import lognormal_median


def build_contacts(world: World, rng: np.random.Generator) -> None:
    """Give every benign card a contact list (CSR arrays on ``world.benign``).

    Contacts are mostly inside a community of people living in the same region,
    some anywhere in the province (preferentially people with many contacts),
    some outside the province. Lists are symmetric for in-province contacts and
    shuffled, so ``u**a`` sampling of positions gives a few strong ties per card.
    """
    b, tc = world.benign, world.cfg.traffic
    assert b is not None
    line = world.cards["line"][: b.n]
    region = world.cards["region"][: b.n]
    part = np.flatnonzero(line != LINE["iot"])
    order = part[np.lexsort((rng.random(part.size), region[part]))]
    m = order.size
    sizes = np.clip(lognormal_median(rng, tc.community_size_mean * 0.75, 0.75, m // 4 + 2), 3, 2000).astype(np.int64)
    cut = np.searchsorted(np.cumsum(sizes), m) + 1
    sizes = sizes[:cut]
    sizes[-1] -= sizes.sum() - m
    if sizes[-1] <= 0:
        sizes = sizes[:-1]
        sizes[-1] += m - sizes.sum()
    comm_start = np.r_[0, np.cumsum(sizes)[:-1]]
    comm_of_pos = np.repeat(np.arange(sizes.size), sizes)
    deg = lognormal_median(rng, tc.degree_median, tc.degree_sigma, m)
    k = b.kind[order]
    deg[(k == COURIER) | (k == SALES)] *= 3
    deg[k == MARKETING] *= 2
    deg = np.clip(deg, 1, 600)
    stubs = np.ceil(deg / 2).astype(np.int64)
    src_pos = np.repeat(np.arange(m), stubs)
    s = src_pos.size
    u = rng.random(s)
    ext = u > 1 - tc.external_contact_share
    in_comm = u < tc.in_community_share
    glob = ~ext & ~in_comm
    dst_pos = np.empty(s, np.int64)
    c = comm_of_pos[src_pos[in_comm]]
    dst_pos[in_comm] = comm_start[c] + (rng.random(c.size) * sizes[c]).astype(np.int64)
    dst_pos[glob] = src_pos[rng.integers(0, s, int(glob.sum()))]
    internal = ~ext
    a_card = order[src_pos[internal]]
    d_card = order[dst_pos[internal]]
    keep = a_card != d_card
    a_card, d_card = a_card[keep], d_card[keep]
    both_a = np.concatenate([a_card, d_card])
    both_d = np.concatenate([d_card, a_card])
    key = np.unique(both_a.astype(np.int64) * b.n + both_d)
    ia, idd = key // b.n, key % b.n
    ext_a = order[src_pos[ext]]
    ext_num = world.external[rng.integers(0, world.external.size, ext_a.size)]
    msisdn = world.cards["msisdn"]
    owner = np.concatenate([ia, ext_a])
    contact_msisdn = np.concatenate([msisdn[idd], ext_num])
    contact_card = np.concatenate([idd, np.full(ext_a.size, -1)]).astype(np.int32)
    srt = np.lexsort((rng.random(owner.size), owner))
    b.contact_msisdn = contact_msisdn[srt]
    b.contact_card = contact_card[srt]
    b.indptr = np.r_[0, np.cumsum(np.bincount(owner, minlength=b.n))].astype(np.int64)
