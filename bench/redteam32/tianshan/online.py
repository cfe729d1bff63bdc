"""Web visits (DPI) and app sightings of the ordinary population, with the season's own sites and apps."""

from __future__ import annotations

import numpy as np

from . import catalog as K
from . import people as PP
from . import sink as S
from . import world as W
from .everyday import _card_days
from .people import Population

PATHS = ["", "/", "/index.html", "/home", "/search?q=", "/item/", "/video/", "/live/", "/order/list", "/pay",
         "/login", "/news/", "/m/", "/share/", "/detail?id="]


def _urls(sink: S.Sink, rng: np.random.Generator, dom_names: list[str], n_per: int = 6) -> np.ndarray:
    """A small url table per domain: rows pick one of ``n_per`` paths."""
    out = np.empty((len(dom_names), n_per), np.int32)
    for i, d in enumerate(dom_names):
        for j in range(n_per):
            p = PATHS[int(rng.integers(0, len(PATHS)))]
            if p.endswith(("=", "/")) and len(p) > 1:
                p += str(int(rng.integers(100000, 999999)))
            out[i, j] = sink.cat["url"].add(f"https://{d}{p}")
    return out


def web(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    doms = np.array([sink.domain(d, K.ip_for(rng, "cn")) for d in K.SITE_DOMAINS], np.int32)
    apps = np.array([sink.cat["app"].add(a) if a else -1 for a in K.SITE_APPS], np.int32)
    urls = _urls(sink, rng, K.SITE_DOMAINS)
    cum = np.cumsum(K.SITE_W, axis=0).T                      # audiences x sites
    card, day = _card_days(rng, pop.web_rate, np.ones(W.DAYS))
    t = W.times(rng, day, PP.PROFILE[pop.cseg[card]])
    n = card.size
    aud = PP.AUDIENCE[pop.cseg[card]]
    u = rng.random(n)
    site = np.empty(n, np.int64)
    for a in range(4):
        m = aud == a
        site[m] = np.minimum(np.searchsorted(cum[a], u[m], side="right"), len(K.SITES) - 1)
    _emit(sink, rng, pop, card, t, doms[site], apps[site], urls[site])
    # the season's extras
    extra = [
        # (cards, days, profile, domains)
        (pop.cards_where(regions=W.URUMQI), (0, 6), "xj", ["www.urumqi-heating.cn", "pay.urumqi-heating.cn"], 0.16),
        (pop.cards_where(segs=[PP.FARMER]), (0, 14), "field", ["www.xjcotton.com.cn", "www.czce.com.cn",
                                                               "nynct.xinjiang.gov.cn"], 0.9),
        (pop.cards_where(segs=[PP.PICKER]), (8, 14), "evening", ["mobile.12306.cn", "m.ctrip.com"], 0.5),
        (pop.cards_where(segs=[PP.ORCHARD]), (0, 14), "field", ["www.xjguoye.com", "m.1688.com"], 0.5),
        (pop.cards_where(segs=[PP.ELDER]), (4, 8), "elder", ["rst.xinjiang.gov.cn", "zwfw.xinjiang.gov.cn"], 0.08),
        (np.flatnonzero(np.isin(pop.trip_cell, np.concatenate([pop.cells.by_region[r] for r in W.ALTAY_TOUR]))),
         (0, 8), "young", ["www.kanas.gov.cn", "m.ctrip.com", "you.ctrip.com"], 1.5),
    ]
    for cards, (d0, d1), prof, names, per_day in extra:
        if cards.size == 0:
            continue
        dd = np.array([sink.domain(x, K.ip_for(rng, "cn")) for x in names], np.int32)
        uu = _urls(sink, rng, names, 3)
        mult = np.zeros(W.DAYS)
        mult[d0:d1] = 1.0
        ci, day = _card_days(rng, np.full(cards.size, per_day / max(d1 - d0, 1) * 2), mult)
        c = cards[ci]
        t = W.times(rng, day, prof)
        k = rng.integers(0, len(names), c.size)
        _emit(sink, rng, pop, c, t, dd[k], np.full(c.size, -1), uu[k])
    # Double Eleven pre-sale night: shopping sites from 20:00 on the 20th
    young = pop.cards_where(segs=[PP.WORKER, PP.STUDENT, PP.TRADER, PP.PICKER])
    go = young[rng.random(young.size) < 0.45]
    reps = rng.integers(1, 6, go.size)
    c = np.repeat(go, reps)
    t = W.T0 + W.PRESALE * W.DAY + 20 * 3600 + (rng.exponential(3600, c.size)).astype(np.int64).clip(0, 4 * 3600 - 1)
    shop = np.array([K.SITE_DOMAINS.index(x) for x in ("m.taobao.com", "h5.m.jd.com", "mobile.yangkeduo.com")])
    s = shop[rng.integers(0, 3, c.size)]
    _emit(sink, rng, pop, c, t, doms[s], apps[s], urls[s])


def _emit(sink, rng, pop, card, t, dom, app, urlrow) -> None:
    n = card.size
    url = np.where(rng.random(n) < 0.32, urlrow[np.arange(n), rng.integers(0, urlrow.shape[1], n)], -1)
    byt = np.clip(rng.lognormal(np.log(6e4), 1.5, n), 300, 5e8).astype(np.int64)
    sink.add("web", t=t, m=pop.msisdn[card], dom=dom, url=url, bytes=byt,
             app=np.where(rng.random(n) < 0.6, app, -1))


def apps(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    names = [a for a in K.SITE_APPS if a]
    aidx = np.array([sink.cat["app"].add(a) for a in names], np.int32)
    w = np.array([K.SITE_W[i] for i, a in enumerate(K.SITE_APPS) if a])
    cum = np.cumsum(w / w.sum(0, keepdims=True), axis=0).T
    card, day = _card_days(rng, pop.app_rate, np.ones(W.DAYS))
    t = W.times(rng, day, PP.PROFILE[pop.cseg[card]])
    aud = PP.AUDIENCE[pop.cseg[card]]
    u = rng.random(card.size)
    k = np.empty(card.size, np.int64)
    for a in range(4):
        m = aud == a
        k[m] = np.minimum(np.searchsorted(cum[a], u[m], side="right"), len(names) - 1)
    sink.add("apps", t=t, m=pop.msisdn[card], app=aidx[k], ev=S.USE)
    # installs: store installs of ordinary apps, and the season's
    seasonal = [
        (pop.cards_where(regions=W.URUMQI), 0.04, (0, 6), "cn.urumqi.heating", "https://www.urumqi-heating.cn/app/download"),
        (pop.cards_where(), 0.012, (0, 14), "com.hicorenational.antifraud", None),
        (pop.cards_where(segs=[PP.PICKER]), 0.12, (6, 14), "com.MobileTicket", None),
        (pop.cards_where(segs=[PP.ELDER]), 0.03, (3, 8), "cn.gov.xinjiang.rsapp", "https://rst.xinjiang.gov.cn/app/xjrs.apk"),
        (pop.cards_where(segs=[PP.WORKER]), 0.02, (0, 14), "com.tencent.wemeet.app", None),
        (pop.cards_where(), 0.05, (0, 14), None, None),
    ]
    for cards, share, (d0, d1), pkg, src in seasonal:
        c = cards[rng.random(cards.size) < share]
        day = rng.integers(d0, d1, c.size)
        t = W.times(rng, day, PP.PROFILE[pop.cseg[c]])
        if pkg is None:
            a = aidx[rng.integers(0, aidx.size, c.size)]
            store = rng.integers(0, len(K.APP_STORES), c.size)
            s = np.array([sink.cat["url"].add(K.APP_STORES[int(st)].format(names[int(np.flatnonzero(aidx == ai)[0])]))
                          for st, ai in zip(store.tolist(), a.tolist(), strict=True)], np.int32)
        else:
            a = np.full(c.size, sink.cat["app"].add(pkg))
            if src is None:
                srcs = [sink.cat["url"].add(x.format(pkg)) for x in K.APP_STORES]
                s = np.array(srcs, np.int32)[rng.integers(0, len(srcs), c.size)]
            else:
                s = np.full(c.size, sink.cat["url"].add(src))
                sink.domain(src.split("/")[2], K.ip_for(rng, "cn"))
        sink.add("apps", t=t, m=pop.msisdn[c], app=a, ev=S.INSTALL, src=s)
        # a few uses after the install
        r = rng.integers(0, 4, c.size)
        cc = np.repeat(np.arange(c.size), r)
        tt = t[cc] + rng.integers(600, 4 * W.DAY, cc.size)
        ok = tt < W.END
        sink.add("apps", t=tt[ok], m=pop.msisdn[c[cc[ok]]], app=a[cc[ok]], ev=S.USE)
