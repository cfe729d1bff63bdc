"""Gangs SC18-G01 to G06: fake admissions/student aid, a GoIP den, an SMS SIM box, fake Jiuzhaigou refunds,
pig-butchering on aged cards, VoIP/fixed-line loan scams."""

from __future__ import annotations

import numpy as np
from cardring import Ring
from fraudops import (
    Gang,
    Journey,
    blast,
    dial,
    fraud_card,
    presence,
    run_journeys,
    time_in,
    user_reports,
    victims,
)
from people import People, add_person, extra_card, give_cards, new_account
from world import DAY, FIXED, RIDX, T0, VOIP, World, t_of


def black_cards(w: World, g: Gang, role: str, n: int, per_id: int, open_days: tuple[float, float], store: str,
                home_cell: int, imeis: np.ndarray, first_active: int, **kw) -> list[int]:
    """Cards opened on bought or borrowed identities (每证 ``per_id`` 张), all used by the gang."""
    rng = w.rng
    out = []
    key = ""
    for i in range(n):
        if i % per_id == 0:
            key = w.new_key("id")
            base = T0 + int(rng.uniform(*open_days) * DAY) + int(rng.uniform(9, 18) * 3600)
        c = fraud_card(w, g, role, key, base + (i % per_id) * int(rng.integers(60, 1800)), first_active, store,
                       home_cell, int(imeis[i % len(imeis)]), **kw)
        out.append(c)
    return out


def use_sold(w: World, g: Gang, role: str, sold: list, start: int, home_cell: int, imeis: np.ndarray,
             first_active: int, **kw) -> list[int]:
    """Cards bought from the ring: handed over at sale time into the gang's handsets."""
    out = []
    for i, sc in enumerate(sold):
        w.cards.set(sc.card, imei_b=int(imeis[i % len(imeis)]), switch_t=sc.sale_t, home_cell=home_cell,
                    day_cell=home_cell, life=False, **kw)
        w.add_truth("msisdn", w.num_str(w.cards.get(sc.card, "num")), role, g.gid, g.scheme, first_active)
        out.append(sc.card)
    return out


def truth_things(w: World, g: Gang, imeis: np.ndarray, role: str, t: int) -> None:
    for i in np.asarray(imeis).tolist():
        w.add_truth("imei", w.imeis.items[i], role, g.gid, g.scheme, t)
    for d in g.domains:
        w.add_truth("domain", d, "fraud_domain", g.gid, g.scheme, t)
    if g.app:
        w.add_truth("app", g.app, "fraud_app", g.gid, g.scheme, t)


def nums(w: World, cards: list[int]) -> np.ndarray:
    return np.array([w.cards.get(c, "num") for c in cards], dtype=np.int64)


def texts_with(w: World, templates: tuple[str, ...], **fill) -> np.ndarray:
    return w.texts.add_many(t.format(**fill) for t in templates)


# ---- G01 fake admissions / supplementary enrolment / student aid -------------------------------------------
G01 = Gang("SC18-G01", "fake_admission_aid", "other", domains=["sc-zsbl2028.com", "zhuxuejin-sc.cn"])
G01_SMS = ("【招生办】您孩子符合{y}年征集志愿补录条件，名额有限，请24小时内登录 http://{d}/bl 确认并缴纳保证金。",
           "【教育局资助中心】您家庭符合国家助学金发放条件，请登录 http://{d2}/zx 办理，逾期视为放弃。",
           "家长您好，我是招生老师，孩子分数差几分也可以内部补录，详情 http://{d}/nb")


def setup_g01(w: World, ppl: People, ring: Ring) -> dict:
    den = w.cell_in("CDWJ")
    phones = w.new_imeis(4)
    cards, spans = [], []
    for k, (d0, d1) in enumerate(((4, 7), (7, 10), (10, 14), (13, 17))):
        sold = ring.take(4, T0 + d0 * DAY)
        got = use_sold(w, G01, "fraud_caller", sold, d0, den, phones, t_of(d0, 9))
        if len(got) < 4:
            got += black_cards(w, G01, "fraud_caller", 4 - len(got), 2, (-20, d0 - 2), "agent-NC-07", den, phones,
                               t_of(d0, 9))
        cards += got
        spans += [(d0, d1)] * len(got)
        del k
    truth_things(w, G01, phones, "fraud_caller", t_of(4, 9))
    return {"cards": cards, "spans": np.array(spans), "phones": phones}


