"""Fourteen gangs working Liaoning over the New Year, from loud SIM boxes to careful face-swap callers,
sharing a supply chain: village card sellers and buyers, rented student bank cards, payment-code mules and
an OTC trader layer that turns the money into crypto."""

from __future__ import annotations

from dataclasses import dataclass, field

import clock
import numpy as np
from behave import (
    Lines,
    active_schedule,
    add_app,
    add_calls,
    add_dev,
    add_sms,
    add_txn,
    add_web,
    bank_sms,
    lines_calls,
    lines_sms,
    outcome,
    per_day_events,
    presence,
    strangers,
)
from catalog import SERVICE
from province import CITIES
from residents import ACCOUNTANT, DRIVER, FARMER, JOBLESS, OFFICE, RETIRED, STUDENT, TRADER
from residents import SERVICE as SERVICE_JOB
from texts import BANK_NUM, BANKS, T, tok, tok_str
from world import DAY, HOUR, MIN, START, World

YEAR = 365 * DAY


@dataclass
class Gang:
    gid: str
    name: str
    scheme: str
    place: str
    care: str
    fraud_type: str
    means: str = ""
    cards: int = 0
    devices: int = 0
    sites: int = 0
    accounts: int = 0
    victims: int = 0
    losses: float = 0.0
    extra: dict = field(default_factory=dict)


def dd(w, d):
    return int(min(max(d, 0), w.days - 1))


def city(name):
    return CITIES.index(name)


def mk_lines(w: World, rng, n, *, kind="smart", cell, area=-1, wander=0.0, ids=None, open_time, channel=None,
             line_type="mobile", id_type="resident_id", customer_type="personal", prepaid=1, region="Shenyang",
             status="active", status_time=-1, numbers=None, imeis=None, add=True) -> Lines:
    reg = w.reg
    cell = np.broadcast_to(np.asarray(cell, np.int64), (n,)).copy()
    area = np.broadcast_to(np.asarray(area, np.int64), (n,)).copy()
    if line_type in ("fixed", "voip"):
        msisdn = numbers if numbers is not None else reg.fixed(n, region, lead=(3, 3))
        imsi = np.full(n, -1, np.int64)
        imei = np.full(n, -1, np.int64)
        cell[:] = -1
    else:
        msisdn = numbers if numbers is not None else (reg.iot_numbers(n) if line_type == "iot" else reg.own_mobile(n))
        imsi = reg.imsis(n)
        imei = imeis if imeis is not None else (reg.imeis(n, kind) if kind else np.full(n, -1, np.int64))
    if ids is None:
        ids = reg.ids(n)
    if isinstance(channel, list):
        channel = np.array(channel, dtype=object)
    if add:
        reg.add_subs(msisdn, imsi, ids, open_time, line_type=line_type, id_type=id_type, customer_type=customer_type,
                     open_channel=channel, open_cell=cell, status=status, status_time=status_time, prepaid=prepaid,
                     home_region=region)
    L = Lines(msisdn, imsi, imei, cell, area, wander, voip=(line_type == "voip"), smart=(kind == "smart"))
    L.extra["ids"] = np.broadcast_to(np.asarray(ids, np.int64), (n,)).copy()
    L.extra["open"] = np.broadcast_to(np.asarray(open_time, np.int64), (n,)).copy()
    return L


def sub_lines(L: Lines, k) -> Lines:
    k = np.asarray(k)
    M = Lines(L.msisdn[k], L.imsi[k], L.imei[k], L.cell[k], L.area[k], L.wander, None if L.roam is None else L.roam[k],
              L.voip, L.smart)
    M.extra = {key: v[k] for key, v in L.extra.items()}
    return M


def resident_lines(w: World, res, second=False) -> Lines:
    R = w.R
    if second:
        L = Lines(R.msisdn2[res], R.imsi2[res], R.imei2[res], R.home_cell[res], R.area[res], 0.1)
    else:
        L = Lines(R.msisdn[res], R.imsi[res], R.imei[res], R.home_cell[res], R.area[res], 0.1)
    return L


class Ctx:
    """What the gangs share: the truth, the feedback notes, the money pools, the card stock."""

    def __init__(self, w: World):
        self.w = w
        self.gangs: list[Gang] = []
        w.fb = {"contacts": [], "losses": [], "numbers": [], "domains": [], "ips": [], "accounts": [], "apps": [],
                "sellers": [], "suspended": []}
        self.stock = None  # sold cards waiting for dens: msisdn, imsi, id, open_time
        w.sub_status = []  # (msisdn, status, time): status changes applied to the subscribers table

    def gang(self, **kw) -> Gang:
        g = Gang(**kw)
        self.gangs.append(g)
        return g

    def after_open(self, d0, d1, opened):
        """A card works in a den only from the day after it was opened and tested."""
        days = self.w.days
        d0 = np.minimum(np.maximum(d0, self.w.day_of(opened) + 1), days)
        return d0, np.minimum(np.maximum(d1, d0 + 1), days)

    def take_cards(self, n):
        m, i, idk, o = self.stock
        n = min(n, len(m))
        self.stock = (m[n:], i[n:], idk[n:], o[n:])
        return m[:n], i[:n], idk[:n], o[:n]


def truth(w, etype, values, role, g: Gang, first=None):
    w.truth.add(etype, values, role, g.gid, g.scheme, first)


def note_numbers(w, g, nums, t_first, *, kind="caller"):
    w.fb["numbers"].append((np.asarray(nums, np.int64), np.broadcast_to(np.asarray(t_first, np.int64),
                            np.shape(nums)).copy(), g.gid, g.fraud_type, kind))


def note_contacts(w, g, nums, res, t):
    m = np.asarray(res) >= 0
    if m.any():
        w.fb["contacts"].append((np.asarray(nums)[m], np.asarray(res)[m], np.asarray(t)[m], g.gid, g.fraud_type))


def hosts(w, base: str, params) -> list[str]:
    return [f"{tok_str(int(p))}.{base}" for p in params]


def site(w, g: Gang, rng, domain_names, n_ips=2, launch=None):
    """A gang's sites: registrable domains (truth fraud_domain) and offshore IPs (fraud_ip)."""
    ips = w.cat.new_ips(rng, n_ips)
    truth(w, "domain", list(domain_names), "fraud_domain", g, launch)
    truth(w, "ip", [w.I.strings[c] for c in ips], "fraud_ip", g, launch)
    w.fb["domains"].append((list(domain_names), g.gid, g.fraud_type))
    w.fb["ips"].append(([w.I.strings[c] for c in ips], g.gid))
    g.sites += len(domain_names)
    return ips


def choose_victims(w, rng, res, t, ok, k, weight=None):
    """k distinct unused residents among successful contacts; returns (resident, first ok contact time, row)."""
    R = w.R
    res = np.asarray(res)
    cand = np.flatnonzero(ok & (res >= 0))
    if len(cand) == 0 or k <= 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    cand = cand[~R.used[res[cand]]]
    order = np.lexsort((t[cand], res[cand]))
    cand = cand[order]
    first = np.r_[True, res[cand][1:] != res[cand][:-1]]
    cand = cand[first]
    k = min(k, len(cand))
    p = None
    if weight is not None:
        p = np.asarray(weight, float)[res[cand]] + 1e-9
        p /= p.sum()
    pick = np.sort(rng.choice(cand, k, replace=False, p=p))
    vic = res[pick]
    R.used[vic] = True
    return vic, t[pick], pick


def payments(w, rng, g: Gang, vic, t0, *, n_pay, first_amt, growth=1.6, gap_med=40 * MIN, pools, pool_p=None,
             channel="mobile_app", initiated=True, code_sms=False, round_to=0, contact=None, domain=None,
             t_contact=None):
    """Victims pay in rounds into first-layer mule accounts; truth events, the banks' SMS, feedback notes."""
    R = w.R
    money = w.money
    vic = np.asarray(vic, np.int64)
    if len(vic) == 0:
        return
    k = np.broadcast_to(np.asarray(n_pay), vic.shape)
    src = np.repeat(np.arange(len(vic)), k)
    j = np.arange(len(src)) - np.repeat(np.cumsum(k) - k, k)
    amt = np.asarray(first_amt, float)[src] * growth**j * rng.uniform(0.85, 1.15, len(src))
    amt = np.round(amt, -2) if round_to else np.round(amt, 0)
    amt = np.maximum(amt, 50)
    gaps = clock.lognormal_delay(rng, len(src), gap_med, 0.7) + 60
    gaps[j == 0] = 0
    cum = np.zeros(len(src), np.int64)
    # cumulative within victim
    c = np.cumsum(gaps)
    base = np.repeat(c[np.cumsum(k) - k], k)
    cum = c - base
    t = np.asarray(t0, np.int64)[src] + cum
    pk = rng.choice(len(pools), len(src), p=pool_p)
    to = np.empty(len(src), np.int64)
    for i, pn in enumerate(pools):
        m = pk == i
        to[m] = money.pick(rng, pn, int(m.sum()))
    keep = t < w.end
    src, t, amt, to = src[keep], t[keep], amt[keep], to[keep]
    v = vic[src]
    frm = R.pay_acct[v]
    ok = frm >= 0
    v, src, t, amt, to, frm = v[ok], src[ok], t[ok], amt[ok], to[ok], frm[ok]
    holder = np.where(R.age[v] >= 18, R.msisdn[v], R.msisdn[R.head[v]])
    if code_sms:
        bank_codes(w, rng, t - rng.integers(40, 200, len(t)), holder, R.pay_bank[v])
    add_txn(w, t, frm, to, amt, channel=channel, initiated=R.msisdn[v] if initiated else -1)
    bank_sms(w, rng, t, holder, R.pay_bank[v], frm, "out")
    w.truth.loss(R.msisdn[v], t, amt, to)
    money.receive(to, t, amt)
    cnum = -1 if contact is None else np.asarray(contact)[src]
    w.fb["losses"].append((v, t, amt, to, np.broadcast_to(np.asarray(cnum, np.int64), v.shape).copy(), g.gid,
                           g.fraud_type, domain))
    g.victims += len(np.unique(v))
    g.losses += float(amt.sum())
    tc = np.asarray(t0, np.int64) if t_contact is None else np.asarray(t_contact, np.int64)
    paid = np.isin(vic, v)
    truth(w, "msisdn", R.msisdn[vic[paid]], "victim", g, tc[paid])


def victim_truth_first(w, g, vic, t_contact):
    truth(w, "msisdn", w.R.msisdn[vic], "victim", g, t_contact)


def bank_codes(w, rng, t, msisdn, bank):
    bank = np.asarray(bank)
    for bk in BANKS:
        m = bank == bk
        if m.any():
            add_sms(w, np.asarray(t)[m], BANK_NUM[bk], np.asarray(msisdn)[m], T.group(f"bank_code:{bk}")[0],
                    rng.integers(0, 10**6, int(m.sum())))


def visit(w, rng, res, t, dom_codes, ip_codes, *, n=1, spread=20 * MIN, app=-1, paths=("/", "/login", "/pay")):
    """Residents open a site (web rows with the host and its IP)."""
    R = w.R
    res = np.asarray(res)
    if len(res) == 0:
        return
    k = np.broadcast_to(np.asarray(n), res.shape)
    src = np.repeat(np.arange(len(res)), k)
    tt = np.asarray(t, np.int64)[src] + rng.integers(0, max(spread, 1), len(src))
    tt = np.minimum(tt, w.end - 1)
    dom = np.broadcast_to(np.asarray(dom_codes, np.int32), res.shape)[src]
    ipc = np.asarray(ip_codes, np.int32)
    ip = ipc[rng.integers(0, len(ipc), len(src))]
    pc = w.I.many(paths)
    add_web(w, tt, R.msisdn[res[src]], dom, ip, path=pc[rng.integers(0, len(pc), len(src))], app=app, rng=rng)


