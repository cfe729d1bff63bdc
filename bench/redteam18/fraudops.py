"""What every gang does with its own parameters: cards, dialling and texting campaigns, SIMs on the network,
victims' journeys (contact, tranches, warnings, police reports) and the records those leave."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from life import emit_calls, pick
from lifedata import data_rows
from people import People
from world import DAY, DAYS, MOBILE, T0, T_END, World, t_of


@dataclass
class Gang:
    gid: str
    scheme: str
    fraud_type: str
    collect: list[int] = field(default_factory=list)  # first-layer accounts victims pay
    numbers: list[int] = field(default_factory=list)  # numbers that contact victims
    domains: list[str] = field(default_factory=list)
    app: str | None = None
    answered: list[np.ndarray] = field(default_factory=list)  # numbers of people who answered long
    gateway: dict[int, int] = field(default_factory=dict)  # number -> gateway of lines behind one


def fraud_card(w: World, g: Gang, role: str, id_key: str, open_time: int, first_active: int, store: str,
               home_cell: int, imei_a: int, kind: int = MOBILE, truth: bool = True, **kw) -> int:
    """A card the gang uses (no ordinary life): a subscriber row and its truth."""
    kw.setdefault("prepaid", True)
    kw.setdefault("home_region", "Sichuan")
    c = w.add_card(id_key, open_time, kind=kind, open_channel=store, open_cell=kw.pop("open_cell", home_cell),
                   home_cell=home_cell, day_cell=home_cell, imei_a=imei_a, **kw)
    if truth:
        w.add_truth("msisdn", w.num_str(w.cards.get(c, "num")), role, g.gid, g.scheme, first_active)
    return c


def day_grid(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row, day) for each row active on days [start, end)."""
    n = np.maximum(ends - starts, 0)
    rows = np.repeat(np.arange(len(starts)), n)
    off = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    return rows, np.repeat(starts, n) + off


def dial(w: World, g: Gang, nums: np.ndarray, d0: np.ndarray, d1: np.ndarray, per_day: tuple[int, int],
         hours: tuple[float, float], targets: str, answer: float, med: float, sigma: float = 0.9,
         callback: float = 0.03, weekend: float = 1.0, video: float = 0.0, **extra) -> None:
    """Outbound calls of each number on its active days (d0 inclusive, d1 exclusive)."""
    rng = w.rng
    row, day = day_grid(np.asarray(d0), np.asarray(d1))
    k = rng.integers(per_day[0], per_day[1] + 1, size=len(row))
    k = np.where((day + 2) % 7 >= 5, (k * weekend).astype(np.int64), k)
    r = np.repeat(row, k)
    dd = np.repeat(day, k)
    n = len(r)
    t = T0 + dd * DAY + ((hours[0] + rng.random(n) * (hours[1] - hours[0])) * 3600).astype(np.int64)
    callee = pick(w, targets, n)
    caller = np.asarray(nums)[r]
    vid = rng.random(n) < video if video else None
    ex = {key: (v[r] if isinstance(v, np.ndarray) and len(v) == len(nums) else v) for key, v in extra.items()}
    ans = emit_calls(w, t, caller, callee, answer, med, sigma=sigma, video=vid, callback=callback, **ex)
    g.answered.append(callee[ans & (w.card_of(callee) >= 0) & (rng.random(n) < 0.5)])


def blast(w: World, nums: np.ndarray, d0: np.ndarray, d1: np.ndarray, per_day: tuple[int, int],
          hours: tuple[float, float], targets: str, texts_: np.ndarray, **extra) -> np.ndarray:
    """Messages of each sender on its active days; returns the receivers."""
    rng = w.rng
    row, day = day_grid(np.asarray(d0), np.asarray(d1))
    k = rng.integers(per_day[0], per_day[1] + 1, size=len(row))
    r = np.repeat(row, k)
    dd = np.repeat(day, k)
    n = len(r)
    t = T0 + dd * DAY + ((hours[0] + rng.random(n) * (hours[1] - hours[0])) * 3600).astype(np.int64)
    recv = pick(w, targets, n)
    ex = {key: (v[r] if isinstance(v, np.ndarray) and len(v) == len(nums) else v) for key, v in extra.items()}
    w.emit("sms", t=t, sender=np.asarray(nums)[r], receiver=recv, content=texts_[rng.integers(len(texts_), size=n)],
           **ex)
    return recv


