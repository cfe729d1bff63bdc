"""Innocent people and organisations whose traffic resembles fraud, each labelled lookalike:<kind> in truth.

A few templates (bulk callers, bulk senders, cards in batches, shared handsets, new cards, international
traffic, money hubs, victim-like payers, web and apps) are instantiated by the KINDS table at the bottom."""

from __future__ import annotations

import numpy as np
from acts import (
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
    sms,
    targets,
    web,
    xfer,
)
from base import PROFILES, inet_accounts, ip_of
from province import CITIES, loc
from world import DAY, HOUR, World


def lab(w, kind, entity_type, ents, first=None):
    w.truth(entity_type, ents, f"lookalike:{kind}", None, kind, first)


def days_of(w: World, spec) -> np.ndarray:
    D = np.arange(w.days)
    if isinstance(spec, tuple):
        return np.arange(max(spec[0], 0), min(spec[1], w.days))
    q = w.qingming
    return {"all": D, "work": D[w.workday], "pre": D[q >= D], "holiday": D[(q - 1 <= D) & (q + 4 >= D)],
            "post": D[q <= D], "qm": D[(q - 2 <= D) & (q + 2 >= D)]}[spec]


def owners(w: World, n, p):
    """Who runs the lines: residents' own phones, new personal cards, or an enterprise's lines."""
    rng = w.rng
    own = p.get("owner", "resident")
    out = {"p": np.full(n, -1)}
    if own == "resident":
        pp = choose_persons(w, n, p.get("age_w", (0, 1, 1, 0.3)), cities=p.get("cities"), areas=p.get("areas"),
                            need_acct=p.get("need_acct", False), mark=2)
        out.update(p=pp, num=w.p_num[pp], imsi=w.p_imsi[pp], imei=w.p_imei[pp], acct=w.p_acct[pp],
                   first=np.full(len(pp), w.t0))
        return out
    lo, hi = p.get("card_days", (200, 3000))
    opened = w.t0 - rng.integers(lo, hi, n) * DAY + rng.integers(9 * HOUR, 18 * HOUR, n)
    area = p.get("cell_areas", ["HF_urban"])[0]
    city = CITIES[w.area_city[area]]
    line = p.get("line", "mobile")
    if own == "enterprise":
        ids = np.repeat(w.new_ids(1), n)
        kw = dict(id_type="business_license", customer_type="enterprise", prepaid=False)
    else:
        ids = w.new_ids(n)
        kw = dict(prepaid=rng.random(n) < 0.6)
    kind = {"mobile": "our", "virtual": "virtual", "fixed": "fixed", "voip": "fixed", "iot": "iot"}[line]
    num, imsi = new_cards(w, n, ids, opened, channel=p.get("channel", f"WT-{city[1]}-0{rng.integers(10, 40)}"),
                          open_cell=here(w, area), region=city[0], kind=kind, area_code=p.get("area_code", city[2]),
                          line_type={"virtual": "mobile"}.get(line, line), **kw)
    imei = w.imeis(n, "smart") if line == "mobile" else np.zeros(n, dtype=np.int64)
    if line == "iot":
        imei = w.imeis(n, "iot")
    out.update(num=num, imsi=imsi, imei=imei, ids=ids, opened=opened, first=np.maximum(opened, w.t0))
    out["acct"] = np.full(n, -1)
    return out


def line_cells(w, p, n):
    areas = p.get("cell_areas", ["HF_urban"])
    pool = np.concatenate([w.area_cells[a] for a in areas])
    if p.get("moving"):
        return [pool] * n
    return [pool[w.rng.integers(0, len(pool), 1)] for _ in range(n)]


def bulk_caller(w: World, kind: str, n: int, **p):
    """Many outbound calls to customers and strangers, with the callbacks, inbound calls, texts and payments
    a real business gets."""
    rng = w.rng
    o = owners(w, n, p)
    n = len(o["num"])
    line = p.get("line", "mobile")
    resident = o["p"][0] >= 0 if n else False
    cells = line_cells(w, p, n)
    days = days_of(w, p.get("days", "all"))
    lo, hi = p.get("rate", (30, 80))
    rate = rng.uniform(lo, hi, n)
    prof = PROFILES[p.get("profile", "business")] if p.get("profile") != "shift" else SHIFT
    ctype = {"fixed": "fixed", "voip": "voip"}.get(line)
    gw = p.get("gateway")
    for i in range(n):
        k = rng.poisson(rate[i], len(days))
        d = np.repeat(days, k)
        t = np.sort(w.at(d, prof))
        m = len(t)
        if m == 0:
            continue
        # customers (a base that repeats) and strangers
        cn, cp = targets(w, p.get("cust", 200), p.get("cust_age", (1, 1, 1, 1)), p.get("cust_cities"),
                         p.get("cust_ext", 0.5), "pool" if p.get("cust_pool") else "other")
        stranger = rng.random(m) < p.get("stranger", 0.3)
        sn, sp = targets(w, int(stranger.sum()), p.get("str_age", (1, 1, 1, 1)), p.get("str_cities"),
                         p.get("str_ext", 0.5))
        ci = np.minimum((len(cn) * rng.random(m) ** 1.6).astype(np.int64), len(cn) - 1)
        callee, cpp = cn[ci].copy(), cp[ci].copy()
        si = np.flatnonzero(stranger)[: len(sn)]
        callee[si], cpp[si] = sn[: len(si)], sp[: len(si)]
        if resident:
            pp = np.full(m, o["p"][i])
            ccell = cells_for(w, cells, np.full(m, i)) if p.get("moving") else loc(w, pp, t)
        else:
            ccell = cells_for(w, cells, np.full(m, i)) if line in ("mobile", "iot") else -1
        imei = o["imei"][i] if line == "mobile" else 0
        imsi = o["imsi"][i] if line == "mobile" else 0
        ans, dur = dial(w, t, o["num"][i], callee, cpp, imei=imei, imsi=imsi, ccell=ccell, ans_p=p.get("ans", 0.7),
                        dur_mu=p.get("dur", (4.0, 0.9))[0], dur_sd=p.get("dur", (4.0, 0.9))[1], ctype=ctype,
                        gateway=gw, media=np.where(rng.random(m) < p.get("video", 0), "video", "voice"))
        # customers and strangers ring back; regulars call in
        cb = np.flatnonzero(rng.random(m) < p.get("callback", 0.15))
        k_in = rng.poisson(p.get("inbound", 5), len(days))
        ii = rng.integers(0, len(cn), int(k_in.sum()))
        src_n = np.concatenate([callee[cb], cn[ii]])
        src_p = np.concatenate([cpp[cb], cp[ii]])
        tin = np.concatenate([t[cb] + rng.integers(300, 8 * HOUR, len(cb)), w.at(np.repeat(days, k_in), prof)])
        keep = tin < w.t_end
        src_n, src_p, tin = src_n[keep], src_p[keep], tin[keep]
        ins = src_p >= 0
        dcell = -1 if line != "mobile" else (loc(w, np.full(len(tin), o["p"][i]), tin) if resident else
                                              cells_for(w, cells, np.full(len(tin), i)))
        sp_ = np.maximum(src_p, 0)
        dial(w, tin, src_n, o["num"][i], None, imei=np.where(ins, w.p_imei[sp_], 0),
             imsi=np.where(ins, w.p_imsi[sp_], 0), ccell=np.where(ins, loc(w, sp_, tin), -1), ans_p=0.85,
             dur_mu=p.get("dur", (4.0, 0.9))[0], dur_sd=0.8, dcell=np.broadcast_to(dcell, (len(tin),)).copy(),
             ctype=ctype)
        if p.get("sms"):
            rate_s, texts = p["sms"]
            ks = rng.poisson(rate_s, len(days))
            ts = w.at(np.repeat(days, ks), PROFILES["day"])
            ri = rng.integers(0, len(cn), len(ts))
            sms(w, ts, o["num"][i], cn[ri], np.array(texts)[rng.integers(0, len(texts), len(ts))],
                rng.integers(0, 10**6, len(ts)), imei=imei, cell=-1 if line != "mobile" else cells_for(
                    w, cells, np.full(len(ts), i)) if not resident else loc(w, np.full(len(ts), o["p"][i]), ts))
        if p.get("money_in") or p.get("money_out"):
            if o["acct"][i] < 0:
                idk = w.p_id[o["p"][i]] if resident else o["ids"][i]
                o["acct"][i] = w.add_accounts(np.array([idk]), "Huishang Bank", w.t0 - 400 * DAY, o["num"][i])[0]
            money(w, o["acct"][i], cn, cp, days, p.get("money_in"), p.get("money_out"))
        if not resident and line == "mobile":
            daily_life(w, o["num"][i], o["imsi"][i], o["imei"][i], cells[i], days, data=p.get("data", 2),
                       moves=2 if p.get("moving") else 0.5, night_off=0.1)
        elif resident and p.get("moving"):
            tm = w.at(np.repeat(days, 8), PROFILES["day"])
            dev(w, tm, o["num"][i], o["imsi"][i], o["imei"][i], cells_for(w, cells, np.full(len(tm), i)),
                "location_update")
    for plat in p.get("inet", []):
        inet_accounts(w, o["num"], o.get("opened", np.full(n, w.t0 - 300 * DAY)) + rng.integers(600, 7200, n), plat)
    lab(w, kind, "msisdn", o["num"], o["first"])
    if p.get("label_acct") and (o["acct"] >= 0).any():
        w.truth_accounts(o["acct"][o["acct"] >= 0], f"lookalike:{kind}", None, kind)
    w.la[kind] = o
    return o


