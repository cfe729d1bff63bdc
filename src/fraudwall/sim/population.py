"""The province: ID holders, cards (KYC), devices, cells, bank accounts, look-alikes.

Everything is kept as NumPy columns. Fraud schemes add their own holders, cards
and accounts through the same tables and generators, so fraud identifiers are
indistinguishable in format from benign ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import numpy as np

from fraudwall.interchange.schema import LINE_TYPES
from fraudwall.sim import content
from fraudwall.sim.config import SimConfig
from fraudwall.sim.geo import REGION_WEIGHTS, Cells, make_cells
from fraudwall.sim.ids import OPERATORS, DevicePool, NumberAllocator, hex_keys, imsis
from fraudwall.sim.records import EventLog
from fraudwall.sim.rng import lognormal_median, scaled_count, stream

DAY = 86400
YEAR = 365 * DAY
LOCAL = timezone(timedelta(hours=8))
LINE = {name: i for i, name in enumerate(LINE_TYPES)}
STATUSES = ("active", "suspended", "closed")
ID_TYPES = ("resident_id", "passport", "business_license")
CUSTOMER_TYPES = ("personal", "enterprise")

# behaviour kinds of benign cards
ORDINARY, COURIER, SALES, CALL_CENTRE, TRAVELLER, DORMANT, MARKETING, IOT, INACTIVE = range(9)
KIND_SCHEME = {COURIER: "courier", SALES: "sales", CALL_CENTRE: "call_centre", TRAVELLER: "traveller",
               DORMANT: "dormant_resumed", MARKETING: "marketing_sender"}
TRAVEL_COUNTRIES = ("JP", "TH", "KR", "SG", "MY", "VN", "US", "FR", "AU", "HK", "AE", "GB", "KH")
TRAVEL_P = np.array([0.14, 0.16, 0.1, 0.08, 0.1, 0.08, 0.06, 0.04, 0.04, 0.08, 0.04, 0.03, 0.05])


class Columns:
    """A growing table of NumPy columns."""

    def __init__(self, dtypes: dict[str, str]) -> None:
        self.dtypes = dtypes
        self._parts: dict[str, list[np.ndarray]] = {k: [] for k in dtypes}
        self._cols: dict[str, np.ndarray] | None = None
        self.n = 0

    def add(self, **cols: np.ndarray) -> np.ndarray:
        """Append rows; returns their indices."""
        n = len(next(iter(cols.values())))
        for k, dt in self.dtypes.items():
            v = cols.get(k)
            if v is None:
                arr = np.full(n, -1, dtype=dt) if np.dtype(dt).kind in "iu" else np.zeros(n, dtype=dt)
            else:
                arr = np.broadcast_to(np.asarray(v), (n,)).astype(dt) if np.dtype(dt).kind != "U" else np.broadcast_to(np.asarray(v), (n,))
            self._parts[k].append(arr)
        self._cols = None
        first = self.n
        self.n += n
        return np.arange(first, self.n)

    def __getitem__(self, name: str) -> np.ndarray:
        if self._cols is None:
            self._cols = {k: (np.concatenate(v) if v else np.empty(0, dtype=self.dtypes[k]))
                          for k, v in self._parts.items()}
            self._parts = {k: [c] for k, c in self._cols.items()}
        return self._cols[name]

    def set(self, name: str, idx: np.ndarray, values: np.ndarray | int | float) -> None:
        """Overwrite ``name`` at rows ``idx``."""
        col = self[name]
        col[idx] = values


@dataclass
class Benign:
    """Per benign card behaviour (index = card index < ``n``)."""

    n: int
    kind: np.ndarray
    call_rate: np.ndarray
    sms_rate: np.ndarray
    web_rate: np.ndarray
    data_user: np.ndarray
    home_cell: np.ndarray
    work_cell: np.ndarray
    imei: np.ndarray
    start_day: np.ndarray
    roam: np.ndarray  # index into TRAVEL_COUNTRIES, -1 at home
    roam_days: np.ndarray  # (n, 2) first and last roaming day
    gateway: np.ndarray  # call-centre trunk id, -1 none
    indptr: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))
    contact_msisdn: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    contact_card: np.ndarray = field(default_factory=lambda: np.empty(0, np.int32))


class World:
    """The simulated province and its ground truth."""

    def __init__(self, cfg: SimConfig, n_subscribers: int, days: int, seed: int, start: date) -> None:
        self.cfg = cfg
        self.n_subscribers = n_subscribers
        self.days = days
        self.seed = seed
        self.start = start
        self.t0 = int(datetime(start.year, start.month, start.day, tzinfo=LOCAL).timestamp())
        self.rng = stream(seed, "population")
        self.numbers = NumberAllocator(stream(seed, "numbers"))
        self.devices = DevicePool(stream(seed, "devices"))
        self.cells: Cells = make_cells(stream(seed, "cells"),
                                       int(round(cfg.population.cells_per_10k * n_subscribers / 10_000)))
        self.holders = Columns({"id_key": "U19", "id_type": "i1", "customer": "i1", "region": "i1"})
        self.cards = Columns({"msisdn": "i8", "imsi": "i8", "holder": "i4", "line": "i1", "operator": "i1",
                              "open_time": "i8", "channel": "i8", "open_cell": "i4", "status": "i1",
                              "status_time": "i8", "prepaid": "?", "region": "i1"})
        self.accounts = Columns({"account_id": "U21", "holder": "i4", "bank": "i1", "open_time": "i8",
                                 "bound_msisdn": "i8", "status": "i1"})
        self.truth = EventLog()
        self.holder_account = np.empty(0, np.int32)
        self.business_senders = np.empty(0, np.int64)
        self.business_kind = np.empty(0, np.int8)
        self.external = np.empty(0, np.int64)
        self.merchant_accounts = np.empty(0, np.int32)
        self.merchant_p = np.empty(0)
        self.benign: Benign | None = None
        self.employer_account = np.empty(0, np.int32)
        self.salary_day = np.empty(0, np.int8)
        self.lists = EventLog()
        self.target_pool = np.empty(0, np.int64)
        self.merchant_owner_account = np.empty(0, np.int32)

    # ------------------------------------------------------------- helpers
    def day_start(self, day: int) -> int:
        """Epoch seconds of local midnight of simulated ``day``."""
        return self.t0 + day * DAY

    def new_holders(self, n: int, id_type: int, customer: int, region: np.ndarray | int,
                    rng: np.random.Generator) -> np.ndarray:
        """Add ``n`` ID holders with fresh pseudonymous keys."""
        prefix = "id_"
        keys = hex_keys(rng, n, prefix)
        return self.holders.add(id_key=keys, id_type=np.full(n, id_type), customer=np.full(n, customer),
                                region=np.broadcast_to(region, (n,)))

    def new_cards(self, rng: np.random.Generator, holder: np.ndarray, line: np.ndarray | int,
                  open_time: np.ndarray, region: np.ndarray, operator: np.ndarray | None = None,
                  channel: np.ndarray | None = None, prepaid: np.ndarray | None = None) -> np.ndarray:
        """Add cards (numbers drawn from the shared pool) for ``holder``."""
        n = holder.size
        line = np.broadcast_to(np.asarray(line, dtype=np.int8), (n,)).copy()
        if operator is None:
            p = np.array([self.cfg.population.operator_shares.get(o, 0.0) for o in OPERATORS])
            operator = rng.choice(len(OPERATORS), n, p=p / p.sum())
        msisdn = np.empty(n, np.int64)
        mob = line != LINE["fixed"]
        msisdn[mob] = self.numbers.mobile(operator[mob])
        msisdn[~mob] = self.numbers.fixed(region[~mob])
        imsi = np.where(mob, imsis(rng, operator), -1)
        if channel is None:
            channel = self.store_codes(rng, region)
        if prepaid is None:
            prepaid = rng.random(n) < self.cfg.population.prepaid_share
        open_cell = self.cells.sample(rng, region)
        return self.cards.add(msisdn=msisdn, imsi=imsi, holder=holder, line=line, operator=operator,
                              open_time=open_time, channel=channel, open_cell=open_cell,
                              status=np.zeros(n), status_time=open_time, prepaid=prepaid, region=region)

    @staticmethod
    def store_codes(rng: np.random.Generator, region: np.ndarray) -> np.ndarray:
        """Sales channel codes (division code + store number) in ``region``."""
        return (520100 + np.asarray(region, dtype=np.int64) * 100) * 10_000 + rng.integers(1, 400, np.size(region))

    def new_accounts(self, rng: np.random.Generator, holder: np.ndarray, open_time: np.ndarray,
                     bound_msisdn: np.ndarray, bank: np.ndarray | None = None) -> np.ndarray:
        """Add bank accounts held by ``holder``."""
        n = holder.size
        if bank is None:
            bank = rng.choice(len(content.BANKS), n, p=content.BANK_P / content.BANK_P.sum())
        return self.accounts.add(account_id=hex_keys(rng, n, "acct_"), holder=holder, bank=bank,
                                 open_time=open_time, bound_msisdn=bound_msisdn, status=np.zeros(n))

    def old_open_times(self, rng: np.random.Generator, n: int, min_days: float = 1.0) -> np.ndarray:
        """Open dates spread over years before the start (exponential age)."""
        age = rng.exponential(self.cfg.population.open_years_scale * YEAR, n)
        age = np.clip(age, min_days * DAY, 22 * YEAR)
        secs = self.t0 - age.astype(np.int64)
        # shops are open 8:30-21:00 local
        day0 = (secs - self.t0) // DAY * DAY + self.t0
        return day0 + rng.integers(int(8.5 * 3600), 21 * 3600, n)

    def add_truth(self, entity_type: str, entity: np.ndarray | list, role: str, scheme: str,
                  first_active: np.ndarray | int | None = None, gang: np.ndarray | str | None = None) -> None:
        """Record ground-truth rows."""
        entity = np.asarray(entity)
        if entity.dtype.kind in "iu":
            entity = entity.astype(str)
        n = entity.size
        if n == 0:
            return
        self.truth.add("truth/entities", entity_type=np.full(n, entity_type), entity=entity,
                       role=np.full(n, role), scheme=np.full(n, scheme),
                       gang_id=None if gang is None else np.broadcast_to(np.asarray(gang), (n,)),
                       first_active=None if first_active is None else np.broadcast_to(first_active, (n,)))

    def add_list(self, entity_type: str, entity: np.ndarray, list_name: str, reason: str,
                 added_time: int | np.ndarray, expires_time: int | np.ndarray | None = None) -> None:
        """Add rows to the operator/regulator lists."""
        entity = np.asarray(entity)
        n = entity.size
        if n:
            self.lists.add("lists", entity_type=np.full(n, entity_type), entity=entity.astype(str),
                           list=np.full(n, list_name), reason=np.full(n, reason),
                           added_time=np.broadcast_to(added_time, (n,)),
                           expires_time=None if expires_time is None else np.broadcast_to(expires_time, (n,)))

    def personal_mobile(self, active_only: bool = True) -> np.ndarray:
        """Indices of benign personal mobile cards (targets of fraud)."""
        b = self.benign
        assert b is not None
        ok = (self.cards["line"][: b.n] == LINE["mobile"]) & (self.holders["customer"][self.cards["holder"][: b.n]] == 0)
        if active_only:
            ok &= (b.kind == ORDINARY) & (b.start_day == 0)
        return np.flatnonzero(ok)


def build_population(world: World) -> None:
    """Create the benign population, its accounts and look-alikes (no traffic yet)."""
    cfg, rng, n = world.cfg, world.rng, world.n_subscribers
    pc, lc = cfg.population, cfg.lookalikes
    # --- enterprises (including call centres) ---------------------------------
    n_cc = scaled_count(lc.call_centres_per_100k, 100_000, n, 1) if lc.enabled else 0
    cc_lines = rng.integers(lc.call_centre_lines[0], lc.call_centre_lines[1] + 1, n_cc)
    ent_target = int(pc.enterprise_line_share * n)
    ent_sizes = np.clip(lognormal_median(rng, pc.enterprise_lines_median, 1.2, max(1, ent_target // 4)), 2, 800).astype(int)
    ent_sizes = ent_sizes[: max(1, np.searchsorted(np.cumsum(ent_sizes), ent_target) + 1)]
    n_ent = ent_sizes.size + n_cc
    ent_region = rng.choice(len(REGION_WEIGHTS), n_ent, p=REGION_WEIGHTS)
    ent = world.new_holders(n_ent, 2, 1, ent_region, rng)
    sizes = np.concatenate([ent_sizes, cc_lines])
    ent_lines = int(sizes.sum())
    # --- persons --------------------------------------------------------------
    p_cards = np.array(pc.cards_per_person) / sum(pc.cards_per_person)
    mean_cards = float((np.arange(1, p_cards.size + 1) * p_cards).sum())
    need = max(1, n - ent_lines)
    per_person = rng.choice(np.arange(1, p_cards.size + 1), int(need / mean_cards * 1.2) + 10, p=p_cards)
    n_person = int(np.searchsorted(np.cumsum(per_person), need) + 1)
    per_person = per_person[:n_person]
    per_person[-1] -= int(per_person.sum()) - need
    person_region = rng.choice(len(REGION_WEIGHTS), n_person, p=REGION_WEIGHTS)
    id_type = np.where(rng.random(n_person) < 0.995, 0, 1)
    persons = world.holders.add(id_key=hex_keys(rng, n_person, "id_"), id_type=id_type,
                                customer=np.zeros(n_person), region=person_region)
    holder = np.concatenate([np.repeat(persons, per_person), np.repeat(ent, sizes)]).astype(np.int32)
    holder = holder[:n] if holder.size > n else holder
    nb = holder.size
    region = world.holders["region"][holder].astype(np.int8)
    is_ent = world.holders["customer"][holder] == 1
    # position of the card within its holder (0 = first card)
    first = np.r_[True, holder[1:] != holder[:-1]]
    grp_start = np.maximum.accumulate(np.where(first, np.arange(nb), 0))
    pos = np.arange(nb) - grp_start
    # --- line types ------------------------------------------------------------
    r = rng.random(nb)
    line = np.full(nb, LINE["mobile"], dtype=np.int8)
    line[(~is_ent) & (pos > 0) & (r < pc.fixed_line_share * 2.5)] = LINE["fixed"]
    line[(~is_ent) & (r > 1 - pc.iot_line_share)] = LINE["iot"]
    line[is_ent & (r < 0.25)] = LINE["fixed"]
    line[is_ent & (r > 0.94)] = LINE["iot"]
    cc_holders = ent[ent_sizes.size:]
    is_cc = np.isin(holder, cc_holders)
    line[is_cc] = np.where(rng.random(int(is_cc.sum())) < 0.6, LINE["fixed"], LINE["voip"])
    open_time = world.old_open_times(rng, nb)
    # enterprise lines opened in batches (same day per enterprise): the look-alike of batch opening
    ent_open = world.old_open_times(rng, n_ent, 30)
    ent_idx = np.searchsorted(ent, holder[is_ent])
    batch = rng.random(int(is_ent.sum())) < 0.7
    open_time[is_ent] = np.where(batch, ent_open[ent_idx] + rng.integers(0, 3600, batch.size), open_time[is_ent])
    prepaid = np.where(is_ent, rng.random(nb) < 0.1, rng.random(nb) < pc.prepaid_share)
    cards = world.new_cards(rng, holder, line, open_time, region, prepaid=prepaid)
    assert cards[0] == 0 and cards.size == nb
    status = np.zeros(nb, np.int8)
    rs = rng.random(nb)
    status[rs < 0.01] = 1
    status[rs > 0.995] = 2
    world.cards.set("status", cards, status)
    st = world.cards["status_time"]
    changed = status > 0
    st[changed] = world.t0 - rng.integers(DAY, 200 * DAY, int(changed.sum()))
    st[changed] = np.maximum(st[changed], open_time[changed] + DAY)
    # --- behaviour ---------------------------------------------------------------
    tc = cfg.traffic
    kind = np.zeros(nb, np.int8)
    kind[line == LINE["iot"]] = IOT
    inactive = (rng.random(nb) < pc.inactive_share) | (status > 0)
    kind[inactive] = INACTIVE
    kind[is_cc] = CALL_CENTRE
    call_rate = lognormal_median(rng, tc.calls_per_day * np.exp(-tc.call_rate_sigma**2 / 2), tc.call_rate_sigma, nb)
    call_rate[line == LINE["fixed"]] *= 0.35
    call_rate[is_ent & ~is_cc] *= 1.5
    sms_rate = lognormal_median(rng, tc.sms_p2p_per_day * 0.8, 0.8, nb)
    web_rate = lognormal_median(rng, tc.web_visits_per_day * 0.8, 0.7, nb)
    data_user = (rng.random(nb) < tc.data_user_share) & (line == LINE["mobile"])
    data_user |= line == LINE["iot"]
    home_cell = np.empty(nb, np.int32)
    # a person's cards share a home cell; work cell in the same region
    hc_person = world.cells.sample(rng, world.holders["region"][np.arange(world.holders.n)].astype(np.int64))
    home_cell[:] = hc_person[holder]
    work_cell = world.cells.sample(rng, world.holders["region"][holder].astype(np.int64))
    work_cell = np.where(rng.random(nb) < 0.2, home_cell, work_cell)
    start_day = np.zeros(nb, np.int16)
    start_day[kind == INACTIVE] = world.days + 1
    roam = np.full(nb, -1, np.int16)
    roam_days = np.zeros((nb, 2), np.int16)
    gateway = np.full(nb, -1, np.int64)
    # devices: one phone per person's card, dual-SIM phones share an IMEI
    imei = world.devices.phones(nb, rng)
    imei[line == LINE["iot"]] = world.devices.modules(int((line == LINE["iot"]).sum()), rng)
    imei[(line == LINE["fixed"]) | (line == LINE["voip"])] = -1
    ordinary_mobile = (kind == ORDINARY) & (line == LINE["mobile"]) & ~is_ent
    dual = np.zeros(nb, bool)
    if lc.enabled:
        second = ordinary_mobile & (pos > 0) & np.r_[False, ordinary_mobile[:-1]] & np.r_[False, holder[1:] == holder[:-1]]
        second &= rng.random(nb) < lc.dual_sim_share
        second_idx = np.flatnonzero(second)
        imei[second_idx] = imei[second_idx - 1]
        dual[second_idx] = dual[second_idx - 1] = True
    world.benign = Benign(nb, kind, call_rate.astype(np.float32), sms_rate.astype(np.float32),
                          web_rate.astype(np.float32), data_user, home_cell, work_cell, imei, start_day, roam,
                          roam_days, gateway)
    if lc.enabled:
        _lookalikes(world, rng, ordinary_mobile & ~dual, is_cc, holder, dual)
    _accounts(world, rng, persons, ent, holder)
    _services(world, rng)
    from fraudwall.sim.social import build_contacts

    build_contacts(world, stream(world.seed, "social"))


def _pick(rng: np.random.Generator, pool: np.ndarray, k: int, taken: np.ndarray) -> np.ndarray:
    cand = pool[~taken[pool]]
    k = min(k, cand.size)
    out = np.sort(rng.choice(cand, k, replace=False)) if k else np.empty(0, np.int64)
    taken[out] = True
    return out


def _lookalikes(world: World, rng: np.random.Generator, eligible: np.ndarray, is_cc: np.ndarray,
                holder: np.ndarray, dual: np.ndarray) -> None:
    lc, n, b = world.cfg.lookalikes, world.n_subscribers, world.benign
    assert b is not None
    pool = np.flatnonzero(eligible)
    taken = np.zeros(b.n, bool)
    first = np.full(b.n, world.t0, np.int64)
    couriers = _pick(rng, pool, scaled_count(lc.couriers_per_10k, 10_000, n, 2), taken)
    b.kind[couriers] = COURIER
    b.call_rate[couriers] = lognormal_median(rng, 35, 0.4, couriers.size)
    sales = _pick(rng, pool, scaled_count(lc.sales_per_10k, 10_000, n, 2), taken)
    b.kind[sales] = SALES
    b.call_rate[sales] = lognormal_median(rng, 25, 0.5, sales.size)
    travellers = _pick(rng, pool, scaled_count(lc.travellers_per_10k, 10_000, n, 3), taken)
    b.kind[travellers] = TRAVELLER
    b.roam[travellers] = rng.choice(len(TRAVEL_COUNTRIES), travellers.size, p=TRAVEL_P / TRAVEL_P.sum())
    a = rng.integers(0, max(1, world.days - 1), travellers.size)
    b.roam_days[travellers, 0] = a
    b.roam_days[travellers, 1] = np.minimum(world.days - 1, a + rng.integers(1, 8, travellers.size))
    old = pool[world.cards["open_time"][pool] < world.t0 - 365 * DAY]
    dormant = _pick(rng, old, scaled_count(lc.dormant_resumed_per_10k, 10_000, n, 2), taken)
    b.kind[dormant] = DORMANT
    b.start_day[dormant] = rng.integers(1 if world.days > 1 else 0, max(2, world.days), dormant.size)
    marketing = _pick(rng, pool, scaled_count(lc.marketing_senders_per_10k, 10_000, n, 2), taken)
    b.kind[marketing] = MARKETING
    b.sms_rate[marketing] = lognormal_median(rng, 120, 0.6, marketing.size)
    ccl = np.flatnonzero(is_cc)
    b.call_rate[ccl] = lognormal_median(rng, 150, 0.5, ccl.size)
    gw = rng.integers(10**6, 10**7, world.holders.n)
    b.gateway[ccl] = gw[holder[ccl]]
    msisdn = world.cards["msisdn"]
    for kind, idx in ((COURIER, couriers), (SALES, sales), (TRAVELLER, travellers), (DORMANT, dormant),
                      (MARKETING, marketing), (CALL_CENTRE, ccl)):
        fa = first[idx] + (b.start_day[idx].astype(np.int64) * DAY if kind == DORMANT else 0)
        world.add_truth("msisdn", msisdn[idx], "benign", KIND_SCHEME[kind], fa)
    d = np.flatnonzero(dual)
    world.add_truth("msisdn", msisdn[d], "benign", "dual_sim", first[d])


def _accounts(world: World, rng: np.random.Generator, persons: np.ndarray, ent: np.ndarray,
              holder: np.ndarray) -> None:
    pc, lc = world.cfg.population, world.cfg.lookalikes
    n_holders = world.holders.n
    first_card = np.full(n_holders, -1, np.int64)
    first_card[holder[::-1]] = np.arange(holder.size)[::-1]
    msisdn = world.cards["msisdn"]
    has = persons[rng.random(persons.size) < pc.bank_account_share]
    has = has[first_card[has] >= 0]
    n_acc = np.where(rng.random(has.size) < 0.3, 2, 1)
    acc_holder = np.concatenate([np.repeat(has, n_acc), ent])
    bound = np.where(first_card[acc_holder] >= 0, msisdn[np.maximum(first_card[acc_holder], 0)], -1)
    opened = world.old_open_times(rng, acc_holder.size, 10)
    acc = world.new_accounts(rng, acc_holder, opened, bound)
    world.holder_account = np.full(n_holders, -1, np.int32)
    world.holder_account[acc_holder[::-1]] = acc[::-1]  # primary account = first
    # merchants: small shops with a business account; popularity is heavy-tailed
    shops = persons[rng.random(persons.size) < pc.merchant_share]
    shops = shops[first_card[shops] >= 0]
    m_acc = world.new_accounts(rng, shops, world.old_open_times(rng, shops.size, 30),
                               msisdn[first_card[shops]])
    pop = rng.pareto(1.1, m_acc.size) + 1
    world.merchant_accounts = m_acc.astype(np.int32)
    world.merchant_p = pop / pop.sum()
    world.merchant_owner_account = world.holder_account[shops]
    if lc.enabled and m_acc.size:
        k = min(m_acc.size, scaled_count(lc.merchants_high_volume_per_10k, 10_000, world.n_subscribers, 2))
        top = np.argsort(-pop, kind="stable")[:k]
        world.add_truth("account", world.accounts["account_id"][m_acc[top]], "benign", "merchant", world.t0)
    # employers: persons work for an enterprise, paid on its salary day
    world.employer_account = np.full(n_holders, -1, np.int32)
    if ent.size:
        emp = rng.choice(ent, persons.size)
        world.employer_account[persons] = np.where(rng.random(persons.size) < 0.5,
                                                   world.holder_account[emp], -1)
    world.salary_day = rng.integers(1, 29, n_holders).astype(np.int8)


def _services(world: World, rng: np.random.Generator) -> None:
    n = world.n_subscribers
    n_service = max(30, int(60 * (n / 1e6) ** 0.5) + 30)
    world.business_senders = world.numbers.service(n_service)
    world.business_kind = rng.choice(len(content.BUSINESS_KINDS), n_service,
                                     p=content.BUSINESS_KIND_P / content.BUSINESS_KIND_P.sum()).astype(np.int8)
    mk = world.business_senders[world.business_kind == content.BUSINESS_KINDS.index("marketing")]
    if world.cfg.lookalikes.enabled:
        world.add_truth("msisdn", mk, "benign", "marketing_sender", world.t0)
    n_ext = max(100, int(world.cfg.population.external_numbers_share * n))
    world.external = world.numbers.mobile(rng.choice(len(OPERATORS), n_ext, p=[0.58, 0.22, 0.20]))
    world.add_list("msisdn", world.business_senders.astype(str), "allow", "registered SMS service code",
                   world.t0 - 400 * DAY)
