#!/usr/bin/env python3
"""Blind red-team generator 11: a synthetic Hunan (湖南) province in interchange v1, with planted fraud gangs,
benign look-alikes and ground truth.

    generate.py --out DIR --seed N [--subscribers 20000] [--days-history 10] [--days 7]

Writes DIR/<type>/<type>.parquet for every record type and DIR/truth/{entities,events}/*.parquet.
One numpy Generator(seed); the same seed gives byte-identical files. Written without reading fraudwall's
detection logic (see README.md).
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, datetime

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

DAY = 86400
HOUR = 3600
T0 = int(datetime(2026, 11, 9, 16, 0, tzinfo=UTC).timestamp())  # 2026-11-10T00:00+08:00, first history day
TZ = "Asia/Shanghai"

# name, area code, lat, lon, population (millions, 2020 census)
CITIES = [
    ("Changsha", "731", 28.23, 112.94, 10.05), ("Zhuzhou", "733", 27.83, 113.13, 3.90),
    ("Xiangtan", "732", 27.83, 112.94, 2.73), ("Hengyang", "734", 26.89, 112.57, 6.65),
    ("Shaoyang", "739", 27.24, 111.47, 6.56), ("Yueyang", "730", 29.36, 113.13, 5.05),
    ("Changde", "736", 29.03, 111.70, 5.28), ("Zhangjiajie", "744", 29.12, 110.48, 1.52),
    ("Yiyang", "737", 28.55, 112.36, 3.85), ("Chenzhou", "735", 25.77, 113.01, 4.67),
    ("Yongzhou", "746", 26.42, 111.61, 5.29), ("Huaihua", "745", 27.55, 110.00, 4.59),
    ("Loudi", "738", 27.70, 112.00, 3.83), ("Xiangxi", "743", 28.31, 109.74, 2.49),
]
CI = {c[0]: i for i, c in enumerate(CITIES)}
POP = np.array([c[4] for c in CITIES])
GD_CITIES = [("Dongguan", 23.02, 113.75), ("Shenzhen", 22.54, 114.06), ("Guangzhou", 23.13, 113.26)]

OPERATORS = ["China Mobile", "China Unicom", "China Telecom"]
OP_SHARE = [0.60, 0.20, 0.20]
PREFIX = [[134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159, 178, 182, 183, 187, 188, 198],
          [130, 131, 132, 155, 156, 166, 175, 176, 185, 186],
          [133, 149, 153, 173, 177, 180, 181, 189, 191, 199]]
PRE_OP = np.zeros(1000, np.int64)
for _o, _ps in enumerate(PREFIX):
    PRE_OP[_ps] = _o
MNC = [[0, 2, 7], [1, 6], [3, 11]]
LINES = ["mobile", "fixed", "voip", "iot", "ext", "intl", "service"]
L_MOB, L_FIX, L_VOIP, L_IOT, L_EXT, L_INTL, L_SVC = range(7)
INTL_CC = {"KH": 855, "MM": 95, "PH": 63, "MY": 60, "US": 1, "GB": 44, "AU": 61, "JP": 81, "TH": 66, "HK": 852}

HOURS = {
    "day": [0, 0, 0, 0, 0, 0, 1, 3, 6, 9, 9, 8, 6, 6, 8, 9, 9, 8, 7, 6, 5, 3, 1, .5],
    "student": [1, .5, 0, 0, 0, 0, 0, 1, 2, 2, 2, 3, 6, 4, 2, 2, 3, 5, 6, 7, 8, 8, 6, 3],
    "elderly": [0, 0, 0, 0, 0, 1, 4, 7, 8, 8, 7, 5, 3, 3, 5, 6, 6, 6, 5, 4, 2, 1, 0, 0],
    "farmer": [0, 0, 0, 0, 0, 2, 5, 6, 4, 3, 3, 5, 6, 3, 2, 2, 3, 4, 6, 7, 6, 3, 1, 0],
    "evening": [1, .5, 0, 0, 0, 0, 1, 2, 2, 2, 2, 4, 5, 2, 2, 2, 2, 3, 5, 7, 8, 7, 5, 2],
    "business": [0, 0, 0, 0, 0, 0, 1, 4, 7, 8, 8, 8, 7, 6, 7, 8, 8, 8, 7, 6, 5, 3, 1, 0],
    "office": [0, 0, 0, 0, 0, 0, 0, 0, 4, 9, 10, 9, 3, 3, 9, 10, 9, 7, 1, 0, 0, 0, 0, 0],
    "meal": [0, 0, 0, 0, 0, 0, 1, 2, 2, 4, 8, 12, 10, 4, 2, 3, 5, 9, 11, 8, 4, 2, 1, 0],
    "night": [6, 5, 4, 2, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 7],
    "flat": [1] * 24,
}
HP = list(HOURS)
HCDF = np.array([np.cumsum(v) / np.sum(v) for v in HOURS.values()])

# segment: share, activity (calls/day), friends, sms/day, data MB/day, hours, mobility (extra cells/day), web/day
SEGMENTS = {
    "worker": (0.28, 3.0, 12, 0.3, 300, "day", 2.0, 3.0),
    "student": (0.09, 1.2, 10, 0.3, 900, "student", 1.0, 5.0),
    "elderly": (0.16, 1.4, 7, 0.05, 15, "elderly", 0.5, 0.3),
    "farmer": (0.14, 1.5, 8, 0.1, 80, "farmer", 0.5, 0.8),
    "migrant": (0.10, 2.0, 9, 0.2, 500, "evening", 1.0, 3.0),
    "smallbiz": (0.08, 5.0, 18, 0.5, 300, "business", 1.5, 3.0),
    "homemaker": (0.08, 2.0, 10, 0.2, 300, "day", 1.0, 3.0),
    "public_servant": (0.07, 3.0, 14, 0.4, 250, "day", 1.0, 2.5),
}
SEG = list(SEGMENTS)

BENIGN_DOMAINS = ["baidu.com", "qq.com", "weixin.qq.com", "taobao.com", "jd.com", "pinduoduo.com", "douyin.com",
                  "kuaishou.com", "bilibili.com", "163.com", "sina.com.cn", "meituan.com", "alipay.com", "12306.cn",
                  "hunan.gov.cn", "rednet.cn", "mgtv.com", "zhihu.com", "xiaohongshu.com", "ctrip.com",
                  "icbc.com.cn", "ccb.com", "chsi.com.cn", "hnu.edu.cn", "csu.edu.cn", "12123.gov.cn"]
BENIGN_APPS = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
               "com.xunmeng.pinduoduo", "com.tencent.mobileqq", "com.smile.gifmaker", "com.sankuai.meituan",
               "com.jingdong.app.mall", "com.hunantv.imgo.activity", "com.sdu.didi.psnger", "com.tencent.wemeet.app",
               "com.hicorenational.antifraud", "com.icbc", "com.chinamworld.main", "com.tencent.tmgp.sgame",
               "com.xingin.xhs", "com.autonavi.minimap"]
PLATFORMS = ["wechat", "alipay", "douyin", "qq", "taobao", "pinduoduo", "meituan"]
BANKS = ["ICBC", "CCB", "ABC", "BOC", "PSBC", "Hunan Rural Credit", "Bank of Changsha", "CMB", "Huarong Xiangjiang"]


class G:
    """Global state: the generator, registries and record buffers."""


S = G()


def uniq_draw(n, draw, used):
    """n fresh unique int64 values from draw(k), avoiding the set held in used (a list of arrays)."""
    out = np.empty(0, np.int64)
    prev = np.concatenate(used) if used else np.empty(0, np.int64)
    while len(out) < n:
        x = draw(int((n - len(out)) * 1.3) + 16)
        _, first = np.unique(x, return_index=True)
        x = x[np.sort(first)]
        x = x[~np.isin(x, prev) & ~np.isin(x, out)]
        out = np.concatenate([out, x])
    out = out[:n]
    used.append(out)
    return out


def msisdns(n, op=None, kind="mobile", city=None):
    r = S.rng
    if kind == "mobile":
        ops = r.choice(3, n, p=OP_SHARE) if op is None else np.full(n, op)

        def draw(k):
            o = np.resize(ops, k)
            pre = np.zeros(k, np.int64)
            for x in range(3):
                m = o == x
                pre[m] = r.choice(PREFIX[x], m.sum())
            return 86 * 10 ** 11 + pre * 10 ** 8 + r.integers(0, 10 ** 8, k)
        x = uniq_draw(n, draw, S.used_msisdn)
        return x, PRE_OP[(x // 10 ** 8) % 1000]
    if kind in ("fixed", "voip"):
        cities = np.full(n, city) if city is not None and np.isscalar(city) else \
            (city if city is not None else r.choice(14, n, p=POP / POP.sum()))
        area = np.array([int(CITIES[c][1]) for c in cities])

        def draw(k):
            a = np.resize(area, k)
            lead = 8 if kind == "voip" else 2
            return 86 * 10 ** 11 + a * 10 ** 8 + lead * 10 ** 7 + r.integers(0, 10 ** 7, k)
        return uniq_draw(n, draw, S.used_msisdn), np.zeros(n, int)
    if kind == "iot":
        return uniq_draw(n, lambda k: 861440 * 10 ** 9 + r.integers(0, 10 ** 9, k), S.used_msisdn), np.zeros(n, int)
    if kind == "ext":  # other provinces' mobiles
        return uniq_draw(n, lambda k: 86 * 10 ** 11 + r.choice(PREFIX[0] + PREFIX[1] + PREFIX[2], k) * 10 ** 8
                         + r.integers(0, 10 ** 8, k), S.used_msisdn), np.zeros(n, int)
    raise ValueError(kind)


def intl_numbers(n, cc):
    c = INTL_CC[cc]
    return uniq_draw(n, lambda k: c * 10 ** 9 + S.rng.integers(10 ** 8, 10 ** 9, k), S.used_msisdn)


def imsis(ops):
    r = S.rng
    n = len(ops)

    def draw(k):
        o = np.resize(ops, k)
        mnc = np.array([MNC[x][0] for x in o])
        mnc = np.where(r.random(k) < 0.2, np.array([MNC[x][-1] for x in o]), mnc)
        return 460 * 10 ** 12 + mnc * 10 ** 10 + r.integers(0, 10 ** 10, k)
    return uniq_draw(n, draw, S.used_imsi)


def imeis(n):
    tac = np.array([86012345, 86754203, 35332510, 86981204, 86420704, 35876211, 86615405, 86300112])
    return uniq_draw(n, lambda k: S.rng.choice(tac, k) * 10 ** 7 + S.rng.integers(0, 10 ** 7, k), S.used_imei)


def new_ids(n, role="benign", gang="", scheme="ordinary", idtype="resident_id"):
    i0 = len(S.id_role)
    S.id_role += [role] * n
    S.id_gang += [gang] * n
    S.id_scheme += [scheme] * n
    S.id_type += [idtype] * n
    return np.arange(i0, i0 + n)


def city_cells(city, n, rural=None):
    """n random cells of each given city (array or scalar)."""
    city = np.broadcast_to(np.asarray(city), (n,))
    lo, hi = S.cell_lo[city], S.cell_hi[city]
    if rural is True:
        lo = lo + ((hi - lo) * 0.6).astype(int)
    elif rural is False:
        hi = lo + ((hi - lo) * 0.6).astype(int)
    return lo + (S.rng.random(n) * (hi - lo)).astype(int)


FIELDS = dict(msisdn=-1, imsi=-1, imei=-1, imei2=-1, swap=0.0, idk=-1, city=0, home=-1, work=-1, sub=True,
              line=L_MOB, op=0, open=0, chan="", prepaid=False, cust="personal", status="active", status_t=-1,
              seg=-1, hours=0, act0=0, act1=99, data=0.0, mob=1.0, web=0.0, roam="", roam0=0, roam1=0,
              role="benign", gang="", scheme="ordinary", first=-1, gd0=99, swd=99)


def register(n, **kw):
    i0 = S.nn
    for k, d in FIELDS.items():
        v = kw.get(k, d)
        a = np.asarray(v)
        if a.dtype.kind in "UO":
            a = a.astype(object)
        S.reg[k].append(np.broadcast_to(a, (n,)).copy())
    S.nn += n
    return np.arange(i0, i0 + n)


def finalize_registry():
    S.R = {k: np.concatenate(v) for k, v in S.reg.items()}


def hours_sample(prof, n):
    """Hour-of-day draws; prof an array of profile indexes (or a scalar)."""
    prof = np.broadcast_to(np.asarray(prof), (n,))
    u = S.rng.random(n)
    return (u[:, None] > HCDF[prof]).sum(1)


def times_on(days, prof):
    n = len(days)
    return T0 + days * DAY + hours_sample(prof, n) * HOUR + S.rng.integers(0, HOUR, n)


def hp(name):
    return HP.index(name)


def cell_at(idx, t):
    """The cell of each number at time t (-1 for externals and roamers)."""
    R = S.R
    h = ((t - T0) // HOUR) % 24
    home, work = R["home"][idx], R["work"][idx]
    c = np.where((h >= 8) & (h < 19) & (work >= 0), work, home)
    mob = R["mob"][idx]
    wander = S.rng.random(len(idx)) < np.minimum(mob / 8.0, 0.9)
    city = R["city"][idx]
    rc = city_cells(city, len(idx))
    c = np.where(wander & (c >= 0), rc, c)
    day = (t - T0) // DAY
    gd = day >= R["gd0"][idx]  # migrant workers back in Guangdong
    if gd.any():
        c = np.where(gd, S.gd_lo + (S.rng.random(len(idx)) * S.gd_n).astype(int), c)
    ab = (R["roam"][idx] != "") & (t >= R["roam0"][idx]) & (t < R["roam1"][idx])
    return np.where(ab | ~R["sub"][idx] | (R["line"][idx] == L_FIX) | (R["line"][idx] == L_VOIP), -1, c)


def roam_at(idx, t):
    R = S.R
    ab = (R["roam"][idx] != "") & (t >= R["roam0"][idx]) & (t < R["roam1"][idx])
    return np.where(ab, R["roam"][idx], "").astype(object)


def emit_calls(caller, callee, t, ans_p=0.85, dur=80, sigma=0.8, media="voice", gateway="", ctype=None,
               imei=None, answered=None):
    n = len(caller)
    if n == 0:
        return
    R, r = S.R, S.rng
    caller = np.asarray(caller)
    callee = np.asarray(callee)
    t = np.asarray(t)
    ok = caller != callee
    caller, callee, t = caller[ok], callee[ok], t[ok]
    n = len(caller)
    if answered is None:
        answered = r.random(n) < np.broadcast_to(ans_p, n) if np.ndim(ans_p) else r.random(n) < ans_p
    else:
        answered = answered[ok]
    d = np.where(answered, np.maximum(3, (np.broadcast_to(dur, n) if np.ndim(dur) else dur)
                                      * np.exp(r.normal(0, sigma, n))).astype(np.int64), 0)
    ring = np.where(answered, r.integers(2, 15, n), r.integers(15, 45, n))
    res = np.where(answered, "answered", np.where(r.random(n) < 0.7, "no_answer",
                                                  np.where(r.random(n) < 0.6, "busy", "rejected"))).astype(object)
    if imei is None:
        im = R["imei"][caller]
        sw = (r.random(n) < R["swap"][caller]) & ((R["swd"][caller] == 99) | ((t - T0) // DAY >= R["swd"][caller]))
        im = np.where(sw & (R["imei2"][caller] >= 0), R["imei2"][caller], im)
    else:
        im = imei[ok] if np.ndim(imei) else np.full(n, imei)
    if ctype is None:
        lc, le = R["line"][caller], R["line"][callee]
        ct = np.select([lc == L_INTL, le == L_INTL, lc == L_VOIP, lc == L_FIX],
                       ["intl_in", "intl_out", "voip", "fixed"], "mobile").astype(object)
    else:
        ct = np.full(n, ctype, object)
    S.voice.append(dict(caller=caller, callee=callee, t=t, dur=d, ring=ring, res=res, imei=im,
                        imsi=R["imsi"][caller], ccell=cell_at(caller, t), ecell=cell_at(callee, t + 1),
                        roam=roam_at(caller, t), ctype=ct, media=np.full(n, media, object),
                        gw=np.broadcast_to(np.asarray(gateway, object), (n,)).copy()))
    return answered


def emit_sms(sender, receiver, t, content, imei=None):
    n = len(sender)
    if n == 0:
        return
    R = S.R
    sender = np.asarray(sender)
    im = R["imei"][sender] if imei is None else np.broadcast_to(imei, (n,))
    S.sms.append(dict(sender=sender, receiver=np.asarray(receiver), t=np.asarray(t),
                      content=np.broadcast_to(np.asarray(content, object), (n,)), imei=im,
                      cell=cell_at(sender, np.asarray(t)), roam=roam_at(sender, np.asarray(t))))


def texts(templates, n, link=None):
    """n messages from templates; '{u}' becomes a link from the link list, each '{c}' a random number."""
    r = S.rng
    ti = r.integers(0, len(templates), n)
    out = np.empty(n, object)
    for i, tmpl in enumerate(templates):
        m = ti == i
        k = int(m.sum())
        if not k:
            continue
        if link is not None and "{u}" in tmpl:
            lk = np.asarray(link, object)
            lk = lk[r.integers(0, len(lk), k)]
            a, b = tmpl.split("{u}", 1)
            s = a + lk + b
        else:
            s = np.full(k, tmpl, object)
        parts = None
        for _j in range(tmpl.count("{c}") + sum(x.count("{c}") for x in (link or []))):
            code = r.integers(10, 9999, k).astype(str).astype(object)
            parts = np.array([x.split("{c}", 1) for x in s], dtype=object) if k else None
            has = np.array([len(p) == 2 for p in parts])
            s = np.where(has, np.array([p[0] for p in parts], object) + code
                         + np.array([p[-1] if len(p) == 2 else "" for p in parts], object),
                         np.array([p[0] for p in parts], object))
        out[m] = s
    return out


def emit_web(idx, t, domain, url=None, ip=None, nbytes=None, app=None):
    n = len(idx)
    if n == 0:
        return
    S.web.append(dict(idx=np.asarray(idx), t=np.asarray(t), domain=np.broadcast_to(np.asarray(domain, object), (n,)),
                      url=np.broadcast_to(np.asarray(url, object), (n,)), ip=np.broadcast_to(np.asarray(ip, object), (n,)),
                      bytes=(S.rng.lognormal(11, 1.2, n).astype(np.int64) if nbytes is None else
                             np.broadcast_to(nbytes, (n,))), app=np.broadcast_to(np.asarray(app, object), (n,))))


def emit_apps(idx, t, app, event="use", src=None):
    n = len(idx)
    if n == 0:
        return
    S.apps.append(dict(idx=np.asarray(idx), t=np.asarray(t), app=np.broadcast_to(np.asarray(app, object), (n,)),
                       event=np.broadcast_to(np.asarray(event, object), (n,)),
                       src=np.broadcast_to(np.asarray(src, object), (n,))))


def new_accounts(idk, bound, n_per=None, bank=None, open_t=None, role="benign", gang="", scheme="ordinary",
                 status="active"):
    """One bank account per (idk, bound) pair; returns account indexes."""
    n = len(idk)
    i0 = S.na
    S.acc["idk"].append(np.asarray(idk))
    S.acc["bound"].append(np.asarray(bound))
    S.acc["bank"].append(np.asarray(S.rng.choice(BANKS, n, p=[.18, .16, .14, .1, .1, .14, .08, .06, .04])
                                     if bank is None else np.broadcast_to(bank, (n,)), object))
    S.acc["open"].append(np.asarray(T0 - S.rng.integers(100, 4000, n) * DAY if open_t is None else
                                    np.broadcast_to(open_t, (n,))))
    for k, v in (("role", role), ("gang", gang), ("scheme", scheme), ("status", status)):
        S.acc[k].append(np.broadcast_to(np.asarray(v, object), (n,)).copy())
    S.na += n
    return np.arange(i0, i0 + n)


def emit_tx(frm, to, t, amount, channel="mobile_app", init=None):
    n = len(frm)
    if n == 0:
        return
    S.tx.append(dict(frm=np.asarray(frm), to=np.asarray(to), t=np.asarray(t), amount=np.round(np.asarray(amount, float), 2),
                     channel=np.broadcast_to(np.asarray(channel, object), (n,)),
                     init=np.broadcast_to(np.asarray(-1 if init is None else init), (n,))))


def label(etype, entities, role, gang="", scheme="ordinary", first=None):
    n = len(entities)
    if n == 0:
        return
    S.truth.append(dict(etype=np.full(n, etype, object), entity=np.asarray(entities, object),
                        role=np.broadcast_to(np.asarray(role, object), (n,)),
                        gang=np.broadcast_to(np.asarray(gang, object), (n,)),
                        scheme=np.broadcast_to(np.asarray(scheme, object), (n,)),
                        first=np.broadcast_to(np.asarray(-1 if first is None else first), (n,))))


# ----------------------------------------------------------------------------------------------- the province
def build_cells():
    r = S.rng
    ids, lat, lon, reg, site, lo, hi = [], [], [], [], [], [], []
    for _c, (name, code, la, lo_, pop) in enumerate(CITIES):
        n = int(25 + 10 * pop)
        lo.append(len(ids))
        urban = np.arange(n) < int(n * 0.6)
        sd = np.where(urban, 0.05, 0.28)
        lat += list(la + r.normal(0, 1, n) * sd)
        lon += list(lo_ + r.normal(0, 1, n) * sd)
        st = np.where(np.arange(n) < 4, "indoor", r.choice(["macro", "indoor", "small"], n, p=[.75, .15, .1]))
        site += list(st)
        reg += [name] * n
        ids += [f"HN{code}-{i:05d}" for i in range(n)]
        hi.append(len(ids))
    S.gd_lo = len(ids)
    for gname, la, lo_ in GD_CITIES:
        n = 20
        lat += list(la + r.normal(0, .06, n))
        lon += list(lo_ + r.normal(0, .06, n))
        site += ["macro"] * n
        reg += [f"Guangdong:{gname}"] * n
        ids += [f"GD-{gname[:2].upper()}-{i:04d}" for i in range(n)]
    S.gd_n = len(ids) - S.gd_lo
    S.cell_id = np.array(ids, object)
    S.cell_lo, S.cell_hi = np.array(lo), np.array(hi)
    S.cells = pa.table({"cell": pa.array(ids), "lat": pa.array(np.round(lat, 5)), "lon": pa.array(np.round(lon, 5)),
                        "region": pa.array(reg), "site_type": pa.array(site)})


def channels(city, n, same=None):
    if same is not None:
        return np.full(n, same, object)
    city = np.broadcast_to(np.asarray(city), (n,))
    k = S.rng.integers(1, 40, n)
    return np.array([f"HN{CITIES[c][1]}-ST{x:03d}" for c, x in zip(city, k, strict=False)], object)


def build_people(N):
    r = S.rng
    shares = np.array([v[0] for v in SEGMENTS.values()])
    city = np.sort(r.choice(14, N, p=POP / POP.sum()))
    seg = r.choice(len(SEG), N, p=shares / shares.sum())
    ids = new_ids(N)
    ms, ops = msisdns(N)
    si = {k: i for i, k in enumerate(SEG)}
    stu, eld, farm, mig = seg == si["student"], seg == si["elderly"], seg == si["farmer"], seg == si["migrant"]
    age_days = r.gamma(2.0, 700, N).astype(int) + 30
    age_days = np.where(stu, r.integers(70, 1400, N), age_days)
    home = city_cells(city, N, rural=None)
    home = np.where(farm | eld, city_cells(city, N, rural=True), city_cells(city, N, rural=False))
    home = np.where(stu, S.cell_lo[city] + r.integers(0, 4, N), home)
    work = np.where(np.isin(seg, [si["worker"], si["smallbiz"], si["public_servant"]]), city_cells(city, N, False), -1)
    gd0 = np.where(mig, np.where(r.random(N) < 0.5, r.integers(1, 17, N), 0), 99)
    S.act = np.array([SEGMENTS[SEG[s]][1] for s in seg]) * r.lognormal(0, 0.45, N)
    S.ord = register(N, msisdn=ms, imsi=imsis(ops), imei=imeis(N), idk=ids, city=city, home=home, work=work,
                     op=ops, open=T0 - age_days * DAY, chan=channels(city, N), prepaid=r.random(N) < 0.3,
                     seg=seg, hours=np.array([hp(SEGMENTS[SEG[s]][5]) for s in seg]),
                     data=np.array([SEGMENTS[SEG[s]][4] for s in seg]) * r.lognormal(0, .6, N),
                     mob=np.array([SEGMENTS[SEG[s]][6] for s in seg]),
                     web=np.array([SEGMENTS[SEG[s]][7] for s in seg]) * r.lognormal(0, .5, N), gd0=gd0)
    S.seg = seg
    S.city_of = city
    S.segidx = {k: S.ord[seg == i] for k, i in si.items()}
    # households and friends
    sizes = r.choice([1, 2, 3, 4, 5], N, p=[.14, .3, .3, .18, .08])
    hh = np.repeat(np.arange(N), sizes)[:N]
    a, b, kind = [], [], []
    for o in range(1, 5):
        m = hh[:-o] == hh[o:]
        a.append(np.nonzero(m)[0])
        b.append(np.nonzero(m)[0] + o)
        kind.append(np.zeros(m.sum(), int))
    k = r.poisson([SEGMENTS[SEG[s]][2] / 2 for s in seg])
    src = np.repeat(np.arange(N), k)
    local = r.random(len(src)) < 0.8
    lo, hi = np.searchsorted(city, city[src], "left"), np.searchsorted(city, city[src], "right")
    dst = np.where(local, lo + (r.random(len(src)) * (hi - lo)).astype(int), r.integers(0, N, len(src)))
    a.append(src)
    b.append(dst)
    kind.append(np.ones(len(src), int))
    a, b, kind = np.concatenate(a), np.concatenate(b), np.concatenate(kind)
    m = a != b
    a, b, kind = np.minimum(a, b)[m], np.maximum(a, b)[m], kind[m]
    _, first = np.unique(a.astype(np.int64) * N + b, return_index=True)
    a, b, kind = a[first], b[first], kind[first]
    rate = np.where(kind == 0, 0.3, 0.06 * r.lognormal(0, 0.9, len(a)) * np.sqrt(S.act[a] * S.act[b]))
    S.edges = [dict(a=S.ord[a], b=S.ord[b], rate=rate, d0=np.zeros(len(a), int), d1=np.full(len(a), 99), hh=kind == 0)]
    # bank accounts of ordinary people
    two = r.random(N) < 0.45
    S.ord_acc = new_accounts(ids, S.ord)
    new_accounts(ids[two], S.ord[two])
    S.acc_of = np.full(N + 200000, -1)
    S.acc_of[S.ord] = S.ord_acc


def build_services():
    """Service short codes, bank/operator hotlines and 106 A2P senders (not subscribers)."""
    codes = {"bank_hotline": [95588, 95533, 95599, 95566, 95555, 95580, 96599],
             "operator_hotline": [10086, 10010, 10000],
             "gov_hotline": [12345, 12315, 12110, 96110],
             "bank_notification_sms": [1069095588, 1069095533, 1069095599, 1069095580],
             "operator_notification_sms": [1008611, 1001011, 1000011],
             "marketing_sms_sender": [106900000123 + i * 11 for i in range(6)],
             "express_pickup_sms": [106550001234, 106550004321, 106900998877]}
    S.svc = {}
    for kind, nums in codes.items():
        nums = np.array(nums, np.int64)
        S.used_msisdn.append(nums)
        S.svc[kind] = register(len(nums), msisdn=nums, sub=False, line=L_SVC, scheme=kind)
    # relatives and friends in other provinces
    S.ext = register(3000, msisdn=msisdns(3000, kind="ext")[0], sub=False, line=L_EXT)
    S.ext_link = S.rng.choice(S.ord, 3000)
    # local businesses' fixed lines (restaurants, clinics, shops)
    bc = S.rng.choice(14, 400, p=POP / POP.sum())
    bid = new_ids(400, idtype="business_license")
    S.biz = register(400, msisdn=msisdns(400, kind="fixed", city=bc)[0], idk=bid, city=bc, line=L_FIX,
                     cust="enterprise", open=T0 - S.rng.integers(300, 5000, 400) * DAY, chan=channels(bc, 400),
                     home=city_cells(bc, 400))


# ------------------------------------------------------------------------------------- groups of numbers
def group_register(g):
    """Register a group's numbers (look-alike kind or fraud cell) from its spec dict."""
    r = S.rng
    n = g["n"]
    line = g.get("line", "mobile")
    city = np.full(n, CI[g["city"]]) if "city" in g else r.choice(14, n, p=POP / POP.sum())
    ops = np.zeros(n, int)
    imsi = np.full(n, -1)
    imei = np.full(n, -1)
    sub = True
    if line == "intl":
        ms, lcode, sub = intl_numbers(n, g["cc"]), L_INTL, False
    elif line == "ext":
        ms, lcode, sub = msisdns(n, kind="ext")[0], L_EXT, False
    else:
        ms, ops = msisdns(n, kind=line, city=city, op=g.get("op"))
        lcode = LINES.index(line)
    if sub and line in ("mobile", "iot"):
        imsi = imsis(ops)
        k = g.get("sims_per_imei", 1)
        imei = np.repeat(imeis(-(-n // k)), k)[:n]
    imei2 = imeis(n) if g.get("swap") else np.full(n, -1)
    if "idk" in g:
        idk = np.resize(g["idk"], n)
    elif sub:
        per = g.get("ids_per", 1)
        base = new_ids(-(-n // per), role=g.get("id_role", "benign"), gang=g.get("gang", ""),
                       scheme=g.get("id_scheme", g.get("scheme", g["kind"]) if g.get("role", "benign") == "benign"
                                    else "ordinary"),
                       idtype="business_license" if g.get("cust") == "enterprise" else "resident_id")
        idk = np.repeat(base, per)[:n]
    else:
        idk = np.full(n, -1)
    lo, hi = g.get("open_ago", (200, 2500))
    open_t = T0 - (r.uniform(lo, hi, n) * DAY).astype(np.int64)
    if g.get("stationary"):
        home = np.full(n, city_cells(city[0], 1, rural=g.get("rural"))[0])
        work = np.full(n, -1)
    else:
        home = city_cells(city, n, rural=g.get("rural"))
        work = city_cells(city, n) if g.get("work", True) else np.full(n, -1)
    d0, d1 = g.get("days", (0, S.T))
    roam = g.get("roam", "")
    g["idx"] = register(
        n, msisdn=ms, imsi=imsi, imei=imei, imei2=imei2, swap=g.get("swap", 0.0), idk=idk, city=city, home=home,
        work=work, sub=sub, line=lcode, op=ops, open=open_t, chan=channels(city, n, g.get("chan")),
        prepaid=r.random(n) < g.get("prepaid", 0.3), cust=g.get("cust", "personal"), hours=hp(g.get("hours", "day")),
        act0=g.get("act0", d0), act1=g.get("act1", d1), data=g.get("data", 200.0) * r.lognormal(0, .4, n),
        mob=g.get("mob", 0.0 if g.get("stationary") else 1.0), web=g.get("web", 2.0), roam=roam,
        roam0=T0 + g.get("roam_days", (0, 0))[0] * DAY, roam1=T0 + g.get("roam_days", (0, 0))[1] * DAY,
        status=g.get("status", "active"), status_t=g.get("status_t", -1),
        role=g.get("role", "benign"), gang=g.get("gang", ""), scheme=g.get("scheme", g["kind"]),
        first=g.get("first", -1), gd0=g.get("gd0", 99), swd=g.get("swd", 99))
    if g.get("friends"):  # an ordinary circle of contacts
        k = g["friends"]
        a = np.repeat(g["idx"], k)
        b = r.choice(S.ord, len(a))
        fd0, fd1 = g.get("friend_days", (0, 99))
        S.edges.append(dict(a=a, b=b, rate=0.08 * r.lognormal(0, .8, len(a)), d0=np.full(len(a), fd0),
                            d1=np.full(len(a), fd1), hh=np.zeros(len(a), bool)))
    if g.get("account", True) and sub:
        g["acc"] = new_accounts(idk, g["idx"], role=g.get("acc_role", "benign") if g.get("role", "benign") == "benign"
                                else g.get("acc_role", "benign"), gang=g.get("gang", ""),
                                scheme=g.get("scheme", g["kind"]) if g.get("role", "benign") == "benign" else "ordinary")
        S.acc_of[g["idx"]] = g["acc"]
    return g["idx"]


def pick_targets(g, sims, n):
    """Callees (or SMS receivers) for n events by the numbers in sims."""
    r = S.rng
    tgt = g.get("tgt", "random")
    if tgt == "pool":
        pf = g.get("pool_from", S.ord)
        pf = S.segidx[pf] if isinstance(pf, str) else pf
        pool = g.setdefault("_pool", r.choice(pf, (len(g["idx"]), g.get("pool", 100))))
        row = np.searchsorted(g["idx"], sims)
        w = r.zipf(1.6, n) - 1 if g.get("zipf") else r.integers(0, pool.shape[1], n)
        return pool[row, np.minimum(w, pool.shape[1] - 1)]
    if tgt == "city":
        city = S.R["city"][sims]
        lo, hi = np.searchsorted(S.city_of, city, "left"), np.searchsorted(S.city_of, city, "right")
        return S.ord[lo + (r.random(n) * (hi - lo)).astype(int)]
    if tgt.startswith("seg:"):
        segs = tgt[4:].split(",")
        cand = np.concatenate([S.segidx[s] for s in segs])
        mix = r.random(n) < g.get("seg_bias", 0.7)
        return np.where(mix, r.choice(cand, n), r.choice(S.ord, n))
    if tgt == "ext":
        return r.choice(S.ext, n)
    return r.choice(S.ord, n)


def group_activity(g):
    r = S.rng
    idx = g["idx"]
    n = len(idx)
    d0, d1 = g.get("days", (0, S.T))
    d1 = min(d1, S.T)
    if d1 <= d0:
        return
    nd = d1 - d0
    day_w = np.ones(nd)
    if g.get("burst"):  # activity on a few days only (weddings, funerals, elections)
        day_w = np.zeros(nd)
        first = max(0, S.H - d0) if d1 > S.H else 0
        day_w[first + r.choice(nd - first, min(g["burst"], nd - first), replace=False)] = 1.0
    prof = hp(g.get("hours", "day"))
    act = r.lognormal(0, 0.35, n)
    if g.get("out"):
        lam = g["out"] * act[:, None] * day_w[None, :]
        cnt = r.poisson(lam).ravel()
        caller = np.repeat(np.repeat(idx, nd), 1)[np.repeat(np.arange(n * nd), cnt)]
        day = np.tile(np.arange(d0, d1), n)[np.repeat(np.arange(n * nd), cnt)]
        callee = pick_targets(g, caller, len(caller))
        t = times_on(day, prof)
        ans = emit_calls(caller, callee, t, ans_p=g.get("ans", 0.6), dur=g.get("dur", 60), sigma=g.get("sigma", 0.8),
                         media=g.get("media", "voice"), gateway=g.get("gw", ""), ctype=g.get("ctype"))
        cb = g.get("callback", 0.0)
        if cb and ans is not None:
            ok = caller != callee
            c2, e2, t2 = caller[ok], callee[ok], t[ok]
            m = ans & (r.random(len(c2)) < cb)
            emit_calls(e2[m], c2[m], t2[m] + (r.exponential(3 * HOUR, m.sum()) + 120).astype(np.int64),
                       ans_p=0.9, dur=g.get("cb_dur", 50))
        g["_called"] = (caller, callee, t, ans)
    if g.get("inc"):
        cnt = r.poisson(g["inc"] * day_w[None, :].repeat(n, 0)).ravel()
        callee = np.repeat(np.repeat(idx, nd), 1)[np.repeat(np.arange(n * nd), cnt)]
        day = np.tile(np.arange(d0, d1), n)[np.repeat(np.arange(n * nd), cnt)]
        src = g.get("inc_from")
        caller = r.choice(src, len(callee)) if src is not None else pick_targets(g, callee, len(callee))
        emit_calls(caller, callee, times_on(day, prof), ans_p=g.get("inc_ans", 0.85), dur=g.get("inc_dur", 70),
                   media=g.get("inc_media", "voice"))
    if g.get("sms"):
        cnt = r.poisson(g["sms"] * day_w[None, :].repeat(n, 0)).ravel()
        snd = np.repeat(idx, nd)[np.repeat(np.arange(n * nd), cnt)]
        day = np.tile(np.arange(d0, d1), n)[np.repeat(np.arange(n * nd), cnt)]
        rcv = pick_targets(dict(g, tgt=g.get("sms_tgt", g.get("tgt", "random"))), snd, len(snd))
        t = times_on(day, hp(g.get("sms_hours", g.get("hours", "day"))))
        emit_sms(snd, rcv, t, texts(g.get("text", ["好的，收到"]), len(snd), g.get("links")))
        g["_sms"] = (snd, rcv, t)
    acc = g.get("acc")
    if g.get("tin") and acc is not None:
        cnt = r.poisson(g["tin"] * day_w[None, :].repeat(n, 0)).ravel()
        to = np.repeat(acc, nd)[np.repeat(np.arange(n * nd), cnt)]
        day = np.tile(np.arange(d0, d1), n)[np.repeat(np.arange(n * nd), cnt)]
        payer = r.choice(S.ord, len(to))
        lo, hi = g.get("tin_amt", (5, 80))
        emit_tx(S.acc_of[payer], to, times_on(day, prof), np.exp(r.uniform(np.log(lo), np.log(hi), len(to))),
                channel=g.get("tin_ch", "third_party"), init=payer)
    if g.get("tout") and acc is not None:
        cnt = r.poisson(g["tout"] * day_w[None, :].repeat(n, 0)).ravel()
        frm = np.repeat(acc, nd)[np.repeat(np.arange(n * nd), cnt)]
        ini = np.repeat(idx, nd)[np.repeat(np.arange(n * nd), cnt)]
        day = np.tile(np.arange(d0, d1), n)[np.repeat(np.arange(n * nd), cnt)]
        lo, hi = g.get("tout_amt", (100, 3000))
        to = S.acc_of[pick_targets(dict(g, tgt=g.get("tout_tgt", "random")), ini, len(frm))]
        emit_tx(frm, to, times_on(day, prof), np.exp(r.uniform(np.log(lo), np.log(hi), len(frm))),
                channel=g.get("tout_ch", "mobile_app"), init=ini)
    for dom in g.get("web_dom", []):
        k = r.poisson(g.get("web_n", 3) * nd, n)
        who = np.repeat(idx, k)
        day = r.integers(d0, d1, len(who))
        emit_web(who, times_on(day, prof), dom, ip=S.dom_ip(dom))
    for app in g.get("apps", []):
        emit_apps(idx, times_on(np.full(n, d0), prof) - r.integers(0, 30, n) * DAY * (d0 == 0), app, "install")
        k = r.poisson(2 * nd, n)
        who = np.repeat(idx, k)
        emit_apps(who, times_on(r.integers(d0, d1, len(who)), prof), app, "use")


# --------------------------------------------------------------------------------------- benign look-alikes
PICKUP = ["【快递】您的包裹已到{c}号柜，取件码{c}，请及时领取。", "您好，我是顺丰快递员，您的快递在小区门口，取件码{c}"]
SHOP = ["【京东】双11返场，爆款低至5折，戳 {u} 退订回T", "【拼多多】您有一张{c}元无门槛券即将过期 {u} 回T退订",
        "【美团】外卖红包已到账，点击 {u} 领取，退订回T"]
BANKSMS = ["【工商银行】您尾号{c}卡11月消费支出人民币{c}.00元，余额{c}.50元。",
           "【建设银行】您的账户{c}于今日转入人民币{c}.00元。", "【农业银行】验证码{c}，您正在进行网银转账，切勿告知他人。"]
OPSMS = ["【中国移动】尊敬的客户，您本月已使用流量{c}MB，详情可登录 {u} 查询。", "【中国电信】您的话费余额为{c}元，请及时充值。"]
NOTICE = ["各位家长：明天上午{c}点开家长会，请准时参加。", "【物业通知】本周{c}日停水维修，请提前储水。",
          "村民朋友：本村换届选举将于{c}日举行，请准时到村部投票。", "社区提醒：请于本周内完成{c}号楼入户信息登记。"]
GROUPBUY = ["今日团购：麻阳冰糖橙{c}斤装，接龙下单 {u}", "明天到货，请到{c}号门面自提。"]
CHAT = ["好的", "收到", "晚上回来吃饭不", "到了没", "明天再说", "恩恩", "吃饭了冇", "在哪里咯", "{c}块钱转你了"]

LOOKALIKES = [
    dict(kind="courier", n=12, out=35, tgt="pool", pool=500, ans=.75, dur=25, callback=.35, sms=25, text=PICKUP,
         hours="business", mob=6, data=400),
    dict(kind="food_delivery_rider", n=14, out=22, tgt="city", ans=.8, dur=20, callback=.25, hours="meal", mob=10, data=900),
    dict(kind="telemarketing_call_centre", n=12, out=110, tgt="random", ans=.3, dur=45, sigma=1.0, hours="office",
         cust="enterprise", ids_per=12, chan="HN731-ENT01", data=20, work=False, stationary=True, city="Changsha"),
    dict(kind="debt_collector", n=8, out=55, tgt="pool", pool=150, ans=.35, dur=70, hours="office", callback=.05,
         cust="enterprise", ids_per=8, stationary=True, city="Changsha", data=30),
    dict(kind="real_estate_agent", n=10, out=30, tgt="city", ans=.5, dur=50, callback=.15, friends=8),
    dict(kind="insurance_agent", n=10, out=22, tgt="seg:elderly,homemaker", ans=.6, dur=140, callback=.1, friends=8),
    dict(kind="ride_hailing_driver", n=14, out=12, tgt="city", ans=.85, dur=30, callback=.6, mob=12, data=1500,
         apps=["com.sdu.didi.gsui"]),
    dict(kind="traveller_abroad_thailand", n=8, out=2, tgt="pool", pool=10, roam="TH", roam_days=(11, 15), friends=8),
    dict(kind="business_traveller_hong_kong", n=5, out=4, tgt="pool", pool=20, roam="HK", roam_days=(3, 13), friends=6),
    dict(kind="dual_sim_phone", n=30, sims_per_imei=2, ids_per=2, friends=6, out=.5),
    dict(kind="family_shared_phone", n=18, sims_per_imei=3, friends=4, data=50, hours="elderly"),
    dict(kind="dormant_card_wakes", n=10, open_ago=(700, 2500), act0=12, friends=8, friend_days=(12, 99),
         days=(12, 17), out=3, tgt="pool", pool=8, ans=.9, dur=120),
    dict(kind="marketing_sms_enterprise_line", n=4, sms=600, text=SHOP, links=["3.cn/aZ9k", "p.pinduoduo.com/x8Ke",
                                                                              "dpurl.cn/mtR2"],
         tgt="random", cust="enterprise", ids_per=4, data=5, stationary=True, city="Changsha", hours="business"),
    dict(kind="merchant_qr_receipts", n=14, tin=55, tin_amt=(3, 60), friends=10, hours="business"),
    dict(kind="group_buying_organiser", n=8, tin=25, tin_amt=(15, 150), sms=35, text=GROUPBUY,
         links=["ktt.pinduoduo.com/g2"], tgt="pool", pool=150, friends=10),
    dict(kind="private_tutor", n=8, tin=2, tin_amt=(200, 1500), out=5, tgt="pool", pool=25, ans=.85, friends=8),
    dict(kind="migrant_worker_new_card_gd", n=12, open_ago=(-12, -10), act0=11, days=(11, 17), gd0=11,
         out=3, tgt="pool", pool=10, ans=.9, dur=200, hours="evening"),
    dict(kind="migrant_worker_new_card_home", n=8, open_ago=(3, 9), out=3, tgt="pool", pool=12, ans=.9, dur=180,
         hours="evening"),
    dict(kind="campus_bundle_card", n=30, open_ago=(66, 70), chan="HN731-CSU-CAMPUS", city="Changsha", out=1.5,
         tgt="pool", pool=15, pool_from="student", sms=1, text=CHAT, hours="student", data=1200, prepaid=.9),
    dict(kind="wedding_organiser", n=6, out=45, burst=2, tgt="pool", pool=180, ans=.8, dur=60, friends=10),
    dict(kind="funeral_organiser", n=5, out=60, burst=2, tgt="pool", pool=150, pool_from="elderly", ans=.8, dur=50,
         hours="elderly", friends=8),
    dict(kind="community_grid_worker", n=10, out=35, tgt="city", ans=.7, dur=60, hours="office", friends=6),
    dict(kind="village_election_worker", n=6, out=30, burst=4, tgt="pool", pool=200, pool_from="farmer",
         ans=.7, dur=45, sms=40, text=NOTICE[2:3], hours="farmer"),
    dict(kind="iot_smart_meter", n=60, line="iot", cust="enterprise", ids_per=60, stationary=True, data=0.2, mob=0,
         web=0, account=False),
    dict(kind="iot_shared_bike", n=40, line="iot", cust="enterprise", ids_per=40, data=0.1, mob=6, web=0,
         account=False, city="Changsha"),
    dict(kind="iot_pos_terminal", n=25, line="iot", cust="enterprise", ids_per=25, data=0.5, mob=0, web=0,
         account=False),
    dict(kind="elevator_alarm_sim", n=12, line="iot", cust="enterprise", ids_per=12, out=.05, tgt="pool", pool=1,
         data=0.01, mob=0, web=0, account=False, stationary=True),
    dict(kind="hotel_front_desk_fixed", n=5, line="fixed", out=25, tgt="random", ans=.75, dur=40, cust="enterprise",
         city="Zhangjiajie", account=False),
    dict(kind="hospital_followup_callcentre", n=4, line="fixed", out=80, tgt="seg:elderly", ans=.7, dur=90,
         hours="office", cust="enterprise", city="Changsha", account=False),
    dict(kind="teacher_notifying_parents", n=8, sms=50, text=NOTICE[:1], tgt="pool", pool=50, out=6, ans=.8,
         friends=8),
    dict(kind="driving_school_coach", n=5, out=18, tgt="pool", pool=80, ans=.8, dur=40, friends=6),
    dict(kind="legit_job_recruiter", n=6, out=40, tgt="seg:student,migrant,worker", ans=.5, dur=90, hours="office",
         cust="enterprise", ids_per=6, friends=4),
    dict(kind="bank_loan_officer", n=6, out=28, tgt="seg:smallbiz,farmer", ans=.55, dur=100, hours="office",
         friends=6),
    dict(kind="car_dealer_sales", n=6, out=20, tgt="city", ans=.5, dur=80, callback=.1, friends=6),
    dict(kind="express_station_pickup_sms", n=6, sms=250, text=PICKUP, tgt="pool", pool=900, hours="business",
         friends=5, stationary=True),
    dict(kind="opinion_poll_agency", n=5, line="fixed", out=140, tgt="random", ans=.25, dur=120, hours="office",
         cust="enterprise", city="Changsha", account=False),
    dict(kind="charity_donation_drive", n=4, tin=60, tin_amt=(5, 200), friends=5, cust="enterprise", ids_per=4),
    dict(kind="livestream_ecommerce_seller", n=6, tin=80, tin_amt=(20, 300), web=25, data=6000, friends=8,
         apps=["com.ss.android.ugc.aweme.live"]),
    dict(kind="new_phone_switcher", n=15, swap=0.5, friends=8),
    dict(kind="prepaid_tourist_card_zjj", n=18, open_ago=(-16, -11), act0=11, days=(11, 15), city="Zhangjiajie",
         prepaid=1.0, out=4, tgt="ext", ans=.85, dur=90, mob=8, data=800, chan="HN744-AIRPORT"),
    dict(kind="tour_guide_zhangjiajie", n=6, out=25, tgt="ext", ans=.8, dur=60, city="Zhangjiajie", mob=5, friends=6),
    dict(kind="long_haul_truck_driver", n=8, out=6, tgt="pool", pool=20, mob=15, hours="flat", friends=5),
    dict(kind="night_shift_worker", n=10, out=3, tgt="pool", pool=10, hours="night", friends=5),
    dict(kind="enterprise_bulk_staff_cards", n=30, cust="enterprise", ids_per=30, chan="HN734-ENT07", open_ago=(40, 42),
         city="Hengyang", out=4, tgt="pool", pool=30, ans=.85),
    dict(kind="logistics_fleet_cards", n=20, cust="enterprise", ids_per=20, mob=12, out=5, tgt="pool", pool=40,
         city="Yueyang", hours="flat"),
    dict(kind="voip_office_pbx", n=8, line="voip", out=20, tgt="random", ans=.6, dur=80, cust="enterprise",
         ids_per=8, hours="office", city="Changsha", account=False),
    dict(kind="second_hand_trader_xianyu", n=6, out=15, tgt="random", ans=.6, dur=50, callback=.3, tin=3,
         tin_amt=(100, 2000), friends=6),
    dict(kind="property_management_notices", n=5, sms=90, text=NOTICE[1:2], tgt="pool", pool=400, friends=4),
    dict(kind="retiree_new_smartphone", n=10, open_ago=(5, 9), hours="elderly", friends=5, web=4,
         apps=["com.ss.android.ugc.aweme", "com.smile.gifmaker", "com.tencent.mm"]),
    dict(kind="gaming_student_night", n=10, hours="night", data=4000, web=15, tin=0, tout=.8, tout_amt=(6, 328),
         friends=6, apps=["com.tencent.tmgp.sgame"]),
    dict(kind="rural_credit_coop_staff", n=6, out=25, tgt="seg:farmer", ans=.7, dur=80, hours="office", friends=6),
    dict(kind="hog_trader_paying_farmers", n=5, tout=6, tout_amt=(3000, 40000), tout_tgt="seg:farmer", out=10,
         tgt="seg:farmer", ans=.8, friends=6, hours="farmer"),
    dict(kind="landlord_rent_collection", n=6, tin=3, tin_amt=(800, 2500), friends=6),
    dict(kind="elderly_large_family_transfer", n=10, tout=1, burst=1, tout_amt=(30000, 200000), hours="elderly",
         friends=4, tout_ch="counter"),
    dict(kind="university_tuition_account", n=3, tin=20, tin_amt=(4000, 9000), cust="enterprise", ids_per=3,
         tin_ch="mobile_app"),
    dict(kind="moving_company", n=4, out=15, tgt="city", ans=.75, callback=.4, friends=4),
    dict(kind="sales_rep_pharma", n=6, out=20, tgt="pool", pool=60, ans=.7, dur=80, mob=6, friends=5),
    dict(kind="kindergarten_bus_driver", n=5, out=12, burst=10, tgt="pool", pool=30, ans=.85, dur=25, friends=4),
    dict(kind="church_temple_event_organiser", n=3, out=35, burst=2, tgt="pool", pool=120, pool_from="elderly",
         ans=.75, friends=4),
    dict(kind="crypto_hobby_trader", n=6, web_dom=["binance.com", "okx.com"], web_n=6, tout=1, tout_amt=(1000, 30000),
         friends=6),
    dict(kind="video_call_heavy_family", n=12, out=3, media="video", tgt="pool", pool=5, ans=.9, dur=600, friends=4),
    dict(kind="high_risk_area_resident_loudi", n=20, city="Loudi", friends=8, out=1),
    dict(kind="lottery_shop_owner", n=4, tin=40, tin_amt=(2, 100), friends=6),
    dict(kind="wrong_number_redialer_elderly", n=8, out=8, tgt="random", ans=.3, dur=15, hours="elderly", friends=3),
    dict(kind="election_survey_volunteer_sms", n=4, sms=80, text=NOTICE[3:4], tgt="city", friends=5),
    dict(kind="sim_card_reseller_agent", n=10, open_ago=(20, 24), chan="HN739-AG015", ids_per=1, city="Shaoyang",
         out=2, tgt="pool", pool=6, friends=3),
]


# ------------------------------------------------------------------------------------------- fraud gangs
def sellers(n, gang, frac_ord=0.5, segs=("student", "farmer", "migrant")):
    """ID keys of people who sold cards/accounts: some are ordinary subscribers of the province, some not."""
    r = S.rng
    k = int(n * frac_ord)
    cand = np.concatenate([S.segidx[s] for s in segs])
    cand = cand[~np.isin(cand, S.used_people)]
    own = r.choice(cand, k, replace=False)
    S.used_people = np.concatenate([S.used_people, own])
    ids_own = S.R_idk_ord[own]
    for i in ids_own:
        S.id_role[i], S.id_gang[i], S.id_scheme[i] = "card_seller", gang, "duanka"
    ids_new = new_ids(n - k, role="card_seller", gang=gang, scheme="duanka")
    return np.concatenate([ids_own, ids_new]), np.concatenate([own, np.full(n - k, -1)])


def mules(gang, n1, n2, n3):
    """Mule accounts in three layers: sold personal accounts, rented accounts, third-party OTC accounts."""
    r = S.rng
    ids, own = sellers(n1 + n2, "G11" if gang != "G11" else gang)
    open_t = T0 - r.integers(15, 120, n1 + n2) * DAY
    l1 = new_accounts(ids[:n1], own[:n1], open_t=open_t[:n1], role="mule_account", gang=gang, scheme="duanka_l1")
    l2 = new_accounts(ids[n1:], np.full(n2, -1), open_t=open_t[n1:], role="mule_account", gang=gang,
                      scheme="duanka_l2")
    ids3 = new_ids(n3, role="card_seller", gang=gang, scheme="otc_merchant")
    l3 = new_accounts(ids3, np.full(n3, -1), open_t=T0 - r.integers(30, 300, n3) * DAY, role="mule_account",
                      gang=gang, scheme="otc_usdt", bank=np.array(["Hunan Rural Credit"] * n3, object))
    return dict(l1=l1, l2=l2, l3=l3)


def launder(m, to_acc, t, amount, launderers):
    """Forward each mule receipt onward: L1 -> 2-3 L2 within minutes, L2 -> L3 within hours."""
    r = S.rng
    k = r.integers(2, 4, len(to_acc))
    src = np.repeat(to_acc, k)
    t1 = np.repeat(t, k) + r.integers(300, 3600, len(src))
    amt = np.repeat(amount * r.uniform(0.93, 0.99, len(to_acc)) / k, k)
    l2 = r.choice(m["l2"], len(src))
    emit_tx(src, l2, t1, amt, channel="mobile_app", init=np.where(S.A_bound(src) >= 0, S.A_bound(src), -1))
    t2 = t1 + r.integers(HOUR, 6 * HOUR, len(src))
    emit_tx(l2, r.choice(m["l3"], len(src)), t2, amt * r.uniform(.97, .995, len(src)), channel="third_party",
            init=r.choice(launderers, len(src)))


def pick_victims(n, segs, bias=0.8):
    r = S.rng
    cand = np.concatenate([S.segidx[s] for s in segs])
    cand = np.where(r.random(len(cand)) < bias, cand, r.choice(S.ord, len(cand)))
    cand = np.unique(cand[~np.isin(cand, S.used_people)])
    v = r.choice(cand, n, replace=False)
    S.used_people = np.concatenate([S.used_people, v])
    return v


def victimise(g, victims, m, days, calls=3, dur=900, pays=(1, 3), amt=(5000, 80000), domain=None, url=None,
              app=None, app_src=None, media="voice", sms_text=None, launderers=None, ftype="other"):
    """Contact calls with each victim, then their payments to layer-1 mule accounts, and the laundering."""
    r = S.rng
    sims = g["idx"]
    n = len(victims)
    d0, d1 = days
    per = r.integers(max(1, calls - 1), calls + 2, n)
    v = np.repeat(victims, per)
    day = np.minimum(d0 + r.integers(0, max(1, (d1 - d0) // 2), n)[np.repeat(np.arange(n), per)]
                     + (np.arange(len(v)) - np.repeat(np.cumsum(per) - per, per)) // 2, d1 - 1)
    caller = np.repeat(r.choice(sims, n), per)
    t = times_on(day, hp(g.get("hours", "day")))
    if sms_text is not None:
        emit_sms(caller, v, t - 600, texts(sms_text, len(v), g.get("links")))
    else:
        emit_calls(caller, v, t, answered=np.ones(len(v), bool), dur=dur, sigma=0.4, media=media,
                   gateway=g.get("gw", ""), ctype=g.get("ctype"))
    last = np.zeros(n, np.int64)
    np.maximum.at(last, np.repeat(np.arange(n), per), t)
    if domain is not None:
        emit_web(victims, last + r.integers(60, 1800, n), domain, url=url, ip=S.dom_ip(domain))
    if app is not None:
        emit_apps(victims, last + r.integers(60, 1800, n), app, "install", app_src)
        emit_apps(victims, last + r.integers(1800, 5400, n), app, "use")
    np_ = r.integers(pays[0], pays[1] + 1, n)
    pv = np.repeat(victims, np_)
    step = np.arange(len(pv)) - np.repeat(np.cumsum(np_) - np_, np_)
    pt = np.repeat(last, np_) + HOUR + step * r.integers(3 * HOUR, 30 * HOUR, len(pv))
    pt = np.minimum(pt, T0 + S.T * DAY - 600)
    lo, hi = amt
    a = np.round(np.exp(r.uniform(np.log(lo), np.log(hi), len(pv))) * (1 + 0.6 * step), -2)
    to = r.choice(m["l1"], len(pv))
    emit_tx(S.acc_of[pv], to, pt, a, channel="mobile_app", init=pv)
    S.events.append(dict(victim=pv, t=pt, amount=a, to=to, gang=np.full(len(pv), g["gang"], object),
                         ftype=np.full(len(pv), ftype, object), caller=np.repeat(caller[np.cumsum(per) - 1], np_)))
    launder(m, to, pt, a, launderers)


GANG_NOTES = {}


def gang_specs():
    H, T = S.H, S.T
    w0 = H  # window start day
    return [
        dict(kind="G01", gang="G01", scheme="impersonate_police", role="fraud_caller", n=24, ids_per=4,
             id_role="card_seller", chan="HN731-AG088", open_ago=(9, 11), city="Changsha", stationary=True,
             rural=True, sims_per_imei=3, days=(w0 - 2, T), out=45, tgt="seg:elderly,public_servant", seg_bias=.5,
             ans=.25, dur=35, hours="office", data=0, mob=0, web=0, prepaid=1.0, account=False,
             first=T0 + (w0 - 2) * DAY),
        dict(kind="G01m", gang="G01", scheme="impersonate_police", role="gang_member", n=3, id_role="gang_member",
             city="Changsha", stationary=True, days=(0, T), data=600, friends=5, account=False, hours="evening",
             first=T0 + (w0 - 2) * DAY),
        dict(kind="G02", gang="G02", scheme="customer_service_refund", role="fraud_caller", n=30, line="ext",
             days=(w0, T), out=55, tgt="seg:homemaker,student,worker", seg_bias=.6, ans=.3, dur=50,
             hours="business", gw="GW-VOIP-KH-03", ctype="voip", first=T0 + w0 * DAY, account=False),
        dict(kind="G03", gang="G03", scheme="loan_fee", role="fraud_caller", n=10, ids_per=5, id_role="card_seller",
             chan="HN735-AG021", open_ago=(20, 25), city="Chenzhou", days=(w0 - 3, T), out=18,
             tgt="seg:worker,smallbiz,migrant", ans=.4, dur=150, hours="office", data=30, mob=1, web=.5,
             account=False, first=T0 + (w0 - 3) * DAY),
        dict(kind="G03s", gang="G03", scheme="loan_fee", role="fraud_sms_sender", n=6, ids_per=3,
             id_role="card_seller", chan="HN735-AG021", open_ago=(20, 25), city="Chenzhou", days=(w0 - 3, T),
             sms=350, tgt="random", text=["【惠民金融】您有{c}元信用额度待领取，最快3分钟到账，点击 {u}",
                                          "【京X贷】恭喜您获得{c}元借款资格，低息免抵押 {u} 回T退订"],
             links=["http://hmjr-dai.com/r/{c}"], hours="business", data=0, mob=0, web=0, stationary=True,
             account=False, first=T0 + (w0 - 3) * DAY),
        dict(kind="G04", gang="G04", scheme="part_time_job", role="fraud_caller", n=5, ids_per=5,
             id_role="card_seller", chan="HN730-AG009", open_ago=(30, 33), city="Yueyang", days=(w0, T), out=6,
             tgt="seg:student,homemaker", ans=.5, dur=200, hours="evening", data=100, account=False,
             first=T0 + w0 * DAY),
        dict(kind="G04s", gang="G04", scheme="part_time_job", role="fraud_sms_sender", n=8, ids_per=4,
             id_role="card_seller", chan="HN730-AG009", open_ago=(30, 33), city="Yueyang", days=(w0, T), sms=280,
             tgt="seg:student,homemaker", seg_bias=.6, text=["【急招】手机兼职点赞，日结{c}元，加QQ{c}咨询",
                                                              "宝妈学生兼职，在家动动手指，一单一结，加微信{c}"],
             hours="evening", data=0, mob=0, web=0, stationary=True, account=False, first=T0 + w0 * DAY),
        dict(kind="G05", gang="G05", scheme="investment_pig_butchering", role="fraud_caller", n=5, ids_per=1,
             id_role="card_seller", open_ago=(300, 700), city="Changsha", days=(0, T), hours="evening", data=500,
             mob=2, web=3, account=False, first=T0 - 20 * DAY, friends=3),
        dict(kind="G06", gang="G06", scheme="simbox_goip_police", role="simbox_sim", n=32, ids_per=4,
             id_role="card_seller", chan="HN746-AG033", open_ago=(6, 8), city="Yongzhou", stationary=True, rural=True,
             sims_per_imei=8, days=(w0 + 1, T), out=110, tgt="random", ans=.2, dur=40, hours="office", data=0,
             mob=0, web=0, prepaid=1.0, account=False, first=T0 + (w0 + 1) * DAY),
        dict(kind="G07", gang="G07", scheme="sms_phishing_etc_points", role="fraud_sms_sender", n=10, ids_per=2,
             id_role="card_seller", chan="HN731-AG102", open_ago=(3, 5), city="Changsha", days=(w0 + 1, T), sms=380,
             tgt="random", text=["【ETC服务】您的ETC卡已失效，请及时认证，逾期停用：{u}",
                                 "【中国移动】您的{c}积分即将清零，可兑换现金红包，戳 {u}",
                                 "【12123】您有一条违章待处理，详情 {u}"], hours="day", sms_hours="day",
             data=0, mob=8, web=0, prepaid=1.0, account=False, first=T0 + (w0 + 1) * DAY),
        dict(kind="G08", gang="G08", scheme="impersonate_leader", role="fraud_caller", n=12, ids_per=3,
             id_role="card_seller", chan="HN738-AG045", open_ago=(12, 16), city="Loudi", stationary=True,
             days=(w0, T), sms=25, tgt="pool", pool=120, pool_from="public_servant",
             text=["我是你们单位{c}局长，这是我新号码，明天上午来我办公室一趟", "我是老领导，存下我新号，加我微信{c}"],
             out=3, ans=.6, dur=90, hours="office", data=50, mob=0, web=1, account=False, first=T0 + w0 * DAY),
        dict(kind="G09", gang="G09", scheme="ai_video_impersonation", role="fraud_caller", n=10, line="intl", cc="MM",
             days=(w0 + 2, T), out=12, tgt="seg:elderly,farmer", ans=.35, dur=60, media="video", hours="evening",
             account=False, first=T0 + (w0 + 2) * DAY),
        dict(kind="G10", gang="G10", scheme="remote_control_student_loan", role="fraud_caller", n=12, ids_per=4,
             id_role="card_seller", chan="HN734-AG051", open_ago=(15, 18), city="Hengyang", stationary=True,
             sims_per_imei=2, days=(w0, T), out=35, tgt="seg:student,worker", ans=.3, dur=60, hours="office",
             data=20, mob=0, web=.5, account=False, first=T0 + w0 * DAY),
        dict(kind="G11", gang="G11", scheme="duanka_recruiter", role="gang_member", n=4, ids_per=1,
             id_role="gang_member", city="Shaoyang", days=(0, T), out=14, tgt="seg:student,farmer", ans=.6, dur=120,
             sms=10, text=["出租闲置银行卡，一张月入{c}元，安全无风险，加微信{c}"], hours="evening", data=400,
             friends=6, account=False, first=T0 - 60 * DAY),
        dict(kind="G11l", gang="G11", scheme="duanka_launderer", role="gang_member", n=3, id_role="gang_member",
             city="Changsha", days=(0, T), data=600, friends=5, account=False, hours="night", first=T0 - 60 * DAY),
        dict(kind="G12", gang="G12", scheme="careful_loan_aged_cards", role="fraud_caller", n=40, ids_per=1,
             id_role="card_seller", open_ago=(400, 2000), city="Changsha", swd=w0 - 4, swap=1.0, days=(w0 - 4, T),
             out=4, tgt="random", ans=.45, dur=150, hours="day", data=300, mob=3, web=2.5, friends=6,
             friend_days=(0, w0 - 4), account=False, first=T0 + (w0 - 4) * DAY),
        dict(kind="G12m", gang="G12", scheme="careful_loan_aged_cards", role="gang_member", n=6, id_role="gang_member",
             city="Changsha", days=(0, T), data=500, friends=6, account=False, first=T0 + (w0 - 4) * DAY),
        dict(kind="G13", gang="G13", scheme="careful_ecommerce_after_sales", role="fraud_caller", n=60, ids_per=1,
             id_role="card_seller", open_ago=(90, 400), days=(w0 - 2, T), out=2.5, tgt="random", ans=.5, dur=120,
             hours="day", data=250, mob=2, web=2, friends=4, callback=.15, account=False,
             first=T0 + (w0 - 2) * DAY),
    ]


def gang_activity(specs, mule_sets):
    r = S.rng
    H, T = S.H, S.T
    by = {g["kind"]: g for g in specs}
    laund = by["G11l"]["idx"]
    ev = {}
    # G05 talks only to its victims, for weeks
    v5 = pick_victims(5, ["public_servant", "smallbiz", "homemaker"])
    by["G05"]["tgt"] = "pool"
    by["G05"]["_pool"] = v5[:, None].repeat(2, 1)
    by["G05"].update(out=1.5, ans=.9, dur=1100, sms=6, text=["早安，今天行情不错", "晚上视频聊聊？", "老师说这周有个好机会"])
    # G11 recruiters call the people who sold their cards and accounts
    sold = S.sold_people[S.sold_people >= 0]
    by["G11"]["tgt"] = "pool"
    by["G11"]["_pool"] = r.choice(sold, (len(by["G11"]["idx"]), 20)) if len(sold) else None
    S.R["home"][by["G01m"]["idx"]] = S.R["home"][by["G01"]["idx"][0]]  # the den's own phones, same building
    for g in specs:
        if g.get("_pool") is None and g.get("tgt") == "pool" and g["kind"] == "G11":
            g["tgt"] = "seg:student,farmer"
        group_activity(g)
    plans = [
        ("G01", 7, ["elderly", "public_servant"], dict(calls=3, dur=1500, pays=(1, 3), amt=(30000, 200000),
                                                       domain="gaj-anquanzhanghu.com",
                                                       url="http://gaj-anquanzhanghu.com/qingcha?case=HN",
                                                       ftype="impersonate_police")),
        ("G02", 8, ["homemaker", "student", "worker"], dict(calls=3, dur=1200, pays=(2, 4), amt=(2000, 50000),
                                                            domain="tb-tuikuan-kefu.cc",
                                                            url="https://tb-tuikuan-kefu.cc/refund/form",
                                                            app="com.tencent.wemeet.app", ftype="customer_service")),
        ("G03", 10, ["worker", "smallbiz", "migrant"], dict(calls=2, dur=600, pays=(2, 4), amt=(1000, 15000),
                                                            domain="hmjr-dai.com", url="http://hmjr-dai.com/r/loan",
                                                            app="com.hmjr.loan", app_src="http://hmjr-dai.com/app.apk",
                                                            ftype="loan")),
        ("G04", 12, ["student", "homemaker"], dict(calls=2, dur=300, pays=(3, 5), amt=(100, 3000),
                                                   domain="dz-renwu.vip", url="http://dz-renwu.vip/task",
                                                   app="com.dianzan.renwu", app_src="http://dz-renwu.vip/d.apk",
                                                   ftype="part_time_job")),
        ("G06", 5, ["elderly", "farmer", "worker"], dict(calls=2, dur=1400, pays=(1, 2), amt=(20000, 150000),
                                                          ftype="impersonate_police")),
        ("G08", 6, None, dict(calls=2, dur=200, pays=(1, 2), amt=(20000, 100000), ftype="acquaintance")),
        ("G09", 5, ["elderly", "farmer"], dict(calls=2, dur=180, pays=(1, 2), amt=(5000, 50000), media="video",
                                               ftype="acquaintance")),
        ("G10", 6, ["student", "worker"], dict(calls=3, dur=1500, pays=(1, 3), amt=(10000, 80000),
                                               domain="xyd-zhuxiao.com", url="http://xyd-zhuxiao.com/zx",
                                               app="com.yc.xiezhu", app_src="http://xyd-zhuxiao.com/yc.apk",
                                               ftype="other")),
        ("G12", 8, ["worker", "smallbiz", "migrant"], dict(calls=2, dur=500, pays=(1, 3), amt=(3000, 40000),
                                                           ftype="loan")),
        ("G13", 8, ["homemaker", "worker", "student"], dict(calls=3, dur=700, pays=(1, 3), amt=(5000, 60000),
                                                            domain="jdd-afterservice.com",
                                                            url="https://jdd-afterservice.com/lipei", ftype="customer_service")),
    ]
    for gk, nv, segs, kw in plans:
        g = by[gk]
        if segs is None:
            pool = g["_pool"].ravel()
            pool = np.unique(pool[~np.isin(pool, S.used_people)])
            v = r.choice(pool, nv, replace=False)
            S.used_people = np.concatenate([S.used_people, v])
        else:
            v = pick_victims(nv, segs)
        d0 = max(g.get("days", (0, T))[0], H - 2)
        victimise(g, v, mule_sets[g["gang"]], (d0, T), launderers=laund, **kw)
        ev[gk] = v
    victimise(by["G05"], v5, mule_sets["G05"], (H - 3, T), calls=2, dur=1500, pays=(3, 4), amt=(20000, 150000),
              domain="gsx-global-invest.com", url="https://gsx-global-invest.com/trade/login",
              app="com.gsx.trade", app_src="https://gsx-global-invest.com/dl", launderers=laund, ftype="investment")
    # G07's victims clicked the SMS link and typed their card details
    v7 = pick_victims(8, ["worker", "homemaker", "elderly", "smallbiz"], bias=.5)
    victimise(by["G07"], v7, mule_sets["G07"], (H + 1, T), pays=(1, 2), amt=(2000, 30000),
              sms_text=by["G07"]["text"], launderers=laund, ftype="other")
    hosts = S.g07_hosts
    h = hosts[r.integers(0, len(hosts), 8)]
    emit_web(v7, T0 + (T - 1) * DAY - r.integers(HOUR, 4 * DAY, 8), h, url=np.array(["http://" + x + "/a" for x in h],
                                                                                   object),
             ip=S.dom_ip("etc-hn-rz.top"))
    # ordinary receivers who clicked the phishing and loan links without paying
    for gk, doms in (("G07", None), ("G03s", "hmjr-dai.com"), ("G04s", "dz-renwu.vip")):
        snd, rcv, t = by[gk]["_sms"]
        m = r.random(len(rcv)) < 0.015
        if doms is None:
            hh = hosts[r.integers(0, len(hosts), m.sum())]
            emit_web(rcv[m], t[m] + r.integers(30, 3600, m.sum()), hh,
                     url=np.array(["http://" + x + "/a" for x in hh], object), ip=S.dom_ip("etc-hn-rz.top"))
        else:
            emit_web(rcv[m], t[m] + r.integers(30, 3600, m.sum()), doms, url="http://" + doms + "/r/x",
                     ip=S.dom_ip(doms))
    # G12: gang members keep the bought cards looking like ordinary phones (calls both ways, SMS)
    cards, mem = by["G12"]["idx"], by["G12m"]["idx"]
    for a_, b_ in ((mem, cards), (cards, mem)):
        k = r.poisson(1.2, (len(a_), T - (H - 4))).ravel()
        who = np.repeat(np.repeat(a_, T - (H - 4)), 1)[np.repeat(np.arange(k.size), k)]
        day = np.tile(np.arange(H - 4, T), len(a_))[np.repeat(np.arange(k.size), k)]
        emit_calls(who, r.choice(b_, len(who)), times_on(day, hp("day")), ans_p=.9, dur=90)
        emit_sms(who, r.choice(b_, len(who)), times_on(day, hp("evening")), texts(CHAT, len(who)))
    # G08 / G04 / G05 internet accounts registered with the gang's cards
    for gk, plats in (("G08", ["wechat", "qq"]), ("G04s", ["qq", "wechat"]), ("G05", ["wechat"]),
                      ("G11", ["wechat"]), ("G03s", ["wechat"])):
        idx = by[gk]["idx"]
        for p in plats:
            S.ia.append(dict(idx=idx, plat=np.full(len(idx), p, object),
                             t=T0 + (by[gk].get("days", (0, T))[0] - 1) * DAY + r.integers(0, DAY, len(idx)),
                             role=np.full(len(idx), by[gk]["role"], object), gang=by[gk]["gang"], scheme=by[gk]["scheme"]))
    S.victims_by_gang = ev


def ordinary_activity():
    r = S.rng
    R, T = S.R, S.T
    E = {k: np.concatenate([e[k] for e in S.edges]) for k in S.edges[0]}
    S.E = E
    ne = len(E["a"])
    days = np.arange(T)
    live = (days[None, :] >= E["d0"][:, None]) & (days[None, :] < E["d1"][:, None])
    wk = np.where((days % 7) >= 5, 1.15, 1.0)  # 2026-11-10 is a Tuesday: days 4,5 Sat/Sun roughly
    cnt = r.poisson(E["rate"][:, None] * wk[None, :] * live).ravel()
    e = np.repeat(np.arange(ne * T), cnt)
    ei, day = e // T, e % T
    a, b = E["a"][ei], E["b"][ei]
    acta = np.where(a < len(S.act), S.act[np.minimum(a, len(S.act) - 1)], 1.5)
    actb = np.where(b < len(S.act), S.act[np.minimum(b, len(S.act) - 1)], 1.5)
    fwd = r.random(len(a)) < acta / (acta + actb)
    caller, callee = np.where(fwd, a, b), np.where(fwd, b, a)
    t = times_on(day, R["hours"][caller])
    hh = E["hh"][ei]
    emit_calls(caller, callee, t, ans_p=0.88, dur=np.where(hh, 110, 85))
    # SMS along ties
    m = r.random(len(caller)) < 0.12
    emit_sms(caller[m], callee[m], t[m] + 30, texts(CHAT, m.sum()))
    # family / friends in other provinces
    cnt = r.poisson(0.12, (len(S.ext), T)).ravel()
    e = np.repeat(np.arange(len(S.ext) * T), cnt)
    xi, day = e // T, e % T
    out = r.random(len(xi)) < 0.5
    loc = S.ext_link[xi]
    x = S.ext[xi]
    emit_calls(np.where(out, loc, x), np.where(out, x, loc), times_on(day, hp("evening")), ans_p=.85, dur=150)
    # non-contact calls: hotlines, shops and clinics, occasional strangers
    N = len(S.ord)
    cnt = r.poisson((S.act * 0.18)[:, None].repeat(T, 1)).ravel()
    e = np.repeat(np.arange(N * T), cnt)
    who, day = S.ord[e // T], e % T
    kind = r.random(len(who))
    svc = np.concatenate([S.svc["bank_hotline"], S.svc["operator_hotline"], S.svc["gov_hotline"]])
    tgt = np.where(kind < .3, r.choice(svc, len(who)), np.where(kind < .8, r.choice(S.biz, len(who)),
                                                                 r.choice(S.ord, len(who))))
    emit_calls(who, tgt, times_on(day, R["hours"][who]), ans_p=.8, dur=70)
    # shops call customers back
    m = kind < .8
    m &= kind >= .3
    mm = m & (r.random(len(who)) < .25)
    emit_calls(tgt[mm], who[mm], times_on(day[mm], hp("business")), ans_p=.85, dur=40)
    # A2P: bank and operator notifications, marketing
    for k, rate, tmpl, links in (("bank_notification_sms", .35, BANKSMS, None),
                                 ("operator_notification_sms", .08, OPSMS, ["10086.cn/hn"]),
                                 ("marketing_sms_sender", .25, SHOP, ["3.cn/aZ9k", "p.pinduoduo.com/x8Ke", "dpurl.cn/mtR2"]),
                                 ("express_pickup_sms", .2, PICKUP, None)):
        cnt = r.poisson(rate, (N, T)).ravel()
        e = np.repeat(np.arange(N * T), cnt)
        rcv, day = S.ord[e // T], e % T
        emit_sms(r.choice(S.svc[k], len(rcv)), rcv, times_on(day, hp("business")), texts(tmpl, len(rcv), links))
    # transfers: red packets between ties, payments to shops, utility bills
    m = r.random(len(caller)) < 0.07
    fa, ta = S.acc_of[caller[m]], S.acc_of[callee[m]]
    ok = (fa >= 0) & (ta >= 0)
    emit_tx(fa[ok], ta[ok], t[m][ok] + 60, np.round(np.exp(r.normal(5, 1.1, ok.sum())), 0) + 0.0,
            init=caller[m][ok])
    shops = S.shop_acc
    cnt = r.poisson(0.35, (N, T)).ravel()
    e = np.repeat(np.arange(N * T), cnt)
    who, day = S.ord[e // T], e % T
    emit_tx(S.acc_of[who], r.choice(shops, len(who)), times_on(day, R["hours"][who]),
            np.round(np.exp(r.normal(3.3, .9, len(who))), 1), channel="third_party", init=who)
    # salaries on the 15th (day 5) from employers' accounts
    wk = S.segidx["worker"]
    emit_tx(r.choice(S.employer_acc, len(wk)), S.acc_of[wk], T0 + 5 * DAY + 10 * HOUR + r.integers(0, 7200, len(wk)),
            np.round(r.lognormal(8.5, .35, len(wk)), 2), channel="counter")


def device_web_apps():
    r = S.rng
    R, T = S.R, S.T
    subs = np.nonzero(R["sub"] & ((R["line"] == L_MOB) | (R["line"] == L_IOT)))[0]
    n = len(subs)
    days = np.arange(T)
    live = (days[None, :] >= np.maximum(R["act0"][subs], 0)[:, None]) & (days[None, :] < R["act1"][subs][:, None])
    live &= (T0 + days[None, :] * DAY) >= (R["open"][subs][:, None] - DAY)
    mob = R["mob"][subs]
    cnt = (r.poisson(mob[:, None] + 1.0, (n, T)) * live).ravel()
    e = np.repeat(np.arange(n * T), cnt)
    idx, day = subs[e // T], e % T
    t = times_on(day, R["hours"][idx])
    im = np.where((R["imei2"][idx] >= 0) & (day >= R["swd"][idx]) & (R["swd"][idx] < 99), R["imei2"][idx],
                  R["imei"][idx])
    sw = (R["swd"][idx] == 99) & (R["imei2"][idx] >= 0) & (r.random(len(idx)) < R["swap"][idx])
    im = np.where(sw, R["imei2"][idx], im)
    ev = np.where(r.random(len(idx)) < 0.07, "power_on", "location_update").astype(object)
    S.dev.append(dict(idx=idx, t=t, imei=im, cell=cell_at(idx, t), event=ev, bytes=np.full(len(idx), -1)))
    data = R["data"][subs]
    k = np.where(data > 0, np.minimum(1 + data / 150, 6), 0)
    cnt = (r.poisson(k[:, None], (n, T)) * live).ravel()
    e = np.repeat(np.arange(n * T), cnt)
    idx, day = subs[e // T], e % T
    t = times_on(day, R["hours"][idx])
    im = np.where((R["imei2"][idx] >= 0) & (day >= R["swd"][idx]) & (R["swd"][idx] < 99), R["imei2"][idx],
                  R["imei"][idx])
    per = R["data"][idx] * 1e6 / np.maximum(k[np.searchsorted(subs, idx)], 1)
    S.dev.append(dict(idx=idx, t=t, imei=im, cell=cell_at(idx, t), event=np.full(len(idx), "data_session", object),
                      bytes=(per * r.lognormal(0, .7, len(idx))).astype(np.int64)))
    # web visits and app use
    wr = R["web"][subs]
    cnt = (r.poisson(wr[:, None], (n, T)) * live).ravel()
    e = np.repeat(np.arange(n * T), cnt)
    idx, day = subs[e // T], e % T
    zi = np.minimum(r.zipf(1.5, len(idx)) - 1, len(BENIGN_DOMAINS) - 1)
    dom = np.array(BENIGN_DOMAINS, object)[zi]
    ips = np.array([S.dom_ip(d) for d in BENIGN_DOMAINS], object)[zi]
    appmap = {"weixin.qq.com": "com.tencent.mm", "taobao.com": "com.taobao.taobao", "douyin.com": "com.ss.android.ugc.aweme",
              "pinduoduo.com": "com.xunmeng.pinduoduo", "meituan.com": "com.sankuai.meituan"}
    app = np.array([appmap.get(d) for d in BENIGN_DOMAINS], object)[zi]
    emit_web(idx, times_on(day, R["hours"][idx]), dom, ip=ips, app=app)
    cnt = (r.poisson(wr[:, None] * 0.5, (n, T)) * live).ravel()
    e = np.repeat(np.arange(n * T), cnt)
    idx, day = subs[e // T], e % T
    zi = np.minimum(r.zipf(1.4, len(idx)) - 1, len(BENIGN_APPS) - 1)
    emit_apps(idx, times_on(day, R["hours"][idx]), np.array(BENIGN_APPS, object)[zi], "use")
    m = r.random(n) < 0.15
    emit_apps(subs[m], T0 + r.integers(0, T * DAY, m.sum()), np.array(BENIGN_APPS, object)[r.integers(0, 12, m.sum())],
              "install", "https://app.mi.com")
    # internet accounts of people
    pers = np.nonzero(R["sub"] & (R["line"] == L_MOB) & (R["cust"] == "personal") & (R["role"] == "benign"))[0]
    for p, share in zip(PLATFORMS, (.92, .75, .5, .45, .45, .4, .3), strict=False):
        m = r.random(len(pers)) < share
        idx = pers[m]
        t = np.maximum(R["open"][idx], T0 - 3000 * DAY) + (r.random(len(idx)) * np.maximum(
            T0 - np.maximum(R["open"][idx], T0 - 3000 * DAY), DAY)).astype(np.int64)
        S.ia.append(dict(idx=idx, plat=np.full(len(idx), p, object), t=t, role=np.full(len(idx), "benign", object),
                         gang="", scheme=R["scheme"][idx]))


# ------------------------------------------------------------------------------------------- reports, lists
def reports_lists():
    r = S.rng
    _H, T = S.H, S.T
    rep, lst = [], []

    def rp(et, ent, lab, ftype, loss, src, t):
        n = len(ent)
        rep.append(dict(et=np.full(n, et, object), ent=np.asarray(ent, object), lab=np.full(n, lab, object),
                        ft=np.broadcast_to(np.asarray(ftype, object), (n,)), loss=np.broadcast_to(np.asarray(loss, float), (n,)),
                        src=np.full(n, src, object), t=np.asarray(t)))

    def ls(et, ent, lname, reason, t, exp=None):
        n = len(ent)
        lst.append(dict(et=np.full(n, et, object), ent=np.asarray(ent, object), l=np.full(n, lname, object),
                        reason=np.full(n, reason, object), t=np.broadcast_to(np.asarray(t), (n,)),
                        exp=np.broadcast_to(np.asarray(-1 if exp is None else exp), (n,))))
    ft = np.array(["impersonate_police", "loan", "customer_service", "acquaintance", "investment", "romance",
                   "part_time_job", "other"], object)
    # past gangs (the centre's history): numbers, domains, accounts, card sellers; not in truth
    past = np.concatenate([msisdns(140)[0], intl_numbers(20, "KH"), intl_numbers(10, "PH")]).astype(str)
    tp = T0 - r.integers(2 * HOUR, 90 * DAY, len(past))
    rp("msisdn", past, "fraud", ft[r.integers(0, 8, len(past))], np.round(r.lognormal(9, 1.2, len(past)), -1),
       r.choice(["police", "user_report"], len(past), p=[.6, .4]), tp)
    ls("msisdn", past[:110], "block", "police_confirmed_fraud", tp[:110] + DAY, tp[:110] + 180 * DAY)
    pdom = np.array(["gaj-qingcha.top", "hn-etc-rz.cc", "tb-refund.vip", "jz-dianzan.com", "hmjr-loan.net",
                     "gov-cn-case.top", "bk-anquan.cc", "xyd-zx.top", "yl-touzi.com", "10086-jf.cc", "qianbao-hk.com",
                     "kf-tuikuan.top"], object)
    tdm = T0 - r.integers(DAY, 80 * DAY, len(pdom))
    rp("domain", pdom, "fraud", ft[r.integers(0, 8, len(pdom))], 0.0, "internal", tdm)
    ls("domain", pdom, "block", "fraud_site", tdm + HOUR)
    pacc = np.array([f"{x:016x}" for x in r.integers(0, 2 ** 62, 25)], object)
    rp("account", pacc, "fraud", "other", np.round(r.lognormal(10, 1, 25), -1), "bank", T0 - r.integers(DAY, 60 * DAY, 25))
    pid = np.array([f"{x:016x}" for x in r.integers(0, 2 ** 62, 30)], object)
    rp("id_key", pid, "card_seller", "other", 0.0, "police", T0 - r.integers(DAY, 120 * DAY, 30))
    rp("app", np.array(["com.jz.dianzan", "com.hk.touzi.pro", "com.yl.meeting.fake"], object), "fraud", "other", 0.0,
       "internal", T0 - r.integers(DAY, 60 * DAY, 3))
    # users reporting honest callers as fraud, and the centre's benign verdicts
    R = S.R
    for kinds, lab, src in ((("debt_collector", "telemarketing_call_centre", "real_estate_agent"), "fraud", "user_report"),
                            (("courier", "insurance_agent", "legit_job_recruiter", "bank_loan_officer"), "benign",
                             "internal")):
        cand = np.nonzero(np.isin(R["scheme"], kinds) & R["sub"])[0]
        pick = r.choice(cand, min(8, len(cand)), replace=False)
        rp("msisdn", S.num_str[pick], lab, "other" if lab == "fraud" else None, 0.0, src,
           T0 + r.integers(0, T * DAY - HOUR, len(pick)))
    # victims of this period who went to the police (some), with the number and the account they paid
    ev = S.EV
    done = ev["t"] < T0 + (T - 1) * DAY
    first = np.unique(ev["victim"][done], return_index=True)[1]
    sel = np.nonzero(done)[0][first]
    sel = sel[r.random(len(sel)) < 0.3]
    tr = ev["t"][sel] + r.integers(2 * HOUR, 20 * HOUR, len(sel))
    rp("msisdn", S.num_str[ev["victim"][sel]], "victim", ev["ftype"][sel], ev["amount"][sel], "police", tr)
    rp("msisdn", S.num_str[ev["caller"][sel]], "fraud", ev["ftype"][sel], ev["amount"][sel], "police", tr + 600)
    rp("account", S.acc_str[ev["to"][sel]], "fraud", ev["ftype"][sel], ev["amount"][sel], "bank", tr + 900)
    # lists: service numbers allowed, a few watched, high-risk cells in Loudi (Shuangfeng / Xinhua)
    svc = np.concatenate(list(S.svc.values()))
    ls("msisdn", S.num_str[svc], "allow", "verified_service_number", T0 - 400 * DAY)
    lc = S.cell_lo[CI["Loudi"]]
    ls("cell", S.cell_id[lc + np.arange(10, 22)], "high_risk_region", "national_key_rectification_area",
       T0 - 200 * DAY)
    ls("msisdn", S.num_str[r.choice(S.ord, 15)], "watch", "frequent_complaints", T0 - r.integers(10, 200, 15) * DAY)
    return rep, lst


# --------------------------------------------------------------------------------------------------- output
def ts(x):
    x = np.asarray(x, np.int64)
    return pa.array(x, pa.timestamp("s", tz=TZ), mask=x < 0)


def num(x):
    x = np.asarray(x, np.int64)
    return pa.array(x, mask=x < 0).cast(pa.string())


def pd_isnull(x):
    return np.array([v is None for v in x], bool) if x.dtype == object else np.zeros(len(x), bool)


def cat(parts):
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


def clamp(t):
    """Keep event times inside the generated period (callbacks and laundering hops near the end)."""
    return np.clip(t, T0, T0 + S.T * DAY - 1)


def seq_ids(prefix, n):
    import pyarrow.compute as pc
    return pc.binary_join_element_wise(prefix, pa.array(np.arange(n)).cast(pa.string()), "")


def write(out, name, table):
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    pq.write_table(table, os.path.join(d, os.path.basename(name) + ".parquet"), compression="zstd")
    return table.num_rows


def hexkeys(n, salt):
    r = np.random.default_rng(salt)
    x = r.integers(0, 2 ** 63 - 1, n, dtype=np.int64)
    return np.array([f"{v:016x}" for v in x], object)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=111)
    ap.add_argument("--subscribers", type=int, default=20000)
    ap.add_argument("--days-history", type=int, default=10)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args(argv)
    t_start = time.time()
    S.rng = np.random.default_rng(a.seed)
    S.H, S.T = a.days_history, a.days_history + a.days
    S.used_msisdn, S.used_imsi, S.used_imei = [], [], []
    S.id_role, S.id_gang, S.id_scheme, S.id_type = [], [], [], []
    S.reg = {k: [] for k in FIELDS}
    S.nn = 0
    S.acc = {k: [] for k in ("idk", "bound", "bank", "open", "role", "gang", "scheme", "status")}
    S.na = 0
    S.voice, S.sms, S.dev, S.web, S.apps, S.tx, S.ia, S.events, S.truth = [], [], [], [], [], [], [], [], []
    S.used_people = np.empty(0, np.int64)
    S.sold_people = np.empty(0, np.int64)
    import zlib

    def dom_ip(d):
        h = zlib.crc32(d.encode())
        return f"{(h >> 24) % 200 + 20}.{(h >> 16) & 255}.{(h >> 8) & 255}.{h & 255}"
    S.dom_ip = dom_ip
    # ---------------------------------------------------------------- phase 1: who exists
    build_cells()
    build_people(a.subscribers)
    S.R_idk_ord = np.concatenate(S.reg["idk"])
    build_services()
    eid = new_ids(60, scheme="payroll_employer", idtype="business_license")
    S.employer_acc = new_accounts(eid, np.full(60, -1), scheme="payroll_employer")
    S.shop_acc = S.acc_of[S.segidx["smallbiz"]]
    looks = [dict(g) for g in LOOKALIKES]
    looks.append(dict(kind="overseas_student_child_abroad", n=12, line="intl", cc="GB", account=False))
    looks.append(dict(kind="overseas_student_child_abroad_au", n=8, line="intl", cc="AU", account=False,
                      scheme="overseas_student_child_abroad"))
    looks.append(dict(kind="parents_of_overseas_students", n=20, hours="evening", friends=6, inc=.5, inc_media="video",
                      inc_dur=900, inc_ans=.95, hours_="evening", seg="elderly"))
    for g in looks:
        group_register(g)
    looks[-1]["inc_from"] = np.concatenate([looks[-3]["idx"], looks[-2]["idx"]])
    specs = gang_specs()
    for g in specs:
        group_register(g)
    # mule accounts (supplied by the G11 card-selling ring) for each gang that takes money
    mule_sets = {}
    for gk, n1 in (("G01", 8), ("G02", 8), ("G03", 8), ("G04", 8), ("G05", 4), ("G06", 5), ("G07", 6), ("G08", 5),
                   ("G09", 5), ("G10", 6), ("G12", 8), ("G13", 8)):
        mule_sets[gk] = mules(gk, n1, 3, 2)
    S.sold_people = S.used_people.copy()
    hosts = [f"{x}.{d}" for d in ("etc-hn-rz.top", "jf-10086hn.vip", "wz-12123hn.cc")
             for x in ("k8s2", "a7f1", "m2x9", "q0p3", "zz81", "b4t6", "www", "m")]
    S.g07_hosts = np.array(hosts, object)
    by = {g["kind"]: g for g in specs}
    by["G07"]["links"] = ["http://" + h + "/a" for h in hosts]
    finalize_registry()
    S.acc = {k: np.concatenate(v) for k, v in S.acc.items()}
    S.A_bound = lambda x: S.acc["bound"][x]
    S.num_str = np.asarray(num(S.R["msisdn"]).to_pylist(), object)
    S.acc_str = hexkeys(S.na, a.seed * 7 + 1)
    S.id_str = hexkeys(len(S.id_role), a.seed * 7 + 2)
    # ---------------------------------------------------------------- phase 2: what they do
    ordinary_activity()
    for g in looks:
        group_activity(g)
    # a phone repair shop in Changsha puts customers' SIMs in its test handset
    shop_imei = imeis(2)
    cust = S.rng.choice(S.ord, 45, replace=False)
    tt = T0 + S.rng.integers(0, S.T * DAY, 45)
    S.dev.append(dict(idx=cust, t=tt, imei=S.rng.choice(shop_imei, 45), cell=np.full(45, S.cell_lo[0] + 5),
                      event=np.full(45, "attach", object), bytes=np.full(45, -1)))
    S.shop_imei = shop_imei
    gang_activity(specs, mule_sets)
    device_web_apps()
    ev = cat(S.events)
    S.EV = ev
    rep, lst = reports_lists()
    # ---------------------------------------------------------------- phase 3: write records
    out = a.out
    R = S.R
    rows = {}
    isub = np.nonzero(R["sub"])[0]
    idtype = np.array(S.id_type, object)
    rows["subscribers"] = write(out, "subscribers", pa.table({
        "msisdn": pa.array(S.num_str[isub], pa.string()), "imsi": num(R["imsi"][isub]),
        "id_key": pa.array(S.id_str[R["idk"][isub]], pa.string()), "id_type": pa.array(idtype[R["idk"][isub]], pa.string()),
        "customer_type": pa.array(R["cust"][isub], pa.string()),
        "line_type": pa.array(np.array(LINES, object)[R["line"][isub]], pa.string()),
        "operator": pa.array(np.where(R["line"][isub] == L_IOT, "China Mobile",
                                      np.array(OPERATORS, object)[R["op"][isub]]), pa.string()),
        "open_time": ts(R["open"][isub]), "open_channel": pa.array(R["chan"][isub], pa.string()),
        "open_cell": pa.array(S.cell_id[np.maximum(R["home"][isub], 0)], pa.string()),
        "status": pa.array(R["status"][isub], pa.string()), "status_time": ts(R["status_t"][isub]),
        "is_prepaid": pa.array(R["prepaid"][isub], pa.bool_()),
        "home_region": pa.array(np.array([c[0] for c in CITIES], object)[R["city"][isub]], pa.string())}))
    cellid = np.append(S.cell_id, None)

    def cells(x):
        return pa.array(cellid[np.where(x < 0, len(S.cell_id), x)], pa.string())

    def strs(x):
        x = np.asarray(x, object)
        return pa.array(np.where(x == "", None, x), pa.string())
    V = cat(S.voice)
    V["t"] = clamp(V["t"])
    o = np.argsort(V["t"], kind="stable")
    V = {k: v[o] for k, v in V.items()}
    nv = len(o)
    rows["voice"] = write(out, "voice", pa.table({
        "call_id": seq_ids(f"HNV{a.seed}-", nv), "start_time": ts(V["t"]),
        "caller": pa.array(S.num_str[V["caller"]], pa.string()), "callee": pa.array(S.num_str[V["callee"]], pa.string()),
        "duration_s": pa.array(V["dur"], pa.int64()), "ring_s": pa.array(V["ring"], pa.int64()),
        "result": strs(V["res"]), "caller_imei": num(V["imei"]), "caller_imsi": num(V["imsi"]),
        "caller_cell": cells(V["ccell"]), "callee_cell": cells(V["ecell"]),
        "caller_roaming_country": strs(V["roam"]), "call_type": strs(V["ctype"]), "media": strs(V["media"]),
        "gateway": strs(V["gw"])}))
    M = cat(S.sms)
    M["t"] = clamp(M["t"])
    o = np.argsort(M["t"], kind="stable")
    M = {k: v[o] for k, v in M.items()}
    rows["sms"] = write(out, "sms", pa.table({
        "sms_id": seq_ids(f"HNS{a.seed}-", len(o)), "send_time": ts(M["t"]),
        "sender": pa.array(S.num_str[M["sender"]], pa.string()), "receiver": pa.array(S.num_str[M["receiver"]], pa.string()),
        "content": strs(M["content"]), "sender_imei": num(M["imei"]), "sender_cell": cells(M["cell"]),
        "sender_roaming_country": strs(M["roam"])}))
    D = cat(S.dev)
    D["t"] = clamp(D["t"])
    o = np.argsort(D["t"], kind="stable")
    D = {k: v[o] for k, v in D.items()}
    rows["device"] = write(out, "device", pa.table({
        "time": ts(D["t"]), "msisdn": pa.array(S.num_str[D["idx"]], pa.string()), "imsi": num(R["imsi"][D["idx"]]),
        "imei": num(D["imei"]), "cell": cells(D["cell"]), "event": strs(D["event"]),
        "roaming_country": strs(roam_at(D["idx"], D["t"])), "bytes": num(D["bytes"]).cast(pa.int64())}))
    rows["cells"] = write(out, "cells", S.cells)
    W = cat(S.web)
    W["t"] = clamp(W["t"])
    o = np.argsort(W["t"], kind="stable")
    W = {k: v[o] for k, v in W.items()}
    for k in ("url", "ip", "app"):
        W[k] = np.where(pd_isnull(W[k]), "", W[k])
    rows["web"] = write(out, "web", pa.table({
        "time": ts(W["t"]), "msisdn": pa.array(S.num_str[W["idx"]], pa.string()), "domain": strs(W["domain"]),
        "url": strs(W["url"]), "ip": strs(W["ip"]), "bytes": pa.array(W["bytes"].astype(np.int64)), "app": strs(W["app"])}))
    P = cat(S.apps)
    P["t"] = clamp(P["t"])
    o = np.argsort(P["t"], kind="stable")
    P = {k: v[o] for k, v in P.items()}
    P["src"] = np.where(pd_isnull(P["src"]), "", P["src"])
    rows["apps"] = write(out, "apps", pa.table({
        "time": ts(P["t"]), "msisdn": pa.array(S.num_str[P["idx"]], pa.string()), "app": strs(P["app"]),
        "event": strs(P["event"]), "source_url": strs(P["src"])}))
    # internet accounts: one per (platform, number)
    ia = [dict(idx=x["idx"], plat=x["plat"], t=x["t"], role=x["role"], gang=np.full(len(x["idx"]), x["gang"], object),
               scheme=np.broadcast_to(np.asarray(x["scheme"], object), (len(x["idx"]),))) for x in S.ia]
    IA = cat(ia)
    acct = np.array([f"{p[:2]}_{h}" for p, h in zip(IA["plat"], hexkeys(len(IA["idx"]), a.seed * 7 + 3), strict=False)], object)
    rows["internet_accounts"] = write(out, "internet_accounts", pa.table({
        "platform": strs(IA["plat"]), "account": pa.array(acct, pa.string()),
        "msisdn": pa.array(S.num_str[IA["idx"]], pa.string()), "register_time": ts(IA["t"]),
        "status": pa.array(np.full(len(acct), "active", object), pa.string())}))
    A = S.acc
    rows["bank_accounts"] = write(out, "bank_accounts", pa.table({
        "account_id": pa.array(S.acc_str, pa.string()), "id_key": pa.array(S.id_str[A["idk"]], pa.string()),
        "bank": strs(A["bank"]), "open_time": ts(A["open"]),
        "bound_msisdn": pa.array(np.where(A["bound"] >= 0, S.num_str[np.maximum(A["bound"], 0)], None), pa.string()),
        "status": strs(A["status"])}))
    X = cat(S.tx)
    ok = (X["frm"] >= 0) & (X["to"] >= 0)
    X = {k: v[ok] for k, v in X.items()}
    X["t"] = clamp(X["t"])
    o = np.argsort(X["t"], kind="stable")
    X = {k: v[o] for k, v in X.items()}
    rows["transfers"] = write(out, "transfers", pa.table({
        "txn_id": seq_ids(f"HNT{a.seed}-", len(o)), "time": ts(X["t"]),
        "from_account": pa.array(S.acc_str[X["frm"]], pa.string()), "to_account": pa.array(S.acc_str[X["to"]], pa.string()),
        "amount": pa.array(np.maximum(X["amount"], 0.01)), "currency": pa.array(np.full(len(o), "CNY", object), pa.string()),
        "channel": strs(X["channel"]),
        "initiated_msisdn": pa.array(np.where(X["init"] >= 0, S.num_str[np.maximum(X["init"], 0)], None), pa.string())}))
    RP = cat(rep)
    RP["ft"] = np.where(pd_isnull(RP["ft"]), "", RP["ft"])
    rows["reports"] = write(out, "reports", pa.table({
        "report_id": seq_ids(f"HNR{a.seed}-", len(RP["t"])), "time": ts(RP["t"]), "entity_type": strs(RP["et"]),
        "entity": strs(RP["ent"]), "label": strs(RP["lab"]), "fraud_type": strs(RP["ft"]),
        "loss_amount": pa.array(RP["loss"]), "source": strs(RP["src"])}))
    LS = cat(lst)
    rows["lists"] = write(out, "lists", pa.table({
        "entity_type": strs(LS["et"]), "entity": strs(LS["ent"]), "list": strs(LS["l"]), "reason": strs(LS["reason"]),
        "added_time": ts(LS["t"]), "expires_time": ts(LS["exp"])}))
    write_truth(out, a, V, M, D, W, P, IA, acct, ev, specs)
    total = sum(rows.values())
    print(f"generated {total:,} rows in {time.time() - t_start:.1f}s: "
          + ", ".join(f"{k} {v:,}" for k, v in rows.items()))


FRAUD_DOMAINS = {"gaj-anquanzhanghu.com": ("G01", "impersonate_police"), "tb-tuikuan-kefu.cc": ("G02", "customer_service_refund"),
                 "hmjr-dai.com": ("G03", "loan_fee"), "dz-renwu.vip": ("G04", "part_time_job"),
                 "gsx-global-invest.com": ("G05", "investment_pig_butchering"),
                 "etc-hn-rz.top": ("G07", "sms_phishing_etc_points"), "jf-10086hn.vip": ("G07", "sms_phishing_etc_points"),
                 "wz-12123hn.cc": ("G07", "sms_phishing_etc_points"),
                 "xyd-zhuxiao.com": ("G10", "remote_control_student_loan"),
                 "jdd-afterservice.com": ("G13", "careful_ecommerce_after_sales")}
FRAUD_APPS = {"com.hmjr.loan": ("G03", "loan_fee"), "com.dianzan.renwu": ("G04", "part_time_job"),
              "com.gsx.trade": ("G05", "investment_pig_butchering"), "com.yc.xiezhu": ("G10", "remote_control_student_loan")}
RANK = {"benign": 3, "victim": 2, "card_seller": 1}


def regdom(h):
    p = h.split(".")
    return ".".join(p[-3:]) if len(p) >= 3 and p[-2] in ("com", "gov", "edu", "net", "org") and p[-1] == "cn" \
        else ".".join(p[-2:])


def write_truth(out, a, V, M, D, W, P, IA, acct, ev, specs):
    R = S.R
    role = R["role"].copy()
    gang, scheme, first = R["gang"].copy(), R["scheme"].copy(), R["first"].copy()
    # victims
    vi, fi = np.unique(ev["victim"], return_index=True)
    role[vi] = "victim"
    gang[vi] = ev["gang"][fi]
    scheme[vi] = ev["ftype"][fi]
    first[vi] = ev["t"][fi]
    label("msisdn", S.num_str, role, gang, scheme, first)
    m = R["imsi"] >= 0
    label("imsi", num(R["imsi"][m]).to_numpy(zero_copy_only=False), R["role"][m], R["gang"][m], R["scheme"][m], R["first"][m])
    m = R["imei"] >= 0
    irole = np.where(R["role"] == "simbox_sim", "simbox_device", R["role"])
    aged = m & (R["swd"] < 99) & (R["role"] != "benign")
    irole_old = np.where(aged, "benign", irole)
    label("imei", num(R["imei"][m]).to_numpy(zero_copy_only=False), irole_old[m], np.where(aged, "", R["gang"])[m],
          np.where(aged, "seller_old_handset", R["scheme"])[m], R["first"][m])
    m = R["imei2"] >= 0
    label("imei", num(R["imei2"][m]).to_numpy(zero_copy_only=False), irole[m], R["gang"][m], R["scheme"][m], R["first"][m])
    label("imei", num(S.shop_imei).to_numpy(zero_copy_only=False), "benign", "", "phone_repair_shop_test_handset")
    label("id_key", S.id_str, np.array(S.id_role, object), np.array(S.id_gang, object), np.array(S.id_scheme, object))
    A = S.acc
    label("account", S.acc_str, A["role"], A["gang"], A["scheme"], A["open"])
    label("account", np.array([f"{p}:{x}" for p, x in zip(IA["plat"], acct, strict=False)], object), IA["role"],
          IA["gang"], IA["scheme"])
    # web resources and apps as they appear in records (and every fraud host, also those only in SMS links)
    doms = set(np.unique(W["domain"]).tolist()) | set(S.g07_hosts.tolist()) | set(FRAUD_DOMAINS)
    doms |= {regdom(d) for d in doms}
    doms = sorted(doms)
    drole = [("fraud_domain",) + FRAUD_DOMAINS[regdom(d)] if regdom(d) in FRAUD_DOMAINS else ("benign", "", "ordinary")
             for d in doms]
    label("domain", np.array(doms, object), np.array([x[0] for x in drole], object), np.array([x[1] for x in drole], object),
          np.array([x[2] for x in drole], object))
    urls = sorted(set(np.unique(W["url"][W["url"] != ""]).tolist()) | set(np.unique(P["src"][P["src"] != ""]).tolist())
                  | {"http://" + h + "/a" for h in S.g07_hosts})
    uh = [regdom(u.split("/")[2]) for u in urls]
    label("url", np.array(urls, object), np.array(["fraud_domain" if h in FRAUD_DOMAINS else "benign" for h in uh], object),
          np.array([FRAUD_DOMAINS.get(h, ("",))[0] for h in uh], object),
          np.array([FRAUD_DOMAINS.get(h, ("", "ordinary"))[1] for h in uh], object))
    fips = {S.dom_ip(d): FRAUD_DOMAINS[d] for d in FRAUD_DOMAINS}
    ips = sorted(set(np.unique(W["ip"][W["ip"] != ""]).tolist()))
    label("ip", np.array(ips, object), np.array(["fraud_domain" if i in fips else "benign" for i in ips], object),
          np.array([fips.get(i, ("",))[0] for i in ips], object),
          np.array([fips.get(i, ("", "ordinary"))[1] for i in ips], object))
    apps = sorted(set(np.unique(P["app"]).tolist()) | set(np.unique(W["app"][W["app"] != ""]).tolist()))
    label("app", np.array(apps, object), np.array(["fraud_app" if x in FRAUD_APPS else "benign" for x in apps], object),
          np.array([FRAUD_APPS.get(x, ("",))[0] for x in apps], object),
          np.array([FRAUD_APPS.get(x, ("", "ordinary"))[1] for x in apps], object))
    T = cat(S.truth)
    rk = np.array([RANK.get(x, 0) for x in T["role"]])
    key = np.char.add(T["etype"].astype(str), np.char.add("|", T["entity"].astype(str)))
    o = np.lexsort((np.arange(len(rk)), rk, key))
    _, first_i = np.unique(key[o], return_index=True)
    sel = np.sort(o[first_i])
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    gang_col = T["gang"][sel]
    write(out, "truth/entities", pa.table({
        "entity_type": pa.array(T["etype"][sel], pa.string()), "entity": pa.array(T["entity"][sel], pa.string()),
        "role": pa.array(T["role"][sel], pa.string()),
        "gang_id": pa.array(np.where(gang_col == "", None, gang_col), pa.string()),
        "scheme": pa.array(T["scheme"][sel], pa.string()), "first_active": ts(T["first"][sel])}))
    o = np.argsort(ev["t"], kind="stable")
    write(out, "truth/events", pa.table({
        "victim": pa.array(S.num_str[ev["victim"][o]], pa.string()), "time": ts(ev["t"][o]),
        "amount": pa.array(ev["amount"][o].astype(float)), "to_account": pa.array(S.acc_str[ev["to"][o]], pa.string())}))


if __name__ == "__main__":
    main()
