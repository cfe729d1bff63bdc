"""Seventeen fraud gangs working Shanxi over the Lantern Festival fortnight.

Each gang is one function: it buys or recruits its cards, phones, accounts and platform accounts, works its
scheme through the record types it really touches, hooks victims (contact -> lure -> payments) and writes its
truth. Parameters differ on purpose and are drawn around each gang's own centre from its own random stream.
"""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .behave import (
    Ctx,
    app_event,
    blast,
    calls,
    dial,
    hook,
    launder,
    net_accounts,
    presence,
    sms,
    text_codes,
    transfers,
    truth,
)
from .core import DAY, HOURS, lognormal_int, times_in_day
from .world import G


class Gang:
    def __init__(self, ctx: Ctx, gid: str, scheme: str, fraud_type: str):
        self.ctx, self.gid, self.scheme, self.ft = ctx, gid, scheme, fraud_type
        self.rng = ctx.S.get("gang." + gid)
        self.W = ctx.W
        self.cal = ctx.cal
        self.D = ctx.cal.days

    # ---------------------------------------------------------------- truth
    def T(self, etype, kind, values, role, first=-1):
        truth(self.ctx, etype, kind, values, role, self.gid, self.scheme, first)

    def register(self, numbers, exposure=1.0):
        """Numbers that reached the public (for complaints and reports)."""
        self.ctx.fraud_numbers.append(dict(gang=self.gid, scheme=self.scheme, fraud_type=self.ft,
                                           numbers=np.asarray(numbers), exposure=exposure))

    # ---------------------------------------------------------------- people and cards
    def people(self, n, place, group="worker", id_type="resident_id"):
        cells = self.W.place_cells[place]
        city = self.W.place_city[self.W.place_code.index(place)]
        hc = cells[self.rng.integers(0, cells.size, n)]
        return self.W.add_persons(self.rng, n, city, G[group], hc, id_type=id_type)

    def cards(self, persons, *, open_days, channel, open_place=None, **kw):
        """Cards on ``persons``' IDs, opened ``open_days`` = (lo, hi) days before the fortnight (negative: during)."""
        persons = np.asarray(persons)
        n = persons.size
        lo, hi = open_days
        d = self.rng.integers(lo, hi + 1, n)
        t = self.cal.t0 - d * DAY + self.rng.integers(9 * 3600, 19 * 3600, n)
        if open_place is not None:
            oc = self.W.place_cells[open_place]
            kw.setdefault("open_cell", oc[self.rng.integers(0, oc.size, n)])
        ch = np.asarray(channel)
        ch = ch[self.rng.integers(0, ch.size, n)] if ch.ndim else np.full(n, ch)
        return self.W.add_sims(self.rng, persons, open_time=t, channel=ch, prepaid=True, **kw)

    def shops(self, *names):
        return np.array([self.W.shop(x) for x in names])

    def sim(self, sims):
        s = self.W.sims
        return s["msisdn"][sims], s["imsi"][sims], s["imei"][sims], s["home_cell"][sims]

    # ---------------------------------------------------------------- the public
    def base_pick(self, n, groups=None, cities=None, kinds=None, smart=None, line=0, pool=None, mark=True,
                  any_taken=False, primary=True):
        """Untaken honest cards matching the profile; marked taken so nobody else claims them."""
        W = self.W
        taken = self.ctx.extra["taken"]
        s = W.sims
        if pool is None:
            pool = np.flatnonzero(s["base"][: taken.size] & ~taken & (s["status"][: taken.size] == 0))
        elif not any_taken:
            pool = pool[~taken[pool]]
        if line is not None:
            pool = pool[s["line"][pool] == line]
        if groups is not None:
            pool = pool[np.isin(s["group"][pool], [G[g] for g in groups])]
        if cities is not None:
            pool = pool[np.isin(W.persons["city"][s["person"][pool]], [C.CITY_INDEX[c] for c in cities])]
        if kinds is not None:
            pool = pool[np.isin(s["home_cell"][pool], np.concatenate([W.kind_cells[k] for k in kinds]))]
        if smart is not None:
            pool = pool[s["smart"][pool] == smart]
        if primary:  # one card per person: the holder's primary card
            pool = pool[W.persons["sim"][s["person"][pool]] == pool]
        n = min(n, pool.size)
        out = self.rng.choice(pool, n, replace=False) if n else np.empty(0, np.int64)
        if mark:
            taken[out] = True
        return np.sort(out)

    def tourists(self, place_idx):
        base = self.ctx.extra["contacts"][0]
        mv = self.ctx.extra["moves"]
        return base[(mv["trip"] >= 0) & (mv["trip_place"] == place_idx)], mv

    def strangers(self, n, ours_share=0.6, groups=None, cities=None):
        W = self.W
        s = W.sims
        base = self.ctx.extra["contacts"][0]
        pool = base[s["line"][base] == 0]
        if groups is not None:
            pool = pool[np.isin(s["group"][pool], [G[g] for g in groups])]
        if cities is not None:
            pool = pool[np.isin(W.persons["city"][s["person"][pool]], [C.CITY_INDEX[c] for c in cities])]
        k = int(n * ours_share)
        ours = s["msisdn"][pool[self.rng.integers(0, pool.size, k)]]
        oth = W.other_mobile
        if cities is not None:
            oth = oth[np.isin(W.other_mobile_city, [C.CITY_INDEX[c] for c in cities])]
        other = oth[self.rng.integers(0, oth.size, n - k)]
        out = np.concatenate([ours, other])
        return out[self.rng.permutation(out.size)]

    def new_accounts(self, persons, days, bank=None, role="mule_account", bound=None):
        """Fresh accounts (``days`` = (lo, hi) days before the fortnight) on ``persons``."""
        persons = np.asarray(persons)
        lo, hi = days
        t = self.cal.t0 - self.rng.integers(lo, hi + 1, persons.size) * DAY + self.rng.integers(9 * 3600, 17 * 3600,
                                                                                              persons.size)
        acc = self.W.add_accounts(self.rng, persons, t, bank=bank, bound=bound, set_primary=False)
        if role:
            self.T("account", "n", acc, role, t)
        return acc

    def day_times(self, day, hours="fraud"):
        day = np.asarray(day)
        return times_in_day(self.rng, self.cal, day, HOURS[hours] if isinstance(hours, str) else hours)

    def runs(self, n, length=(2, 4), start=(0, None)):
        """(cards, days) activity: each card works one run of consecutive days."""
        lo, hi = start
        hi = self.D - 1 if hi is None else min(hi, self.D - 1)
        s = self.rng.integers(lo, hi + 1, n)
        ln = self.rng.integers(length[0], length[1] + 1, n)
        d = np.arange(self.D)
        return (d[None, :] >= s[:, None]) & (d[None, :] < (s + ln)[:, None])

    def hook_calls(self, rows, victims, *, caller, imei, imsi, cell, day, long_med=900, follow=1, roam=None,
                   call_type="mobile", media="voice", gateway=None, hours="fraud", follow_gap=(1, 3)):
        """For each victim one long answered call from a random working card-day, then ``follow`` shorter
        calls on later days from the same number. Returns the first call's time and the caller."""
        rng = self.rng
        victims = np.asarray(victims)
        n = victims.size
        r = rows[rng.integers(0, rows.size, n)]
        t0 = self.day_times(day[r], hours)
        vm = self.W.sims["msisdn"][victims]
        rr = None if roam is None else (roam if isinstance(roam, str) else np.asarray(roam)[r])
        gw = None if gateway is None else (gateway if isinstance(gateway, str) else np.asarray(gateway)[r])
        calls(self.ctx, rng, t0, caller[r], vm, lognormal_int(rng, n, long_med, 0.5, lo=180), imei=imei[r],
              imsi=imsi[r], cell=cell[r], roam=rr, call_type=call_type, media=media, gateway=gw)
        for k in range(follow):
            tf = np.minimum(t0 + rng.integers(follow_gap[0] * 3600, follow_gap[1] * 3600 + 1, n) * (k + 1),
                            self.cal.t_end - 3600)
            calls(self.ctx, rng, tf, caller[r], vm, lognormal_int(rng, n, long_med / 3, 0.6, lo=30), imei=imei[r],
                  imsi=imsi[r], cell=cell[r], roam=rr, call_type=call_type, media=media, gateway=gw)
        return t0, caller[r]


