"""The fraud gangs planted in the province (G06, the card ring, is in ring.py and feeds the others).

G01 Golden Week scenic refund "customer service" (Terracotta Army / Huashan / hotels), sloppy
G02 campus "credit repair" and student-loan cancellation, VoIP lines and student mules
G03 stock-tip SMS groups with a side-loaded trading app and a layered mule chain
G04 GoIP den in a Xianyang urban village, rotating SIMs and channel IMEIs
G05 a small careful SIM box in a Baoji flat that stays under obvious thresholds
G07 police/prosecutor impersonation from overseas numbers and cards roaming in Cambodia, then screen
    share and a video call
G08 pig-butchering romance on aged cards, slow and careful
G09 fake express-delivery compensation and e-commerce refund
G10 AI face-swap video calls impersonating a relative
G11 fake loans with up-front "guarantee fees", SMS-driven
G12 fake tour-group deposits before the holiday, then gone
G13 part-time "like and follow" brushing tasks that pay small rebates first
"""

from __future__ import annotations

import numpy as np
from common import Gang, Mules, blast_calls, blast_sms, targets
from kit import END, Kit, Phone
from ring import Ring
from world import DAY, DAYS, T0, WORKDAY

SCREEN_SHARE = "com.tencent.wemeet"


def _rand(rng, n=5) -> str:
    return "".join("abcdefghjkmnpqrstuvwxyz23456789"[int(i)] for i in rng.integers(0, 31, n))


def _cards(kit: Kit, ring: Ring, k: int, after: int, _place: str = "") -> list[Phone]:
    """Cards from the village ring, topped up with cards a crooked agent opened on bought IDs."""
    got = ring.take_cards(k, after)
    rng = kit.rng
    while len(got) < k:
        got.append(kit.new_card(kit.w.id_key(), after - int(rng.uniform(1, 8) * DAY), "QC-AGT-XY-0417",
                                kit.w.cell_in("xy_weicheng", 0), prepaid=True, region="陕西咸阳"))
    return got


def _ext_accounts(kit: Kit, k: int) -> list[str]:
    return [kit.w.account_id() for _ in range(k)]


def _domain(g: Gang, kit: Kit, name: str, ip: str, t: int) -> tuple[str, str]:
    g.role("domain", name, "fraud_domain", t)
    return name, ip


def _platform_accounts(g: Gang, kit: Kit, ph: Phone, t: int, plats=("wechat",)) -> None:
    rng = kit.rng
    for plat in plats:
        acc = {"wechat": "wxid_", "qq": "", "alipay": "2088", "douyin": "dy", "tantan": "tt", "soul": "sl"}[plat]
        acc = acc + (str(int(rng.integers(10**8, 4 * 10**9))) if plat == "qq" else kit.w.hkey(plat + "g", int(rng.integers(10**9)), 7))
        sender = {"wechat": "8610690199", "qq": "8610690700", "alipay": "8610690888", "douyin": "8610695001",
                  "tantan": "8610691818", "soul": "8610692020"}[plat]
        kit.sms(t - 40, Phone(sender, ours=False, line="fixed"), ph, f"【{plat}】验证码{int(rng.integers(100000, 999999))},用于注册,请勿告诉他人。")
        kit.iacct(plat, acc, ph, t)
        g.role("account", acc, "fraud_platform_account", t)


def _hooked_victim_days(kit: Kit, v: Phone, g: Gang, t: int, domain: tuple[str, str] | None, app: tuple[str, str] | None,
                        path: str = "/") -> int:
    """After a hooking call: open the link, maybe install; returns the time the victim is ready to pay."""
    rng = kit.rng
    t += int(rng.uniform(2, 25) * 60)
    if domain:
        kit.web(t, v, domain[0], domain[1], path)
        kit.web(t + int(rng.integers(30, 300)), v, domain[0], domain[1], path + "confirm")
    if app:
        pkg, src = app
        t += int(rng.uniform(2, 15) * 60)
        if src.startswith("store:"):
            kit.store_install(t, v, pkg)
        else:
            kit.web(t - 20, v, src.split("/")[2], domain[1] if domain else "154.39.80.12", "/" + src.split("/", 3)[3])
            kit.app(t, v, pkg, "install", src)
        kit.app(t + 60, v, pkg, "use")
    return t + int(rng.uniform(3, 30) * 60)


