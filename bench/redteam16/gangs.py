"""Thirteen fraud gangs working Jiangsu, the card sellers and mule accounts behind them, their victims' payments,
and what police, banks and users report about them."""

from __future__ import annotations

import numpy as np
from actors import Group, book, browse, days_mask, dial, iaccounts, phones, social, texts
from acts import app_rows, calls, pay, presence, sms, truth, web
from core import DAY, DAYS, HIST_DAYS, MID_AUTUMN, T0, S, hexkeys, lognorm, pick, repeat_days, times
from world import MVNO_PREFIX, SIMBOX_TACS, TACS

SZ, NJ, XZ, NT, WX, YC, CZ, SQ, HA, LYG, YZ, TZ, ZJ = range(13)
END = T0 + DAYS * DAY


class Gang:
    """Truth bookkeeping for one gang."""

    def __init__(self, w, gid: str, scheme: str, fraud_type: str):
        self.w, self.id, self.scheme, self.fraud_type = w, gid, scheme, fraud_type

    def truth(self, entity_type, entities, role, first=None):
        truth(self.w, entity_type, entities, role, self.id, self.scheme, first)


# ---- card sellers and mule accounts ------------------------------------------------------------------------------
class CardMarket:
    """ID holders in poorer northern Jiangsu who open cards and bank accounts for money (断卡 targets)."""

    def __init__(self, w):
        self.w = w
        rng = w.rng
        pool = np.flatnonzero(np.isin(w.city, [SQ, HA, XZ, LYG, YC]) & np.isin(w.age, [1, 4]) & (w.occ != 0))
        self.sellers = pool[rng.permutation(pool.size)[:40]]
        self.next = 0
        self.stores = [f"AGENT-{c}-{i:03d}" for c in ("SQ", "HA", "XZ", "LYG") for i in range(3)]

    def cards(self, n: int, gang: Gang, per_id=(3, 8), age_days=(5, 60), prepaid=True, **kw) -> Group:
        """n cards opened in batches under sellers' IDs at one small agent store per batch."""
        w, rng = self.w, self.w.rng
        keys, opened, chan = [], [], []
        while sum(len(k) for k in keys) < n:
            s = self.sellers[self.next % self.sellers.size]
            self.next += 1
            k = int(rng.integers(per_id[0], per_id[1] + 1))
            day0 = T0 - int(rng.integers(age_days[0], age_days[1])) * DAY
            keys.append([w.id_key[s]] * k)
            opened.append(day0 + np.sort(rng.integers(0, 2 * DAY, k)))
            chan.append([self.stores[int(rng.integers(0, len(self.stores)))]] * k)
            gang.truth("id_key", [w.id_key[s]], "card_seller", day0)
        keys = np.concatenate(keys)[:n]
        g = Group(w, n, city=kw.pop("city", SQ), id_keys=keys,
                  opened=np.concatenate(opened)[:n], channel=np.concatenate(chan)[:n], prepaid=prepaid, **kw)
        return g


class MuleNet:
    """Tier-1 accounts of recruited students and workers, tier-2 accounts opened by card sellers, cash-out."""

    def __init__(self, w, market: CardMarket, gang: Gang):
        rng = w.rng
        self.w, self.g = w, gang
        pool = np.flatnonzero(np.isin(w.age, [1, 2]) & (w.main_acct >= 0))
        holders = pool[rng.permutation(pool.size)[:45]]
        opened = T0 - rng.integers(3, 40, holders.size) * DAY
        self.t1 = w.new_accounts(w.id_key[holders], w.msisdn[holders], opened, "ac",
                                 ["Bank of Jiangsu", "Jiangsu Rural Commercial Bank", "PSBC", "ABC", "CCB"])
        sk = market.sellers[:16]
        self.t2 = w.new_accounts(np.repeat(w.id_key[sk], 2), np.repeat(w.msisdn[sk], 2), T0 - rng.integers(5, 60, 32) * DAY, "ac")
        self.otc = hexkeys(rng, 6, "mc")  # "merchants" that sell USDT for cash
        w.new_accounts(hexkeys(rng, 6, "bl"), np.full(6, -1), T0 - rng.integers(30, 200, 6) * DAY, "mc")
        gang.truth("account", self.t1, "mule_account", T0)
        gang.truth("account", self.t2, "mule_account", T0)
        gang.truth("account", self.otc, "cashout_account", T0)
        gang.truth("id_key", w.id_key[holders], "mule_holder", T0)
        # the recruiters (跑分 bosses) who call the students
        r = Group(w, 3, city=XZ, age_days=(300, 900))
        r.label("mule_recruiter", gang.id, gang.scheme)
        bk = (np.tile(holders[:45], (3, 1)), np.tile(w.msisdn[holders[:45]], (3, 1)))
        dial(w, r, 3, bk=bk, p_answer=0.8, dur=(90, 0.8), days=days_mask(0, DAYS), callback=0.3)
        texts(w, r, 1, ["兼职：出借银行卡走流水，日结500，安全无风险，详聊。"], bk=bk)
        social(w, r)
        phones(w, r)
        self.holders = holders

    def launder(self, t, amount, acc_in) -> None:
        """Forward what reached tier-1 accounts: split to tier-2 within the hour, then to cash-out."""
        w, rng = self.w, self.w.rng
        k = rng.integers(1, 4, t.size)
        i = np.repeat(np.arange(t.size), k)
        part = amount[i] / k[i] * rng.uniform(0.97, 0.995, i.size)
        t2 = t[i] + rng.integers(180, 3600, i.size)
        dst = self.t2[rng.integers(0, self.t2.size, i.size)]
        ok = t2 < END
        pay(w, t2[ok], np.asarray(acc_in, object)[i][ok], dst[ok], np.round(part[ok], 2), channel="mobile_app")
        t3 = t2[ok] + rng.integers(600, 6 * 3600, ok.sum())
        ok3 = t3 < END
        atm = rng.random(ok3.sum()) < 0.3
        to = np.where(atm, "ATM-" + pick(rng, ["XZ", "LYG", "SQ"], ok3.sum()) + "-" + rng.integers(1, 400, ok3.sum()).astype(str),
                      self.otc[rng.integers(0, self.otc.size, ok3.sum())])
        pay(w, t3[ok3], dst[ok][ok3], to, np.round(np.where(atm, np.minimum(part[ok][ok3], 20000), part[ok][ok3] * 0.99), -2),
            channel=np.where(atm, "atm", "third_party"))


