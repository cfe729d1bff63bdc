"""Benign look-alikes: people, lines, devices, accounts and web resources that resemble fraud on some signal but are
not fraud. Each is labelled ``lookalike:<kind>`` in the truth; README.md says what gives each away."""

from __future__ import annotations

import numpy as np
from core import (
    DAY,
    DAYS,
    END,
    EVAL_START,
    RIDX,
    START,
    TAC_FEATURE,
    TAC_IOT,
    TAC_PHONE,
    YEAR,
    V,
    day0,
    hexkeys,
)
from gangs import HOUR, MIN, app_install, dur_after, fresh_ids, labels, phones, targets, webvisits
from normal import account_ids, new_accounts
from world import BUSINESS, CIVIL, FARMER, RETIREE, STUDENT, World


def L(w: World, kind, etype, ents, first=START):
    ents = np.atleast_1d(np.asarray(ents))
    w.truth(etype, ents, f"lookalike:{kind}", None, kind, first)
    w.la_counts[kind] = w.la_counts.get(kind, 0) + int(ents.size)


def set_open(w: World, nodes, t):
    w.open_time[nodes] = t
    w.recs.parts["subscribers"][0]["open_time"][nodes] = t


def set_id(w: World, nodes, code):
    w.id_key[nodes] = code
    w.recs.parts["subscribers"][0]["id_key"][nodes] = code


def popph(w: World, nodes, place=None, region_cells=0):
    if place is not None:
        w.home[nodes] = w.place(place, len(nodes))
        w.work[nodes] = w.place(place, len(nodes))
    ph = w.pop_phones(nodes)
    if region_cells:
        ph.cells = w.rand_cell(np.repeat(w.region[nodes][:, None], region_cells, axis=1))
    return ph


def strangers(w: World, ph, rate, profile, draw, p_ans, med, sig=.8, clients=0, callback=0.0, start=START, end=END,
              call_type="mobile", gateway=None, nocell=False, media="voice", p_rej=.05, roam=None):
    """Outbound calls to people outside the caller's circle; ``clients`` > 0 gives each caller a fixed client list
    (repeat calls); ``callback`` is the share of answered on-net callees who ring back."""
    rng = w.rng
    a, t = w.schedule(len(ph), rate, start, end, profile)
    if clients:
        cm, cn = draw(len(ph) * clients)
        k = (clients * rng.random(a.size) ** 1.6).astype(np.int64)
        callee, node = cm[a * clients + k], cn[a * clients + k]
    else:
        callee, node = draw(a.size)
    res, dur, ring = w.outcome(a.size, p_ans, med, sig, p_rej=p_rej)
    w.calls(ph, a, t, callee, dur, res, ring, media=media, call_type=call_type, gateway=gateway,
            cells=np.full(a.size, -1) if nocell else None, roam=roam)
    if callback:
        cb = (res == "answered") & (node >= 0) & (rng.random(a.size) < callback)
        nd = node[cb]
        tt = t[cb] + dur[cb] + dur_after(rng, nd.size, 2 * MIN, 6 * HOUR)
        ok = tt < END
        nd, tt, who = nd[ok], tt[ok], ph.msisdn[a[cb][ok]]
        r2, d2, g2 = w.outcome(nd.size, .9, 70)
        cph = w.pop_phones(nd)
        w.calls(cph, np.arange(nd.size), tt, who, d2, r2, g2, cells=w.cell_at(nd, tt))
    return a, t, callee, node, res


def complain(w, msisdn, p):
    w.complaints.append((np.asarray(msisdn, np.int64), p))


def new_lines(w, n, region, ot, id_key, channel, line_type="mobile", customer_type="personal", id_type="resident_id",
              cells=None, tac=TAC_PHONE, kind="cm", prepaid=True, place=None):
    """New (non-population) phones: subscriber rows, handsets, registry."""
    if cells is None:
        cells = w.place(place, n) if place else w.rand_cell(np.full(n, RIDX[region]))
    cells = np.asarray(cells)
    c0 = cells if cells.ndim == 1 else cells[:, 0]
    if line_type in ("fixed", "voip"):
        ms = w.fixed_numbers(np.full(n, RIDX[region]))
        w.new_cards(n, RIDX[region], ot, id_key, channel, line_type=line_type, customer_type=customer_type,
                    id_type=id_type, prepaid=False, open_cell=c0, numbers=ms, imsi=False)
        ims = np.full(n, -1)
        imei = np.full(n, -1)
    else:
        num = w.nums.alloc(n, [861064], 9) if line_type == "iot" else None
        ms, ims = w.new_cards(n, RIDX[region], ot, id_key, channel, line_type=line_type,
                              customer_type=customer_type, id_type=id_type, prepaid=prepaid, open_cell=c0, kind=kind,
                              numbers=num)
        imei = w.nums.imei(n, tac)
    w.register(ms, c0)
    return phones(ms, ims, imei, cells if cells.ndim == 2 else cells[:, None])


