"""Plays one kind of benign look-alike from a short specification (see ``lookalikes.KINDS``)."""

from __future__ import annotations

import numpy as np

from . import actors as A
from . import catalog as K
from . import sink as S
from . import world as W
from .people import hexkeys

DEFAULTS = dict(
    n=6, regions=(W.URBAN,), line="mobile", cust="personal", cards_per_id=1, sims_per_imei=1, opened="old",
    prepaid=False, dormant_until=0, days=(0, W.DAYS), weekdays=False, mobility="static", route=(), abroad=None,
    hours="day", out=0.0, to="any", near=0.6, fresh=0.7, customers=40, offnet=0.3, answer=0.65, dur=60.0,
    dsig=0.8, video=0.0, callback=0.12, inbound=0.0, inbound_from="any", gw=None, ctype=None, sms=0.0, texts=(),
    sms_to=None, data=1.5, bytes=2e6, web=(), web_rate=0.0, apps=(), app_src=None, pay_in=0.0, pay_in_amt=80.0,
    pay_out=0.0, pay_out_amt=500.0, pay_to=None, forward=0.0, forward_to="external", iaccs=0,
    iacc_platforms=("wechat", "douyin", "kuaishou", "alipay"), owner=None, share_imei=False, label_imei=False,
    label_account=False, tacs=None, intl=None, power_cycle=0.0, status="active", status_day=None, lead=None,
    rate_sigma=0.35, batch=0, id_type=None, home_region=None,
)


