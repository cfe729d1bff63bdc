"""Contact books: on-net ties between background people (symmetric) and ties to off-net numbers.

Most ties are local (same district); migrant workers keep family numbers in their home province. Each
directed tie has a weight (share of its owner's calls) drawn from a heavy-tailed law, so a few close
contacts take most calls.
"""

from __future__ import annotations

import numpy as np

from tj.population import PERSONAS


def same_district(rng, pop_district: np.ndarray, want: np.ndarray) -> np.ndarray:
    """For each wanted district, a random index among the items whose district equals it."""
    order = np.argsort(pop_district, kind="stable")
    sd = pop_district[order]
    uniq, start, count = np.unique(sd, return_index=True, return_counts=True)
    pos = np.searchsorted(uniq, want)
    pos = np.minimum(pos, len(uniq) - 1)
    ok = uniq[pos] == want
    pick = start[pos] + (rng.random(want.size) * count[pos]).astype(np.int64)
    out = order[np.minimum(pick, len(order) - 1)]
    return np.where(ok, out, order[rng.integers(0, len(order), want.size)])


class Books:
    def __init__(self, ctx) -> None:
        rng = ctx.rng("books")
        pop = ctx.pop
        nb = ctx.numbers
        n = pop.n
        # off-net pool: other operators' mobiles and Tianjin fixed lines, placed in districts
        n_off = int(0.9 * n)
        n_fix = int(0.12 * n_off)
        self.off_msisdn = np.concatenate([nb.offnet_mobile(n_off - n_fix), nb.offnet_fixed(n_fix)])
        self.off_fixed = np.zeros(n_off, bool)
        self.off_fixed[n_off - n_fix:] = True
        self.off_district = pop.district[rng.integers(0, n, n_off)]
        self.off_family = rng.random(n_off) < 0.12  # numbers of migrants' families in home provinces
        book_on = np.array([p[7] for p in PERSONAS])[pop.persona]
        book_off = np.array([p[8] for p in PERSONAS])[pop.persona]
        # on-net ties
        k = rng.poisson(book_on * 0.55)
        src = np.repeat(np.arange(n), k)
        local = rng.random(src.size) < 0.62
        dst = rng.integers(0, n, src.size)
        dst[local] = same_district(rng, pop.district, pop.district[src[local]])
        keep = src != dst
        a, b = np.minimum(src[keep], dst[keep]), np.maximum(src[keep], dst[keep])
        pair = np.unique(a.astype(np.int64) * n + b)
        a, b = pair // n, pair % n
        self.on_src = np.concatenate([a, b])
        self.on_dst = np.concatenate([b, a])
        # off-net ties
        k = rng.poisson(book_off)
        src = np.repeat(np.arange(n), k)
        dst = rng.integers(0, n_off, src.size)
        local = rng.random(src.size) < 0.55
        dst[local] = same_district(rng, self.off_district, pop.district[src[local]])
        fam = pop.migrant[src] & (rng.random(src.size) < 0.35)
        fam_pool = np.flatnonzero(self.off_family)
        dst[fam] = fam_pool[rng.integers(0, fam_pool.size, int(fam.sum()))]
        pair = np.unique(src.astype(np.int64) * n_off + dst)
        self.off_src, self.off_dst = pair // n_off, pair % n_off
        # weights (share of the owner's calls), on- and off-net together
        w_on = rng.lognormal(0, 1.1, self.on_src.size)
        w_off = rng.lognormal(-0.2, 1.1, self.off_src.size)
        tot = np.bincount(self.on_src, w_on, n) + np.bincount(self.off_src, w_off, n)
        tot[tot == 0] = 1
        self.on_w = w_on / tot[self.on_src]
        self.off_w = w_off / tot[self.off_src]
        self.off_in_w = rng.lognormal(-0.4, 1.0, self.off_src.size) * self.off_w
        fam_tie = self.off_family[self.off_dst]
        self.off_in_w[fam_tie] *= 2.0  # families call before the festival
        self.degree = np.bincount(self.on_src, minlength=n) + np.bincount(self.off_src, minlength=n)

