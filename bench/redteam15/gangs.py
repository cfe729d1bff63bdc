"""The thirteen fraud gangs of the Guangxi scenario (see README.md for the design each one follows)."""

from __future__ import annotations

import numpy as np
from core import (
    DAY,
    DAYS,
    END,
    EVAL_START,
    REGIONS,
    RIDX,
    START,
    TAC_GATEWAY,
    TAC_PHONE,
    YEAR,
    V,
    day0,
    hexkeys,
    local_hour,
)
from normal import account_ids, new_accounts
from world import CIVIL, RETIREE, STUDENT, Phones, World

HOUR = 3600
MIN = 60


# ================================================================================================ helpers
class Gang:
    def __init__(self, w: World, gid: str, scheme: str, ftype: str, title: str):
        self.w, self.gid, self.scheme, self.ftype, self.title = w, gid, scheme, ftype, title
        self.mules = np.zeros(0, np.int64)
        self.victims = np.zeros(0, np.int64)
        self.callers = []       # (msisdn array, first-use times) of numbers victims met
        self.loss = 0.0
        w.gangs[gid] = self

    def role(self, etype, entity, role, first_active=-1):
        self.w.truth(etype, entity, role, self.gid, self.scheme, first_active)

    def cards(self, ph: Phones, role, first, imei_role=None):
        """Truth rows for the numbers, SIMs (and handsets) of a phone set."""
        self.role("msisdn", ph.msisdn, role, first)
        ims = ph.imsi >= 0
        self.role("imsi", ph.imsi[ims], role, np.broadcast_to(first, ph.msisdn.shape)[ims])
        if imei_role:
            u, i = np.unique(ph.imei[ph.imei >= 0], return_index=True)
            self.role("imei", u, imei_role, np.broadcast_to(first, ph.msisdn.shape)[ph.imei >= 0][i])

    def mule_accounts(self, n, region, days_ago=(8, 70), young=True):
        """L1 accounts opened by recruited young locals (students, idle youths) who rent them out."""
        w = self.w
        mask = (w.region == RIDX[region]) & ~w.secondary
        if young:
            mask &= w.age < 30
        holders = w.pick(n, mask)
        ot = START - w.rng.integers(days_ago[0] * DAY, days_ago[1] * DAY, holders.size)
        acct = new_accounts(w, holders.size, w.id_own[w.owner[holders]], w.msisdn[holders], ot)
        self.mule_holders = np.concatenate([getattr(self, "mule_holders", np.zeros(0, np.int64)), holders])
        self.role("account", w.account_name(acct), "mule_account", ot)
        self.mules = np.concatenate([self.mules, acct])
        return acct


def targets(w: World, mask=None, p=None, offnet=.3, any_card=False):
    """A function drawing call/SMS targets: (msisdn, population node or -1)."""
    ok = ~w.used if mask is None else (mask & ~w.used)
    if any_card:
        ok = mask.copy()
    cand = np.flatnonzero(ok)
    pw = None if p is None else p[cand] / p[cand].sum()

    def draw(n):
        on = w.rng.random(n) >= offnet
        node = np.full(n, -1, np.int64)
        node[on] = w.rng.choice(cand, on.sum(), p=pw)
        ms = np.where(on, w.msisdn[np.maximum(node, 0)], w.off_msisdn[w.rng.integers(0, w.M, n)])
        return ms, node
    return draw


def campaign(w: World, g: Gang, ph: Phones, start, end, rate, profile, draw, p_ans, med, sig=.8, media="voice",
             call_type="mobile", gateway=None, nocell=False, victims=0, vmask=None, hook=(1500, .5),
             hook_media=None, followups=(1, 3), p_busy=.04, p_rej=.08):
    """Outbound calls of phones to strangers; ``victims`` of the answered on-net targets are hooked (long call,
    follow-up calls). Returns (victim nodes, hook times, phone index per victim)."""
    rng = w.rng
    a, t = w.schedule(len(ph), rate, start, end, profile)
    callee, node = draw(a.size)
    res, dur, ring = w.outcome(a.size, p_ans, med, sig, p_busy=p_busy, p_rej=p_rej)
    med_arr = np.broadcast_to(np.asarray(media, dtype=object), (a.size,)).copy() if not callable(media) else media(a)
    vic = np.zeros(0, np.int64)
    ht = np.zeros(0, np.int64)
    hp = np.zeros(0, np.int64)
    if victims:
        order = np.argsort(t, kind="stable")
        ok = (res[order] == "answered") & (node[order] >= 0)
        nd = np.maximum(node[order], 0)
        ok &= (w.acct[nd] >= 0) & ~w.is_victim[nd]
        if vmask is not None:
            ok &= vmask[nd]
        rows = order[ok]
        uniq, first = np.unique(node[rows], return_index=True)
        sel = rng.choice(first, min(victims, first.size), replace=False)
        hr = rows[np.sort(sel)]
        dur[hr] = np.clip(rng.lognormal(np.log(hook[0]), hook[1], hr.size), 300, 10800).astype(np.int64)
        if hook_media is not None:
            med_arr[hr] = hook_media
        vic, ht, hp = node[hr], t[hr], a[hr]
        w.is_victim[vic] = True
    c = np.full(a.size, -1) if nocell else None
    w.calls(ph, a, t, callee, dur, res, ring, media=med_arr, call_type=call_type, gateway=gateway, cells=c)
    ans = (res == "answered") & (node >= 0)
    w.fraud_contacts.append((node[ans], t[ans] + dur[ans], ph.msisdn[a[ans]], g.gid))
    if vic.size and followups:
        k = rng.integers(followups[0], followups[1] + 1, vic.size)
        fv = np.repeat(np.arange(vic.size), k)
        ft = ht[fv] + dur_after(rng, fv.size)
        keep = ft < END
        fv, ft = fv[keep], ft[keep]
        fd = np.clip(rng.lognormal(np.log(420), .7, fv.size), 60, 5400).astype(np.int64)
        c = np.full(fv.size, -1) if nocell else None
        w.calls(ph, hp[fv], ft, w.msisdn[vic[fv]], fd, "answered", rng.integers(2, 10, fv.size), media="voice",
                call_type=call_type, gateway=gateway, cells=c)
    g.victims = np.concatenate([g.victims, vic])
    w.hook_callers.append((vic, ph.msisdn[hp], ht, g))
    return vic, ht, hp


def dur_after(rng, n, lo=20 * MIN, hi=30 * HOUR):
    return np.exp(rng.uniform(np.log(lo), np.log(hi), n)).astype(np.int64)


def pay(w: World, g: Gang, victims, t0, npay, amounts, gap=(10 * MIN, 20 * HOUR), channel="mobile_app",
        initiated=True, first_gap=(5 * MIN, 90 * MIN)):
    """Victims' payments to the gang's L1 mule accounts. ``amounts(k, j)`` gives amount of the j-th payment."""
    rng = w.rng
    victims = np.asarray(victims)
    if victims.size == 0:
        return
    npay = np.broadcast_to(np.asarray(npay), victims.shape)
    vi = np.repeat(np.arange(victims.size), npay)
    j = np.arange(vi.size) - np.repeat(np.cumsum(npay) - npay, npay)
    gaps = np.where(j == 0, rng.uniform(*first_gap, vi.size), np.exp(rng.uniform(np.log(gap[0]), np.log(gap[1]), vi.size)))
    cs = np.cumsum(gaps)
    base = np.repeat(cs[np.cumsum(npay) - npay] - gaps[np.cumsum(npay) - npay], npay)
    t = (t0[vi] + cs - base).astype(np.int64)
    amt = np.round(np.asarray(amounts(vi.size, j), float), 0)
    keep = t < END - 60
    vi, j, t, amt = vi[keep], j[keep], t[keep], amt[keep]
    nd = victims[vi]
    to = g.mules[rng.integers(0, g.mules.size, vi.size)]
    w.recs.add("transfers", time=t, from_account=w.acct[nd], to_account=to, amount=amt, currency="CNY",
               channel=channel, initiated_msisdn=w.msisdn[nd] if initiated else -1)
    w.bank_sms(nd, t, amt)
    w.recs.add("truth_events", victim=w.msisdn[nd], time=t, amount=amt, to_account=to)
    w.fraud_pay.append((to, t, amt))
    g.loss += float(amt.sum())
    g.role("msisdn", w.msisdn[victims], "victim", t0)
    w.hooks.append((victims, t0))
    g.paid = getattr(g, "paid", []) + [(victims, t0, np.bincount(vi, amt, victims.size))]