def warn_96110(w, rng, res, t, frac):
    """The anti-fraud centre calls (and 12381 texts) some people who were just in contact with fraud."""
    R = w.R
    res = np.asarray(res)
    m = rng.random(len(res)) < frac
    r, tt = res[m], np.asarray(t, np.int64)[m] + rng.integers(20 * MIN, 6 * HOUR, int(m.sum()))
    keep = tt < w.end
    r, tt = r[keep], tt[keep]
    res_, dur, ring = outcome(w, rng, len(r), 0.7, 150, 0.6)
    add_calls(w, tt, SERVICE["96110"], R.msisdn[r], res_, dur, ring, ecell=R.cell_at(rng, r, tt))
    add_sms(w, tt + 30, SERVICE["12381"], R.msisdn[r], T.group("warn12381")[0])


def cover_life(w, rng, L: Lines, d0, d1, *, calls_per_day=3.0, friends=None, data=3.0):
    """Ordinary-looking use of a careful gang's phones: calls among themselves and to a few contacts,
    data sessions, location updates."""
    n = len(L)
    presence(w, rng, L, d0, d1, lu_per_day=2.0, data_per_day=data, power_cycle=False)
    if friends is None:
        friends = w.reg.ext_mobile(n * 8, rng).reshape(n, 8)
    k, day = per_day_events(rng, np.full(n, d0), np.full(n, d1), calls_per_day)
    t = clock.times(rng, day, "adult")
    own = rng.random(len(k)) < 0.35
    callee = np.where(own, L.msisdn[rng.integers(0, n, len(k))], friends[k, rng.integers(0, friends.shape[1], len(k))])
    bad = callee == L.msisdn[k]
    callee = np.where(bad, friends[k, 0], callee)
    lines_calls(w, rng, L, k, t, callee, np.full(len(k), -1), 0.85, 90, 0.9)
    # and friends call back
    k, day = per_day_events(rng, np.full(n, d0), np.full(n, d1), calls_per_day * 0.6)
    t = clock.times(rng, day, "adult")
    res, dur, ring = outcome(w, rng, len(k), 0.85, 80)
    add_calls(w, t, friends[k, rng.integers(0, friends.shape[1], len(k))], L.msisdn[k], res, dur, ring,
              ecell=L.cells_at(w, rng, k, t))


# =====================================================================================================
def gangs(w: World):
    ctx = Ctx(w)
    w.gangs = ctx.gangs
    g14_paofen_otc(w, ctx)  # the money layers first: everyone pays into them
    g13_mule_recruiters(w, ctx)
    g12_card_buyers(w, ctx)  # the card stock the dens use
    g10_faceswap(w, ctx)
    g07_stock(w, ctx)
    g01_heating_refund(w, ctx)
    g02_medins_goip(w, ctx)
    g03_customs_trunk(w, ctx)
    g04_etc_road(w, ctx)
    g05_redpacket(w, ctx)
    g06_game_teens(w, ctx)
    g08_express_voip(w, ctx)
    g09_relay_phones(w, ctx)
    g11_simbox_loan(w, ctx)
    ctx.gangs.sort(key=lambda g: g.gid)


# ---- G14: payment-code mules (跑分) and the OTC layer ---------------------------------------------------
def g14_paofen_otc(w: World, ctx: Ctx):
    rng = w.rng("g14")
    R, reg, money = w.R, w.reg, w.money
    g = ctx.gang(gid="G14", name="跑分 payment-code mules and OTC traders", scheme="paofen_laundering",
                 place="Shenyang, Fushun, Tieling, Fuxin; OTC traders in Shenyang and Dalian", care="medium",
                 fraud_type="other", means="side-loaded 跑分 app, personal QR/payment accounts, OTC accounts -> USDT")
    # final sinks: OTC counterparts selling USDT, and second-layer cards at banks elsewhere (not in our bank feed)
    otc_out = reg.accounts(w.n(12))
    l2 = reg.accounts(w.n(40))
    money.pool("otc_out", otc_out, -1, final=True)
    money.pool("l2_ext", l2, -1, final=True)
    truth(w, "account", l2, "mule_account", g)
    # OTC traders: five people with accounts opened in November
    cities = np.isin(R.city, [city("Shenyang"), city("Dalian")])
    otc = R.pick(rng, w.n(5), cities & (R.age >= 26) & (R.age <= 48) & (R.occ != STUDENT) & R.smart)
    otc_acct = reg.accounts(len(otc))
    reg.add_bank(otc_acct, R.own_id[otc], rng.choice(["CMB", "ICBC", "CCB"], len(otc)),
                 START - rng.integers(25 * DAY, 50 * DAY, len(otc)), R.msisdn[otc])
    money.pool("g14_otc", otc_acct, R.msisdn[otc], nxt="otc_out", delay_med=2 * HOUR, split=(1, 2))
    truth(w, "account", otc_acct, "mule_account", g)
    truth(w, "msisdn", R.msisdn[otc], "gang_member", g)
    # mules: young people with their own payment accounts
    mc = np.isin(R.city, [city(c) for c in ("Shenyang", "Fushun", "Tieling", "Fuxin")])
    mules = R.pick(rng, w.n(30), mc & (R.age >= 19) & (R.age <= 34) & R.smart & (R.acct >= 0) &
                   np.isin(R.occ, [JOBLESS, SERVICE_JOB, STUDENT, DRIVER]))
    money.pool("g14_paofen", R.acct[mules], R.msisdn[mules], nxt="g14_otc", delay_med=35 * MIN, split=(1, 1),
               channel="third_party")
    truth(w, "account", R.acct[mules], "mule_account", g)
    truth(w, "msisdn", R.msisdn[mules], "gang_member", g)
    g.accounts = len(otc_acct) + len(mules) + len(l2)
    ctx.paofen_mules = mules
    # recruiter (aged card, Shenyang) texting young people
    rec = mk_lines(w, rng, 1, cell=w.cells.in_area(rng, [w.cells.area_idx("Dadong")]), area=w.cells.area_idx("Dadong"),
                   wander=0.3, open_time=START - 2 * YEAR, channel="SY-STORE-003", region="Shenyang", prepaid=1)
    truth(w, "msisdn", rec.msisdn, "mule_recruiter", g)
    ips = site(w, g, rng, ["pfjs.vip"], 2, START - 60 * DAY)
    k, day = per_day_events(rng, np.array([0]), np.array([dd(w, 8) + 1]), 35)
    t = clock.times(rng, day, "young")
    young = np.where((R.age >= 18) & (R.age <= 30), 1.0, 0.0)
    num, res = strangers(w, rng, len(k), young, 0.45)
    lines_sms(w, rng, rec, k, t, num, T.pick(rng, "f_paofen", len(k)), rng.integers(0, 36**5, len(k)))
    cover_life(w, rng, rec, 0, w.days, calls_per_day=4)
    note_numbers(w, g, rec.msisdn, t.min() if len(t) else START, kind="recruiter")
    note_contacts(w, g, np.full(len(k), rec.msisdn[0]), res, t)
    # the mules' app: side-loaded before the window, used all day; heartbeat to the platform's API
    app = w.I("com.pfjs.app")
    truth(w, "app", ["com.pfjs.app"], "fraud_app", g)
    w.fb["apps"].append((["com.pfjs.app"], g.gid))
    host = w.I("api.pfjs.vip")
    truth(w, "domain", ["api.pfjs.vip"], "fraud_domain", g)
    inst = np.flatnonzero(rng.random(len(mules)) < 0.3)  # a few install during the window
    ti = START + rng.integers(0, 5 * DAY, len(inst))
    add_app(w, ti, R.msisdn[mules[inst]], app, "install", w.I(f"http://{tok_str(int(rng.integers(36**5)))}.pfjs.vip/app.apk"))
    k, day = per_day_events(rng, np.zeros(len(mules), np.int64), np.full(len(mules), w.days), 6)
    t = clock.times(rng, day, "night")
    add_app(w, t, R.msisdn[mules[k]], app, "use")
    k, day = per_day_events(rng, np.zeros(len(mules), np.int64), np.full(len(mules), w.days), 14)
    t = clock.times(rng, day, "night")
    add_web(w, t, R.msisdn[mules[k]], host, ips[rng.integers(0, len(ips), len(k))], path=w.I("/api/order/poll"),
            nbytes=rng.integers(800, 6000, len(k)), app=app)
    # gambling and scam money passing through the QR codes: many payers, mostly at night
    payers = reg.accounts(w.n(900))
    k, day = per_day_events(rng, np.zeros(len(mules), np.int64), np.full(len(mules), w.days), 22)
    t = clock.times(rng, day, "night")
    amt = np.round(rng.choice([100, 200, 300, 500, 800, 1000, 2000, 3000, 5000], len(k),
                              p=[.15, .2, .15, .2, .08, .12, .05, .03, .02]) * rng.uniform(0.98, 1.0, len(k)), 0)
    add_txn(w, t, payers[rng.integers(0, len(payers), len(k))], R.acct[mules[k]], amt, channel="third_party")
    money.receive(R.acct[mules[k]], t, amt)
    # the traders pay their workers (den keepers etc.) later; they also buy USDT in big lots (launder())
    ctx.otc = otc
    ctx.otc_acct = otc_acct