def _cd(g: Gang, active, msisdn, imsi, imei, cell):
    """Card-day arrays from an activity matrix; ``imei``/``cell`` may be per card or (cards, days)."""
    s, d = np.nonzero(active)
    pick = (lambda x: x[s, d] if np.ndim(x) == 2 else np.asarray(x)[s])  # noqa: E731
    return dict(card=s, day=d, msisdn=msisdn[s], imsi=imsi[s], imei=pick(imei), cell=pick(cell))


def _dens_presence(g: Gang, cd, **kw):
    presence(g.ctx, g.rng, cd["msisdn"], cd["imsi"], cd["imei"], cd["cell"], cd["day"], **kw)


# ============================================================================ G02 card sellers (runs first)
def g02_lvliang_card_sellers(ctx: Ctx):
    """Villagers in Lin and Xing counties each open 4-11 cards over the weeks before the festival, mostly at one
    agent (JY-LL-A103) and the county stores, and hand them to a broker in Lishi who sells them on."""
    g = Gang(ctx, "G02", "card_selling", "other")
    rng = g.rng
    n_sellers = int(rng.integers(6, 9))
    sellers = g.base_pick(n_sellers, groups=["villager", "elder", "migrant"], cities=["LL"])
    sp = g.W.sims["person"][sellers]
    per = rng.integers(4, 12, sellers.size)
    owner = np.repeat(sp, per)
    shops = g.shops("JY-LL-A103", "JY-LL-A103", "JY-LL-A103", "JY-LL-S04", "JY-LL-S05", "JY-LL-A107")
    village = np.concatenate([g.W.place_cells["LX"], g.W.place_cells["XX"]])
    oc = village[rng.integers(0, village.size, owner.size)]
    stock = g.cards(owner, open_days=(6, 45), channel=shops, open_cell=oc, home_cell=oc, smart=True)
    g.T("id_key", "k", g.W.persons["id_key"][sp], "card_seller")
    # the broker (gang member) phones the sellers and meets them; ordinary phone in Lishi
    broker_p = g.people(1, "LS", "merchant")
    broker = g.cards(broker_p, open_days=(300, 900), channel=g.shops("JY-LL-S01"))
    bm, bi, be, bc = g.sim(broker)
    k = 3 * sellers.size
    t = g.day_times(rng.integers(0, g.D, k), "person")
    calls(ctx, rng, t, np.full(k, bm[0]), g.W.sims["msisdn"][np.repeat(sellers, 3)],
          lognormal_int(rng, k, 70, 0.6), imei=be[0], imsi=bi[0], cell=bc[0])
    presence(ctx, rng, bm[0], bi[0], be[0], bc[0], np.arange(g.D), data_sessions=2)
    g.T("msisdn", "n", bm, "gang_member")
    # stock handed on: the GoIP den (G01) gets most, the ticket-refund crew (G07) and a few unused
    order = rng.permutation(stock.size)
    ctx.extra["stock_lvliang"] = stock[order]
    ctx.extra["card_sellers"] = sp


# ============================================================================ G01 GoIP den
def g01_beige_goip_den(ctx: Ctx):
    """GoIP den in a Beige (Xiaodian) urban-village flat: 2-4 16-port gateways, bought Lüliang cards rotating
    through the ports for 2-4 days each, fake medical-insurance bureau calls passing victims to 'police'."""
    g = Gang(ctx, "G01", "medical_insurance_freeze", "impersonate_police")
    rng = g.rng
    W = g.W
    stock = ctx.extra["stock_lvliang"]
    n_cards = min(int(rng.integers(40, 56)), int(stock.size * 0.75))
    cards = stock[:n_cards]
    ctx.extra["stock_lvliang"] = stock[n_cards:]
    n_dev = int(rng.integers(2, 5))
    dev = W.imeis(rng, n_dev, C.TAC_GOIP)
    den = W.place_cells["BG"][rng.integers(0, W.place_cells["BG"].size)]
    active = g.runs(n_cards, (2, 4))
    port_dev = rng.integers(0, n_dev, (n_cards, g.D))
    keep = rng.random((n_cards, g.D)) < 0.75   # mostly stays in its gateway from one day to the next
    port_dev = np.where(keep, np.repeat(port_dev[:, :1], g.D, axis=1), port_dev)
    ms, imsi, _, _ = g.sim(cards)
    cd = _cd(g, active, ms, imsi, dev[port_dev], np.full(n_cards, den))
    per_day = rng.uniform(90, 170)
    targets = g.strangers(40000, 0.55, cities=["TY", "JZ", "LL", "XZ", "LF", "YC", "CZ"])
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=per_day, targets=targets, imei=cd["imei"],
         imsi=cd["imsi"], cell=cd["cell"], answer_p=rng.uniform(0.14, 0.22), dur_med=22, dur_sigma=0.8,
         intercept_p=0.03)
    _dens_presence(g, cd, data_sessions=0.0, updates=0.3, power_p=0.95)
    victims = g.base_pick(int(rng.integers(10, 17)), groups=["elder", "villager", "worker"], cities=None)
    t0, by = g.hook_calls(np.arange(cd["day"].size), victims, caller=cd["msisdn"], imei=cd["imei"],
                          imsi=cd["imsi"], cell=cd["cell"], day=cd["day"], long_med=1500, follow=2)
    mules = ctx.extra["mules_l1"]
    elder = W.sims["group"][victims] == G["elder"]
    chan = np.where(elder, "counter", "mobile_app").astype(object)
    pays = rng.integers(1, 4, victims.size)
    pays[rng.random(victims.size) < 0.15] = 0
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=16000, mules=mules, gap_med_min=50,
                              domain="ybj-sx-gov.cc", url="http://ybj-sx-gov.cc/aqzh", ip="203.0.113.41",
                              channel=chan)
    ctx.extra.setdefault("to_launder", []).append((tt, to, amt))
    g.T("msisdn", "n", ms, "simbox_sim", W.sims["open_time"][cards])
    g.T("imei", "n", dev, "simbox_device")
    g.T("domain", "s", ["ybj-sx-gov.cc"], "fraud_domain")
    keeper = g.people(1, "BG", "migrant")
    kc = g.cards(keeper, open_days=(200, 700), channel=g.shops("JY-TY-A104"), home_cell=den)
    km, ki, ke, _ = g.sim(kc)
    presence(ctx, rng, km[0], ki[0], ke[0], den, np.arange(g.D), data_sessions=3, power_p=0.2)
    g.T("msisdn", "n", km, "gang_member")
    # some cards suspended by the operator after complaints: traffic stopped on the last active day
    last = np.where(active.any(1), g.D - 1 - np.argmax(active[:, ::-1], axis=1), -1)
    sus = (rng.random(n_cards) < 0.3) & (last >= 0)
    W.sims["status"][cards[sus]] = 1
    W.sims["status_time"][cards[sus]] = g.cal.t0 + (last[sus] + 1) * DAY + 9 * 3600
    g.register(ms, exposure=1.0)


