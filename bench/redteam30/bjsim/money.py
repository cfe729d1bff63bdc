"""Bank transfers: family transfers, shop payments, rent at month end, salaries; and the mule layers fraud uses."""

from __future__ import annotations

import numpy as np

from .clock import DAY, T0, sample_times_rows
from .population import P


def run(ww) -> None:
    pop, rng = ww.pop, ww.rng
    has = pop.acct >= 0
    shops = ww.open_accounts(500, id_keys=ww.ids(500, "bl_"), open_time=T0 - 900 * DAY)
    landlords = ww.open_accounts(350, id_keys=ww.ids(350), open_time=T0 - 2000 * DAY)
    employers = ww.open_accounts(60, id_keys=ww.ids(60, "bl_"), open_time=T0 - 3000 * DAY)
    renter = has & np.isin(pop.persona, [P["office_worker"], P["migrant_worker"], P["teacher"], P["medical_staff"]]) & (
        rng.random(pop.n) < 0.6)
    landlord_of = landlords[rng.integers(0, len(landlords), pop.n)]
    salaried = has & np.isin(pop.persona, [P["office_worker"], P["civil_servant"], P["teacher"], P["medical_staff"],
                                           P["migrant_worker"]])
    employer_of = employers[rng.integers(0, len(employers), pop.n)]
    payday = np.array([4, 9])[rng.integers(0, 2, pop.n)]  # the 20th or the 25th
    for d in range(ww.days):
        n = rng.poisson(np.where(has, 0.22, 0))
        src = np.repeat(np.arange(pop.n), n)
        t = sample_times_rows(rng, np.full(len(src), d), pop.cdf, pop.persona[src])
        k = pop.cptr[src + 1] - pop.cptr[src]
        j = pop.cptr[src] + (k * rng.random(len(src)) ** 2).astype(np.int64)
        fam = pop.csub[j]
        to_family = (fam >= 0) & (rng.random(len(src)) < 0.4)
        to_family &= pop.acct[np.maximum(fam, 0)] >= 0
        to = np.where(to_family, pop.acct[np.maximum(fam, 0)], shops[rng.integers(0, len(shops), len(src))])
        amt = np.where(to_family, rng.lognormal(6.2, 1.0, len(src)), rng.lognormal(4.6, 1.1, len(src)))
        ch = np.where(to_family, "mobile_app", np.where(rng.random(len(src)) < 0.8, "third_party", "mobile_app"))
        ww.transfer(t, pop.acct[src], to, amt, channel=ch, msisdn=pop.msisdn[src])
        if d >= 9:  # rent in the last days of the month
            r = np.flatnonzero(renter & (rng.random(pop.n) < 0.2))
            t = T0 + d * DAY + rng.integers(8 * 3600, 23 * 3600, len(r))
            ww.transfer(t, pop.acct[r], landlord_of[r], np.round(rng.normal(4200, 1500, len(r)).clip(1200), -1),
                        msisdn=pop.msisdn[r])
        s = np.flatnonzero(salaried & (payday == d))
        t = T0 + d * DAY + 10 * 3600 + rng.integers(0, 3 * 3600, len(s))
        ww.transfer(t, employer_of[s], pop.acct[s], np.round(rng.lognormal(9.3, 0.45, len(s)), 2), channel="counter")


class Mules:
    """A gang's layered accounts: first-layer accounts that receive victims' money and pass it on in minutes."""

    def __init__(self, ww, gang: str, scheme: str, first: np.ndarray, second: np.ndarray, out: np.ndarray,
                 first_msisdn: np.ndarray | None = None) -> None:
        self.ww, self.gang, self.scheme = ww, gang, scheme
        self.first, self.second, self.out = first, second, out
        self.owner = {} if first_msisdn is None else dict(zip(first.tolist(), first_msisdn.tolist(), strict=True))
        for a in np.concatenate([first, second]).tolist():
            ww.truth.add("account", ww.s(a), "mule_account", gang, scheme)

    @classmethod
    def fresh(cls, ww, gang: str, scheme: str, n1: int, n2: int, opened_days_ago=(5, 60)):
        ot = T0 - ww.rng.integers(opened_days_ago[0], opened_days_ago[1], n1 + n2) * DAY
        first = ww.open_accounts(n1, id_keys=ww.ids(n1), open_time=ot[:n1], prefix="ba_")
        second = ww.open_accounts(n2, id_keys=ww.ids(n2), open_time=ot[n1:], prefix="ba_")
        out = ww.open_accounts(3, id_keys=ww.ids(3, "bl_"), open_time=T0 - 400 * DAY)
        return cls(ww, gang, scheme, first, second, out)

    def pay(self, victim_idx: np.ndarray, t: np.ndarray, amount: np.ndarray, channel="mobile_app",
            acct: np.ndarray | None = None) -> None:
        """Victims pay first-layer accounts; losses recorded; money moves on within minutes."""
        ww, rng = self.ww, self.ww.rng
        pop = ww.pop
        n = len(victim_idx)
        if n == 0:
            return
        t = np.asarray(t, np.int64)
        keep = (t < ww.t_end) & (pop.acct[victim_idx] >= 0)
        victim_idx, t, amount = victim_idx[keep], t[keep], np.round(np.asarray(amount, float)[keep], 2)
        n = len(victim_idx)
        if n == 0:
            return
        to = self.first[rng.integers(0, len(self.first), n)] if acct is None else np.asarray(acct)[keep]
        msisdn = np.where(channel == "third_party", 0, pop.msisdn[victim_idx]) if isinstance(channel, str) else \
            np.where(np.asarray(channel)[keep] == "third_party", 0, pop.msisdn[victim_idx])
        ch = channel if isinstance(channel, str) else np.asarray(channel)[keep]
        ww.transfer(t, pop.acct[victim_idx], to, amount, channel=ch, msisdn=msisdn)
        for v, tt, a, acc in zip(pop.msisdn[victim_idx].tolist(), t.tolist(), amount.tolist(), to.tolist(),
                                 strict=True):
            ww.truth.loss(v, tt, a, ww.s(acc))
        ww.truth.add("msisdn", pop.msisdn[victim_idx].tolist(), "victim", self.gang, self.scheme, first=t)
        # layering: split to second layer, then out to OTC/merchant accounts
        parts = rng.integers(1, 4, n)
        src = np.repeat(np.arange(n), parts)
        frac = rng.dirichlet(np.ones(3), n)
        share = frac[src, np.concatenate([np.arange(p) for p in parts.tolist()])]
        share = share / np.bincount(src, weights=share)[src]
        t2 = t[src] + rng.integers(120, 2400, len(src))
        a2 = np.round(amount[src] * share * 0.995, 2)
        mid = self.second[rng.integers(0, len(self.second), len(src))]
        fm = np.array([self.owner.get(a, 0) for a in to[src].tolist()], np.int64)
        ww.transfer(t2, to[src], mid, a2, channel="mobile_app", msisdn=fm)
        t3 = t2 + rng.integers(600, 6 * 3600, len(src))
        ww.transfer(t3, mid, self.out[rng.integers(0, len(self.out), len(src))], np.round(a2 * 0.99, 2),
                    channel="third_party")
