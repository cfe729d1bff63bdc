"""Calling gangs: G04 fake police from Sihanoukville and Myawaddy (roaming cards and spoofed international
calls), G05 relay phones in Manzhouli, G06 Ordos debt-relief callers, G09 fake cashmere buyers, G11 AI
face-swap coal bosses, G14 romance with truck drivers, G17 fake customs brokers at Manzhouli."""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date
from .gangs_boxes import cards_for
from .gangs_money import hooked_only, victim_pays


def _first(n, e, t):
    first = np.full(n, 10**9, dtype=np.int64)
    np.minimum.at(first, e, t)
    return first


def roaming_police(w):
    rng = w.rng("G04")
    gang, scheme, ftype = "G04-sihanoukville-police", "fake_police_money_laundering_abroad", "impersonate_police"
    days = w.days
    a = kit.open_lines(w, 9, "eds_dongsheng", opened=rng.integers(t_date(2035, 3, 1), t_date(2035, 6, 15), 9), rng=rng)
    b = kit.open_lines(w, 8, "hhht_huimin", opened=rng.integers(t_date(2035, 3, 1), t_date(2035, 6, 15), 8), rng=rng)
    cards = kit.Lines(*[np.concatenate([getattr(a, f), getattr(b, f)]) for f in
                        ("msisdn", "imsi", "imei", "cell", "id_key", "opened")])
    n = len(cards)
    country = np.where(np.arange(n) % 17 < 12, "KH", "MM").astype(object)
    start = rng.integers(0, 5, n)
    act = kit.active_window(n, days, start, np.full(n, days))
    for c in ("KH", "MM"):
        m = country == c
        kit.presence(w, rng, cards.take(np.flatnonzero(m)), act[m], cell=np.full(int(m.sum()), -1), roaming=c,
                     data_rate=3, loc_rate=0.5)
    e, d = kit.per_day(rng, n, days, rng.lognormal(np.log(48), 0.3, n), act, 0.3)
    t = kit.hours(rng, len(e), 9, 22, d)
    callee = kit.strangers(w, rng, len(e), 0.55, personas=["elderly", "merchant", "urban_worker", "civil_servant"],
                           areas=[477, 471])
    ans, _ = kit.dial(w, rng, t, cards.msisdn[e], callee, imei=cards.imei[e], imsi=cards.imsi[e], cell=-1,
                      roaming=country[e], p_answer=0.3, med=45, long_p=0.03, long_med=2400)
    w.fraud_callees.append(callee[ans])
    kit.call_backs(w, rng, t, callee, cards.msisdn[e], ~ans, 0.015, p_answer=0.3, med=60)
    # spoofed international calls into Tengri numbers from the same compounds
    fo = np.concatenate([w.ids.foreign(30, "KH"), w.ids.foreign(10, "MM"), w.ids.foreign(10, "PH")])
    fs = rng.integers(0, days - 3, len(fo))
    fact = kit.active_window(len(fo), days, fs, rng.integers(1, 5, len(fo)))
    fe, fd = kit.per_day(rng, len(fo), days, rng.integers(5, 26, len(fo)), fact, 0.3)
    ft = kit.hours(rng, len(fe), 9, 22, fd)
    tgt = w.pop.msisdn[kit.pick(w, rng, len(fe), personas=["elderly", "merchant", "urban_worker"], claim=False,
                                exclude=False, areas=[477, 471, 472])]
    tgt = tgt[rng.integers(0, len(tgt), len(fe))]
    ans2, _ = kit.dial(w, rng, ft, fo[fe], tgt, p_answer=0.22, med=40, long_p=0.02, long_med=1800, call_type="intl_in")
    w.fraud_callees.append(tgt[ans2])
    # victims: hours on the line, a video call with a 'police officer', a 'security' app, a 'safe account'
    vic = kit.pick(w, rng, 15, personas=["elderly", "merchant", "urban_worker"], areas=[477, 471], account=True,
                   smart=True)
    ci = rng.integers(0, n, len(vic))
    dv = np.clip(start[ci] + rng.integers(0, days - 6, len(vic)), 0, days - 3)
    tv = kit.hours(rng, len(vic), 9.5, 15, dv)
    for k in range(3):
        kit.dial(w, rng, tv + k * (DAY + rng.integers(0, 3 * HOUR, len(vic))), cards.msisdn[ci], w.pop.msisdn[vic],
                 imei=cards.imei[ci], imsi=cards.imsi[ci], roaming=country[ci], code=np.zeros(len(vic), dtype=np.int64),
                 med=5400, sigma=0.35, max_dur=4 * 3600, media="video" if k == 1 else "voice")
    dom, ip, app = "gaj-anquan.cc", "38.54.30.61", "com.gaj.anquan"
    kit.visit(w, rng, tv + 1800, w.pop.msisdn[vic], dom, url=f"https://{dom}/jc/login", ip=ip)
    kit.app_seen(w, tv + 2100, w.pop.msisdn[vic], app, "install", f"https://{dom}/d/aq.apk")
    kit.app_seen(w, tv + DAY + 3600, w.pop.msisdn[vic], app, "use")
    paid = np.arange(len(vic)) < 12
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=tv[paid],
                contact=cards.msisdn[ci[paid]], accounts=w.mules.take(gang, 10), n_pay=rng.integers(2, 6, 12),
                med=36000, sigma=0.6, grow=1.2, gap=(5 * HOUR, 30 * HOUR), first_gap=(2 * HOUR, 6 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=tv[~paid],
                contact=cards.msisdn[ci[~paid]])
    first = _first(n, e, t)
    w.truth("msisdn", cards.msisdn, "fraud_caller", gang, scheme, np.minimum(first, start * DAY))
    ff = _first(len(fo), fe, ft)
    used = ff < 10**9
    w.truth("msisdn", fo[used], "fraud_caller", gang, scheme, ff[used])
    w.truth("domain", [dom], "fraud_domain", gang, scheme, 0)
    w.truth("ip", [ip], "fraud_ip", gang, scheme, 0)
    w.truth("app", [app], "fraud_app", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="msisdn", entities=cards.msisdn, gang=gang, ftype=ftype, first=first,
                            src="user_report", rate=0.3))