# ============================================================================ G03 roaming cards in Cambodia
def g03_sihanoukville_roamers(ctx: Ctx):
    """Xinzhou-opened cards roaming in Cambodia (and two in Myanmar) calling Shanxi as 'police' about a
    money-laundering case; victims see a uniform on a video call and move savings to a 'safe account'."""
    g = Gang(ctx, "G03", "fake_police_safe_account", "impersonate_police")
    rng = g.rng
    W = g.W
    n = int(rng.integers(8, 13))
    owners = g.people(n, "WZ", "villager")
    cards = g.cards(owners, open_days=(20, 70), channel=g.shops("JY-XZ-A102", "JY-XZ-A105", "JY-XZ-S03"),
                    open_place="XZC")
    ms, imsi, imei, _ = g.sim(cards)
    country = np.where(np.arange(n) < n - 2, "KH", "MM").astype(object)
    active = g.runs(n, (5, 12))
    cd = _cd(g, active, ms, imsi, imei, np.full(n, -1))
    roam = country[cd["card"]]
    targets = g.strangers(30000, 0.7, groups=["worker", "merchant", "business", "elder"])
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=rng.uniform(35, 70), targets=targets,
         imei=cd["imei"], imsi=cd["imsi"], cell=-1, roam=roam, answer_p=0.25, dur_med=35,
         hours=HOURS["fraud"])
    presence(ctx, rng, cd["msisdn"], cd["imsi"], cd["imei"], -1, cd["day"], roam=roam, data_sessions=4,
             updates=0.3, power_p=0.3, bytes_med=2e7)
    victims = g.base_pick(int(rng.integers(6, 10)), groups=["worker", "merchant", "elder"])
    rows = np.arange(cd["day"].size)
    t0, by = g.hook_calls(rows, victims, caller=cd["msisdn"], imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"],
                          day=cd["day"], long_med=2400, follow=2, roam=roam, media="video")
    pays = rng.integers(2, 5, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=60000, amount_sigma=0.6, mules=ctx.extra["mules_l1"],
                              gap_med_min=90, domain="gat-sx.top", url="http://gat-sx.top/ajcx?no=2034",
                              ip="198.51.100.23")
    ctx.extra.setdefault("to_launder", []).append((tt, to, amt))
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.T("domain", "s", ["gat-sx.top"], "fraud_domain")
    g.T("id_key", "k", W.persons["id_key"][owners], "card_seller")
    g.register(ms, 0.8)


# ============================================================================ G04 investment calls from abroad
def g04_manila_carbon_invest(ctx: Ctx):
    """Calls from the Philippines through an international gateway pushing a 'carbon-credit / coal futures'
    platform to coal workers with fresh back pay; victims install the platform app and pay in rising steps."""
    g = Gang(ctx, "G04", "carbon_credit_investment", "investment")
    rng = g.rng
    n_numbers = int(rng.integers(120, 260))
    nums = g.W.foreign_numbers(rng, "PH", n_numbers)
    gw = "GW-INTL-TYN-07"
    per_number_day = rng.uniform(6, 12)
    use = rng.random((n_numbers, g.D)) < 0.35
    s, d = np.nonzero(use)
    targets = g.strangers(25000, 0.7, groups=["miner", "worker", "merchant"])
    dial(ctx, rng, caller=nums[s], day=d, per_day=per_number_day, targets=targets, call_type="intl_in",
         gateway=gw, answer_p=0.22, dur_med=45)
    victims = g.base_pick(int(rng.integers(8, 13)), groups=["miner", "worker", "merchant"])
    rows = np.arange(s.size)
    late = rows[d >= min(g.cal.wage_day, g.D - 3)]
    t0, by = g.hook_calls(late if late.size else rows, victims, caller=nums[s], imei=np.zeros(s.size, np.int64),
                          imsi=np.zeros(s.size, np.int64), cell=np.full(s.size, -1), day=d, long_med=1200,
                          follow=3, call_type="intl_in", gateway=gw, follow_gap=(18, 30))
    pays = rng.integers(2, 6, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=9000, amount_sigma=0.8, mules=ctx.extra["mules_l1"],
                              gap_med_min=600, domain="tpf-carbon.vip", url="https://tpf-carbon.vip/dl",
                              ip="203.0.113.77", app="com.tanpaifang.pro", app_src="https://tpf-carbon.vip/dl")
    ctx.extra.setdefault("to_launder", []).append((tt, to, amt))
    # the hooked keep opening the app between payments
    vm = g.W.sims["msisdn"][victims]
    k = rng.integers(3, 9, victims.size)
    i = np.repeat(np.arange(victims.size), k)
    app_event(ctx, np.minimum(t0[i] + rng.integers(3600, 6 * DAY, i.size), g.cal.t_end - 60), vm[i],
              "com.tanpaifang.pro", "use")
    g.T("msisdn", "n", nums, "fraud_caller")
    g.T("domain", "s", ["tpf-carbon.vip"], "fraud_domain")
    g.T("app", "s", ["com.tanpaifang.pro"], "fraud_app")
    g.register(nums, 0.5)


# ============================================================================ G05 relay phones in Fenyang villages
def g05_fenyang_relay(ctx: Ctx):
    """Pairs of phones in Fenyang village houses: phone A answers a call from Cambodia, phone B at the same
    table dials the victim at once and the two calls run side by side (the scammer talks through A+B).
    Scheme: lantern-fair ticket and online-order 'refunds' (customer service); victims open a meeting app."""
    g = Gang(ctx, "G05", "ticket_refund_relay", "customer_service")
    rng = g.rng
    W = g.W
    n_pairs = int(rng.integers(3, 6))
    holders = g.people(2 * n_pairs, "FYV", "villager")
    cards = g.cards(holders, open_days=(3, 40), channel=g.shops("JY-LL-A110", "JY-LL-S02"), open_place="FY")
    ms, imsi, imei, home = g.sim(cards)
    a, b = np.arange(n_pairs) * 2, np.arange(n_pairs) * 2 + 1
    house = home[a]
    W.sims["home_cell"][cards[b]] = house
    active = g.runs(n_pairs, (4, 9))
    p, d = np.nonzero(active)
    k = rng.poisson(rng.uniform(25, 55), p.size)
    row = np.repeat(np.arange(p.size), k)
    m = row.size
    t = g.day_times(d[row], "fraud")
    remote = W.foreign_numbers(rng, "KH", 40)
    src = remote[rng.integers(0, remote.size, m)]
    tour, mv = g.tourists(0)
    targets = np.concatenate([W.sims["msisdn"][tour], g.strangers(6000, 0.5)])
    callee = targets[rng.integers(0, targets.size, m)]
    ans = rng.random(m) < 0.3
    dur_b = np.where(ans, lognormal_int(rng, m, 60, 0.9), 0)
    pa_, pb = p[row] * 2, p[row] * 2 + 1
    # leg A: call from abroad into phone A, answered, lasting a little longer than leg B
    calls(ctx, rng, t, src, ms[pa_], dur_b + rng.integers(8, 40, m), call_type="intl_in", gateway="GW-INTL-TYN-02",
          callee_cell=house[p[row]])
    calls(ctx, rng, t + rng.integers(3, 12, m), ms[pb], callee, dur_b, imei=imei[pb], imsi=imsi[pb],
          cell=house[p[row]])
    cda = _cd(g, active, ms[a], imsi[a], imei[a], house)
    cdb = _cd(g, active, ms[b], imsi[b], imei[b], house)
    for cd in (cda, cdb):
        _dens_presence(g, cd, data_sessions=0.3, updates=0.2, power_p=0.8)
    victims = np.concatenate([g.base_pick(int(rng.integers(4, 8)), pool=tour),
                              g.base_pick(int(rng.integers(2, 5)), groups=["worker", "student"])])
    vm = W.sims["msisdn"][victims]
    r = rng.integers(0, p.size, victims.size)
    t0 = g.day_times(d[r])
    long = lognormal_int(rng, victims.size, 1500, 0.4, lo=400)
    calls(ctx, rng, t0, remote[rng.integers(0, remote.size, victims.size)], ms[p[r] * 2], long + 30,
          call_type="intl_in", gateway="GW-INTL-TYN-02", callee_cell=house[p[r]])
    calls(ctx, rng, t0 + 6, ms[p[r] * 2 + 1], vm, long, imei=imei[p[r] * 2 + 1], imsi=imsi[p[r] * 2 + 1],
          cell=house[p[r]])
    pays = rng.integers(1, 4, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=ms[p[r] * 2 + 1], pays=pays, amount_med=4800, mules=ctx.extra["mules_g05"],
                              gap_med_min=25, app="com.tencent.wemeet", app_src="https://meeting.tencent.com/dl",
                              domain="kefu-tuikuan.cn", url="http://kefu-tuikuan.cn/pingyao", ip="198.51.100.61")
    ctx.extra.setdefault("to_launder_out", []).append((tt, to, amt))
    g.T("msisdn", "n", ms[a], "relay_line", W.sims["open_time"][cards[a]])
    g.T("msisdn", "n", ms[b], "fraud_caller", W.sims["open_time"][cards[b]])
    g.T("msisdn", "n", remote, "fraud_caller")
    g.T("id_key", "k", W.persons["id_key"][holders], "gang_member")
    g.T("domain", "s", ["kefu-tuikuan.cn"], "fraud_domain")
    g.register(ms[b], 0.6)


