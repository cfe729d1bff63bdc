"""Honest look-alikes: people, lines, devices and accounts whose records resemble a gang's on some axis
(fan-out, short calls, night work, fresh cards, many SIMs per handset, calls from abroad, many payments...).

Each kind is one row of KINDS: a template and its parameters. Truth labels each kind's entities with the role
``lookalike:<kind>``.
"""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .behave import (
    Ctx,
    app_event,
    blast,
    calls,
    dial,
    net_accounts,
    presence,
    sms,
    text_codes,
    transfers,
    truth,
    web,
)
from .core import DAY, HOURS, lognormal_int
from .gangs import Gang, _cd
from .world import G


class Look(Gang):
    def __init__(self, ctx: Ctx, kind: str):
        super().__init__(ctx, "L:" + kind, kind, "")
        self.kind = kind
        self.rng = ctx.S.get("look." + kind)

    def T(self, etype, kind, values, role=None, first=-1):
        truth(self.ctx, etype, kind, values, "lookalike:" + self.kind, "", self.kind, first)

    def lines(self, n, *, place, group="worker", base_groups=None, base_cities=None, open_days=(60, 2500),
              channel=None, line="mobile", enterprise=False, id_type="resident_id", per_id=None, devices=None,
              tacs=C.TAC_PHONE, block=None, smart=True):
        """The kind's cards: existing honest cards (``base_groups``) or new ones on new holders."""
        W = self.W
        if base_groups is not None:
            sims = self.base_pick(n, groups=base_groups, cities=base_cities, smart=None if not smart else True)
            return sims, False
        if enterprise:
            holders = self.people(1, place, "business", id_type="business_license")
            owner = np.repeat(holders, n)
        elif per_id:
            holders = self.people(int(np.ceil(n / per_id)), place, group, id_type=id_type)
            owner = np.repeat(holders, per_id)[:n]
        else:
            owner = self.people(n, place, group, id_type=id_type)
        city = C.CITIES[W.place_city[W.place_code.index(place)]][0]
        if channel is None:
            channel = W.city_shops(city, self.rng, owner.size) if not enterprise else W.shop(f"JY-ENT-{city}")
        imei = None
        if devices:
            dev = W.imeis(self.rng, devices, tacs)
            imei = dev[np.arange(owner.size) % devices]
        kw = dict(line=line, enterprise=enterprise, imei=imei, tacs=tacs, block=block,
                  smart=smart and line == "mobile")
        sims = self.cards(owner, open_days=open_days, channel=channel, **kw)
        if enterprise:
            W.sims["prepaid"][sims] = False
        return sims, True

    def pool(self, spec, size=4000, groups=None, cities=None, ours_share=0.6):
        """Numbers a kind dials: 'strangers', 'customers' (a fixed book), 'tourists', 'fraud_callees', 'prior',
        'village_elders'."""
        W = self.W
        if spec == "customers":
            return self.strangers(size, ours_share, groups=groups, cities=cities)[: max(size // 8, 20)]
        if spec == "tourists":
            t0, _ = self.tourists(0)
            t1, _ = self.tourists(1)
            return W.sims["msisdn"][np.r_[t0, t1]]
        if spec == "fraud_callees":
            return self.ctx.extra["fraud_callees"]
        if spec == "prior":
            return W.sims["msisdn"][self.ctx.extra["prior_victims"]]
        if spec == "village_elders":
            base = self.ctx.extra["contacts"][0]
            s = W.sims
            m = np.isin(s["home_cell"][base], np.concatenate([W.kind_cells["village"], W.kind_cells["town"]]))
            m &= np.isin(s["group"][base], [G["elder"], G["villager"]])
            return s["msisdn"][base[m]]
        return self.strangers(size, ours_share, groups=groups, cities=cities)

    def ordinary(self, sims, active=None, per_day=2.5, sms_day=0.4, web_day=1.5):
        """Everyday life of the kind's new cards (the honest population's own cards live in everyday.py)."""
        W, rng, ctx = self.W, self.rng, self.ctx
        sims = np.asarray(sims)
        n = sims.size
        if n == 0:
            return
        if active is None:
            active = np.ones((n, self.D), bool)
        open_d = (W.sims["open_time"][sims] - self.cal.t0) // DAY
        active = active & (np.arange(self.D)[None, :] > open_d[:, None])
        ms, imsi, imei, home = self.sim(sims)
        base = self.ctx.extra["contacts"][0]
        book = W.sims["msisdn"][base[rng.integers(0, base.size, (n, 8))]]
        cd = _cd(self, active, ms, imsi, imei, home)
        k = rng.poisson(per_day, cd["day"].size)
        r = np.repeat(np.arange(cd["day"].size), k)
        t = self.day_times(cd["day"][r], "person")
        callee = book[cd["card"][r], rng.integers(0, 8, r.size)]
        ans = rng.random(r.size) < 0.85
        mob = W.sims["line"][sims][cd["card"][r]] == 0
        calls(ctx, rng, t, cd["msisdn"][r], callee, np.where(ans, lognormal_int(rng, r.size, 80, 0.9), 0),
              imei=np.where(mob, cd["imei"][r], 0), imsi=np.where(mob, cd["imsi"][r], 0), cell=cd["cell"][r],
              call_type=np.where(mob, ctx.code("call_type", "mobile"), ctx.code("call_type", "fixed")))
        k = rng.poisson(per_day * 0.6, cd["day"].size)
        r = np.repeat(np.arange(cd["day"].size), k)
        calls(ctx, rng, self.day_times(cd["day"][r], "person"), book[cd["card"][r], rng.integers(0, 8, r.size)],
              cd["msisdn"][r], np.where(rng.random(r.size) < 0.85, lognormal_int(rng, r.size, 70, 0.9), 0))
        radio = W.sims["line"][sims][cd["card"]] == 0
        c2 = np.flatnonzero(radio)
        k = rng.poisson(sms_day, c2.size)
        r = np.repeat(c2, k)
        sms(ctx, self.day_times(cd["day"][r], "person"), cd["msisdn"][r], book[cd["card"][r], rng.integers(0, 8, r.size)],
            text_codes(ctx, C.TEXT_P2P)[rng.integers(0, len(C.TEXT_P2P), r.size)], imei=cd["imei"][r],
            cell=cd["cell"][r])
        presence(ctx, rng, cd["msisdn"][c2], cd["imsi"][c2], cd["imei"][c2], cd["cell"][c2], cd["day"][c2],
                 data_sessions=2, power_p=0.15)
        k = rng.poisson(web_day, c2.size)
        r = np.repeat(c2, k)
        doms = [d for d, _ in C.POPULAR_DOMAINS[:12]]
        web(ctx, rng, self.day_times(cd["day"][r], "person"), cd["msisdn"][r],
            ctx.codes("domain", doms)[rng.integers(0, len(doms), r.size)])


def _activity(L: Look, n, active_p=0.9, weekdays=False, days=None):
    a = L.rng.random((n, L.D)) < active_p
    if weekdays:
        a &= (L.cal.weekday < 5)[None, :]
    if days is not None:
        m = np.zeros(L.D, bool)
        m[[L.cal.clip(d) for d in days]] = True
        a &= m[None, :]
    return a


def _cells(L: Look, places, shape):
    cells = L.W.cells_of(*places)
    return cells[L.rng.integers(0, cells.size, shape)]


# ============================================================================ templates
def caller(L: Look, *, n, place, per_day, answer_p, dur_med, hours="office", targets="strangers", size=4000,
           groups=None, cities=None, ours_share=0.6, weekdays=False, active_p=0.9, days=None, move=None,
           call_type="mobile", media="voice", gateway=None, sms_day=0.0, texts=(), callbacks=0.0,
           other_network=False, complaints=0.0, dur_sigma=0.9, shifts=1, roam=None, life=True, **line_kw):
    W, rng, ctx = L.W, L.rng, L.ctx
    if other_network:
        ms = W.new_other_numbers(rng, n)
        imsi = imei = np.zeros(n, np.int64)
        home = np.full(n, -1)
        sims, new = None, False
    else:
        sims, new = L.lines(n, place=place, **line_kw)
        n = sims.size
        ms, imsi, imei, home = L.sim(sims)
    active = _activity(L, n, active_p, weekdays, days)
    if sims is not None:
        open_d = (W.sims["open_time"][sims] - L.cal.t0) // DAY
        active &= np.arange(L.D)[None, :] > open_d[:, None]
    cell = home if move is None else _cells(L, move, (n, L.D))
    cd = _cd(L, active, ms, imsi, imei, cell)
    tg = L.pool(targets, size, groups, cities, ours_share)
    rows = [cd]
    if move is not None and shifts > 1:  # riders and couriers change cell through the day
        for _ in range(shifts - 1):
            c2 = dict(cd)
            c2["cell"] = _cells(L, move, cd["day"].size)
            rows.append(c2)
    for c in rows:
        t, cl, ce, dur, r = dial(ctx, rng, caller=c["msisdn"], day=c["day"], per_day=per_day / len(rows),
                                 targets=tg, hours=hours, imei=c["imei"], imsi=c["imsi"],
                                 cell=c["cell"] if sims is not None else -1, answer_p=answer_p, dur_med=dur_med,
                                 dur_sigma=dur_sigma, call_type=call_type, media=media, gateway=gateway, roam=roam)
        if callbacks and t.size:
            k = np.flatnonzero(rng.random(t.size) < callbacks)
            tb = np.minimum(t[k] + rng.integers(120, 4 * 3600, k.size), L.cal.t_end - 60)
            s = W.sim_of_number(ce[k])
            ok = s >= 0
            calls(ctx, rng, tb, ce[k], cl[k], np.where(rng.random(k.size) < 0.9, lognormal_int(rng, k.size, 60, 0.8), 0),
                  imei=np.where(ok, W.sims["imei"][np.maximum(s, 0)], 0),
                  imsi=np.where(ok, W.sims["imsi"][np.maximum(s, 0)], 0),
                  cell=np.where(ok, W.sims["home_cell"][np.maximum(s, 0)], -1),
                  callee_cell=c["cell"][r[k]] if sims is not None else -1)
    if sms_day and texts:
        blast(ctx, rng, sender=cd["msisdn"], day=cd["day"], per_day=sms_day, targets=tg,
              texts=text_codes(ctx, texts), hours=hours, imei=cd["imei"], cell=cd["cell"] if sims is not None else -1)
    if sims is not None:
        radio = W.sims["line"][sims][cd["card"]] == 0
        c2 = np.flatnonzero(radio)
        presence(ctx, rng, cd["msisdn"][c2], cd["imsi"][c2], cd["imei"][c2], cd["cell"][c2], cd["day"][c2],
                 data_sessions=1.5, updates=2.0 if move is not None else 0.5, power_p=0.3, roam=roam,
                 cell2=_cells(L, move, c2.size) if move is not None else None)
        if new and life and not line_kw.get("enterprise"):
            L.ordinary(sims, per_day=1.2)
    L.T("msisdn", "n", ms)
    if complaints:
        ctx.complaints.append(dict(numbers=ms, rate=complaints, kind=L.kind))
    return sims, ms


def sender(L: Look, *, n, place, per_day, texts, targets="strangers", size=8000, groups=None, cities=None,
           ours_share=0.8, hours="office", a2p=False, days=None, active_p=1.0, click=0.0, domain=None,
           label_domain=False, weekdays=False, **line_kw):
    W, rng, ctx = L.W, L.rng, L.ctx
    if a2p:
        ms = 8610690359_0000 + rng.choice(9000, n, replace=False) + 1000
        imei = np.zeros(n, np.int64)
        cell = np.full(n, -1)
        sims = None
    else:
        sims, new = L.lines(n, place=place, **line_kw)
        n = sims.size
        ms, imsi, imei, cell = L.sim(sims)
    active = _activity(L, n, active_p, weekdays, days)
    if sims is not None:
        open_d = (W.sims["open_time"][sims] - L.cal.t0) // DAY
        active &= np.arange(L.D)[None, :] > open_d[:, None]
    cd = _cd(L, active, ms, np.zeros(n, np.int64), imei, cell)
    tg = L.pool(targets, size, groups, cities, ours_share)
    t, snd, recv, row, tx = blast(ctx, rng, sender=cd["msisdn"], day=cd["day"], per_day=per_day, targets=tg,
                                  texts=text_codes(ctx, texts), hours=hours, imei=cd["imei"], cell=cd["cell"])
    if sims is not None:
        radio = W.sims["line"][sims][cd["card"]] == 0
        c2 = np.flatnonzero(radio)
        presence(ctx, rng, cd["msisdn"][c2], np.asarray(W.sims["imsi"][sims])[cd["card"][c2]], cd["imei"][c2],
                 cd["cell"][c2], cd["day"][c2], data_sessions=0.5, power_p=0.2)
    if click and domain:
        s = W.sim_of_number(recv)
        k = np.flatnonzero((s >= 0) & (rng.random(recv.size) < click))
        k = k[W.sims["smart"][s[k]]]
        web(ctx, rng, t[k] + rng.integers(30, 3600, k.size), recv[k], domain,
            url=f"https://{domain}/", ip=ctx.code("ip", f"100.80.{len(domain) % 200}.{7 + len(domain) % 40}"))
        if label_domain:
            L.T("domain", "s", [domain])
    L.T("msisdn", "n", ms)
    return ms


def sim_pool(L: Look, *, n_dev, per_dev, place, line="iot", tacs=C.TAC_MODULE, data=2.0, sms_day=0.0,
             texts=(), calls_day=0.0, rotate=False, label_devices=True, owners=None, hours="allday",
             open_days=(100, 1500)):
    """Many cards in few devices: alarm panels, mine sensor gateways, fleet trackers, POS terminals."""
    W, rng, ctx = L.W, L.rng, L.ctx
    n = n_dev * per_dev
    holder = L.people(1, place, "business", id_type="business_license")
    sims = L.cards(np.repeat(holder, n), open_days=open_days, channel=W.shop(
        f"JY-ENT-{C.CITIES[W.place_city[W.place_code.index(place)]][0]}"), line=line, enterprise=True,
        smart=False, tacs=tacs, block=C.POOL_BLOCK if line == "mobile" else None)
    W.sims["prepaid"][sims] = False
    dev = W.imeis(rng, n_dev, tacs)
    which = np.arange(n) // per_dev
    imei_cd = np.repeat(dev[which][:, None], L.D, axis=1)
    if rotate:
        imei_cd = dev[rng.integers(0, n_dev, (n, L.D))]
        imei_cd = np.where(rng.random((n, L.D)) < 0.7, dev[which][:, None], imei_cd)
    W.sims["imei"][sims] = dev[which]
    ms, imsi, _, home = L.sim(sims)
    dev_cell = W.place_cells[place][rng.integers(0, W.place_cells[place].size, n_dev)]
    W.sims["home_cell"][sims] = dev_cell[which]
    cell_cd = np.repeat(dev_cell[which][:, None], L.D, axis=1)
    active = np.ones((n, L.D), bool)
    cd = _cd(L, active, ms, imsi, imei_cd, cell_cd)
    presence(ctx, rng, cd["msisdn"], cd["imsi"], cd["imei"], cd["cell"], cd["day"], data_sessions=data, updates=0.2,
             power_p=0.05, bytes_med=2e5, hours=hours)
    tg = owners if owners is not None else L.strangers(max(20, n // 2), 0.8)
    if sms_day and texts:
        blast(ctx, rng, sender=cd["msisdn"], day=cd["day"], per_day=sms_day, targets=tg, texts=text_codes(ctx, texts),
              hours=hours, imei=cd["imei"], cell=cd["cell"])
    if calls_day:
        dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=calls_day, targets=tg, hours=hours,
             imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.6, dur_med=20)
    L.T("msisdn", "n", ms)
    if label_devices:
        L.T("imei", "n", dev)


def roamers(L: Look, *, n, countries, length=(4, 10), per_day=3.0, video_p=0.3, place="YZ", group="worker",
            all_days=False, business=0.0, night_shift=False):
    """Travellers and workers abroad on their Jinyun cards, calling home (and, for business, many numbers)."""
    W, rng, ctx = L.W, L.rng, L.ctx
    sims, _ = L.lines(n, place=place, group=group, open_days=(200, 4000))
    ms, imsi, imei, home = L.sim(sims)
    if all_days:
        abroad = np.ones((n, L.D), bool)
    else:
        abroad = L.runs(n, length)
    ctry = np.asarray(countries, dtype=object)[rng.integers(0, len(countries), n)]
    L.ordinary(sims, active=~abroad, per_day=2.0)
    cd = _cd(L, abroad, ms, imsi, imei, np.full(n, -1))
    base = ctx.extra["contacts"][0]
    fam = W.sims["msisdn"][base[rng.integers(0, base.size, (n, 4))]]
    k = rng.poisson(per_day, cd["day"].size)
    r = np.repeat(np.arange(cd["day"].size), k)
    hrs = HOURS["night"] if night_shift else HOURS["evening"]
    t = L.day_times(cd["day"][r], hrs)
    vid = rng.random(r.size) < video_p
    calls(ctx, rng, t, cd["msisdn"][r], fam[cd["card"][r], rng.integers(0, 4, r.size)],
          np.where(rng.random(r.size) < 0.8, lognormal_int(rng, r.size, 300, 0.9), 0), imei=cd["imei"][r],
          imsi=cd["imsi"][r], roam=ctry[cd["card"][r]], media=np.where(vid, ctx.code("media", "video"),
                                                                         ctx.code("media", "voice")))
    if business:
        tg = L.strangers(3000, 0.6)
        dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=business, targets=tg, hours="office",
             imei=cd["imei"], imsi=cd["imsi"], roam=ctry[cd["card"]], answer_p=0.55, dur_med=90)
    presence(ctx, rng, cd["msisdn"], cd["imsi"], cd["imei"], -1, cd["day"], roam=ctry[cd["card"]],
             data_sessions=4, updates=0.5, power_p=0.2, bytes_med=2e7)
    L.T("msisdn", "n", ms)
    return sims


def money_in(L: Look, *, n, payers_day, amt_med, amt_sigma=0.8, base_groups=("merchant",), place=None,
             new_account=None, channel="third_party", payers="any", days=None, peak=None, calls_day=0.0,
             label="account"):
    """Accounts receiving many small payments from many people: shops, streamers, temples, teachers."""
    W, rng, ctx = L.W, L.rng, L.ctx
    if place is not None:
        owners = L.people(n, place, "merchant")
        sims = L.cards(owners, open_days=(100, 3000), channel=W.city_shops(
            C.CITIES[W.place_city[W.place_code.index(place)]][0], rng, n))
        L.ordinary(sims, per_day=2.0)
    else:
        sims = L.base_pick(n, groups=list(base_groups))
        owners = W.sims["person"][sims]
    n = sims.size
    if new_account is not None:
        acc = L.new_accounts(owners, new_account, role=None, bound=W.sims["msisdn"][sims])
    else:
        acc = W.persons["account"][owners]
        need = acc == 0
        if need.any():
            acc[need] = W.add_accounts(rng, owners[need], W.days_before(rng, int(need.sum()), 200, 3000),
                                       bound=W.sims["msisdn"][sims[need]])
    if payers == "tourists":
        t0, _ = L.tourists(0)
        t1, _ = L.tourists(1)
        pool = np.r_[t0, t1]
    else:
        pool = ctx.extra["contacts"][0]
    pacct = W.persons["account"][W.sims["person"][pool]]
    ok = pacct > 0
    pool, pacct = pool[ok], pacct[ok]
    mult = np.ones(L.D)
    if peak is not None:
        mult[L.cal.clip(peak)] *= 4
    if days is not None:
        m = np.zeros(L.D)
        m[[L.cal.clip(d) for d in days]] = 1
        mult *= m
    lam = payers_day * mult[None, :] * np.exp(rng.normal(0, 0.3, (n, 1)))
    k = rng.poisson(lam)
    s, d = np.nonzero(k)
    rep = k[s, d]
    s, d = np.repeat(s, rep), np.repeat(d, rep)
    j = rng.integers(0, pool.size, s.size)
    t = L.day_times(d, "person")
    amt = np.maximum(np.round(np.exp(rng.normal(np.log(amt_med), amt_sigma, s.size)), 1), 1.0)
    transfers(ctx, t, pacct[j], acc[s], amt, channel=channel, msisdn=W.sims["msisdn"][pool[j]])
    if calls_day:
        ms, imsi, imei, home = L.sim(sims)
        cd = _cd(L, np.ones((n, L.D), bool), ms, imsi, imei, home)
        dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=calls_day, targets=W.sims["msisdn"][pool],
             hours="person", imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.7, dur_med=60)
    if label == "account":
        L.T("account", "n", acc)
    L.T("msisdn", "n", W.sims["msisdn"][sims])
    return sims, acc


def money_out(L: Look, *, n, payees, amt_med, amt_sigma=0.3, days, place="LIU", payee_groups=("miner",),
              enterprise=True, hours="office", channel="counter", personal_phone=False):
    """Accounts paying many people: coal payrolls, contractors settling back pay, red-packet senders."""
    W, rng, ctx = L.W, L.rng, L.ctx
    if enterprise:
        owners = L.people(n, place, "business", id_type="business_license")
        acc = W.add_accounts(rng, owners, W.days_before(rng, n, 800, 5000), bound=0)
        sims = None
    else:
        sims = L.base_pick(n, groups=["merchant", "worker", "business"])
        owners = W.sims["person"][sims]
        acc = W.persons["account"][owners]
        need = acc == 0
        if need.any():
            acc[need] = W.add_accounts(rng, owners[need], W.days_before(rng, int(need.sum()), 200, 3000),
                                       bound=W.sims["msisdn"][sims[need]])
    base = ctx.extra["contacts"][0]
    pool = base[np.isin(W.sims["group"][base], [G[g] for g in payee_groups])]
    pacct = W.persons["account"][W.sims["person"][pool]]
    pool = pool[pacct > 0]
    pacct = pacct[pacct > 0]
    k = rng.integers(payees[0], payees[1] + 1, n)
    i = np.repeat(np.arange(n), k)
    dd = np.asarray([L.cal.clip(x) for x in days])
    d = dd[rng.integers(0, dd.size, i.size)]
    t = L.day_times(d, hours)
    j = rng.integers(0, pool.size, i.size)
    amt = np.round(np.exp(rng.normal(np.log(amt_med), amt_sigma, i.size)), 0)
    ch = channel if enterprise else "mobile_app"
    transfers(ctx, t, acc[i], pacct[j], amt, channel=ch,
              msisdn=0 if enterprise else W.sims["msisdn"][sims][i])
    L.T("account", "n", acc)
    if sims is not None:
        L.T("msisdn", "n", W.sims["msisdn"][sims])


def money_pool(L: Look, *, groups, members=(4, 8), amt_in=800, amt_out=20000, out_new_account=False,
               member_groups=("worker", "migrant", "miner")):
    """Family pools and rotating savings clubs: members pay one collector, who makes one or two big payments."""
    W, rng, ctx = L.W, L.rng, L.ctx
    heads = L.base_pick(groups, groups=["elder", "merchant", "worker", "villager"])
    hp = W.sims["person"][heads]
    hacc = W.persons["account"][hp]
    need = hacc == 0
    if need.any():
        hacc[need] = W.add_accounts(rng, hp[need], W.days_before(rng, int(need.sum()), 300, 3000),
                                    bound=W.sims["msisdn"][heads[need]])
    n = heads.size
    k = rng.integers(members[0], members[1] + 1, n)
    i = np.repeat(np.arange(n), k)
    base = ctx.extra["contacts"][0]
    pool = base[np.isin(W.sims["group"][base], [G[g] for g in member_groups])]
    pacct = W.persons["account"][W.sims["person"][pool]]
    pool, pacct = pool[pacct > 0], pacct[pacct > 0]
    j = rng.integers(0, pool.size, i.size)
    day = rng.integers(0, max(1, L.D - 3), n)
    t = L.day_times(day[i] + rng.integers(0, 3, i.size), "evening")
    transfers(ctx, t, pacct[j], hacc[i], np.round(np.exp(rng.normal(np.log(amt_in), 0.4, i.size)), 0),
              channel="mobile_app", msisdn=W.sims["msisdn"][pool[j]])
    dst = (L.new_accounts(L.people(n, "YZ", "business", id_type="business_license"), (5, 40), role=None, bound=0)
           if out_new_account else W.outside_accounts(rng, n))
    t2 = np.minimum(L.cal.day_start(day + 3) + rng.integers(9 * 3600, 17 * 3600, n), L.cal.t_end - 60)
    transfers(ctx, t2, hacc, dst, np.round(np.exp(rng.normal(np.log(amt_out), 0.3, n)), 0), channel="counter")
    L.T("account", "n", hacc)
    L.T("msisdn", "n", W.sims["msisdn"][heads])


def new_cards(L: Look, *, n, place, open_window=(0, 8), group="student", per_day=6.0, fresh_contacts=40,
              channel=None, per_id=None, block=None, prepaid=True, life_after=2.0, id_type="resident_id"):
    """Cards opened during the fortnight by real newcomers: many first-time contacts in the first days."""
    W, rng, ctx = L.W, L.rng, L.ctx
    lo, hi = open_window
    sims, _ = L.lines(n, place=place, group=group, open_days=(-hi, -lo), channel=channel, per_id=per_id,
                      block=block, id_type=id_type)
    W.sims["prepaid"][sims] = prepaid
    ms, imsi, imei, home = L.sim(sims)
    open_d = (W.sims["open_time"][sims] - L.cal.t0) // DAY
    d = np.arange(L.D)
    first = (d[None, :] >= open_d[:, None]) & (d[None, :] < open_d[:, None] + 3)
    cd = _cd(L, first, ms, imsi, imei, home)
    tg = L.strangers(fresh_contacts * n, 0.6, cities=[C.CITIES[W.place_city[W.place_code.index(place)]][0]])
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=per_day, targets=tg, hours="person",
         imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.7, dur_med=60)
    L.ordinary(sims, per_day=life_after)
    if (W.sims["smart"][sims]).any():
        k = 4
        i = np.repeat(np.arange(sims.size), k)
        app_event(ctx, W.sims["open_time"][sims][i] + rng.integers(600, 2 * DAY, i.size), ms[i],
                  np.array(ctx.codes("app", [a for a, _ in C.APPS_COMMON[:8]]))[rng.integers(0, 8, i.size)], "install")
    L.T("msisdn", "n", ms)
    return sims