def relay_phones(w):
    rng = w.rng("G05")
    gang, scheme, ftype = "G05-manzhouli-relay", "relay_phone_ecommerce_refund", "customer_service"
    n, days = 8, w.days
    keys = w.ids.id_keys(n)
    A = kit.open_lines(w, 5, "hlbr_manzhouli", opened=rng.integers(t_date(2035, 6, 1), t_date(2035, 7, 5), 5),
                       id_keys=keys[:5], imei_kind="feature", rng=rng)
    A2 = kit.open_lines(w, 3, "hlbr_hailar", opened=rng.integers(t_date(2035, 6, 1), t_date(2035, 7, 5), 3),
                        id_keys=keys[5:], imei_kind="feature", rng=rng)
    A = kit.Lines(*[np.concatenate([getattr(A, f), getattr(A2, f)]) for f in
                    ("msisdn", "imsi", "imei", "cell", "id_key", "opened")])
    B = kit.open_lines(w, n, "hlbr_manzhouli", opened=A.opened + rng.integers(0, 2 * DAY, n), id_keys=keys,
                       imei_kind="feature", cells=A.cell, rng=rng)
    act = rng.random((n, days)) < 0.6
    kit.presence(w, rng, A, act, loc_rate=0.3)
    kit.presence(w, rng, B, act, loc_rate=0.3)
    h, d = kit.per_day(rng, n, days, 3.0, act, 0.2)
    ts = kit.hours(rng, len(h), 10, 20, d)
    L = rng.integers(20 * 60, 80 * 60, len(h))
    fo = np.concatenate([w.ids.foreign(15, "KH"), w.ids.foreign(6, "MM"), w.ids.foreign(4, "PH")])
    src = fo[rng.integers(0, len(fo), len(h))]
    kit.dial(w, rng, ts, src, A.msisdn[h], call_type="intl_in", code=np.zeros(len(h), dtype=np.int64), dur=L,
             callee_cell=A.cell[h])
    k = rng.integers(5, 15, len(h))
    s = np.repeat(np.arange(len(h)), k)
    frac = np.sort(rng.random(len(s)))
    order = np.lexsort((frac, s))
    s, frac = s[order], frac[order]
    t = ts[s] + 30 + (frac * (L[s] - 300)).astype(np.int64)
    callee = kit.strangers(w, rng, len(s), 0.5, areas=[470, 471, 476])
    ans, _ = kit.dial(w, rng, t, B.msisdn[h[s]], callee, imei=B.imei[h[s]], imsi=B.imsi[h[s]], cell=B.cell[h[s]],
                      p_answer=0.35, med=55, sigma=0.8, max_dur=240)
    w.fraud_callees.append(callee[ans])
    vic = kit.pick(w, rng, 10, areas=[470, 471], account=True, smart=True)
    si = rng.integers(0, len(h), len(vic))
    tv = ts[si] + 120
    kit.dial(w, rng, tv, B.msisdn[h[si]], w.pop.msisdn[vic], imei=B.imei[h[si]], imsi=B.imsi[h[si]],
             cell=B.cell[h[si]], code=np.zeros(len(vic), dtype=np.int64), med=1500, sigma=0.3, max_dur=4000)
    kit.app_seen(w, tv + 600, w.pop.msisdn[vic], "com.tencent.wemeet", "install", None)
    paid = np.arange(len(vic)) < 8
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=tv[paid],
                contact=B.msisdn[h[si[paid]]], accounts=w.mules.take(gang, 8), n_pay=rng.integers(1, 4, 8), med=7000,
                sigma=0.7, grow=1.3, gap=(15 * 60, 2 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=tv[~paid],
                contact=B.msisdn[h[si[~paid]]])
    fb = _first(n, h[s], t)
    w.truth("msisdn", B.msisdn, "fraud_caller", gang, scheme, np.minimum(fb, w.end))
    w.truth("msisdn", A.msisdn, "gang_member", gang, scheme, np.minimum(_first(n, h, ts), w.end))
    fu = np.unique(src)
    w.truth("msisdn", fu, "fraud_caller", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="msisdn", entities=B.msisdn, gang=gang, ftype=ftype, first=fb, src="user_report",
                            rate=0.2))