def cards_for(w: World, g: Gang, n, region, open_lo, open_hi, id_keys, channel, open_cell=None, kind="cm"):
    """New cards opened between open_lo and open_hi (epoch) on the given documents (cycled)."""
    ot = np.sort(w.rng.integers(open_lo, open_hi, n))
    ids = np.asarray(id_keys, dtype=object)[np.arange(n) % len(id_keys)]
    ms, ims = w.new_cards(n, RIDX[region], ot, ids, channel, open_cell=open_cell, kind=kind)
    return ms, ims, ot


def fresh_ids(w, n, prefix="id"):
    return hexkeys(w.rng, n, prefix)


def webvisits(w, nodes, t, domains, ips, app=None, k=(1, 4), path="/", byt=2e5):
    """Visits of population cards to (fraud) web resources after time t."""
    rng = w.rng
    nodes = np.asarray(nodes)
    if nodes.size == 0:
        return
    kk = rng.integers(k[0], k[1] + 1, nodes.size)
    vi = np.repeat(np.arange(nodes.size), kk)
    tt = t[vi] + dur_after(rng, vi.size, 20, 3 * DAY)
    tt = np.where(np.arange(vi.size) == np.repeat(np.cumsum(kk) - kk, kk), t[vi] + rng.integers(5, 300, vi.size), tt)
    dom = np.asarray(domains, dtype=object)
    if dom.ndim == 0 or dom.size == 1:
        dom = np.full(vi.size, dom.item() if dom.ndim == 0 else dom[0], dtype=object)
    elif dom.size == nodes.size:
        dom = dom[vi]
    else:
        dom = dom[rng.integers(0, dom.size, vi.size)]
    ipa = np.asarray(ips, dtype=object)[rng.integers(0, len(ips), vi.size)]
    keep = tt < END
    nd = nodes[vi][keep]
    url = np.array([f"http://{d}{path}{x:x}" for d, x in zip(dom[keep].tolist(), rng.integers(1, 1 << 30, keep.sum()).tolist(),
                                                             strict=True)], dtype=object)
    w.recs.add("web", time=tt[keep], msisdn=w.msisdn[nd], domain=dom[keep], url=url, ip=ipa[keep],
               bytes=np.clip(rng.lognormal(np.log(byt), 1, keep.sum()), 800, 5e7).astype(np.int64), app=app)


def app_install(w, nodes, t, app, source_url, uses=(3, 12)):
    rng = w.rng
    nodes = np.asarray(nodes)
    if nodes.size == 0:
        return
    w.recs.add("apps", time=t, msisdn=w.msisdn[nodes], app=app, event="install", source_url=source_url)
    k = rng.integers(uses[0], uses[1] + 1, nodes.size)
    vi = np.repeat(np.arange(nodes.size), k)
    tt = t[vi] + dur_after(rng, vi.size, 5 * MIN, 5 * DAY)
    keep = tt < END
    w.recs.add("apps", time=tt[keep], msisdn=w.msisdn[nodes[vi[keep]]], app=app, event="use")


def labels(rng, n):
    s = rng.integers(36 ** 4, 36 ** 6, n)
    return [np.base_repr(x, 36).lower() for x in s.tolist()]


def subdomains(rng, n, parent):
    return np.array([f"{x}.{parent}" for x in labels(rng, n)], dtype=object)


def sms_blast(w, ph, start, end, rate, profile, draw, text_fn, nocell=False):
    a, t = w.schedule(len(ph), rate, start, end, profile)
    rcv, node = draw(a.size)
    txt = text_fn(a.size)
    c = np.full(a.size, -1) if nocell else None
    w.sms(ph, a, t, rcv, txt, cells=c)
    return a, t, rcv, node, txt


def clickers(w, node, t, p, txt=None):
    """Population receivers of a message who open its link (each once)."""
    ok = (node >= 0)
    ok[ok] &= w.smart[node[ok]] & ~w.used[node[ok]]
    ok &= w.rng.random(node.size) < p
    rows = np.flatnonzero(ok)
    u, i = np.unique(node[rows], return_index=True)
    r = rows[i]
    return node[r], t[r] + w.rng.integers(30, 4 * HOUR, r.size), (None if txt is None else txt[r])


def link_of(txt):
    out = []
    for s in txt.tolist():
        i = s.find("http://")
        j = s.find("/", i + 7)
        out.append(s[i + 7:j])
    return np.array(out, dtype=object)


def phones(msisdn, imsi, imei, cells, roam=None):
    n = len(msisdn)
    cells = np.asarray(cells)
    if cells.ndim == 1:
        cells = cells[:, None]
    return Phones(np.asarray(msisdn, np.int64), np.asarray(imsi, np.int64), np.asarray(imei, np.int64), cells,
                  np.full(n, roam, dtype=object) if roam is None or isinstance(roam, str) else np.asarray(roam))


def rotate(n_slots, n_shifts, shift_days, start=START, jitter=6 * HOUR, rng=None):
    """Cards used one after another in slots: returns (slot, start, end) per card."""
    slot = np.repeat(np.arange(n_slots), n_shifts)
    k = np.tile(np.arange(n_shifts), n_slots)
    sd = np.asarray(shift_days, float)
    s = start + (k * sd * DAY).astype(np.int64) + rng.integers(0, jitter, slot.size)
    e = s + (sd * DAY).astype(np.int64) - rng.integers(0, jitter, slot.size)
    return slot, s, np.minimum(e, END - 1)


# ================================================================================================ G08 card supply
def g08_cane_card_sellers(w: World):
    """扶绥 sugar-cane season: a recruiter pays harvest workers 100-200 yuan per card opened on their ID at one agent
    store; the cards go to the Nanning GOIP room, the Liuzhou SMS car and the 都安 loan-app callers."""
    g = Gang(w, "G08", "card_supply_cane_workers", "other", "扶绥 cane-worker card sellers")
    rng = w.rng
    cz = RIDX["崇左"]
    sellers = w.pick(44, (np.isin(w.region, [cz, RIDX["百色"]])) & (w.age >= 18) & (w.age < 55) & ~w.secondary)
    g.seller_ids = w.account_name(w.id_own[w.owner[sellers]])
    recruiters = w.pick(2, (w.region == cz) & (w.age >= 30) & (w.age < 50) & ~w.secondary)
    w.home[recruiters] = w.place("fusui", 2)
    w.lam[recruiters] *= 1.5
    g.recruiters = recruiters
    g.store = "GX771-FS17"
    g.store_cell = w.place("fusui")[0]
    g.act_imei = w.nums.imei(1, TAC_PHONE)[0]   # the handset the recruiter tests every new card in
    g.sold = []
    g.role("id_key", g.seller_ids, "card_seller", START - 40 * DAY)
    g.role("msisdn", w.msisdn[recruiters], "gang_member", START - 40 * DAY)
    # recruiter calls the sellers around the opening days
    ph = w.pop_phones(recruiters)
    a, t = w.schedule(2, 6, profile="business")
    sel = sellers[rng.integers(0, sellers.size, a.size)]
    res, dur, ring = w.outcome(a.size, .85, 80)
    w.calls(ph, a, t, w.msisdn[sel], dur, res, ring)
    w.card_shop = g
    return g


