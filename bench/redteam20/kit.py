"""Tools the gangs share: buying and opening cards, dialling, hooking a victim, taking the money and moving it
through mule accounts, web visits and side-loaded apps, police and bank reports."""

from __future__ import annotations

import numpy as np
from people import PIDX, People, emit_sms, emit_transfer, emit_voice
from world import DAY, END, HOUR, OWN_PREFIXES, START, World

HOSTING = ["103.151.{}.{}", "154.39.{}.{}", "45.195.{}.{}", "156.241.{}.{}", "43.129.{}.{}", "38.54.{}.{}"]


def rand_numbers(r, k: int, kind: str = "offnet") -> np.ndarray:
    """Numbers dialled from a list or a segment: other operators' mobiles, or this operator's segments (many
    of them vacant). Not registered: they are not this feed's people."""
    if kind == "offnet":
        pre = np.array([130, 131, 132, 133, 153, 155, 156, 166, 173, 175, 176, 177, 180, 181, 185, 186, 189, 191,
                        193, 199, 134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188,
                        198])
    else:
        pre = np.array(OWN_PREFIXES)
    p = pre[r.integers(0, len(pre), k)]
    return 86 * 10**11 + p * 10**8 + r.integers(0, 10**8, k)


def windows_times(r, day: int, k: int, windows) -> np.ndarray:
    """``k`` sorted times on ``day`` inside working windows [(from_h, to_h), ...] weighted by length."""
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    lens = np.array([b - a for a, b in windows], dtype=float)
    wi = r.choice(len(windows), k, p=lens / lens.sum())
    lo = np.array([a for a, _ in windows])[wi]
    hi = np.array([b for _, b in windows])[wi]
    t = START + day * DAY + ((lo + r.random(k) * (hi - lo)) * HOUR).astype(np.int64)
    return np.sort(t)


