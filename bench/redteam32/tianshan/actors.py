"""Shared machinery for actors that are not ordinary people: new cards, pools of people to reach, calls and texts
to them, and a generic engine that plays one kind of benign look-alike from a short specification."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from . import catalog as K
from . import people as PP
from . import sink as S
from . import world as W
from .everyday import ring_and_duration
from .people import account_names, hexkeys


class Ctx:
    """Everything actors need: the sink, the population, money, cells, numbering, services."""

    def __init__(self, seed, sink, pop, money, cells, nums, services) -> None:
        self.seed, self.sink, self.pop, self.money = seed, sink, pop, money
        self.cells, self.nums, self.services = cells, nums, services
        self._pools: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def rng(self, key: str) -> np.random.Generator:
        return W.sub_rng(self.seed, key)

    def pool(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """Primary cards of a population group, sorted by region, with region bounds."""
        if key not in self._pools:
            pop = self.pop
            seg = {"elder": [PP.ELDER], "farmer": [PP.FARMER], "orchard": [PP.ORCHARD], "picker": [PP.PICKER],
                   "student": [PP.STUDENT], "worker": [PP.WORKER], "herder": [PP.HERDER], "trader": [PP.TRADER],
                   "driver": [PP.DRIVER], "oil": [PP.OIL], "adult": [PP.WORKER, PP.TRADER, PP.DRIVER, PP.OIL],
                   "shopper": [PP.WORKER, PP.STUDENT, PP.TRADER], "rural": [PP.FARMER, PP.ORCHARD, PP.HERDER,
                                                                            PP.PICKER]}.get(key)
            if key == "any" or key == "region":
                cards = pop.cards_where()
            elif key == "young":
                cards = pop.cards_where(age_max=35)
            elif key == "middle":
                cards = pop.cards_where(age_min=35, age_max=62)
            elif key == "tourist":
                kc = np.concatenate([self.cells.by_region[r] for r in W.ALTAY_TOUR])
                cards = np.flatnonzero(np.isin(pop.trip_cell, kc) & pop.primary)
            elif key == "accountant":
                cards = np.flatnonzero(pop.accountant[pop.person] & pop.primary)
            elif key == "urban":
                cards = pop.cards_where(regions=W.regions_of(W.URBAN))
            elif seg is not None:
                cards = pop.cards_where(segs=seg)
            else:
                raise KeyError(f"unknown pool {key}")
            cards = cards[np.argsort(pop.creg[cards], kind="stable")]
            bounds = np.searchsorted(pop.creg[cards], np.arange(len(W.REGIONS) + 1))
            self._pools[key] = (cards, bounds)
        return self._pools[key]

    def draw(self, rng: np.random.Generator, key: str, n: int, regions=None, near: float = 0.0) -> np.ndarray:
        """``n`` cards from a pool; with ``regions`` (one per row) a share ``near`` come from that region."""
        cards, bounds = self.pool(key)
        if cards.size == 0:
            cards, bounds = self.pool("any")
        out = cards[rng.integers(0, cards.size, n)]
        if regions is not None and near > 0:
            regions = np.broadcast_to(np.asarray(regions), (n,))
            lo, hi = bounds[regions], bounds[regions + 1]
            ok = (hi > lo) & (rng.random(n) < near)
            pos = lo + (rng.random(n) * (hi - lo)).astype(np.int64)
            out = np.where(ok, cards[np.minimum(pos, cards.size - 1)], out)
        return out


def new_cards(ctx: Ctx, rng: np.random.Generator, n: int, regions, *, line="mobile", cust="personal",
              id_keys=None, id_type=None, open_t=None, channel=None, prepaid=False, imei=None, status="active",
              status_t=0, home_region=None, open_cell=None, tacs=None, lead=None) -> SimpleNamespace:
    """Register ``n`` new subscriber lines and return their numbers, identities and handsets."""
    regions = np.broadcast_to(np.asarray(regions, np.int64), (n,)).copy()
    nums = ctx.nums
    if line == "mobile":
        msisdn = nums.mobile(regions)
    elif line == "iot":
        msisdn = nums.iot(n)
    else:
        msisdn = np.empty(n, np.int64)
        for r in np.unique(regions):
            m = regions == r
            msisdn[m] = nums.fixed(int(W.REGION_AREA[r]), int(m.sum()), lead)
    has_radio = line in ("mobile", "iot")
    imsi = nums.imsi(n) if has_radio else np.zeros(n, np.int64)
    if has_radio and imei is None:
        imei = nums.imei(n, tacs if tacs is not None else (K.MODULE_TACS if line == "iot" else None))
    if not has_radio:
        imei = np.zeros(n, np.int64)
    if id_keys is None:
        id_keys = np.array(hexkeys(rng, n, "bl" if cust == "enterprise" else "id"), dtype=object)
    id_keys = np.broadcast_to(np.asarray(id_keys, dtype=object), (n,))
    if open_t is None:
        open_t = W.T0 - rng.integers(200, 3000, n) * W.DAY
    open_t = np.broadcast_to(np.asarray(open_t, np.int64), (n,)).copy()
    home = ctx.cells.pick(rng, regions)
    if open_cell is None:
        open_cell = home
    if channel is None:
        channel = np.array([f"XJ38-{W.REGIONS[r][0]}-S{int(k):03d}" for r, k in
                            zip(regions.tolist(), rng.integers(1, 40, n).tolist(), strict=True)], dtype=object)
    if id_type is None:
        id_type = "business_license" if cust == "enterprise" else "resident_id"
    if home_region is None:
        home_region = np.array([W.REGIONS[r][2] for r in regions.tolist()], dtype=object)
    ctx.sink.add_subs(msisdn=msisdn, imsi=imsi, id_key=id_keys, id_type=id_type, customer_type=cust,
                      line_type=line, open_time=open_t, open_channel=channel, open_cell=open_cell,
                      status=np.broadcast_to(np.asarray(status), (n,)), status_time=status_t,
                      is_prepaid=np.broadcast_to(np.asarray(prepaid), (n,)), home_region=home_region)
    return SimpleNamespace(msisdn=msisdn, imsi=imsi, imei=np.asarray(imei), id_key=id_keys, region=regions,
                           home=home, open_t=open_t, line=line, n=n)


def new_accounts(ctx: Ctx, rng: np.random.Generator, id_keys, bound, bank=None, open_t=None,
                 prefix="ba", status="active") -> np.ndarray:
    id_keys = np.atleast_1d(np.asarray(id_keys, dtype=object))
    n = id_keys.size
    idx = ctx.sink.cat["account"].many(hexkeys(rng, n, prefix))
    if bank is None:
        bank = np.array(K.BANKS, dtype=object)[rng.choice(len(K.BANKS), n, p=K.BANK_W)]
    if open_t is None:
        open_t = W.T0 - rng.integers(100, 3000, n) * W.DAY
    ctx.sink.add_banks(acct=idx, id_key=id_keys, bank=bank, open_time=open_t, bound=bound, status=status)
    return idx


def register_accounts(ctx: Ctx, rng: np.random.Generator, msisdn, platforms, t) -> list[str]:
    """Platform accounts registered with the given numbers at the given times; returns the account names."""
    msisdn = np.atleast_1d(np.asarray(msisdn))
    platforms = np.broadcast_to(np.asarray(platforms, dtype=object), msisdn.shape)
    names = [account_names(rng, p, 1)[0] for p in platforms.tolist()]
    ctx.sink.add_iaccs(platform=platforms, account=np.array(names, dtype=object), msisdn=msisdn,
                       register_time=np.broadcast_to(np.asarray(t, np.int64), msisdn.shape), status="active")
    return names


def callee_cells(ctx: Ctx, cards: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Cell of population callees (-1 for off-net or abroad); ``cards`` < 0 marks off-net."""
    out = np.full(cards.size, -1, np.int32)
    on = cards >= 0
    if on.any():
        c, r = ctx.pop.where(cards[on], t[on])
        out[on] = np.where(r >= 0, -1, c)
    return out