def fleece(w, gang: Gang, net: MuleNet, caller_num, p, t, du, *, hook_s=300, p_pay=0.35, amount=(8000, 0.9), tranches=(1, 3),
           delay=(600, 6 * 3600), gap=(1800, 2 * DAY), accounts_to=None, p_report=0.45, warn=0.3):
    """People who stayed on the line (duration >= hook_s) may pay, in tranches, to mule accounts. Returns victims."""
    rng = w.rng
    eng = (p >= 0) & (du >= hook_s)
    idx = np.flatnonzero(eng)
    if idx.size == 0:
        return np.zeros(0, np.int64)
    _, first = np.unique(p[idx], return_index=True)
    idx = idx[first]
    v = p[idx]
    payer = (rng.random(idx.size) < p_pay) & (w.main_acct[v] >= 0)
    gang.truth("msisdn", w.msisdn[v], "victim", t[idx])
    k = rng.integers(tranches[0], tranches[1] + 1, idx.size) * payer
    r = np.repeat(np.arange(idx.size), k)
    step = np.concatenate([np.arange(x) for x in k]) if r.size else np.zeros(0, np.int64)
    tt = t[idx][r] + du[idx][r] + rng.integers(delay[0], delay[1], r.size) + step * rng.integers(gap[0], gap[1], r.size)
    amt = np.round(lognorm(rng, amount[0], amount[1], r.size) * (1.6 ** step), -1)
    ok = tt < END
    r, tt, amt = r[ok], tt[ok], amt[ok]
    dst = (net.t1 if accounts_to is None else accounts_to)
    to = dst[rng.integers(0, dst.size, r.size)]
    vv = v[r]
    pay(w, tt, w.acct_id[w.main_acct[vv]], to, amt, channel=pick(rng, ["mobile_app", "mobile_app", "counter", "third_party"], r.size),
        msisdn=w.msisdn[vv])
    w.feed.add("events", victim=w.msisdn[vv].astype(str).astype(object), time=tt, amount=amt, to_account=to)
    if accounts_to is None:
        net.launder(tt, amt, to)
    # victims who realise report to the police, naming the number that called them
    rep = np.flatnonzero(payer & (rng.random(idx.size) < p_report))
    rt = t[idx][rep] + rng.integers(DAY // 2, 4 * DAY, rep.size)
    ok = rt < END
    rep, rt = rep[ok], rt[ok]
    loss = np.array([amt[r == i].sum() for i in rep])
    cn = np.asarray(caller_num)[idx][rep]
    w.feed.add("reports", time=rt, entity_type="msisdn", entity=cn.astype(str).astype(object), label="fraud",
               fraud_type=gang.fraud_type, loss_amount=loss, source="police")
    w.feed.add("reports", time=rt + 60, entity_type="msisdn", entity=w.msisdn[v[rep]].astype(str).astype(object), label="victim",
               fraud_type=gang.fraud_type, loss_amount=loss, source="police")
    # the anti-fraud centre rings some of the people it saw talking to fraud numbers (预警劝阻)
    wn = rng.random(idx.size) < warn
    tw = t[idx][wn] + du[idx][wn] + rng.integers(1800, DAY, wn.sum())
    ok = tw < END
    vw = v[wn][ok]
    calls(w, tw[ok], 8696110, w.msisdn[vw], callee_cell=w.where(vw, tw[ok]), p_answer=0.8, dur=(180, 0.5), kind="fixed")
    sms(w, tw[ok] - 120, 8612381, w.msisdn[vw], "【工信部反诈中心】您近期接触了涉诈电话，请勿向陌生账户转账，如有疑问请拨打96110。")
    return v


def _den_imeis(w, n_slots: int, rotate_days: int, tacs=SIMBOX_TACS):
    """IMEI per slot per day, changed every ``rotate_days`` days (GoIP modules rewrite their IMEI)."""
    n_rot = DAYS // rotate_days + 1
    imeis = w.alloc.imei(n_slots * n_rot, tacs).reshape(n_slots, n_rot)
    return imeis[:, np.arange(DAYS) // rotate_days], imeis.ravel()


def run(w) -> None:
    rng = w.rng
    market = CardMarket(w)
    g10 = Gang(w, "JS16-G10", "money_mule_layering", "other")
    net = MuleNet(w, market, g10)

    # G01: Kunshan GoIP den, e-commerce refund "customer service" (冒充电商客服), 64 slots, IMEI rewritten every 2 days
    G = Gang(w, "JS16-G01", "simbox_customer_service", "customer_service")
    slots = 64
    sims = market.cards(slots * 2, G, per_id=(5, 9), age_days=(3, 25), tacs=SIMBOX_TACS)
    den = w.cell_in(np.array([SZ, SZ]), [0])
    cell_day = np.where(np.arange(DAYS) < HIST_DAYS + 3, den[0], den[1])  # they move flats on day 13
    imei_slot, all_imeis = _den_imeis(w, slots, 2)
    slot = np.arange(sims.n) % slots
    wave = np.arange(sims.n) // slots  # first 64 cards in days 3-9, the next 64 from day 9
    live = np.zeros((sims.n, DAYS), bool)
    for i in range(sims.n):
        d0 = 3 + wave[i] * 6 + int(rng.integers(0, 2))
        live[i, d0: min(DAYS, d0 + int(rng.integers(4, 8)))] = True
    sims.imei = imei_slot[slot, 0]
    sims.home[:], sims.work[:] = den[0], den[0]
    imei_day = imei_slot[slot]
    cd = np.broadcast_to(cell_day, (sims.n, DAYS))
    bk = book(w, sims, 900, 0.4, cities=[SZ, WX, CZ, NJ, NT], ages=[2, 3])
    e, p, t, ans, du = dial(w, sims, 45 * live, bk=bk, p_answer=0.27, dur=(22, 0.7), profile="scam_office", callback=0.01,
                            reject=0.5, hook=(0.05, 25), imei_day=imei_day, cell_day=cd)
    presence(w, sims.msisdn, sims.imsi, sims.imei, cd, live, loc=0.2, data=0.0, imei_day=imei_day)
    fleece(w, G, net, sims.msisdn[e], p, t, du, p_pay=0.3, amount=(6000, 0.8), tranches=(1, 3))
    G.truth("msisdn", sims.msisdn, "simbox_sim", T0 + live.argmax(1) * DAY)
    G.truth("imsi", sims.imsi, "simbox_sim", T0 + live.argmax(1) * DAY)
    G.truth("imei", all_imeis, "simbox_device", T0 + 3 * DAY)
    ops = Group(w, 2, city=SZ, age_days=(500, 2000))
    ops.home[:] = den[0]
    ops.label("gang_member", G.id, G.scheme)
    social(w, ops, rate=2)
    phones(w, ops)
    _report_sims(w, G, sims.msisdn, live, 0.15, "user_report")

    # G02: Sihanoukville call centre, police impersonation: +855 lines and Xuzhou cards roaming in Cambodia
    G = Gang(w, "JS16-G02", "overseas_police_impersonation", "impersonate_police")
    foreign = (855 * 10**8 + rng.integers(10**7, 10**8, 40)).astype(np.int64)
    act = rng.random((40, DAYS)) < 0.5
    fe, fd = repeat_days(rng.poisson(35 * act))
    ft = times(rng, fd, "overseas")
    victims_pool = w.strangers(3000, ages=[3, 4])
    fp = victims_pool[rng.integers(0, victims_pool.size, fe.size)]
    ans, du = calls(w, ft, foreign[fe], w.msisdn[fp], callee_cell=w.where(fp, ft), p_answer=0.3, dur=(30, 0.8), kind="intl_in",
                    hook=(0.06, 45), reject_share=0.4)
    fleece(w, G, net, foreign[fe], fp, ft, du, p_pay=0.4, amount=(30000, 0.9), tranches=(1, 4), gap=(3600, DAY))
    G.truth("msisdn", foreign, "overseas_fraud_caller", T0 + act.argmax(1) * DAY)
    roam = market.cards(24, G, per_id=(4, 8), age_days=(60, 120), prepaid=False)
    act = np.zeros((roam.n, DAYS), bool)
    act[:, 2:] = rng.random((roam.n, DAYS - 2)) < 0.6
    bk = book(w, roam, 600, 0.35, ages=[3, 4])
    e, p, t, ans, du = dial(w, roam, 20 * act, bk=bk, p_answer=0.35, dur=(35, 0.8), profile="overseas", roaming="KH",
                            hook=(0.06, 50), callback=0.0, reject=0.4)
    fleece(w, G, net, roam.msisdn[e], p, t, du, p_pay=0.4, amount=(40000, 0.8), tranches=(1, 4), gap=(3600, DAY))
    # a "police officer" shows a forged warrant by video to hooked people
    hv = np.flatnonzero(du >= 600)
    calls(w, t[hv] + du[hv] + 300, roam.msisdn[e[hv]], w.msisdn[p[hv]], caller_imei=roam.imei[e[hv]], caller_imsi=roam.imsi[e[hv]],
          callee_cell=w.where(p[hv], t[hv]), p_answer=0.95, dur=(240, 0.4), media="video", roaming="KH")
    presence(w, roam.msisdn, roam.imsi, roam.imei, np.full(roam.n, -1), act, loc=0.5, data=0.6, roaming="KH",
             cell_fn=lambda e, t: np.full(e.size, -1))
    G.truth("msisdn", roam.msisdn, "fraud_caller", T0 + act.argmax(1) * DAY)
    G.truth("imei", roam.imei, "fraud_device")

    # G03: Nanjing shell company's fixed lines and virtual-operator VoIP numbers via a private trunk, loan fees
    G = Gang(w, "JS16-G03", "fixed_voip_loan", "loan")
    shell = hexkeys(rng, 1, "bl")[0]
    fx = Group(w, 12, line="fixed", city=NJ, ctype="enterprise", idt="business_license", id_keys=shell, channel="ENTERPRISE",
               age_days=(20, 45))
    vo = Group(w, 10, line="voip", city=NJ, ctype="enterprise", idt="business_license", id_keys=shell, channel="ENTERPRISE",
               prefixes=MVNO_PREFIX, imei=False, age_days=(20, 45))
    G.truth("id_key", [shell], "shell_company")
    for grp, kind in ((fx, "fixed"), (vo, "voip")):
        act = np.zeros((grp.n, DAYS), bool)
        act[:, 1:] = True
        act &= ~np.isin(np.arange(DAYS), [MID_AUTUMN])[None, :]
        bk = book(w, grp, 1500, 0.45)
        e, p, t, ans, du = dial(w, grp, 110 * act, bk=bk, p_answer=0.3, dur=(28, 0.7), profile="scam_office", kind=kind,
                                gateway="GW-NJ-TRUNK-88", hook=(0.03, 15), reject=0.45, callback=0.02)
        fleece(w, G, net, grp.msisdn[e], p, t, du, hook_s=400, p_pay=0.35, amount=(1800, 0.6), tranches=(2, 4), gap=(3600, DAY))
        G.truth("msisdn", grp.msisdn, "fixed_voip_line", T0 + DAY)

    # G04: SMS phishing with ETC / traffic-fine lures; new domains, a wildcard domain and an IP literal
    G = Gang(w, "JS16-G04", "sms_phishing_etc", "other")
    senders = market.cards(36, G, per_id=(4, 8), age_days=(1, 15), tacs=TACS, city=CZ, roam=True)
    hand = w.alloc.imei(12)
    senders.imei = hand[np.arange(senders.n) % 12]
    live = np.zeros((senders.n, DAYS), bool)
    for i in range(senders.n):
        d0 = int(rng.integers(1, DAYS - 2))
        live[i, d0: d0 + int(rng.integers(1, 4))] = True
    sub = [f"{hexkeys(rng, 1)[0][:5]}.jtgl-12123.cc" for _ in range(14)]
    doms = ["etc-jsgs.top", "etc-jsgs.xyz", "js-etcfw.vip"] + sub
    ips = {d: f"103.151.44.{21 + i % 5}" for i, d in enumerate(doms)}
    urls = [f"https://{d}/rz" for d in doms[:3]] + [f"https://{d}/cx" for d in sub] + ["http://103.151.44.21/etc"]
    bodies = [f"【ETC服务】您的ETC卡已失效，将影响高速通行，请尽快登录 {u} 重新认证。" for u in urls[:3]] + \
             [f"【交管12123】您有一条未处理的交通违法记录，逾期将影响驾照，详情 {u} 查询。" for u in urls[3:-1]] + \
             [f"【江苏高速】ETC年审提醒，点击 {urls[-1]} 完成验证，逾期停用。"]
    bk = book(w, senders, 2500, 0.4, ages=[2, 3])
    e, p, t, k = texts(w, senders, 260 * live, bodies, bk=bk, profile="day")
    click = (p >= 0) & (rng.random(e.size) < 0.04)
    cp, ct, ck = p[click], t[click] + rng.integers(30, 3 * 3600, click.sum()), k[click]
    ok = ct < END
    cp, ct, ck = cp[ok], ct[ok], ck[ok]
    dom_of = np.array(doms + ["103.151.44.21"], object)
    ip_of = np.array([ips[d] for d in doms] + ["103.151.44.21"], object)
    web(w, ct, w.msisdn[cp], dom_of[np.minimum(ck, len(dom_of) - 1)], ip=ip_of[np.minimum(ck, len(ip_of) - 1)],
        path=S(["/rz", "/rz/card", "/cx", "/etc"], rng.integers(0, 4, ck.size)))
    # a share of clickers typed their card and SMS code in: the gang drains the card
    drained = rng.random(cp.size) < 0.25
    vp, vt = cp[drained], ct[drained]
    has = w.main_acct[vp] >= 0
    vp, vt = vp[has], vt[has] + rng.integers(300, 7200, has.sum())
    ok = vt < END
    vp, vt = vp[ok], vt[ok]
    amt = np.round(lognorm(rng, 4000, 0.7, vp.size), -1)
    to = net.t1[rng.integers(0, net.t1.size, vp.size)]
    pay(w, vt, w.acct_id[w.main_acct[vp]], to, amt, channel="third_party")
    w.feed.add("events", victim=w.msisdn[vp].astype(str).astype(object), time=vt, amount=amt, to_account=to)
    net.launder(vt, amt, to)
    G.truth("msisdn", np.unique(w.msisdn[vp]), "victim")
    G.truth("msisdn", senders.msisdn, "fraud_sms_sender", T0 + live.argmax(1) * DAY)
    G.truth("imei", hand, "fraud_device")
    G.truth("domain", doms + ["jtgl-12123.cc"], "fraud_domain", T0)
    G.truth("ip", sorted(set(ips.values())), "fraud_ip", T0)
    presence(w, senders.msisdn, senders.imsi, senders.imei, w.cell_in(np.full(senders.n, CZ), [0, 5]), live, loc=3, data=0.3,
             cell_fn=lambda e, t: w.cell_in(np.full(e.size, CZ), [0, 4, 5]))  # driven around Changzhou
    rs = rng.choice(senders.n, 10, replace=False)
    w.feed.add("reports", time=T0 + live.argmax(1)[rs] * DAY + rng.integers(10 * 3600, 20 * 3600, rs.size), entity_type="msisdn",
               entity=senders.msisdn[rs].astype(str).astype(object), label="fraud", fraud_type="other", loss_amount=0.0, source="user_report")
    w.feed.add("lists", entity_type="domain", entity=np.array(["etc-jsgs.top", "jtgl-12123.cc"], object), list="block",
               reason="phishing site reported", added_time=T0 + np.array([4, 7]) * DAY)
    w.feed.add("reports", time=T0 + np.array([3, 6, 11]) * DAY, entity_type=np.array(["domain", "url", "ip"], object),
               entity=np.array(["etc-jsgs.top", urls[4], "103.151.44.21"], object), label="fraud", fraud_type="other",
               loss_amount=0.0, source=np.array(["user_report", "user_report", "internal"], object))

    # G05: Suzhou "pig butchering" romance + fake securities app; careful, aged cards, ordinary-looking lives
    G = Gang(w, "JS16-G05", "romance_investment_app", "investment")
    m = Group(w, 8, cities=[SZ, WX], age_days=(400, 1200), work_zones=[1, 5])
    m.label("fraud_caller", G.id, G.scheme, first=T0)
    social(w, m, k=10, rate=2.2)
    phones(w, m, data=4)
    browse(w, m, 4, ["weixin.qq.com", "douyin.com", "taobao.com", "meituan.com"])
    _, plat, acc = iaccounts(w, m, ["momo", "tantan", "soul", "wechat", "qq"], (4, 8), t=T0 - rng.integers(20, 90, m.n) * DAY)
    G.truth("internet_account", np.char.add(np.char.add(plat.astype(str), ":"), acc.astype(str)).astype(object), "fraud_internet_account")
    targets = w.strangers(m.n * 6, ages=[2, 3])
    tg = targets.reshape(m.n, 6)
    bk = (tg, w.msisdn[tg])
    e, p, t, ans, du = dial(w, m, 2.2, bk=bk, p_answer=0.85, dur=(900, 0.6), profile="evening", callback=0.35, reject=0.05)
    app = "com.hxzq.pro"
    adom = "dl.hx-zhengquan.vip"
    vic = np.unique(p[du > 600])
    vic = vic[rng.random(vic.size) < 0.7]
    ti = times(rng, rng.integers(2, 9, vic.size), "evening")
    app_rows(w, ti, w.msisdn[vic], app, "install", f"https://{adom}/app.apk")
    web(w, ti - 120, w.msisdn[vic], adom, ip="154.39.88.12", path="/app.apk", nbytes=(30e6, 0.2))
    e2, d2 = repeat_days(rng.poisson(1.5 * (np.arange(DAYS)[None, :] >= ((ti - T0) // DAY)[:, None])))
    app_rows(w, times(rng, d2, "evening"), w.msisdn[vic[e2]], app, "use")
    web(w, times(rng, d2, "evening"), w.msisdn[vic[e2]], "trade.hx-zhengquan.vip", ip="154.39.88.13", path="/api/quote")
    has = vic[w.main_acct[vic] >= 0]
    k = rng.integers(2, 5, has.size)
    r = np.repeat(np.arange(has.size), k)
    step = np.concatenate([np.arange(x) for x in k]) if r.size else np.zeros(0, int)
    tt = ti[np.searchsorted(vic, has)][r] + DAY + step * rng.integers(DAY, 2 * DAY, r.size)
    amt = np.round(lognorm(rng, 10000, 0.5, r.size) * 2.5 ** step, -2)
    ok = tt < END
    r, tt, amt = r[ok], tt[ok], amt[ok]
    to = net.t1[rng.integers(0, net.t1.size, r.size)]
    pay(w, tt, w.acct_id[w.main_acct[has[r]]], to, amt, channel="mobile_app", msisdn=w.msisdn[has[r]])
    w.feed.add("events", victim=w.msisdn[has[r]].astype(str).astype(object), time=tt, amount=amt, to_account=to)
    net.launder(tt, amt, to)
    G.truth("msisdn", w.msisdn[vic], "victim")
    G.truth("app", [app], "fraud_app")
    G.truth("domain", [adom, "trade.hx-zhengquan.vip", "hx-zhengquan.vip"], "fraud_domain")
    G.truth("ip", ["154.39.88.12", "154.39.88.13"], "fraud_ip")

    # G06: refund / "close your student loan" customer service with screen sharing
    G = Gang(w, "JS16-G06", "screen_share_customer_service", "customer_service")
    c6 = market.cards(20, G, per_id=(3, 6), age_days=(10, 50), tacs=TACS)
    c6.home[:] = w.cell_in(np.full(c6.n, XZ), [0])[0]
    act = np.zeros((c6.n, DAYS), bool)
    act[:, 4:] = rng.random((c6.n, DAYS - 4)) < 0.8
    bk = book(w, c6, 700, 0.35, ages=[1, 2])
    e, p, t, ans, du = dial(w, c6, 30 * act, bk=bk, p_answer=0.3, dur=(30, 0.7), profile="scam_office", hook=(0.05, 35),
                            reject=0.4, callback=0.02)
    hooked = np.flatnonzero((p >= 0) & (du >= 600))
    sa = ["com.yunshixun.meet", "com.tencent.wemeet.app"]
    which = rng.integers(0, 2, hooked.size)
    app_rows(w, t[hooked] + 240, w.msisdn[p[hooked]], S(sa, which), "install",
             S(["https://meet-yunshi.cn/d/ysx.apk", "https://sj.qq.com/appdetail/com.tencent.wemeet.app"], which))
    app_rows(w, t[hooked] + 420, w.msisdn[p[hooked]], S(sa, which), "use")
    web(w, t[hooked][which == 0] + 200, w.msisdn[p[hooked][which == 0]], "meet-yunshi.cn", ip="45.195.12.77", path="/d/ysx.apk")
    fleece(w, G, net, c6.msisdn[e], p, t, du, hook_s=600, p_pay=0.5, amount=(12000, 0.7), tranches=(1, 3), delay=(300, 1800),
           gap=(600, 3600))
    presence(w, c6.msisdn, c6.imsi, c6.imei, c6.home, act, loc=0.3, data=0.4)
    G.truth("msisdn", c6.msisdn, "fraud_caller", T0 + act.argmax(1) * DAY)
    G.truth("app", ["com.yunshixun.meet"], "fraud_app")
    G.truth("domain", ["meet-yunshi.cn"], "fraud_domain")
    G.truth("ip", ["45.195.12.77"], "fraud_ip")

    # G07: AI face-swap video calls posing as the boss or a relative asking for an urgent transfer
    G = Gang(w, "JS16-G07", "deepfake_video_call", "acquaintance")
    c7 = market.cards(10, G, per_id=(2, 5), age_days=(2, 20))
    act = np.zeros((c7.n, DAYS), bool)
    act[:, HIST_DAYS - 3:] = True
    bk = book(w, c7, 150, 0.2, ages=[2, 3])
    e, p, t, ans, du = dial(w, c7, 4 * act, bk=bk, p_answer=0.6, dur=(50, 0.5), media="video", profile="office", callback=0.05)
    fol = ans & (p >= 0)
    sms(w, t[fol] + du[fol] + 60, c7.msisdn[e[fol]], w.msisdn[p[fol]], "我在开会不方便接电话，先帮我转一笔款到这个账户，急用，回头还你。",
        sender_imei=c7.imei[e[fol]], sender_cell=c7.home[e[fol]])
    big = w.new_accounts(w.id_key[market.sellers[20:23]], w.msisdn[market.sellers[20:23]], T0 - rng.integers(5, 20, 3) * DAY, "ac")
    G.truth("account", big, "mule_account")
    du2 = np.where(fol & (rng.random(du.size) < 0.25), 600, 0)
    fleece(w, G, net, c7.msisdn[e], p, t, du2, hook_s=600, p_pay=0.6, amount=(60000, 0.6), tranches=(1, 2), delay=(300, 1800),
           gap=(600, 1800), accounts_to=big)
    phones(w, c7, days=days_mask(HIST_DAYS - 3, DAYS), data=2)
    G.truth("msisdn", c7.msisdn, "fraud_caller", T0 + (HIST_DAYS - 3) * DAY)

    # G09: careful part-time-job (刷单) gang: 60 aged cards in ordinary handsets, few calls each, normal lives
    G = Gang(w, "JS16-G09", "part_time_job_low_and_slow", "part_time_job")
    c9 = market.cards(60, G, per_id=(1, 3), age_days=(200, 700), prepaid=False, tacs=TACS)
    c9.city = rng.choice([SZ, NJ, WX, CZ, NT, XZ], c9.n)
    c9.home = w.cell_in(c9.city, [0])
    c9.work = w.cell_in(c9.city, [1, 5])
    social(w, c9, k=6, rate=1.2)
    phones(w, c9, data=2.5)
    browse(w, c9, 3, ["weixin.qq.com", "douyin.com", "baidu.com", "taobao.com", "qq.com"])
    bk = book(w, c9, 220, 0.3, ages=[1, 2])
    e, p, t, ans, du = dial(w, c9, 4, bk=bk, p_answer=0.45, dur=(70, 0.8), profile="day", callback=0.06, hook=(0.05, 20),
                            days=days_mask(2, DAYS))
    texts(w, c9, 1.5, ["在家动动手指，点赞关注日结200-500，学生宝妈优先，加QQ 3847xxxx 了解。"], bk=bk)
    fleece(w, G, net, c9.msisdn[e], p, t, du, hook_s=900, p_pay=0.45, amount=(800, 0.6), tranches=(2, 5), gap=(1800, DAY))
    G.truth("msisdn", c9.msisdn, "fraud_caller", T0 + 2 * DAY)

    # G11: sleeper cards opened months ago, kept alive, woken in the window for loan-fee calls
    G = Gang(w, "JS16-G11", "sleeper_card_reactivation", "loan")
    c11 = market.cards(40, G, per_id=(4, 6), age_days=(120, 240))
    phonez = w.alloc.imei(10)
    c11.imei = phonez[np.arange(c11.n) // 4]
    wake = HIST_DAYS + 1 + rng.integers(0, 3, c11.n)
    act = np.arange(DAYS)[None, :] >= wake[:, None]
    keep = ~act & (rng.random((c11.n, DAYS)) < 0.08)
    presence(w, c11.msisdn, c11.imsi, c11.imei, c11.home, keep | act, loc=0.3, data=0.2)
    e, d = repeat_days(keep.astype(int))
    sms(w, times(rng, d, "day"), c11.msisdn[e], 8610086, "CXLL", sender_imei=c11.imei[e], sender_cell=c11.home[e])
    bk = book(w, c11, 800, 0.35, ages=[2, 3])
    e, p, t, ans, du = dial(w, c11, 55 * act * (np.arange(DAYS)[None, :] < wake[:, None] + 3), bk=bk, p_answer=0.3, dur=(25, 0.7),
                            profile="scam_office", hook=(0.04, 18), reject=0.45, callback=0.01)
    fleece(w, G, net, c11.msisdn[e], p, t, du, hook_s=500, p_pay=0.35, amount=(3000, 0.6), tranches=(1, 3))
    G.truth("msisdn", c11.msisdn, "sleeper_card", T0 + wake * DAY)
    G.truth("imei", phonez, "fraud_device")

    # G12: fake loan app: SMS promotion, side-load from an IP literal, platform accounts as "customer service"
    G = Gang(w, "JS16-G12", "fake_loan_app", "loan")
    c12 = market.cards(15, G, per_id=(3, 5), age_days=(5, 30), tacs=TACS)
    live = np.zeros((c12.n, DAYS), bool)
    live[:, 3:] = rng.random((c12.n, DAYS - 3)) < 0.45
    lure = ["【速借金融】您有一笔50000元额度待领取，最快10分钟到账 https://jsxd-dk.cn/?c=js 退订回T",
            "尊敬的用户，您的征信良好，可申请无抵押贷款，下载APP http://45.207.33.18/jsxd.apk"]
    bk = book(w, c12, 2000, 0.4, ages=[2, 3])
    e, p, t, _ = texts(w, c12, 150 * live, lure, bk=bk)
    presence(w, c12.msisdn, c12.imsi, c12.imei, c12.home, live, loc=0.5, data=0.2)
    click = np.flatnonzero((p >= 0) & (rng.random(e.size) < 0.015))
    tc = t[click] + rng.integers(60, 6 * 3600, click.size)
    ok = tc < END
    cp, tc = p[click][ok], tc[ok]
    web(w, tc, w.msisdn[cp], "jsxd-dk.cn", ip="45.207.33.19", path="/reg")
    inst = rng.random(cp.size) < 0.5
    app_rows(w, tc[inst] + 300, w.msisdn[cp[inst]], "com.jsxd.daikuan", "install", "http://45.207.33.18/jsxd.apk")
    web(w, tc[inst] + 200, w.msisdn[cp[inst]], "45.207.33.18", ip="45.207.33.18", path="/jsxd.apk", scheme="http://")
    _, plat, acc = iaccounts(w, c12, ["qq", "wechat", "douyin"], (3, 6), t=c12.opened)
    G.truth("internet_account", np.char.add(np.char.add(plat.astype(str), ":"), acc.astype(str)).astype(object), "fraud_internet_account")
    # the app's "customer service" calls installers about unfreezing fees
    ip_ = cp[inst]
    cs = rng.integers(0, c12.n, ip_.size)
    tcs = tc[inst] + rng.integers(3600, DAY, ip_.size)
    ok = tcs < END
    ans, du = calls(w, tcs[ok], c12.msisdn[cs[ok]], w.msisdn[ip_[ok]], caller_imei=c12.imei[cs[ok]], caller_imsi=c12.imsi[cs[ok]],
                    caller_cell=c12.home[cs[ok]], callee_cell=w.where(ip_[ok], tcs[ok]), p_answer=0.8, dur=(400, 0.6))
    fleece(w, G, net, c12.msisdn[cs[ok]], ip_[ok], tcs[ok], du, hook_s=240, p_pay=0.5, amount=(2500, 0.5), tranches=(2, 4))
    G.truth("msisdn", c12.msisdn, "fraud_sms_sender", T0 + live.argmax(1) * DAY)
    G.truth("app", ["com.jsxd.daikuan"], "fraud_app")
    G.truth("domain", ["jsxd-dk.cn"], "fraud_domain")
    G.truth("ip", ["45.207.33.18", "45.207.33.19"], "fraud_ip")

    # G13: Lianyungang card buyers: recruit students to sell their own cards, then use them from their den
    G = Gang(w, "JS16-G13", "card_buying_recruiters", "loan")
    rec = Group(w, 4, city=LYG, age_days=(100, 600))
    rec.label("card_buyer", G.id, G.scheme)
    social(w, rec)
    phones(w, rec)
    students = np.r_[w.g13_sold, w.strangers(500 - w.g13_sold.size, ages=[1], occ=[1])]
    students = students.reshape(125, 4).T
    bk = (students, w.msisdn[students])
    texts(w, rec, 12, ["高价收卡！一张卡300元，只要实名卡不用你操作，当天结算，私聊。", "兼职：出租闲置手机卡，月入过千，安全正规。"], bk=bk,
          days=days_mask(0, HIST_DAYS + 2))
    dial(w, rec, 5, bk=bk, p_answer=0.6, dur=(120, 0.7), days=days_mask(0, HIST_DAYS + 2), callback=0.2)
    sold, sale = w.g13_sold, w.g13_sale
    # the deal: a recruiter talks each seller round, then meets them (the card changes hands at the sale time)
    who = rng.integers(0, rec.n, sold.size)
    for lag in (2 * DAY, DAY // 2):
        tn = sale - lag + rng.integers(-3600, 3600, sold.size)
        calls(w, tn, rec.msisdn[who], w.msisdn[sold], caller_imei=rec.imei[who], caller_imsi=rec.imsi[who], caller_cell=rec.home[who],
              callee_cell=w.where(sold, tn), p_answer=1.0, dur=(240, 0.4))
    den = w.cell_in(np.array([LYG]), [0])[0]
    devs = w.alloc.imei(4, SIMBOX_TACS)
    after = np.arange(DAYS)[None, :] >= ((sale - T0) // DAY + 1)[:, None]
    sg = Group.__new__(Group)
    sg.w, sg.n, sg.msisdn, sg.imsi = w, sold.size, w.msisdn[sold], w.imsi[sold]
    sg.imei = devs[np.arange(sold.size) % 4]
    sg.city, sg.home, sg.work = np.full(sold.size, LYG), np.full(sold.size, den), np.full(sold.size, den)
    sg.fixed, sg.roam, sg.activity, sg.opened, sg.id_key = False, False, np.ones(sold.size), w.open_time[sold], w.id_key[sold]
    bk2 = book(w, sg, 800, 0.35, ages=[2, 3])
    e, p, t, ans, du = dial(w, sg, 35 * after, bk=bk2, p_answer=0.3, dur=(25, 0.7), profile="scam_office", hook=(0.04, 20),
                            reject=0.45, callback=0.01)
    presence(w, sg.msisdn, sg.imsi, sg.imei, sg.home, after, loc=0.2, data=0.0)
    fleece(w, G, net, sg.msisdn[e], p, t, du, hook_s=500, p_pay=0.35, amount=(3500, 0.6), tranches=(1, 3))
    G.truth("msisdn", sg.msisdn, "bought_card", sale)
    G.truth("id_key", w.id_key[sold], "card_seller", sale)
    G.truth("imei", devs, "simbox_device")

    # G08: the card-selling ring itself: recruiters who bring northern-Jiangsu ID holders to agent stores
    G = Gang(w, "JS16-G08", "card_selling_ring", "other")
    rr = Group(w, 3, cities=[SQ, HA], age_days=(200, 900))
    rr.label("card_recruiter", G.id, G.scheme)
    sel = market.sellers
    bk = (np.tile(sel[:30], (3, 1)), np.tile(w.msisdn[sel[:30]], (3, 1)))
    dial(w, rr, 4, bk=bk, p_answer=0.8, dur=(100, 0.8), callback=0.4)
    social(w, rr)
    phones(w, rr)
    w.feed.add("reports", time=T0 + rng.integers(1, HIST_DAYS, 6) * DAY, entity_type="id_key",
               entity=w.id_key[sel[rng.choice(min(sel.size, max(6, market.next)), 6, replace=False)]], label="card_seller",
               fraud_type="other", loss_amount=0.0, source="police")
    # banks report some mule accounts they froze
    fr = rng.choice(net.t1.size, 6, replace=False)
    w.feed.add("reports", time=T0 + rng.integers(2, HIST_DAYS + 5, 6) * DAY, entity_type="account", entity=net.t1[fr],
               label="fraud", fraud_type="other", loss_amount=0.0, source="bank")
    truth(w, "msisdn", [8696110, 8612381], "lookalike:anti_fraud_warning_line")


def _report_sims(w, G: Gang, nums, live, share, source):
    rng = w.rng
    k = max(1, int(nums.size * share))
    i = rng.choice(nums.size, k, replace=False)
    t = T0 + (live[i].argmax(1) + 1) * DAY + rng.integers(9 * 3600, 20 * 3600, k)
    w.feed.add("reports", time=np.minimum(t, END - 60), entity_type="msisdn", entity=nums[i].astype(str).astype(object),
               label="fraud", fraud_type=G.fraud_type, loss_amount=0.0, source=source)


def prepare(w) -> None:
    """Before ordinary life is drawn: the students who will sell their own cards to the Lianyungang buyers (G13)
    stop using them the day after the sale."""
    rng = w.rng
    pool = np.flatnonzero((w.age == 1) & (w.occ == 1))
    w.g13_sold = np.sort(pool[rng.permutation(pool.size)[:18]])
    w.g13_sale = T0 + rng.integers(4, HIST_DAYS + 3, w.g13_sold.size) * DAY + rng.integers(10 * 3600, 20 * 3600, w.g13_sold.size)
    w.gone[w.g13_sold] = (w.g13_sale - T0) // DAY + 1