class Kit:
    def __init__(self, w: World, pp: People, life):
        self.w = w
        self.pp = pp
        self.life = life
        self.reports: list[tuple] = []
        self.mules: dict[str, dict] = {}
        self.acct_owner: dict[str, tuple] = {}
        self.otc = []
        self.atm_far = []
        self.first_seen: dict = {}
        self.platform_rows = []
        self.contacted: list[int] = []
        self.paid: list[int] = []

    # -------------------------------------------------------------------------------------------- cards
    def open_cards(self, r, n, id_keys, open_t, channel, open_cell, kind="own", line_type="mobile",
                   customer_type="personal", id_type="resident_id", prepaid=True, home_region="Chongqing",
                   block=None):
        w = self.w
        msisdn = w.numbers(r, n, kind, block=block)
        imsi = w.imsis(r, n) if line_type in ("mobile", "iot") else np.zeros(n, dtype=np.int64)
        open_t = np.broadcast_to(np.asarray(open_t, dtype=np.int64), (n,)).copy()
        w.add("subscribers", msisdn=msisdn, imsi=imsi,
              id_key=np.broadcast_to(np.asarray(id_keys, dtype=object), (n,)).copy(), id_type=id_type,
              customer_type=customer_type, line_type=line_type, operator="YUTONG", open_time=open_t,
              open_channel=np.broadcast_to(np.asarray(channel, dtype=object), (n,)).copy(),
              open_cell=np.broadcast_to(np.asarray(open_cell), (n,)).copy(), status="active", status_time=open_t,
              is_prepaid=prepaid, home_region=home_region)
        if line_type in ("mobile", "iot"):
            oc = np.broadcast_to(np.asarray(open_cell), (n,))
            for x, c in zip(msisdn.tolist(), oc.tolist(), strict=True):
                w.line_loc[x] = int(c)
        return msisdn, imsi

    def suspend(self, msisdn, t):
        """The operator suspends a card after a police notice: the subscriber row's status as of the export."""
        if t < END:
            self.w.status_override[int(msisdn)] = ("suspended", int(t))

    # -------------------------------------------------------------------------------------------- calls
    def outcomes(self, r, k, p_ans, p_vacant=0.0):
        """Results and lengths of cold calls: most are not answered or hung up within seconds."""
        p_rest = 1 - p_ans - p_vacant
        res = np.array(["answered", "no_answer", "rejected", "busy", "vacant"], dtype=object)[
            r.choice(5, k, p=[p_ans, p_rest * 0.62, p_rest * 0.28, p_rest * 0.10, p_vacant])]
        mix = r.random(k)
        dur = np.where(mix < 0.55, r.integers(2, 18, k),
                       np.where(mix < 0.88, r.integers(18, 110, k), r.integers(110, 900, k)))
        ring = np.where(res == "answered", r.integers(3, 15, k),
                        np.where(res == "no_answer", r.integers(30, 60, k),
                                 np.where(res == "rejected", r.integers(2, 12, k), r.integers(0, 2, k))))
        res = np.where(res == "vacant", "rejected", res).astype(object)
        ring = np.where(res == "rejected", np.minimum(ring, 12), ring)
        return res, dur, ring

    def pick_targets(self, r, k, onnet_share, weights=None, offnet_kind="offnet", vacant_share=0.0):
        """Numbers a dialler goes through: this feed's people (weighted), others, vacant numbers."""
        pp = self.pp
        u = r.random(k)
        on = u < onnet_share
        vac = (u >= onnet_share) & (u < onnet_share + vacant_share)
        num = rand_numbers(r, k, offnet_kind)
        num[vac] = rand_numbers(r, int(vac.sum()), "own")
        pidx = np.full(k, -1)
        cand = np.nonzero(pp.persona != PIDX["second"])[0]
        p = None
        if weights is not None:
            p = weights[cand].astype(float)
            p = p / p.sum()
        if on.any():
            who = r.choice(cand, int(on.sum()), p=p)
            pidx[on] = who
            num[on] = pp.msisdn[who]
        return num, pidx, vac

    def dial(self, r, msisdn, t, onnet_share, p_ans, weights=None, p_vacant=0.0, **kw):
        """Cold calls from one number at the given times; returns (callee numbers, person idx, results)."""
        k = len(t)
        if k == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=int), np.zeros(0, dtype=object)
        num, pidx, vac = self.pick_targets(r, k, onnet_share, weights, vacant_share=p_vacant)
        res, dur, ring = self.outcomes(r, k, p_ans)
        res = np.where(vac, "rejected", res).astype(object)
        ring = np.where(vac, r.integers(0, 2, k), ring)
        self.contacted.extend(pidx[(pidx >= 0) & (res == "answered")].tolist())
        emit_voice(self.w, self.pp, t, np.broadcast_to(np.asarray(msisdn, dtype=np.int64), (k,)), num, dur, res,
                   callee_p=pidx, ring=ring, r=r, **kw)
        return num, pidx, res

    def call(self, r, t, caller, victim_p, dur, result="answered", **kw):
        """Scripted calls between a gang number and a person (both directions via ``reverse``)."""
        t = np.atleast_1d(np.asarray(t, dtype=np.int64))
        k = len(t)
        vp = np.broadcast_to(np.asarray(victim_p), (k,))
        emit_voice(self.w, self.pp, t, np.broadcast_to(np.asarray(caller, dtype=np.int64), (k,)),
                   self.pp.msisdn[vp], np.broadcast_to(np.asarray(dur), (k,)),
                   np.broadcast_to(np.asarray(result, dtype=object), (k,)), callee_p=vp, r=r, **kw)

    def call_back(self, r, t, victim_p, gang_number, dur, **kw):
        """The victim rings the gang's number (a 'customer-service' line, a 'police officer')."""
        t = np.atleast_1d(np.asarray(t, dtype=np.int64))
        k = len(t)
        vp = np.broadcast_to(np.asarray(victim_p), (k,))
        emit_voice(self.w, self.pp, t, self.pp.msisdn[vp], np.broadcast_to(np.asarray(gang_number, dtype=np.int64), (k,)),
                   np.broadcast_to(np.asarray(dur), (k,)), "answered", caller_p=vp, r=r, **kw)

    def sms(self, t, sender, receiver_p=None, receiver=None, content=None, **kw):
        t = np.atleast_1d(np.asarray(t, dtype=np.int64))
        rc = self.pp.msisdn[np.asarray(receiver_p)] if receiver_p is not None else receiver
        emit_sms(self.w, self.pp, t, sender, rc, content, **kw)

    # -------------------------------------------------------------------------------------------- web, apps
    def ip_for(self, host: str) -> str:
        h = sum(ord(c) * (i + 7) for i, c in enumerate(host))
        return HOSTING[h % len(HOSTING)].format(h % 250 + 1, (h // 7) % 250 + 2)

    def visit(self, r, p, t, host, path="", app=None):
        """Web sightings of one person opening a host (several times: a visit is a few page loads)."""
        t = np.atleast_1d(np.asarray(t, dtype=np.int64))
        n = len(t)
        pp = self.pp
        urls = np.array([f"https://{host}/{path}" if path else None] * n, dtype=object)
        self.w.add("web", time=t, msisdn=np.full(n, pp.msisdn[p]), domain=host, url=urls, ip=self.ip_for(host),
                   bytes=r.integers(20000, 900000, n), app=app)

    def install(self, p, t, app, source_url=None, uses=None):
        pp = self.pp
        self.w.add("apps", time=np.atleast_1d(np.asarray(t, dtype=np.int64)), msisdn=np.array([pp.msisdn[p]]),
                   app=app, event="install", source_url=source_url)
        if uses is not None and len(uses):
            self.w.add("apps", time=np.asarray(uses, dtype=np.int64), msisdn=np.full(len(uses), pp.msisdn[p]),
                       app=app, event="use", source_url=None)

    def platform_account(self, r, platform, msisdn, t, gang, scheme, role="fraud_platform_account", status="active"):
        acc = self.w.keys(r, 1, "u")[0]
        self.w.add("internet_accounts", platform=np.array([platform], dtype=object), account=np.array([acc], dtype=object),
                   msisdn=np.array([msisdn], dtype=np.int64), register_time=np.array([t], dtype=np.int64),
                   status=status)
        self.w.truth("account", np.array([f"{platform}:{acc}"], dtype=object), role, gang, scheme, t)
        return acc

    # -------------------------------------------------------------------------------------------- money
    def mule_accounts(self, r, n, id_keys, bank, open_t, bound, level, gang, scheme, holder=None, truth=True):
        w = self.w
        acc = w.keys(r, n, "acct_")
        bound = np.broadcast_to(np.asarray(bound, dtype=np.int64), (n,)).copy()
        w.add("bank_accounts", account_id=acc, id_key=np.broadcast_to(np.asarray(id_keys, dtype=object), (n,)).copy(),
              bank=np.broadcast_to(np.asarray(bank, dtype=object), (n,)).copy(),
              open_time=np.broadcast_to(np.asarray(open_t, dtype=np.int64), (n,)).copy(), bound_msisdn=bound,
              status="active")
        hold = bound if holder is None else np.broadcast_to(np.asarray(holder, dtype=np.int64), (n,))
        banks = np.broadcast_to(np.asarray(bank, dtype=object), (n,))
        for i, a in enumerate(acc.tolist()):
            self.mules[a] = dict(level=level, holder=int(hold[i]), gang=gang, bank=banks[i])
            if bound[i]:
                self.acct_owner[a] = (int(bound[i]), banks[i])
        if truth:
            w.truth("account", acc, "mule_account", gang, scheme, open_t)
        return acc

    def pay(self, r, victim_p, t, amount, to_acct, channel="mobile_app", from_acct=None, initiated=True,
            launder_to=None):
        """A victim's payment: the transfer, the truth event, and the mule chain behind it."""
        pp = self.pp
        src = from_acct if from_acct is not None else (pp.acct[victim_p] if pp.acct[victim_p] is not None
                                                       else pp.wallet[victim_p])
        if src is None:
            return 0.0
        amount = float(round(amount, 2))
        emit_transfer(self.w, np.array([t]), np.array([src], dtype=object), np.array([to_acct], dtype=object),
                      np.array([amount]), channel, np.array([pp.msisdn[victim_p] if initiated else 0]))
        self.w.loss(pp.msisdn[victim_p], t, amount, to_acct)
        self.paid.append(int(victim_p))
        self.launder(r, to_acct, t, amount, launder_to)
        return amount

    def launder(self, r, acct, t, amt, nxt=None):
        m = self.mules.get(acct)
        if m is None:
            return
        lvl = m["level"]
        if lvl == 1:
            pool = nxt if nxt is not None else self.l2
            k = 1 if amt < 8000 else int(r.integers(2, 4))
            parts = np.diff(np.concatenate([[0], np.sort(r.random(k - 1)), [1]])) * amt * r.uniform(0.97, 0.995)
            tt = t + np.cumsum(r.integers(90, 1500, k))
            for j in range(k):
                dst = pool[int(r.integers(0, len(pool)))]
                emit_transfer(self.w, np.array([tt[j]]), np.array([acct], dtype=object), np.array([dst], dtype=object),
                              np.array([round(parts[j], 2)]), "mobile_app", np.array([m["holder"]]))
                self.launder(r, dst, int(tt[j]), float(parts[j]))
        elif lvl == 2:
            left = amt * r.uniform(0.98, 0.999)
            tt = t + int(r.integers(300, 5400))
            while left > 1:
                chunk = min(left, float(r.uniform(20000, 49900)))
                if r.random() < 0.75:
                    dst, ch = self.otc[int(r.integers(0, len(self.otc)))], "third_party"
                else:
                    dst, ch = self.atm_far[int(r.integers(0, len(self.atm_far)))], "atm"
                    chunk = min(chunk, 20000.0)
                emit_transfer(self.w, np.array([tt]), np.array([acct], dtype=object), np.array([dst], dtype=object),
                              np.array([round(chunk, 2)]), ch, np.array([m["holder"] if ch != "atm" else 0]))
                left -= chunk
                tt += int(r.integers(60, 1800))

    # -------------------------------------------------------------------------------------------- reports
    def report(self, t, etype, entity, label, ftype=None, loss=None, source="police"):
        if t >= END:
            return
        self.reports.append((int(t), etype, str(entity), label, ftype, loss, source))

    def victim_report(self, r, victim_p, t_last, total, ftype, numbers=(), accounts=(), hosts=(), apps=(),
                      p=0.75, delay_h=(2, 72)):
        if r.random() > p:
            return
        t = t_last + int(r.uniform(*delay_h) * HOUR)
        self.report(t, "msisdn", self.pp.msisdn[victim_p], "victim", ftype, round(total, 2), "police")
        for x in numbers:
            self.report(t + 60, "msisdn", x, "fraud", ftype, None, "police")
        for x in accounts:
            self.report(t + 120, "account", x, "fraud", ftype, None, "police")
        for x in hosts:
            self.report(t + 180, "domain", x, "fraud", ftype, None, "police")
        for x in apps:
            self.report(t + 240, "app", x, "fraud", ftype, None, "police")

    def emit_reports(self):
        if not self.reports:
            return
        rows = sorted(self.reports, key=lambda x: (x[0], x[1], x[2], x[3]))
        self.w.add("reports", time=np.array([x[0] for x in rows], dtype=np.int64),
                   entity_type=np.array([x[1] for x in rows], dtype=object),
                   entity=np.array([x[2] for x in rows], dtype=object), label=np.array([x[3] for x in rows], dtype=object),
                   fraud_type=np.array([x[4] for x in rows], dtype=object),
                   loss_amount=np.array([np.nan if x[5] is None else x[5] for x in rows], dtype=float),
                   source=np.array([x[6] for x in rows], dtype=object))

    # -------------------------------------------------------------------------------------------- a gang member's own phone
    def member_phone(self, r, msisdn, imsi, imei, home_cell, days, contacts, rate=2.0, data=3, extra_cells=None):
        """Calls and data of a gang member's personal phone: a small circle of contacts, normal hours."""
        pp = self.pp
        self.w.line_loc[int(msisdn)] = int(home_cell)
        for d in days:
            k = int(r.poisson(rate))
            if k:
                t = windows_times(r, d, k, [(9, 13), (14, 23)])
                cal = contacts[r.integers(0, len(contacts), k)]
                cells = np.full(k, home_cell) if extra_cells is None else extra_cells[r.integers(0, len(extra_cells), k)]
                emit_voice(self.w, pp, t, np.full(k, msisdn), cal, r.integers(15, 400, k),
                           np.where(r.random(k) < 0.85, "answered", "no_answer").astype(object), caller_imei=imei,
                           caller_imsi=imsi, caller_cell=cells, r=r)
            k = int(r.poisson(data))
            if k:
                t = windows_times(r, d, k, [(8, 24)])
                self.w.add("device", time=t, msisdn=np.full(k, msisdn), imsi=np.full(k, imsi), imei=np.full(k, imei),
                           cell=np.full(k, home_cell), event="data_session", roaming_country=None,
                           bytes=r.lognormal(np.log(5e6), 1.2, k).astype(np.int64))