# ------------------------------------------------------------------------------------------------------
def g01_scenic_refund(kit: Kit, ring: Ring, taken: set) -> None:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G01", "gw_scenic_refund", "customer_service")
    flat = w.cell_in("xa_weiyang", 3)
    callers = _cards(kit, ring, 3, T0 + 4 * DAY, "")
    for _ in range(2):
        callers.append(kit.new_card(w.id_key(), T0 + 4 * DAY + int(rng.uniform(10, 17) * 3600), "QC-AGT-XA-0221", w.cell_in("xa_weiyang"), prepaid=True))
    handsets = [w.imei("honor"), w.imei("xiaomi"), w.imei("huawei")]
    for k, c in enumerate(callers):
        c.cell, c.imei = flat, handsets[k % 3]
        g.role("msisdn", c.msisdn, "fraud_caller", T0 + 5 * DAY)
    senders = _cards(kit, ring, 2, T0 + 5 * DAY, "")
    for c in senders:
        c.cell, c.imei = flat, w.imei("feature")
        g.role("msisdn", c.msisdn, "fraud_sms_sender", T0 + 5 * DAY)
        g.role("imei", c.imei, "gang_member", T0 + 5 * DAY)
    members = [kit.new_card(w.id_key(), T0 - int(rng.uniform(300, 1200)) * DAY, "QC-STORE-XA017", flat, prepaid=False) for _ in range(2)]
    for m in members:
        m.imei = w.imei()
        g.role("msisdn", m.msisdn, "gang_member", T0)
        kit.daily_life(m, 0, DAYS, [kit.random_ext_contact() for _ in range(5)] + members, calls=2, data=5,
                       hours=(10, 24))
    for c in callers + senders:
        _platform_accounts(g, kit, c, T0 + 4 * DAY + int(rng.uniform(18, 23) * 3600), ("wechat",))
    doms = [_domain(g, kit, "huashan-tuipiao.cn", "103.117.102.44", T0 + 5 * DAY),
            _domain(g, kit, "bmy-kefu.com", "103.117.102.45", T0 + 5 * DAY),
            _domain(g, kit, "hs-jq-refund.top", "45.195.68.21", T0 + 8 * DAY),
            _domain(g, kit, "xa-hotel-tk.cn", "45.195.68.23", T0 + 9 * DAY)]
    fake_app = ("com.jq.tuikuan", "https://bmy-kefu.com/dl/tuikuan_1.3.apk")
    g.role("app", fake_app[0], "fraud_app", T0 + 6 * DAY)
    # tourists: people whose trips went to the Terracotta Army, Huashan or Qujiang (a booking leak)
    scenic = [pop.place_keys.index(p) for p in ("xa_bmy", "wn_huayin", "xa_qujiang")]
    trip_place = np.array([pop.w.place_of[pop.w.cells[c].place][0] if c >= 0 else "" for c in
                           np.where(pop.dtrip_cell >= 0, pop.dtrip_cell, pop.acell)], dtype=object)
    tourist = np.isin(trip_place, [pop.place_keys[s] for s in scenic])
    pool = targets(kit, 700, 1400, mask=tourist)
    vic_idx = [p.card for p in pool if p.card is not None and p.card not in taken][:10]
    taken.update(vic_idx)
    texts = [lambda d: f"【华山景区】尊敬的游客,因国庆客流管控您预约的门票订单已取消,退票及补偿请访问 {d[0]} 或致电客服。",
             lambda d: f"【兵马俑博物馆】您购买的门票因系统故障重复扣款,请于24小时内访问{d[0]}办理退款,逾期作废。",
             lambda d: f"【携程旅行】您预订的华阴酒店因超售无法入住,酒店将双倍赔付,详情 {d[0]}/tk 回T退订",
             lambda d: f"您好,您10月行程的景区门票可申请差价退还,登记入口:{d[0]}"]
    cur = [0]
    for d in range(5, 13):
        dm = doms[0:2] if d < 8 else doms[1:]
        for c in senders:
            blast_sms(kit, c, d, int(rng.integers(220, 430)), pool,
                      lambda dm=dm: texts[int(rng.integers(4))](dm[int(rng.integers(len(dm)))]), (8.5, 21.5), cur)
        for k, c in enumerate(callers):
            if d == 5 and k >= 3:
                continue
            c.imei = handsets[(k + d) % 3]  # the handsets go round the cards
            blast_calls(kit, c, d, int(rng.integers(60, 140)), pool, (9, 20.5), 0.33, 0.7, cursor=cur)
            kit.dev(T0 + d * DAY + 8 * 3600 + 1200, c, "power_on")
            kit.dev(T0 + d * DAY + 21 * 3600, c, "power_off")
        if d % 2 == 0:  # the gang's own phones ring the cards
            kit.call(kit.at(d, 9, 11), members[0], callers[d % len(callers)], int(rng.integers(20, 90)))
    # victims
    mules = Mules(g, ring.take_accounts(4, T0 + 5 * DAY), _ext_accounts(kit, 2), _ext_accounts(kit, 2), (0.05, 0.8))
    for j, vi in enumerate(vic_idx):
        v = kit.person(vi)
        d = 5 + int(rng.integers(0, 7))
        t = kit.at(d, 9, 19)
        dm = doms[min(j % 4, 3) if d >= 8 else j % 2]
        g.victim(v, t)
        kit.sms(t - int(rng.uniform(1, 30) * 3600), senders[j % 2], v, texts[j % 4](dm))
        c = callers[j % len(callers)]
        if rng.random() < 0.5:  # calls back the number in the text
            kit.call(t, v, c, int(rng.integers(400, 1500)))
        else:
            kit.call(t, c, v, int(rng.integers(600, 2400)))
        app = (SCREEN_SHARE, "store:") if j % 2 == 0 else fake_app
        t2 = _hooked_victim_days(kit, v, g, t, dm, app, "/refund/")
        if j % 3 == 0:
            kit.call(t2 - 300, c, v, int(rng.integers(900, 2700)))
        for k in range(int(rng.integers(1, 4))):
            mules.victim_pays(v, t2 + k * int(rng.uniform(0.2, 1.0) * 3600), float(rng.integers(25, 420)) * 100)
        if rng.random() < 0.4:
            g.report(t2 + int(rng.uniform(10, 60) * 3600), "msisdn", c.msisdn, "fraud",
                     source="user_report")
    # curious people open the links but do not pay
    for p in pool[:60]:
        if p.card is not None and p.card not in vic_idx and rng.random() < 0.4:
            dm = doms[int(rng.integers(2))]
            kit.web(kit.at(5 + int(rng.integers(0, 7)), 9, 22), p, dm[0], dm[1], "/")
    mules.cash_out()


def g02_campus_credit(kit: Kit, ring: Ring, taken: set) -> None:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G02", "campus_credit_repair", "loan")
    shell = w.id_key()
    lines = []
    for _ in range(2):
        ph = kit.new_card(shell, T0 - int(rng.uniform(30, 60)) * DAY, "QC-ENT-GX-031", w.cell_in("xa_gaoxin"),
                          line="voip", cust="enterprise", prepaid=False, id_type="business_license")
        g.role("msisdn", ph.msisdn, "fixed_voip_line", T0 + 9 * DAY)
        lines.append(ph)
    g.role("id_key", shell, "gang_member", T0 + 9 * DAY)
    voip = [Phone(w.fixed_line(None), ours=False, line="voip") for _ in range(3)]
    for ph in voip:
        g.role("msisdn", ph.msisdn, "fraud_caller", T0 + 9 * DAY)
    dom = _domain(g, kit, "pbccrc-zxfw.com", "154.39.81.77", T0 + 9 * DAY)
    students = pop.candidates(segs=["student"])
    pool = targets(kit, 900, 700, segs=["student"])
    # the mule recruiter: a student who signs classmates up for "part-time account jobs"
    uni = [int(i) for i in students if int(i) not in taken and pop.w.cells[pop.home[i]].place == "xa_unitown"]
    rng.shuffle(uni)
    recruiter, mules_st = uni[0], uni[1:6]
    taken.update(uni[:6])
    r = kit.person(recruiter)
    g.role("msisdn", r.msisdn, "mule_recruiter", T0 + 8 * DAY)
    for m in mules_st:
        mp = kit.person(m)
        kit.call(kit.at(8 + int(rng.integers(0, 2)), 12, 22), r, mp, int(rng.integers(60, 300)))
        kit.sms(kit.at(9, 9, 22), r, mp, "兼职的事定了,卡和U盾带上,明天下午图书馆见,一天300")
    l1 = [pop.account[m] for m in mules_st]
    m = Mules(g, l1, _ext_accounts(kit, 2), _ext_accounts(kit, 1), (0.02, 0.25), (0.01, 0.02))
    for a in l1:
        kit.pay(kit.at(15, 19, 22), pop.account[recruiter], a, float(rng.integers(3, 8)) * 100, "mobile_app", r)
    cur = [0]
    for d in range(9, DAYS):
        if not WORKDAY[d]:
            continue
        for ph in lines:
            blast_calls(kit, ph, d, int(rng.integers(35, 75)), pool, (9.5, 17.5), 0.4, 0.55, gateway="QC-IMS-GX-2", cursor=cur)
        for ph in voip:
            blast_calls(kit, ph, d, int(rng.integers(25, 60)), pool, (9.5, 17.5), 0.38, 0.55, gateway="GW-SIP-HK-07", cursor=cur)
    vic = [p.card for p in pool if p.card is not None and p.card not in taken][:7]
    taken.update(vic)
    lenders = [pop.platform_accounts[1], pop.platform_accounts[2]]
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        d = 10 + int(rng.integers(0, 6))
        while not WORKDAY[d]:
            d += 1 if d < DAYS - 1 else -1
        c = (lines + voip)[j % 5]
        t = kit.at(d, 10, 16)
        g.victim(v, t)
        kit.call(t, c, v, int(rng.integers(900, 3000)), gateway="QC-IMS-GX-2" if c.ours else "GW-SIP-HK-07")
        t2 = _hooked_victim_days(kit, v, g, t, dom, (SCREEN_SHARE, "store:"), "/zxcx/")
        # borrows from real lenders as told, then passes it on
        for k in range(int(rng.integers(1, 3))):
            loan = float(rng.integers(30, 150)) * 100
            kit.pay(t2 + k * 1800, lenders[k % 2], v.account, loan, "third_party")
            m.victim_pays(v, t2 + k * 1800 + int(rng.integers(120, 900)), loan)
        if rng.random() < 0.35:
            g.report(t2 + int(rng.uniform(20, 72) * 3600), "msisdn", c.msisdn, "fraud", source="police")
    m.cash_out()


