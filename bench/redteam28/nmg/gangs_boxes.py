"""Cards and cat pools: G02 the Aohan card ring, G01 the Dongsheng GoIP den, G12 the Baotou VoIP trunk,
G03 the Kundulun SMS cat (ETC phishing), G13 the Hongshan pension-authentication SMS cat, G16 the Saihan
verification-code (接码) farm."""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date
from .gangs_money import hooked_only, victim_pays


def two_shift(rng, day):
    """Call-room hours: 9:00-12:00 and 13:30-20:30."""
    n = len(day)
    am = rng.random(n) < 0.3
    return np.where(am, kit.hours(rng, n, 9, 12, day), kit.hours(rng, n, 13.5, 20.5, day))


def card_ring(w):
    """G02: a recruiter brings Aohan villagers to two rural agents in batches; each opens 2-5 cards."""
    rng = w.rng("G02")
    gang, scheme = "G02-aohan-card-ring", "village_card_buying"
    p = w.pop
    bg = kit.pick(w, rng, 20, zones=["cf_aohan_villages", "cf_ningcheng"], personas=["farmer", "elderly", "herder"])
    keys = np.concatenate([p.id_key[bg], w.ids.id_keys(14)])
    n_s = len(keys)
    ncards = rng.integers(2, 6, n_s)
    batch = np.sort(rng.integers(0, 9, n_s))
    bdate = np.sort(rng.integers(t_date(2035, 6, 16), t_date(2035, 7, 12), 9) // DAY) * DAY
    recruiter = kit.open_lines(w, 1, "cf_aohan_villages", opened=t_date(2031, 4, 2), rng=rng)
    store_cell = w.geo.zone_cells[w.geo.z("cf_aohan_villages")][:2]
    cards_num, cards_key, cards_open, cards_cell, cards_chan = [], [], [], [], []
    for b in range(9):
        m = np.flatnonzero(batch == b)
        if not len(m):
            continue
        k = int(ncards[m].sum())
        store = b % 2
        nums = w.ids.consecutive(k, 476, 146 if store else 194)
        t_open = bdate[b] + (10 * HOUR + np.sort(rng.integers(0, 5 * HOUR, k)))
        cards_num.append(nums)
        cards_key.append(np.repeat(keys[m], ncards[m]))
        cards_open.append(t_open)
        cards_cell.append(np.full(k, store_cell[store]))
        cards_chan.append(np.full(k, ["TG-476-A017", "TG-476-A023"][store], dtype=object))
        # the recruiter rings the batch's sellers the day before
        sel = m[m < 20]
        if len(sel):
            kit.dial(w, rng, bdate[b] - DAY + kit.hours(rng, len(sel), 17, 21, np.zeros(len(sel), dtype=np.int64)),
                     recruiter.msisdn[0], p.msisdn[bg[sel]], imei=recruiter.imei[0], imsi=recruiter.imsi[0],
                     cell=recruiter.cell[0], p_answer=0.85, med=70)
    num = np.concatenate(cards_num)
    key = np.concatenate(cards_key)
    opened = np.concatenate(cards_open)
    cell = np.concatenate(cards_cell)
    chan = np.concatenate(cards_chan)
    n = len(num)
    order = rng.permutation(n)
    # who gets which card (decided now so the subscriber rows carry the operator's later suspensions)
    use = np.full(n, "stock", dtype=object)
    plan = [("G01", 48), ("G06", 28), ("G09", 8), ("G03", 8), ("G13", 6), ("G11", 2)]
    at = 0
    for g, k in plan:
        use[order[at:at + k]] = g
        at += k
    imei = w.ids.imei(n, "smart")
    lines = kit.Lines(num, w.ids.imsi(n), imei, cell, key, opened)
    status = np.full(n, "active", dtype=object)
    st_time = np.full(n, -(2**62), dtype=np.int64)
    susp_day = np.full(n, 10**6, dtype=np.int64)
    for g, frac in (("G01", 0.2), ("G06", 0.5)):
        m = np.flatnonzero((use == g) & (rng.random(n) < frac))
        susp_day[m] = rng.integers(4, w.days, len(m))
        status[m] = "suspended"
        st_time[m] = susp_day[m] * DAY + rng.integers(8 * HOUR, 20 * HOUR, len(m))
    w.emit("subscribers", msisdn=num, imsi=lines.imsi, id_key=key, id_type="resident_id", customer_type="personal",
           line_type="mobile", operator=kit.OPERATOR, open_time=opened, open_channel=chan, open_cell=cell,
           status=status, status_time=st_time, is_prepaid=True, home_region="Chifeng")
    w.planted_num.append(num)
    w.planted_cell.append(cell)
    w.planted_sorted = None
    # every new card is tried once in the recruiter's handset at the counter
    w.emit("device", time=opened + rng.integers(300, 1800, n), msisdn=num, imsi=lines.imsi, imei=recruiter.imei[0],
           cell=cell, event="attach")
    in_window = opened >= 0
    w.emit("device", time=opened[in_window] + 1900, msisdn=num[in_window], imsi=lines.imsi[in_window],
           imei=recruiter.imei[0], cell=cell[in_window], event="detach")
    # the recruiter travels to Dongsheng to hand over cards (twice in the window)
    trips = np.array([2, 9]) if w.days > 9 else np.array([2])
    rl = recruiter
    kit.presence(w, rng, rl, np.ones((1, w.days), dtype=bool), data_rate=4, loc_rate=1)
    den_cell = w.geo.zone_cells[w.geo.z("eds_dongsheng_uv")][2]
    for d in trips:
        tt = d * DAY + np.array([11, 13, 15, 17]) * HOUR + rng.integers(0, 1800, 4)
        w.emit("device", time=tt, msisdn=rl.msisdn[0], imsi=rl.imsi[0], imei=rl.imei[0], cell=den_cell,
               event="location_update")
    w.card_stock = {"lines": lines, "use": use, "susp_day": susp_day, "recruiter": recruiter, "den_cell": den_cell}
    w.truth("id_key", keys, "card_seller", gang, scheme, opened.min())
    w.truth("msisdn", recruiter.msisdn, "gang_member", gang, scheme, 0)
    stock = np.flatnonzero(use == "stock")
    w.truth("msisdn", num[stock], "bought_card", gang, scheme, opened[stock])
    w.reg_fraud.append(dict(kind="id_key", entities=keys[[0, 5, 11, 23]], gang=gang, ftype="other", t=-20 * DAY,
                            src="police", label="card_seller"))


def cards_for(w, g):
    cs = w.card_stock
    idx = np.flatnonzero(cs["use"] == g)
    return cs["lines"].take(idx), cs["susp_day"][idx]


def goip_den(w):
    """G01: four GoIP gateways (40 channels) in a Dongsheng urban-village flat; yurt-camp and Naadam refunds."""
    rng = w.rng("G01")
    gang, scheme, ftype = "G01-dongsheng-goip", "yurt_camp_refund_goip", "customer_service"
    sims, susp = cards_for(w, "G01")
    ns, days = len(sims), w.days
    dev_size = [8, 8, 8, 16]
    imeis = np.concatenate([w.ids.imei(k, tac=86217005, sequential=True) for k in dev_size])
    nch = len(imeis)
    den = w.card_stock["den_cell"]
    cells = np.array([den, den, w.geo.zone_cells[w.geo.z("eds_dongsheng_uv")][3]])
    start = np.sort(rng.integers(0, days - 1, ns))
    life = rng.integers(2, 7, ns)
    act = kit.active_window(ns, days, start, life)
    act &= np.arange(days)[None, :] <= susp[:, None]
    base = rng.integers(0, nch, ns)
    rotate = rng.random(ns) < 0.35
    e, d = kit.per_day(rng, ns, days, rng.lognormal(np.log(72), 0.35, ns), act, 0.25)
    t = two_shift(rng, d)
    ch = (base[e] + np.where(rotate[e], d * 7, 0)) % nch
    # whom they ring: a leaked list of camp and ticket bookings, segment sweeps, local numbers
    n = len(e)
    travellers = np.flatnonzero(w.pop.trip_zone >= 0)
    leak = np.concatenate([w.pop.msisdn[rng.choice(travellers, min(len(travellers), 700), replace=False)],
                           w.ids.offnet(2600)])
    u = rng.random(n)
    callee = np.where(u < 0.55, leak[rng.integers(0, len(leak), n)],
                      np.where(u < 0.75, kit.sweep(w, rng, n), kit.strangers(w, rng, n, 0.6, personas=[
                          "elderly", "urban_worker", "civil_servant"])))
    cell = cells[rng.integers(0, 3, n)]
    ans, dur = kit.dial(w, rng, t, sims.msisdn[e], callee, imei=imeis[ch], imsi=sims.imsi[e], cell=cell,
                        p_answer=0.24, med=32, sigma=0.8, long_p=0.02, long_med=700)
    w.fraud_callees.append(callee[ans])
    # a few curious people ring back; the den never picks up
    cb = (~ans) & (rng.random(n) < 0.03)
    kit.dial(w, rng, t[cb] + rng.integers(600, 6 * HOUR, int(cb.sum())), callee[cb], sims.msisdn[e[cb]],
             imei=0, cell=-1, code=np.where(rng.random(int(cb.sum())) < 0.5, 1, 3))
    # presence of each SIM in its gateway channel on its active days
    ee, dd = np.nonzero(act)
    chd = (base[ee] + np.where(rotate[ee], dd * 7, 0)) % nch
    w.emit("device", time=dd * DAY + (8.7 * HOUR + rng.integers(0, 1200, len(ee))).astype(np.int64),
           msisdn=sims.msisdn[ee], imsi=sims.imsi[ee], imei=imeis[chd], cell=den, event="power_on")
    w.emit("device", time=dd * DAY + (20.6 * HOUR + rng.integers(0, 1800, len(ee))).astype(np.int64),
           msisdn=sims.msisdn[ee], imsi=sims.imsi[ee], imei=imeis[chd], cell=den, event="power_off")
    # the den boss's own phone: at the den, rings the recruiter and the mule operators now and then
    boss = kit.open_lines(w, 1, "eds_dongsheng", opened=t_date(2029, 9, 1), rng=rng)
    kit.presence(w, rng, boss, np.ones((1, days), dtype=bool), cell=np.array([den]), data_rate=8, loc_rate=1)
    bt = kit.hours(rng, 8, 21, 23.5, rng.integers(0, days, 8))
    to = np.concatenate([w.card_stock["recruiter"].msisdn, w.mules.operators])[rng.integers(0, 4, 8)]
    kit.dial(w, rng, bt, boss.msisdn[0], to, imei=boss.imei[0], imsi=boss.imsi[0], cell=den, p_answer=0.9, med=120)
    # victims: travellers and the elderly on the list, kept on the line, sent to a refund page and a meeting app
    vic = kit.pick(w, rng, 28, personas=["urban_worker", "civil_servant", "elderly", "student"], account=True,
                   smart=True)
    sim_v = rng.integers(0, ns, len(vic))
    dv = np.clip(start[sim_v] + rng.integers(0, 2, len(vic)), 0, days - 1)
    tv = kit.hours(rng, len(vic), 10, 19, dv)
    kit.dial(w, rng, tv, sims.msisdn[sim_v], w.pop.msisdn[vic], imei=imeis[base[sim_v]], imsi=sims.imsi[sim_v],
             cell=den, code=np.zeros(len(vic), dtype=np.int64), med=1500, sigma=0.5)
    doms = np.array(["tuikuan-hlbr.top", "nadamu-refund.cc", "hlbr-tk.top"], dtype=object)
    ips = np.array(["103.145.84.17", "103.145.84.23", "45.207.38.110"], dtype=object)
    di = rng.integers(0, 3, len(vic))
    tvis = tv + rng.integers(120, 900, len(vic))
    kit.visit(w, rng, tvis, w.pop.msisdn[vic], doms[di], url=np.array(
        [f"https://{x}/refund?o={k}" for x, k in zip(doms[di].tolist(), rng.integers(10**5, 10**6, len(vic)).tolist(),
                                                      strict=True)], dtype=object), ip=ips[di])
    kit.app_seen(w, tvis + rng.integers(60, 600, len(vic)), w.pop.msisdn[vic], "com.yunshixun.meeting", "install",
                 np.array([f"https://{x}/app/ysx.apk" for x in doms[di].tolist()], dtype=object))
    paid = np.arange(len(vic)) < 21
    accts = w.mules.take(gang, 12)
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=tv[paid],
                contact=sims.msisdn[sim_v[paid]], accounts=accts, n_pay=rng.integers(1, 4, int(paid.sum())),
                med=5200, sigma=0.8, grow=1.3, gap=(20 * 60, 3 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=tv[~paid],
                contact=sims.msisdn[sim_v[~paid]])
    first = np.full(ns, 10**9, dtype=np.int64)
    np.minimum.at(first, e, t)
    used = first < 10**9
    w.truth("msisdn", sims.msisdn[used], "simbox_sim", gang, scheme, first[used])
    w.truth("imei", imeis[np.unique(ch)], "simbox_device", gang, scheme, 0)
    w.truth("msisdn", boss.msisdn, "gang_member", gang, scheme, 0)
    w.truth("domain", doms, "fraud_domain", gang, scheme, 0)
    w.truth("ip", ips, "fraud_ip", gang, scheme, 0)
    w.truth("app", ["com.yunshixun.meeting"], "fraud_app", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="msisdn", entities=sims.msisdn[used], gang=gang, ftype=ftype, first=first[used],
                            src="user_report", rate=0.25))
    w.reg_fraud.append(dict(kind="domain", entities=doms[:1], gang=gang, ftype=ftype, t=6 * DAY, src="user_report"))