# ============================================================================ G06 SMS cat, heating refunds
def g06_xiaodian_sms_cat(ctx: Ctx):
    """Two SMS cats in a Xiaodian rental flat sending heating-fee refund and ETC links on wildcard sub-domains;
    cards opened online during the fortnight, suspended after about two days of sending."""
    g = Gang(ctx, "G06", "heating_refund_phishing", "customer_service")
    rng = g.rng
    W = g.W
    n = int(rng.integers(14, 22))
    owners = g.people(n, "YCV", "villager")
    cards = g.cards(owners, open_days=(-10, 1), channel=g.W.shop("JY-ONLINE"))
    ms, imsi, _, _ = g.sim(cards)
    dev = W.imeis(rng, 2, C.TAC_GOIP)
    flat = W.place_cells["XD"][rng.integers(0, W.place_cells["XD"].size)]
    opened = (W.sims["open_time"][cards] - g.cal.t0) // DAY
    start = np.maximum(opened + 1, 0)
    ln = rng.integers(1, 3, n)
    dd = np.arange(g.D)
    active = (dd[None, :] >= start[:, None]) & (dd[None, :] < (start + ln)[:, None])
    cd = _cd(g, active, ms, imsi, dev[np.arange(n) % 2], np.full(n, flat))
    subs = [f"{x}.sx-rl-tf.top" for x in ("k7q", "m2x", "p9d", "a3f", "z8w", "r5t", "c1v", "h6n")]
    etc = [f"{x}.etc-sxgs.icu" for x in ("e1", "u4", "j8")]
    texts = [f"【太原热力】您的采暖费多缴，请于三日内点击 http://{s}/tf 办理退费，逾期作废。" for s in subs] + \
            [f"【高速ETC】您的ETC认证已失效，将影响元宵返程通行，请登录 http://{s} 重新认证。" for s in etc]
    targets = g.strangers(60000, 0.75, cities=["TY", "DT", "YQ", "JZ", "SZ"])
    tcodes = text_codes(ctx, texts)
    t, snd, recv, row, tx = blast(ctx, rng, sender=cd["msisdn"], day=cd["day"], per_day=rng.uniform(220, 380),
                                  targets=targets, texts=tcodes, hours="person", imei=cd["imei"], cell=cd["cell"])
    _dens_presence(g, cd, data_sessions=0.0, updates=0.2, power_p=0.9)
    last = start + ln - 1
    W.sims["status"][cards] = 1
    W.sims["status_time"][cards] = g.cal.t0 + (last + 1) * DAY + 8 * 3600
    # visitors: our receivers who click, a share of them pay (card details keyed into the page)
    dom_of_code = np.full(int(tcodes.max()) + 1, -1, np.int32)
    dom_of_code[tcodes] = ctx.codes("domain", [x.split("//")[1].split("/")[0].split(" ")[0] for x in texts])
    s_recv = W.sim_of_number(recv)
    taken = ctx.extra["taken"]
    ok = (s_recv >= 0) & (s_recv < taken.size)
    sr = np.where(ok, s_recv, 0)
    ok &= W.sims["smart"][sr] & ~taken[np.minimum(sr, taken.size - 1)] & (W.persons["sim"][W.sims["person"][sr]] == sr)
    cand = np.flatnonzero(ok & (rng.random(recv.size) < 0.008))
    _, first = np.unique(s_recv[cand], return_index=True)
    cand = cand[np.sort(first)]
    payers = rng.random(cand.size) < 0.35
    victims = s_recv[cand]
    taken[victims] = True
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims,
                              t0=t[cand], contact=snd[cand], pays=np.where(payers, rng.integers(1, 3, cand.size), 0),
                              amount_med=2600, mules=ctx.extra["outside_g06"], gap_med_min=20,
                              domain=dom_of_code[tx[cand]], web_visits=3, channel="third_party")
    # stolen card details: the page's operator moves the money, not the victim's phone
    g.T("msisdn", "n", ms, "fraud_sms_sender", W.sims["open_time"][cards])
    g.T("imei", "n", dev, "simbox_device")
    g.T("domain", "s", ["sx-rl-tf.top", "etc-sxgs.icu", *subs, *etc], "fraud_domain")
    g.register(ms, 1.0)
    ctx.extra["g06_domains"] = subs + etc


# ============================================================================ G07 Datong ticket refund crew
def g07_datong_refund_car(ctx: Ctx):
    """A crew in a car around Datong calling lantern-fair ticket holders (a leaked booking list) about a
    'cancelled session refund'; eight old phones, cards swapped between them mid-fortnight; victims install a
    screen-sharing 'refund assistant'."""
    g = Gang(ctx, "G07", "lantern_ticket_refund", "customer_service")
    rng = g.rng
    W = g.W
    stock = ctx.extra["stock_lvliang"]
    n = min(int(rng.integers(6, 10)), stock.size)
    cards = stock[:n]
    ctx.extra["stock_lvliang"] = stock[n:]
    phones = W.imeis(rng, n)
    ms, imsi, _, _ = g.sim(cards)
    swap = rng.permutation(n)
    mid = min(4, g.D - 1)
    imei_cd = np.where(np.arange(g.D)[None, :] < mid, phones[:, None], phones[swap][:, None])
    route = np.concatenate([W.place_cells["PC"], W.place_cells["YG"], W.place_cells["DTS"]])
    cell_cd = route[rng.integers(0, route.size, (n, g.D))]
    active = g.runs(n, (3, 7), start=(1, 9))
    cd = _cd(g, active, ms, imsi, imei_cd, cell_cd)
    tour, mv = g.tourists(1)
    targets = np.concatenate([W.sims["msisdn"][tour], g.strangers(4000, 0.4, cities=["DT", "SZ", "TY"])])
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=rng.uniform(30, 60), targets=targets,
         imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.35, dur_med=70)
    presence(ctx, rng, cd["msisdn"], cd["imsi"], cd["imei"], cd["cell"], cd["day"], data_sessions=1.5, updates=3,
             power_p=0.5, cell2=route[rng.integers(0, route.size, cd["day"].size)])
    victims = g.base_pick(int(rng.integers(5, 10)), pool=tour, smart=True)
    t0, by = g.hook_calls(np.arange(cd["day"].size), victims, caller=cd["msisdn"], imei=cd["imei"],
                          imsi=cd["imsi"], cell=cd["cell"], day=cd["day"], long_med=1300, follow=1)
    pays = rng.integers(1, 4, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=3500, mules=ctx.extra["outside_g07"],
                              gap_med_min=15, domain="dtgc-tuipiao.cn", url="http://dtgc-tuipiao.cn/tk",
                              ip="203.0.113.90", app="com.tuikuan.zhushou",
                              app_src="http://dtgc-tuipiao.cn/zs.apk")
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.T("imei", "n", phones, "fraud_device")
    g.T("domain", "s", ["dtgc-tuipiao.cn"], "fraud_domain")
    g.T("app", "s", ["com.tuikuan.zhushou"], "fraud_app")
    g.register(ms, 0.9)


