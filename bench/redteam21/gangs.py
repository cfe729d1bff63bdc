"""The fourteen fraud gangs of Anhui's Qingming week 2029, and the card and mule supply chains behind them.

G12 card buyers sweep Linquan, Taihe and Lixin villages for phone cards (断卡) and feed the loud gangs;
G11 recruits villagers' bank cards as mule accounts for everybody. The others work the week's stories:
grave relocation compensation, pension authentication links, tea live-stream deposits, AI-cloned grandsons,
a GoIP den, a careful SIM box, Qingming travel refunds, a loan app, fake police on international trunks,
a brokerage site, brushing tasks and cemetery plots "to invest in".
"""

from __future__ import annotations

import numpy as np
from acts import (
    MORNING,
    SHIFT,
    app,
    cells_for,
    choose_persons,
    daily_life,
    dev,
    dial,
    ensure_account,
    here,
    new_cards,
    pay,
    sms,
    targets,
    victims_truth,
    web,
    xfer,
)
from base import PROFILES, inet_accounts, ip_of
from province import loc
from world import DAY, HOUR, World

EV = ["power_on", "power_off", "location_update", "data_session", "attach", "detach"]


def ev(w, name):
    return w.T["device"].code("event", name)


def first_times(idx, t, k):
    out = np.full(k, np.iinfo(np.int64).max)
    np.minimum.at(out, idx, t)
    return np.where(out == np.iinfo(np.int64).max, np.iinfo(np.int64).min, out)


def label_cards(w, nums, role, gang, scheme, first=None, sold=True):
    w.truth("msisdn", nums, role, gang, scheme, first)
    if sold:
        w.truth("msisdn", nums, "sold_card", gang, scheme, first)


def scattered_sellers(w: World, n: int, gang: str, scheme: str, aged=False, region_areas=None):
    """Cards a gang bought through other channels: one card each from n residents who sold theirs."""
    rng = w.rng
    areas = region_areas or ["FY_rural", "BZ_rural", "SZ_rural", "LA_rural", "AQ_rural", "HN_rural", "fy_taihe",
                             "BB_rural", "CZ_rural"]
    p = choose_persons(w, n, age_w=(0.5, 1, 0.7, 0.2), areas=areas, mark=3)
    ids = w.p_id[p]
    if aged:
        opened = w.t0 - (rng.integers(400, 2200, len(p)) * DAY + rng.integers(9 * HOUR, 18 * HOUR, len(p)))
    else:
        opened = w.t0 - (rng.integers(8, 60, len(p)) * DAY) + rng.integers(9 * HOUR, 18 * HOUR, len(p))
    opened = opened - (opened - w.t0) % 60
    num, imsi = new_cards(w, len(p), ids, opened, channel=w.p_store[p], open_cell=w.p_home[p],
                          region=w.p_cityname[p], prepaid=True)
    w.truth_ids(ids, "card_seller", gang, scheme)
    return num, imsi, opened


def campaign(w: World, nums, imsis, days_per_sim, rate, profile, tl_nums, tl_p, *, imei_fn, cell_fn,
             ans_person=(0.35, 0.35, 0.4, 0.55), ans_ext=0.3, engage=(0.02, 0.02, 0.03, 0.05), short=(2.9, 0.8),
             long=(6.6, 0.5), vacant_p=0.0, ctype=None, gateway=None, roam=None, media="voice"):
    """Outbound calling by fraud cards down a calling list; returns the calls and who got hooked."""
    rng = w.rng
    ss, dd = [], []
    rate = np.broadcast_to(np.asarray(rate, dtype=float), (len(nums),))
    for i, ds in enumerate(days_per_sim):
        ds = np.asarray(ds, dtype=np.int64)
        k = rng.poisson(rate[i], len(ds))
        ss.append(np.full(int(k.sum()), i))
        dd.append(np.repeat(ds, k))
    s = np.concatenate(ss).astype(np.int64)
    d = np.concatenate(dd).astype(np.int64)
    t = w.at(d, profile)
    o = np.argsort(t, kind="stable")
    s, t = s[o], t[o]
    n = len(t)
    ti = np.arange(n) % max(len(tl_nums), 1)
    callee, cp = tl_nums[ti], tl_p[ti]
    vac = (rng.random(n) < vacant_p) & (cp < 0)
    age = np.where(cp >= 0, w.p_age[np.maximum(cp, 0)], 0)
    ap = np.where(cp >= 0, np.asarray(ans_person)[age], ans_ext)
    ans = (rng.random(n) < ap) & ~vac
    eng = ans & (cp >= 0) & (rng.random(n) < np.asarray(engage)[age])
    ei = np.flatnonzero(eng)
    _, first = np.unique(cp[ei], return_index=True)
    keep = np.zeros(n, bool)
    keep[ei[first]] = True
    eng = keep & (w.p_role[np.maximum(cp, 0)] != 3)
    dur = np.where(eng, rng.lognormal(long[0], long[1], n), rng.lognormal(short[0], short[1], n))
    dur = np.clip(dur, 3, 10800).astype(np.int64)
    imei = imei_fn(s, t) if imei_fn is not None else 0
    cell = cell_fn(s, t) if cell_fn is not None else -1
    dial(w, t, nums[s], callee, cp, imei=imei, imsi=imsis[s] if imsis is not None else 0, ccell=cell, ans=ans,
         dur=dur, vacant=vac, ctype=ctype, gateway=gateway, roam=roam, media=media)
    # a few who missed the call ring back
    cb = np.flatnonzero(~ans & ~vac & (cp >= 0) & (rng.random(n) < 0.04))
    tcb = t[cb] + rng.integers(5 * 60, 6 * HOUR, len(cb))
    dial(w, tcb, w.p_num[cp[cb]], nums[s[cb]], None, imei=w.p_imei[cp[cb]], imsi=w.p_imsi[cp[cb]],
         ccell=loc(w, cp[cb], tcb), ans_p=0.35, dur_mu=3.0, dur_sd=0.7,
         ctype="voip" if isinstance(ctype, str) and ctype == "voip" else None)
    e = np.flatnonzero(eng)
    return {"s": s, "t": t, "callee": callee, "p": cp, "ans": ans, "eng_i": e, "eng_p": cp[e],
            "eng_t": t[e] + dur[e], "eng_s": s[e], "first": first_times(s, t, len(nums))}


def sim_days(w, n, start_lo, start_hi, life_lo, life_hi):
    rng = w.rng
    st = rng.integers(start_lo, start_hi + 1, n)
    life = rng.integers(life_lo, life_hi + 1, n)
    return [np.arange(a, min(a + b, w.days)) for a, b in zip(st.tolist(), life.tolist(), strict=True)]


def rotating_imei(w, dev_imeis, slots_per_dev, slot, devno, period=3 * HOUR, step=5):
    def f(s, t):
        k = (np.asarray(t) - w.t0) // period
        sl = (slot[s] + step * k) % slots_per_dev
        return dev_imeis[devno[s] * slots_per_dev + sl]
    return f


def module_attach(w, nums, imsis, days_per_sim, imei_fn, cell, hours=(9, 12, 15, 18), off_hour=21):
    """Attach events of cards in a multi-port box: power on in the morning, re-attach at every rotation, off at
    night."""
    rng = w.rng
    for i, ds in enumerate(days_per_sim):
        for d in np.asarray(ds).tolist():
            ts = np.array([w.day_start(d) + h * HOUR + int(rng.integers(0, 300)) for h in hours])
            ii = np.full(len(ts), i)
            evs = ["power_on"] + ["attach"] * (len(ts) - 1)
            dev(w, ts, nums[i], imsis[i], imei_fn(ii, ts), cell, evs)
            toff = w.day_start(d) + off_hour * HOUR + int(rng.integers(0, 1800))
            dev(w, np.array([toff]), nums[i], imsis[i], imei_fn(np.array([i]), np.array([toff])), cell, "power_off")


