"""Card rings: Jinghai villagers who open cards and bank accounts for a fee (g02) and a campus drive in the
Haihe Education Park where students sell cards and rent out bank accounts (g03). Their cards feed the dens."""

from __future__ import annotations

import numpy as np

from tj import emit
from tj.banks import add_accounts
from tj.core import DAY, HOUR
from tj.gangs.kit import CardPool, Gang
from tj.geo import CODE
from tj.population import PID


def _batches(g: Gang, sellers: np.ndarray, stores: list[int], days_before: list[tuple[int, int]],
             per_seller: tuple[int, int], test_imei: int | None):
    """Sellers open cards together at a few stores on a few days; returns msisdn, imsi, open times."""
    ctx, rng = g.ctx, g.rng
    pop = ctx.pop
    out_m, out_i, out_t = [], [], []
    for lo, hi in days_before:
        day = ctx.t0 // DAY * DAY - int(rng.integers(lo, hi + 1)) * DAY  # may be in the window when lo < 0
        active = sellers[rng.random(sellers.size) < 0.8]
        if active.size == 0:
            active = sellers[:1]
        k = rng.integers(per_seller[0], per_seller[1] + 1, active.size)
        who = np.repeat(active, k)
        store = np.array(stores)[rng.integers(0, len(stores), who.size)]
        t = day + 9 * HOUR + np.sort(rng.integers(0, 5 * HOUR, who.size))
        m, i = emit.new_sims(ctx, who.size, id_key=pop.id_key[who], open_time=t, store=store, prepaid=True,
                             region="Tianjin")
        out_m.append(m)
        out_i.append(i)
        out_t.append(t)
        if test_imei is not None:
            inwin = t >= ctx.t0
            if inwin.any():  # the recruiter tests each fresh card in his own handset at the store
                ctx.sink.add("device", time=t[inwin] + 300, msisdn=m[inwin], imsi=i[inwin], imei=test_imei,
                             cell=pop.store_cell[store[inwin]], event="attach")
    return np.concatenate(out_m), np.concatenate(out_i), np.concatenate(out_t)


def village_ring(ctx) -> None:
    g = Gang(ctx, "g02", "jinghai_village_card_ring")
    rng, pop = g.rng, ctx.pop
    sellers = pop.pick(rng, ctx.k(22, 4), personas=["villager", "factory", "elderly"], districts=["JH", "JZ", "WQ"])
    boss = pop.pick(rng, 1, personas=["shopkeeper", "villager"], districts=["JH"])
    jh, jz = CODE["JH"], CODE["JZ"]
    stores = [jh * 4 + 2, jh * 4 + 3, jz * 4 + 3, CODE["WQ"] * 4 + 2]
    test_imei = int(ctx.numbers.imei(1, "smart")[0])
    m, i, t = _batches(g, sellers, stores, [(300, 420), (150, 240), (30, 110), (-4, -1)], (2, 6), test_imei)
    ctx.card_pool.put(m, i, t)
    g.truth("msisdn", m, "bought_card", t)
    g.truth("id_key", ctx.vocab.text(pop.id_key[sellers]), "card_seller", int(t.min()))
    g.truth("msisdn", pop.msisdn[boss], "gang_member", int(t.min()))
    g.truth("id_key", ctx.vocab.text(pop.id_key[boss]), "gang_member", int(t.min()))
    g.truth("imei", test_imei, "gang_member", int(t.min()))
    # the recruiter rings his sellers in the window (new batches, the fee)
    k = sellers.size * 2
    who = sellers[rng.integers(0, sellers.size, k)]
    tt = g.t(rng.integers(0, ctx.days, k), 9, 20)
    emit.calls(ctx, rng, np.full(k, pop.msisdn[boss[0]]), pop.msisdn[who], tt, rng.integers(30, 200, k),
               imei=pop.imei[boss[0]], imsi=pop.imsi[boss[0]], cell=pop.cell_at(ctx, np.full(k, boss[0]), tt))
    # sellers also open accounts at the rural bank for the launderers
    acc_t = ctx.t0 - rng.integers(25, 100, sellers.size) * DAY + 10 * HOUR
    acc = add_accounts(ctx, pop.id_key[sellers], "Tianjin Rural Commercial Bank", acc_t, pop.msisdn[sellers])
    ctx.seller_accounts = list(zip(acc.tolist(), acc_t.tolist(), strict=True))


def campus_drive(ctx) -> None:
    g = Gang(ctx, "g03", "haihe_campus_card_drive")
    rng, pop = g.rng, ctx.pop
    ok = (pop.persona == PID["student"]) & (pop.district == CODE["JN"]) & (pop.away_day > 3) & ~pop.reserved
    cand = np.flatnonzero(ok)
    students = np.sort(rng.choice(cand, size=min(ctx.k(14, 3), cand.size), replace=False))
    pop.reserved[students] = True
    lead = pop.pick(rng, 1, personas=["student"], districts=["JN"])
    campus = [CODE["JN"] * 4 + 0, CODE["JN"] * 4 + 2]
    m, i, t = _batches(g, students, campus, [(40, 60), (5, 15)], (1, 3), None)
    ctx.card_pool.put(m, i, t)
    g.truth("msisdn", m, "bought_card", t)
    g.truth("id_key", ctx.vocab.text(pop.id_key[students]), "card_seller", int(t.min()))
    g.truth("msisdn", pop.msisdn[lead], "gang_member", int(t.min()))
    g.truth("id_key", ctx.vocab.text(pop.id_key[lead]), "gang_member", int(t.min()))
    # rented accounts: opened by the students, then bound to one of their sold cards
    acc_t = ctx.t0 - rng.integers(8, 50, students.size) * DAY + 15 * HOUR
    bound = np.where(rng.random(students.size) < 0.5, pop.msisdn[students], m[rng.integers(0, m.size, students.size)])
    acc = add_accounts(ctx, pop.id_key[students], np.where(rng.random(students.size) < 0.5, "Bank of Tianjin", "ICBC"),
                       acc_t, bound)
    ctx.student_accounts = list(zip(acc.tolist(), acc_t.tolist(), strict=True))
    # the lead texts and rings the students ("renewal fee paid, keep the card safe")
    k = students.size * 3
    who = students[rng.integers(0, students.size, k)]
    tt = g.t(rng.integers(0, 5, k), 10, 23)
    emit.sms(ctx, np.full(k, pop.msisdn[lead[0]]), pop.msisdn[who], tt, None, imei=pop.imei[lead[0]],
             cell=pop.cell_at(ctx, np.full(k, lead[0]), tt))


def run(ctx) -> None:
    ctx.card_pool = CardPool()
    village_ring(ctx)
    campus_drive(ctx)
