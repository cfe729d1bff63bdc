"""Everyday life: calls and texts among family, friends and colleagues, service texts, handsets on the
network, browsing, apps, platform accounts, and ordinary payments."""

from __future__ import annotations

import zlib

import numpy as np

from . import catalog as C
from .records import HOURS_DAY, HOURS_ELDER, HOURS_WORK, lognorm_int, times
from .world import SEG_ELDER, SEG_FIXED, SEG_IOT, SEG_MIGRANT, SEG_OFFICE, SEG_STUDENT, SEG_VOIP, World

ACTIVITY = {0: 2.6, SEG_ELDER: 1.1, SEG_STUDENT: 2.2, SEG_MIGRANT: 2.8, SEG_OFFICE: 3.2, SEG_FIXED: 1.0,
            SEG_IOT: 0.0, SEG_VOIP: 0.0}


def social_graph(w: World):
    """Undirected ties: mostly the same county, some across the province, a fifth to other networks."""
    rng, L = w.rng, w.L
    talk = w.res[~np.isin(w.seg, [SEG_IOT, SEG_VOIP])]
    act = np.array([ACTIVITY[s] for s in w.seg[~np.isin(w.seg, [SEG_IOT, SEG_VOIP])]])
    reg = w.res_region[~np.isin(w.seg, [SEG_IOT, SEG_VOIP])]
    E = int(len(talk) * 3.4)
    ai = rng.choice(len(talk), E, p=act / act.sum())
    a = talk[ai]
    order = np.argsort(reg, kind="stable")
    sreg = reg[order]
    starts = np.searchsorted(sreg, np.arange(len(C.REGIONS)))
    ends = np.searchsorted(sreg, np.arange(len(C.REGIONS)), side="right")
    r = rng.random(E)
    ra = reg[ai]
    cnt = np.maximum(ends[ra] - starts[ra], 1)
    same = talk[order[np.minimum(starts[ra] + (rng.random(E) * cnt).astype(int), len(order) - 1)]]
    anyp = talk[rng.integers(0, len(talk), E)]
    off = w.offnet[rng.integers(0, len(w.offnet), E)]
    b = np.where(r < .62, same, np.where(r < .80, anyp, off))
    keep = a != b
    a, b = a[keep], b[keep]
    key = np.minimum(a, b) * 10**7 + np.maximum(a, b)
    _, first = np.unique(key, return_index=True)
    first.sort()
    w.ties_a, w.ties_b = a[first], b[first]
    w.ties_w = rng.lognormal(0, 1.0, len(first))
    # family: migrants and the elderly of their county call more over the holiday
    segs = np.full(L.n, -1)
    segs[w.res] = w.seg
    w.ties_family = np.isin(segs[w.ties_a], [SEG_MIGRANT, SEG_ELDER]) | np.isin(segs[w.ties_b], [SEG_MIGRANT, SEG_ELDER])