# --------------------------------------------------------------------------------------------------------------
def g12_card_buyers(w: World):
    """Three card buyers (收卡人) sweep Linquan, Taihe and Lixin villages: villagers open two to five cards each at
    a township agent, the buyer tests them in his cheap phone, pays a few hundred yuan a card, and delivers
    them to the den and the city gangs."""
    g, scheme = "G12", "card_buying_village_sweeps"
    rng = w.rng
    areas = ["fy_linquan", "fy_taihe", "bz_lixin"]
    stores = {"fy_linquan": ("WT-FY-LQ-A07", here(w, "fy_linquan_town")),
              "fy_taihe": ("WT-FY-TH-A02", here(w, "fy_taihe")),
              "bz_lixin": ("WT-BZ-LX-A11", here(w, "bz_lixin_town"))}
    sellers = choose_persons(w, 60, age_w=(0.4, 1, 0.8, 0.15), areas=areas)
    counts = rng.choice([1, 2, 3, 4, 5], len(sellers), p=[0.1, 0.25, 0.3, 0.2, 0.15])
    total_a, total_b = 97, 40
    cum = np.cumsum(counts)
    ns = int(np.searchsorted(cum, total_a + total_b) + 1)
    sellers, counts = sellers[:ns], counts[:ns].copy()
    counts[-1] -= cum[ns - 1] - (total_a + total_b)
    w.p_role[sellers] = 3
    # buyers: outsiders with cards opened a few months ago
    bid = w.new_ids(3)
    bopen = w.t0 - rng.integers(40, 200, 3) * DAY + rng.integers(9 * HOUR, 17 * HOUR, 3)
    bnum, bimsi = new_cards(w, 3, bid, bopen, channel="WT-FY-012", open_cell=here(w, "FY_urban"), region="Fuyang")
    bimei = w.imeis(3, "smart")
    test_imei = w.imeis(3, "feature")
    bacct = w.add_accounts(bid, "Anhui Rural Credit", bopen + 3 * DAY, bnum)
    card_seller = np.repeat(sellers, counts)
    nc = len(card_seller)
    # visits: one day per seller; wave A before the export, wave B in the first week
    seller_first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    wave_b_seller = seller_first >= total_a
    vday = np.where(wave_b_seller, rng.integers(0, 6, len(sellers)), -rng.integers(2, 46, len(sellers)))
    vtime = w.day_start(vday) + rng.integers(9 * HOUR, 17 * HOUR, len(sellers))
    buyer_of = rng.integers(0, 3, len(sellers))
    within = np.concatenate([np.arange(c) for c in counts]) * rng.integers(90, 420, nc)
    open_t = np.repeat(vtime, counts) + within
    sarea = np.array([w.area_keys[a] for a in w.p_area[card_seller]])
    chan = np.array([stores[a][0] for a in sarea])
    ocell = np.array([stores[a][1] for a in sarea])
    num, imsi = new_cards(w, nc, w.p_id[card_seller], open_t, channel=chan, open_cell=ocell,
                          region=w.p_cityname[card_seller], prepaid=True)
    w.truth_ids(np.unique(w.p_id[sellers]), "card_seller", g, scheme)
    label_cards(w, num, "sold_card", g, scheme, open_t, sold=False)
    w.truth("msisdn", bnum, "card_buyer", g, scheme, w.t0)
    w.truth("imei", test_imei, "card_buyer", g, scheme, w.t0)
    # wave B in the data: the buyer meets the seller at the agent, tests the cards, pays
    for si in np.flatnonzero(wave_b_seller).tolist():
        b = buyer_of[si]
        p = sellers[si]
        t = vtime[si]
        cards = np.arange(seller_first[si], seller_first[si] + counts[si])
        store_cell = stores[w.area_keys[w.p_area[p]]][1]
        if t - DAY > w.t0:
            dial(w, np.array([t - DAY + rng.integers(-3 * HOUR, 3 * HOUR)]), bnum[b], w.p_num[p], np.array([p]),
                 imei=bimei[b], imsi=bimsi[b], ccell=here(w, "fy_linquan_town"), ans_p=0.9, dur_mu=4.0)
        dial(w, np.array([t - rng.integers(600, 3600)]), w.p_num[p], bnum[b], None, imei=w.p_imei[p],
             imsi=w.p_imsi[p], ccell=w.p_home[p], ans_p=0.95, dur_mu=3.3, dur_sd=0.5)
        dev(w, np.array([t - 300, t + 40 * 60]), bnum[b], bimsi[b], bimei[b], store_cell, "location_update")
        dev(w, np.array([t - 200]), w.p_num[p], w.p_imsi[p], w.p_imei[p], store_cell, "location_update")
        ct = open_t[cards] + rng.integers(120, 600, len(cards))
        dev(w, ct, num[cards], imsi[cards], test_imei[b], store_cell, "power_on")
        dial(w, ct + 40, num[cards], bnum[b], None, imei=test_imei[b], imsi=imsi[cards], ccell=store_cell,
             ans_p=1.0, dur_mu=1.6, dur_sd=0.3)
        dev(w, ct + 200, num[cards], imsi[cards], test_imei[b], store_cell, "power_off")
        sacc = w.p_acct[p]
        if sacc >= 0 and rng.random() < 0.8:
            xfer(w, np.array([t + rng.integers(1800, 5400)]), bacct[b], sacc,
                 np.array([float(counts[si] * rng.choice([300, 400, 500]))]), "third_party", bnum[b])
    # the buyers' days: driving round the villages, calling young villagers, the upline in Guangdong
    upline = w.numbers(4, "other")
    for b in range(3):
        days = np.arange(w.days)
        cells = np.concatenate([w.area_cells[a] for a in areas + ["fy_linquan_town", "bz_lixin_town"]])
        daily_life(w, bnum[b], bimsi[b], bimei[b], cells, days, data=6, moves=9, night_off=0.05, profile="day")
        young = choose_persons(w, 90, age_w=(0.5, 1, 0.4, 0), areas=areas, free_only=False)
        tt = w.at(rng.integers(0, w.days, len(young)), PROFILES["day"])
        dial(w, tt, bnum[b], w.p_num[young], young, imei=bimei[b], imsi=bimsi[b], ccell=cells_for(w, cells, tt),
             ans_p=0.6, dur_mu=3.6, dur_sd=0.7)
        tt = w.at(rng.integers(0, w.days, 40), PROFILES["evening"])
        dial(w, tt, bnum[b], upline[rng.integers(0, 4, 40)], None, imei=bimei[b], imsi=bimsi[b],
             ccell=cells_for(w, cells, tt), ans_p=0.9, dur_mu=4.6)
        # upline pays for the cards
        up_acc = w.new_account_ids(1)
        xfer(w, w.day_start(rng.integers(2, w.days, 3)) + 20 * HOUR, up_acc[0], bacct[b],
             rng.integers(8, 25, 3) * 1000.0, "third_party", 0)
    # hand the cards on: wave A goes to the den and the city gangs, wave B partly to the den later
    order = np.arange(nc)
    a_idx, b_idx = order[:total_a], order[total_a:]
    pack = lambda ix: {"num": num[ix], "imsi": imsi[ix], "open": open_t[ix], "seller": card_seller[ix]}  # noqa: E731
    w.cards["G05"] = pack(np.concatenate([a_idx[:32], b_idx[:16]]))
    w.cards["G01"] = pack(a_idx[32:47])
    w.cards["G02"] = pack(a_idx[47:77])
    w.cards["G07"] = pack(a_idx[77:97])
    w.cards["unused"] = pack(b_idx[16:])
    w.card_buyers = {"num": bnum, "imsi": bimsi, "imei": bimei}
    # unused wave-B cards: a few are switched on once in Hefei to check they work (silent cards)
    un = w.cards["unused"]
    chk = rng.random(len(un["num"])) < 0.4
    tt = np.maximum(un["open"][chk] + 2 * DAY, w.t0) + rng.integers(0, 2 * DAY, chk.sum())
    ok = tt < w.t_end
    dev(w, tt[ok], un["num"][chk][ok], un["imsi"][chk][ok], w.imeis(int(ok.sum()), "smart"),
        here(w, "hf_yaohai", int(ok.sum())), "power_on")


def g11_mule_ring(w: World):
    """Village recruiters (跑分/收卡 agents) rent young villagers' bank cards for a few hundred yuan; controllers in
    Myanmar move the money through them, a second layer and OTC crypto traders."""
    g, scheme = "G11", "mule_account_ring"
    rng = w.rng
    areas = ["bz_lixin", "fy_taihe", "fy_linquan"]
    rec = choose_persons(w, 3, age_w=(0, 1, 1, 0), areas=areas, need_acct=True, mark=3)
    recruits = choose_persons(w, 36, age_w=(0.4, 1, 0.3, 0), areas=areas, mark=3)
    k = rng.choice([1, 2], len(recruits), p=[0.65, 0.35])
    holder = np.repeat(recruits, k)
    inperiod = rng.random(len(holder)) < 0.35
    oday = np.where(inperiod, rng.integers(0, 6, len(holder)), -rng.integers(3, 60, len(holder)))
    ot = w.day_start(oday) + rng.integers(9 * HOUR, 16 * HOUR, len(holder))
    banks = np.array(["Huishang Bank", "Anhui Rural Credit", "PSBC", "ABC", "CCB"])
    acc = w.add_accounts(w.p_id[holder], banks[rng.integers(0, 5, len(holder))], ot, w.p_num[holder])
    tier2 = w.new_account_ids(24)
    tier3 = w.new_account_ids(6)
    # controllers: sold cards roaming in Myanmar
    cnum, cimsi, copen = scattered_sellers(w, 3, g, scheme)
    cimei = w.imeis(3, "smart")
    daily_life(w, cnum, cimsi, cimei, np.array([-1]), np.arange(w.days), data=5, moves=1, night_off=0.02,
               profile="late", roam="MM")
    w.truth("msisdn", cnum, "gang_member", g, scheme, w.t0)
    w.truth("msisdn", cnum, "sold_card", g, scheme, w.t0)
    w.truth_accounts(acc, "mule_account", g, scheme, ot)
    w.truth_accounts(tier2, "mule_account", g, scheme + ":second_layer")
    w.truth_accounts(tier3, "mule_account", g, scheme + ":otc_trader")
    w.truth("msisdn", w.p_num[rec], "mule_recruiter", g, scheme, w.t0)
    # recruiting: calls to young villagers, meetings at the bank branch, rent paid
    town = {"bz_lixin": "bz_lixin_town", "fy_taihe": "fy_taihe", "fy_linquan": "fy_linquan_town"}
    who = rng.integers(0, 3, len(holder))
    for i in np.flatnonzero(inperiod).tolist():
        p, r, t = holder[i], rec[who[i]], ot[i]
        cell = here(w, town[w.area_keys[w.p_area[p]]])
        dial(w, np.array([t - rng.integers(4 * HOUR, 30 * HOUR)]), w.p_num[r], w.p_num[p], np.array([p]),
             imei=w.p_imei[r], imsi=w.p_imsi[r], ccell=w.p_home[r], ans_p=0.9, dur_mu=4.2, dur_sd=0.6)
        dev(w, np.array([t - 900, t + 1800]), w.p_num[r], w.p_imsi[r], w.p_imei[r], cell, "location_update")
        dev(w, np.array([t - 600]), w.p_num[p], w.p_imsi[p], w.p_imei[p], cell, "location_update")
        if w.p_acct[p] >= 0:
            xfer(w, np.array([t + rng.integers(3600, 6 * HOUR)]), w.p_acct[r], w.p_acct[p],
                 np.array([float(rng.choice([500, 600, 800, 1000]))]), "mobile_app", w.p_num[r])
    for r in rec.tolist():
        young = choose_persons(w, 60, age_w=(0.5, 1, 0.3, 0), areas=areas, free_only=False)
        tt = w.at(rng.integers(0, w.days, len(young)), PROFILES["evening"])
        dial(w, tt, w.p_num[r], w.p_num[young], young, imei=w.p_imei[r], imsi=w.p_imsi[r], ccell=loc(w, [r] * len(tt), tt),
             ans_p=0.65, dur_mu=4.0, dur_sd=0.8)
    # dormant tests: controllers move small sums through fresh accounts to check they work
    tt = np.maximum(ot, w.t0) + rng.integers(HOUR, 2 * DAY, len(acc))
    ok = tt < w.t_end
    xfer(w, tt[ok], tier2[rng.integers(0, 24, ok.sum())], acc[ok], rng.integers(1, 20, ok.sum()) * 1.0,
         "third_party", cnum[rng.integers(0, 3, ok.sum())])
    w.mules = acc
    w.launder_chain = (tier2, tier3, cnum)