def dormant_wake(L: Look, *, n, place, group="migrant", wake=(2, 9), per_day=7.0, open_days=(300, 2000)):
    """Cards silent for months that wake up in the fortnight (back from elsewhere) and call a lot at once."""
    W, rng, ctx = L.W, L.rng, L.ctx
    sims, _ = L.lines(n, place=place, group=group, open_days=open_days)
    ms, imsi, imei, home = L.sim(sims)
    w = rng.integers(wake[0], wake[1] + 1, sims.size)
    d = np.arange(L.D)
    after = d[None, :] >= w[:, None]
    burst = after & (d[None, :] < w[:, None] + 2)
    cd = _cd(L, burst, ms, imsi, imei, home)
    tg = L.strangers(3000, 0.7, cities=[C.CITIES[W.place_city[W.place_code.index(place)]][0]])
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=per_day, targets=tg, hours="person",
         imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.6, dur_med=50)
    L.ordinary(sims, active=after, per_day=2.5)
    L.T("msisdn", "n", ms)


def multi_card(L: Look, *, ids, per_id, place, enterprise=False, same_day=True, per_day=2.0, open_days=(5, 200),
               same_imei=False):
    """One ID, many cards, honestly: a family head's cards for everyone, a company's staff cards."""
    W, rng = L.W, L.rng
    n = ids * per_id
    if enterprise:
        holders = L.people(ids, place, "business", id_type="business_license")
    else:
        holders = L.people(ids, place, "worker")
    owner = np.repeat(holders, per_id)
    lo, hi = open_days
    d = np.repeat(rng.integers(lo, hi + 1, ids), per_id) if same_day else rng.integers(lo, hi + 1, n)
    city = C.CITIES[W.place_city[W.place_code.index(place)]][0]
    ch = np.repeat(W.city_shops(city, rng, ids), per_id) if not enterprise else np.full(n, W.shop(f"JY-ENT-{city}"))
    t = L.cal.t0 - d * DAY + rng.integers(9 * 3600, 18 * 3600, n)
    imei = np.repeat(W.imeis(rng, ids), per_id) if same_imei else None
    sims = W.add_sims(rng, owner, open_time=t, channel=ch, enterprise=enterprise, prepaid=not enterprise, imei=imei)
    L.ordinary(sims, per_day=per_day)
    L.T("msisdn", "n", W.sims["msisdn"][sims])
    L.T("id_key", "k", W.persons["id_key"][holders])