def voip_trunk(w):
    """G12: 24 VoIP lines on one shell company's licence in Baotou, calling the elderly as the medical-insurance
    bureau and then the police; callbacks are answered by the script."""
    rng = w.rng("G12")
    gang, scheme, ftype = "G12-baotou-voip-trunk", "medical_insurance_police_voip", "impersonate_police"
    n, days = 24, w.days
    lic = w.ids.id_keys(1)[0]
    lines = kit.open_lines(w, n, "bt_kundulun", opened=t_date(2035, 6, 2) + rng.integers(0, 5 * DAY, n),
                           id_keys=lic, id_type="business_license", customer="enterprise", line_type="voip",
                           channel="TG-472-ENT03", prepaid=False, rng=rng)
    start = np.where(np.arange(n) < 20, 0, rng.integers(4, 8, n))
    act = kit.active_window(n, days, start, np.full(n, days))
    act &= ((np.arange(days) + 6) % 7 < 6)[None, :]  # no Sundays
    e, d = kit.per_day(rng, n, days, rng.lognormal(np.log(150), 0.25, n), act, 0.2)
    t = kit.hours(rng, len(e), 9, 18, d)
    m = len(e)
    callee = kit.strangers(w, rng, m, 0.45, personas=["elderly", "farmer", "urban_worker"], areas=[471, 472])
    ans, _ = kit.dial(w, rng, t, lines.msisdn[e], callee, p_answer=0.19, med=28, sigma=0.8, long_p=0.025,
                      long_med=1500, call_type="voip", gateway="GW-BT-SIP07", callee_cell=kit.cell_of(w, callee, t))
    w.fraud_callees.append(callee[ans])
    cb = ans & (rng.random(m) < 0.04)
    k = int(cb.sum())
    kit.dial(w, rng, t[cb] + rng.integers(1800, 8 * HOUR, k), callee[cb], lines.msisdn[e[cb]],
             imei=0, cell=-1, p_answer=0.8, med=150, call_type="fixed")
    vic = kit.pick(w, rng, 13, personas=["elderly", "farmer"], areas=[471, 472], account=True)
    li = rng.integers(0, 20, len(vic))
    tv = kit.hours(rng, len(vic), 9.5, 16, rng.integers(0, days - 2, len(vic)))
    kit.dial(w, rng, tv, lines.msisdn[li], w.pop.msisdn[vic], code=np.zeros(len(vic), dtype=np.int64), med=2400,
             sigma=0.4, call_type="voip", gateway="GW-BT-SIP07")
    kit.dial(w, rng, tv + rng.integers(4 * HOUR, 20 * HOUR, len(vic)), lines.msisdn[li], w.pop.msisdn[vic],
             code=np.zeros(len(vic), dtype=np.int64), med=1800, sigma=0.4, call_type="voip", gateway="GW-BT-SIP07")
    paid = np.arange(len(vic)) < 10
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=tv[paid],
                contact=lines.msisdn[li[paid]], accounts=w.mules.take(gang, 8), n_pay=rng.integers(1, 4, 10),
                med=42000, sigma=0.6, gap=(3 * HOUR, 30 * HOUR), first_gap=(40 * 60, 5 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=tv[~paid],
                contact=lines.msisdn[li[~paid]])
    w.truth("msisdn", lines.msisdn, "fixed_voip_line", gang, scheme, start * DAY + 9 * HOUR)
    w.truth("id_key", [lic], "gang_member", gang, scheme, t_date(2035, 6, 2))
    w.reg_fraud.append(dict(kind="msisdn", entities=lines.msisdn, gang=gang, ftype=ftype,
                            first=start * DAY + 9 * HOUR, src="user_report", rate=0.3))