def debt_relief(w):
    rng = w.rng("G06")
    gang, scheme, ftype = "G06-ordos-debt-relief", "debt_optimisation_credit_repair", "loan"
    sims, susp = cards_for(w, "G06")
    n, days = len(sims), w.days
    cell = w.geo.zone_cells[w.geo.z("hhht_yuquan")][4]
    wave = np.arange(n) % 2
    start = np.where(wave == 0, 0, rng.integers(5, 8, n))
    end = np.where(wave == 0, np.minimum(susp, rng.integers(6, 10, n)), np.minimum(susp, days))
    act = kit.active_window(n, days, start, end - start + 1)
    act &= ((np.arange(days) + 6) % 7 < 6)[None, :]
    kit.presence(w, rng, sims, act, cell=np.full(n, cell), data_rate=1.5, loc_rate=0.5)
    e, d = kit.per_day(rng, n, days, rng.lognormal(np.log(95), 0.3, n), act, 0.25)
    t = kit.hours(rng, len(e), 9, 18, d)
    callee = kit.strangers(w, rng, len(e), 0.65, personas=["merchant", "urban_worker", "miner", "trucker"],
                           areas=[477])
    ans, dur = kit.dial(w, rng, t, sims.msisdn[e], callee, imei=sims.imei[e], imsi=sims.imsi[e], cell=cell,
                        p_answer=0.31, med=50, long_p=0.02, long_med=500)
    w.fraud_callees.append(callee[ans])
    kit.call_backs(w, rng, t, callee, sims.msisdn[e], ans, 0.04, p_answer=0.7, med=120)
    kit.call_backs(w, rng, t, callee, sims.msisdn[e], ~ans, 0.02, p_answer=0.5, med=60)
    doms = np.array(["zx-youhua.cn", "nmg-zhaiwu.top"], dtype=object)
    fu = ans & (dur > 40) & (rng.random(len(e)) < 0.35)
    kit.text(w, t[fu] + dur[fu] + rng.integers(30, 300, int(fu.sum())), sims.msisdn[e[fu]], callee[fu],
             np.array([f"【金融服务】您的网贷可申请停息挂账、债务优化，征信修复咨询 https://{doms[i]}/c/{k}" for i, k in
                       zip((e[fu] % 2).tolist(), rng.integers(1000, 9999, int(fu.sum())).tolist(), strict=True)],
                      dtype=object), imei=sims.imei[e[fu]], cell=cell)
    vic = kit.pick(w, rng, 17, personas=["merchant", "urban_worker", "miner", "trucker"], areas=[477], account=True,
                   smart=True)
    ci = rng.integers(0, n, len(vic))
    dv = np.clip(start[ci] + rng.integers(0, 3, len(vic)), 0, days - 2)
    tv = kit.hours(rng, len(vic), 10, 17, dv)
    kit.dial(w, rng, tv, sims.msisdn[ci], w.pop.msisdn[vic], imei=sims.imei[ci], imsi=sims.imsi[ci], cell=cell,
             code=np.zeros(len(vic), dtype=np.int64), med=600, sigma=0.4)
    kit.visit(w, rng, tv + rng.integers(300, 3600, len(vic)), w.pop.msisdn[vic], doms[ci % 2],
              url=np.array([f"https://{x}/apply" for x in doms[ci % 2].tolist()], dtype=object),
              ip=np.where(ci % 2 == 0, "47.242.11.90", "47.242.11.91").astype(object))
    paid = np.arange(len(vic)) < 14
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=tv[paid],
                contact=sims.msisdn[ci[paid]], accounts=w.mules.take(gang, 10), n_pay=rng.integers(1, 5, 14), med=3800,
                sigma=0.5, grow=1.4, gap=(6 * HOUR, 2 * DAY), first_gap=(HOUR, 20 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=tv[~paid],
                contact=sims.msisdn[ci[~paid]])
    first = _first(n, e, t)
    used = first < 10**9
    w.truth("msisdn", sims.msisdn[used], "fraud_caller", gang, scheme, first[used])
    w.truth("domain", doms, "fraud_domain", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="msisdn", entities=sims.msisdn[used], gang=gang, ftype=ftype, first=first[used],
                            src="user_report", rate=0.3))


