"""Tools the gangs share: rotas of cards over days, calling and texting campaigns against residents,
victims paying into mule accounts, the personal phones of gang members, and ground truth for all of it."""

from __future__ import annotations

import numpy as np

from .social import EK, PROF
from .traffic import CH, EV, apps, device, drop_content, outcome, sms, transfer, voice, web
from .world import DAY, World


def rota(rng, n: int, day_lo: int, day_hi: int, span=(2, 4)) -> tuple[np.ndarray, np.ndarray]:
    """First and last window day each of n cards is worked, staggered across [day_lo, day_hi]."""
    first = np.sort(rng.integers(day_lo, max(day_lo + 1, day_hi - span[0] + 2), n))
    last = np.minimum(first + rng.integers(span[0] - 1, span[1], n), day_hi)
    return first, np.maximum(last, first)


def rows(rng, first, last, mean, disp: float = 0.4, days=None) -> tuple[np.ndarray, np.ndarray]:
    """(card, day) of every attempt: a per-card daily count around ``mean`` on the card's days."""
    first = np.asarray(first)
    last = np.asarray(last)
    span = last - first + 1
    card = np.repeat(np.arange(len(first)), span)
    day = first[card] + (np.arange(span.sum()) - np.repeat(np.cumsum(span) - span, span))
    if days is not None:
        keep = np.isin(day, days)
        card, day = card[keep], day[keep]
    mean = np.broadcast_to(np.asarray(mean, float), first.shape)[card]
    k = rng.poisson(mean * rng.lognormal(0, disp, len(card)))
    return np.repeat(card, k), np.repeat(day, k)


def pick(rng, mask: np.ndarray, n: int, weights=None) -> np.ndarray:
    """n distinct residents (indices into w.res) among those where mask holds."""
    idx = np.nonzero(mask)[0]
    if len(idx) == 0:
        return idx
    p = None
    if weights is not None:
        p = np.asarray(weights, float)[idx]
        p = p / p.sum()
    return rng.choice(idx, min(n, len(idx)), replace=False, p=p)