# ============================================================================ G08 loans for unpaid miners
def g08_coal_wage_loan(ctx: Ctx):
    """SMS and calls to miners and coking workers still waiting for back pay: a 'miners' low-interest loan'
    app; victims pay unfreezing, insurance and 'bank-flow' fees before any loan."""
    g = Gang(ctx, "G08", "miner_loan_fee", "loan")
    rng = g.rng
    W = g.W
    holders = g.people(3, "YCUN", "student")
    owner = np.repeat(holders, 2)
    cards = g.cards(owner, open_days=(5, 16), channel=g.shops("JY-CZ-A104", "JY-CZ-A111", "JY-JC-A102"),
                    open_place="LZ")
    ms, imsi, imei, _ = g.sim(cards)
    n = cards.size
    room = W.place_cells["LZ"][rng.integers(0, W.place_cells["LZ"].size)]
    active = rng.random((n, g.D)) < 0.7
    cd = _cd(g, active, ms, imsi, imei, np.full(n, room))
    miners = g.strangers(20000, 0.8, groups=["miner"])
    text = [f"【煤矿职工贷】工资未发？凭工作证可贷5-20万，{x}日息万二，点击 https://jmdk-app.vip/{y} 下载申请"
            for x, y in (("元宵特惠", "a"), ("最快当天放款", "b"), ("无抵押", "c"))]
    blast(ctx, rng, sender=cd["msisdn"], day=cd["day"], per_day=rng.uniform(50, 110),
                              targets=miners, texts=text_codes(ctx, text), hours="person", imei=cd["imei"],
                              cell=cd["cell"])
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=rng.uniform(8, 20), targets=miners,
         imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.4, dur_med=90, hours="person")
    _dens_presence(g, cd, data_sessions=2, updates=0.3, power_p=0.4)
    victims = g.base_pick(int(rng.integers(7, 12)), groups=["miner"], smart=True)
    t0, by = g.hook_calls(np.arange(cd["day"].size), victims, caller=cd["msisdn"], imei=cd["imei"],
                          imsi=cd["imsi"], cell=cd["cell"], day=cd["day"], long_med=600, follow=2, hours="person")
    pays = rng.integers(1, 5, victims.size)
    pays[rng.random(victims.size) < 0.2] = 0
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=1800, mules=ctx.extra["mules_g08"],
                              gap_med_min=240, domain="jmdk-app.vip", url="https://jmdk-app.vip/a",
                              ip="198.51.100.130", app="com.jinmeidai.loan", app_src="https://jmdk-app.vip/a")
    ctx.extra.setdefault("to_launder_out", []).append((tt, to, amt))
    g.T("msisdn", "n", ms, "fraud_sms_sender", W.sims["open_time"][cards])
    g.T("domain", "s", ["jmdk-app.vip"], "fraud_domain")
    g.T("app", "s", ["com.jinmeidai.loan"], "fraud_app")
    g.T("id_key", "k", W.persons["id_key"][holders], "card_seller")
    g.register(ms, 0.7)


# ============================================================================ G09 campus brushing
def g09_campus_brushing(ctx: Ctx):
    """Part-time 'brushing' jobs for students back on the Taiyuan and Yuci campuses: QQ/WeChat/Douyin accounts
    registered by the gang's numbers, invitation SMS, a task app, small rebates first, then big 'task packs'."""
    g = Gang(ctx, "G09", "brushing_tasks", "part_time_job")
    rng = g.rng
    W = g.W
    n = int(rng.integers(4, 8))
    owners = g.people(n, "JX", "worker")
    cards = g.cards(owners, open_days=(1, 20), channel=g.W.shop("JY-ONLINE"))
    ms, imsi, imei, home = g.sim(cards)
    plats = np.array(["qq", "wechat", "douyin", "kuaishou", "xianyu"], dtype=object)
    k = rng.integers(2, 5, n)
    i = np.repeat(np.arange(n), k)
    acc = net_accounts(ctx, rng, ms[i], plats[rng.integers(0, plats.size, i.size)],
                       W.sims["open_time"][cards][i] + rng.integers(3600, 5 * DAY, i.size))
    active = np.ones((n, g.D), bool)
    cd = _cd(g, active, ms, imsi, imei, home)
    students = g.strangers(15000, 0.75, groups=["student", "migrant"])
    text = ["【兼职】开学前零花钱，手机刷单日结200-800，加Q 2873**** 或下载 https://task-jz88.cn/app",
            "同学你好，学生会推荐的点赞任务，每单返佣，详情 https://task-jz88.cn/s"]
    blast(ctx, rng, sender=cd["msisdn"], day=cd["day"], per_day=rng.uniform(25, 60), targets=students,
          texts=text_codes(ctx, text), hours="student", imei=cd["imei"], cell=cd["cell"])
    presence(ctx, rng, cd["msisdn"], cd["imsi"], cd["imei"], cd["cell"], cd["day"], data_sessions=5,
             bytes_med=3e7)
    victims = g.base_pick(int(rng.integers(8, 14)), groups=["student"], smart=True)
    vm = W.sims["msisdn"][victims]
    r = rng.integers(0, cd["day"].size, victims.size)
    t0 = g.day_times(np.maximum(cd["day"][r], g.cal.campus_return), "student")
    sms(ctx, t0, cd["msisdn"][r], vm, text_codes(ctx, text)[0], imei=cd["imei"][r], cell=cd["cell"][r])
    # rebates first: small transfers from the gang's account into the student's account
    payout = g.new_accounts(g.people(2, "YH", "worker"), (20, 60))
    vacct = W.persons["account"][W.sims["person"][victims]]
    has = vacct > 0
    tr = t0[has] + rng.integers(1800, 7200, int(has.sum()))
    transfers(ctx, tr, payout[rng.integers(0, payout.size, int(has.sum()))], vacct[has],
              np.round(rng.uniform(12, 88, int(has.sum())), 2), channel="third_party", msisdn=0)
    pays = rng.integers(1, 5, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims,
                              t0=t0 + 3 * 3600, contact=cd["msisdn"][r], pays=pays, amount_med=1500,
                              mules=ctx.extra["mules_g09"], gap_med_min=120, domain="task-jz88.cn",
                              url="https://task-jz88.cn/app", ip="203.0.113.150", app="com.rw88.task",
                              app_src="https://task-jz88.cn/app")
    ctx.extra.setdefault("to_launder_out", []).append((tt, to, amt))
    g.T("msisdn", "n", ms, "fraud_sms_sender", W.sims["open_time"][cards])
    g.T("account", "s", acc, "fraud_account")
    g.T("account", "n", payout, "mule_account")
    g.T("domain", "s", ["task-jz88.cn"], "fraud_domain")
    g.T("app", "s", ["com.rw88.task"], "fraud_app")
    g.register(ms, 0.5)


