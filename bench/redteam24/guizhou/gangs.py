"""Fifteen fraud gangs working Guizhou over the May Day week, each with its own cards, handsets, dens,
targets, scripts, web resources and money trail. One campaign engine; the gangs differ in parameters and in
the parts only they have (forged caller IDs, relay phones, a GoIP den, an SMS cat, video calls, rebates)."""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .life import ip_for, platform_accounts
from .records import HOURS_DAY, HOURS_NIGHT, HOURS_WORK, NEVER, lognorm_int, times
from .supply import Chain, mules_for, pay
from .world import SEG_ADULT, SEG_ELDER, SEG_MIGRANT, SEG_OFFICE, SEG_STUDENT, World, luhn

HOURS_SCAM = np.array([0, 0, 0, 0, 0, 0, 0, .5, 4, 10, 11, 10, 5, 7, 10, 10, 9, 8, 4, 2, 1, .5, 0, 0])


def place(w: World, lines, *, cell=None, roam=None, since=None):
    """Park gang cards in a den cell, or abroad (roaming) from ``since``."""
    L = w.L
    lines = np.asarray(lines)
    if cell is not None:
        L.set("home", lines, cell)
        L.set("work", lines, -1)
    if roam is not None:
        L.set("home", lines, -1)
        L.set("trip_start", lines, C.START - 400 * C.DAY if since is None else since)
        L.set("trip_end", lines, NEVER)
        L.set("trip_roam", lines, w.roam_code(roam))
        L.set("trip_cell", lines, -1)


def windows(rng, n, day0, day1, life=None):
    """Active window per card: the whole span, or ``life`` days somewhere inside it (burner cards)."""
    if life is None:
        s = np.full(n, day0)
        e = np.full(n, day1)
    else:
        s = rng.integers(day0, max(day0 + 1, day1 - life + 1), n)
        e = np.minimum(s + life, day1)
    return C.START + s * C.DAY, C.START + e * C.DAY