# --------------------------------------------------------------------------------------------------------------
def g05_goip_den(w: World):
    """A GoIP den in a Linquan village: two 16-port GoIP boxes, cards from the village sweeps rotated across the
    ports every three hours, fake e-commerce customer service ('your order is defective, we refund triple')."""
    g, scheme = "G05", "goip_den_customer_service_refund"
    rng = w.rng
    c = w.cards["G05"]
    n = len(c["num"])
    den = here(w, "fy_linquan")
    alt = here(w, "fy_linquan")
    dev_imeis = w.imeis(32, "module")
    days = sim_days(w, 32, 1, 5, 3, 6) + sim_days(w, n - 32, 6, 9, 2, 5)
    slot = np.arange(n) % 16
    devno = (np.arange(n) // 16) % 2
    imei_fn = rotating_imei(w, dev_imeis, 16, slot, devno)

    def cell_fn(s, t):
        return np.where(rng.random(len(s)) < 0.9, den, alt).astype(np.int32)
    tl = targets(w, 16000, age_w=(0.7, 1, 1, 0.45), ext_frac=0.55)
    r = campaign(w, c["num"], c["imsi"], days, 48, SHIFT, tl[0], tl[1], imei_fn=imei_fn, cell_fn=cell_fn,
                 ans_person=(0.3, 0.3, 0.32, 0.4), ans_ext=0.28, engage=(0.03, 0.03, 0.035, 0.045),
                 vacant_p=0.18, short=(2.6, 0.8), long=(6.8, 0.45))
    module_attach(w, c["num"], c["imsi"], days, imei_fn, den, hours=(8, 12, 15, 18))
    label_cards(w, c["num"], "simbox_sim", g, scheme, r["first"])
    w.truth("imei", dev_imeis, "simbox_device", g, scheme, w.t0)
    # hooked victims: the 'customer service' calls back, victims open a loan/credit line and pay
    ep, et, es = r["eng_p"], r["eng_t"], r["eng_s"]
    t2 = et + rng.integers(10 * 60, 50 * 60, len(ep))
    dial(w, t2, c["num"][es], w.p_num[ep], ep, imei=imei_fn(es, t2), imsi=c["imsi"][es], ccell=den, ans_p=0.9,
         dur_mu=7.2, dur_sd=0.4)
    victims_truth(w, ep, g, scheme, r["t"][r["eng_i"]])
    payer = rng.random(len(ep)) < 0.55
    k = rng.integers(1, 4, payer.sum())
    pp = np.repeat(ep[payer], k)
    tt = np.repeat(t2[payer], k) + np.concatenate([np.arange(x) for x in k]) * rng.integers(900, 3600) + 1500
    amt = np.round(rng.lognormal(8.8, 0.8, len(pp)), -1)
    caller = np.repeat(c["num"][es][payer], k)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.7, 0.3, 0.0), fraud_type="customer_service",
        report_p=0.4, report_entities=("msisdn", caller), launder_to=w.launder_chain)
    # burned cards: users flag some, the operator suspends a few
    last = np.array([w.day_start(d[-1]) + 18 * HOUR if len(d) else w.t0 for d in days])
    flag = np.flatnonzero(rng.random(n) < 0.3)
    rt = last[flag] + rng.integers(HOUR, 2 * DAY, len(flag))
    ok = rt < w.t_end
    w.report(rt[ok], "msisdn", c["num"][flag][ok], "fraud", "customer_service", None, "user_report")
    for i in flag[ok][: len(flag) // 2].tolist():
        w.status_updates[int(c["num"][i])] = ("suspended", int(last[i] + DAY))
    # the den keeper: a villager who minds the boxes from morning to night
    keeper = choose_persons(w, 1, age_w=(0, 1, 1, 0.2), areas=["fy_linquan"], mark=3)[0]
    dd = np.arange(1, w.days)
    tt = np.concatenate([w.day_start(dd) + 8 * HOUR + rng.integers(0, 1800, len(dd)),
                         w.day_start(dd) + 13 * HOUR + rng.integers(0, 1800, len(dd)),
                         w.day_start(dd) + 19 * HOUR + rng.integers(0, 1800, len(dd))])
    dev(w, tt, w.p_num[keeper], w.p_imsi[keeper], w.p_imei[keeper], den, "location_update")
    tt = w.at(rng.integers(0, w.days, 10), PROFILES["evening"])
    dial(w, tt, w.p_num[keeper], w.card_buyers["num"][0], None, imei=w.p_imei[keeper], imsi=w.p_imsi[keeper],
         ccell=den, ans_p=0.9, dur_mu=4.5)
    w.truth("msisdn", w.p_num[keeper], "gang_member", g, scheme, w.t0)
    # the buyer delivers the second batch to the den
    bd = 6 if w.days > 6 else 1
    dev(w, np.array([w.day_start(bd) + 20 * HOUR]), w.card_buyers["num"][0], w.card_buyers["imsi"][0],
        w.card_buyers["imei"][0], den, "location_update")


def g06_careful_simbox(w: World):
    """A careful SIM box in a Hefei flat: aged cards bought one by one across the province, one module IMEI per
    card, few calls per card, the cards call each other and use data to look alive; the box moves flat mid-week.
    Scheme: 'cancel your campus loan account or your credit record suffers' (注销校园贷)."""
    g, scheme = "G06", "simbox_campus_loan_cancellation"
    rng = w.rng
    n = 24
    num, imsi, opened = scattered_sellers(w, n, g, scheme, aged=True)
    imeis = w.imeis(n, "smart")  # modules reprogrammed to ordinary handset IMEIs
    flat1 = w.area_cells["hf_shushan"][:2]
    flat2 = w.area_cells["hf_binhu"][:2]
    move_day = 6

    def cell_fn(s, t):
        d = w.day_of(t)
        c1 = flat1[rng.integers(0, 2, len(s))]
        c2 = flat2[rng.integers(0, 2, len(s))]
        return np.where(d < move_day, c1, c2).astype(np.int32)

    def imei_fn(s, t):
        return imeis[s]
    days = [np.arange(1, w.days)] * n
    tl = targets(w, 4000, age_w=(1, 1, 0.15, 0), ext_frac=0.3)
    r = campaign(w, num, imsi, days, rng.uniform(9, 16, n), PROFILES["day"], tl[0], tl[1], imei_fn=imei_fn,
                 cell_fn=cell_fn, ans_person=(0.38, 0.36, 0.35, 0.3), ans_ext=0.33, engage=(0.06, 0.05, 0.02, 0.0),
                 short=(3.3, 0.9), long=(6.9, 0.4))
    # camouflage: the cards call each other, message the operator, use a little data
    m = n * (w.days - 1) * 4
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    b = np.where(a == b, (b + 1) % n, b)
    tt = w.at(rng.integers(1, w.days, m), PROFILES["day"])
    dial(w, tt, num[a], num[b], None, imei=imeis[a], imsi=imsi[a], ccell=cell_fn(a, tt), ans_p=0.9, dur_mu=4.0,
         dur_sd=0.6, dcell=cell_fn(b, tt))
    tt = w.at(rng.integers(1, w.days, n * 6), PROFILES["day"])
    s6 = rng.integers(0, n, n * 6)
    sms(w, tt, num[s6], 8610077, "CXYE", imei=imeis[s6], cell=cell_fn(s6, tt))
    for i in range(n):
        d1 = np.arange(1, move_day)
        d2 = np.arange(move_day, w.days)
        daily_life(w, num[i], imsi[i], imeis[i], flat1, d1, data=2, moves=0.2, night_off=0)
        daily_life(w, num[i], imsi[i], imeis[i], flat2, d2, data=2, moves=0.2, night_off=0)
    # shared power strip: the whole box restarts at once each night
    for d in range(1, w.days):
        toff = w.day_start(d) + 23 * HOUR + rng.integers(0, 120, n)
        c = flat1[0] if d < move_day else flat2[0]
        dev(w, toff, num, imsi, imeis, c, "power_off")
        ton = toff + 9 * HOUR + 1800 + rng.integers(0, 90, n)
        ok = ton < w.t_end
        dev(w, ton[ok], num[ok], imsi[ok], imeis[ok], flat1[0] if d + 1 < move_day else flat2[0], "power_on")
    label_cards(w, num, "simbox_sim", g, scheme, r["first"])
    w.truth("imei", imeis, "simbox_device", g, scheme, w.t0)
    ep, et, es = r["eng_p"], r["eng_t"], r["eng_s"]
    victims_truth(w, ep, g, scheme, r["t"][r["eng_i"]])
    t2 = et + rng.integers(HOUR, 20 * HOUR, len(ep))
    dial(w, t2, num[es], w.p_num[ep], ep, imei=imeis[es], imsi=imsi[es], ccell=cell_fn(es, t2), ans_p=0.85,
         dur_mu=7.0, dur_sd=0.4)
    payer = rng.random(len(ep)) < 0.5
    k = rng.integers(1, 3, payer.sum())
    pp = np.repeat(ep[payer], k)
    tt = np.repeat(t2[payer], k) + 1800 + np.concatenate([np.arange(x) for x in k]) * 3 * HOUR
    amt = np.round(rng.lognormal(9.3, 0.7, len(pp)), -2)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.8, 0.2, 0.0), fraud_type="loan", report_p=0.3,
        report_entities=("msisdn", np.repeat(num[es][payer], k)), launder_to=w.launder_chain)


