"""Everyday life of the province's subscribers (vectorised)."""

from __future__ import annotations

import numpy as np
from core import DAY, DAYS, END, START, YEAR, V, day0, hexkeys, local_hour, sample_tod, weekday
from world import (
    A2P,
    APP_P,
    APP_PKG,
    BUSINESS,
    CIVIL,
    DOMAINS,
    OFFICE,
    PLATFORMS,
    RETIREE,
    STUDENT,
    WORKER,
    World,
)

CHAT = ["到家了没", "晚上回来吃饭吗", "明天去赶圩，要带什么", "孩子放学我去接", "收到，谢谢", "好的", "在开会，晚点回你",
        "妈，我这周末回去", "老友粉店门口等你", "下个月喝喜酒记得来", "螺蛳粉买好了", "明天几点出发", "货到了没有",
        "帮我问一下价格", "周末去青秀山走走", "今天不加班", "快递帮我拿一下", "记得吃药", "车在楼下了", "十分钟到"]
CODE_TPL = {"wechat": "【微信】验证码{c}，用于登录，5分钟内有效。泄露有风险。",
            "alipay": "【支付宝】校验码{c}，您正在进行身份验证，请勿泄露。",
            "taobao": "【淘宝】验证码{c}，您正在登录，若非本人操作请忽略。",
            "douyin": "【抖音】验证码{c}，用于手机登录，5分钟内有效。",
            "pdd": "【拼多多】您的验证码是{c}，请勿告诉他人。",
            "meituan": "【美团】{c}（登录验证码），请在5分钟内完成验证。"}
EXPRESS = ["【菜鸟驿站】您的包裹已到{p}驿站，取件码{c}，请于21点前取件。",
           "【中通快递】您的快件已由{p}网点派送，取件码{c}。",
           "【京东】您的订单已送达{p}自提点，取件码{c}。"]
PLACE_NAMES = ["民族大道", "朝阳路", "西乡塘", "七星路", "中山路", "万达", "江南", "五一路", "东环", "城北"]


