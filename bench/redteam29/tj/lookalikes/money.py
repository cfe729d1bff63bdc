"""Look-alikes in money: stalls and new shops with many payers, class-fund and rent collectors, labour
contractors paying crews, purchasing agents and car traders passing money through, the old sending large
sums to family, car deposits at the free-trade zone, investors with a real broker, cash for the festival."""

from __future__ import annotations

import numpy as np

from tj import emit, rhythm
from tj.banks import add_accounts
from tj.bg_money import notices
from tj.books import same_district
from tj.core import DAY, HOUR
from tj.lookalikes.base import Kind, truth
from tj.population import PID


def _tx(ctx, frm, to, t, amt, channel, init=None) -> None:
    t = np.asarray(t, np.int64)
    ok = (t >= ctx.t0) & (t < ctx.t1)
    n = t.size
    ctx.sink.add("transfers", time=t[ok], from_account=np.broadcast_to(np.asarray(frm, np.int32), (n,))[ok],
                 to_account=np.broadcast_to(np.asarray(to, np.int32), (n,))[ok],
                 amount=np.round(np.broadcast_to(np.asarray(amt, float), (n,))[ok], 2), currency="CNY",
                 channel=np.broadcast_to(np.asarray(channel), (n,))[ok],
                 initiated_msisdn=None if init is None else np.broadcast_to(np.asarray(init, np.int64), (n,))[ok])


def run(ctx, kind: Kind, rng) -> None:
    globals()["_" + kind.p["mode"]](ctx, kind, rng)


def _owners(ctx, kind, rng):
    pop = ctx.pop
    who = pop.pick(rng, ctx.k(kind.n), personas=kind.get("personas"), districts=kind.get("district"))
    return who


