"""Planted fraud of the Yunnan red-team province: 13 gangs, one generic engine driven by a parameter table.

Every victim journey leaves a trace: contact (call, SMS, video call, or the victim calling a fake shop),
web visit / app install where the scheme has one, then payments from the victim's own account to first-layer
mule accounts, laundered through a second layer to OTC (crypto) dealers; some victims report later.
Vectorised: loops run over gangs and steps of a journey only.
"""

from __future__ import annotations

import numpy as np

DAY = 86400
ADULT = ["farmer", "tea_grower", "tourism_worker", "driver", "civil_servant", "office_worker", "merchant",
         "elderly", "migrant", "jade_trader", "construction", "minority_villager"]

# kind: simbox | new | old | roam | fixed | voip | intl ; mode: call | sms | inbound | chat | video
GANGS = [
    dict(gid="G01", scheme="kk_simbox_fake_police", kind="simbox", city="692", lines=36, per_dev=12, dpl=(1, 3),
         days=(0, 17), per_day=55, answer=0.22, dur=20, hook=1500, prof="den", pool=ADULT, victims=9,
         pays=(2, 4), pay=30000, sellers=6, age=(2, 6), ftype="impersonate_police", report=0.5, members=4,
         mode="call", intercept=0.06),
    dict(gid="G02", scheme="fake_travel_agency_refund", kind="voip", city="871", lines=8, dpl=(6, 10),
         days=(1, 17), per_day=22, answer=0.45, dur=70, hook=1300, prof="office", victims=7, pays=(1, 3),
         pay=4000, pool=["office_worker", "civil_servant", "merchant", "tourism_worker"], tourists=0.5,
         domain="fresh", dname="ctrip-tuikuan", app="com.yunhui.screenshare", ftype="customer_service",
         report=0.4, members=3, mode="call", gateway="VGW-KM-3"),
    dict(gid="G03", scheme="intl_fake_procuratorate", kind="intl", cc="MM", lines=18, dpl=(1, 2), days=(0, 17),
         per_day=14, answer=0.3, dur=35, hook=2400, prof="den", pool=["elderly", "farmer", "tea_grower"],
         victims=5, pays=(1, 3), pay=80000, ftype="impersonate_police", report=0.6, members=3, mode="video", intercept=0.1,
         gateway="IGW-KMG-2"),
    dict(gid="G04", scheme="work_abroad_lure", kind="roam", cc="MM", lines=6, dpl=(5, 9), days=(0, 17),
         per_day=5, sms=12, answer=0.6, dur=150, hook=900, prof="evening", victims=6, pays=(1, 2), pay=3000,
         pool=["student", "migrant", "construction"], sellers=3, age=(20, 60), domain="fresh",
         dname="mm-gaoxin-zhaopin", ftype="part_time_job", report=0.3, members=4, mode="call", lured_abroad=0.35,
         text="高薪招聘：缅甸/柬埔寨客服月薪3万包吃住，机票报销，名额有限速联系 "),
    dict(gid="G05", scheme="jade_livestream_fake_shop", kind="old", city="692", lines=3, dpl=(17, 17),
         days=(0, 17), per_day=2, answer=0.7, dur=200, hook=1100, prof="evening", victims=14, pays=(1, 3),
         pay=6000, pool=["office_worker", "merchant", "civil_servant", "tourism_worker", "driver"],
         sellers=3, domain="wildcard", dname="feicui-zhibo.vip", app="com.feicuizb.live", visitors=320,
         ftype="other", report=0.35, members=2, mode="inbound"),
    dict(gid="G06", scheme="tea_investment_pig_butchering", kind="old", city="879", lines=4, dpl=(17, 17),
         days=(0, 17), per_day=1, answer=0.9, dur=600, hook=1800, prof="late", victims=4, pays=(4, 6),
         pay=15000, grow=1.7, pool=["office_worker", "civil_servant", "merchant", "tea_grower", "jade_trader"],
         sellers=4, domain="fresh", dname="puer-chain", app="com.puerchain.invest", ftype="investment",
         report=0.25, members=2, mode="chat", camo=5),
    dict(gid="G07", scheme="game_topup_kids", kind="new", city="874", lines=5, dpl=(2, 4), days=(3, 17),
         per_day=0, sms=45, answer=0.0, dur=0, hook=0, prof="evening", victims=12, pays=(1, 3), pay=300,
         pool=["student", "child"], sellers=2, age=(1, 4), domain="wildcard", dname="wzry-fuli.top",
         click=0.07, ftype="other", report=0.2, members=2, mode="sms", parent=True,
         text="【王者福利】恭喜获得免费皮肤+888点券，限时领取："),
    dict(gid="G08", scheme="loan_credit_repair", kind="new", city="870", lines=12, dpl=(3, 5), days=(0, 17),
         per_day=38, answer=0.35, dur=50, hook=900, prof="office", victims=8, pays=(2, 4), pay=1500,
         pool=["construction", "driver", "office_worker", "merchant", "farmer", "migrant"], sellers=2,
         age=(1, 3), domain="fresh", dname="kuaidai-yn", app="com.jiedai.kuaidai", ftype="loan",
         report=0.4, members=3, mode="call"),
    dict(gid="G09", scheme="sms_scenic_ticket_refund", kind="new", city="872", lines=4, dpl=(2, 5),
         days=(2, 17), per_day=0, sms=280, answer=0.0, dur=0, hook=0, prof="day", victims=9, pays=(1, 2),
         pay=1200, pool=ADULT, tourists=0.4, sellers=4, age=(3, 9), domain="ip", click=0.012,
         ftype="customer_service", report=0.3, members=2, mode="sms", imei_rotate=True,
         text="【景区通知】因天气原因您预订的玉龙雪山索道票已取消，请在24小时内办理退款："),
    dict(gid="G10", scheme="quiet_fake_boss", kind="old", city="871", lines=3, dpl=(17, 17), days=(0, 17),
         per_day=1.2, answer=0.8, dur=90, hook=420, prof="office", victims=3, pays=(1, 1), pay=60000,
         pool=["office_worker", "jade_trader", "merchant"], sellers=3, ftype="acquaintance", report=0.9,
         members=1, mode="call", camo=4),
    dict(gid="G12", scheme="fixed_line_campus_loan_cancel", kind="fixed", city="871", lines=6, dpl=(17, 17),
         days=(0, 17), per_day=45, answer=0.4, dur=40, hook=1200, prof="office", victims=6, pays=(2, 3),
         pay=8000, pool=["student", "office_worker", "tourism_worker"], app="com.zhiyun.meeting",
         ftype="customer_service", report=0.5, members=2, mode="call", gateway="PBX-KM-88"),
    dict(gid="G13", scheme="ai_faceswap_video_relative", kind="roam", cc="KH", lines=4, dpl=(3, 6),
         days=(5, 17), per_day=3, answer=0.7, dur=60, hook=700, prof="evening", victims=3, pays=(1, 2),
         pay=25000, pool=["elderly", "farmer", "tea_grower"], sellers=2, age=(10, 40), ftype="acquaintance",
         report=0.6, members=2, mode="video"),
]
LETTERS = np.array(list("abcdefghjkmnpqrstuvwxyz23456789"))


