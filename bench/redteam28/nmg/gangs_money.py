"""G07, the Erenhot mule network that launders for most gangs, and the victims' payments.

Layer 1: bank accounts sold by students and villagers (opened May-July 2035) and older accounts rented from
Ordos shopkeepers ruined in the lending bust. Layer 2: accounts opened in Erenhot on bought identities, run
from three operator phones. Layer 3: USDT over-the-counter merchants and ATM cash-outs at the port.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np

from . import kit
from .core import DAY, HOUR, t_date

GANG = "G07-erenhot-mules"
SCHEME = "mule_layering_usdt_cashout"


@dataclass
class MuleNet:
    l1: np.ndarray
    l1_bound: np.ndarray
    l2: np.ndarray
    otc: np.ndarray
    atms: np.ndarray
    operators: np.ndarray
    inflows: list = field(default_factory=list)

    def take(self, gang: str, k: int) -> np.ndarray:
        """Layer-1 accounts a gang is given: overlapping slices of the broker's stock."""
        off = zlib.crc32(gang.encode()) % len(self.l1)
        idx = (off + np.arange(k) * 3) % len(self.l1)
        return self.l1[idx]


def setup(w) -> None:
    rng = w.rng("mules")
    students = kit.pick(w, rng, 12, personas=["student"])
    villagers = kit.pick(w, rng, 10, personas=["farmer", "herder"], areas=[476, 475])
    rented = kit.pick(w, rng, 8, personas=["merchant"], areas=[477], account=True)
    p = w.pop
    new_s = w.ids.accounts(len(students) + len(villagers))
    opened = rng.integers(t_date(2035, 5, 15), t_date(2035, 7, 6), len(new_s))
    holders = np.concatenate([students, villagers])
    kit.bank_open(w, new_s, p.id_key[holders],
                  np.array(["PSBC", "ABC", "ICBC", "NMG Rural Credit"], dtype=object)[rng.integers(0, 4, len(new_s))],
                  opened, p.msisdn[holders])
    outsiders = w.ids.accounts(8)
    out_keys = w.ids.id_keys(8)
    out_bound = w.ids.offnet(8)
    kit.bank_open(w, outsiders, out_keys, "China Merchants", rng.integers(t_date(2035, 4, 1), t_date(2035, 6, 30), 8),
                  out_bound)
    l1 = np.concatenate([new_s, p.account[rented], outsiders])
    l1_bound = np.concatenate([p.msisdn[holders], p.msisdn[rented], out_bound])
    # layer 2: bought identities in Erenhot, each with a card the gang keeps
    l2_keys = w.ids.id_keys(10)
    l2_lines = kit.open_lines(w, 10, "xl_erenhot", opened=rng.integers(t_date(2035, 4, 1), t_date(2035, 6, 20), 10),
                              id_keys=l2_keys, channel="TG-479-S007", rng=rng)
    l2 = w.ids.accounts(10)
    kit.bank_open(w, l2, l2_keys, np.array(["ICBC", "BOC", "CCB", "Baotou Bank", "ABC"], dtype=object)[np.arange(10) % 5],
                  l2_lines.opened + rng.integers(DAY, 10 * DAY, 10), l2_lines.msisdn)
    otc_keys = w.ids.id_keys(4)
    otc = w.ids.accounts(4)
    kit.bank_open(w, otc, otc_keys, "BOC", rng.integers(t_date(2033, 1, 1), t_date(2034, 12, 1), 4))
    ops = kit.open_lines(w, 3, "xl_erenhot", opened=rng.integers(t_date(2035, 3, 1), t_date(2035, 6, 1), 3), rng=rng)
    atms = np.array([f"ATM-479-{k:04d}" for k in rng.integers(100, 9999, 6)], dtype=object)
    w.mules = MuleNet(l1, l1_bound, l2, otc, atms, ops.msisdn)
    # the operators' phones and the layer-2 cards sit in Erenhot and mostly idle
    days = np.ones((3, w.days), dtype=bool)
    kit.presence(w, rng, ops, days, data_rate=6, loc_rate=1)
    kit.presence(w, rng, l2_lines, rng.random((10, w.days)) < 0.4, data_rate=1, loc_rate=0.5)
    first = t_date(2035, 7, 8)
    w.truth("account", l1, "mule_account", GANG, SCHEME, first)
    w.truth("account", l2, "mule_account", GANG, SCHEME, first)
    w.truth("account", otc, "mule_account", GANG, SCHEME, first)
    w.truth("id_key", np.concatenate([p.id_key[holders], out_keys]), "card_seller", GANG, "sold_bank_account",
            opened.min())
    w.truth("id_key", l2_keys, "gang_member", GANG, SCHEME)
    w.truth("msisdn", ops.msisdn, "gang_member", GANG, SCHEME, first)
    w.truth("msisdn", l2_lines.msisdn, "gang_member", GANG, SCHEME)
    w.reg_fraud.append(dict(kind="account", entities=l1[::4], gang=GANG, ftype="other", t=4 * DAY, src="bank"))
    # the students' new accounts get a little ordinary use so they do not look empty
    k = rng.poisson(3, len(students))
    s = np.repeat(np.arange(len(students)), k)
    shops = np.flatnonzero(p.account != None)  # noqa: E711
    kit.pay(w, kit.hours(rng, len(s), 10, 22, rng.integers(0, w.days, len(s))), new_s[s],
            p.account[shops[rng.integers(0, len(shops), len(s))]], rng.lognormal(np.log(60), 0.8, len(s)),
            "mobile_app", p.msisdn[students][s])


