"""Innocent people and businesses whose traffic looks like a fraud signal, fitted to Liaoning at the New Year.
Each kind is a small declarative spec run by one engine (lines, calls, SMS, money, web, apps), or a short
custom function for the odd ones (repair shops, activation phones, border roaming...). Every labelled entity
is `lookalike:<kind>` in the truth with scheme = the kind."""

from __future__ import annotations

import clock
import numpy as np
from behave import (
    Lines,
    add_app,
    add_calls,
    add_dev,
    add_sms,
    add_txn,
    add_web,
    lines_calls,
    lines_sms,
    outcome,
    per_day_events,
    presence,
    strangers,
)
from catalog import SERVICE
from gangs import mk_lines, resident_lines
from province import CITIES, CITY_CODE
from residents import ACCOUNTANT, DRIVER, OFFICE, PUPIL, RETIRED, STUDENT, TRADER
from texts import T
from world import DAY, HOUR, MIN, START, World

YEAR = 365 * DAY


def _w_res(w, key):
    """Resident weights for targets, by name."""
    R = w.R
    age = R.age
    f = {
        None: None,
        "elderly": np.where(age >= 60, 1.0, 0.08),
        "adult": np.where(age >= 22, 1.0, 0.1),
        "young": np.where((age >= 18) & (age <= 32), 1.0, 0.1),
        "parents": np.where((age >= 32) & (age <= 50), 1.0, 0.1),
        "drivers": np.where(np.isin(R.occ, [DRIVER, TRADER]), 1.0, 0.1),
        "shoppers": np.where(R.smart & (age < 60), 1.0, 0.1),
        "students": np.where(R.occ == STUDENT, 1.0, 0.02),
        "villagers": np.where(np.array([z == "village" for z in R.zone]), 1.0, 0.0),
        "shenyang": np.where(R.city == CITIES.index("Shenyang"), 1.0, 0.05),
        "dalian": np.where(R.city == CITIES.index("Dalian"), 1.0, 0.05),
        "dandong": np.where(R.city == CITIES.index("Dandong"), 1.0, 0.05),
    }[key]
    return f


def K(name, n, **spec):
    spec["name"] = name
    spec["n"] = n
    return spec


def open_times(rng, mode, n):
    if mode == "aged":
        return START - rng.integers(YEAR, 8 * YEAR, n)
    if mode == "new":
        return START - rng.integers(3 * DAY, 40 * DAY, n)
    if mode == "season":
        return START - rng.integers(40 * DAY, 100 * DAY, n)
    if mode == "window":
        return START + rng.integers(HOUR * 9, 4 * DAY, n)
    raise ValueError(mode)