def sms_cat(w, *, gang, scheme, ftype, rng, sims, susp_days, imeis, cell, rate, hours_, apexes, ips, templates,
            receivers_mix, victims_n, app=None, drain_med=3000.0):
    ns, days = len(sims), w.days
    start = rng.integers(0, max(1, days - 3), ns)
    life = rng.integers(3, 9, ns)
    act = kit.active_window(ns, days, start, life) & (np.arange(days)[None, :] <= susp_days[:, None])
    e, d = kit.per_day(rng, ns, days, rng.lognormal(np.log(rate), 0.3, ns) / 40.0, act, 0.2)
    # each event is a burst of ~40 texts
    k = rng.integers(20, 61, len(e))
    b = np.repeat(np.arange(len(e)), k)
    j = np.concatenate([np.arange(x) for x in k]) if len(k) else np.zeros(0, dtype=np.int64)
    t0 = kit.hours(rng, len(e), hours_[0], hours_[1], d)
    t = t0[b] + j * rng.integers(2, 9, len(b))
    s = e[b]
    n = len(s)
    own_p, personas, smart_p = receivers_mix
    u = rng.random(n)
    pop_rcv = kit.pick(w, rng, min(w.pop.n // 3, int(n * own_p * 0.8) + 10), personas=personas, claim=False,
                       exclude=False)
    rcv_idx = np.where(u < own_p, pop_rcv[rng.integers(0, len(pop_rcv), n)], -1)
    sweepn = kit.sweep(w, rng, n)
    rcv = np.where(rcv_idx >= 0, w.pop.msisdn[np.maximum(rcv_idx, 0)],
                   np.where(rng.random(n) < 0.5, sweepn, w.ids.offnet(n)))
    tok = np.array([f"{x:x}" for x in rng.integers(0x1000, 0xfffff, 64).tolist()], dtype=object)
    ai = (s + d[b]) % len(apexes)
    host = np.char.add(np.char.add(tok[(s * 3 + d[b]) % 64].astype(str), "."), np.asarray(apexes)[ai].astype(str))
    ti = rng.integers(0, len(templates), n)
    body = np.array([templates[a].format(u=h) for a, h in zip(ti.tolist(), host.tolist(), strict=True)], dtype=object)
    kit.text(w, t, sims.msisdn[s], rcv, body, imei=imeis[s % len(imeis)], cell=cell)
    # clicks by smartphone users among the background receivers
    clk = (rcv_idx >= 0) & w.pop.smart[np.maximum(rcv_idx, 0)] & (rng.random(n) < smart_p)
    ci = np.flatnonzero(clk)
    tv = t[ci] + rng.integers(30, 3 * HOUR, len(ci))
    kit.visit(w, rng, tv, rcv[ci], host[ci].astype(object), url=np.array(
        [f"https://{h}/auth?id={x}" for h, x in zip(host[ci].tolist(), rng.integers(10**6, 10**7, len(ci)).tolist(),
                                                    strict=True)], dtype=object), ip=np.asarray(ips)[ai[ci]])
    # victims: some clickers with a bank account enter their card details and are drained
    who = rcv_idx[ci]
    has = (w.pop.account[who] != None) & ~w.claimed[who]  # noqa: E711
    cand = np.flatnonzero(has)
    _, first_i = np.unique(who[cand], return_index=True)
    cand = cand[np.sort(first_i)][:victims_n]
    vic = who[cand]
    w.claimed[vic] = True
    if app:
        kit.app_seen(w, tv[cand] + 120, w.pop.msisdn[vic], app, "install",
                     np.array([f"https://{h}/{app.split('.')[-1]}.apk" for h in host[ci][cand].tolist()], dtype=object))
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic, t_hook=tv[cand],
                contact=sims.msisdn[s[ci[cand]]], accounts=w.mules.take(gang, 8), n_pay=rng.integers(1, 3, len(vic)),
                med=drain_med, sigma=0.6, channel="third_party", first_gap=(5 * 60, 50 * 60), gap=(600, 4 * HOUR),
                initiated=0)
    first = np.full(ns, 10**9, dtype=np.int64)
    np.minimum.at(first, s, t)
    used = first < 10**9
    w.truth("msisdn", sims.msisdn[used], "fraud_sms_sender", gang, scheme, first[used])
    w.truth("imei", imeis[np.unique(s % len(imeis))], "simbox_device", gang, scheme, 0)
    hosts = np.unique(host[ci]).astype(object)
    w.truth("domain", np.concatenate([np.asarray(apexes, dtype=object), hosts]), "fraud_domain", gang, scheme, 0)
    w.truth("ip", np.asarray(ips, dtype=object), "fraud_ip", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="msisdn", entities=sims.msisdn[used], gang=gang, ftype=ftype, first=first[used],
                            src="user_report", rate=0.35))
    return hosts