def everyday(w: World):
    rng, L, mk = w.rng, w.L, w.mk
    days = np.arange(w.days)
    social_graph(w)
    a, b, tw = w.ties_a, w.ties_b, w.ties_w
    segs = np.full(L.n, -1)
    segs[w.res] = w.seg
    total = int(sum(ACTIVITY[s] * (w.seg == s).sum() for s in ACTIVITY) * w.days)
    # ---- calls
    p = tw * np.where(w.ties_family, 1.3, 1.0)
    e = rng.choice(len(a), total, p=p / p.sum())
    flip = rng.random(total) < .5
    x = np.where(flip, b[e], a[e])
    y = np.where(flip, a[e], b[e])
    dayw = np.array([1.35 if C.is_holiday(d) else 1.0 for d in days])
    t = times(rng, total, days, HOURS_DAY, dayw)
    el = segs[x] == SEG_ELDER
    t[el] = times(rng, int(el.sum()), days, HOURS_ELDER, dayw)
    of = segs[x] == SEG_OFFICE
    of &= rng.random(total) < .5
    t[of] = times(rng, int(of.sum()), days, HOURS_WORK)
    ans = rng.random(total) < .83
    dur = lognorm_int(rng, total, 70, 1.0, 3, 5400)
    dur = np.where(w.ties_family[e] & np.isin(days[(t - C.START) // C.DAY], np.flatnonzero([C.is_holiday(d) for d in days])),
                   dur * 2, dur)
    video = np.where(w.ties_family[e] & (rng.random(total) < .06), "video", "voice")
    mk.calls(x, y, t, ans, dur, media=video)
    # ---- texts between people
    ns = int(total * .22)
    e = rng.choice(len(a), ns, p=tw / tw.sum())
    flip = rng.random(ns) < .5
    x = np.where(flip, b[e], a[e])
    y = np.where(flip, a[e], b[e])
    x_on = L.a["onnet"][x] == 1
    t = times(rng, ns, days, HOURS_DAY)
    content = np.array(C.SMS_SOCIAL, object)[rng.integers(0, len(C.SMS_SOCIAL), ns)]
    content[rng.random(ns) < .15] = None
    on = x_on & (L.a["line_type"][x] == 0)
    mk.sms(x[on], y[on], t[on], content[on])
    off = ~x_on & (L.a["onnet"][y] == 1)
    w.sink.add("sms", int(off.sum()), send_time=t[off], sender=L.a["msisdn"][x[off]], receiver=L.a["msisdn"][y[off]],
               content=content[off])
    # ---- service texts from 106 ports, banks (955xx), the operator (10086-like 10011)
    mob = w.res[np.isin(w.seg, [0, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE])]
    nn = int(len(mob) * w.days * .75)
    r = mob[rng.integers(0, len(mob), nn)]
    ti = rng.integers(0, len(C.SMS_106), nn)
    variants = [[tpl.format(n=rng.integers(1000, 9999), a=f"{rng.integers(5, 3000)}.00") for _ in range(40)]
                for tpl in C.SMS_106]
    vv = np.array(variants, object)
    content = vv[ti, rng.integers(0, 40, nn)]
    ports = np.array([10690851001, 10690851002, 1069012306, 10690095338, 10690851777, 12379, 12381, 10011,
                      10690851555, 95588])[ti]
    mk.sms(None, r, times(rng, nn, days, HOURS_DAY), content, raw_sender=ports)
    # ---- handsets on the network
    dev = w.res[np.isin(w.seg, [0, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE, SEG_IOT])]
    nd = int(len(dev) * w.days * 2.3)
    who = dev[rng.integers(0, len(dev), nd)]
    t = times(rng, nd, days, HOURS_DAY)
    iot = segs[who] == SEG_IOT
    t[iot] = C.START + rng.integers(0, w.days * C.DAY, int(iot.sum()))
    old = segs[who] == SEG_ELDER
    ev = np.where(rng.random(nd) < .55, "data_session", "location_update")
    ev = np.where(old, np.where(rng.random(nd) < .5, "location_update", np.where(rng.random(nd) < .5, "power_off", "power_on")), ev)
    nb = np.where(ev == "data_session", lognorm_int(rng, nd, 2_000_000, 1.5), 0)
    nb = np.where(iot, lognorm_int(rng, nd, 20_000, 0.8), nb)
    ev = np.where(iot, "data_session", ev)
    mk.device(who, t, ev, nbytes=np.where(ev == "data_session", nb, -1))
    # ---- browsing (DPI) and apps
    smart = w.res[np.isin(w.seg, [0, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE])]
    nw = int(len(smart) * w.days * 1.7)
    who = smart[rng.integers(0, len(smart), nw)]
    dom_p = np.linspace(3, .3, len(C.EVERYDAY_DOMAINS))
    di = rng.choice(len(C.EVERYDAY_DOMAINS), nw, p=dom_p / dom_p.sum())
    doms = np.array(C.EVERYDAY_DOMAINS, object)
    ips = np.array([ip_for(d) for d in doms], object)
    apps_for = np.array(["com.tencent.mm", "com.tencent.mobileqq", "com.taobao.taobao", "com.eg.android.AlipayGphone",
                         "com.ss.android.ugc.aweme", "com.smile.gifmaker", None, "com.MobileTicket", "ctrip.android.view",
                         "com.sankuai.meituan", "com.xunmeng.pinduoduo", "com.jingdong.app.mall", None, None, None,
                         "com.autonavi.minimap", None, None, None, None, None, None, None, "com.moutai.imoutai",
                         "com.icbc", None, None, None, None, None], object)
    mk.web(who, times(rng, nw, days, HOURS_DAY), doms[di], url=np.char.add("https://", doms[di].astype(str)).astype(object),
           ip=ips[di], app=apps_for[di])
    na = int(len(smart) * w.days * .12)
    who = smart[rng.integers(0, len(smart), na)]
    ai = rng.integers(0, len(C.EVERYDAY_APPS), na)
    ev = np.where(rng.random(na) < .1, "install", "use")
    mk.apps(who, times(rng, na, days), np.array(C.EVERYDAY_APPS, object)[ai], ev)
    # ---- platform accounts (registered long ago, a few new)
    own = smart[rng.random(len(smart)) < .55]
    plat = np.array(C.PLATFORMS, object)[rng.integers(0, len(C.PLATFORMS), len(own))]
    reg_t = np.where(rng.random(len(own)) < .97, C.START - rng.integers(30, 3000, len(own)) * C.DAY,
                     C.START + rng.integers(0, w.days * C.DAY, len(own)))
    platform_accounts(w, own, plat, reg_t)
    # ---- ordinary payments: to family and friends, to shops
    payers = w.people
    npay = int(len(payers) * w.days * .28)
    who = payers[rng.integers(0, len(payers), npay)]
    frm = w.account_of(who)
    to = w.merchants[rng.integers(0, len(w.merchants), npay)]
    onnet_ties = (L.a["onnet"][w.ties_a] == 1) & (L.a["onnet"][w.ties_b] == 1)
    ta, tb = w.ties_a[onnet_ties], w.ties_b[onnet_ties]
    k = rng.random(npay) < .4
    e = rng.integers(0, len(ta), int(k.sum()))
    who[k] = ta[e]
    frm[k] = w.account_of(ta[e])
    to[k] = w.account_of(tb[e])
    ok = (frm != None) & (to != None)  # noqa: E711
    amt = np.round(rng.lognormal(np.log(120), 1.1, npay), 2)
    amt[k] = np.round(rng.choice([66, 88, 100, 200, 500, 520, 666, 888, 1000, 2000], int(k.sum())) * 1.0, 2)
    w.transfers(frm[ok], to[ok], times(rng, int(ok.sum()), days)[: int(ok.sum())], amt[ok],
                np.where(rng.random(int(ok.sum())) < .9, "mobile_app", "counter"), who[ok])


def ip_for(name: str) -> str:
    """A fixed address per host name (crc32, not Python's salted hash: files must be reproducible)."""
    h = zlib.crc32(name.encode())
    return f"{(h >> 24) % 200 + 20}.{(h >> 16) % 256}.{(h >> 8) % 256}.{h % 250 + 2}"


def platform_accounts(w: World, lines, plat, reg_t, status="active"):
    n = len(lines)
    if not n:
        return
    acc = np.array([f"{p[:2]}_{x:012x}" for p, x in zip(plat, w.rng.integers(0, 2**48, n), strict=True)], object)
    w.sink.add("internet_accounts", n, platform=plat, account=acc, msisdn=w.L.a["msisdn"][lines], register_time=reg_t,
               status=status)
    return acc