# ============================================================================ one-off kinds
def victim_like(L: Look, *, n, pattern, groups=("worker", "merchant")):
    """Honest people whose days look like a victim's: a call, a site or app, then a large payment."""
    W, rng, ctx = L.W, L.rng, L.ctx
    people = L.base_pick(n, groups=list(groups), smart=True)
    n = people.size
    ms = W.sims["msisdn"][people]
    acct = W.persons["account"][W.sims["person"][people]]
    need = acct == 0
    if need.any():
        acct[need] = W.add_accounts(rng, W.sims["person"][people[need]], W.days_before(rng, int(need.sum()), 300, 3000),
                                    bound=ms[need])
    day = rng.integers(0, L.D - 1, n)
    t0 = L.day_times(day, "office")
    if pattern == "house_deposit":
        agents_p = L.people(3, "XD", "worker")
        agents = L.cards(agents_p, open_days=(20, 400), channel=W.city_shops("TY", rng, 3))
        am = W.sims["msisdn"][agents]
        r = rng.integers(0, 3, n)
        calls(ctx, rng, t0, am[r], ms, lognormal_int(rng, n, 600, 0.5), imei=W.sims["imei"][agents][r],
              imsi=W.sims["imsi"][agents][r], cell=W.sims["home_cell"][agents][r])
        dev = L.new_accounts(L.people(2, "XD", "business", id_type="business_license"), (10, 40), role=None, bound=0)
        transfers(ctx, t0 + rng.integers(3600, 5 * 3600, n), acct, dev[rng.integers(0, 2, n)],
                  np.round(rng.uniform(50_000, 300_000, n), -3), channel="counter")
        L.T("msisdn", "n", am)
        L.T("account", "n", dev)
    elif pattern == "remote_help":
        kid = ctx.extra["contacts"][1][np.searchsorted(ctx.extra["contacts"][0], people), 1]
        calls(ctx, rng, t0, kid, ms, lognormal_int(rng, n, 900, 0.4), media="video")
        app_event(ctx, t0 + 300, ms, "com.oray.sunlogin", "install", "https://sunlogin.oray.com/download")
        app_event(ctx, t0 + 400, ms, "com.oray.sunlogin", "use")
        transfers(ctx, t0 + rng.integers(900, 2400, n), acct, np.full(n, ctx.extra["heating_account"][0]),
                  np.round(rng.uniform(1500, 4000, n), 2), channel="mobile_app", msisdn=ms)
    elif pattern == "broker_app":
        app_event(ctx, t0, ms, "com.hexin.plugin", "install", "https://www.10jqka.com.cn/")
        web(ctx, rng, t0 + 60, ms, "10jqka.com.cn", ip=ctx.code("ip", "100.90.1.20"))
        sec = W.outside_accounts(rng, 3)
        k = rng.integers(1, 4, n)
        i = np.repeat(np.arange(n), k)
        transfers(ctx, np.minimum(t0[i] + rng.integers(600, 5 * DAY, i.size), L.cal.t_end - 60), acct[i],
                  sec[rng.integers(0, 3, i.size)], np.round(rng.uniform(5000, 80000, i.size), -2),
                  channel="mobile_app", msisdn=ms[i])
    elif pattern == "consumer_loan":
        app_event(ctx, t0, ms, "com.jd.jrapp", "install", None)
        calls(ctx, rng, t0 - 3600, W.other_mobile[rng.integers(0, 500, n)], ms, lognormal_int(rng, n, 120, 0.5))
        lender = W.outside_accounts(rng, 1)
        transfers(ctx, t0 + DAY // 2, np.full(n, lender[0]), acct, np.round(rng.uniform(2000, 30000, n), -2),
                  channel="third_party")
        transfers(ctx, np.minimum(t0 + 3 * DAY, L.cal.t_end - 60), acct, np.full(n, lender[0]),
                  np.round(rng.uniform(200, 1500, n), 2), channel="mobile_app", msisdn=ms)
    elif pattern == "car_purchase":
        dealer = L.people(1, "PC", "business", id_type="business_license")
        dacc = L.new_accounts(dealer, (30, 90), role=None, bound=0)
        calls(ctx, rng, t0, W.other_mobile[rng.integers(0, 800, n)], ms, lognormal_int(rng, n, 300, 0.5))
        transfers(ctx, t0 + DAY // 3, acct, np.full(n, dacc[0]), np.round(rng.uniform(20000, 150000, n), -3),
                  channel="mobile_app", msisdn=ms)
        L.T("account", "n", dacc)
    L.T("msisdn", "n", ms)