# ============================================================================ G10 AI face-swap boss
def g10_ai_faceswap_boss(ctx: Ctx):
    """Deep-faked coking-plant and coal-trading bosses on video calls asking finance staff to pay a 'year-end
    settlement' into a new supplier account. Three fresh cards, a handful of calls, huge single payments."""
    g = Gang(ctx, "G10", "ai_boss_video", "acquaintance")
    rng = g.rng
    W = g.W
    n = 3
    owners = g.people(n, "XH", "worker", id_type="passport")
    cards = g.cards(owners, open_days=(-3, -1), channel=g.shops("JY-TY-A109", "JY-TY-A112"))
    ms, imsi, imei, home = g.sim(cards)
    acc = net_accounts(ctx, rng, ms, "wechat", W.sims["open_time"][cards] + 3600)
    victims = g.base_pick(int(rng.integers(2, 5)), groups=["worker", "merchant"], smart=True,
                          cities=["JZ", "LL", "TY", "CZ"])
    r = rng.integers(0, n, victims.size)
    open_d = (W.sims["open_time"][cards] - g.cal.t0) // DAY
    day = np.minimum(open_d[r] + rng.integers(1, 4, victims.size), g.D - 2)
    t0 = g.day_times(day, "office")
    vm = W.sims["msisdn"][victims]
    calls(ctx, rng, t0, ms[r], vm, rng.integers(25, 70, victims.size), imei=imei[r], imsi=imsi[r], cell=home[r],
          media="video")
    calls(ctx, rng, t0 + rng.integers(600, 2400, victims.size), ms[r], vm, rng.integers(60, 200, victims.size),
          imei=imei[r], imsi=imsi[r], cell=home[r])
    # a few unanswered attempts to other staff
    k = 6
    calls(ctx, rng, g.day_times(np.full(k, day.min())), ms[rng.integers(0, n, k)], g.strangers(k, 0.8), np.zeros(k),
          imei=imei[0], imsi=imsi[0], cell=home[0], media="video")
    for d in range(g.D):
        on = open_d <= d
        presence(ctx, rng, ms[on], imsi[on], imei[on], home[on], np.full(int(on.sum()), d), data_sessions=2,
                 power_p=0.1)
    sup = g.new_accounts(g.people(2, "YH", "business", id_type="business_license"), (10, 30), bank=5)
    hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0 + 2400, contact=ms[r],
         pays=1, amount_med=260000, amount_sigma=0.5, mules=sup, gap_med_min=10)
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.T("account", "s", acc, "fraud_account")
    g.register(ms, 0.2)


# ============================================================================ G11 grandson in trouble
def g11_grandson_accident(ctx: Ctx):
    """'Grandma, it's me' calls to left-behind elders in Lüliang and Xinzhou villages right after the young
    have gone back to work: the grandson crashed / hit someone on the way, money needed now; paid at the
    township bank counter."""
    g = Gang(ctx, "G11", "grandson_accident", "acquaintance")
    rng = g.rng
    W = g.W
    n = int(rng.integers(4, 7))
    owners = g.people(n, "YJ", "migrant")
    cards = g.cards(owners, open_days=(8, 60), channel=g.shops("JY-YC-A101", "JY-YC-A106", "JY-YC-S05"))
    ms, imsi, imei, home = g.sim(cards)
    active = rng.random((n, g.D)) < 0.6
    active[:, : min(2, g.D)] = False
    cd = _cd(g, active, ms, imsi, imei, home)
    s = W.sims
    base = ctx.extra["contacts"][0]
    vill = base[np.isin(s["home_cell"][base], np.concatenate([W.kind_cells["village"], W.kind_cells["town"]]))
                & np.isin(W.persons["city"][s["person"][base]], [C.CITY_INDEX["LL"], C.CITY_INDEX["XZ"]])
                & np.isin(s["group"][base], [G["elder"], G["villager"]])]
    targets = s["msisdn"][vill]
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=rng.uniform(10, 25), targets=targets,
         imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.55, dur_med=50, hours="elder")
    _dens_presence(g, cd, data_sessions=1, power_p=0.3)
    victims = np.concatenate([g.base_pick(int(rng.integers(4, 8)), pool=vill[s["line"][vill] == 0], line=0),
                              g.base_pick(int(rng.integers(1, 4)), pool=vill[s["line"][vill] == 1], line=1,
                                          primary=False)])
    t0, by = g.hook_calls(np.arange(cd["day"].size), victims, caller=cd["msisdn"], imei=cd["imei"],
                          imsi=cd["imsi"], cell=cd["cell"], day=cd["day"], long_med=500, follow=2, hours="elder",
                          follow_gap=(0, 1))
    pays = rng.integers(1, 3, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=12000, mules=ctx.extra["mules_l1"], gap_med_min=90,
                              channel="counter")
    ctx.extra.setdefault("to_launder", []).append((tt, to, amt))
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.register(ms, 0.6)


# ============================================================================ G12 VoIP box in Linfen
def g12_linfen_voip_box(ctx: Ctx):
    """A 'trading company' in a Linfen urban village with cloud-PBX VoIP lines and a few fixed lines opened at
    the enterprise desk, dialling thousands a day: 'your Douyin membership will auto-renew, cancel now'."""
    g = Gang(ctx, "G12", "membership_cancel", "customer_service")
    rng = g.rng
    W = g.W
    co = g.people(1, "LFV", "business", id_type="business_license")
    nv, nf = int(rng.integers(8, 14)), int(rng.integers(2, 5))
    owner = np.repeat(co, nv + nf)
    office = W.place_cells["LFV"][rng.integers(0, W.place_cells["LFV"].size)]
    voip = g.cards(owner[:nv], open_days=(10, 35), channel=g.W.shop("JY-ENT-LF"), line="voip", enterprise=True,
                   home_cell=office, smart=False)
    fixed = g.cards(owner[nv:], open_days=(10, 35), channel=g.W.shop("JY-ENT-LF"), line="fixed", enterprise=True,
                    home_cell=office, smart=False)
    W.sims["prepaid"][np.r_[voip, fixed]] = False
    lines = np.r_[voip, fixed]
    ms = W.sims["msisdn"][lines]
    n = lines.size
    weekday = g.cal.weekday
    active = (rng.random((n, g.D)) < 0.85) & (weekday[None, :] < 6)
    s, d = np.nonzero(active)
    ctype = np.where(np.arange(n) < nv, ctx.code("call_type", "voip"), ctx.code("call_type", "fixed"))
    targets = g.strangers(50000, 0.6)
    dial(ctx, rng, caller=ms[s], day=d, per_day=rng.uniform(180, 320), targets=targets, answer_p=0.09,
         dur_med=18, gateway="GW-VOIP-LF-01", call_type=ctype[s])
    victims = g.base_pick(int(rng.integers(6, 11)), groups=["worker", "student", "merchant"], smart=True)
    t0, by = g.hook_calls(np.arange(s.size), victims, caller=ms[s], imei=np.zeros(s.size, np.int64),
                          imsi=np.zeros(s.size, np.int64), cell=np.full(s.size, -1), day=d, long_med=1100,
                          follow=1, call_type="voip", gateway="GW-VOIP-LF-01")
    pays = rng.integers(1, 4, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=7000, mules=ctx.extra["mules_l1"], gap_med_min=20,
                              app="com.tencent.wemeet", app_src="https://meeting.tencent.com/dl",
                              domain="dy-vip-cancel.com", url="http://dy-vip-cancel.com/q", ip="198.51.100.88")
    ctx.extra.setdefault("to_launder", []).append((tt, to, amt))
    g.T("msisdn", "n", ms[:nv], "fixed_voip_line", W.sims["open_time"][voip])
    g.T("msisdn", "n", ms[nv:], "fixed_voip_line", W.sims["open_time"][fixed])
    g.T("id_key", "k", W.persons["id_key"][co], "gang_member")
    g.T("domain", "s", ["dy-vip-cancel.com"], "fraud_domain")
    g.register(ms, 1.0)


