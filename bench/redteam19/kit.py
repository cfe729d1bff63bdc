"""Record-making helpers for the hand-planted actors (gangs and look-alikes): phones, calls, messages,
device events, web visits, app installs, platform accounts, bank accounts, payments and truth rows.

A ``Phone`` is either an ordinary person's card (``card`` set: its cell follows that person's day), a
planted card of our operator (``cell`` is where it is now; ``roam`` a country when abroad), or another
operator's / a foreign number (``ours`` False: only the other side of the records shows it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from output import Tables
from people import Population
from texts import STORES
from world import CITY_ZH, DAY, DAYS, OPERATOR, T0, World


@dataclass
class Phone:
    msisdn: str
    imsi: str | None = None
    imei: str | None = None
    cell: int | None = None
    card: int | None = None
    ours: bool = True
    line: str = "mobile"  # mobile / fixed / voip / iot / foreign
    roam: str | None = None
    account: str | None = None
    id_key: str | None = None


END = T0 + DAYS * DAY - 1


class Kit:
    def __init__(self, world: World, pop: Population, tables: Tables, rng: np.random.Generator) -> None:
        self.w, self.pop, self.t, self.rng = world, pop, tables, rng

    # --- phones ---
    def person(self, i: int) -> Phone:
        p = self.pop
        return Phone(p.msisdn[i], p.imsi[i], p.imei[i], None, int(i), True, str(p.line_type[i]), None,
                     p.account[i], p.id_key[i])

    def new_card(self, id_key: str, open_t: int, channel: str, cell: int, *, line: str = "mobile",
                 cust: str = "personal", prepaid: bool = True, id_type: str = "resident_id", hlr: int | None = None,
                 region: str | None = None, brand: str | None = None, imei: str | None = None,
                 status: str = "active", status_time: int | None = None) -> Phone:
        w = self.w
        city = w.place_of[w.cells[cell].place][2]
        if line in ("fixed", "voip"):
            msisdn = w.fixed_line(city)
            imsi = None
            imei = None
        else:
            msisdn = w.our_msisdn(hlr)
            imsi = w.imsi()
            imei = imei or w.imei(brand)
        self.t.add("subscribers", msisdn=msisdn, imsi=imsi, id_key=id_key, id_type=id_type, customer_type=cust,
                   line_type=line, operator=OPERATOR, open_time=int(open_t), open_channel=channel,
                   open_cell=w.cells[cell].cell, status=status, status_time=int(status_time or open_t),
                   is_prepaid=prepaid, home_region=region or CITY_ZH[city])
        return Phone(msisdn, imsi, imei, cell, None, True, line, None, None, id_key)

    def ext(self, op: str | None = None) -> Phone:
        return Phone(self.w.other_msisdn(op), ours=False)

    def ext_fixed(self, city: str | None = None) -> Phone:
        return Phone(self.w.fixed_line(city), ours=False, line="fixed")

    def foreign(self, country: str) -> Phone:
        return Phone(self.w.foreign(country), ours=False, line="foreign")

    def random_ext_contact(self) -> Phone:
        """An existing number of another operator (someone's relative or friend)."""
        k = int(self.rng.integers(len(self.pop.ext)))
        return Phone(self.pop.ext[k], ours=False, line="fixed" if self.pop.ext_fixed[k] else "mobile")

    def where(self, ph: Phone, t: int) -> str | None:
        if not ph.ours or ph.line in ("fixed", "voip") or ph.roam:
            return None
        if ph.card is not None:
            return self.pop.cell1(ph.card, t)
        return None if ph.cell is None else self.w.cells[ph.cell].cell

    def imsi_of(self, ph: Phone, t: int) -> str | None:
        if ph.card is not None:
            return self.pop.imsi_at(ph.card, t)
        return ph.imsi

    def imei_of(self, ph: Phone, t: int) -> str | None:
        if ph.card is not None:
            return self.pop.imei_at(ph.card, t)
        return ph.imei

    # --- records ---
    def call(self, t: int, a: Phone, b: Phone, dur: int, *, result: str | None = None, media: str = "voice",
             gateway: str | None = None, ctype: str | None = None, ring: int | None = None) -> None:
        if not T0 <= t <= END:
            return
        t = int(t)
        if result is None:
            result = "answered" if dur > 0 else "no_answer"
        if result != "answered":
            dur = 0
        if ring is None:
            ring = int(self.rng.integers(3, 14)) if result == "answered" else (
                int(self.rng.integers(18, 46)) if result == "no_answer" else int(self.rng.integers(0, 8)))
        if ctype is None:
            ctype = ("intl_in" if a.line == "foreign" else "intl_out" if b.line == "foreign" else
                     "voip" if a.line == "voip" else "fixed" if a.line == "fixed" else "mobile")
        self.t.add("voice", start_time=t, caller=a.msisdn, callee=b.msisdn, duration_s=int(dur), ring_s=ring,
                   result=result, caller_imei=self.imei_of(a, t) if a.ours else None,
                   caller_imsi=self.imsi_of(a, t) if a.ours else None, caller_cell=self.where(a, t) if a.ours else None,
                   callee_cell=self.where(b, t) if b.ours else None,
                   caller_roaming_country=a.roam if a.ours else None, call_type=ctype, media=media, gateway=gateway)

    def sms(self, t: int, a: Phone, b: Phone, text: str | None) -> None:
        if not T0 <= t <= END:
            return
        t = int(t)
        self.t.add("sms", send_time=t, sender=a.msisdn, receiver=b.msisdn, content=text,
                   sender_imei=self.imei_of(a, t) if a.ours else None, sender_cell=self.where(a, t) if a.ours else None,
                   sender_roaming_country=a.roam if a.ours else None)

    def dev(self, t: int, ph: Phone, event: str, nbytes: int | None = None) -> None:
        if not T0 <= t <= END:
            return
        t = int(t)
        if event == "data_session" and nbytes is None:
            nbytes = int(np.exp(self.rng.normal(14.5, 1.5)))
        self.t.add("device", time=t, msisdn=ph.msisdn, imsi=self.imsi_of(ph, t), imei=self.imei_of(ph, t),
                   cell=None if ph.roam else (self.where(ph, t)), event=event, roaming_country=ph.roam, bytes=nbytes)

    def web(self, t: int, ph: Phone, domain: str, ip: str, path: str = "/", nbytes: int | None = None,
            app: str | None = None) -> None:
        if not T0 <= t <= END:
            return
        t = int(t)
        self.t.add("web", time=t, msisdn=ph.msisdn, domain=domain, url=f"https://{domain}{path}", ip=ip,
                   bytes=int(nbytes or self.rng.integers(8000, 600000)), app=app)

    def app(self, t: int, ph: Phone, pkg: str, event: str = "install", src: str | None = None) -> None:
        if not T0 <= t <= END:
            return
        t = int(t)
        self.t.add("apps", time=t, msisdn=ph.msisdn, app=pkg, event=event, source_url=src)

    def store_install(self, t: int, ph: Phone, pkg: str) -> None:
        self.app(t, ph, pkg, "install", STORES[int(self.rng.integers(len(STORES) - 1))].format(p=pkg))

    def iacct(self, platform: str, account: str, ph: Phone, t: int, status: str = "active") -> None:
        self.t.add("internet_accounts", platform=platform, account=account, msisdn=ph.msisdn, register_time=int(t),
                   status=status)

    def bank(self, account: str, id_key: str, bank: str, t: int, msisdn: str | None, status: str = "active") -> None:
        self.t.add("bank_accounts", account_id=account, id_key=id_key, bank=bank, open_time=int(t), bound_msisdn=msisdn,
                   status=status)

    def pay(self, t: int, frm: str, to: str, amount: float, channel: str = "mobile_app",
            ph: Phone | None = None) -> None:
        if not T0 <= t <= END:
            return
        t = int(t)
        assert frm and to, (frm, to)
        self.t.add("transfers", time=t, from_account=frm, to_account=to, amount=round(float(amount), 2),
                   currency="CNY", channel=channel, initiated_msisdn=ph.msisdn if ph is not None and channel in
                   ("mobile_app", "third_party") else None)

    def truth(self, etype: str, entity: str, role: str, gang: str | None, scheme: str | None, t: int | None) -> None:
        self.t.truth(etype, entity, role, gang, scheme, None if t is None else int(t))

    def loss(self, victim: Phone, t: int, amount: float, to: str) -> None:
        self.t.add("truth/events", victim=victim.msisdn, time=int(t), amount=round(float(amount), 2), to_account=to)

    # --- compound behaviour ---
    def daily_life(self, ph: Phone, d0: int, d1: int, contacts: list[Phone], calls: float = 2.0, data: float = 3.0,
                   sms: float = 0.3, hours: tuple[int, int] = (8, 23), web: list[tuple[str, str]] | None = None) -> None:
        """An ordinary-looking day for a planted card: a few calls and texts with its own people, data."""
        rng = self.rng
        for d in range(max(d0, 0), min(d1, DAYS)):
            for _ in range(int(rng.poisson(calls))):
                if not contacts:
                    break
                c = contacts[int(rng.integers(len(contacts)))]
                t = T0 + d * DAY + int(rng.integers(hours[0] * 3600, hours[1] * 3600))
                dur = int(np.exp(rng.normal(4.3, 0.9))) if rng.random() < 0.88 else 0
                if rng.random() < 0.5:
                    self.call(t, ph, c, dur)
                else:
                    self.call(t, c, ph, dur)
            for _ in range(int(rng.poisson(sms))):
                if contacts:
                    c = contacts[int(rng.integers(len(contacts)))]
                    self.sms(T0 + d * DAY + int(rng.integers(hours[0] * 3600, hours[1] * 3600)), ph, c, "好")
            for _ in range(int(rng.poisson(data))):
                self.dev(T0 + d * DAY + int(rng.integers(hours[0] * 3600, hours[1] * 3600)), ph, "data_session")
            if web:
                for _ in range(int(rng.poisson(1.0))):
                    dom, ip = web[int(rng.integers(len(web)))]
                    self.web(T0 + d * DAY + int(rng.integers(hours[0] * 3600, hours[1] * 3600)), ph, dom, ip)

    def at(self, d: float, h0: float, h1: float) -> int:
        return int(T0 + d * DAY + self.rng.uniform(h0, h1) * 3600)