def g01_grave_relocation(w: World):
    """Fake civil-affairs staff call old people in Fuyang, Huainan, Lu'an, Bozhou and Suzhou villages: 'your
    family grave is in the relocation zone, claim the compensation - pay the processing fee first'. Sold village
    cards in six ordinary phones in a Hefei urban village."""
    g, scheme = "G01", "grave_relocation_compensation"
    rng = w.rng
    c = w.cards["G01"]
    n = len(c["num"])
    phones = w.imeis(6, "smart")
    hand = np.arange(n) % 6
    cells = w.area_cells["hf_yaohai"][:2]
    days = sim_days(w, n, 1, 6, 4, 6)
    tl = targets(w, 6000, age_w=(0, 0, 0.15, 1), cities=["Fuyang", "Huainan", "Luan", "Bozhou", "Suzhou", "Anqing"],
                 ext_frac=0.12)
    r = campaign(w, c["num"], c["imsi"], days, 28, MORNING, tl[0], tl[1], imei_fn=lambda s, t: phones[hand[s]],
                 cell_fn=lambda s, t: cells[rng.integers(0, 2, len(s))], ans_person=(0.4, 0.4, 0.5, 0.62),
                 ans_ext=0.45, engage=(0, 0, 0.03, 0.09), short=(3.2, 0.9), long=(6.9, 0.4))
    for i in range(n):
        daily_life(w, c["num"][i], c["imsi"][i], phones[hand[i]], cells, days[i], data=2.5, moves=0.3,
                   night_off=0.5)
    label_cards(w, c["num"], "fraud_caller", g, scheme, r["first"])
    ep, et, es = r["eng_p"], r["eng_t"], r["eng_s"]
    victims_truth(w, ep, g, scheme, r["t"][r["eng_i"]])
    # victims ring back to ask how to claim, then pay at the counter or by phone
    tb = et + rng.integers(HOUR, 20 * HOUR, len(ep))
    dial(w, tb, w.p_num[ep], c["num"][es], None, imei=w.p_imei[ep], imsi=w.p_imsi[ep], ccell=loc(w, ep, tb),
         ans_p=0.85, dur_mu=5.8, dur_sd=0.5)
    payer = rng.random(len(ep)) < 0.55
    k = rng.integers(1, 3, payer.sum())
    pp = np.repeat(ep[payer], k)
    tt = np.repeat(tb[payer], k) + rng.integers(HOUR, DAY, len(pp))
    amt = np.round(rng.uniform(2800, 19800, len(pp)), -2)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.3, 0.1, 0.6), fraud_type="other", report_p=0.3,
        report_entities=("msisdn", np.repeat(c["num"][es][payer], k)), launder_to=w.launder_chain)


def g02_pension_sms(w: World):
    """Two 16-port SMS cats in a rented house in Lixin town send 'pension qualification authentication expires,
    click to re-authenticate' (养老金资格认证) with wildcard links; clickers give their bank cards away."""
    g, scheme = "G02", "pension_authentication_phishing_sms"
    rng = w.rng
    c = w.cards["G02"]
    n = len(c["num"])
    cell = here(w, "bz_lixin_town")
    dev_imeis = w.imeis(32, "module")
    imei_fn = rotating_imei(w, dev_imeis, 16, np.arange(n) % 16, (np.arange(n) // 16) % 2, period=4 * HOUR, step=3)
    days = sim_days(w, n, 2, 8, 2, 4)
    tpls = ["【人社局】尊敬的参保人员：您的2029年度养老金待遇资格认证即将到期，逾期将暂停发放，请于3日内点击 http://{s}.rs-ahrz.cn 完成认证。",
            "【社保中心】您的养老金资格认证未通过，清明节后将停发，请尽快登录 http://{s}.rs-ahrz.cn 重新认证。",
            "【人社厅】2029年养老金调整：您符合补发条件，请点击 http://{s}.ahrs-rz.com 核对信息领取补发金额。"]
    hosts = ["{s}.rs-ahrz.cn", "{s}.rs-ahrz.cn", "{s}.ahrs-rz.com"]
    S = w.T["sms"]
    tcode = S.codes("content", tpls)
    ss, dd = [], []
    for i, ds in enumerate(days):
        k = rng.poisson(160, len(ds))
        ss.append(np.full(int(k.sum()), i))
        dd.append(np.repeat(ds, k))
    s = np.concatenate(ss)
    d = np.concatenate(dd)
    t = w.at(d, PROFILES["day"])
    m = len(t)
    recv, rp = targets(w, m, age_w=(0, 0.15, 0.55, 1), ext_frac=0.5)
    tv = rng.integers(0, 3, m)
    sub = rng.integers(0, 36**6, m)
    sms(w, t, c["num"][s], recv, tcode[tv], sub, imei=imei_fn(s, t), cell=cell)
    module_attach(w, c["num"], c["imsi"], days, imei_fn, cell, hours=(8, 12, 16), off_hour=20)
    label_cards(w, c["num"], "fraud_sms_sender", g, scheme, first_times(s, t, n))
    w.truth("imei", dev_imeis, "simbox_device", g, scheme, w.t0)
    # clicks
    smart = (rp >= 0) & w.p_smart[np.maximum(rp, 0)]
    click = np.flatnonzero(smart & (rng.random(m) < np.where(w.p_age[np.maximum(rp, 0)] == 3, 0.012, 0.018)))
    click = click[np.unique(rp[click], return_index=True)[1]]
    click = click[w.p_role[rp[click]] != 3]
    Wb = w.T["web"]
    hc = Wb.codes("domain", hosts)[tv[click]]
    ips = [ip_of("rs-ahrz.cn", 0, True), ip_of("rs-ahrz.cn", 1, True), ip_of("ahrs-rz.com", 0, True)]
    ipc = np.array(ips)[np.where(tv[click] == 2, 2, rng.integers(0, 2, len(click)))]
    tc = t[click] + rng.integers(60, 6 * HOUR, len(click))
    pc_ = rp[click]
    urls = np.array(["http://{s}.rs-ahrz.cn/rz/index.html", "http://{s}.ahrs-rz.com/bf/index.html"])
    web(w, tc, w.p_num[pc_], hc, urls[(tv[click] == 2).astype(int)], ipc, domain_n=sub[click], url_n=sub[click])
    sub_ok = rng.random(len(click)) < 0.45
    ts = tc + rng.integers(60, 900, len(click))
    urls = np.array(["http://{s}.rs-ahrz.cn/rz/submit", "http://{s}.ahrs-rz.com/bf/submit"])
    web(w, ts[sub_ok], w.p_num[pc_[sub_ok]], hc[sub_ok], urls[(tv[click][sub_ok] == 2).astype(int)], ipc[sub_ok],
        domain_n=sub[click][sub_ok], url_n=sub[click][sub_ok])
    inst = rng.random(len(click)) < 0.15
    app(w, ts[inst] + 300, w.p_num[pc_[inst]], "com.rs.renzheng", "install", "http://dl.rs-ahrz.cn/rzapp.apk")
    app(w, ts[inst] + 900, w.p_num[pc_[inst]], "com.rs.renzheng", "use")
    victims_truth(w, pc_, g, scheme, tc)
    # submitted card details: the account is drained within hours (card-not-present)
    vp = pc_[sub_ok]
    k = rng.integers(1, 3, len(vp))
    pp = np.repeat(vp, k)
    tt = np.repeat(ts[sub_ok], k) + rng.integers(20 * 60, 6 * HOUR, len(pp))
    amt = np.round(rng.lognormal(8.4, 0.7, len(pp)), 2)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.0, 1.0, 0.0), fraud_type="other", report_p=0.45,
        report_entities=("domain", ["rs-ahrz.cn"] * len(pp)), launder_to=w.launder_chain)
    visited = sorted({tpl.replace("{s}", _b36(x)) for tpl, x in zip(np.array(hosts)[tv[click]].tolist(),
                                                                      sub[click].tolist(), strict=True)})
    w.truth("domain", ["rs-ahrz.cn", "ahrs-rz.com", "dl.rs-ahrz.cn"] + visited, "fraud_domain", g, scheme, w.t0)
    w.truth("ip", sorted(set(ips)), "fraud_ip", g, scheme, w.t0)
    w.truth("app", ["com.rs.renzheng"], "fraud_app", g, scheme, w.t0)


