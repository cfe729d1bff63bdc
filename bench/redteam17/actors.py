"""Shared machinery for gangs and look-alikes: new cards, calls, texts, device sightings, money, truth."""

from __future__ import annotations

import numpy as np
from life import ELDER, TEEN, Population
from world import CITIES, DAY, DAYS, T0, Cells, Numbers, Tables, imsis

GANG_HOURS = np.array([0, 0, 0, 0, 0, 0, 0, 0, 0.5, 4, 6, 6, 3, 2, 5, 6, 6, 5, 3, 2.5, 2, 1, 0.3, 0])
END = T0 + DAYS * DAY - 1


def arr(x, n, dtype=object):
    if isinstance(x, np.ndarray):
        return x
    return np.full(n, x, dtype=dtype)


class Ctx:
    def __init__(self, t: Tables, rng, pop: Population, numbers: Numbers, cells: Cells):
        self.t, self.rng, self.pop, self.numbers, self.cells = t, rng, pop, numbers, cells
        self.truth_rows: list[tuple] = []
        self.cold = numbers.other_mobile(25000)  # numbers on other networks that fraud call lists hold
        self.adults = np.flatnonzero((pop.persona != TEEN) & (pop.acct != None))  # noqa: E711
        self.used_victims: set[int] = set()

    # ---------------------------------------------------------------- truth
    def truth(self, etype, ents, role, gang=None, scheme=None, first=None):
        ents = np.atleast_1d(np.asarray(ents, dtype=object))
        firsts = np.atleast_1d(first) if first is not None else [None] * len(ents)
        if len(firsts) == 1 and len(ents) > 1:
            firsts = list(firsts) * len(ents)
        for e, f in zip(ents, firsts, strict=True):
            self.truth_rows.append((etype, str(e), role, gang, scheme, None if f is None else int(f)))

    def write_truth(self):
        seen = set()
        rows = []
        for r in self.truth_rows:
            k = (r[0], r[1])
            if k in seen:
                continue
            seen.add(k)
            rows.append(r)
        cols = list(zip(*rows, strict=True))
        ft = np.array([x if x is not None else -1 for x in cols[5]], np.int64)
        fo = ft.astype(object)
        fo[ft < 0] = None
        self.t.add("truth/entities", entity_type=np.array(cols[0], dtype=object), entity=np.array(cols[1], dtype=object),
                   role=np.array(cols[2], dtype=object), gang_id=np.array(cols[3], dtype=object),
                   scheme=np.array(cols[4], dtype=object), first_active=None)
        # first_active as a time column with nulls: set it through pyarrow
        import pyarrow as pa
        tab = self.t.chunks["truth/entities"][-1]
        i = tab.schema.get_field_index("first_active")
        vals = pa.array([None if x is None else int(x) for x in fo], type=pa.int64()).cast(
            pa.timestamp("s", tz="Asia/Shanghai"))
        self.t.chunks["truth/entities"][-1] = tab.set_column(i, "first_active", vals)

    # ---------------------------------------------------------------- people and cards
    def pick_people(self, n, *, persona=None, cities=None, village=None, exclude_used=True, pool=None):
        pop, rng = self.pop, self.rng
        cand = self.adults if pool is None else pool
        m = np.ones(len(cand), bool)
        if persona is not None:
            m &= np.isin(pop.persona[cand], persona)
        if cities is not None:
            m &= np.isin(pop.city[cand], cities)
        if village is not None:
            m &= pop.village[cand] == village
        if exclude_used:
            m &= ~np.isin(cand, list(self.used_victims)) if self.used_victims else True
        c = cand[m]
        out = rng.choice(c, size=min(n, len(c)), replace=False)
        self.used_victims.update(int(x) for x in out)
        return np.sort(out)

    def new_cards(self, n, *, id_keys, open_t, channel, open_cell=None, prepaid=True, line_type="mobile",
                  customer_type="personal", id_type="resident_id", region="武汉", numbers=None, status="active",
                  status_time=None):
        msisdn = numbers if numbers is not None else self.numbers.mobile(n)
        imsi = imsis(self.rng, n) if line_type in ("mobile", "iot") else np.full(n, None, dtype=object)
        open_t = arr(open_t, n, np.int64).astype(np.int64)
        self.t.add("subscribers", msisdn=msisdn, imsi=imsi, id_key=arr(id_keys, n), id_type=id_type,
                   customer_type=customer_type, line_type=line_type, operator="chutian_mobile", open_time=open_t,
                   open_channel=channel, open_cell=open_cell, status=status,
                   status_time=status_time if status_time is not None else open_t, is_prepaid=arr(prepaid, n, bool),
                   home_region=region)
        return msisdn, imsi

    def ids(self, n, pre="idk"):
        r = self.rng.integers(0, 2**62, size=n)
        return np.array([f"{pre}{x:016x}" for x in r], dtype=object)

    def accounts(self, n, *, id_keys, bound=None, open_t=None, bank=None, pre="acct"):
        ids = self.ids(n, pre)
        banks = ["工商银行", "建设银行", "农业银行", "邮储银行", "湖北农商银行", "招商银行", "中国银行"]
        self.t.add("bank_accounts", account_id=ids, id_key=arr(id_keys, n),
                   bank=arr(bank, n) if bank else np.array(banks, dtype=object)[self.rng.integers(0, len(banks), n)],
                   open_time=arr(open_t if open_t is not None else T0 - 200 * DAY, n, np.int64),
                   bound_msisdn=arr(bound, n) if bound is not None else None, status="active")
        return ids

    # ---------------------------------------------------------------- targets
    def targets(self, n, *, own=0.6, persona=None, cities=None, village=None, weights=None):
        """Strangers to call or text: our subscribers (filtered) and cold-list numbers on other networks."""
        pop, rng = self.pop, self.rng
        k = rng.binomial(n, own)
        m = np.ones(pop.C, bool)
        per = pop.card_person
        if persona is not None:
            m &= np.isin(pop.persona[per], persona)
        if cities is not None:
            m &= np.isin(pop.city[per], cities)
        if village is not None:
            m &= pop.village[per] == village
        cand = np.flatnonzero(m)
        cards = rng.choice(cand, size=k)
        num = np.concatenate([pop.msisdn[cards], self.cold[rng.integers(0, len(self.cold), n - k)]])
        p = np.concatenate([per[cards], np.full(n - k, -1)])
        o = rng.permutation(n)
        return num[o], p[o]

    # ---------------------------------------------------------------- records
    def outcome(self, n, ans_p, dur_mu, dur_sig, *, rej=0.08, icpt=0.0):
        rng = self.rng
        u = rng.random(n)
        res = np.where(u < ans_p, "answered", np.where(u < ans_p + rej, "rejected",
                                                       np.where(u < 1 - icpt - 0.04, "no_answer",
                                                                np.where(u < 1 - icpt, "busy", "intercepted"))))
        dur = np.where(res == "answered", np.maximum(2, rng.lognormal(dur_mu, dur_sig, n)), 0).astype(np.int64)
        ring = np.where(res == "answered", rng.integers(3, 20, n), rng.integers(5, 50, n))
        ring[res == "intercepted"] = 0
        ring[res == "rejected"] = rng.integers(1, 10, (res == "rejected").sum())
        return res, dur, ring

    def call(self, caller, callee, times, callee_p, *, result, dur, ring, imei=None, imsi=None, cell=None,
             call_type="mobile", media="voice", gateway=None, roaming=None):
        n = len(times)
        if n == 0:
            return
        callee_p = arr(callee_p, n, np.int64)
        kc = np.full(n, None, dtype=object)
        m = callee_p >= 0
        kc[m] = self.cells.id[self.pop.cell_at(callee_p[m], times[m])]
        self.t.add("voice", start_time=times, caller=arr(caller, n), callee=arr(callee, n), duration_s=dur, ring_s=ring,
                   result=result, caller_imei=arr(imei, n) if imei is not None else None,
                   caller_imsi=arr(imsi, n) if imsi is not None else None,
                   caller_cell=arr(cell, n) if cell is not None else None, callee_cell=kc,
                   caller_roaming_country=roaming, call_type=call_type if not isinstance(call_type, np.ndarray) else call_type,
                   media=media, gateway=gateway)

    def person_call(self, p_from, callee, times, callee_p, result, dur, ring, media="voice"):
        """A call from a population person's primary card (their normal phone)."""
        pop = self.pop
        n = len(times)
        p_from = arr(p_from, n, np.int64)
        self.call(pop.msisdn[p_from], callee, times, callee_p, result=result, dur=dur, ring=ring,
                  imei=pop.imei[p_from], imsi=pop.imsi[p_from],
                  cell=self.cells.id[pop.cell_at(p_from, times)], media=media)

    def sms(self, sender, receiver, times, content, imei=None, cell=None, roaming=None):
        n = len(times)
        if n == 0:
            return
        self.t.add("sms", send_time=times, sender=arr(sender, n), receiver=arr(receiver, n), content=arr(content, n),
                   sender_imei=arr(imei, n) if imei is not None else None,
                   sender_cell=arr(cell, n) if cell is not None else None, sender_roaming_country=roaming)

    def person_sms(self, p_from, receiver, times, content):
        pop = self.pop
        n = len(times)
        p_from = arr(p_from, n, np.int64)
        self.sms(pop.msisdn[p_from], receiver, times, content, pop.imei[p_from],
                 self.cells.id[pop.cell_at(p_from, times)])

    def dev(self, msisdn, imsi, imei, cell, times, event, roaming=None, nbytes=None):
        n = len(times)
        if n == 0:
            return
        self.t.add("device", time=times, msisdn=arr(msisdn, n), imsi=arr(imsi, n), imei=arr(imei, n),
                   cell=arr(cell, n) if cell is not None else None, event=arr(event, n), roaming_country=roaming,
                   bytes=nbytes)

    def web(self, msisdn, times, domain, url=None, ip=None, app=None, nbytes=None):
        n = len(times)
        if n == 0:
            return
        self.t.add("web", time=times, msisdn=arr(msisdn, n), domain=arr(domain, n),
                   url=arr(url, n) if url is not None else None, ip=ip,
                   bytes=nbytes if nbytes is not None else self.rng.lognormal(10.5, 1.0, n).astype(np.int64), app=app)

    def app(self, msisdn, times, app, event="install", source_url=None):
        n = len(times)
        if n == 0:
            return
        self.t.add("apps", time=times, msisdn=arr(msisdn, n), app=arr(app, n), event=event,
                   source_url=arr(source_url, n) if source_url is not None else None)

    def tx(self, frm, to, times, amount, channel="mobile_app", msisdn=None):
        n = len(times)
        if n == 0:
            return
        self.t.add("transfers", time=times, from_account=arr(frm, n), to_account=arr(to, n),
                   amount=np.round(np.asarray(amount, float), 2), currency="CNY", channel=channel,
                   initiated_msisdn=arr(msisdn, n) if msisdn is not None else None)

    def report(self, time, etype, entity, label, fraud_type=None, loss=None, source="police"):
        if time > END:
            return
        self.t.add("reports", time=int(time), entity_type=etype, entity=str(entity), label=label,
                   fraud_type=fraud_type, loss_amount=loss, source=source)

    def listing(self, etype, entity, lst, reason, added, expires=None):
        self.t.add("lists", entity_type=etype, entity=str(entity), list=lst, reason=reason, added_time=int(added),
                   expires_time=expires)

    def region(self, city):
        return CITIES[int(city)][1]


def times_in(rng, days, hour_w, n_per_day):
    """n_per_day[i] times on days[i] (arrays), hours from hour_w."""
    d = np.repeat(np.asarray(days), np.asarray(n_per_day))
    w = np.asarray(hour_w, float)
    h = rng.choice(24, size=len(d), p=w / w.sum())
    return T0 + d * DAY + h * 3600 + rng.integers(0, 3600, len(d))


def poisson_times(rng, days, per_day, hour_w, after=None):
    """Event times over ``days``: a Poisson(per_day) count each day, hours from hour_w; with ``after``, only those
    an hour or more after it (a card's opening)."""
    ds = np.array(days)
    tms = times_in(rng, ds, hour_w, rng.poisson(per_day, len(ds)))
    return tms if after is None else tms[tms > after + 3600]


__all__ = ["Ctx", "GANG_HOURS", "END", "times_in", "poisson_times", "arr", "ELDER"]