def make_lines(w: World, rng, s, n):
    """The look-alike's numbers: residents' own cards, or new lines with their own registration."""
    R, cells = w.R, w.cells
    if s.get("who") == "res":
        mask = s["filt"](R) & ~R.used
        wt = s.get("weight", lambda R: None)(R)
        res = R.pick(rng, n, mask, wt)
        return resident_lines(w, res), res
    areas = np.array([cells.area_idx(a) for a in s["where"]])
    ar = areas[rng.integers(0, len(areas), n)]
    cell = cells.in_area(rng, ar)
    mode = s.get("card", "aged")
    opened = open_times(rng, mode, n)
    line = s.get("line", "mobile")
    idm = s.get("ids", "own")
    if idm == "licence":
        ids = np.full(n, w.reg.ids(1)[0])
    elif idm.startswith("shared"):
        k = int(idm[6:])
        ids = np.repeat(w.reg.ids(n // k + 1), k)[:n]
    else:
        ids = w.reg.ids(n)
    ent = idm == "licence" or line in ("fixed", "voip")
    region = CITIES[cells.area_city[ar[0]]]
    L = mk_lines(w, rng, n, kind=s.get("kind", "smart"), cell=cell, area=ar, wander=s.get("wander", 0.15),
                 ids=ids, open_time=opened, channel=s.get("channel", f"{CITY_CODE[region]}-STORE-00{1 + n % 6}"),
                 line_type=line, id_type="business_license" if ent else s.get("id_type", "resident_id"),
                 customer_type="enterprise" if ent else "personal", prepaid=0 if ent else int(mode != "aged"),
                 region=region)
    if s.get("roam"):
        L.roam = np.full(n, w.I(s["roam"]), np.int32)
    L.extra["d0"] = np.where(opened > START, w.day_of(opened), 0)
    return L, None


def run_calls(w, rng, s, L, res_idx, c, d0, d1):
    n = len(L)
    rate = np.full(n, float(c["rate"])) * rng.lognormal(0, 0.25, n)
    k, day = per_day_events(rng, d0, d1, rate)
    if c.get("workdays"):
        keep = (w.day_kind[np.clip(day, 0, w.days - 1)] == 0) | (rng.random(len(k)) < 0.25)
        k, day = k[keep], day[keep]
    t = clock.times(rng, day, c.get("prof", "office"))
    resw = _w_res(w, c.get("res_w"))
    num, res = strangers(w, rng, len(k), resw, c.get("p_res", 0.2))
    C = c.get("clients", 0)
    if C:
        cn, cr = strangers(w, rng, n * C, resw, c.get("p_res", 0.2))
        cn, cr = cn.reshape(n, C), cr.reshape(n, C)
        use = rng.random(len(k)) < c.get("repeat", 0.6)
        j = rng.integers(0, C, len(k))
        num = np.where(use, cn[k, j], num)
        res = np.where(use, cr[k, j], res)
        L.extra["clients"] = (cn, cr)
    if c.get("intl"):
        m = rng.random(len(k)) < c.get("intl_frac", 0.3)
        cty = c["intl"]
        num[m] = w.reg.intl(int(m.sum()), cty[0] if isinstance(cty, list) else cty, rng)
        res[m] = -1
    media = "voice"
    if c.get("video"):
        media = np.where(rng.random(len(k)) < c["video"], w.I("video"), w.I("voice")).astype(np.int32)
    ctype = None
    if L.roam is not None:
        ctype = np.full(len(k), w.I("intl_out"), np.int32)
    r, dur = lines_calls(w, rng, L, k, t, num, res, c.get("ans", 0.6), c.get("dur", 60), c.get("sigma", 0.9),
                         media=media, gateway=c.get("gateway"), ctype=ctype)
    m = res >= 0
    if m.any():
        w.fb["la_contacts"].append((L.msisdn[k][m], res[m], t[m], s["name"]))
    return k, t, num, res, r


def run_calls_in(w, rng, s, L, c, d0, d1):
    n = len(L)
    k, day = per_day_events(rng, d0, d1, c["rate"])
    t = clock.times(rng, day, c.get("prof", "office"))
    if "clients" in L.extra:
        cn, cr = L.extra["clients"]
        j = rng.integers(0, cn.shape[1], len(k))
        num, res = cn[k, j], cr[k, j]
        fresh = rng.random(len(k)) < c.get("fresh", 0.3)
        fn, fr = strangers(w, rng, len(k), None, 0.15)
        num, res = np.where(fresh, fn, num), np.where(fresh, fr, res)
    else:
        num, res = strangers(w, rng, len(k), None, 0.15)
    if c.get("intl"):
        m = rng.random(len(k)) < c.get("intl_frac", 0.3)
        num[m] = w.reg.intl(int(m.sum()), c["intl"], rng)
        res[m] = -1
    rr, dur, ring = outcome(w, rng, len(k), c.get("ans", 0.8), c.get("dur", 90))
    R = w.R
    m = res >= 0
    ccell = np.full(len(k), -1, np.int64)
    imei = np.full(len(k), -1, np.int64)
    imsi = np.full(len(k), -1, np.int64)
    ccell[m] = R.cell_at(rng, res[m], t[m])
    imei[m] = R.imei[res[m]]
    imsi[m] = R.imsi[res[m]]
    add_calls(w, t, num, L.msisdn[k], rr, dur, ring, imei=imei, imsi=imsi, ccell=ccell,
              ecell=L.cells_at(w, rng, k, t))
    del n


def run_sms(w, rng, s, L, c, d0, d1):
    n = len(L)
    k, day = per_day_events(rng, d0, d1, np.full(n, float(c["rate"])))
    t = clock.times(rng, day, c.get("prof", "office"))
    if c.get("burst"):  # one mass text on one day
        bd = np.array([min(x, w.days - 1) for x in c["burst"]])
        k = np.repeat(np.arange(n), c["burst_n"])
        day = bd[rng.integers(0, len(bd), n)][k]
        t = START + day * DAY + rng.integers(*c.get("burst_hours", (9 * HOUR, 11 * HOUR)), size=1)[0] + \
            rng.integers(0, 30 * MIN, len(k))
    num, res = strangers(w, rng, len(k), _w_res(w, c.get("res_w")), c.get("p_res", 0.25))
    if "clients" in L.extra and c.get("to_clients"):
        cn, cr = L.extra["clients"]
        j = rng.integers(0, cn.shape[1], len(k))
        num, res = cn[k, j], cr[k, j]
    g = c["group"]
    tpl = T.pick(rng, g, len(k))
    kinds = T.kinds(tpl)
    param = np.where(kinds == "tok", rng.integers(0, 36**5, len(k)),
                     np.where(kinds == "amt", rng.integers(20, 3000, len(k)), rng.integers(0, 10**9, len(k))))
    if L.imsi[0] < 0 and L.imei[0] < 0:  # an SMS port
        add_sms(w, t, L.msisdn[k], num, tpl, param)
    else:
        lines_sms(w, rng, L, k, t, num, tpl, param)
    m = res >= 0
    if m.any():
        w.fb["la_contacts"].append((L.msisdn[k][m], res[m], t[m], s["name"]))


def accounts_for(w, rng, L, res_idx, s):
    R, reg = w.R, w.reg
    if res_idx is not None:
        a = R.acct[res_idx]
        return np.where(a >= 0, a, R.pay_acct[res_idx])
    a = reg.accounts(len(L))
    reg.add_bank(a, L.extra["ids"], rng.choice(["ICBC", "CCB", "SJB", "BODL", "ABC"], len(L)),
                 np.minimum(L.extra["open"], START - DAY) - rng.integers(0, 400 * DAY, len(L)), L.msisdn)
    return a


def run_money(w, rng, s, L, acct, d0, d1):
    R, reg = w.R, w.reg
    n = len(L)
    if "money_in" in s:
        c = s["money_in"]
        k, day = per_day_events(rng, d0, d1, np.full(n, float(c["rate"])))
        t = clock.times(rng, day, c.get("prof", "adult"))
        amt = np.round(np.exp(rng.normal(np.log(c["amt"]), c.get("sigma", 0.6), len(k))), c.get("round", 0))
        fromres = rng.random(len(k)) < c.get("p_res", 0.4)
        payers = reg.accounts(max(1, n * c.get("payers", 80)))
        src = np.where(fromres, R.pay_acct[rng.integers(0, R.n, len(k))], payers[rng.integers(0, len(payers), len(k))])
        ok = src >= 0
        add_txn(w, t[ok], src[ok], acct[k[ok]], np.maximum(amt[ok], 1.0), channel="third_party" if c.get("qr") else
                "mobile_app")
        if "forward" in s:
            f = s["forward"]
            sup = reg.accounts(n * 3)
            kk = k[ok]
            m = rng.random(len(kk)) < f["frac"]
            tt = t[ok][m] + clock.lognormal_delay(rng, int(m.sum()), f.get("delay", 6 * HOUR), 0.8)
            keep = tt < w.end
            add_txn(w, tt[keep], acct[kk[m][keep]], sup[kk[m][keep] * 3 + rng.integers(0, 3, keep.sum())],
                    np.round(amt[ok][m][keep] * f.get("share", 0.9), 0), channel="mobile_app",
                    initiated=L.msisdn[kk[m][keep]])
    if "money_out" in s:
        c = s["money_out"]
        k, day = per_day_events(rng, d0, d1, np.full(n, float(c["rate"])))
        if c.get("days"):
            dd = np.array([min(x, w.days - 1) for x in c["days"]])
            day = dd[rng.integers(0, len(dd), len(k))]
        t = clock.times(rng, day, c.get("prof", "office"))
        amt = np.round(np.exp(rng.normal(np.log(c["amt"]), c.get("sigma", 0.5), len(k))), c.get("round", 0))
        tores = rng.random(len(k)) < c.get("p_res", 0.5)
        rr = rng.integers(0, R.n, len(k))
        dst = np.where(tores, R.acct[rr], R.ext_accts[rng.integers(0, len(R.ext_accts), len(k))])
        ok = dst >= 0
        add_txn(w, t[ok], acct[k[ok]], dst[ok], np.maximum(amt[ok], 1.0), channel=c.get("channel", "mobile_app"),
                initiated=L.msisdn[k[ok]] if c.get("initiated", True) else -1)


def run_web(w, rng, s, L, d0, d1):
    for dom, rate, foreign, app in s.get("web", []):
        n = len(L)
        k, day = per_day_events(rng, d0, d1, np.full(n, float(rate)))
        t = clock.times(rng, day, "adult")
        ips = w.cat.new_ips(rng, 2, offshore=foreign)
        add_web(w, t, L.msisdn[k], w.I(dom), ips[rng.integers(0, 2, len(k))], path=w.I("/"),
                app=w.I(app) if app else -1, rng=rng)


def label(w, s, L, acct, extra=None):
    kind = s["name"]
    role = f"lookalike:{kind}"
    for et in s.get("label", ("msisdn",)):
        if et == "msisdn":
            w.truth.add("msisdn", L.msisdn, role, None, kind)
        elif et == "account":
            w.truth.add("account", acct, role, None, kind)
        elif et == "imei":
            w.truth.add("imei", np.unique(L.imei[L.imei > 0]), role, None, kind)
        else:
            w.truth.add(et, s["label_values"][et], role, None, kind)
    w.fb["la"].append((kind, L.msisdn, s))


def run(w: World, s):
    rng = w.rng("la." + s["name"])
    n = w.n(s["n"])
    if "fn" in s:
        s["fn"](w, rng, s, n)
        return
    L, res = make_lines(w, rng, s, n)
    if len(L) == 0:
        return
    a0, a1 = s.get("days", (0, w.days))
    d0 = np.maximum(np.full(len(L), min(a0, w.days - 1)), L.extra.get("d0", 0))
    d1 = np.full(len(L), min(a1, w.days))
    d1 = np.maximum(d1, d0 + 1)
    if res is None and L.imsi[0] >= 0:
        presence(w, rng, L, d0, d1, lu_per_day=s.get("lu", 1.5), data_per_day=s.get("data", 2.0 if L.smart else 0),
                 power_cycle=bool(L.extra.get("d0", np.zeros(1)).max() > 0) or s.get("card") == "window")
    k = t = None
    if "calls" in s:
        k, t, num, r_, rr = run_calls(w, rng, s, L, res, s["calls"], d0, d1)
    if "calls_in" in s:
        run_calls_in(w, rng, s, L, s["calls_in"], d0, d1)
    if "sms" in s:
        run_sms(w, rng, s, L, s["sms"], d0, d1)
    acct = None
    if "money_in" in s or "money_out" in s or "account" in s.get("label", ()):
        acct = accounts_for(w, rng, L, res, s)
        run_money(w, rng, s, L, acct, d0, d1)
    if "inet" in s:
        for p in s["inet"]:
            w.reg.add_inet(p, L.msisdn, np.maximum(L.extra.get("open", START - DAY), START - 20 * DAY) +
                           rng.integers(HOUR, 3 * DAY, len(L)))
    run_web(w, rng, s, L, d0, d1)
    if "sideload" in s:
        app, url, use = s["sideload"]
        ti = START + d0 * DAY + rng.integers(9 * HOUR, 20 * HOUR, len(L))
        add_app(w, ti, L.msisdn, w.I(app), "install", w.I(url))
        kk, day = per_day_events(rng, d0, d1, np.full(len(L), float(use)))
        add_app(w, clock.times(rng, day, "office"), L.msisdn[kk], w.I(app), "use")
    label(w, s, L, acct)


# ---- custom kinds ---------------------------------------------------------------------------------------
def port_sms(w, rng, s, n):
    """A 106 port (bank, government, issuer) texting many residents: the sender is the look-alike."""
    nums = np.array(s["ports"][:max(n, 1)], dtype=np.int64)
    L = Lines(nums, np.full(len(nums), -1), np.full(len(nums), -1), np.full(len(nums), -1), np.full(len(nums), -1))
    c = s["sms"]
    R = w.R
    wt = _w_res(w, c.get("res_w"))
    wt = np.ones(R.n) if wt is None else wt
    k = int(R.n * c["reach"])
    res = rng.choice(R.n, k, replace=False, p=wt / wt.sum())
    days = np.array([min(x, w.days - 1) for x in c["days"]])
    t = START + days[rng.integers(0, len(days), k)] * DAY + rng.integers(9 * HOUR, 18 * HOUR, k)
    tpl = T.pick(rng, c["group"], k)
    kinds = T.kinds(tpl)
    param = np.where(kinds == "tok", rng.integers(0, 36**5, k), rng.integers(1, 13, k))
    src = nums[rng.integers(0, len(nums), k)]
    add_sms(w, t, src, R.msisdn[res], tpl, param)
    w.fb["la_contacts"].append((src, res, t, s["name"]))
    for dom in s.get("domains", []):
        m = (rng.random(k) < 0.06) & R.smart[res]
        v, tv = res[m], t[m] + rng.integers(60, 3 * HOUR, int(m.sum()))
        add_web(w, tv, R.msisdn[v], w.I(dom), w.cat.new_ips(rng, 1, offshore=False)[0],
                path=w.I("/"), rng=rng)
    label(w, s, L, None)


def repair_shop(w, rng, s, n):
    """Phone repair shops put customers' cards into a test handset: one IMEI, many IMSIs."""
    R, cells = w.R, w.cells
    areas = [cells.area_idx(a) for a in ("Heping", "Zhongshan", "Tiedong", "Guta", "Haizhou", "Yuanbao")]
    ar = np.array(areas)[np.arange(n) % len(areas)]
    shop = mk_lines(w, rng, n, cell=cells.in_area(rng, ar), area=ar, wander=0.0, open_time=START - 3 * YEAR,
                    region=CITIES[cells.area_city[ar[0]]])
    test = w.reg.imeis(n, "smart", rng)
    presence(w, rng, shop, np.zeros(n, np.int64), np.full(n, w.days), lu_per_day=1, data_per_day=3,
             power_cycle=False)
    k, day = per_day_events(rng, np.zeros(n, np.int64), np.full(n, w.days), 6)
    t = clock.times(rng, day, "office")
    cust = rng.integers(0, R.n, len(k))
    c = shop.cell[k]
    add_dev(w, t, R.msisdn[cust], R.imsi[cust], test[k], c, "power_on")
    add_dev(w, t + 3, R.msisdn[cust], R.imsi[cust], test[k], c, "attach")
    r, dur, ring = outcome(w, rng, len(k), 0.9, 8, 0.3)
    add_calls(w, t + 40, R.msisdn[cust], np.where(rng.random(len(k)) < 0.5, SERVICE["10079"], shop.msisdn[k]), r, dur,
              ring, imei=test[k], imsi=R.imsi[cust], ccell=c, ecell=np.where(rng.random(len(k)) < 0.5, -1, c))
    add_dev(w, t + rng.integers(120, 900, len(k)), R.msisdn[cust], R.imsi[cust], test[k], c, "power_off")
    L = Lines(shop.msisdn, shop.imsi, test, shop.cell, shop.area)
    label(w, s, L, None)


def activation_phone(w, rng, s, n):
    """Operator stores activate new cards in one handset (a test call to 10079) before the customer leaves."""
    R, reg, cells = w.R, w.reg, w.cells
    areas = [cells.area_idx(a) for a in ("Heping", "Zhongshan", "Tiedong")]
    test = reg.imeis(n, "smart", rng)
    for j in range(n):
        ar = areas[j % len(areas)]
        cell = cells.in_area(rng, [ar])[0]
        city = CITIES[cells.area_city[ar]]
        m = w.n(28)
        buyers = rng.choice(np.flatnonzero((R.city == cells.area_city[ar]) & (R.age >= 18)), m)
        topen = START + rng.integers(0, w.days * DAY - DAY, m)
        topen = START + w.day_of(topen) * DAY + rng.integers(9 * HOUR, 20 * HOUR, m)
        num = reg.own_mobile(m)
        imsi = reg.imsis(m)
        reg.add_subs(num, imsi, R.card_id[buyers], topen, open_channel=f"{CITY_CODE[city]}-STORE-00{j + 1}",
                     open_cell=cell, prepaid=1, home_region=city)
        add_dev(w, topen + 60, num, imsi, test[j], cell, "power_on")
        add_dev(w, topen + 65, num, imsi, test[j], cell, "attach")
        r, dur, ring = outcome(w, rng, m, 0.95, 10, 0.3)
        add_calls(w, topen + 120, num, SERVICE["10079"], r, dur, ring, imei=test[j], imsi=imsi, ccell=cell)
        add_dev(w, topen + 400, num, imsi, test[j], cell, "power_off")
        # then the card lives in the customer's own phone
        newimei = reg.imeis(m, "smart", rng)
        t2 = np.minimum(topen + rng.integers(HOUR, 2 * DAY, m), w.end - 1)
        add_dev(w, t2, num, imsi, newimei, R.home_cell[buyers], "attach")
        add_dev(w, t2 + rng.integers(HOUR, DAY, m), num, imsi, newimei, R.home_cell[buyers],
                "data_session", nbytes=rng.integers(10**5, 10**7, m))
    L = Lines(np.zeros(n, np.int64), np.zeros(n, np.int64), test, np.zeros(n), np.zeros(n))
    label(w, dict(s, label=("imei",)), L, None)


def border_roaming(w, rng, s, n):
    """Dandong riverside phones latch onto North Korean networks across the Yalu now and then."""
    R, cells = w.R, w.cells
    res = R.pick(rng, n, (R.area == cells.area_idx("Zhenxing-riverside")) & (R.age >= 18))
    L = resident_lines(w, res)
    kp = w.I("KP")
    k, day = per_day_events(rng, np.zeros(n, np.int64), np.full(n, w.days), 2.5)
    t = clock.times(rng, day, "adult")
    add_dev(w, t, L.msisdn[k], L.imsi[k], L.imei[k], -1, "location_update", roam=kp)
    add_dev(w, t + rng.integers(300, 3600, len(k)), L.msisdn[k], L.imsi[k], L.imei[k], R.home_cell[res[k]],
            "location_update")
    m = rng.random(len(k)) < 0.3
    kk, tt = k[m], t[m] + 60
    num, rr = strangers(w, rng, len(kk), None, 0.3)
    r, dur, ring = outcome(w, rng, len(kk), 0.8, 80)
    add_calls(w, tt, L.msisdn[kk], num, r, dur, ring, imei=L.imei[kk], imsi=L.imsi[kk], roam=kp,
              ctype=np.full(len(kk), w.I("intl_out"), np.int32))
    label(w, s, L, None)


def call_forwarding(w, rng, s, n):
    """Shopkeepers forward the shop's card to a staff phone: an incoming call then an outgoing one of the
    same length from the shop's second card - the shape of a relay phone."""
    reg, cells = w.reg, w.cells
    ar = cells.area_idx("Haicheng-Xiliu")
    A = mk_lines(w, rng, n, cell=cells.in_area(rng, np.full(n, ar)), area=ar, open_time=START - 4 * YEAR,
                 region="Anshan")
    B = mk_lines(w, rng, n, kind="feature", cell=A.cell, area=ar, open_time=START - rng.integers(20 * DAY, 200 * DAY, n),
                 ids=A.extra["ids"], region="Anshan")
    presence(w, rng, A, 0, w.days, data_per_day=2, power_cycle=False)
    presence(w, rng, B, 0, w.days, power_cycle=False)
    staff = reg.ext_mobile(n, rng)
    k, day = per_day_events(rng, np.zeros(n, np.int64), np.full(n, w.days), 18)
    t = clock.times(rng, day, "office")
    cust, cres = strangers(w, rng, len(k), None, 0.25)
    r, dur, ring = outcome(w, rng, len(k), 0.95, 70)
    ok = r == w.I("answered")
    add_calls(w, t, cust, A.msisdn[k], r, dur + 10, ring, ecell=A.cell[k])
    add_calls(w, t[ok] + 6, B.msisdn[k[ok]], staff[k[ok]], r[ok], dur[ok], ring[ok], imei=B.imei[k[ok]],
              imsi=B.imsi[k[ok]], ccell=B.cell[k[ok]])
    L = Lines(np.concatenate([A.msisdn, B.msisdn]), np.zeros(2 * n), np.zeros(2 * n), np.zeros(2 * n), np.zeros(2 * n))
    label(w, s, L, None)


def sim_replacement(w, rng, s, n):
    """Lost phones over the holiday: the same number on a new SIM (IMSI) and a new handset."""
    R, reg = w.R, w.reg
    res = R.pick(rng, n, R.smart & (R.age >= 20) & (R.age < 70) & ~R.has2)
    newimsi = reg.imsis(n)
    newimei = reg.imeis(n, "smart", rng)
    t = START + rng.integers(3 * DAY, 9 * DAY, n)
    add_dev(w, t - rng.integers(DAY, 2 * DAY, n), R.msisdn[res], R.imsi[res], R.imei[res], R.home_cell[res], "detach")
    add_dev(w, t, R.msisdn[res], newimsi, newimei, R.home_cell[res], "power_on")
    add_dev(w, t + 3, R.msisdn[res], newimsi, newimei, R.home_cell[res], "attach")
    k = np.repeat(np.arange(n), 12)
    tt = t[k] + rng.integers(HOUR, 4 * DAY, len(k))
    add_dev(w, tt, R.msisdn[res[k]], newimsi[k], newimei[k], R.cell_at(rng, res[k], tt), "data_session",
            nbytes=rng.integers(10**5, 10**7, len(k)))
    num, rr = strangers(w, rng, len(k), None, 0.2)
    r, dur, ring = outcome(w, rng, len(k), 0.8, 70)
    add_calls(w, tt + 30, R.msisdn[res[k]], num, r, dur, ring, imei=newimei[k], imsi=newimsi[k],
              ccell=R.cell_at(rng, res[k], tt))
    for p in ("wechat", "alipay"):
        add_sms(w, t + rng.integers(600, 3600, n), SERVICE["alipay" if p == "alipay" else "wechatpay"], R.msisdn[res],
                T.group("code")[0], rng.integers(0, 10**6, n))
    label(w, s, resident_lines(w, res), None)


def used_phone_dealer(w, rng, s, n):
    """Second-hand phone dealers: each handset is tested with the dealer's card, then used by a buyer."""
    R, reg, cells = w.R, w.reg, w.cells
    ar = cells.area_idx("Huanggu")
    dealer = mk_lines(w, rng, 2, cell=cells.in_area(rng, [ar, ar]), area=ar, open_time=START - 2 * YEAR,
                      region="Shenyang")
    phones = reg.imeis(n, "smart", rng)
    t = START + rng.integers(0, (w.days - 2) * DAY, n)
    d = np.arange(n) % 2
    add_dev(w, t, dealer.msisdn[d], dealer.imsi[d], phones, dealer.cell[d], "power_on")
    add_dev(w, t + 5, dealer.msisdn[d], dealer.imsi[d], phones, dealer.cell[d], "attach")
    add_dev(w, t + 900, dealer.msisdn[d], dealer.imsi[d], phones, dealer.cell[d], "power_off")
    buyers = rng.choice(np.flatnonzero((R.city == CITIES.index("Shenyang")) & R.smart & ~R.has2), n, replace=False)
    tb = np.minimum(t + rng.integers(HOUR, DAY, n), w.end - 1)
    add_dev(w, tb, R.msisdn[buyers], R.imsi[buyers], phones, R.home_cell[buyers], "attach")
    add_dev(w, tb + rng.integers(HOUR, DAY, n), R.msisdn[buyers], R.imsi[buyers], phones,
            R.home_cell[buyers], "data_session", nbytes=rng.integers(10**5, 10**7, n))
    label(w, s, Lines(dealer.msisdn, dealer.imsi, phones, dealer.cell, dealer.area), None)


def shared_imei_dual(w, rng, s, n):
    """Cheap dual-SIM handsets that report one IMEI for both slots."""
    R = w.R
    res = R.pick(rng, n, (R.age >= 25) & (R.age < 70) & ~R.has2 & (np.array([z == "village" for z in R.zone])))
    second = mk_lines(w, rng, n, kind=None, cell=R.home_cell[res], area=R.area[res], ids=R.card_id[res],
                      open_time=START - rng.integers(100 * DAY, 3 * YEAR, n), imeis=R.imei[res], region=CITIES[R.city[res[0]]]
                      if len(res) else "Tieling")
    second.imei = R.imei[res].copy()
    presence(w, rng, second, 0, w.days, lu_per_day=1, power_cycle=False)
    k, day = per_day_events(rng, np.zeros(n, np.int64), np.full(n, w.days), 1.5)
    t = clock.times(rng, day, "adult")
    num, rr = strangers(w, rng, len(k), None, 0.3)
    lines_calls(w, rng, second, k, t, num, rr, 0.8, 80)
    label(w, dict(s, label=("imei",)), Lines(second.msisdn, second.imsi, R.imei[res], second.cell, second.area), None)


def phone_swap(w, rng, s, n):
    """New Year phone gifts: the card moves to a new handset (the everyday switch), a batch of new apps."""
    R = w.R
    res = R.pick(rng, n, R.switch_t < w.end)
    k = np.repeat(np.arange(len(res)), 6)
    t = R.switch_t[res][k] + rng.integers(600, 6 * HOUR, len(k))
    apps = w.cat.app[w.cat.app >= 0]
    add_app(w, t, R.msisdn[res[k]], apps[rng.integers(0, len(apps), len(k))], "install",
            w.I("https://appgallery.huawei.com/app/"))
    label(w, s, resident_lines(w, res), None)


def rural_agent(w, rng, s, n):
    """A legitimate rural agent opening many cards for villagers buying phones for the New Year."""
    R, cells = w.R, w.cells
    ar = cells.area_idx("Beipiao")
    buyers = R.pick(rng, n, (R.area == ar) & (R.age >= 18) & ~R.has2)
    cell = cells.in_area(rng, [ar])[0]
    topen = START + rng.integers(2 * DAY, 6 * DAY, len(buyers))
    L = mk_lines(w, rng, len(buyers), cell=R.home_cell[buyers], area=ar, wander=0.1, ids=R.card_id[buyers],
                 open_time=topen, channel="CY-AG-011", region="Chaoyang")
    R.used[buyers] = False
    add_dev(w, topen + 300, L.msisdn, L.imsi, L.imei, cell, "power_on")
    d0 = w.day_of(topen)
    presence(w, rng, L, d0, np.full(len(L), w.days), lu_per_day=1, data_per_day=2, power_cycle=False)
    k, day = per_day_events(rng, d0, np.full(len(L), w.days), 2.5)
    t = clock.times(rng, day, "elderly")
    fam = R.msisdn[np.clip(buyers[k] + rng.integers(-3, 4, len(k)), 0, R.n - 1)]
    lines_calls(w, rng, L, k, t, fam, np.clip(buyers[k] + rng.integers(-3, 4, len(k)), 0, R.n - 1), 0.85, 140)
    label(w, s, L, None)


def elderly_on_child_id(w, rng, s, n):
    """Grown children register cards for their old parents on their own ID: one ID, several cards."""
    R = w.R
    kids = R.pick(rng, max(1, n // 2), (R.age >= 30) & (R.age <= 50) & ~R.has2)
    kk = np.repeat(kids, 2)[:n]
    L = mk_lines(w, rng, len(kk), kind="feature", cell=R.home_cell[kk], area=R.area[kk], wander=0.05, ids=R.own_id[kk],
                 open_time=START - rng.integers(60 * DAY, 4 * YEAR, len(kk)), region=CITIES[R.city[kk[0]]])
    R.used[kids] = False
    presence(w, rng, L, 0, w.days, lu_per_day=0.8, power_cycle=False)
    k, day = per_day_events(rng, np.zeros(len(L), np.int64), np.full(len(L), w.days), 1.8)
    t = clock.times(rng, day, "elderly")
    lines_calls(w, rng, L, k, t, R.msisdn[kk[k]], kk[k], 0.9, 150)
    label(w, s, L, None)


def elderly_many_callers(w, rng, s, n):
    """Old people who hear from dozens of numbers at the New Year - relatives, old colleagues, their
    children's friends - and send the grandchildren red packets afterwards."""
    R = w.R
    res = R.pick(rng, n, (R.age >= 68) & (R.pay_acct >= 0))
    L = resident_lines(w, res)
    ev = w.eve_day if w.eve_day >= 0 else 0
    k = np.repeat(np.arange(len(res)), rng.integers(20, 45, len(res)))
    day = np.where(rng.random(len(k)) < 0.5, ev, min(ev + 1, w.days - 1))
    t = START + day * DAY + rng.integers(8 * HOUR, 22 * HOUR, len(k))
    callers = w.reg.ext_mobile(len(k), rng)
    r, dur, ring = outcome(w, rng, len(k), 0.85, 240, 0.8)
    add_calls(w, t, callers, L.msisdn[k], r, dur, ring, ecell=R.home_cell[res[k]])
    k2 = np.repeat(np.arange(len(res)), 4)
    t2 = np.minimum(START + min(ev + 1, w.days - 1) * DAY + rng.integers(9 * HOUR, 20 * HOUR, len(k2)), w.end - 1)
    add_txn(w, t2, R.pay_acct[res[k2]], R.ext_accts[rng.integers(0, len(R.ext_accts), len(k2))],
            rng.choice([500.0, 1000.0, 2000.0], len(k2)), channel="counter")
    label(w, s, L, None)


def redpacket_family(w, rng, s, n):
    R = w.R
    res = R.pick(rng, n, (R.age >= 40) & (R.age < 70) & R.smart & (R.pay_acct >= 0))
    L = resident_lines(w, res)
    ev = w.eve_day if w.eve_day >= 0 else 0
    k = np.repeat(np.arange(len(res)), rng.integers(25, 60, len(res)))
    t = np.minimum(START + ev * DAY + rng.integers(19 * HOUR, 26 * HOUR, len(k)), w.end - 1)
    to = np.where(rng.random(len(k)) < 0.5, R.pay_acct[rng.integers(0, R.n, len(k))],
                  R.ext_accts[rng.integers(0, len(R.ext_accts), len(k))])
    ok = to >= 0
    add_txn(w, t[ok], R.pay_acct[res[k[ok]]], to[ok], rng.choice([88.0, 168.0, 200.0, 666.0], int(ok.sum())),
            channel="third_party", initiated=L.msisdn[k[ok]])
    label(w, s, L, None)


def teen_recharge(w, rng, s, n):
    R = w.R
    res = R.pick(rng, n, (R.age < 18) & R.gamer & (R.pay_acct >= 0))
    L = resident_lines(w, res)
    k = np.repeat(np.arange(len(res)), rng.integers(4, 10, len(res)))
    t = clock.times(rng, rng.integers(max(0, w.days - 8), w.days, len(k)), "young")
    add_txn(w, t, R.pay_acct[res[k]], R.platform_acct[0], np.round(rng.choice([68, 128, 328, 648], len(k)) * 1.0),
            channel="third_party", initiated=L.msisdn[k])
    add_web(w, t - 60, L.msisdn[k], w.I("pvp.qq.com"), w.cat.ip[0, 0], path=w.I("/pay"), app=w.I("com.tencent.tmgp.sgame"),
            rng=rng)
    label(w, s, L, None)


def accountant_transfer(w, rng, s, n):
    """Real accountants paying suppliers large sums at the year-end after a call with the boss."""
    R, reg = w.R, w.reg
    res = R.pick(rng, n, (R.occ == ACCOUNTANT) & (R.employer >= 0))
    L = resident_lines(w, res)
    boss = reg.ext_mobile(len(res), rng)
    days = rng.choice([min(x, w.days - 1) for x in (1, 2, 3, 7, 8)], len(res))
    t = START + days * DAY + rng.integers(9 * HOUR, 16 * HOUR, len(res))
    r = np.full(len(res), w.I("answered"), np.int32)
    med = np.where(rng.random(len(res)) < 0.4, w.I("video"), w.I("voice")).astype(np.int32)
    add_calls(w, t, boss, L.msisdn, r, rng.integers(60, 400, len(res)), rng.integers(2, 9, len(res)),
              ecell=R.cell_at(rng, res, t), media=med)
    sup = reg.accounts(len(res))
    amt = np.round(rng.uniform(60000, 500000, len(res)), -2)
    add_txn(w, t + rng.integers(15 * MIN, 2 * HOUR, len(res)), R.emp_acct[R.employer[res]], sup, amt,
            channel="mobile_app", initiated=L.msisdn)
    label(w, s, L, None)


def crypto_user(w, rng, s, n):
    R = w.R
    res = R.pick(rng, n, R.smart & (R.age >= 22) & (R.age < 45) & (R.pay_acct >= 0))
    L = resident_lines(w, res)
    ips = w.cat.new_ips(rng, 3)
    k, day = per_day_events(rng, np.zeros(len(res), np.int64), np.full(len(res), w.days), 3)
    t = clock.times(rng, day, "young")
    add_web(w, t, L.msisdn[k], w.I.many(["www.binance.com", "www.okx.com", "accounts.binance.com"])[rng.integers(0, 3, len(k))],
            ips[rng.integers(0, 3, len(k))], path=w.I("/trade"), rng=rng)
    sellers = w.reg.accounts(30)
    k2 = np.repeat(np.arange(len(res)), 2)
    t2 = clock.times(rng, rng.integers(0, w.days, len(k2)), "evening")
    add_txn(w, t2, R.pay_acct[res[k2]], sellers[rng.integers(0, 30, len(k2))], np.round(rng.uniform(2000, 20000, len(k2)), 0),
            channel="mobile_app", initiated=L.msisdn[k2])
    label(w, s, L, None)


def researchers(w, rng, s, n):
    R = w.R
    res = R.pick(rng, n, (np.array([z == "univ" for z in R.zone])) & (R.age >= 23) & R.smart)
    L = resident_lines(w, res)
    doms = ["github.com", "arxiv.org", "www.overleaf.com", "huggingface.co", "s3.amazonaws.com", "scholar.google.com"]
    ips = w.cat.new_ips(rng, 6)
    k, day = per_day_events(rng, np.zeros(len(res), np.int64), np.full(len(res), w.days), 9)
    t = clock.times(rng, day, "young")
    j = rng.integers(0, len(doms), len(k))
    add_web(w, t, L.msisdn[k], w.I.many(doms)[j], ips[j], path=w.I("/"), nbytes=rng.integers(10**5, 5 * 10**8, len(k)),
            rng=rng)
    add_app(w, START + rng.integers(0, DAY, len(res)), L.msisdn, w.I("com.clash.verge"), "install",
            w.I("https://github.com/clash-verge/releases/app.apk"))
    label(w, s, L, None)


def enterprise_app(w, rng, s, n):
    """Employees of a Dalian FTZ logistics firm install the company's own app from its site."""
    R = w.R
    res = R.pick(rng, w.n(18), (R.city == CITIES.index("Dalian")) & R.worker & R.smart)
    R.used[res] = False
    doms = s["label_values"]["domain"]
    apps = s["label_values"]["app"]
    j = np.arange(len(res)) % len(apps)
    ti = START + rng.integers(0, 4 * DAY, len(res))
    add_web(w, ti - 60, R.msisdn[res], w.I.many(doms)[j], w.cat.new_ips(rng, 1, offshore=False)[0], path=w.I("/download"),
            rng=rng)
    add_app(w, ti, R.msisdn[res], w.I.many(apps)[j], "install", w.I.many([f"https://{d}/download/app.apk" for d in doms])[j])
    k = np.repeat(np.arange(len(res)), 15)
    t = ti[k] + rng.integers(HOUR, 8 * DAY, len(k))
    add_app(w, t, R.msisdn[res[k]], w.I.many(apps)[j[k]], "use")
    label(w, dict(s, label=("domain", "app")), Lines(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0)), None)


def new_domains(w, rng, s, n):
    """New legitimate sites many residents visit (a heating company's new payment site, a subsidy portal,
    foreign sites behind a shared CDN IP)."""
    R = w.R
    doms = s["label_values"].get("domain", [])
    ipl = s["label_values"].get("ip", [])
    wt = _w_res(w, s.get("res_w"))
    wt = np.where(R.smart, 1.0, 0.0) * (1.0 if wt is None else wt)
    m = int(R.n * s.get("reach", 0.05))
    v = rng.choice(R.n, m, p=wt / wt.sum())
    t = clock.times(rng, rng.integers(0, w.days, m), "adult")
    if doms:
        j = rng.integers(0, len(doms), m)
        ips = w.cat.new_ips(rng, len(doms), offshore=s.get("foreign", False))
        add_web(w, t, R.msisdn[v], w.I.many(doms)[j], ips[j], path=w.I("/"), rng=rng)
    if ipl:
        j = rng.integers(0, len(ipl), m)
        sites = w.I.many(s["sites"])
        add_web(w, t, R.msisdn[v], sites[rng.integers(0, len(sites), m)], w.I.many(ipl)[j], path=w.I("/"), rng=rng)
    label(w, dict(s, label=tuple(x for x in ("domain", "ip") if s["label_values"].get(x))),
          Lines(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0)), None)


def privacy_numbers(w, rng, s, n):
    """Ride-hailing and delivery privacy numbers (AXB): virtual numbers that call and are called by many."""
    R, reg = w.R, w.reg
    lic = reg.ids(1)[0]
    nums = reg.own_mobile(n)
    reg.add_subs(nums, -1, lic, START - rng.integers(200 * DAY, 2 * YEAR, n), id_type="business_license",
                 customer_type="enterprise", open_channel="SY-ENT-09", prepaid=0, home_region="Shenyang")
    L = Lines(nums, np.full(n, -1), np.full(n, -1), np.full(n, -1), np.full(n, -1))
    for direction in (0, 1):
        k, day = per_day_events(rng, np.zeros(n, np.int64), np.full(n, w.days), 45)
        t = clock.times(rng, day, "evening")
        num, res = strangers(w, rng, len(k), None, 0.3)
        r, dur, ring = outcome(w, rng, len(k), 0.8, 35)
        ecell = np.full(len(k), -1, np.int64)
        m = res >= 0
        ecell[m] = R.cell_at(rng, res[m], t[m])
        if direction == 0:
            add_calls(w, t, nums[k], num, r, dur, ring, ecell=ecell, gateway="AXB-PLATFORM")
        else:
            add_calls(w, t, num, nums[k], r, dur, ring, ccell=ecell, gateway="AXB-PLATFORM")
    label(w, s, L, None)


def fishing_crew(w, rng, s, n):
    cells = w.cells
    ar = cells.area_idx("Donggang-port")
    L = mk_lines(w, rng, n, cell=cells.in_area(rng, np.full(n, ar)), area=ar, wander=0.5, open_time=START - 3 * YEAR,
                 region="Dandong")
    for d in range(w.days):
        out = rng.random(n) < 0.5
        t0 = START + d * DAY + rng.integers(3 * HOUR, 5 * HOUR, n)
        add_dev(w, t0[out], L.msisdn[out], L.imsi[out], L.imei[out], L.cell[out], "detach")
        t1 = t0 + rng.integers(10 * HOUR, 14 * HOUR, n)
        add_dev(w, t1[out], L.msisdn[out], L.imsi[out], L.imei[out], cells.in_area(rng, np.full(out.sum(), ar)), "attach")
    k, day = per_day_events(rng, np.zeros(n, np.int64), np.full(n, w.days), 4)
    t = START + day * DAY + rng.integers(16 * HOUR, 22 * HOUR, len(k))
    num, res = strangers(w, rng, len(k), None, 0.4)
    lines_calls(w, rng, L, k, t, num, res, 0.8, 120)
    label(w, s, L, None)


# ---- the kinds ------------------------------------------------------------------------------------------
SY_URBAN = ["Heping", "Shenhe", "Huanggu", "Tiexi", "Dadong", "Yuhong", "Hunnan"]
DL_URBAN = ["Zhongshan", "Xigang", "Shahekou", "Ganjingzi"]

KINDS = [
    # call volume to strangers, low answer rates: the shape of SIM boxes and call centres
    K("heating_cs_outbound", 6, where=["Heping"], line="fixed", ids="licence", calls=dict(rate=90, p_res=0.35,
      ans=0.55, dur=70, prof="office", workdays=False, res_w="adult"), calls_in=dict(rate=45, ans=0.85, dur=150),
      channel="SY-ENT-01"),
    K("heating_repair_crew", 6, where=SY_URBAN, card="season", ids="licence", wander=0.6,
      calls=dict(rate=35, p_res=0.4, ans=0.75, dur=60, prof="adult", res_w="elderly"), calls_in=dict(rate=15, ans=0.8)),
    K("medins_bureau_reminder", 5, where=["Shenhe"], line="fixed", ids="licence", days=(0, 6),
      calls=dict(rate=120, p_res=0.35, ans=0.5, dur=50, prof="office", res_w="elderly", workdays=True),
      calls_in=dict(rate=20, ans=0.9, dur=180)),
    K("debt_collector", 8, where=["Heping", "Zhongshan"], card="new", ids="licence",
      calls=dict(rate=150, p_res=0.3, ans=0.25, dur=40, prof="den", res_w="young", clients=60, repeat=0.6),
      sms=dict(rate=25, group="debt", p_res=0.3, to_clients=True), data=1),
    K("debt_collector_voip", 5, where=["Hunnan"], line="voip", ids="licence",
      calls=dict(rate=200, p_res=0.3, ans=0.2, dur=35, prof="den", gateway="SBC-SY-03", clients=80, repeat=0.5)),
    K("telesales_insurance", 6, where=["Shenhe"], line="fixed", ids="licence",
      calls=dict(rate=180, p_res=0.25, ans=0.3, dur=30, prof="office", workdays=True)),
    K("telesales_education", 5, where=["Zhongshan"], card="new", ids="licence",
      calls=dict(rate=120, p_res=0.3, ans=0.3, dur=45, prof="office", res_w="parents")),
    K("real_estate_agent", 6, where=["Hunnan", "Ganjingzi"], card="new", wander=0.4,
      calls=dict(rate=80, p_res=0.25, ans=0.4, dur=60, prof="adult"), sms=dict(rate=30, group="realestate")),
    K("courier_peak", 8, where=SY_URBAN + DL_URBAN, card="season", wander=0.7,
      calls=dict(rate=90, p_res=0.35, ans=0.75, dur=20, prof="adult", res_w="shoppers"),
      sms=dict(rate=20, group="courier_call", p_res=0.35), calls_in=dict(rate=25, ans=0.7, dur=30)),
    K("food_rider", 6, where=SY_URBAN, card="new", wander=0.8, kind="smart",
      calls=dict(rate=60, p_res=0.35, ans=0.8, dur=15, prof="evening", res_w="shoppers"), data=8),
    K("privacy_number_pool", 10, fn=privacy_numbers),
    K("bank_wealth_seller", 5, where=["Heping", "Zhongshan"], calls=dict(rate=60, p_res=0.35, ans=0.55, dur=150,
      prof="office", res_w="adult", clients=150, repeat=0.7), sms=dict(rate=20, group="bank_mkt", to_clients=True)),
    K("express_cs_legit", 4, where=["Tiexi"], line="fixed", ids="licence",
      calls=dict(rate=80, p_res=0.3, ans=0.6, dur=110, prof="office", res_w="shoppers")),
    K("operator_outbound_cs", 3, where=["Heping"], line="voip", ids="licence",
      calls=dict(rate=200, p_res=0.9, ans=0.45, dur=60, prof="office", gateway="SBC-SY-01")),
    K("stats_survey_line", 3, where=["Shenhe"], line="fixed", ids="licence", days=(0, 4),
      calls=dict(rate=100, p_res=0.4, ans=0.4, dur=200, prof="office")),
    K("hospital_followup", 3, where=["Heping"], line="fixed", ids="licence",
      calls=dict(rate=50, p_res=0.4, ans=0.7, dur=120, prof="office", res_w="elderly")),
    K("police_antifraud_volunteer", 4, where=SY_URBAN, card="aged",
      calls=dict(rate=40, p_res=0.6, ans=0.65, dur=150, prof="office", res_w="elderly")),
    K("community_grid_worker", 5, where=SY_URBAN, calls=dict(rate=35, p_res=0.6, ans=0.7, dur=60, prof="office",
      res_w="elderly"), sms=dict(rate=30, group="grid", p_res=0.6)),
    K("taxi_dispatch", 3, where=["North-station"], line="fixed", ids="licence",
      calls=dict(rate=150, p_res=0.3, ans=0.85, dur=15, prof="adult")),
    K("hotel_switchboard", 3, where=["Xingcheng-seaside", "Zhongshan"], line="fixed", ids="licence",
      calls=dict(rate=50, p_res=0.25, ans=0.7, dur=60, prof="adult"), calls_in=dict(rate=60, ans=0.9)),
    K("driving_school_coach", 4, where=["Yuhong", "Ganjingzi"], card="new", calls=dict(rate=40, p_res=0.3, ans=0.7,
      dur=50, prof="morning", res_w="young", clients=40, repeat=0.8)),
    K("port_dispatcher", 5, where=["Bayuquan-port", "Dayaowan-port"], calls=dict(rate=60, p_res=0.2, ans=0.8, dur=20,
      prof="flat", clients=150, repeat=0.85), sms=dict(rate=40, group="port", to_clients=True)),
    K("customs_broker", 5, where=["Jinpu-FTZ"], calls=dict(rate=40, p_res=0.2, ans=0.75, dur=90, prof="office",
      clients=80, repeat=0.8, intl="KR", intl_frac=0.12), sms=dict(rate=20, group="customs_broker", to_clients=True)),
    K("ice_tour_guide_newcard", 6, where=["Water-cave", "Qipanshan-ski", "North-station"], card="new", wander=0.6,
      calls=dict(rate=40, p_res=0.3, ans=0.7, dur=60, prof="morning", clients=50, repeat=0.6),
      sms=dict(rate=25, group="tour", to_clients=True)),
    K("ski_resort_staff", 6, where=["Qipanshan-ski", "Linhai-ski"], card="new", wander=0.05,
      calls=dict(rate=30, p_res=0.3, ans=0.7, dur=50, prof="adult"), sms=dict(rate=30, group="ski"),
      money_in=dict(rate=25, amt=180, qr=True, p_res=0.3)),
    K("hot_spring_booking", 3, where=["Xingcheng-seaside"], card="new", calls=dict(rate=45, p_res=0.3, ans=0.6, dur=70,
      prof="adult"), sms=dict(rate=25, group="hotel")),
    K("new_year_party_organiser", 5, where=SY_URBAN + DL_URBAN, days=(0, 5),
      sms=dict(rate=0, group="party", burst=[1, 2, 3], burst_n=150, p_res=0.3)),
    K("univ_club_organiser", 4, who="res", filt=lambda R: R.occ == STUDENT, days=(0, 6),
      sms=dict(rate=0, group="party", burst=[2, 4], burst_n=120, p_res=0.4, res_w="students")),
    K("school_teacher_notice", 6, where=SY_URBAN + DL_URBAN + ["Guta"], days=(0, 4),
      sms=dict(rate=0, group="school", burst=[0, 1, 2], burst_n=200, p_res=0.3, res_w="parents")),
    K("village_cadre_sms", 5, who="res", filt=lambda R: np.array([z == "village" for z in R.zone]) & (R.age >= 40) &
      (R.age < 62), sms=dict(rate=0, group="village", burst=[1, 3, 7], burst_n=180, p_res=0.5, res_w="villagers")),
    K("weishang_microtrader", 5, who="res", filt=lambda R: (R.age >= 25) & (R.age < 45) & R.smart,
      sms=dict(rate=50, group="weishang", p_res=0.3), money_in=dict(rate=12, amt=120, qr=True, p_res=0.5)),
    K("lottery_shop", 4, where=["Tiedong", "Guta", "Dadong", "Haizhou"], sms=dict(rate=25, group="lottery_shop",
      p_res=0.4, res_w="adult"), calls=dict(rate=15, p_res=0.4, ans=0.8, dur=60, prof="adult"),
      money_in=dict(rate=20, amt=100, qr=True, p_res=0.5), money_out=dict(rate=3, amt=400, p_res=0.6)),
    K("seafood_giftbox_seller", 4, where=["Zhongshan", "Lvshunkou"], sms=dict(rate=30, group="restaurant"),
      calls=dict(rate=30, p_res=0.3, ans=0.7, dur=60, prof="adult"), money_in=dict(rate=25, amt=300, qr=True),
      forward=dict(frac=0.5, delay=8 * HOUR, share=0.7)),
    K("group_buying_restaurant", 5, where=SY_URBAN, sms=dict(rate=35, group="restaurant", p_res=0.35),
      money_in=dict(rate=45, amt=90, qr=True, p_res=0.5), label=("account",)),
    K("fireworks_stall", 4, where=["Xinmin", "Heishan", "Gaizhou", "Dengta"], card="new", days=(0, 7),
      calls=dict(rate=25, p_res=0.4, ans=0.8, dur=50, prof="adult"), money_in=dict(rate=30, amt=150, qr=True, p_res=0.6)),
    # money fan-in and fan-out
    K("payroll_bonus_account", 5, where=["Tiexi", "Angang-works", "Jinpu-FTZ"], ids="licence",
      money_out=dict(rate=30, amt=8000, days=[2, 3, 8], prof="office", initiated=False, channel="counter",
                     sigma=0.5, p_res=0.6, round=-1), label=("account",)),
    K("market_vendor_qr", 6, where=["Haicheng-Xiliu", "Guomenwan-trade"], money_in=dict(rate=50, amt=60, qr=True, p_res=0.4),
      forward=dict(frac=0.15, delay=20 * HOUR, share=3.0), label=("account",)),
    K("daigou_dalian", 5, where=DL_URBAN, calls=dict(rate=12, p_res=0.3, ans=0.8, dur=70, prof="evening", intl="KR",
      intl_frac=0.25), sms=dict(rate=20, group="daigou"), money_in=dict(rate=15, amt=900, p_res=0.5),
      forward=dict(frac=0.8, delay=3 * HOUR, share=0.85)),
    K("used_car_dealer", 3, where=["Yuhong", "Ganjingzi"], calls=dict(rate=25, p_res=0.3, ans=0.7, dur=120),
      money_in=dict(rate=1.2, amt=60000, p_res=0.5, round=-2), forward=dict(frac=0.9, delay=DAY, share=0.9),
      label=("msisdn", "account")),
    K("wedding_family", 4, who="res", filt=lambda R: (R.age >= 45) & (R.age < 62) & (R.pay_acct >= 0),
      money_in=dict(rate=0.0, amt=800, p_res=0.6), label=("account",), fn=None),
    K("landlord_many_tenants", 4, where=["Shenbei-campus", "Lingshui-campus", "Hunnan"],
      money_in=dict(rate=3, amt=1200, p_res=0.6, sigma=0.3, round=-1), sms=dict(rate=2, group="p2p"),
      label=("account",)),
    K("property_mgmt_fees", 3, where=SY_URBAN, ids="licence", money_in=dict(rate=40, amt=1800, p_res=0.7),
      sms=dict(rate=60, group="grid", p_res=0.7), label=("account",)),
    K("heating_fee_agent", 3, where=["Yinzhou", "Haizhou", "Shuangta"], money_in=dict(rate=12, amt=2200, p_res=0.8),
      forward=dict(frac=0.95, delay=2 * DAY, share=0.98), label=("account",)),
    K("dandong_border_trader", 5, where=["Guomenwan-trade", "Yuanbao"], card="new", wander=0.4,
      calls=dict(rate=25, p_res=0.2, ans=0.75, dur=90, prof="office", intl="KP", intl_frac=0.15, clients=60,
                 repeat=0.7), calls_in=dict(rate=15, ans=0.8, intl="KP", intl_frac=0.1),
      money_in=dict(rate=4, amt=6000, p_res=0.3, round=-1), forward=dict(frac=0.6, delay=6 * HOUR, share=0.9)),
    K("kp_trade_payment_agent", 3, where=["Guomenwan-trade", "Zhenxing-riverside"],
      calls=dict(rate=15, p_res=0.2, ans=0.8, dur=100, intl="KP", intl_frac=0.3),
      money_in=dict(rate=6, amt=30000, p_res=0.2, round=-2), forward=dict(frac=0.9, delay=5 * HOUR, share=0.95),
      label=("msisdn", "account")),
    K("wholesale_vegetable_buyer", 3, where=["Xinmin", "Heishan"], money_out=dict(rate=25, amt=900, prof="morning",
      p_res=0.7), label=("account",)),
    K("charity_heating_donation", 2, where=["Dadong"], money_in=dict(rate=30, amt=50, p_res=0.8, qr=True),
      label=("account",)),
    K("mahjong_parlour_owner", 3, where=["Tiedong", "Yinzhou", "Shuangta"], calls=dict(rate=20, p_res=0.5, ans=0.85,
      dur=40, prof="evening"), money_in=dict(rate=20, amt=200, p_res=0.6, prof="night")),
    K("game_trader_legit", 5, who="res", filt=lambda R: (R.age >= 18) & (R.age < 28) & R.gamer,
      money_in=dict(rate=4, amt=300, p_res=0.3), calls=dict(rate=6, p_res=0.2, ans=0.7, dur=90, prof="young"),
      inet=["game:jiaoyimao", "qq"]),
    K("xianyu_seller", 4, who="res", filt=lambda R: (R.age >= 20) & (R.age < 40) & R.smart,
      money_in=dict(rate=5, amt=150, p_res=0.4), calls=dict(rate=5, p_res=0.3, ans=0.7, dur=60, prof="young")),
    # new cards, many accounts, many cards on one ID
    K("student_newcard_many_accounts", 8, where=["Shenbei-campus", "Lingshui-campus", "Songshan-campus"], card="window",
      inet=["wechat", "qq", "alipay", "douyin", "taobao", "meituan", "pdd", "kuaishou", "xiaohongshu", "12306",
            "bilibili"], calls=dict(rate=6, p_res=0.5, ans=0.8, dur=100, prof="young", res_w="students"), data=6),
    K("migrant_worker_returning", 8, where=["Xinmin", "Kangping", "Beipiao", "Zhuanghe"], card="window",
      calls=dict(rate=10, p_res=0.3, ans=0.7, dur=120, prof="adult", res_w="villagers"), inet=["wechat", "douyin"]),
    K("foreign_student_passport", 5, where=["Lingshui-campus"], card="new", id_type="passport",
      calls=dict(rate=6, p_res=0.2, ans=0.8, dur=150, prof="young", intl="RU", intl_frac=0.5),
      inet=["wechat", "alipay"], web=[("vk.com", 3, True, None), ("www.gosuslugi.ru", 0.3, True, None)]),
    K("company_cards_one_licence", 8, where=["Tiexi", "Jinpu-FTZ"], ids="licence",
      calls=dict(rate=12, p_res=0.2, ans=0.8, dur=90, prof="office")),
    K("bus_company_newcards", 6, where=["Yuhong"], ids="licence", card="new", wander=0.9,
      calls=dict(rate=5, p_res=0.2, ans=0.8, dur=40, prof="morning")),
    K("family_cards_on_one_id", 6, fn=elderly_on_child_id),
    K("rural_agent_newyear_cards", 8, fn=rural_agent),
    K("sleeping_card_woken", 8, where=["Kangping", "Xiuyan", "Huanren", "Jianping"], card="aged", days=(4, 12),
      calls=dict(rate=8, p_res=0.4, ans=0.8, dur=150, prof="elderly", res_w="villagers"), lu=0.5),
    K("iot_pos_batch", 10, where=SY_URBAN, line="iot", kind="pos", ids="licence", card="season", wander=0.0, lu=0.2,
      data=24),
    K("smart_heat_meter_batch", 10, where=["Shenhe", "Huanggu"], line="iot", kind="meter", ids="licence",
      card="season", wander=0.0, lu=0.05, data=12),
    K("vehicle_tracker_batch", 6, where=["Bayuquan-port", "Dayaowan-port"], line="iot", kind="module", ids="licence",
      wander=0.9, lu=6, data=30),
    # abroad and the border
    K("overseas_worker_korea", 6, where=["Zhuanghe", "Kuandian"], roam="KR",
      calls=dict(rate=3, p_res=0.6, ans=0.8, dur=400, prof="evening", res_w="villagers"), data=5),
    K("overseas_worker_japan", 4, where=["Wafangdian", "Xinbin"], roam="JP", calls=dict(rate=2.5, p_res=0.6, ans=0.8,
      dur=350, prof="evening"), data=4),
    K("russia_trader_roaming", 4, where=["Zhongshan", "Yuanbao"], roam="RU", calls=dict(rate=8, p_res=0.3, ans=0.75,
      dur=120, prof="office"), data=3),
    K("dandong_border_roaming", 6, fn=border_roaming),
    K("russian_interpreter", 3, where=["Zhongshan"], calls=dict(rate=12, p_res=0.2, ans=0.8, dur=180, intl="RU",
      intl_frac=0.4)),
    K("video_call_family_abroad", 6, who="res", filt=lambda R: (R.age >= 45) & R.smart,
      calls=dict(rate=1.2, p_res=0.0, ans=0.85, dur=900, prof="evening", intl="KR", intl_frac=1.0, video=0.8),
      calls_in=dict(rate=1.0, ans=0.9, dur=900, intl="KR", intl_frac=1.0, prof="evening")),
    K("fishing_boat_crew", 4, fn=fishing_crew),
    # look like victims
    K("elderly_many_callers", 8, fn=elderly_many_callers),
    K("family_redpacket_sender", 8, fn=redpacket_family),
    K("teen_game_recharge", 6, fn=teen_recharge),
    K("accountant_yearend_transfer", 6, fn=accountant_transfer),
    K("boss_new_phone_video", 4, where=["Hunnan", "Jinpu-FTZ"], card="new",
      calls=dict(rate=3, p_res=0.5, ans=0.9, dur=90, prof="office", video=0.6, res_w="adult"), inet=["wechat"]),
    K("brokerage_app_user", 6, who="res", filt=lambda R: (R.age >= 30) & (R.age < 65) & R.smart & (R.acct >= 0),
      web=[("www.htsc.com.cn", 3, False, "com.lphtsccft"), ("eastmoney.com", 4, False, "com.eastmoney.android.berlin")],
      money_out=dict(rate=0.5, amt=30000, p_res=0.0, round=-2)),
    K("loan_app_user", 6, who="res", filt=lambda R: (R.age >= 22) & (R.age < 45) & R.smart & (R.acct >= 0),
      web=[("www.360jie.com.cn", 1.5, False, "com.qihoo.loan")], money_in=dict(rate=0.3, amt=8000, p_res=0.0, round=-2),
      sideload=("com.qihoo.loan", "https://appgallery.huawei.com/app/com.qihoo.loan", 1)),
    K("crypto_curious_user", 4, fn=crypto_user),
    K("tv_shopping_elderly", 5, who="res", filt=lambda R: (R.age >= 62) & (R.pay_acct >= 0),
      calls=dict(rate=1.5, p_res=0.0, ans=0.95, dur=400, prof="elderly"), money_out=dict(rate=0.4, amt=1500, p_res=0.0)),
    K("securities_advisor", 4, where=["Zhongshan", "Heping"], calls=dict(rate=25, p_res=0.35, ans=0.6, dur=600,
      prof="office", clients=60, repeat=0.8, res_w="adult")),
    K("online_tutor_video", 3, who="res", filt=lambda R: (R.age >= 23) & (R.age < 40) & R.smart,
      calls=dict(rate=8, p_res=0.5, ans=0.85, dur=2400, prof="evening", video=0.9, res_w="parents", clients=12,
                 repeat=0.95)),
    K("it_remote_support", 4, where=["Hunnan", "Ganjingzi"], calls=dict(rate=20, p_res=0.3, ans=0.8, dur=600,
      prof="office"), sideload=("com.oray.sunlogin", "https://sunlogin.oray.com/download/", 3)),
    K("researcher_foreign_servers", 5, fn=researchers),
    K("enterprise_sideload_app", 2, fn=enterprise_app, label_values=dict(
      domain=["app.dlgl-logistics.com", "oa.ftz-cargo.cn"], app=["com.dlgl.driver", "cn.ftzcargo.oa"])),
    # handsets with many cards
    K("phone_repair_shop", 4, fn=repair_shop, label=("imei",)),
    K("store_activation_phone", 3, fn=activation_phone),
    K("used_phone_dealer", 4, fn=used_phone_dealer, label=("imei",)),
    K("cheap_dual_sim_shared_imei", 4, fn=shared_imei_dual),
    K("sim_replacement_lost_phone", 4, fn=sim_replacement),
    K("new_year_phone_swap", 6, fn=phone_swap),
    K("call_forward_shopkeeper", 4, fn=call_forwarding),
    # 106 ports and sites
    K("medins_sms_port", 2, fn=port_sms, ports=[SERVICE["medins_sy"], SERVICE["medins_ln"]],
      sms=dict(group="medins_real", reach=0.3, days=[0, 1, 3], res_w="elderly"), domains=["fuwu.lnhsa.gov.cn"]),
    K("heating_subsidy_real_sms", 1, fn=port_sms, ports=[SERVICE["civil"]],
      sms=dict(group="subsidy_real", reach=0.06, days=[2, 7], res_w="elderly"), domains=["mz.shenyang.gov.cn"]),
    K("etc_real_reminder", 1, fn=port_sms, ports=[86106909602021], sms=dict(group="etc_real", reach=0.08, days=[1, 8],
      res_w="drivers")),
    K("bank_marketing_shortlink", 2, fn=port_sms, ports=[86106575559522, 86106908823323],
      sms=dict(group="bank_mkt", reach=0.15, days=[0, 3, 8], res_w="adult")),
    K("school_platform_port", 1, fn=port_sms, ports=[SERVICE["school"]], sms=dict(group="school", reach=0.12,
      days=[0, 1, 2], res_w="parents"), domains=["jx.lnedu.cn"]),
    K("heating_payment_new_domain", 2, fn=new_domains, reach=0.05, res_w="adult",
      label_values=dict(domain=["jf.lhheat.cn", "wx.sjgr-pay.com"])),
    K("gov_subsidy_new_domain", 1, fn=new_domains, reach=0.015, res_w="elderly",
      label_values=dict(domain=["qnbt.lnmz.gov.cn"])),
    K("cdn_shared_ip", 3, fn=new_domains, reach=0.04, foreign=True, sites=["www.nike.com", "store.steampowered.com",
      "www.booking.com", "discord.com"], label_values=dict(ip=["104.18.32.47", "172.67.141.9", "104.21.55.130"])),
    K("short_link_service", 2, fn=new_domains, reach=0.06, label_values=dict(domain=["dwz.cn", "t.cn"])),
]


def wedding(w, rng, s, n):
    R = w.R
    res = R.pick(rng, n, (R.age >= 45) & (R.age < 62) & (R.acct >= 0))
    day = min(w.eve_day + 1 if w.eve_day >= 0 else 6, w.days - 1)
    k = np.repeat(np.arange(len(res)), rng.integers(40, 90, len(res)))
    t = START + day * DAY + rng.integers(10 * HOUR, 14 * HOUR, len(k))
    payers = np.where(rng.random(len(k)) < 0.5, R.pay_acct[rng.integers(0, R.n, len(k))],
                      R.ext_accts[rng.integers(0, len(R.ext_accts), len(k))])
    ok = payers >= 0
    add_txn(w, t[ok], payers[ok], R.acct[res[k[ok]]], rng.choice([600.0, 800.0, 1000.0, 1600.0, 2000.0], int(ok.sum())),
            channel="third_party")
    L = resident_lines(w, res)
    label(w, s, L, R.acct[res])


for _k in KINDS:
    if _k["name"] == "wedding_family":
        _k["fn"] = wedding


def lookalikes(w: World):
    w.fb.setdefault("la", [])
    w.fb.setdefault("la_contacts", [])
    for s in KINDS:
        run(w, s)


__all__ = ["lookalikes", "KINDS", "add_dev", "OFFICE", "PUPIL", "RETIRED", "HOUR"]