# ---- G13: mule recruiters renting students' bank cards, plus 刷单 task scams ------------------------------
def g13_mule_recruiters(w: World, ctx: Ctx):
    rng = w.rng("g13")
    R, reg, money, cells = w.R, w.reg, w.money, w.cells
    g = ctx.gang(gid="G13", name="Campus bank-card renters and 刷单 task scam", scheme="bank_card_rental",
                 place="Dalian and Shenyang campuses", care="medium", fraud_type="part_time_job",
                 means="recruiter cards texting students; students' new bank accounts; task-deposit site")
    univ = np.array([z == "univ" for z in R.zone])
    studs = R.pick(rng, w.n(22), univ & (R.occ == STUDENT) & (R.age >= 18) & (R.age <= 23))
    acct = reg.accounts(len(studs))
    opened = START + rng.integers(-25 * DAY, 2 * DAY, len(studs))
    reg.add_bank(acct, R.own_id[studs], rng.choice(["ICBC", "CCB", "BODL", "PSBC", "ABC"], len(studs)), opened,
                 R.msisdn[studs])
    money.pool("g13_students", acct, R.msisdn[studs], nxt="g14_otc", delay_med=9 * MIN, split=(1, 3))
    truth(w, "account", acct, "mule_account", g, opened)
    truth(w, "msisdn", R.msisdn[studs], "gang_member", g)
    g.accounts = len(acct)
    ctx.students = studs
    # students let the renters log in remotely: a remote-control app from the store
    m = studs[rng.random(len(studs)) < 0.5]
    t = np.maximum(opened[np.isin(studs, m)], START) + rng.integers(HOUR, 20 * HOUR, len(m))
    add_app(w, np.minimum(t, w.end - 1), R.msisdn[m], w.I("com.oray.sunlogin"), "install",
            w.I("https://appgallery.huawei.com/app/com.oray.sunlogin"))
    # recruiters: two aged cards in Dalian, one other-network number
    ar = cells.area_idx("Ganjingzi")
    rec = mk_lines(w, rng, 2, cell=cells.in_area(rng, [ar, ar]), area=ar, wander=0.35,
                   open_time=START - rng.integers(YEAR, 3 * YEAR, 2), channel="DL-STORE-004", region="Dalian")
    ext_rec = reg.ext_mobile(1, rng)
    truth(w, "msisdn", np.concatenate([rec.msisdn, ext_rec]), "mule_recruiter", g)
    for plat in ("qq", "wechat"):
        reg.add_inet(plat, rec.msisdn, START - rng.integers(20 * DAY, 200 * DAY, 2))
    k, day = per_day_events(rng, np.zeros(2, np.int64), np.full(2, dd(w, 9) + 1), 30)
    t = clock.times(rng, day, "young")
    wt = np.where(univ | ((R.age >= 18) & (R.age <= 25)), 1.0, 0.02)
    num, res = strangers(w, rng, len(k), wt, 0.5)
    lines_sms(w, rng, rec, k, t, num, T.pick(rng, "f_recruit", len(k)), rng.integers(10**8, 10**9, len(k)))
    note_contacts(w, g, rec.msisdn[k], res, t)
    k2, day2 = per_day_events(rng, np.zeros(2, np.int64), np.full(2, dd(w, 9) + 1), 10)
    t2 = clock.times(rng, day2, "young")
    num2, res2 = strangers(w, rng, len(k2), wt, 0.5)
    res_, dur = lines_calls(w, rng, rec, k2, t2, num2, res2, 0.45, 70)
    # the students talk to the recruiters before and after opening their accounts
    sk = rng.integers(0, 2, len(studs))
    ts = np.maximum(opened, START) + rng.integers(-2 * DAY, 0, len(studs))
    ts = np.clip(ts, START, w.end - 1)
    lines_calls(w, rng, rec, sk, ts, R.msisdn[studs], studs, 0.95, 240)
    cover_life(w, rng, rec, 0, w.days, calls_per_day=2.5)
    note_numbers(w, g, np.concatenate([rec.msisdn, ext_rec]), START, kind="recruiter")
    # 刷单 task scam on young people who answered
    ips = site(w, g, rng, ["sd-renwu.top"], 1, START - 20 * DAY)
    ok = (res_ == w.I("answered")) & (dur > 40)
    vic, tv, row = choose_victims(w, rng, res2, t2, ok, w.n(5), np.where(R.age < 30, 1.0, 0.1))
    hostn = hosts(w, "sd-renwu.top", rng.integers(0, 36**5, len(vic)))
    hc = w.I.many(hostn)
    truth(w, "domain", hostn, "fraud_domain", g)
    visit(w, rng, vic, tv + rng.integers(10 * MIN, 3 * HOUR, len(vic)), hc, ips, n=rng.integers(3, 8, len(vic)),
          spread=2 * DAY, paths=("/task", "/task/list", "/recharge", "/withdraw"))
    payments(w, rng, g, vic, tv + rng.integers(HOUR, 8 * HOUR, len(vic)), n_pay=rng.integers(3, 6, len(vic)),
             first_amt=rng.choice([200, 300, 500], len(vic)), growth=2.0, gap_med=3 * HOUR,
             pools=["g14_paofen"], channel="third_party", contact=rec.msisdn[k2[row]], domain="sd-renwu.top", t_contact=tv)


# ---- G12: card buyers (收卡) in Fuxin and Tieling villages ------------------------------------------------
def g12_card_buyers(w: World, ctx: Ctx):
    rng = w.rng("g12")
    R, reg, cells, money = w.R, w.reg, w.cells, w.money
    g = ctx.gang(gid="G12", name="Village card buyers (收卡) with a colluding rural agent", scheme="card_buying",
                 place="Fuxin (Zhangwu, Fuxin county) and Tieling (Changtu, Xifeng) villages", care="medium",
                 fraud_type="other", means="villagers open 1-4 cards and a bank card each; buyers test and ship them")
    vill = [cells.area_idx(a) for a in ("Zhangwu", "Fuxin-county", "Changtu", "Xifeng")]
    inv = np.isin(R.area, vill)
    wt = np.where((R.age >= 40) & (R.age <= 80), 1.0, 0.2) * np.where(np.isin(R.occ, [FARMER, JOBLESS, RETIRED]), 2, 1)
    sellers = R.pick(rng, w.n(66), inv & (R.age >= 20), wt)
    k = rng.choice([1, 2, 3, 4], len(sellers), p=[0.25, 0.35, 0.25, 0.15])
    s = np.repeat(sellers, k)
    n = len(s)
    opened = START - rng.integers(4 * DAY, 50 * DAY, n)
    late = rng.random(n) < 0.12
    opened = np.where(late, START + rng.integers(0, 4 * DAY, n) + 9 * HOUR, opened)
    fx = np.isin(R.city[s], [city("Fuxin")])
    chan = np.where(fx, "FX-AG-007", "TL-AG-004")
    agent_cell = np.where(fx, cells.in_area(rng, np.full(n, cells.area_idx("Zhangwu"))),
                          cells.in_area(rng, np.full(n, cells.area_idx("Changtu"))))
    msisdn = reg.own_mobile(n)
    imsi = reg.imsis(n)
    reg.add_subs(msisdn, imsi, R.card_id[s], opened, open_channel=chan, open_cell=agent_cell, prepaid=1,
                 home_region=np.array(CITIES, dtype=object)[R.city[s]])
    truth(w, "id_key", R.own_id[sellers], "card_seller", g)
    truth(w, "msisdn", R.msisdn[sellers], "card_seller", g)
    truth(w, "msisdn", msisdn, "sold_card", g, opened)
    # account farming (养号): many sold cards register platform accounts before they go to a den
    farm = np.flatnonzero(rng.random(n) < 0.4)
    for plat in ("wechat", "douyin", "kuaishou", "taobao"):
        f = farm[rng.random(len(farm)) < 0.55]
        rt = opened[f] + rng.integers(2 * HOUR, 6 * DAY, len(f))
        rt = np.where(opened[f] < START, np.minimum(rt, START - HOUR), rt)
        reg.add_inet(plat, msisdn[f], rt)
    w.fb["sellers"].append((R.own_id[sellers], R.msisdn[sellers], g.gid))
    g.cards = n
    # the bank cards they sell with the SIMs
    bs = sellers[rng.random(len(sellers)) < 0.7]
    bacct = reg.accounts(len(bs))
    bopen = START - rng.integers(5 * DAY, 45 * DAY, len(bs))
    reg.add_bank(bacct, R.own_id[bs], rng.choice(["LNRCB", "PSBC", "ABC"], len(bs)), bopen, R.msisdn[bs])
    money.pool("g12_bank", bacct, R.msisdn[bs], nxt="l2_ext", delay_med=18 * MIN, split=(1, 2))
    truth(w, "account", bacct, "mule_account", g, bopen)
    g.accounts = len(bacct)
    # the stock for the dens, oldest cards first (cards opened in the window go to the last den)
    o = np.argsort(opened + rng.integers(0, 3 * DAY, n), kind="stable")
    ctx.stock = (msisdn[o], imsi[o], R.card_id[s][o], opened[o])
    ctx.stock_seller = s[o]
    # two buyers, one in each county, with a smartphone and a test handset for new cards
    b1 = R.pick(rng, 1, np.isin(R.area, [cells.area_idx("Fuxin-county")]) & (R.age >= 30) & (R.age < 55))
    b2 = R.pick(rng, 1, np.isin(R.area, [cells.area_idx("Changtu")]) & (R.age >= 30) & (R.age < 55))
    buyers = np.concatenate([b1, b2])
    truth(w, "msisdn", R.msisdn[buyers], "card_buyer", g)
    truth(w, "msisdn", R.msisdn[buyers], "gang_member", g)
    test_imei = reg.imeis(2, "feature", rng)
    truth(w, "imei", test_imei, "card_buyer", g)
    ctx.buyers = buyers
    # cards opened in the window get tested at the buyer's house: power on, a short call to the buyer, off
    lt = np.flatnonzero(opened >= START)
    by = np.where(fx[lt], 0, 1) % len(buyers)
    t_on = opened[lt] + rng.integers(2 * HOUR, 30 * HOUR, len(lt))
    t_on = np.minimum(t_on, w.end - 3 * HOUR)
    bcell = R.home_cell[buyers[by]]
    add_dev(w, t_on, msisdn[lt], imsi[lt], test_imei[by], bcell, "power_on")
    add_dev(w, t_on + 2, msisdn[lt], imsi[lt], test_imei[by], bcell, "attach")
    res, dur, ring = outcome(w, rng, len(lt), 0.95, 12, 0.4)
    add_calls(w, t_on + rng.integers(30, 300, len(lt)), msisdn[lt], R.msisdn[buyers[by]], res, dur, ring,
              imei=test_imei[by], imsi=imsi[lt], ccell=bcell, ecell=bcell)
    add_dev(w, t_on + rng.integers(400, 1200, len(lt)), msisdn[lt], imsi[lt], test_imei[by], bcell, "power_off")
    # buyers phone sellers, text villagers, and drive the cards to the cities
    ks = np.unique(s)
    t = np.clip(START + rng.integers(-3 * DAY, 5 * DAY, len(ks)), START, w.end - 1)
    bb = np.where(np.isin(R.city[ks], [city("Fuxin")]), 0, 1) % len(buyers)
    res, dur, ring = outcome(w, rng, len(ks), 0.85, 95)
    add_calls(w, t, R.msisdn[buyers[bb]], R.msisdn[ks], res, dur, ring, imei=R.imei[buyers[bb]],
              imsi=R.imsi[buyers[bb]], ccell=R.home_cell[buyers[bb]], ecell=R.cell_at(rng, ks, t))
    BL = resident_lines(w, buyers)
    k, day = per_day_events(rng, np.zeros(2, np.int64), np.full(2, dd(w, 8) + 1), 12)
    t = clock.times(rng, day, "adult")
    vw = np.where(np.isin(R.area, vill), 1.0, 0.0)
    num, res = strangers(w, rng, len(k), vw, 0.5)
    lines_sms(w, rng, BL, k, t, num, T.pick(rng, "f_cardbuy", len(k)), rng.integers(0, 10**4, len(k)))
    note_contacts(w, g, BL.msisdn[k], res, t)
    note_numbers(w, g, R.msisdn[buyers], START, kind="card_buyer")
    trip_d = [dd(w, 1), dd(w, 5), dd(w, 8)]
    dest = [cells.area_idx("Yuhong"), cells.area_idx("Tiedong"), cells.area_idx("Yuhong")]
    for d, a in zip(trip_d, dest, strict=True):
        tt = START + d * DAY + np.arange(10, 17) * HOUR
        for b in range(len(buyers)):
            add_dev(w, tt + rng.integers(0, 1800, len(tt)), R.msisdn[buyers[b]], R.imsi[buyers[b]], R.imei[buyers[b]],
                    cells.in_area(rng, np.full(len(tt), a)), "location_update")


# ---- den helpers --------------------------------------------------------------------------------------
def den_calls(w, rng, g, L, d0, d1, rate, *, res_weight, p_res, p_answer, dur_med, gateway=None, profile="den",
              imei_of=None, media="voice"):
    """Outgoing calls of den lines on their active days. imei_of(k, day) gives a per-call IMEI."""
    k, day = per_day_events(rng, d0, d1, rate)
    t = clock.times(rng, day, profile)
    num, res = strangers(w, rng, len(k), res_weight, p_res)
    imei = None if imei_of is None else imei_of(k, day, t)
    r, dur = lines_calls(w, rng, L, k, t, num, res, p_answer, dur_med, 0.8, gateway=gateway, p_reject=0.12,
                         imei=imei, media=media)
    note_contacts(w, g, L.msisdn[k], res, t)
    return k, t, num, res, r, dur


