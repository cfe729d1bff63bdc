"""Fraud gangs of the Guangdong red-team province (see README.md for the table)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from generate import AREA, CK_BORDER, CK_VILLAGE, DAY, MVNO_PREFIXES, NORMAL_PREFIXES, _take

GZ, SZ, DG, FS, HZ, ZH, ZS, JM, ST, ZJ, MM = range(11)

# occupation weights for targets: factory, office, merchant, student, elderly, courier, homemaker, driver, finance
W_ANY = [1, 1, 1, 1, 1, 1, 1, 1, 1]
W_SHOPPER = [1.2, 1.5, 1, 1.5, 0.6, 0.5, 2.5, 0.6, 1]
W_ELDER = [0.3, 0.6, 0.6, 0.2, 4, 0.3, 1.2, 0.4, 0.5]
W_WORKER = [3, 1, 0.5, 2, 0.2, 1, 2, 0.7, 0.5]
W_INVEST = [0.5, 2.5, 2, 0.2, 0.8, 0.3, 1.5, 1, 2]
W_LOAN = [2.5, 1, 2, 0.6, 0.3, 1.5, 0.8, 2, 0.3]
W_FIN = [0, 0.5, 0.3, 0, 0, 0, 0, 0, 6]
W_YOUNG = [1.5, 0.5, 0.2, 5, 0, 0.5, 0.3, 0.3, 0.2]

# id, scheme, fraud_type, line kind, lines, days each line is used, first day, calls/line/day, answer rate,
# median answered duration, hour profile, weekdays only, target weights, den city, victims, payment median,
# payments per victim, extra
GANGS = [
    dict(id="G01", scheme="express_claim_refund", ftype="customer_service", kind="mobile", lines=16, rotate=3,
         start=1, rate=38, p_ans=0.42, dur=55, prof="fraud", weekdays=True, w=W_SHOPPER, city=MM, victims=14,
         pay=9000, npay=(1, 3), seller=True, app="com.kdlp.kefu", domain="kd-lipei{n}.cn", card_age=(2, 15),
         phones=5, camo=4, accounts=0.8),
    dict(id="G02", scheme="click_farming_rebate", ftype="part_time_job", kind="sms", lines=10, rotate=4, start=0,
         rate=260, city=DG, victims=18, pay=2500, npay=(2, 5), w=W_WORKER, domain="sd{n}.fanli-vip.top",
         wildcard="fanli-vip.top", app="com.rwfl.task", card_age=(1, 6), mvno=True, phones=3),
    dict(id="G03", scheme="pig_butchering_invest", ftype="investment", kind="mobile", lines=4, rotate=17, start=0,
         rate=3, p_ans=0.8, dur=900, prof="evening", weekdays=False, w=W_INVEST, city=SZ, victims=7, pay=60000,
         npay=(2, 4), repeat=0.7, domain="{n}.hkgoldex.vip", wildcard="hkgoldex.vip", app="com.hkgx.trade",
         card_age=(200, 700), phones=4, old_cards=True),
    dict(id="G04", scheme="goip_fake_loan", ftype="loan", kind="simbox", boxes=2, ports=16, lines=48, rotate=4,
         start=2, rate=70, p_ans=0.3, dur=35, prof="fraud", weekdays=True, w=W_LOAN, city=DG, victims=12,
         pay=3500, npay=(1, 3), card_age=(1, 10), seller=True, domain="dk{n}.cn", phones=2),
    dict(id="G05", scheme="impersonate_police_voip", ftype="impersonate_police", kind="voip", lines=12, rotate=6,
         start=3, rate=55, p_ans=0.3, dur=90, prof="fraud", weekdays=True, w=W_ELDER, city=GZ, victims=6,
         pay=120000, npay=(1, 3), video=0.15, domain="gdga-aqzh{n}.com", card_age=(5, 30)),
    dict(id="G06", scheme="fake_boss_acquaintance", ftype="acquaintance", kind="mobile", lines=6, rotate=5, start=4,
         rate=4, p_ans=0.75, dur=140, prof="work", weekdays=True, w=W_FIN, city=SZ, victims=4, pay=85000,
         npay=(1, 2), seller=True, card_age=(40, 160), phones=0, camo=2, accounts=1.0),
    dict(id="G07", scheme="hk_macau_gambling", ftype="other", kind="sms", lines=6, rotate=6, start=1, rate=180,
         city=ZH, victims=10, pay=5000, npay=(2, 6), w=[2, 1, 1.5, 1, 0.3, 1, 0.5, 2, 0.8], domain="ip",
         roam="HK", card_age=(30, 90), phones=0, intl=True),
    dict(id="G08", scheme="game_account_trading", ftype="other", kind="mobile", lines=5, rotate=6, start=2, rate=9,
         p_ans=0.6, dur=200, prof="evening", weekdays=False, w=W_YOUNG, city=ST, victims=9, pay=800,
         npay=(1, 3), domain="gm-jy{n}.xyz", app="com.yxjy.market", card_age=(5, 40), phones=2),
    dict(id="G09", scheme="ai_video_impersonation", ftype="acquaintance", kind="mobile", lines=5, rotate=7,
         start=3, rate=5, p_ans=0.7, dur=45, prof="life", weekdays=False, w=[0.5, 1, 1, 0.3, 3, 0.2, 2, 0.5, 1],
         city=FS, victims=6, pay=30000, npay=(1, 1), video=0.9, seller=True, card_age=(3, 20), phones=0),
    dict(id="G10", scheme="card_selling_rings", ftype="other", kind="sellers"),
    dict(id="G11", scheme="layered_laundering_otc", ftype="other", kind="launder"),
    dict(id="G12", scheme="credit_repair_intl", ftype="loan", kind="intl", lines=20, rotate=3, start=2, rate=30,
         p_ans=0.35, dur=70, prof="fraud", weekdays=True, w=W_LOAN, city=GZ, victims=8, pay=6000, npay=(1, 2),
         domain="zx-xiufu{n}.com"),
    dict(id="G13", scheme="livestream_refund_remote_screen", ftype="customer_service", kind="mobile", lines=8,
         rotate=8, start=5, rate=12, p_ans=0.55, dur=80, prof="fraud", weekdays=False, w=W_SHOPPER, city=ZJ,
         victims=9, pay=15000, npay=(1, 2), app="com.screenshare.meeting", card_age=(300, 900), old_cards=True,
         seller=False, phones=2, moving=True, callback=0.5),
]


class Ledger:
    def __init__(self):
        self.fraud_lines = []  # (msisdn array, gang, scheme, ftype)
        self.victims = []  # (msisdn, gang, scheme, ftype, loss, time, hook_number)
        self.mules = []
        self.domains = []
        self.seller_ids = None


def run_gangs(p):
    p.led = Ledger()
    p.victim_used = p.taken
    make_launderers(p)
    make_sellers(p)
    for g in GANGS:
        if g["kind"] in ("sellers", "launder"):
            continue
        gang(p, g)


def make_launderers(p):
    r = p.rng
    # the syndicate's second-level accounts and OTC crypto dealers (U商)
    n2, n3 = 18, 5
    l2 = p.accts(n2)
    otc = p.accts(n3)
    hold = p.ids(n2 + n3)
    hold_ms = p.numbers(n2 + n3)
    p.subscribers(hold_ms, hold, -r.integers(30, 900, n2 + n3) * DAY, city=r.integers(0, 17, n2 + n3))
    p.o.add("bank_accounts", n2 + n3, account_id=np.concatenate([l2, otc]), id_key=hold,
            bank=pa.array(np.array(["GDRCU", "PSBC", "CMB", "PINGAN", "CGB"])[r.integers(0, 5, n2 + n3)]),
            open_time=np.concatenate([-r.integers(3, 40, n2), -r.integers(100, 900, n3)]) * DAY,
            bound_msisdn=hold_ms, status="active")
    p.l2, p.otc = l2, otc
    p.label("account", l2, "mule_account", "G11", "layered_laundering_otc", 0)
    p.label("account", otc, "mule_account", "G11", "layered_laundering_otc", 0)
    # OTC dealers pay crypto sellers (many counterparties) during the period: cover traffic
    n = 400
    sellers = p.accts(60)
    p.o.add("bank_accounts", 60, account_id=sellers, id_key=p.ids(60), bank="CCB", open_time=-2000 * DAY,
            status="active")
    p.xfer(otc[r.integers(0, n3, n)], sellers[r.integers(0, 60, n)], r.integers(0, p.D * DAY, n),
           np.round(r.lognormal(9, 0.8, n), 0), None, channel="mobile_app")


def make_sellers(p):
    r = p.rng
    n = 9
    p.seller_ids = p.ids(n)
    p.seller_ms = p.numbers(n)
    p.seller_city = np.array([MM, MM, MM, ZJ, ZJ, JM, 11, 12, DG])[:n]
    p.subscribers(p.seller_ms, p.seller_ids, -r.integers(300, 2000, n) * DAY, city=p.seller_city)
    p.label("id_key", p.seller_ids, "card_seller", "G10", "card_selling_rings", 0)
    # sellers also rent out bank accounts (they become gang first-level mule accounts): two each
    p.seller_next = np.zeros(n, int)


def seller_assign(p, n, first_use, gang_city):
    """Card-seller ids for n cards opened just before first use, a few shops per seller."""
    r = p.rng
    s = r.integers(0, len(p.seller_ids), n)
    ch = pa.array([f"GD{AREA[p.seller_city[i]]}-AGENT-{k:02d}" for i, k in zip(s, r.integers(0, 3, n), strict=True)])
    return p.seller_ids[s], ch, p.seller_city[s]


def gang(p, g):
    r = p.rng
    D = p.D
    kind = g["kind"]
    gid, scheme, ftype = g["id"], g["scheme"], g["ftype"]
    n = g["lines"]
    rot = g["rotate"]
    start = g["start"]
    # staggered active windows; the gang keeps a few lines busy at any time
    span = max(1, D - start - rot + 1)
    s = start + (np.arange(n) * span // n) + r.integers(0, 2, n)
    s = np.minimum(s, D - 1)
    e = np.minimum(s + rot, D)
    if g.get("old_cards"):
        s = np.full(n, start) + r.integers(0, 3, n)
        e = np.full(n, D)
    den = p.cell_in(np.full(1, g.get("city", GZ)), CK_VILLAGE)[0]
    city = g.get("city", GZ)
    lo, hi = g.get("card_age", (2, 20))
    open_t = s * DAY - r.integers(lo, hi + 1, n) * DAY - r.integers(0, DAY, n)
    role = "fraud_caller"
    imei = np.zeros(n, np.int64)
    cell = np.full(n, den)
    gateway = None
    call_type = "mobile"
    if kind in ("mobile", "sms", "simbox"):
        pref = MVNO_PREFIXES if g.get("mvno") else NORMAL_PREFIXES
        ms = p.numbers(n, pref)
        if g.get("seller"):
            idk, ch, _ = seller_assign(p, n, s, city)
        else:
            idk = p.ids(max(2, n // 3))[r.integers(0, max(2, n // 3), n)]  # ID renters: few IDs, several cards
            ch = None
        p.subscribers(ms, idk, open_t, city=np.full(n, city), channel=ch, prepaid=True)
        if kind == "simbox":
            ports = g["ports"]
            boxes = g["boxes"]
            box_of = np.arange(n) % boxes
            port = (np.arange(n) // boxes) % ports
            box_imei = p.imeis(boxes * ports, tac=86201705).reshape(boxes, ports)
            same = np.arange(boxes) == 0  # box 0 reports one IMEI on every port, box 1 one per port
            imei = np.where(same[box_of], box_imei[box_of, 0], box_imei[box_of, port])
            cell = p.cell_in(np.full(boxes, city), CK_VILLAGE)[box_of]
            role = "simbox_sim"
            used = np.unique(imei)
            p.label("imei", used, "simbox_device", gid, scheme, s.min() * DAY)
            # the box powers on and attaches every morning, no data sessions
            it, day = p.per_day(n, s, e, 1.0)
            p.o.add("device", len(it), time=day * DAY + 8 * 3600 + r.integers(0, 1800, len(it)), msisdn=ms[it],
                    imsi=p.imsis(ms[it]), imei=imei[it], cell=cell[it], event="attach")
        else:
            k = max(1, g.get("phones", 3) or max(1, n // 2))
            phones = p.imeis(k)
            imei = phones[np.arange(n) % k]  # cards rotate through a few handsets
            if kind == "sms":
                role = "fraud_sms_sender"
            it, day = p.per_day(n, s, e, 1.2)
            p.o.add("device", len(it), time=day * DAY + p.tod(len(it), "early"), msisdn=ms[it],
                    imsi=p.imsis(ms[it]), imei=imei[it], cell=cell[it], event="power_on",
                    roaming_country=g.get("roam"))
            if g.get("old_cards"):
                # bought old cards keep a trickle of data use to look alive
                it, day = p.per_day(n, 0, D, 1.5)
                p.o.add("device", len(it), time=day * DAY + p.tod(len(it)), msisdn=ms[it], imsi=p.imsis(ms[it]),
                        imei=imei[it], cell=cell[it], event="data_session",
                        bytes=r.lognormal(13, 1.2, len(it)).astype(np.int64))
    elif kind == "voip":
        ms = np.concatenate([p.fixed_numbers(n // 2, city), p.fixed_numbers(n - n // 2, 1)])
        p.subscribers(ms[: n // 2], np.full(n // 2, p.ids(1)[0]), open_t[: n // 2], line_type="fixed",
                      city=np.full(n // 2, city), customer_type="enterprise", id_type="business_license",
                      prepaid=False, imsi=False)
        p.subscribers(ms[n // 2:], np.full(n - n // 2, p.ids(1)[0]), open_t[n // 2:], line_type="voip",
                      city=np.full(n - n // 2, 1), customer_type="enterprise", id_type="business_license",
                      prepaid=False, imsi=False)
        role = "fixed_voip_line"
        cell = np.full(n, -1)
        gateway = pa.array(np.array(["GW-GZ-TRUNK07", "GW-SZ-SIP12"])[np.arange(n) % 2])
        call_type = "voip"
    elif kind == "intl":
        cc = np.array([855, 95, 63, 856])  # Cambodia, Myanmar, Philippines, Laos
        c = cc[np.arange(n) % 4]
        ms = (c * 10**9 + r.integers(10**8, 10**9, n)).astype(np.int64)
        cell = np.full(n, -1)
        gateway = "GW-INTL-GZ01"
        call_type = "intl_in"
    p.label("msisdn", ms, role, gid, scheme, s * DAY)
    p.led.fraud_lines.append((ms, gid, scheme, ftype))

    # gang members' own phones at the den
    nm = g.get("phones", 0) if kind in ("mobile", "sms", "simbox") else 0
    if nm:
        mem = p.numbers(nm)
        mimei = p.imeis(nm)
        p.subscribers(mem, p.ids(nm), -r.integers(200, 2000, nm) * DAY, city=np.full(nm, city))
        it, day = p.per_day(nm, 0, D, 3.0)
        k = len(it)
        p.o.add("device", k, time=day * DAY + p.tod(k), msisdn=mem[it], imsi=p.imsis(mem[it]), imei=mimei[it],
                cell=np.full(k, den), event="data_session", bytes=r.lognormal(15, 1, k).astype(np.int64))
        it, day = p.per_day(nm, 0, D, 2.0)
        k = len(it)
        other = p.rng.integers(0, p.N, k)
        p.call_batch(mem[it], np.where(r.random(k) < 0.5, mem[(it + 1) % nm], p.msisdn[other]), day * DAY + p.tod(k),
                     np.full(k, -1), np.full(k, -1), imei=mimei[it], cell=np.full(k, den))
        p.label("msisdn", mem, "gang_member", gid, scheme, 0)

    # the cards register chat/payment accounts to talk to victims off-network
    if kind in ("mobile", "sms", "simbox") and g.get("accounts", 0.5):
        j = np.flatnonzero(r.random(n) < g.get("accounts", 0.5))
        jj = np.repeat(j, 3)
        p.accounts(ms[jj], s[jj] * DAY + r.integers(0, 2 * DAY, len(jj)) - DAY,
                   platforms=("wechat", "qq", "alipay", "douyin", "telegram"))
    # camouflage: the cards call each other and gang phones so the line is not one-way
    if g.get("camo"):
        it, day = p.per_day(n, s, e, g["camo"])
        kc = len(it)
        peer = (it + r.integers(1, n, kc)) % n
        p.call_batch(ms[peer], ms[it], day * DAY + p.tod(kc, "fraud"), np.full(kc, -1), np.full(kc, -1),
                     imei=imei[peer] if kind != "voip" else None, cell=cell[peer], dur_med=90,
                     call_type="mobile" if kind in ("mobile", "sms", "simbox") else call_type)
    if kind == "sms":
        sms_gang(p, g, ms, imei, cell, s, e, role)
        return
    # outbound calls to strangers
    it, day = p.per_day(n, s, e, g["rate"], g.get("weekdays", False))
    k = len(it)
    t = day * DAY + p.tod(k, g.get("prof", "fraud"))
    tgt = p.pick(k, g["w"])
    rep = g.get("repeat", 0)
    if rep:  # relationship building: many calls go back to the same few targets
        pool = p.pick(max(8, n * 6), g["w"])
        m = r.random(k) < rep
        tgt[m] = pool[r.integers(0, len(pool), m.sum())]
    c_cell = cell[it] if not g.get("moving") else p.cell_in(np.full(k, city))
    media = None
    if g.get("video"):
        media = np.where(r.random(k) < g["video"], "video", "voice").astype(object)
    roam = "KH" if kind == "intl" else None
    ans, dur = p.call_batch(ms[it], p.msisdn[tgt], t, np.full(k, -1), tgt, p_ans=g["p_ans"], dur_med=g["dur"],
                            media=media, call_type=call_type, imei=imei[it] if kind in ("mobile", "simbox") else None,
                            cell=c_cell, gateway=gateway.take(pa.array(it)) if isinstance(gateway, pa.Array) else gateway,
                            roam=None if roam is None else roam)
    if kind == "mobile" and g.get("callback"):
        # customers of the fake shop call back the 'service' number
        cb = ans & (r.random(k) < g["callback"] * 0.3)
        j = np.flatnonzero(cb)
        p.call_batch(p.msisdn[tgt[j]], ms[it[j]], t[j] + r.integers(600, 20000, len(j)), tgt[j], np.full(len(j), -1),
                     p_ans=0.9, dur_med=120)
    # victims: answered, long calls; unique people not already defrauded
    cand = np.flatnonzero(ans & (dur > 20) & ~p.victim_used[tgt])
    _, first = np.unique(tgt[cand], return_index=True)
    cand = cand[np.sort(first)]
    nv = min(g["victims"], len(cand))
    vi = cand[r.choice(len(cand), nv, replace=False)] if nv else cand[:0]
    victims(p, g, tgt[vi], ms[it[vi]], t[vi], imei[it[vi]] if kind in ("mobile", "simbox") else None,
            c_cell[vi] if kind in ("mobile", "simbox") else None, call_type, media is not None)


def sms_gang(p, g, ms, imei, cell, s, e, role):
    r = p.rng
    n = len(ms)
    it, day = p.per_day(n, s, e, g["rate"])
    k = len(it)
    t = day * DAY + p.tod(k, "life")
    tgt = p.pick(k, g["w"])
    # each line pushes its own landing domain (rotated with the card)
    doms, texts, ips = [], [], []
    for i in range(n):
        if g["domain"] == "ip":
            ip = f"103.{97 + i % 5}.{r.integers(1, 255)}.{r.integers(1, 255)}"
            d = p.o.dom_id(ip)
            ips.append(ip)
            txt = f"【澳门葡京】新会员首存送88%，日返水无上限，点击 http://{ip}/reg?c={i} 立即体验"
        else:
            name = g["domain"].format(n=f"{r.integers(100, 999)}{chr(97 + i % 26)}")
            d = p.o.dom_id(name)
            txt = (f"【京东兼职】在家手机做任务，日结200-800元，宝妈学生均可，添加导师 {name}/j?u={i} 回T退订")
        doms.append(d)
        texts.append(p.o.text_id(txt))
    doms, texts = np.array(doms), np.array(texts)
    p.o.add("sms", k, send_time=t, sender=ms[it], receiver=p.msisdn[tgt], content=texts[it],
            sender_imei=imei[it], sender_cell=cell[it], sender_roaming_country=g.get("roam"))
    gid, scheme = g["id"], g["scheme"]
    dnames = _take(p.o.dom, doms)
    if g["domain"] == "ip":
        p.label("ip", dnames, "fraud_domain", gid, scheme, s * DAY)
        p.label("domain", dnames, "fraud_domain", gid, scheme, s * DAY)
    else:
        p.label("domain", dnames, "fraud_domain", gid, scheme, s * DAY)
        base = p.o.dom_id(g["wildcard"])
        p.label("domain", _take(p.o.dom, [base]), "fraud_domain", gid, scheme, int(s.min()) * DAY)
    # clicks: some receivers open the link the same day
    cl = r.random(k) < 0.03
    j = np.flatnonzero(cl)
    p.web(tgt[j], t[j] + r.integers(20, 3600, len(j)), doms[it[j]], url_path="/j")
    cand = j[~p.victim_used[tgt[j]]]
    _, first = np.unique(tgt[cand], return_index=True)
    cand = cand[np.sort(first)]
    nv = min(g["victims"], len(cand))
    vi = cand[r.choice(len(cand), nv, replace=False)] if nv else cand[:0]
    g = dict(g, _doms=doms[it[vi]])
    victims(p, g, tgt[vi], ms[it[vi]], t[vi] + 3600, None, None, "sms", False)


def victims(p, g, v, hook_ms, hook_t, hook_imei, hook_cell, call_type, video):
    r = p.rng
    nv = len(v)
    if nv == 0:
        return
    p.victim_used[v] = True
    gid, scheme, ftype = g["id"], g["scheme"], g["ftype"]
    # the hooking contact is long
    if call_type in ("mobile", "voip", "intl_in"):
        dur = r.integers(700, 3600, nv)
        hook_start = hook_t + r.integers(1800, 7200, nv)
        p.o.add("voice", nv, start_time=hook_start, caller=hook_ms, callee=p.msisdn[v],
                duration_s=dur, ring_s=r.integers(3, 12, nv), result="answered", caller_imei=hook_imei,
                caller_imsi=p.imsis(hook_ms) if call_type == "mobile" else None, caller_cell=hook_cell,
                callee_cell=p.home[v], call_type=call_type,
                caller_roaming_country="KH" if call_type == "intl_in" else None,
                media=np.where(r.random(nv) < (0.6 if video else 0), "video", "voice").astype(object),
                gateway={"intl_in": "GW-INTL-GZ01", "voip": "GW-SZ-SIP12"}.get(call_type))
    # victim visits the fraud site / installs the app
    dom = g.get("_doms")
    if dom is None and g.get("domain") and g["domain"] != "ip":
        names = [g["domain"].format(n=f"{r.integers(10, 99)}{chr(97 + i)}") for i in range(min(3, nv))]
        ids = np.array([p.o.dom_id(x) for x in names])
        p.label("domain", pa.array(names), "fraud_domain", gid, scheme, int(hook_t.min()))
        if g.get("wildcard"):
            b = p.o.dom_id(g["wildcard"])
            p.label("domain", _take(p.o.dom, [b]), "fraud_domain", gid, scheme, int(hook_t.min()))
        dom = ids[np.arange(nv) % len(ids)]
    if dom is not None:
        reps = 3
        vv = np.repeat(np.arange(nv), reps)
        p.web(v[vv], hook_t[vv] + r.integers(1800, 4 * DAY, len(vv)), dom[vv], url_path="/login")
    if g.get("app"):
        a = p.o.app_id(g["app"])
        src = None if dom is None else pc.binary_join_element_wise("https://", _take(p.o.dom, dom), "/dl.apk", "")
        p.o.add("apps", nv, time=hook_t + r.integers(2400, 9000, nv), msisdn=p.msisdn[v], app=np.full(nv, a),
                event="install", source_url=src)
        vv = np.repeat(np.arange(nv), 4)
        p.o.add("apps", len(vv), time=hook_t[vv] + r.integers(9000, 3 * DAY, len(vv)), msisdn=p.msisdn[v[vv]],
                app=np.full(len(vv), a), event="use")
        if g["app"] == "com.screenshare.meeting":
            p.label("app", pa.array([g["app"]]), "fraud_app", gid, scheme, int(hook_t.min()))
        else:
            p.label("app", pa.array([g["app"]]), "fraud_app", gid, scheme, int(hook_t.min()))
    # payments: escalating instalments to the gang's first-level mule accounts
    lo, hi = g["npay"]
    k = r.integers(lo, hi + 1, nv)
    vv = np.repeat(np.arange(nv), k)
    step = np.arange(len(vv)) - np.repeat(np.cumsum(k) - k, k)
    gap = 6 * 3600 if ftype in ("investment", "part_time_job", "other") else 900
    t = hook_t[vv] + 2 * 3600 + step * (gap + r.integers(300, gap + 600, len(vv)))
    if call_type in ("mobile", "voip", "intl_in") and gap < 3600:
        # police / boss / customer-service scripts keep the victim on the line while the money moves
        t = hook_start[vv] + (r.random(len(vv)) * 0.8 + 0.1) * dur[vv] + step * r.integers(60, 400, len(vv))
    t = np.minimum(t, p.D * DAY - 60)
    amt = np.round(g["pay"] * r.lognormal(0, 0.5, len(vv)) * (1 + step) / (1 + k[vv] / 2) + r.integers(0, 100, len(vv)), 0)
    n1 = max(2, nv // 2 + 1)
    l1 = p.accts(n1)
    hold = np.concatenate([p.seller_ids[r.integers(0, len(p.seller_ids), 1)], p.ids(n1 - 1)])
    hold_ms = p.numbers(n1)
    p.subscribers(hold_ms, hold, -r.integers(5, 400, n1) * DAY, city=r.integers(0, 17, n1))
    p.o.add("bank_accounts", n1, account_id=l1, id_key=hold,
            bank=pa.array(np.array(["GDRCU", "PSBC", "ABC", "CCB", "ICBC"])[r.integers(0, 5, n1)]),
            open_time=-r.integers(3, 200, n1) * DAY, bound_msisdn=hold_ms, status="active")
    to = l1[r.integers(0, n1, len(vv))]
    ch = np.where(ftype == "impersonate_police", np.where(r.random(len(vv)) < 0.5, "counter", "mobile_app"),
                  "mobile_app").astype(object)
    p.xfer(p.acct[v[vv]], to, t, amt, np.where(ch == "counter", 0, p.msisdn[v[vv]]), channel=ch)
    p.o.add("truth/events", len(vv), victim=p.msisdn[v[vv]], time=t, amount=amt, to_account=to)
    p.label("msisdn", p.msisdn[v], "victim", gid, scheme, hook_t)
    p.label("account", l1, "mule_account", gid, scheme, int(t.min()))
    launder(p, to, t, amt)
    loss = np.bincount(vv, weights=amt, minlength=nv)
    p.led.victims.append((p.msisdn[v], gid, scheme, ftype, loss, t[np.cumsum(k) - 1], hook_ms))
    p.led.mules.append(l1)


def launder(p, acct, t, amt):
    """First level splits to the syndicate's second level within minutes, second level to OTC dealers."""
    r = p.rng
    n = len(acct)
    k = r.integers(1, 4, n)
    ii = np.repeat(np.arange(n), k)
    f = r.random(len(ii)) + 0.3
    f = f / np.bincount(ii, weights=f)[ii]
    t2 = t[ii] + r.integers(90, 2400, len(ii))
    a2 = np.round(amt[ii] * f * 0.985, 0)
    to2 = p.l2[r.integers(0, len(p.l2), len(ii))]
    p.xfer(acct[ii], to2, t2, a2, None)
    t3 = t2 + r.integers(600, 6 * 3600, len(ii))
    p.xfer(to2, p.otc[r.integers(0, len(p.otc), len(ii))], t3, np.round(a2 * 0.99, 0), None)