def campaign(w: World, ch: Chain, gang, scheme, fraud_type, role, cards, start, end, pool, *, per_day, hours=HOURS_SCAM,
             answer_p=.3, hook_p=.08, short=(18, .8), hook=(900, .6), callback_p=.1, follow=(1, 3), pay_p=.35,
             amount=(6000, 1.0), pays=(1, 2), pay_delay=(3600, 2 * 86400), imei=None, cell=None, gateway=None,
             ctype=None, media="voice", sms_text=None, sms_per_day=0.0, domain=None, app=None, mark_victims=True,
             channel="mobile_app", first_layer_pay=True):
    rng, L, mk, T = w.rng, w.L, w.mk, w.truth
    cards = np.asarray(cards, np.int64)
    nc = len(cards)
    start = np.broadcast_to(np.asarray(start, np.int64), (nc,))
    end = np.broadcast_to(np.asarray(end, np.int64), (nc,))
    span = np.maximum((end - start) / C.DAY, .2)
    n_i = rng.poisson(per_day * span)
    ci = np.repeat(np.arange(nc), n_i)
    n = len(ci)
    hw = np.asarray(hours, float)
    h = rng.choice(24, n, p=hw / hw.sum())
    d = np.floor(rng.random(n) * np.ceil(span[ci])).astype(np.int64)
    t = (start[ci] - (start[ci] - C.START) % C.DAY) + d * C.DAY + h * C.HOUR + rng.integers(0, C.HOUR, n)
    ok = (t >= start[ci]) & (t < end[ci]) & (t < C.START + w.days * C.DAY)
    ci, t = ci[ok], t[ok]
    n = len(ci)
    tgt = pool[rng.integers(0, len(pool), n)]
    ans = rng.random(n) < answer_p
    hooked = ans & (rng.random(n) < hook_p)
    dur = np.where(hooked, lognorm_int(rng, n, hook[0], hook[1], 120, 7200), lognorm_int(rng, n, short[0], short[1], 2, 200))
    cim = None if imei is None else np.asarray(imei)[ci] if np.ndim(imei) else imei
    ccell = None if cell is None else (np.asarray(cell)[ci] if np.ndim(cell) else cell)
    mk.calls(cards[ci], tgt, t, ans, dur, caller_imei=cim, caller_cell=ccell, gateway=gateway, ctype=ctype, media=media)
    first = {}
    for c, tt in zip(cards[ci], t, strict=True):
        if c not in first or tt < first[c]:
            first[c] = tt
    # card roles
    for c in cards:
        m = L.a["msisdn"][c]
        T.entity("msisdn", m, role, gang, scheme, int(first.get(c, start[0])))
    if imei is None:  # the gang's handsets
        hs = np.unique(L.a["imei"][cards])
        T.entities("imei", hs[hs > 0], "fraud_caller", gang, scheme, int(start.min()))
    # the hooked: follow-up calls from the gang, callbacks, site visits, app installs, payments
    hv, hi = np.unique(tgt[hooked], return_index=True)
    ht = t[hooked][hi]
    hc = ci[hooked][hi]
    k = len(hv)
    if k:
        nf = rng.integers(follow[0], follow[1] + 1, k)
        fi = np.repeat(np.arange(k), nf)
        ft = ht[fi] + rng.integers(3600, 3 * 86400, len(fi))
        fine = ft < end[hc[fi]]
        fi, ft = fi[fine], ft[fine]
        mk.calls(cards[hc[fi]], hv[fi], ft, rng.random(len(fi)) < .85, lognorm_int(rng, len(fi), hook[0] * .7, .6, 60, 7200),
                 caller_imei=None if cim is None else (np.asarray(imei)[hc[fi]] if np.ndim(imei) else imei),
                 caller_cell=None if ccell is None else (np.asarray(cell)[hc[fi]] if np.ndim(cell) else cell),
                 gateway=gateway, ctype=ctype, media=media)
        T.entities("msisdn", L.a["msisdn"][hv], "victim", gang, scheme, ht)
        if mark_victims:
            w.busy_people.update(hv.tolist())
        if domain is not None:
            dn = np.where(rng.random(k) < .7)[0]
            doms = np.asarray(domain, object)
            dsel = doms[rng.integers(0, len(doms), len(dn))] if doms.ndim else np.full(len(dn), domain, object)
            vt = ht[dn] + rng.integers(60, 7200, len(dn))
            mk.web(hv[dn], vt, dsel, url=np.char.add(np.char.add("https://", dsel.astype(str)), "/").astype(object),
                   ip=np.array([ip_for(x) for x in dsel], object))
        if app is not None:
            an = np.where(rng.random(k) < .6)[0]
            mk.apps(hv[an], ht[an] + rng.integers(300, 7200, len(an)), app, "install",
                    None if domain is None else f"https://{domain if isinstance(domain, str) else domain[0]}/dl")
            mk.apps(hv[an], ht[an] + rng.integers(7200, 86400, len(an)), app, "use")
        cb = rng.random(k) < callback_p
        cbt = ht[cb] + rng.integers(600, 86400, int(cb.sum()))
        alive = cbt < end[hc[cb]]
        mk.calls(hv[cb][alive], cards[hc[cb]][alive], cbt[alive], rng.random(int(alive.sum())) < .7,
                 lognorm_int(rng, int(alive.sum()), 200, .7))
        payers = np.flatnonzero(rng.random(k) < pay_p)
        npay = rng.integers(pays[0], pays[1] + 1, len(payers))
        pi = np.repeat(payers, npay)
        seq = np.concatenate([np.arange(x) for x in npay]) if len(npay) else np.zeros(0, int)
        pt = ht[pi] + rng.integers(pay_delay[0], pay_delay[1], len(pi)) + seq * rng.integers(1800, 86400, len(pi))
        amt = np.round(rng.lognormal(np.log(amount[0]), amount[1], len(pi)) * (1 + seq), -1) + rng.integers(0, 10, len(pi))
        inwin = pt < C.START + w.days * C.DAY
        if first_layer_pay:
            pay(w, ch, hv[pi][inwin], pt[inwin], amt[inwin], gang, fraud_type, channel)
    # fraud texts from the cards
    if sms_text is not None and sms_per_day > 0:
        ns_i = rng.poisson(sms_per_day * span)
        si = np.repeat(np.arange(nc), ns_i)
        hs = rng.choice(24, len(si), p=hw / hw.sum())
        ds = np.floor(rng.random(len(si)) * np.ceil(span[si])).astype(np.int64)
        st = (start[si] - (start[si] - C.START) % C.DAY) + ds * C.DAY + hs * C.HOUR + rng.integers(0, C.HOUR, len(si))
        ok = (st >= start[si]) & (st < end[si]) & (st < C.START + w.days * C.DAY)
        si, st = si[ok], st[ok]
        texts = np.asarray(sms_text, object)
        mk.sms(cards[si], pool[rng.integers(0, len(pool), len(si))], st, texts[rng.integers(0, len(texts), len(si))],
               sender_imei=None if imei is None else (np.asarray(imei)[si] if np.ndim(imei) else imei),
               sender_cell=None if cell is None else (np.asarray(cell)[si] if np.ndim(cell) else cell))
    # the cards on the network: attach once, some data
    a_t = np.array([first.get(c, s) for c, s in zip(cards, start, strict=True)], np.int64) - rng.integers(300, 3600, nc)
    a_t = np.maximum(a_t, L.a["open_time"][cards] + 60)
    mk.device(cards, a_t, "attach", imei=None if imei is None else (np.asarray(imei) if np.ndim(imei) else imei),
              cell=None if cell is None else (np.asarray(cell) if np.ndim(cell) else cell))
    return hv