def presence(w: World, nums: np.ndarray, t0: np.ndarray, t1: np.ndarray, data_per_day: float = 0.0,
             median: float = 3e6, **kw) -> None:
    """A SIM on the network: power-on/attach at t0, data sessions while active, detach at t1 (if in the month)."""
    rng = w.rng
    nums = np.asarray(nums)
    w.emit("device", t=t0 + rng.integers(0, 600, size=len(nums)), msisdn=nums, event=np.full(len(nums), 2), **kw)
    w.emit("device", t=t0 + rng.integers(600, 900, size=len(nums)), msisdn=nums, event=np.zeros(len(nums),
                                                                                                dtype=np.int64), **kw)
    end = t1 < T_END
    w.emit("device", t=t1[end] - rng.integers(60, 600, size=int(end.sum())), msisdn=nums[end],
           event=np.full(int(end.sum()), 3), **{k: (v[end] if isinstance(v, np.ndarray) else v) for k, v in kw.items()})
    if data_per_day > 0:
        d0 = np.clip((t0 - T0) // DAY, 0, DAYS)
        d1 = np.clip((t1 - T0) // DAY + 1, 0, DAYS)
        row, day = day_grid(d0, d1)
        k = rng.poisson(data_per_day, size=len(row))
        r = np.repeat(row, k)
        t = T0 + np.repeat(day, k) * DAY + rng.integers(7 * 3600, 23 * 3600, size=len(r))
        ok = (t > t0[r]) & (t < t1[r])
        data_rows(w, nums[r][ok], t[ok], median=median,
                  **{key: (v[r][ok] if isinstance(v, np.ndarray) else v) for key, v in kw.items()})


def victims(w: World, ppl: People, spec: str, n: int) -> np.ndarray:
    """n persons (with a bank account, not reserved, not yet a victim) drawn from a pool mixture."""
    chosen: list[int] = []
    acct_ok = np.array([bool(a) for a in ppl.accounts])
    tries = 0
    while len(chosen) < n and tries < 50:
        tries += 1
        nums = pick(w, spec, 4 * n)
        card = w.card_of(nums)
        for c in card.tolist():
            if c < 0:
                continue
            p = int(w.cards.person[c])
            if p < 0 or ppl.reserved[p] or not acct_ok[p] or p in w.victim_set:
                continue
            w.victim_set.add(p)
            chosen.append(p)
            if len(chosen) == n:
                break
    return np.array(chosen, dtype=np.int64)


@dataclass
class Journey:
    """How one gang's victims are led: contact, tranches and how they end."""

    contact: str = "call"  # call / sms / video
    hooked: tuple[int, int] = (600, 2400)  # seconds of the hooking call
    amounts: tuple[float, ...] = (3000, 8000)  # candidate tranche amounts (each drawn and jittered)
    tranches: tuple[int, int] = (1, 3)
    gap_h: tuple[float, float] = (0.3, 3.0)  # hours between tranches
    first_gap_h: tuple[float, float] = (0.2, 1.5)
    escalate: bool = False
    channel: int = 0  # mobile_app
    initiated: bool = True
    follow_calls: tuple[int, int] = (1, 3)
    web: bool = True
    install: bool = False
    video: float = 0.0
    warn: float = 0.25
    heed: float = 0.6
    report: float = 0.45
    refund_first: tuple[float, float] | None = None  # small "profit" paid back before the first tranche
    sms_text: int = -1


def run_journeys(w: World, ppl: People, g: Gang, vict: np.ndarray, t0s: np.ndarray, j: Journey,
                 contact_nums: np.ndarray, offset: int = 0) -> None:
    """Each victim: hooked by a contact, pays tranches to the gang's accounts until done, warned or broke."""
    rng = w.rng
    accts = ppl.accounts
    for i0, v in enumerate(vict.tolist()):
        i = i0 + offset
        vn = int(w.person_num[v])
        acct = accts[v][0]
        t = int(t0s[i0])
        c = int(contact_nums[i0 % len(contact_nums)])
        w.add_truth("msisdn", w.num_str(vn), "victim", g.gid, g.scheme, t)
        if j.contact == "sms":
            w.emit("sms", t=np.array([t]), sender=np.array([c]), receiver=np.array([vn]),
                   content=np.array([j.sms_text]))
        else:
            media = np.array([1 if j.contact == "video" else 0])
            w.emit("voice", t=np.array([t]), caller=np.array([c]), callee=np.array([vn]),
                   duration_s=np.array([int(rng.integers(*j.hooked))]), ring_s=np.array([int(rng.integers(3, 15))]),
                   result=np.array([0]), media=media, gateway=np.array([g.gateway.get(c, -1)]))
        tv = t + int(rng.integers(60, 900))
        if j.web and g.domains:
            dom = g.domains[i % len(g.domains)]
            k = int(rng.integers(1, 4))
            w.emit("web", t=tv + np.sort(rng.integers(0, 3 * 3600, size=k)), msisdn=np.full(k, vn),
                   domain=np.full(k, w.domains.add(dom)), url=np.full(k, w.texts.add(f"http://{dom}/")),
                   ip=np.full(k, w.ips.add(_ip_for(dom))), bytes=rng.integers(20_000, 900_000, size=k))
        if j.install and g.app:
            src = w.texts.add(f"http://{g.domains[0]}/download.apk") if g.domains else -1
            w.emit("apps", t=np.array([tv + 300, tv + 900]), msisdn=np.array([vn, vn]),
                   app=np.full(2, w.apps.add(g.app)), event=np.array([0, 1]), source_url=np.array([src, -1]))
        ntr = int(rng.integers(j.tranches[0], j.tranches[1] + 1))
        amounts = np.sort(rng.choice(j.amounts, size=ntr)) if j.escalate else rng.choice(j.amounts, size=ntr)
        amounts = np.round(amounts * rng.uniform(0.85, 1.15, size=ntr) / 10) * 10
        tp = t + int(rng.uniform(*j.first_gap_h) * 3600)
        warned_at = None
        if rng.random() < j.warn:
            warned_at = tp + int(rng.uniform(-0.5, max(0.5, (ntr - 1) * np.mean(j.gap_h))) * 3600)
            warn(w, vn, warned_at)
        heeds = rng.random() < j.heed
        if j.refund_first and g.collect:
            back = round(float(rng.uniform(*j.refund_first)), 2)
            w.emit("transfers", t=np.array([tp - 1800]), from_account=np.array([g.collect[i % len(g.collect)]]),
                   to_account=np.array([acct]), amount=np.array([back]), channel=np.array([3]))
        paid = []
        for k in range(ntr):
            if warned_at is not None and heeds and tp > warned_at:
                break
            if tp >= T_END:
                break
            to = g.collect[(i * 3 + k) % len(g.collect)]
            amt = float(amounts[k])
            w.emit("transfers", t=np.array([tp]), from_account=np.array([acct]), to_account=np.array([to]),
                   amount=np.array([amt]), channel=np.array([j.channel]),
                   initiated_msisdn=np.array([vn if j.initiated else -1]))
            w.events.append((w.num_str(vn), tp, amt, w.accounts.items[to], g.gid, g.scheme))
            w.victim_payments.append((tp, to, amt, g.gid))
            paid.append((tp, to, amt))
            nf = int(rng.integers(j.follow_calls[0], j.follow_calls[1] + 1))
            if nf and j.contact != "sms":
                ft = tp + np.sort(rng.integers(300, int(max(j.gap_h[1], 0.5) * 3600), size=nf))
                vid = (rng.random(nf) < j.video).astype(np.int64)
                w.emit("voice", t=ft, caller=np.full(nf, c), callee=np.full(nf, vn),
                       duration_s=rng.integers(90, 1500, size=nf), ring_s=rng.integers(3, 12, size=nf),
                       result=np.zeros(nf, dtype=np.int64), media=vid, gateway=np.full(nf, g.gateway.get(c, -1)))
            tp += int(rng.uniform(*j.gap_h) * 3600)
        if paid and rng.random() < j.report:
            tr = paid[-1][0] + int(rng.uniform(2, 60) * 3600)
            if tr < T_END - 3600:
                loss = sum(p[2] for p in paid)
                report(w, tr, "msisdn", w.num_str(vn), "victim", g.fraud_type, loss)
                report(w, tr + 60, "msisdn", w.num_str(c), "fraud", g.fraud_type, loss)
                block(w, "msisdn", w.num_str(c), tr + int(rng.uniform(2, 12) * 3600), "police report")
                for _, to, _ in paid[:2]:
                    report(w, tr + 120, "account", w.accounts.items[to], "fraud", g.fraud_type, loss)
                if g.domains and j.web:
                    report(w, tr + 180, "domain", g.domains[i % len(g.domains)], "fraud", g.fraud_type, None)
                if g.app and j.install:
                    report(w, tr + 240, "app", g.app, "fraud", g.fraud_type, None)


def warn(w: World, num: int, t: int) -> None:
    """The anti-fraud centre's warning: a 96110 call or a 12381 message."""
    if t < T0 or t >= T_END:
        return
    if w.rng.random() < 0.6:
        w.emit("voice", t=np.array([t]), caller=np.array([w.svc["warn_call"]]), callee=np.array([num]),
               duration_s=np.array([int(w.rng.integers(40, 400))]), ring_s=np.array([8]), result=np.array([0]))
    else:
        w.emit("sms", t=np.array([t]), sender=np.array([w.svc["anti"]]), receiver=np.array([num]),
               content=np.array([w.texts.add("【12381】您可能正遭遇电信网络诈骗，请勿转账汇款，如有疑问请拨打96110。")]))


def report(w: World, t: int, etype: str, entity: str, label: str, fraud_type: str | None, loss: float | None,
           source: str = "police") -> None:
    h = (t - T0) % DAY / 3600
    if source != "internal" and (h < 8 or h >= 22):  # filed in office hours
        t += int(((24 + 8.5 - h) % 24) * 3600)
    w.static["reports"].append({"time": int(t), "entity_type": etype, "entity": entity, "label": label,
                                "fraud_type": fraud_type, "loss_amount": None if loss is None else float(loss),
                                "source": source})


def block(w: World, etype: str, entity: str, t: int, reason: str, list_: str = "block", days: int = 180) -> None:
    w.static["lists"].append({"entity_type": etype, "entity": entity, "list": list_, "reason": reason,
                              "added_time": int(t), "expires_time": int(t + days * DAY)})


def _ip_for(domain: str) -> str:
    h = sum((i + 1) * ord(ch) for i, ch in enumerate(domain))
    return f"{103 + h % 60}.{h % 251}.{(h // 7) % 251}.{(h // 13) % 250 + 1}"


def user_reports(w: World, g: Gang, nums: np.ndarray, k: int, d0: int, d1: int) -> None:
    """People who got the calls report a few of the numbers themselves."""
    rng = w.rng
    if k <= 0 or len(nums) == 0:
        return
    for n in rng.choice(nums, size=min(k, len(nums)), replace=False).tolist():
        t = t_of(float(rng.uniform(d0, d1)))
        report(w, t, "msisdn", w.num_str(int(n)), "fraud", g.fraud_type, None, source="user_report")


def time_in(w: World, n: int, d0: float, d1: float, h0: float = 9, h1: float = 21) -> np.ndarray:
    d = w.rng.integers(int(d0), int(d1), size=n)
    return T0 + d * DAY + ((h0 + w.rng.random(n) * (h1 - h0)) * 3600).astype(np.int64)
