"""The twelve planted gangs of the Heilongjiang generator, their victims, mules, reports and list entries.

Each plant_* function writes the gang's records through common's building blocks and its truth rows, and returns
a short summary (counts per role) for the README. Entities stay integers until written."""

from __future__ import annotations

import common as C
import numpy as np

GOIP_TACS = [86248803, 86735602]  # multi-slot GSM/LTE gateways
SMART = [35391110, 35328511, 86769204, 86281905, 35205611, 86015604]
RU_PREFIX = [7914, 7924, 7902, 7908]  # Far East mobile (+7 9xx)
KH_PREFIX = [85512, 85597, 85588]


class Gang:
    """Truth bookkeeping of one gang."""

    def __init__(self, ctx: C.Ctx, gid: str, scheme: str):
        self.ctx, self.gid, self.scheme = ctx, gid, scheme
        self.counts: dict[str, int] = {}

    def label(self, etype, ents, role, first):
        ents = np.asarray(ents)
        if len(ents) == 0:
            return
        self.ctx.add_truth(etype, ents, role, self.gid, self.scheme, first)
        self.counts[f"{role}:{etype}"] = self.counts.get(f"{role}:{etype}", 0) + len(ents)


def ids(ctx, n):
    return ctx.id_keys(n)


def cards(ctx, n, *, idk, opened, city_cells, channel, operator="CMCC", prepaid=True):
    rng = ctx.rng
    m = ctx.numbers(n, [86170, 86171, 86165, 86167, 86150, 86157, 86188, 86139, 86135, 86184])
    cell = C.pick(rng, city_cells, n)
    imsi = C.new_sims(ctx, m, id_key=idk, open_time=opened, open_cell=cell, channel=channel, operator=operator,
                      prepaid=prepaid)
    return m, imsi


def campaign(ctx, lines, imei, imsi, cell_fn, days, per_day, targets, tcells, *, p_answer, med, sigma=0.9,
             hours="work", roaming=None, call_type="mobile", gateway=None, media="voice"):
    """Every line dials per_day (Poisson) targets a day; returns callee index per row and the times."""
    rng = ctx.rng
    lines = np.asarray(lines)
    for d in days:
        k = rng.poisson(per_day, len(lines))
        li = np.repeat(np.arange(len(lines)), k)
        if len(li) == 0:
            continue
        ti = rng.integers(0, len(targets), len(li))
        t = C.times_on_days(rng, np.full(len(li), d), hours)
        dur = C.answered_durations(rng, len(li), p_answer, med, sigma)
        C.calls(ctx, lines[li], targets[ti], t, dur, imei=_at(imei, li), imsi=_at(imsi, li),
                caller_cell=cell_fn(li, t), callee_cell=_at(tcells, ti), roaming=_at(roaming, li),
                call_type=call_type, gateway=_at(gateway, li), media=media)


def _at(x, idx):
    if x is None or np.ndim(x) == 0:
        return x
    return np.asarray(x)[idx]