def buy_cards(w: World, n, need_by, region="崇左"):
    """Cards from the cane-worker sellers, opened 2-25 days before they are needed."""
    g = w.card_shop
    rng = w.rng
    need_by = np.broadcast_to(np.asarray(need_by, np.int64), (n,))
    ot = need_by - rng.integers(2 * DAY, 25 * DAY, n)
    ot = ot - ot % 60
    sid = rng.integers(0, len(g.seller_ids), n)
    ids = g.seller_ids[sid]
    ms, ims = w.new_cards(n, RIDX[region], ot, ids, g.store, open_cell=np.full(n, g.store_cell), prepaid=True)
    # each card is switched on once in the recruiter's handset at the store
    ph = phones(ms, ims, np.full(n, g.act_imei), np.full(n, g.store_cell))
    w.presence(ph, ot + rng.integers(300, 3000, n), ot + rng.integers(3600, 7200, n), loc_rate=0)
    g.sold.append((ms, ims, ot))
    return ms, ims, ot


def g08_finish(w: World):
    """Cards opened but not (yet) used: silent stock in the recruiter's drawer."""
    g = w.card_shop
    rng = w.rng
    ms, ims, ot = buy_cards(w, 26, START + rng.integers(0, DAYS * DAY, 26))
    g.role("msisdn", ms, "card_seller", ot)
    g.role("imei", [g.act_imei], "card_seller", START - 40 * DAY)


# ================================================================================================ G01 Binyang
def g01_binyang_leader(w: World):
    """宾阳 "猜猜我是谁 / 我是你领导": callers from the county town ring teachers and civil servants, claim to be their
    leader with a new number, and on the next day ask for an urgent transfer to a "relative's" account."""
    g = Gang(w, "G01", "leader_impersonation_binyang", "acquaintance", "宾阳 leader impersonation")
    rng = w.rng
    nn = RIDX["南宁"]
    members = w.pick(10, (w.region == nn) & (w.age >= 20) & (w.age < 40) & ~w.secondary & w.smart)
    w.home[members] = w.place("binyang", 10)
    w.work[members] = w.place("binyang", 10)
    g.role("msisdn", w.msisdn[members], "gang_member", START)
    sellers = w.pick(6, (w.region == nn) & (w.age >= 18) & (w.age < 30) & ~w.secondary)
    sid = w.account_name(w.id_own[w.owner[sellers]])
    g.role("id_key", sid, "card_seller", START - 20 * DAY)
    imei = w.nums.imei(10, TAC_PHONE)
    slot, s, e = rotate(10, 3, 17 / 3, rng=rng)
    ms, ims, ot = cards_for(w, g, slot.size, "南宁", 0, 1, sid, "GX771-BY03", open_cell=w.place("binyang", slot.size))
    ot = s - rng.integers(DAY, 9 * DAY, slot.size)
    # re-issue the subscriber rows with their real opening times (cards_for drew placeholders)
    w.recs.parts["subscribers"][-1]["open_time"] = ot
    ph = phones(ms, ims, imei[slot], w.place("binyang")[rng.integers(0, 6, (slot.size, 2))])
    g.cards(ph, "fraud_caller", s, imei_role="fraud_caller")
    w.presence(ph, s, e, data_rate=1.0, loc_rate=1.0)
    civil = (w.occ == CIVIL)
    draw = targets(w, civil | (rng.random(w.N) < .08), p=np.where(civil, 8.0, 1.0), offnet=.12)
    vic, ht, hp = campaign(w, g, ph, s, e, rng.uniform(35, 60, slot.size), "office", draw, .55, 45, victims=24,
                           vmask=civil | (w.occ == 6), hook=(420, .4), followups=(1, 2))
    # "我是你领导，这是我新号码" SMS to some targets
    a, t = w.schedule(len(ph), 3, s, e, "office")
    rcv, node = draw(a.size)
    names = np.array(["王", "李", "黄", "韦", "覃", "陆", "蒙", "莫"], dtype=object)[rng.integers(0, 8, a.size)]
    txt = np.array([f"我是{x}局，这是我新号码，你存一下。明天上午到我办公室来一趟。" for x in names.tolist()], dtype=object)
    w.sms(ph, a, t, rcv, txt)
    g.callers.append((ms, s))
    g.mule_accounts(8, "南宁")
    pay(w, g, vic, ht + dur_after(rng, vic.size, 10 * HOUR, 30 * HOUR), rng.integers(1, 3, vic.size),
        lambda k, j: rng.uniform(5000, 40000, k), first_gap=(60, 1800))
    # members sometimes put their own SIM in the work handset at night
    k = rng.integers(2, 6, 10)
    mi = np.repeat(np.arange(10), k)
    tt = START + rng.integers(0, DAYS, mi.size) * DAY + 21 * HOUR + rng.integers(0, 3 * HOUR, mi.size)
    w.recs.add("device", time=tt, msisdn=w.msisdn[members[mi]], imsi=w.imsi[members[mi]], imei=imei[mi],
               cell=w.cellcode(w.home[members[mi]]), event="attach")
    # members call each other
    mph = w.pop_phones(members)
    a, t = w.schedule(10, 3, profile="normal")
    res, dur, ring = w.outcome(a.size, .9, 60)
    w.calls(mph, a, t, w.msisdn[members[rng.integers(0, 10, a.size)]], dur, res, ring)
    return g