def _b36(x: int, width: int = 6) -> str:
    s = ""
    x %= 36**width
    for _ in range(width):
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[x % 36] + s
        x //= 36
    return s


def g07_travel_refund(w: World):
    """An SMS cat in a Shushan flat sends 'your Qingming train / Huangshan cable-car ticket is cancelled, click to
    claim a refund or call 0551-...' with wildcard links; six VoIP lines of a shell travel company take the
    calls and ring the clickers."""
    g, scheme = "G07", "qingming_travel_refund_sms"
    rng = w.rng
    c = w.cards["G07"]
    n = len(c["num"])
    cell = here(w, "hf_shushan")
    dev_imeis = w.imeis(16, "module")
    phones = w.imeis(4, "smart")

    def imei_fn(s, t):
        k = (np.asarray(t) - w.t0) // (2 * HOUR)
        mod = dev_imeis[(s + 7 * k) % 16]
        return np.where(s < 16, mod, phones[s % 4])
    days = sim_days(w, n, 2, 7, 2, 3)
    shell = w.new_ids(1)
    vopen = w.t0 - rng.integers(15, 40, 6) * DAY + rng.integers(9 * HOUR, 17 * HOUR, 6)
    voip, _ = new_cards(w, 6, np.repeat(shell, 6), vopen, channel="WT-ENT-HF", region="Hefei", kind="fixed",
                        area_code=551, line_type="voip", customer_type="enterprise", id_type="business_license",
                        prepaid=False)
    disp = [f"0551-{str(x)[5:]}" for x in voip[:3].tolist()]
    tpls = [f"【铁路客服】您购买的清明假期列车因线路调整停运，请点击 http://{{s}}.12306-tuipiao.com 办理退票，或致电{disp[0]}领取双倍赔付。",
            "【黄山旅游】因清明期间天气原因，您预订的黄山索道及门票已取消，请点击 http://{s}.hs-tuipiao.com 申请全额退款及补偿。",
            f"【航空客服】尊敬的旅客，您清明假期的航班因故取消，请致电客服{disp[1]}办理改签退票及补偿，编号{{n}}。",
            f"【铁路客服】清明返程车票改签提醒：您的订单异常，请致电{disp[2]}处理，逾期将影响征信。"]
    hosts = ["{s}.12306-tuipiao.com", "{s}.hs-tuipiao.com", None, None]
    tcode = w.T["sms"].codes("content", tpls)
    ss, dd = [], []
    for i, ds in enumerate(days):
        k = rng.poisson(180, len(ds))
        ss.append(np.full(int(k.sum()), i))
        dd.append(np.repeat(ds, k))
    s = np.concatenate(ss)
    t = w.at(np.concatenate(dd), PROFILES["day"])
    m = len(t)
    recv, rp = targets(w, m, age_w=(0.8, 1, 0.8, 0.2), ext_frac=0.5)
    tv = rng.integers(0, 4, m)
    sub = rng.integers(0, 36**6, m)
    sms(w, t, c["num"][s], recv, tcode[tv], sub, imei=imei_fn(s, t), cell=cell)
    module_attach(w, c["num"], c["imsi"], days, imei_fn, cell, hours=(8, 10, 12, 14, 16, 18), off_hour=20)
    label_cards(w, c["num"], "fraud_sms_sender", g, scheme, first_times(s, t, n))
    w.truth("imei", dev_imeis, "simbox_device", g, scheme, w.t0)
    w.truth("msisdn", voip, "fixed_voip_line", g, scheme, vopen)
    person = (rp >= 0) & (w.p_role[np.maximum(rp, 0)] != 3)
    link = person & (tv < 2) & w.p_smart[np.maximum(rp, 0)] & (rng.random(m) < 0.012)
    call = person & (tv >= 1) & (rng.random(m) < 0.008)
    Wb = w.T["web"]
    li = np.flatnonzero(link)
    li = li[np.unique(rp[li], return_index=True)[1]]
    tc = t[li] + rng.integers(60, 3 * HOUR, len(li))
    hc = Wb.codes("domain", ["{s}.12306-tuipiao.com", "{s}.hs-tuipiao.com"])[tv[li]]
    ipc = np.array([ip_of("12306-tuipiao.com", 0, True), ip_of("hs-tuipiao.com", 0, True)])[tv[li]]
    urls = np.array(["http://{s}.12306-tuipiao.com/refund/apply", "http://{s}.hs-tuipiao.com/refund/apply"])
    web(w, tc, w.p_num[rp[li]], hc, urls[tv[li]], ipc, domain_n=sub[li], url_n=sub[li])
    ci = np.flatnonzero(call)
    ci = ci[np.unique(rp[ci], return_index=True)[1]]
    tcall = t[ci] + rng.integers(120, 4 * HOUR, len(ci))
    line = rng.integers(0, 3, len(ci))
    ans, dur = dial(w, tcall, w.p_num[rp[ci]], voip[line], None, imei=w.p_imei[rp[ci]], imsi=w.p_imsi[rp[ci]],
                    ccell=loc(w, rp[ci], tcall), ans_p=0.85, dur_mu=6.4, dur_sd=0.5, ctype="voip")
    # the VoIP lines ring clickers and old leads
    vp = np.concatenate([rp[li], rp[ci]])
    vt = np.concatenate([tc, tcall]) + rng.integers(600, 5 * HOUR, len(vp))
    vl = rng.integers(0, 6, len(vp))
    dial(w, vt, voip[vl], w.p_num[vp], vp, ans_p=0.75, dur_mu=6.6, dur_sd=0.5, ctype="voip", gateway="SIP-HF-XC01")
    lead_days = rng.integers(2, min(9, w.days), 6 * 30 * 6)
    leads, lp = targets(w, len(lead_days), age_w=(0.8, 1, 0.8, 0.2), ext_frac=0.4)
    lt = w.at(lead_days, SHIFT)
    lv = rng.integers(0, 6, len(lt))
    dial(w, lt, voip[lv], leads, lp, ans_p=0.3, dur_mu=3.0, dur_sd=0.9, ctype="voip", gateway="SIP-HF-XC01")
    victims_truth(w, vp, g, scheme, np.concatenate([tc, tcall]))
    payer = rng.random(len(vp)) < 0.45
    k = rng.integers(1, 4, payer.sum())
    pp = np.repeat(vp[payer], k)
    tt = np.repeat(vt[payer], k) + 1200 + rng.integers(0, 3 * HOUR, len(pp))
    amt = np.round(rng.uniform(800, 9000, len(pp)), 0)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.75, 0.25, 0.0), fraud_type="customer_service",
        report_p=0.4, report_entities=("msisdn", voip[np.repeat(vl[payer], k)]), launder_to=w.launder_chain)
    visited = sorted({h.replace("{s}", _b36(x)) for h, x in zip(np.array(hosts[:2])[tv[li]].tolist(),
                                                                  sub[li].tolist(), strict=True)})
    w.truth("domain", ["12306-tuipiao.com", "hs-tuipiao.com"] + visited, "fraud_domain", g, scheme, w.t0)
    w.truth("ip", [ip_of("12306-tuipiao.com", 0, True), ip_of("hs-tuipiao.com", 0, True)], "fraud_ip", g, scheme)