def pop_cells(pop, idx, t):
    d = np.clip((np.asarray(t) - C.START) // C.DAY, 0, pop["day_home"].shape[0] - 1)
    hour = ((np.asarray(t) - C.START) % C.DAY) // C.HOUR
    return np.where((hour >= 8) & (hour < 18), pop["day_work"][d, idx], pop["day_home"][d, idx])


def choose_victims(ctx, mask, n):
    pop = ctx.info["pop"]
    cand = np.flatnonzero(mask & ~pop["sleeping"] & ~pop["busy"] & (pop["acct"] != None))  # noqa: E711
    v = ctx.rng.choice(cand, min(n, len(cand)), replace=False)
    pop["busy"][v] = True
    return np.sort(v)


def mules(ctx, g: Gang, n, opened_days_ago=(20, 200), holders=None, bank="PSBC"):
    """Level-1 collection accounts under bought identities; labels the accounts and the IDs."""
    rng = ctx.rng
    if holders is None:
        holders = ids(ctx, n)
        g.label("id_key", holders, "gang_member", C.START)
    opened = C.START - rng.integers(*opened_days_ago, n) * C.DAY
    acc = C.accounts(ctx, holders, np.zeros(n, np.int64), opened,
                     bank=np.array(["PSBC", "ABC", "RCC-HLJ", "CCB", bank], object)[rng.integers(0, 5, n)])
    return acc


def victim_contact(ctx, pop, v, line, imei, imsi, cell, t, *, mins=(6, 30), calls=2, roaming=None,
                   call_type="mobile", gateway=None, media="voice", callback=False):
    """Long answered conversations with each victim before the payment at time t (one line per victim)."""
    rng = ctx.rng
    n = len(v)
    for k in range(calls):
        tt = t - rng.integers(20, 40 * 60, n) - k * rng.integers(3600, 20 * 3600, n)
        dur = rng.integers(mins[0] * 60, mins[1] * 60, n)
        if callback and k == calls - 1:  # the victim calls the number back
            C.calls(ctx, pop["msisdn"][v], line, tt, dur, imei=pop["imei"][v], imsi=pop["imsi"][v],
                    caller_cell=pop_cells(pop, v, tt), callee_cell=cell,
                    call_type="intl_out" if call_type == "intl_in" else call_type)
        else:
            C.calls(ctx, line, pop["msisdn"][v], tt, dur, imei=imei, imsi=imsi, caller_cell=cell,
                    callee_cell=pop_cells(pop, v, tt), roaming=roaming, call_type=call_type, gateway=gateway,
                    media=media)


def victim_pay(ctx, g: Gang, pop, v, t, amount, mule_acc, *, relative_share=0.0, channel="mobile_app",
               laundering=None):
    """Victims pay from their own (or a relative's) account to the gang's accounts; truth events."""
    rng = ctx.rng
    v = np.asarray(v)
    src = pop["acct"][v].copy()
    init = pop["msisdn"][v].copy()
    rel = rng.random(len(v)) < relative_share
    nb = np.clip(v + np.where(rng.random(len(v)) < .5, 1, -1), 0, len(pop["acct"]) - 1)
    okrel = rel & (pop["acct"][nb] != None) & (pop["hh"][nb] == pop["hh"][v])  # noqa: E711
    src[okrel] = pop["acct"][nb[okrel]]
    init[okrel] = pop["msisdn"][nb[okrel]]
    to = C.pick(rng, mule_acc, len(v))
    C.pay(ctx, src, to, t, amount, initiated=init, channel=channel)
    ctx.add_events(pop["msisdn"][v], t, np.round(amount, 2), to)
    if laundering is not None:
        laundering(to, t, amount)
    return to


def first_times(v, t):
    order = np.lexsort((t, v))
    vs, ts = v[order], t[order]
    first = np.r_[True, vs[1:] != vs[:-1]]
    return vs[first], ts[first]


def normal_life(ctx, pop, m, imsi, imei, cells, days, per_day=3.0, web_per_day=1.5):
    """Data sessions and browsing like anyone's (careful gangs keep their phones alive)."""
    rng = ctx.rng
    C.data_life(ctx, m, imsi, imei, cells, days, per_day)
    doms = np.array(["baidu.com", "qq.com", "douyin.com", "taobao.com", "kuaishou.com", "weather.com.cn"], object)
    for d in days:
        k = rng.poisson(web_per_day, len(m))
        li = np.repeat(np.arange(len(m)), k)
        C.web(ctx, m[li], C.times_on_days(rng, np.full(len(li), d), "evening"), C.pick(rng, doms, len(li)))


def reports_for(ctx, numbers, t_first, frac, fraud_type, source="police", etype="msisdn"):
    rng = ctx.rng
    numbers = np.asarray(numbers)
    sel = rng.random(len(numbers)) < frac
    if sel.sum() == 0:
        return
    t = np.asarray(t_first)[sel] + rng.integers(6 * C.HOUR, 4 * C.DAY, sel.sum())
    t = np.minimum(t, ctx.end - 60)
    C.report(ctx, t, etype, numbers[sel], "fraud", fraud_type=fraud_type, source=source)


def victim_reports(ctx, pop, v, t, amount, frac, fraud_type):
    rng = ctx.rng
    sel = rng.random(len(v)) < frac
    tt = np.minimum(np.asarray(t)[sel] + rng.integers(2 * C.HOUR, 3 * C.DAY, sel.sum()), ctx.end - 60)
    C.report(ctx, tt, "msisdn", pop["msisdn"][np.asarray(v)[sel]], "victim", fraud_type=fraud_type,
             loss=np.asarray(amount)[sel], source="police")


# ==================================================================== G12: the laundering service
class Launderer:
    """Level-2 accounts that take every gang's collections within minutes and pass them to USDT OTC sellers."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.g = Gang(ctx, "G12", "laundering_usdt_otc")
        rng = ctx.rng
        pop = ctx.info["pop"]
        sp = ctx.info["special"]
        g = self.g
        self.l2 = mules(ctx, g, 9, (40, 400))
        # OTC "U-merchants" in Heihe and Suifenhe: real people, aged cards, many counterparties
        otc_idk = ids(ctx, 4)
        g.label("id_key", otc_idk, "gang_member", C.START)
        port_cells = np.concatenate([sp["heihe_port"], sp["suifenhe_port"]])
        self.otc_m, self.otc_imsi = cards(ctx, 4, idk=otc_idk, opened=C.START - rng.integers(300, 1500, 4) * C.DAY,
                                          city_cells=port_cells, channel="HLJ-STORE-HHE", prepaid=False)
        self.otc_imei = ctx.imeis(4, SMART)
        self.otc_acc = C.accounts(ctx, otc_idk, self.otc_m, C.START - rng.integers(300, 1500, 4) * C.DAY,
                                  bank="HRBB")
        self.cash = mules(ctx, g, 3, (100, 600), bank="BOC")
        self.otc_cells = C.pick(rng, port_cells, 4)
        self.rows = []
        days = range(ctx.total_days)
        normal_life(ctx, pop, self.otc_m, self.otc_imsi, self.otc_imei, self.otc_cells, days, 4, 2)
        # the OTC traders talk to each other and to Russian partners; use exchange apps
        ru = ctx.numbers(5, RU_PREFIX, 7)
        self.ru = ru
        for d in days:
            n = rng.poisson(6)
            a = rng.integers(0, 4, n)
            b = (a + rng.integers(1, 4, n)) % 4
            t = C.times_on_days(rng, np.full(n, d), "day")
            C.calls(ctx, self.otc_m[a], self.otc_m[b], t, C.answered_durations(rng, n, .9, 90),
                    imei=self.otc_imei[a], imsi=self.otc_imsi[a], caller_cell=self.otc_cells[a],
                    callee_cell=self.otc_cells[b])
            n = rng.poisson(3)
            a = rng.integers(0, 4, n)
            C.calls(ctx, C.pick(rng, ru, n), self.otc_m[a], C.times_on_days(rng, np.full(n, d), "day"),
                    C.answered_durations(rng, n, .8, 140), callee_cell=self.otc_cells[a], call_type="intl_in",
                    gateway="INTL-GW-HRB")
            n = rng.poisson(5)
            a = rng.integers(0, 4, n)
            t = C.times_on_days(rng, np.full(n, d), "evening")
            C.ctx_apps(ctx, self.otc_m[a], t, C.pick(rng, np.array(["com.okinc.okex.gp", "com.binance.dev"], object),
                                                        n), "use")
            C.web(ctx, self.otc_m[a], t + 30, C.pick(rng, np.array(["www.okx.com", "www.binance.com"], object), n),
                  path="/p2p")
        g.label("msisdn", self.otc_m, "gang_member", C.START)
        g.label("msisdn", ru, "gang_member", C.START)  # the Russian counterparts of the cash-out
        g.label("imei", self.otc_imei, "gang_phone", C.START)

    def __call__(self, l1, t, amount):
        """Forward collections: L1 -> L2 in 5-90 minutes (rounded down), L2 -> OTC within hours."""
        rng = self.ctx.rng
        l1 = np.asarray(l1, object)
        t = np.asarray(t, np.int64)
        amount = np.asarray(amount, float)
        n = len(l1)
        l2 = C.pick(rng, self.l2, n)
        t2 = t + rng.integers(5 * 60, 90 * 60, n)
        a2 = np.floor(amount * rng.uniform(.93, .99, n) / 100) * 100
        C.pay(self.ctx, l1, l2, t2, a2, channel="mobile_app")
        k = np.where(a2 > 30000, 3, np.where(a2 > 8000, 2, 1))
        i = np.repeat(np.arange(n), k)
        part = a2[i] / k[i]
        t3 = t2[i] + rng.integers(20 * 60, 8 * C.HOUR, len(i))
        oi = rng.integers(0, 4, len(i))
        C.pay(self.ctx, l2[i], self.otc_acc[oi], t3, np.floor(part), channel="third_party")
        self.rows.append(len(i) + n)
        return l2

    def finish(self):
        ctx, g, rng = self.ctx, self.g, self.ctx.rng
        # OTC merchants' own payouts to their cash-out accounts
        for d in range(ctx.total_days):
            n = 4
            t = C.START + d * C.DAY + 20 * C.HOUR + rng.integers(0, 2 * C.HOUR, n)
            C.pay(ctx, self.otc_acc, C.pick(rng, self.cash, n), t, C.money(rng, 60000, .6, n, 5000),
                  channel="counter", initiated=self.otc_m)
        g.label("account", self.l2, "mule_account", C.START)
        g.label("account", self.otc_acc, "mule_account", C.START)
        g.label("account", self.cash, "mule_account", C.START)
        return g.counts


# ==================================================================== the gangs
def plant_all(ctx: C.Ctx) -> dict:
    pop = ctx.info["pop"]
    launder = Launderer(ctx)
    summary = {}
    sold = g11_card_ring(ctx, pop)
    for fn in (g01_military, g02_russian_partner, g03_grain_subsidy, g04_child_trouble_abroad, g05_pension_app,
               g06_ice_ticket_refund, g07_heating_refund_goip_car, g08_pig_butchering, g09_goip_flat,
               g10_voip_loan):
        gid, counts = fn(ctx, pop, launder, sold)
        summary[gid] = counts
    sold["gang"].label("account", sold["acct"], "mule_account", C.START)  # sold, not yet put to work
    summary["G11"] = sold["gang"].counts
    summary["G12"] = launder.finish()
    # banks flag a share of the collection accounts; police-reported numbers get blocked a day later
    rng = ctx.rng
    mule = np.concatenate([p["entity"] for _, p in ctx.truth
                           if p["role"] == "mule_account" and p["gang_id"] is not None])
    sel = mule[rng.random(len(mule)) < .2]
    C.report(ctx, C.START + rng.integers(ctx.n_hist // 2, ctx.total_days, len(sel)) * C.DAY, "account", sel, "fraud",
             fraud_type="other", source="bank")
    rep = [(n, p) for n, p in ctx.tables.get("reports", []) if p.get("source") == "police"
           and isinstance(p.get("label"), str) and p["label"] == "fraud" and p["entity_type"] == "msisdn"]
    if rep:
        ent = np.concatenate([p["entity"] for _, p in rep])
        t = np.concatenate([np.broadcast_to(p["time"], (n,)) for n, p in rep])
        C.listing(ctx, "msisdn", ent, "block", "police report: fraud number", np.minimum(t + C.DAY, ctx.end - 60))
    return summary


def _setup_callers(ctx, g, n, *, opened_days, city_cells, channel, idk=None, smart=True, label="fraud_caller",
                   per_id=1):
    rng = ctx.rng
    if idk is None:
        idk = np.repeat(ids(ctx, int(np.ceil(n / per_id))), per_id)[:n]
        g.label("id_key", np.unique(idk), "gang_member", C.START)
    opened = C.START - rng.integers(*opened_days, n) * C.DAY
    m, imsi = cards(ctx, n, idk=idk, opened=opened, city_cells=city_cells, channel=channel)
    imei = ctx.imeis(n, SMART if smart else GOIP_TACS)
    return m, imsi, imei, opened


def g01_military(ctx, pop, launder, sold):
    """Careful: 'army logistics officers' ordering goods from small businesses, then a 'designated supplier'."""
    rng = ctx.rng
    g = Gang(ctx, "G01", "impersonate_military_procurement")
    cc = ctx.info["city_cells"]
    home = np.concatenate([cc[0], cc[2]])
    m, imsi, imei, opened = _setup_callers(ctx, g, 6, opened_days=(180, 430), city_cells=home,
                                           channel="HLJ-STORE-88", per_id=2)
    cell = C.pick(rng, home, 6)
    days = range(ctx.total_days)
    normal_life(ctx, pop, m, imsi, imei, cell, days, 3.5, 2)
    biz = ctx.info["biz"]
    shopk = np.flatnonzero((pop["occ"] == 8) & np.isin(pop["city"], [0, 2, 3]) & ~pop["sleeping"])
    targets = np.concatenate([biz["fixed"][np.isin(biz["city"], [0, 2, 3])], pop["msisdn"][shopk]])
    tcells = np.concatenate([biz["cell"][np.isin(biz["city"], [0, 2, 3])], pop["home"][shopk]])
    officers, supplier = np.arange(5), 5
    campaign(ctx, m[officers], imei[officers], imsi[officers], lambda li, t: cell[li], days, 6.0, targets, tcells,
             p_answer=.72, med=140, call_type="mobile")
    # the accomplices talk every day: reciprocal contacts
    for d in days:
        n = rng.poisson(5)
        a = rng.integers(0, 6, n)
        b = (a + rng.integers(1, 6, n)) % 6
        t = C.times_on_days(rng, np.full(n, d), "day")
        C.calls(ctx, m[a], m[b], t, C.answered_durations(rng, n, .9, 80), imei=imei[a], imsi=imsi[a],
                caller_cell=cell[a], callee_cell=cell[b])
    wx = C.hexkeys(ctx.counter("g01wx", 6) + ctx.seed * 7 + (11 << 44), "wxid_", 14)
    ctx.add("internet_accounts", platform="wechat", account=wx, msisdn=m, register_time=opened + 3 * C.DAY,
            status="active")
    v = choose_victims(ctx, (pop["occ"] == 8) & np.isin(pop["city"], [0, 2, 3]), 7)
    vday = np.sort(rng.integers(3, ctx.total_days, len(v)))
    vday[: len(v) // 2] = rng.integers(ctx.n_hist, ctx.total_days, len(v) // 2)
    t = C.START + vday * C.DAY + rng.integers(10 * C.HOUR, 16 * C.HOUR, len(v))
    li = rng.integers(0, 5, len(v))
    victim_contact(ctx, pop, v, m[li], imei[li], imsi[li], cell[li], t - C.DAY, mins=(3, 9), calls=2)
    # the victim phones the "designated supplier" for the special goods
    C.calls(ctx, pop["msisdn"][v], np.full(len(v), m[supplier]), t - rng.integers(3600, 5 * 3600, len(v)),
            rng.integers(180, 700, len(v)), imei=pop["imei"][v], imsi=pop["imsi"][v],
            caller_cell=pop["home"][v], callee_cell=np.full(len(v), cell[supplier]))
    acc = mules(ctx, g, 3)
    amount = C.money(rng, 22000, .6, len(v), 5000)
    to = victim_pay(ctx, g, pop, v, t, amount, acc, laundering=launder)
    del to
    g.label("msisdn", m, "fraud_caller", opened.min())
    g.label("imei", imei, "gang_phone", opened.min())
    g.label("internet_account", wx, "fraud_internet_account", opened.min())
    g.label("account", acc, "mule_account", C.START)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.DAY)
    reports_for(ctx, m[officers], np.full(5, t.min()), .35, "other")
    victim_reports(ctx, pop, v, t, amount, .5, "other")
    return g.gid, g.counts


def g02_russian_partner(ctx, pop, launder, sold):
    """Fake Russian buyers and a 'currency exchange' agent: advance fees from border traders."""
    rng = ctx.rng
    g = Gang(ctx, "G02", "fake_russian_partner_exchange")
    sp = ctx.info["special"]
    ru = ctx.numbers(4, RU_PREFIX, 7)
    port = np.concatenate([sp["suifenhe_port"], ctx.info["city_cells"][4]])
    m, imsi, imei, opened = _setup_callers(ctx, g, 2, opened_days=(12, 30), city_cells=port,
                                           channel="HLJ-AGENT-SFH-07", per_id=2)
    imei[:] = imei[0]  # both SIMs in one dual-SIM handset
    cell = C.pick(rng, port, 2)
    traders = np.flatnonzero((pop["occ"] == 6) & ~pop["sleeping"])
    tg, tc = pop["msisdn"][traders], pop["home"][traders]
    days = range(2, ctx.total_days)
    campaign(ctx, ru, 0, 0, lambda li, t: np.full(len(li), -1), days, 3.0, tg, tc, p_answer=.6, med=160,
             call_type="intl_in", gateway="INTL-GW-HRB")
    campaign(ctx, m, imei, imsi, lambda li, t: cell[li], days, 9.0, tg, tc, p_answer=.55, med=110)
    C.data_life(ctx, m, imsi, imei, cell, days, 1.5)
    txt = np.array(["您好，我是符拉迪沃斯托克贸易公司代表，有一批订单想和贵公司合作，请回电。Здравствуйте!",
                    "卢布兑人民币优惠汇率，当天到账，联系本机。Обмен валюты выгодно."], object)
    for d in days:
        n = rng.poisson(30)
        a = rng.integers(0, 2, n)
        ti = rng.integers(0, len(tg), n)
        C.sms(ctx, m[a], tg[ti], C.times_on_days(rng, np.full(n, d), "work"), C.pick(rng, txt, n), imei=imei[a],
              cell=cell[a])
    v = choose_victims(ctx, (pop["occ"] == 6), 6)
    t = C.START + rng.integers(5, ctx.total_days, len(v)) * C.DAY + rng.integers(9 * C.HOUR, 17 * C.HOUR, len(v))
    li = rng.integers(0, 4, len(v))
    victim_contact(ctx, pop, v, ru[li], 0, 0, -1, t, mins=(5, 20), calls=2, call_type="intl_in",
                   gateway="INTL-GW-HRB")
    victim_contact(ctx, pop, v, m[li % 2], imei[li % 2], imsi[li % 2], cell[li % 2], t, mins=(4, 12), calls=1,
                   callback=True)
    acc = mules(ctx, g, 3)
    amount = C.money(rng, 48000, .6, len(v), 8000)
    victim_pay(ctx, g, pop, v, t, amount, acc, laundering=launder)
    g.label("msisdn", ru, "fraud_caller", C.START + 2 * C.DAY)
    g.label("msisdn", m, "fraud_caller", C.START + 2 * C.DAY)
    g.label("msisdn", m, "fraud_sms_sender", C.START + 2 * C.DAY)
    g.label("imei", imei[:1], "gang_phone", C.START + 2 * C.DAY)
    g.label("account", acc, "mule_account", C.START)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.HOUR)
    reports_for(ctx, ru, np.full(4, C.START + 6 * C.DAY), .5, "investment")
    victim_reports(ctx, pop, v, t, amount, .5, "investment")
    return g.gid, g.counts


def g03_grain_subsidy(ctx, pop, launder, sold):
    """Farm-subsidy / agricultural insurance refund SMS with a phishing site, then 'verification deposit' calls."""
    rng = ctx.rng
    g = Gang(ctx, "G03", "grain_subsidy_refund_phishing")
    cc = ctx.info["city_cells"]
    area = np.concatenate([cc[8], cc[14], cc[7]])
    sidk = ids(ctx, 2)
    g.label("id_key", sidk, "gang_member", C.START)
    idk = np.repeat(sidk, 3)
    opened = C.START + rng.integers(1, 8, 6) * C.DAY
    m, imsi = cards(ctx, 6, idk=idk, opened=opened, city_cells=cc[14], channel="HLJ-AGENT-771")
    imei2 = ctx.imeis(2, SMART)
    imei = imei2[np.arange(6) % 2]
    mc, mc_imsi, mc_imei, mc_open = _setup_callers(ctx, g, 3, opened_days=(-7, -3), city_cells=cc[14],
                                                   channel="HLJ-AGENT-771")
    farmers = np.flatnonzero((pop["occ"] == 3) & np.isin(pop["city"], [8, 14, 7, 2]) & ~pop["sleeping"])
    doms = ["nybt-hlj.cn-gov.top", "nybt2026.cc"]
    cell = C.pick(rng, area, 6)
    first = opened + C.DAY
    for d in range(ctx.n_hist - 3, ctx.total_days):
        live = np.flatnonzero(opened + C.DAY <= C.START + d * C.DAY)
        if len(live) == 0:
            continue
        dom = doms[0] if d < ctx.n_hist + 2 else doms[1]  # the first site got blocked
        n = rng.poisson(140 * len(live))
        a = C.pick(rng, live, n)
        r = C.pick(rng, farmers, n)
        t = C.times_on_days(rng, np.full(n, d), "work")
        txt = (f"【农业农村厅】您的2026年度耕地地力保护补贴及玉米生产者补贴待领取，逾期视为自动放弃，请登录 "
               f"http://{dom}/bt 核实办理")
        C.sms(ctx, m[a], pop["msisdn"][r], t, txt, imei=imei[a], cell=cell[a])
        clk = rng.random(n) < 0.012
        C.web(ctx, pop["msisdn"][r[clk]], t[clk] + rng.integers(60, 3 * C.HOUR, clk.sum()), dom, path="/bt",
              ip="45.207.58.31")
    campaign(ctx, mc, mc_imei, mc_imsi, lambda li, t: C.pick(rng, area, len(li)), range(ctx.n_hist - 2,
                                                                                       ctx.total_days), 14.0,
             pop["msisdn"][farmers], pop["home"][farmers], p_answer=.5, med=100)
    v = choose_victims(ctx, (pop["occ"] == 3) & np.isin(pop["city"], [8, 14, 7, 2]), 8)
    t = C.START + rng.integers(ctx.n_hist - 1, ctx.total_days, len(v)) * C.DAY + rng.integers(
        10 * C.HOUR, 18 * C.HOUR, len(v))
    dom = np.where(t < C.START + (ctx.n_hist + 2) * C.DAY, doms[0], doms[1]).astype(object)
    si = rng.integers(0, 6, len(v))
    C.sms(ctx, m[si], pop["msisdn"][v], t - rng.integers(5 * C.HOUR, 30 * C.HOUR, len(v)),
          np.char.add(np.char.add("【农业农村厅】您的2026年度耕地地力保护补贴待领取，请登录 http://",
                                  dom.astype(str)), "/bt 核实办理").astype(object), imei=imei[si], cell=cell[si])
    C.web(ctx, pop["msisdn"][v], t - rng.integers(2 * C.HOUR, 4 * C.HOUR, len(v)), dom, path="/bt/form",
          ip="45.207.58.31")
    li = rng.integers(0, 3, len(v))
    victim_contact(ctx, pop, v, mc[li], mc_imei[li], mc_imsi[li], C.pick(rng, area, len(v)), t, mins=(4, 15),
                   calls=1)
    acc = mules(ctx, g, 2)
    amount = C.money(rng, 6800, .6, len(v), 1000)
    victim_pay(ctx, g, pop, v, t, amount, acc, laundering=launder, relative_share=.2)
    g.label("msisdn", m, "fraud_sms_sender", first)
    g.label("imei", imei2, "gang_phone", first.min())
    g.label("msisdn", mc, "fraud_caller", C.START + (ctx.n_hist - 2) * C.DAY)
    g.label("imei", mc_imei, "gang_phone", C.START + (ctx.n_hist - 2) * C.DAY)
    g.label("domain", np.array(doms, object), "fraud_domain", C.START + (ctx.n_hist - 3) * C.DAY)
    g.label("account", acc, "mule_account", C.START)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.DAY)
    C.listing(ctx, "domain", np.array([doms[0]], object), "block", "phishing: fake subsidy site",
              C.START + (ctx.n_hist + 2) * C.DAY)
    reports_for(ctx, m, first + C.DAY, .3, "other", source="user_report")
    victim_reports(ctx, pop, v, t, amount, .4, "other")
    return g.gid, g.counts


def g04_child_trouble_abroad(ctx, pop, launder, sold):
    """From Cambodia: bought Heilongjiang cards roaming (KH) and +855 lines, 'your child is detained/hurt'."""
    rng = ctx.rng
    g = Gang(ctx, "G04", "child_in_trouble_abroad")
    k = min(6, len(sold["free"]))
    si = sold["free"][:k]
    sold["free"] = sold["free"][k:]
    m, imsi = sold["msisdn"][si], sold["imsi"][si]
    imei = ctx.imeis(k, SMART)
    kh = ctx.numbers(3, KH_PREFIX, 6)
    start_d = max(ctx.n_hist - 4, int((sold["opened"][si].max() - C.START) // C.DAY) + 1)
    days = range(start_d, ctx.total_days)
    for d in days:  # roaming registrations
        C.device(ctx, m, C.START + d * C.DAY + rng.integers(0, 3 * C.HOUR, k), "attach", imsi=imsi, imei=imei,
                 roaming="KH")
    coal = np.isin(pop["city"], [9, 10, 11])
    elders = np.flatnonzero((pop["occ"] == 2) & coal & ~pop["sleeping"])
    campaign(ctx, m, imei, imsi, lambda li, t: np.full(len(li), -1), days, 22.0, pop["msisdn"][elders],
             pop["home"][elders], p_answer=.55, med=70, hours="day", roaming="KH")
    campaign(ctx, kh, 0, 0, lambda li, t: np.full(len(li), -1), days, 8.0, pop["msisdn"][elders],
             pop["home"][elders], p_answer=.4, med=60, hours="day", call_type="intl_in", gateway="INTL-GW-GZ")
    v = choose_victims(ctx, (pop["occ"] == 2) & coal, 7)
    t = C.START + rng.integers(start_d + 1, ctx.total_days, len(v)) * C.DAY + rng.integers(
        9 * C.HOUR, 17 * C.HOUR, len(v))
    li = rng.integers(0, k, len(v))
    media = np.where(rng.random(len(v)) < .3, "video", "voice").astype(object)  # AI face/voice of the "child"
    victim_contact(ctx, pop, v, m[li], imei[li], imsi[li], -1, t, mins=(8, 30), calls=2, roaming="KH", media=media)
    acc = sold["acct"][: 3]
    sold["acct"] = sold["acct"][3:]
    amount = C.money(rng, 30000, .5, len(v), 5000)
    victim_pay(ctx, g, pop, v, t, amount, acc, laundering=launder, relative_share=.35, channel="mobile_app")
    f = C.START + start_d * C.DAY
    g.label("msisdn", m, "fraud_caller", f)
    g.label("msisdn", kh, "fraud_caller", f)
    g.label("imei", imei, "gang_phone", f)
    g.label("account", acc, "mule_account", f)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.HOUR)
    reports_for(ctx, m, np.full(k, t.min()), .3, "acquaintance")
    victim_reports(ctx, pop, v, t, amount, .6, "acquaintance")
    return g.gid, g.counts


def g05_pension_app(ctx, pop, launder, sold):
    """'Upgrade your medical-insurance card' SMS to the elderly, a remote-control app, drained accounts."""
    rng = ctx.rng
    g = Gang(ctx, "G05", "pension_card_upgrade_app")
    cc = ctx.info["city_cells"]
    city = np.concatenate([cc[0], cc[3], cc[9]])
    m, imsi, imei1, opened = _setup_callers(ctx, g, 8, opened_days=(3, 25), city_cells=city,
                                            channel="HLJ-AGENT-3021", per_id=4)
    hs = ctx.imeis(2, SMART)
    imei = hs[np.arange(8) % 2]
    dom, dl, app = "shbz-rz.com", "dl.shbz-rz.com", "com.shbz.renzheng"
    elders = np.flatnonzero((pop["age"] >= 55) & ~pop["sleeping"] & pop["smart"])
    days = range(ctx.n_hist - 5, ctx.total_days)
    txt = (f"【医保局】您的医保卡需于本月底前升级为电子社保卡，逾期将暂停养老金及医保报销，请下载“社保认证”办理："
           f"http://{dl}/app 退订回T")
    for d in days:
        n = rng.poisson(170 * 8)
        a = rng.integers(0, 8, n)
        r = C.pick(rng, elders, n)
        t = C.times_on_days(rng, np.full(n, d), "day")
        cell = C.pick(rng, city, n)  # carried around in a bag
        C.sms(ctx, m[a], pop["msisdn"][r], t, txt, imei=imei[a], cell=cell)
        clk = rng.random(n) < .01
        C.web(ctx, pop["msisdn"][r[clk]], t[clk] + rng.integers(60, 7200, clk.sum()), dl, path="/app",
              ip="103.118.42.77")
    cb = _setup_callers(ctx, g, 1, opened_days=(5, 10), city_cells=city, channel="HLJ-AGENT-3021")
    C.data_life(ctx, cb[0], cb[1], cb[2], C.pick(rng, city, 1), days, 1.0)  # the 'hotline' phone is on
    v = choose_victims(ctx, (pop["age"] >= 55) & pop["smart"], 6)
    t = C.START + rng.integers(ctx.n_hist - 3, ctx.total_days, len(v)) * C.DAY + rng.integers(
        9 * C.HOUR, 16 * C.HOUR, len(v))
    si = rng.integers(0, 8, len(v))
    C.sms(ctx, m[si], pop["msisdn"][v], t - rng.integers(20 * C.HOUR, 40 * C.HOUR, len(v)), txt, imei=imei[si],
          cell=C.pick(rng, city, len(v)))
    C.web(ctx, pop["msisdn"][v], t - 3 * C.HOUR, dl, path="/app", ip="103.118.42.77")
    C.web(ctx, pop["msisdn"][v], t - 2 * C.HOUR, dl, path="/shbz_v2.apk", ip="103.118.42.77",
          nbytes=np.full(len(v), 18_400_000))
    C.ctx_apps(ctx, pop["msisdn"][v], t - 2 * C.HOUR + 300, app, "install", source_url=f"http://{dl}/shbz_v2.apk")
    C.ctx_apps(ctx, pop["msisdn"][v], t - 600, app, "use")
    C.web(ctx, pop["msisdn"][v], t - 500, dom, path="/api/auth", ip="103.118.42.78", app=app)
    # the victim calls the 'service hotline' in the app
    C.calls(ctx, pop["msisdn"][v], np.full(len(v), cb[0][0]), t - 1800, rng.integers(300, 1500, len(v)),
            imei=pop["imei"][v], imsi=pop["imsi"][v], caller_cell=pop_cells(pop, v, t - 1800))
    acc = mules(ctx, g, 3)
    amount = C.money(rng, 12000, .6, len(v), 2000)
    # drained in two pieces through the remote-control app
    victim_pay(ctx, g, pop, v, t, np.round(amount * .6), acc, laundering=launder, channel="third_party")
    victim_pay(ctx, g, pop, v, t + rng.integers(300, 1800, len(v)), np.round(amount * .4), acc, laundering=launder,
               channel="third_party")
    f = C.START + (ctx.n_hist - 5) * C.DAY
    g.label("msisdn", m, "fraud_sms_sender", f)
    g.label("imei", hs, "gang_phone", f)
    g.label("msisdn", cb[0], "fraud_caller", f)
    g.label("imei", cb[2], "gang_phone", f)
    g.label("domain", np.array([dom, dl], object), "fraud_domain", f)
    g.label("app", np.array([app], object), "fraud_app", f)
    g.label("account", acc, "mule_account", f)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.DAY)
    reports_for(ctx, m, np.full(8, f + 2 * C.DAY), .25, "impersonate_police", source="user_report")
    victim_reports(ctx, pop, v, t, amount, .5, "other")
    C.report(ctx, np.array([t.min() + C.DAY]), "app", np.array([app], object), "fraud", fraud_type="other",
             source="police")
    return g.gid, g.counts


def g06_ice_ticket_refund(ctx, pop, launder, sold):
    """'Your Ice and Snow World / Yabuli order is cancelled for the cold snap, we refund double' calls to tourists."""
    rng = ctx.rng
    g = Gang(ctx, "G06", "ice_festival_ticket_refund")
    cc = ctx.info["city_cells"]
    m, imsi, imei, opened = _setup_callers(ctx, g, 5, opened_days=(-3, 6), city_cells=cc[0],
                                           channel="HLJ-STORE-0451-61", per_id=1)
    cell = C.pick(rng, cc[0], 5)
    dom = "bingxue-tuipiao.com"
    tour = pop["tourists"]
    harbin = np.flatnonzero((pop["city"] == 0) & ~pop["sleeping"] & (pop["age"] < 60))
    targets = np.concatenate([tour, C.pick(rng, harbin, 600)])
    days = range(max(ctx.n_hist - 3, 0), ctx.total_days)
    campaign(ctx, m, imei, imsi, lambda li, t: cell[li], days, 45.0, pop["msisdn"][targets], pop["home"][targets],
             p_answer=.45, med=55, hours="day")
    C.data_life(ctx, m, imsi, imei, cell, days, 1.0)
    v = choose_victims(ctx, np.isin(np.arange(len(pop["msisdn"])), tour), 6)
    t = C.START + np.maximum(pop["tourist_day"][v], ctx.n_hist - 2) * C.DAY + rng.integers(
        19 * C.HOUR, 23 * C.HOUR, len(v)) + C.DAY
    t = np.minimum(t, ctx.end - 2 * C.HOUR)
    li = rng.integers(0, 5, len(v))
    victim_contact(ctx, pop, v, m[li], imei[li], imsi[li], cell[li], t, mins=(10, 40), calls=1)
    C.web(ctx, pop["msisdn"][v], t - 1200, dom, path="/refund", ip="154.39.66.12")
    C.ctx_apps(ctx, pop["msisdn"][v], t - 900, "com.tencent.wemeet", "use")  # screen sharing
    acc = mules(ctx, g, 2)
    amount = C.money(rng, 4800, .7, len(v), 600)
    victim_pay(ctx, g, pop, v, t, amount, acc, laundering=launder)
    f = C.START + days[0] * C.DAY
    g.label("msisdn", m, "fraud_caller", f)
    g.label("imei", imei, "gang_phone", f)
    g.label("domain", np.array([dom], object), "fraud_domain", f)
    g.label("account", acc, "mule_account", f)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.HOUR)
    reports_for(ctx, m, np.full(5, f + C.DAY), .4, "customer_service", source="user_report")
    victim_reports(ctx, pop, v, t, amount, .5, "customer_service")
    return g.gid, g.counts


def g07_heating_refund_goip_car(ctx, pop, launder, sold):
    """A GOIP in a car on the G10 highway sends 'heating fee refund' SMS with wildcard links."""
    rng = ctx.rng
    g = Gang(ctx, "G07", "heating_fee_refund_sms_vehicle_goip")
    hw = ctx.info["special"]["g10"]
    idk = ids(ctx, 8)
    g.label("id_key", idk, "gang_member", C.START)
    n = 16
    opened = C.START + rng.integers(ctx.n_hist - 6, ctx.n_hist - 1, n) * C.DAY
    m, imsi = cards(ctx, n, idk=np.repeat(idk, 2), opened=opened, city_cells=ctx.info["city_cells"][3],
                    channel="HLJ-AGENT-MDJ-12")
    box = ctx.imeis(1, GOIP_TACS)[0]
    base = "rbtf-gn.xyz"
    targets = np.flatnonzero(~pop["sleeping"] & np.isin(pop["city"], [0, 3, 9, 15]))
    hosts_seen = []
    days = range(ctx.n_hist - 2, ctx.total_days)
    for d in days:
        start = C.START + d * C.DAY + rng.integers(9, 15) * C.HOUR
        k = rng.poisson(1100)
        tt = start + np.sort(rng.integers(0, 4 * C.HOUR, k))
        pos = ((tt - start) / (4 * C.HOUR) * (len(hw) - 1)).astype(int)
        if d % 2:
            pos = len(hw) - 1 - pos  # back the other way the next day
        a = rng.integers(0, n, k)
        live = opened[a] <= tt
        a, tt, pos = a[live], tt[live], pos[live]
        r = C.pick(rng, targets, len(a))
        sub = np.char.mod("%08x", (C.splitmix(ctx.counter("g07sub", len(a)) + ctx.seed) >> np.uint64(32)))
        host = np.char.add(sub, "." + base)
        txt = np.char.add(np.char.add("【热力公司】因今冬供暖温度未达标，您可申请退还部分供暖费（约420元），请于3日内登记：http://",
                                      host), "/tf").astype(object)
        C.sms(ctx, m[a], pop["msisdn"][r], tt, txt, imei=box, cell=hw[pos])
        C.device(ctx, m[a[:: 25]], tt[:: 25], "location_update", imsi=imsi[a[:: 25]], imei=box, cell=hw[pos[:: 25]])
        clk = rng.random(len(a)) < .008
        C.web(ctx, pop["msisdn"][r[clk]], tt[clk] + rng.integers(60, 4 * C.HOUR, clk.sum()), host[clk].astype(object),
              path="/tf", ip="45.195.22.9")
        hosts_seen.append(host[clk])
    v = choose_victims(ctx, np.isin(pop["city"], [0, 3, 9, 15]) & pop["smart"], 8)
    t = C.START + rng.integers(ctx.n_hist - 1, ctx.total_days, len(v)) * C.DAY + rng.integers(
        10 * C.HOUR, 20 * C.HOUR, len(v))
    sub = np.char.mod("%08x", (C.splitmix(ctx.counter("g07sub", len(v)) + ctx.seed) >> np.uint64(32)))
    host = np.char.add(sub, "." + base)
    a = rng.integers(0, n, len(v))
    ts = np.maximum(t - rng.integers(2 * C.HOUR, 20 * C.HOUR, len(v)), opened[a] + 60)
    C.sms(ctx, m[a], pop["msisdn"][v], ts,
          np.char.add(np.char.add("【热力公司】因今冬供暖温度未达标，您可申请退还部分供暖费（约420元），请于3日内登记：http://",
                                  host), "/tf").astype(object), imei=box, cell=C.pick(rng, hw, len(v)))
    C.web(ctx, pop["msisdn"][v], t - 1500, host.astype(object), path="/tf", ip="45.195.22.9")
    C.web(ctx, pop["msisdn"][v], t - 600, base, path="/pay/card", ip="45.195.22.9")
    hosts_seen.append(host)
    acc = mules(ctx, g, 2)
    amount = C.money(rng, 5200, .7, len(v), 500)
    victim_pay(ctx, g, pop, v, t, amount, acc, laundering=launder, channel="third_party")
    f = opened.min()
    hosts = np.unique(np.concatenate(hosts_seen)).astype(object)
    g.label("msisdn", m, "simbox_sim", opened)
    g.label("msisdn", m, "fraud_sms_sender", opened)
    g.label("imei", np.array([box]), "simbox_device", f)
    g.label("domain", np.concatenate([np.array([base], object), hosts]), "fraud_domain", f)
    g.label("account", acc, "mule_account", f)
    g.label("msisdn", pop["msisdn"][v], "victim", ts)
    reports_for(ctx, m, opened + C.DAY, .2, "other", source="user_report")
    victim_reports(ctx, pop, v, t, amount, .4, "other")
    return g.gid, g.counts


def g08_pig_butchering(ctx, pop, launder, sold):
    """Careful: aged cards, long evening chats with a few victims, a trading app, growing deposits."""
    rng = ctx.rng
    g = Gang(ctx, "G08", "pig_butchering_investment_app")
    cc = ctx.info["city_cells"]
    m, imsi, imei, opened = _setup_callers(ctx, g, 4, opened_days=(300, 600), city_cells=cc[0],
                                           channel="HLJ-STORE-0451-12", per_id=1)
    acc_m, acc_imsi, acc_imei, acc_open = _setup_callers(ctx, g, 2, opened_days=(400, 900), city_cells=cc[0],
                                                         channel="HLJ-STORE-0451-40", per_id=1)
    cell = C.pick(rng, cc[0], 4)
    acell = C.pick(rng, cc[0], 2)
    days = range(ctx.total_days)
    normal_life(ctx, pop, m, imsi, imei, cell, days, 4, 2.5)
    normal_life(ctx, pop, acc_m, acc_imsi, acc_imei, acell, days, 3, 2)
    for d in days:  # accomplices and the 'teacher' call the gang cards
        n = rng.poisson(4)
        a = rng.integers(0, 2, n)
        b = rng.integers(0, 4, n)
        t = C.times_on_days(rng, np.full(n, d), "day")
        out = rng.random(n) < .5
        C.calls(ctx, np.where(out, acc_m[a], m[b]), np.where(out, m[b], acc_m[a]), t,
                C.answered_durations(rng, n, .9, 120), imei=np.where(out, acc_imei[a], imei[b]),
                imsi=np.where(out, acc_imsi[a], imsi[b]), caller_cell=np.where(out, acell[a], cell[b]),
                callee_cell=np.where(out, cell[b], acell[a]))
    platforms = np.array(["wechat", "momo", "wechat", "soul"], object)
    ia = C.hexkeys(ctx.counter("g08ia", 4) + ctx.seed * 13 + (17 << 44), "pb", 14)
    ctx.add("internet_accounts", platform=platforms, account=ia, msisdn=m, register_time=opened + 20 * C.DAY,
            status="active")
    v = choose_victims(ctx, np.isin(pop["occ"], [0, 5, 10]) & (pop["age"] >= 35) & pop["smart"], 5)
    dom, app = "xhtfx-global.com", "com.xhtfx.trade"
    li = np.arange(len(v)) % 4
    steps = [(2, 3000), (6, 10000), (10, 30000), (14, 80000)]
    tt_all, amt_all, vv = [], [], []
    for d in days:
        k = rng.poisson(1.4, len(v))
        i = np.repeat(np.arange(len(v)), k)
        t = C.times_on_days(rng, np.full(len(i), d), "evening")
        out = rng.random(len(i)) < .6
        vi = v[i]
        dur = rng.integers(600, 3600, len(i))
        C.calls(ctx, np.where(out, m[li[i]], pop["msisdn"][vi]), np.where(out, pop["msisdn"][vi], m[li[i]]), t, dur,
                imei=np.where(out, imei[li[i]], pop["imei"][vi]), imsi=np.where(out, imsi[li[i]], pop["imsi"][vi]),
                caller_cell=np.where(out, cell[li[i]], pop_cells(pop, vi, t)),
                callee_cell=np.where(out, pop_cells(pop, vi, t), cell[li[i]]))
        C.ctx_apps(ctx, pop["msisdn"][vi], t + 200, app, "use")
        C.web(ctx, pop["msisdn"][vi], t + 210, "api." + dom, path="/v1/quote", ip="47.243.91.20", app=app)
    for sd, base in steps:
        if sd >= ctx.total_days:
            continue
        t = C.START + (sd + rng.integers(0, 2, len(v))) * C.DAY + rng.integers(19 * C.HOUR, 22 * C.HOUR, len(v))
        tt_all.append(t)
        amt_all.append(C.money(rng, base, .3, len(v), 1000))
        vv.append(v)
    first_t = C.START + 1 * C.DAY + rng.integers(0, C.DAY, len(v))
    C.web(ctx, pop["msisdn"][v], first_t, dom, path="/download", ip="47.243.91.20")
    C.ctx_apps(ctx, pop["msisdn"][v], first_t + 400, app, "install", source_url=f"https://{dom}/download/xht.apk")
    acc = mules(ctx, g, 6)
    vv, tt, aa = np.concatenate(vv), np.concatenate(tt_all), np.concatenate(amt_all)
    victim_pay(ctx, g, pop, vv, tt, aa, acc, laundering=launder)
    # a small 'profit withdrawal' early on to build trust
    C.pay(ctx, C.pick(rng, acc, len(v)), pop["acct"][v], C.START + 4 * C.DAY + rng.integers(0, C.DAY, len(v)),
          C.money(rng, 600, .4, len(v), 100))
    f = C.START
    g.label("msisdn", m, "fraud_caller", f)
    g.label("msisdn", acc_m, "gang_member", f)
    g.label("imei", np.concatenate([imei, acc_imei]), "gang_phone", f)
    g.label("internet_account", ia, "fraud_internet_account", opened + 20 * C.DAY)
    g.label("domain", np.array([dom, "api." + dom], object), "fraud_domain", f)
    g.label("app", np.array([app], object), "fraud_app", f)
    g.label("account", acc, "mule_account", f)
    g.label("msisdn", pop["msisdn"][v], "victim", first_t)
    lost = np.bincount(np.searchsorted(v, vv), weights=aa, minlength=len(v))
    victim_reports(ctx, pop, v, np.full(len(v), ctx.end - 2 * C.DAY), lost, .2, "investment")
    return g.gid, g.counts


def g09_goip_flat(ctx, pop, launder, sold):
    """A GOIP den in a Shuangyashan flat relaying an overseas 'e-commerce customer service refund' call centre."""
    rng = ctx.rng
    g = Gang(ctx, "G09", "goip_den_customer_service_refund")
    k = len(sold["free"])  # every remaining bought card ends up in the box
    si = sold["free"]
    sold["free"] = sold["free"][k:]
    own = max(48 - k, 12)
    idk = ids(ctx, 8)
    g.label("id_key", idk, "gang_member", C.START)
    opened = C.START + rng.integers(0, ctx.n_hist, own) * C.DAY
    m2, imsi2 = cards(ctx, own, idk=np.resize(idk, own), opened=opened, city_cells=ctx.info["city_cells"][11],
                      channel="HLJ-AGENT-1188")
    m = np.concatenate([sold["msisdn"][si], m2])
    imsi = np.concatenate([sold["imsi"][si], imsi2])
    op = np.concatenate([sold["opened"][si], opened])
    boxes = ctx.imeis(2, GOIP_TACS)
    flat = C.pick(rng, ctx.info["city_cells"][11], 1)[0]
    n = len(m)
    slot_box = np.arange(n) % 2
    # rotation: each SIM works 3-4 days then is thrown away
    begin = np.clip(np.sort(rng.integers(ctx.n_hist - 6, ctx.total_days - 2, n)), 0, None)
    begin = np.maximum(begin, (op - C.START) // C.DAY + 1)
    end = begin + rng.integers(3, 5, n)
    targets = np.flatnonzero(~pop["sleeping"] & (pop["age"] < 55) & pop["smart"])
    for d in range(ctx.total_days):
        live = np.flatnonzero((begin <= d) & (d < end))
        if len(live) == 0:
            continue
        C.device(ctx, m[live], C.START + d * C.DAY + 8 * C.HOUR + rng.integers(0, 1800, len(live)), "attach",
                 imsi=imsi[live], imei=boxes[slot_box[live]], cell=flat)
        campaign(ctx, m[live], boxes[slot_box[live]], imsi[live], lambda li, t: np.full(len(li), flat), [d], 70.0,
                 pop["msisdn"][targets], pop["home"][targets], p_answer=.22, med=35, sigma=1.1)
    v = choose_victims(ctx, (pop["age"] < 55) & pop["smart"], 7)
    vd = rng.integers(max(ctx.n_hist - 4, 0), ctx.total_days, len(v))
    t = C.START + vd * C.DAY + rng.integers(10 * C.HOUR, 19 * C.HOUR, len(v))
    live = (begin[None, :] <= vd[:, None]) & (vd[:, None] < end[None, :])
    li = np.argmax(rng.random(live.shape) * live, axis=1)  # a SIM working that day
    victim_contact(ctx, pop, v, m[li], boxes[slot_box[li]], imsi[li], flat, t, mins=(12, 45), calls=1)
    C.ctx_apps(ctx, pop["msisdn"][v], t - 1500, "com.tencent.wemeet", "use")
    acc = sold["acct"][: 4]
    sold["acct"] = sold["acct"][4:]
    amount = C.money(rng, 9000, .8, len(v), 800)
    victim_pay(ctx, g, pop, v, t, amount, acc, laundering=launder)
    f = C.START + begin.min() * C.DAY
    used = begin < ctx.total_days
    g.label("msisdn", m[used], "simbox_sim", C.START + begin[used] * C.DAY)
    g.label("msisdn", m[used], "fraud_caller", C.START + begin[used] * C.DAY)
    g.label("imei", boxes, "simbox_device", f)
    g.label("account", acc, "mule_account", f)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.HOUR)
    reports_for(ctx, m[used], C.START + begin[used] * C.DAY, .15, "customer_service", source="user_report")
    victim_reports(ctx, pop, v, t, amount, .5, "customer_service")
    return g.gid, g.counts


def g10_voip_loan(ctx, pop, launder, sold):
    """VoIP lines of a shell company: 'low-interest loans, pay the guarantee fee first'."""
    rng = ctx.rng
    g = Gang(ctx, "G10", "voip_loan_fee")
    lic = C.hexkeys(ctx.counter("g10lic", 1) + ctx.seed * 3, "", 16)
    g.label("id_key", lic, "gang_member", C.START)
    n = 10
    lines = ctx.numbers(n, [86451], 8)
    opened = C.START - rng.integers(20, 60, n) * C.DAY
    C.new_sims(ctx, lines, id_key=np.repeat(lic, n), open_time=opened, line_type="voip", customer_type="enterprise",
               id_type="business_license", channel="HLJ-BIZ-VOIP-3", operator="CTCC")
    gw = np.array(["VOIP-GW-HRB-07", "VOIP-GW-HRB-11"], object)[np.arange(n) % 2]
    targets = np.flatnonzero(~pop["sleeping"] & (pop["age"] < 60) & (pop["age"] >= 22))
    days = range(ctx.total_days)
    campaign(ctx, lines, 0, 0, lambda li, t: np.full(len(li), -1), days, 90.0, pop["msisdn"][targets],
             pop["home"][targets], p_answer=.3, med=40, sigma=1.0, call_type="voip", gateway=gw)
    dom, app = "hl-daikuan.vip", "com.jdyd.loan"
    v = choose_victims(ctx, (pop["age"] < 60) & (pop["age"] >= 22) & pop["smart"], 7)
    t = C.START + rng.integers(2, ctx.total_days, len(v)) * C.DAY + rng.integers(10 * C.HOUR, 18 * C.HOUR, len(v))
    li = rng.integers(0, n, len(v))
    victim_contact(ctx, pop, v, lines[li], 0, 0, -1, t, mins=(5, 15), calls=2, call_type="voip", gateway=gw[li])
    C.web(ctx, pop["msisdn"][v], t - 3000, dom, path="/reg", ip="103.45.77.201")
    C.ctx_apps(ctx, pop["msisdn"][v], t - 2800, app, "install", source_url=f"https://{dom}/app.apk")
    acc = mules(ctx, g, 3)
    a1 = C.money(rng, 3000, .5, len(v), 500)
    victim_pay(ctx, g, pop, v, t, a1, acc, laundering=launder)
    again = rng.random(len(v)) < .6  # 'your account is frozen, pay the unfreezing fee'
    a2 = C.money(rng, 6000, .5, again.sum(), 800)
    victim_pay(ctx, g, pop, v[again], np.minimum(t[again] + rng.integers(3600, 20 * 3600, again.sum()),
                                                ctx.end - 60), a2, acc, laundering=launder)
    g.label("msisdn", lines, "fixed_voip_line", opened)
    g.label("msisdn", lines, "fraud_caller", opened)
    g.label("domain", np.array([dom], object), "fraud_domain", C.START)
    g.label("app", np.array([app], object), "fraud_app", C.START)
    g.label("account", acc, "mule_account", C.START)
    g.label("msisdn", pop["msisdn"][v], "victim", t - C.DAY)
    reports_for(ctx, lines, np.full(n, C.START + 3 * C.DAY), .4, "loan")
    victim_reports(ctx, pop, v, t, a1, .5, "loan")
    return g.gid, g.counts


def g11_card_ring(ctx, pop):
    """Recruiters buy new SIMs and bank accounts from students going home; the goods go to G04 and G09."""
    rng = ctx.rng
    g = Gang(ctx, "G11", "card_selling_students")
    going = pop["going_home"]
    cand = going[~pop["busy"][going] & (pop["acct"][going] != None)]  # noqa: E711
    stu = np.sort(rng.choice(cand, min(22, len(cand)), replace=False))
    pop["busy"][stu] = True
    rec_m, rec_imsi, rec_imei, rec_open = _setup_callers(ctx, g, 3, opened_days=(200, 700),
                                                         city_cells=ctx.info["special"]["campus"],
                                                         channel="HLJ-STORE-0451-02", label="gang_member")
    rcell = C.pick(rng, ctx.info["special"]["campus"], 3)
    boss = ids(ctx, 1)  # the ring's money is kept under its organiser's ID
    g.label("id_key", boss, "gang_member", C.START)
    rec_acc = C.accounts(ctx, np.repeat(boss, 3), rec_m, rec_open, bank="CCB")
    normal_life(ctx, pop, rec_m, rec_imsi, rec_imei, rcell, range(ctx.total_days), 3, 2)
    ri = rng.integers(0, 3, len(stu))
    sell_day = rng.integers(1, ctx.n_hist, len(stu))
    t = C.START + sell_day * C.DAY + rng.integers(10 * C.HOUR, 20 * C.HOUR, len(stu))
    # the recruiter calls, then the student calls back to arrange
    C.calls(ctx, rec_m[ri], pop["msisdn"][stu], t - C.DAY, rng.integers(60, 300, len(stu)), imei=rec_imei[ri],
            imsi=rec_imsi[ri], caller_cell=rcell[ri], callee_cell=pop["home"][stu])
    C.calls(ctx, pop["msisdn"][stu], rec_m[ri], t - 3 * C.HOUR, rng.integers(40, 200, len(stu)), imei=pop["imei"][stu],
            imsi=pop["imsi"][stu], caller_cell=pop["home"][stu], callee_cell=rcell[ri])
    k = rng.integers(1, 3, len(stu))
    owner = np.repeat(stu, k)
    ot = np.repeat(t, k) + rng.integers(0, 3 * C.HOUR, len(owner))
    ms = ctx.numbers(len(owner), [86170, 86165, 86171, 86198, 86166])
    imsis = C.new_sims(ctx, ms, id_key=pop["idk"][owner], open_time=ot, open_cell=ctx.info["special"]["campus"][0],
                       channel="HLJ-AGENT-0451-33", prepaid=True)
    acc = C.accounts(ctx, pop["idk"][stu], pop["msisdn"][stu], t + rng.integers(0, 5 * C.HOUR, len(stu)),
                     bank=np.array(["PSBC", "RCC-HLJ", "ABC"], object)[rng.integers(0, 3, len(stu))])
    per_card = rng.choice([300.0, 400.0, 500.0], len(stu))
    C.pay(ctx, rec_acc[ri], pop["acct"][stu], t + 6 * C.HOUR, per_card * k + 800, initiated=rec_m[ri])
    # the sold cards go dark with the buyer until put to work (G04, G09)
    g.label("msisdn", rec_m, "gang_member", C.START)
    g.label("imei", rec_imei, "gang_phone", C.START)
    g.label("account", rec_acc, "mule_account", C.START)
    g.label("id_key", np.unique(pop["idk"][stu]), "card_seller", t.min())
    g.label("msisdn", pop["msisdn"][stu], "card_seller", t.min())
    C.listing(ctx, "id_key", pop["idk"][stu[: len(stu) // 4]], "watch", "bank: account rented out suspected",
              C.START + ctx.n_hist * C.DAY)
    return {"gang": g, "msisdn": ms, "imsi": imsis, "opened": ot, "free": np.argsort(ot, kind="stable"),
            "acct": acc}
