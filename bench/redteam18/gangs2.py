"""Gangs SC18-G07, G08, G11-G13: police impersonation from Cambodia, an AI face-swap "boss", part-time 刷单
jobs for students, fake flood-relief donations, sleeper cards woken up."""

from __future__ import annotations

import numpy as np
from cardring import Ring
from fraudops import Gang, Journey, blast, dial, presence, run_journeys, time_in, user_reports, victims
from gangs import black_cards, nums, texts_with, truth_things, use_sold
from lifedata import data_rows
from people import People, new_account, register
from world import DAY, FOREIGN, T0, World, t_of

# ---- G07 impersonating the police, from Cambodia on roaming cards and +855 lines --------------------------
G07 = Gang("SC18-G07", "impersonate_police", "impersonate_police", domains=["gaj-anquan.com"],
           app="com.gaj.anquanjiance")


def setup_g07(w: World, ppl: People, ring: Ring) -> dict:
    rng = w.rng
    kh = w.countries.add("KH")
    phones = w.new_imeis(5)
    sold = ring.take(10, T0 + 2 * DAY)
    cards = use_sold(w, G07, "fraud_caller", sold, 0, -1, phones, t_of(0, 9))
    if len(cards) < 10:
        cards += black_cards(w, G07, "fraud_caller", 10 - len(cards), 2, (-30, -8), "agent-LSXC-01", -1, phones,
                             t_of(0, 9))
    for c in cards:
        start = max(int(w.cards.get(c, "switch_t")), int(w.cards.get(c, "open_time"))) + int(rng.uniform(1, 2) * DAY)
        w.cards.set(c, abroad=kh, abroad_from=start, abroad_to=2**62)
    foreign = w.new_numbers(12, FOREIGN, ours=False, country="KH")
    for f in foreign.tolist():
        w.add_truth("msisdn", w.num_str(f), "fraud_caller", G07.gid, G07.scheme, t_of(0, 9))
    truth_things(w, G07, phones, "fraud_caller", t_of(0, 9))
    return {"cards": cards, "foreign": foreign}