def fraud_resources(w: World, gang, scheme, domains=(), apps=(), first=None):
    for d in domains:
        w.truth.entity("domain", d, "fraud_domain", gang, scheme, first)
        w.truth.entity("ip", ip_for(d), "fraud_domain", gang, scheme, first)
    for a in apps:
        w.truth.entity("app", a, "fraud_app", gang, scheme, first)


def pool_of(w, n, segs, regions=None):
    return w.pick_people(n, segs, regions, mark=False)


def run_all(w: World, ch: Chain):
    rng, L, mk, T = w.rng, w.L, w.mk, w.truth
    D = w.days
    allp = [SEG_ADULT, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE]

    # ---- G01 fake Maotai pre-sale (茅台预售/内部价) from a rented flat in Huichuan, Zunyi
    g = "G01-zunyi-maotai-presale"
    cards, ready = ch.take_cards(w, 10, g)
    den = w.cell_in("ZY-HC", 1)[0]
    place(w, cards, cell=den)
    dom = ["mt1935-yushou.vip", "moutai-neigou.top"]
    fraud_resources(w, g, "fake_maotai_presale", dom, ["com.mtjiu.presale"], C.START)
    s, e = np.maximum(ready, C.START + 1 * C.DAY), np.full(len(cards), C.START + D * C.DAY)
    campaign(w, ch, g, "fake_maotai_presale", "investment", "fraud_caller", cards, s, e,
             pool_of(w, 2500, [SEG_OFFICE, SEG_ADULT, SEG_MIGRANT]), per_day=38, answer_p=.34, hook_p=.04,
             hook=(420, .6), pay_p=.5, amount=(4800, .8), pays=(1, 3), domain=dom, app="com.mtjiu.presale",
             sms_text=["【茅台酒业】飞天53度内部预售1499元/瓶，限量认购，点击 mt1935-yushou.vip 登记",
                       "五一特惠：茅台1935原箱内部价，先付定金锁单 moutai-neigou.top"], sms_per_day=60)

    # ---- G02 fake 村BA / 村超 tickets and homestay deposits: ads on short-video apps; victims ring the gang
    g = "G02-kaili-cunba-tickets"
    cards, ready = ch.take_cards(w, 5, g)
    den = w.cell_in("QDN-KL", 1)[0]
    place(w, cards, cell=den)
    dom = ["cunba-piao.cn", "taipan-minsu.com"]
    fraud_resources(w, g, "fake_tickets_homestay", dom, [], C.START)
    fans = w.L["trip_cell"][w.people]
    fans = w.people[np.isin(fans, w.special["taipan_court"] + w.special["rongjiang_stadium"] + w.special["xijiang"])]
    fans = fans[rng.random(len(fans)) < .14]
    k = len(fans)
    ct = np.maximum(w.L["trip_start"][fans] - rng.integers(1, 5, k) * C.DAY + rng.integers(0, 12, k) * C.HOUR,
                    C.START + 3600)
    cc = cards[rng.integers(0, len(cards), k)]
    ok = ct > w.L["open_time"][cc] + 6 * 3600
    fans, ct, cc = fans[ok], ct[ok], cc[ok]
    k = len(fans)
    mk.web(fans, ct - rng.integers(600, 7200, k), "douyin.com", app="com.ss.android.ugc.aweme")
    mk.calls(fans, cc, ct, rng.random(k) < .85, lognorm_int(rng, k, 150, .5), callee_cell=den)
    mk.sms(cc, fans, ct + 400, "定金付了就给你留票/留房，扫码付款 cunba-piao.cn/pay", sender_cell=den)
    mk.web(fans, ct + 700, "cunba-piao.cn", url="https://cunba-piao.cn/pay", ip=ip_for("cunba-piao.cn"))
    payk = rng.random(k) < .55
    pay(w, ch, fans[payk], ct[payk] + rng.integers(900, 5000, int(payk.sum())),
        rng.choice([300, 480, 600, 800, 1200, 1500], int(payk.sum())) * 1.0, g, "other")
    # after paying they call again and are rejected or unanswered
    pk = fans[payk]
    mk.calls(pk, cc[payk], ct[payk] + rng.integers(86400, 2 * 86400, len(pk)), False, 0, callee_cell=den, fail_p=(.3, .1, .6))
    T.entities("msisdn", L["msisdn"][fans], "victim", g, "fake_tickets_homestay", ct)
    w.busy_people.update(fans.tolist())
    for c in cards:
        T.entity("msisdn", L["msisdn"][c], "fraud_caller", g, "fake_tickets_homestay", int(C.START))
    mk.device(cards, np.maximum(ready, C.START), "attach", cell=den)
    T.entities("imei", np.unique(L.a["imei"][cards]), "fraud_caller", g, "fake_tickets_homestay", C.START)

    # ---- G03 GoIP den in Weining county town: fake tour-refund / flight-cancellation customer service
    g = "G03-weining-goip-den"
    cards, ready = ch.take_cards(w, 32, g)
    den = w.special["weining_town"][0]
    place(w, cards, cell=den)
    ports = luhn(w.imeis(1, C.TAC_GOIP)[0] // 10 + np.arange(32))  # consecutive channel IMEIs
    T.entities("imei", ports, "simbox_device", g, "fake_refund_service", C.START + 2 * C.DAY)
    tourists = w.people[w.L["trip_cell"][w.people] >= 0]
    tourists = tourists[~np.isin(w.seg[np.searchsorted(w.res, tourists)], [SEG_MIGRANT])]
    dom = ["gz-tuikuan.com", "ctrip-refund.help"]
    fraud_resources(w, g, "fake_refund_service", dom, ["com.meeting.screenhelp"], C.START)
    s = np.maximum(ready, C.START + 2 * C.DAY)
    e = np.full(len(cards), C.START + 11 * C.DAY)
    campaign(w, ch, g, "fake_refund_service", "customer_service", "simbox_sim", cards, s, e,
             np.concatenate([tourists, pool_of(w, 1500, allp)]), per_day=85, answer_p=.24, hook_p=.015,
             short=(12, .7), hook=(1300, .5), pay_p=.45, amount=(9000, .9), imei=ports, cell=den,
             domain=dom, app="com.meeting.screenhelp")

    # ---- G04 fake police / procuratorate through the international gateway with forged landline numbers
    g = "G04-igw-fake-police"
    forged = w.L.add(w.numbers("fixed", 45), ctype=3, onnet=0)
    dom = ["gzjcy-anquan.com", "spp-tongji.cc"]
    fraud_resources(w, g, "fake_police", dom, ["com.ylsp.safeshare"], C.START)
    s, e = windows(rng, len(forged), 0, D, life=2)
    old = pool_of(w, 1400, [SEG_ELDER, SEG_ADULT, SEG_OFFICE])
    campaign(w, ch, g, "fake_police", "impersonate_police", "fraud_caller", forged, s, e, old, per_day=30,
             answer_p=.4, hook_p=.05, hook=(2400, .5), follow=(2, 4), callback_p=0, pay_p=.5, amount=(60000, .9),
             pays=(1, 3), gateway="IGW-GY-02", ctype="intl_in", domain=dom, app="com.ylsp.safeshare", channel="counter")

    # ---- G05 northern-Myanmar compound: bought Bijie/Tongren cards roaming from MM, burned after 2-3 days
    g = "G05-myawaddy-roaming-cards"
    cards, ready = ch.take_cards(w, 24, g)
    s = C.START + np.sort(rng.integers(0, D - 2, len(cards))) * C.DAY
    s = np.maximum(s, ready + 2 * C.DAY)
    e = s + rng.integers(2, 4, len(cards)) * C.DAY
    place(w, cards, roam="MM", since=None)
    for c, st in zip(cards, s, strict=True):
        L.set("trip_start", c, int(st) - C.DAY)
    handsets = w.imeis(6, C.TACS_CHEAP)
    him = handsets[rng.integers(0, 6, len(cards))]
    L.set("imei", cards, him)
    T.entities("imei", handsets, "fraud_caller", g, "loan_and_tasks", C.START)
    home = pool_of(w, 2500, allp, ("BJ-QXG", "BJ-WN", "BJ-HZ", "BJ-NY", "TR-BJ", "TR-ST", "TR-YH", "LPS-ZS"))
    campaign(w, ch, g, "loan_and_tasks", "loan", "fraud_caller", cards, s, e, home, per_day=70, answer_p=.22,
             hook_p=.05, hook=(700, .6), pay_p=.4, amount=(3500, .8), pays=(1, 3))

    # ---- G06 Cambodia pig-butchering (杀猪盘): two roaming cards, a dozen targets, patient chats
    g = "G06-sihanoukville-pig-butchering"
    cards, ready = ch.take_cards(w, 2, g)
    place(w, cards, roam="KH")
    L.set("imei", cards, w.imeis(2, C.TACS_SMART))
    dom = ["gjs-tradepro.com"]
    app = "com.gjs.tradepro"
    fraud_resources(w, g, "pig_butchering", dom, [app], C.START)
    marks = w.pick_people(12, [SEG_ADULT, SEG_MIGRANT, SEG_OFFICE])
    mc = cards[rng.integers(0, 2, len(marks))]
    st0 = C.START
    for v, c in zip(marks, mc, strict=True):
        nsms = rng.integers(40, 90)
        tt = np.sort(times(rng, nsms, np.arange(D), HOURS_NIGHT))
        tt = tt[tt > max(st0, int(L.a["open_time"][c]) + 86400)]
        frm_g = rng.random(len(tt)) < .55
        texts = np.array(["早安，今天天气真好", "我在金边做项目，五一也回不去", "你吃饭了吗", "晚安，早点休息",
                          "我叔叔在平台做分析师，内部消息", "你先小试一下，赚了随时提现"], object)
        mk.sms(np.where(frm_g, c, v)[frm_g], np.where(frm_g, v, c)[frm_g], tt[frm_g], texts[rng.integers(0, 6, int(frm_g.sum()))])
        mk.sms(np.full((~frm_g).sum(), v), np.full((~frm_g).sum(), c), tt[~frm_g], "嗯嗯")
        nc = rng.integers(3, 8)
        ct = np.sort(times(rng, nc, np.arange(2, D), HOURS_NIGHT))
        frm_c = rng.random(nc) < .6
        a = np.where(frm_c, c, v)
        b = np.where(frm_c, v, c)
        mk.calls(a, b, ct, rng.random(nc) < .8, lognorm_int(rng, nc, 1500, .5))
        T.entity("msisdn", L.a["msisdn"][v], "victim", g, "pig_butchering", int(tt[0]) if len(tt) else C.START)
    inst = C.START + rng.integers(4, 8, len(marks)) * C.DAY + rng.integers(19, 23, len(marks)) * C.HOUR
    mk.apps(marks, inst, app, "install", "https://gjs-tradepro.com/app")
    mk.web(marks, inst - 300, "gjs-tradepro.com", url="https://gjs-tradepro.com/app", ip=ip_for("gjs-tradepro.com"))
    mk.apps(marks, inst + 86400, app, "use")
    # a small deposit, a small "profit" paid back, then the big deposits near the end
    m_acc = np.array(mules_for(ch, g, 3), object)
    pay(w, ch, marks, inst + 3600, rng.choice([1000, 2000, 5000], len(marks)) * 1.0, g, "romance")
    back = w.account_of(marks)
    w.transfers(m_acc[rng.integers(0, len(m_acc), len(marks))], back, inst + 2 * 86400, rng.choice([120, 260, 580], len(marks)) * 1.0,
                "mobile_app")
    big = marks[rng.random(len(marks)) < .6]
    pay(w, ch, big, C.START + rng.integers(min(9, D - 2), D, len(big)) * C.DAY + rng.integers(10, 22, len(big)) * C.HOUR,
        np.round(rng.lognormal(np.log(60000), .7, len(big)), -2), g, "romance")
    for c in cards:
        T.entity("msisdn", L.a["msisdn"][c], "fraud_caller", g, "pig_butchering", C.START)
    T.entities("imei", L.a["imei"][cards], "fraud_caller", g, "pig_butchering", C.START)

    # ---- G07 SMS cat in Panzhou: a 16-port modem pool texting ETC / medical-insurance phishing links
    g = "G07-panzhou-sms-cat"
    cards, ready = ch.take_cards(w, 16, g)
    den = w.special["panzhou_town"][1]
    place(w, cards, cell=den)
    modem = luhn(w.imeis(1, C.TAC_MODEM)[0] // 10 + np.arange(16))
    T.entities("imei", modem, "simbox_device", g, "sms_phishing", C.START)
    doms = ["etc-gz.kx7w.top", "ybk-gz.kx7w.top", "jifen-qyt.kx7w.top", "etc-renzheng.vip"]
    fraud_resources(w, g, "sms_phishing", doms, [], C.START)
    texts = ["【ETC】您的ETC认证已失效，将影响五一高速通行，请立即登录 etc-gz.kx7w.top 重新认证",
             "【贵州医保】您的医保卡将于今日冻结，请登录 ybk-gz.kx7w.top 解冻",
             "【黔云通信】您的积分1890即将清零，兑换现金红包 jifen-qyt.kx7w.top",
             "【ETC服务】五一期间ETC需重新激活 etc-renzheng.vip"]
    s = np.maximum(ready, C.START + 1 * C.DAY)
    e = np.full(16, C.START + 9 * C.DAY)
    tg = pool_of(w, 9000, allp)
    nn = rng.poisson(260 * (e - s) / C.DAY)
    si = np.repeat(np.arange(16), nn)
    st = s[si] + (rng.random(len(si)) * (e[si] - s[si])).astype(np.int64)
    hr = (st - C.START) % C.DAY // C.HOUR
    keep = (hr >= 8) & (hr < 22)
    si, st = si[keep], st[keep]
    rcv = tg[rng.integers(0, len(tg), len(si))]
    ti = rng.integers(0, 4, len(si))
    mk.sms(cards[si], rcv, st, np.array(texts, object)[ti], sender_imei=modem[si], sender_cell=den)
    for c in cards:
        T.entity("msisdn", L.a["msisdn"][c], "fraud_sms_sender", g, "sms_phishing", int(st[cards[si] == c].min()) if (cards[si] == c).any() else C.START)
    mk.device(cards, s - 1800, "attach", imei=modem, cell=den)
    click = rng.random(len(si)) < .006
    cv, cidx = np.unique(rcv[click], return_index=True)
    ct = st[click][cidx] + rng.integers(30, 3600, len(cv))
    cd = np.array(doms, object)[ti[click][cidx]]
    mk.web(cv, ct, cd, url=np.char.add(np.char.add("https://", cd.astype(str)), "/login").astype(object),
           ip=np.array([ip_for(x) for x in cd], object))
    T.entities("msisdn", L.a["msisdn"][cv], "victim", g, "sms_phishing", ct)
    lost = rng.random(len(cv)) < .35
    pay(w, ch, cv[lost], ct[lost] + rng.integers(300, 3600, int(lost.sum())),
        np.round(rng.lognormal(np.log(2500), .9, int(lost.sum())), 2), g, "other", channel="third_party")

    # ---- G08 relay phones (手机口) in Songtao villages: a caller abroad bridged through villagers' phones
    g = "G08-songtao-relay-phones"
    relays = w.pick_people(7, [SEG_ADULT, SEG_ELDER, SEG_MIGRANT], ("TR-ST", "TR-YH"))
    new = w.new_lines(5, kind="prepaid", ids=L["id_key"][relays[:5]], open_time=C.START + rng.integers(0, 3, 5) * C.DAY,
                      open_cell=L.a["home"][relays[:5]], channel="QYT-AGENT-TR-ST-21", home=L.a["home"][relays[:5]],
                      region=C.REGION_INDEX["TR-ST"], tacs=C.TACS_CHEAP)
    relay_lines = np.concatenate([relays[5:], new])
    T.entities("id_key", L["id_key"][relays], "gang_member", g, "relay_phone", C.START)
    boss = w.foreign_lines("855", 6, 9)
    s = np.maximum(L.a["open_time"][relay_lines] + 3600, C.START + 3 * C.DAY)
    e = np.full(len(relay_lines), C.START + D * C.DAY)
    vict = pool_of(w, 2000, [SEG_ELDER, SEG_ADULT, SEG_OFFICE])
    n0 = len(w.sink.chunks["voice"])
    hv = campaign(w, ch, g, "relay_phone", "impersonate_police", "fraud_caller", relay_lines, s, e, vict, per_day=22,
                  hours=HOURS_WORK, answer_p=.38, hook_p=.06, hook=(1800, .5), callback_p=.05, pay_p=.45,
                  amount=(30000, .9), pays=(1, 2))
    del hv
    # every bridged call rides on an incoming international call to the relay phone, a little longer
    for n, cols in w.sink.chunks["voice"][n0:]:
        if np.isin(cols["caller"], L.a["msisdn"][relay_lines]).all():
            bi = rng.integers(0, len(boss), n)
            sorter = np.argsort(L.a["msisdn"][relay_lines])
            ridx = relay_lines[sorter[np.searchsorted(L.a["msisdn"][relay_lines], cols["caller"], sorter=sorter)]]
            mk.calls(boss[bi], ridx, cols["start_time"] - rng.integers(8, 30, n), True,
                     cols["duration_s"] + rng.integers(30, 90, n) + np.where(cols["duration_s"] == 0, 40, 0),
                     gateway="IGW-GY-01", ctype="intl_in")
    T.entities("msisdn", L.a["msisdn"][boss], "fraud_caller", g, "relay_phone", C.START + 3 * C.DAY)

    # ---- G09 loan / credit-repair (征信修复) callers spread thin over forty cards, moving around Guiyang
    g = "G09-guiyang-loan-thin"
    cards, ready = ch.take_cards(w, 40, g)
    gy = np.concatenate([w.region_cells[C.REGION_INDEX[r]] for r in ("GY-YY", "GY-NM", "GY-GSH", "GY-BY")])
    L.set("home", cards, gy[rng.integers(0, len(gy), len(cards))])
    L.set("work", cards, gy[rng.integers(0, len(gy), len(cards))])
    L.set("imei", cards, w.imeis(len(cards), C.TACS_SMART + C.TACS_CHEAP))
    T.entities("imei", L.a["imei"][cards], "fraud_caller", g, "loan_credit_repair", C.START)
    dom = ["qyd-daikuan.com", "zhengxin-xiufu.cn"]
    app = "com.jieqian.kuaidai"
    fraud_resources(w, g, "loan_credit_repair", dom, [app], C.START)
    s = np.maximum(ready, C.START)
    e = np.full(len(cards), C.START + D * C.DAY)
    young = pool_of(w, 3000, [SEG_STUDENT, SEG_MIGRANT, SEG_ADULT])
    campaign(w, ch, g, "loan_credit_repair", "loan", "fraud_caller", cards, s, e, young, per_day=4.5, hours=HOURS_WORK,
             answer_p=.45, hook_p=.09, hook=(500, .5), callback_p=.3, pay_p=.45, amount=(1800, .7), pays=(1, 3),
             domain=dom, app=app, sms_text=["您的征信有逾期记录，可内部修复，详询本号", "无抵押低息贷款，当天放款，回复1了解"],
             sms_per_day=2)
    # nurturing (养卡): the cards ring each other now and then
    nn = len(cards) * D
    a, b = cards[rng.integers(0, len(cards), nn)], cards[rng.integers(0, len(cards), nn)]
    tt = times(rng, nn, np.arange(D), HOURS_DAY)
    ok = (a != b) & (tt > np.maximum(L.a["open_time"][a], L.a["open_time"][b]) + 86400)
    mk.calls(a[ok], b[ok], tt[ok], True, lognorm_int(rng, int(ok.sum()), 45, .6))

    # ---- G10 刷单 part-time tasks: recruiting texts, a task app, small rebates first
    g = "G10-task-rebate"
    cards = w.new_lines(6, kind="prepaid", open_time=C.START - rng.integers(5, 15, 6) * C.DAY, channel="QYT-ONLINE",
                        home=w.cell_in("GY-NM", 6), region=C.REGION_INDEX["GY-NM"], tacs=C.TACS_CHEAP)
    dom = ["dianzan-renwu.com"]
    app = "com.dianzan.renwu"
    fraud_resources(w, g, "task_rebate", dom, [app], C.START)
    tgt = pool_of(w, 4000, [SEG_STUDENT, SEG_ADULT, SEG_MIGRANT])
    hv = campaign(w, ch, g, "task_rebate", "part_time_job", "fraud_sms_sender", cards, C.START, C.START + D * C.DAY, tgt,
                  per_day=6, answer_p=.5, hook_p=.15, hook=(400, .5), callback_p=.4, pay_p=0, domain=dom, app=app,
                  sms_text=["【招聘】抖音点赞员，日结150-500，在家可做，下载 dianzan-renwu.com",
                            "宝妈学生兼职，手机点赞一单3元，加我微信"], sms_per_day=90)
    if len(hv):
        m_acc = np.array(mules_for(ch, g, 3), object)
        tr = C.START + rng.integers(1, D - 1, len(hv)) * C.DAY + rng.integers(10, 22, len(hv)) * C.HOUR
        acc = w.account_of(hv)
        have = acc != None  # noqa: E711
        w.transfers(m_acc[rng.integers(0, len(m_acc), int(have.sum()))], acc[have], tr[have],
                    rng.choice([15, 30, 48, 66], int(have.sum())) * 1.0)
        lost = hv[have & (rng.random(len(hv)) < .5)]
        trl = tr[have & np.isin(hv, lost)]
        for r in range(3):
            go = rng.random(len(lost)) < (.9 if r == 0 else .6)
            pay(w, ch, lost[go], trl[go] + (r + 1) * rng.integers(1800, 7200, int(go.sum())),
                np.round(rng.lognormal(np.log(800 * 3 ** r), .4, int(go.sum())), 0), g, "part_time_job")

    # ---- G11 AI face-swap video calls: the "boss" on video asks a finance clerk for an urgent transfer
    g = "G11-faceswap-boss"
    cards, ready = ch.take_cards(w, 3, g)
    den = w.cell_in("GY-GSH", 1)[0]
    place(w, cards, cell=den)
    clerks = pool_of(w, 300, [SEG_OFFICE])
    hv = campaign(w, ch, g, "ai_faceswap", "acquaintance", "fraud_caller", cards, np.maximum(ready, C.START + 2 * C.DAY),
                  C.START + D * C.DAY, clerks, per_day=3, hours=HOURS_WORK, answer_p=.7, hook_p=.3, short=(25, .4),
                  hook=(40, .3), follow=(0, 1), callback_p=0, pay_p=.5, amount=(90000, .6), pays=(1, 1),
                  pay_delay=(600, 5400), media="video", channel="mobile_app")
    if len(hv):
        hvt = np.array([w.truth.ent[("msisdn", str(L.a["msisdn"][v]))][3] for v in hv], np.int64)
        mk.sms(cards[rng.integers(0, len(cards), len(hv))], hv, hvt + 90, "我在开会不方便说话，款先打到这个账户，急")

    # ---- G12 fixed VoIP lines of a shell company in Gui'an: fake medical-insurance and ETC "customer service"
    g = "G12-guian-voip-shell"
    shell = w.keys(1, "QYB")
    dc = w.special["guian_dc"][2]
    lines = w.new_lines(20, kind="voip", ids=np.repeat(shell, 20), id_type="business_license", customer="enterprise",
                        open_time=C.START - 12 * C.DAY + np.arange(20) * 600, open_cell=dc, channel="QYT-ENT-GA-01",
                        prepaid=False, home=dc, region=C.REGION_INDEX["GA-XQ"])
    T.entity("id_key", shell[0], "gang_member", g, "voip_customer_service", C.START)
    campaign(w, ch, g, "voip_customer_service", "customer_service", "fixed_voip_line", lines, C.START + 1 * C.DAY,
             C.START + 10 * C.DAY, pool_of(w, 3000, allp), per_day=55, answer_p=.3, hook_p=.025, hook=(1100, .5),
             callback_p=.08, pay_p=.4, amount=(12000, .8), gateway="SBC-GA-01", ctype="voip")

    # ---- G15 fake Gui'an data-centre jobs for graduates: training and "deposit" fees, two calls a day per card
    g = "G15-guian-job-training-fee"
    cards, ready = ch.take_cards(w, 8, g)
    L.set("home", cards, w.cell_in("GY-HX", len(cards)))
    L.set("imei", cards, w.imeis(len(cards), C.TACS_SMART))
    dom = ["guian-bigdata-zhaopin.com"]
    fraud_resources(w, g, "fake_job_fee", dom, [], C.START)
    campaign(w, ch, g, "fake_job_fee", "part_time_job", "fraud_caller", cards, np.maximum(ready, C.START),
             C.START + D * C.DAY, pool_of(w, 900, [SEG_STUDENT]), per_day=2, hours=HOURS_WORK, answer_p=.6, hook_p=.2,
             hook=(600, .4), callback_p=.5, pay_p=.35, amount=(2600, .4), pays=(1, 2), domain=dom)
    T.entities("imei", L.a["imei"][cards], "fraud_caller", g, "fake_job_fee", C.START)

    # platform accounts registered on the bought cards (by the buyers, to sell with them) and on the gangs' own lines
    sold = np.array(sorted(ch.sold_to), np.int64)
    k = rng.integers(1, 4, len(sold))
    own = np.repeat(sold, k)
    plat = np.array(["wechat", "alipay", "douyin", "qq", "kuaishou"], object)[rng.integers(0, 5, len(own))]
    rt = L.a["open_time"][own] + rng.integers(2 * 3600, 30 * 3600, len(own))
    platform_accounts(w, own, plat, rt)
    # cards still in the buyers' stock at the end: sold, not yet used
    for ln, rd in ch.stock:
        T.entity("msisdn", L.a["msisdn"][ln], "sold_card", "G13-bijie-card-buyers", "card_purchase", rd)
    T.entities("imei", ch.test_imei, "card_buyer", "G13-bijie-card-buyers", "card_purchase", C.START)