def overseas_family(L: Look, *, n, countries, per_week=4, remit=True):
    """Left-behind parents whose children work abroad: calls (often video) from abroad, remittances in."""
    W, rng, ctx = L.W, L.rng, L.ctx
    elders = L.base_pick(n, groups=["elder", "villager"], smart=None)
    n = elders.size
    ms = W.sims["msisdn"][elders]
    ctry = np.asarray(countries, dtype=object)[rng.integers(0, len(countries), n)]
    kids = np.zeros(n, np.int64)
    for c in sorted(set(ctry.tolist())):
        m = ctry == c
        kids[m] = W.foreign_numbers(rng, c, int(m.sum()))
    k = rng.poisson(per_week * L.D / 7, n)
    i = np.repeat(np.arange(n), k)
    t = L.day_times(rng.integers(0, L.D, i.size), "evening")
    vid = W.sims["smart"][elders][i] & (rng.random(i.size) < 0.6)
    calls(ctx, rng, t, kids[i], ms[i], np.where(rng.random(i.size) < 0.8, lognormal_int(rng, i.size, 900, 0.6), 0),
          call_type="intl_in", gateway="GW-INTL-TYN-02",
          media=np.where(vid, ctx.code("media", "video"), ctx.code("media", "voice")))
    if remit:
        acct = W.persons["account"][W.sims["person"][elders]]
        ok = acct > 0
        src = W.outside_accounts(rng, 3)
        t2 = L.day_times(rng.integers(0, L.D, int(ok.sum())), "office")
        transfers(ctx, t2, src[rng.integers(0, 3, int(ok.sum()))], acct[ok],
                  np.round(rng.uniform(2000, 20000, int(ok.sum())), -2), channel="third_party")
    L.T("msisdn", "n", ms)
    L.T("msisdn", "n", kids)