def conversations(w, rng, L, k, t, res, *, dur_med, imei=None, media="voice"):
    """Long answered calls from line k to resident res at t (the hook)."""
    R = w.R
    n = len(res)
    if n == 0:
        return
    dur = np.clip(dur_med * np.exp(0.5 * rng.standard_normal(n)), 180, 5400).astype(np.int64)
    ring = rng.integers(3, 15, n)
    res_c = np.full(n, w.I("answered"), np.int32)
    add_calls(w, t, L.msisdn[k], R.msisdn[res], res_c, dur, ring, imei=L.imei[k] if imei is None else imei,
              imsi=L.imsi[k], ccell=L.cells_at(w, rng, k, t), ecell=R.cell_at(rng, res, t), roam=L.roam_at(k),
              media=media, voip_caller=L.voip)
    return dur


def callbacks(w, rng, L, res_or_num, t, frac, *, answered=False):
    """People call back a number that called them: a SIM box or a VoIP pool does not answer."""
    R = w.R
    m = rng.random(len(t)) < frac
    num = np.asarray(res_or_num[0])[m]
    res = np.asarray(res_or_num[1])[m]
    line = np.asarray(res_or_num[2])[m]
    tt = np.asarray(t)[m] + rng.integers(5 * MIN, 6 * HOUR, int(m.sum()))
    keep = tt < w.end
    num, res, line, tt = num[keep], res[keep], line[keep], tt[keep]
    r, dur, ring = outcome(w, rng, len(tt), 0.6 if answered else 0.0, 40, p_busy=0.05, p_reject=0.3)
    is_res = res >= 0
    add_calls(w, tt[is_res], num[is_res], L.msisdn[line[is_res]], r[is_res], dur[is_res], ring[is_res],
              imei=R.imei[res[is_res]], imsi=R.imsi[res[is_res]], ccell=R.cell_at(rng, res[is_res], tt[is_res]),
              ecell=L.cell[line[is_res]])
    add_calls(w, tt[~is_res], num[~is_res], L.msisdn[line[~is_res]], r[~is_res], dur[~is_res], ring[~is_res],
              ecell=L.cell[line[~is_res]])


def suspend(w, L: Lines, idx, t):
    """The operator cuts cards after complaints or its own rules (status suspended in subscribers)."""
    t = np.asarray(t, np.int64)
    if len(t) == len(L) and len(idx) != len(L):
        t = t[idx]
    t = np.minimum(t, w.end + 2 * DAY)
    w.fb["suspended"].append((L.msisdn[idx], t))
    w.sub_status.append((L.msisdn[idx], "suspended", t))