def reports_and_lists(p):
    r = p.rng
    o = p.o
    led = p.led
    # victims reported to police (some) with loss; the number that hooked them, sometimes
    for ms, _gid, _scheme, ftype, loss, tlast, hook in led.victims:
        n = len(ms)
        m = r.random(n) < 0.45
        j = np.flatnonzero(m)
        tr = tlast[j] + r.integers(3600, 3 * DAY, len(j))
        keep = tr < p.D * DAY
        j, tr = j[keep], tr[keep]
        o.add("reports", len(j), time=tr, entity_type="msisdn", entity=ms[j], label="victim", fraud_type=ftype,
              loss_amount=loss[j], source="police")
        h = j[r.random(len(j)) < 0.6]
        o.add("reports", len(h), time=tr[: len(h)] + 600, entity_type="msisdn", entity=hook[h], label="fraud",
              fraud_type=ftype, source="police")
    # user complaints about fraud lines (a minority of the lines)
    for ms, _gid, _scheme, ftype in led.fraud_lines:
        n = len(ms)
        j = np.flatnonzero(r.random(n) < 0.15)
        o.add("reports", len(j), time=r.integers(0, p.D * DAY, len(j)), entity_type="msisdn", entity=ms[j],
              label="fraud", fraud_type=ftype, source="user_report")
    # bank reports some first-level mule accounts
    mules = np.concatenate(led.mules)
    j = mules[r.random(len(mules)) < 0.2]
    o.add("reports", len(j), time=r.integers(p.DH * DAY // 2, p.D * DAY, len(j)), entity_type="account",
          entity=pa.array(j).cast(pa.string()), label="fraud", fraud_type="other", source="bank")
    # fraud domains and IPs reported by police or users (about a third), one local shop domain reported wrongly
    te = [x for x in o.parts["truth/entities"]]
    doms = pa.concat_arrays([pc.filter(x["entity"], pc.and_(pc.equal(x["role"], "fraud_domain"),
                                                            pc.equal(x["entity_type"], "domain"))) for x in te])
    doms = pc.unique(doms)
    j = np.flatnonzero(r.random(len(doms)) < 0.33)
    o.add("reports", len(j), time=r.integers(p.DH * DAY // 2, p.D * DAY, len(j)), entity_type="domain",
          entity=doms.take(pa.array(j)), label="fraud", fraud_type="other",
          source=pa.array(np.array(["police", "user_report"])[r.integers(0, 2, len(j))]))
    o.add("reports", 1, time=np.array([(p.DH + 1) * DAY]), entity_type="domain", entity="gz-baiyun-pifa.top",
          label="fraud", fraud_type="other", source="user_report")
    # police confirmed card sellers (two of nine), before the period
    o.add("reports", 2, time=np.array([-20 * DAY, -7 * DAY]), entity_type="id_key",
          entity=pc.binary_join_element_wise("gdk", pa.array(p.seller_ids[:2]).cast(pa.string()), ""),
          label="card_seller", source="police")
    # old fraud numbers from earlier cases (not active any more) and ordinary people's complaints about hotlines
    old = p.numbers(40)
    o.add("reports", 40, time=-r.integers(1, 30, 40) * DAY, entity_type="msisdn", entity=old, label="fraud",
          fraud_type=pa.array(np.array(["loan", "customer_service", "investment", "impersonate_police"])[
              r.integers(0, 4, 40)]), source="police")
    o.add("lists", 40, entity_type="msisdn", entity=old, list="block", reason="police confirmed",
          added_time=-r.integers(1, 30, 40) * DAY)
    # lists: allowed call centres / SMS platforms are added by the look-alike module; a watch list
    o.add("lists", 3, entity_type="cell", entity=_take(o.cells, p.cell_in(np.array([MM, MM, ZJ]), CK_VILLAGE)),
          list="high_risk_region", reason="涉诈重点地区", added_time=-100 * DAY)
    bc = p.cell_in(np.array([1, 1]), CK_BORDER)
    o.add("lists", 2, entity_type="cell", entity=_take(o.cells, bc), list="watch", reason="口岸 cross-border",
          added_time=-50 * DAY)
    o.add("lists", 1, entity_type="domain", entity="hkgoldex.vip", list="watch", reason="涉赌涉诈线索",
          added_time=(p.DH + 2) * DAY, expires_time=(p.DH + 90) * DAY)

