"""Background money: wages and year-end bonuses, pensions, shop payments, red envelopes, migrants sending
their pay home, bills, cash for the festival; bank notices by SMS for the larger ones."""

from __future__ import annotations

import numpy as np

from tj import content, emit, rhythm
from tj.core import DAY
from tj.population import BANK_SMS, BANKS, PID, PROFILE_NAMES


class Tx:
    """Collects transfers of one module, then writes them and their bank notices."""

    def __init__(self) -> None:
        self.parts: list[dict] = []

    def add(self, frm, to, t, amount, channel, initiated=None) -> None:
        frm = np.asarray(frm, np.int32)
        n = frm.size
        if n == 0:
            return
        self.parts.append(dict(from_account=frm, to_account=np.broadcast_to(np.asarray(to, np.int32), (n,)),
                               time=np.asarray(t, np.int64), amount=np.round(np.asarray(amount, float), 2),
                               channel=np.broadcast_to(np.asarray(channel), (n,)),
                               initiated_msisdn=None if initiated is None else np.broadcast_to(
                                   np.asarray(initiated, np.int64), (n,))))

    def flush(self, ctx) -> None:
        for part in self.parts:
            ctx.sink.add("transfers", currency="CNY", **part)
        self.parts = []


def notices(ctx, rng, person, t, incoming) -> None:
    """Bank SMS to people whose primary account moved money."""
    pop, bk = ctx.pop, ctx.banks
    bank = np.array(BANKS, dtype=object)[bk.bank[person]]
    sender = np.array([int(BANK_SMS[b]) for b in BANKS], np.int64)[bk.bank[person]]
    day = ((np.asarray(t) - ctx.t0) // DAY).astype(np.int64)

    def label(d: int) -> str:
        x = rhythm.date_of(ctx, d)
        return f"{x.month}月{x.day}日"

    txt = content.bank_notice(bank, np.clip(day, 0, ctx.days - 1), incoming, label)
    emit.sms(ctx, sender, pop.msisdn[person], np.asarray(t) + rng.integers(3, 40, person.size), txt)


def run(ctx) -> None:
    rng = ctx.rng("bg_money")
    pop, bk = ctx.pop, ctx.banks
    D = ctx.days
    tx = Tx()
    n = pop.n
    # wages on the 15th (or the window's 4th day), year-end bonuses near the Little New Year
    payday = min(max(rhythm.day_index_of(ctx, rhythm.XIAONIAN) - 5, 0), D - 1)
    w = np.flatnonzero(bk.employer >= 0)
    t = ctx.t0 + payday * DAY + rng.integers(9 * 3600, 16 * 3600, w.size)
    base = np.where(pop.persona[w] == PID["office"], 9000, np.where(pop.persona[w] == PID["factory"], 6000, 7500))
    amt = base * rng.lognormal(0, 0.3, w.size)
    tx.add(bk.emp_acct[bk.employer[w]], bk.acct[w], t, amt, "counter")
    notices(ctx, rng, w, t, np.ones(w.size, bool))
    bonus = w[rng.random(w.size) < 0.45]
    bd = np.clip(rhythm.day_index_of(ctx, rhythm.XIAONIAN) + rng.integers(-3, 5, bonus.size), 0, D - 1)
    t = ctx.t0 + bd * DAY + rng.integers(10 * 3600, 17 * 3600, bonus.size)
    tx.add(bk.emp_acct[bk.employer[bonus]], bk.acct[bonus], t, base[np.searchsorted(w, bonus)] * rng.uniform(0.5, 3, bonus.size), "counter")
    # migrants going home send most of their pay home a day or two before leaving
    m = np.flatnonzero(pop.migrant & (pop.away_day >= 1) & (pop.away_day < D) & (bk.family_acct >= 0))
    m = m[rng.random(m.size) < 0.6]
    sd = np.maximum(pop.away_day[m] - rng.integers(0, 3, m.size), 0)
    t = ctx.t0 + sd * DAY + rng.integers(9 * 3600, 22 * 3600, m.size)
    tx.add(bk.acct[m], bk.family_acct[m], t, np.round(rng.uniform(8000, 45000, m.size), -2), "mobile_app", pop.msisdn[m])
    notices(ctx, rng, m, t, np.zeros(m.size, bool))
    # pensions
    old = np.flatnonzero(pop.persona == PID["elderly"])
    t = ctx.t0 + min(2, D - 1) * DAY + rng.integers(2 * 3600, 8 * 3600, old.size)
    tx.add(np.full(old.size, bk.pension), bk.acct[old], t, rng.uniform(2600, 6800, old.size), "counter")
    notices(ctx, rng, old, t, np.ones(old.size, bool))
    # shop payments (to shopkeepers of the same district) and platform escrow
    shops = np.flatnonzero(pop.persona == PID["shopkeeper"])
    cnt = rng.poisson(0.42 * D, n)
    p = np.repeat(np.arange(n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
    from tj.books import same_district
    local_shop = same_district(rng, pop.district[shops], pop.district[p])
    to_shop = rng.random(p.size) < 0.55
    to = np.where(to_shop, bk.acct[shops[local_shop]], bk.escrow[rng.integers(0, bk.escrow.size, p.size)])
    amt = np.round(rng.lognormal(np.log(60), 0.9, p.size), 2)
    tx.add(bk.acct[p], to, t, amt, "third_party", pop.msisdn[p])
    # red envelopes and transfers between acquaintances, more towards the festival
    bo = ctx.books
    cnt = rng.poisson(bo.on_w * 0.12 * D * (1 + 2 * (pop.persona[bo.on_src] == PID["elderly"])))
    e = np.repeat(np.arange(bo.on_src.size), cnt)
    day = rng.choice(D, e.size, p=np.linspace(1, 2.2, D) / np.linspace(1, 2.2, D).sum())
    s = bo.on_src[e]
    t = rhythm.times(rng, ctx.t0 + day * DAY, "evening")
    amt = np.array([66, 88, 100, 168, 200, 500, 520, 666, 888, 1000, 2000])[rng.integers(0, 11, e.size)]
    tx.add(bk.acct[s], bk.acct[bo.on_dst[e]], t, amt, "mobile_app", pop.msisdn[s])
    big = amt >= 500
    notices(ctx, rng, s[big], t[big], np.zeros(int(big.sum()), bool))
    # bills: heating arrears, power, gas, phone top-ups, property fees
    cnt = rng.poisson(0.05 * D, n)
    p = np.repeat(np.arange(n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times(rng, ctx.t0 + day * DAY, "evening")
    kinds = np.array(["heating", "water", "power", "gas", "telecom", "property"])
    k = rng.integers(0, kinds.size, p.size)
    to = np.array([bk.utility[x] for x in kinds], np.int32)[k]
    amt = np.where(kinds[k] == "heating", rng.uniform(800, 2600, p.size), rng.uniform(30, 400, p.size))
    tx.add(bk.acct[p], to, t, amt, "third_party", pop.msisdn[p])
    # cash for the festival: the old and villagers at ATMs or the counter
    cash = np.flatnonzero(np.isin(pop.persona, [PID["elderly"], PID["villager"], PID["factory"]]) &
                          (rng.random(n) < 0.35))
    day = rng.integers(max(0, D - 9), D, cash.size)
    t = ctx.t0 + day * DAY + rng.integers(9 * 3600, 17 * 3600, cash.size)
    atm = same_district(rng, bk.atm_district, pop.district[cash])
    tx.add(bk.acct[cash], bk.atm[atm], t, np.round(rng.uniform(5, 50, cash.size)) * 100,
           np.where(rng.random(cash.size) < 0.7, "atm", "counter"))
    notices(ctx, rng, cash, t, np.zeros(cash.size, bool))
    # second accounts: savings moves between a person's own accounts
    two = np.flatnonzero(bk.acct2 >= 0)
    two = two[rng.random(two.size) < 0.25]
    day = rng.integers(0, D, two.size)
    t = rhythm.times(rng, ctx.t0 + day * DAY, "evening")
    tx.add(bk.acct2[two], bk.acct[two], t, np.round(rng.uniform(10, 300, two.size)) * 100, "mobile_app",
           pop.msisdn[two])
    tx.flush(ctx)