def relay_like(L: Look, *, n, place="PY"):
    """Homestay front desks in Pingyao: foreign guests ring the desk line, the host's mobile beside it
    rings a taxi or a restaurant straight away (two phones, one table, calls side by side)."""
    W, rng, ctx = L.W, L.rng, L.ctx
    hosts = L.people(n, place, "merchant")
    desk = L.cards(hosts, open_days=(300, 3000), channel=W.city_shops("JZ", rng, n), line="fixed", smart=False)
    mob = L.cards(hosts, open_days=(300, 3000), channel=W.city_shops("JZ", rng, n))
    dm = W.sims["msisdn"][desk]
    mm, mi, me, mh = L.sim(mob)
    W.sims["home_cell"][desk] = mh
    k = rng.poisson(4 * L.D, n)
    i = np.repeat(np.arange(n), k)
    t = L.day_times(rng.integers(0, L.D, i.size), "person")
    guests = np.concatenate([W.foreign_numbers(rng, c, 30) for c in ("KR", "JP", "US", "DE", "SG")])
    local = np.r_[W.other_mobile[rng.integers(0, W.other_mobile.size, 60)], W.other_fixed[:40]]
    dur = np.where(rng.random(i.size) < 0.9, lognormal_int(rng, i.size, 150, 0.6), 0)
    calls(ctx, rng, t, guests[rng.integers(0, guests.size, i.size)], dm[i], dur, call_type="intl_in",
          gateway="GW-INTL-TYN-02", callee_cell=mh[i])
    j = np.flatnonzero(dur > 0)
    calls(ctx, rng, t[j] + rng.integers(5, 60, j.size), mm[i[j]], local[rng.integers(0, local.size, j.size)],
          lognormal_int(rng, j.size, 60, 0.6), imei=me[i[j]], imsi=mi[i[j]], cell=mh[i[j]])
    L.ordinary(mob, per_day=2.0)
    L.T("msisdn", "n", np.r_[dm, mm])


def repair_shop(L: Look, *, place="YZ", phones=6, customers_day=8):
    """A phone-repair and second-hand shop: customers' cards go into the shop's test phones for minutes."""
    W, rng, ctx = L.W, L.rng, L.ctx
    owner = L.people(1, place, "merchant")
    own = L.cards(owner, open_days=(500, 3000), channel=W.city_shops("TY", rng, 1))
    test = W.imeis(rng, phones)
    cell = W.sims["home_cell"][own][0]
    base = ctx.extra["contacts"][0]
    city_base = base[np.isin(W.sims["home_cell"][base], W.city_cells["TY"]) & (W.sims["line"][base] == 0)]
    k = rng.poisson(customers_day, L.D)
    d = np.repeat(np.arange(L.D), k)
    c = city_base[rng.integers(0, city_base.size, d.size)]
    t = L.day_times(d, "office")
    dev = test[rng.integers(0, phones, d.size)]
    ev = ctx.codes("event", ["power_on", "attach", "detach", "power_off"])
    for j, off in enumerate((0, 2, 900, 903)):
        ctx.sink.add("device", n=d.size, time=t + off + (rng.integers(0, 600, d.size) if j >= 2 else 0),
                     msisdn=W.sims["msisdn"][c], imsi=W.sims["imsi"][c], imei=dev, cell=cell, event=ev[j])
    q = rng.random(d.size) < 0.4  # a test call to the owner's own mobile
    calls(ctx, rng, t[q] + 60, W.sims["msisdn"][c[q]], np.full(int(q.sum()), W.sims["msisdn"][own][0]),
          rng.integers(3, 15, int(q.sum())), imei=dev[q], imsi=W.sims["imsi"][c[q]], cell=cell)
    L.ordinary(own, per_day=4.0)
    L.T("msisdn", "n", W.sims["msisdn"][own])
    L.T("imei", "n", test)


