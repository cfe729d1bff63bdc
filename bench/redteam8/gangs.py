"""The fraud of the blind Fujian province: twelve gangs, their lines, victims, payments, mules and reports.

Each contacting gang is one row of GANGS; a generic engine (`_contact_day`) turns a row into calls or SMS per
line-day, victims, web visits, app installs, payments to mule accounts, mule forwarding and reports. The card-selling
ring (断卡) supplies SIM cards and bank accounts to the others; the laundering chain moves money from first-layer
mules through a second layer to OTC/crypto dealers. Written blind to fraudwall's detection.
"""

from __future__ import annotations

import numpy as np
from generate import COUNTRIES, DAY, OCCS, World

# Parameters of the contacting gangs (the README's table is generated from these rows).
#  lines: kind of contacting line; conc: lines active at once; dpl: days each line is used; per: contacts per
#  line-day; ans: answer (or click) rate; dur: median answered duration (s); hours: hour profile; conv: share of
#  answered contacts (clicks for SMS) that become victims; pay: (min, max payments, median amount CNY);
#  rep: share of victims who report; mules: first-layer mule accounts; start: first active day.
GANGS = [
    dict(id="FJ-G01", scheme="fake_customs_parcel", ft="impersonate_police", lines="card", conc=4, dpl=2, per=45,
         ans=0.28, dur=70, hours="work", conv=0.025, pay=(1, 3, 30000), rep=0.55, mules=10, chain=True,
         domain="hg-customs-cx.top", app=None, target="customs", city="Xiamen", start=0, members=4),
    dict(id="FJ-G01", scheme="fake_customs_parcel", ft="impersonate_police", lines="foreign:PH", conc=3, dpl=3, per=30,
         ans=0.22, dur=60, hours="work", conv=0.03, pay=(1, 3, 30000), rep=0.55, mules=0, chain=True,
         domain="hg-customs-cx.top", app=None, target="customs", city="Xiamen", start=2, members=0, gateway="GW-INTL-XM2"),
    dict(id="FJ-G02", scheme="overseas_relative_faceswap", ft="acquaintance", lines="foreign:mix", conc=3, dpl=2,
         per=12, ans=0.55, dur=75, hours="evening", conv=0.07, pay=(1, 2, 40000), rep=0.6, mules=6, chain=False,
         domain=None, app=None, target="diaspora", city="Quanzhou", start=1, members=3, media="video",
         gateway="GW-INTL-QZ1"),
    dict(id="FJ-G03", scheme="livestream_refund", ft="customer_service", lines="card", conc=3, dpl=3, per=40,
         ans=0.35, dur=90, hours="day", conv=0.04, pay=(2, 4, 6000), rep=0.5, mules=8, chain=False,
         domain="dy-kefu-tuikuan.cc", app="com.yunshi.screenmeet", target="shopper", city="Fuzhou", start=0,
         members=4),
    dict(id="FJ-G04", scheme="gambling_sms_wildcard", ft="other", lines="smscat", conc=6, dpl=1, per=220,
         ans=0.012, dur=0, hours="late", conv=0.16, pay=(2, 6, 1500), rep=0.25, mules=8, chain=False,
         domain="*.lc888vip.com", app="com.lhc.cp888", target="gambler", city="Zhangzhou", start=0, members=3,
         channel="sms"),
    dict(id="FJ-G05", scheme="putian_simbox_police", ft="impersonate_police", lines="simbox", conc=16, dpl=3,
         per=32, ans=0.2, dur=45, hours="work", conv=0.012, pay=(1, 3, 45000), rep=0.6, mules=8, chain=True,
         domain="gaj-anquan-zh.com", app=None, target="elderly", city="Putian", start=0, members=3),
    dict(id="FJ-G06", scheme="fake_loan_voip", ft="loan", lines="voip", conc=8, dpl=17, per=90, ans=0.3, dur=50,
         hours="work", conv=0.012, pay=(2, 4, 4000), rep=0.45, mules=6, chain=False,
         domain="xinyidai-jk.com", app="com.xinyidai.loan", target="borrower", city="Fuzhou", start=0, members=3,
         gateway="VOIP-FZ-07"),
    dict(id="FJ-G07", scheme="click_farming_job", ft="part_time_job", lines="card", conc=2, dpl=2, per=110,
         ans=0.06, dur=0, hours="day", conv=0.15, pay=(3, 6, 3000), rep=0.45, mules=0, chain=True,
         domain="jianzhi-rw.xyz", app="com.renwu.dd", target="clicker", city="Quanzhou", start=0, members=3,
         channel="sms"),
    dict(id="FJ-G11", scheme="teacher_class_fee", ft="acquaintance", lines="card", conc=2, dpl=2, per=70,
         ans=0.05, dur=0, hours="day", conv=0.35, pay=(1, 2, 680), rep=0.35, mules=4, chain=False,
         domain="jxt-jiaofei.net", app=None, target="parent", city="Longyan", start=3, members=2, channel="sms"),
    dict(id="FJ-G12", scheme="quiet_police_impersonation", ft="impersonate_police", lines="card_old", conc=1,
         dpl=17, per=1.5, ans=0.6, dur=300, hours="day", conv=0.2, pay=(2, 4, 60000), rep=0.5, mules=3,
         chain=False, domain=None, app=None, target="elderly_rich", city="Fuzhou", start=0, members=2),
]
PIG = dict(id="FJ-G08", scheme="pig_butchering_investment", ft="investment", lines=4, targets_per_line=4,
           city="Xiamen", domain="gbtc-global.vip", app="com.gbtc.trade", members=3)
