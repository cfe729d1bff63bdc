"""Innocent bulk texters: mine shift modems, teachers, the weather bureau, wedding invitations with links,
the heating company's summer prepayment, airline and ETC notices, tutors, a mall's Naadam lottery, a legitimate
summer-job agency, camp booking confirmations, sumu social-security notices about pension authentication."""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date
from .look_calls import HERD, social

SPECS = {
    "mine_shift_sms_modem": dict(n=2, zones=["eds_ejinhoro_mines"], customer="enterprise", device="modem", book=550,
                                 own=0.8, personas=["miner"], sends="twice_daily", per_send=0.9,
                                 texts=["【伊金霍洛矿业】今日夜班出勤通知：请20:00前到矿灯房签到，井下严禁携带手机。",
                                        "【伊金霍洛矿业】早班注意：3号工作面今日检修，请按调度安排到岗。"]),
    "school_teacher_bulk_sms": dict(n=10, zones=["hhht_xincheng", "bt_qingshan", "cf_hongshan", "eds_dongsheng"],
                                    book=45, own=0.5, personas=["urban_worker", "civil_servant", "elderly"],
                                    sends="weekly", texts=["【暑期安全】各位家长：暑假请看护好孩子，严防溺水，不到野河野塘游泳。",
                                                           "各位家长好，暑假作业清单见 https://{u}，开学前按时完成。"],
                                    domain="jyj.huhhot.gov.cn", ip="218.21.128.44", visit_p=0.2),
    "weather_bureau_hail_alert": dict(n=3, zones=["xl_xilinhot", "hlbr_hailar", "eds_otog"], customer="enterprise",
                                      device="modem", book=700, own=0.75, personas=["herder"], sends="storm",
                                      texts=["【气象预警】明天午后我旗有强雷暴、冰雹、大风，请牧民提前归牧，详情 http://{u}"],
                                      domain="nm.weather.com.cn", ip="219.239.93.70", visit_p=0.03),
    "wedding_e_invitation_sender": dict(n=8, zones=["hhht_saihan", "bt_kundulun", "cf_hongshan", "tl_horqin"],
                                        book=160, own=0.5, sends="once", per_send=1.0,
                                        texts=["诚邀您参加我们的婚礼，7月20日中午12点，电子请柬 https://{u}"],
                                        domain="h5.xiyan520.cn", ip="121.43.77.12", visit_p=0.25,
                                        domain_kind="wedding_einvite_domain"),
    "heating_company_prepay_notice": dict(n=3, zones=["bt_kundulun"], customer="enterprise", device="modem",
                                          book=1500, own=0.9, areas=[472], sends="twice",
                                          texts=["【包头热力】2035-2036采暖季预缴费7月31日前享9.5折，公众号或 https://{u} 缴费，谨防假冒链接。"],
                                          domain="pay.btrl.com.cn", ip="218.21.150.8", visit_p=0.05, pay_p=0.35,
                                          domain_kind="heating_payment_domain"),
    "airline_cancellation_notice": dict(a2p=8695530, book=300, own=1.0, travellers=True, sends="storm_once",
                                        texts=["【东方航空】受雷雨影响，您7月17日海拉尔-北京航班取消，可免费改退，详见 https://{u}"],
                                        domain="m.ceair.com", ip="101.227.7.31", visit_p=0.3),
    "etc_service_center_notice": dict(a2p=8695022, book=800, own=1.0, personas=["trucker", "urban_worker"],
                                      sends="weekly", texts=["【蒙通卡】您的ETC记账卡7月通行费账单已出，请按时存足余额，官方查询 https://{u}"],
                                      domain="etc.nmjt.gov.cn", ip="218.21.131.9", visit_p=0.02),
    "tutoring_summer_class_sms": dict(n=5, zones=["hhht_saihan", "bt_qingshan", "eds_kangbashi"], book=300, own=0.5,
                                      personas=["urban_worker", "civil_servant"], sends="weekly",
                                      texts=["【启航教育】暑期初高中数学物理提分班，名额有限，咨询请回电本号。"]),
    "mall_naadam_promo_sms": dict(n=2, zones=["xl_xilinhot"], customer="enterprise", device="modem", book=1000,
                                  own=0.6, areas=[479], sends="naadam",
                                  texts=["【锡林浩特万达】那达慕狂欢节满200元抽奖赢骏马摆件，活动详情 https://{u}"],
                                  domain="wx.xlht-wanda.cn", ip="47.93.12.40", visit_p=0.02,
                                  domain_kind="mall_promo_domain"),
    "student_summer_job_agency": dict(n=4, zones=["hhht_saihan"], book=400, own=0.5, personas=["student"],
                                      sends="weekly", inbound=12,
                                      texts=["【伊利暑期工】乳品包装、景区服务员，日薪180元包吃住，不收任何费用，面试地址金川开发区。"]),
    "camp_booking_confirmation_sms": dict(n=6, zones=["hlbr_mergel_camps", "xl_zhenglan", "hlbr_ergun"], book=150,
                                          own=0.3, travellers=True, sends="daily_small",
                                          texts=["【金帐汗部落】订单确认：蒙古包1间，尾款到店支付，行程咨询本号 https://{u}"],
                                          domain="pay.hlbrtour.cn", ip="218.21.160.77", visit_p=0.3,
                                          domain_kind="camp_payment_domain"),
    "sumu_pension_auth_notice": dict(n=6, zones=HERD, book=200, own=0.8, personas=["elderly", "herder"],
                                     sends="twice", imei_kind="feature",
                                     texts=["【苏木社保所】请月底前本人带身份证到苏木或在'内蒙古人社'APP完成养老金资格认证，我所不会发任何链接。"]),
}