def run_g01(w: World, ppl: People, st: dict) -> None:
    n = nums(w, st["cards"])
    d0, d1 = st["spans"][:, 0], st["spans"][:, 1]
    G01.numbers = n.tolist()
    presence(w, n, T0 + d0 * DAY + 8 * 3600, T0 + d1 * DAY - 3 * 3600, data_per_day=0.6)
    peak = d0 >= 10
    dial(w, G01, n[~peak], d0[~peak], d1[~peak], (45, 75), (9, 18), "parent:0.65,grad:0.15,ext_any:0.2", 0.36, 35)
    dial(w, G01, n[peak], d0[peak], d1[peak], (60, 90), (8.5, 19), "parent:0.65,grad:0.15,ext_any:0.2", 0.36, 35)
    tx = texts_with(w, G01_SMS, y=2028, d=G01.domains[0], d2=G01.domains[1])
    blast(w, n[::2], d0[::2], d1[::2], (30, 60), (9, 20), "parent:0.8,grad:0.2", tx)
    vict = victims(w, ppl, "parent:0.8,grad:0.2", 25)
    t0 = np.sort(time_in(w, len(vict), 5, 17, 9, 18))
    day = (t0 - T0) // DAY
    contact = np.array([n[(d0 <= d) & (d < d1)][0] if ((d0 <= d) & (d < d1)).any() else n[-1] for d in day])
    j = Journey(hooked=(420, 1500), amounts=(2980, 4800, 6800, 9800, 12800, 19800), tranches=(1, 3),
                gap_h=(0.5, 4), warn=0.25, report=0.45)
    run_journeys(w, ppl, G01, vict, t0, j, contact)
    user_reports(w, G01, n, 3, 5, 16)


# ---- G02 GoIP den in a Deyang urban village ---------------------------------------------------------------
G02 = Gang("SC18-G02", "goip_customer_service", "customer_service")


def setup_g02(w: World, ppl: People, ring: Ring) -> dict:
    rng = w.rng
    den = w.cell_in("DY")
    boxes = w.new_imeis(2, tac="86220205")
    cards, batch = [], []
    for b, (d0, _) in enumerate(((0, 6), (6, 12), (12, 17))):
        sold = ring.take(6, T0 + d0 * DAY)
        got = use_sold(w, G02, "simbox_sim", sold, d0, den, boxes, t_of(d0, 9))
        stores = ("agent-DY-02", "agent-MY-05", "agent-LZ-03", "agent-YB-01")
        need = 32 - len(got)
        for s in range(4):
            k = need // 4 + (1 if s < need % 4 else 0)
            got += black_cards(w, G02, "simbox_sim", k, int(rng.integers(2, 5)), (d0 - 40, d0 - 4), stores[s], den,
                               boxes, t_of(d0, 9))
        cards += got
        batch += [b] * len(got)
    boss = add_person(w, ppl, "service", ppl.n_households, RIDX["DY"], home_cell=den)
    ppl.n_households += 1
    ppl.reserved[boss] = True
    give_cards(w, ppl, np.array([boss]))
    truth_things(w, G02, boxes, "simbox_device", t_of(0, 9))
    return {"cards": cards, "batch": np.array(batch), "boss": boss}


def run_g02(w: World, ppl: People, st: dict) -> None:
    n = nums(w, st["cards"])
    b = st["batch"]
    d0 = np.array([0, 6, 12])[b]
    d1 = np.array([6, 12, 17])[b]
    G02.numbers = n.tolist()
    presence(w, n, T0 + d0 * DAY + int(8.5 * 3600), T0 + d1 * DAY - int(2.5 * 3600))
    dial(w, G02, n, d0, d1, (70, 130), (9, 21), "all:0.6,ext_any:0.4", 0.24, 28, sigma=0.8, callback=0.02)
    w.add_truth("msisdn", w.num_str(w.person_num_of(st["boss"])), "gang_member", G02.gid, G02.scheme, T0)
    vict = victims(w, ppl, "adults:0.7,young:0.3", 12)
    t0 = np.sort(time_in(w, len(vict), 0, 17, 9.5, 20))
    day = (t0 - T0) // DAY
    contact = np.array([n[(d0 <= d) & (d < d1)][int(w.rng.integers(20))] for d in day])
    j = Journey(hooked=(600, 2400), amounts=(1000, 2000, 5000, 8000, 15000, 30000), tranches=(2, 4), gap_h=(0.2, 1.5),
                escalate=True, web=False, follow_calls=(1, 2), warn=0.2, report=0.5)
    run_journeys(w, ppl, G02, vict, t0, j, contact)
    user_reports(w, G02, n, 6, 0, 16)