# ---- G01: heating-fee refund SMS from an SMS cat in an Anshan shop ---------------------------------------
def g01_heating_refund(w: World, ctx: Ctx):
    rng = w.rng("g01")
    R, reg, cells = w.R, w.reg, w.cells
    g = ctx.gang(gid="G01", name="Heating-fee refund phishing (供暖费退费) from an SMS cat", scheme="heating_refund_sms",
                 place="rented shop in Tiedong, Anshan", care="loud", fraud_type="customer_service",
                 means="two 16-port SMS cats, 36 village-sold cards, wildcard phishing domains")
    shop = cells.in_area(rng, [cells.area_idx("Tiedong")])[0]
    m, i, idk, o = ctx.take_cards(w.n(36))
    n = len(m)
    # each port has its own module IMEI (consecutive serials)
    body0 = reg.imeis(2, "goip", rng) // 10
    port_imei = np.concatenate([(b + np.arange(16)) * 10 for b in body0])
    from registry import luhn
    port_imei = (port_imei // 10) * 10 + luhn(port_imei // 10)
    L = Lines(m, i, np.zeros(n, np.int64), np.full(n, shop), np.full(n, -1), 0.0)
    d0, d1 = active_schedule(rng, n, 0, dd(w, 7), 1, 3)
    d0, d1 = ctx.after_open(d0, d1, o)
    port = rng.integers(0, 32, n)
    L.imei = port_imei[port]
    g.cards, g.devices = n, 2
    truth(w, "msisdn", m, "fraud_sms_sender", g)
    truth(w, "msisdn", m, "simbox_sim", g)
    truth(w, "imei", port_imei, "simbox_device", g)
    presence(w, rng, L, d0, d1, lu_per_day=0.4)
    bases = ["gnrl-tf.top", "rlgs-tuifei.cc", "gnrl-tf.top"]
    ips = site(w, g, rng, ["gnrl-tf.top", "rlgs-tuifei.cc"], 3, START - 10 * DAY)
    k, day = per_day_events(rng, d0, d1, 260)
    t = clock.times(rng, day, "blast")
    nk = len(k)
    # targets: number ranges walked in order (other networks) and leaked lists of our older customers
    heat_cities = np.isin(R.city, [city(c) for c in ("Shenyang", "Anshan", "Fushun", "Benxi", "Liaoyang")])
    wt = np.where(heat_cities, 1.0, 0.15) * np.where(R.age >= 45, 1.5, 0.5)
    num, res = strangers(w, rng, nk, wt, 0.16)
    seq = rng.random(nk) < 0.5
    start_num = reg.ext_mobile(1, rng)[0]
    num = np.where(seq & (res < 0), start_num + np.arange(nk) * 3, num)
    tpl_i = rng.integers(0, 3, nk)
    tpl = T.group("f_heat")[tpl_i]
    param = rng.integers(0, 36**5, nk)
    lines_sms(w, rng, L, k, t, num, tpl, param)
    note_numbers(w, g, m, START + d0 * DAY, kind="sms")
    note_contacts(w, g, m[k], res, t)
    # a fifth of the cards get suspended after complaints
    sus = np.flatnonzero(rng.random(n) < 0.2)
    suspend(w, L, sus, START + d1[sus] * DAY - rng.integers(HOUR, 6 * HOUR, len(sus)))
    # victims: older people who received it; they open the link, type their card and the code
    got = res >= 0
    vwt = np.where(R.smart & (R.age >= 40), 1.0, 0.0) * np.where(R.age >= 55, 2, 1)
    vic, tv, row = choose_victims(w, rng, res, t, got, w.n(12), vwt)
    hostn = [f"{tok_str(int(param[r]))}.{bases[tpl_i[r]]}" for r in row]
    hc = w.I.many(hostn)
    truth(w, "domain", hostn, "fraud_domain", g)
    tvis = tv + rng.integers(3 * MIN, 3 * HOUR, len(vic))
    visit(w, rng, vic, tvis, hc, ips, n=rng.integers(2, 5, len(vic)), spread=15 * MIN,
          paths=("/tuifei", "/card", "/sms", "/success"))
    payments(w, rng, g, vic, tvis + rng.integers(4 * MIN, 20 * MIN, len(vic)), n_pay=rng.integers(1, 3, len(vic)),
             first_amt=rng.uniform(1900, 19800, len(vic)), growth=1.3, gap_med=15 * MIN,
             pools=["g12_bank", "g14_paofen"], pool_p=[0.6, 0.4], channel="third_party", initiated=False,
             code_sms=True, contact=m[k[row]], domain="gnrl-tf.top", t_contact=tv)
    # near misses: open the page, stop before paying
    near, tn, rown = choose_victims(w, rng, res, t, got, w.n(30), vwt)
    R.used[near] = False
    hn = [f"{tok_str(int(param[r]))}.{bases[tpl_i[r]]}" for r in rown]
    truth(w, "domain", hn, "fraud_domain", g)
    visit(w, rng, near, tn + rng.integers(3 * MIN, 5 * HOUR, len(near)), w.I.many(hn), ips, n=1,
          paths=("/tuifei",))
    warn_96110(w, rng, np.concatenate([vic, near]), np.concatenate([tvis, tn]), 0.3)
    # two operators with their own phones at the shop
    ops = mk_lines(w, rng, 2, cell=cells.in_area(rng, np.full(2, cells.area_idx("Tiedong"))),
                   area=cells.area_idx("Tiedong"), wander=0.2, open_time=START - rng.integers(YEAR, 4 * YEAR, 2),
                   channel="AS-STORE-002", region="Anshan")
    cover_life(w, rng, ops, 0, w.days, calls_per_day=4)
    truth(w, "msisdn", ops.msisdn, "gang_member", g)


# ---- G02: medical-insurance card "frozen" calls from a GoIP den in a Changtu village -----------------------
def g02_medins_goip(w: World, ctx: Ctx):
    rng = w.rng("g02")
    R, reg, cells = w.R, w.reg, w.cells
    g = ctx.gang(gid="G02", name="Medical-insurance card frozen (医保卡冻结) -> fake police, GoIP den",
                 scheme="medins_freeze_goip", place="village house in Changtu, Tieling", care="medium",
                 fraud_type="impersonate_police",
                 means="three 8-port GoIP boxes (two rewrite IMEIs per card and day), calls relayed from Cambodia")
    den = cells.in_area(rng, [cells.area_idx("Changtu")])[0]
    m, i, idk, o = ctx.take_cards(w.n(28))
    n = len(m)
    box = rng.integers(0, 3, n)
    box_imei = reg.imeis(8, "goip", rng)
    L = Lines(m, i, box_imei[rng.integers(0, 8, n)], np.full(n, den), np.full(n, -1), 0.0)
    d0, d1 = active_schedule(rng, n, 1, dd(w, 9), 2, 4)
    d0, d1 = ctx.after_open(d0, d1, o)
    g.cards, g.devices = n, 3
    truth(w, "msisdn", m, "simbox_sim", g)
    truth(w, "msisdn", m, "fraud_caller", g)
    truth(w, "imei", box_imei, "simbox_device", g)
    fake = reg.imeis(n * w.days, "smart", rng).reshape(n, w.days)  # rewritten IMEIs of boxes 2 and 3
    used_day = (np.arange(w.days)[None, :] >= d0[:, None]) & (np.arange(w.days)[None, :] < d1[:, None])
    truth(w, "imei", fake[(box > 0)[:, None] & used_day], "simbox_device", g)

    def imei_of(k, day, t):
        return np.where(box[k] == 0, L.imei[k], fake[k, np.clip(day, d0[k], d1[k] - 1)])

    presence(w, rng, sub_lines(L, np.flatnonzero(box == 0)), d0[box == 0], d1[box == 0], lu_per_day=0.3)
    for b in (1, 2):
        kk = np.flatnonzero(box == b)
        for d in range(w.days):
            act = kk[(d0[kk] <= d) & (d1[kk] > d)]
            if len(act):
                t = START + d * DAY + rng.integers(8 * HOUR, 9 * HOUR, len(act))
                add_dev(w, t, m[act], i[act], fake[act, d], den, "attach")
    old = np.where(R.age >= 55, 1.0, 0.05) * np.where(np.isin(R.city, [city(c) for c in ("Shenyang", "Tieling", "Fushun",
                                                                                       "Liaoyang", "Anshan")]), 1.5, 1)
    k, t, num, res, r, dur = den_calls(w, rng, g, L, d0, d1, 110, res_weight=old, p_res=0.3, p_answer=0.2,
                                       dur_med=25, imei_of=imei_of)
    note_numbers(w, g, m, START + d0 * DAY)
    callbacks(w, rng, L, (num, res, k), t, 0.03)
    suspend(w, L, np.flatnonzero(rng.random(n) < 0.15), START + (d1 - 1) * DAY + 15 * HOUR)
    # the hook: a long call from the "bureau", then the "police officer" from another card
    ok = (r == w.I("answered")) & (res >= 0)
    engaged, te, row = choose_victims(w, rng, res, t, ok, w.n(22), np.where(R.age >= 60, 2.0, 1.0))
    fake_k = k[row]
    conversations(w, rng, L, fake_k, te + 5, engaged, dur_med=600, imei=imei_of(fake_k, w.day_of(te), te))
    pol = rng.integers(0, n, len(engaged))
    tp = np.minimum(te + rng.integers(15 * MIN, 70 * MIN, len(engaged)), w.end - 1)
    conversations(w, rng, L, pol, tp, engaged, dur_med=1800, imei=imei_of(pol, w.day_of(tp), tp))
    ips = site(w, g, rng, ["sfga-gov.com"], 2, START - 30 * DAY)
    hc = w.I("ajcx.sfga-gov.com")
    truth(w, "domain", ["ajcx.sfga-gov.com"], "fraud_domain", g)
    smart = R.smart[engaged]
    visit(w, rng, engaged[smart], tp[smart] + rng.integers(5 * MIN, 25 * MIN, smart.sum()), hc, ips, n=2,
          paths=("/ajcx", "/tongjiling", "/qingcha"))
    warn_96110(w, rng, engaged, tp, 0.45)
    nv = max(1, int(round(len(engaged) * 0.4)))
    vic = engaged[:nv]
    R.used[engaged[nv:]] = False
    payments(w, rng, g, vic, tp[:nv] + rng.integers(40 * MIN, 3 * HOUR, nv), n_pay=rng.integers(1, 4, nv),
             first_amt=rng.uniform(20000, 90000, nv), growth=1.4, gap_med=2 * HOUR,
             pools=["g13_students", "g12_bank"], pool_p=[0.6, 0.4], round_to=100, contact=m[pol[:nv]],
             domain="sfga-gov.com", t_contact=te[:nv])
    # the two den keepers: villagers whose phones sit on the den's cell, calling the handler in Cambodia
    keepers = R.pick(rng, 2, np.isin(R.area, [cells.area_idx("Changtu")]) & (R.age >= 25) & (R.age <= 50))
    R.home_cell[keepers] = den
    KL = resident_lines(w, keepers)
    KL.cell[:] = den
    handler = reg.intl(2, "KH", rng)
    k2, day2 = per_day_events(rng, np.zeros(2, np.int64), np.full(2, w.days), 2)
    t2 = clock.times(rng, day2, "evening")
    lines_calls(w, rng, KL, k2, t2, handler[k2], np.full(len(k2), -1), 0.9, 300)
    truth(w, "msisdn", R.msisdn[keepers], "gang_member", g)
    truth(w, "msisdn", handler, "gang_member", g)
    pay_t = START + np.array([dd(w, 5), dd(w, 10)]) * DAY + 21 * HOUR
    for kp in keepers:
        add_txn(w, pay_t, ctx.otc_acct[rng.integers(0, len(ctx.otc_acct), 2)], R.acct[kp], np.array([3000.0, 3500.0]),
                channel="mobile_app")


# ---- G03: fake customs / seized parcel calls over an international trunk with forged caller IDs -----------
def g03_customs_trunk(w: World, ctx: Ctx):
    rng = w.rng("g03")
    R, reg = w.R, w.reg
    g = ctx.gang(gid="G03", name="Fake customs: your parcel to Korea is seized (海关查扣)", scheme="customs_parcel_spoof",
                 place="call centre abroad; targets Dalian and Dandong", care="medium", fraud_type="impersonate_police",
                 means="international trunk with forged Dalian/Dandong/Beijing caller IDs, a fake customs app")
    d_c = [city("Dalian"), city("Dandong")]
    wt = np.where(np.isin(R.city, d_c), 1.0, 0.0) * np.where((R.age >= 25) & (R.age <= 65), 1.0, 0.2) * \
        np.where(np.isin(R.occ, [TRADER, OFFICE]), 1.8, 1.0)
    n_calls = w.n(2600)
    forged = np.concatenate([reg.fixed(w.n(40), "Dalian", lead=(8, 8), rng=rng, register=False),
                             reg.fixed(w.n(20), "Dandong", lead=(2, 3), rng=rng, register=False),
                             (8610 * 10**8 + rng.integers(6 * 10**7, 7 * 10**7, w.n(10)))])
    foreign = np.concatenate([reg.intl(w.n(8), "KH", rng), reg.intl(w.n(6), "PH", rng)])
    callers = np.concatenate([forged, foreign])
    p = np.concatenate([np.full(len(forged), 0.8 / len(forged)), np.full(len(foreign), 0.2 / len(foreign))])
    caller = rng.choice(callers, n_calls, p=p)
    day = rng.integers(0, dd(w, 10) + 1, n_calls)
    t = clock.times(rng, day, "den")
    res = rng.choice(R.n, n_calls, p=wt / wt.sum())
    r, dur, ring = outcome(w, rng, n_calls, 0.32, 40, 0.8, p_reject=0.15)
    gw = rng.choice(["IGW-DL-01", "IGW-SY-02"], n_calls, p=[0.7, 0.3])
    add_calls(w, t, caller, R.msisdn[res], r, dur, ring, ecell=R.cell_at(rng, res, t),
              ctype=np.full(n_calls, w.I("intl_in"), np.int32), gateway=gw)
    truth(w, "msisdn", callers, "fraud_caller", g)
    note_numbers(w, g, callers, START, kind="spoofed")
    note_contacts(w, g, caller, res, t)
    ok = (r == w.I("answered")) & (dur > 20)
    eng, te, row = choose_victims(w, rng, res, t, ok, w.n(16))
    c2 = rng.choice(forged, len(eng))
    t2 = np.minimum(te + rng.integers(10 * MIN, 90 * MIN, len(eng)), w.end - 1)
    for tt, cc, dm in ((te + 5, caller[row], 700), (t2, c2, 2100)):
        nn = len(eng)
        dur2 = np.clip(dm * np.exp(0.5 * rng.standard_normal(nn)), 200, 5400).astype(np.int64)
        add_calls(w, tt, cc, R.msisdn[eng], np.full(nn, w.I("answered"), np.int32), dur2, rng.integers(3, 12, nn),
                  ecell=R.cell_at(rng, eng, tt), ctype=np.full(nn, w.I("intl_in"), np.int32),
                  gateway=rng.choice(["IGW-DL-01", "IGW-SY-02"], nn))
    ips = site(w, g, rng, ["hgcx-safe.com"], 2, START - 40 * DAY)
    app = w.I("com.hgcx.safe")
    truth(w, "app", ["com.hgcx.safe"], "fraud_app", g)
    w.fb["apps"].append((["com.hgcx.safe"], g.gid))
    sm = R.smart[eng]
    ti = t2[sm] + rng.integers(5 * MIN, 30 * MIN, sm.sum())
    add_app(w, ti, R.msisdn[eng[sm]], app, "install", w.I("http://dl.hgcx-safe.com/hgcx.apk"))
    visit(w, rng, eng[sm], ti - 60, w.I("dl.hgcx-safe.com"), ips, n=1, paths=("/hgcx.apk",))
    visit(w, rng, eng[sm], ti + 120, w.I("api.hgcx-safe.com"), ips, n=rng.integers(3, 10, sm.sum()), spread=HOUR,
          app=app, paths=("/case/query", "/fund/verify"))
    truth(w, "domain", ["dl.hgcx-safe.com", "api.hgcx-safe.com"], "fraud_domain", g)
    warn_96110(w, rng, eng, t2, 0.4)
    nv = max(1, int(round(len(eng) * 0.4)))
    R.used[eng[nv:]] = False
    payments(w, rng, g, eng[:nv], t2[:nv] + rng.integers(HOUR, 5 * HOUR, nv), n_pay=rng.integers(1, 3, nv),
             first_amt=rng.uniform(30000, 120000, nv), growth=1.5, gap_med=4 * HOUR,
             pools=["g13_students", "g14_paofen"], pool_p=[0.7, 0.3], round_to=100, contact=c2[:nv],
             domain="hgcx-safe.com", t_contact=te[:nv])


# ---- G04: fake ETC expiry SMS from phones in a car on the Shenyang-Dalian expressway -----------------------
def g04_etc_road(w: World, ctx: Ctx):
    rng = w.rng("g04")
    R, reg, cells = w.R, w.reg, w.cells
    g = ctx.gang(gid="G04", name="Fake ETC card expiry SMS with wildcard links (ETC过期)", scheme="etc_expiry_sms",
                 place="car on the G15 Shenyang-Dalian expressway", care="loud", fraud_type="customer_service",
                 means="six phones rotating 18 village-sold cards while driving, two wildcard domains")
    m, i, idk, o = ctx.take_cards(w.n(18))
    n = len(m)
    phones = reg.imeis(6, "smart", rng)
    ph = np.arange(n) % 6
    route = np.array([cells.area_idx(a) for a in ("Sujiatun", "Baita", "Tiedong", "Haicheng-Xiliu", "Dashiqiao",
                                                  "Wafangdian", "Ganjingzi")])
    L = Lines(m, i, phones[ph], np.full(n, cells.in_area(rng, [route[0]])[0]), np.full(n, route[0]), 0.0)
    d0, d1 = active_schedule(rng, n, dd(w, 2), dd(w, 8), 1, 2)
    d0, d1 = ctx.after_open(d0, d1, o)
    g.cards, g.devices = n, 6
    truth(w, "msisdn", m, "fraud_sms_sender", g)
    truth(w, "imei", phones, "simbox_device", g)
    k, day = per_day_events(rng, d0, d1, 300)
    t = clock.times(rng, day, "blast")
    frac = np.clip((w.hour_of(t) - 8) / 13.0, 0, 0.999)
    leg = (frac * len(route)).astype(np.int64)
    rev = (day % 2) == 1
    leg = np.where(rev, len(route) - 1 - leg, leg)
    cell = cells.in_area(rng, route[leg])
    drivers = np.where(np.isin(R.occ, [DRIVER, OFFICE, TRADER, ACCOUNTANT]) & (R.age >= 26) & (R.age <= 60), 1.0, 0.1)
    num, res = strangers(w, rng, len(k), drivers, 0.15)
    tpl_i = rng.integers(0, 2, len(k))
    param = rng.integers(0, 36**5, len(k))
    add_sms(w, t, m[k], num, T.group("f_etc")[tpl_i], param, imei=phones[ph[k]], cell=cell)
    note_numbers(w, g, m, START + d0 * DAY, kind="sms")
    note_contacts(w, g, m[k], res, t)
    # handsets on the road: location updates along the route, data sessions
    k2, day2 = per_day_events(rng, d0, d1, 14)
    t2 = clock.times(rng, day2, "blast")
    leg2 = (np.clip((w.hour_of(t2) - 8) / 13.0, 0, 0.999) * len(route)).astype(np.int64)
    add_dev(w, t2, m[k2], i[k2], phones[ph[k2]], cells.in_area(rng, route[leg2]), "location_update")
    k3, day3 = per_day_events(rng, d0, d1, 5)
    t3 = clock.times(rng, day3, "blast")
    add_dev(w, t3, m[k3], i[k3], phones[ph[k3]], cells.in_area(rng, route[rng.integers(0, len(route), len(k3))]),
            "data_session", nbytes=rng.integers(200000, 5000000, len(k3)))
    bases = ["etc-lnjt.cc", "etc-gsgl.top"]
    ips = site(w, g, rng, bases, 2, START)
    vic, tv, row = choose_victims(w, rng, res, t, res >= 0, w.n(8), np.where(R.smart, drivers, 0))
    hostn = [f"{tok_str(int(param[r]))}.{bases[tpl_i[r]]}" for r in row]
    truth(w, "domain", hostn, "fraud_domain", g)
    tvis = tv + rng.integers(2 * MIN, 2 * HOUR, len(vic))
    visit(w, rng, vic, tvis, w.I.many(hostn), ips, n=rng.integers(2, 5, len(vic)), spread=10 * MIN,
          paths=("/etc/renz", "/card", "/verify"))
    payments(w, rng, g, vic, tvis + rng.integers(3 * MIN, 15 * MIN, len(vic)), n_pay=rng.integers(1, 3, len(vic)),
             first_amt=rng.uniform(2000, 16000, len(vic)), growth=1.5, gap_med=10 * MIN,
             pools=["g14_paofen", "g12_bank"], pool_p=[0.7, 0.3], channel="third_party", initiated=False,
             code_sms=True, contact=m[k[row]], domain="etc-lnjt.cc", t_contact=tv)
    near, tn, rown = choose_victims(w, rng, res, t, res >= 0, w.n(15), np.where(R.smart, drivers, 0))
    R.used[near] = False
    hn = [f"{tok_str(int(param[r]))}.{bases[tpl_i[r]]}" for r in rown]
    truth(w, "domain", hn, "fraud_domain", g)
    visit(w, rng, near, tn + rng.integers(MIN, 4 * HOUR, len(near)), w.I.many(hn), ips, paths=("/etc/renz",))
    suspend(w, L, np.flatnonzero(rng.random(n) < 0.3), START + (d1 - 1) * DAY + 18 * HOUR)


# ---- G05: New Year red-packet / lottery SMS from a shell company's cards, side-loaded app ------------------
def g05_redpacket(w: World, ctx: Ctx):
    rng = w.rng("g05")
    R, reg, cells = w.R, w.reg, w.cells
    g = ctx.gang(gid="G05", name="New Year red packet / lottery win SMS with a side-loaded app", scheme="ny_redpacket_app",
                 place="office in Heping, Shenyang", care="medium", fraud_type="other",
                 means="24 industry cards on a shell company's licence in 4 dual-SIM phones, app from a wildcard site")
    lic = reg.ids(1)
    off = cells.in_area(rng, [cells.area_idx("Heping")])[0]
    n = w.n(24)
    imei1 = reg.imeis(4, "smart", rng)
    imeis = np.concatenate([imei1, reg.imei_pair(imei1)])
    slot = np.arange(n) % 8
    opened = START - rng.integers(30 * DAY, 40 * DAY) + np.arange(n) * 120
    L = mk_lines(w, rng, n, cell=off, open_time=opened, ids=lic[0], id_type="business_license",
                 customer_type="enterprise", channel="SY-ENT-05", prepaid=0, imeis=imeis[slot])
    truth(w, "msisdn", L.msisdn, "fraud_sms_sender", g)
    truth(w, "id_key", lic, "gang_member", g)
    truth(w, "imei", imeis, "simbox_device", g)
    g.cards, g.devices = n, 4
    d0, d1 = active_schedule(rng, n, dd(w, 3), dd(w, 6), 1, 3)
    presence(w, rng, L, d0, d1, lu_per_day=0.5, data_per_day=2)
    k, day = per_day_events(rng, d0, d1, 180)
    t = clock.times(rng, day, "blast")
    eve = day == w.eve_day
    t = np.where(eve & (rng.random(len(t)) < 0.5), START + day * DAY + rng.integers(19 * HOUR, 23 * HOUR, len(t)), t)
    num, res = strangers(w, rng, len(k), np.where(R.smart, 1.0, 0.3), 0.2)
    tpl_i = rng.integers(0, 3, len(k))
    param = rng.integers(0, 36**5, len(k))
    lines_sms(w, rng, L, k, t, num, T.group("f_redpacket")[tpl_i], param)
    note_numbers(w, g, L.msisdn, START + d0 * DAY, kind="sms")
    note_contacts(w, g, L.msisdn[k], res, t)
    ips = site(w, g, rng, ["xnhb8.vip", "hb-2030.top"], 2, START - 5 * DAY)
    app_name = "com.xnhb.fuli"
    app = w.I(app_name)
    truth(w, "app", [app_name], "fraud_app", g)
    w.fb["apps"].append(([app_name], g.gid))
    wt = np.where(R.smart, 1.0, 0.0) * np.where(R.age >= 50, 1.6, 1.0)
    vic, tv, row = choose_victims(w, rng, res, t, res >= 0, w.n(10), wt)
    hostn = [f"{tok_str(int(param[r]))}.xnhb8.vip" if tpl_i[r] == 0 else
             ("xnhb8.vip" if tpl_i[r] == 1 else f"{tok_str(int(param[r]))}.hb-2030.top") for r in row]
    truth(w, "domain", sorted(set(hostn) | {"api.xnhb8.vip"}), "fraud_domain", g)
    tvis = tv + rng.integers(MIN, 90 * MIN, len(vic))
    visit(w, rng, vic, tvis, w.I.many(hostn), ips, n=1, paths=("/app", "/d/", "/lingqu"))
    ti = tvis + rng.integers(60, 600, len(vic))
    add_app(w, ti, R.msisdn[vic], app, "install", w.I("http://xnhb8.vip/app/fuli.apk"))
    k2 = np.repeat(np.arange(len(vic)), 6)
    tu = ti[k2] + rng.integers(60, 2 * DAY, len(k2))
    add_app(w, tu, R.msisdn[vic[k2]], app, "use")
    visit(w, rng, vic, ti + 60, w.I("api.xnhb8.vip"), ips, n=rng.integers(4, 12, len(vic)), spread=DAY, app=app,
          paths=("/api/redpacket", "/api/withdraw", "/api/fee"))
    payments(w, rng, g, vic, ti + rng.integers(10 * MIN, 2 * HOUR, len(vic)), n_pay=rng.integers(2, 5, len(vic)),
             first_amt=rng.choice([98, 198, 398], len(vic)), growth=3.0, gap_med=90 * MIN, pools=["g14_paofen"],
             channel="third_party", contact=L.msisdn[k[row]], domain="xnhb8.vip", t_contact=tv)


# ---- G06: game-account trading scam on teenagers in the holiday -------------------------------------------
def g06_game_teens(w: World, ctx: Ctx):
    rng = w.rng("g06")
    R, reg, cells = w.R, w.reg, w.cells
    g = ctx.gang(gid="G06", name="Game-account trade 'frozen funds' scam on teenagers", scheme="game_trade_teens",
                 place="flats in Guta, Jinzhou", care="careful", fraud_type="customer_service",
                 means="six aged cards bought one by one, ordinary phones, QQ and game accounts, fake trading site")
    ar = cells.area_idx("Guta")
    n = 6
    cities = rng.choice(["JZ", "SY", "AS", "YK"], n)
    L = mk_lines(w, rng, n, cell=cells.in_area(rng, np.full(n, ar)), area=ar, wander=0.25,
                 open_time=START - rng.integers(YEAR, 3 * YEAR, n), channel=[f"{c}-STORE-00{j + 1}" for j, c in
                                                                            enumerate(cities)],
                 region="Jinzhou", prepaid=1)
    truth(w, "msisdn", L.msisdn, "fraud_caller", g)
    truth(w, "id_key", L.extra["ids"], "card_seller", g)
    g.cards = n
    for plat in ("qq", "game:wangzhe", "wechat"):
        reg.add_inet(plat, L.msisdn, START - rng.integers(5 * DAY, 60 * DAY, n))
    cover_life(w, rng, L, 0, w.days, calls_per_day=3.5, data=4)
    teens = np.where(R.gamer & (R.age < 18), 1.0, np.where(R.gamer, 0.1, 0.0))
    d0 = np.full(n, dd(w, 2))
    d1 = np.full(n, w.days)
    k, day = per_day_events(rng, d0, d1, 14)
    t = clock.times(rng, day, "young")
    num, res = strangers(w, rng, len(k), teens, 0.4)
    r, dur = lines_calls(w, rng, L, k, t, num, res, 0.5, 60, 0.8)
    note_numbers(w, g, L.msisdn, START + 2 * DAY)
    note_contacts(w, g, L.msisdn[k], res, t)
    ks, days = per_day_events(rng, d0, d1, 3)
    ts = clock.times(rng, days, "young")
    sn, sr = strangers(w, rng, len(ks), teens, 0.5)
    lines_sms(w, rng, L, ks, ts, sn, T.group("f_game")[0], rng.integers(10**8, 10**9, len(ks)))
    note_contacts(w, g, L.msisdn[ks], sr, ts)
    ok = (r == w.I("answered")) & (res >= 0)
    vic, tv, row = choose_victims(w, rng, res, t, ok, w.n(6), teens)
    conversations(w, rng, L, k[row], tv + 3 * MIN, vic, dur_med=1500)
    ips = site(w, g, rng, ["jy-5173game.com"], 1, START - 90 * DAY)
    visit(w, rng, vic, tv + 10 * MIN, w.I("m.jy-5173game.com"), ips, n=rng.integers(3, 7, len(vic)), spread=HOUR,
          paths=("/trade/freeze", "/kefu", "/pay"))
    truth(w, "domain", ["m.jy-5173game.com"], "fraud_domain", g)
    add_app(w, tv + 8 * MIN, R.msisdn[vic], w.I("com.tencent.wemeet.app"), "install",
            w.I("https://sj.qq.com/appdetail/com.tencent.wemeet.app"))
    payments(w, rng, g, vic, tv + 25 * MIN, n_pay=rng.integers(2, 5, len(vic)), first_amt=rng.uniform(500, 1500, len(vic)),
             growth=1.7, gap_med=20 * MIN, pools=["g14_paofen", "g13_students"], pool_p=[0.5, 0.5],
             channel="third_party", contact=L.msisdn[k[row]], domain="jy-5173game.com", t_contact=tv)


# ---- G07: fake stock 'insider' group (杀猪盘 variant) on people with year-end bonuses ------------------------
def g07_stock(w: World, ctx: Ctx):
    rng = w.rng("g07")
    R, reg, cells, money = w.R, w.reg, w.cells, w.money
    g = ctx.gang(gid="G07", name="Fake stock 'insider' group with a fake brokerage app (杀猪盘)", scheme="stock_insider",
                 place="Shahekou, Dalian", care="careful", fraud_type="investment",
                 means="four aged cards, long repeated calls, side-loaded trading app, bought corporate accounts")
    ar = cells.area_idx("Shahekou")
    n = 4
    L = mk_lines(w, rng, n, cell=cells.in_area(rng, np.full(n, ar)), area=ar, wander=0.3,
                 open_time=START - rng.integers(2 * YEAR, 4 * YEAR, n), channel="DL-STORE-002", region="Dalian",
                 prepaid=0)
    truth(w, "msisdn", L.msisdn, "fraud_caller", g)
    truth(w, "id_key", L.extra["ids"], "card_seller", g)
    g.cards = n
    reg.add_inet("wechat", L.msisdn, START - rng.integers(300 * DAY, 900 * DAY, n))
    cover_life(w, rng, L, 0, w.days, calls_per_day=4, data=6)
    accts = reg.accounts(6)
    money.pool("g07_own", accts, -1, nxt="l2_ext", delay_med=3 * HOUR, split=(1, 3))
    truth(w, "account", accts, "mule_account", g)
    g.accounts = 6
    wt = np.where((R.age >= 35) & (R.age <= 62) & R.smart & np.isin(R.occ, [OFFICE, ACCOUNTANT, TRADER, RETIRED]),
                  1.0, 0.0)
    tg = R.pick(rng, w.n(24), wt > 0)
    # first contact, then repeated long calls every day or two with the engaged ones
    t1 = clock.times(rng, rng.integers(0, 4, len(tg)), "evening")
    kk = rng.integers(0, n, len(tg))
    r, dur = lines_calls(w, rng, L, kk, t1, R.msisdn[tg], tg, 0.7, 200)
    note_contacts(w, g, L.msisdn[kk], tg, t1)
    note_numbers(w, g, L.msisdn, START)
    eng = tg[(r == w.I("answered"))][: w.n(9)]
    R.used[np.setdiff1d(tg, eng)] = False
    ke = kk[np.isin(tg, eng)][: len(eng)]
    te = t1[np.isin(tg, eng)][: len(eng)]
    reps = rng.integers(3, 7, len(eng))
    s = np.repeat(np.arange(len(eng)), reps)
    tr = te[s] + rng.integers(DAY // 2, 8 * DAY, len(s))
    tr = START + w.day_of(tr) * DAY + rng.integers(19 * HOUR, 22 * HOUR, len(s))
    ok = tr < w.end
    s, tr = s[ok], tr[ok]
    conversations(w, rng, L, ke[s], tr, eng[s], dur_med=1500)
    # callbacks: they call the "teacher" too
    cb = rng.random(len(s)) < 0.4
    res_c = np.full(cb.sum(), w.I("answered"), np.int32)
    dur_c = rng.integers(120, 1500, cb.sum())
    tcb = tr[cb] + rng.integers(HOUR, 20 * HOUR, cb.sum())
    add_calls(w, tcb, R.msisdn[eng[s[cb]]], L.msisdn[ke[s[cb]]], res_c, dur_c, rng.integers(2, 10, cb.sum()),
              imei=R.imei[eng[s[cb]]], imsi=R.imsi[eng[s[cb]]], ccell=R.cell_at(rng, eng[s[cb]], tcb),
              ecell=L.cell[ke[s[cb]]])
    ips = site(w, g, rng, ["hxtz-vip.com"], 2, START - 120 * DAY)
    app_name = "com.hxtz.vip"
    app = w.I(app_name)
    truth(w, "app", [app_name], "fraud_app", g)
    truth(w, "domain", ["dl.hxtz-vip.com", "api.hxtz-vip.com", "www.hxtz-vip.com"], "fraud_domain", g)
    w.fb["apps"].append(([app_name], g.gid))
    nv = max(1, int(round(len(eng) * 0.45)))
    vic = eng[:nv]
    R.used[eng[nv:]] = False
    ti = np.minimum(te[:nv] + rng.integers(DAY, 3 * DAY, nv), w.end - 2 * DAY)
    visit(w, rng, vic, ti - 120, w.I("dl.hxtz-vip.com"), ips, paths=("/download/hxtz.apk",))
    add_app(w, ti, R.msisdn[vic], app, "install", w.I("https://dl.hxtz-vip.com/download/hxtz.apk"))
    # the other engaged ones only look at the site
    visit(w, rng, eng[nv:], te[nv:] + DAY, w.I("www.hxtz-vip.com"), ips, n=2, spread=DAY)
    ku = np.repeat(np.arange(nv), 14)
    tu = ti[ku] + rng.integers(60, 6 * DAY, len(ku))
    add_app(w, tu, R.msisdn[vic[ku]], app, "use")
    visit(w, rng, vic[ku], tu + 5, w.I("api.hxtz-vip.com"), ips, app=app, paths=("/quote", "/position", "/deposit"))
    # a small 'profit' paid back first to build trust
    t_back = ti + rng.integers(DAY // 2, DAY, nv)
    keep = t_back < w.end
    add_txn(w, t_back[keep], accts[rng.integers(0, 6, keep.sum())], R.pay_acct[vic[keep]],
            np.round(rng.uniform(800, 2500, keep.sum()), 0), channel="mobile_app")
    payments(w, rng, g, vic, ti + 3 * HOUR, n_pay=rng.integers(2, 5, nv), first_amt=rng.uniform(10000, 30000, nv),
             growth=1.9, gap_med=DAY, pools=["g07_own"], round_to=100, contact=L.msisdn[ke[:nv]],
             domain="hxtz-vip.com", t_contact=te[:nv])


# ---- G08: fake courier lost-parcel compensation from a VoIP line pool, screen sharing ----------------------
def g08_express_voip(w: World, ctx: Ctx):
    rng = w.rng("g08")
    R, reg = w.R, w.reg
    g = ctx.gang(gid="G08", name="Lost-parcel compensation calls with a screen-sharing app (快递理赔)",
                 scheme="express_compensation_voip", place="VoIP lines of a shell logistics firm, Shenyang",
                 care="loud", fraud_type="customer_service",
                 means="20 VoIP lines on a shell licence behind SBC-SY-07, fake support app from a wildcard site")
    lic = reg.ids(1)
    n = w.n(20)
    opened = START - rng.integers(45 * DAY, 70 * DAY) + np.arange(n) * 600
    L = mk_lines(w, rng, n, cell=-1, open_time=opened, ids=lic[0], line_type="voip", id_type="business_license",
                 customer_type="enterprise", channel="SY-ENT-02", prepaid=0, region="Shenyang")
    truth(w, "msisdn", L.msisdn, "fixed_voip_line", g)
    truth(w, "id_key", lic, "gang_member", g)
    g.cards = n
    w.fb["voip_allow"] = L.msisdn[:2]
    d0, d1 = active_schedule(rng, n, 0, dd(w, 10), 5, 9)
    shop = np.where(R.has_platform["taobao"] | R.has_platform["pdd"], 1.0, 0.1) * np.where(R.age < 60, 1.0, 0.4)
    k, t, num, res, r, dur = den_calls(w, rng, g, L, d0, d1, 140, res_weight=shop, p_res=0.25, p_answer=0.22,
                                       dur_med=35, gateway="SBC-SY-07")
    note_numbers(w, g, L.msisdn, START + d0 * DAY)
    callbacks(w, rng, L, (num, res, k), t, 0.04)
    ok = (r == w.I("answered")) & (res >= 0)
    vic, tv, row = choose_victims(w, rng, res, t, ok, w.n(10), np.where(R.smart, shop, 0))
    conversations(w, rng, L, k[row], tv + 2, vic, dur_med=1700)
    bases = "kdlp-kf.com"
    ips = site(w, g, rng, [bases], 2, START - 15 * DAY)
    hostn = hosts(w, bases, rng.integers(0, 36**5, len(vic)))
    truth(w, "domain", hostn, "fraud_domain", g)
    tvis = tv + rng.integers(3 * MIN, 10 * MIN, len(vic))
    visit(w, rng, vic, tvis, w.I.many(hostn), ips, paths=("/app.apk",))
    app_name = "com.yunshare.kefu"
    truth(w, "app", [app_name], "fraud_app", g)
    w.fb["apps"].append(([app_name], g.gid))
    add_app(w, tvis + 90, R.msisdn[vic], w.I(app_name), "install",
            w.I.many([f"http://{h}/app.apk" for h in hostn]))
    visit(w, rng, vic, tvis + 200, w.I("rtc.kdlp-kf.com"), ips, n=rng.integers(5, 15, len(vic)), spread=40 * MIN,
          app=w.I(app_name), paths=("/share/session", "/share/frame"))
    truth(w, "domain", ["rtc.kdlp-kf.com"], "fraud_domain", g)
    payments(w, rng, g, vic, tvis + rng.integers(15 * MIN, 40 * MIN, len(vic)), n_pay=rng.integers(1, 4, len(vic)),
             first_amt=rng.uniform(3000, 18000, len(vic)), growth=1.5, gap_med=12 * MIN,
             pools=["g13_students", "g14_paofen"], pool_p=[0.5, 0.5], code_sms=True, contact=L.msisdn[k[row]],
             domain="kdlp-kf.com", t_contact=tv)
    near, tn, _ = choose_victims(w, rng, res, t, ok, w.n(15), np.where(R.smart, shop, 0))
    R.used[near] = False
    warn_96110(w, rng, np.concatenate([vic, near]), np.concatenate([tv, tn]), 0.35)


# ---- G09: relay phones (手机口) in villages forwarding calls from abroad: student-loan cancellation ----------
def g09_relay_phones(w: World, ctx: Ctx):
    rng = w.rng("g09")
    R, reg, cells = w.R, w.reg, w.cells
    g = ctx.gang(gid="G09", name="Relay phones (手机口): 'cancel your campus loan or lose your credit'",
                 scheme="relay_phone_credit_repair", place="hired villagers in Zhangwu (Fuxin) and Suizhong (Huludao)",
                 care="careful", fraud_type="loan",
                 means="villagers' own cards back to back with a second new card; calls in from Cambodia/Philippines")
    vill = np.isin(R.area, [cells.area_idx("Zhangwu"), cells.area_idx("Suizhong")])
    hired = R.pick(rng, w.n(5), vill & (R.age >= 45) & (R.age <= 70) & ~R.has2)
    n = len(hired)
    A = resident_lines(w, hired)
    A.wander = 0.0
    A.cell = R.home_cell[hired].copy()
    openedB = START - rng.integers(5 * DAY, 25 * DAY, n)
    B = mk_lines(w, rng, n, kind="feature", cell=R.home_cell[hired], open_time=openedB, ids=R.card_id[hired],
                 channel=np.where(R.city[hired] == city("Fuxin"), "FX-AG-003", "HLD-AG-006"),
                 region=np.array(CITIES, dtype=object)[R.city[hired]])
    truth(w, "msisdn", A.msisdn, "fraud_caller", g)
    truth(w, "msisdn", B.msisdn, "fraud_caller", g, openedB)
    truth(w, "id_key", R.own_id[hired], "gang_member", g)
    g.cards, g.devices = 2 * n, n
    abroad = np.concatenate([reg.intl(w.n(6), "KH", rng), reg.intl(w.n(4), "PH", rng)])
    truth(w, "msisdn", abroad, "fraud_caller", g)
    presence(w, rng, B, np.full(n, dd(w, 2)), np.full(n, w.days), lu_per_day=0.5)
    d0, d1 = np.full(n, dd(w, 2)), np.full(n, dd(w, 10) + 1)
    k, day = per_day_events(rng, d0, d1, 26)
    t = clock.times(rng, day, "den")
    young = np.where((R.age >= 19) & (R.age <= 30), 1.0, 0.05)
    num, res = strangers(w, rng, len(k), young, 0.4)
    r, dur, ring = outcome(w, rng, len(k), 0.35, 45, 0.8, p_reject=0.12)
    # the leg from abroad to the villager's own card, then the villager's second phone dials the target
    inc = abroad[rng.integers(0, len(abroad), len(k))]
    lead = rng.integers(5, 30, len(k))
    dur_in = np.where(dur > 0, dur + lead + rng.integers(2, 8, len(k)), rng.integers(20, 60, len(k)))
    add_calls(w, t - lead, inc, A.msisdn[k], np.full(len(k), w.I("answered"), np.int32), dur_in, rng.integers(1, 4, len(k)),
              ecell=A.cell[k], ctype=np.full(len(k), w.I("intl_in"), np.int32), gateway="IGW-SY-02")
    ecell = np.full(len(k), -1, np.int64)
    m = res >= 0
    ecell[m] = R.cell_at(rng, res[m], t[m])
    add_calls(w, t, B.msisdn[k], num, r, dur, ring, imei=B.imei[k], imsi=B.imsi[k], ccell=B.cell[k], ecell=ecell)
    note_numbers(w, g, B.msisdn, START + 2 * DAY)
    note_contacts(w, g, B.msisdn[k], res, t)
    pre = rng.random(len(k)) < 0.15  # a text from the 'credit centre' before some calls
    add_sms(w, t[pre] - rng.integers(5 * MIN, 3 * HOUR, int(pre.sum())), B.msisdn[k[pre]], num[pre],
            T.group("f_credit")[0], rng.integers(1000, 10**4, int(pre.sum())), imei=B.imei[k[pre]], cell=B.cell[k[pre]])
    ok = (r == w.I("answered")) & (res >= 0)
    vic, tv, row = choose_victims(w, rng, res, t, ok, w.n(6), young)
    # the hook: a long relayed call
    kk = k[row]
    nn = len(vic)
    t2 = np.minimum(tv + rng.integers(HOUR, 20 * HOUR, nn), w.end - 1)
    d2 = np.clip(1800 * np.exp(0.4 * rng.standard_normal(nn)), 600, 5000).astype(np.int64)
    add_calls(w, t2 - 15, abroad[rng.integers(0, len(abroad), nn)], A.msisdn[kk], np.full(nn, w.I("answered"), np.int32),
              d2 + 20, np.full(nn, 2), ecell=A.cell[kk], ctype=np.full(nn, w.I("intl_in"), np.int32), gateway="IGW-SY-02")
    add_calls(w, t2, B.msisdn[kk], R.msisdn[vic], np.full(nn, w.I("answered"), np.int32), d2, np.full(nn, 6),
              imei=B.imei[kk], imsi=B.imsi[kk], ccell=B.cell[kk], ecell=R.cell_at(rng, vic, t2))
    add_app(w, t2 + 300, R.msisdn[vic], w.I("com.tencent.wemeet.app"), "install",
            w.I("https://appgallery.huawei.com/app/com.tencent.wemeet.app"))
    payments(w, rng, g, vic, t2 + rng.integers(20 * MIN, 50 * MIN, nn), n_pay=rng.integers(1, 4, nn),
             first_amt=rng.uniform(5000, 25000, nn), growth=1.6, gap_med=40 * MIN,
             pools=["g13_students", "g12_bank"], pool_p=[0.6, 0.4], round_to=100, contact=B.msisdn[kk], t_contact=tv)
    # the villagers get paid by the day
    for j, h in enumerate(hired):
        days = np.arange(dd(w, 3), dd(w, 10) + 1, 2)
        add_txn(w, START + days * DAY + 20 * HOUR + j * 97, ctx.otc_acct[j % len(ctx.otc_acct)], R.acct[h],
                np.full(len(days), 600.0), channel="mobile_app")


# ---- G10: AI face-swap video call from the 'boss' to the accountant at the year-end settlement -------------
def g10_faceswap(w: World, ctx: Ctx):
    rng = w.rng("g10")
    R, reg, cells, money = w.R, w.reg, w.cells, w.money
    g = ctx.gang(gid="G10", name="AI face-swap 'boss' video call to accountants at the year-end settlement",
                 scheme="ai_faceswap_boss", place="moving around Hunnan, Shenyang", care="careful",
                 fraud_type="acquaintance",
                 means="three aged cards bought one by one, new WeChat accounts, short video calls, shell company accounts")
    ar = cells.area_idx("Hunnan")
    n = 3
    L = mk_lines(w, rng, n, cell=cells.in_area(rng, np.full(n, ar)), area=ar, wander=0.5,
                 open_time=START - rng.integers(YEAR, 2 * YEAR, n),
                 channel=np.array(["SY-STORE-004", "DL-STORE-001", "AS-AG-006"], dtype=object), region="Shenyang")
    truth(w, "msisdn", L.msisdn, "fraud_caller", g)
    truth(w, "id_key", L.extra["ids"], "card_seller", g)
    g.cards = n
    reg.add_inet("wechat", L.msisdn, START - rng.integers(3 * DAY, 10 * DAY, n))
    reg.add_inet("qq", L.msisdn, START - rng.integers(2 * DAY, 12 * DAY, n))
    cover_life(w, rng, L, 0, w.days, calls_per_day=2, data=5)
    # shell companies' accounts (对公账户) opened in November elsewhere in the province
    corp = reg.accounts(4)
    reg.add_bank(corp, reg.ids(4), rng.choice(["ICBC", "CCB", "BOC"], 4), START - rng.integers(30 * DAY, 50 * DAY, 4),
                 -1)
    money.pool("g10_corp", corp, -1, nxt="l2_ext", delay_med=30 * MIN, split=(2, 4))
    truth(w, "account", corp, "mule_account", g)
    g.accounts = 4
    acc = R.pick(rng, w.n(8), (R.occ == ACCOUNTANT) & (R.employer >= 0) & R.smart)
    kk = rng.integers(0, n, len(acc))
    days = rng.choice([dd(w, x) for x in (1, 2, 3, 5, 7, 8)], len(acc))
    t = START + days * DAY + rng.integers(9 * HOUR, 17 * HOUR, len(acc))
    dv = rng.integers(35, 110, len(acc))
    add_calls(w, t, L.msisdn[kk], R.msisdn[acc], np.full(len(acc), w.I("answered"), np.int32), dv,
              rng.integers(3, 12, len(acc)), imei=L.imei[kk], imsi=L.imsi[kk], ccell=L.cells_at(w, rng, kk, t),
              ecell=R.cell_at(rng, acc, t), media="video")
    t2 = t + dv + rng.integers(60, 400, len(acc))
    r, dur = lines_calls(w, rng, L, kk, t2, R.msisdn[acc], acc, 0.9, 150)
    note_numbers(w, g, L.msisdn, t.min() if len(t) else START)
    note_contacts(w, g, L.msisdn[kk], acc, t)
    nv = max(1, int(round(len(acc) * 0.4)))
    vic = acc[:nv]
    R.used[acc[nv:]] = False
    tp = t2[:nv] + rng.integers(10 * MIN, 50 * MIN, nv)
    amt = np.round(rng.uniform(80000, 480000, nv), -3)
    frm = R.emp_acct[R.employer[vic]]
    add_txn(w, tp, frm, corp[rng.integers(0, 4, nv)], amt, channel="mobile_app", initiated=R.msisdn[vic])
    to = corp[rng.integers(0, 4, nv)]
    # the company's money: log the loss as the accountant's (the person deceived)
    w.truth.loss(R.msisdn[vic], tp, amt, to)
    add_txn(w, tp + 400, frm, to, np.round(amt * 0.5, -3), channel="mobile_app", initiated=R.msisdn[vic])
    w.truth.loss(R.msisdn[vic], tp + 400, np.round(amt * 0.5, -3), to)
    money.receive(np.concatenate([to, to]), np.concatenate([tp, tp + 400]), np.concatenate([amt, np.round(amt * 0.5, -3)]))
    w.fb["losses"].append((vic, tp, amt * 1.5, to, L.msisdn[kk[:nv]], g.gid, g.fraud_type, None))
    truth(w, "msisdn", R.msisdn[vic], "victim", g, t[:nv])
    g.victims += nv
    g.losses += float((amt * 1.5).sum())


# ---- G11: SIM box in a Shenyang flat: low-interest loan calls ---------------------------------------------
def g11_simbox_loan(w: World, ctx: Ctx):
    rng = w.rng("g11")
    R, reg, cells = w.R, w.reg, w.cells
    g = ctx.gang(gid="G11", name="Low-interest loan calls from a SIM box in a flat (贷款诈骗)", scheme="simbox_loan",
                 place="flat in Yuhong, Shenyang", care="loud", fraud_type="loan",
                 means="two SIM boxes (4 modules each) with SIM banks of village-sold cards, loan app side-loaded")
    flat = cells.in_area(rng, [cells.area_idx("Yuhong")])[0]
    m, i, idk, o = ctx.take_cards(w.n(48))
    n = len(m)
    modules = reg.imeis(8, "module", rng)
    box = np.arange(n) % 2
    L = Lines(m, i, modules[box * 4], np.full(n, flat), np.full(n, -1), 0.0)
    d0, d1 = active_schedule(rng, n, 1, dd(w, 10), 2, 5)
    d0, d1 = ctx.after_open(d0, d1, o)
    g.cards, g.devices = n, 2
    truth(w, "msisdn", m, "simbox_sim", g)
    truth(w, "msisdn", m, "fraud_caller", g)
    truth(w, "imei", modules, "simbox_device", g)

    def imei_of(k, day, t):  # a SIM bank: any module of the card's box
        return modules[box[k] * 4 + rng.integers(0, 4, len(k))]

    for d in range(w.days):
        act = np.flatnonzero((d0 <= d) & (d1 > d))
        if len(act):
            tt = START + d * DAY + rng.integers(8 * HOUR, 9 * HOUR, len(act))
            add_dev(w, tt, m[act], i[act], imei_of(act, None, tt), flat, "attach")
            add_dev(w, tt + rng.integers(9 * HOUR, 12 * HOUR, len(act)), m[act], i[act], imei_of(act, None, tt), flat,
                    "detach")
    wt = np.where((R.age >= 24) & (R.age <= 50), 1.0, 0.1)
    k, t, num, res, r, dur = den_calls(w, rng, g, L, d0, d1, 140, res_weight=wt, p_res=0.2, p_answer=0.12,
                                       dur_med=30, imei_of=imei_of)
    note_numbers(w, g, m, START + d0 * DAY)
    callbacks(w, rng, L, (num, res, k), t, 0.03)
    suspend(w, L, np.flatnonzero(rng.random(n) < 0.25), START + (d1 - 1) * DAY + 16 * HOUR)
    ok = (r == w.I("answered")) & (res >= 0)
    vic, tv, row = choose_victims(w, rng, res, t, ok, w.n(10), np.where(R.smart, wt, 0))
    conversations(w, rng, L, k[row], tv + 3, vic, dur_med=420, imei=imei_of(k[row], None, tv))
    ips = site(w, g, rng, ["jdkx-app.com"], 2, START - 25 * DAY)
    app_name = "com.jdkx.daikuan"
    truth(w, "app", [app_name], "fraud_app", g)
    truth(w, "domain", ["www.jdkx-app.com", "api.jdkx-app.com"], "fraud_domain", g)
    w.fb["apps"].append(([app_name], g.gid))
    tvis = tv + rng.integers(10 * MIN, 2 * HOUR, len(vic))
    visit(w, rng, vic, tvis, w.I("www.jdkx-app.com"), ips, paths=("/down", "/"))
    add_app(w, tvis + 100, R.msisdn[vic], w.I(app_name), "install", w.I("https://www.jdkx-app.com/down/jdkx.apk"))
    visit(w, rng, vic, tvis + 300, w.I("api.jdkx-app.com"), ips, n=rng.integers(4, 12, len(vic)), spread=DAY,
          app=w.I(app_name), paths=("/loan/apply", "/loan/unfreeze", "/loan/insurance"))
    payments(w, rng, g, vic, tvis + rng.integers(30 * MIN, 3 * HOUR, len(vic)), n_pay=rng.integers(2, 5, len(vic)),
             first_amt=rng.uniform(800, 3000, len(vic)), growth=2.0, gap_med=3 * HOUR, pools=["g14_paofen"],
             channel="third_party", contact=m[k[row]], domain="jdkx-app.com", t_contact=tv)
    # the flat's minder
    mind = mk_lines(w, rng, 1, cell=flat, area=cells.area_idx("Yuhong"), wander=0.15, open_time=START - 3 * YEAR,
                    channel="SY-STORE-001", region="Shenyang")
    cover_life(w, rng, mind, 0, w.days, calls_per_day=3)
    truth(w, "msisdn", mind.msisdn, "gang_member", g)
    # cards left in the stock: bought but not yet used (sleeping in a drawer)
    rest = ctx.stock[0]
    ctx.gangs[[x.gid for x in ctx.gangs].index("G12")].extra["unused"] = len(rest)


__all__ = ["gangs", "tok"]