def ordinary_life(w: World):
    rng = w.rng
    n, m = w.N, w.M
    # ---------------------------------------------------------------- calls among contacts, to businesses, wrong numbers
    home = ~w.abroad
    lam = np.concatenate([w.lam * home, np.full(m, .45)])
    actor, t = w.schedule(n + m, lam, profile="normal", weekend=.9)
    on = actor < n
    u = rng.random(actor.size)
    kind = np.where(~on, 0, np.where(u < .86, 0, np.where(u < .955, 1, 2)))  # 0 contact, 1 business, 2 stranger
    callee_node = w.contact_of(actor)
    kind = np.where(callee_node < 0, 1, kind)
    kind = np.where(~on & (callee_node < 0), 3, kind)  # off-net without on-net contacts: nothing
    keep = kind != 3
    actor, t, kind, callee_node = actor[keep], t[keep], kind[keep], callee_node[keep]
    nb = len(w.biz_msisdn)
    biz_pick = rng.integers(0, nb, actor.size)
    hot = rng.random(actor.size) < .25
    callee = np.where(kind == 0, w.node_msisdn(np.maximum(callee_node, 0)),
                      np.where(hot, w.hotlines[rng.integers(0, len(w.hotlines), actor.size)], w.biz_msisdn[biz_pick]))
    strange = kind == 2
    sn = rng.integers(0, n + m, strange.sum())
    callee[strange] = w.node_msisdn(sn)
    callee_node = np.where(kind == 0, callee_node, np.where(strange, 0, -1))
    callee_node[strange] = sn
    p_ans = np.select([kind == 0, kind == 1], [.86, .82], .3)
    res, dur, ring = w.outcome(actor.size, p_ans, med=np.where(kind == 1, 50, 75), sig=.95, p_busy=.04, p_rej=.03)
    on = actor < n
    caller = w.node_msisdn(actor)
    a_on = np.minimum(actor, n - 1)
    ccell = np.where(on, w.cell_at(a_on, t), -1)
    cn = np.minimum(callee_node, n - 1)
    callee_on = (callee_node >= 0) & (callee_node < n)
    ecell = np.where(callee_on, w.cell_at(np.maximum(cn, 0), t), -1)
    ecell = np.where(kind == 1, np.where(hot, -1, w.biz_cell[biz_pick]), ecell)
    video = (kind == 0) & (rng.random(actor.size) < np.where(w.age[a_on] >= 55, .06, .025)) & w.smart[a_on] & on
    ctype = np.where((kind == 1) & ~hot, "fixed", "mobile").astype(object)
    # roaming out: population members on a trip abroad are handled by look-alikes; here everyone is at home
    w.recs.add("voice", start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=res,
               caller_imei=np.where(on, w.imei[a_on], -1), caller_imsi=np.where(on, w.imsi[a_on], -1),
               caller_cell=w.cellcode(ccell), callee_cell=w.cellcode(ecell), call_type=ctype,
               media=np.where(video, "video", "voice").astype(object))
    # businesses call back some customers (deliveries, appointments)
    bi, bt = w.schedule(nb, 2.5, profile="business", weekend=.5)
    cust = rng.integers(0, n, bi.size)
    res, dur, ring = w.outcome(bi.size, .8, med=45)
    w.recs.add("voice", start_time=bt, caller=w.biz_msisdn[bi], callee=w.msisdn[cust], duration_s=dur, ring_s=ring,
               result=res, caller_cell=w.cellcode(w.biz_cell[bi]), callee_cell=w.cellcode(w.cell_at(cust, bt)),
               call_type="fixed", media="voice")

    # ---------------------------------------------------------------- person-to-person SMS
    a, t = w.schedule(n, np.where(w.age < 50, .22, .1) * home, profile="normal")
    rcv = w.contact_of(a)
    ok = rcv >= 0
    a, t, rcv = a[ok], t[ok], rcv[ok]
    txt = np.array(CHAT, dtype=object)[rng.integers(0, len(CHAT), a.size)]
    txt[rng.random(a.size) < .2] = None
    w.recs.add("sms", send_time=t, sender=w.msisdn[a], receiver=w.node_msisdn(rcv), content=txt,
               sender_imei=w.imei[a], sender_cell=w.cellcode(w.cell_at(a, t)))
    # ---------------------------------------------------------------- service messages (A2P)
    smart = w.smart & home
    a, t = w.schedule(n, np.where(smart, .22, 0), profile="data")
    plat = np.array(list(CODE_TPL), dtype=object)[rng.integers(0, len(CODE_TPL), a.size)]
    code = rng.integers(100000, 999999, a.size)
    txt = np.array([CODE_TPL[p].format(c=c) for p, c in zip(plat.tolist(), code.tolist(), strict=True)], dtype=object)
    snd = np.array([A2P[p] for p in plat.tolist()], np.int64)
    w.recs.add("sms", send_time=t, sender=snd, receiver=w.msisdn[a], content=txt)
    # parcels, more after Double 11
    rate = np.where(smart & (w.age < 65), .12, .02)
    a, t = w.schedule(n, rate, profile="business")
    extra_a, extra_t = w.schedule(n, rate * 1.5, start=START + 7 * DAY, end=START + 12 * DAY, profile="business")
    a, t = np.concatenate([a, extra_a]), np.concatenate([t, extra_t])
    tpl = rng.integers(0, len(EXPRESS), a.size)
    pl = np.array(PLACE_NAMES, dtype=object)[rng.integers(0, len(PLACE_NAMES), a.size)]
    code = rng.integers(1000, 9999, a.size)
    txt = np.array([EXPRESS[k].format(p=p, c=f"{c // 100}-{c % 100}-{(c * 7) % 1000}")
                    for k, p, c in zip(tpl.tolist(), pl.tolist(), code.tolist(), strict=True)], dtype=object)
    snd = np.where(tpl == 2, A2P["jd"], A2P["cainiao"])
    w.recs.add("sms", send_time=t, sender=snd, receiver=w.msisdn[a], content=txt)
    # operator: data-allowance reminders
    a, t = w.schedule(n, .05, profile="business")
    w.recs.add("sms", send_time=t, sender=10086, receiver=w.msisdn[a],
               content="【中国移动】尊敬的客户，您本月套餐内通用流量已使用80%，如需加油包请回复KT。")
    # 12306 tickets for trips
    tr = np.flatnonzero(w.trip_start > 0)
    w.recs.add("sms", send_time=w.trip_start[tr] - rng.integers(DAY, 3 * DAY, tr.size), sender=12306,
               receiver=w.msisdn[tr], content="【铁路客服】订单已购票成功，请携带购票证件乘车，祝您旅途愉快。")

    # ---------------------------------------------------------------- devices
    pri = ~w.secondary
    nodes = np.arange(n)
    a, t = w.schedule(n, np.where(smart, np.where(pri, 3.2, .6), 0), profile="data")
    by = np.clip(rng.lognormal(np.log(4e6), 1.3, a.size), 5e3, 3e9).astype(np.int64)
    w.recs.add("device", time=t, msisdn=w.msisdn[a], imsi=w.imsi[a], imei=w.imei[a],
               cell=w.cellcode(w.cell_at(a, t)), event="data_session", bytes=by)
    # commuting location updates
    days = np.arange(DAYS)
    mv = (w.home != w.work) & home
    nd = np.repeat(nodes[mv], DAYS)
    dd = np.tile(days, mv.sum())
    wk = weekday(dd) < 5
    nd, dd = nd[wk], dd[wk]
    t1 = day0(dd) + 8 * 3600 + rng.integers(0, 3600, nd.size)
    t2 = day0(dd) + 18 * 3600 + rng.integers(0, 5400, nd.size)
    for tt, cc in ((t1, w.work[nd]), (t2, w.home[nd])):
        w.recs.add("device", time=tt, msisdn=w.msisdn[nd], imsi=w.imsi[nd], imei=w.imei[nd], cell=w.cellcode(cc),
                   event="location_update")
    # trips: location updates on arrival
    w.recs.add("device", time=w.trip_start[tr] + 60, msisdn=w.msisdn[tr], imsi=w.imsi[tr], imei=w.imei[tr],
               cell=w.cellcode(w.trip_cell[tr]), event="location_update")
    w.recs.add("device", time=w.trip_end[tr] + 60, msisdn=w.msisdn[tr], imsi=w.imsi[tr], imei=w.imei[tr],
               cell=w.cellcode(w.home[tr]), event="location_update")
    # some switch their phone off at night (more of the elderly)
    a, t = w.schedule(n, np.where(w.age >= 60, .35, .04) * home, profile=[0] * 21 + [1, 2, 1])
    for ev, dt in (("detach", 0), ("power_off", 1)):
        w.recs.add("device", time=t + dt, msisdn=w.msisdn[a], imsi=w.imsi[a], imei=w.imei[a],
                   cell=w.cellcode(w.home[a]), event=ev)
    ton = t - t % DAY + DAY + 6 * 3600 + rng.integers(-1800, 5400, a.size)
    ton = np.where(local_hour(t) < 12, t + 7 * 3600, ton)
    ok = ton < END
    for ev, dt in (("power_on", 0), ("attach", 2)):
        w.recs.add("device", time=ton[ok] + dt, msisdn=w.msisdn[a[ok]], imsi=w.imsi[a[ok]], imei=w.imei[a[ok]],
                   cell=w.cellcode(w.home[a[ok]]), event=ev)
    # cards opened during the period: first attach
    new = np.flatnonzero(w.open_time >= START)
    w.recs.add("device", time=w.open_time[new] + rng.integers(300, 3600, new.size), msisdn=w.msisdn[new],
               imsi=w.imsi[new], imei=w.imei[new], cell=w.cellcode(w.home[new]), event="attach")

    # ---------------------------------------------------------------- web
    dw = np.array([d[1] for d in DOMAINS])
    dn = np.array([d[0] for d in DOMAINS], dtype=object)
    dapp = np.array([d[2] for d in DOMAINS], dtype=object)
    a, t = w.schedule(n, np.where(smart & pri, 2.4, 0), profile="data")
    di = rng.choice(len(DOMAINS), a.size, p=dw / dw.sum())
    ipk = rng.integers(0, 3, a.size)
    ips = np.array([w.domain_ips[d][k] for d, k in zip(dn[di].tolist(), ipk.tolist(), strict=True)], dtype=object)
    path = rng.integers(1, 10 ** 7, a.size)
    url = np.array([f"https://{d}/p/{p:x}" for d, p in zip(dn[di].tolist(), path.tolist(), strict=True)], dtype=object)
    w.recs.add("web", time=t, msisdn=w.msisdn[a], domain=dn[di], url=url, ip=ips,
               bytes=np.clip(rng.lognormal(np.log(3e5), 1.2, a.size), 500, 5e8).astype(np.int64), app=dapp[di])

    # ---------------------------------------------------------------- apps
    inst = w.installed
    a, t = w.schedule(n, np.where(smart & pri, 1.3, 0), profile="data")
    k = rng.choice(len(APP_PKG), a.size, p=APP_P / APP_P.sum())
    ok = inst[a, k]
    w.recs.add("apps", time=t[ok], msisdn=w.msisdn[a[ok]], app=np.array(APP_PKG, dtype=object)[k[ok]], event="use")
    # new installs during the period, from app stores
    ni = np.flatnonzero((inst & (rng.random(inst.shape) < .02)).ravel())
    nn, kk = ni // len(APP_PKG), ni % len(APP_PKG)
    nn_ok = ~w.secondary[nn]
    nn, kk = nn[nn_ok], kk[nn_ok]
    store = np.where(rng.random(nn.size) < .5, "https://app.mi.com/details?id=", "https://appgallery.huawei.com/app/")
    w.recs.add("apps", time=START + rng.integers(0, DAYS * DAY, nn.size), msisdn=w.msisdn[nn],
               app=np.array(APP_PKG, dtype=object)[kk], event="install",
               source_url=np.array([s + p for s, p in zip(store.tolist(), np.array(APP_PKG)[kk].tolist(), strict=True)],
                                   dtype=object))

    # ---------------------------------------------------------------- internet accounts
    for plat, p in PLATFORMS:
        sel = np.flatnonzero(w.smart & pri & (rng.random(n) < p))
        reg = w.open_time[sel] + (rng.random(sel.size) * np.maximum(START - w.open_time[sel], DAY)).astype(np.int64)
        reg = np.where(reg >= START, w.open_time[sel] + rng.integers(600, 86400, sel.size), reg)
        reg = np.minimum(reg, END - 60)
        w.recs.add("internet_accounts", platform=plat, account=account_ids(rng, plat, sel.size), msisdn=w.msisdn[sel],
                   register_time=reg, status=np.where(rng.random(sel.size) < .02, "banned", "active").astype(object))

    # ---------------------------------------------------------------- payments
    hold = np.flatnonzero(w.acct >= 0)
    nh = hold.size
    rate = np.where(w.smart[hold], .55, .08) * np.where(w.occ[hold] == RETIREE, .6, 1)
    a, t = w.schedule(nh, rate, profile="meal")
    a2, t2 = w.schedule(nh, rate * 1.6, start=START + 6 * DAY, end=START + 7 * DAY, profile="evening")  # Double 11
    a, t = np.concatenate([a, a2]), np.concatenate([t, t2])
    nd = hold[a]
    amt = np.round(np.clip(rng.lognormal(np.log(38), .95, a.size), 1, 20000), 2)
    ch = np.where(rng.random(a.size) < .72, "third_party", "mobile_app").astype(object)
    w.recs.add("transfers", time=t, from_account=w.acct[nd],
               to_account=w.merchant_acct[rng.integers(0, len(w.merchant_acct), a.size)], amount=amt, currency="CNY",
               channel=ch, initiated_msisdn=w.msisdn[nd])
    big = amt >= 200
    w.bank_sms(nd[big], t[big], amt[big])
    # family and friends
    a, t = w.schedule(nh, .08, profile="evening")
    nd = hold[a]
    to = w.contact_of(nd)
    ok = (to >= 0) & (to < n)
    ok[ok] &= w.acct[np.maximum(to[ok], 0)] >= 0
    nd, t, to = nd[ok], t[ok], to[ok]
    amt = np.round(np.clip(rng.lognormal(np.log(260), 1.0, nd.size), 5, 50000), 0)
    amt = np.where(rng.random(nd.size) < .3, rng.choice([66, 88, 100, 188, 200, 520], nd.size), amt)
    w.recs.add("transfers", time=t, from_account=w.acct[nd], to_account=w.acct[to], amount=amt, currency="CNY",
               channel=np.where(rng.random(nd.size) < .6, "third_party", "mobile_app").astype(object),
               initiated_msisdn=w.msisdn[nd])
    big = amt >= 200
    w.bank_sms(nd[big], t[big], amt[big])
    # salaries (10th), pensions (8th)
    emp = hold[np.isin(w.occ[hold], [WORKER, OFFICE, CIVIL, BUSINESS]) & (rng.random(nh) < .55)]
    ts = day0(5) + 10 * 3600 + rng.integers(0, 6 * 3600, emp.size)
    sal = np.round(rng.lognormal(np.log(4800), .35, emp.size), 2)
    w.recs.add("transfers", time=ts, from_account=w.employer_acct[w.msisdn[emp] % len(w.employer_acct)],
               to_account=w.acct[emp], amount=sal, currency="CNY", channel="counter")
    w.bank_sms(emp, ts, sal, out=False)
    ret = hold[w.occ[hold] == RETIREE]
    tp = day0(3) + 9 * 3600 + rng.integers(0, 3 * 3600, ret.size)
    pen = np.round(rng.uniform(1400, 4200, ret.size), 2)
    w.recs.add("transfers", time=tp, from_account=w.pension_acct, to_account=w.acct[ret], amount=pen,
               currency="CNY", channel="counter")
    # cash at the ATM (the elderly, after the pension)
    wd = ret[rng.random(ret.size) < .5]
    ta = tp[np.searchsorted(ret, wd)] + rng.integers(DAY, 5 * DAY, wd.size)
    atm = np.array([f"ATM-{w.region[x]:02d}-{x % 40:03d}" for x in wd.tolist()], dtype=object)
    w.recs.add("transfers", time=ta, from_account=w.acct[wd], to_account=atm,
               amount=np.round(rng.uniform(5, 20, wd.size)) * 100, currency="CNY", channel="atm",
               initiated_msisdn=-1)


