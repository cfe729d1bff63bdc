"""Ordinary life in Jiangsu: calls and texts between family, colleagues and friends, service messages, phones on
the network, browsing, apps, shopping, wages, pensions, festival red envelopes, background reports and lists."""

from __future__ import annotations

import numpy as np
from acts import app_rows, calls, pay, presence, sms, truth, web
from core import (
    AIR_RAID_DRILL,
    DAY,
    DAYS,
    MID_AUTUMN,
    OFF_DAY,
    T0,
    S,
    join,
    lognorm,
    pick,
    repeat_days,
    times,
)
from world import APPS_EXTRA, CITIES, DOMAINS

P2P_TEXT = ["到家了吗", "晚上回来吃饭吗", "收到", "明天几点出发", "好的", "我在路上了", "记得带钥匙", "下班了没",
            "妈，我这周末回来", "群里通知看一下", "会议改到下午三点", "孩子放学我去接", "帮我带份饭", "电费交了吗",
            "周末一起吃饭？", "车停在B2了", "生日快乐！", "我手机快没电了", "药记得吃", "快递帮我拿一下"]
FESTIVE_TEXT = ["中秋快乐，阖家幸福！", "月圆人团圆，中秋节快乐", "祝您和家人中秋安康", "节日快乐，月饼收到了吗"]
OTP_PORTS = [86106900000001, 86106575551234, 86106902288888, 86106980095555, 86106550101234, 86106925100088]
OTP_BRANDS = ["【淘宝】", "【京东】", "【美团】", "【抖音】", "【支付宝】", "【滴滴出行】"]
MKT_PORTS = [86106911223344, 86106590001111, 86106930008888, 86106571230000]
MKT_TEXT = ["【盒马】中秋月饼礼盒满199减30，点击 https://m.hema.cn/mid 退订回T",
            "【苏宁易购】9.9大促最后一天 https://m.suning.com 拒收请回复R",
            "【携程】国庆出游早鸟价上线 https://m.ctrip.com/a 退订回TD",
            "【大润发】本周生鲜特价，会员积分翻倍，退订回T",
            "【移动】您有一份中秋流量包待领取 https://js.10086.cn/llb 退订回0000"]
BANK_NUM = {"ICBC": 8695588, "CCB": 8695533, "ABC": 8695599, "BOC": 8695566, "BOCOM": 8695559, "PSBC": 8695580,
            "CMB": 8695555}
GOV_NUM = 8612381  # MIIT's anti-fraud warning SMS number
CMCC = 8610086
WEATHER = 8612121


def run(w) -> None:
    voice(w)
    texts(w)
    devices(w)
    browsing(w)
    money(w)
    background_reports(w)