def sms_cats(w):
    # G03: ETC-expiry, traffic-fine and Naadam-prize texts from two 16-port cats in a Kundulun flat
    rng = w.rng("G03")
    ring, susp = cards_for(w, "G03")
    lic = w.ids.id_keys(1)[0]
    ent = kit.open_lines(w, 12, "bt_kundulun", opened=t_date(2035, 6, 25) + rng.integers(0, 3600, 12), id_keys=lic,
                         id_type="business_license", customer="enterprise", channel="TG-472-ENT11", consecutive=True,
                         prepaid=False, rng=rng)
    sims = kit.Lines(np.concatenate([ring.msisdn, ent.msisdn]), np.concatenate([ring.imsi, ent.imsi]),
                     np.concatenate([ring.imei, ent.imei]), np.concatenate([ring.cell, ent.cell]),
                     np.concatenate([ring.id_key, ent.id_key]), np.concatenate([ring.opened, ent.opened]))
    imeis = np.concatenate([w.ids.imei(16, tac=86384803, sequential=True), w.ids.imei(16, tac=86384803,
                                                                                       sequential=True)])
    cell = w.geo.zone_cells[w.geo.z("bt_kundulun")][5]
    tpl = ["【ETC服务】您的ETC卡已失效，将影响高速通行，请尽快登录 https://{u} 重新认证。",
           "【交管12123】您有一条未处理的违章记录，罚款逾期将加收滞纳金，详情 https://{u}",
           "【那达慕组委会】恭喜您获得锡林郭勒那达慕赛马观赛票两张，领取 https://{u} 限今日",
           "【ETC】尊敬的车主，您的ETC设备已过期，点击 {u} 免费更新，逾期停用。"]
    sms_cat(w, gang="G03-kundulun-sms-cat", scheme="etc_traffic_fine_sms_phishing", ftype="other", rng=rng, sims=sims,
            susp_days=np.concatenate([susp, np.full(12, 10**6)]), imeis=imeis, cell=cell, rate=260, hours_=(8, 21.5),
            apexes=["nmg-etc-rz.top", "etcnmg-cx.vip", "12123-nmjg.cc"],
            ips=["156.251.18.40", "156.251.18.41", "43.152.9.77"], templates=tpl,
            receivers_mix=(0.45, ["urban_worker", "trucker", "merchant", "civil_servant", "miner"], 0.03),
            victims_n=16, drain_med=3500)
    w.truth("id_key", [lic], "gang_member", "G03-kundulun-sms-cat", "etc_traffic_fine_sms_phishing")
    # G13: pension-authentication texts to the old from one 8-port cat in Hongshan, low and slow
    rng = w.rng("G13")
    sims, susp = cards_for(w, "G13")
    imeis = w.ids.imei(8, tac=86555402, sequential=True)
    cell = w.geo.zone_cells[w.geo.z("cf_hongshan")][7]
    tpl = ["【人社通知】您的养老金领取资格认证即将到期，逾期将暂停发放，请点击 https://{u} 完成人脸认证。",
           "【社保中心】您的社保卡需年审，请于3日内登录 {u} 办理，否则停发待遇。",
           "【草原补奖】2035年草原生态补奖资金待领取，请通过 https://{u} 核对银行卡信息。"]
    sms_cat(w, gang="G13-hongshan-pension-sms", scheme="pension_subsidy_auth_phishing", ftype="other", rng=rng,
            sims=sims, susp_days=susp, imeis=imeis, cell=cell, rate=85, hours_=(9, 17),
            apexes=["nmgrs-gov.top", "rsrz-nmg.icu"], ips=["154.39.71.8", "154.39.71.9"], templates=tpl,
            receivers_mix=(0.7, ["elderly", "herder", "farmer"], 0.06), victims_n=9, app="com.nmgrs.rzapp",
            drain_med=6000)
    w.truth("app", ["com.nmgrs.rzapp"], "fraud_app", "G13-hongshan-pension-sms", "pension_subsidy_auth_phishing", 0)