def account_ids(rng, plat, n):
    v = rng.integers(10 ** 9, 10 ** 12, n)
    if plat == "wechat":
        return np.array([f"wxid_{x:x}{(x * 7919) % 997:03d}" for x in v.tolist()], dtype=object)
    if plat == "qq":
        return np.array([str(x % 10 ** 10 + 10 ** 8) for x in v.tolist()], dtype=object)
    if plat == "alipay":
        return np.array([f"2088{x:012d}" for x in v.tolist()], dtype=object)
    return np.array([f"{plat[:2]}{x}" for x in v.tolist()], dtype=object)


def new_accounts(w: World, n, holder_ids, msisdn, open_time, bank=None, prefix="ac"):
    """Bank accounts (codes) for holders."""
    rng = w.rng
    acct = V.ids(hexkeys(rng, n, prefix))
    if bank is None:
        bank = np.array(["广西农村信用社", "中国邮政储蓄银行", "中国农业银行", "中国建设银行"], dtype=object)[
            rng.integers(0, 4, n)]
    w.recs.add("bank_accounts", account_id=acct, id_key=holder_ids, bank=bank, open_time=open_time,
               bound_msisdn=msisdn, status="active")
    return acct


__all__ = ["ordinary_life", "account_ids", "new_accounts", "YEAR", "STUDENT", "BUSINESS", "sample_tod"]