def g03_stock_tips(kit: Kit, ring: Ring, taken: set) -> None:
    w, _pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G03", "stock_tip_group", "investment")
    senders = _cards(kit, ring, 4, T0 + 6 * DAY, "")
    flat = w.cell_in("xa_lianhu", 5)
    car_cells = [w.cell_in(p) for p in ("xa_lianhu", "xa_xincheng", "xa_beilin", "xa_yanta", "xa_weiyang", "xa_baqiao")]
    for c in senders:
        c.cell, c.imei = flat, w.imei("huawei")
        g.role("msisdn", c.msisdn, "fraud_sms_sender", T0 + 7 * DAY)
    chat = [kit.new_card(w.id_key(), T0 + 6 * DAY + int(rng.uniform(9, 18) * 3600), f"QC-STORE-XA{30 + k:03d}",
                         w.cell_in("xa_lianhu"), prepaid=True) for k in range(5)]
    for c in chat:
        c.cell, c.imei = flat, w.imei()
        g.role("msisdn", c.msisdn, "gang_member", T0 + 6 * DAY)
        _platform_accounts(g, kit, c, T0 + 6 * DAY + int(rng.uniform(19, 23) * 3600), ("wechat", "qq"))
        for d in range(7, DAYS):
            for _ in range(int(rng.integers(4, 12))):
                kit.dev(kit.at(d, 9, 23), c, "data_session", int(np.exp(rng.normal(16, 1))))
    root = _domain(g, kit, "gp-88.vip", "43.129.77.15", T0 + 7 * DAY)
    appdom = _domain(g, kit, "hxzqpro.com", "43.129.77.19", T0 + 8 * DAY)
    app = ("com.hxzq.pro", "https://d.hxzqpro.com/app/hxzq_v3.2.apk")
    g.role("domain", "d.hxzqpro.com", "fraud_domain", T0 + 8 * DAY)
    g.role("app", app[0], "fraud_app", T0 + 8 * DAY)
    pool = targets(kit, 1600, 2600, segs=["office", "merchant", "civil", "elderly", "service"])
    subs = {}

    def text():
        s = _rand(rng)
        subs.setdefault(s, None)
        return [f"【牛股内参】节后A股迎来开门红,三只翻倍潜力股免费领取, 点 {s}.{root[0]} 进群,名额有限",
                f"张老师实盘带练:本周已验证涨停{int(rng.integers(3, 7))}只!加V领取明日金股 {s}.{root[0]}",
                f"您的股票账户已获内部跟投资格,限时开通: https://{s}.{root[0]}/vip 退订回T",
                f"节后布局正当时｜机构内参免费看 {s}.{root[0]}"][int(rng.integers(4))]
    cur = [0]
    for d in range(7, DAYS - 1):
        n = 250 if d < 10 else 480  # the market reopens on 9 Oct
        for k, c in enumerate(senders):
            if k >= 2:  # two senders ride round the city in a car
                c.cell = car_cells[(d + k) % len(car_cells)]
            blast_sms(kit, c, d, int(rng.integers(int(n * 0.7), n)), pool, text, (9, 21), cur)
            kit.dev(T0 + d * DAY + 8 * 3600 + 1800, c, "power_on")
    teachers = [kit.ext("unicom") for _ in range(2)] + [kit.ext("telecom")]
    for ph in teachers:
        g.role("msisdn", ph.msisdn, "fraud_caller", T0 + 9 * DAY)
    vic = [p.card for p in pool if p.card is not None and p.card not in taken][:12]
    taken.update(vic)
    l1 = ring.take_accounts(6, T0 + 9 * DAY) + _ext_accounts(kit, 4)
    m = Mules(g, l1, _ext_accounts(kit, 3), _ext_accounts(kit, 2), (0.3, 3.0))
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        d0 = 7 + int(rng.integers(0, 3))
        t = kit.at(d0, 9, 21)
        s = _rand(rng)
        host = f"{s}.{root[0]}"
        g.role("domain", host, "fraud_domain", t)
        kit.sms(t, senders[j % 4], v, f"张老师实盘带练:本周已验证涨停4只!加V领取明日金股 {host}")
        kit.web(t + int(rng.uniform(0.1, 20) * 3600), v, host, root[1], "/")
        d1 = d0 + 1 + int(rng.integers(0, 2))
        t1 = kit.at(d1, 19, 22.5)
        kit.call(t1, teachers[j % 3], v, int(rng.integers(600, 1800)))
        kit.web(t1 + 1200, v, appdom[0], appdom[1], "/")
        kit.web(t1 + 1300, v, "d.hxzqpro.com", appdom[1], "/app/hxzq_v3.2.apk", int(rng.integers(30, 60)) * 10**6)
        kit.app(t1 + 1500, v, app[0], "install", app[1])
        g.victim(v, t)
        amt = float(rng.integers(5, 30)) * 1000
        for d in range(d1 + 1, DAYS):
            kit.app(kit.at(d, 9.3, 15), v, app[0], "use")
            kit.web(kit.at(d, 9.3, 15), v, appdom[0], appdom[1], "/api/quote", int(rng.integers(50000, 400000)), app[0])
            if rng.random() < 0.45 and WORKDAY[d]:
                m.victim_pays(v, kit.at(d, 9.5, 15), amt)
                amt = min(amt * rng.uniform(1.5, 3.0), 300000)
        if j % 4 == 0:  # a small "profit withdrawal" to keep them in
            kit.pay(kit.at(min(d1 + 3, DAYS - 1), 14, 16), m.l2[0], v.account, float(rng.integers(8, 30)) * 100, "third_party")
    m.cash_out()