def send_days(rng, sends, n, days):
    """(entity, day, hour) of each sending round."""
    if sends == "twice_daily":
        e = np.repeat(np.arange(n), 2 * days)
        d = np.tile(np.repeat(np.arange(days), 2), n)
        h = np.tile(np.array([6.3, 18.3]), n * days)
    elif sends == "weekly":
        k = rng.integers(2, 5, n)
        e = np.repeat(np.arange(n), k)
        d = rng.integers(0, days, len(e))
        h = rng.uniform(9, 20, len(e))
    elif sends == "storm":
        sd = np.array([6, 7, 11]) % days
        e = np.repeat(np.arange(n), len(sd) * 2)
        d = np.tile(np.repeat(sd, 2), n)
        h = np.tile(np.array([7.5, 16.0] * len(sd)), n)
    elif sends == "storm_once":
        e, d, h = np.zeros(2, dtype=np.int64), np.array([8, 9]) % days, np.array([18.2, 6.5])
    elif sends == "once":
        e = np.arange(n)
        d = rng.integers(0, days - 1, n)
        h = rng.uniform(9, 21, n)
    elif sends == "twice":
        e = np.repeat(np.arange(n), 2)
        d = np.tile(np.array([1, 8]) % days, n)
        h = rng.uniform(9, 17, len(e))
    elif sends == "naadam":
        dd = np.arange(2, 7)
        e = np.repeat(np.arange(n), len(dd))
        d = np.tile(dd, n)
        h = rng.uniform(10, 19, len(e))
    else:  # daily_small
        e = np.repeat(np.arange(n), days)
        d = np.tile(np.arange(days), n)
        h = rng.uniform(9, 21, len(e))
    return e, d, h