# ============================================================================ G13 Yuncheng mule chain
def g13_yuncheng_mules(ctx: Ctx):
    """Students and young workers in Yuncheng renting out freshly opened accounts: level-1 accounts collect
    victims' money for four gangs, sweep it within minutes to level-2, then level-3 sends it out of the province.
    A recruiter texts them the 'work'."""
    g = Gang(ctx, "G13", "mule_chain", "other")
    rng = g.rng
    W = g.W
    n1, n2, n3 = int(rng.integers(7, 11)), int(rng.integers(3, 5)), 2
    young = g.base_pick(n1 + n2 + n3, groups=["student", "worker", "migrant"], cities=["YC"])
    if young.size < n1 + n2 + n3:
        young = np.r_[young, g.base_pick(n1 + n2 + n3 - young.size, groups=["student", "worker"])]
    pers = W.sims["person"][young]
    bound = W.sims["msisdn"][young]
    banks = np.array([5, 6, 1, 4])[rng.integers(0, 4, young.size)]
    acc = g.new_accounts(pers, (3, 40), bank=banks, bound=bound)
    ctx.extra["mules_l1"] = acc[:n1]
    ctx.extra["mules_l2"] = acc[n1:n1 + n2]
    ctx.extra["mules_l3"] = acc[n1 + n2:]
    ctx.extra["mule_sims"] = young
    rec = g.people(1, "YH", "merchant")
    rc = g.cards(rec, open_days=(60, 400), channel=g.shops("JY-YC-S02"))
    rm, ri, re, rh = g.sim(rc)
    k = 4 * young.size
    i = np.repeat(np.arange(young.size), 4)
    t = g.day_times(rng.integers(0, g.D, k), "evening")
    sms(ctx, t, np.full(k, rm[0]), bound[i], text_codes(ctx, ["今晚有活，卡里到账马上转，别多问", "明天去银行把U盾拿来",
                                                             "佣金已结"])[rng.integers(0, 3, k)], imei=re[0],
        cell=rh[0])
    calls(ctx, rng, t + 600, np.full(k, rm[0]), bound[i], lognormal_int(rng, k, 80, 0.5), imei=re[0], imsi=ri[0],
          cell=rh[0])
    presence(ctx, rng, rm[0], ri[0], re[0], rh[0], np.arange(g.D), data_sessions=3)
    g.T("msisdn", "n", rm, "gang_member")


def launder_all(ctx: Ctx):
    rng = ctx.S.get("gang.G13.sweep")
    parts = ctx.extra.get("to_launder", [])
    if parts:
        t = np.concatenate([p[0] for p in parts])
        a = np.concatenate([p[1] for p in parts])
        m = np.concatenate([p[2] for p in parts])
        out = ctx.W.outside_accounts(rng, 6)
        ctx.extra["mules_out"] = out
        launder(ctx, rng, t, a, m, [ctx.extra["mules_l2"], ctx.extra["mules_l3"]], out=out, delay_med_min=12)
    parts = ctx.extra.get("to_launder_out", [])
    if parts:
        t = np.concatenate([p[0] for p in parts])
        a = np.concatenate([p[1] for p in parts])
        m = np.concatenate([p[2] for p in parts])
        out = ctx.W.outside_accounts(rng, 4)
        launder(ctx, rng, t, a, m, [], out=out, delay_med_min=30, keep=0.05)


# ============================================================================ G14 romance and investment
def g14_jinzhong_romance(ctx: Ctx):
    """'Pig-butchering' from dating apps: four numbers opened at a Yuci agent hold momo/tantan/jiayuan accounts,
    court middle-aged divorcees with long evening calls, then bring them to a gold-trading app."""
    g = Gang(ctx, "G14", "romance_gold_platform", "romance")
    rng = g.rng
    W = g.W
    n = int(rng.integers(3, 6))
    owners = g.people(n, "YCI", "worker")
    cards = g.cards(owners, open_days=(25, 90), channel=g.shops("JY-JZ-A104"))
    ms, imsi, imei, home = g.sim(cards)
    plats = np.array(["momo", "tantan", "jiayuan", "wechat"], dtype=object)
    i = np.repeat(np.arange(n), 3)
    acc = net_accounts(ctx, rng, ms[i], plats[rng.integers(0, plats.size, i.size)],
                       W.sims["open_time"][cards][i] + rng.integers(DAY, 10 * DAY, i.size))
    victims = g.base_pick(int(rng.integers(4, 8)), groups=["worker", "merchant", "miner"], smart=True)
    vm = W.sims["msisdn"][victims]
    r = rng.integers(0, n, victims.size)
    # one to three long evening calls a day, most days
    k = rng.integers(6, 16, victims.size)
    j = np.repeat(np.arange(victims.size), k)
    day = rng.integers(0, g.D, j.size)
    t = g.day_times(day, "evening")
    calls(ctx, rng, t, ms[r][j], vm[j], lognormal_int(rng, j.size, 1500, 0.6, lo=120), imei=imei[r][j],
          imsi=imsi[r][j], cell=home[r][j], media=np.where(rng.random(j.size) < 0.15, ctx.code("media", "video"),
                                                            ctx.code("media", "voice")))
    for d in range(g.D):
        presence(ctx, rng, ms, imsi, imei, home, np.full(n, d), data_sessions=4, power_p=0.05, bytes_med=4e7)
    t0 = g.day_times(np.full(victims.size, min(3, g.D - 1)), "evening")
    pays = rng.integers(3, 7, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=ms[r], pays=pays, amount_med=20000, mules=ctx.extra["mules_g14"],
                              gap_med_min=1400, domain="jx-gold.co", url="https://jx-gold.co/app", ip="203.0.113.201",
                              app="com.jxgold.pro", app_src="https://jx-gold.co/app")
    ctx.extra.setdefault("to_launder_out", []).append((tt, to, amt))
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.T("account", "s", acc, "fraud_account")
    g.T("domain", "s", ["jx-gold.co"], "fraud_domain")
    g.T("app", "s", ["com.jxgold.pro"], "fraud_app")
    g.register(ms, 0.15)


# ============================================================================ G15 fake anti-fraud recovery
def g15_fake_recovery(ctx: Ctx):
    """Second hit on earlier victims (a leaked report list): 'the anti-fraud centre has frozen the fraudster's
    money; pay the judicial processing fee to get yours back'. Three mobiles and a VoIP line."""
    g = Gang(ctx, "G15", "fake_loss_recovery", "impersonate_police")
    rng = g.rng
    W = g.W
    owners = g.people(3, "HD", "worker")
    cards = g.cards(owners, open_days=(12, 50), channel=g.shops("JY-LF-A103", "JY-LF-S02"))
    vco = g.people(1, "YD", "business", id_type="business_license")
    vl = g.cards(vco, open_days=(30, 60), channel=g.W.shop("JY-ENT-LF"), line="voip", enterprise=True, smart=False)
    ms, imsi, imei, home = g.sim(cards)
    prior = ctx.extra["prior_victims"]
    targets = W.sims["msisdn"][prior]
    n = cards.size
    active = rng.random((n, g.D)) < 0.75
    cd = _cd(g, active, ms, imsi, imei, home)
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=rng.uniform(6, 14), targets=targets,
         imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.5, dur_med=150, hours="office")
    vmsisdn = W.sims["msisdn"][vl]
    dial(ctx, rng, caller=np.full(g.D, vmsisdn[0]), day=np.arange(g.D), per_day=12,
         targets=np.concatenate([targets, g.strangers(300, 0.6)]), answer_p=0.4, dur_med=100, hours="office",
         call_type="voip", gateway="GW-VOIP-LF-01")
    _dens_presence(g, cd, data_sessions=1.5, power_p=0.3)
    victims = g.base_pick(int(rng.integers(3, 7)), pool=prior, mark=False, any_taken=True)
    t0, by = g.hook_calls(np.arange(cd["day"].size), victims, caller=cd["msisdn"], imei=cd["imei"],
                          imsi=cd["imsi"], cell=cd["cell"], day=cd["day"], long_med=1200, follow=1, hours="office")
    pays = rng.integers(1, 3, victims.size)
    tt, fr, to, amt, _ = hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0,
                              contact=by, pays=pays, amount_med=4000, mules=ctx.extra["outside_g15"], gap_med_min=60,
                              domain="fzzx-sx-wh.top", url="http://fzzx-sx-wh.top/thk", ip="198.51.100.199")
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.T("msisdn", "n", vmsisdn, "fixed_voip_line", W.sims["open_time"][vl])
    g.T("domain", "s", ["fzzx-sx-wh.top"], "fraud_domain")
    g.register(np.r_[ms, vmsisdn], 0.4)