class Gang:
    """Bookkeeping of one gang: its id and scheme, what it touched, whom it hurt."""

    def __init__(self, w: World, gid: str, scheme: str, ftype: str):
        self.w, self.gid, self.scheme, self.ftype = w, gid, scheme, ftype
        self.rng = w.rng("gang:" + gid)
        self.engaged: list[np.ndarray] = []

    def label(self, entity_type: str, entities, role: str, first=None) -> None:
        self.w.truth.add(entity_type, entities, role, self.gid, self.scheme, first)

    # ---- people of the gang ----
    def members(self, n: int, dist: str, rate: float = 1.0, friends: int = 5) -> dict:
        """Gang members with personal phones that live an ordinary life (contacts, calls, data)."""
        w, rng = self.w, self.rng
        d = w.dist(dist)
        region = int(w.dist_region[d])
        persons = w.new_persons(n, 0, region)
        msisdn = w.onnet_mobile(np.full(n, region))
        imei = w.handsets(rng, n)
        ot = w.start - rng.integers(200, 3000, n) * DAY
        lines = w.new_lines(msisdn, persons, 0, ot, w.channels_of(region)[rng.integers(0, 8, n)], imei=imei)
        home = w.random_cell(rng, np.full(n, d))
        acct = w.new_accounts(persons, w.bank_choice(rng, n), 0, ot, bound=msisdn)
        s = w.social.add(n, line=lines, msisdn=msisdn, imsi=w.lines["imsi"][lines], imei=imei, person=persons,
                         acct=acct, home=home, work=-1, prof=PROF["adult"], rc=1.6 * rate, rs=0.2, rd=3.0 * rate,
                         rw=1.0 * rate, ra=0.3, rx=0.15, ri=0.8 * rate, group=4)
        self._everyday_contacts(s, region, friends)
        w.social.link(np.repeat(s, n), np.tile(s, n), 2.0, EK["friend"])
        self.label("msisdn", msisdn, "gang_member")
        self.label("id_key", w.id_keys(persons), "gang_member")
        self.label("imsi", w.lines["imsi"][lines], "gang_member")
        self.label("imei", imei, "gang_member")
        self.label("account", w.account_ids(acct), "gang_member")
        return dict(sidx=s, msisdn=msisdn, imei=imei, person=persons, home=home, lines=lines, acct=acct,
                    imsi=w.lines["imsi"][lines])

    def _everyday_contacts(self, s, region: int, k: int) -> None:
        w, rng = self.w, self.rng
        res = w.res
        same = np.nonzero(res["region"] == region)[0]
        src = np.repeat(s, k)
        dst = res["sidx"][same[rng.integers(0, len(same), len(src))]]
        w.social.link(src, dst, rng.lognormal(0, 0.8, len(src)), EK["friend"])
        src = np.repeat(s, k)
        w.social.edge(src, w.offnet_pool[rng.integers(0, len(w.offnet_pool), len(src))], -1, 1.0, EK["offnet"])

    # ---- campaigns ----
    def calls(self, caller, imei, imsi, cell, t, target, p_answer, med, sigma=0.9, media=0, call_type=None,
              gateway=-1, roam=-1, callee=None, callee_cell=None, engaged_s: int = 150, callback: float = 0.04) -> dict:
        """Calls from fraud lines to residents (``target`` indexes w.res); logs who was reached. A few of those
        reached call the number back later (a missed call, a question)."""
        w, rng = self.w, self.rng
        n = len(t)
        res, dur, ring = outcome(rng, n, p_answer, med, sigma)
        direct = callee is None
        if callee is None:
            callee = w.res["msisdn"][target]
        if callee_cell is None:
            callee_cell = w.near(rng, w.res["cell"][target], 0.2)
        voice(w, t, caller, callee, res, dur, ring, imei, imsi, cell, callee_cell, roam, call_type, media, gateway)
        if callback > 0:
            cb = rng.random(n) < callback * np.where(res == 0, 0.6, 1.4)
            if not direct:
                cb &= np.asarray(callee) == w.res["msisdn"][target]
            tc = np.asarray(t)[cb] + rng.integers(300, 4 * 3600, cb.sum())
            k = np.asarray(target)[cb]
            cr, cd, cg = outcome(rng, len(k), 0.55, 60)
            fraud_cell = np.broadcast_to(np.asarray(cell), (n,))[cb]
            voice(w, tc, w.res["msisdn"][k], np.broadcast_to(np.asarray(caller, np.int64), (n,))[cb], cr, cd, cg,
                  w.res["imei"][k], w.res["imsi"][k], w.near(rng, w.res["cell"][k], 0.2),
                  np.where(np.broadcast_to(np.asarray(roam), (n,))[cb] >= 0, -1, fraud_cell))
        eng = dur >= engaged_s
        w.contacts.append(dict(src=np.broadcast_to(np.asarray(caller, np.int64), (n,)).copy(), dst=callee, t=t,
                               engaged=eng, gang=self.gid, ftype=self.ftype, kind="call"))
        return dict(t=t, target=target, dur=dur, answered=res == 0, engaged=eng)

    def texts(self, sender, imei, cell, t, target, content, receiver=None, roam=-1) -> dict:
        w = self.w
        if receiver is None:
            receiver = w.res["msisdn"][target]
        sms(w, t, sender, receiver, drop_content(self.rng, content, 0.15), imei, cell, roam)
        w.contacts.append(dict(src=np.broadcast_to(np.asarray(sender, np.int64), (len(t),)).copy(), dst=receiver,
                               t=t, engaged=np.zeros(len(t), bool), gang=self.gid, ftype=self.ftype, kind="sms"))
        return dict(t=t, target=target)

    def visits(self, target, t, domains, ips, urls=None, app=-1, nbytes=(2e4, 8e5)) -> None:
        """Residents opening fraud links (web rows)."""
        w, rng = self.w, self.rng
        n = len(target)
        k = rng.integers(0, len(domains), n)
        url = -1 if urls is None else np.asarray(urls)[k]
        web(w, t, w.res["msisdn"][target], np.asarray(domains)[k], url,
            np.asarray(ips)[rng.integers(0, len(ips), n)],
            rng.integers(int(nbytes[0]), int(nbytes[1]), n), app)

    def sessions(self, msisdn, imsi, imei, cell, days, per_day: float = 3.0, hours: str = "adult",
                 power: bool = False) -> None:
        """Network events of fraud handsets on the days they work."""
        w, rng = self.w, self.rng
        days = np.asarray(days)
        k = rng.poisson(per_day, len(days))
        i = np.repeat(np.arange(len(days)), k)
        t = w.times(rng, days[i], hours)
        c = np.broadcast_to(np.asarray(cell), (len(days),))[i]
        device(w, t, np.asarray(msisdn)[i], np.asarray(imsi)[i], np.asarray(imei)[i], c, EV["data_session"],
               nbytes=rng.integers(20_000, 3_000_000, len(i)))
        t0 = w.start + days * DAY + rng.integers(7 * 3600, 9 * 3600, len(days))
        c0 = np.broadcast_to(np.asarray(cell), (len(days),))
        device(w, t0, msisdn, imsi, imei, c0, EV["power_on" if power else "attach"])
        if power:
            device(w, t0 + rng.integers(9 * 3600, 13 * 3600, len(days)), msisdn, imsi, imei, c0, EV["power_off"])

    # ---- money ----
    def pay(self, victims, t_contact, n_pay, amount_med, mules, **kw) -> np.ndarray:
        """Residents (w.res indices) pay into the gang's accounts; returns those who could pay."""
        w = self.w
        victims = np.asarray(victims)
        ok = w.res["acct"][victims] >= 0
        if np.ndim(kw.get("channel", 0)):
            kw["channel"] = np.asarray(kw["channel"])[ok]
        self.pay_from(w.res["msisdn"][victims][ok], w.res["acct"][victims][ok], np.asarray(t_contact)[ok],
                      np.broadcast_to(np.asarray(n_pay), ok.shape)[ok], amount_med, mules, **kw)
        return victims[ok]

    def pay_from(self, msisdn, acct, t_contact, n_pay, amount_med, mules, channel=CH["mobile_app"],
                 spread_h=(0.1, 6.0), by_phone: bool = True, amount_sigma: float = 0.6, grow: float = 1.0) -> None:
        """Each payer pays n_pay times into the gang's first-level accounts (losses, inflows, victim labels)."""
        w, rng = self.w, self.rng
        n_pay = np.broadcast_to(np.asarray(n_pay), np.shape(msisdn))
        v = np.repeat(np.arange(len(msisdn)), n_pay)
        if len(v) == 0:
            return
        step = np.arange(len(v)) - np.repeat(np.cumsum(n_pay) - n_pay, n_pay)
        gap = rng.uniform(spread_h[0], spread_h[1], len(v)) * 3600
        t = np.asarray(t_contact)[v] + np.int64(300) + (gap * (step + 1)).astype(np.int64)
        t = np.minimum(t, w.end - 60 - rng.integers(0, 3600, len(v)))
        amt = rng.lognormal(np.log(amount_med), amount_sigma, len(v)) * grow ** step
        amt = np.where(rng.random(len(v)) < 0.5, np.round(amt, -2), np.round(amt, 0))
        amt = np.maximum(amt, 100)
        dst = np.asarray(mules)[rng.integers(0, len(mules), len(v))]
        ch = np.broadcast_to(np.asarray(channel), np.shape(msisdn))[v] if np.ndim(channel) else np.full(len(v), channel)
        init = np.where(by_phone & ((ch == CH["mobile_app"]) | (ch == CH["third_party"])), np.asarray(msisdn)[v], -1)
        transfer(w, t, np.asarray(acct)[v], dst, amt, ch, init)
        w.losses.append(dict(victim=np.asarray(msisdn)[v], time=t, amount=amt, to=dst))
        w.inflows.append(dict(acct=dst, t=t, amt=amt, gang=self.gid))
        w.truth.add("msisdn", np.unique(msisdn), "victim", self.gid, self.scheme)
        self.victims_paid = getattr(self, "victims_paid", 0) + len(np.unique(msisdn))

    def engaged_victims(self, target) -> None:
        """People who talked at length or opened a link but paid nothing: labelled victims without loss."""
        self.w.truth.add("msisdn", self.w.res["msisdn"][np.unique(np.asarray(target))], "victim", self.gid,
                         self.scheme + ":no_loss")

    def split(self, rec: dict, pay_thr: int, p_pay: float, noloss_thr: int, mask=None):
        """Who pays (reached by a call of pay_thr seconds, with chance p_pay) and when; people who talked for
        noloss_thr seconds but did not pay are labelled victims without loss."""
        sub = rec if mask is None else {k: v[mask] for k, v in rec.items()}
        vt, vtime = self.first_long(sub, pay_thr)
        paid = self.rng.random(len(vt)) < p_pay
        long_t, _ = self.first_long(sub, noloss_thr)
        self.engaged_victims(np.setdiff1d(long_t, vt[paid]))
        return vt[paid], vtime[paid]

    def first_long(self, rec: dict, min_dur: int) -> tuple[np.ndarray, np.ndarray]:
        """Targets reached by a call of at least min_dur seconds, with the time that call ended."""
        m = rec["dur"] >= min_dur
        tg, t = rec["target"][m], rec["t"][m] + rec["dur"][m]
        o = np.lexsort((t, tg))
        tg, t = tg[o], t[o]
        first = np.ones(len(tg), bool)
        first[1:] = tg[1:] != tg[:-1]
        return tg[first], t[first]

    def infra(self, domains=(), ips=(), app_names=()) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Vocabulary codes of the gang's sites, servers and apps, labelled in the truth."""
        w = self.w
        self.label("domain", np.array(domains, dtype=str), "fraud_domain")
        self.label("ip", np.array(ips, dtype=str), "fraud_ip")
        self.label("app", np.array(app_names, dtype=str), "fraud_app")
        return w.voc("domain").codes(domains), w.voc("ip").codes(ips), w.voc("app").codes(app_names)

    def installs(self, target, t, app_code, src_url_code, uses: int = 3) -> None:
        """Residents installing the gang's app from its site, then opening it a few times."""
        w, rng = self.w, self.rng
        ms = w.res["msisdn"][target]
        apps(w, t, ms, app_code, 0, src_url_code)
        k = rng.integers(1, uses + 1, len(target))
        i = np.repeat(np.arange(len(target)), k)
        apps(w, t[i] + rng.integers(120, 2 * DAY, len(i)), ms[i], app_code, 1)