# ================================================================================================ the look-alikes
def callers_of_strangers(w: World):
    rng = w.rng
    gl, nn = RIDX["桂林"], RIDX["南宁"]
    tourist = (w.trip_region == gl) & (w.trip_start > 0)
    # tour guides of 阳朔/漓江: aged cards, ring the day's tourists, who ring back
    n = w.pick(24, (w.region == gl) & (w.age >= 22) & (w.age < 55) & ~w.secondary & w.smart
               & (w.open_time < START - YEAR))
    ph = popph(w, n, "yangshuo")
    strangers(w, ph, 16, "long", targets(w, tourist | (rng.random(w.N) < .05), p=np.where(tourist, 10., 1.), offnet=.45),
              .85, 80, callback=.35)
    L(w, "tour_guide", "msisdn", w.msisdn[n])
    # 阳朔 hotel / homestay front desks: fixed lines confirming bookings, and SMS confirmations
    ph = new_lines(w, 10, "桂林", START - rng.integers(2 * YEAR, 9 * YEAR, 10), fresh_ids(w, 10, "bl"), "GX-ENT-03",
                   line_type="fixed", customer_type="enterprise", id_type="business_license", place="yangshuo")
    strangers(w, ph, 18, "business", targets(w, tourist, offnet=.5), .8, 70, callback=.3, call_type="fixed", nocell=True)
    a, t = w.schedule(10, 25, profile="business")
    rcv, _ = targets(w, tourist, offnet=.5)(a.size)
    w.recs.add("sms", send_time=t, sender=np.array(A2P_HOTEL, np.int64)[a], receiver=rcv,
               content="【阳朔西街客栈】您预订的大床房已确认，地址：阳朔县西街，到店报手机号即可入住。退改请致电前台。")
    L(w, "hotel_front_desk", "msisdn", ph.msisdn)
    # delivery riders
    riders = w.pick(50, np.isin(w.region, [nn, RIDX["柳州"], gl]) & (w.age >= 19) & (w.age < 46) & ~w.secondary & w.smart)
    ph = popph(w, riders, region_cells=6)
    mt = w.installed[:, 6]
    strangers(w, ph, 32, "meal", targets(w, mt, offnet=.3), .8, 25, sig=.6, callback=.12, p_rej=.02)
    L(w, "delivery_rider", "msisdn", w.msisdn[riders])
    # couriers: calls plus pickup SMS from their own number
    cour = w.pick(30, (w.age >= 22) & (w.age < 50) & ~w.secondary & w.smart)
    ph = popph(w, cour, region_cells=4)
    draw = targets(w, None, offnet=.3)
    strangers(w, ph, 22, "business", draw, .72, 30, callback=.2)
    a, t = w.schedule(30, 28, profile="business")
    rcv, _ = draw(a.size)
    w.sms(ph, a, t, rcv, "您好，您的快递已放在小区门口丰巢柜，取件码发您手机了，有问题打我电话。")
    L(w, "courier", "msisdn", w.msisdn[cour])
    # real-estate agents (南宁): cold calls, many refusals, complaints
    ag = w.pick(30, (w.region == nn) & (w.age >= 22) & (w.age < 45) & ~w.secondary & w.smart)
    ph = popph(w, ag, "nanning_cbd")
    strangers(w, ph, 42, "business", targets(w, w.age >= 28, offnet=.3), .33, 40, p_rej=.22, callback=.03)
    complain(w, w.msisdn[ag], .25)
    L(w, "real_estate_agent", "msisdn", w.msisdn[ag])
    # licensed debt collectors on VoIP lines: the same debtors again and again
    ph = new_lines(w, 14, "南宁", START - rng.integers(YEAR, 3 * YEAR, 14), "bl-gx-cuishou-0001", "GX-ENT-05",
                   line_type="voip", customer_type="enterprise", id_type="business_license", place="nanning_cbd")
    debtors = w.rng.random(w.N) < .03
    strangers(w, ph, 55, "business", targets(w, debtors, offnet=.25), .28, 60, clients=90, p_rej=.25,
              call_type="voip", gateway="VGW-NN-12", nocell=True)
    complain(w, ph.msisdn, .45)
    L(w, "debt_collector", "msisdn", ph.msisdn)
    # insurance agents
    ins = w.pick(25, (w.age >= 28) & (w.age < 55) & ~w.secondary & w.smart)
    strangers(w, popph(w, ins), 22, "business", targets(w, w.age >= 30, offnet=.25), .45, 90, callback=.05, p_rej=.15)
    complain(w, w.msisdn[ins], .12)
    L(w, "insurance_agent", "msisdn", w.msisdn[ins])
    # community grid workers: enterprise work phones opened two months ago, call residents of their own area
    for reg, k in ((nn, 18), (RIDX["柳州"], 12)):
        ot = START - rng.integers(45 * DAY, 80 * DAY, k)
        ph = new_lines(w, k, "南宁" if reg == nn else "柳州", ot, f"bl-gx-jiedao-{reg}", "GX-ENT-09",
                       customer_type="enterprise", id_type="business_license")
        ph.cells = w.rand_cell(np.full((k, 3), reg))
        w.presence(ph, ot, END + DAY, data_rate=2, loc_rate=2)
        strangers(w, ph, 28, "office", targets(w, w.region == reg, offnet=.05), .75, 120, callback=.3)
        L(w, "community_grid_worker", "msisdn", ph.msisdn)
    # village first secretaries (驻村第一书记)
    vs = w.pick(15, np.isin(w.region, [RIDX["百色"], RIDX["河池"]]) & (w.occ == CIVIL) & ~w.secondary)
    strangers(w, popph(w, vs), 18, "long", targets(w, np.isin(w.region, [RIDX["百色"], RIDX["河池"]]) & (w.occ == FARMER),
                                                 offnet=.05), .8, 150, callback=.4)
    L(w, "village_first_secretary", "msisdn", w.msisdn[vs])
    # agricultural census enumerators: new cards from the statistics bureau, interview calls to farmers
    ot = START - rng.integers(10 * DAY, 30 * DAY, 20)
    ph = new_lines(w, 20, "玉林", ot, "bl-gx-tongji-0001", "GX-ENT-11", customer_type="enterprise",
                   id_type="business_license")
    w.presence(ph, ot, END + DAY, data_rate=1.5, loc_rate=1)
    strangers(w, ph, 30, "office", targets(w, w.occ == FARMER, offnet=.02), .62, 200, callback=.2)
    L(w, "agri_census_enumerator", "msisdn", ph.msisdn)
    # 恭城 mandarin buyers: ring growers, pay them
    fb = w.pick(12, (w.region == gl) & (w.age >= 30) & ~w.secondary & w.smart)
    w.occ[fb] = BUSINESS
    grow = (w.region == gl) & (w.occ == FARMER)
    a, t, callee, node, res = strangers(w, popph(w, fb, "gongcheng"), 24, "long", targets(w, grow, offnet=.35), .85, 100,
                                        callback=.5)
    pay_ok = (res == "answered") & (node >= 0) & (rng.random(a.size) < .18)
    pay_ok[pay_ok] &= w.acct[node[pay_ok]] >= 0
    amt = np.round(rng.uniform(3000, 18000, pay_ok.sum()), 0)
    w.recs.add("transfers", time=t[pay_ok] + rng.integers(HOUR, DAY, pay_ok.sum()), from_account=w.acct[fb[a[pay_ok]]],
               to_account=w.acct[node[pay_ok]], amount=amt, currency="CNY", channel="mobile_app",
               initiated_msisdn=w.msisdn[fb[a[pay_ok]]])
    L(w, "mandarin_buyer", "msisdn", w.msisdn[fb])
    # freshmen in 桂林's and 南宁's universities: cards opened in September, calling new classmates
    fr = w.pick(80, (w.age <= 20) & (w.occ == STUDENT) & np.isin(w.region, [gl, nn]) & ~w.secondary)
    set_open(w, fr, START - rng.integers(55 * DAY, 70 * DAY, fr.size))
    w.home[fr] = np.where(w.region[fr] == gl, w.place("guilin_univ", fr.size), w.place("gx_minzu_univ", fr.size))
    fm = np.zeros(w.N, bool)
    fm[fr] = True
    strangers(w, popph(w, fr), 5, "evening", targets(w, fm, offnet=.2, any_card=True), .85, 120, callback=.6)
    L(w, "university_freshman", "msisdn", w.msisdn[fr])
    # returnees from Guangdong factories with new local cards
    rt = w.pick(30, (w.age >= 20) & (w.age < 45) & ~w.secondary & w.smart)
    set_open(w, rt, START - rng.integers(3 * DAY, 35 * DAY, rt.size))
    w.lam[rt] *= 2.2
    L(w, "returnee_new_card", "msisdn", w.msisdn[rt])
    # urban-village landlords in 西乡塘 (same cells as the GOIP room)
    ll = w.pick(6, (w.region == nn) & (w.age >= 40) & ~w.secondary)
    strangers(w, popph(w, ll, "xixiangtang_village"), 10, "long", targets(w, w.age < 40, offnet=.3), .72, 70,
              callback=.45)
    L(w, "urban_village_landlord", "msisdn", w.msisdn[ll])