def tokens(rng, n, k=6):
    return np.ascontiguousarray(LETTERS[rng.integers(0, len(LETTERS), (n, k))]).view(f"<U{k}").ravel()


def plant(w) -> None:
    rng = w.rng
    launder = laundering_network(w)
    for g in GANGS:
        run_gang(w, g, launder)
    del rng


def laundering_network(w):
    """G11: the card-selling (断卡) and laundering ring: sellers open accounts that are carried across the
    border, second-layer mules and OTC (USDT) dealers that every gang's money ends with."""
    rng = w.rng
    from generate import BORDER_CITIES  # noqa: PLC0415
    sellers = w.claim(w.people(["student", "minority_villager", "farmer", "migrant"], BORDER_CITIES), 8)
    w.truth("id_key", w.s_idk(w.p_idk[sellers]), "card_seller", "G11", "duanka_card_smuggling", w.t0 - 20 * DAY)
    # each seller: 3 fresh SIMs and 2 fresh bank accounts, opened in the history days, SIMs sold on
    n = len(sellers)
    own = np.repeat(sellers, 3)
    sims, ops = w.new_mobile(len(own))
    opened = w.t0 + rng.integers(-25, 6, len(own)) * DAY + rng.integers(9, 18, len(own)) * 3600
    sims_imsi = w.new_imsi(ops)
    w.subscribe(sims, w.p_idk[own], opened, ops, sims_imsi, channel="LC-AGENT-12", prepaid=True,
                cell=w.p_home[own])
    # the SIMs appear once near the border, then abroad (roaming in MM)
    bc = w.cells_where(BORDER_CITIES, ["border"])
    d0 = np.clip((opened - w.t0) // DAY + 1, 0, w.ndays - 1)
    imei = w.new_imei(len(own))
    w.device(w.when(d0, "day"), sims, sims_imsi, imei, w.pick(bc, len(own)), "attach")
    w.device(w.when(np.minimum(d0 + 1, w.ndays - 1), "late"), sims, sims_imsi, imei, -1, "location_update", "MM")
    w.truth("msisdn", sims, "fraud_caller", "G11", "duanka_card_smuggling", opened)
    # once across, the dens use the sold cards for a few days of low-volume roaming calls to strangers
    use0 = d0 + 2 + rng.integers(0, 4, len(own))
    nd = rng.integers(2, 6, len(own))
    li = np.repeat(np.arange(len(own)), nd)
    ld = use0[li] + (np.arange(len(li)) - np.repeat(np.cumsum(nd) - nd, nd))
    okd = ld < w.ndays
    li, ld = li[okd], ld[okd]
    k = rng.poisson(6, len(li))
    cl, cd = np.repeat(li, k), np.repeat(ld, k)
    tgt = w.pick(w.people(ADULT), len(cl))
    w.voice(w.when(cd, "den"), sims[cl], w.p_msisdn[tgt], rng.lognormal(3.3, 1.0, len(cl)), rng.random(len(cl)) < 0.3,
            imei[cl], sims_imsi[cl], -1, w.p_home[tgt], "MM")
    l1 = w.new_acct(2 * n)
    o1 = np.repeat(sellers, 2)
    w.bank(l1, w.p_idk[o1], w.t0 + rng.integers(-30, 4, 2 * n) * DAY, w.p_msisdn[o1])
    l2 = w.new_acct(12)
    l2_idk = w.new_idk(12)
    w.bank(l2, l2_idk, w.t0 - rng.integers(40, 400, 12) * DAY, 0)
    otc = w.new_acct(4)
    otc_owner = w.claim(w.people(["merchant", "jade_trader"], BORDER_CITIES, has_acct=True), 4)
    w.bank(otc, w.p_idk[otc_owner], w.t0 - rng.integers(200, 900, 4) * DAY, w.p_msisdn[otc_owner])
    w.truth("account", w.s_acct(np.concatenate([l1, l2, otc])), "mule_account", "G11", "duanka_card_smuggling",
            w.t0 - 10 * DAY)
    w.truth("id_key", w.s_idk(l2_idk), "card_seller", "G11", "duanka_card_smuggling", w.t0 - 40 * DAY)
    rs = sellers[:2]
    w.report(w.t0 + np.array([3, 12]) * DAY + 40000, "id_key", w.s_idk(w.p_idk[rs]), "card_seller", "other", np.nan,
             "police")
    w.listing("id_key", w.s_idk(w.p_idk[sellers[2:4]]), "watch", "many new cards and accounts in a month",
              w.t0 + 2 * DAY)
    # gang members: recruiters who call students and villagers, cross at Ruili, then roam in MM
    mem, mops = w.new_mobile(5)
    mimei = w.new_imei(5)
    midk = w.new_idk(5)
    w.subscribe(mem, midk, w.t0 - rng.integers(300, 1500, 5) * DAY, mops, w.new_imsi(mops), prepaid=False)
    w.truth("msisdn", mem, "gang_member", "G11", "duanka_card_smuggling", w.t0)
    k = 3 * len(sellers)
    who = rng.integers(0, 5, k)
    tgt = np.repeat(sellers, 3)
    t = w.when(rng.integers(0, 8, k), "evening")
    w.voice(t, mem[who], w.p_msisdn[tgt], rng.lognormal(5.2, 0.5, k), np.ones(k, bool), mimei[who], 0,
            w.pick(bc, k), w.p_home[tgt])
    for d in range(w.ndays):
        days_mm = d >= 6
        a, b = rng.integers(0, 5, 6), rng.integers(0, 5, 6)
        ok = a != b
        w.voice(w.when(np.full(int(ok.sum()), d), "late"), mem[a[ok]], mem[b[ok]], rng.lognormal(4.5, 0.7,
                int(ok.sum())), np.ones(int(ok.sum()), bool), mimei[a[ok]], 0, -1 if days_mm else w.pick(bc, 1)[0],
                -1, "MM" if days_mm else "")
        w.device(w.when(np.full(5, d), "day"), mem, 0, mimei, -1 if days_mm else w.pick(bc, 1)[0], "data_session",
                 "MM" if days_mm else "")
    return dict(l1=l1, l2=l2, otc=otc, sold_sims=sims)


def lines_for(w, g):
    rng = w.rng
    n, kind = g["lines"], g["kind"]
    from generate import BORDER_CITIES, CITY_IDX  # noqa: PLC0415
    city = CITY_IDX.get(g.get("city", "871"), 0)
    lo, hi = g["days"]
    dpl = rng.integers(g["dpl"][0], g["dpl"][1] + 1, n)
    start = rng.integers(lo, np.maximum(lo + 1, hi - dpl + 1))
    if g["dpl"][0] >= 17:
        start[:] = 0
    L = dict(start=start, dpl=dpl, n=n, imei=np.zeros(n, np.int64), imsi=np.zeros(n, np.int64),
             cell=np.full(n, -1), roam=np.full(n, ""), ctype="mobile", gateway="")
    first = w.t0 + start * DAY
    sellers = np.zeros(0, np.int64)
    if kind in ("simbox", "new", "old", "roam"):
        num, ops = w.new_mobile(n)
        L["imsi"] = w.new_imsi(ops)
        ns = g.get("sellers", max(1, n // 6))
        pool = w.people(["farmer", "minority_villager", "student", "elderly", "construction"],
                        BORDER_CITIES if kind in ("simbox", "roam") else [city])
        sellers = w.claim(pool, ns)
        owner = sellers[np.arange(n) % len(sellers)]
        if kind == "old":
            opened = w.t0 - rng.integers(400, 1500, n) * DAY
            chan = w.pick(np.char.add("YN-STORE-", np.arange(100, 400).astype(str)), n)
        else:
            a0, a1 = g.get("age", (1, 5))
            opened = first - rng.integers(a0, a1 + 1, n) * DAY - rng.integers(0, 8 * 3600, n)
            chan = np.full(n, f"YN-AGENT-{rng.integers(400, 999)}")
        # burnt cards: the operator suspends some after their run, others are closed by the gang
        end = start + dpl
        burnt = (end < w.ndays) & (rng.random(n) < 0.45)
        status = np.where(burnt, np.where(rng.random(n) < 0.6, "suspended", "closed"), "active")
        stime = np.where(burnt, w.t0 + end * DAY + rng.integers(3600, DAY, n), 0)
        w.subscribe(num, w.p_idk[owner], opened, ops, L["imsi"], channel=chan, cell=w.p_home[owner], prepaid=True,
                    status=status, status_time=stime)
        for plat, p in (("wechat", 0.8), ("alipay", 0.5), ("douyin", 0.4), ("qq", 0.3)):
            r = np.flatnonzero(rng.random(n) < p)
            w.add("internet_accounts", platform=plat, account=np.char.add(plat[:2] + "_n", num[r].astype(str)),
                  msisdn=num[r], register_time=np.maximum(opened[r], w.t0 - 60 * DAY) + rng.integers(600, 2 * DAY, len(r)),
                  status="active")
        if kind == "simbox":
            ndev = int(np.ceil(n / g["per_dev"]))
            dev = w.new_imei(ndev, "goip")
            L["imei"] = dev[np.arange(n) % ndev]
            dcell = w.pick(w.cells_where([city], ["border"]), ndev)
            L["cell"] = dcell[np.arange(n) % ndev]
            w.truth("imei", dev, "simbox_device", g["gid"], g["scheme"], w.t0 + start.min() * DAY)
            L["role"] = "simbox_sim"
        else:
            L["imei"] = w.new_imei(n)
            if kind == "roam":
                L["roam"] = np.full(n, g["cc"])
            else:
                L["cell"] = w.pick(w.cells_where([city], ["urban"]), n)
            L["role"] = "fraud_caller" if g["mode"] != "sms" else "fraud_sms_sender"
    elif kind in ("fixed", "voip"):
        num = w.new_fixed(n, g.get("city", "871"))
        shell = w.new_idk(1)
        w.subscribe(num, np.full(n, shell[0]), w.t0 - rng.integers(20, 90) * DAY + rng.integers(0, 3 * DAY, n),
                    np.full(n, "CTCC"), line_type=kind, id_type="business_license", customer_type="enterprise",
                    channel="KM-BIZ-HALL-2", prepaid=False)
        w.truth("id_key", w.s_idk(shell), "card_seller", g["gid"], g["scheme"], w.t0)
        L["ctype"] = "voip" if kind == "voip" else "fixed"
        L["gateway"] = g["gateway"]
        L["role"] = "fixed_voip_line"
    else:  # intl
        num = w.new_intl(n, g["cc"])
        L["ctype"] = "intl_in"
        L["gateway"] = g["gateway"]
        L["role"] = "fraud_caller"
    L["num"] = num
    if len(sellers):
        w.truth("id_key", w.s_idk(w.p_idk[sellers]), "card_seller", g["gid"], g["scheme"], w.t0)
    w.truth("msisdn", num, L["role"], g["gid"], g["scheme"], first)
    return L


def make_hosts(w, g):
    """Fraud web resources of a gang: a function host(n) -> (domain, url, ip) and the entities to label."""
    rng = w.rng
    style = g.get("domain")
    if not style:
        return None
    gid = g["gid"]
    if style == "fresh":
        tld = ["top", "xyz", "cc", "vip", "icu"]
        doms = np.array([f"{g['dname']}{rng.integers(10, 99)}.{tld[i % 5]}" for i in range(3)])
        ips = np.array([f"103.{rng.integers(100, 250)}.{rng.integers(1, 250)}.{rng.integers(2, 250)}" for _ in range(3)])

        def host(n):
            i = rng.integers(0, 3, n)
            return doms[i], np.char.add(np.char.add("https://", doms[i]), "/m/index.html?from=sms"), ips[i]
        w.truth("domain", doms, "fraud_domain", gid, g["scheme"], w.t0)
    elif style == "wildcard":
        base = g["dname"]
        ip = f"45.{rng.integers(100, 250)}.{rng.integers(1, 250)}.{rng.integers(2, 250)}"

        def host(n):
            d = np.char.add(np.char.add(tokens(rng, n, 5), "."), base)
            return d, np.char.add(np.char.add("https://", d), "/"), np.full(n, ip)
        w.truth("domain", [base], "fraud_domain", gid, g["scheme"], w.t0)
    else:  # IP literals on odd ports
        ips = np.array([f"{a}.{rng.integers(10, 250)}.{rng.integers(1, 250)}.{rng.integers(2, 250)}"
                        for a in (154, 156, 38, 43)])

        def host(n):
            i = rng.integers(0, len(ips), n)
            return ips[i], np.char.add(np.char.add("http://", ips[i]), ":8899/tk/"), ips[i]
        w.truth("ip", ips, "fraud_domain", gid, g["scheme"], w.t0)
    return host


def run_gang(w, g, launder) -> None:
    rng = w.rng
    L = lines_for(w, g)
    host = make_hosts(w, g)
    n = L["n"]
    # line-days
    dpl = L["dpl"]
    line = np.repeat(np.arange(n), dpl)
    day = L["start"][line] + (np.arange(len(line)) - np.repeat(np.cumsum(dpl) - dpl, dpl))
    ok = day < w.ndays
    line, day = line[ok], day[ok]
    pool = w.people(g["pool"])
    # device presence of mobile lines
    if g["kind"] in ("simbox", "new", "old", "roam"):
        other = "location_update" if g["kind"] == "simbox" else "data_session"
        w.device(w.when(day, "day"), L["num"][line], L["imsi"][line], L["imei"][line], L["cell"][line],
                 np.where(rng.random(len(line)) < 0.5, "attach", other), L["roam"][line])
    # outbound calls to strangers
    if g["per_day"] > 0:
        k = rng.poisson(g["per_day"], len(line))
        cl, cd = np.repeat(line, k), np.repeat(day, k)
        m = len(cl)
        tgt = w.pick(pool, m)
        callee, dcell = w.p_msisdn[tgt], w.p_home[tgt]
        if g.get("tourists"):
            tm = rng.random(m) < g["tourists"]
            ti = w.pick(np.arange(len(w.tour_num)), int(tm.sum()))
            callee[tm] = w.tour_num[ti]
            dcell[tm] = -1
        if g["kind"] == "simbox":  # dialling sequences of numbers: many do not exist
            sq = rng.random(m) < 0.25
            callee[sq] = callee[sq] + rng.integers(1, 40, int(sq.sum()))
            dcell[sq] = -1
        imei = L["imei"][cl]
        if g.get("imei_rotate"):
            imei = w.new_imei(m)
        ans = rng.random(m) < g["answer"]
        dur = rng.lognormal(np.log(max(g["dur"], 5)), 0.9, m)
        w.voice(w.when(cd, g["prof"]), L["num"][cl], callee, dur, ans, imei, L["imsi"][cl], L["cell"][cl], dcell,
                L["roam"][cl], L["ctype"], "voice", L["gateway"], intercept=g.get("intercept", 0.0))
    # SMS blasts with links
    if g.get("sms"):
        k = rng.poisson(g["sms"], len(line))
        sl, sd = np.repeat(line, k), np.repeat(day, k)
        m = len(sl)
        tgt = w.pick(pool, m)
        rcv = w.p_msisdn[tgt]
        if g.get("tourists"):
            tm = rng.random(m) < g["tourists"]
            rcv[tm] = w.pick(w.tour_num, int(tm.sum()))
        st = w.when(sd, g["prof"])
        if host is not None:
            dom, url, ip = host(m)
            text = np.char.add(g["text"], url)
        else:
            text = np.full(m, g["text"])
        imei = w.new_imei(m) if g.get("imei_rotate") else L["imei"][sl]
        w.sms(st, L["num"][sl], rcv, text, imei, L["cell"][sl], L["roam"][sl])
        if host is not None and g.get("click"):  # some curious receivers click (not all of them pay)
            c = rng.random(m) < g["click"] * (tgt >= 0)
            gweb(w, g, st[c] + rng.integers(30, 3600, int(c.sum())), rcv[c], dom[c], ip[c], url[c])
    # fake shop visitors who never pay
    if g.get("visitors") and host is not None:
        v = w.pick(w.people(smart=True), g["visitors"])
        dom, url, ip = host(len(v))
        gweb(w, g, w.when(rng.integers(0, w.ndays, len(v)), "evening"), w.p_msisdn[v], dom, ip, url)
    # camouflage: old cards keep a few ordinary contacts who call back
    if g.get("camo"):
        friends = w.pick(np.arange(w.N), g["camo"] * n)
        fl = np.repeat(np.arange(n), g["camo"])
        for d in range(w.ndays):
            pick = rng.random(len(fl)) < 0.35
            a, f = fl[pick], friends[pick]
            back = rng.random(len(a)) < 0.5
            t = w.when(np.full(len(a), d), "evening")
            w.voice(t[~back], L["num"][a[~back]], w.p_msisdn[f[~back]], rng.lognormal(4.6, 0.8, int((~back).sum())),
                    rng.random(int((~back).sum())) < 0.9, L["imei"][a[~back]], L["imsi"][a[~back]],
                    L["cell"][a[~back]], w.p_home[f[~back]])
            w.voice(t[back], w.p_msisdn[f[back]], L["num"][a[back]], rng.lognormal(4.6, 0.8, int(back.sum())),
                    rng.random(int(back.sum())) < 0.9, w.p_imei[f[back]], w.p_imsi[f[back]], w.p_home[f[back]],
                    L["cell"][a[back]])
    victims_journey(w, g, L, line, day, host, launder)
    gang_members(w, g, L)


def victims_journey(w, g, L, line, day, host, launder) -> None:
    rng = w.rng
    gid, scheme = g["gid"], g["scheme"]
    need = g["victims"]
    vic = w.claim(w.people(g["pool"], has_acct=not g.get("parent")), need)
    if g.get("parent"):
        vic = vic[w.g_deg[vic] > 0]
    nv = len(vic)
    if nv == 0:
        return
    w.__dict__.setdefault("gang_victims", []).append(vic)
    # contact happens on a line-day, early enough to pay within the period
    j = rng.integers(0, len(line), nv)
    vl, vd = line[j], np.minimum(day[j], w.ndays - 2)
    t = w.when(vd, g["prof"] if g["prof"] != "late" else "evening")
    num = L["num"][vl]
    mode = g["mode"]
    vm, vcell = w.p_msisdn[vic], w.p_home[vic]
    if mode in ("call", "video"):
        media = "video" if mode == "video" else "voice"
        w.voice(t, num, vm, rng.lognormal(np.log(g["hook"]), 0.4, nv), np.ones(nv, bool), L["imei"][vl],
                L["imsi"][vl], L["cell"][vl], vcell, L["roam"][vl], L["ctype"], media, L["gateway"])
        if mode == "video":  # the first contact is an ordinary call the day before
            w.voice(t - DAY + rng.integers(-3600, 3600, nv), num, vm, rng.lognormal(4.5, 0.5, nv), np.ones(nv, bool),
                    L["imei"][vl], L["imsi"][vl], L["cell"][vl], vcell, L["roam"][vl], L["ctype"], "voice",
                    L["gateway"])
    elif mode == "sms":
        dom, url, ip = host(nv)
        w.sms(t, num, vm, np.char.add(g["text"], url), L["imei"][vl], L["cell"][vl], L["roam"][vl])
    elif mode == "inbound":  # the victim saw the live stream and calls the shop's customer service
        dom, url, ip = host(nv)
        gweb(w, g, t - rng.integers(3600, 3 * DAY, nv), vm, dom, ip, url)
        w.voice(t, vm, num, rng.lognormal(np.log(g["hook"]), 0.4, nv), np.ones(nv, bool), w.p_imei[vic],
                w.p_imsi[vic], vcell, L["cell"][vl])
    elif mode == "chat":  # weeks of friendly contact: SMS and late calls, both ways
        for back in range(1, 9):
            dd = vd - back
            okd = dd >= 0
            tt = w.when(dd[okd], "late")
            w.sms(tt, num[okd], vm[okd], "", L["imei"][vl[okd]], L["cell"][vl[okd]])
            w.sms(tt + rng.integers(60, 900, int(okd.sum())), vm[okd], num[okd], "", w.p_imei[vic[okd]],
                  vcell[okd])
            c = okd & (rng.random(nv) < 0.4)
            w.voice(w.when(dd[c], "late"), num[c], vm[c], rng.lognormal(6.5, 0.5, int(c.sum())),
                    np.ones(int(c.sum()), bool), L["imei"][vl[c]], L["imsi"][vl[c]], L["cell"][vl[c]], vcell[c])
        w.voice(t, num, vm, rng.lognormal(np.log(g["hook"]), 0.3, nv), np.ones(nv, bool), L["imei"][vl],
                L["imsi"][vl], L["cell"][vl], vcell)
    # the web / app step
    step = t + rng.integers(300, 3600, nv)
    if host is not None and mode != "inbound":
        dom, url, ip = host(nv)
        gweb(w, g, step, vm, dom, ip, url)
    if g.get("app"):
        src = np.char.add(np.char.add("https://", host(nv)[0]), "/app.apk") if host is not None else ""
        w.app(step + 120, vm, g["app"], "install", src)
        w.app(step + 600, vm, g["app"], "use")
        w.truth("app", [g["app"]], "fraud_app", gid, scheme, w.t0)
    # payments from the victim's own account (a parent's for children) to first-layer mules
    l1 = gang_mules(w, g, launder)
    k = rng.integers(g["pays"][0], g["pays"][1] + 1, nv)
    pv = np.repeat(np.arange(nv), k)
    step_i = np.arange(len(pv)) - np.repeat(np.cumsum(k) - k, k)
    gap = rng.uniform(0.2, 20, len(pv)) * 3600 * (step_i + 0.3)
    pt = np.repeat(step, k) + 600 + gap.astype(np.int64)
    amt = rng.lognormal(np.log(g["pay"]), 0.5, len(pv)) * (g.get("grow", 1.0) ** step_i)
    payer = vic[pv]
    if g.get("parent"):
        payer = contact_of_adult(w, vic)[pv]
    src = w.p_acct[payer]
    okp = (pt < w.t_end - 60) & (src >= 0)
    pv, pt, amt, src, payer = pv[okp], pt[okp], amt[okp], src[okp], payer[okp]
    dst = w.pick(l1, len(pv))
    amt = np.round(amt, -1 if g["pay"] >= 1000 else 0)
    w.transfer(pt, src, dst, amt, w.p_msisdn[vic[pv]], "mobile_app")
    w.event(pt, vm[pv], amt, dst)
    w.truth("msisdn", vm, "victim", gid, scheme, t)
    if g.get("lured_abroad"):  # some lured job seekers cross the border and their phones roam in Myanmar
        from generate import BORDER_CITIES  # noqa: PLC0415
        go = np.flatnonzero(rng.random(nv) < g["lured_abroad"])
        gd = np.minimum(vd[go] + rng.integers(1, 3, len(go)), w.ndays - 1)
        pg = vic[go]
        w.device(w.when(gd, "day"), w.p_msisdn[pg], w.p_imsi[pg], w.p_imei[pg],
                 w.pick(w.cells_where(BORDER_CITIES, ["border"]), len(go)), "detach")
        for extra in range(1, 6):
            dd = gd + extra
            ok = dd < w.ndays
            w.device(w.when(dd[ok], "late"), w.p_msisdn[pg[ok]], w.p_imsi[pg[ok]], w.p_imei[pg[ok]], -1,
                     "location_update", g["cc"])
    if g.get("domain") == "wildcard":  # the subdomains seen on the network (DPI) are fraud resources too
        w.truth("domain", np.unique(np.concatenate(g["_seen"])), "fraud_domain", gid, scheme, w.t0)
    # laundering: L1 -> 1-3 L2 within minutes, L2 -> OTC dealer within hours
    launder_flow(w, pt, dst, amt, launder)
    # reports: some victims go to the police or report the number
    last = np.full(nv, -1, np.int64)
    np.maximum.at(last, pv, pt)
    rep = (last > 0) & (rng.random(nv) < g["report"])
    rt = last[rep] + rng.integers(2 * 3600, 3 * DAY, int(rep.sum()))
    okr = rt < w.t_end
    ri = np.flatnonzero(rep)[okr]
    loss = np.zeros(nv)
    np.add.at(loss, pv, amt)
    w.report(rt[okr], "msisdn", num[ri], "fraud", g["ftype"], loss[ri], w.pick(["police", "user_report"], len(ri)))
    w.report(rt[okr] + 600, "msisdn", vm[ri], "victim", g["ftype"], loss[ri], "police")
    if len(ri):
        w.report(rt[okr][:1] + DAY // 2, "account", w.s_acct(w.pick(l1, 1)), "fraud", g["ftype"], np.nan, "bank")


def gweb(w, g, t, msisdn, dom, ip, url):
    w.web(t, msisdn, dom, ip, url)
    g.setdefault("_seen", []).append(np.asarray(dom))


def contact_of_adult(w, p):
    """A contact with a bank account (a parent) of each child victim."""
    out = p.copy()
    for _ in range(6):
        c = w.g_dst[w.g_off[p] + (w.rng.random(len(p)) * w.g_deg[p]).astype(np.int64)]
        ok = (w.p_acct[c] >= 0) & (w.p_acct[out] < 0)
        out[ok] = c[ok]
    return out


def gang_mules(w, g, launder):
    """First-layer mule accounts of a gang: some from the G11 sellers' fresh accounts, some students' own."""
    rng = w.rng
    nm = max(2, g["victims"] // 2)
    from generate import OCC_IDX  # noqa: PLC0415
    stu = w.claim(w.people(["student", "construction", "migrant"], has_acct=True), nm)
    acc = w.p_acct[stu]
    w.truth("id_key", w.s_idk(w.p_idk[stu]), "card_seller", g["gid"], g["scheme"], w.t0)
    extra = w.pick(launder["l1"], 2)
    l1 = np.concatenate([acc, extra])
    w.truth("account", w.s_acct(acc), "mule_account", g["gid"], g["scheme"], w.t0)
    del rng, OCC_IDX
    return l1


def launder_flow(w, pt, dst, amt, launder):
    rng = w.rng
    n = len(pt)
    if n == 0:
        return
    k = rng.integers(1, 4, n)
    i = np.repeat(np.arange(n), k)
    share = rng.uniform(0.5, 1.5, len(i))
    tot = np.zeros(n)
    np.add.at(tot, i, share)
    a2 = np.round(amt[i] * 0.97 * share / tot[i], 0)
    t2 = pt[i] + rng.integers(120, 5400, len(i))
    l2 = w.pick(launder["l2"], len(i))
    ok = t2 < w.t_end
    w.transfer(t2[ok], dst[i][ok], l2[ok], a2[ok], 0, "mobile_app")
    t3 = t2 + rng.integers(1800, 6 * 3600, len(i))
    ok3 = ok & (t3 < w.t_end)
    w.transfer(t3[ok3], l2[ok3], w.pick(launder["otc"], int(ok3.sum())), np.round(a2[ok3] * 0.99, 0), 0,
               "third_party")


def gang_members(w, g, L) -> None:
    """Members' own phones: they call each other at night and sit at or near the den cell."""
    rng = w.rng
    m = g.get("members", 0)
    if m == 0:
        return
    num, ops = w.new_mobile(m)
    imei = w.new_imei(m)
    w.subscribe(num, w.new_idk(m), w.t0 - rng.integers(200, 2000, m) * DAY, ops, w.new_imsi(ops), prepaid=False)
    w.truth("msisdn", num, "gang_member", g["gid"], g["scheme"], w.t0)
    roam = L["roam"][0] if len(L["roam"]) and L["roam"][0] else ("MM" if g["kind"] in ("intl", "simbox") else "")
    cell = -1 if roam else int(L["cell"][0]) if L["cell"][0] >= 0 else w.pick(w.cells_where(kinds=["urban"]), 1)[0]
    for d in range(w.ndays):
        a, b = rng.integers(0, m, 3), rng.integers(0, m, 3)
        ok = a != b
        c = int(ok.sum())
        w.voice(w.when(np.full(c, d), "late"), num[a[ok]], num[b[ok]], rng.lognormal(4.0, 0.8, c), np.ones(c, bool),
                imei[a[ok]], 0, cell, -1, roam)
        w.device(w.when(np.full(m, d), "day"), num, 0, imei, cell, "data_session", roam)