def _person_days(w, rate: np.ndarray, day_factor: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lam = rate[:, None] * day_factor[None, :]
    return repeat_days(w.rng.poisson(lam))


def _mine(w, p, d):
    """Keep the person-days on which the card is still its owner's."""
    keep = d < w.gone[p]
    return p[keep], d[keep]


def voice(w) -> None:
    rng, n = w.rng, w.n
    dayf = np.where(OFF_DAY, 0.85, 1.0)
    dayf[MID_AUTUMN] = 1.5
    dayf[MID_AUTUMN - 1] = 1.2
    p, d = _person_days(w, w.activity, dayf)
    p, d = _mine(w, p, d)
    prof = w.profile[p]
    t = np.empty(p.size, np.int64)
    for name in np.unique(prof):
        m = prof == name
        t[m] = times(rng, d[m], name)
    callee = w.contact(p)
    on = callee < n
    cnum = w.number(callee)
    ccell = np.full(p.size, -1)
    ccell[on] = w.where(callee[on], t[on])
    fam = on & (w.hh[np.minimum(callee, n - 1)] == w.hh[p])
    festive = (d == MID_AUTUMN) | (d == MID_AUTUMN - 1)
    video = rng.random(p.size) < np.where(fam | (w.age[p] == 4), 0.08, 0.02) + np.where(festive, 0.18, 0)
    # migrants video-calling their parents in another city
    video |= on & (w.city[np.minimum(callee, n - 1)] != w.city[p]) & (rng.random(p.size) < 0.15)
    calls(w, t, w.msisdn[p], cnum, caller_imei=w.imei[p], caller_imsi=w.imsi[p], caller_cell=w.where(p, t),
          callee_cell=ccell, p_answer=np.where(fam, 0.88, 0.78), dur=(70.0, 1.05), media=np.where(video, "video", "voice"))
    # other operators' friends calling in
    src, off = w.off_edges
    k = int(0.55 * n * DAYS)
    e = rng.integers(0, src.size, k)
    d = rng.integers(0, DAYS, k)
    t = times(rng, d, "day")
    calls(w, t, w.offnet[off[e]], w.msisdn[src[e]], callee_cell=w.where(src[e], t), p_answer=0.8, dur=(65.0, 1.0))
    # people calling shops, clinics, schools (fixed lines) in their city, and the odd business calling back
    adults = np.flatnonzero(w.age >= 2)
    k = int(0.12 * adults.size * DAYS)
    p = adults[rng.integers(0, adults.size, k)]
    d = rng.integers(0, DAYS, k)
    t = times(rng, d, "office")
    bi = rng.integers(0, w.biz_line.size, k)
    calls(w, t, w.msisdn[p], w.biz_line[bi], caller_imei=w.imei[p], caller_imsi=w.imsi[p], caller_cell=w.where(p, t),
          callee_cell=w.biz_cell[bi], p_answer=0.85, dur=(55.0, 0.8))
    k //= 3
    p = adults[rng.integers(0, adults.size, k)]
    t = times(rng, rng.integers(0, DAYS, k), "office")
    bi = rng.integers(0, w.biz_line.size, k)
    calls(w, t, w.biz_line[bi], w.msisdn[p], caller_cell=w.biz_cell[bi], callee_cell=w.where(p, t), p_answer=0.8,
          dur=(50.0, 0.8))
    # nuisance sales calls from other networks (unlabelled; each number rings a handful of people)
    k = int(0.05 * n * DAYS)
    spam = w.alloc.mobile(max(1, k // 6), [130, 131, 133, 153, 177, 180])
    p = rng.integers(0, n, k)
    t = times(rng, rng.integers(0, DAYS, k), "office")
    calls(w, t, spam[rng.integers(0, spam.size, k)], w.msisdn[p], callee_cell=w.where(p, t), p_answer=0.35,
          dur=(25.0, 0.8), reject_share=0.5)
    w.spam_numbers = spam


def texts(w) -> None:
    rng, n = w.rng, w.n
    dayf = np.ones(DAYS)
    dayf[MID_AUTUMN] = 3.0
    dayf[MID_AUTUMN - 1] = 1.8
    p, d = _person_days(w, np.where(w.age == 4, 0.1, 0.22), dayf)
    p, d = _mine(w, p, d)
    t = times(rng, d, "day")
    to = w.contact(p)
    festive = (d == MID_AUTUMN) | (d == MID_AUTUMN - 1)
    content = np.where(festive & (rng.random(p.size) < 0.6), pick(rng, FESTIVE_TEXT, p.size), pick(rng, P2P_TEXT, p.size))
    content[rng.random(p.size) < 0.35] = ""  # content not retained for many person-to-person texts
    sms(w, t, w.msisdn[p], w.number(to), content, sender_imei=w.imei[p], sender_cell=w.where(p, t))
    # verification codes
    p, d = _person_days(w, np.where(w.age == 4, 0.08, np.where(w.age == 0, 0.1, 0.45)), np.ones(DAYS))
    b = rng.integers(0, len(OTP_PORTS), p.size)
    code = (rng.integers(100000, 1000000, p.size)).astype(str)
    content = join(S(OTP_BRANDS, b), "您的验证码是", code, "，5分钟内有效，请勿泄露给他人。")
    sms(w, times(rng, d, "day"), np.array(OTP_PORTS)[b], w.msisdn[p], content)
    # marketing (fewer to the elderly)
    p, d = _person_days(w, np.where(w.age == 4, 0.05, 0.18), np.where(np.arange(DAYS) < MID_AUTUMN, 1.3, 0.8))
    b = rng.integers(0, len(MKT_PORTS), p.size)
    sms(w, times(rng, d, "office"), np.array(MKT_PORTS)[b], w.msisdn[p], S(MKT_TEXT, rng.integers(0, len(MKT_TEXT), p.size)))
    # operator: monthly bill on the first day, festival greeting, data top-up notices
    every = np.arange(n)
    sms(w, T0 + 9 * 3600 + rng.integers(0, 8 * 3600, n), CMCC, w.msisdn[every],
        "【中国移动】尊敬的客户，您8月账单已出，详情登录中国移动APP查询。")
    sms(w, T0 + MID_AUTUMN * DAY + 8 * 3600 + rng.integers(0, 3 * 3600, n), CMCC, w.msisdn[every],
        "【中国移动江苏公司】祝您中秋快乐！谨防冒充客服退款、刷单返利等电信网络诈骗，如有疑问请拨打96110。")
    # government: Nanjing's air-raid siren test (18 Sep), a typhoon warning for the coast, anti-fraud reminders
    nj = np.flatnonzero(w.city == 1)
    sms(w, T0 + (AIR_RAID_DRILL - 1) * DAY + 10 * 3600 + rng.integers(0, 4 * 3600, nj.size), 8612345, w.msisdn[nj],
        "【南京市人防办】9月18日10时全市试鸣防空警报，请市民不要惊慌。")
    coast = np.flatnonzero(np.isin(w.city, [3, 5, 9]))
    sms(w, T0 + 7 * DAY + 16 * 3600 + rng.integers(0, 2 * 3600, coast.size), WEATHER, w.msisdn[coast],
        "【江苏气象】台风蓝色预警：受台风影响，明后天沿海地区有大风和强降雨，请注意防范。")
    k = n // 3
    p = rng.integers(0, n, k)
    sms(w, times(rng, rng.integers(0, DAYS, k), "office"), GOV_NUM, w.msisdn[p],
        "【反诈提醒】公检法不会通过电话办案，不会要求转账到安全账户。接到可疑来电请拨打96110咨询。")
    for num, kind in ((np.array(OTP_PORTS), "otp_sms_port"), (np.array(MKT_PORTS), "marketing_sms_port"),
                      (np.array([CMCC]), "operator_service_number"), (np.array([8612345, WEATHER, GOV_NUM]), "government_sms")):
        truth(w, "msisdn", num, f"lookalike:{kind}")


def devices(w) -> None:
    active = np.arange(DAYS)[None, :] < w.gone[:, None]
    # phones attach once on the first day; location updates follow where people are
    presence(w, w.msisdn, w.imsi, w.imei, w.home, active, loc=1.3, data=1.7, profile="day",
             power_cycle=0.03, cell_fn=lambda e, t: w.where(e, t))


def browsing(w) -> None:
    rng, n = w.rng, w.n
    rate = np.array([2.5, 3.4, 2.8, 2.0, 0.8])[w.age]
    p, d = _mine(w, *_person_days(w, rate, np.ones(DAYS)))
    t = np.empty(p.size, np.int64)
    for name in np.unique(w.profile[p]):
        m = w.profile[p] == name
        t[m] = times(rng, d[m], name)
    dom = [x[0] for x in DOMAINS]
    wts = np.array([x[2] for x in DOMAINS], float)
    # a long tail of small legitimate sites (shops, local news, forums, schools)
    pre = pick(rng, ["js", "nj", "sz", "wx", "xz", "nt", "cz", "yz", "lyg", "tz", "jn", "ks"], 600)
    tld = pick(rng, ["com", "cn", "com.cn", "net"], 600)
    syl = ["mei", "shi", "hua", "yuan", "xin", "wen", "jia", "ju", "tian", "shu", "ke", "le", "bao", "fang", "che",
           "lv", "you", "cai", "long", "feng", "kang", "xue", "tang", "hu", "shan", "cheng", "edu", "bbs", "gou", "wu"]
    w1, w2 = pick(rng, syl, 600), pick(rng, syl, 600)
    tail = sorted({f"{a}{b}{c}.{d}" for a, b, c, d in zip(pre, w1, w2, tld, strict=True)})
    alld = dom + tail
    allw = np.r_[wts, np.full(len(tail), wts.sum() * 0.12 / len(tail))]
    di = rng.choice(len(alld), p.size, p=allw / allw.sum())
    ips = [f"{rng.integers(36, 223)}.{rng.integers(0, 256)}.{rng.integers(0, 256)}.{rng.integers(1, 255)}" for _ in alld]
    apps = [x[1] for x in DOMAINS] + [""] * len(tail)
    web(w, t, w.msisdn[p], S(alld, di), ip=S(ips, di), app=S(apps, di))
    w.legit_domains, w.legit_ips = alld, ips
    # app use and the odd install from an app store
    pk = [x[1] for x in DOMAINS if x[1]] + APPS_EXTRA
    pw = np.array([x[2] for x in DOMAINS if x[1]] + [0.3] * len(APPS_EXTRA))
    p, d = _mine(w, *_person_days(w, np.where(w.age == 4, 0.2, 0.6), np.ones(DAYS)))
    app_rows(w, times(rng, d, "day"), w.msisdn[p], S(pk, rng.choice(len(pk), p.size, p=pw / pw.sum())), "use")
    p, d = _person_days(w, np.full(n, 0.02), np.ones(DAYS))
    a = rng.choice(len(pk), p.size, p=pw / pw.sum())
    store = rng.integers(0, 4, p.size)
    src = join(S(["https://appgallery.huawei.com/app/", "https://app.mi.com/details?id=", "https://apps.apple.com/cn/app/",
                  "https://sj.qq.com/appdetail/"], store), S(pk, a))
    app_rows(w, times(rng, d, "day"), w.msisdn[p], S(pk, a), "install", src)


def money(w) -> None:
    rng = w.rng
    has = w.main_acct >= 0
    adults = np.flatnonzero(has)
    acct = w.acct_id
    # shopping: QR payments to merchants of one's own city
    rate = np.where(w.age[adults] == 4, 0.25, 0.55)
    e, d = repeat_days(rng.poisson(rate[:, None] * np.where(OFF_DAY, 1.3, 1.0)[None, :]))
    p = adults[e]
    t = times(rng, d, "meals")
    by_city = [np.flatnonzero(w.merchant_city == c) for c in range(len(CITIES))]
    mi = np.empty(p.size, np.int64)
    for c in range(len(CITIES)):
        m = w.city[p] == c
        cand = by_city[c] if by_city[c].size else np.arange(w.merchant.size)
        pw = w.merchant_w[cand] / w.merchant_w[cand].sum()
        mi[m] = cand[rng.choice(cand.size, m.sum(), p=pw)]
    ch = np.where(w.age[p] == 4, pick(rng, ["counter", "third_party", "mobile_app"], p.size, [0.25, 0.45, 0.3]),
                  pick(rng, ["third_party", "mobile_app"], p.size, [0.75, 0.25]))
    amt = np.where(rng.random(p.size) < 0.04, lognorm(rng, 1200, 0.8, p.size), lognorm(rng, 38, 0.9, p.size))
    pay(w, t, acct[w.main_acct[p]], w.merchant[mi], amt, channel=ch, msisdn=w.msisdn[p])
    # transfers to family and friends; red envelopes around Mid-Autumn
    dayf = np.ones(DAYS)
    dayf[MID_AUTUMN - 2: MID_AUTUMN + 1] = [2, 4, 5]
    e, d = repeat_days(rng.poisson(0.04 * dayf[None, :].repeat(adults.size, 0)))
    p = adults[e]
    q = w.contact(p)
    ok = (q < w.n) & (w.main_acct[np.minimum(q, w.n - 1)] >= 0)
    p, q, d = p[ok], q[ok], d[ok]
    festive = (d >= MID_AUTUMN - 2) & (d <= MID_AUTUMN)
    amt = np.where(festive, pick(rng, [88, 188, 200, 520, 666, 888, 1000], p.size), lognorm(rng, 300, 1.0, p.size))
    pay(w, times(rng, d, "evening"), acct[w.main_acct[p]], acct[w.main_acct[q]], amt, channel="mobile_app", msisdn=w.msisdn[p])
    # wages on each employer's pay day
    wk = np.flatnonzero(has & (w.team >= 0) & (w.age >= 1))
    pd = w.payday[w.team[wk]]
    base = np.select([w.occ[wk] == 2, np.isin(w.occ[wk], [3, 4])], [8200, 6100], 5200)
    t = T0 + pd * DAY + 10 * 3600 + rng.integers(0, 5 * 3600, wk.size)
    pay(w, t, w.employer_of_team[w.team[wk]], acct[w.main_acct[wk]], lognorm(rng, 1, 0.25, wk.size) * base, channel="counter")
    # pensions on the 15th (Mid-Autumn falls on it this year: paid the day before)
    el = np.flatnonzero(has & (w.age == 4))
    pay(w, T0 + (MID_AUTUMN - 1) * DAY + 6 * 3600 + rng.integers(0, 3600, el.size), "ut_pension_js", acct[w.main_acct[el]],
        lognorm(rng, 3100, 0.3, el.size), channel="counter")
    # electricity / water / phone bills, once each in the period for many
    k = adults[rng.random(adults.size) < 0.45]
    pay(w, times(rng, rng.integers(0, DAYS, k.size), "evening"), acct[w.main_acct[k]],
        pick(rng, ["ut_stategrid_js", "ut_water_js", "ut_gas_js", "ut_cmcc_js"], k.size), lognorm(rng, 120, 0.6, k.size),
        channel="third_party", msisdn=w.msisdn[k])
    # cash at ATMs
    k = adults[rng.random(adults.size) < np.where(w.age[adults] == 4, 0.3, 0.12)]
    atm = join("ATM-", S([c[1] for c in CITIES], w.city[k]), "-", (rng.integers(1, 400, k.size)).astype(str))
    pay(w, times(rng, rng.integers(0, DAYS, k.size), "day"), acct[w.main_acct[k]], atm,
        pick(rng, [200, 500, 1000, 2000, 3000], k.size), channel="atm")
    # bank notices for wages and pensions
    rec = np.r_[wk, el]
    bank_of = pick(rng, list(BANK_NUM), rec.size)
    sms(w, T0 + np.r_[pd, np.full(el.size, MID_AUTUMN - 1)] * DAY + 16 * 3600 + rng.integers(0, 3600, rec.size),
        np.array([BANK_NUM[b] for b in bank_of]), w.msisdn[rec],
        join("【", S(list(BANK_NUM), [list(BANK_NUM).index(b) for b in bank_of]), "】您尾号", (rng.integers(1000, 9999, rec.size)).astype(str),
             "的账户收入人民币，余额请登录手机银行查询。"))
    truth(w, "msisdn", np.array(list(BANK_NUM.values())), "lookalike:bank_notice_sms")


def background_reports(w) -> None:
    """Old fraud numbers (closed long ago) still on lists and in reports; nuisance-call user reports."""
    rng = w.rng
    old = w.alloc.mobile(120, [170, 171, 165, 167, 130, 131])
    t = T0 - rng.integers(30, 400, old.size) * DAY
    w.feed.add("reports", time=t, entity_type="msisdn", entity=old.astype(str).astype(object), label="fraud",
               fraud_type=pick(rng, ["impersonate_police", "loan", "customer_service", "part_time_job", "investment"], old.size),
               loss_amount=np.where(rng.random(old.size) < 0.5, lognorm(rng, 20000, 1.2, old.size), 0.0),
               source=pick(rng, ["police", "user_report"], old.size, [0.6, 0.4]))
    w.feed.add("lists", entity_type="msisdn", entity=old[:80].astype(str).astype(object), list="block",
               reason="fraud reported by police", added_time=t[:80], expires_time=t[:80] + 365 * DAY)
    # users reporting nuisance sales calls as fraud (noise in the labels)
    sp = w.spam_numbers[: max(1, w.spam_numbers.size // 20)]
    w.feed.add("reports", time=times(rng, rng.integers(0, 10, sp.size), "day"), entity_type="msisdn",
               entity=sp.astype(str).astype(object), label="fraud", fraud_type="other", loss_amount=0.0, source="user_report")
    # allow list: banks, government and the operator's service numbers
    allow = np.r_[np.array(list(BANK_NUM.values())), 8612381, 8696110, 8612345, 8610086, 8612121]
    w.feed.add("lists", entity_type="msisdn", entity=allow.astype(str).astype(object), list="allow",
               reason="official service number", added_time=T0 - 900 * DAY)
    hr = ["855", "95", "63", "856", "84"]
    w.feed.add("lists", entity_type="msisdn", entity=np.array(hr, object), list="high_risk_region",
               reason=np.array(["calling code prefix: Cambodia", "calling code prefix: Myanmar", "calling code prefix: Philippines",
                                "calling code prefix: Laos", "calling code prefix: Vietnam"], object), added_time=T0 - 200 * DAY)
    # old closed cards of ordinary people (the subscriber file keeps them)
    k = w.n // 30
    own = rng.integers(0, w.n, k)
    num = w.alloc.mobile(k)
    opened = T0 - rng.integers(800, 5000, k) * DAY
    w.feed.add("subscribers", msisdn=num, imsi=w.alloc.imsi(k), id_key=w.id_key[own], id_type="resident_id",
               customer_type="personal", line_type="mobile", operator="CMCC-JS", open_time=opened, open_channel="HALL",
               open_cell=w.home[own], status="closed", status_time=opened + rng.integers(100, 700, k) * DAY,
               is_prepaid=True, home_region=np.array([c[0] for c in CITIES], object)[w.city[own]])