A2P_HOTEL = [1069077301, 1069077302, 1069077303, 1069077304, 1069077305, 1069077306, 1069077307, 1069077308,
             1069077309, 1069077310]


def beihai_pyramid(w: World):
    """北海 "资本运作 / 1040阳光工程": outsiders brought to 北海 live in shared flats and call relatives and old friends to
    join. They are themselves deceived; the organisation's money flows to upline accounts. Counted as look-alikes: it
    is pyramid selling (传销), a different crime handled by market regulators and police, not telecom fraud."""
    rng = w.rng
    n = 36
    ot = START - rng.integers(5 * DAY, 60 * DAY, n)
    ph = new_lines(w, n, "北海", ot, hexkeys(rng, n, "id"), "GX779-YH06", place="beihai_yinhai")
    ph.cells = w.place("beihai_yinhai")[rng.integers(0, 4, (n, 2))]
    w.presence(ph, np.maximum(ot, START - DAY), END + DAY, data_rate=2, loc_rate=.5)
    kin = w.off_msisdn[rng.integers(0, w.M, n * 25)].reshape(n, 25)

    def draw(k):
        ms = kin.ravel()[rng.integers(0, kin.size, k)]
        return ms, np.full(k, -1)
    strangers(w, ph, 14, "evening", draw, .7, 320, sig=.9, clients=25)
    # incoming calls from family
    a, t = w.schedule(n, 3, profile="evening")
    res, dur, ring = w.outcome(a.size, .85, 400)
    w.recs.add("voice", start_time=t, caller=kin[a, rng.integers(0, 25, a.size)], callee=ph.msisdn[a], duration_s=dur,
               ring_s=ring, result=res, callee_cell=w.cellcode(ph.cells[a, 0]), call_type="mobile", media="voice")
    L(w, "pyramid_recruit", "msisdn", ph.msisdn)
    up = V.ids(hexkeys(rng, 4, "ac"))
    w.recs.add("bank_accounts", account_id=up, id_key=hexkeys(rng, 4, "id"), bank="中国农业银行",
               open_time=START - rng.integers(YEAR, 4 * YEAR, 4), status="active")
    # recruits' own accounts (opened at home) pay the 69,800 "entry" in instalments to the upline
    ra = V.ids(hexkeys(rng, n, "ac"))
    w.recs.add("bank_accounts", account_id=ra, id_key=w.recs.parts["subscribers"][-1]["id_key"],
               bank="中国建设银行", open_time=START - rng.integers(2 * YEAR, 8 * YEAR, n), bound_msisdn=ph.msisdn,
               status="active")
    k = rng.integers(1, 4, n)
    i = np.repeat(np.arange(n), k)
    w.recs.add("transfers", time=START + rng.integers(0, DAYS * DAY, i.size), from_account=ra[i],
               to_account=up[rng.integers(0, 4, i.size)], amount=rng.choice([3800, 21800, 23000, 69800], i.size),
               currency="CNY", channel="mobile_app", initiated_msisdn=ph.msisdn[i])
    L(w, "pyramid_upline_account", "account", w.account_name(up))


def anti_fraud_callers(w: World):
    """The 96110 anti-fraud centre and police officers call people right after fraud contacts them; the 12381
    national warning SMS reaches the same people. Same callees as the gangs, minutes later."""
    rng = w.rng
    fc = np.concatenate([x[0] for x in w.fraud_contacts])
    ft = np.concatenate([x[1] for x in w.fraud_contacts])
    hv = np.concatenate([x[0] for x in w.hooks])
    htt = np.concatenate([x[1] for x in w.hooks])
    pick = rng.random(fc.size) < .12
    sel_h = rng.random(hv.size) < .6
    tv = np.concatenate([fc[pick], hv[sel_h]])
    tt = np.concatenate([ft[pick], htt[sel_h]]) + dur_after(rng, tv.size, 8 * MIN, 20 * HOUR)
    ok = tt < END
    tv, tt = tv[ok], tt[ok]
    res, dur, ring = w.outcome(tv.size, .55, 150)
    officers = w.pick(6, (w.region == RIDX["南宁"]) & (w.age >= 25) & (w.age < 50) & ~w.secondary)
    use96 = rng.random(tv.size) < .7
    caller = np.where(use96, 96110, w.msisdn[officers[rng.integers(0, 6, tv.size)]])
    w.recs.add("voice", start_time=tt, caller=caller, callee=w.msisdn[tv], duration_s=dur, ring_s=ring, result=res,
               call_type=np.where(use96, "fixed", "mobile").astype(object),
               gateway=np.where(use96, "PSTN-NN-96110", None).astype(object),
               caller_cell=np.where(use96, -1, w.cellcode(w.place("nanning_cbd", tv.size))))
    L(w, "anti_fraud_police_callback", "msisdn", np.concatenate([[96110], w.msisdn[officers]]))
    s = rng.random(fc.size) < .2
    w.recs.add("sms", send_time=np.minimum(ft[s] + rng.integers(60, 3 * HOUR, s.sum()), END - 1), sender=12381,
               receiver=w.msisdn[fc[s]],
               content="【国家反诈中心】您可能正在遭遇电信网络诈骗，凡是自称公检法要求转账到安全账户、刷单返利、网贷解冻的都是诈骗！如有疑问请拨打96110。")
    L(w, "anti_fraud_warning_sms", "msisdn", [12381])


def lines_and_centres(w: World):
    rng = w.rng
    # privacy-number platform (隐私号): VoIP middle numbers connecting riders/drivers and customers both ways
    n = 20
    ph = new_lines(w, n, "南宁", START - rng.integers(YEAR, 3 * YEAR, n), "bl-gx-yinsihao-0001", "GX-ENT-02",
                   line_type="voip", customer_type="enterprise", id_type="business_license", place="nanning_cbd")
    a, t, callee, node, res = strangers(w, ph, 70, "meal", targets(w, w.installed[:, 6] | w.installed[:, 10],
                                                                   offnet=.3), .8, 40, call_type="voip",
                                        gateway="VGW-NN-95", nocell=True)
    a2, t2 = w.schedule(n, 60, profile="meal")
    cust = rng.integers(0, w.N, a2.size)
    r2, d2, g2 = w.outcome(a2.size, .85, 45)
    w.calls(w.pop_phones(cust), np.arange(a2.size), t2, ph.msisdn[a2], d2, r2, g2, cells=w.cell_at(cust, t2),
            call_type="voip")
    L(w, "privacy_number_platform", "msisdn", ph.msisdn)
    # outsourced telesales centre: 40 enterprise cards on one licence, one floor, each its own handset
    n = 40
    ph = new_lines(w, n, "南宁", START - rng.integers(YEAR, 3 * YEAR, n), "bl-gx-waibao-0001", "GX-ENT-01",
                   customer_type="enterprise", id_type="business_license",
                   cells=np.full(n, w.place("nanning_cbd")[2]), prepaid=False)
    w.presence(ph, START - DAY, END + DAY, data_rate=.5, loc_rate=.2)
    strangers(w, ph, 65, "office", targets(w, None, offnet=0), .45, 95, p_rej=.12, callback=.02)
    complain(w, ph.msisdn, .05)
    L(w, "outsourced_call_centre", "msisdn", ph.msisdn)
    # hospital appointment lines
    n = 6
    ph = new_lines(w, n, "南宁", START - rng.integers(5 * YEAR, 15 * YEAR, n), "bl-gx-yike-0001", "GX-ENT-04",
                   line_type="fixed", customer_type="enterprise", id_type="business_license", place="nanning_cbd")
    pats = rng.random(w.N) < .05
    strangers(w, ph, 35, "office", targets(w, pats, offnet=.1), .75, 60, call_type="fixed", nocell=True, callback=.1)
    a, t = w.schedule(n, 60, profile="business")
    rcv, _ = targets(w, pats, offnet=.1)(a.size)
    w.recs.add("sms", send_time=t, sender=1069077120, receiver=rcv,
               content="【广西医大一附院】您已预约明日门诊，请携带身份证或医保电子凭证按时就诊，取消预约请回复QX。")
    L(w, "hospital_appointment_line", "msisdn", np.concatenate([ph.msisdn, [1069077120]]))
    w.allow = getattr(w, "allow", []) + list(ph.msisdn) + [1069077120, 96110, 12381]