def phone_dealer(L: Look, *, place="XD", handsets=40):
    """A second-hand phone dealer whose one card goes through dozens of handsets to test them."""
    W, rng, ctx = L.W, L.rng, L.ctx
    owner = L.people(1, place, "merchant")
    own = L.cards(owner, open_days=(400, 2000), channel=W.city_shops("TY", rng, 1))
    ms, imsi, imei, home = L.sim(own)
    hs = W.imeis(rng, handsets)
    d = rng.integers(0, L.D, handsets)
    t = L.day_times(d, "office")
    ev = ctx.codes("event", ["power_on", "attach", "detach"])
    for j, off in enumerate((0, 3, 1200)):
        ctx.sink.add("device", n=handsets, time=t + off, msisdn=ms[0], imsi=imsi[0], imei=hs, cell=home[0],
                     event=ev[j])
    calls(ctx, rng, t + 60, np.full(handsets, ms[0]), W.other_mobile[rng.integers(0, 50, handsets)],
          rng.integers(3, 20, handsets), imei=hs, imsi=imsi[0], cell=home[0])
    L.ordinary(own, per_day=5.0)
    L.T("msisdn", "n", ms)


def many_accounts(L: Look, *, n, place="XD", accounts=(15, 40), verify_sms=True):
    """E-commerce and we-media studios: a few numbers register dozens of platform accounts, receiving
    verification codes all day."""
    rng, ctx = L.rng, L.ctx
    sims, _ = L.lines(n, place=place, group="merchant", open_days=(30, 800))
    ms, imsi, imei, home = L.sim(sims)
    k = rng.integers(accounts[0], accounts[1] + 1, sims.size)
    i = np.repeat(np.arange(sims.size), k)
    plats = np.array(["douyin", "kuaishou", "xiaohongshu", "taobao", "pinduoduo", "weibo", "xianyu"], dtype=object)
    t = L.cal.t0 - rng.integers(-L.D + 1, 60, i.size) * DAY + rng.integers(9 * 3600, 22 * 3600, i.size)
    t = np.minimum(t, L.cal.t_end - 3600)
    net_accounts(ctx, rng, ms[i], plats[rng.integers(0, plats.size, i.size)], t)
    if verify_sms:
        a2p = ctx.extra["a2p"]
        inwin = t >= L.cal.t0
        sms(ctx, t[inwin] - 30, np.where(rng.random(int(inwin.sum())) < 0.5, a2p[4], a2p[5]), ms[i][inwin],
            text_codes(ctx, C.TEXT_A2P[4:6])[rng.integers(0, 2, int(inwin.sum()))])
    L.ordinary(sims, per_day=3.0, web_day=6.0)
    L.T("msisdn", "n", ms)


def antifraud_callback(L: Look, *, n, per_day=30):
    """The anti-fraud centre's warning line: it rings the people that fraud numbers have just rung."""
    caller(L, n=n, place="YZ", per_day=per_day, answer_p=0.55, dur_med=120, hours="office", targets="fraud_callees",
           line="fixed", enterprise=True, life=False)


# ============================================================================ the kinds
COURIER_TXT = ["【快递】您的包裹已到小区驿站，取件码 5-2-1088，请凭码取件。", "您好，快递到楼下了，方便下来取一下吗"]
MARKET_TXT = ["【万达广场】元宵灯会夜市3月4日开幕，凭短信领汤圆一份 https://wd-taiyuan.com.cn/yx 退订回T",
              "【晋云通信】元宵流量包 9.9元 10GB，回复 1 办理，退订回T"]
GOV_TXT = ["【太原12345】元宵节期间燃放烟花请遵守规定，详见 https://www.taiyuan.gov.cn",
           "【山西人社】2034年养老保险待遇资格认证可在“三晋通”办理，谨防陌生来电索要验证码。"]
AF_TXT = ["【反诈中心】元宵期间警惕“退票改签”“医保冻结”“刷单返利”诈骗，接到可疑来电请拨打96110。",
          "【山西公安】您刚接到疑似诈骗电话，请勿转账汇款，如有疑问请拨打96110。"]
SCHOOL_TXT = ["【家校通】开学报到时间为3月1日，请家长提醒孩子按时返校。", "【太原理工】新学期注册已开通，请登录教务系统确认。"]
RECRUIT_TXT = ["【招聘】柳林某国有煤矿招井下工人 月薪1.1-1.6万 包吃住 联系本号", "节后招工：焦化厂操作工 5000-8000 可预支路费"]
HEAT_TXT = ["【太原热力】本采暖季结束，您多缴的采暖费将于3月20日前原路退回，无需点击任何链接。"]
LANTERN_TXT = ["【平遥古城】元宵灯会夜场门票 https://pingyao-dh2034.cn 实名预约，凭身份证入园。"]
ALARM_TXT = ["【报警主机】防区3 触发 2034 请及时查看", "【瓦斯监测】3号采区 CH4 0.62% 预警"]
HOSP_TXT = ["【山医大一院】您预约的门诊时间为明日上午，请携带医保电子凭证。"]
PARCEL_TXT = ["【驿站】取件码 3-4-2211，您的包裹已到驿站，请于48小时内取件。"]
REDPKT_TXT = ["元宵快乐，红包已发，注意查收"]


def _k(template, **params):
    return template, params


