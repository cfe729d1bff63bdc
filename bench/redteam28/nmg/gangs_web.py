"""Web-led schemes: G10 fake yurt-camp and Naadam booking sites with VoIP 'booking hotlines', G08 the Baotou
rare-earth futures app, G15 summer 'like-for-pay' part-time jobs for students home from university."""

from __future__ import annotations

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date
from .gangs_money import hooked_only, victim_pays


def fake_booking(w):
    rng = w.rng("G10")
    gang, scheme, ftype = "G10-fake-yurt-booking", "fake_camp_booking_deposit", "other"
    days = w.days
    doms = np.array(["hulunbeier-yurt.top", "mergel-camp.cc", "naadam-piao.vip", "zhenglan-yurt.top",
                     "xlgl-naadam.cn", "ergun-muchang.top", "arxan-wenquan.vip", "hlbr-caoyuan.shop", "nmg-yurt.site",
                     "xilinhot-nadamu.top"], dtype=object)
    ips = np.array(["103.118.41.66", "103.118.41.67"], dtype=object)
    lic = w.ids.id_keys(1)[0]
    hot = kit.open_lines(w, 6, "hhht_saihan", opened=rng.integers(t_date(2035, 6, 5), t_date(2035, 6, 20), 6),
                         id_keys=lic, id_type="business_license", customer="enterprise", line_type="voip",
                         channel="TG-471-ENT09", prepaid=False, rng=rng)
    # visitors from Douyin ads: mostly browsing, some ring the hotline, some pay
    vis = kit.pick(w, rng, 380, personas=["urban_worker", "student", "civil_servant", "merchant"], smart=True,
                   claim=False, exclude=False)
    k = rng.integers(1, 5, len(vis))
    r = np.repeat(np.arange(len(vis)), k)
    d0 = rng.integers(0, days - 1, len(vis))
    tv = kit.hours(rng, len(r), 8, 23.5, np.minimum(d0[r] + rng.integers(0, 2, len(r)), days - 1))
    di = rng.integers(0, len(doms), len(vis))
    paths = np.array(["/", "/yurt", "/booking", "/pay", "/naadam"], dtype=object)
    pth = paths[rng.integers(0, len(paths), len(r))]
    kit.visit(w, rng, tv, w.pop.msisdn[vis[r]], doms[di[r]], url=np.array(
        [f"https://{a}{b}" for a, b in zip(doms[di[r]].tolist(), pth.tolist(), strict=True)], dtype=object),
        ip=ips[di[r] % 2], app="com.ss.android.ugc.aweme")
    caller = rng.random(len(vis)) < 0.3
    cv = vis[caller]
    hi = rng.integers(0, 6, len(cv))
    tc = kit.hours(rng, len(cv), 9, 21, np.minimum(d0[caller] + 1, days - 1))
    kit.dial(w, rng, tc, w.pop.msisdn[cv], hot.msisdn[hi], imei=w.pop.imei[cv], imsi=w.pop.imsi[cv],
             cell=w.pop.loc(cv, tc), p_answer=0.9, med=170, call_type="voip")
    e, d = kit.per_day(rng, 6, days, 14.0, None, 0.3)
    t = kit.hours(rng, len(e), 9, 21, d)
    callee = np.concatenate([w.pop.msisdn[vis], w.ids.offnet(200)])[rng.integers(0, len(vis) + 200, len(e))]
    kit.dial(w, rng, t, hot.msisdn[e], callee, p_answer=0.6, med=90, call_type="voip", gateway="GW-HH-SIP02")
    # payers: background visitors with a bank account, and tourists from outside on other networks
    payers = np.flatnonzero(caller & (w.pop.account[vis] != None) & ~w.claimed[vis])[:30]  # noqa: E711
    pv = vis[payers]
    w.claimed[pv] = True
    agency = w.ids.accounts(3)
    kit.bank_open(w, agency, w.ids.id_keys(3), "Hohhot Bank", rng.integers(t_date(2035, 5, 1), t_date(2035, 6, 15), 3))
    accts = np.concatenate([agency, w.mules.take(gang, 6)])
    hook = tc[np.searchsorted(np.flatnonzero(caller), payers)]
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=pv, t_hook=hook,
                contact=hot.msisdn[hi[np.searchsorted(np.flatnonzero(caller), payers)]], accounts=accts,
                n_pay=np.where(rng.random(len(pv)) < 0.4, 2, 1), med=1800, sigma=0.6, gap=(DAY, 3 * DAY))
    out = w.ids.offnet(9)
    th = kit.hours(rng, 9, 9, 21, rng.integers(0, days - 1, 9))
    kit.dial(w, rng, th, out, hot.msisdn[np.arange(9) % 6], p_answer=1.0, med=200, call_type="voip",
             code=np.zeros(9, dtype=np.int64))
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=None, t_hook=th, contact=hot.msisdn[np.arange(9) % 6],
                accounts=accts, med=2200, sigma=0.5, from_accounts=w.ids.accounts(9), victim_numbers=out,
                channel="mobile_app")
    w.truth("domain", doms, "fraud_domain", gang, scheme, 0)
    w.truth("ip", ips, "fraud_ip", gang, scheme, 0)
    w.truth("msisdn", hot.msisdn, "fixed_voip_line", gang, scheme, 0)
    w.truth("account", agency, "mule_account", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="domain", entities=doms[:3], gang=gang, ftype=ftype, t=5 * DAY, src="user_report"))