def run_g07(w: World, ppl: People, st: dict) -> None:
    n = nums(w, st["cards"])
    f = st["foreign"]
    G07.numbers = n.tolist() + f.tolist()
    start = np.array([w.cards.get(c, "abroad_from") for c in st["cards"]])
    presence(w, n, start, np.full(len(n), 2**40), data_per_day=1.0)
    d0 = np.clip((start - T0) // DAY + 1, 0, 17)
    spec = "older:0.5,adults:0.3,ext_any:0.2"
    dial(w, G07, n, d0, np.full(len(n), 17), (30, 60), (9, 20), spec, 0.3, 40, callback=0.02)
    dial(w, G07, f, np.zeros(len(f), dtype=np.int64), np.full(len(f), 17), (40, 80), (9, 20), spec, 0.18, 30,
         callback=0.0)
    vict = victims(w, ppl, "elderly:0.4,parent:0.3,older:0.3", 10)
    t0 = np.sort(time_in(w, len(vict), 1, 16, 9.5, 18))
    contact = np.concatenate([f[:5], n[:5]])
    j = Journey(hooked=(1200, 3600), amounts=(30000, 50000, 80000, 120000, 200000, 300000), tranches=(1, 4),
                gap_h=(2, 26), video=0.5, install=True, warn=0.35, report=0.6)
    run_journeys(w, ppl, G07, vict, t0, j, contact)
    user_reports(w, G07, np.concatenate([n, f]), 4, 1, 16)


# ---- G08 AI face-swap video "boss" -------------------------------------------------------------------------
G08 = Gang("SC18-G08", "deepfake_boss", "acquaintance")
G08_SMS = ("我在开会不方便接电话，财务这边急需付一笔合同保证金，你先转到这个账户，回头补手续。",
           "小王，我是张总，刚才视频看到了吧，这个款今天必须付，办完跟我说。")


def setup_g08(w: World, ppl: People, ring: Ring) -> dict:
    rng = w.rng
    den = w.cell_in("CDTF")
    phones = w.new_imeis(2)
    cards = black_cards(w, G08, "fraud_caller", 4, 2, (3, 6.5), "agent-CDGX-05", den, phones, t_of(3, 10))
    G08.collect = [new_account(w, w.new_key("id"), ("ICBC", "CMB")[k % 2], T0 - int(rng.uniform(30, 200)) * DAY, -1)
                   for k in range(4)]
    truth_things(w, G08, phones, "fraud_caller", t_of(3, 10))
    return {"cards": cards}


def run_g08(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    n = nums(w, st["cards"])
    G08.numbers = n.tolist()
    opened = np.array([w.cards.get(c, "open_time") for c in st["cards"]])
    presence(w, n, opened + 3600, np.full(len(n), 2**40), data_per_day=2.0)
    for i, x in enumerate(n.tolist()):
        for k in range(2 if i < 2 else 1):
            acc = w.new_key("wx_")
            register(w, "wechat", acc, x, int(opened[i]) + 3600 + k * 600)
            w.add_truth("account", acc, "gang_member", G08.gid, G08.scheme, int(opened[i]))
    for a in G08.collect:
        w.add_truth("account", w.accounts.items[a], "mule_account", G08.gid, G08.scheme, T0)
    targets = np.unique(w.pools["office"][rng.integers(len(w.pools["office"]), size=45)])
    k = rng.integers(1, 3, size=len(targets))
    tt = np.repeat(targets, k)
    t = time_in(w, len(tt), 4, 17, 10, 17)
    caller = n[rng.integers(len(n), size=len(tt))]
    ans = rng.random(len(tt)) < 0.6
    w.emit("voice", t=t, caller=caller, callee=tt, duration_s=np.where(ans, rng.integers(40, 150, size=len(tt)), 0),
           ring_s=rng.integers(5, 40, size=len(tt)), result=np.where(ans, 0, 1), media=np.ones(len(tt), dtype=np.int64))
    tx = texts_with(w, G08_SMS)
    w.emit("sms", t=t + 200, sender=caller, receiver=tt, content=tx[rng.integers(len(tx), size=len(tt))])
    vict = victims(w, ppl, "office", 5)
    t0 = np.sort(time_in(w, len(vict), 4, 17, 10, 16.5))
    j = Journey(contact="video", hooked=(60, 180), amounts=(50000, 98000, 180000, 260000, 400000), tranches=(1, 2),
                gap_h=(0.3, 2), first_gap_h=(0.1, 0.5), web=False, follow_calls=(0, 1), video=1.0, warn=0.2, heed=0.7,
                report=0.8)
    run_journeys(w, ppl, G08, vict, t0, j, n)


# ---- G11 part-time "刷单" jobs for students ------------------------------------------------------------------
G11 = Gang("SC18-G11", "part_time_job", "part_time_job", domains=["jz-renwu.cc", "dz-task.vip"],
           app="com.renwu.dianzan")
G11_SMS = ("暑假兼职，手机点赞刷单，日结200-500，有意加QQ {q}", "【兼职】学生党在家可做，一单一结，下载 http://{d}/app 注册即送20元",
           "你好，看到你在找暑期工，轻松日赚300，加Q {q} 详聊", "亲，关注抖音账号即可领佣金 http://{d2}/j")


def setup_g11(w: World, ppl: People, ring: Ring) -> dict:
    rng = w.rng
    den = w.cell_in("NC")
    phones = w.new_imeis(2)
    cards = use_sold(w, G11, "fraud_sms_sender", ring.take(4, T0), 0, den, phones, t_of(0, 10))
    cards += black_cards(w, G11, "fraud_sms_sender", 8 - len(cards), 2, (-30, -5), "agent-NC-11", den, phones,
                         t_of(0, 10))
    G11.collect = [new_account(w, w.new_key("id"), ("ABC", "PSBC", "CCB")[k % 3], T0 - int(rng.uniform(20, 150)) * DAY,
                               -1) for k in range(6)]
    truth_things(w, G11, phones, "fraud_sms_sender", t_of(0, 10))
    return {"cards": cards}


def run_g11(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    n = nums(w, st["cards"])
    G11.numbers = n.tolist()
    k = len(n)
    presence(w, n, np.full(k, t_of(0, 9)), np.full(k, 2**40), data_per_day=1.0)
    for x in n.tolist():
        for _ in range(2):
            acc = w.new_key("qq_")
            register(w, "qq", acc, x, T0 - int(rng.uniform(1, 20)) * DAY)
            w.add_truth("account", acc, "gang_member", G11.gid, G11.scheme, T0)
    for a in G11.collect:
        w.add_truth("account", w.accounts.items[a], "mule_account", G11.gid, G11.scheme, T0)
    qq = [str(int(q)) for q in rng.integers(10**8, 10**10, size=6)]
    tx = np.concatenate([texts_with(w, G11_SMS, q=q, d=G11.domains[0], d2=G11.domains[1]) for q in qq])
    blast(w, n, np.zeros(k, dtype=np.int64), np.full(k, 17), (120, 220), (10, 23),
          "students:0.6,young:0.3,ext_any:0.1", tx)
    vict = victims(w, ppl, "uni:0.5,grad:0.3,service:0.2", 18)
    t0 = np.sort(time_in(w, len(vict), 0, 16, 10, 22))
    j = Journey(contact="sms", install=True, refund_first=(12, 60), amounts=(100, 300, 800, 1500, 3000, 8000),
                tranches=(3, 5), escalate=True, gap_h=(0.2, 1.5), follow_calls=(0, 0), warn=0.3, report=0.35,
                sms_text=int(tx[1]))
    run_journeys(w, ppl, G11, vict, t0, j, n)
    user_reports(w, G11, n, 3, 0, 16)


# ---- G12 fake flood-relief donations ----------------------------------------------------------------------
G12 = Gang("SC18-G12", "fake_donation", "other", domains=["dzhsz-juankuan.org", "xuanhan-jiuzai.cn"])
G12_SMS = ("【达州市红十字会】宣汉特大洪灾，紧急募捐，每一份爱心都是希望，捐款通道 http://{d}/jk",
           "宣汉洪灾群众急需救助，官方捐款平台 http://{d2} 支持微信支付宝，转发扩散！",
           "【四川慈善】洪灾救助爱心捐款，捐满100元可开具捐赠票据 http://{d}/pj")


def setup_g12(w: World, ppl: People, ring: Ring) -> dict:
    den = w.cell_in("CDSL")
    phones = w.new_imeis(2)
    cards = use_sold(w, G12, "fraud_sms_sender", ring.take(3, t_of(7, 6)), 7, den, phones, t_of(7, 8))
    cards += black_cards(w, G12, "fraud_sms_sender", 5 - len(cards), 3, (5, 6.8), "agent-CDSL-04", den, phones,
                         t_of(7, 8))
    truth_things(w, G12, phones, "fraud_sms_sender", t_of(7, 8))
    return {"cards": cards}


def run_g12(w: World, ppl: People, st: dict) -> None:
    n = nums(w, st["cards"])
    G12.numbers = n.tolist()
    k = len(n)
    opened = np.array([max(w.cards.get(c, "open_time"), w.cards.get(c, "switch_t")) for c in st["cards"]])
    presence(w, n, opened + 1800, np.full(k, 2**40), data_per_day=0.5)
    tx = texts_with(w, G12_SMS, d=G12.domains[0], d2=G12.domains[1])
    blast(w, n, np.full(k, 7), np.full(k, 16), (230, 380), (8, 22), "all:0.55,flood:0.15,ext_any:0.3", tx)
    vict = victims(w, ppl, "all:0.8,flood:0.2", 20)
    t0 = np.sort(time_in(w, len(vict), 7, 16, 8, 22))
    j = Journey(contact="sms", amounts=(50, 100, 200, 500, 1000, 2000), tranches=(1, 2), gap_h=(1, 24),
                first_gap_h=(0.05, 0.5), channel=3, follow_calls=(0, 0), warn=0.05, report=0.2, sms_text=int(tx[0]))
    run_journeys(w, ppl, G12, vict, t0, j, n)
    user_reports(w, G12, n, 3, 7, 16)


# ---- G13 sleeper cards (养卡) woken up for "cancel your campus loan" calls -----------------------------------------
G13 = Gang("SC18-G13", "sleeper_wake", "customer_service")


def setup_g13(w: World, ppl: People, ring: Ring) -> dict:
    rng = w.rng
    keeper = w.new_imeis(1)
    den = w.cell_in("CDSL")
    zg = w.cell_in("ZG")
    phones = w.new_imeis(3)
    wake = t_of(11, 9) + int(rng.integers(0, 3600))
    cards = black_cards(w, G13, "fraud_caller", 18, 3, (-240, -90), "agent-ZG-02", den, keeper, wake,
                        open_cell=zg)
    for i, c in enumerate(cards):
        w.cards.set(c, imei_b=int(phones[i % 3]), switch_t=wake + i * 60)
    truth_things(w, G13, np.concatenate([keeper, phones]), "fraud_caller", wake)
    return {"cards": cards, "wake": wake, "zg": zg}


def run_g13(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    n = nums(w, st["cards"])
    G13.numbers = n.tolist()
    k = len(n)
    # kept alive in the card farm's phone: a data session every few days, in Zigong
    per = rng.integers(1, 4, size=k)
    r = np.repeat(np.arange(k), per)
    t = T0 + (rng.uniform(0, 10.8, size=len(r)) * DAY).astype(np.int64)
    data_rows(w, n[r], t, median=2e5, cell=np.full(len(r), st["zg"]))
    presence(w, n, np.full(k, st["wake"]) + np.arange(k) * 60, np.full(k, 2**40), data_per_day=0.5)
    dial(w, G13, n, np.full(k, 11), np.full(k, 17), (60, 110), (9, 19), "young:0.5,students:0.2,ext_any:0.3", 0.2,
         25, callback=0.02)
    vict = victims(w, ppl, "young:0.6,students:0.4", 8)
    t0 = np.sort(time_in(w, len(vict), 11, 17, 9.5, 18.5))
    j = Journey(hooked=(900, 2400), amounts=(2000, 5000, 8000, 15000, 30000), tranches=(1, 3), gap_h=(0.3, 2),
                web=False, warn=0.25, report=0.45)
    run_journeys(w, ppl, G13, vict, t0, j, n)
    user_reports(w, G13, n, 4, 11, 16)