def g08_loan_app(w: World):
    """Promoters' cards text 'a 200,000 yuan credit line is waiting, click to download'; the side-loaded app asks
    for 'unfreeze' and 'membership' fees; 'loan specialists' phone the installers."""
    g, scheme = "G08", "fake_loan_app"
    rng = w.rng
    num, imsi, _ = scattered_sellers(w, 14, g, scheme)
    phones = w.imeis(14, "smart")
    cells = w.area_cells["AQ_urban"][:3]
    prom, callers = np.arange(6), np.arange(6, 14)
    tpl = "【安心借】尊敬的用户，您有一笔最高20万元的信用额度待领取，年化低至3.6%，当天放款，点击 http://axj-loan.cc/{s} 下载激活，退订回T"
    d = np.repeat(np.arange(w.days), 6)
    s = np.tile(prom, w.days)
    k = rng.poisson(95, len(s))
    s, d = np.repeat(s, k), np.repeat(d, k)
    t = w.at(d, PROFILES["day"])
    recv, rp = targets(w, len(t), age_w=(0.7, 1, 0.8, 0.2), ext_frac=0.35)
    sub = rng.integers(0, 36**6, len(t))
    sms(w, t, num[s], recv, tpl, sub, imei=phones[s], cell=cells[rng.integers(0, 3, len(t))])
    for i in range(14):
        daily_life(w, num[i], imsi[i], phones[i], cells, np.arange(w.days), data=3, moves=0.4, night_off=0.3)
    label_cards(w, num[prom], "fraud_sms_sender", g, scheme, first_times(s, t, 14)[prom])
    # clicks and installs
    person = (rp >= 0) & w.p_smart[np.maximum(rp, 0)] & (w.p_role[np.maximum(rp, 0)] != 3)
    ci = np.flatnonzero(person & (rng.random(len(t)) < 0.012))
    ci = ci[np.unique(rp[ci], return_index=True)[1]]
    cp, tc = rp[ci], t[ci] + rng.integers(60, 8 * HOUR, len(ci))
    ip_main, ip_api = ip_of("axj-loan.cc", 0, True), ip_of("axj-loan.cc", 1, True)
    web(w, tc, w.p_num[cp], "axj-loan.cc", ["http://axj-loan.cc/{s}"] * len(ci), ip_main, url_n=sub[ci])
    # the 'loan specialists' cold-call too
    days = [np.arange(1, w.days)] * len(callers)
    tl = targets(w, 3000, age_w=(0.6, 1, 0.8, 0.2), ext_frac=0.3)
    r = campaign(w, num[callers], imsi[callers], days, 35, SHIFT, tl[0], tl[1],
                 imei_fn=lambda s_, t_: phones[callers][s_], cell_fn=lambda s_, t_: cells[rng.integers(0, 3, len(s_))],
                 ans_person=(0.35, 0.35, 0.35, 0.4), engage=(0.03, 0.03, 0.03, 0.02), short=(3.0, 0.9),
                 long=(6.3, 0.5))
    label_cards(w, num[callers], "fraud_caller", g, scheme, r["first"])
    # installs: after the click, or after the hooked call
    ti = np.concatenate([tc, r["eng_t"]])
    pi = np.concatenate([cp, r["eng_p"]])
    inst = rng.random(len(pi)) < np.where(np.arange(len(pi)) < len(cp), 0.6, 0.9)
    inst_p, inst_t = pi[inst], ti[inst] + rng.integers(120, 3600, inst.sum())
    inst_p, first = np.unique(inst_p, return_index=True)
    inst_t = inst_t[first]
    app(w, inst_t, w.p_num[inst_p], "com.anxinjie.loan", "install", "http://dl.axj-loan.cc/axj_v3.apk")
    web(w, inst_t - 60, w.p_num[inst_p], "dl.axj-loan.cc", "http://dl.axj-loan.cc/axj_v3.apk", ip_main)
    ku = rng.integers(2, 8, len(inst_p))
    up = np.repeat(np.arange(len(inst_p)), ku)
    tu = inst_t[up] + rng.integers(600, 3 * DAY, len(up))
    app(w, tu, w.p_num[inst_p[up]], "com.anxinjie.loan", "use")
    web(w, tu + 5, w.p_num[inst_p[up]], "api.axj-loan.cc", None, ip_api, app="com.anxinjie.loan")
    victims_truth(w, np.concatenate([cp, inst_p]), g, scheme, np.concatenate([tc, inst_t]))
    # the specialists call installers about the 'frozen' loan; fees paid in rising amounts
    sp = callers[rng.integers(0, len(callers), len(inst_p))]
    t2 = inst_t + rng.integers(2 * HOUR, 30 * HOUR, len(inst_p))
    dial(w, t2, num[sp], w.p_num[inst_p], inst_p, imei=phones[sp], imsi=imsi[sp],
         ccell=cells[rng.integers(0, 3, len(sp))], ans_p=0.85, dur_mu=6.0, dur_sd=0.5)
    payer = rng.random(len(inst_p)) < 0.55
    k = rng.integers(1, 5, payer.sum())
    pp = np.repeat(inst_p[payer], k)
    step = np.concatenate([np.arange(x) for x in k])
    tt = np.repeat(t2[payer], k) + 1800 + step * rng.integers(2 * HOUR, 20 * HOUR, len(pp))
    amt = np.round(rng.uniform(300, 900, len(pp)) * (1.9 ** step), 0)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.6, 0.4, 0.0), fraud_type="loan", report_p=0.3,
        report_entities=("app", ["com.anxinjie.loan"] * len(pp)), launder_to=w.launder_chain)
    w.truth("domain", ["axj-loan.cc", "dl.axj-loan.cc", "api.axj-loan.cc"], "fraud_domain", g, scheme, w.t0)
    w.truth("ip", [ip_main, ip_api], "fraud_ip", g, scheme, w.t0)
    w.truth("app", ["com.anxinjie.loan"], "fraud_app", g, scheme, w.t0)


def g09_fake_police(w: World):
    """'Hefei public security / procuratorate: your bank card is linked to a money-laundering case': calls from
    abroad over international trunks with forged local caller IDs, a video 'interrogation', a 'security' app
    that shares the screen, and transfers to a 'safe account'."""
    g, scheme = "G09", "fake_police_procuratorate_intl"
    rng = w.rng
    forged = np.concatenate([w.numbers(110, "fixed", 551), w.numbers(30, "fixed", 10), w.numbers(20, "fixed", 21)])
    gws = np.array(["IGW-HK-02", "IGW-SG-01", "IGW-GZ-INTL-07"])
    dd = np.repeat(np.arange(2, w.days), rng.poisson(210, w.days - 2))
    t = np.sort(w.at(dd, PROFILES["day"]))
    n = len(t)
    fi = np.minimum((np.arange(n) // 9 + rng.integers(0, 3, n)) % len(forged), len(forged) - 1)
    tl_num, tl_p = targets(w, n, age_w=(0, 0.4, 1, 0.8), ext_frac=0.2)
    age = np.where(tl_p >= 0, w.p_age[np.maximum(tl_p, 0)], 0)
    ans = rng.random(n) < np.where(tl_p >= 0, np.array([0.4, 0.4, 0.45, 0.5])[age], 0.4)
    eng = ans & (tl_p >= 0) & (rng.random(n) < np.array([0, 0.04, 0.06, 0.06])[age]) & \
        (w.p_acct[np.maximum(tl_p, 0)] >= 0) & (w.p_role[np.maximum(tl_p, 0)] != 3)
    ei = np.flatnonzero(eng)
    ei = ei[np.unique(tl_p[ei], return_index=True)[1]]
    eng = np.zeros(n, bool)
    eng[ei] = True
    dur = np.where(eng, rng.lognormal(7.9, 0.4, n), rng.lognormal(3.4, 1.0, n))
    gw = gws[rng.integers(0, 3, n)]
    dial(w, t, forged[fi], tl_num, tl_p, ans=ans, dur=dur, ctype="intl_in", gateway=gw)
    used = np.unique(fi)
    w.truth("msisdn", forged[used], "fraud_caller", g, scheme, first_times(fi, t, len(forged))[used])
    ep = tl_p[ei]
    et = t[ei] + dur[ei].astype(np.int64)
    victims_truth(w, ep, g, scheme, t[ei])
    # the next day: a video 'interrogation' from another forged number, the warrant page, the screen-share app
    tv = et + rng.integers(14 * HOUR, 30 * HOUR, len(ep))
    fv = rng.integers(0, len(forged), len(ep))
    dial(w, tv, forged[fv], w.p_num[ep], ep, ans_p=0.95, dur_mu=7.6, dur_sd=0.4, ctype="intl_in",
         gateway=gws[rng.integers(0, 3, len(ep))], media="video")
    w.truth("msisdn", np.unique(forged[fv]), "fraud_caller", g, scheme, w.t0)
    sm = w.p_smart[ep]
    ip1 = ip_of("gaj-anquan.com", 0, True)
    web(w, tv[sm] + 300, w.p_num[ep[sm]], "gaj-anquan.com", ["http://gaj-anquan.com/tongjiling?id={n}"] * int(sm.sum()),
        ip1, url_n=rng.integers(0, 10**6, sm.sum()))
    app(w, tv[sm] + 900, w.p_num[ep[sm]], "com.jingmin.anquan", "install", "http://gaj-anquan.com/app/aq.apk")
    app(w, tv[sm] + 1200, w.p_num[ep[sm]], "com.jingmin.anquan", "use")
    payer = rng.random(len(ep)) < 0.65
    k = rng.integers(2, 6, payer.sum())
    pp = np.repeat(ep[payer], k)
    step = np.concatenate([np.arange(x) for x in k])
    tt = np.repeat(tv[payer], k) + 1800 + step * rng.integers(1800, 5 * HOUR, len(pp))
    amt = np.round(rng.lognormal(10.5, 0.6, len(pp)), -2)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.65, 0.0, 0.35), fraud_type="impersonate_police",
        report_p=0.5, report_entities=("msisdn", forged[fv][payer].repeat(k)), launder_to=w.launder_chain)
    w.truth("domain", ["gaj-anquan.com"], "fraud_domain", g, scheme, w.t0)
    w.truth("ip", [ip1], "fraud_ip", g, scheme, w.t0)
    w.truth("app", ["com.jingmin.anquan"], "fraud_app", g, scheme, w.t0)