CARD_RING = dict(id="FJ-G09", scheme="card_selling_ring", students=28, cards=(3, 6), accounts=(1, 3))
CHAIN = dict(id="FJ-G10", scheme="laundering_chain", layer1_rented=14, layer2=16, otc=5, members=4)

CONTENT = {
    "FJ-G04": "【澳门新葡京】注册即送888元彩金，真人视讯日出千万 {url} 回T退订",
    "FJ-G07": "【招聘】在家兼职，手机刷单日结200-800元，宝妈学生优先，详询 {url}",
    "FJ-G11": "家长您好，我是班主任，本学期教辅资料费和班费请于今日前扫码缴纳：{url}",
    "FJ-G02": "是我，换号了，我在那边出了点事，先别告诉家里，等下视频跟你说",
    "FJ-G08": "早上好呀，今天行情不错，晚上给你看看我的收益截图",
}


def _targets(w: World, kind: str) -> np.ndarray:
    o = w.occ
    age = w.age
    wt = np.ones(w.n)
    if kind == "customs":
        wt = 1 + 1.5 * (age > 50) + 1.0 * np.isin(o, [OCCS.index("office"), OCCS.index("trader")])
    elif kind == "diaspora":
        wt = (w.abroad >= 0) * (1 + 2.0 * (age > 55))
    elif kind == "shopper":
        wt = 0.2 + (age < 42) * (1 + w.female) + np.isin(o, [OCCS.index("homemaker"), OCCS.index("student")])
    elif kind == "gambler":
        wt = 0.3 + (~w.female) * (age < 50) * (1 + np.isin(o, [OCCS.index(x) for x in ("factory", "driver",
                                                                                        "construction")]))
    elif kind == "elderly":
        wt = 0.3 + 3 * (age > 60)
    elif kind == "borrower":
        wt = 0.3 + np.isin(o, [OCCS.index(x) for x in ("factory", "construction", "driver", "shop")]) * 2.0
    elif kind == "clicker":
        wt = 0.2 + np.isin(o, [OCCS.index("student"), OCCS.index("homemaker")]) * 3 + w.female * (age < 40)
    elif kind == "parent":
        wt = w.has_kids * 1.0 + 0.001
    elif kind == "elderly_rich":
        wt = 0.05 + (age > 58) * (1 + np.isin(o, [OCCS.index("tea"), OCCS.index("trader")]) * 2)
    elif kind == "romance":
        wt = 0.2 + ((age > 28) & (age < 58)) * (1 + np.isin(o, [OCCS.index(x) for x in ("office", "trader",
                                                                                           "shop", "healthcare")]))
    return np.asarray(wt, float)


class Gangs:
    pass


G = Gangs()


def _members(w: World, gid: str, scheme: str, city: str, n: int, den: np.ndarray):
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    m = w.mobile(n)
    ids = w.idkey(n)
    imei = w.new_imei(n)
    acct = w.account(n)
    ot = w.t0 - w.rng.integers(100, 2000, n) * DAY
    imsi = w.new_imsi(n)
    w.subscribers(m, ids, "mobile", ot, imsi=imsi, cell=den[0], region=city)
    w.bank_accounts(acct, ids, ot, m)
    w.internet_accounts(m, ot + DAY, "wechat")
    w.truth("msisdn", m, "gang_member", gid, scheme, w.t0)
    G.members.append((gid, m, imei, den, acct, imsi))
    return m, imei, ids, acct


def _mules(w: World, gid: str, scheme: str, n: int, rented_ids=None):
    """First-layer mule accounts (rented or bought), opened recently, bound to a gang card."""
    acct = w.account(n)
    ids = rented_ids if rented_ids is not None else w.idkey(n)
    bound = w.mobile(n)
    ot = w.t0 - w.rng.integers(3, 60, n) * DAY
    w.subscribers(bound, ids, "mobile", ot - DAY, imsi=w.new_imsi(n), region="Fujian")
    w.bank_accounts(acct, ids, ot, bound)
    return acct, bound