def victim_pays(w, rng, *, gang, scheme, ftype, victims, t_hook, contact, accounts, n_pay=1, med=5000.0,
                sigma=0.7, grow=1.0, gap=(2 * HOUR, 2 * DAY), first_gap=(10 * 60, 90 * 60), channel=None,
                from_accounts=None, victim_numbers=None, initiated=None):
    """Victims (background indices, or outside numbers with ``from_accounts``) pay the gang's accounts."""
    p = w.pop
    nv = len(victims) if victim_numbers is None else len(victim_numbers)
    if nv == 0:
        return
    nums = p.msisdn[victims] if victim_numbers is None else np.asarray(victim_numbers)
    frm = p.account[victims] if from_accounts is None else np.asarray(from_accounts, dtype=object)
    smart = p.smart[victims] if victim_numbers is None else np.ones(nv, dtype=bool)
    k = np.maximum(1, np.asarray(n_pay) if np.ndim(n_pay) else np.full(nv, n_pay))
    v = np.repeat(np.arange(nv), k)
    i = np.concatenate([np.arange(x) for x in k])
    gv = rng.integers(gap[0], gap[1], nv)
    t = np.asarray(t_hook, dtype=np.int64)[v] + rng.integers(first_gap[0], first_gap[1], len(v))
    t = t + i * gv[v] + rng.integers(0, 1800, len(v)) * (i > 0)
    amt = rng.lognormal(np.log(med), sigma, len(v)) * (grow ** i)
    amt = np.round(np.where(amt > 3000, np.round(amt, -2), amt), 2)
    if channel is None:
        ch = np.where(smart[v], "mobile_app", "counter").astype(object)
    else:
        ch = np.full(len(v), channel, dtype=object)
    # counter payments happen in banking hours
    hr = (t % DAY) / HOUR
    late = (ch == "counter") & ((hr < 9) | (hr > 16.5))
    t = np.where(late, (t // DAY + (hr > 16.5)) * DAY + (9.5 * HOUR + rng.integers(0, 3 * HOUR, len(t))), t)
    ok = t < w.end - 600
    v, t, amt, ch = v[ok], t[ok], amt[ok], ch[ok]
    to = np.asarray(accounts, dtype=object)[rng.integers(0, len(accounts), len(v))]
    ini = np.where(np.isin(ch, ["mobile_app", "third_party"]), nums[v] if initiated is None else initiated, 0)
    kit.pay(w, t, frm[v], to, amt, ch, ini)
    w.loss(nums[v], t, amt, to)
    w.mules.inflows.append((to, t, amt))
    paid = np.zeros(nv)
    np.add.at(paid, v, amt)
    last = np.zeros(nv, dtype=np.int64)
    np.maximum.at(last, v, t)
    hook = np.asarray(t_hook, dtype=np.int64)
    w.truth("msisdn", nums, "victim", gang, scheme, hook)
    w.reg_victims.append(dict(gang=gang, ftype=ftype, msisdn=nums, t_hook=hook, t_last=np.where(paid > 0, last, hook),
                              loss=paid, contact=np.asarray(contact)))


def hooked_only(w, *, gang, scheme, ftype, numbers, t_hook, contact):
    """People deep in a scheme who have not paid yet (potential victims)."""
    nums = np.asarray(numbers)
    if len(nums) == 0:
        return
    w.truth("msisdn", nums, "victim", gang, scheme, np.asarray(t_hook, dtype=np.int64))
    w.reg_victims.append(dict(gang=gang, ftype=ftype, msisdn=nums, t_hook=np.asarray(t_hook, dtype=np.int64),
                              t_last=np.asarray(t_hook, dtype=np.int64), loss=np.zeros(len(nums)),
                              contact=np.asarray(contact)))


def finish(w) -> None:
    """Move every inflow on: layer 1 -> layer 2 within the hour, layer 2 -> OTC merchants or ATMs."""
    m = w.mules
    rng = w.rng("mules-finish")
    if not m.inflows:
        return
    acc = np.concatenate([x[0] for x in m.inflows])
    t = np.concatenate([x[1] for x in m.inflows])
    amt = np.concatenate([x[2] for x in m.inflows])
    l1_pos = {a: i for i, a in enumerate(m.l1.tolist())}
    is_l1 = np.array([a in l1_pos for a in acc.tolist()])
    acc, t, amt = acc[is_l1], t[is_l1], amt[is_l1]
    n = len(acc)
    i1 = np.array([l1_pos[a] for a in acc.tolist()], dtype=np.int64)
    l2i = (i1 + rng.integers(0, 3, n)) % len(m.l2)
    t1 = t + rng.integers(4 * 60, 45 * 60, n)
    fee = rng.uniform(0.01, 0.03, n)
    a1 = np.round(amt * (1 - fee), 2)
    ini = np.where(rng.random(n) < 0.7, m.operators[i1 % len(m.operators)], m.l1_bound[i1])
    ok = t1 < w.end
    kit.pay(w, t1[ok], acc[ok], m.l2[l2i[ok]], a1[ok], "mobile_app", ini[ok])
    t1, a1, l2i = t1[ok], a1[ok], l2i[ok]
    t2 = t1 + rng.integers(10 * 60, 90 * 60, len(t1))
    ok = t2 < w.end
    t2, a2, l2i = t2[ok], a1[ok], l2i[ok]
    cash = (a2 <= 20000) & (rng.random(len(a2)) < 0.35)
    otc_i = rng.integers(0, len(m.otc), len(a2))
    kit.pay(w, t2[~cash], m.l2[l2i[~cash]], m.otc[otc_i[~cash]], a2[~cash], "third_party",
            m.operators[l2i[~cash] % len(m.operators)])
    # ATM cash-outs at the port: chunks of up to 5,000
    ci = np.flatnonzero(cash)
    k = np.ceil(a2[ci] / 5000).astype(np.int64)
    r = np.repeat(ci, k)
    j = np.concatenate([np.arange(x) for x in k]) if len(k) else np.zeros(0, dtype=np.int64)
    chunk = np.minimum(5000.0, a2[r] - j * 5000.0)
    tt = t2[r] + j * rng.integers(60, 240, len(r))
    kit.pay(w, tt, m.l2[l2i[r]], m.atms[rng.integers(0, len(m.atms), len(r))], chunk, "atm", 0)