def money(w: World, acct, cn, cp, days, m_in, m_out):
    """Payments in from (and out to) a customer list: persons pay from their own accounts, outsiders from
    accounts the partner banks do not report."""
    rng = w.rng
    for spec, inbound in ((m_in, True), (m_out, False)):
        if not spec:
            continue
        rate, mu, sd = spec
        k = rng.poisson(rate, len(days))
        t = w.at(np.repeat(days, k), PROFILES["day"])
        m = len(t)
        ci = rng.integers(0, len(cn), m)
        pp = cp[ci]
        inside = (pp >= 0) & (w.p_acct[np.maximum(pp, 0)] >= 0)
        other = ensure_account(w, np.maximum(pp, 0))
        other = np.where(inside, other, w.new_account_ids(m) if m else other)
        amt = np.round(np.clip(rng.lognormal(mu, sd, m), 5, 500000), 0)
        init = np.where(inside & inbound, w.p_num[np.maximum(pp, 0)], 0)
        ch = np.where(rng.random(m) < 0.5, "third_party", "mobile_app")
        if inbound:
            xfer(w, t, other, acct, amt, ch, init)
        else:
            xfer(w, t, acct, other, amt, ch, 0)


def bulk_sms(w: World, kind: str, n: int, **p):
    """Many texts from one sender to a list; some receivers open the (real) link."""
    rng = w.rng
    if p.get("service"):
        nums = np.array(p["service"][:n], dtype=np.int64)
        o = {"num": nums, "p": np.full(len(nums), -1), "imei": np.zeros(len(nums), np.int64),
             "first": np.full(len(nums), w.t0)}
    else:
        o = owners(w, n, p)
    n = len(o["num"])
    days = days_of(w, p.get("days", "all"))
    texts = p["texts"]
    codes = w.T["sms"].codes("content", texts)
    for i in range(n):
        rn, rp = targets(w, p.get("recv", 300), p.get("recv_age", (1, 1, 1, 1)), p.get("recv_cities"),
                         p.get("recv_ext", 0.3), "pool")
        if p.get("recv_areas"):
            rp = choose_persons(w, p.get("recv", 300), p.get("recv_age", (1, 1, 1, 1)), areas=p["recv_areas"],
                                free_only=False)
            rn = w.p_num[rp]
        lo, hi = p.get("rate", (50, 150))
        k = rng.poisson(rng.uniform(lo, hi), len(days))
        t = w.at(np.repeat(days, k), PROFILES[p.get("profile", "day")])
        if p.get("broadcast"):  # everyone on the list on one or two days
            bd = rng.choice(days, min(2, len(days)), replace=False)
            t = np.concatenate([w.day_start(x) + 9 * HOUR + rng.integers(0, 3 * HOUR, len(rn)) for x in bd])
            ri = np.tile(np.arange(len(rn)), len(bd))
        else:
            ri = rng.integers(0, len(rn), len(t))
        resident = o["p"][i] >= 0
        cell = loc(w, np.full(len(t), o["p"][i]), t) if resident else -1
        sms(w, t, o["num"][i], rn[ri], codes[rng.integers(0, len(codes), len(t))], rng.integers(0, 10**6, len(t)),
            imei=o["imei"][i], cell=cell)
        if p.get("link"):
            dom, click = p["link"]
            rpp = rp[ri]
            c = np.flatnonzero((rpp >= 0) & w.p_smart[np.maximum(rpp, 0)] & (rng.random(len(t)) < click))
            tc = t[c] + rng.integers(60, 4 * HOUR, len(c))
            keep = tc < w.t_end
            web(w, tc[keep], w.p_num[rpp[c][keep]], dom, f"https://{dom}/", ip_of(dom, 0))
            if p.get("install"):
                pk, src, q = p["install"]
                ii = c[keep][rng.random(keep.sum()) < q]
                app(w, t[ii] + 3 * HOUR, w.p_num[rpp[ii]], pk, "install", src)
    lab(w, kind, "msisdn", o["num"], o["first"])
    w.la[kind] = o
    return o


def card_batch(w: World, kind: str, n: int, **p):
    """One holder (a contractor, a company) with a batch of cards opened together, used by others."""
    rng = w.rng
    mode = p["mode"]
    area = p.get("area", "HF_urban")
    city = CITIES[w.area_city[area]]
    if p.get("holder") == "resident":
        h = choose_persons(w, 1, p.get("age_w", (0, 1, 1, 0)), areas=p.get("holder_areas"), mark=2)
        hid = w.p_id[h]
        id_type, ctype = "resident_id", "personal"
    else:
        hid = w.new_ids(1)
        id_type, ctype = "business_license", "enterprise"
    lo, hi = p.get("open_days", (-3, 30))  # days before the start (negative: in the week)
    base_t = w.t0 - int(rng.integers(lo, hi)) * DAY + int(rng.integers(9 * HOUR, 16 * HOUR))
    opened = base_t + np.arange(n) * rng.integers(60, 400)
    line = p.get("line", "mobile")
    num, imsi = new_cards(w, n, np.repeat(hid, n), opened, channel=p.get("channel", f"WT-{city[1]}-021"),
                          open_cell=here(w, area), region=city[0], kind="iot" if line == "iot" else "our",
                          line_type=line, customer_type=ctype, id_type=id_type, prepaid=False)
    imei = w.imeis(n, "iot" if line == "iot" else p.get("tac", "smart"))
    start = np.maximum(opened, w.t0)
    dd = [np.arange(max(w.day_of(s), 0), w.days) for s in start.tolist()]
    cells_pool = np.concatenate([w.area_cells[a] for a in p.get("cell_areas", [area])])
    own_cell = cells_pool[rng.integers(0, len(cells_pool), n)]
    for i in range(n):
        if mode == "data_only":
            k = rng.poisson(p.get("sessions", 6), len(dd[i]))
            t = w.at(np.repeat(dd[i], k), PROFILES["flat"])
            c = cells_pool[rng.integers(0, len(cells_pool), len(t))] if p.get("moving") else own_cell[i]
            dev(w, t, num[i], imsi[i], imei[i], c, "data_session", byt=rng.lognormal(p.get("bytes", 8), 0.6,
                                                                                      len(t)).astype(np.int64))
            if p.get("heartbeat_call"):
                tc = w.at(np.repeat(dd[i], rng.poisson(p["heartbeat_call"], len(dd[i]))), PROFILES["flat"])
                dial(w, tc, num[i], p["center"], None, imei=imei[i], imsi=imsi[i], ccell=own_cell[i], ans_p=0.98,
                     dur_mu=2.3, dur_sd=0.2)
        elif mode == "silent":
            t = w.day_start(dd[i]) + rng.integers(0, DAY, len(dd[i]))
            dev(w, t, num[i], imsi[i], imei[i], own_cell[i], "attach")
        elif mode == "users":
            # each card is someone's phone: calls home, a little data
            home = w.numbers(int(rng.integers(3, 8)), "other")
            k = rng.poisson(p.get("calls", 4), len(dd[i]))
            t = w.at(np.repeat(dd[i], k), PROFILES["evening"])
            dial(w, t, num[i], home[rng.integers(0, len(home), len(t))], None, imei=imei[i], imsi=imsi[i],
                 ccell=cells_pool[rng.integers(0, len(cells_pool), len(t))], ans_p=0.85, dur_mu=4.8)
            daily_life(w, num[i], imsi[i], imei[i], cells_pool, dd[i], data=2.5, moves=1, night_off=0.1)
        elif mode == "watch":
            parents = choose_persons(w, 2, (0, 1, 1, 0), cities=[city[0]], free_only=False)
            k = rng.poisson(3, len(dd[i]))
            t = w.at(np.repeat(dd[i], k), PROFILES["day"])
            dial(w, t, num[i], w.p_num[parents[rng.integers(0, 2, len(t))]], None, imei=imei[i], imsi=imsi[i],
                 ccell=cells_pool[rng.integers(0, len(cells_pool), len(t))], ans_p=0.9, dur_mu=3.5)
            daily_life(w, num[i], imsi[i], imei[i], cells_pool, dd[i], data=8, moves=3, night_off=0.0)
    first = np.maximum(opened, w.t0)
    label_n = p.get("label_n", n)
    lab(w, kind, "msisdn", num[:label_n], first[:label_n])
    if p.get("label_id"):
        w.truth_ids(hid, f"lookalike:{kind}", None, kind)
    w.la[kind] = {"num": num, "imsi": imsi, "imei": imei}