# ---- G03 SMS SIM box in a car around Mianyang, wildcard phishing domains --------------------------------------
G03 = Gang("SC18-G03", "sms_phishing", "other")
G03_BASE = ("etc-sccx.top", "ybk-sc.vip")
G03_SMS = ("【ETC服务】您的ETC认证已失效，将影响通行，请立即登录 http://{u} 重新认证。",
           "【医保局】您的医保卡电子凭证需年审，逾期冻结，点击 http://{u} 办理。",
           "【天府移动】您的话费积分3280即将清零，可兑换现金礼包 http://{u}",
           "【交管12123】您有一条违章未处理，请登录 http://{u} 查看处理。")


def setup_g03(w: World, ppl: People, ring: Ring) -> dict:
    car = w.cell_in("MY")
    box = w.new_imeis(1, tac="35972008")
    cards, batch = [], []
    for b, (d0, _) in enumerate(((0, 9), (9, 17))):
        got = black_cards(w, G03, "fraud_sms_sender", 8, 2, (d0 - 20, d0 - 3), "agent-MY-09", car, box,
                          t_of(d0, 7.5), works=True, wstart=7, wend=22, weekend_work=True, mover=RIDX["MY"])
        cards += got
        batch += [b] * 8
    truth_things(w, G03, box, "simbox_device", t_of(0, 7.5))
    G03.collect = [new_account(w, w.new_key("id"), ("ABC", "PSBC", "BOC")[k % 3], T0 - int(w.rng.uniform(20, 200)) * DAY,
                               -1) for k in range(5)]
    return {"cards": cards, "batch": np.array(batch)}