def many_cards(w: World):
    rng = w.rng
    cz = RIDX["崇左"]
    # cane crew foremen: workers' cards opened in one batch at a Fusui store, each then in its own cheap phone
    crew_ms, fore_ms = [], []
    for f in range(8):
        fm = w.pick(1, np.isin(w.region, [cz, RIDX["百色"]]) & (w.age >= 35) & (w.age < 58) & ~w.secondary)
        w.home[fm] = w.place("fusui", 1)
        fore_ms.append(w.msisdn[fm])
        k = int(rng.integers(10, 22))
        day = START - rng.integers(2 * DAY, 30 * DAY) if f < 7 else START + 3 * DAY
        ot = day + 9 * HOUR + np.sort(rng.integers(0, 5 * HOUR, k))
        ids = hexkeys(rng, k, "id")
        nown = min(k, 3)
        ids[:nown] = w.account_name(w.id_own[w.owner[fm]])[0]  # the foreman puts a few on his own ID
        ph = new_lines(w, k, "崇左", ot, ids, "GX771-FS05", tac=TAC_FEATURE, cells=w.place("fusui")[rng.integers(0, 5, (k, 2))])
        w.presence(ph, ot + HOUR, END + DAY, data_rate=.3, loc_rate=1.5)
        fam = w.off_msisdn[rng.integers(0, w.M, k * 4)].reshape(k, 4)
        famp = np.where(rng.random((k, 4)) < .5, fam, w.msisdn[rng.integers(0, w.N, (k, 4))])

        def draw(m, famp=famp):
            i = rng.integers(0, famp.size, m)
            return famp.ravel()[i], np.full(m, -1)
        strangers(w, ph, 2.5, "evening", draw, .88, 300, clients=4)
        a, t = w.schedule(k, 1.5, profile="evening")
        res, dur, ring = w.outcome(a.size, .85, 240)
        w.recs.add("voice", start_time=t, caller=famp[a, rng.integers(0, 4, a.size)], callee=ph.msisdn[a],
                   duration_s=dur, ring_s=ring, result=res, callee_cell=w.cellcode(ph.cells[a, 0]), call_type="mobile",
                   media="voice")
        fph = w.pop_phones(fm)
        a, t = w.schedule(1, 6, profile="business")
        r2, d2, g2 = w.outcome(a.size, .9, 60)
        w.calls(fph, a, t, ph.msisdn[rng.integers(0, k, a.size)], d2, r2, g2)
        crew_ms.append(ph.msisdn)
    L(w, "cane_crew_card", "msisdn", np.concatenate(crew_ms))
    L(w, "cane_foreman", "msisdn", np.concatenate(fore_ms))
    # one ID, many cards: an elderly parent's ID holds the cards of children and grandchildren
    par = w.pick(40, (w.age >= 55) & ~w.secondary)
    kids = []
    for p in par.tolist():
        k = int(rng.integers(3, 5))
        c = w.pick(k, (w.region == w.region[p]) & ~w.secondary)
        set_id(w, c, w.id_own[w.owner[p]])
        kids.append(c)
    kids = np.concatenate(kids)
    L(w, "family_shared_id", "id_key", w.account_name(w.id_own[w.owner[par]]))
    L(w, "family_shared_id_card", "msisdn", w.msisdn[kids])
    # phone-repair shops: one test handset sees many customers' SIMs
    shops = w.nums.imei(8, TAC_PHONE)
    for s in range(8):
        reg = [RIDX["南宁"], RIDX["柳州"], RIDX["玉林"], RIDX["桂林"]][s % 4]
        cust = rng.choice(np.flatnonzero((w.region == reg) & ~w.secondary), int(rng.integers(15, 35)), replace=False)
        t = START + rng.integers(0, DAYS, cust.size) * DAY + rng.integers(10 * HOUR, 19 * HOUR, cust.size)
        cell = w.cellcode(np.full(cust.size, w.rand_cell(np.array([reg]))[0]))
        for ev, dt in (("attach", 0), ("detach", 600)):
            w.recs.add("device", time=t + dt, msisdn=w.msisdn[cust], imsi=w.imsi[cust], imei=shops[s], cell=cell, event=ev)
        w.recs.add("voice", start_time=t + 120, caller=w.msisdn[cust], callee=10086, duration_s=rng.integers(5, 25, cust.size),
                   ring_s=2, result="answered", caller_imei=shops[s], caller_imsi=w.imsi[cust], caller_cell=cell,
                   call_type="mobile", media="voice")
    L(w, "phone_repair_shop_handset", "imei", shops)
    # operator agent stores: every card opened during the period is first switched on in a store phone
    new = np.flatnonzero(w.open_time >= START)
    sh = w.nums.imei(14, TAC_PHONE)
    w.recs.add("device", time=w.open_time[new] + rng.integers(60, 600, new.size), msisdn=w.msisdn[new],
               imsi=w.imsi[new], imei=sh[w.region[new]], cell=w.cellcode(w.home[new]), event="attach")
    L(w, "agent_store_handset", "imei", sh)
    # IoT: smart meters (static, data only) and truck GPS trackers (moving)
    n = 160
    cells = w.rand_cell(np.full(8, RIDX["南宁"]))[rng.integers(0, 8, n)]
    ph = new_lines(w, n, "南宁", START - rng.integers(YEAR, 5 * YEAR, n), "bl-gx-dianwang-0001", "GX-ENT-IOT",
                   line_type="iot", customer_type="enterprise", id_type="business_license", cells=cells, tac=TAC_IOT,
                   prepaid=False)
    w.presence(ph, START - DAY, END + DAY, data_rate=4, loc_rate=0, data_med=2e4)
    L(w, "iot_smart_meter", "msisdn", ph.msisdn)
    n = 60
    route = w.place("youyiguan_road")
    ph = new_lines(w, n, "崇左", START - rng.integers(YEAR // 2, 3 * YEAR, n), "bl-gx-wuliu-0001", "GX-ENT-IOT",
                   line_type="iot", customer_type="enterprise", id_type="business_license",
                   cells=np.tile(route, (n, 1)), tac=TAC_IOT, prepaid=False)
    w.presence(ph, START - DAY, END + DAY, data_rate=12, loc_rate=8, data_med=5e4, profile="long")
    L(w, "iot_truck_tracker", "msisdn", ph.msisdn)
    # small-business owners with three cards on their ID in one dual-SIM phone, swapped through the day
    own = w.pick(20, (w.occ == BUSINESS) & ~w.secondary & w.smart)
    for _extra in range(2):
        ot = START - rng.integers(60 * DAY, 3 * YEAR, own.size)
        ms, ims = w.new_cards(own.size, w.region[own], ot, w.id_own[w.owner[own]], "GX771-001")
        ph = phones(ms, ims, w.imei[own], np.stack([w.home[own], w.work[own]], 1))
        w.register(ms, w.home[own])
        w.presence(ph, START - DAY, END + DAY, data_rate=.5, loc_rate=1)
        strangers(w, ph, 6, "business", targets(w, None, offnet=.3), .7, 90, callback=.3)
    L(w, "dual_sim_business_handset", "imei", w.imei[own])
    # a logistics firm's fleet: 24 cards on the company licence, drivers on the 友谊关 highway
    n = 24
    ph = new_lines(w, n, "崇左", np.full(n, START - 400 * DAY) + rng.integers(0, HOUR, n), "bl-gx-wuliu-0002",
                   "GX-ENT-06", customer_type="enterprise", id_type="business_license",
                   cells=np.tile(route, (n, 1)), prepaid=False)
    w.presence(ph, START - DAY, END + DAY, data_rate=3, loc_rate=6)
    strangers(w, ph, 9, "long", targets(w, None, offnet=.4), .8, 70, clients=30, callback=.3)
    L(w, "logistics_fleet_card", "msisdn", ph.msisdn)


def border_and_abroad(w: World):
    rng = w.rng
    fcg, cz = RIDX["防城港"], RIDX["崇左"]
    vn_pool = w.nums.alloc(400, [8491, 8494, 8497, 8490, 8493, 8436, 8438], 7)
    # border traders: their own +84 partners, calls both ways, some days in Mong Cai, pay the licensed changers
    tr = w.pick(25, np.isin(w.region, [fcg, cz]) & (w.age >= 28) & ~w.secondary & w.smart)
    w.home[tr] = np.where(rng.random(tr.size) < .6, w.place("dongxing", tr.size), w.place("pingxiang", tr.size))
    part = vn_pool[rng.integers(0, 400, (tr.size, 10))]

    def d_tr(k):
        return part.ravel()[rng.integers(0, part.size, k)], np.full(k, -1)
    ph = popph(w, tr)
    strangers(w, ph, 7, "business", d_tr, .8, 180, clients=10, call_type="intl_out")
    a, t = w.schedule(tr.size, 4, profile="business")
    res, dur, ring = w.outcome(a.size, .85, 200)
    w.recs.add("voice", start_time=t, caller=part[a, rng.integers(0, 10, a.size)], callee=w.msisdn[tr[a]],
               duration_s=dur, ring_s=ring, result=res, call_type="intl_in", gateway="IGW-NN-01", media="voice")
    d = rng.integers(0, DAYS, tr.size * 4)
    who = np.repeat(np.arange(tr.size), 4)
    w.recs.add("device", time=day0(d) + 9 * HOUR + rng.integers(0, 2 * HOUR, d.size), msisdn=w.msisdn[tr[who]],
               imsi=w.imsi[tr[who]], imei=w.imei[tr[who]], event="attach", roaming_country="VN")
    L(w, "border_trader", "msisdn", w.msisdn[tr])
    # licensed money changers of 东兴
    chs = w.pick(4, (w.region == fcg) & (w.age >= 35) & ~w.secondary)
    w.home[chs] = w.place("dongxing", 4)
    acc = new_accounts(w, 4, w.id_own[w.owner[chs]], w.msisdn[chs], START - rng.integers(3 * YEAR, 9 * YEAR, 4),
                       bank=np.array(["广西北部湾银行", "中国银行", "中国银行", "广西北部湾银行"], dtype=object))
    k = 12
    i = np.repeat(np.arange(tr.size), k)
    t = START + rng.integers(0, DAYS * DAY, i.size) + 0
    ok = w.acct[tr[i]] >= 0
    w.recs.add("transfers", time=t[ok], from_account=w.acct[tr[i[ok]]], to_account=acc[rng.integers(0, 4, ok.sum())],
               amount=np.round(rng.lognormal(np.log(30000), .8, ok.sum()), -2), currency="CNY", channel="mobile_app",
               initiated_msisdn=w.msisdn[tr[i[ok]]])
    vn_acc = np.array([f"vn-bidv-{x:010d}" for x in rng.integers(10 ** 9, 10 ** 10 - 1, 30).tolist()], dtype=object)
    d = np.repeat(np.arange(DAYS), 4)
    c = np.tile(np.arange(4), DAYS)
    w.recs.add("transfers", time=day0(d) + 17 * HOUR + rng.integers(0, 3 * HOUR, d.size), from_account=acc[c],
               to_account=vn_acc[rng.integers(0, 30, d.size)],
               amount=np.round(rng.lognormal(np.log(60000), .6, d.size) * 3420, -3), currency="VND", channel="third_party")
    L(w, "licensed_money_changer", "account", w.account_name(acc))
    L(w, "licensed_money_changer_phone", "msisdn", w.msisdn[chs])
    # families with Vietnamese brides: weekly long (video) calls to +84 kin
    vb = w.pick(30, np.isin(w.region, [fcg, cz, RIDX["百色"]]) & ~w.secondary & w.smart)
    kin = vn_pool[rng.integers(0, 400, (vb.size, 3))]

    def d_vb(k):
        return kin.ravel()[rng.integers(0, kin.size, k)], np.full(k, -1)
    strangers(w, popph(w, vb), .6, "evening", d_vb, .85, 900, clients=3, call_type="intl_out",
              media="video")
    L(w, "vietnamese_bride_family", "msisdn", w.msisdn[vb])
    # Vietnamese students at 广西民族大学: passport cards opened in September
    n = 20
    ot = START - rng.integers(55 * DAY, 75 * DAY, n)
    ph = new_lines(w, n, "南宁", ot, hexkeys(rng, n, "pp"), "GX771-MD01", id_type="passport", place="gx_minzu_univ")
    w.recs.parts["subscribers"][-1]["id_type"] = np.full(n, V.id("passport"), np.int32)
    w.presence(ph, START - DAY, END + DAY, data_rate=4, loc_rate=1)
    home = vn_pool[rng.integers(0, 400, (n, 3))]

    def d_vs(k):
        return home.ravel()[rng.integers(0, home.size, k)], np.full(k, -1)
    strangers(w, ph, 1.2, "evening", d_vs, .85, 600, clients=3, call_type="intl_out", media="video")
    strangers(w, ph, 3, "evening", targets(w, w.occ == STUDENT, offnet=.1), .8, 90, clients=12, callback=.5)
    L(w, "vietnamese_student", "msisdn", ph.msisdn)
    # cross-border truck drivers: roam in Vietnam on delivery days and ring home from there
    drv = w.pick(20, (w.region == cz) & (w.age >= 25) & (w.age < 55) & ~w.secondary & w.smart)
    w.home[drv] = w.place("pingxiang", drv.size)
    ph = popph(w, drv)
    ph.roam = np.full(drv.size, "VN", dtype=object)
    for dd in range(0, DAYS, 3):
        s = day0(dd) + 10 * HOUR
        e = s + 10 * HOUR
        w.presence(ph, np.full(drv.size, s), np.full(drv.size, e), data_rate=3, loc_rate=0)
        strangers(w, ph, 5, "normal", lambda k, drv=drv: (w.node_msisdn(w.contact_of(drv[rng.integers(0, drv.size, k)]).clip(0)),
                                                            np.full(k, -1)),
                  .85, 120, start=s, end=e, nocell=True)
    L(w, "cross_border_driver", "msisdn", w.msisdn[drv])
    # Guangxi workers in Cambodian garment factories: roaming KH all period, ring family at home
    ow = w.pick(12, np.isin(w.region, [RIDX["玉林"], RIDX["贵港"]]) & (w.age >= 20) & (w.age < 45) & ~w.secondary & w.smart)
    w.abroad[ow] = True
    ph = popph(w, ow)
    ph.roam = np.full(ow.size, "KH", dtype=object)
    ph.cells = np.full((ow.size, 1), -1)
    w.presence(ph, START - DAY, END + DAY, data_rate=4, loc_rate=0)
    fam = w.contact_of(np.repeat(ow, 6)).reshape(ow.size, 6)
    fam = np.where(fam < 0, rng.integers(0, w.N, fam.shape), fam)

    def d_ow(k):
        i = rng.integers(0, fam.size, k)
        return w.node_msisdn(fam.ravel()[i]), np.full(k, -1)
    strangers(w, ph, 2, "evening", d_ow, .85, 600, clients=6, nocell=True,
              media="video")
    L(w, "overseas_worker_cambodia", "msisdn", w.msisdn[ow])
    # ASEAN trading companies in the CBD: many international calls to several countries
    n = 8
    ph = new_lines(w, n, "南宁", START - rng.integers(2 * YEAR, 8 * YEAR, n), fresh_ids(w, n, "bl"), "GX-ENT-08",
                   customer_type="enterprise", id_type="business_license", place="nanning_cbd")
    w.presence(ph, START - DAY, END + DAY, data_rate=2, loc_rate=.5)
    asean = w.nums.alloc(200, [6681, 6012, 6281, 8491, 6391, 9595, 85620], 7)

    def d_as(k):
        return asean[rng.integers(0, 200, k)], np.full(k, -1)
    strangers(w, ph, 14, "office", d_as, .6, 240, clients=30, call_type="intl_out")
    L(w, "asean_trading_company", "msisdn", ph.msisdn)


def bulk_sms(w: World):
    rng = w.rng
    # school notification platforms to parents
    par = np.flatnonzero((w.age >= 30) & (w.age < 50) & ~w.secondary)
    par = rng.choice(par, min(2500, par.size), replace=False)
    snd = np.array([1069031771, 1069031772, 1069031773], np.int64)
    d = np.repeat(np.arange(DAYS), par.size)
    p = np.tile(par, DAYS)
    sel = (rng.random(p.size) < .5) & (((d + 4) % 7) < 5)
    d, p = d[sel], p[sel]
    txt = np.array(["【南宁市民主路小学】家长您好，明天下午3点召开家长会，请准时参加。",
                    "【桂林市中山中学】温馨提示：本周五放学时间提前至16:00，请家长按时接孩子。",
                    "【柳州市第十二中学】防溺水、防诈骗安全教育告家长书已发布，请登录学校公众号查看。"], dtype=object)
    k = p % 3
    w.recs.add("sms", send_time=day0(d) + 17 * HOUR + rng.integers(0, HOUR, d.size), sender=snd[k], receiver=w.msisdn[p],
               content=txt[k])
    L(w, "school_notification_sms", "msisdn", snd)
    # bank marketing with links (rural credit union short links)
    snd = np.array([1065502896288, 106575596288], np.int64)
    a = rng.integers(0, w.N, 14000)
    t = START + rng.integers(0, DAYS, a.size) * DAY + rng.integers(9 * HOUR, 20 * HOUR, a.size)
    code = labels(rng, a.size)
    txt = np.array([f"【广西农信】尊敬的客户，桂盛e贷年化利率低至3.45%，最高30万，随借随还，详情点击 https://gxnx.cn/{c} 拒收请回复R"
                    for c in code], dtype=object)
    w.recs.add("sms", send_time=t, sender=snd[a % 2], receiver=w.msisdn[a], content=txt)
    cl = (rng.random(a.size) < .03) & w.smart[a]
    webvisits(w, a[cl], t[cl], "gxnx.cn", ["116.10.186.6"], k=(1, 2), path="/")
    webvisits(w, a[cl], t[cl] + 20, "m.gxrcb.com", w.domain_ips["m.gxrcb.com"], k=(1, 3), path="/edai/")
    L(w, "bank_marketing_sms", "msisdn", snd)
    L(w, "bank_short_link_domain", "domain", ["gxnx.cn"])
    # Double 11 shopping promotions
    snd = np.array([1069058100, 106905001], np.int64)
    a = rng.integers(0, w.N, 18000)
    t = START + rng.integers(1, 8, a.size) * DAY + rng.integers(9 * HOUR, 23 * HOUR, a.size)
    code = labels(rng, a.size)
    txt = np.array([f"【淘宝】双11狂欢最后一波，你关注的宝贝直降，领券 https://m.tb.cn/h.{c} 退订回TD" if i % 2 == 0 else
                    f"【拼多多】百亿补贴双11返场，点击领取无门槛券 https://mobile.yangkeduo.com/a/{c} 回T退订"
                    for i, c in zip(a.tolist(), code, strict=True)], dtype=object)
    w.recs.add("sms", send_time=t, sender=snd[a % 2], receiver=w.msisdn[a], content=txt)
    L(w, "ecommerce_promo_sms", "msisdn", snd)
    # wedding invitations: one evening, 120-200 messages from a personal card, link to an H5 invitation
    wd = w.pick(6, (w.age >= 24) & (w.age < 35) & ~w.secondary & w.smart)
    for x in wd.tolist():
        k = int(rng.integers(120, 200))
        day = int(rng.integers(0, DAYS))
        con = w.contact_of(np.full(k, x), skew=1)
        rcv = np.where((con >= 0) & (rng.random(k) < .6), w.node_msisdn(np.maximum(con, 0)),
                       w.off_msisdn[rng.integers(0, w.M, k)])
        t = day0(day) + 20 * HOUR + np.sort(rng.integers(0, 2 * HOUR, k))
        w.recs.add("sms", send_time=t, sender=w.msisdn[x], receiver=rcv,
                   content=f"诚邀您参加我们的婚礼，时间地点见请柬 http://h5.xiqingjian.cn/i/{labels(rng, 1)[0]} 期待您的光临！",
                   sender_imei=w.imei[x], sender_cell=w.cellcode(w.home[x]))
        nodes = w.node_of(rcv)
        cl = (nodes >= 0) & (rng.random(k) < .4)
        webvisits(w, nodes[cl], t[cl], "h5.xiqingjian.cn", ["121.40.88.12"], k=(1, 2), path="/i/")
    L(w, "wedding_invitation_sender", "msisdn", w.msisdn[wd])
    L(w, "wedding_h5_domain", "domain", ["xiqingjian.cn"])
    # shop owners texting their member list (螺蛳粉 shops, salons)
    so = w.pick(10, (w.occ == BUSINESS) & ~w.secondary & w.smart)
    members = w.off_msisdn[rng.integers(0, w.M, (10, 150))]
    members[:, :90] = w.msisdn[rng.integers(0, w.N, (10, 90))]
    a, t = w.schedule(10, 40, profile="business")
    w.recs.add("sms", send_time=t, sender=w.msisdn[so[a]], receiver=members[a, rng.integers(0, 150, a.size)],
               content="【老友记螺蛳粉】会员日全场8折，到店报手机号即可，欢迎光临！退订回T", sender_imei=w.imei[so[a]],
               sender_cell=w.cellcode(w.work[so[a]]))
    L(w, "shop_promo_sms", "msisdn", w.msisdn[so])


def web_and_money(w: World):
    rng = w.rng
    # local apps downloaded as APK from their own sites
    for dom, app, ip, nusers in (("download.nnbus.cn", "com.nnbus.app", "222.216.5.40", 420),
                                 ("apk.guilinbank.com.cn", "com.glbank.mobile", "219.159.70.21", 260)):
        u = rng.choice(np.flatnonzero(w.smart & ~w.secondary), nusers, replace=False)
        t = START + rng.integers(0, DAYS * DAY, nusers)
        webvisits(w, u, t - 120, dom, [ip], k=(1, 1), path="/apk/")
        app_install(w, u, t, app, f"https://{dom}/apk/{app}.apk", uses=(3, 25))
        L(w, "legit_apk_site", "domain", [dom])
        L(w, "legit_local_app", "app", [app])
    # a wildcard CDN (Guangxi TV video): random subdomains, many users
    u = rng.choice(np.flatnonzero(w.smart & ~w.secondary), 3000)
    t = START + rng.integers(0, DAYS * DAY, u.size)
    w.recs.add("web", time=t, msisdn=w.msisdn[u], domain=np.array([f"v{x}.gxtv-cdn.cn" for x in labels(rng, u.size)],
                                                                   dtype=object),
               url=np.array([f"https://v.gxtv-cdn.cn/hls/{x}.m3u8" for x in labels(rng, u.size)], dtype=object),
               ip="116.11.253.90", bytes=rng.integers(10 ** 6, 10 ** 8, u.size), app="cn.gxtv.app")
    L(w, "wildcard_cdn_domain", "domain", ["gxtv-cdn.cn"])
    # new homestay sites in 阳朔, visited by their guests after booking
    tourists = np.flatnonzero((w.trip_region == RIDX["桂林"]) & (w.trip_start > 0))
    doms = [f"ys-{x}-minsu.com" for x in ("lijiang", "yulong", "shiwaitaoyuan", "xijie", "gongnong")]
    g = rng.choice(tourists, min(150, tourists.size), replace=False)
    webvisits(w, g, w.trip_start[g] - rng.integers(DAY, 5 * DAY, g.size), np.array(doms, dtype=object)[g % 5],
              ["47.106.12.88"], k=(1, 4), path="/room/")
    L(w, "new_homestay_site", "domain", doms)
    # a shared-hosting IP carrying many small local businesses' sites
    small = [f"{x}.com" for x in ("nnluosifen", "gxmangguo", "bsjiaju", "lzfanguan", "wzliangcha", "yllongyan",
                                  "hzdoufu", "qzhaixian")]
    u = rng.choice(np.flatnonzero(w.smart & ~w.secondary), 1200)
    t = START + rng.integers(0, DAYS * DAY, u.size)
    webvisits(w, u, t, np.array(small, dtype=object)[rng.integers(0, 8, u.size)], ["47.242.103.9"], k=(1, 1))
    L(w, "shared_hosting_ip", "ip", ["47.242.103.9"])
    # children who support their parents' phones remotely (向日葵), then pay their bills from the parent's account
    par = w.pick(15, (w.age >= 62) & ~w.secondary & w.smart & (w.acct >= 0))
    kid = w.contact_of(par)
    kid = np.where(kid < 0, rng.integers(0, w.N, par.size), kid)
    t = START + rng.integers(0, DAYS * DAY, par.size)
    w.recs.add("voice", start_time=t, caller=w.node_msisdn(kid), callee=w.msisdn[par],
               duration_s=rng.integers(900, 2400, par.size), ring_s=5, result="answered", call_type="mobile",
               media="voice")
    app_install(w, par, t + 300, "com.oray.sunlogin.client",
                "https://app.mi.com/details?id=com.oray.sunlogin.client", uses=(2, 5))
    w.recs.add("transfers", time=t + 900, from_account=w.acct[par],
               to_account=w.merchant_acct[rng.integers(0, len(w.merchant_acct), par.size)],
               amount=np.round(rng.uniform(80, 600, par.size), 2), currency="CNY", channel="mobile_app",
               initiated_msisdn=w.msisdn[par])
    L(w, "remote_support_parent", "msisdn", w.msisdn[par])
    # the rural credit union's own loan app
    u = rng.choice(np.flatnonzero(w.smart & ~w.secondary & (w.acct >= 0)), 300, replace=False)
    t = START + rng.integers(0, DAYS * DAY, u.size)
    app_install(w, u, t, "com.gxnx.guisheng", "https://app.mi.com/details?id=com.gxnx.guisheng", uses=(2, 10))
    w.recs.add("transfers", time=t + rng.integers(DAY, 5 * DAY, u.size), from_account=w.acct[u],
               to_account=w.merchant_acct[0], amount=np.round(rng.uniform(300, 3000, u.size), 2), currency="CNY",
               channel="mobile_app", initiated_msisdn=w.msisdn[u])
    L(w, "licensed_loan_app", "app", ["com.gxnx.guisheng"])
    # livestream fruit sellers (百色 mangoes, 恭城 mandarins): many payments from strangers, several accounts
    ls = w.pick(8, np.isin(w.region, [RIDX["百色"], RIDX["桂林"]]) & (w.age < 45) & ~w.secondary & w.smart & (w.acct >= 0))
    for plat in ("douyin", "kuaishou", "wechat"):
        acc = account_ids(rng, plat, ls.size)
        w.recs.add("internet_accounts", platform=plat, account=acc, msisdn=w.msisdn[ls],
                   register_time=START - rng.integers(60 * DAY, 2 * YEAR, ls.size), status="active")
    buyers = np.flatnonzero(w.acct >= 0)
    k = 160
    i = np.repeat(np.arange(ls.size), k)
    b = rng.choice(buyers, i.size)
    t = START + rng.integers(0, DAYS * DAY, i.size)
    amt = np.round(rng.choice([39.9, 59.9, 89, 128, 168], i.size), 2)
    w.recs.add("transfers", time=t, from_account=w.acct[b], to_account=w.acct[ls[i]], amount=amt, currency="CNY",
               channel="third_party", initiated_msisdn=w.msisdn[b])
    w.recs.add("sms", send_time=t + rng.integers(DAY, 2 * DAY, i.size), sender=w.msisdn[ls[i]], receiver=w.msisdn[b],
               content="【百色芒果】亲，您在直播间下单的芒果已发货，顺丰单号已同步到订单，有问题随时联系。",
               sender_imei=w.imei[ls[i]], sender_cell=w.cellcode(w.home[ls[i]]))
    L(w, "livestream_fruit_seller", "msisdn", w.msisdn[ls])
    L(w, "livestream_seller_account", "account", w.account_name(w.acct[ls]))
    # crowdfunding for a sick child: many small donations from strangers, one payment to the hospital
    cf = V.ids(hexkeys(rng, 5, "ac"))
    w.recs.add("bank_accounts", account_id=cf, id_key=hexkeys(rng, 5, "id"), bank="中国农业银行",
               open_time=START - rng.integers(2 * YEAR, 9 * YEAR, 5), status="active")
    i = np.repeat(np.arange(5), 120)
    b = rng.choice(buyers, i.size)
    t0 = START + rng.integers(0, 10, 5) * DAY
    t = t0[i] + dur_after(rng, i.size, 10 * MIN, 4 * DAY)
    w.recs.add("transfers", time=np.minimum(t, END - 1), from_account=w.acct[b], to_account=cf[i],
               amount=np.round(rng.choice([10, 20, 50, 100, 200, 500], i.size), 2), currency="CNY",
               channel="third_party", initiated_msisdn=w.msisdn[b])
    w.recs.add("transfers", time=np.minimum(t0 + 5 * DAY, END - 1), from_account=cf,
               to_account="hosp-gxmu-0001", amount=np.round(rng.uniform(20000, 60000, 5), 0), currency="CNY",
               channel="counter")
    L(w, "crowdfunding_account", "account", w.account_name(cf))
    # wedding gift money: 30-80 transfers into one account in a day from relatives and friends
    wg = w.pick(8, (w.age >= 24) & (w.age < 36) & ~w.secondary & (w.acct >= 0))
    for x in wg.tolist():
        k = int(rng.integers(30, 80))
        fr = w.contact_of(np.full(k, x), skew=1)
        fr = np.where((fr >= 0) & (fr < w.N), fr, rng.integers(0, w.N, k))
        fr = fr[w.acct[fr] >= 0]
        day = int(rng.integers(0, DAYS))
        w.recs.add("transfers", time=day0(day) + rng.integers(10 * HOUR, 22 * HOUR, fr.size), from_account=w.acct[fr],
                   to_account=w.acct[x], amount=rng.choice([200, 300, 500, 600, 800, 1000, 1688, 2000], fr.size),
                   currency="CNY", channel="third_party", initiated_msisdn=w.msisdn[fr])
    L(w, "wedding_gift_account", "account", w.account_name(w.acct[wg]))
    # children who video-call their elderly parents (some from a new number) and send or receive money
    old = w.pick(30, (w.age >= 58) & np.isin(w.region, [RIDX["贺州"], RIDX["梧州"], RIDX["玉林"]]) & ~w.secondary
                 & w.smart & (w.acct >= 0))
    kid = w.contact_of(old)
    kid = np.where(kid < 0, w.N + rng.integers(0, w.M, old.size), kid)
    kms = w.node_msisdn(kid)
    newnum = rng.random(old.size) < .3
    nn = int(newnum.sum())
    if nn:
        ot = START + rng.integers(-20 * DAY, 5 * DAY, nn)
        nms, nims = w.new_cards(nn, RIDX["南宁"], ot, hexkeys(rng, nn, "id"), "GX771-017")
        kms[newnum] = nms
        w.register(nms, w.rand_cell(np.full(nn, RIDX["南宁"])))
    k = 5
    i = np.repeat(np.arange(old.size), k)
    t = START + rng.integers(0, DAYS, i.size) * DAY + rng.integers(18 * HOUR, 22 * HOUR, i.size)
    w.recs.add("voice", start_time=t, caller=kms[i], callee=w.msisdn[old[i]], duration_s=rng.integers(300, 2400, i.size),
               ring_s=6, result="answered", call_type="mobile", media="video")
    # the parents call back on the old number they know
    t2 = t[::k] + rng.integers(HOUR, DAY, old.size)
    ok = t2 < END
    w.calls(w.pop_phones(old), np.flatnonzero(ok), t2[ok], kms[ok], rng.integers(60, 900, ok.sum()), "answered",
            np.full(ok.sum(), 5))
    kacc = np.where(kid < w.N, w.acct[np.minimum(kid, w.N - 1)], -1)
    has = kacc >= 0
    tt = t[::k][has] + rng.integers(HOUR, 3 * DAY, has.sum())
    ok = tt < END
    w.recs.add("transfers", time=tt[ok], from_account=kacc[has][ok], to_account=w.acct[old[has]][ok],
               amount=rng.choice([500, 800, 1000, 2000], ok.sum()), currency="CNY", channel="third_party",
               initiated_msisdn=kms[has][ok])
    L(w, "video_calling_child", "msisdn", kms)
    # game studio: one card with dozens of game/QQ accounts
    gs = w.pick(4, (w.region == RIDX["玉林"]) & (w.age < 35) & ~w.secondary & w.smart)
    for x in gs.tolist():
        k = int(rng.integers(15, 30))
        w.recs.add("internet_accounts", platform="qq", account=account_ids(rng, "qq", k), msisdn=w.msisdn[x],
                   register_time=START - rng.integers(DAY, 2 * YEAR, k), status="active")
    L(w, "game_studio_owner", "msisdn", w.msisdn[gs])


def labels_and_lists(w: World):
    """False complaints and recycled numbers (they live in reports and lists)."""
    rng = w.rng
    fc = w.pick(25, ~w.secondary)
    complain(w, w.msisdn[fc], 1.0)
    L(w, "false_complaint_target", "msisdn", w.msisdn[fc])
    rc = w.pick(12, ~w.secondary & (w.age < 50))
    set_open(w, rc, START - rng.integers(30 * DAY, 120 * DAY, rc.size))
    w.recycled = rc
    L(w, "recycled_number", "msisdn", w.msisdn[rc])


def all_lookalikes(w: World):
    w.la_counts = {}
    w.complaints = []
    callers_of_strangers(w)
    beihai_pyramid(w)
    anti_fraud_callers(w)
    lines_and_centres(w)
    many_cards(w)
    border_and_abroad(w)
    bulk_sms(w)
    web_and_money(w)
    labels_and_lists(w)


__all__ = ["all_lookalikes", "EVAL_START", "RETIREE"]