def run_kind(ctx: A.Ctx, name: str, spec: dict) -> None:
    s = dict(DEFAULTS)
    unknown = set(spec) - set(DEFAULTS)
    if unknown:
        raise KeyError(f"look-alike {name}: unknown keys {sorted(unknown)}")
    s.update(spec)
    rng = ctx.rng("lookalike:" + name)
    sink, pop = ctx.sink, ctx.pop
    n = s["n"]
    scheme = f"lookalike:{name}"
    # ---------------------------------------------------------------- who and where
    owner = None
    if s["owner"]:
        owner = ctx.draw(rng, s["owner"], n)
        reg = pop.creg[owner]
        id_keys = pop.id_key[pop.person[owner]]
    else:
        regs = W.regions_of(*s["regions"])
        w = W.REGION_WEIGHT[regs]
        reg = rng.choice(regs, n, p=w / w.sum())
        if s["cards_per_id"] > 1:
            reg = np.repeat(reg[:: s["cards_per_id"]], s["cards_per_id"])[:n]
        ids = hexkeys(rng, -(-n // s["cards_per_id"]), "bl" if s["cust"] == "enterprise" else "id")
        id_keys = np.array(ids, dtype=object)[np.arange(n) // s["cards_per_id"]]
    op = s["opened"]
    if op == "old":
        open_t = W.T0 - rng.integers(200, 3000, n) * W.DAY
    elif op == "recent":
        open_t = W.T0 - rng.integers(3, 60, n) * W.DAY
    elif op == "season":
        open_t = W.T0 - rng.integers(15, 70, n) * W.DAY
    elif op == "sleeper":
        open_t = W.T0 - rng.integers(150, 600, n) * W.DAY
    elif op == "window":
        open_t = W.T0 + rng.integers(0, 10, n) * W.DAY + rng.integers(10 * 3600, 19 * 3600, n)
    else:
        raise ValueError(op)
    open_t = open_t + rng.integers(0, 3600 * 8, n) * (op != "window")
    channel = None
    if s["batch"]:
        g = np.arange(n) // s["batch"]
        open_t = open_t[g * s["batch"]] + rng.integers(0, 2400, n)
        reg = reg[g * s["batch"]]
        shop = rng.integers(1, 40, g.max() + 1)
        channel = np.array([f"XJ38-{W.REGIONS[r][0]}-S{int(shop[k]):03d}" for r, k in zip(reg.tolist(), g.tolist(),
                                                                                     strict=True)], dtype=object)
    imei = None
    if s["line"] in ("mobile", "iot"):
        if owner is not None and s["share_imei"]:
            imei = pop.imei[owner]
        else:
            groups = -(-n // s["sims_per_imei"])
            tacs = s["tacs"] if s["tacs"] is not None else (K.MODULE_TACS if s["line"] == "iot" else None)
            imei = ctx.nums.imei(groups, tacs)[np.arange(n) // s["sims_per_imei"]]
    status_t = 0
    if s["status_day"] is not None:
        status_t = W.T0 + s["status_day"] * W.DAY + rng.integers(9 * 3600, 18 * 3600, n)
    cards = A.new_cards(ctx, rng, n, reg, line=s["line"], cust=s["cust"], id_keys=id_keys, open_t=open_t,
                        prepaid=s["prepaid"], imei=imei, status=s["status"], status_t=status_t, lead=s["lead"],
                        channel=channel, id_type=s["id_type"], home_region=s["home_region"])
    me = cards.msisdn
    radio = s["line"] in ("mobile", "iot")
    # ---------------------------------------------------------------- active days
    act = np.zeros((n, W.DAYS))
    d0, d1 = s["days"]
    act[:, d0:d1] = 1.0
    act[:, : s["dormant_until"]] = 0.0
    if s["weekdays"]:
        act[:, list(W.WEEKEND)] = 0.0
    open_day = W.day_of(open_t)
    act[np.arange(W.DAYS)[None, :] < open_day[:, None]] = 0.0
    if s["status"] != "active" and s["status_day"] is not None:
        act[:, s["status_day"] + 1:] = 0.0
    # where each entity is each day: region (moving kinds) and roaming country
    day_reg = np.repeat(reg[:, None], W.DAYS, 1)
    mob = s["mobility"]
    if mob == "wide":
        regs = W.regions_of(*s["regions"])
        day_reg = regs[rng.integers(0, regs.size, (n, W.DAYS))]
    elif mob == "route":
        route = np.array([W.RIDX[c] for c in s["route"]])
        off = rng.integers(0, route.size, n)
        day_reg = route[(np.arange(W.DAYS)[None, :] + off[:, None]) % route.size]
    day_roam = np.full((n, W.DAYS), -1, np.int64)
    if s["abroad"]:
        cc, a0, a1 = s["abroad"]
        start = rng.integers(a0, max(a0 + 1, a1 - 2), n)
        length = rng.integers(2, max(3, a1 - a0), n)
        dd = np.arange(W.DAYS)[None, :]
        day_roam[(dd >= start[:, None]) & (dd < (start + length)[:, None])] = W.CIDX[cc]

    def where(e, t):
        d = W.day_of(t)
        roam = day_roam[e, d]
        if mob == "static" or not radio:
            cell = cards.home[e]
        else:
            cell = ctx.cells.pick(rng, day_reg[e, d])
        cell = np.where(roam >= 0, -1, cell) if radio else np.full(e.size, -1)
        return cell.astype(np.int32), roam.astype(np.int16)

    rate_mult = np.clip(rng.lognormal(0, s["rate_sigma"], n), 0.3, 3)
    opened = cards.open_t

    def after_open(e, t):
        """Nothing happens on a line before it is opened: early events move to just after the opening."""
        early = t < opened[e]
        return np.where(early, np.minimum(opened[e] + rng.integers(300, 4 * 3600, e.size), W.END - 1), t)
    ctype = s["ctype"]
    if ctype is None:
        ctype = {"fixed": S.FIX, "voip": S.VOIP}.get(s["line"], S.MOB)
    gw = sink.cat["gateway"].add(s["gw"]) if s["gw"] else -1
    intl_partners = None
    if s["intl"]:
        intl_partners = ctx.nums.intl(s["intl"], n * 6).reshape(n, 6)
    customers = None
    if s["to"] not in ("ties", "offnet", "fixed") and not s["to"].startswith("intl"):
        customers = ctx.draw(rng, s["to"], n * s["customers"], np.repeat(reg, s["customers"]),
                             s["near"]).reshape(n, s["customers"])
    first_seen = np.full(n, W.END, np.int64)

    def targets(e, fresh_share, to):
        """Population cards (>=0) or -1 with a number for others."""
        k = e.size
        bn = np.zeros(k, np.int64)
        if to == "ties":
            tie = pop.pick_tie(rng, owner[e])
            tie = np.where(tie == np.iinfo(np.int64).min, -1, tie)
            on = tie >= 0
            return np.where(on, tie, -1), np.where(on, 0, pop.number(tie))
        if to == "offnet":
            return np.full(k, -1), pop.offnet[rng.integers(0, pop.offnet.size, k)]
        if to == "fixed":
            return np.full(k, -1), ctx.services.fixed[rng.integers(0, ctx.services.fixed.size, k)]
        if to.startswith("intl"):
            return np.full(k, -1), intl_partners[e, rng.integers(0, 6, k)]
        fresh = rng.random(k) < fresh_share
        bc = np.where(fresh, ctx.draw(rng, to, k, reg[e], s["near"]), customers[e, rng.integers(0, s["customers"], k)])
        off = rng.random(k) < s["offnet"]
        bn = np.where(off, pop.offnet[rng.integers(0, pop.offnet.size, k)], 0)
        return np.where(off, -1, bc), bn

    # ---------------------------------------------------------------- calls
    if s["out"] > 0:
        e, d = A.poisson_days(rng, s["out"] * rate_mult, act)
        t = W.times(rng, d, s["hours"])
        t = after_open(e, t)
        bc, bn = targets(e, s["fresh"], s["to"])
        cell, roam = where(e, t)
        ct = np.full(e.size, ctype)
        if s["to"].startswith("intl"):
            ct[:] = S.INTL_OUT
        res, dur = A.calls(ctx, rng, t, me[e], bc, bn, aimei=cards.imei[e], aimsi=cards.imsi[e], acell=cell, roam=roam,
                           answer=s["answer"], median=s["dur"], sigma=s["dsig"], video=s["video"], ctype=ct, gw=gw)
        np.minimum.at(first_seen, e, t)
        cb = (res == S.ANS) & (bc >= 0) & (rng.random(e.size) < s["callback"])
        if cb.any():
            tc = t[cb] + rng.exponential(3 * 3600, int(cb.sum())).astype(np.int64) + 60
            ok = tc < W.END
            ec = e[cb][ok]
            callers = bc[cb][ok]
            cc, cr = pop.where(callers, tc[ok])
            res2, dur2, ring2 = A.ring_and_duration(rng, ec.size, 0.8, s["dur"] * 0.8)
            acell2, _ = where(ec, tc[ok])
            sink.add("voice", t=tc[ok], a=pop.msisdn[callers], b=me[ec], dur=dur2, ring=ring2, res=res2,
                     aimei=pop.imei[callers], aimsi=pop.imsi[callers], acell=np.where(cr >= 0, -1, cc),
                     bcell=acell2, roam=cr)
    if s["inbound"] > 0:
        e, d = A.poisson_days(rng, s["inbound"] * rate_mult, act)
        t = W.times(rng, d, s["hours"])
        t = after_open(e, t)
        src = ctx.draw(rng, s["inbound_from"], e.size, reg[e], s["near"])
        off = rng.random(e.size) < s["offnet"]
        cc, cr = pop.where(src, t)
        res, dur, ring = A.ring_and_duration(rng, e.size, 0.85, s["dur"])
        bcell, _ = where(e, t)
        sink.add("voice", t=t, a=np.where(off, pop.offnet[rng.integers(0, pop.offnet.size, e.size)], pop.msisdn[src]),
                 b=me[e], dur=dur, ring=ring, res=res, aimei=np.where(off, 0, pop.imei[src]),
                 aimsi=np.where(off, 0, pop.imsi[src]), acell=np.where(off | (cr >= 0), -1, cc), bcell=bcell,
                 roam=np.where(off, -1, cr), ctype=S.MOB if s["line"] == "mobile" else S.FIX)
        np.minimum.at(first_seen, e, t)
    # ---------------------------------------------------------------- texts
    if s["sms"] > 0:
        tx = sink.cat["text"].many(s["texts"] or ["您好"])
        e, d = A.poisson_days(rng, s["sms"] * rate_mult, act)
        t = W.times(rng, d, s["hours"])
        t = after_open(e, t)
        bc, bn = targets(e, s["fresh"], s["sms_to"] or s["to"])
        cell, roam = where(e, t)
        A.texts(ctx, rng, t, me[e], bc, tx[rng.integers(0, tx.size, e.size)], b_num=bn,
                aimei=cards.imei[e] if radio else 0, acell=cell, roam=roam)
        np.minimum.at(first_seen, e, t)
    # ---------------------------------------------------------------- the handset on the network
    if radio:
        ent = np.flatnonzero(act.sum(1) > 0)
        fd = np.argmax(act[ent] > 0, axis=1)
        t = np.maximum(W.T0 + fd * W.DAY + rng.integers(8 * 3600, 11 * 3600, ent.size), cards.open_t[ent] + 60)
        cell, roam = where(ent, t)
        A.device(ctx, t, me[ent], cards.imsi[ent], cards.imei[ent], cell, S.ATTACH, roam)
        locs = 1.0 if mob == "static" else 4.0
        e, d = A.poisson_days(rng, np.full(n, locs), act)
        t = W.times(rng, d, s["hours"] if s["hours"] != "night" else "flat")
        t = after_open(e, t)
        cell, roam = where(e, t)
        A.device(ctx, t, me[e], cards.imsi[e], cards.imei[e], cell, S.LOCUP, roam)
        e, d = A.poisson_days(rng, np.full(n, s["data"]) * rate_mult, act)
        t = W.times(rng, d, s["hours"] if s["line"] == "mobile" else "flat")
        t = after_open(e, t)
        cell, roam = where(e, t)
        A.device(ctx, t, me[e], cards.imsi[e], cards.imei[e], cell, S.DATA, roam,
                 np.clip(rng.lognormal(np.log(s["bytes"]), 1.1, e.size), 200, 5e9).astype(np.int64))
        np.minimum.at(first_seen, e, t)
        if s["power_cycle"] > 0:
            e, d = A.poisson_days(rng, np.full(n, s["power_cycle"]), act)
            t = after_open(e, W.T0 + d * W.DAY + rng.integers(0, W.DAY, e.size))
            cell, roam = where(e, t)
            A.device(ctx, t, me[e], cards.imsi[e], cards.imei[e], cell, S.POFF, roam)
            t2 = np.minimum(t + rng.integers(300, 4 * 3600, e.size), W.END - 1)
            A.device(ctx, t2, me[e], cards.imsi[e], cards.imei[e], cell, S.PON, roam)
    # ---------------------------------------------------------------- web and apps
    if s["web"] and s["web_rate"] > 0:
        e, d = A.poisson_days(rng, np.full(n, s["web_rate"]), act)
        t = W.times(rng, d, s["hours"])
        t = after_open(e, t)
        A.web(ctx, rng, t, me[e], list(s["web"]), url_paths=["/", "/index", "/m/"])
    if s["apps"]:
        ent = np.flatnonzero(act.sum(1) > 0)
        for pkg in s["apps"]:
            a = sink.cat["app"].add(pkg)
            src = sink.cat["url"].add(s["app_src"] or K.APP_STORES[0].format(pkg))
            t = np.maximum(cards.open_t[ent], W.T0) + rng.integers(3600, 3 * W.DAY, ent.size)
            ok = t < W.END
            sink.add("apps", t=t[ok], m=me[ent[ok]], app=a, ev=S.INSTALL, src=src)
            e, d = A.poisson_days(rng, np.full(n, 0.8), act)
            sink.add("apps", t=after_open(e, W.times(rng, d, s["hours"])), m=me[e], app=a, ev=S.USE)
    # ---------------------------------------------------------------- money
    acct = None
    if s["pay_in"] > 0 or s["pay_out"] > 0 or s["label_account"]:
        acct = A.new_accounts(ctx, rng, id_keys, me)
        m = ctx.money
        if s["pay_in"] > 0:
            e, d = A.poisson_days(rng, s["pay_in"] * rate_mult, act)
            t = W.times(rng, d, s["hours"])
            t = after_open(e, t)
            payer = ctx.draw(rng, s["to"] if customers is not None else "any", e.size, reg[e], s["near"])
            amt = np.clip(rng.lognormal(np.log(s["pay_in_amt"]), 0.7, e.size), 1, 5e5)
            m.add(t, pop.acct[pop.person[payer]], acct[e], amt, S.THIRD, pop.msisdn[payer])
            if s["forward"] > 0:
                fw = rng.random(e.size) < s["forward"]
                tf = t[fw] + rng.integers(120, 3600, int(fw.sum()))
                dest = (m.external[rng.integers(0, m.external.size, int(fw.sum()))] if s["forward_to"] == "external"
                        else pop.acct[pop.person[ctx.draw(rng, s["forward_to"], int(fw.sum()))]])
                m.add(tf, acct[e[fw]], dest, amt[fw] * rng.uniform(0.9, 1.0, int(fw.sum())), S.APP_CH, me[e[fw]])
        if s["pay_out"] > 0:
            e, d = A.poisson_days(rng, s["pay_out"] * rate_mult, act)
            t = W.times(rng, d, s["hours"])
            t = after_open(e, t)
            payee = ctx.draw(rng, s["pay_to"] or (s["to"] if customers is not None else "any"), e.size, reg[e],
                             s["near"])
            amt = np.clip(rng.lognormal(np.log(s["pay_out_amt"]), 0.6, e.size), 1, 5e5)
            m.add(t, acct[e], pop.acct[pop.person[payee]], amt, S.APP_CH, me[e])
    if s["iaccs"] > 0:
        k = rng.poisson(s["iaccs"], n) + 1
        e = np.repeat(np.arange(n), k)
        plats = np.array(s["iacc_platforms"], dtype=object)[rng.integers(0, len(s["iacc_platforms"]), e.size)]
        t = np.minimum(np.maximum(cards.open_t[e], W.T0 - 400 * W.DAY) + rng.integers(600, 20 * W.DAY, e.size),
                       W.END - 3600)
        A.register_accounts(ctx, rng, me[e], plats, t)
    # ---------------------------------------------------------------- truth
    first = np.where(first_seen < W.END, first_seen, np.maximum(cards.open_t, W.T0))
    sink.label("msisdn", me, "benign", "", scheme, first)
    if s["label_imei"] and radio:
        u, i = np.unique(cards.imei, return_index=True)
        sink.label("imei", u, "benign", "", scheme, first[i])
    if s["label_account"] and acct is not None:
        sink.label("account", [sink.cat["account"].items[a] for a in acct.tolist()], "benign", "", scheme, first)