def jiema_farm(w):
    """G16: 42 cards bought in Kailu villages in three 16-port pools in Saihan, receiving platform codes and
    registering accounts for other gangs."""
    rng = w.rng("G16")
    gang, scheme = "G16-saihan-jiema-farm", "verification_code_account_farm"
    keys = w.ids.id_keys(13)
    k = rng.integers(3, 5, 13)
    key = np.repeat(keys, k)
    n = len(key)
    sims = kit.open_lines(w, n, "tl_kailu", opened=rng.integers(t_date(2035, 5, 10), t_date(2035, 6, 28), n),
                          id_keys=key, channel="TG-475-A031", rng=rng)
    imeis = np.concatenate([w.ids.imei(16, tac=86217005, sequential=True) for _ in range(3)])
    cell = w.geo.zone_cells[w.geo.z("hhht_saihan")][11]
    slot = rng.permutation(len(imeis))[:n]
    act = rng.random((n, w.days)) < 0.85
    kit.presence(w, rng, sims, act, cell=np.full(n, cell), imei=imeis[slot], data_rate=0.5, loc_rate=0.3)
    e, d = kit.per_day(rng, n, w.days, 2.5, act, 0.4)
    t = kit.hours(rng, len(e), 9, 23.5, d)
    plats = np.array(["wechat", "qq", "douyin", "kuaishou", "alipay", "taobao", "xiaohongshu", "weibo", "didi",
                      "pinduoduo"], dtype=object)
    pl = plats[rng.choice(len(plats), len(e), p=[.22, .18, .16, .12, .08, .07, .06, .05, .03, .03])]
    senders = {"wechat": 8610690012345, "qq": 8610690066666, "douyin": 8610655012888, "kuaishou": 8610690155155,
               "alipay": 8610690088777, "taobao": 8610690095188, "xiaohongshu": 8610690512345,
               "weibo": 8610690090090, "didi": 8610690077777, "pinduoduo": 8610690033333}
    code = rng.integers(100000, 999999, len(e))
    kit.text(w, t, np.array([senders[x] for x in pl.tolist()], dtype=np.int64), sims.msisdn[e],
             np.array([f"【{x}】验证码{c}，用于注册新账号，请勿转发。" for x, c in zip(pl.tolist(), code.tolist(), strict=True)],
                      dtype=object))
    handles = kit.register(w, rng, sims.msisdn[e], pl, t + rng.integers(20, 200, len(e)))
    w.truth("msisdn", sims.msisdn, "simbox_sim", gang, scheme, sims.opened)
    w.truth("imei", imeis[slot], "simbox_device", gang, scheme, 0)
    w.truth("id_key", keys, "card_seller", gang, scheme, sims.opened.min())
    w.truth("account", np.array([f"{p}:{h}" for p, h in zip(pl.tolist(), handles.tolist(), strict=True)], dtype=object),
            "fraud_account", gang, scheme, t)
    w.jiema_handles = (handles, pl)


def build(w):
    card_ring(w)
    goip_den(w)
    voip_trunk(w)
    sms_cats(w)
    jiema_farm(w)