def cashmere_buyers(w):
    rng = w.rng("G09")
    gang, scheme, ftype = "G09-fake-cashmere-buyers", "cashmere_buyer_inspection_deposit", "other"
    sims, _ = cards_for(w, "G09")
    n, days = len(sims), w.days
    roam = w.geo.cells_of("eds_otog", "bynr_urad", "eds_dongsheng", "bt_donghe", "eds_hangjin", "wlcb_siziwang")
    act = rng.random((n, days)) < 0.8
    e, d = kit.per_day(rng, n, days, rng.lognormal(np.log(34), 0.3, n), act, 0.3)
    t = kit.hours(rng, len(e), 8, 19, d)
    cell = roam[(e * 5 + d * 3 + (t // (3 * HOUR))) % len(roam)]
    callee = kit.strangers(w, rng, len(e), 0.6, personas=["herder"])
    ans, _ = kit.dial(w, rng, t, sims.msisdn[e], callee, imei=sims.imei[e], imsi=sims.imsi[e], cell=cell,
                      p_answer=0.55, med=85, sigma=0.9)
    w.fraud_callees.append(callee[ans])
    kit.call_backs(w, rng, t, callee, sims.msisdn[e], ans, 0.12, p_answer=0.8, med=100)
    # the buyers ring each other to share out the villages
    ke = rng.integers(0, n, 6 * days)
    kit.dial(w, rng, kit.hours(rng, 6 * days, 19, 22, np.repeat(np.arange(days), 6)), sims.msisdn[ke],
             sims.msisdn[(ke + 1 + rng.integers(0, n - 1, 6 * days)) % n], imei=sims.imei[ke], imsi=sims.imsi[ke],
             cell=roam[ke % len(roam)], p_answer=0.9, med=150)
    ee, dd = np.nonzero(act)
    w.emit("device", time=kit.hours(rng, len(ee), 8, 19, dd), msisdn=sims.msisdn[ee], imsi=sims.imsi[ee],
           imei=sims.imei[ee], cell=roam[rng.integers(0, len(roam), len(ee))], event="location_update")
    sm = ans & (rng.random(len(e)) < 0.25)
    kit.text(w, t[sm] + 600, sims.msisdn[e[sm]], callee[sm], "【河北清河羊绒】高价收购山羊绒，现款现结，质检合格当场付款，请保存本号码。",
             imei=sims.imei[e[sm]], cell=cell[sm])
    vic = kit.pick(w, rng, 12, personas=["herder"], account=True)
    ci = rng.integers(0, n, len(vic))
    tv = kit.hours(rng, len(vic), 9, 17, rng.integers(0, days - 3, len(vic)))
    kit.dial(w, rng, tv, sims.msisdn[ci], w.pop.msisdn[vic], imei=sims.imei[ci], imsi=sims.imsi[ci],
             cell=roam[ci % len(roam)], code=np.zeros(len(vic), dtype=np.int64), med=420, sigma=0.4)
    kit.dial(w, rng, tv + rng.integers(2 * HOUR, DAY, len(vic)), w.pop.msisdn[vic], sims.msisdn[ci],
             imei=w.pop.imei[vic], imsi=w.pop.imsi[vic], cell=w.pop.home[vic], code=np.zeros(len(vic), dtype=np.int64),
             med=200)
    paid = np.arange(len(vic)) < 10
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=tv[paid],
                contact=sims.msisdn[ci[paid]], accounts=w.mules.take(gang, 6), n_pay=rng.integers(1, 3, 10), med=5500,
                sigma=0.5, gap=(DAY, 2 * DAY), first_gap=(3 * HOUR, 26 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=tv[~paid],
                contact=sims.msisdn[ci[~paid]])
    first = _first(n, e, t)
    w.truth("msisdn", sims.msisdn, "fraud_caller", gang, scheme, first)
    w.reg_fraud.append(dict(kind="msisdn", entities=sims.msisdn, gang=gang, ftype=ftype, first=first,
                            src="user_report", rate=0.25))


def faceswap_boss(w):
    rng = w.rng("G11")
    gang, scheme, ftype = "G11-faceswap-coal-boss", "ai_faceswap_boss_video", "acquaintance"
    ring, _ = cards_for(w, "G11")
    pas = kit.open_lines(w, 1, "hhht_xincheng", opened=2 * DAY + 11 * HOUR, id_type="passport", rng=rng)
    lines = kit.Lines(*[np.concatenate([getattr(ring, f), getattr(pas, f)]) for f in
                        ("msisdn", "imsi", "imei", "cell", "id_key", "opened")])
    kit.register(w, rng, lines.msisdn, np.array(["wechat"] * 3, dtype=object),
                 np.maximum(lines.opened, 0) + rng.integers(HOUR, 10 * HOUR, 3))
    staff = kit.pick(w, rng, 7, personas=["urban_worker"], zones=["eds_dongsheng", "eds_kangbashi"], smart=True)
    li = np.arange(7) % 3
    tv = kit.hours(rng, 7, 9.5, 11.5, np.maximum(np.arange(7) + 3, lines.opened[li] // DAY + 1).clip(0, w.days - 2))
    cell = w.geo.zone_cells[w.geo.z("hhht_xincheng")][3]
    kit.dial(w, rng, tv, lines.msisdn[li], w.pop.msisdn[staff], imei=lines.imei[li], imsi=lines.imsi[li], cell=cell,
             media="video", code=np.zeros(7, dtype=np.int64), med=40, sigma=0.3)
    kit.dial(w, rng, tv + 300, lines.msisdn[li], w.pop.msisdn[staff], imei=lines.imei[li], imsi=lines.imsi[li],
             cell=cell, code=np.zeros(7, dtype=np.int64), med=150, sigma=0.3)
    kit.text(w, tv + 520, lines.msisdn[li], w.pop.msisdn[staff], "我在开会不方便，这笔煤款今天必须付，先转到这个账户，合同我回头补，别声张。",
             imei=lines.imei[li], cell=cell)
    comp = w.ids.accounts(7)
    kit.bank_open(w, comp, w.ids.id_keys(7), "Ordos Bank", rng.integers(t_date(2019, 1, 1), t_date(2030, 1, 1), 7),
                  w.pop.msisdn[staff])
    coal = w.ids.accounts(2)
    coal_keys = w.ids.id_keys(2)
    kit.bank_open(w, coal, coal_keys, "China Merchants", rng.integers(t_date(2035, 6, 1), t_date(2035, 7, 1), 2))
    paid = np.arange(7) < 4
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=staff[paid], t_hook=tv[paid],
                contact=lines.msisdn[li[paid]], accounts=coal, n_pay=rng.integers(1, 3, 4), med=480000, sigma=0.5,
                gap=(40 * 60, 3 * HOUR), first_gap=(15 * 60, 50 * 60), from_accounts=comp[paid],
                victim_numbers=w.pop.msisdn[staff[paid]], channel="mobile_app")
    # the careful ones ring the real boss first
    boss = w.pop.contacts[w.pop.indptr[staff[~paid]]]
    boss_num = np.where(boss >= 0, w.pop.msisdn[np.maximum(boss, 0)], w.pop.offnet[np.maximum(-boss - 1, 0)])
    kit.dial(w, rng, tv[~paid] + 700, w.pop.msisdn[staff[~paid]], boss_num, imei=w.pop.imei[staff[~paid]],
             imsi=w.pop.imsi[staff[~paid]], cell=w.pop.home[staff[~paid]], code=np.zeros(3, dtype=np.int64), med=90)
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[staff[~paid]], t_hook=tv[~paid],
                contact=lines.msisdn[li[~paid]])
    # the coal accounts pass the money straight to layer 2
    w.mules.l1 = np.concatenate([w.mules.l1, coal])
    w.mules.l1_bound = np.concatenate([w.mules.l1_bound, lines.msisdn[:2]])
    w.truth("msisdn", lines.msisdn, "fraud_caller", gang, scheme, tv.min())
    w.truth("account", coal, "mule_account", gang, scheme, tv.min())


def fake_customs(w):
    rng = w.rng("G17")
    gang, scheme, ftype = "G17-manzhouli-fake-customs", "customs_clearance_fee", "other"
    n, days = 4, w.days
    lines = kit.open_lines(w, n, "hlbr_manzhouli", opened=rng.integers(t_date(2035, 6, 10), t_date(2035, 7, 1), n),
                           id_type="passport", rng=rng)
    act = rng.random((n, days)) < 0.75
    kit.presence(w, rng, lines, act, data_rate=2)
    e, d = kit.per_day(rng, n, days, 24.0, act, 0.3)
    t = kit.hours(rng, len(e), 9, 18, d)
    ru = rng.random(len(e)) < 0.3
    callee = np.where(ru, w.ids.foreign(len(e), "RU"),
                      kit.strangers(w, rng, len(e), 0.7, personas=["merchant"], areas=[470, 479]))
    ans, _ = kit.dial(w, rng, t, lines.msisdn[e], callee, imei=lines.imei[e], imsi=lines.imsi[e], cell=lines.cell[e],
                      p_answer=0.5, med=75, call_type=np.where(ru, "intl_out", "mobile").astype(object))
    w.fraud_callees.append(callee[ans & ~ru])
    kit.call_backs(w, rng, t, callee, lines.msisdn[e], ans & ~ru, 0.1, p_answer=0.75, med=150)
    kit.text(w, t[ru & ans] + 400, lines.msisdn[e[ru & ans]], callee[ru & ans],
             "Ваш контейнер задержан на таможне Маньчжурии. Для выпуска оплатите сбор сегодня, иначе штраф.",
             imei=lines.imei[e[ru & ans]], cell=lines.cell[e[ru & ans]])
    vic = kit.pick(w, rng, 6, personas=["merchant"], areas=[470, 479], account=True)
    ci = rng.integers(0, n, len(vic))
    tv = kit.hours(rng, len(vic), 9.5, 16, rng.integers(0, days - 2, len(vic)))
    kit.dial(w, rng, tv, lines.msisdn[ci], w.pop.msisdn[vic], imei=lines.imei[ci], imsi=lines.imsi[ci],
             cell=lines.cell[ci], code=np.zeros(len(vic), dtype=np.int64), med=480)
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[:5], t_hook=tv[:5], contact=lines.msisdn[ci[:5]],
                accounts=w.mules.take(gang, 4), n_pay=rng.integers(1, 3, 5), med=24000, sigma=0.6)
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[5:]], t_hook=tv[5:],
                contact=lines.msisdn[ci[5:]])
    w.truth("msisdn", lines.msisdn, "fraud_caller", gang, scheme, _first(n, e, t))