KINDS: dict[str, tuple] = {
    # ---- calling for a living (fan-out, short calls, strangers)
    "courier": _k(caller, n=14, place="XD", base_groups=["worker", "migrant"], base_cities=["TY"], per_day=45,
                  answer_p=0.75, dur_med=25, hours="person", move=["XD", "YZ", "XH"], shifts=3, sms_day=12,
                  texts=COURIER_TXT, callbacks=0.15),
    "parcel_station": _k(sender, n=4, place="YZ", per_day=70, texts=PARCEL_TXT, hours="person"),
    "delivery_rider": _k(caller, n=16, place="XD", base_groups=["migrant", "worker"], base_cities=["TY", "JZ"],
                         per_day=30, answer_p=0.8, dur_med=20, hours="rider", move=["XD", "YZ", "WB", "XH"], shifts=4,
                         callbacks=0.2),
    "ride_hailing_driver": _k(caller, n=10, place="YZ", base_groups=["worker"], per_day=14, answer_p=0.85, dur_med=35,
                              hours="night", move=["YZ", "XD", "TYS", "TYA"], shifts=3),
    "coal_truck_driver": _k(caller, n=10, place="LIU", base_groups=["worker", "migrant"], per_day=9, answer_p=0.7,
                            dur_med=60, hours="night", move=["LIU", "XY", "FY", "LS"], shifts=2),
    "bank_outbound_line": _k(caller, n=6, place="YZ", enterprise=True, line="fixed", per_day=140, answer_p=0.35,
                             dur_med=60, weekdays=True, callbacks=0.05),
    "jinyun_telesales": _k(caller, n=10, place="XH", enterprise=True, per_day=120, answer_p=0.3, dur_med=40,
                           devices=3, callbacks=0.03, complaints=0.004),
    "other_net_telemarketer": _k(caller, n=20, place="YZ", other_network=True, per_day=70, answer_p=0.2, dur_med=25,
                                 complaints=0.004, ours_share=1.0),
    "insurance_agent": _k(caller, n=10, place="YZ", base_groups=["worker"], per_day=25, answer_p=0.5, dur_med=90,
                          hours="person", targets="customers", size=3000, callbacks=0.1),
    "debt_collector": _k(caller, n=12, place="XD", enterprise=True, per_day=110, answer_p=0.3, dur_med=45,
                         hours="person", open_days=(40, 400), complaints=0.01, devices=4),
    "loan_broker": _k(caller, n=6, place="YD", group="merchant", per_day=70, answer_p=0.22, dur_med=35,
                      open_days=(15, 120), complaints=0.006, sms_day=15,
                      texts=["您好，银行低息信用贷，最高50万，回电咨询"]),
    "real_estate_agent": _k(caller, n=15, place="XD", group="worker", per_day=55, answer_p=0.3, dur_med=35,
                            hours="person", open_days=(20, 90), complaints=0.003),
    "car_sales": _k(caller, n=6, place="PC", base_groups=["worker"], per_day=30, answer_p=0.45, dur_med=70,
                    targets="customers", size=2400),
    "mine_recruiter": _k(caller, n=8, place="LIU", group="worker", per_day=40, answer_p=0.45, dur_med=80,
                         hours="person", open_days=(3, 40), groups=["migrant", "villager", "miner"], sms_day=20,
                         texts=RECRUIT_TXT),
    "coal_hr_line": _k(caller, n=4, place="LIU", enterprise=True, line="fixed", per_day=60, answer_p=0.7,
                       dur_med=120, days=[2, 3, 4], groups=["miner"], ours_share=0.8),
    "labour_dispatch_agent": _k(caller, n=6, place="LS", group="merchant", per_day=35, answer_p=0.55, dur_med=90,
                                groups=["migrant", "villager"], days=[0, 1, 2, 3, 4, 5, 6], sms_day=10,
                                texts=["节后去苏州电子厂 包车接送 明早7点县汽车站集合"]),
    "hospital_followup": _k(caller, n=5, place="TYH", enterprise=True, line="fixed", per_day=60, answer_p=0.6,
                            dur_med=90, groups=["elder"], weekdays=True, sms_day=20, texts=HOSP_TXT),
    "pension_verification": _k(caller, n=4, place="YZ", enterprise=True, line="fixed", per_day=50, answer_p=0.6,
                               dur_med=150, targets="village_elders", weekdays=True),
    "heating_service_line": _k(caller, n=5, place="YZ", enterprise=True, line="fixed", per_day=70, answer_p=0.5,
                               dur_med=80, cities=["TY"], days=list(range(7, 14)), sms_day=60, texts=HEAT_TXT),
    "travel_agency": _k(caller, n=6, place="PY", group="merchant", per_day=35, answer_p=0.6, dur_med=120,
                        targets="tourists", callbacks=0.2),
    "lantern_ticket_agent": _k(caller, n=8, place="DTG", group="merchant", per_day=40, answer_p=0.5, dur_med=45,
                               targets="tourists", open_days=(5, 30), sms_day=25, texts=LANTERN_TXT,
                               days=list(range(2, 9))),
    "tour_guide": _k(caller, n=10, place="PY", group="worker", per_day=15, answer_p=0.7, dur_med=100,
                     targets="tourists", move=["PY", "PYX"], shifts=2, open_days=(10, 300)),
    "school_teacher": _k(caller, n=10, place="XH", base_groups=["worker"], per_day=20, answer_p=0.65, dur_med=120,
                         days=[0, 1, 2, 3, 4], hours="evening"),
    "campus_office_line": _k(caller, n=4, place="TYU", enterprise=True, line="fixed", per_day=40, answer_p=0.6,
                             dur_med=90, groups=["student"], ours_share=0.9, weekdays=True),
    "grid_worker": _k(caller, n=8, place="LX", base_groups=["worker", "villager"], base_cities=["LL", "XZ"], per_day=25,
                      answer_p=0.75, dur_med=80, targets="village_elders"),
    "community_police": _k(caller, n=6, place="LS", group="worker", per_day=25, answer_p=0.6, dur_med=70,
                           targets="village_elders", sms_day=5, texts=AF_TXT[:1]),
    "antifraud_callback": _k(antifraud_callback, n=5, per_day=35),
    "survey_institute": _k(caller, n=8, place="WB", enterprise=True, line="voip", per_day=100, answer_p=0.25,
                           dur_med=200, gateway="GW-VOIP-TY-03", call_type="voip", weekdays=True),
    "express_claims_service": _k(caller, n=8, place="XD", enterprise=True, line="voip", per_day=80, answer_p=0.5,
                                 dur_med=120, gateway="GW-VOIP-TY-03", call_type="voip", callbacks=0.1),
    "ecommerce_refund_service": _k(caller, n=10, place="XD", other_network=True, per_day=90, answer_p=0.45,
                                   dur_med=150, call_type="voip", gateway="GW-VOIP-BJ-11", ours_share=1.0),
    "membership_reminder": _k(caller, n=8, place="XD", other_network=True, per_day=120, answer_p=0.25, dur_med=30,
                              complaints=0.003, ours_share=1.0),
    "taxi_dispatch": _k(caller, n=3, place="YZ", enterprise=True, line="fixed", per_day=150, answer_p=0.8, dur_med=20,
                        hours="allday", callbacks=0.4),
    "campus_card_promoter": _k(caller, n=5, place="TYU", base_groups=["student"], per_day=35, answer_p=0.5,
                               dur_med=40, groups=["student"], days=list(range(0, 7)), hours="student"),
    "night_nurse": _k(caller, n=8, place="TYH", base_groups=["worker"], per_day=6, answer_p=0.7, dur_med=60,
                      hours="night", targets="customers", size=800),
    "wedding_planner": _k(caller, n=5, place="YCI", group="merchant", per_day=20, answer_p=0.6, dur_med=150,
                          targets="customers", size=1200),
    "livestock_trader": _k(caller, n=6, place="XX", base_groups=["villager", "merchant"], per_day=25, answer_p=0.6,
                           dur_med=60, targets="village_elders"),
    # ---- sending texts in bulk (fan-out SMS, links)
    "mall_marketing_sms": _k(sender, n=3, place="XD", per_day=300, texts=MARKET_TXT, devices=1, enterprise=True,
                             click=0.01, domain="wd-taiyuan.com.cn", label_domain=True),
    "gov_notice_sms": _k(sender, n=3, place="YZ", a2p=True, per_day=400, texts=GOV_TXT, days=[1, 5, 9]),
    "antifraud_sms": _k(sender, n=2, place="YZ", a2p=True, per_day=600, texts=AF_TXT, targets="fraud_callees"),
    "school_notice_sms": _k(sender, n=3, place="XH", enterprise=True, per_day=200, texts=SCHOOL_TXT,
                            groups=["worker", "student"], days=[0, 1, 2], devices=1),
    "lantern_official_sms": _k(sender, n=2, place="PY", a2p=True, per_day=350, texts=LANTERN_TXT, targets="tourists",
                               days=[3, 4, 5, 6], click=0.3, domain="pingyao-dh2034.cn", label_domain=True),
    "village_committee_head": _k(sender, n=4, place="WZ", base_groups=["villager"], base_cities=["XZ", "LL"],
                                 per_day=40, texts=["村委通知：元宵节村里闹红火，请各户十五晚上七点到村广场。"],
                                 targets="village_elders", hours="morning"),
    # ---- many SIMs, few devices
    "mine_sensor_gateway": _k(sim_pool, n_dev=4, per_dev=12, place="LIU", sms_day=0.8, texts=ALARM_TXT[1:],
                              data=6.0),
    "alarm_panels": _k(sim_pool, n_dev=40, per_dev=1, place="XD", sms_day=0.2, texts=ALARM_TXT[:1], data=1.0),
    "fleet_trackers": _k(sim_pool, n_dev=30, per_dev=1, place="LIU", data=12.0, hours="allday"),
    "pos_terminals": _k(sim_pool, n_dev=50, per_dev=1, place="YZ", data=5.0, hours="person", label_devices=False),
    "enterprise_sim_pool": _k(sim_pool, n_dev=3, per_dev=10, place="XH", line="mobile", tacs=C.TAC_GOIP, data=0.5,
                              calls_day=6.0, rotate=True, hours="office"),
    "smart_meters": _k(sim_pool, n_dev=4, per_dev=16, place="YQC", data=1.0, hours="night"),
    "dual_sim_migrant": _k(multi_card, ids=12, per_id=2, place="LS", per_day=1.5, open_days=(100, 900),
                           same_day=False, same_imei=True),
    # ---- roaming and abroad
    "tourist_roaming": _k(roamers, n=25, countries=["TH", "JP", "SG", "MY"], length=(4, 9), per_day=2.0),
    "labour_export_worker": _k(roamers, n=12, countries=["AE", "SG", "JP"], all_days=True, per_day=1.5,
                               night_shift=True, group="migrant", place="YH"),
    "business_traveller": _k(roamers, n=8, countries=["RU", "KR", "DE"], length=(3, 7), business=12.0,
                             place="YZ"),
    "student_abroad": _k(roamers, n=10, countries=["AU", "DE", "US", "JP"], all_days=True, per_day=1.0,
                         video_p=0.7, group="student"),
    "cambodia_legit_worker": _k(roamers, n=6, countries=["KH"], all_days=True, per_day=2.5, video_p=0.5,
                                place="XZC", group="migrant"),
    "overseas_family_elder": _k(overseas_family, n=20, countries=["JP", "SG", "AE", "KR", "AU"]),
    "pingyao_front_desk": _k(relay_like, n=5),
    # ---- fresh cards, dormant cards, many cards
    "freshman_card": _k(new_cards, n=40, place="TYU", group="student", open_window=(0, 7), per_day=6,
                        channel=None),
    "migrant_local_card": _k(new_cards, n=20, place="LIU", group="migrant", open_window=(0, 10), per_day=5),
    "tourist_prepaid_card": _k(new_cards, n=25, place="TYA", group="worker", open_window=(2, 8), per_day=4,
                               block=C.POOL_BLOCK, life_after=1.0, id_type="hk_macau_permit"),
    "new_shop_line": _k(new_cards, n=8, place="PC", group="merchant", open_window=(0, 6), per_day=10,
                        life_after=4.0),
    "returning_migrant_wake": _k(dormant_wake, n=20, place="LX", group="migrant", wake=(0, 6), per_day=8),
    "student_card_wake": _k(dormant_wake, n=15, place="YCU", group="student", wake=(1, 8), per_day=6),
    "elder_card_kept_by_son": _k(dormant_wake, n=10, place="JL", group="elder", wake=(3, 10), per_day=3,
                                 open_days=(600, 4000)),
    "family_bulk_cards": _k(multi_card, ids=8, per_id=5, place="YH", same_day=True, per_day=2.0, open_days=(3, 60)),
    "company_staff_cards": _k(multi_card, ids=2, per_id=25, place="XY", enterprise=True, same_day=True,
                              per_day=3.0, open_days=(10, 80)),
    # ---- many payments in
    "lantern_street_vendor": _k(money_in, n=25, payers_day=6, amt_med=15, place="PY", payers="tourists",
                                days=[4, 5, 6, 7, 8], peak=7, new_account=(3, 30)),
    "datong_snack_stall": _k(money_in, n=15, payers_day=8, amt_med=20, place="DTG", payers="tourists",
                             days=list(range(3, 10))),
    "corner_shop": _k(money_in, n=25, payers_day=10, amt_med=25),
    "live_streamer": _k(money_in, n=8, payers_day=25, amt_med=6, amt_sigma=1.3, base_groups=("worker", "student"),
                        channel="third_party"),
    "temple_donation": _k(money_in, n=3, payers_day=20, amt_med=50, amt_sigma=1.0, place="WT", peak=7),
    "church_offering": _k(money_in, n=2, payers_day=6, amt_med=100, place="YCI", days=[0, 7]),
    "teacher_class_fees": _k(money_in, n=6, payers_day=20, amt_med=360, amt_sigma=0.1,
                             base_groups=("worker",), days=[0, 1, 2], channel="mobile_app"),
    "landlord_rent": _k(money_in, n=10, payers_day=1.5, amt_med=1200, amt_sigma=0.3, base_groups=("merchant",
                                                                                                    "elder")),
    "group_buy_leader": _k(money_in, n=8, payers_day=12, amt_med=40, base_groups=("worker", "elder"),
                           channel="mobile_app", calls_day=5),
    "medical_crowdfund": _k(money_in, n=3, payers_day=25, amt_med=30, amt_sigma=1.0, base_groups=("worker",
                                                                                                  "villager"),
                            new_account=(2, 20)),
    "homestay_host": _k(money_in, n=10, payers_day=2.5, amt_med=500, amt_sigma=0.4, place="PY", payers="tourists",
                        days=[3, 4, 5, 6, 7], calls_day=3),
    # ---- many payments out
    "coal_payroll": _k(money_out, n=4, payees=(120, 260), amt_med=9000, days=[3], place="LIU"),
    "coking_backpay": _k(money_out, n=2, payees=(60, 120), amt_med=14000, amt_sigma=0.4, days=[2, 3], place="XY"),
    "contractor_backpay": _k(money_out, n=5, payees=(20, 50), amt_med=18000, amt_sigma=0.5, days=[0, 1, 2],
                             enterprise=False, payee_groups=("migrant", "worker"), hours="evening"),
    "lantern_red_packets": _k(money_out, n=20, payees=(8, 25), amt_med=200, amt_sigma=0.6, days=[7],
                              enterprise=False, payee_groups=("worker", "student", "elder", "migrant"),
                              hours="evening"),
    "scholarship_payout": _k(money_out, n=1, payees=(150, 250), amt_med=2500, amt_sigma=0.2, days=[8], place="TYU",
                             payee_groups=("student",)),
    # ---- pools and big payments
    "family_money_pool": _k(money_pool, groups=12, members=(3, 7), amt_in=3000, amt_out=60000),
    "rotating_savings_club": _k(money_pool, groups=6, members=(10, 18), amt_in=2000, amt_out=25000),
    "wedding_gift_money": _k(money_pool, groups=8, members=(15, 35), amt_in=600, amt_out=88000,
                             out_new_account=True),
    "house_deposit_buyer": _k(victim_like, n=10, pattern="house_deposit"),
    "remote_help_from_child": _k(victim_like, n=12, pattern="remote_help", groups=("elder",)),
    "stock_app_investor": _k(victim_like, n=12, pattern="broker_app"),
    "consumer_loan_user": _k(victim_like, n=12, pattern="consumer_loan", groups=("miner", "worker")),
    "car_buyer": _k(victim_like, n=8, pattern="car_purchase"),
    # ---- devices and platform accounts
    "phone_repair_shop": _k(repair_shop, place="YZ"),
    "used_phone_dealer": _k(phone_dealer, place="XD"),
    "ecommerce_studio": _k(many_accounts, n=5, place="XD"),
    "wemedia_matrix": _k(many_accounts, n=4, place="YCI", accounts=(10, 25)),
}