def g04_ai_grandson(w: World):
    """'Grandma, it's me - I hit someone, don't tell Mum': cloned voices (and a face-swapped video) from sold cards
    roaming in Cambodia; a 'police officer' follows up; runners collect cash at the door or a mule takes it."""
    g, scheme = "G04", "ai_voice_clone_grandson"
    rng = w.rng
    num, imsi, _ = scattered_sellers(w, 8, g, scheme)
    phones = w.imeis(8, "smart")
    days = [np.arange(1, w.days)] * 8
    cities = ["Hefei", "Wuhu", "Luan", "Huainan", "Chuzhou", "Maanshan"]
    tl = targets(w, 900, age_w=(0, 0, 0.1, 1), cities=cities, ext_frac=0.1)
    r = campaign(w, num, imsi, days, 6, MORNING, tl[0], tl[1], imei_fn=lambda s, t: phones[s], cell_fn=None,
                 ans_person=(0.5, 0.5, 0.6, 0.72), ans_ext=0.5, engage=(0, 0, 0.06, 0.15), short=(3.6, 0.7),
                 long=(5.6, 0.4), roam="KH")
    daily_life(w, num, imsi, phones, np.array([-1]), np.arange(w.days), data=4, moves=1, night_off=0.05,
               profile="late", roam="KH")
    label_cards(w, num, "fraud_caller", g, scheme, r["first"])
    ep, et, es = r["eng_p"], r["eng_t"], r["eng_s"]
    victims_truth(w, ep, g, scheme, r["t"][r["eng_i"]])
    vid = rng.random(len(ep)) < 0.3
    tvv = et[vid] + rng.integers(300, 1800, vid.sum())
    dial(w, tvv, num[es[vid]], w.p_num[ep[vid]], ep[vid], imei=phones[es[vid]], imsi=imsi[es[vid]], ans_p=0.9,
         dur_mu=3.8, dur_sd=0.3, roam="KH", media="video")
    officer = (es + 1) % 8
    to = et + rng.integers(600, 3 * HOUR, len(ep))
    dial(w, to, num[officer], w.p_num[ep], ep, imei=phones[officer], imsi=imsi[officer], ans_p=0.9, dur_mu=6.2,
         dur_sd=0.4, roam="KH")
    # runners: two local gang members
    rid = w.new_ids(2)
    ropen = w.t0 - rng.integers(20, 90, 2) * DAY
    rnum, rimsi = new_cards(w, 2, rid, ropen, channel="WT-HF-031", region="Hefei")
    rimei = w.imeis(2, "smart")
    daily_life(w, rnum, rimsi, rimei, w.area_cells["HF_urban"], np.arange(w.days), data=3, moves=1.5)
    w.truth("msisdn", rnum, "gang_member", g, scheme, w.t0)
    u = rng.random(len(ep))
    cash = u < 0.5
    trf = (u >= 0.5) & (u < 0.8)
    tp = to + rng.integers(HOUR, 5 * HOUR, len(ep))
    tp = np.minimum(tp, w.t_end - 3600)
    ci = np.flatnonzero(cash)
    rr = rng.integers(0, 2, len(ci))
    hc = w.p_home[ep[ci]]
    dev(w, tp[ci] - 600, rnum[rr], rimsi[rr], rimei[rr], hc, "location_update")
    dev(w, tp[ci], w.p_num[ep[ci]], w.p_imsi[ep[ci]], w.p_imei[ep[ci]], hc, "location_update")
    dial(w, tp[ci] - 1200, rnum[rr], num[es[ci]], None, imei=rimei[rr], imsi=rimsi[rr], ccell=hc, ans_p=1.0,
         dur_mu=4.0, dur_sd=0.3)
    amt = np.round(rng.uniform(2, 8, len(ci)) * 10000, -3)
    w.T["truth_events"].add(victim=w.p_num[ep[ci]], time=tp[ci], amount=amt, to_account=-1)
    rep = rng.random(len(ci)) < 0.5
    rt = tp[ci][rep] + rng.integers(6 * HOUR, 3 * DAY, rep.sum())
    ok = rt < w.t_end
    w.report(rt[ok], "msisdn", num[es[ci]][rep][ok], "fraud", "acquaintance", amt[rep][ok], "police")
    ti = np.flatnonzero(trf)
    pay(w, g, scheme, ep[ti], tp[ti], np.round(rng.uniform(1, 5, len(ti)) * 10000, -2), w.mules,
        channel_p=(0.6, 0.0, 0.4), fraud_type="acquaintance", report_p=0.5,
        report_entities=("msisdn", num[es[ti]]), launder_to=w.launder_chain)


def g10_pig_butchering(w: World):
    """Romance-investment (杀猪盘): met on WeChat, coached into a fake brokerage site and app, shown small
    'profits' withdrawn back, then bigger deposits. Few telecom traces beyond the site, the app and a call."""
    g, scheme = "G10", "pig_butchering_brokerage"
    rng = w.rng
    num, imsi, _ = scattered_sellers(w, 4, g, scheme, aged=True)
    phones = w.imeis(4, "smart")
    cells = w.area_cells["hf_binhu"][2:4]
    daily_life(w, num, imsi, phones, cells, np.arange(w.days), data=8, moves=0.3, night_off=0.1, profile="late")
    for plat in ("wechat", "douyin", "qq"):
        inet_accounts(w, num, w.t0 - rng.integers(20, 90, 4) * DAY, plat)
    inet_accounts(w, num[:2], w.day_start(rng.integers(1, 5, 2)) + 22 * HOUR, "wechat")
    label_cards(w, num, "gang_member", g, scheme, w.t0)
    vic = choose_persons(w, 16, age_w=(0, 0.6, 1, 0.2), cities=["Hefei", "Wuhu", "Bengbu"], need_acct=True,
                         smart=True, mark=1)
    v0 = rng.integers(0, max(w.days - 5, 1), len(vic))
    host, mhost = "hx-zqvip.com", "m.hx-zqvip.com"
    ip1 = ip_of(host, 0, True)
    for i, p in enumerate(vic.tolist()):
        dd = np.arange(v0[i], w.days)
        k = rng.integers(2, 7, len(dd))
        tt = w.at(np.repeat(dd, k), PROFILES["evening"])
        web(w, tt, w.p_num[p], mhost, "https://m.hx-zqvip.com/trade", ip1, app="com.hxzq.vip")
        app(w, tt + 3, w.p_num[p], "com.hxzq.vip", "use")
        ti = w.day_start(v0[i]) + 21 * HOUR + rng.integers(0, 3600)
        web(w, np.array([ti - 120]), w.p_num[p], host, "https://hx-zqvip.com/dl/hxzq.apk", ip1)
        app(w, np.array([ti]), w.p_num[p], "com.hxzq.vip", "install", "https://hx-zqvip.com/dl/hxzq.apk")
        gm = int(rng.integers(0, 4))
        tc = ti + rng.integers(DAY, 2 * DAY)
        dial(w, np.array([tc]), num[gm], w.p_num[p], np.array([p]), imei=phones[gm], imsi=imsi[gm], ccell=cells[0],
             ans_p=0.95, dur_mu=6.0, dur_sd=0.4)
        # deposits, a small 'withdrawal', then more
        acc = ensure_account(w, p)[0]
        mule = w.mules[rng.integers(0, len(w.mules), 4)]
        times = ti + np.array([3600, 2 * DAY, 3 * DAY + 3600, 4 * DAY + 7200])
        amts = np.array([rng.uniform(3, 10) * 1000, rng.uniform(30, 80) * 1000, rng.uniform(50, 200) * 1000,
                         rng.uniform(50, 150) * 1000]).round(-2)
        pay(w, g, scheme, np.full(4, p), times, amts, mule, channel_p=(1.0, 0.0, 0.0), fraud_type="investment",
            report_p=0.15, report_entities=("domain", [host] * 4), launder_to=w.launder_chain)
        tw = ti + DAY + rng.integers(0, 6 * HOUR)
        if tw < w.t_end:
            xfer(w, np.array([tw]), mule[0], acc, np.array([round(rng.uniform(500, 1500), 2)]), "third_party", 0)
    victims_truth(w, vic, g, scheme, w.day_start(v0))
    w.truth("domain", [host, mhost], "fraud_domain", g, scheme, w.t0)
    w.truth("ip", [ip1], "fraud_ip", g, scheme, w.t0)
    w.truth("app", ["com.hxzq.vip"], "fraud_app", g, scheme, w.t0)