def romance(w):
    rng = w.rng("G14")
    gang, scheme, ftype = "G14-trucker-romance", "dating_app_gambling_romance", "romance"
    n, days = 5, w.days
    keys = w.ids.id_keys(2)
    lines = kit.open_lines(w, n, "tl_horqin", opened=rng.integers(t_date(2035, 5, 1), t_date(2035, 6, 20), n),
                           id_keys=keys[np.arange(n) % 2], rng=rng)
    kit.presence(w, rng, lines, np.ones((n, days), dtype=bool), data_rate=10, loc_rate=0.5)
    vic = kit.pick(w, rng, 11, personas=["trucker", "miner", "herder"], account=True, smart=True)
    gi = np.arange(len(vic)) % n
    t_hook = kit.hours(rng, len(vic), 19, 23, rng.integers(0, 4, len(vic)))
    # nightly long calls and a stream of texts, both ways
    vv = np.repeat(np.arange(len(vic)), days)
    dd = np.tile(np.arange(days), len(vic))
    keep = (dd * DAY >= t_hook[vv] - 2 * HOUR) & (rng.random(len(vv)) < 0.8)
    vv, dd = vv[keep], dd[keep]
    tc = kit.hours(rng, len(vv), 19.5, 23.8, dd)
    out = rng.random(len(vv)) < 0.55
    a_num, b_num = lines.msisdn[gi[vv]], w.pop.msisdn[vic[vv]]
    kit.dial(w, rng, tc[out], a_num[out], b_num[out], imei=lines.imei[gi[vv[out]]], imsi=lines.imsi[gi[vv[out]]],
             cell=lines.cell[gi[vv[out]]], p_answer=0.9, med=1300, sigma=0.5)
    kit.dial(w, rng, tc[~out], b_num[~out], a_num[~out], imei=w.pop.imei[vic[vv[~out]]],
             imsi=w.pop.imsi[vic[vv[~out]]], cell=w.pop.loc(vic[vv[~out]], tc[~out]), p_answer=0.9, med=1100, sigma=0.5)
    k = rng.integers(3, 12, len(vv))
    r = np.repeat(np.arange(len(vv)), k)
    ts = dd[r] * DAY + ((12 + rng.random(len(r)) * 12) * HOUR).astype(np.int64)
    o2 = rng.random(len(r)) < 0.5
    texts = np.array(["想你了", "今天跑车累不累", "早点休息哦", "我这边赢了，带你一起玩", "宝贝在吗", "平台今天有活动，充得多返得多",
                      "等你回来见面", "别告诉别人这个平台"], dtype=object)
    body = texts[rng.integers(0, len(texts), len(r))]
    kit.text(w, ts[o2], a_num[r][o2], b_num[r][o2], body[o2], imei=lines.imei[gi[vv[r][o2]]],
             cell=lines.cell[gi[vv[r][o2]]])
    kit.text(w, ts[~o2], b_num[r][~o2], a_num[r][~o2], None, imei=w.pop.imei[vic[vv[r][~o2]]],
             cell=w.pop.home[vic[vv[r][~o2]]])
    # new leads from the dating app
    e, d = kit.per_day(rng, n, days, 5.0, None, 0.3)
    t = kit.hours(rng, len(e), 12, 23, d)
    callee = kit.strangers(w, rng, len(e), 0.5, personas=["trucker", "miner", "herder", "merchant"])
    kit.dial(w, rng, t, lines.msisdn[e], callee, imei=lines.imei[e], imsi=lines.imsi[e], cell=lines.cell[e],
             p_answer=0.6, med=150)
    app, dom, gdom = "com.caoyuan.yuehui", "yuehui-cy.top", "jinsha-yule.vip"
    kit.app_seen(w, t_hook - DAY, w.pop.msisdn[vic], app, "install", f"https://{dom}/app/yh.apk")
    gv = np.repeat(np.arange(len(vic)), 6)
    tg = t_hook[gv] + rng.integers(DAY, 8 * DAY, len(gv))
    ok = tg < w.end
    kit.visit(w, rng, tg[ok], w.pop.msisdn[vic[gv[ok]]], gdom, url=f"https://{gdom}/game/baccarat", ip="154.86.3.19",
              bytes_med=2e6)
    paid = np.arange(len(vic)) < 9
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=t_hook[paid] + 2 * DAY,
                contact=lines.msisdn[gi[paid]], accounts=w.mules.take(gang, 8), n_pay=rng.integers(4, 11, 9), med=700,
                sigma=0.5, grow=1.35, gap=(10 * HOUR, 30 * HOUR), first_gap=(HOUR, 5 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=t_hook[~paid],
                contact=lines.msisdn[gi[~paid]])
    w.truth("msisdn", lines.msisdn, "fraud_caller", gang, scheme, t_hook.min())
    w.truth("domain", [dom, gdom], "fraud_domain", gang, scheme, 0)
    w.truth("app", [app], "fraud_app", gang, scheme, 0)
    w.truth("ip", ["154.86.3.19"], "fraud_ip", gang, scheme, 0)


def build(w):
    roaming_police(w)
    relay_phones(w)
    debt_relief(w)
    cashmere_buyers(w)
    faceswap_boss(w)
    fake_customs(w)
    romance(w)
