"""What every gang does the same way: reach people, hook a few, send them to a site or an app, take their money
through mule accounts, and get reported by some of them."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from . import actors as A
from . import catalog as K
from . import sink as S
from . import world as W
from .everyday import ring_and_duration
from .people import hexkeys


class Gang:
    def __init__(self, ctx: A.Ctx, gid: str, scheme: str, fraud_type: str, market=None, mules=None) -> None:
        self.ctx, self.gid, self.scheme, self.ft = ctx, gid, scheme, fraud_type
        self.market, self.mules = market, mules
        self.rng = ctx.rng("gang:" + gid)
        self.sink = ctx.sink
        self.pop = ctx.pop
        self.contacted: list[np.ndarray] = []            # population cards reached (for anti-fraud call-backs)
        self.victims: dict[int, int] = {}                 # card -> first hooked time

    # ------------------------------------------------------------------------------- entities
    def label(self, etype: str, ents, role: str, first=None) -> None:
        self.sink.label(etype, ents, role, self.gid, self.scheme, W.T0 if first is None else first)

    def members(self, n: int, regions, label=True, **kw) -> SimpleNamespace:
        """Gang members' own long-held phones (their real IDs)."""
        c = A.new_cards(self.ctx, self.rng, n, regions, **kw)
        if label:
            self.label("msisdn", c.msisdn, "gang_member")
        return c

    def fresh_cards(self, n: int, regions, per_id: int = 3, opened=(5, 60), prepaid=True, label_ids=True,
                    **kw) -> SimpleNamespace:
        """Cards bought from sellers outside the Aksu market: a few per ID, opened weeks before."""
        rng = self.rng
        ids = np.array(hexkeys(rng, -(-n // per_id), "id"), dtype=object)
        id_keys = ids[np.arange(n) // per_id]
        open_t = W.T0 - rng.integers(opened[0], opened[1], n) * W.DAY - rng.integers(0, W.DAY, n)
        c = A.new_cards(self.ctx, rng, n, regions, id_keys=id_keys, open_t=open_t, prepaid=prepaid, **kw)
        if label_ids:
            self.label("id_key", ids, "card_seller")
        return c

    def accounts(self, n: int, bound=0, prefix="ba", bought=True, open_days=(10, 90), bank=None) -> np.ndarray:
        """The gang's own receiving accounts (opened on bought IDs)."""
        rng = self.rng
        ids = np.array(hexkeys(rng, n, "id"), dtype=object)
        acct = A.new_accounts(self.ctx, rng, ids, bound, bank=bank,
                              open_t=W.T0 - rng.integers(open_days[0], open_days[1], n) * W.DAY, prefix=prefix)
        self.label("account", self.acct_names(acct), "mule_account")
        return acct

    def acct_names(self, acct) -> list[str]:
        items = self.sink.cat["account"].items
        return [items[a] for a in np.atleast_1d(acct).tolist()]

    # ------------------------------------------------------------------------------- reaching people
    def dial(self, t, a, targets, *, aimei=0, aimsi=0, acell=-1, roam=-1, p_ans=0.35, hang=15.0, hook=0.02,
             hooked_dur=900.0, ctype=S.MOB, gw=-1, video=0.0, b_num=None, ring=None):
        """Cold calls: most are not answered or hung up within seconds; ``hook`` of the answered stay long."""
        rng = self.rng
        t = np.asarray(t)
        n = t.size
        targets = np.asarray(targets)
        on = targets >= 0
        # the old answer unknown numbers more often; people abroad rarely
        eld = np.zeros(n, bool)
        eld[on] = self.pop.age[self.pop.person[targets[on]]] >= 60
        p = np.clip(np.where(eld, p_ans * 1.35, p_ans), 0, 0.95)
        res, _, rng_s = ring_and_duration(rng, n, p, 10)
        hooked = (res == S.ANS) & (rng.random(n) < hook) & on
        dur = np.where(res == S.ANS, np.clip(rng.lognormal(np.log(hang), 0.8, n), 2, 400), 0).astype(np.int64)
        dur = np.where(hooked, np.clip(rng.lognormal(np.log(hooked_dur), 0.5, n), 120, 9000), dur).astype(np.int64)
        if ring is not None:
            rng_s = ring
        A.calls(self.ctx, rng, t, a, targets, b_num, aimei=aimei, aimsi=aimsi, acell=acell, roam=roam, ctype=ctype,
                gw=gw, video=video, res=res, dur=dur, ring=rng_s)
        self.contacted.append(targets[on & (res == S.ANS)])
        return res, dur, hooked

    def hooked_victims(self, targets, t, hooked, callers):
        """First hooking per victim not already a victim of this gang: (cards, times, caller numbers)."""
        targets, t, callers = np.asarray(targets)[hooked], np.asarray(t)[hooked], np.broadcast_to(
            np.asarray(callers), np.asarray(hooked).shape)[hooked]
        o = np.lexsort((t, targets))
        targets, t, callers = targets[o], t[o], callers[o]
        _, first = np.unique(targets, return_index=True)
        v, tv, cv = targets[first], t[first], callers[first]
        keep = np.array([int(x) not in self.victims for x in v.tolist()], bool)
        for x, y in zip(v[keep].tolist(), tv[keep].tolist(), strict=True):
            self.victims[x] = y
        return v[keep], tv[keep], cv[keep]

    def followups(self, victims, t0, caller, *, imei=0, imsi=0, cell=-1, roam=-1, n=(1, 4), gap=(0.3, 20.0),
                  median=900.0, video=0.0, ctype=S.MOB, gw=-1, callback=0.3):
        """More calls to the hooked (hours apart), and some victims calling the number back."""
        rng = self.rng
        victims = np.asarray(victims)
        k = rng.integers(max(1, n[0]), n[1] + 1, victims.size)
        e = np.repeat(np.arange(victims.size), k)
        if e.size == 0:
            return
        hours = rng.uniform(gap[0], gap[1], e.size) * 3600
        cs = np.cumsum(hours)
        start = np.cumsum(k) - k
        base = np.repeat(cs[start] - hours[start], k)
        t = np.asarray(t0)[e] + (cs - base).astype(np.int64)
        ok = t < W.END
        e, t = e[ok], t[ok]
        pick = lambda x: np.broadcast_to(np.asarray(x), victims.shape)[e] if np.ndim(x) else x  # noqa: E731
        res, dur, ring = ring_and_duration(rng, e.size, 0.9, median, 0.5)
        A.calls(self.ctx, rng, t, pick(caller), victims[e], aimei=pick(imei), aimsi=pick(imsi), acell=pick(cell),
                roam=pick(roam), ctype=ctype, gw=gw, video=video, res=res, dur=dur, ring=ring)
        cb = rng.random(victims.size) < callback
        if cb.any():
            v = victims[cb]
            tc = np.asarray(t0)[cb] + rng.integers(600, 2 * W.DAY, v.size)
            ok = tc < W.END
            v, tc = v[ok], tc[ok]
            cc, cr = self.pop.where(v, tc)
            res, dur, ring = ring_and_duration(rng, v.size, 0.5, 120)
            cnum = np.broadcast_to(np.asarray(caller), victims.shape)[cb][ok]
            self.sink.add("voice", t=tc, a=self.pop.msisdn[v], b=cnum, dur=dur, ring=ring, res=res,
                          aimei=self.pop.imei[v], aimsi=self.pop.imsi[v], acell=np.where(cr >= 0, -1, cc), roam=cr)

    def visit(self, victims, t, domains, host="hk", paths=("/", "/login", "/verify", "/pay", "/kf"), k=(2, 6),
              app=-1):
        """Victims open the lure's site (a few pages within minutes)."""
        rng = self.rng
        victims = np.asarray(victims)
        reps = rng.integers(k[0], k[1] + 1, victims.size)
        e = np.repeat(np.arange(victims.size), reps)
        tt = np.asarray(t)[e] + rng.integers(30, 1800, e.size)
        ok = tt < W.END
        e, tt = e[ok], tt[ok]
        domains = np.asarray(domains, dtype=object)
        if domains.size != victims.size:
            domains = domains[rng.integers(0, domains.size, victims.size)]
        ips = {}
        dom = np.empty(e.size, np.int32)
        url = np.empty(e.size, np.int32)
        for i, j in enumerate(e.tolist()):
            d = str(domains[j])
            if d not in ips:
                ips[d] = self.sink.domain(d, K.ip_for(rng, host))
            dom[i] = ips[d]
            url[i] = self.sink.cat["url"].add(f"https://{d}{paths[int(rng.integers(0, len(paths)))]}")
        self.sink.add("web", t=tt, m=self.pop.msisdn[victims[e]], dom=dom, url=url,
                      bytes=rng.integers(20_000, 900_000, e.size), app=app)
        return sorted(ips)

    def install(self, victims, t, app: str, src: str, uses=(1, 6)):
        rng = self.rng
        victims = np.asarray(victims)
        a = self.sink.cat["app"].add(app)
        u = self.sink.cat["url"].add(src)
        t = np.asarray(t)
        ok = t < W.END
        self.sink.add("apps", t=t[ok], m=self.pop.msisdn[victims[ok]], app=a, ev=S.INSTALL, src=u)
        k = rng.integers(uses[0], uses[1] + 1, victims.size)
        e = np.repeat(np.arange(victims.size), k)
        tt = t[e] + rng.integers(300, 3 * W.DAY, e.size)
        ok = tt < W.END
        self.sink.add("apps", t=tt[ok], m=self.pop.msisdn[victims[e[ok]]], app=a, ev=S.USE)

    # ------------------------------------------------------------------------------- money
    def pay(self, victims, t0, amounts, to_accts, *, channel=S.APP_CH, ini="victim", spacing=(0.2, 8.0),
            frm=None, report=0.35, callers=None, via_mules=True, report_account=True):
        """Victims pay in tranches (``amounts`` is a list per victim); returns the number of payments."""
        rng = self.rng
        pop, sink = self.pop, self.sink
        victims = np.asarray(victims)
        acc = self.sink.cat["account"].items
        paid = []
        for i, v in enumerate(victims.tolist()):
            t = int(np.asarray(t0)[i])
            total = 0.0
            first_pay = None
            for amt in amounts[i]:
                t += int(rng.uniform(spacing[0], spacing[1]) * 3600)
                if t >= W.END:
                    break
                to = int(to_accts[int(rng.integers(0, len(to_accts)))])
                src = pop.acct[pop.person[v]] if frm is None else int(np.asarray(frm)[i])
                ini_num = pop.msisdn[v] if isinstance(ini, str) else (0 if ini is None else int(np.asarray(ini)[i]))
                ch = channel if np.ndim(channel) == 0 else int(np.asarray(channel)[i])
                sink.add("transfers", t=t, fr=src, to=to, amt=round(float(amt), 2), ch=ch, ini=ini_num)
                sink.events.append((int(pop.msisdn[v]), t, round(float(amt), 2), acc[to]))
                paid.append((t, to, float(amt)))
                total += float(amt)
                first_pay = first_pay or t
            if first_pay and report > 0 and rng.random() < report:
                tr = t + int(rng.uniform(3, 60) * 3600)
                if tr < W.END:
                    sink.report(tr, "msisdn", pop.msisdn[v], "victim", self.ft, round(total, 2), "police")
                    if callers is not None:
                        sink.report(tr + 60, "msisdn", int(np.asarray(callers)[i]), "fraud", self.ft,
                                    round(total, 2), "police")
                    if report_account:
                        sink.report(tr + 120, "account", acc[paid[-1][1]], "fraud", self.ft, None, "bank")
        if via_mules and self.mules is not None:
            self.mules.route(paid)
        return len(paid)

    def amounts(self, k_range, first, growth=1.0, cap=5e5, jitter=0.25):
        rng = self.rng
        k = int(rng.integers(k_range[0], k_range[1] + 1))
        a = first * growth ** np.arange(k) * rng.uniform(1 - jitter, 1 + jitter, k)
        return np.minimum(np.round(a, -1 if first >= 1000 else 0), cap).tolist()


def rotate(rng: np.random.Generator, n_slots: int, cards: int, life: tuple[float, float], start: int = 0,
           end: int = W.DAYS, gap: tuple[float, float] = (0.05, 0.5)):
    """Cards rotating through slots (ports, phones): (slot, card, t_in, t_out) with life in days."""
    slot, card, tin, tout = [], [], [], []
    c = 0
    for s in range(n_slots):
        t = W.T0 + start * W.DAY + int(rng.uniform(0, 0.6) * W.DAY)
        while t < W.T0 + end * W.DAY and c < cards:
            L = int(rng.uniform(*life) * W.DAY)
            slot.append(s)
            card.append(c)
            tin.append(t)
            tout.append(min(t + L, W.T0 + end * W.DAY - 1))
            t += L + int(rng.uniform(*gap) * W.DAY)
            c += 1
    return (np.array(slot), np.array(card), np.array(tin, np.int64), np.array(tout, np.int64))


def events_in(rng: np.random.Generator, tin, tout, per_day, prof: str, hours_ok=None):
    """Event times for each (slot) interval at ``per_day`` inside working hours of a profile."""
    span = np.maximum(np.asarray(tout) - np.asarray(tin), 0) / W.DAY
    k = rng.poisson(np.asarray(per_day) * span * 1.0)
    e = np.repeat(np.arange(span.size), k)
    d0 = W.day_of(np.asarray(tin))
    d1 = W.day_of(np.asarray(tout))
    day = d0[e] + (rng.random(e.size) * (d1[e] - d0[e] + 1)).astype(np.int64)
    t = W.times(rng, day, prof)
    ok = (t >= np.asarray(tin)[e]) & (t < np.asarray(tout)[e])
    return e[ok], t[ok]