def calls(ctx: Ctx, rng: np.random.Generator, t, a, b_cards, b_num=None, *, aimei=0, aimsi=0, acell=-1, roam=-1,
          answer=0.6, median=60.0, sigma=0.9, video=0.0, ctype=S.MOB, gw=-1, res=None, dur=None, ring=None):
    """Calls from ``a`` to population cards (``b_cards`` >= 0) or other numbers (``b_num``); returns (res, dur)."""
    t = np.asarray(t)
    n = t.size
    b_cards = np.broadcast_to(np.asarray(b_cards), (n,))
    if b_num is None:
        b_num = ctx.pop.msisdn[np.maximum(b_cards, 0)]
    b_num = np.where(b_cards >= 0, ctx.pop.msisdn[np.maximum(b_cards, 0)], b_num)
    if res is None:
        res, dur, ring = ring_and_duration(rng, n, answer, median, sigma)
    media = ((rng.random(n) < video) & (res == S.ANS)).astype(np.int8)
    ctx.sink.add("voice", t=t, a=a, b=b_num, dur=dur, ring=ring, res=res, aimei=aimei, aimsi=aimsi, acell=acell,
                 bcell=callee_cells(ctx, b_cards, t), roam=roam, ctype=ctype, media=media, gw=gw)
    return res, dur


def texts(ctx: Ctx, rng: np.random.Generator, t, a, b_cards, text, *, b_num=None, aimei=0, acell=-1, roam=-1):
    t = np.asarray(t)
    b_cards = np.broadcast_to(np.asarray(b_cards), (t.size,))
    b = ctx.pop.msisdn[np.maximum(b_cards, 0)]
    if b_num is not None:
        b = np.where(b_cards >= 0, b, b_num)
    ctx.sink.add("sms", t=t, a=a, b=b, text=text, aimei=aimei, acell=acell, roam=roam)


def device(ctx: Ctx, t, m, imsi, imei, cell, ev, roam=-1, byt=-1) -> None:
    ctx.sink.add("device", t=t, m=m, imsi=imsi, imei=imei, cell=cell, ev=ev, roam=roam, bytes=byt)


def web(ctx: Ctx, rng: np.random.Generator, t, m, domains: list[str], host: str = "cn", app=-1, url_paths=None):
    """Visits to one of ``domains`` (interned with an address of the given hosting kind)."""
    t = np.asarray(t)
    dom = np.array([ctx.sink.domain(d, K.ip_for(rng, host)) for d in domains], np.int32)
    k = rng.integers(0, dom.size, t.size)
    url = -1
    if url_paths:
        urls = np.array([[ctx.sink.cat["url"].add(f"https://{d}{p}") for p in url_paths] for d in domains], np.int32)
        url = urls[k, rng.integers(0, len(url_paths), t.size)]
    ctx.sink.add("web", t=t, m=m, dom=dom[k], url=url, bytes=np.clip(rng.lognormal(np.log(5e4), 1.2, t.size),
                                                                     300, 5e7).astype(np.int64), app=app)


def poisson_days(rng: np.random.Generator, rate: np.ndarray, active: np.ndarray):
    """(entity, day) per event for Poisson counts ``rate[e] * active[e, d]``."""
    counts = rng.poisson(np.asarray(rate)[:, None] * active)
    flat = np.repeat(np.arange(counts.size), counts.ravel())
    return flat // W.DAYS, flat % W.DAYS
