"""Building blocks of the benign look-alikes: busy callers, bulk texters, collecting accounts.

Every entity a look-alike plants is written to the truth as ``lookalike:<kind>``.
"""

from __future__ import annotations

import numpy as np
from kit import END, Kit, Phone
from world import DAY, DAYS, T0, WORKDAY


class Look:
    def __init__(self, kit: Kit, taken: set) -> None:
        self.kit, self.taken = kit, taken
        self.kinds: dict[str, int] = {}

    def role(self, kind: str, etype: str, entity: str, t: int | None = None) -> None:
        self.kit.truth(etype, entity, f"lookalike:{kind}", None, kind, T0 if t is None else t)
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    # --- who ---
    def people(self, k: int, **kw) -> list[Phone]:
        return [self.kit.person(i) for i in self.kit.pop.pick(k, self.taken, **kw)]

    def work_phone(self, place: str, *, years: float = 2.0, line: str = "mobile", cust: str = "personal",
                   id_key: str | None = None, channel: str | None = None, prepaid: bool = False,
                   id_type: str = "resident_id", open_t: int | None = None, life: bool = True) -> Phone:
        kit, w, rng = self.kit, self.kit.w, self.kit.rng
        cell = w.cell_in(place)
        ot = open_t if open_t is not None else T0 - int(rng.uniform(0.3, 2) * years * 365) * DAY
        ph = kit.new_card(id_key or w.id_key(), ot, channel or f"QC-STORE-{place[:2].upper()}{int(rng.integers(1, 60)):03d}",
                          cell, line=line, cust=cust, prepaid=prepaid, id_type=id_type)
        if line == "mobile":
            ph.imei = w.imei()
            if life:
                kit.daily_life(ph, 0, DAYS, [kit.random_ext_contact() for _ in range(5)], calls=1.0, data=3)
        return ph

    def pool(self, n_pop: int, n_ext: int, **kw) -> list[Phone]:
        kit = self.kit
        idx = kit.pop.candidates(**kw)
        pick = kit.rng.choice(idx, size=min(n_pop, len(idx)), replace=False) if len(idx) else []
        out = [kit.person(int(i)) for i in pick]
        out += [kit.random_ext_contact() if kit.rng.random() < 0.5 else kit.ext() for _ in range(n_ext)]
        kit.rng.shuffle(out)
        return out

    # --- behaviours ---
    def busy_caller(self, ph: Phone, days, per_day, pool: list[Phone], *, hours=(8.5, 19.5), ans_p=0.8,
                    short=0.6, new_share=0.6, callback=0.15, sms_per_day=0.0, sms_text=None, workdays=False,
                    long_med=110, cells: dict | None = None, incoming: float = 0.0, gateway=None, media="voice") -> None:
        """Many calls a day, to customers/passengers/residents drawn from ``pool`` (``new_share`` of them not
        called before), with people calling back and customers calling in."""
        kit, rng = self.kit, self.kit.rng
        known: list[Phone] = []
        cur = 0
        for d in days:
            if d < 0 or d >= DAYS or (workdays and not WORKDAY[d]):
                continue
            if cells and d in cells and ph.card is None:
                ph.cell = cells[d]
            n = int(rng.integers(per_day[0], per_day[1] + 1))
            for t in np.sort(rng.uniform(hours[0], hours[1], n)):
                tt = int(T0 + d * DAY + t * 3600)
                if known and rng.random() > new_share:
                    b = known[int(rng.integers(len(known)))]
                else:
                    b = pool[cur % len(pool)]
                    cur += 1
                    known.append(b)
                if rng.random() < ans_p:
                    dur = int(rng.integers(8, 60)) if rng.random() < short else int(np.exp(rng.normal(np.log(long_med), 0.7)))
                    kit.call(tt, ph, b, dur, gateway=gateway, media=media)
                    if rng.random() < callback * 0.5:
                        kit.call(tt + int(rng.integers(300, 7200)), b, ph, int(rng.integers(15, 200)))
                else:
                    kit.call(tt, ph, b, 0, result="no_answer" if rng.random() < 0.8 else "busy", gateway=gateway)
                    if rng.random() < callback:
                        kit.call(tt + int(rng.integers(120, 5400)), b, ph, int(rng.integers(10, 120)))
            for _ in range(int(rng.poisson(incoming))):
                b = known[int(rng.integers(len(known)))] if known and rng.random() < 0.5 else pool[int(rng.integers(len(pool)))]
                kit.call(int(T0 + d * DAY + rng.uniform(*hours) * 3600), b, ph, int(np.exp(rng.normal(4.2, 0.8))))
            for _ in range(int(rng.poisson(sms_per_day))):
                b = known[int(rng.integers(len(known)))] if known else pool[0]
                kit.sms(int(T0 + d * DAY + rng.uniform(*hours) * 3600), ph, b,
                        sms_text() if callable(sms_text) else sms_text)

    def texter(self, ph: Phone, days, per_day, pool: list[Phone], text, hours=(8, 20), burst: bool = False) -> None:
        """Bulk texts to a list (notices, pickup codes, marketing)."""
        kit, rng = self.kit, self.kit.rng
        cur = 0
        for d in days:
            if d < 0 or d >= DAYS:
                continue
            n = int(rng.integers(per_day[0], per_day[1] + 1))
            if burst:
                t0 = rng.uniform(*hours)
                times = t0 + np.sort(rng.uniform(0, 0.4, n))
            else:
                times = np.sort(rng.uniform(hours[0], hours[1], n))
            for t in times:
                b = pool[cur % len(pool)]
                cur += 1
                kit.sms(int(T0 + d * DAY + t * 3600), ph, b, text() if callable(text) else text)

    def collect(self, account: str, days, payers: list[Phone], amount, *, per_day=None, hours=(9, 22),
                forward: str | None = None, fwd_share=0.95, note_sms: Phone | None = None, ext_payers: int = 0,
                channel="mobile_app") -> float:
        """Many people pay one account (gifts, fees, orders, donations); the total may move on at night."""
        kit, rng = self.kit, self.kit.rng
        total = 0.0
        ext = [kit.w.account_id() for _ in range(ext_payers)]
        payer_list: list = list(payers) + ext
        rng.shuffle(payer_list)
        dl = [d for d in days if 0 <= d < DAYS]
        if not dl:
            return 0.0
        per = per_day or max(1, len(payer_list) // len(dl) + 1)
        k = 0
        for d in dl:
            day_total = 0.0
            for _ in range(per):
                if k >= len(payer_list):
                    break
                p = payer_list[k]
                k += 1
                a = float(amount()) if callable(amount) else float(amount)
                t = int(T0 + d * DAY + rng.uniform(*hours) * 3600)
                if isinstance(p, Phone):
                    if p.account is None:  # someone on another operator: an account at a bank elsewhere
                        p.account = kit.w.account_id()
                    kit.pay(t, p.account, account, a, channel if p.ours else "mobile_app", p if p.ours else None)
                else:
                    kit.pay(t, p, account, a, "mobile_app")
                day_total += a
            total += day_total
            if forward and day_total > 0:
                kit.pay(min(int(T0 + d * DAY + rng.uniform(21.5, 23.5) * 3600), END), account, forward,
                        round(day_total * fwd_share, 2), "mobile_app")
        return total
