"""Shared moves of the gangs: buying cards on villagers' IDs, dialling schedules, and what hooked victims do."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..clock import DAY, T0
from ..platforms import register


@dataclass
class Cards:
    msisdn: np.ndarray
    imsi: np.ndarray
    imei: np.ndarray
    cell: np.ndarray  # cell index where the card usually sits
    start: np.ndarray  # first active day
    end: np.ndarray  # last active day (inclusive)


def buy_cards(ww, gang: str, scheme: str, n: int, *, sellers: int, seller_site: str, store: str, opened: tuple,
              per_id: int = 5) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Cards opened by an agent on villagers' IDs (a few each) at one outlet; the villagers are card sellers."""
    rng = ww.rng
    ids = ww.ids(sellers)
    holder = np.minimum(np.arange(n) // per_id, sellers - 1)
    holder = rng.permutation(holder)
    ot = T0 + rng.integers(opened[0], opened[1], n) * DAY + rng.integers(9 * 3600, 18 * 3600, n)
    ot = np.sort(ot)
    msisdn, imsi = ww.open_cards(n, id_keys=[ids[h] for h in holder.tolist()], open_time=ot, channel=store,
                                 cell=ww.cells.site[seller_site], prepaid=True)
    for i in sorted(set(holder.tolist())):
        ww.truth.add("id_key", ids[i], "card_seller", gang, scheme)
    return msisdn, imsi, ot


def daily_schedule(ww, cards: Cards, per_day: float, hours: np.ndarray, spread: float = 0.5):
    """(card index, time) of every attempt: Poisson per active card-day, times by the hourly profile."""
    rng = ww.rng
    ci, ts = [], []
    for d in range(ww.days):
        act = np.flatnonzero((cards.start <= d) & (cards.end >= d))
        if not len(act):
            continue
        lam = per_day * rng.lognormal(0, spread, len(act))
        k = rng.poisson(lam)
        c = np.repeat(act, k)
        h = rng.choice(24, len(c), p=hours)
        ci.append(c)
        ts.append(T0 + d * DAY + h * 3600 + rng.integers(0, 3600, len(c)))
    if not ci:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    c, t = np.concatenate(ci), np.concatenate(ts)
    o = np.argsort(t, kind="stable")
    return c[o], t[o]


def targets(ww, n: int, pool: np.ndarray, onnet: float) -> tuple[np.ndarray, np.ndarray]:
    """Numbers dialled: from the pool (population indices) with probability onnet, else off-net."""
    rng = ww.rng
    on = rng.random(n) < onnet
    idx = np.full(n, -1, np.int64)
    idx[on] = pool[rng.integers(0, len(pool), int(on.sum()))]
    num = ww.pop.offnet_pool[rng.integers(0, len(ww.pop.offnet_pool), n)]
    num[on] = ww.pop.msisdn[idx[on]]
    return num, idx


@dataclass
class Flow:
    """What a hooked victim does after the first contact."""

    gang: str
    scheme: str
    fraud_type: str
    talk_med: float = 900  # the hooking call, seconds
    callback_p: float = 0.5  # calls the fraud number back
    domain: str | None = None  # page visited
    ip: str | None = None
    url_path: str = "/"
    app: str | None = None  # app installed from the page
    pays: tuple = (1, 3)  # number of payments
    amount: tuple = (8.5, 0.8)  # lognormal of each payment
    delay: tuple = (1800, 2 * DAY)  # first payment after the hook
    gap: tuple = (1800, DAY)  # between payments
    channel: str = "mobile_app"
    report_p: float = 0.45
    extra: dict = field(default_factory=dict)


def hook(ww, flow: Flow, victims: np.ndarray, t: np.ndarray, fraud_no: np.ndarray, mules) -> None:
    """Hooked victims: call back, open the page, install the app, pay in steps; some report to police."""
    rng, pop = ww.rng, ww.pop
    n = len(victims)
    if n == 0:
        return
    vm = pop.msisdn[victims]
    ww.truth.add("msisdn", vm.tolist(), "victim", flow.gang, flow.scheme, first=t)
    cb = rng.random(n) < flow.callback_p
    tc = t[cb] + rng.integers(600, DAY, int(cb.sum()))
    ww.call(tc, vm[cb], fraud_no[cb], rng.lognormal(np.log(flow.talk_med * 0.6), 0.5, int(cb.sum())),
            imei=pop.imei[victims[cb]], imsi=pop.imsi[victims[cb]], cell=pop.where(rng, victims[cb], tc, ww.cells),
            callee_cell=-1)
    tv = t + rng.integers(120, 3600, n)
    if flow.domain:
        url = f"http://{flow.ip if flow.domain == flow.ip else flow.domain}{flow.url_path}"
        ww.visit(tv, vm, flow.domain, url=url, ip=flow.ip, nbytes=rng.integers(80_000, 900_000, n))
        ww.visit(tv + rng.integers(60, 900, n), vm, flow.domain, url=url + "submit", ip=flow.ip,
                 nbytes=rng.integers(2_000, 20_000, n))
    if flow.app:
        ti = tv + rng.integers(60, 1200, n)
        ww.app(ti, vm, flow.app, "install", source_url=f"http://{flow.domain}/download" if flow.domain else None)
        ww.app(ti + rng.integers(300, 7200, n), vm, flow.app, "use")
    k = rng.integers(flow.pays[0], flow.pays[1] + 1, n)
    src = np.repeat(np.arange(n), k)
    step = np.concatenate([np.arange(x) for x in k.tolist()]) if len(k) else np.zeros(0, np.int64)
    first = t + rng.integers(flow.delay[0], flow.delay[1], n)
    tp = first[src] + step * rng.integers(flow.gap[0], flow.gap[1], len(src))
    growth = 1.0 + 0.6 * step
    amt = np.round(rng.lognormal(flow.amount[0], flow.amount[1], len(src)) * growth, -1 if flow.amount[0] > 7 else 0)
    mules.pay(victims[src], tp, np.maximum(amt, 10), channel=flow.channel)
    rep = np.flatnonzero(rng.random(n) < flow.report_p)
    if len(rep):
        tr = np.array([tp[src == r].max() if (src == r).any() else t[r] for r in rep.tolist()]) + rng.integers(
            3600, 3 * DAY, len(rep))
        loss = np.array([amt[src == r].sum() for r in rep.tolist()])
        ok = tr < ww.t_end
        rep, tr, loss = rep[ok], tr[ok], loss[ok]
        n2 = len(rep)
        ww.sink.add("reports", time=np.concatenate([tr, tr]),
                    entity_type=["msisdn"] * (2 * n2),
                    entity=[str(x) for x in np.concatenate([vm[rep], fraud_no[rep]]).tolist()],
                    label=["victim"] * n2 + ["fraud"] * n2, fraud_type=flow.fraud_type,
                    loss_amount=np.concatenate([loss, np.full(n2, np.nan)]), source="police")


def silent_accounts(ww, gang: str, scheme: str, msisdn: np.ndarray, t: np.ndarray, platforms: list[str]):
    """Platform accounts registered on gang cards (label fraud_account)."""
    names = register(ww, msisdn, platforms, t)
    ww.truth.add("account", names, "fraud_account", gang, scheme, first=t)
    return names