def run_g03(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    n = nums(w, st["cards"])
    b = st["batch"]
    d0, d1 = np.array([0, 9])[b], np.array([9, 17])[b]
    G03.numbers = n.tolist()
    presence(w, n, T0 + d0 * DAY + 7 * 3600, T0 + d1 * DAY - 2 * 3600)
    subs = [f"{''.join(chr(97 + int(x)) for x in rng.integers(0, 26, size=4))}{int(rng.integers(10, 99))}.{base}"
            for base in G03_BASE for _ in range(300)]
    tx = w.texts.add_many(G03_SMS[i % len(G03_SMS)].format(u=f"{s}/v") for i, s in enumerate(subs))
    recv = blast(w, n, d0, d1, (250, 420), (7.5, 21.5), "all:0.55,ext_any:0.45", tx)
    # a few curious clicks from people who are not taken in
    ours = recv[w.card_of(recv) >= 0]
    clicks = ours[rng.random(len(ours)) < 0.006]
    sub = rng.integers(len(subs), size=len(clicks))
    t = time_in(w, len(clicks), 0, 17, 8, 22)
    w.emit("web", t=t, msisdn=clicks, domain=w.domains.add_many(subs[i] for i in sub.tolist()),
           url=w.texts.add_many(f"http://{subs[i]}/v" for i in sub.tolist()),
           ip=np.full(len(clicks), w.ips.add("45.207.36.18")), bytes=rng.integers(30_000, 200_000, size=len(clicks)))
    vict = victims(w, ppl, "all", 15)
    t0 = np.sort(time_in(w, len(vict), 0, 17, 8, 21))
    day = (t0 - T0) // DAY
    contact = np.array([n[(d0 <= d) & (d < d1)][int(rng.integers(8))] for d in day])
    vsubs = [subs[int(rng.integers(len(subs)))] for _ in range(len(vict))]
    G03.domains = list(G03_BASE) + vsubs
    for i, v in enumerate(vict.tolist()):
        G03.domains = [vsubs[i]]
        j = Journey(contact="sms", amounts=(800, 1500, 3000, 6000, 15000), tranches=(1, 2), gap_h=(0.05, 0.5),
                    first_gap_h=(0.1, 0.6), channel=3, follow_calls=(0, 0), warn=0.1, report=0.4,
                    sms_text=int(tx[i % len(tx)]))
        run_journeys(w, ppl, G03, np.array([v]), t0[i:i + 1], j, contact[i:i + 1], offset=i)
    G03.domains = list(G03_BASE)
    for a in G03.collect:
        w.add_truth("account", w.accounts.items[a], "mule_account", G03.gid, G03.scheme, T0)
    clicked = sorted(set(vsubs) | {subs[i] for i in sub.tolist()})
    for d in list(G03_BASE) + clicked:
        w.add_truth("domain", d, "fraud_domain", G03.gid, G03.scheme, T0)


# ---- G04 fake Jiuzhaigou tour / ticket / hotel refunds --------------------------------------------------------
G04 = Gang("SC18-G04", "tour_refund", "customer_service", domains=["jzg-tuikuan.com"], app="com.pingmu.gongxiang")


def setup_g04(w: World, ppl: People, ring: Ring) -> dict:
    den = w.cell_in("CDCX")
    phones = w.new_imeis(3)
    cards = black_cards(w, G04, "fraud_caller", 7, 3, (-25, -10), "agent-ABJZ-01", den, phones, t_of(4, 9),
                        open_cell=w.cell_in("ABJZ"))
    truth_things(w, G04, phones, "fraud_caller", t_of(4, 9))
    return {"cards": cards}


def run_g04(w: World, ppl: People, st: dict) -> None:
    n = nums(w, st["cards"])
    G04.numbers = n.tolist()
    k = len(n)
    presence(w, n, np.full(k, t_of(4, 8.5)), np.full(k, t_of(17)), data_per_day=1.5)
    spec = "travellers:0.45,ext_tourist:0.45,reg:ABJZ:0.1"
    dial(w, G04, n, np.full(k, 4), np.full(k, 6), (20, 40), (9, 20), spec, 0.48, 50, callback=0.08)
    dial(w, G04, n, np.full(k, 6), np.full(k, 11), (40, 60), (8.5, 21), spec, 0.48, 50, callback=0.08)
    dial(w, G04, n, np.full(k, 11), np.full(k, 17), (25, 45), (9, 20), spec, 0.48, 50, callback=0.08)
    vict = victims(w, ppl, "travellers:0.7,adults:0.3", 12)
    t0 = np.sort(time_in(w, len(vict), 5, 17, 9.5, 20))
    j = Journey(hooked=(900, 3000), amounts=(1000, 3000, 5000, 9800, 15000), tranches=(2, 4), gap_h=(0.1, 1.0),
                install=True, warn=0.25, report=0.5)
    run_journeys(w, ppl, G04, vict, t0, j, n)
    user_reports(w, G04, n, 2, 6, 16)


# ---- G05 pig-butchering on aged cards with ordinary lives ---------------------------------------------------
G05 = Gang("SC18-G05", "pig_butchering", "investment", domains=["hxzq-global.com"], app="com.hxzq.pro")


def setup_g05(w: World, ppl: People, ring: Ring) -> dict:
    rng = w.rng
    members = []
    for i in range(5):
        if i % 2 == 0:
            hh = ppl.n_households
            ppl.n_households += 1
        pi = add_person(w, ppl, "office", hh, RIDX["CDGX"])
        ppl.reserved[pi] = True
        extra_card(w, ppl, pi, T0 - int(rng.uniform(400, 1100)) * DAY, prepaid=False)
        members.append(pi)
    own = [new_account(w, w.new_key("id"), ("CMB", "CCB", "BOC")[k % 3], T0 - int(rng.uniform(60, 300)) * DAY, -1)
           for k in range(6)]
    G05.collect = own
    return {"members": members}


def run_g05(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    n = np.array([w.person_num_of(p) for p in st["members"]])
    G05.numbers = n.tolist()
    for x in n.tolist():
        w.add_truth("msisdn", w.num_str(x), "fraud_caller", G05.gid, G05.scheme, T0 - 30 * DAY)
    for a in G05.collect:
        w.add_truth("account", w.accounts.items[a], "mule_account", G05.gid, G05.scheme, T0)
    truth_things(w, G05, np.array([], dtype=np.int64), "fraud_caller", T0)
    vict = victims(w, ppl, "office:0.4,parent:0.3,shop:0.2,teacher:0.1", 8)
    chat = texts_with(w, ("早安，今天也要开心哦", "老师说今晚有个大行情，我带你", "想你了，晚上视频吗", "你吃饭了吗",
                          "平台今天收益不错，截图给你看", "相信我，我们的未来一起努力"))
    for i, v in enumerate(vict.tolist()):
        me = n[i % len(n)]
        vn = int(w.person_num[v])
        # evenings of chat and long calls all month
        days = np.arange(0, 17)
        k = rng.integers(1, 3, size=len(days))
        dd = np.repeat(days, k)
        t = T0 + dd * DAY + rng.integers(20 * 3600, 23 * 3600 + 1800, size=len(dd))
        vid = (rng.random(len(dd)) < 0.3).astype(np.int64)
        caller = np.where(rng.random(len(dd)) < 0.7, me, vn)
        callee = np.where(caller == me, vn, me)
        w.emit("voice", t=t, caller=caller, callee=callee, duration_s=rng.integers(900, 4500, size=len(dd)),
               ring_s=rng.integers(2, 10, size=len(dd)), result=np.zeros(len(dd), dtype=np.int64), media=vid)
        ks = rng.integers(4, 13, size=len(days))
        ds = np.repeat(days, ks)
        ts = T0 + ds * DAY + rng.integers(7 * 3600, 24 * 3600 - 60, size=len(ds))
        frm = rng.random(len(ds)) < 0.55
        w.emit("sms", t=ts, sender=np.where(frm, me, vn), receiver=np.where(frm, vn, me),
               content=chat[rng.integers(len(chat), size=len(ds))])
        web_days = days[rng.random(len(days)) < 0.6]
        w.emit("web", t=T0 + web_days * DAY + rng.integers(9 * 3600, 23 * 3600, size=len(web_days)),
               msisdn=np.full(len(web_days), vn), domain=np.full(len(web_days), w.domains.add(G05.domains[0])),
               url=np.full(len(web_days), w.texts.add(f"https://{G05.domains[0]}/trade")),
               ip=np.full(len(web_days), w.ips.add("154.86.21.77")),
               bytes=rng.integers(100_000, 3_000_000, size=len(web_days)), app=np.full(len(web_days), w.apps.add(G05.app)))
    t0 = T0 + (rng.uniform(0.5, 4, size=len(vict)) * DAY).astype(np.int64)
    j = Journey(hooked=(1800, 4000), amounts=(5000, 10000, 30000, 50000, 100000, 200000), tranches=(3, 5),
                gap_h=(30, 80), first_gap_h=(2, 20), escalate=True, install=True, follow_calls=(0, 0),
                refund_first=(300, 1800), warn=0.3, heed=0.5, report=0.35)
    run_journeys(w, ppl, G05, vict, t0, j, n)


# ---- G06 VoIP and fixed-line loan scams --------------------------------------------------------------------
G06 = Gang("SC18-G06", "loan_fee", "loan", domains=["jiedai-kuai.cn"])


def setup_g06(w: World, ppl: People, ring: Ring) -> dict:
    rng = w.rng
    lines, gws = [], []
    for kind, area, count, gw, store in ((VOIP, "28", 12, "GW-CD-IMS-07", "ent-CD-01"),
                                         (FIXED, "816", 6, "GW-MY-PBX-02", "ent-MY-02")):
        lic = w.new_key("bl")
        for _ in range(count):
            t = T0 - int(rng.uniform(20, 60)) * DAY
            c = fraud_card(w, G06, "fixed_voip_line", lic, t, t_of(0, 9), store, -1, -1, kind=kind, area=area,
                           id_type="business_license", customer_type="enterprise", prepaid=False,
                           home_region="Sichuan-Chengdu" if area == "28" else "Sichuan-Mianyang")
            lines.append(c)
            gws.append(w.gateways.add(gw))
    for d in G06.domains:
        w.add_truth("domain", d, "fraud_domain", G06.gid, G06.scheme, T0)
    return {"lines": lines, "gw": np.array(gws)}


def run_g06(w: World, ppl: People, st: dict) -> None:
    n = nums(w, st["lines"])
    G06.numbers = n.tolist()
    k = len(n)
    dial(w, G06, n, np.zeros(k, dtype=np.int64), np.full(k, 17), (90, 170), (9, 18), "adults:0.5,young:0.2,ext_any:0.3",
         0.17, 22, callback=0.01, weekend=0.4, gateway=st["gw"])
    G06.gateway = dict(zip(n.tolist(), st["gw"].tolist(), strict=True))
    vict = victims(w, ppl, "adults:0.6,young:0.4", 15)
    t0 = np.sort(time_in(w, len(vict), 0, 17, 9.5, 17.5))
    j = Journey(hooked=(300, 1200), amounts=(600, 1200, 2000, 3000, 5000, 8000), tranches=(1, 3), gap_h=(1, 20),
                escalate=True, warn=0.25, report=0.4)
    run_journeys(w, ppl, G06, vict, t0, j, n)
    user_reports(w, G06, n, 5, 0, 16)