# ---------------------------------------------------------------------------------------------------------------
def setup(w: World) -> None:
    rng = w.rng
    G.members = []
    G.gangs = []
    # ---------------- the card-selling ring (断卡): students open cards and bank accounts and sell them
    cr = CARD_RING
    st = w.pick(cr["students"], w.occ_mask("student") * 1.0)
    G.sellers = st
    ncards = rng.integers(cr["cards"][0], cr["cards"][1] + 1, len(st))
    owner = np.repeat(st, ncards)
    agents = np.array(["AGT-UNITOWN-07", "AGT-XMU-03", "AGT-ZZUNI-02"], dtype=object)
    open_day = rng.integers(-25, 0, len(st))
    G.sold_cards = w.mobile(len(owner), consecutive=False)
    G.sold_owner = owner
    G.sold_open = w.t0 + np.repeat(open_day, ncards) * DAY + rng.integers(9 * 3600, 18 * 3600, len(owner))
    chan = np.repeat(agents[rng.integers(0, 3, len(st))], ncards)
    G.sold_imsi = w.new_imsi(len(owner))
    w.subscribers(G.sold_cards, w.id_key[owner], "mobile", G.sold_open, imsi=G.sold_imsi, channel=chan,
                  cell=w.work[owner], region="Fujian")
    nacc = rng.integers(cr["accounts"][0], cr["accounts"][1] + 1, len(st))
    aown = np.repeat(st, nacc)
    G.sold_accts = w.account(len(aown))
    G.sold_acct_owner = aown
    w.bank_accounts(G.sold_accts, w.id_key[aown], w.t0 + np.repeat(open_day, nacc) * DAY + rng.integers(
        3600, 3 * DAY, len(aown)), w.msisdn[aown])
    # sold cards come with internet accounts registered on them the next days (sold as a bundle)
    k = rng.integers(1, 4, len(owner))
    ci = np.repeat(np.arange(len(owner)), k)
    w.internet_accounts(G.sold_cards[ci], G.sold_open[ci] + rng.integers(3600, 3 * DAY, len(ci)),
                        rng.choice(np.array(["wechat", "qq", "douyin", "alipay", "kuaishou"]), len(ci)))
    w.truth("msisdn", w.msisdn[st], "card_seller", cr["id"], cr["scheme"], w.t0 + open_day * DAY)
    w.truth("id_key", w.id_key[st], "card_seller", cr["id"], cr["scheme"], w.t0 + open_day * DAY)
    G.card_ptr = 0
    rec_den = w.cells_of("Fuzhou", tag="UNITOWN")
    G.ring_members = _members(w, cr["id"], cr["scheme"], "Fuzhou", 2, rec_den)
    # the recruiter pays each student per card (transfers from a recruiter account)
    pay_t = w.t0 + (open_day + 1) * DAY + rng.integers(10 * 3600, 22 * 3600, len(st))
    ok = pay_t > w.t0
    w.transfers(np.full(ok.sum(), G.ring_members[3][0]), w.acct[st[ok]], pay_t[ok], ncards[ok] * 300.0 + 500,
                msisdn=G.ring_members[0][0])
    # police later mark some sellers (断卡 operation)
    rp = st[rng.random(len(st)) < 0.3]
    w.report(w.t0 + rng.integers(w.hist, w.D, len(rp)) * DAY + 36000, "id_key", [f"ID{x}" for x in w.id_key[rp]],
             "card_seller", None, None, "police")

    # ---------------- laundering chain: layer 1 (rented + students' accounts) -> layer 2 -> OTC dealers
    ch = CHAIN
    den = w.cells_of("Xiamen", ("urban",))[:3]
    G.chain_members = _members(w, ch["id"], ch["scheme"], "Xiamen", ch["members"], den)
    l1r, l1b = _mules(w, ch["id"], ch["scheme"], ch["layer1_rented"])
    G.chain_l1 = np.concatenate([l1r, G.sold_accts])
    G.chain_l1_msisdn = np.concatenate([l1b, w.msisdn[G.sold_acct_owner]])
    G.chain_l2, G.chain_l2_msisdn = _mules(w, ch["id"], ch["scheme"], ch["layer2"])
    G.otc = w.account(ch["otc"])
    otc_ids = w.idkey(ch["otc"])
    w.bank_accounts(G.otc, otc_ids, w.t0 - rng.integers(200, 900, ch["otc"]) * DAY, G.chain_members[0][:1].repeat(
        ch["otc"]))
    G.exch = w.account(3)
    w.bank_accounts(G.exch, w.idkey(3), w.t0 - 1000 * DAY)
    G.chain_first = {}

    # ---------------- contacting gangs
    for gi, g in enumerate(GANGS):
        g["start"] = min(g["start"], w.D - 1)  # short runs
        den = w.cells_of(g["city"], tag="LCFLAT") if g["lines"] == "simbox" else w.cells_of(g["city"], ("urban",))
        den = den[rng.integers(0, len(den), 2)]
        st_ = dict(g=g, den=den)
        st_["members"] = _members(w, g["id"], g["scheme"], g["city"], g["members"], den) if g["members"] else None
        if st_["members"] is None:
            st_["members"] = next((x["members"] for x in G.gangs if x["g"]["id"] == g["id"]), None)
        days = w.D - g["start"]
        n_lines = int(np.ceil(g["conc"] * (days + g["dpl"] - 1) / g["dpl"]))
        # line schedule: staggered so that about `conc` lines are active every day, each for dpl days
        raw = g["start"] - (g["dpl"] - 1) + (np.arange(n_lines) * g["dpl"]) // g["conc"]
        end = raw + g["dpl"]
        ok = (end > g["start"]) & (raw < w.D)
        raw, end = raw[ok], end[ok]
        n_lines = len(raw)
        ls = np.maximum(raw, g["start"])
        st_["start"], st_["end"] = ls, end
        kind = g["lines"]
        if kind in ("card", "card_old"):
            take = min(n_lines, len(G.sold_cards) - G.card_ptr) if kind == "card" else 0
            lines = G.sold_cards[G.card_ptr:G.card_ptr + take]
            imsi = G.sold_imsi[G.card_ptr:G.card_ptr + take]
            G.card_ptr += take
            rest = n_lines - take
            if rest:  # cards bought under other people's IDs: one ID, several cards (一证多卡)
                ln = w.mobile(rest, consecutive=(gi % 2 == 0))
                ids = np.repeat(w.idkey(rest // 3 + 1), 3)[:rest]
                age = rng.integers(200, 900, rest) if kind == "card_old" else rng.integers(1, 20, rest)
                im = w.new_imsi(rest)
                w.subscribers(ln, ids, "mobile", w.t0 + ls[take:] * DAY - age * DAY, imsi=im,
                              region=g["city"])
                lines = np.concatenate([lines, ln])
                imsi = np.concatenate([imsi, im])
            st_["imei"] = w.new_imei(max(1, n_lines // 2))[np.arange(n_lines) % max(1, n_lines // 2)]
            st_["role"] = "fraud_caller" if g.get("channel", "call") == "call" else "fraud_sms_sender"
            st_["call_type"] = "mobile"
        elif kind == "smscat":  # SMS cat: passport-registered SIMs rotating through 8 ports of one device
            lines = w.mobile(n_lines, consecutive=True)
            ids = np.repeat(w.idkey(n_lines // 5 + 1), 5)[:n_lines]
            imsi = w.new_imsi(n_lines)
            w.subscribers(lines, ids, "mobile", w.t0 + ls * DAY - rng.integers(1, 6, n_lines) * DAY,
                          imsi=imsi, id_type="passport", region=g["city"])
            ports = w.new_imei(8)
            st_["imei"] = ports[np.arange(n_lines) % 8]
            st_["role"] = "fraud_sms_sender"
            w.truth("imei", ports, "simbox_device", g["id"], g["scheme"], w.t0 + g["start"] * DAY)
        elif kind == "simbox":  # GOIP in a rented flat: 2 devices x 8 ports, stable port IMEIs, SIMs swapped
            lines = w.mobile(n_lines)
            ids = np.repeat(w.idkey(n_lines // 4 + 1), 4)[:n_lines]
            imsi = w.new_imsi(n_lines)
            w.subscribers(lines, ids, "mobile", w.t0 + ls * DAY - rng.integers(2, 15, n_lines) * DAY,
                          imsi=imsi, region="Putian")
            ports = w.new_imei(16)
            st_["imei"] = ports[np.arange(n_lines) % 16]
            st_["role"] = "simbox_sim"
            st_["call_type"] = "mobile"
            w.truth("imei", ports, "simbox_device", g["id"], g["scheme"], w.t0 + g["start"] * DAY)
        elif kind == "voip":  # a shell company's VoIP and fixed lines
            nv = n_lines // 2 + 1
            lines = np.concatenate([w.fixed(nv, "Fuzhou"), w.fixed(n_lines - nv, "Fuzhou")])
            lic = w.idkey(1)[0]
            lt = np.array(["voip"] * nv + ["fixed"] * (n_lines - nv), dtype=object)
            w.subscribers(lines, np.full(n_lines, lic), lt, w.t0 - rng.integers(10, 40, n_lines) * DAY,
                          id_type="business_license", customer_type="enterprise", prepaid=False, region="Fuzhou")
            st_["imei"] = np.full(n_lines, -1)
            imsi = np.full(n_lines, -1)
            st_["role"] = "fixed_voip_line"
            st_["call_type"] = lt
        else:  # foreign numbers through an international gateway
            c = kind.split(":")[1]
            cs = ["PH", "MY", "ID", "SG"] if c == "mix" else [c]
            cc = np.array(cs, dtype=object)[np.arange(n_lines) % len(cs)]
            lines = np.concatenate([w.foreign(int((cc == x).sum()), x) for x in cs])
            cc = np.repeat(np.array(cs, dtype=object), [int((cc == x).sum()) for x in cs])
            st_["country"] = cc
            st_["imei"] = np.full(n_lines, -1)
            imsi = np.full(n_lines, -1)
            st_["role"] = "fraud_caller"
            st_["call_type"] = "intl_in"
        st_["lines"] = lines
        st_["imsi"] = imsi
        st_["first"] = np.full(n_lines, -1, np.int64)
        tw = _targets(w, g["target"])
        st_["tp"] = tw / tw.sum()
        if g["mules"]:
            st_["mules"], st_["mule_msisdn"] = _mules(w, g["id"], g["scheme"], g["mules"])
            st_["l2"], st_["l2_msisdn"] = _mules(w, g["id"], g["scheme"], max(2, g["mules"] // 3))
        else:
            prev = next((x for x in G.gangs if x["g"]["id"] == g["id"] and "mules" in x), None)
            if prev is not None:
                for k in ("mules", "mule_msisdn", "l2", "l2_msisdn"):
                    st_[k] = prev[k]
        if g.get("chain"):
            st_["mules"], st_["mule_msisdn"] = G.chain_l1, G.chain_l1_msisdn
        st_["victims"] = []
        G.gangs.append(st_)
    # ---------------- pig butchering: a few lines, long relationships
    p = PIG
    den = w.cells_of(p["city"], ("urban",))[:2]
    G.pig_members = _members(w, p["id"], p["scheme"], p["city"], p["members"], den)
    G.pig_lines = w.mobile(p["lines"])
    G.pig_imsi = w.new_imsi(p["lines"])
    w.subscribers(G.pig_lines, w.idkey(p["lines"]), "mobile", w.t0 - rng.integers(30, 300, p["lines"]) * DAY,
                  imsi=G.pig_imsi, region="Xiamen")
    G.pig_imei = w.new_imei(p["lines"])
    nt = p["lines"] * p["targets_per_line"]
    tw = _targets(w, "romance")
    G.pig_targets = w.pick(nt, tw)
    G.pig_line_of = np.arange(nt) % p["lines"]
    G.pig_start = rng.integers(0, max(1, w.D - 6), nt)
    G.pig_pays = rng.random(nt) < 0.55  # the others stop replying
    G.pig_first = np.full(nt, -1, np.int64)
    G.pig_mules, G.pig_mule_msisdn = G.chain_l1, G.chain_l1_msisdn


def _pay(w: World, st, gid, scheme, ft, victims, vline, t0, pay, rep, domain, app, chain, mules, mule_msisdn):
    """Victims' journey after the contact: web visit, app install, payments, forwarding, reports, truth."""
    rng = w.rng
    nv = len(victims)
    if nv == 0:
        return
    vm = w.msisdn[victims]
    if domain:
        dom = domain.replace("*", "m")
        w.web(vm, t0 + rng.integers(120, 1500, nv), dom, url="https://" + dom + "/", ip="103.151.44." + str(
            sum(map(ord, gid)) % 200 + 10))
    if app:
        w.apps(vm, t0 + rng.integers(1500, 4000, nv), app, "install", f"https://{(domain or 'dl.apk').replace('*', 'dl')}/app.apk")
        w.apps(vm, t0 + rng.integers(4000, 9000, nv), app, "use")
    k = rng.integers(pay[0], pay[1] + 1, nv)
    who = np.repeat(np.arange(nv), k)
    step = np.concatenate([np.arange(x) for x in k]) if len(k) else np.zeros(0, np.int64)
    delay = 900 + step * rng.integers(1200, 30000, len(who)) + rng.integers(0, 1800, len(who))
    t = t0[who] + delay
    amt = np.round(rng.lognormal(np.log(pay[2]), 0.6, len(who)) * (1 + 0.3 * step), -1)
    amt = np.maximum(amt, 50)
    mi = rng.integers(0, len(mules), len(who))
    keep = t < w.t_end
    who, t, amt, mi = who[keep], t[keep], amt[keep], mi[keep]
    dst = mules[mi]
    w.transfers(w.acct[victims[who]], dst, t, amt, msisdn=vm[who])
    w.loss(vm[who], t, amt, dst)
    # mule forwarding: layer 1 -> layer 2 within minutes, layer 2 -> OTC dealers within hours
    if chain:
        l2i = rng.integers(0, len(G.chain_l2), len(who))
        t2 = t + rng.integers(120, 2400, len(who))
        w.transfers(dst, G.chain_l2[l2i], t2, np.round(amt * 0.995, 2), msisdn=G.chain_l1_msisdn[mi])
        t3 = t2 + rng.integers(1800, 5 * 3600, len(who))
        w.transfers(G.chain_l2[l2i], G.otc[rng.integers(0, len(G.otc), len(who))], t3, np.round(amt * 0.99, 2),
                    msisdn=G.chain_l2_msisdn[l2i], channel="third_party")
        for a, tt in zip(np.concatenate([dst, G.chain_l2[l2i]]).tolist(), np.concatenate([t, t2]).tolist(), strict=True):
            G.chain_first[a] = min(G.chain_first.get(a, tt), tt)
    else:
        l2 = st["l2"]
        l2i = rng.integers(0, len(l2), len(who))
        t2 = t + rng.integers(300, 4 * 3600, len(who))
        w.transfers(dst, l2[l2i], t2, np.round(amt * 0.99, 2), msisdn=mule_msisdn[mi])
        t3 = t2 + rng.integers(3600, 8 * 3600, len(who))
        w.transfers(l2[l2i], G.exch[rng.integers(0, 3, len(who))], t3, np.round(amt * 0.98, 2),
                    msisdn=st["l2_msisdn"][l2i], channel="third_party")
        for a, tt in zip(np.concatenate([dst, l2[l2i]]).tolist(), np.concatenate([t, t2]).tolist(), strict=True):
            st["mule_first"][a] = min(st["mule_first"].get(a, tt), tt)
    w.truth("msisdn", vm, "victim", gid, scheme, t0)
    # reports by a share of the victims: the contacting number as fraud, the victim as victim
    paid = np.bincount(who, weights=amt, minlength=nv)
    last = np.full(nv, -1, np.int64)
    np.maximum.at(last, who, t)
    r = (rng.random(nv) < rep) & (paid > 0)
    tr = last[r] + rng.integers(3600, 3 * DAY, r.sum())
    src = np.where(rng.random(r.sum()) < 0.6, "police", "user_report").astype(object)
    w.report(tr, "msisdn", [str(x) for x in vline[r]], "fraud", ft, paid[r], src)
    # reporting victims call the police (110) or the anti-fraud hotline (96110) first
    hot = np.where(rng.random(r.sum()) < 0.6, 110, 96110)
    w.calls(vm[r], hot, tr - rng.integers(600, 7200, r.sum()), rng.integers(120, 900, r.sum()),
            imei=w.imei[victims[r]], imsi=w.imsi[victims[r]], cell=w.home[victims[r]], call_type="fixed")
    w.report(tr + 60, "msisdn", [str(x) for x in vm[r]], "victim", ft, paid[r], src)
    # banks report some receiving mules
    bm = np.unique(dst[rng.random(len(dst)) < 0.15])
    w.report(np.full(len(bm), min(w.t_end - 3600, int(t.max()) + DAY) if len(t) else w.t_end), "account",
             [f"AC{x}" for x in bm], "fraud", ft, None, "bank")


def _contact_day(w: World, st, d: int) -> None:
    g = st["g"]
    rng = w.rng
    act = np.nonzero((st["start"] <= d) & (st["end"] > d))[0]
    if len(act) == 0 or d < g["start"]:
        return
    k = rng.poisson(g["per"], len(act))
    li = np.repeat(act, k)
    m = len(li)
    if m == 0:
        return
    tgt = rng.choice(w.n, m, p=st["tp"])
    if g["target"] == "diaspora" and "country" in st:  # callers pose as relatives from the family's country
        fam_c = np.array(COUNTRIES, dtype=object)[np.maximum(w.abroad, 0)]
        keep = (fam_c[tgt] == st["country"][li]) | (rng.random(m) < 0.15)
        li, tgt = li[keep], tgt[keep]
        m = len(li)
    t = np.sort(w.times(d, m, g["hours"]))
    lines = st["lines"][li]
    big = np.iinfo(np.int64).max
    tmp = np.where(st["first"] < 0, big, st["first"])
    np.minimum.at(tmp, li, t)
    st["first"] = np.where(tmp == big, -1, tmp)
    imei = st["imei"][li]
    imsi = st["imsi"][li]
    cell = np.where(imei >= 0, st["den"][li % len(st["den"])], -1)
    channel = g.get("channel", "call")
    victims = np.zeros(0, np.int64)
    vline = np.zeros(0, np.int64)
    vt = np.zeros(0, np.int64)
    if channel == "call":
        ans = rng.random(m) < g["ans"]
        dur = np.where(ans, np.maximum(3, rng.lognormal(np.log(g["dur"]), 0.8, m)).astype(np.int64), 0)
        conv = ans & (rng.random(m) < g["conv"])
        dur = np.where(conv, rng.integers(600, 2700, m) if g.get("media") != "video" else rng.integers(90, 400, m),
                       dur)
        ct = st["call_type"]
        ct = ct[li] if isinstance(ct, np.ndarray) else ct
        if g["id"] == "FJ-G02":  # an SMS first: "it's me, new number"
            pre = rng.random(m) < 0.5
            w.sms(lines[pre], w.msisdn[tgt[pre]], t[pre] - rng.integers(300, 3600, pre.sum()), CONTENT["FJ-G02"],
                  roam=None)
        w.calls(lines, w.msisdn[tgt], t, dur, imei=imei, imsi=imsi, cell=cell, callee_cell=w.home[tgt],
                call_type=ct, media=g.get("media", "voice"), gateway=g.get("gateway"))
        victims, vline, vt = tgt[conv], lines[conv], t[conv]
        # the gang calls the hooked victim back once more (instructions)
        if len(victims):
            w.calls(vline, w.msisdn[victims], vt + rng.integers(1800, 7200, len(victims)),
                    rng.integers(300, 1800, len(victims)), imei=imei[conv], imsi=imsi[conv], cell=cell[conv],
                    callee_cell=w.home[victims], call_type=ct[conv] if isinstance(ct, np.ndarray) else ct,
                    media=g.get("media", "voice"), gateway=g.get("gateway"))
    else:
        if g["domain"].startswith("*."):  # wildcard domain: a fresh sub-domain per message
            sub = np.char.add(np.char.add(rng.integers(10**5, 10**7, m).astype(str), "."), g["domain"][2:])
        else:
            sub = np.full(m, g["domain"])
        url = np.char.add(np.char.add("http://", sub), np.char.add("/?i=", rng.integers(1000, 99999, m).astype(str)))
        content = np.char.replace(np.full(m, CONTENT[g["id"]]), "{url}", url)
        w.sms(lines, w.msisdn[tgt], t, content.astype(object), imei=imei, cell=cell)
        click = rng.random(m) < g["ans"]
        ci = np.nonzero(click)[0]
        w.web(w.msisdn[tgt[ci]], t[ci] + rng.integers(30, 3600, len(ci)), sub[ci].astype(object),
              url=url[ci].astype(object), ip=np.char.add("154.211.", rng.integers(10, 250, len(ci)).astype(str)
                                                         ).astype(object))
        st.setdefault("subs", set()).update(sub[ci].tolist())
        conv = click & (rng.random(m) < g["conv"])
        victims, vline, vt = tgt[conv], lines[conv], t[conv]
    # device presence of the lines: power-on the first day, data sessions, at the den
    if imei.max(initial=-1) >= 0:
        ul = np.unique(li[imei >= 0])
        first_day = st["start"][ul] == d
        w.device(st["lines"][ul], w.t0 + d * DAY + 8 * 3600 + rng.integers(0, 1800, len(ul)), st["imei"][ul],
                 np.where(first_day, "power_on", "attach"), imsi=st["imsi"][ul], cell=st["den"][ul % len(st["den"])])
        last = ul[st["end"][ul] == d + 1]
        w.device(st["lines"][last], w.t0 + d * DAY + 21 * 3600 + rng.integers(0, 3600, len(last)), st["imei"][last],
                 "power_off", imsi=st["imsi"][last], cell=st["den"][last % len(st["den"])])
    if len(victims):
        _, first_i = np.unique(victims, return_index=True)
        victims, vline, vt = victims[first_i], vline[first_i], vt[first_i]
        already = np.isin(victims, np.array(st["victims"] or [-1]))
        victims, vline, vt = victims[~already], vline[~already], vt[~already]
        st["victims"].extend(victims.tolist())
        if g["id"] == "FJ-G07" and len(victims):  # click farming: small tasks refunded with a bonus first
            small_t = vt + rng.integers(1800, 5000, len(victims))
            amt = rng.choice([100.0, 200.0, 300.0], len(victims))
            mi = rng.integers(0, len(st["mules"]), len(victims))
            w.transfers(w.acct[victims], st["mules"][mi], small_t, amt, msisdn=w.msisdn[victims])
            w.transfers(st["mules"][mi], w.acct[victims], small_t + 900, np.round(amt * 1.2, 2),
                        msisdn=st["mule_msisdn"][mi])
        if g["id"] == "FJ-G04" and len(victims):  # gambling: a small win paid out first
            mi = rng.integers(0, len(st["mules"]), len(victims))
            w.transfers(st["mules"][mi], w.acct[victims], vt + rng.integers(DAY // 2, DAY, len(victims)),
                        rng.choice([288.0, 518.0, 888.0], len(victims)), msisdn=st["mule_msisdn"][mi])
        _pay(w, st, g["id"], g["scheme"], g["ft"], victims, vline, vt, g["pay"], g["rep"], g["domain"], g["app"],
             g.get("chain"), st["mules"], st["mule_msisdn"])


def _pig_day(w: World, d: int) -> None:
    rng = w.rng
    p = PIG
    on = (G.pig_start <= d) & (d < G.pig_start + np.where(G.pig_pays, 12, 4))
    ii = np.nonzero(on)[0]
    if len(ii) == 0:
        return
    tv = G.pig_targets[ii]
    ln = G.pig_lines[G.pig_line_of[ii]]
    imei = G.pig_imei[G.pig_line_of[ii]]
    t = w.times(d, len(ii), "evening")
    G.pig_first[ii] = np.where(G.pig_first[ii] < 0, t, G.pig_first[ii])
    ans = rng.random(len(ii)) < 0.85
    w.calls(ln, w.msisdn[tv], t, np.where(ans, rng.integers(900, 3600, len(ii)), 0), imei=imei,
            imsi=G.pig_imsi[G.pig_line_of[ii]],
            cell=w.cells_of(p["city"], ("urban",))[0], callee_cell=w.home[tv])
    # chats by SMS both ways
    k = rng.integers(1, 4, len(ii))
    s = np.repeat(np.arange(len(ii)), k)
    w.sms(ln[s], w.msisdn[tv[s]], w.times(d, len(s), "day"), CONTENT["FJ-G08"], imei=imei[s])
    w.sms(w.msisdn[tv[s]], ln[s], w.times(d, len(s), "evening"), "好的，晚安", imei=w.imei[tv[s]])
    # deposits: after day 4 of the relationship, escalating
    dep = G.pig_pays[ii] & (d - G.pig_start[ii] >= 4) & (rng.random(len(ii)) < 0.5)
    di = ii[dep]
    if len(di):
        vm = w.msisdn[G.pig_targets[di]]
        td = w.times(d, len(di), "evening")
        w.web(vm, td - 600, p["domain"], url=f"https://{p['domain']}/trade", ip="45.207.16.88")
        if not hasattr(G, "pig_ndep"):
            G.pig_ndep = np.zeros(len(G.pig_targets), np.int64)
        new = G.pig_ndep[di] == 0
        G.pig_ndep[di] += 1
        w.apps(vm[new], td[new] - 400, p["app"], "install", f"https://{p['domain']}/download")
        w.apps(vm, td - 300, p["app"], "use")
        amt = np.round(rng.lognormal(np.log(20000), 0.5, len(di)) * (1 + (d - G.pig_start[di] - 4) * 0.5), -2)
        mi = rng.integers(0, len(G.pig_mules), len(di))
        w.transfers(w.acct[G.pig_targets[di]], G.pig_mules[mi], td, amt, msisdn=vm)
        w.loss(vm, td, amt, G.pig_mules[mi])
        l2i = rng.integers(0, len(G.chain_l2), len(di))
        w.transfers(G.pig_mules[mi], G.chain_l2[l2i], td + rng.integers(300, 3000, len(di)), np.round(amt * 0.995, 2),
                    msisdn=G.pig_mule_msisdn[mi])
        w.transfers(G.chain_l2[l2i], G.otc[rng.integers(0, len(G.otc), len(di))], td + rng.integers(4000, 20000, len(di)),
                    np.round(amt * 0.99, 2), msisdn=G.chain_l2_msisdn[l2i], channel="third_party")
        for a, tt in zip(np.concatenate([G.pig_mules[mi], G.chain_l2[l2i]]).tolist(), np.concatenate([td, td]).tolist(), strict=True):
            G.chain_first[a] = min(G.chain_first.get(a, tt), tt)
        G.pig_paid = getattr(G, "pig_paid", set()) | set(di.tolist())
        # the platform lets a first-time depositor withdraw a small "profit" (trust building)
        nm = np.nonzero(new)[0]
        w.transfers(G.pig_mules[mi[nm]], w.acct[G.pig_targets[di[nm]]], td[nm] + rng.integers(DAY // 3, DAY, len(nm)),
                    np.round(amt[nm] * rng.uniform(0.05, 0.12, len(nm)), 0), msisdn=G.pig_mule_msisdn[mi[nm]])


def _members_day(w: World, d: int) -> None:
    """Gang members' own phones: calls among themselves, data sessions at the den."""
    rng = w.rng
    for _gid, m, imei, den, _acct, imsi in G.members:
        n = len(m)
        if n < 2:
            continue
        k = rng.poisson(2.0, n)
        a = np.repeat(np.arange(n), k)
        b = (a + rng.integers(1, n, len(a))) % n
        ans = rng.random(len(a)) < 0.9
        w.calls(m[a], m[b], w.times(d, len(a), "late"), np.where(ans, rng.integers(20, 400, len(a)), 0),
                imei=imei[a], imsi=imsi[a], cell=den[a % len(den)], callee_cell=den[b % len(den)])
        w.device(m, w.times(d, n, "day"), imei, "data_session", imsi=imsi, cell=den[np.arange(n) % len(den)],
                 nbytes=rng.integers(10**7, 10**9, n))


def day(w: World, d: int) -> None:
    for st in G.gangs:
        st.setdefault("mule_first", {})
        _contact_day(w, st, d)
    _pig_day(w, d)
    _members_day(w, d)
    # the laundering members initiate OTC sales: dealers pay out to an exchange
    if d >= 1:
        n = len(G.otc)
        w.transfers(G.otc, G.exch[w.rng.integers(0, 3, n)], w.times(d, n, "late"),
                    np.round(w.rng.lognormal(np.log(50000), 0.5, n), -2), msisdn=G.chain_members[0][0],
                    channel="third_party")


def finish(w: World) -> None:
    # contacting lines
    for st in G.gangs:
        g = st["g"]
        used = st["first"] >= 0
        w.truth("msisdn", st["lines"][used], st["role"], g["id"], g["scheme"], st["first"][used])
        for a, tt in sorted(st.get("mule_first", {}).items()):
            w.truth("account", [a], "mule_account", g["id"], g["scheme"], tt)
        if g["domain"]:
            w.truth("domain", [g["domain"].replace("*.", "")], "fraud_domain", g["id"], g["scheme"],
                    w.t0 + g["start"] * DAY)
            if g["domain"].startswith("*."):  # the landing host victims are sent on to
                w.truth("domain", [g["domain"].replace("*", "m")], "fraud_domain", g["id"], g["scheme"],
                        w.t0 + g["start"] * DAY)
            for s in sorted(st.get("subs", set()) - {g["domain"]}):
                w.truth("domain", [s], "fraud_domain", g["id"], g["scheme"], w.t0 + g["start"] * DAY)
        if g["app"]:
            w.truth("app", [g["app"]], "fraud_app", g["id"], g["scheme"], w.t0 + g["start"] * DAY)
    # laundering chain accounts, OTC dealers
    for a, tt in sorted(G.chain_first.items()):
        w.truth("account", [a], "mule_account", CHAIN["id"], CHAIN["scheme"], tt)
    w.truth("account", G.otc, "mule_account", CHAIN["id"], "otc_crypto_dealer", w.t0)
    # pig butchering
    p = PIG
    used = np.unique(G.pig_line_of[G.pig_first >= 0])
    w.truth("msisdn", G.pig_lines[used], "fraud_caller", p["id"], p["scheme"], w.t0)
    paid = np.array(sorted(getattr(G, "pig_paid", set())), np.int64)
    if len(paid):
        w.truth("msisdn", w.msisdn[G.pig_targets[paid]], "victim", p["id"], p["scheme"], G.pig_first[paid])
        r = paid[w.rng.random(len(paid)) < 0.5]
        tr = np.full(len(r), w.t_end - 2 * DAY)
        w.report(tr, "msisdn", [str(x) for x in G.pig_lines[G.pig_line_of[r]]], "fraud", "investment", None, "police")
        w.report(tr + 60, "msisdn", [str(x) for x in w.msisdn[G.pig_targets[r]]], "victim", "investment", None,
                 "police")
    w.truth("domain", [p["domain"]], "fraud_domain", p["id"], p["scheme"], w.t0)
    w.truth("app", [p["app"]], "fraud_app", p["id"], p["scheme"], w.t0)
    # sold cards used by the gangs: the ring's sellers already labelled; used cards labelled by the gangs above