def rare_earth(w):
    rng = w.rng("G08")
    gang, scheme, ftype = "G08-rare-earth-futures", "rare_earth_futures_app", "investment"
    n, days = 6, w.days
    keys = w.ids.id_keys(3)
    cell = w.geo.zone_cells[w.geo.z("hhht_saihan")][20]
    mgr = kit.open_lines(w, n, "tl_horqin", opened=rng.integers(t_date(2035, 4, 1), t_date(2035, 5, 20), n),
                         id_keys=keys[np.arange(n) % 3], rng=rng)
    kit.presence(w, rng, mgr, np.ones((n, days), dtype=bool), cell=np.full(n, cell), data_rate=6, loc_rate=0.5)
    doms = np.array(["xitu-qh.com", "bt-xitu.vip", "rare-earth-fx.top", "xtqh-app.cn"], dtype=object)
    ips = np.array(["45.195.150.20", "45.195.150.21"], dtype=object)
    app = "com.xitu.qihuo"
    e, d = kit.per_day(rng, n, days, 85.0, None, 0.3)
    t = kit.hours(rng, len(e), 9, 20, d)
    pr = kit.pick(w, rng, 900, personas=["merchant", "civil_servant", "elderly", "urban_worker"], areas=[472, 471],
                  claim=False, exclude=False)
    rcv_i = np.where(rng.random(len(e)) < 0.6, pr[rng.integers(0, len(pr), len(e))], -1)
    rcv = np.where(rcv_i >= 0, w.pop.msisdn[np.maximum(rcv_i, 0)], w.ids.offnet(len(e)))
    kit.text(w, t, mgr.msisdn[e], rcv, np.array(
        [f"【稀土研究】北方稀土重组在即，内部调研纪要免费领，进群跟投 https://{doms[i % 3]}/q/{k}" for i, k in
         zip(e.tolist(), rng.integers(100, 999, len(e)).tolist(), strict=True)], dtype=object),
        imei=mgr.imei[e], cell=cell)
    clk = (rcv_i >= 0) & (rng.random(len(e)) < 0.03)
    kit.visit(w, rng, t[clk] + rng.integers(60, 4 * HOUR, int(clk.sum())), rcv[clk], doms[e[clk] % 3],
              ip=ips[e[clk] % 2])
    vic = kit.pick(w, rng, 18, personas=["merchant", "civil_servant", "elderly", "urban_worker"], areas=[472, 471],
                   account=True, smart=True)
    mi = np.arange(len(vic)) % n
    th = kit.hours(rng, len(vic), 10, 20, rng.integers(0, 5, len(vic)))
    kit.visit(w, rng, th, w.pop.msisdn[vic], doms[3], url=f"https://{doms[3]}/download/xtqh.apk", ip=ips[1],
              bytes_med=3e7)
    kit.app_seen(w, th + 300, w.pop.msisdn[vic], app, "install", f"https://{doms[3]}/download/xtqh.apk")
    vv = np.repeat(np.arange(len(vic)), days)
    dd = np.tile(np.arange(days), len(vic))
    keep = dd * DAY > th[vv]
    vv, dd = vv[keep], dd[keep]
    kit.app_seen(w, kit.hours(rng, len(vv), 9, 15, dd), w.pop.msisdn[vic[vv]], app, "use")
    # the 'account manager' rings most days; some victims ring back
    c = rng.random(len(vv)) < 0.7
    tc = kit.hours(rng, int(c.sum()), 9.5, 20, dd[c])
    kit.dial(w, rng, tc, mgr.msisdn[mi[vv[c]]], w.pop.msisdn[vic[vv[c]]], imei=mgr.imei[mi[vv[c]]],
             imsi=mgr.imsi[mi[vv[c]]], cell=cell, p_answer=0.85, med=320, sigma=0.6)
    b = rng.random(len(vv)) < 0.25
    tb = kit.hours(rng, int(b.sum()), 9.5, 21, dd[b])
    kit.dial(w, rng, tb, w.pop.msisdn[vic[vv[b]]], mgr.msisdn[mi[vv[b]]], imei=w.pop.imei[vic[vv[b]]],
             imsi=w.pop.imsi[vic[vv[b]]], cell=w.pop.loc(vic[vv[b]], tb), p_answer=0.8, med=200)
    comp = w.ids.accounts(2)
    kit.bank_open(w, comp, w.ids.id_keys(2), "China Merchants", rng.integers(t_date(2035, 3, 1), t_date(2035, 5, 1), 2))
    accts = np.concatenate([comp, w.mules.take(gang, 6)])
    paid = np.arange(len(vic)) < 16
    # early 'profits' paid out to build trust
    kit.pay(w, th[paid] + rng.integers(DAY, 2 * DAY, int(paid.sum())), comp[np.arange(int(paid.sum())) % 2],
            w.pop.account[vic[paid]], rng.lognormal(np.log(900), 0.5, int(paid.sum())), "third_party")
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=vic[paid], t_hook=th[paid],
                contact=mgr.msisdn[mi[paid]], accounts=accts, n_pay=rng.integers(3, 9, 16), med=4000, sigma=0.5,
                grow=1.5, gap=(14 * HOUR, 40 * HOUR), first_gap=(2 * HOUR, DAY))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=th[~paid],
                contact=mgr.msisdn[mi[~paid]])
    w.mules.l1 = np.concatenate([w.mules.l1, comp])
    w.mules.l1_bound = np.concatenate([w.mules.l1_bound, mgr.msisdn[:2]])
    w.truth("msisdn", mgr.msisdn, "fraud_caller", gang, scheme, 0)
    w.truth("domain", doms, "fraud_domain", gang, scheme, 0)
    w.truth("ip", ips, "fraud_ip", gang, scheme, 0)
    w.truth("app", [app], "fraud_app", gang, scheme, 0)
    w.truth("account", comp, "mule_account", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="domain", entities=doms[:1], gang=gang, ftype=ftype, t=-10 * DAY, src="user_report"))