# ============================================================================ G16 fake Pingyao homestays
def g16_pingyao_homestay(ctx: Ctx):
    """Fake Pingyao lantern-night homestays on Tujia, Xianyu and Xiaohongshu: two cards on one ID register the
    listings; visitors pay a 'deposit' by payment link and get a confirmation text. Almost no calls."""
    g = Gang(ctx, "G16", "homestay_deposit", "customer_service")
    rng = g.rng
    W = g.W
    owner = g.people(1, "PYX", "merchant")
    cards = g.cards(np.repeat(owner, 2), open_days=(15, 30), channel=g.shops("JY-JZ-A108"))
    ms, imsi, imei, home = g.sim(cards)
    plats = np.array(["tujia", "xianyu", "xiaohongshu", "tujia", "ctrip"], dtype=object)
    i = np.arange(plats.size) % 2
    acc = net_accounts(ctx, rng, ms[i], plats, W.sims["open_time"][cards][i] + rng.integers(DAY, 8 * DAY, i.size))
    for d in range(g.D):
        presence(ctx, rng, ms, imsi, imei, home, np.full(2, d), data_sessions=3, power_p=0.05)
    tour, mv = g.tourists(0)
    victims = g.base_pick(int(rng.integers(6, 12)), pool=tour, smart=True)
    base = ctx.extra["contacts"][0]
    pos = np.searchsorted(base, victims)
    trip_day = mv["trip"][pos]
    t0 = g.day_times(np.clip(trip_day - rng.integers(1, 4, victims.size), 0, g.D - 1), "evening")
    vm = W.sims["msisdn"][victims]
    hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0, contact=ms[0], pays=1,
         amount_med=680, amount_sigma=0.4, mules=ctx.extra["outside_g16"], gap_med_min=10, domain="pygc-minsu.cn",
         url="https://pygc-minsu.cn/pay", ip="203.0.113.18", channel="third_party")
    sms(ctx, t0 + 1800, np.full(victims.size, ms[1]), vm,
        text_codes(ctx, ["【古城小院】订金已收，元宵当晚入住凭短信，到店前一天联系管家。"])[0], imei=imei[1], cell=home[1])
    k = min(3, victims.size)
    calls(ctx, rng, t0[:k] + DAY, np.full(k, ms[1]), vm[:k], rng.integers(30, 90, k), imei=imei[1], imsi=imsi[1],
          cell=home[1])
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.T("account", "s", acc, "fraud_account")
    g.T("domain", "s", ["pygc-minsu.cn"], "fraud_domain")
    g.register(ms, 0.1)


# ============================================================================ G17 woken sleeper cards
def g17_sleeper_express_claim(ctx: Ctx):
    """Cards opened months ago on left-behind elders' IDs at a 'free eggs' promotion, never used, woken one or
    two days each in Yongji for fake parcel-loss compensation calls, then silent again."""
    g = Gang(ctx, "G17", "parcel_claim_sleepers", "customer_service")
    rng = g.rng
    W = g.W
    n = int(rng.integers(20, 34))
    elders = g.base_pick(int(np.ceil(n / 3)), groups=["elder"], cities=["YC", "LF"])
    owner = np.repeat(W.sims["person"][elders], 3)[:n]
    n = owner.size
    cards = g.cards(owner, open_days=(150, 420), channel=g.shops("JY-YC-A109", "JY-LF-A111"), smart=True)
    ms, imsi, _, _ = g.sim(cards)
    phones = W.imeis(rng, n)
    town = W.place_cells["YJ"]
    cell = town[rng.integers(0, town.size, n)]
    active = g.runs(n, (1, 2))
    cd = _cd(g, active, ms, imsi, phones, cell)
    targets = g.strangers(30000, 0.6)
    dial(ctx, rng, caller=cd["msisdn"], day=cd["day"], per_day=rng.uniform(55, 100), targets=targets,
         imei=cd["imei"], imsi=cd["imsi"], cell=cd["cell"], answer_p=0.28, dur_med=45)
    _dens_presence(g, cd, data_sessions=1, power_p=0.9)
    victims = g.base_pick(int(rng.integers(5, 9)), groups=["worker", "student", "migrant", "merchant"], smart=True)
    t0, by = g.hook_calls(np.arange(cd["day"].size), victims, caller=cd["msisdn"], imei=cd["imei"],
                          imsi=cd["imsi"], cell=cd["cell"], day=cd["day"], long_med=900, follow=0)
    pays = rng.integers(1, 3, victims.size)
    hook(ctx, rng, gang=g.gid, scheme=g.scheme, fraud_type=g.ft, victims=victims, t0=t0, contact=by, pays=pays,
         amount_med=2200, mules=ctx.extra["outside_g17"], gap_med_min=20, domain="kd-lipei.cn",
         url="http://kd-lipei.cn/pf", ip="198.51.100.7", app="com.kuaidi.peifu", app_src="http://kd-lipei.cn/pf.apk")
    g.T("msisdn", "n", ms, "fraud_caller", W.sims["open_time"][cards])
    g.T("domain", "s", ["kd-lipei.cn"], "fraud_domain")
    g.T("app", "s", ["com.kuaidi.peifu"], "fraud_app")
    g.register(ms, 0.8)


def _prior_victims(ctx: Ctx):
    """People who reported a fraud in the months before the fortnight (listed in earlier reports)."""
    g = Gang(ctx, "PRIOR", "", "")
    n = max(30, int(len(ctx.W.sims) * 0.003))
    ctx.extra["prior_victims"] = g.base_pick(n, groups=["worker", "elder", "merchant", "student", "miner"])


def _accounts_for_gangs(ctx: Ctx):
    """Collection accounts of the gangs that do not use the Yuncheng chain."""
    rng = ctx.S.get("gang.accounts")
    W = ctx.W
    g = Gang(ctx, "ACCT", "", "")
    for gid, kind, n in (("G05", "in", 3), ("G06", "out", 4), ("G07", "out", 3), ("G08", "in", 3),
                         ("G09", "in", 2), ("G14", "in", 3), ("G15", "out", 2), ("G16", "out", 3),
                         ("G17", "out", 4)):
        if kind == "out":
            acc = W.outside_accounts(rng, n)
            truth(ctx, "account", "n", acc, "mule_account", gid)
            ctx.extra[f"outside_{gid.lower()}"] = acc
        else:
            ppl = g.base_pick(n, groups=["worker", "migrant", "student", "villager"])
            acc = W.add_accounts(rng, W.sims["person"][ppl],
                                 ctx.cal.t0 - rng.integers(5, 200, n) * DAY, bank=rng.integers(0, 7, n),
                                 bound=W.sims["msisdn"][ppl], set_primary=False)
            truth(ctx, "account", "n", acc, "mule_account", gid)
            ctx.extra[f"mules_{gid.lower()}"] = acc


GANGS = [g02_lvliang_card_sellers, g13_yuncheng_mules, g01_beige_goip_den, g03_sihanoukville_roamers,
         g04_manila_carbon_invest, g05_fenyang_relay, g06_xiaodian_sms_cat, g07_datong_refund_car,
         g08_coal_wage_loan, g09_campus_brushing, g10_ai_faceswap_boss, g11_grandson_accident,
         g12_linfen_voip_box, g14_jinzhong_romance, g15_fake_recovery, g16_pingyao_homestay,
         g17_sleeper_express_claim]


def plant(ctx: Ctx):
    _prior_victims(ctx)
    _accounts_for_gangs(ctx)
    for fn in GANGS:
        fn(ctx)
    launder_all(ctx)
    # Lüliang stock not (yet) used by any gang: sold cards, silent in the fortnight
    rest = ctx.extra["stock_lvliang"]
    truth(ctx, "msisdn", "n", ctx.W.sims["msisdn"][rest], "sold_card", "G02", "card_selling",
          ctx.W.sims["open_time"][rest])