def texter(w, kind, *, book, own, sends, texts, n=1, zones=None, customer="personal", device="smart",
           personas=None, areas=None, per_send=None, domain=None, ip=None, visit_p=0.0, domain_kind=None,
           a2p=None, travellers=False, inbound=0.0, pay_p=0.0, imei_kind=None):
    rng = w.rng("look-" + kind)
    days = w.days
    if a2p:
        L = None
        nums = np.array([a2p], dtype=np.int64)
        n = 1
    else:
        lic = w.ids.id_keys(1)[0] if customer == "enterprise" else None
        zi = [zones[i % len(zones)] for i in range(n)]
        parts = []
        for z in sorted(set(zi)):
            k = zi.count(z)
            ik = imei_kind or ("modem" if device == "modem" else "smart")
            parts.append(kit.open_lines(w, k, z, opened=rng.integers(t_date(2016, 1, 1), t_date(2034, 12, 1), k),
                                        id_keys=lic, customer=customer, imei_kind=ik,
                                        id_type="business_license" if lic is not None else "resident_id",
                                        prepaid=lic is None, rng=rng))
        L = kit.Lines(*[np.concatenate([getattr(p, f) for p in parts]) for f in
                        ("msisdn", "imsi", "imei", "cell", "id_key", "opened")])
        nums = L.msisdn
        n = len(L)
    if travellers:
        tr = np.flatnonzero(w.pop.trip_zone >= 0)
        k_own = int(book * n * own)
        bk_own = w.pop.msisdn[rng.choice(tr, min(k_own, len(tr)), replace=False)]
        bk = np.concatenate([bk_own, w.ids.offnet(book * n - len(bk_own))])
        bk = bk[rng.permutation(len(bk))].reshape(n, book)
    else:
        bk = kit.strangers(w, rng, book * n, own, personas=personas, areas=areas).reshape(n, book)
    e, d, h = send_days(rng, sends, n, days)
    frac = per_send if per_send is not None else (0.08 if sends == "daily_small" else 0.85)
    k = np.maximum(1, rng.binomial(book, frac, len(e)))
    r = np.repeat(np.arange(len(e)), k)
    j = np.concatenate([rng.permutation(book)[:x] for x in k.tolist()])
    jj = np.concatenate([np.arange(x) for x in k.tolist()])
    spacing = 3 if (device == "modem" or a2p) else 25
    t = (d[r] * DAY + h[r] * HOUR).astype(np.int64) + jj * rng.integers(1, spacing + 1, len(r))
    rcv = bk[e[r], j]
    body = np.array(texts, dtype=object)[rng.integers(0, len(texts), len(r))]
    if domain:
        tok = rng.integers(10**5, 10**6, len(r))
        body = np.array([b.replace("{u}", f"{domain}/{x}") for b, x in zip(body.tolist(), tok.tolist(), strict=True)],
                        dtype=object)
    if L is None:
        kit.text(w, t, nums[0], rcv, body)
    else:
        kit.text(w, t, nums[e[r]], rcv, body, imei=L.imei[e[r]], cell=L.cell[e[r]])
    if domain and visit_p:
        pi = kit.pop_index(w, rcv)
        v = (pi >= 0) & (rng.random(len(r)) < visit_p)
        v &= w.pop.smart[np.maximum(pi, 0)]
        tv = t[v] + rng.integers(60, 6 * HOUR, int(v.sum()))
        kit.visit(w, rng, tv, rcv[v], domain, url=np.array([f"https://{domain}/{x}" for x in
                                                            rng.integers(10**5, 10**6, int(v.sum())).tolist()],
                                                           dtype=object), ip=ip)
        if pay_p:
            payer = pi[v]
            ok = (rng.random(len(payer)) < pay_p) & (w.pop.account[payer] != None)  # noqa: E711
            comp = w.ids.accounts(1)
            kit.bank_open(w, comp, w.ids.id_keys(1), "ICBC", t_date(2009, 5, 1))
            kit.pay(w, tv[ok] + rng.integers(60, 900, int(ok.sum())), w.pop.account[payer[ok]], comp[0],
                    rng.uniform(1800, 4200, int(ok.sum())), "third_party", w.pop.msisdn[payer[ok]])
            w.look(kind, "account", comp, 0)
        if domain_kind:
            w.look(domain_kind, "domain", [domain], 0)
    if L is not None and device != "modem":
        act = np.ones((n, days), dtype=bool)
        social(w, rng, L, act)
        kit.presence(w, rng, L, act, data_rate=2.0 if imei_kind != "feature" else 0.1, loc_rate=1.0)
    elif L is not None:
        kit.presence(w, rng, L, np.ones((n, days), dtype=bool), loc_rate=0.3, power=False)
    if inbound and L is not None:
        ie, idd = kit.per_day(rng, n, days, inbound, None, 0.3)
        ti = kit.hours(rng, len(ie), 9, 21, idd)
        src = bk[ie, rng.integers(0, book, len(ie))]
        pi = kit.pop_index(w, src)
        kit.dial(w, rng, ti, src, nums[ie], imei=np.where(pi >= 0, w.pop.imei[np.maximum(pi, 0)], 0),
                 cell=np.where(pi >= 0, w.pop.home[np.maximum(pi, 0)], -1), p_answer=0.85, med=120)
    w.look(kind, "msisdn", nums, None if L is None else L.opened)


def build(w):
    for kind, spec in SPECS.items():
        texter(w, kind, **spec)