def shared_handset(w: World, kind: str, n: int, **p):
    """One handset IMEI seen with many cards: repair-shop test phones, store activation phones, family phones,
    single-slot card swappers, failover IoT gateways."""
    rng = w.rng
    mode = p["mode"]
    areas = p.get("areas", ["HF_urban"])
    for _ in range(n):
        cell = here(w, areas[int(rng.integers(0, len(areas)))])
        imei = w.imeis(1, p.get("tac", "smart"))[0]
        if mode == "repair":
            # customers' own cards are put in the shop's test phone for a few minutes
            cust = choose_persons(w, int(rng.integers(25, 60)), (0.5, 1, 1, 0.6), cities=[CITIES[w.cell_city[cell]][0]],
                                  free_only=False)
            t = w.at(rng.integers(0, w.days, len(cust)), PROFILES["business"])
            dev(w, t, w.p_num[cust], w.p_imsi[cust], imei, cell, "power_on")
            tc = t + rng.integers(60, 400, len(cust))
            test = rng.random(len(cust)) < 0.5
            dial(w, tc[test], w.p_num[cust[test]], 8610077, None, imei=imei, imsi=w.p_imsi[cust[test]], ccell=cell,
                 ans_p=1.0, dur_mu=2.5, dur_sd=0.3)
            dev(w, tc + 300, w.p_num[cust], w.p_imsi[cust], imei, cell, "power_off")
            own = choose_persons(w, 1, (0, 1, 1, 0), cities=[CITIES[w.cell_city[cell]][0]], mark=2)
            lab(w, kind, "msisdn", w.p_num[own])
        elif mode == "store":
            # a store clerk's phone activates new customers' cards, which then go into the customers' phones
            cust = choose_persons(w, int(rng.integers(8, 18)), (0.6, 1, 0.8, 0.4), cities=[CITIES[w.cell_city[cell]][0]])
            ot = w.at(rng.integers(0, w.days - 1, len(cust)), PROFILES["business"])
            city = CITIES[w.cell_city[cell]]
            num, imsi = new_cards(w, len(cust), w.p_id[cust], ot, channel=f"WT-{city[1]}-0{int(rng.integers(10, 40))}",
                                  open_cell=cell, region=city[0])
            dev(w, ot + 120, num, imsi, imei, cell, "power_on")
            dial(w, ot + 200, num, 8610077, None, imei=imei, imsi=imsi, ccell=cell, ans_p=1.0, dur_mu=2.3, dur_sd=0.2)
            dev(w, ot + 400, num, imsi, imei, cell, "power_off")
            later = ot + rng.integers(HOUR, 5 * HOUR, len(cust))
            dev(w, later, num, imsi, w.p_imei[cust], w.p_home[cust], "power_on")
            for j in range(len(cust)):
                dd = np.arange(w.day_of(later[j]) + 1, w.days)
                if len(dd):
                    k = rng.poisson(2, len(dd))
                    t = w.at(np.repeat(dd, k), PROFILES["normal"])
                    e = w.g_start[cust[j]] + rng.integers(0, max(w.g_end[cust[j]] - w.g_start[cust[j]], 1), len(t))
                    dial(w, t, num[j], w.g_num[e], w.g_p[e], imei=w.p_imei[cust[j]], imsi=imsi[j],
                         ccell=loc(w, np.full(len(t), cust[j]), t), ans_p=0.85, dur_mu=4.0)
            lab(w, kind, "msisdn", num[:1])
        elif mode == "family":
            # grandchildren home for Qingming put their cards in grandma's spare phone
            kids = choose_persons(w, int(rng.integers(2, 4)), (1, 1, 0, 0), free_only=False)
            for j, k in enumerate(kids.tolist()):
                t = w.day_start(w.qingming - 1 + j) + rng.integers(9 * HOUR, 20 * HOUR, 4)
                dev(w, t[:1], w.p_num[k], w.p_imsi[k], imei, cell, "power_on")
                dial(w, t[1:], w.p_num[k], w.ext_pool[rng.integers(0, len(w.ext_pool), 3)], None, imei=imei,
                     imsi=w.p_imsi[k], ccell=cell, ans_p=0.9, dur_mu=4.2)
            lab(w, kind, "msisdn", w.p_num[kids[:1]])
        elif mode == "swapper":
            # one single-slot phone, a work card and a personal card swapped in and out
            who = choose_persons(w, 1, (0, 1, 1, 0), mark=2)[0]
            opened = w.t0 - int(rng.integers(100, 900)) * DAY
            num, imsi = new_cards(w, 1, np.array([w.p_id[who]]), opened, region=w.p_cityname[who])
            imei = w.p_imei[who]
            sw = w.at(np.repeat(np.arange(w.days), 2), PROFILES["day"])
            dev(w, sw, np.where(np.arange(len(sw)) % 2 == 0, num[0], w.p_num[who]),
                np.where(np.arange(len(sw)) % 2 == 0, imsi[0], w.p_imsi[who]), imei, w.p_home[who], "power_on")
            t = w.at(rng.integers(0, w.days, 60), PROFILES["business"])
            cn, cp = targets(w, 60, ext_frac=0.5)
            dial(w, t, num[0], cn, cp, imei=imei, imsi=imsi[0], ccell=loc(w, np.full(60, who), t), ans_p=0.8,
                 dur_mu=4.0)
            lab(w, kind, "msisdn", num)
            lab(w, kind, "imei", [imei])
            continue
        elif mode == "failover":
            h = w.new_ids(1)
            k = int(rng.integers(2, 5))
            num, imsi = new_cards(w, k, np.repeat(h, k), w.t0 - 300 * DAY, kind="iot", line_type="iot",
                                  customer_type="enterprise", id_type="business_license", region="Hefei")
            t = w.at(np.repeat(np.arange(w.days), 24), PROFILES["flat"])
            slot = ((t - w.t0) // (2 * DAY)) % k
            dev(w, t, num[slot], imsi[slot], imei, cell, "data_session", byt=rng.integers(2000, 40000, len(t)))
            lab(w, kind, "msisdn", num[:1])
        lab(w, kind, "imei", [imei])


def new_card_people(w: World, kind: str, n: int, **p):
    """People with a brand-new card who at once call many people: migrants home for Qingming, students,
    seasonal staff, tea pickers; or an old card woken after months asleep."""
    rng = w.rng
    area = p.get("areas", ["FY_rural"])
    hosts = choose_persons(w, n, (0, 0.3, 1, 1), areas=area, free_only=False) if p.get("family") else None
    lo, hi = p.get("open_day", (-10, 4))
    od = rng.integers(lo, hi, n)
    opened = w.day_start(od) + rng.integers(9 * HOUR, 18 * HOUR, n)
    if p.get("sleeping"):
        opened = w.t0 - rng.integers(500, 3000, n) * DAY
    ids = w.p_id[hosts] if (hosts is not None and p.get("sleeping")) else w.new_ids(n)
    pool = np.concatenate([w.area_cells[a] for a in area])
    cell = pool[rng.integers(0, len(pool), n)]
    num, imsi = new_cards(w, n, ids, opened, channel=p.get("channel", "WT-ONLINE"), open_cell=cell,
                          region=w.cell_region[cell[0]].split("-")[0])
    imei = w.imeis(n, "smart")
    for i in range(n):
        a = max(int(w.day_of(max(opened[i], w.t0))), 0)
        if p.get("sleeping"):
            a = w.qingming - 1
        dd = np.arange(a, min(a + p.get("span", w.days), w.days))
        if not len(dd):
            continue
        # contacts: family and friends in the area, people elsewhere (coworkers, home province)
        fam = choose_persons(w, int(rng.integers(5, 25)), (0.4, 1, 1, 1), areas=area, free_only=False)
        ext = w.numbers(int(rng.integers(5, 30)), "other")
        nums = np.concatenate([w.p_num[fam], ext])
        pp = np.concatenate([fam, np.full(len(ext), -1)])
        k = rng.poisson(p.get("calls", 8), len(dd))
        t = w.at(np.repeat(dd, k), PROFILES["evening"])
        ci = rng.integers(0, len(nums), len(t))
        dial(w, t, num[i], nums[ci], pp[ci], imei=imei[i], imsi=imsi[i], ccell=pool[rng.integers(0, len(pool), len(t))],
             ans_p=0.85, dur_mu=4.3)
        fi = np.flatnonzero(pp[ci] >= 0)[: len(t) // 3]
        tb = t[fi] + rng.integers(600, DAY, len(fi))
        ok = tb < w.t_end
        dial(w, tb[ok], w.p_num[pp[ci][fi][ok]], num[i], None, imei=w.p_imei[pp[ci][fi][ok]],
             imsi=w.p_imsi[pp[ci][fi][ok]], ccell=loc(w, pp[ci][fi][ok], tb[ok]), ans_p=0.85, dur_mu=4.3,
             dcell=pool[rng.integers(0, len(pool), ok.sum())])
        daily_life(w, num[i], imsi[i], imei[i], pool, dd, data=p.get("data", 4), moves=1, night_off=0.05)
        if p.get("inet"):
            for j, plat in enumerate(p["inet"]):
                inet_accounts(w, num[i:i + 1], np.array([max(opened[i], w.t0) + 1800 + j * 240]), plat)
    lab(w, kind, "msisdn", num, np.maximum(opened, w.t0))


def handset_change(w: World, kind: str, n: int, **p):
    rng = w.rng
    who = choose_persons(w, n, (0.5, 1, 1, 0.3), smart=True, mark=2)
    new = w.imeis(n, "smart")
    for i, q in enumerate(who.tolist()):
        d = int(rng.integers(2, w.days - 2))
        dd = np.arange(d, w.days)
        t0 = w.day_start(d) + int(rng.integers(10 * HOUR, 20 * HOUR))
        dev(w, np.array([t0]), w.p_num[q], w.p_imsi[q], new[i], w.p_home[q], "power_on")
        k = rng.poisson(3, len(dd))
        t = w.at(np.repeat(dd, k), PROFILES["normal"])
        t = t[t > t0]
        e = w.g_start[q] + rng.integers(0, max(w.g_end[q] - w.g_start[q], 1), len(t))
        dial(w, t, w.p_num[q], w.g_num[e], w.g_p[e], imei=new[i], imsi=w.p_imsi[q], ccell=loc(w, np.full(len(t), q), t),
             ans_p=0.85, dur_mu=4.0)
        daily_life(w, w.p_num[q], w.p_imsi[q], new[i], np.array([w.p_home[q]]), dd, data=2, moves=0.2)
    lab(w, kind, "msisdn", w.p_num[who])


def intl(w: World, kind: str, n: int, **p):
    """International traffic: residents roaming abroad calling home, or old people whose children call from
    abroad over the international trunks."""
    rng = w.rng
    mode = p["mode"]
    cc = p.get("countries", [("JP", 81, 10)])
    if mode == "roaming":
        who = choose_persons(w, n, p.get("age_w", (0, 1, 1, 0)), areas=p.get("areas"), mark=2)
        for q in who.tolist():
            c, _code, _dig = cc[int(rng.integers(0, len(cc)))]
            dd = days_of(w, p.get("days", "all"))
            fam = w.g_num[w.g_start[q]:w.g_end[q]]
            famp = w.g_p[w.g_start[q]:w.g_end[q]]
            k = rng.poisson(p.get("calls", 4), len(dd))
            t = w.at(np.repeat(dd, k), PROFILES["evening"])
            if p.get("buyers"):
                bn, bp = targets(w, p["buyers"], ext_frac=0.7)
                fam, famp = np.concatenate([fam, bn]), np.concatenate([famp, bp])
            ci = rng.integers(0, len(fam), len(t))
            dial(w, t, w.p_num[q], fam[ci], famp[ci], imei=w.p_imei[q], imsi=w.p_imsi[q], roam=c, ans_p=0.85,
                 dur_mu=5.0, media=np.where(rng.random(len(t)) < p.get("video", 0.2), "video", "voice"))
            daily_life(w, w.p_num[q], w.p_imsi[q], w.p_imei[q], np.array([-1]), dd, data=4, moves=1, roam=c)
        lab(w, kind, "msisdn", w.p_num[who])
    else:  # incoming from children abroad
        who = choose_persons(w, n, (0, 0, 0.5, 1), mark=2)
        gws = np.array(["IGW-HK-02", "IGW-SH-01", "IGW-GZ-INTL-07"])
        for q in who.tolist():
            c, code, dig = cc[int(rng.integers(0, len(cc)))]
            kids = w.numbers(int(rng.integers(1, 3)), f"intl:{code}:{dig}")
            dd = days_of(w, "all")
            k = rng.poisson(p.get("calls", 1.2), len(dd))
            k[dd == w.qingming] += 2
            t = w.at(np.repeat(dd, k), PROFILES["evening"])
            dial(w, t, kids[rng.integers(0, len(kids), len(t))], w.p_num[q], np.full(len(t), q), ans_p=0.9,
                 dur_mu=6.5, dur_sd=0.6, ctype="intl_in", gateway=gws[rng.integers(0, 3, len(t))],
                 media=np.where(rng.random(len(t)) < 0.3, "video", "voice"))
            if p.get("money") and w.p_acct[q] >= 0:
                xfer(w, w.day_start(w.qingming - 1) + 10 * HOUR + rng.integers(0, 4 * HOUR, 1),
                     w.new_account_ids(1), w.p_acct[q], rng.uniform(2000, 8000, 1).round(-2), "third_party", 0)
        lab(w, kind, "msisdn", w.p_num[who])


def victim_like(w: World, kind: str, n: int, **p):
    """People whose week looks like a victim's: long calls from strangers, new sites and apps, payments to
    accounts they never paid before - all genuine."""
    rng = w.rng
    mode = p["mode"]
    who = choose_persons(w, n, p.get("age_w", (0, 1, 1, 1)), cities=p.get("cities"), need_acct=True,
                         smart=p.get("smart"), mark=2)
    for q in who.tolist():
        acc = w.p_acct[q]
        d = int(rng.choice(days_of(w, p.get("days", "all"))))
        t0 = w.day_start(d) + int(rng.integers(9 * HOUR, 17 * HOUR))
        if mode == "relatives":
            rel_n, rel_p = targets(w, int(rng.integers(15, 30)), (0.5, 1, 1, 0.5), ext_frac=0.6)
            t = w.day_start(w.qingming + rng.integers(-2, 3, len(rel_n))) + rng.integers(8 * HOUR, 21 * HOUR, len(rel_n))
            ins = rel_p >= 0
            rp = np.maximum(rel_p, 0)
            dial(w, t, rel_n, w.p_num[q], np.full(len(t), q), imei=np.where(ins, w.p_imei[rp], 0),
                 imsi=np.where(ins, w.p_imsi[rp], 0), ccell=np.where(ins, loc(w, rp, t), -1), ans_p=0.9,
                 dur_mu=5.8, dur_sd=0.6, media=np.where(rng.random(len(t)) < 0.15, "video", "voice"))
            k = int(rng.integers(3, 9))
            xfer(w, t[:k] + 600, w.new_account_ids(k), acc, rng.choice([200, 500, 666, 888, 1000], k) * 1.0,
                 "third_party", 0)
        elif mode == "pays_service":
            svc = w.la[p["service"]]
            i = int(rng.integers(0, len(svc["num"])))
            dial(w, np.array([t0]), svc["num"][i], w.p_num[q], np.array([q]), imei=svc["imei"][i],
                 imsi=svc.get("imsi", np.zeros(len(svc["num"]), np.int64))[i], ans_p=1.0, dur_mu=5.5, dur_sd=0.3,
                 ctype=p.get("ctype"))
            to = svc["acct"][i] if svc["acct"][i] >= 0 else w.merchant_accts[0]
            lo_, hi_ = p.get("amount", (200, 800))
            xfer(w, np.array([t0 + int(rng.integers(HOUR, DAY))]), acc, to, np.array([rng.uniform(lo_, hi_)]).round(0),
                 p.get("channel", "counter"), 0 if p.get("channel", "counter") == "counter" else w.p_num[q])
        elif mode == "brokerage":
            pk, dom = p["app"]
            app(w, np.array([t0]), w.p_num[q], pk, "install", p.get("store", "https://appgallery.huawei.com/app/detail?id={n}"),
                int(rng.integers(10**5, 10**6)))
            dd = np.arange(d, w.days)
            k = rng.poisson(4, len(dd))
            tt = w.at(np.repeat(dd, k), PROFILES["day"])
            app(w, tt, w.p_num[q], pk, "use")
            web(w, tt + 2, w.p_num[q], dom, f"https://{dom}/", ip_of(dom, 0), app=pk)
            m = int(rng.integers(1, 4))
            tx = t0 + np.sort(rng.integers(HOUR, 4 * DAY, m))
            tx = tx[tx < w.t_end]
            xfer(w, tx, acc, w.la_fixed[p["escrow"]], rng.lognormal(p.get("mu", 10.5), 0.6, len(tx)).round(-2),
                 "mobile_app", w.p_num[q])
            if p.get("loan"):
                xfer(w, np.array([t0 + 1800]), w.la_fixed[p["escrow"]], acc, np.array([rng.uniform(5, 30) * 1000]).round(-2),
                     "third_party", 0)
        elif mode == "video_grandson":
            kid = w.ext_pool[int(rng.integers(0, len(w.ext_pool)))]
            dial(w, np.array([t0]), kid, w.p_num[q], np.array([q]), ans_p=1.0, dur_mu=6.0, dur_sd=0.3, media="video")
            xfer(w, np.array([t0 + 1800]), acc, w.new_account_ids(1), np.array([rng.uniform(2, 20) * 1000]).round(-2),
                 "counter", 0)
        elif mode == "big_purchase":
            svc = w.la[p["service"]]
            i = int(rng.integers(0, len(svc["num"])))
            dial(w, np.array([t0 - DAY, t0 - 3 * HOUR]), svc["num"][i], w.p_num[q], np.array([q, q]),
                 imei=svc["imei"][i], ans_p=1.0, dur_mu=5.8, dur_sd=0.4)
            xfer(w, np.array([t0]), acc, w.la_fixed[p["escrow"]], np.array([rng.lognormal(p.get("mu", 11.3), 0.5)]).round(-3),
                 p.get("channel", "counter"), 0)
        elif mode == "shopper":
            svc = w.la[p["service"]]
            i = int(rng.integers(0, len(svc["num"])))
            dial(w, np.array([t0]), svc["num"][i], w.p_num[q], np.array([q]), imei=svc["imei"][i], ans_p=1.0,
                 dur_mu=5.0, dur_sd=0.4)
            web(w, np.array([t0 + 600]), w.p_num[q], p["site"], f"https://{p['site']}/", ip_of(p["site"], 0))
            to = svc["acct"][i] if svc["acct"][i] >= 0 else w.merchant_accts[1]
            xfer(w, np.array([t0 + 900]), acc, to, np.array([rng.uniform(300, 3000)]).round(0), "third_party",
                 w.p_num[q])
    lab(w, kind, "msisdn", w.p_num[who])


def money_hub(w: World, kind: str, n: int, **p):
    """Accounts with many payers or payees: live-stream sellers, florists at Qingming, family pools, savings
    clubs, clan fundraisers, contractors paying pickers."""
    rng = w.rng
    mode = p["mode"]
    who = choose_persons(w, n, p.get("age_w", (0, 1, 1, 0.4)), areas=p.get("areas"), cities=p.get("cities"), mark=2)
    for q in who.tolist():
        if p.get("new_account"):
            acc = w.add_accounts(np.array([w.p_id[q]]), "Anhui Rural Credit", w.t0 - int(rng.integers(5, 30)) * DAY,
                                 w.p_num[q])[0]
        else:
            acc = w.p_acct[q] if w.p_acct[q] >= 0 else w.add_accounts(np.array([w.p_id[q]]), "PSBC",
                                                                      w.t0 - 900 * DAY, w.p_num[q])[0]
        dd = days_of(w, p.get("days", "all"))
        if mode in ("seller", "florist", "fundraiser"):
            lo, hi = p.get("rate", (10, 30))
            k = rng.poisson(rng.uniform(lo, hi), len(dd))
            if mode == "florist":
                k = k * np.where(np.abs(dd - w.qingming) <= 1, 4, 1)
            t = w.at(np.repeat(dd, k), PROFILES["evening"])
            m = len(t)
            payers_p = choose_persons(w, m, (0.5, 1, 1, 0.5), free_only=False)
            m = min(m, len(payers_p))
            t = t[:m]
            inside = rng.random(m) < p.get("inside", 0.4)
            frm = np.where(inside & (w.p_acct[payers_p[:m]] >= 0), w.p_acct[payers_p[:m]], w.new_account_ids(m))
            init = np.where(inside & (w.p_acct[payers_p[:m]] >= 0), w.p_num[payers_p[:m]], 0)
            xfer(w, t, frm, acc, rng.lognormal(*p.get("amount", (5.5, 0.8)), m).round(0), "third_party", init)
            if mode == "seller":
                for plat in ("douyin", "kuaishou"):
                    inet_accounts(w, w.p_num[q:q + 1], np.array([w.t0 - int(rng.integers(60, 600)) * DAY]), plat)
                # ships and calls buyers about deliveries; pays the wholesaler
                tc = t[rng.random(m) < 0.2] + 3600
                tc = tc[tc < w.t_end]
                cn, cp = targets(w, len(tc), ext_frac=0.7)
                dial(w, tc, w.p_num[q], cn, cp, imei=w.p_imei[q], imsi=w.p_imsi[q], ccell=loc(w, np.full(len(tc), q), tc),
                     ans_p=0.8, dur_mu=3.8)
            if p.get("sms"):
                cn, _ = targets(w, 150, ext_frac=0.5, ext_kind="pool")
                ts = w.day_start(dd[0]) + 10 * HOUR + rng.integers(0, 2 * HOUR, len(cn))
                sms(w, ts, w.p_num[q], cn, p["sms"], imei=w.p_imei[q], cell=w.p_home[q])
            out = rng.poisson(1, len(dd))
            to = w.merchant_accts[rng.integers(0, len(w.merchant_accts), int(out.sum()))]
            xfer(w, w.at(np.repeat(dd, out), PROFILES["day"]), acc, to, rng.lognormal(8, 0.6, int(out.sum())).round(0),
                 "mobile_app", w.p_num[q])
        elif mode == "pool":
            rel = choose_persons(w, int(rng.integers(6, 15)), (0.3, 1, 1, 0.3), free_only=False)
            t = w.day_start(w.qingming - 3) + rng.integers(0, 3 * DAY, len(rel))
            frm = np.where(w.p_acct[rel] >= 0, w.p_acct[rel], w.new_account_ids(len(rel)))
            xfer(w, t, frm, acc, rng.choice([200, 300, 500, 1000, 2000], len(rel)) * 1.0, "third_party",
                 np.where(w.p_acct[rel] >= 0, w.p_num[rel], 0))
            to = w.merchant_accts[rng.integers(0, len(w.merchant_accts), 3)]
            xfer(w, w.day_start(w.qingming) + rng.integers(8 * HOUR, 18 * HOUR, 3), acc, to,
                 rng.uniform(800, 4000, 3).round(0), "mobile_app", w.p_num[q])
        elif mode == "club":
            mem = choose_persons(w, int(rng.integers(18, 30)), (0, 1, 1, 0.6), areas=[w.area_keys[w.p_area[q]]],
                                 free_only=False)
            d = int(rng.choice(dd))
            t = w.day_start(d) + 19 * HOUR + rng.integers(0, 2 * HOUR, len(mem))
            frm = np.where(w.p_acct[mem] >= 0, w.p_acct[mem], w.new_account_ids(len(mem)))
            amt = float(rng.choice([1000, 2000, 3000]))
            xfer(w, t, frm, acc, np.full(len(mem), amt), "mobile_app", np.where(w.p_acct[mem] >= 0, w.p_num[mem], 0))
            win = mem[int(rng.integers(0, len(mem)))]
            if w.p_acct[win] >= 0:
                xfer(w, np.array([w.day_start(d) + 22 * HOUR]), acc, w.p_acct[win], np.array([amt * len(mem) * 0.95]),
                     "mobile_app", w.p_num[q])
        elif mode == "payroll":
            d = int(rng.choice(dd))
            estate = w.la_fixed["tea_estate"]
            t1 = w.day_start(d) + 10 * HOUR
            nk = int(rng.integers(25, 50))
            wages = rng.uniform(1500, 4500, nk).round(0)
            xfer(w, np.array([t1]), estate, acc, np.array([wages.sum() * 1.05]).round(0), "counter", 0)
            pk = choose_persons(w, nk // 3, (0, 1, 1, 0.5), areas=p.get("areas"), free_only=False)
            to = np.concatenate([np.where(w.p_acct[pk] >= 0, w.p_acct[pk], w.new_account_ids(len(pk))),
                                 w.new_account_ids(nk - len(pk))])
            xfer(w, t1 + 1800 + np.arange(nk) * rng.integers(20, 90), acc, to, wages, "mobile_app", w.p_num[q])
        elif mode == "payer_gov":
            # township office pays grave relocation compensation to the families on its list
            fam = choose_persons(w, int(rng.integers(30, 60)), (0, 0.3, 1, 1), areas=p.get("pay_areas"), need_acct=True,
                                 free_only=False)
            t = w.at(rng.choice(days_of(w, "work"), len(fam)), PROFILES["business"])
            xfer(w, t, acc, w.p_acct[fam], rng.uniform(3000, 20000, len(fam)).round(-2), "counter", 0)
        if p.get("label_num"):
            lab(w, kind, "msisdn", [w.p_num[q]])
        w.truth_accounts(acc, f"lookalike:{kind}", None, kind)


def sites(w: World, kind: str, n: int, **p):
    """Real but new or odd web resources: small-business domains, a memorial site, shared hosting IPs,
    side-loaded enterprise and government apps, researchers on foreign servers."""
    rng = w.rng
    mode = p["mode"]
    if mode == "domain":
        for dom in p["domains"][:n]:
            vis = choose_persons(w, int(rng.integers(*p.get("visitors", (20, 80)))), p.get("age_w", (0.5, 1, 1, 0.5)),
                                 cities=p.get("cities"), smart=True, free_only=False)
            dd = days_of(w, p.get("days", "all"))
            t = w.at(rng.choice(dd, len(vis)), PROFILES["evening"])
            ip = p.get("ip") or ip_of(dom, 0)
            web(w, t, w.p_num[vis], dom, f"https://{dom}/{p.get('path', '')}", ip)
            again = rng.random(len(vis)) < 0.3
            web(w, t[again] + rng.integers(600, DAY, again.sum()), w.p_num[vis[again]], dom, f"https://{dom}/order",
                ip)
            lab(w, kind, "domain", [dom])
        if p.get("ip"):
            lab(w, kind, "ip", [p["ip"]])
    elif mode == "sideload":
        for pk, src, dom in p["apps"][:n]:
            users = choose_persons(w, int(rng.integers(*p.get("users", (15, 60)))), p.get("age_w", (0, 1, 1, 0)),
                                   cities=p.get("cities"), smart=True, free_only=False)
            t = w.at(rng.choice(days_of(w, "all"), len(users)), PROFILES["business"])
            web(w, t - 60, w.p_num[users], dom, src, ip_of(dom, 0))
            app(w, t, w.p_num[users], pk, "install", src)
            k = rng.poisson(3, len(users))
            r = np.repeat(np.arange(len(users)), k)
            tu = t[r] + rng.integers(600, 3 * DAY, len(r))
            app(w, tu, w.p_num[users[r]], pk, "use")
            lab(w, kind, "app", [pk])
            lab(w, kind, "domain", [dom])
    elif mode == "foreign":
        who = choose_persons(w, n, (0.3, 1, 1, 0), areas=p.get("areas"), smart=True, mark=2)
        doms = p["domains"]
        for q in who.tolist():
            k = rng.poisson(6, w.days)
            t = w.at(np.repeat(np.arange(w.days), k), PROFILES["business"])
            di = rng.integers(0, len(doms), len(t))
            web(w, t, w.p_num[q], np.array(doms)[di], None, np.array([ip_of(x, 0, True) for x in doms])[di])
        lab(w, kind, "msisdn", w.p_num[who])


def anti_fraud_callers(w: World, kind: str, n: int, **p):
    """96110 anti-fraud warning lines of three cities' police call people the platforms flagged as in contact
    with fraud, and residents at random with Qingming warnings: many strangers, long calls."""
    rng = w.rng
    nums = np.array([8655196110, 8655896110, 8655996110][:n], dtype=np.int64)
    vp = np.unique(np.concatenate(w.victim_p)) if w.victim_p else np.zeros(0, np.int64)
    vp = vp[rng.random(len(vp)) < 0.35]
    t = w.at(rng.integers(2, w.days, len(vp)), PROFILES["business"])
    i = rng.integers(0, n, len(vp))
    dial(w, t, nums[i], w.p_num[vp], vp, ans_p=0.7, dur_mu=5.6, dur_sd=0.5, ctype="fixed")
    rn, rp = targets(w, 1500, (0.2, 0.6, 1, 1), ext_frac=0.0)
    t = w.at(rng.integers(0, w.days, len(rn)), PROFILES["business"])
    dial(w, t, nums[rng.integers(0, n, len(rn))], rn, rp, ans_p=0.55, dur_mu=4.4, dur_sd=0.6, ctype="fixed")
    lab(w, kind, "msisdn", nums)
    w.T["lists"].add(entity_type="msisdn", entity=[str(x) for x in nums.tolist()], list="allow",
                     reason="public security anti-fraud warning line 96110", added_time=w.t0 - 700 * DAY)


# --------------------------------------------------------------------------------------------------------------
def fixed_accounts(w: World):
    """Escrow and settlement accounts of brokerages, banks' wealth products, developers, loan companies and a
    tea estate: enterprise accounts paid by many."""
    names = ["brokerage", "bank_wealth", "developer", "consumer_loan", "tea_estate", "car_dealer"]
    ids = w.new_ids(len(names))
    acc = w.add_accounts(ids, "ICBC", w.t0 - 3000 * DAY, 0)
    w.la_fixed = dict(zip(names, acc.tolist(), strict=True))


HS_TEA = ["hs_qimen", "la_tea", "hs_tunxi"]
VILLAGES = ["fy_linquan", "fy_taihe", "bz_lixin", "FY_rural", "BZ_rural", "LA_rural", "AQ_rural"]

# name, template, n, parameters
KINDS = [
    # ---- bulk callers ----
    ("tea_merchant_bulk_caller", bulk_caller, 7, dict(areas=HS_TEA, rate=(60, 140), cust=700, cust_ext=0.75,
                                                      stranger=0.2, ans=0.75, dur=(4.5, 0.8), inbound=15,
                                                      callback=0.2, money_in=(8, 6.8, 0.9), label_acct=True,
                                                      sms=(10, ["【祁门茶庄】今年明前祁门红茶、黄山毛峰已开采，老客户预订请回电。"]))),
    ("tea_cooperative_dispatcher", bulk_caller, 5, dict(areas=["hs_qimen", "la_tea"], rate=(40, 80), profile="early",
                                                        cust=120, cust_ext=0.5, stranger=0.1, ans=0.85,
                                                        dur=(3.2, 0.6), inbound=8)),
    ("tour_guide_fresh_card", bulk_caller, 8, dict(owner="new", card_days=(-3, 20), cell_areas=["hs_scenic", "hs_tunxi"],
                                                   moving=True, rate=(25, 60), stranger=0.85, str_ext=0.9, cust=40,
                                                   ans=0.85, dur=(3.5, 0.8), inbound=10, callback=0.3,
                                                   inet=["wechat", "alipay"], profile="day")),
    ("hotel_front_desk_fixed", bulk_caller, 6, dict(owner="enterprise", line="fixed", cell_areas=["hs_tunxi"],
                                                    rate=(30, 70), stranger=0.8, str_ext=0.9, ans=0.7, dur=(3.6, 0.7),
                                                    inbound=40)),
    ("grave_sweeping_service_caller", bulk_caller, 6, dict(owner="enterprise", card_days=(10, 40),
                                                           cell_areas=["FY_urban", "LA_urban"], rate=(40, 90),
                                                           days="holiday", cust=300, cust_age=(0, 0.3, 1, 1),
                                                           cust_ext=0.6, stranger=0.5, str_age=(0, 0, 0.5, 1),
                                                           str_ext=0.3, ans=0.55, dur=(4.6, 0.7), inbound=10,
                                                           money_in=(4, 5.8, 0.5))),
    ("cemetery_sales_office", bulk_caller, 5, dict(owner="enterprise", line="fixed", cell_areas=["HF_urban"],
                                                   rate=(50, 100), cust=400, cust_age=(0, 0.3, 1, 1), cust_ext=0.3,
                                                   stranger=0.4, str_age=(0, 0, 0.4, 1), ans=0.5, dur=(4.8, 0.7),
                                                   inbound=8, money_in=(0.6, 10.5, 0.5), label_acct=True)),
    ("village_committee_caller", bulk_caller, 6, dict(areas=VILLAGES, age_w=(0, 0.5, 1, 0.3), rate=(30, 60),
                                                      profile="early", cust=250, cust_age=(0, 1, 1, 1),
                                                      cust_ext=0.05, cust_cities=None, stranger=0.05, ans=0.75,
                                                      dur=(3.5, 0.7), inbound=6,
                                                      sms=(20, ["【村委会】清明期间严禁野外用火，文明祭扫，违者依法处理。",
                                                                "【村委会】明天上午九点在村部开会，请各户派代表参加。"]))),
    ("hospital_followup_fixed", bulk_caller, 5, dict(owner="enterprise", line="fixed", cell_areas=["HF_urban"],
                                                     rate=(40, 80), days="work", stranger=0.9, str_ext=0.2, ans=0.6,
                                                     dur=(4.3, 0.7), inbound=20)),
    ("pension_office_outbound", bulk_caller, 5, dict(owner="enterprise", line="fixed",
                                                     cell_areas=["FY_urban", "LA_urban", "AQ_urban"], rate=(40, 80),
                                                     days="work", stranger=0.95, str_age=(0, 0, 0.3, 1), str_ext=0.1,
                                                     ans=0.6, dur=(4.8, 0.7), inbound=15)),
    ("debt_collector", bulk_caller, 8, dict(owner="enterprise", line="voip", cell_areas=["HF_urban"], card_days=(30, 200),
                                            rate=(80, 160), stranger=0.6, str_age=(0.5, 1, 1, 0.2), str_ext=0.4,
                                            cust=300, ans=0.3, dur=(3.5, 0.9), inbound=2, gateway="SIP-HF-CS03",
                                            profile="day")),
    ("real_estate_agent_cold_caller", bulk_caller, 7, dict(cities=["Hefei", "Wuhu"], age_w=(0, 1, 0.6, 0),
                                                           rate=(50, 120), stranger=0.8, str_ext=0.4, ans=0.35,
                                                           dur=(3.0, 0.9), inbound=6)),
    ("insurance_telesales_voip", bulk_caller, 6, dict(owner="enterprise", line="voip", cell_areas=["HF_urban"],
                                                      rate=(150, 250), days="work", stranger=1.0, str_ext=0.4,
                                                      ans=0.3, dur=(3.2, 0.9), inbound=1, gateway="SIP-HF-PA02")),
    ("bank_card_telemarketing_seat", bulk_caller, 6, dict(owner="enterprise", card_days=(30, 300),
                                                          cell_areas=["hf_hitech"], rate=(100, 180), days="work",
                                                          stranger=1.0, str_ext=0.4, ans=0.35, dur=(3.4, 0.8),
                                                          inbound=1, data=0.5)),
    ("courier_harvest_season", bulk_caller, 6, dict(areas=["LA_urban", "HS_urban", "hs_tunxi", "LA_rural"],
                                                    age_w=(0, 1, 1, 0), moving=True, cell_areas=["LA_urban", "LA_rural"],
                                                    rate=(40, 90), stranger=0.7, str_ext=0.2, ans=0.8, dur=(2.5, 0.6),
                                                    inbound=12, profile="day")),
    ("food_delivery_rider", bulk_caller, 6, dict(cities=["Hefei"], age_w=(0.3, 1, 0.4, 0), moving=True,
                                                 cell_areas=["HF_urban", "hf_hitech"], rate=(30, 60), stranger=0.9,
                                                 str_ext=0.3, ans=0.85, dur=(2.2, 0.5), inbound=8, profile="day")),
    ("ride_hailing_driver", bulk_caller, 5, dict(cities=["Hefei", "Wuhu"], age_w=(0, 1, 1, 0), moving=True,
                                                 cell_areas=["HF_urban", "hf_station"], rate=(20, 40), stranger=0.95,
                                                 str_ext=0.5, ans=0.85, dur=(2.0, 0.5), inbound=10, profile="day")),
    ("privacy_number_pool", bulk_caller, 8, dict(owner="enterprise", line="virtual", card_days=(60, 400),
                                                  cell_areas=["HF_urban"], rate=(150, 300), stranger=1.0, str_ext=0.5,
                                                  ans=0.8, dur=(2.3, 0.6), inbound=150, gateway="AXB-PLATFORM-01",
                                                  profile="day")),
    ("teacher_calling_parents", bulk_caller, 5, dict(cities=["Hefei", "Bengbu", "Anqing"], age_w=(0, 1, 1, 0),
                                                     rate=(10, 25), days="pre", cust=45, cust_ext=0.2, stranger=0,
                                                     ans=0.8, dur=(4.0, 0.7), inbound=3)),
    ("village_doctor_followup", bulk_caller, 5, dict(areas=VILLAGES, age_w=(0, 0.5, 1, 0.2), rate=(15, 35), cust=150,
                                                     cust_age=(0, 0, 0.2, 1), cust_ext=0.05, stranger=0.05, ans=0.7,
                                                     dur=(4.5, 0.7), inbound=5)),
    ("car_plant_hr_recruiter", bulk_caller, 5, dict(owner="enterprise", cell_areas=["hf_carplant"], rate=(40, 80),
                                                    days="work", stranger=0.9, str_age=(1, 1, 0.3, 0), str_ext=0.5,
                                                    ans=0.5, dur=(4.2, 0.7), inbound=6)),
    ("port_dispatcher", bulk_caller, 5, dict(cities=["Wuhu", "Maanshan"], age_w=(0, 1, 1, 0), rate=(60, 120), cust=120,
                                             cust_ext=0.6, stranger=0.1, ans=0.85, dur=(2.5, 0.6), inbound=20)),
    ("truck_driver_long_haul", bulk_caller, 5, dict(age_w=(0, 1, 1, 0), moving=True,
                                                    cell_areas=["FY_urban", "HF_urban", "WH_urban", "BB_urban",
                                                                "SZ_urban", "CZ_urban"],
                                                    rate=(15, 30), cust=60, cust_ext=0.7, stranger=0.2, ans=0.8,
                                                    dur=(3.8, 0.7), inbound=10)),
    ("funeral_home_service", bulk_caller, 4, dict(owner="enterprise", line="fixed", cell_areas=["FY_urban", "AQ_urban"],
                                                  rate=(20, 40), stranger=0.9, str_age=(0, 0.5, 1, 1), ans=0.7,
                                                  dur=(4.6, 0.6), inbound=15)),
    ("travel_agency_refund_desk", bulk_caller, 5, dict(owner="enterprise", line="fixed", area_code=559,
                                                       cell_areas=["hs_tunxi"], rate=(60, 120), days="holiday",
                                                       stranger=0.9, str_ext=0.8, ans=0.7, dur=(3.8, 0.7), inbound=25,
                                                       money_out=(4, 6.5, 0.7),
                                                       sms=(30, ["【黄山青松旅行社】因清明期间天气原因，您预订的行程已取消，费用将于3个工作日内原路退回，详询0559-2512345。"]))),
    ("bank_fraud_alert_caller", bulk_caller, 3, dict(owner="enterprise", line="fixed", area_code=551,
                                                     cell_areas=["HF_urban"], rate=(80, 150), stranger=1.0, str_ext=0.0,
                                                     str_age=(0.3, 1, 1, 1), ans=0.6, dur=(3.0, 0.6), inbound=30)),
    ("police_station_fixed", bulk_caller, 4, dict(owner="enterprise", line="fixed", cell_areas=["FY_urban", "BZ_urban"],
                                                  rate=(10, 30), days="work", stranger=0.9, str_ext=0.05, ans=0.7,
                                                  dur=(4.0, 0.7), inbound=10)),
    ("community_grid_worker", bulk_caller, 6, dict(cities=["Hefei", "Huainan", "Wuhu"], age_w=(0, 1, 1, 0), rate=(30, 70),
                                                   cust=300, cust_age=(0, 0.5, 1, 1.5), cust_ext=0.0, stranger=0.2,
                                                   str_age=(0, 0, 0.5, 1), str_ext=0.0, ans=0.7, dur=(3.8, 0.7),
                                                   inbound=8)),
    ("bank_wealth_manager", bulk_caller, 5, dict(cities=["Hefei", "Wuhu", "Anqing"], age_w=(0, 1, 1, 0), rate=(20, 40),
                                                 days="work", cust=150, cust_age=(0, 0.2, 1, 1.2), cust_ext=0.1,
                                                 stranger=0.1, ans=0.7, dur=(5.0, 0.6), inbound=6)),
    ("insurance_agent_elderly", bulk_caller, 5, dict(age_w=(0, 1, 1, 0.2), rate=(25, 50), stranger=0.8,
                                                     str_age=(0, 0, 0.6, 1), str_ext=0.2, ans=0.5, dur=(4.7, 0.8),
                                                     inbound=4)),
    ("legit_grave_relocation_office", bulk_caller, 3, dict(owner="enterprise", line="fixed", cell_areas=["FY_urban"],
                                                           area_code=558, rate=(30, 60), days="work", cust=200,
                                                           cust_age=(0, 0.3, 1, 1), cust_ext=0.4, stranger=0.1,
                                                           ans=0.6, dur=(5.2, 0.6), inbound=15, label_acct=True,
                                                           money_out=(8, 9.0, 0.6))),
    ("tomb_sweeping_bus_operator", bulk_caller, 4, dict(owner="enterprise", card_days=(20, 300),
                                                        cell_areas=["HF_urban", "FY_urban"], rate=(40, 80), days="qm",
                                                        stranger=0.7, str_ext=0.4, ans=0.75, dur=(2.8, 0.6), inbound=30,
                                                        money_in=(20, 4.3, 0.3), label_acct=True,
                                                        sms=(60, ["【清明祭扫专线】您预约的祭扫班车明早7:30在南门发车，请提前10分钟到达。"]))),
    ("ecommerce_customer_service", bulk_caller, 4, dict(owner="enterprise", line="fixed", area_code=571,
                                                        cell_areas=["HF_urban"], rate=(150, 300), stranger=1.0,
                                                        str_age=(0.8, 1, 0.8, 0.3), str_ext=0.6, ans=0.55,
                                                        dur=(3.5, 0.8), inbound=40)),
    ("survey_call_center", bulk_caller, 5, dict(owner="enterprise", line="voip", cell_areas=["HF_urban"],
                                                rate=(200, 300), days="work", stranger=1.0, str_ext=0.5, ans=0.25,
                                                dur=(2.6, 0.8), inbound=0.5, gateway="SIP-HF-DC09")),
    ("second_hand_car_dealer", bulk_caller, 4, dict(cities=["Hefei", "Fuyang"], age_w=(0, 1, 1, 0), rate=(20, 40),
                                                    stranger=0.5, str_ext=0.5, ans=0.7, dur=(4.0, 0.8), inbound=10,
                                                    money_in=(0.3, 11.0, 0.4), label_acct=True)),
    ("labour_export_agent", bulk_caller, 4, dict(areas=["fy_linquan", "fy_taihe", "bz_lixin"], age_w=(0, 1, 1, 0),
                                                 rate=(20, 50), stranger=0.7, str_age=(0.5, 1, 0.4, 0), str_ext=0.1,
                                                 str_cities=["Fuyang", "Bozhou"], ans=0.6, dur=(4.3, 0.8), inbound=6,
                                                 money_in=(0.5, 8.5, 0.4))),
    ("farm_input_salesman", bulk_caller, 4, dict(areas=["LA_rural", "FY_rural", "SZ_rural"], age_w=(0, 1, 1, 0),
                                                 rate=(30, 60), stranger=0.5, str_age=(0, 0.5, 1, 0.8), str_ext=0.1,
                                                 cust=150, ans=0.65, dur=(3.8, 0.7), inbound=5)),
    ("vaccination_clinic_nurse", bulk_caller, 3, dict(cities=["Hefei", "Wuhu"], age_w=(0, 1, 1, 0), rate=(20, 40),
                                                      days="work", stranger=0.9, str_age=(0, 0, 0.3, 1), str_ext=0.0,
                                                      ans=0.65, dur=(3.6, 0.6), inbound=5)),
    # ---- bulk senders ----
    ("official_pension_auth_sms", bulk_sms, 2, dict(service=[8612333, 861069012333], days="pre", rate=(300, 500),
                                                    recv=3000, recv_age=(0, 0.1, 0.5, 1), recv_ext=0.2,
                                                    texts=["【安徽人社】2029年度养老金待遇资格认证已开启，可通过“皖事通”APP或 https://si.12333.gov.cn 免费认证，社保部门不会发送链接要求输入银行卡密码，谨防诈骗。"],
                                                    link=("si.12333.gov.cn", 0.04),
                                                    install=("com.iflytek.ahzwfw", "https://appgallery.huawei.com/app/detail?id={n}", 0.3))),
    ("village_committee_broadcast_sms", bulk_sms, 5, dict(areas=VILLAGES, age_w=(0, 0.5, 1, 0.3), recv_areas=VILLAGES,
                                                          recv=220, broadcast=True,
                                                          texts=["【村委会】清明祭扫严禁野外用火，请文明祭扫，发现火情请拨打12119。"])),
    ("tea_shop_promo_sms_personal", bulk_sms, 5, dict(areas=HS_TEA, age_w=(0, 1, 1, 0.2), rate=(60, 150), recv=400,
                                                      recv_ext=0.7,
                                                      texts=["明前黄山毛峰新茶到了，老客户8折，点链接看看 https://qmhc-tea.cn/new ，回T退订",
                                                             "六安瓜片谷雨前预售开始，微信同号下单，顺丰包邮。"],
                                                      link=("qmhc-tea.cn", 0.02))),
    ("village_post_station_sms", bulk_sms, 6, dict(areas=VILLAGES + ["hs_qimen", "la_tea"], age_w=(0, 1, 1, 0.2),
                                                   rate=(40, 100), recv=300, recv_ext=0.0,
                                                   texts=["【村邮站】您的快递已到村邮站，取件码{n}，营业至晚8点。"])),
    ("scenic_area_crowd_alert_106", bulk_sms, 1, dict(service=[861069559888], days="holiday", rate=(400, 700), recv=2500,
                                                      recv_ext=0.8,
                                                      texts=["【黄山风景区】清明假期景区实行分时预约，今日游客已达上限，未预约游客请勿前往，预约请访问 https://www.chinahuangshan.gov.cn/yuyue"],
                                                      link=("www.chinahuangshan.gov.cn", 0.03))),
    ("hotel_booking_sms_link", bulk_sms, 4, dict(owner="enterprise", cell_areas=["hs_tunxi"], card_days=(100, 900),
                                                 rate=(30, 80), recv=300, recv_ext=0.85,
                                                 texts=["【徽州印象酒店】您的清明假期订单已确认，入住指引请点击 https://hzyx-hotel.com/o/{n} 查看。"],
                                                 link=("hzyx-hotel.com", 0.05))),
    ("kindergarten_notice_sms", bulk_sms, 4, dict(cities=["Hefei", "Fuyang", "Luan"], age_w=(0, 1, 1, 0), recv=60,
                                                  rate=(5, 15), days="pre", recv_ext=0.1, recv_age=(0, 1, 1, 0),
                                                  texts=["【幼儿园】清明节放假通知：4月4日至8日放假，9日正常入园，请家长注意孩子安全。"])),
    ("forestry_fire_warning_106", bulk_sms, 1, dict(service=[861069119119], days="qm", recv=3000, broadcast=True,
                                                    recv_age=(0.2, 0.5, 1, 1), recv_ext=0.0,
                                                    texts=["【安徽林业】清明期间森林防火形势严峻，严禁携带火种进山，文明祭扫，举报电话12119。"])),
    ("property_management_sms", bulk_sms, 4, dict(owner="enterprise", cell_areas=["HF_urban"], card_days=(200, 900),
                                                  recv=350, recv_cities=["Hefei"], recv_ext=0.05, rate=(20, 60),
                                                  texts=["【物业服务中心】明日9:00-12:00小区停水检修，请提前储水。",
                                                         "【物业服务中心】物业费缴纳请登录 https://wy.ahjyzj.com 或到服务中心办理。"])),
    ("licensed_consumer_loan_sms", bulk_sms, 2, dict(service=[861069555011, 861069555012], rate=(200, 400), recv=2500,
                                                     recv_age=(0.6, 1, 0.8, 0.1), recv_ext=0.4,
                                                     texts=["【徽银消费金融】您的信用额度已更新，可在官方APP查看，年化利率以合同为准，拒收请回复R。"],
                                                     link=("www.hycfc.com", 0.01),
                                                     install=("com.hycfc.app", "https://app.mi.com/details?id={n}", 0.3))),
    # ---- shared handsets ----
    ("phone_repair_test_handset", shared_handset, 5, dict(mode="repair", areas=["HF_urban", "FY_urban", "LA_urban"])),
    ("phone_store_activation_phone", shared_handset, 4, dict(mode="store", areas=["FY_urban", "BZ_urban", "HS_urban",
                                                                                   "LA_urban"])),
    ("family_spare_phone_qingming", shared_handset, 4, dict(mode="family", areas=["FY_rural", "LA_rural"],
                                                            tac="feature")),
    ("single_slot_card_swapper", shared_handset, 5, dict(mode="swapper")),
    ("iot_failover_gateway", shared_handset, 4, dict(mode="failover", tac="iot", areas=["hf_hitech", "wh_port"])),
    # ---- cards in batches ----
    ("labor_contractor_cards_for_pickers", card_batch, 6, dict(mode="users", holder="resident",
                                                               holder_areas=["hs_qimen", "la_tea"], area="hs_qimen",
                                                               cell_areas=["hs_qimen"], open_days=(-4, 6), calls=4,
                                                               label_id=True)),
    ("startup_staff_cards_one_license", card_batch, 12, dict(mode="users", area="hf_hitech", cell_areas=["hf_hitech",
                                                                                                         "HF_urban"],
                                                             open_days=(-2, 10), calls=6, label_id=True, label_n=6)),
    ("smart_meter_iot_cards", card_batch, 25, dict(mode="data_only", line="iot", area="HN_urban", sessions=4,
                                                   bytes=7, label_n=6, label_id=True)),
    ("pos_terminal_cards", card_batch, 15, dict(mode="data_only", area="HS_urban", cell_areas=["HS_urban", "hs_tunxi"], tac="module",
                                                sessions=20, bytes=8, label_n=5, label_id=True, open_days=(20, 400))),
    ("car_telematics_test_fleet", card_batch, 12, dict(mode="data_only", line="iot", area="hf_carplant",
                                                       cell_areas=["hf_carplant", "HF_urban", "HF_rural"], moving=True,
                                                       sessions=30, bytes=10, label_n=4, label_id=True)),
    ("kids_smartwatch_cards", card_batch, 6, dict(mode="watch", area="HF_urban", holder="resident",
                                                  holder_areas=["HF_urban"], open_days=(-3, 60))),
    ("elevator_emergency_cards", card_batch, 12, dict(mode="silent", area="HF_urban", label_n=5, label_id=True,
                                                      open_days=(100, 900))),
    ("alarm_panel_dialer_cards", card_batch, 8, dict(mode="data_only", area="WH_urban", sessions=2, bytes=6, tac="module",
                                                     heartbeat_call=1.5, center=8655358881110, label_n=5,
                                                     open_days=(60, 700))),
    # ---- new cards ----
    ("migrant_worker_new_card", new_card_people, 8, dict(areas=["fy_linquan", "fy_taihe", "bz_lixin", "FY_rural"],
                                                          open_day=(0, 5), calls=10, family=True)),
    ("student_new_card", new_card_people, 6, dict(areas=["hf_unitown"], open_day=(-5, 6), calls=6, data=8,
                                                  inet=["wechat", "qq", "douyin", "taobao", "12306", "alipay"])),
    ("seasonal_scenic_staff_new_card", new_card_people, 6, dict(areas=["hs_scenic"], open_day=(-10, 3), calls=3,
                                                                data=6, inet=["wechat"])),
    ("tea_picker_new_card", new_card_people, 8, dict(areas=["hs_qimen", "la_tea"], open_day=(-8, 4), calls=4,
                                                     channel="WT-HS-017")),
    ("sleeping_card_woken_at_qingming", new_card_people, 6, dict(areas=["FY_rural", "AQ_rural", "LA_rural"],
                                                                 sleeping=True, family=True, span=4, calls=9)),
    ("handset_upgrade", handset_change, 6, {}),
    # ---- international ----
    ("overseas_worker_roaming", intl, 6, dict(mode="roaming", areas=["FY_rural", "BZ_rural", "fy_linquan", "LA_rural"],
                                              countries=[("JP", 81, 10), ("SG", 65, 8), ("SA", 966, 9)], calls=3,
                                              video=0.35)),
    ("tea_exporter_abroad", intl, 4, dict(mode="roaming", areas=["hs_qimen", "hs_tunxi"],
                                          countries=[("MA", 212, 9), ("UZ", 998, 9), ("RU", 7, 10)], calls=20,
                                          buyers=200, video=0.05)),
    ("qingming_traveller_abroad", intl, 5, dict(mode="roaming", areas=["HF_urban"], days="holiday",
                                                countries=[("TH", 66, 9), ("JP", 81, 10)], calls=2)),
    ("elderly_with_children_abroad", intl, 6, dict(mode="incoming", countries=[("JP", 81, 10), ("AU", 61, 9),
                                                                               ("US", 1, 10), ("SG", 65, 8)],
                                                   money=True)),
    # ---- victim-like ----
    ("elderly_many_relatives_qingming", victim_like, 8, dict(mode="relatives", age_w=(0, 0, 0.2, 1))),
    ("elderly_pays_grave_sweeping_service", victim_like, 6, dict(mode="pays_service",
                                                                 service="grave_sweeping_service_caller",
                                                                 age_w=(0, 0, 0.3, 1), amount=(200, 800))),
    ("online_tea_buyer", victim_like, 6, dict(mode="shopper", service="tea_merchant_bulk_caller", site="qmhc-tea.cn")),
    ("legit_brokerage_user", victim_like, 6, dict(mode="brokerage", app=("com.hexin.plat.android", "www.10jqka.com.cn"),
                                                  escrow="brokerage", age_w=(0, 0.6, 1, 0.3), smart=True, mu=10.6)),
    ("legit_loan_app_user", victim_like, 6, dict(mode="brokerage", app=("com.hycfc.app", "www.hycfc.com"),
                                                 escrow="consumer_loan", age_w=(0.3, 1, 0.6, 0), smart=True, mu=7.5,
                                                 loan=True)),
    ("elderly_buys_wealth_product", victim_like, 6, dict(mode="big_purchase", service="bank_wealth_manager",
                                                         escrow="bank_wealth", age_w=(0, 0, 0.3, 1), mu=11.5)),
    ("house_deposit_payer", victim_like, 5, dict(mode="big_purchase", service="real_estate_agent_cold_caller",
                                                 escrow="developer", age_w=(0, 1, 1, 0), mu=11.2,
                                                 channel="mobile_app")),
    ("grandma_sends_money_after_video_call", victim_like, 6, dict(mode="video_grandson", age_w=(0, 0, 0.2, 1),
                                                                  days="qm")),
    # ---- money hubs ----
    ("live_stream_tea_seller", money_hub, 6, dict(mode="seller", areas=HS_TEA, rate=(15, 40), amount=(6.0, 0.8),
                                                  inside=0.3, label_num=True)),
    ("qingtuan_presale_shop", money_hub, 5, dict(mode="seller", areas=["hs_tunxi", "HS_urban", "XC_urban"],
                                                 rate=(10, 30), amount=(4.5, 0.5), days="pre", inside=0.6)),
    ("florist_qingming", money_hub, 5, dict(mode="florist", cities=["Hefei", "Fuyang", "Anqing", "Wuhu"],
                                            rate=(8, 15), amount=(4.2, 0.5), inside=0.6)),
    ("family_qingming_money_pool", money_hub, 6, dict(mode="pool", age_w=(0, 1, 1, 0.3))),
    ("village_rotating_savings_club", money_hub, 4, dict(mode="club", areas=VILLAGES, age_w=(0, 0.5, 1, 0.6))),
    ("ancestral_hall_fundraiser", money_hub, 4, dict(mode="fundraiser", areas=VILLAGES + ["hs_yixian"],
                                                     age_w=(0, 0, 1, 1), rate=(8, 20), days="qm", amount=(5.5, 0.7),
                                                     inside=0.4, label_num=True,
                                                     sms="【宗亲会】清明祭祖修缮祠堂，自愿捐款，账户见群公告，感谢各位宗亲。")),
    ("labor_contractor_payroll", money_hub, 4, dict(mode="payroll", areas=["hs_qimen", "la_tea"], new_account=True,
                                                    days="post")),
    ("township_relocation_compensation_payer", money_hub, 2, dict(mode="payer_gov", areas=["FY_urban"],
                                                                  pay_areas=["FY_rural", "fy_linquan"], days="work",
                                                                  label_num=False)),
    # ---- web and apps ----
    ("small_tea_shop_new_domain", sites, 4, dict(mode="domain", domains=["qmhc-tea.cn", "maofeng-jia.com",
                                                                         "guapian-lu.cn", "huizhou-tea.shop"],
                                                 visitors=(20, 80), ip="47.98.121.33")),
    ("farmhouse_booking_site", sites, 3, dict(mode="domain", domains=["xidi-nongjia.com", "hongcun-stay.cn",
                                                                      "qimen-farm.com"], visitors=(20, 60),
                                              days="holiday", ip="47.98.121.34")),
    ("online_memorial_platform", sites, 1, dict(mode="domain", domains=["ahjisi-online.cn"], visitors=(200, 350),
                                                days="qm", age_w=(0.3, 1, 1, 0.4), path="jisi")),
    ("enterprise_sideloaded_app", sites, 3, dict(mode="sideload", apps=[
        ("com.anhui.xunfei.oa", "https://oa.hf-xf-tech.com/app/oa.apk", "oa.hf-xf-tech.com"),
        ("com.jac.dealer", "https://dms.jac-motors.cn/app/dealer.apk", "dms.jac-motors.cn"),
        ("com.whport.truck", "https://app.wh-port.com/truck.apk", "app.wh-port.com")], cities=["Hefei", "Wuhu"])),
    ("government_app_direct_download", sites, 1, dict(mode="sideload", apps=[
        ("com.ahhrss.yljrz", "http://hrss.ah.gov.cn/app/yljrz.apk", "hrss.ah.gov.cn")], age_w=(0, 0.5, 1, 0.6),
        users=(30, 80))),
    ("game_mod_apk_teen", sites, 2, dict(mode="sideload", apps=[
        ("com.tencent.tmgp.sgame.mod", "http://bbs.youxi-mod.net/d/wzry.apk", "bbs.youxi-mod.net"),
        ("com.minecraft.cnmod", "http://dl.mcmod-cn.com/mc.apk", "dl.mcmod-cn.com")], age_w=(1, 0.5, 0, 0),
        users=(10, 30))),
    ("researcher_on_foreign_servers", sites, 5, dict(mode="foreign", areas=["hf_unitown", "HF_urban"],
                                                     domains=["arxiv.org", "github.com", "overleaf.com",
                                                              "scholar.google.com"])),
]


def generate(w: World) -> None:
    w.la = {}
    fixed_accounts(w)
    for name, fn, n, params in KINDS:
        fn(w, name, n, **params)
    anti_fraud_callers(w, "anti_fraud_96110_warning_line", 3)
