"""Shared machinery of the gangs: a gang's truth and reports, target lists, call and text blasts,
victims' payments and the mule chains that move the money on."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from kit import END, Kit, Phone
from world import DAY, T0


@dataclass
class Gang:
    kit: Kit
    gid: str
    scheme: str
    fraud_type: str
    victims: list = field(default_factory=list)
    first: dict = field(default_factory=dict)

    def role(self, etype: str, entity: str, role: str, t: int) -> None:
        self.kit.truth(etype, entity, role, self.gid, self.scheme, t)

    def report(self, t: int, etype: str, entity: str, label: str, loss: float | None = None,
               source: str = "police") -> None:
        if t > END:
            return
        self.kit.t.add("reports", time=int(t), entity_type=etype, entity=entity, label=label,
                       fraud_type=self.fraud_type if label == "fraud" or label == "victim" else None,
                       loss_amount=None if loss is None else round(float(loss), 2), source=source)

    def victim(self, v: Phone, t: int) -> None:
        self.role("msisdn", v.msisdn, "victim", t)
        self.victims.append(v)


def targets(kit: Kit, n_pop: int, n_ext: int, exclude: set | None = None, **kw) -> list[Phone]:
    """People to dial or text: ordinary cards of the kind given and other operators' numbers."""
    pop, rng = kit.pop, kit.rng
    idx = pop.candidates(**kw)
    if exclude:
        idx = np.array([i for i in idx if int(i) not in exclude], dtype=np.int64)
    pick = rng.choice(idx, size=min(n_pop, len(idx)), replace=False) if len(idx) else []
    out = [kit.person(int(i)) for i in pick]
    for _ in range(n_ext):
        r = rng.random()
        out.append(kit.random_ext_contact() if r < 0.35 else kit.ext())
    rng.shuffle(out)
    return out


def blast_calls(kit: Kit, ph: Phone, day: int, n: int, pool: list[Phone], hours=(9.0, 20.5), ans_p: float = 0.3,
                short: float = 0.6, gateway: str | None = None, ctype: str | None = None, cursor: list | None = None) -> list:
    """``n`` calls over the day's hours to the next numbers of ``pool``; returns (time, callee) of answered ones."""
    rng = kit.rng
    ts = np.sort(T0 + day * DAY + rng.uniform(hours[0] * 3600, hours[1] * 3600, n).astype(np.int64))
    got = []
    for t in ts:
        if cursor is not None:
            b = pool[cursor[0] % len(pool)]
            cursor[0] += 1
        else:
            b = pool[int(rng.integers(len(pool)))]
        r = rng.random()
        if r < ans_p:
            dur = int(rng.integers(3, 25)) if rng.random() < short else int(np.exp(rng.normal(4.6, 0.8)))
            kit.call(int(t), ph, b, dur, gateway=gateway, ctype=ctype)
            got.append((int(t), b))
        else:
            res = "no_answer" if r < ans_p + (1 - ans_p) * 0.65 else ("rejected" if rng.random() < 0.6 else "busy")
            kit.call(int(t), ph, b, 0, result=res, gateway=gateway, ctype=ctype)
    return got


def blast_sms(kit: Kit, ph: Phone, day: int, n: int, pool: list[Phone], text_fn, hours=(9.0, 21.0),
              cursor: list | None = None) -> None:
    rng = kit.rng
    ts = np.sort(T0 + day * DAY + rng.uniform(hours[0] * 3600, hours[1] * 3600, n).astype(np.int64))
    for t in ts:
        if cursor is not None:
            b = pool[cursor[0] % len(pool)]
            cursor[0] += 1
        else:
            b = pool[int(rng.integers(len(pool)))]
        kit.sms(int(t), ph, b, text_fn())


class Mules:
    """A gang's accounts: first-layer accounts that victims pay, second-layer collectors, cash-out."""

    def __init__(self, g: Gang, l1: list[str], l2: list[str], l3: list[str], hold_h=(0.05, 2.0), keep=(0.0, 0.03)):
        self.g, self.l1, self.l2, self.l3 = g, l1, l2, l3
        self.hold_h, self.keep = hold_h, keep
        self.k = 0
        self.l2_in: dict[str, list] = {a: [] for a in l2}
        for a in l1:
            g.role("account", a, "mule_account", T0)
        for a in l2 + l3:
            g.role("account", a, "mule_account", T0)

    def next_l1(self) -> str:
        a = self.l1[self.k % len(self.l1)]
        self.k += 1
        return a

    def victim_pays(self, v: Phone, t: int, amount: float, to: str | None = None, channel: str = "mobile_app") -> str:
        kit, rng = self.g.kit, self.g.kit.rng
        to = to or self.next_l1()
        t = int(min(t, END - 60))
        kit.pay(t, v.account, to, amount, channel, v)
        kit.loss(v, t, amount, to)
        # the money moves on within minutes to hours, split below the banks' single-transfer alerts
        left = amount * (1 - rng.uniform(*self.keep))
        tt = t + int(rng.uniform(*self.hold_h) * 3600)
        l2 = self.l2[int(rng.integers(len(self.l2)))]
        while left > 1 and tt < END:
            part = min(left, float(rng.uniform(19000, 49900)))
            kit.pay(tt, to, l2, round(part, 2), "mobile_app" if rng.random() < 0.7 else "third_party")
            self.l2_in[l2].append((tt, part))
            left -= part
            tt += int(rng.integers(40, 900))
        return to

    def cash_out(self) -> None:
        """Second-layer accounts pass money on to the cash-out accounts at night."""
        kit, rng = self.g.kit, self.g.kit.rng
        for a, ins in self.l2_in.items():
            ins.sort()
            acc, last = 0.0, 0
            for t, amt in ins:
                acc += amt
                if acc > 60000 or t - last > DAY:
                    out_t = t + int(rng.uniform(1, 8) * 3600)
                    if out_t < END:
                        kit.pay(out_t, a, self.l3[int(rng.integers(len(self.l3)))], round(acc * rng.uniform(0.97, 1.0), 2),
                                "third_party")
                        acc, last = 0.0, t