def g04_goip_den(kit: Kit, ring: Ring, taken: set) -> None:
    w, _pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G04", "xianyang_goip_den", "customer_service")
    den = w.cell_in("xy_weicheng", 2)
    den2 = w.cell_in("xy_weicheng", 3)
    dev_imeis = [[w.imei(fake=True) for _ in range(16)] for _ in range(2)]
    all_imeis = set()
    keeper = kit.new_card(w.id_key(), T0 - 800 * DAY, "QC-STORE-XY002", den, prepaid=False)
    keeper.imei = w.imei("vivo")
    g.role("msisdn", keeper.msisdn, "gang_member", T0)
    kit.daily_life(keeper, 0, DAYS, [kit.random_ext_contact() for _ in range(6)] + ring.buyers[:1], calls=3, data=6,
                   hours=(9, 24), web=[("weixin.qq.com", "183.47.101.10"), ("www.douyin.com", "123.6.20.35")])
    pool = targets(kit, 1500, 9000)
    answered_pop = []
    active: list[tuple[Phone, int]] = []  # (sim, last day)
    cur = [0]
    agent_cell = w.cell_in("xy_weicheng", 0)
    quota = [16]

    def supply(d: int) -> Phone:
        """The next SIM: a card from the village ring, or one the crooked agent opened on a bought ID."""
        if quota[0] > 0:
            got = ring.take_cards(1, T0 + d * DAY)
            if got:
                quota[0] -= 1
                return got[0]
        return kit.new_card(w.id_key(), T0 + (d - rng.uniform(1, 6)) * DAY, "QC-AGT-XY-0417", agent_cell, prepaid=True,
                            region="陕西咸阳")

    for d in range(1, DAYS):
        active = [(s, e) for s, e in active if e >= d]
        want = int(rng.integers(14, 20))
        while len(active) < want:
            s = supply(d)
            s.cell = den if rng.random() < 0.85 else den2
            active.append((s, d + int(rng.integers(1, 4))))
            g.role("msisdn", s.msisdn, "simbox_sim", T0 + d * DAY)
        if d % 3 == 0:  # the first box's channel IMEIs are rewritten every few days
            dev_imeis[0] = [w.imei(fake=True) for _ in range(16)]
        for ch, (s, e) in enumerate(active):
            s.imei = dev_imeis[ch % 2][ch // 2 % 16]
            all_imeis.add(s.imei)
            kit.dev(T0 + d * DAY + int(rng.uniform(8.6, 9.0) * 3600), s, "power_on")
            kit.dev(T0 + d * DAY + int(rng.uniform(8.6, 9.0) * 3600) + 5, s, "attach")
            got = blast_calls(kit, s, d, int(rng.integers(70, 165)), pool, (9, 20.8), 0.27, 0.62, cursor=cur)
            answered_pop += [(t, b, s) for t, b in got if b.card is not None]
            if e == d:
                kit.dev(T0 + d * DAY + int(21.2 * 3600), s, "power_off")
            # a few people ring back; the box rejects incoming calls
            for t, b in got[:3]:
                if rng.random() < 0.3:
                    kit.call(t + int(rng.integers(600, 7200)), b, s, 0, result="rejected")
    for im in sorted(all_imeis):
        g.role("imei", im, "simbox_device", T0)
    # victims: people who stayed on the line
    cands = [(t, b, s) for t, b, s in answered_pop if b.card not in taken]
    rng.shuffle(cands)
    seen = set()
    l1 = ring.take_accounts(3, T0 + 3 * DAY) + _ext_accounts(kit, 3)
    m = Mules(g, l1, _ext_accounts(kit, 2), _ext_accounts(kit, 1))
    for t, b, s in cands:
        if len(seen) >= 6:
            break
        if b.card in seen:
            continue
        seen.add(b.card)
        taken.add(b.card)
        g.victim(b, t)
        kit.call(t + 200, s, b, int(rng.integers(900, 2600)))
        t2 = t + 200 + int(rng.uniform(0.5, 3) * 3600)
        for k in range(int(rng.integers(1, 3))):
            m.victim_pays(b, t2 + k * 2400, float(rng.integers(20, 300)) * 100)
    m.cash_out()


def g05_quiet_box(kit: Kit, taken: set) -> None:
    w, _pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G05", "baoji_quiet_box", "loan")
    flat = w.cell_in("bj_jintai", 4)
    sims = []
    for k in range(8):
        s = kit.new_card(w.id_key(), T0 - int(rng.uniform(180, 540)) * DAY, f"QC-STORE-BJ{k + 3:03d}",
                         w.cell_in(["bj_weibin", "bj_jintai", "bj_chencang"][k % 3]), prepaid=rng.random() < 0.5)
        s.cell, s.imei = flat, w.imei(["huawei", "oppo", "vivo", "xiaomi"][k % 4])
        g.role("msisdn", s.msisdn, "simbox_sim", T0)
        g.role("imei", s.imei, "simbox_device", T0)
        sims.append(s)
    cover = [kit.ext() for _ in range(5)]
    for c in cover:
        g.role("msisdn", c.msisdn, "gang_member", T0)
    pool = targets(kit, 900, 2500, segs=["office", "service", "merchant", "migrant", "farmer"],
                   places=["bj_weibin", "bj_jintai", "bj_chencang", "xa_yanta", "xa_lianhu", "xy_qindu"])
    got_all = []
    cur = [0]
    for d in range(0, DAYS):
        if d % 7 == 3:  # rests one day a week
            continue
        for s in sims:
            n = int(rng.integers(10, 26))
            got_all += [(t, b, s) for t, b in blast_calls(kit, s, d, n // 2, pool, (9.2, 11.8), 0.45, 0.35, cursor=cur)]
            got_all += [(t, b, s) for t, b in blast_calls(kit, s, d, n - n // 2, pool, (14.2, 17.8), 0.45, 0.35, cursor=cur)]
            for _ in range(int(rng.integers(3, 8))):
                c = cover[int(rng.integers(len(cover)))]
                kit.call(kit.at(d, 9, 20), c, s, int(rng.integers(30, 240)))
            for _ in range(int(rng.integers(1, 3))):
                kit.sms(kit.at(d, 9, 21), s, cover[int(rng.integers(len(cover)))], "收到")
            for _ in range(int(rng.integers(3, 7))):
                kit.dev(kit.at(d, 8, 22), s, "data_session", int(rng.integers(5000, 2_000_000)))
    cands = [(t, b, s) for t, b, s in got_all if b.card is not None and b.card not in taken and t > T0 + 6 * DAY]
    rng.shuffle(cands)
    m = Mules(g, _ext_accounts(kit, 3), _ext_accounts(kit, 1), _ext_accounts(kit, 1), (1.0, 6.0))
    seen = set()
    for t, b, s in cands:
        if len(seen) >= 3:
            break
        if b.card in seen:
            continue
        seen.add(b.card)
        taken.add(b.card)
        g.victim(b, t)
        kit.call(t + int(rng.uniform(3, 26) * 3600), s, b, int(rng.integers(500, 1400)))
        m.victim_pays(b, t + int(rng.uniform(27, 40) * 3600), float(rng.integers(18, 68)) * 100)
        m.victim_pays(b, t + int(rng.uniform(41, 52) * 3600), float(rng.integers(30, 90)) * 100)
    m.cash_out()


def g07_overseas_police(kit: Kit, ring: Ring, taken: set) -> None:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G07", "overseas_police_impersonation", "impersonate_police")
    roam = _cards(kit, ring, 4, T0 + 5 * DAY, "")
    kh_imeis = [w.imei("oppo"), w.imei("vivo"), w.imei("huawei"), w.imei("oppo")]
    for k, s in enumerate(roam):
        s.roam, s.cell, s.imei = "KH", None, kh_imeis[k]
        g.role("msisdn", s.msisdn, "fraud_caller", T0 + 6 * DAY)
        kit.dev(kit.at(5 + k % 2, 10, 20), s, "attach")
    foreign = [kit.foreign(c) for c in ("KH", "KH", "PH", "MM", "KH", "MY")]
    spoof = [Phone(f"86298{int(rng.integers(6000000, 6999999))}", ours=False, line="fixed") for _ in range(3)]
    for ph in foreign + spoof:
        g.role("msisdn", ph.msisdn, "fraud_caller", T0 + 6 * DAY)
    dom = _domain(g, kit, "spp-ajcx.com", "156.241.7.90", T0 + 6 * DAY)
    appd = _domain(g, kit, "gaj-aqjc.com", "156.241.7.91", T0 + 6 * DAY)
    app = ("com.gaj.aqfh", "https://gaj-aqjc.com/download/aqfh.apk")
    g.role("app", app[0], "fraud_app", T0 + 6 * DAY)
    pool = targets(kit, 900, 2200, segs=["elderly", "civil", "office", "merchant"])
    cur = [0]
    for d in range(6, DAYS):
        for s in roam:
            blast_calls(kit, s, d, int(rng.integers(30, 85)), pool, (9, 20), 0.32, 0.6, cursor=cur)
            for _ in range(int(rng.integers(2, 6))):
                kit.dev(kit.at(d, 9, 23), s, "data_session")
        for ph in foreign:
            blast_calls(kit, ph, d, int(rng.integers(20, 55)), pool, (9.5, 19), 0.25, 0.7, gateway="INTL-GW-HK-02", cursor=cur)
        for ph in spoof:
            if rng.random() < 0.6:
                blast_calls(kit, ph, d, int(rng.integers(15, 40)), pool, (9.5, 17), 0.35, 0.6, gateway="INTL-GW-SG-05",
                            ctype="intl_in", cursor=cur)
    vic = [p.card for p in pool if p.card is not None and p.card not in taken][:7]
    taken.update(vic)
    l1 = ring.take_accounts(3, T0 + 6 * DAY) + _ext_accounts(kit, 3)
    m = Mules(g, l1, _ext_accounts(kit, 2), _ext_accounts(kit, 2), (0.1, 1.5))
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        d = 6 + int(rng.integers(0, 9))
        t = kit.at(d, 9.5, 15)
        g.victim(v, t)
        first = spoof[j % 3] if j % 2 == 0 else foreign[j % 6]
        kit.call(t, first, v, int(rng.integers(480, 1200)), gateway="INTL-GW-SG-05" if j % 2 == 0 else "INTL-GW-HK-02",
                 ctype="intl_in")
        t += int(rng.integers(1300, 2000))
        kit.call(t, foreign[(j + 1) % 6], v, int(rng.integers(1500, 4000)), gateway="INTL-GW-HK-02")
        t += int(rng.integers(200, 900)) + 4000
        kit.web(t, v, dom[0], dom[1], "/ajcx/tongjiling")
        kit.web(t + 400, v, appd[0], appd[1], "/download/")
        kit.app(t + 600, v, app[0], "install", app[1])
        kit.app(t + 900, v, app[0], "use")
        t_next = t + int(rng.uniform(14, 22) * 3600)
        kit.call(t_next, roam[j % 4], v, int(rng.integers(600, 1500)), media="video")
        for k in range(int(rng.integers(2, 4))):
            ch = "counter" if (v.card is not None and pop.age[v.card] > 60 and k == 0) else "mobile_app"
            m.victim_pays(v, t_next + 1800 + k * int(rng.uniform(0.5, 2.5) * 3600),
                          float(rng.integers(30, 200)) * 1000, channel=ch)
        if j < 3:
            g.report(t_next + int(rng.uniform(24, 60) * 3600), "msisdn", roam[j % 4].msisdn, "fraud", source="police")
            g.report(t_next + int(rng.uniform(24, 60) * 3600), "msisdn", v.msisdn, "victim", source="police")
    m.cash_out()


def g08_romance(kit: Kit, ring: Ring, taken: set) -> None:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G08", "pig_butchering_romance", "romance")
    apt = w.cell_in("xa_qujiang", 2)
    cards = []
    for k in range(3):
        c = kit.new_card(w.id_key(), T0 - int(rng.uniform(200, 700)) * DAY, f"QC-STORE-XA{k + 50:03d}",
                         w.cell_in("xa_yanta"), prepaid=False)
        c.cell, c.imei = apt, w.imei("apple")
        g.role("msisdn", c.msisdn, "fraud_caller", T0)
        _platform_accounts(g, kit, c, T0 - int(rng.uniform(60, 150)) * DAY, ("tantan", "soul", "wechat"))
        kit.daily_life(c, 0, DAYS, [kit.random_ext_contact() for _ in range(4)], calls=1.2, data=5, sms=0.2,
                       web=[("www.douyin.com", "123.6.20.35"), ("www.xiaohongshu.com", "47.105.34.90")])
        cards.append(c)
    dom = _domain(g, kit, "hkgoldfx.com", "18.167.22.140", T0 + 4 * DAY)
    app = ("com.hkgold.fx", "https://dl.hkgoldfx.com/hkgold.apk")
    g.role("domain", "dl.hkgoldfx.com", "fraud_domain", T0 + 4 * DAY)
    g.role("app", app[0], "fraud_app", T0 + 4 * DAY)
    cand = pop.candidates(segs=["office", "merchant", "civil", "service"], taken=taken, mask=(pop.age >= 33) & (pop.age <= 56))
    vic = [int(x) for x in rng.choice(cand, 5, replace=False)]
    taken.update(vic)
    l1 = _ext_accounts(kit, 6) + ring.take_accounts(2, T0 + 5 * DAY)
    m = Mules(g, l1, _ext_accounts(kit, 2), _ext_accounts(kit, 1), (1.0, 10.0), (0.0, 0.01))
    lines = ["早安宝贝,今天也要开心哦", "吃饭了吗", "晚安,梦里见", "今天好累,想你了", "我舅舅说这周行情不错",
             "你下班了吗", "周末想带你去大唐不夜城"]
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        c = cards[j % 3]
        g.victim(v, T0)
        hook = 7 + int(rng.integers(0, 4))
        for d in range(DAYS):
            for _ in range(int(rng.integers(2, 6))):
                hh = [7.5, 12.2, 21.5, 23.2][int(rng.integers(4))]
                kit.sms(kit.at(d, hh, hh + 0.7), c, v, lines[int(rng.integers(len(lines)))])
                if rng.random() < 0.7:
                    kit.sms(kit.at(d, hh + 0.1, hh + 1.0), v, c, "嗯嗯" if rng.random() < 0.5 else "你也是")
            if rng.random() < 0.6:
                a, b = (c, v) if rng.random() < 0.5 else (v, c)
                kit.call(kit.at(d, 20.5, 23.3), a, b, int(rng.integers(600, 2600)))
            if d in (3, 11) and j % 2 == 0:
                kit.call(kit.at(d, 21, 22.5), c, v, int(rng.integers(20, 60)), media="video")
        t = kit.at(hook, 20, 22)
        kit.web(t, v, dom[0], dom[1], "/register")
        kit.web(t + 300, v, "dl.hkgoldfx.com", dom[1], "/hkgold.apk", 41_000_000)
        kit.app(t + 500, v, app[0], "install", app[1])
        amt = float(rng.integers(10, 30)) * 1000
        for k, d in enumerate(range(hook + 1, DAYS, 2)):
            kit.app(kit.at(d, 10, 22), v, app[0], "use")
            kit.web(kit.at(d, 10, 22), v, dom[0], dom[1], "/trade", int(rng.integers(90000, 900000)), app[0])
            m.victim_pays(v, kit.at(d, 10, 18), amt)
            if k == 0:
                kit.pay(kit.at(d + 1, 11, 15), m.l2[0], v.account, round(amt * 0.12, 2), "third_party")
            amt = min(amt * rng.uniform(1.8, 2.6), 400000)
    m.cash_out()


def g09_express_comp(kit: Kit, ring: Ring, taken: set) -> None:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G09", "express_compensation", "customer_service")
    flat = w.cell_in("xy_qindu", 1)
    own = _cards(kit, ring, 2, T0 + 7 * DAY, "")
    for c in own:
        c.cell, c.imei = flat, w.imei("xiaomi")
        g.role("msisdn", c.msisdn, "fraud_sms_sender", T0 + 8 * DAY)
    virt = [kit.ext("virtual") for _ in range(6)]
    for ph in virt:
        g.role("msisdn", ph.msisdn, "fraud_caller", T0 + 8 * DAY)
    dom = _domain(g, kit, "zt-lipei.cn", "38.60.221.9", T0 + 8 * DAY)
    app = ("com.kdlp.kefu", "https://zt-lipei.cn/app/kefu.apk")
    g.role("app", app[0], "fraud_app", T0 + 8 * DAY)
    pool = targets(kit, 1200, 2600, segs=["student", "office", "service", "teen", "civil"])
    cur = [0]
    for d in range(8, DAYS - 1):
        for c in own:
            blast_sms(kit, c, d, int(rng.integers(120, 260)), pool,
                      lambda: ["【中通快递】您好,您的快件因分拣破损已登记理赔,请登录 zt-lipei.cn 办理,逾期视为放弃。",
                               "【圆通速递】您网购的商品因质检不合格被下架,现为您办理退款理赔,详询 zt-lipei.cn",
                               "亲,您的快递丢失,平台三倍赔付,请联系理赔专员"][int(rng.integers(3))], (9, 20), cur)
            for _ in range(3):
                kit.dev(kit.at(d, 9, 21), c, "data_session")
        for ph in virt:
            blast_calls(kit, ph, d, int(rng.integers(40, 90)), pool, (9, 20.5), 0.33, 0.65, cursor=cur)
    vic = [p.card for p in pool if p.card is not None and p.card not in taken][:7]
    taken.update(vic)
    l1 = _ext_accounts(kit, 4) + ring.take_accounts(2, T0 + 8 * DAY)
    m = Mules(g, l1, _ext_accounts(kit, 2), _ext_accounts(kit, 1))
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        d = 8 + int(rng.integers(0, 7))
        t = kit.at(d, 9.5, 19)
        g.victim(v, t)
        kit.sms(t - int(rng.uniform(0.5, 20) * 3600), own[j % 2], v, "【中通快递】您好,您的快件因分拣破损已登记理赔,请登录 zt-lipei.cn 办理,逾期视为放弃。")
        kit.call(t, virt[j % 6], v, int(rng.integers(700, 2000)))
        t2 = _hooked_victim_days(kit, v, g, t, dom, app if j % 2 else (SCREEN_SHARE, "store:"), "/lp/")
        if j % 2 == 0:  # "open the spare credit" on the payment app first
            kit.pay(t2 - 300, pop.platform_accounts[3], v.account, float(rng.integers(30, 100)) * 100, "third_party")
        for k in range(int(rng.integers(1, 3))):
            m.victim_pays(v, t2 + k * 1500, float(rng.integers(15, 150)) * 100)
    m.cash_out()


def g10_faceswap(kit: Kit, taken: set) -> None:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G10", "ai_faceswap_relative", "acquaintance")
    nums = [kit.new_card(w.id_key(), T0 + int(rng.uniform(7.3, 8.7) * DAY), "QC-AGT-XY-0309", w.cell_in("xy_qindu"), prepaid=True)
            for _ in range(2)]
    for c in nums:
        c.imei = w.imei("huawei")
        c.cell = w.cell_in("xy_qindu")
    nums += [kit.ext("unicom"), kit.foreign("US")]
    for c in nums:
        g.role("msisdn", c.msisdn, "fraud_caller", T0 + 9 * DAY)
    cand = pop.candidates(segs=["elderly", "civil", "merchant"], taken=taken, mask=pop.age >= 48)
    vic = [int(x) for x in rng.choice(cand, 5, replace=False)]
    taken.update(vic)
    m = Mules(g, _ext_accounts(kit, 3), _ext_accounts(kit, 1), _ext_accounts(kit, 1), (0.05, 0.5))
    say = ["爸,我是小军,手机摔坏了用同学的号,视频信号不好", "妈,我这边出了点事,别告诉我爸", "舅,我在外面出事了,急用钱,先帮我转一下"]
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        c = nums[j % 4]
        d = 9 + int(rng.integers(0, 7))
        t = kit.at(d, 10, 21)
        g.victim(v, t)
        if c.ours:
            kit.dev(t - 600, c, "power_on")
        kit.call(t, c, v, int(rng.integers(12, 40)), media="video")
        kit.sms(t + 90, c, v, say[j % 3])
        kit.call(t + int(rng.integers(200, 500)), c, v, int(rng.integers(60, 200)))
        kit.sms(t + 700, c, v, f"账户:{m.l1[j % 3][-6:]}, 先转{int(rng.integers(3, 9))}万,今天就还你")
        m.victim_pays(v, t + int(rng.uniform(15, 50) * 60), float(rng.integers(20, 80)) * 1000)
        if c.ours:
            kit.dev(t + 5000, c, "power_off")
        if j < 2:
            g.report(t + int(rng.uniform(5, 30) * 3600), "msisdn", c.msisdn, "fraud", source="police")
    m.cash_out()


def g11_loan_fee(kit: Kit, ring: Ring, taken: set) -> None:
    w, _pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G11", "loan_guarantee_fee", "loan")
    senders = _cards(kit, ring, 3, T0 + 5 * DAY, "")
    for c in senders:
        c.cell, c.imei = w.cell_in("ak_hanbin", 2), w.imei("feature")
        g.role("msisdn", c.msisdn, "fraud_sms_sender", T0 + 6 * DAY)
    cs = [kit.ext("telecom"), kit.ext("telecom")]
    for c in cs:
        g.role("msisdn", c.msisdn, "fraud_caller", T0 + 7 * DAY)
    dom = _domain(g, kit, "yxjr-daikuan.cn", "103.97.176.52", T0 + 6 * DAY)
    dom2 = _domain(g, kit, "dk365.top", "103.97.176.53", T0 + 10 * DAY)
    app = ("com.yxjr.daikuan", "https://yxjr-daikuan.cn/app/yxjr.apk")
    g.role("app", app[0], "fraud_app", T0 + 6 * DAY)
    pool = targets(kit, 1500, 3500, segs=["farmer", "merchant", "coal", "migrant", "service", "driver"])
    cur = [0]
    txt = ["【宜信金融】您有一笔最高20万元的额度待领取,年化3.6%,无抵押当天到账,点击 {d} 回T退订",
           "【XX普惠】尊敬的客户,您的信用良好,已获得贷款资格8万元,验证领取:{d}",
           "急用钱找我们,工薪族个体户均可办理,不看征信,{d}"]
    for d in range(6, DAYS - 1):
        for k, c in enumerate(senders):
            if d >= 11:  # moved to Hanzhong after a few days
                c.cell = w.cell_in("hz_hantai", k)
            dd = dom if d < 10 else dom2
            blast_sms(kit, c, d, int(rng.integers(380, 700)), pool, lambda dd=dd: txt[int(rng.integers(3))].format(d=dd[0]),
                      (8, 22), cur)
    vic = [p.card for p in pool if p.card is not None and p.card not in taken][:9]
    taken.update(vic)
    l1 = ring.take_accounts(4, T0 + 6 * DAY) + _ext_accounts(kit, 2)
    m = Mules(g, l1, _ext_accounts(kit, 2), _ext_accounts(kit, 1))
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        d = 6 + int(rng.integers(0, 8))
        t = kit.at(d, 8, 22)
        g.victim(v, t)
        dd = dom if d < 10 else dom2
        kit.sms(t, senders[j % 3], v, txt[j % 3].format(d=dd[0]))
        t1 = t + int(rng.uniform(0.2, 30) * 3600)
        t2 = _hooked_victim_days(kit, v, g, t1, dd, app, "/apply/")
        kit.call(t2 + int(rng.integers(300, 3600)), cs[j % 2], v, int(rng.integers(300, 1100)))
        fees = [1999, 3800, 6600, 12000][: int(rng.integers(2, 5))]
        tt = t2 + 4000
        for f in fees:
            m.victim_pays(v, tt, f + float(rng.integers(0, 9)) * 100)
            kit.call(tt + int(rng.integers(1800, 20000)), cs[j % 2], v, int(rng.integers(120, 600)))
            tt += int(rng.uniform(2, 20) * 3600)
    m.cash_out()


def g12_tour_deposit(kit: Kit, taken: set) -> None:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G12", "fake_tour_deposit", "other")
    lic = w.id_key()
    office = w.cell_in("xa_beilin", 4)
    fixed = kit.new_card(lic, T0 - 75 * DAY, "QC-ENT-BL-008", office, line="fixed", cust="enterprise", prepaid=False,
                         id_type="business_license")
    g.role("msisdn", fixed.msisdn, "fixed_voip_line", T0)
    g.role("id_key", lic, "gang_member", T0)
    mobs = [kit.new_card(w.id_key(), T0 - int(rng.uniform(60, 100)) * DAY, "QC-STORE-XA023", office, prepaid=True) for _ in range(2)]
    for c in mobs:
        c.cell, c.imei = office, w.imei()
        g.role("msisdn", c.msisdn, "fraud_caller", T0)
    shop = w.account_id()
    kit.bank(shop, lic, "西安银行", T0 - 70 * DAY, mobs[0].msisdn)
    l2 = w.account_id()
    m = Mules(g, [shop], [l2], _ext_accounts(kit, 1), (30.0, 60.0), (0.0, 0.0))
    cand = pop.candidates(segs=["office", "civil", "service", "elderly", "merchant"], taken=taken,
                          mask=np.isin(pop.city, ["xian", "xianyang"]))
    vic = [int(x) for x in rng.choice(cand, 16, replace=False)]
    taken.update(vic)
    extra = [kit.ext() for _ in range(40)]
    gone = T0 + 3 * DAY + int(7.5 * 3600)  # 1 Oct morning: numbers off, account drained the night before
    for d in range(0, 4):
        for _ in range(int(rng.integers(25, 55))):  # enquiries after the ads on short-video apps
            b = extra[int(rng.integers(len(extra)))]
            t = kit.at(d, 9, 21)
            if t < gone:
                kit.call(t, b, fixed, int(rng.integers(60, 400)) if rng.random() < 0.8 else 0)
        for c in mobs:
            for _ in range(int(rng.integers(15, 35))):
                t = kit.at(d, 9, 21)
                if t < gone:
                    kit.call(t, c, extra[int(rng.integers(len(extra)))], int(rng.integers(30, 300)) if rng.random() < 0.75 else 0)
    drained = []
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        t = kit.at(int(rng.integers(0, 3)), 9, 21)
        g.victim(v, t)
        kit.call(t, v, fixed, int(rng.integers(180, 700)))
        kit.call(t + int(rng.uniform(0.5, 5) * 3600), mobs[j % 2], v, int(rng.integers(120, 500)))
        kit.sms(t + int(rng.uniform(5, 6) * 3600), mobs[j % 2], v,
                f"【长安精品游】您已报名10月{int(rng.integers(2, 5))}日新疆伊犁6日游({int(rng.integers(1, 4))}人),请于今日18点前支付定金,开具发票请联系客服。")
        amt = float(rng.integers(8, 30)) * 100 * int(rng.integers(1, 4))
        tp = t + int(rng.uniform(5.5, 9) * 3600)
        if tp >= gone - 3 * 3600:
            tp = gone - int(rng.uniform(4, 10) * 3600)
        kit.pay(tp, v.account, shop, amt, "mobile_app", v)
        kit.loss(v, tp, amt, shop)
        drained.append(amt)
        # departure day: nobody answers any more
        for k in range(int(rng.integers(2, 7))):
            kit.call(gone + int(rng.uniform(1, 50) * 3600), v, [fixed, mobs[0], mobs[1]][k % 3], 0,
                     result="no_answer" if k % 2 else "rejected")
        if j < 6:
            g.report(gone + int(rng.uniform(24, 80) * 3600), "msisdn", fixed.msisdn, "fraud", loss=amt, source="police")
            g.report(gone + int(rng.uniform(24, 80) * 3600), "account", shop, "fraud", loss=amt, source="bank")
    for k in range(3):
        kit.pay(gone - int((6 - k) * 3600), shop, l2, round(sum(drained) / 3, 2), "mobile_app", mobs[0])
    for c in mobs:
        kit.dev(gone, c, "power_off")
    kit.pay(gone + 4 * 3600, l2, m.l3[0], round(sum(drained) * 0.99, 2), "third_party")


def g13_brushing(kit: Kit, ring: Ring, taken: set) -> None:
    w, _pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G13", "parttime_brushing", "part_time_job")
    room = w.cell_in("xa_yanta", 7)
    senders = _cards(kit, ring, 2, T0 + 8 * DAY, "") + [kit.new_card(w.id_key(), T0 + 8 * DAY + 36000, "QC-STORE-XA041",
                                                                 room, prepaid=True)]
    for c in senders:
        c.cell, c.imei = room, w.imei("vivo")
        g.role("msisdn", c.msisdn, "fraud_sms_sender", T0 + 9 * DAY)
        _platform_accounts(g, kit, c, T0 + 8 * DAY + int(rng.uniform(12, 22) * 3600), ("qq",))
    dom = _domain(g, kit, "dz-task.cn", "47.243.60.118", T0 + 9 * DAY)
    app = ("com.dztask.app", "https://dz-task.cn/dl/dztask.apk")
    g.role("app", app[0], "fraud_app", T0 + 9 * DAY)
    pool = targets(kit, 1100, 1500, segs=["student", "service", "teen", "migrant"])
    cur = [0]
    for d in range(9, DAYS):
        for c in senders:
            blast_sms(kit, c, d, int(rng.integers(150, 300)), pool,
                      lambda: ["【兼职】宝妈学生在家可做,点赞关注一单3-5元,日结,下载 dz-task.cn",
                               "招聘网络兼职,时间自由,手机就能做,日赚200+,详询QQ群",
                               "您好,抖音点赞员招募中,一单一结,dz-task.cn 注册即送18元"][int(rng.integers(3))], (10, 22.5), cur)
    vic = [p.card for p in pool if p.card is not None and p.card not in taken][:8]
    taken.update(vic)
    payer = ring.take_accounts(1, T0 + 8 * DAY) or _ext_accounts(kit, 1)
    g.role("account", payer[0], "mule_account", T0 + 9 * DAY)
    m = Mules(g, _ext_accounts(kit, 5), _ext_accounts(kit, 2), _ext_accounts(kit, 1), (0.1, 1.0))
    for j, vi in enumerate(vic):
        v = kit.person(vi)
        d = 9 + int(rng.integers(0, 6))
        t = kit.at(d, 10, 22)
        g.victim(v, t)
        kit.sms(t, senders[j % 3], v, "【兼职】宝妈学生在家可做,点赞关注一单3-5元,日结,下载 dz-task.cn")
        t2 = _hooked_victim_days(kit, v, g, t + int(rng.uniform(0.3, 6) * 3600), dom, app, "/reg/")
        for k in range(int(rng.integers(2, 4))):  # small rebates first
            kit.pay(t2 + k * 900, payer[0], v.account, float(rng.integers(10, 60)), "third_party")
        tt = t2 + 3600
        for amt in [300, 1200, 5000, 12000][: int(rng.integers(2, 5))]:
            m.victim_pays(v, tt, amt + float(rng.integers(0, 99)))
            tt += int(rng.uniform(0.3, 2) * 3600)
            if tt > END:
                break
    m.cash_out()


def plant_gangs(kit: Kit, ring: Ring, taken: set) -> None:
    g04_goip_den(kit, ring, taken)
    g01_scenic_refund(kit, ring, taken)
    g03_stock_tips(kit, ring, taken)
    g07_overseas_police(kit, ring, taken)
    g09_express_comp(kit, ring, taken)
    g11_loan_fee(kit, ring, taken)
    g13_brushing(kit, ring, taken)
    g02_campus_credit(kit, ring, taken)
    g05_quiet_box(kit, taken)
    g08_romance(kit, ring, taken)
    g10_faceswap(kit, taken)
    g12_tour_deposit(kit, taken)
    _ = END
