"""Schemes that hook victims over days: a shipping-futures app met through romance (g09), winter-break
task rebates (g10), loan fees on aged bought cards (g11), AI face-swap bosses at the year-end settlement
(g12) and courier-refund calls with a screen-sharing app (g13)."""

from __future__ import annotations

import numpy as np

from tj import emit
from tj.core import DAY, HOUR
from tj.gangs.kit import (
    Gang,
    acquire_cards,
    alive,
    conversation,
    cut_some,
    dial,
    first_use,
    last_use,
    pay,
    payments,
    pick_victims,
    report_material,
    spread_calls,
    strangers,
    web_visits,
)


def app_steps(g: Gang, msisdn, t_install, app: str, source: str, hosts, ips, days_after: int = 6, uses: float = 2.0):
    """Install from a download link, then daily use and visits to the scheme's servers."""
    ctx, rng = g.ctx, g.rng
    msisdn = np.asarray(msisdn, np.int64)
    t_install = np.asarray(t_install, np.int64)
    ok = t_install < ctx.t1
    msisdn, t_install = msisdn[ok], t_install[ok]
    hosts = np.asarray(hosts)
    ips = np.asarray(ips)
    web_visits(g, msisdn, t_install - rng.integers(30, 300, msisdn.size), hosts[np.zeros(msisdn.size, int)],
               ips[np.zeros(msisdn.size, int)], "/download")
    ctx.sink.add("apps", time=t_install, msisdn=msisdn, app=app, event="install", source_url=source)
    k = rng.poisson(uses * days_after, msisdn.size)
    i = np.repeat(np.arange(msisdn.size), k)
    t = t_install[i] + rng.integers(600, days_after * DAY, i.size)
    keep = t < ctx.t1
    i, t = i[keep], t[keep]
    ctx.sink.add("apps", time=t, msisdn=msisdn[i], app=app, event="use")
    h = rng.integers(0, hosts.size, i.size)
    g.ctx.sink.add("web", time=t + 5, msisdn=msisdn[i], domain=hosts[h], url=np.char.add("https://", hosts[h].astype(str)),
                   ip=ips[h % ips.size], bytes=rng.lognormal(np.log(3e4), 0.7, i.size).astype(np.int64), app=app)


