"""Everyday life of the ordinary population: calls, personal SMS and the handset's network events.

Vectorised over card-days: a card's daily counts are Poisson draws around its own rate, times follow its
segment's hour profile on Xinjiang time, partners come from its ties (close ties more often).
"""

from __future__ import annotations

import numpy as np

from . import people as PP
from . import sink as S
from . import world as W
from .people import Population
from .texts import PERSONAL

INT_MIN = np.iinfo(np.int64).min
HOTLINES = [95588, 95599, 95533, 95566, 95580, 96789, 12345, 12333, 12315, 96110, 12316, 10038, 95338, 95311,
            95546, 12306, 12368, 96166]


class Services:
    """Numbers ordinary people call that are not people: hotlines, hospitals, ginnery and county offices."""

    def __init__(self, rng: np.random.Generator, nums) -> None:
        fixed = []
        for r, reg in enumerate(W.REGIONS):
            k = 3 if W.URBAN in reg[6] else 1
            if W.COTTON in reg[6]:
                k += 2                                   # ginnery weighing offices
            fixed.append((np.full(k, r), nums.fixed(int(reg[5]), k)))
        self.fixed_region = np.concatenate([f[0] for f in fixed])
        self.fixed = np.concatenate([f[1] for f in fixed])
        self.hotlines = np.array(HOTLINES, np.int64)

    def pick(self, rng: np.random.Generator, regions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n = regions.size
        hot = rng.random(n) < 0.45
        out = self.hotlines[rng.integers(0, self.hotlines.size, n)]
        # a fixed line of the caller's own region when it has one
        idx = rng.integers(0, self.fixed.size, n)
        same = self.fixed_region[idx] == regions
        for _ in range(3):
            redo = ~same
            idx[redo] = rng.integers(0, self.fixed.size, int(redo.sum()))
            same = self.fixed_region[idx] == regions
        out = np.where(hot, out, self.fixed[idx])
        return out, np.where(hot, S.FIX, S.FIX)


def _card_days(rng: np.random.Generator, rate: np.ndarray, mult: np.ndarray):
    lam = rate[:, None] * mult[None, :] if mult.ndim == 1 else rate[:, None] * mult
    counts = rng.poisson(lam)
    flat = np.repeat(np.arange(counts.size), counts.ravel())
    return flat // W.DAYS, flat % W.DAYS


def day_mult(pop: Population) -> np.ndarray:
    """Per card and day: weekends quieter for offices, Chongyang busier, pickers lighter when rain stops work."""
    m = np.ones((pop.C, W.DAYS))
    office = np.isin(pop.cseg, [PP.WORKER, PP.TRADER, PP.OIL])
    for d in W.WEEKEND:
        m[office, d] = 0.8
    m[:, W.CHONGYANG] *= 1.15
    m[np.isin(pop.cseg, [PP.FARMER, PP.PICKER]), :] *= 1.1
    m[np.isin(pop.creg, W.NORTH), W.SNOW] *= 1.12               # first snow: calls about roads and heating
    return m


def ring_and_duration(rng, n, answered_p, median, sigma=0.9, cap=7200):
    u = rng.random(n)
    res = np.where(u < answered_p, S.ANS,
                   np.where(u < answered_p + (1 - answered_p) * 0.55, S.NOANS,
                            np.where(u < answered_p + (1 - answered_p) * 0.75, S.BUSY, S.REJ)))
    dur = np.where(res == S.ANS, np.clip(rng.lognormal(np.log(median), sigma, n), 2, cap), 0).astype(np.int64)
    ring = np.select([res == S.ANS, res == S.NOANS, res == S.BUSY],
                     [rng.integers(2, 18, n), rng.integers(22, 55, n), rng.integers(0, 3, n)], rng.integers(2, 16, n))
    return res, dur, ring


def voice(pop: Population, sink: S.Sink, rng: np.random.Generator, services: Services) -> None:
    card, day = _card_days(rng, pop.call_rate, day_mult(pop))
    t = W.times(rng, day, PP.PROFILE[pop.cseg[card]])
    n = card.size
    tie = pop.pick_tie(rng, card)
    svc = (rng.random(n) < 0.05) | (tie == INT_MIN)
    b = pop.number(np.where(svc, 0, tie))
    sb, stype = services.pick(rng, pop.creg[card[svc]])
    b[svc] = sb
    ctype = np.full(n, S.MOB, np.int8)
    ctype[svc] = stype
    on = (~svc) & (tie >= 0)
    bcell = np.full(n, -1, np.int32)
    bc, broam = pop.where(tie[on], t[on])
    bcell[on] = np.where(broam >= 0, -1, bc)
    acell, aroam = pop.where(card, t)
    acell = np.where(aroam >= 0, -1, acell)
    eld = pop.cseg[card] == PP.ELDER
    callee_eld = np.zeros(n, bool)
    callee_eld[on] = pop.cseg[tie[on]] == PP.ELDER
    p_ans = np.where(svc, 0.9, np.where(callee_eld, 0.86, 0.8))
    p_ans = np.where(W.hour_of(t) < 8, p_ans * 0.6, p_ans)
    median = np.where(svc, 140, np.where(eld | callee_eld, 110, np.where(pop.cseg[card] == PP.TRADER, 50, 70)))
    res, dur, ring = ring_and_duration(rng, n, p_ans, median)
    video = (~svc) & (rng.random(n) < np.where(eld | callee_eld, 0.06, 0.03)) & (res == S.ANS)
    dur = np.where(video, dur * 2, dur)
    sink.add("voice", t=t, a=pop.msisdn[card], b=b, dur=dur, ring=ring, res=res, aimei=pop.imei[card],
             aimsi=pop.imsi[card], acell=acell, bcell=bcell, roam=aroam, ctype=ctype, media=video.astype(np.int8))
    _inbound_offnet(pop, sink, rng)
    _chongyang(pop, sink, rng)
    _international(pop, sink, rng)


def _inbound_offnet(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    rate = pop.call_rate * np.where(pop.cseg == PP.PICKER, 1.1, 0.42)
    card, day = _card_days(rng, rate, np.ones(W.DAYS))
    tie = pop.pick_tie(rng, card, offnet_only=True)
    ok = tie != INT_MIN
    card, day, tie = card[ok], day[ok], tie[ok]
    t = W.times(rng, day, np.where(pop.cseg[card] == PP.PICKER, W.PROF["evening"], PP.PROFILE[pop.cseg[card]]))
    n = card.size
    bcell, broam = pop.where(card, t)
    res, dur, ring = ring_and_duration(rng, n, np.where(broam >= 0, 0.6, 0.8),
                                       np.where(pop.cseg[card] == PP.PICKER, 240, 80))
    sink.add("voice", t=t, a=pop.number(tie), b=pop.msisdn[card], dur=dur, ring=ring, res=res,
             bcell=np.where(broam >= 0, -1, bcell))


def _chongyang(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    """The Double Ninth: children call (and video-call) their parents; parents on other networks call in."""
    m = pop.tie_dst >= 0
    m[m] = pop.cseg[pop.tie_dst[m]] == PP.ELDER
    src = pop.tie_src[m]
    dst = pop.tie_dst[m]
    young = pop.cseg[src] != PP.ELDER
    src, dst = src[young], dst[young]
    _, first = np.unique(src, return_index=True)
    src, dst = src[first], dst[first]
    go = rng.random(src.size) < 0.45
    src, dst = src[go], dst[go]
    n = src.size
    day = np.where(rng.random(n) < 0.8, W.CHONGYANG, W.CHONGYANG - 1)
    t = W.times(rng, day, "xj")
    video = rng.random(n) < 0.3
    res, dur, ring = ring_and_duration(rng, n, 0.9, 420, 0.7)
    acell, aroam = pop.where(src, t)
    bcell, broam = pop.where(dst, t)
    sink.add("voice", t=t, a=pop.msisdn[src], b=pop.msisdn[dst], dur=dur, ring=ring, res=res,
             aimei=pop.imei[src], aimsi=pop.imsi[src], acell=np.where(aroam >= 0, -1, acell),
             bcell=np.where(broam >= 0, -1, bcell), roam=aroam, media=(video & (res == S.ANS)).astype(np.int8))
    el = pop.cards_where(segs=[PP.ELDER])
    el = el[rng.random(el.size) < 0.35]
    tie = pop.pick_tie(rng, el, offnet_only=True)
    ok = tie != INT_MIN
    el, tie = el[ok], tie[ok]
    t = W.times(rng, np.full(el.size, W.CHONGYANG), "xj")
    res, dur, ring = ring_and_duration(rng, el.size, 0.9, 360, 0.7)
    bcell, broam = pop.where(el, t)
    sink.add("voice", t=t, a=pop.number(tie), b=pop.msisdn[el], dur=dur, ring=ring, res=res,
             bcell=np.where(broam >= 0, -1, bcell))


def _international(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    """Border traders' partners in Kazakhstan, Kyrgyzstan and Uzbekistan; relatives working abroad."""
    trade = pop.cards_where(segs=[PP.TRADER, PP.DRIVER], regions=W.regions_of(W.BORDER, "YNG", "URC-TS", "KSG"))
    fam = pop.cards_where(segs=[PP.WORKER, PP.ELDER])
    fam = fam[rng.random(fam.size) < 0.015]
    for cards, rate, countries in ((trade, 0.5, ["KZ", "KZ", "KG", "UZ", "RU"]), (fam, 0.12, ["AE", "SA", "MY", "KZ"])):
        if cards.size == 0:
            continue
        ctry = np.array(countries)[rng.integers(0, len(countries), cards.size)]
        partners = np.empty(cards.size, np.int64)
        for c in np.unique(ctry):
            m = ctry == c
            partners[m] = pop.nums.intl(str(c), int(m.sum()))
        c_i, day = _card_days(rng, np.full(cards.size, rate), np.ones(W.DAYS))
        t = W.times(rng, day, "business" if rate > 0.3 else "evening")
        n = c_i.size
        outgoing = rng.random(n) < 0.55
        res, dur, ring = ring_and_duration(rng, n, 0.72, 150)
        card = cards[c_i]
        cell, roam = pop.where(card, t)
        cell = np.where(roam >= 0, -1, cell)
        me, other = pop.msisdn[card], partners[c_i]
        sink.add("voice", t=t, a=np.where(outgoing, me, other), b=np.where(outgoing, other, me), dur=dur, ring=ring,
                 res=res, aimei=np.where(outgoing, pop.imei[card], 0), aimsi=np.where(outgoing, pop.imsi[card], 0),
                 acell=np.where(outgoing, cell, -1), bcell=np.where(outgoing, -1, cell),
                 roam=np.where(outgoing, roam, -1), ctype=np.where(outgoing, S.INTL_OUT, S.INTL_IN))


def sms_personal(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    texts = sink.cat["text"].many(PERSONAL)
    for inbound in (False, True):
        rate = pop.sms_rate * (0.5 if inbound else 1.0)
        card, day = _card_days(rng, rate, np.ones(W.DAYS))
        tie = pop.pick_tie(rng, card, offnet_only=inbound)
        ok = tie != INT_MIN
        card, day, tie = card[ok], day[ok], tie[ok]
        t = W.times(rng, day, PP.PROFILE[pop.cseg[card]])
        n = card.size
        content = np.where(rng.random(n) < 0.65, texts[rng.integers(0, texts.size, n)], -1)
        cell, roam = pop.where(card, t)
        if inbound:
            sink.add("sms", t=t, a=pop.number(tie), b=pop.msisdn[card], text=content)
        else:
            sink.add("sms", t=t, a=pop.msisdn[card], b=pop.number(tie), text=content, aimei=pop.imei[card],
                     acell=np.where(roam >= 0, -1, cell), roam=roam)


def device(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    C = pop.C
    # data sessions
    mult = np.ones(W.DAYS)
    mult[W.PRESALE] = 1.15
    card, day = _card_days(rng, pop.data_rate, mult)
    t = W.times(rng, day, PP.PROFILE[pop.cseg[card]])
    cell, roam = pop.where(card, t)
    byt = np.clip(rng.lognormal(np.log(2.5e6), 1.4, card.size), 2e3, 4e9).astype(np.int64)
    byt = np.where(pop.cseg[card] == PP.STUDENT, byt * 2, byt)
    sink.add("device", t=t, m=pop.msisdn[card], imsi=pop.imsi[card], imei=pop.imei[card],
             cell=np.where(roam >= 0, -1, cell), ev=S.DATA, roam=roam, bytes=byt)
    # commutes: a location update on arriving at work or field and again at home
    p = pop.person
    moves = (pop.home[p] != pop.work[p])
    cards = np.flatnonzero(moves)
    d = np.arange(W.DAYS)
    cc = np.repeat(cards, W.DAYS)
    dd = np.tile(d, cards.size)
    office = np.isin(pop.cseg[cc], [PP.WORKER, PP.STUDENT, PP.OIL, PP.TRADER])
    keep = ~(office & np.isin(dd, W.WEEKEND)) & (rng.random(cc.size) < 0.9)
    cc, dd = cc[keep], dd[keep]
    for hour in (10, 20):
        tt = W.T0 + dd * W.DAY + hour * 3600 + rng.normal(0, 1800, cc.size).astype(np.int64)
        tt = np.where(hour == 10, tt - 1200, tt + 900)
        cell, roam = pop.where(cc, tt)
        ab = roam >= 0
        sink.add("device", t=tt[~ab], m=pop.msisdn[cc[~ab]], imsi=pop.imsi[cc[~ab]], imei=pop.imei[cc[~ab]],
                 cell=cell[~ab], ev=S.LOCUP)
    # trips: one location update a day at the destination; abroad an attach with the visited country
    tr = np.flatnonzero(pop.trip_e >= 0)
    k = pop.trip_e[tr] - pop.trip_s[tr] + 1
    cc = np.repeat(tr, k)
    dd = pop.trip_s[cc] + (np.arange(cc.size) - np.repeat(np.cumsum(k) - k, k))
    tt = W.T0 + dd * W.DAY + rng.integers(9 * 3600, 13 * 3600, cc.size)
    cell, roam = pop.where(cc, tt)
    first = dd == pop.trip_s[cc]
    ev = np.where(roam >= 0, np.where(first, S.ATTACH, S.LOCUP), S.LOCUP)
    sink.add("device", t=tt, m=pop.msisdn[cc], imsi=pop.imsi[cc], imei=pop.imei[cc],
             cell=np.where(roam >= 0, -1, cell), ev=ev, roam=roam)
    # phones switched off at night (many of the old), on again in the (Xinjiang) morning
    off = np.flatnonzero(rng.random(C) < np.where(pop.cseg == PP.ELDER, 0.4, 0.05))
    cc = np.repeat(off, W.DAYS)
    dd = np.tile(d, off.size)
    keep = rng.random(cc.size) < 0.85
    cc, dd = cc[keep], dd[keep]
    t_off = W.T0 + dd * W.DAY + 23 * 3600 + rng.integers(-1800, 7200, cc.size)
    t_on = W.T0 + (dd + 1) * W.DAY + rng.integers(7 * 3600, 10 * 3600, cc.size)
    cell, roam = pop.where(cc, t_off)
    home = roam < 0
    for tt, ev in ((t_off, S.POFF), (t_on, S.PON), (t_on + rng.integers(1, 5, cc.size), S.ATTACH)):
        ok = home & (tt < W.END)
        sink.add("device", t=tt[ok], m=pop.msisdn[cc[ok]], imsi=pop.imsi[cc[ok]], imei=pop.imei[cc[ok]],
                 cell=pop.home[pop.person[cc[ok]]], ev=ev)