# ================================================================================================ G02 GOIP
def g02_nanning_goip(w: World):
    """A rented room in 西乡塘's urban village: two 32-port GOIP gateways relay calls of an offshore call centre posing
    as Taobao/Pinduoduo customer service after Double 11 ("your order failed, we refund double")."""
    g = Gang(w, "G02", "goip_ecommerce_refund", "customer_service", "西乡塘 GOIP room")
    rng = w.rng
    room = w.place("xixiangtang_village")[0]
    dev = w.nums.imei(2, TAC_GATEWAY)
    g.role("imei", dev, "simbox_device", START)
    slots, shifts = 12, 6
    slot, s, e = rotate(2 * slots, shifts, 17 / shifts, rng=rng)
    n = slot.size
    ms, ims, ot = buy_cards(w, n, s)
    ph = phones(ms, ims, dev[slot // slots], np.full(n, room))
    g.cards(ph, "simbox_sim", s)
    w.presence(ph, s, e, data_rate=0, loc_rate=.3)
    shopper = w.installed[:, 3] | w.installed[:, 4]
    draw = targets(w, shopper | (rng.random(w.N) < .2), p=np.where(shopper, 3.0, 1.0), offnet=.35)
    vic, ht, hp = campaign(w, g, ph, s, e, rng.uniform(60, 110, n), "long", draw, .33, 40, sig=.9, victims=30,
                           vmask=shopper, hook=(1500, .45), followups=(1, 2))
    g.callers.append((ms, s))
    g.mule_accounts(10, "南宁")
    pay(w, g, vic, ht, rng.integers(1, 4, vic.size), lambda k, j: rng.uniform(2000, 26000, k) * (1 + .6 * j),
        gap=(15 * MIN, 3 * HOUR))
    # two caretakers come by twice a day
    care = w.pick(2, (w.region == RIDX["南宁"]) & (w.age < 45) & ~w.secondary & w.smart)
    g.role("msisdn", w.msisdn[care], "gang_member", START)
    d = np.repeat(np.arange(DAYS), 4)
    who = np.tile([0, 1, 0, 1], DAYS)
    tt = day0(d) + np.tile([9, 9, 20, 20], DAYS) * HOUR + rng.integers(0, HOUR, d.size)
    w.recs.add("device", time=tt, msisdn=w.msisdn[care[who]], imsi=w.imsi[care[who]], imei=w.imei[care[who]],
               cell=w.cellcode(room), event="location_update")
    return g


# ================================================================================================ G03 Dongxing
def g03_dongxing_border(w: World):
    """Callers in 芒街 (Mong Cai, Vietnam) across the river from 东兴: Vietnamese SIMs and Guangxi cards taken across the
    border call as "police" ("your bank card was used for money laundering, move your money to the safe account")."""
    g = Gang(w, "G03", "border_police_impersonation", "impersonate_police", "东兴/芒街 border callers")
    rng = w.rng
    vn = w.nums.alloc(22, [8491, 8494, 8497, 8434, 8437, 8439, 8486], 7)
    slot_s = START + rng.integers(0, 12 * DAY, 22)
    slot_e = np.minimum(slot_s + rng.integers(3, 8, 22) * DAY, END - 1)
    ph_vn = phones(vn, np.full(22, -1), np.full(22, -1), np.full(22, -1))
    g.role("msisdn", vn, "fraud_caller", slot_s)
    age_ok = (w.age >= 35) & (w.age <= 78)
    draw = targets(w, age_ok, offnet=.15)
    v1, h1, _ = campaign(w, g, ph_vn, slot_s, slot_e, rng.uniform(60, 110, 22), "long", draw, .22, 30, victims=9,
                         vmask=age_ok, hook=(3000, .45), call_type="intl_in", gateway="IGW-NN-01", nocell=True,
                         followups=(1, 3))
    # Guangxi cards opened in 东兴 by three locals who work for the gang, used roaming in Vietnam
    loc = w.pick(3, (w.region == RIDX["防城港"]) & (w.age >= 22) & (w.age < 45) & ~w.secondary & w.smart)
    w.home[loc] = w.place("dongxing", 3)
    lid = w.account_name(w.id_own[w.owner[loc]])
    g.role("msisdn", w.msisdn[loc], "gang_member", START)
    g.role("id_key", lid, "gang_member", START - 30 * DAY)
    n = 12
    s = START + rng.integers(0, 10 * DAY, n)
    e = np.minimum(s + rng.integers(4, 9, n) * DAY, END - 1)
    ms, ims, _ = cards_for(w, g, n, "防城港", START - 40 * DAY, START - 3 * DAY, lid, "GX770-DX02",
                           open_cell=w.place("dongxing", n))
    imei = w.nums.imei(6, TAC_PHONE)
    ph = phones(ms, ims, imei[np.arange(n) % 6], np.full(n, -1), roam="VN")
    g.cards(ph, "fraud_caller", s, imei_role="fraud_caller")
    w.presence(ph, s, e, data_rate=.5, loc_rate=0)
    v2, h2, _ = campaign(w, g, ph, s, e, rng.uniform(50, 90, n), "long", draw, .32, 35, victims=10, vmask=age_ok,
                         hook=(3000, .45), nocell=True, followups=(1, 3))
    g.callers += [(vn, slot_s), (ms, s)]
    # the locals cross the border every day: at home in 东兴 at night, roaming in Vietnam by day
    lph = w.pop_phones(loc)
    d = np.repeat(np.arange(DAYS), 3)
    who = np.tile(np.arange(3), DAYS)
    tt = day0(d) + 8 * HOUR + rng.integers(0, 2 * HOUR, d.size)
    w.recs.add("device", time=tt, msisdn=w.msisdn[loc[who]], imsi=w.imsi[loc[who]], imei=w.imei[loc[who]],
               event="attach", roaming_country="VN")
    w.recs.add("device", time=tt + 10 * HOUR, msisdn=w.msisdn[loc[who]], imsi=w.imsi[loc[who]],
               imei=w.imei[loc[who]], cell=w.cellcode(w.home[loc[who]]), event="location_update")
    a, t = w.schedule(3, 4, profile="normal")
    res, dur, ring = w.outcome(a.size, .9, 50)
    w.calls(lph, a, t, vn[rng.integers(0, 22, a.size)], dur, res, ring, call_type="intl_out")
    g.mule_accounts(8, "钦州")
    vic = np.concatenate([v1, v2])
    ht = np.concatenate([h1, h2])
    pay(w, g, vic, ht, rng.integers(2, 5, vic.size), lambda k, j: rng.uniform(10000, 80000, k),
        gap=(20 * MIN, 8 * HOUR), first_gap=(10 * MIN, 60 * MIN))
    return g


# ================================================================================================ G04 ASEAN expo
def g04_asean_expo(w: World):
    """"中国—东盟博览会" investment: an SMS cat near the expo centre sends links on random subdomains of a wildcard
    domain; those who click are led to a fake app and "customer managers" who phone them until they invest."""
    g = Gang(w, "G04", "asean_expo_investment", "investment", "南宁 ASEAN-Expo investment")
    rng = w.rng
    nom = fresh_ids(w, 2)
    g.role("id_key", nom, "gang_member", START - 20 * DAY)
    cat = w.nums.imei(1, TAC_GATEWAY)[0]
    g.role("imei", [cat], "simbox_device", START)
    slot, s, e = rotate(8, 4, 17 / 4, rng=rng)
    n = slot.size
    ms, ims, _ = cards_for(w, g, n, "南宁", START - 20 * DAY, START + 12 * DAY, nom, "GX771-QX11")
    ph = phones(ms, ims, np.full(n, cat), np.full(n, w.place("nanning_expo")[0]))
    g.cards(ph, "fraud_sms_sender", s)
    w.presence(ph, s, e, data_rate=.2, loc_rate=.2)
    ips = ["103.151.44.17", "103.151.44.29"]
    doms = ["asean-boxh.top", "cn-asean-fund.xyz", "dmbl-app.vip"]
    for d in doms:
        g.role("domain", [d], "fraud_domain", START)
    g.role("ip", ips, "fraud_ip", START)
    g.role("app", ["com.dmbl.caifu"], "fraud_app", START)

    def text(k):
        sub_h = subdomains(rng, k, "asean-boxh.top")
        sub_e = subdomains(rng, k, "cn-asean-fund.xyz")
        code = rng.integers(10 ** 5, 10 ** 7, k)
        return sub_h, sub_e, code
    a, t = w.schedule(n, rng.uniform(250, 480, n), s, e, "long")
    rcv, node = targets(w, None, offnet=.3)(a.size)
    sh, se, code = text(a.size)
    sub = np.where(t < EVAL_START, sh, se)
    tpl = rng.integers(0, 3, a.size)
    T = ["【东盟博览会】中国—东盟跨境榴莲进口项目招募合伙人，保本日收益3%，名额有限 http://{s}/j/{c} 拒收请回复R",
         "【东博会组委会】恭喜您获得东盟数字贸易项目内测资格，首期分红已到账，登录领取 http://{s}/r/{c}",
         "您好，东盟国际商品交易中心开户送体验金888元，稳赚不亏，详询 http://{s}/k/{c}"]
    txt = np.array([T[k].format(s=x, c=c) for k, x, c in zip(tpl.tolist(), sub.tolist(), code.tolist(), strict=True)],
                   dtype=object)
    w.sms(ph, a, t, rcv, txt)
    cn, ct, ctxt = clickers(w, node, t, .005, sub)
    webvisits(w, cn, ct, ctxt, ips, k=(1, 3), path="/j/")
    inst = rng.random(cn.size) < .4
    it = ct[inst] + rng.integers(10 * MIN, 2 * DAY, inst.sum())
    app_install(w, cn[inst], it, "com.dmbl.caifu", "http://dl.dmbl-app.vip/caifu_v2.3.apk", uses=(4, 20))
    webvisits(w, cn[inst], it, "dl.dmbl-app.vip", ips, k=(1, 2), path="/api/")
    # customer managers: aged cards bought from elderly owners, handsets of their own, in the CBD
    mgr_n = 4
    old = START - rng.integers(3 * YEAR, 9 * YEAR, mgr_n)
    mm, mi, _ = cards_for(w, g, mgr_n, "南宁", 0, 1, fresh_ids(w, mgr_n), "GX771-XX05")
    w.recs.parts["subscribers"][-1]["open_time"] = old
    mph = phones(mm, mi, w.nums.imei(mgr_n, TAC_PHONE), w.place("nanning_cbd")[rng.integers(0, 6, (mgr_n, 2))])
    g.cards(mph, "fraud_caller", START, imei_role="fraud_caller")
    w.presence(mph, START - DAY, END + DAY, data_rate=3, loc_rate=2)
    vic_pool = cn[inst]
    conv = rng.random(vic_pool.size) < .7
    vic = vic_pool[conv]
    vt = it[conv] + rng.integers(HOUR, DAY, vic.size)
    ok = (vt < END - 2 * HOUR) & (w.acct[vic] >= 0) & ~w.is_victim[vic]
    vic, vt = vic[ok], vt[ok]
    w.is_victim[vic] = True
    g.victims = vic
    k = rng.integers(2, 6, vic.size)
    ci = np.repeat(np.arange(vic.size), k)
    ctm = vt[ci] + dur_after(rng, ci.size, 10 * MIN, 4 * DAY)
    keep = ctm < END
    ci, ctm = ci[keep], ctm[keep]
    mgr = vic[ci] % mgr_n
    w.calls(mph, mgr, ctm, w.msisdn[vic[ci]], np.clip(rng.lognormal(np.log(900), .6, ci.size), 120, 5400).astype(int),
            "answered", rng.integers(2, 9, ci.size))
    # managers also cold-call a little and live normally
    a, t = w.schedule(mgr_n, 12, profile="business")
    rcv, _ = targets(w, None, offnet=.3)(a.size)
    res, dur, ring = w.outcome(a.size, .4, 60)
    w.calls(mph, a, t, rcv, dur, res, ring)
    # group-chat accounts on the sender cards and managers' cards
    acc_ms = np.concatenate([ms[:8], mm])
    plat = np.array(["wechat"] * 8 + ["qq"] * 4, dtype=object)
    accs = np.concatenate([account_ids(rng, "wechat", 8), account_ids(rng, "qq", 4)])
    rt = START - rng.integers(DAY, 10 * DAY, 12)
    w.recs.add("internet_accounts", platform=plat, account=accs, msisdn=acc_ms, register_time=rt, status="active")
    g.role("account", np.array([f"{p}:{a}" for p, a in zip(plat.tolist(), accs.tolist(), strict=True)], dtype=object),
           "fraud_internet_account", rt)
    g.callers += [(mm, np.full(mgr_n, START))]
    g.mule_accounts(9, "南宁")
    pay(w, g, vic, vt, rng.integers(2, 6, vic.size), lambda kk, j: rng.uniform(1500, 4000, kk) * 2.6 ** j,
        gap=(12 * HOUR, 3 * DAY), channel="third_party")
    return g


# ================================================================================================ G05 Guilin VoIP
def g05_guilin_voip(w: World):
    """A shell "travel service" company holds VoIP and fixed lines with Guilin's 0773 area code and rings people who
    toured 桂林/阳朔: "your Li River cruise / homestay booking was cancelled, we refund double - give your card"."""
    g = Gang(w, "G05", "guilin_tour_refund_voip", "customer_service", "桂林 tour-refund VoIP lines")
    rng = w.rng
    gl = RIDX["桂林"]
    lic = fresh_ids(w, 1, "bl")
    g.role("id_key", lic, "gang_member", START - 60 * DAY)
    nv, nf = 16, 4
    s = np.concatenate([np.full(12, START), START + 10 * DAY + rng.integers(0, DAY, 4), np.full(nf, START)])
    e = np.concatenate([np.full(4, START + 9 * DAY), np.full(8, END - 1), np.full(4, END - 1), np.full(nf, END - 1)])
    s = s + rng.integers(0, 4 * HOUR, nv + nf)
    num = w.fixed_numbers(np.full(nv + nf, gl))
    ot = s - rng.integers(20 * DAY, 70 * DAY, nv + nf)
    status = np.array(["suspended"] * 4 + ["active"] * 16, dtype=object)
    st = np.where(status == "suspended", START + 9 * DAY + rng.integers(0, 6 * HOUR, nv + nf), -1)
    lt = np.array(["voip"] * nv + ["fixed"] * nf, dtype=object)
    w.new_cards(nv + nf, gl, ot, lic[0], "GX-ENT-07", line_type=lt, customer_type="enterprise",
                id_type="business_license", prepaid=False, status=status, status_time=st, numbers=num, imsi=False)
    w.register(num, w.place("yangshuo")[0])
    ph = phones(num, np.full(nv + nf, -1), np.full(nv + nf, -1), np.full(nv + nf, -1))
    g.role("msisdn", num, "fixed_voip_line", s)
    tourist = (w.trip_region == gl) & (w.trip_start > 0)
    draw = targets(w, tourist | (rng.random(w.N) < .15), p=np.where(tourist, 12.0, 1.0), offnet=.2)
    gw = np.where(lt == "voip", "VGW-GL-0" + (np.arange(nv + nf) % 2 + 1).astype(str), "PSTN-GL-03")
    ct = np.where(lt == "voip", "voip", "fixed")
    for sel in (np.arange(nv), np.arange(nv, nv + nf)):
        sub = ph.take(sel)
        vic, ht, _ = campaign(w, g, sub, s[sel], e[sel], rng.uniform(40, 70, sel.size), "business", draw, .42, 50,
                              victims=18 if sel.size == nv else 5, vmask=tourist, hook=(1500, .4),
                              call_type=ct[sel[0]], gateway=gw[sel[0]], nocell=True, followups=(0, 1))
        g.mule_accounts(4, "桂林")
        pay(w, g, vic, ht, rng.integers(1, 4, vic.size), lambda k, j: rng.uniform(1800, 19000, k),
            gap=(10 * MIN, 2 * HOUR))
    g.callers.append((num, s))
    return g


# ================================================================================================ G06 SMS car
def g06_liuzhou_sms_car(w: World):
    """A car circling 柳州 and the highway to 来宾 with a 16-slot SMS cat: fake ETC / medical-insurance / traffic-fine
    messages with links; victims type their card number and SMS code into the phishing page."""
    g = Gang(w, "G06", "sms_car_phishing", "other", "柳州 SMS car")
    rng = w.rng
    cat = w.nums.imei(1, TAC_GATEWAY)[0]
    g.role("imei", [cat], "simbox_device", START)
    slot, s, e = rotate(16, 3, 17 / 3, rng=rng)
    n = slot.size
    ms, ims, _ = buy_cards(w, n, s)
    route = w.place("liuzhou_route")
    ph = phones(ms, ims, np.full(n, cat), np.tile(route, (n, 1)))
    g.cards(ph, "fraud_sms_sender", s)
    w.presence(ph, s, e, data_rate=0, loc_rate=12)
    doms = ["etc-gxrz.cc", "gxyb-hy.top", "gx12123-fk.cc"]
    ips = ["45.207.36.118", "45.207.36.121"]
    for d in doms:
        g.role("domain", [d], "fraud_domain", START)
    g.role("ip", ips, "fraud_ip", START)
    a, t = w.schedule(n, rng.uniform(200, 380, n), s, e, "long")
    lz = np.isin(w.region, [RIDX["柳州"], RIDX["来宾"]])
    rcv, node = targets(w, lz | (rng.random(w.N) < .25), p=np.where(lz, 4.0, 1.0), offnet=.2)(a.size)
    # the car moves: one cell of the route per quarter hour
    cells = route[(t // 900 + slot[a]) % route.size]
    kind = np.where(t < EVAL_START, rng.integers(0, 2, a.size) * 2, rng.integers(1, 3, a.size))
    parent = np.array(doms, dtype=object)[kind]
    sub = np.array([f"{x}.{p}" for x, p in zip(labels(rng, a.size), parent.tolist(), strict=True)], dtype=object)
    T = ["【ETC服务】您的ETC卡已过期，将于今日停用，请及时认证：http://{s}/m ",
         "【医保局】您的医保电子凭证将于今日冻结，请尽快核验：http://{s}/y ",
         "【交管12123】您有一条未处理的交通违法记录，逾期将影响年审：http://{s}/w "]
    txt = np.array([T[k].format(s=x) for k, x in zip(kind.tolist(), sub.tolist(), strict=True)], dtype=object)
    w.sms(ph, a, t, rcv, txt, cells=cells)
    cn, ct, csub = clickers(w, node, t, .005, sub)
    webvisits(w, cn, ct, csub, ips, k=(2, 4), path="/f/")
    lose = rng.random(cn.size) < .35
    vic, vt = cn[lose], ct[lose]
    ok = (w.acct[vic] >= 0) & ~w.is_victim[vic]
    vic, vt = vic[ok], vt[ok]
    w.is_victim[vic] = True
    g.victims = vic
    g.mule_accounts(8, "柳州")
    pay(w, g, vic, vt, rng.integers(1, 3, vic.size), lambda k, j: rng.uniform(800, 15000, k),
        gap=(2 * MIN, 30 * MIN), channel="third_party", initiated=False, first_gap=(3 * MIN, 40 * MIN))
    g.senders = ms
    return g


# ================================================================================================ G07 loan app
def g07_duan_loan_app(w: World):
    """都安: telemarketers with cane-worker cards push "极速易贷" / "惠民贷" loan apps from an IP-only download link;
    applicants are told their loan is frozen until they pay "unfreezing", "insurance" and "VIP" fees."""
    g = Gang(w, "G07", "loan_fee_app", "loan", "都安 loan-fee app")
    rng = w.rng
    cells = w.place("duan")
    slot, s, e = rotate(12, 2, 8.5, rng=rng)
    n = slot.size
    ms, ims, _ = buy_cards(w, n, s)
    imei = w.nums.imei(12, TAC_PHONE)
    ph = phones(ms, ims, imei[slot], cells[rng.integers(0, 3, (n, 2))])
    g.cards(ph, "fraud_caller", s, imei_role="fraud_caller")
    w.presence(ph, s, e, data_rate=.8, loc_rate=1)
    ip = "154.39.71.88"
    doms = ["jsyd-app.com", "hmd-loan.cn"]
    for d in doms:
        g.role("domain", [d], "fraud_domain", START)
    g.role("ip", [ip, "154.39.71.90"], "fraud_ip", START)
    apps = ["com.jisu.yidai", "com.huimin.daikuan"]
    g.role("app", apps, "fraud_app", START)
    young = (w.age >= 20) & (w.age < 46)
    draw = targets(w, young, offnet=.3)
    vic, ht, _ = campaign(w, g, ph, s, e, rng.uniform(45, 85, n), "business", draw, .38, 35, victims=16,
                          vmask=young, hook=(600, .4), followups=(0, 1))
    # SMS adverts from two extra cards
    sm, si, _ = buy_cards(w, 4, START + np.array([0, 0, 9, 9]) * DAY)
    ss = START + np.array([0, 0, 9, 9]) * DAY + rng.integers(HOUR, 5 * HOUR, 4)
    se = np.minimum(ss + 8 * DAY, END - 1)
    sph = phones(sm, si, imei[:4], cells[:1].repeat(4))
    g.cards(sph, "fraud_sms_sender", ss)
    w.presence(sph, ss, se, loc_rate=.5)
    a, t, rcv, node, txt = sms_blast(
        w, sph, ss, se, 180, "business", draw,
        lambda k: np.array([f"【极速易贷】尊敬的客户，您有一笔50000元备用金待领取，年化3.6%，点击领取 http://jsyd-app.com/r/{c:x}"
                            for c in rng.integers(1 << 20, 1 << 30, k).tolist()], dtype=object))
    cn, ct, _ = clickers(w, node, t, .01)
    webvisits(w, cn, ct, "jsyd-app.com", [ip], k=(1, 3), path="/r/")
    ok = (w.acct[cn] >= 0) & ~w.is_victim[cn] & (rng.random(cn.size) < .5)
    v2, t2 = cn[ok], ct[ok]
    w.is_victim[v2] = True
    g.victims = np.concatenate([g.victims, v2])
    allv = np.concatenate([vic, v2])
    allt = np.concatenate([ht, t2]) + rng.integers(5 * MIN, HOUR, allv.size)
    which = rng.integers(0, 2, allv.size)
    src = np.where(which == 0, f"http://{ip}/d/jsyd_1.8.apk", "https://hmd-loan.cn/app/hmd.apk").astype(object)
    for k in (0, 1):
        sel = which == k
        app_install(w, allv[sel], allt[sel], apps[k], src[sel], uses=(5, 18))
    webvisits(w, allv, allt, np.where(which == 0, ip, "hmd-loan.cn"), [ip, "154.39.71.90"], k=(1, 2), path="/d/")
    # QQ "customer service" accounts on the callers' cards
    accs = account_ids(rng, "qq", 8)
    rt = s[:8] + rng.integers(HOUR, DAY, 8)
    w.recs.add("internet_accounts", platform="qq", account=accs, msisdn=ms[:8], register_time=rt, status="active")
    g.role("account", np.array([f"qq:{a}" for a in accs.tolist()], dtype=object), "fraud_internet_account", rt)
    g.callers.append((ms, s))
    g.mule_accounts(8, "河池")
    pay(w, g, allv, allt + HOUR, rng.integers(2, 5, allv.size), lambda k, j: rng.uniform(500, 3000, k) * 1.8 ** j,
        gap=(30 * MIN, 20 * HOUR), channel="third_party")
    return g


# ================================================================================================ G09 Yulin careful
def g09_yulin_careful(w: World):
    """北流: a careful crew on aged cards in their own everyday phones. Each makes a dozen calls a day as "抖音客服"
    ("your 百万保障 trial ends today and will charge 800 a month unless cancelled"); victims take out Alipay/bank loans
    and "verify" them by transferring to a supervision account."""
    g = Gang(w, "G09", "careful_aged_cards_douyin_cs", "customer_service", "北流 careful crew")
    rng = w.rng
    yl = RIDX["玉林"]
    members = w.pick(8, (w.region == yl) & (w.age >= 24) & (w.age < 42) & ~w.secondary & w.smart
                     & (w.open_time < START - 3 * YEAR))
    w.work[members] = w.place("beiliu")[0]
    g.role("msisdn", w.msisdn[members], "fraud_caller", START)
    g.role("imsi", w.imsi[members], "fraud_caller", START)
    ph = w.pop_phones(members)
    ph.cells = np.stack([w.place("beiliu")[[0, 0]]] * 8)
    dy = w.installed[:, 2]
    draw = targets(w, dy, offnet=.25)
    vic, ht, _ = campaign(w, g, ph, START, END, rng.uniform(9, 15, 8), "office", draw, .45, 55, victims=14,
                          vmask=dy & (w.age < 60), hook=(2400, .35), followups=(1, 2))
    # colleagues call each other
    a, t = w.schedule(8, 2.5, profile="normal")
    res, dur, ring = w.outcome(a.size, .92, 90)
    w.calls(ph, a, t, w.msisdn[members[rng.integers(0, 8, a.size)]], dur, res, ring)
    g.callers.append((w.msisdn[members], np.full(8, START)))
    g.mule_accounts(7, "玉林")
    pay(w, g, vic, ht, rng.integers(1, 4, vic.size), lambda k, j: rng.uniform(5000, 30000, k), gap=(30 * MIN, 6 * HOUR))
    return g


# ================================================================================================ G10 video face swap
def g10_hezhou_video(w: World):
    """贺州: video calls with an AI face-swapped "son" or "grandson" ("my phone broke, this is a new number") to the
    elderly, then a voice call asking for money for an accident / a hospital deposit."""
    g = Gang(w, "G10", "video_faceswap_relative", "acquaintance", "贺州 face-swap video calls")
    rng = w.rng
    n = 8
    sid = fresh_ids(w, 2)
    g.role("id_key", sid, "card_seller", START - 30 * DAY)
    ms, ims, ot = cards_for(w, g, n, "贺州", START - 25 * DAY, START + 9 * DAY, sid, "GX774-HZ09",
                            open_cell=w.place("babu", n))
    s = np.maximum(ot + DAY, START)
    e = np.minimum(s + rng.integers(5, 10, n) * DAY, END - 1)
    imei = w.nums.imei(4, TAC_PHONE)
    ph = phones(ms, ims, imei[np.arange(n) % 4], w.place("babu")[rng.integers(0, 3, (n, 2))])
    g.cards(ph, "fraud_caller", s, imei_role="fraud_caller")
    w.presence(ph, s, e, data_rate=6, loc_rate=1, data_med=6e7)
    old = (w.age >= 55) & np.isin(w.region, [RIDX["贺州"], RIDX["梧州"], RIDX["玉林"]])
    draw = targets(w, old, offnet=.1)
    vic, ht, hp = campaign(w, g, ph, s, e, rng.uniform(15, 30, n), "long", draw, .5, 35,
                           media=lambda a: np.where(rng.random(a.size) < .65, "video", "voice").astype(object),
                           victims=13, vmask=old, hook=(110, .3), hook_media="video", followups=(1, 2))
    accs_w = account_ids(rng, "wechat", n)
    accs_d = account_ids(rng, "douyin", 4)
    rt = np.concatenate([s, s[:4]]) - rng.integers(HOUR, 2 * DAY, n + 4)
    plat = np.array(["wechat"] * n + ["douyin"] * 4, dtype=object)
    accs = np.concatenate([accs_w, accs_d])
    w.recs.add("internet_accounts", platform=plat, account=accs, msisdn=np.concatenate([ms, ms[:4]]), register_time=rt,
               status="active")
    g.role("account", np.array([f"{p}:{a}" for p, a in zip(plat.tolist(), accs.tolist(), strict=True)], dtype=object),
           "fraud_internet_account", rt)
    g.callers.append((ms, s))
    g.mule_accounts(6, "梧州")
    pay(w, g, vic, ht, rng.integers(1, 3, vic.size), lambda k, j: rng.uniform(8000, 50000, k), gap=(20 * MIN, 3 * HOUR),
        first_gap=(10 * MIN, 50 * MIN))
    return g


# ================================================================================================ G11 Cambodia remote control
def g11_cambodia_remote(w: World):
    """Guangxi cards opened by vocational students in 钦州/南宁, carried to Cambodia (roaming KH) plus Cambodian numbers:
    "bank security department" callers get victims to install a screen-sharing app and then move the money
    themselves while the victim is still on the line."""
    g = Gang(w, "G11", "cambodia_remote_control", "impersonate_police", "Cambodia remote-control callers")
    rng = w.rng
    stud = w.pick(5, np.isin(w.region, [RIDX["钦州"], RIDX["南宁"]]) & (w.occ == STUDENT) & ~w.secondary)
    sid = w.account_name(w.id_own[w.owner[stud]])
    g.role("id_key", sid, "card_seller", START - 50 * DAY)
    n = 16
    ms, ims, _ = cards_for(w, g, n, "钦州", START - 60 * DAY, START - 20 * DAY, sid, "GX777-QZ04")
    s = START + rng.integers(0, 8 * DAY, n)
    e = np.minimum(s + rng.integers(6, 12, n) * DAY, END - 1)
    imei = w.nums.imei(8, TAC_PHONE)
    ph = phones(ms, ims, imei[np.arange(n) % 8], np.full(n, -1), roam="KH")
    g.cards(ph, "fraud_caller", s, imei_role="fraud_caller")
    w.presence(ph, s, e, data_rate=2, loc_rate=0)
    kh = w.nums.alloc(6, [85510, 85512, 85515, 85569, 85578], 6)
    ks = START + rng.integers(0, 10 * DAY, 6)
    ke = np.minimum(ks + 6 * DAY, END - 1)
    kph = phones(kh, np.full(6, -1), np.full(6, -1), np.full(6, -1))
    g.role("msisdn", kh, "fraud_caller", ks)
    bankapp = w.installed[:, 13] | w.installed[:, 14] | w.installed[:, 15]
    mid = (w.age >= 30) & (w.age < 66)
    draw = targets(w, mid, p=np.where(bankapp, 3.0, 1.0), offnet=.15)
    v1, h1, _ = campaign(w, g, ph, s, e, rng.uniform(40, 75, n), "long", draw, .33, 35, victims=12, vmask=mid,
                         hook=(2700, .35), nocell=True, followups=(0, 1))
    v2, h2, _ = campaign(w, g, kph, ks, ke, rng.uniform(50, 80, 6), "long", draw, .2, 30, victims=4, vmask=mid,
                         hook=(2700, .35), nocell=True, call_type="intl_in", gateway="IGW-NN-02", followups=(0, 1))
    vic = np.concatenate([v1, v2])
    ht = np.concatenate([h1, h2])
    dom = "unionpay-aq.cc"
    ip = "43.228.65.14"
    g.role("domain", [dom], "fraud_domain", START)
    g.role("ip", [ip], "fraud_ip", START)
    g.role("app", ["com.yinlian.anquan"], "fraud_app", START)
    legit = rng.random(vic.size) < .4
    it = ht + rng.integers(3 * MIN, 12 * MIN, vic.size)
    app_install(w, vic[~legit], it[~legit], "com.yinlian.anquan", f"https://dl.{dom}/aq.apk", uses=(1, 3))
    webvisits(w, vic[~legit], it[~legit] - 60, f"dl.{dom}", [ip], k=(1, 2), path="/")
    app_install(w, vic[legit], it[legit], "com.oray.sunlogin.client", "https://app.mi.com/details?id=com.oray.sunlogin.client",
                uses=(1, 2))
    g.callers += [(ms, s), (kh, ks)]
    g.mule_accounts(8, "南宁")
    pay(w, g, vic, it + 2 * MIN, rng.integers(2, 5, vic.size), lambda k, j: rng.uniform(5000, 60000, k),
        gap=(1 * MIN, 8 * MIN), first_gap=(2 * MIN, 10 * MIN))
    return g


# ================================================================================================ G13 Guilin part-time
def g13_guilin_parttime(w: World):
    """雁山 university town: "刷单日结" part-time-job lures by SMS and QQ/Douyin accounts registered on virtual-operator
    numbers; students pay ever larger "advance orders" on a task site and app before the "commission" is released."""
    g = Gang(w, "G13", "parttime_brushing_students", "part_time_job", "桂林 brushing lure")
    rng = w.rng
    gl = RIDX["桂林"]
    virt = w.nums.mobile(10, "mvno")
    g.role("msisdn", virt, "gang_phone", START - 10 * DAY)
    plat = np.array(["qq"] * 14 + ["douyin"] * 6, dtype=object)
    accs = np.concatenate([account_ids(rng, "qq", 14), account_ids(rng, "douyin", 6)])
    rt = START - rng.integers(0, 12 * DAY, 20) + rng.integers(0, 14 * DAY, 20)
    w.recs.add("internet_accounts", platform=plat, account=accs, msisdn=virt[np.arange(20) % 10], register_time=rt,
               status="active")
    g.role("account", np.array([f"{p}:{a}" for p, a in zip(plat.tolist(), accs.tolist(), strict=True)], dtype=object),
           "fraud_internet_account", rt)
    sid = fresh_ids(w, 1)
    g.role("id_key", sid, "card_seller", START - 15 * DAY)
    ms, ims, _ = cards_for(w, g, 6, "桂林", START - 12 * DAY, START + 8 * DAY, sid, "GX773-YS02",
                           open_cell=w.place("guilin_univ", 6))
    s = np.sort(np.maximum(w.recs.parts["subscribers"][-1]["open_time"] + DAY, START))
    e = np.minimum(s + 6 * DAY, END - 1)
    imei = w.nums.imei(2, TAC_PHONE)
    ph = phones(ms, ims, imei[np.arange(6) % 2], w.place("guilin_univ")[rng.integers(0, 4, (6, 2))])
    g.cards(ph, "fraud_sms_sender", s, imei_role="fraud_sms_sender")
    w.presence(ph, s, e, data_rate=1, loc_rate=1)
    stu = (w.occ == STUDENT) | ((w.age < 30) & (w.region == gl))
    draw = targets(w, stu | (w.age < 35), p=np.where(stu, 5.0, 1.0), offnet=.2)
    qq = accs[:14]
    a, t, rcv, node, txt = sms_blast(
        w, ph, s, e, 140, "evening", draw,
        lambda k: np.array([f"【校园兼职】在宿舍手机刷单，一单一结，日赚200-500，学生宝妈优先，名额有限，加QQ:{q}"
                            for q in qq[rng.integers(0, 14, k)].tolist()], dtype=object))
    stu_nodes = (node >= 0)
    stu_nodes[stu_nodes] &= stu[node[stu_nodes]]
    node = np.where(stu_nodes, node, -1)
    cn, ct, _ = clickers(w, node, t, .012)
    ok = (w.acct[cn] >= 0) & ~w.is_victim[cn]
    cn, ct = cn[ok], ct[ok] + rng.integers(HOUR, DAY, ok.sum())
    dom = "shuadan-gl.top"
    ip = "38.55.101.7"
    g.role("domain", [dom], "fraud_domain", START)
    g.role("ip", [ip], "fraud_ip", START)
    g.role("app", ["com.renwu.jianzhi"], "fraud_app", START)
    webvisits(w, cn, ct, subdomains(rng, cn.size, dom), [ip], k=(3, 8), path="/task/")
    app_install(w, cn, ct + rng.integers(MIN, HOUR, cn.size), "com.renwu.jianzhi", f"http://app.{dom}/rw.apk", uses=(5, 15))
    w.is_victim[cn] = True
    g.victims = cn
    g.callers.append((ms, s))
    g.mule_accounts(6, "桂林")
    pay(w, g, cn, ct + 2 * HOUR, rng.integers(3, 7, cn.size), lambda k, j: np.array([100, 300, 1000, 3000, 8000, 15000])[j]
        * rng.uniform(.8, 1.3, k), gap=(20 * MIN, 5 * HOUR), channel="third_party")
    return g


# ================================================================================================ G12 laundering
def g12_laundering(w: World):
    """The shared laundering network: L1 accounts of every gang forward within minutes to L2 accounts rented from
    students and cane workers, who pass the money to three 东兴 dong money changers or withdraw it at ATMs;
    the changers settle in Vietnamese dong across the border."""
    g = Gang(w, "G12", "laundering_dong_changers", "other", "东兴 laundering network")
    rng = w.rng
    l2 = g.mule_accounts(30, "崇左", days_ago=(10, 90))
    more = g.mule_accounts(10, "防城港", days_ago=(10, 90))
    l2 = np.concatenate([l2, more])
    ch_holder = w.pick(3, (w.region == RIDX["防城港"]) & (w.age >= 30) & ~w.secondary)
    w.home[ch_holder] = w.place("dongxing", 3)
    ch = new_accounts(w, 3, w.id_own[w.owner[ch_holder]], w.msisdn[ch_holder],
                      START - rng.integers(60 * DAY, 2 * YEAR, 3), bank=np.array(["广西北部湾银行"] * 3, dtype=object))
    g.role("account", w.account_name(ch), "mule_account", START)
    g.role("msisdn", w.msisdn[ch_holder], "gang_member", START)
    to = np.concatenate([x[0] for x in w.fraud_pay])
    t = np.concatenate([x[1] for x in w.fraud_pay])
    amt = np.concatenate([x[2] for x in w.fraud_pay])
    # L1 -> L2, split in 1-3
    k = rng.integers(1, 4, to.size)
    i = np.repeat(np.arange(to.size), k)
    part = np.round(amt[i] / k[i] * rng.uniform(.97, .995, i.size), 0)
    t1 = t[i] + rng.integers(3 * MIN, 40 * MIN, i.size)
    dst = l2[rng.integers(0, l2.size, i.size)]
    keep = t1 < END
    w.recs.add("transfers", time=t1[keep], from_account=to[i][keep], to_account=dst[keep], amount=part[keep],
               currency="CNY", channel="mobile_app")
    t1, dst, part = t1[keep], dst[keep], part[keep]
    # L2 -> changers (80%) or ATM (20%)
    atm = rng.random(t1.size) < .2
    t2 = t1 + rng.integers(20 * MIN, 8 * HOUR, t1.size)
    ok = (t2 < END) & ~atm
    ci = rng.integers(0, 3, t1.size)
    cto = ch[ci]
    w.recs.add("transfers", time=t2[ok], from_account=dst[ok], to_account=cto[ok],
               amount=np.round(part[ok] * .99, 0), currency="CNY", channel="mobile_app")
    oka = (t2 < END) & atm
    w.recs.add("transfers", time=t2[oka], from_account=dst[oka],
               to_account=np.where(rng.random(oka.sum()) < .6, "ATM-05-017", "ATM-13-004").astype(object),
               amount=np.minimum(np.round(part[oka], -2), 20000), currency="CNY", channel="atm")
    # changers settle in dong every evening
    vn_acct = np.array([f"vn-vcb-{x:010d}" for x in rng.integers(10 ** 9, 10 ** 10 - 1, 6).tolist()], dtype=object)
    g.role("account", vn_acct, "mule_account", START)
    d = np.repeat(np.arange(DAYS), 3)
    c = np.tile(np.arange(3), DAYS)
    daily = np.bincount(((t2[ok] - START) // DAY) * 3 + ci[ok], weights=part[ok], minlength=DAYS * 3)[:DAYS * 3]
    has = daily > 0
    w.recs.add("transfers", time=day0(d[has]) + 21 * HOUR + rng.integers(0, 2 * HOUR, has.sum()),
               from_account=ch[c[has]], to_account=vn_acct[rng.integers(0, 6, has.sum())],
               amount=np.round(daily[has] * 3420, -3), currency="VND", channel="third_party")
    # coordinators' phones call the L2 holders
    co = w.pick(2, (w.region == RIDX["防城港"]) & (w.age < 40) & ~w.secondary)
    w.home[co] = w.place("dongxing", 2)
    g.role("msisdn", w.msisdn[co], "gang_member", START)
    hold_ms = w.msisdn[g.mule_holders]
    cph = w.pop_phones(co)
    a, tt = w.schedule(2, 8, profile="normal")
    res, dur, ring = w.outcome(a.size, .85, 50)
    w.calls(cph, a, tt, hold_ms[rng.integers(0, hold_ms.size, a.size)], dur, res, ring)
    g.l2 = l2
    return g


GANGS = [g01_binyang_leader, g02_nanning_goip, g03_dongxing_border, g04_asean_expo, g05_guilin_voip,
         g06_liuzhou_sms_car, g07_duan_loan_app, g09_yulin_careful, g10_hezhou_video, g11_cambodia_remote,
         g13_guilin_parttime]


def all_gangs(w: World):
    w.gangs = {}
    w.fraud_pay = []
    w.fraud_contacts = []
    w.hooks = []
    w.hook_callers = []
    g08_cane_card_sellers(w)
    for f in GANGS:
        f(w)
    g08_finish(w)
    g12_laundering(w)


__all__ = ["all_gangs", "REGIONS", "RETIREE", "local_hour", "V"]