def g13_brushing(w: World):
    """Part-time 'like and follow' tasks (刷单): recruiting texts to students and young mothers, a task site,
    small commissions paid first, then ever larger 'task deposits'. Platform accounts are mass-registered on
    fresh sold cards."""
    g, scheme = "G13", "brushing_part_time_tasks"
    rng = w.rng
    num, imsi, _ = scattered_sellers(w, 11, g, scheme)
    phones = w.imeis(11, "smart")
    cells = w.area_cells["hf_yaohai"][2:5]
    snd = np.arange(6)
    tpl = "【兼职】招聘手机点赞员，在家即可做，日结200-800元，学生宝妈优先，详询 http://dz-renwu.com/{s}"
    dd = np.repeat(np.arange(1, w.days - 1), 6)
    s = np.tile(snd, w.days - 2)
    k = rng.poisson(90, len(s))
    s, dd = np.repeat(s, k), np.repeat(dd, k)
    t = w.at(dd, PROFILES["day"])
    recv, rp = targets(w, len(t), age_w=(1, 0.9, 0.3, 0), ext_frac=0.3)
    sub = rng.integers(0, 36**6, len(t))
    sms(w, t, num[s], recv, tpl, sub, imei=phones[s], cell=cells[rng.integers(0, 3, len(t))])
    for i in range(11):
        daily_life(w, num[i], imsi[i], phones[i], cells, np.arange(1, w.days), data=3, moves=0.2, night_off=0.2)
    label_cards(w, num[snd], "fraud_sms_sender", g, scheme, first_times(s, t, 11)[snd])
    # mass registration: five more fresh cards each get three platform accounts within minutes
    reg = w.day_start(rng.integers(1, 4, 5)) + 14 * HOUR
    for plat in ("qq", "wechat", "douyin"):
        inet_accounts(w, num[6:], reg + rng.integers(0, 900, 5), plat)
        inet_accounts(w, num[:6], w.t0 - rng.integers(3, 20, 6) * DAY, plat)
    label_cards(w, num[6:], "gang_member", g, scheme, reg)
    person = (rp >= 0) & w.p_smart[np.maximum(rp, 0)] & (w.p_role[np.maximum(rp, 0)] != 3)
    ci = np.flatnonzero(person & (rng.random(len(t)) < 0.022))
    ci = ci[np.unique(rp[ci], return_index=True)[1]]
    vp, tc = rp[ci], t[ci] + rng.integers(60, 6 * HOUR, len(ci))
    ip1 = ip_of("dz-renwu.com", 0, False)
    for i, p in enumerate(vp.tolist()):
        kk = int(rng.integers(3, 10))
        tt = tc[i] + np.sort(rng.integers(0, 3 * DAY, kk))
        tt = tt[tt < w.t_end]
        web(w, tt, w.p_num[p], "dz-renwu.com", ["http://dz-renwu.com/task/{n}"] * len(tt), ip1,
            url_n=rng.integers(0, 10**6, len(tt)))
    victims_truth(w, vp, g, scheme, tc)
    mentor = rng.integers(6, 8, len(vp))
    tm = tc + rng.integers(HOUR, 8 * HOUR, len(vp))
    dial(w, tm, num[mentor], w.p_num[vp], vp, imei=phones[mentor], imsi=imsi[mentor],
         ccell=cells[rng.integers(0, 3, len(vp))], ans_p=0.8, dur_mu=5.0, dur_sd=0.5)
    label_cards(w, num[6:8], "fraud_caller", g, scheme, w.t0)
    has = w.p_acct[vp] >= 0
    for p, t1 in zip(vp[has].tolist(), tm[has].tolist(), strict=True):
        m = w.mules[rng.integers(0, len(w.mules), 2)]
        ok = t1 + np.array([1800, 5400]) < w.t_end
        xfer(w, (t1 + np.array([1800, 5400]))[ok], m[ok], w.p_acct[p], rng.uniform(12, 60, 2)[ok].round(2),
             "third_party", 0)
    payer = rng.random(len(vp)) < 0.6
    k = rng.integers(1, 5, payer.sum())
    pp = np.repeat(vp[payer], k)
    step = np.concatenate([np.arange(x) for x in k])
    tt = np.repeat(tm[payer], k) + 3 * HOUR + step * rng.integers(3 * HOUR, 18 * HOUR, len(pp))
    amt = np.round(np.array([300, 800, 3000, 8000])[step] * rng.uniform(0.8, 1.3, len(pp)), 0)
    pay(w, g, scheme, pp, tt, amt, w.mules, channel_p=(0.5, 0.5, 0.0), fraud_type="part_time_job", report_p=0.3,
        report_entities=("domain", ["dz-renwu.com"] * len(pp)), launder_to=w.launder_chain)
    w.truth("domain", ["dz-renwu.com"], "fraud_domain", g, scheme, w.t0)
    w.truth("ip", [ip1], "fraud_ip", g, scheme, w.t0)


def g14_cemetery_plots(w: World):
    """A shell 'cemetery investment' company's VoIP lines cold-call old people: 'plots will triple in value,
    we buy them back' (墓地投资回购); deposits go to the company's and mules' accounts."""
    g, scheme = "G14", "cemetery_plot_investment"
    rng = w.rng
    shell = w.new_ids(1)
    n = 12
    opened = w.t0 - rng.integers(20, 50, n) * DAY + rng.integers(9 * HOUR, 17 * HOUR, n)
    lines = np.concatenate([w.numbers(10, "fixed", 551), w.numbers(2, "fixed", 553)])
    w.add_subs(lines, np.repeat(shell, n), opened, id_type="business_license", customer_type="enterprise",
               line_type="voip", channel="WT-ENT-HF", region="Hefei", prepaid=False)
    days = [np.array([d for d in range(1, w.days) if w.workday[d] or rng.random() < 0.4]) for _ in range(n)]
    tl = targets(w, 9000, age_w=(0, 0, 0.25, 1), ext_frac=0.45)
    r = campaign(w, lines, None, days, 80, PROFILES["business"], tl[0], tl[1], imei_fn=None, cell_fn=None,
                 ans_person=(0.4, 0.4, 0.42, 0.48), ans_ext=0.4, engage=(0, 0, 0.01, 0.025), short=(2.8, 0.9),
                 long=(6.7, 0.5), ctype="voip", gateway="SIP-HF-YF01")
    w.truth("msisdn", lines, "fixed_voip_line", g, scheme, r["first"])
    w.fraud_lines = {"G14": lines}
    comp = w.add_accounts(np.repeat(shell, 2), "Huishang Bank", opened[:2], 0)
    w.truth_accounts(comp, "mule_account", g, scheme, w.t0)
    ep, et = r["eng_p"], r["eng_t"]
    victims_truth(w, ep, g, scheme, r["t"][r["eng_i"]])
    t2 = et + rng.integers(DAY // 2, 2 * DAY, len(ep))
    ln = rng.integers(0, n, len(ep))
    dial(w, t2, lines[ln], w.p_num[ep], ep, ans_p=0.9, dur_mu=6.8, dur_sd=0.4, ctype="voip", gateway="SIP-HF-YF01")
    payer = rng.random(len(ep)) < 0.45
    pp = ep[payer]
    tt = t2[payer] + rng.integers(2 * HOUR, DAY, len(pp))
    amt = np.round(rng.uniform(2, 10, len(pp)) * 10000, -3)
    dest = np.concatenate([comp, w.mules[:6]])
    pay(w, g, scheme, pp, tt, amt, dest, channel_p=(0.2, 0.0, 0.8), fraud_type="investment", report_p=0.2,
        report_entities=("msisdn", lines[ln[payer]]))


def g03_tea_livestream(w: World):
    """Fake Douyin tea shops 'live from Huangshan': pre-Qingming Maofeng and Guapian pre-sale deposits paid on a
    look-alike shop page, then 'insured shipping' and 'customs' top-ups demanded by phone. Careful and small."""
    g, scheme = "G03", "fake_tea_livestream_deposit"
    rng = w.rng
    num, imsi, _ = scattered_sellers(w, 5, g, scheme)
    phones = w.imeis(5, "smart")
    cells = w.area_cells["hf_shushan"][3:5]
    daily_life(w, num, imsi, phones, cells, np.arange(w.days), data=10, moves=0.3, night_off=0.1, profile="late")
    for plat in ("douyin", "wechat", "kuaishou"):
        inet_accounts(w, num, w.t0 - rng.integers(5, 25, 5) * DAY, plat)
    label_cards(w, num, "fraud_caller", g, scheme, w.t0)
    vic = choose_persons(w, 36, age_w=(0.2, 0.8, 1, 0.4), smart=True, mark=1)
    host = "mingqian-maofeng.shop"
    ip1 = ip_of(host, 0, False)
    tv = w.at(rng.integers(0, w.qingming + 1, len(vic)), PROFILES["evening"])
    web(w, tv, w.p_num[vic], host, ["https://mingqian-maofeng.shop/order/{n}"] * len(vic), ip1,
        url_n=rng.integers(0, 10**6, len(vic)))
    web(w, tv - 600, w.p_num[vic], "www.douyin.com", "https://www.douyin.com/live", ip_of("www.douyin.com", 0),
        app="com.ss.android.ugc.aweme")
    victims_truth(w, vic, g, scheme, tv)
    amt = np.round(rng.uniform(200, 2000, len(vic)), 0)
    pay(w, g, scheme, vic, tv + rng.integers(120, 1200, len(vic)), amt, w.mules, channel_p=(0.3, 0.7, 0.0),
        fraud_type="other", report_p=0.15, report_entities=("domain", [host] * len(vic)), launder_to=w.launder_chain)
    more = vic[rng.random(len(vic)) < 0.45]
    tc = w.at(np.minimum(w.day_of(tv[np.isin(vic, more)]) + rng.integers(1, 4, len(more)), w.days - 1), SHIFT)
    cs = rng.integers(0, 5, len(more))
    dial(w, tc, num[cs], w.p_num[more], more, imei=phones[cs], imsi=imsi[cs], ccell=cells[rng.integers(0, 2, len(more))],
         ans_p=0.85, dur_mu=5.3, dur_sd=0.4)
    pay(w, g, scheme, more, tc + rng.integers(900, 5 * HOUR, len(more)), np.round(rng.uniform(1000, 5000, len(more)), 0),
        w.mules, channel_p=(0.4, 0.6, 0.0), fraud_type="other", report_p=0.2,
        report_entities=("msisdn", num[cs]), launder_to=w.launder_chain)
    w.truth("domain", [host], "fraud_domain", g, scheme, w.t0)


def generate(w: World) -> None:
    g12_card_buyers(w)
    g11_mule_ring(w)
    g05_goip_den(w)
    g06_careful_simbox(w)
    g01_grave_relocation(w)
    g02_pension_sms(w)
    g07_travel_refund(w)
    g08_loan_app(w)
    g09_fake_police(w)
    g04_ai_grandson(w)
    g10_pig_butchering(w)
    g13_brushing(w)
    g14_cemetery_plots(w)
    g03_tea_livestream(w)