def _fraud_callees(ctx: Ctx):
    """Numbers that fraud numbers rang or texted in the fortnight (the anti-fraud centre's warning list)."""
    nums = np.unique(np.concatenate([f["numbers"] for f in ctx.fraud_numbers]))
    out = []
    for ch in ctx.sink.chunks["voice"]:
        m = np.isin(ch["caller"], nums)
        if m.any():
            out.append(ch["callee"][m])
    for ch in ctx.sink.chunks["sms"]:
        m = np.isin(ch["sender"], nums)
        if m.any():
            out.append(ch["receiver"][m])
    allc = np.unique(np.concatenate(out)) if out else np.empty(0, np.int64)
    rng = ctx.S.get("look.fraud_callees")
    ctx.extra["fraud_callees"] = allc[rng.random(allc.size) < 0.5] if allc.size > 200 else allc


def _service_senders(ctx: Ctx):
    """The everyday notice senders (banks, operator, 12306, platforms' codes) and the heating company's
    collection account, which everyday life fills: huge fan-out and many payers, all honest."""
    L = Look(ctx, "service_notice_sender")
    L.T("msisdn", "n", np.array(sorted(ctx.extra["a2p"].values()), dtype=np.int64))
    L = Look(ctx, "heating_company_account")
    L.T("account", "n", ctx.extra["heating_account"])


def plant(ctx: Ctx):
    _fraud_callees(ctx)
    for kind, (fn, params) in KINDS.items():
        fn(Look(ctx, kind), **params)
    _service_senders(ctx)