def brushing_jobs(w):
    rng = w.rng("G15")
    gang, scheme, ftype = "G15-summer-brushing-jobs", "like_for_pay_task_deposit", "part_time_job"
    n, days = 10, w.days
    keys = w.ids.id_keys(4)
    cells = w.geo.zone_cells[w.geo.z("hhht_saihan")][[2, 9, 14]]
    s = kit.open_lines(w, n, "tl_horqin", opened=rng.integers(t_date(2035, 6, 1), t_date(2035, 7, 6), n),
                       id_keys=keys[np.arange(n) % 4], rng=rng)
    scell = cells[np.arange(n) % 3]
    start = rng.integers(0, 6, n)
    act = kit.active_window(n, days, start, rng.integers(5, 10, n))
    kit.presence(w, rng, s, act, cell=scell, data_rate=3, loc_rate=0.5)
    e, d = kit.per_day(rng, n, days, rng.lognormal(np.log(95), 0.3, n), act, 0.3)
    t = kit.hours(rng, len(e), 10, 23, d)
    st = kit.pick(w, rng, 1200, personas=["student"], claim=False, exclude=False)
    rcv_i = np.where(rng.random(len(e)) < 0.5, st[rng.integers(0, len(st), len(e))], -1)
    rcv = np.where(rcv_i >= 0, w.pop.msisdn[np.maximum(rcv_i, 0)], w.ids.offnet(len(e)))
    dom, app, ip = "jz-haoyun.top", "com.jianzhi.haoyun", "43.229.153.7"
    qq = rng.integers(10**8, 10**9, n)
    kit.text(w, t, s.msisdn[e], rcv, np.array(
        [f"暑假在家也能赚！抖音点赞关注日结200-500元，宝妈学生均可，加Q{qq[i]}或 https://{dom}/j/{k}" for i, k in
         zip(e.tolist(), rng.integers(100, 999, len(e)).tolist(), strict=True)], dtype=object),
        imei=s.imei[e], cell=scell[e])
    clk = (rcv_i >= 0) & (rng.random(len(e)) < 0.05)
    kit.visit(w, rng, t[clk] + rng.integers(60, 3 * HOUR, int(clk.sum())), rcv[clk], dom, ip=ip)
    vic = kit.pick(w, rng, 16, personas=["student"], account=True, smart=True)
    si = np.arange(len(vic)) % n
    th = kit.hours(rng, len(vic), 11, 23, np.clip(start[si] + rng.integers(0, 4, len(vic)), 0, days - 2))
    kit.visit(w, rng, th, w.pop.msisdn[vic], dom, url=f"https://{dom}/task", ip=ip)
    kit.app_seen(w, th + 400, w.pop.msisdn[vic], app, "install", f"https://{dom}/hy.apk")
    kit.register(w, rng, w.pop.msisdn[vic], np.array(["qq"] * len(vic), dtype=object), th - rng.integers(600, 3600, len(vic)))
    paid = np.arange(len(vic)) < 14
    pv = vic[paid]
    m = w.mules.take(gang, 6)
    kit.pay(w, th[paid] + rng.integers(1800, 4 * HOUR, len(pv)), m[np.arange(len(pv)) % len(m)], w.pop.account[pv],
            rng.uniform(18, 60, len(pv)), "third_party")
    victim_pays(w, rng, gang=gang, scheme=scheme, ftype=ftype, victims=pv, t_hook=th[paid], contact=s.msisdn[si[paid]],
                accounts=m, n_pay=rng.integers(3, 7, len(pv)), med=260, sigma=0.4, grow=1.9, gap=(40 * 60, 8 * HOUR),
                first_gap=(3 * HOUR, 12 * HOUR))
    hooked_only(w, gang=gang, scheme=scheme, ftype=ftype, numbers=w.pop.msisdn[vic[~paid]], t_hook=th[~paid],
                contact=s.msisdn[si[~paid]])
    first = np.full(n, 10**9, dtype=np.int64)
    np.minimum.at(first, e, t)
    used = first < 10**9
    w.truth("msisdn", s.msisdn[used], "fraud_sms_sender", gang, scheme, first[used])
    w.truth("domain", [dom], "fraud_domain", gang, scheme, 0)
    w.truth("app", [app], "fraud_app", gang, scheme, 0)
    w.truth("ip", [ip], "fraud_ip", gang, scheme, 0)
    w.reg_fraud.append(dict(kind="msisdn", entities=s.msisdn[used], gang=gang, ftype=ftype, first=first[used],
                            src="user_report", rate=0.2))


def build(w):
    fake_booking(w)
    rare_earth(w)
    brushing_jobs(w)