def _phones(g: Gang, n_cards: int, district: str, before: int, per_phone: int = 2, after=None):
    ctx, rng = g.ctx, g.rng
    m, imsi, o = acquire_cards(g, n_cards, before, after)
    phones = ctx.numbers.imei((n_cards + per_phone - 1) // per_phone, "smart")
    imei = phones[np.arange(m.size) // per_phone]
    cell = ctx.cells.in_district(rng, district, 1)[0]
    return m, imsi, o, phones, imei, cell


def futures_romance(ctx) -> None:
    g = Gang(ctx, "g09", "bohai_shipping_futures_romance", "investment")
    rng, pop, D = g.rng, ctx.pop, ctx.days
    m, imsi, o, phones, imei, cell = _phones(g, 4, "TG", ctx.t0)
    emit.presence(ctx, rng, m, imsi, imei, np.full(m.size, cell), data_per_day=8, profile="evening")
    # chat accounts: some bought from the code farm, some opened on the gang's own cards
    names = np.array(["wechat", "xiaohongshu", "qq", "douyin"])
    acc = np.array(ctx.numbers.keys("u", 4))
    rt = ctx.t0 - rng.integers(20, 80, 4) * DAY
    ctx.sink.add("internet_accounts", platform=names, account=acc, msisdn=m, register_time=rt, status="active")
    g.truth("account", np.char.add(np.char.add(names, ":"), acc), "fraud_account", rt)
    vic = pick_victims(ctx, rng, ctx.k(10, 2), dict(office=1.3, homemaker=1.2, elderly=0.8, public=1.2, shopkeeper=0.8))
    n = vic.size
    h0 = ctx.t0 + rng.integers(0, max(1, D - 6), n) * DAY + rng.integers(19 * HOUR, 22 * HOUR, n)
    caller = rng.integers(0, m.size, n)
    conversation(g, m[caller], pop.msisdn[vic], h0, 600, imei=imei[caller], imsi=imsi[caller], cell=cell, media="video")
    hosts = np.array(["dl.bhsf-trade.vip", "api.bhsf-trade.vip", "bhsf-trade.vip"])
    ips = np.array(["38.54.30.12", "38.54.30.13"])
    ti = h0 + rng.integers(HOUR, DAY, n)
    app_steps(g, pop.msisdn[vic], ti, "com.bhsf.futures", "https://dl.bhsf-trade.vip/bhsf.apk", hosts, ips, 8, 3)
    v, step, amt = payments(rng, n, (3, 6), (2000, 6000), (1.6, 2.4))
    tp = ti[v] + HOUR + step * rng.integers(20 * HOUR, 50 * HOUR, v.size)
    acc1 = ctx.mules.take_l1(n * 3)
    to = acc1[v * 3 + step % 3]
    keep = pay(g, vic, v, tp, amt, to, "mobile_app")
    # a small 'withdrawal' paid out after the second deposit keeps them in
    w = np.flatnonzero((step == 1) & keep)
    wt = tp[w] + rng.integers(2 * HOUR, 10 * HOUR, w.size)
    okw = wt < ctx.t1
    ctx.sink.add("transfers", time=wt[okw], from_account=to[w][okw], to_account=ctx.banks.acct[vic[v[w]]][okw],
                 amount=np.round(rng.uniform(800, 2000, int(okw.sum())), 2), currency="CNY", channel="third_party")
    report_material(g, vic, v[keep], tp[keep], amt[keep], to[keep], [[x] for x in m[caller]],
                    domains=["bhsf-trade.vip"], apps=["com.bhsf.futures"])
    g.truth("msisdn", m, "fraud_caller", int(h0.min()))
    g.truth("imei", phones, "gang_member", int(h0.min()))
    g.truth("app", "com.bhsf.futures", "fraud_app", int(ti.min()))
    g.truth("domain", hosts, "fraud_domain", int(ti.min()))
    g.truth("ip", ips, "fraud_ip", int(ti.min()))


def task_rebate(ctx) -> None:
    g = Gang(ctx, "g10", "winter_break_task_rebate", "part_time_job")
    rng, pop, D = g.rng, ctx.pop, ctx.days
    m, imsi, o, phones, imei, cell0 = _phones(g, ctx.k(6, 2), "NK", ctx.t0 + 2 * DAY)
    cells = np.array([cell0, ctx.cells.in_district(rng, "NK", 1)[0]])
    od = np.maximum((o - ctx.t0) // DAY + 1, 0)
    mask = (rng.random((m.size, D)) < 0.8) & (np.arange(D)[None, :] >= od[:, None])
    s, d, t = spread_calls(ctx, rng, mask, (60, 150), 10, 22)
    first = first_use(m.size, s, t, ctx.t1)
    cut = cut_some(g, m, first, 0.5, (12, 48))
    ok = alive(cut, s, t)
    s, d, t = s[ok], d[ok], t[ok]
    base = "rwjz-task.cn"
    sub = np.array([f"j{x:04x}" for x in rng.integers(0, 65536, m.size * D)]).reshape(m.size, D)
    host = np.char.add(np.char.add(sub[s, d], "."), base)
    link = rng.random(s.size) < 0.7
    body = np.where(link, np.char.add(np.char.add("【寒假兼职】点赞关注日结80-300元，学生宝妈优先，名额有限 https://", host), "/r"),
                    "寒假在家也能赚，刷单返佣当天结算，加Q 3845117209 备注兼职")
    rcpt = strangers(ctx, rng, s.size, prefer=dict(student=3.0, homemaker=2.0, factory=0.8), offnet=0.4)
    cell = cells[(t // 7200) % 2]
    emit.sms(ctx, m[s], rcpt, t, body, imei=imei[s], cell=cell)
    emit.presence(ctx, rng, m, imsi, imei, np.full(m.size, cell0), days=mask, data_per_day=3)
    ip = np.array(["47.243.88.102", "47.243.88.105"])
    p = pop.lookup(rcpt)
    cl = np.flatnonzero(link & (p >= 0) & (rng.random(s.size) < 0.03))
    tcl = t[cl] + rng.integers(60, 3 * HOUR, cl.size)
    web_visits(g, rcpt[cl], tcl, host[cl], ip[rng.integers(0, 2, cl.size)], "/r")
    # victims among the clickers
    cand = cl[~pop.reserved[p[cl]]]
    _, fi = np.unique(p[cand], return_index=True)
    cand = cand[fi]
    cand = cand[rng.permutation(cand.size)][: ctx.k(12, 2)]
    vic = p[cand]
    pop.reserved[vic] = True
    n = vic.size
    tv = t[cand] + rng.integers(HOUR, 6 * HOUR, n)
    web_visits(g, rcpt[cand], tv, host[cand], ip[rng.integers(0, 2, n)], "/task")
    acc1 = ctx.mules.take_l1(n * 2)
    k = rng.integers(2, 4, n)  # small rebates first
    rv = np.repeat(np.arange(n), k)
    rt = tv[rv] + rng.integers(10 * 60, 8 * HOUR, rv.size)
    okr = rt < ctx.t1
    ctx.sink.add("transfers", time=rt[okr], from_account=acc1[rv * 2][okr], to_account=ctx.banks.acct[vic[rv]][okr],
                 amount=np.round(rng.uniform(20, 200, rv.size), 2)[okr], currency="CNY", channel="third_party")
    v, step, amt = payments(rng, n, (3, 5), (300, 800), (2.0, 3.2))
    tp = tv[v] + 9 * HOUR + step * rng.integers(HOUR, 12 * HOUR, v.size)
    to = acc1[v * 2 + (step % 2)]
    keep = pay(g, vic, v, tp, amt, to, "mobile_app")
    report_material(g, vic, v[keep], tp[keep], amt[keep], to[keep], [[m[x]] for x in s[cand]], domains=[base])
    g.truth("msisdn", m, "fraud_sms_sender", first)
    g.truth("imei", phones, "gang_member", int(first.min()))
    g.truth("domain", np.unique(np.r_[host[cl], [base]]), "fraud_domain", int(t.min()))
    g.truth("ip", ip, "fraud_ip", int(t.min()))


def loan_fee(ctx) -> None:
    g = Gang(ctx, "g11", "aged_card_loan_fee", "loan")
    rng, pop, D = g.rng, ctx.pop, ctx.days
    m, imsi, o, phones, imei, cell = _phones(g, ctx.k(12, 3), "HD", ctx.t0 - 240 * DAY, 2, ctx.t0 - 430 * DAY)
    cell2 = ctx.cells.in_district(rng, "DL", 1)[0]
    mask = rng.random((m.size, D)) < rng.uniform(0.5, 0.8, m.size)[:, None]
    s, d, t = spread_calls(ctx, rng, mask, (30, 60), 9, 19)
    first = first_use(m.size, s, t, ctx.t1)
    vic = pick_victims(ctx, rng, ctx.k(12, 2), dict(factory=1.5, shopkeeper=1.5, driver=1.3, villager=1.0, port=0.8))
    n = vic.size
    act = np.flatnonzero(mask.any(1))
    hs = act[rng.integers(0, act.size, n)]
    hd = np.array([rng.choice(np.flatnonzero(mask[x])) for x in hs])
    th = ctx.t0 + hd * DAY + rng.integers(10 * HOUR, 18 * HOUR, n)
    cut = cut_some(g, m, first, 0.3, (30, 150), not_before=last_use(m.size, hs, th + 3 * DAY))
    ok = alive(cut, s, t)
    s, d, t = s[ok], d[ok], t[ok]
    cl = np.where((t // 5400) % 3 == 0, cell2, cell)
    callee = strangers(ctx, rng, s.size, prefer=dict(factory=1.5, shopkeeper=1.5, driver=1.3, villager=1.0), offnet=0.45)
    dial(ctx, rng, m[s], callee, t, answer=0.3, med=35, imei=imei[s], imsi=imsi[s], cell=cl)
    ks = rng.random(s.size) < 0.25
    emit.sms(ctx, m[s[ks]], callee[ks], t[ks] + 120,
             "【惠捷金融】您的春节备用金额度50000元已审批，点击 https://hjdk-loan.com/ 领取，退订回T", imei=imei[s[ks]],
             cell=cl[ks])
    emit.presence(ctx, rng, m, imsi, imei, np.full(m.size, cell), days=mask, data_per_day=2)
    conversation(g, m[hs], pop.msisdn[vic], th, 700, imei=imei[hs], imsi=imsi[hs], cell=cell)
    hosts = np.array(["hjdk-loan.com", "api.hjdk-loan.com"])
    ips = np.array(["45.195.204.77"])
    ti = th + rng.integers(20 * 60, 2 * HOUR, n)
    app_steps(g, pop.msisdn[vic], ti, "com.huijie.daikuan", "https://hjdk-loan.com/app.apk", hosts, ips, 4, 2)
    v, step, amt = payments(rng, n, (2, 4), (1500, 3000), (1.6, 2.2))
    tp = ti[v] + HOUR + step * rng.integers(3 * HOUR, 30 * HOUR, v.size)
    # each fee demanded by another call from the same card
    fc = th[v] < tp
    conversation(g, m[hs[v[fc]]], pop.msisdn[vic[v[fc]]], tp[fc] - rng.integers(600, 3600, int(fc.sum())), 400,
                 imei=imei[hs[v[fc]]], imsi=imsi[hs[v[fc]]], cell=cell)
    acc1 = ctx.mules.take_l1(n)
    keep = pay(g, vic, v, tp, amt, acc1[v], "mobile_app")
    report_material(g, vic, v[keep], tp[keep], amt[keep], acc1[v][keep], [[x] for x in m[hs]],
                    domains=["hjdk-loan.com"], apps=["com.huijie.daikuan"])
    g.truth("msisdn", m, "fraud_caller", first)
    g.truth("imei", phones, "gang_member", int(first.min()))
    g.truth("app", "com.huijie.daikuan", "fraud_app", int(ti.min()))
    g.truth("domain", hosts, "fraud_domain", int(ti.min()))
    g.truth("ip", ips, "fraud_ip", int(ti.min()))


def faceswap_boss(ctx) -> None:
    g = Gang(ctx, "g12", "faceswap_boss_yearend", "acquaintance")
    rng, pop, D, bk = g.rng, ctx.pop, ctx.days, ctx.banks
    m, imsi, o = acquire_cards(g, ctx.k(5, 2), ctx.t1 - 4 * DAY)
    imei = ctx.numbers.imei(m.size, "smart")
    cells = np.concatenate([ctx.cells.in_district(rng, "HX", 2), ctx.cells.in_district(rng, "TG", 2)])
    cell = cells[np.arange(m.size) % cells.size]
    od = np.clip((o - ctx.t0) // DAY + 1, 0, D - 1)
    w = np.where((bk.employer >= 0) & np.isin(pop.persona, [0, 2]), 1.0, 0.0)
    tries = pop.pick(rng, ctx.k(30, 4), weights=np.where(pop.reserved, 0, w) + 1e-12, reserve=False)
    vic = tries[: ctx.k(6, 2)]
    pop.reserved[vic] = True
    n_t = tries.size
    who = rng.integers(0, m.size, n_t)
    day = np.minimum(od[who] + rng.integers(0, 4, n_t), D - 1)
    t0 = ctx.t0 + day * DAY + rng.integers(9 * HOUR, 17 * HOUR, n_t)
    emit.sms(ctx, m[who], pop.msisdn[tries], t0, "我是你们王总，这是我新号码，旧号不用了，一会儿视频说个事。",
             imei=imei[who], cell=cell[who])
    tv = t0 + rng.integers(5 * 60, 40 * 60, n_t)
    is_v = np.isin(tries, vic)
    vdur = np.where(is_v, rng.integers(20, 55, n_t), rng.integers(5, 25, n_t))
    emit.calls(ctx, rng, m[who], pop.msisdn[tries], tv, vdur, imei=imei[who], imsi=imsi[who], cell=cell[who],
               media="video")
    tvc = tv + vdur + rng.integers(60, 600, n_t)
    emit.calls(ctx, rng, m[who[is_v]], pop.msisdn[tries[is_v]], tvc[is_v], rng.integers(150, 420, int(is_v.sum())),
               imei=imei[who[is_v]], imsi=imsi[who[is_v]], cell=cell[who[is_v]])
    emit.presence(ctx, rng, m, imsi, imei, cell, first_day=od, data_per_day=4)
    vi = np.flatnonzero(is_v)
    vic = tries[vi]
    n = vic.size
    v, step, amt = payments(rng, n, (1, 2), (90000, 380000), (1.0, 1.6))
    tp = tvc[vi][v] + rng.integers(20 * 60, 2 * HOUR, v.size) + step * 3 * HOUR
    acc1 = ctx.mules.take_l1(n)
    frm = bk.emp_acct[bk.employer[vic[v]]]
    keep = pay(g, vic, v, tp, amt, acc1[v], np.where(rng.random(v.size) < 0.6, "mobile_app", "counter"), from_acct=frm,
               notice=False)
    report_material(g, vic, v[keep], tp[keep], amt[keep], acc1[v][keep], [[x] for x in m[who[vi]]])
    g.truth("msisdn", m, "fraud_caller", int(t0.min()))
    g.truth("imei", imei, "gang_member", int(t0.min()))


def screen_share(ctx) -> None:
    g = Gang(ctx, "g13", "screen_share_courier_refund", "customer_service")
    rng, pop, D = g.rng, ctx.pop, ctx.days
    m, imsi, o, phones, imei, cell = _phones(g, ctx.k(6, 2), "DL", ctx.t0 + 5 * DAY)
    od = np.maximum((o - ctx.t0) // DAY + 1, 0)
    mask = (rng.random((m.size, D)) < 0.8) & (np.arange(D)[None, :] >= od[:, None])
    s, d, t = spread_calls(ctx, rng, mask, (40, 80), 9, 20)
    first = first_use(m.size, s, t, ctx.t1)
    vic = pick_victims(ctx, rng, ctx.k(9, 2), dict(homemaker=2.0, student=1.5, office=1.2, elderly=0.6))
    n = vic.size
    act = np.flatnonzero(mask.any(1))
    hs = act[rng.integers(0, act.size, n)]
    hd = np.array([rng.choice(np.flatnonzero(mask[x])) for x in hs])
    th = ctx.t0 + hd * DAY + rng.integers(10 * HOUR, 19 * HOUR, n)
    cut = cut_some(g, m, first, 0.35, (15, 80), not_before=last_use(m.size, hs, th + 2 * HOUR))
    ok = alive(cut, s, t)
    s, t = s[ok], t[ok]
    callee = strangers(ctx, rng, s.size, prefer=dict(homemaker=2.0, student=1.5, office=1.2), offnet=0.4)
    dial(ctx, rng, m[s], callee, t, answer=0.28, med=40, imei=imei[s], imsi=imsi[s], cell=cell)
    emit.presence(ctx, rng, m, imsi, imei, np.full(m.size, cell), days=mask, data_per_day=3)
    dur = np.clip(rng.lognormal(np.log(2400), 0.3, n), 900, 6000).astype(np.int64)
    emit.calls(ctx, rng, m[hs], pop.msisdn[vic], th, dur, result="answered", imei=imei[hs], imsi=imsi[hs], cell=cell)
    hosts = np.array(["yunshi-meet.cn", "www.yunshi-meet.cn", "relay.yunshi-meet.cn"])
    ips = np.array(["124.156.140.9", "124.156.140.10"])
    ti = th + rng.integers(5 * 60, 15 * 60, n)
    app_steps(g, pop.msisdn[vic], ti, "com.yunshi.meeting", "https://yunshi-meet.cn/download/ysm.apk", hosts, ips, 1, 6)
    # a consumer loan taken out on the victim's phone lands first, then leaves in quick transfers
    loan_t = ti + rng.integers(10 * 60, 30 * 60, n)
    okl = loan_t < ctx.t1
    esc = ctx.banks.escrow[rng.integers(0, ctx.banks.escrow.size, n)]
    ctx.sink.add("transfers", time=loan_t[okl], from_account=esc[okl], to_account=ctx.banks.acct[vic][okl],
                 amount=np.round(rng.uniform(10000, 30000, n), -2)[okl], currency="CNY", channel="third_party")
    v, step, amt = payments(rng, n, (2, 4), (4000, 12000), (1.0, 1.6))
    tp = loan_t[v] + 300 + step * rng.integers(240, 900, v.size)
    acc1 = ctx.mules.take_l1(n * 2)
    to = acc1[v * 2 + step % 2]
    keep = pay(g, vic, v, tp, amt, to, "mobile_app")
    report_material(g, vic, v[keep], tp[keep], amt[keep], to[keep], [[x] for x in m[hs]],
                    domains=["yunshi-meet.cn"], apps=["com.yunshi.meeting"])
    g.truth("msisdn", m, "fraud_caller", first)
    g.truth("imei", phones, "gang_member", int(first.min()))
    g.truth("app", "com.yunshi.meeting", "fraud_app", int(ti.min()))
    g.truth("domain", hosts, "fraud_domain", int(ti.min()))
    g.truth("ip", ips, "fraud_ip", int(ti.min()))