def _fan_in(ctx, kind, rng) -> None:
    """Many payers (neighbours), small amounts; optionally on an account opened in the window."""
    pop, bk = ctx.pop, ctx.banks
    who = _owners(ctx, kind, rng)
    k = who.size
    if kind.get("new_account"):
        ot = ctx.t0 + rng.integers(0, 4, k) * DAY + 10 * HOUR
        acct = add_accounts(ctx, pop.id_key[who], "Bank of Tianjin", ot, pop.msisdn[who])
    else:
        ot = np.full(k, ctx.t0)
        acct = bk.acct[who]
    lo, hi = kind.get("per_day", (20, 60))
    D = ctx.days
    od = np.clip((ot - ctx.t0) // DAY, 0, D - 1)
    days = np.arange(D)[None, :] >= od[:, None]
    si, di = np.nonzero(days)
    c = rng.poisson(rng.uniform(lo, hi, si.size))
    s, d = np.repeat(si, c), np.repeat(di, c)
    payer = same_district(rng, pop.district, pop.district[who[s]])
    t = rhythm.times(rng, ctx.t0 + d * DAY, kind.get("hours", "meals"))
    a_lo, a_hi = kind.get("amount", (5, 40))
    amt = rng.uniform(a_lo, a_hi, s.size)
    if kind.get("equal"):
        amt = np.full(s.size, float(kind["equal"]))
    _tx(ctx, bk.acct[payer], acct[s], t, amt, "third_party", pop.msisdn[payer])
    if kind.get("forward"):  # the takings go on to a supplier or the owner's other bank
        day_end = ctx.t0 + np.arange(D) * DAY + 21 * HOUR
        sup = add_accounts(ctx, ctx.vocab.codes(ctx.numbers.keys("bl", k)), "ICBC", ctx.t0 - 900 * DAY)
        tot = np.zeros((k, D))
        np.add.at(tot, (s, d), amt)
        ii, dd = np.nonzero(tot > 0)
        _tx(ctx, acct[ii], sup[ii], day_end[dd] + rng.integers(0, 3600, ii.size), tot[ii, dd] * 0.9, "mobile_app",
            pop.msisdn[who[ii]])
    truth(ctx, kind, "account", ctx.vocab.text(acct), np.maximum(ot, ctx.t0))
    truth(ctx, kind, "msisdn", pop.msisdn[who], ctx.t0)


def _fan_out(ctx, kind, rng) -> None:
    """A lump sum in, then many payments out within hours (crews' pay, refunds, red envelopes)."""
    pop, bk = ctx.pop, ctx.banks
    who = _owners(ctx, kind, rng)
    k = who.size
    D = ctx.days
    n_out = rng.integers(*kind.get("n_out", (15, 40)), k)
    day = rng.integers(max(0, D - 10), D, k)
    t_in = ctx.t0 + day * DAY + rng.integers(9 * HOUR, 15 * HOUR, k)
    per = rng.uniform(*kind.get("each", (3000, 9000)), k)
    src = {"employer": bk.emp_acct[rng.integers(0, bk.emp_acct.size, k)],
           "escrow": bk.escrow[rng.integers(0, bk.escrow.size, k)]}.get(kind.get("source", "employer"))
    if src is not None:
        _tx(ctx, src, bk.acct[who], t_in, np.round(per * n_out * 1.05, -2), "counter")
    s = np.repeat(np.arange(k), n_out)
    rec = same_district(rng, pop.district, pop.district[who[s]]) if kind.get("local", True) else rng.integers(0, pop.n, s.size)
    t = t_in[s] + rng.integers(10 * 60, kind.get("spread_h", 5) * HOUR, s.size)
    amt = per[s] * rng.uniform(0.7, 1.3, s.size)
    if kind.get("round"):
        amt = np.round(amt, -2)
    _tx(ctx, bk.acct[who[s]], bk.acct[rec], t, amt, kind.get("channel", "mobile_app"), pop.msisdn[who[s]])
    notices(ctx, rng, rec[t < ctx.t1], t[t < ctx.t1], np.ones(int((t < ctx.t1).sum()), bool))
    truth(ctx, kind, "account", ctx.vocab.text(bk.acct[who]), t_in)
    truth(ctx, kind, "msisdn", pop.msisdn[who], t_in)


def _large_out(ctx, kind, rng) -> None:
    """One or a few large payments to family, a dealer, an escrow; the payer looks like a victim."""
    pop, bk = ctx.pop, ctx.banks
    who = _owners(ctx, kind, rng)
    k = who.size
    D = ctx.days
    n_pay = rng.integers(*kind.get("n_pay", (1, 3)), k)
    s = np.repeat(np.arange(k), n_pay)
    step = np.arange(s.size) - np.repeat(np.cumsum(n_pay) - n_pay, n_pay)
    day0 = rng.integers(0, max(1, D - 3), k)
    t = ctx.t0 + day0[s] * DAY + step * rng.integers(HOUR, 2 * DAY, s.size) + rng.integers(9 * HOUR, 16 * HOUR, s.size)
    amt = np.round(rng.uniform(*kind.get("amount", (50000, 200000)), s.size) * (1 + 0.5 * step), -2)
    to_kind = kind.get("to", "family")
    if to_kind == "family":
        fam = same_district(rng, pop.district, pop.district[who])
        to = bk.acct[fam[s]]
    elif to_kind == "dealer":
        dealers = add_accounts(ctx, ctx.vocab.codes(ctx.numbers.keys("bl", 3)), "China Bohai Bank", ctx.t0 - 800 * DAY)
        to = dealers[rng.integers(0, 3, s.size)]
        truth(ctx, kind, "account", ctx.vocab.text(dealers), ctx.t0)
    elif to_kind == "new_external":  # a seller's account first seen now (house, second-hand car)
        acc = add_accounts(ctx, ctx.vocab.codes(ctx.numbers.keys("idk", k)), "CCB", ctx.t0 - rng.integers(5, 30, k) * DAY)
        to = acc[s]
    else:
        to = bk.escrow[rng.integers(0, bk.escrow.size, s.size)]
    ch = np.where((pop.persona[who[s]] == PID["elderly"]) & (rng.random(s.size) < 0.7), "counter", "mobile_app")
    init = np.where(ch == "counter", -1, pop.msisdn[who[s]])
    _tx(ctx, bk.acct[who[s]], to, t, amt, ch, init)
    ok = t < ctx.t1
    notices(ctx, rng, who[s][ok], t[ok], np.zeros(int(ok.sum()), bool))
    if kind.get("call_first"):  # rings the payee's number first: a long call, then the money
        emit.calls(ctx, rng, pop.msisdn[who[s]], ctx.books.off_msisdn[rng.integers(0, ctx.books.off_msisdn.size, s.size)],
                   t - rng.integers(600, 3 * HOUR, s.size), rng.integers(300, 1500, s.size), imei=pop.imei[who[s]],
                   imsi=pop.imsi[who[s]], cell=pop.cell_at(ctx, who[s], t))
    if kind.get("app"):
        app, src = kind["app"]
        ti = t[step == 0] - rng.integers(HOUR, DAY, int((step == 0).sum()))
        ctx.sink.add("apps", time=np.maximum(ti, ctx.t0), msisdn=pop.msisdn[who[s[step == 0]]], app=app, event="install",
                     source_url=src)
    first = np.full(k, ctx.t1, np.int64)
    np.minimum.at(first, s, t)
    truth(ctx, kind, "msisdn", pop.msisdn[who], np.minimum(first, ctx.t1 - 1))
    if kind.get("wrong_report"):  # a loss on a real trade reported as fraud
        for i in np.flatnonzero(rng.random(k) < 0.5):
            tr = int(first[i]) + int(rng.integers(DAY, 4 * DAY))
            if tr < ctx.t1:
                ctx.noise["wrong_victim"].append(("msisdn", int(pop.msisdn[who[i]]), "victim", "investment",
                                                   float(amt[s == i].sum()), tr, "user_report"))
                ctx.noise["wrong_victim"].append(("account", ctx.vocab.items[int(to[s == i][0])], "fraud", "investment",
                                                   None, tr + 600, "user_report"))


def _pass_through(ctx, kind, rng) -> None:
    """Money in from several, out in a lump soon after (purchasing agent, car trader, escrow agent)."""
    pop, bk = ctx.pop, ctx.banks
    who = _owners(ctx, kind, rng)
    k = who.size
    D = ctx.days
    n_in = rng.integers(*kind.get("n_in", (5, 15)), k)
    s = np.repeat(np.arange(k), n_in)
    payer = rng.integers(0, pop.n, s.size)
    day = rng.integers(0, D, s.size)
    t = ctx.t0 + day * DAY + rng.integers(9 * HOUR, 22 * HOUR, s.size)
    amt = rng.uniform(*kind.get("amount", (800, 6000)), s.size)
    _tx(ctx, bk.acct[payer], bk.acct[who[s]], t, amt, "mobile_app", pop.msisdn[payer])
    out = add_accounts(ctx, ctx.vocab.codes(ctx.numbers.keys("bl", k)), "BOC", ctx.t0 - 1200 * DAY)
    tot = np.zeros((k, D))
    np.add.at(tot, (s, day), amt)
    ii, dd = np.nonzero(tot > 0)
    _tx(ctx, bk.acct[who[ii]], out[ii], ctx.t0 + dd * DAY + 22 * HOUR + rng.integers(0, 3000, ii.size),
        np.round(tot[ii, dd] * 0.97, 2), kind.get("channel", "third_party"), pop.msisdn[who[ii]])
    truth(ctx, kind, "account", ctx.vocab.text(bk.acct[who]), ctx.t0)
    truth(ctx, kind, "msisdn", pop.msisdn[who], ctx.t0)


def _cash(ctx, kind, rng) -> None:
    """Many ATM withdrawals over a few days (wages in cash for the crew, red envelopes, the festival)."""
    pop, bk = ctx.pop, ctx.banks
    who = _owners(ctx, kind, rng)
    k = who.size
    D = ctx.days
    n = rng.integers(*kind.get("n", (5, 12)), k)
    s = np.repeat(np.arange(k), n)
    t = ctx.t0 + rng.integers(max(0, D - 6), D, s.size) * DAY + rng.integers(8 * HOUR, 21 * HOUR, s.size)
    atm = same_district(rng, bk.atm_district, pop.district[who[s]])
    _tx(ctx, bk.acct[who[s]], bk.atm[atm], t, np.full(s.size, 5000.0) * rng.integers(1, 5, s.size), "atm")
    truth(ctx, kind, "account", ctx.vocab.text(bk.acct[who]), ctx.t0)
    truth(ctx, kind, "msisdn", pop.msisdn[who], ctx.t0)


def _loan_user(ctx, kind, rng) -> None:
    """A consumer loan through a licensed app: install, disbursal, a repayment."""
    pop, bk = ctx.pop, ctx.banks
    who = _owners(ctx, kind, rng)
    k = who.size
    D = ctx.days
    app, src = kind["app"]
    ti = ctx.t0 + rng.integers(0, D - 2, k) * DAY + rng.integers(19 * HOUR, 23 * HOUR, k)
    ctx.sink.add("apps", time=ti, msisdn=pop.msisdn[who], app=app, event="install", source_url=src)
    ctx.sink.add("apps", time=ti + rng.integers(600, DAY, k), msisdn=pop.msisdn[who], app=app, event="use")
    esc = bk.escrow[rng.integers(0, bk.escrow.size, k)]
    amt = np.round(rng.uniform(3000, 30000, k), -2)
    td = ti + rng.integers(1800, 6 * HOUR, k)
    _tx(ctx, esc, bk.acct[who], td, amt, "third_party")
    _tx(ctx, bk.acct[who], esc, td + rng.integers(DAY, 6 * DAY, k), np.round(amt * 0.1, 2), "third_party",
        pop.msisdn[who])
    # and pays the money on at once (the deposit for a flat, a car, a debt)
    tp = td + rng.integers(600, 4 * HOUR, k)
    _tx(ctx, bk.acct[who], bk.acct[rng.integers(0, pop.n, k)], tp, amt * 0.95, "mobile_app", pop.msisdn[who])
    truth(ctx, kind, "msisdn", pop.msisdn[who], np.minimum(ti, ctx.t1 - 1))
