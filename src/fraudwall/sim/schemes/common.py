"""Shared pieces of the fraud schemes: gangs, card sources, call/device emission."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from fraudwall.interchange.schema import CALL_TYPES, RESULTS
from fraudwall.sim import content, rhythm
from fraudwall.sim.benign import gateway_labels, location, ring_seconds
from fraudwall.sim.geo import REGION_WEIGHTS
from fraudwall.sim.ids import COUNTRY_CODES
from fraudwall.sim.population import DAY, LINE, YEAR, World
from fraudwall.sim.records import Cat, EventLog
from fraudwall.sim.rng import int_between, scaled_count

RES = {name: i for i, name in enumerate(RESULTS)}
CT = {name: i for i, name in enumerate(CALL_TYPES)}
#: foreign countries a roaming fraud card can be in (labels for caller_roaming_country)
COUNTRY_LABELS = sorted(COUNTRY_CODES)


@dataclass
class Gang:
    """One gang: people, phones, den, fraud types, web resources, mule accounts."""

    gang_id: str
    region: int
    members: np.ndarray  # holder indices
    phones: np.ndarray  # IMEIs shared by its callers and senders
    den_cells: np.ndarray
    fraud_types: list[str]
    shift: int  # hours its working day is shifted (controlled from abroad)
    domains: list[str] = field(default_factory=list)
    ips: list[str] = field(default_factory=list)
    apps: list[str] = field(default_factory=list)
    mules: list[np.ndarray] = field(default_factory=list)  # account indices per layer
    callers: list[tuple[int, int, int]] = field(default_factory=list)  # (card, first day, last day)
    video_callers: list[tuple[int, int, int]] = field(default_factory=list)
    senders: list[tuple[int, int, int]] = field(default_factory=list)
    fraud_cards: list[int] = field(default_factory=list)


@dataclass
class FraudState:
    """Everything the schemes plan, shared between them."""

    gangs: list[Gang]
    log: EventLog
    card_imei: dict[int, int] = field(default_factory=dict)
    card_cell: dict[int, int] = field(default_factory=dict)
    card_roam: dict[int, int] = field(default_factory=dict)
    seller_pool: list[int] = field(default_factory=list)
    sellers: list[int] = field(default_factory=list)
    gang_of_card: dict[int, int] = field(default_factory=dict)
    card_first: dict[int, int] = field(default_factory=dict)
    card_scheme: dict[int, str] = field(default_factory=dict)
    victims: list[tuple[int, int, str, str, float]] = field(default_factory=list)  # card, time, scheme, type, loss
    sms_receivers: list[tuple[int, np.ndarray, np.ndarray]] = field(default_factory=list)  # sender, times, cards


def make_gangs(world: World, rng: np.random.Generator) -> list[Gang]:
    """Create gangs (members, phones, dens, fraud types) and their truth rows."""
    gc = world.cfg.schemes.gangs
    n = scaled_count(gc.gangs_per_100k, 100_000, world.n_subscribers, gc.min_gangs)
    gangs = []
    for g in range(n):
        region = int(rng.choice(len(REGION_WEIGHTS), p=REGION_WEIGHTS))
        k = int(int_between(rng, gc.members))
        members = world.new_holders(k, 0, 0, region, rng)
        n_phones = int(int_between(rng, gc.phones))
        phones = np.where(rng.random(n_phones) < 0.75, world.devices.phones(n_phones, rng),
                          world.devices.modules(n_phones, rng))
        den = world.cells.sample(rng, np.full(int(int_between(rng, gc.den_cells)), region))
        types = list(rng.choice(content.FRAUD_TYPES, int(rng.integers(1, 4)), replace=False))
        gid = f"gang_{g + 1:03d}"
        gangs.append(Gang(gid, region, members, phones, den, [str(t) for t in types],
                          int(rng.choice([-1, 0, 0, 1, 2]))))
        world.add_truth("id_key", world.holders["id_key"][members], "gang_member", "gang",
                        world.t0, gid)
    return gangs


def card_sellers(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Card sellers batch-open cards under one ID (same store, same hour); most stay unused."""
    cc = world.cfg.schemes.card_sellers
    if not cc.enabled:
        return
    n = scaled_count(cc.sellers_per_100k, 100_000, world.n_subscribers, cc.min_sellers)
    for _ in range(n):
        _seller_batch(world, state, rng)


def _seller_batch(world: World, state: FraudState, rng: np.random.Generator) -> None:
    cc = world.cfg.schemes.card_sellers
    region = int(rng.choice(len(REGION_WEIGHTS), p=REGION_WEIGHTS))
    seller = world.new_holders(1, 0, 0, region, rng)
    k = int(int_between(rng, cc.batch_size))
    opened = world.t0 - int(rng.integers(20, 150)) * DAY + int(rng.integers(9 * 3600, 18 * 3600))
    op = np.full(k, rng.integers(0, 3)) if rng.random() < 0.7 else rng.integers(0, 3, k)
    cards = world.new_cards(rng, np.repeat(seller, k), LINE["mobile"], opened + np.sort(rng.integers(0, 1800, k)),
                            np.full(k, region), operator=op, channel=np.repeat(world.store_codes(rng, [region]), k),
                            prepaid=np.full(k, rng.random() < 0.8))
    state.seller_pool.extend(rng.permutation(cards).tolist())
    state.sellers.append(int(seller[0]))
    world.add_truth("id_key", world.holders["id_key"][seller], "card_seller", "card_seller", opened)


def acquire(world: World, state: FraudState, gang: Gang, kind: str, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` cards for ``gang`` of ``kind``: sleep, silent, one_id or roaming."""
    if n <= 0:
        return np.empty(0, np.int64)
    region = np.full(n, gang.region)
    if kind == "silent" and world.cfg.schemes.card_sellers.enabled:
        while len(state.seller_pool) < n:
            _seller_batch(world, state, rng)
        out = np.array(state.seller_pool[:n])
        del state.seller_pool[:n]
        return out
    if kind == "one_id":
        holder = np.full(n, gang.members[int(rng.integers(gang.members.size))])
        opened = world.t0 - rng.integers(3, 200, n) * DAY + rng.integers(9 * 3600, 20 * 3600, n)
        return world.new_cards(rng, holder, LINE["mobile"], opened, region)
    # sleep / roaming / silent without sellers: bought from ordinary-looking holders
    holder = world.new_holders(n, 0, 0, region, rng)
    cc = world.cfg.schemes.call_centre
    if kind == "sleep":
        opened = world.t0 - (rng.integers(*cc.sleep_dormant_days, n) * DAY + rng.exponential(2 * YEAR, n).astype(np.int64))
    else:
        opened = world.t0 - rng.integers(5, 400, n) * DAY
    opened = opened // DAY * DAY + rng.integers(9 * 3600, 20 * 3600, n)
    return world.new_cards(rng, holder, LINE["mobile"], opened, region)


def targets(world: World, rng: np.random.Generator, n: int) -> np.ndarray:
    """Random benign personal mobile cards (fraud dials number lists, not contacts)."""
    pool = world.target_pool
    return pool[rng.integers(0, pool.size, n)]


def day_of(world: World, t: np.ndarray) -> np.ndarray:
    """Simulated day index of epoch seconds ``t``."""
    return (np.asarray(t) - world.t0) // DAY


def emit_calls(world: World, state: FraudState, rng: np.random.Generator, card: np.ndarray, start: np.ndarray,
               callee_card: np.ndarray, answered: np.ndarray, duration: np.ndarray, *,
               imei: np.ndarray | None = None, cell: np.ndarray | None = None, roam: np.ndarray | None = None,
               media: np.ndarray | None = None, gateway: np.ndarray | None = None,
               result: np.ndarray | None = None) -> None:
    """Add fraud calls from fraud cards ``card`` to benign ``callee_card``."""
    m = card.size
    if m == 0:
        return
    if result is None:
        result = np.where(answered, RES["answered"],
                          rng.choice(np.array([RES["no_answer"], RES["busy"], RES["rejected"]]), m, p=[0.55, 0.12, 0.33]))
    dur = np.where(result == RES["answered"], np.clip(duration, 1, 7200), 0).astype(np.int64)
    secs = (start - world.t0) % DAY
    dow = (world.start.weekday() + day_of(world, start)) % 7
    callee_cell = location(world, callee_card, secs, bool(np.median(dow) < 5), rng)
    line = world.cards["line"]
    ct = np.where(line[card] == LINE["fixed"], CT["mobile"], CT["mobile"])
    state.log.add(
        "voice", start_time=start, caller=world.cards["msisdn"][card], callee=world.cards["msisdn"][callee_card],
        duration_s=dur, ring_s=ring_seconds(rng, result), result=Cat(result, RESULTS),
        caller_imei=imei if imei is not None else -np.ones(m, np.int64),
        caller_imsi=world.cards["imsi"][card],
        caller_cell=Cat(cell if cell is not None else -np.ones(m, np.int64), world.cells.labels),
        callee_cell=Cat(callee_cell, world.cells.labels),
        caller_roaming_country=Cat(roam if roam is not None else -np.ones(m, np.int64), COUNTRY_LABELS),
        call_type=Cat(ct, CALL_TYPES), media=Cat(media if media is not None else np.zeros(m, np.int64), ("voice", "video")),
        gateway=gateway_labels(gateway) if gateway is not None else None,
    )


def presence(world: World, state: FraudState, rng: np.random.Generator, card: np.ndarray, day: np.ndarray,
             imei: np.ndarray, cell: np.ndarray, roam: np.ndarray, data_prob: float = 0.3,
             first_secs: np.ndarray | None = None) -> None:
    """Device events of fraud cards on their active days: attach, location updates, a little data."""
    m = card.size
    if m == 0:
        return
    start = world.t0 + day * DAY + (first_secs if first_secs is not None else rng.integers(7 * 3600, 10 * 3600, m))
    n_lu = rng.poisson(2.0, m)
    data = rng.random(m) < data_prob
    n_data = np.where(data, rng.poisson(2.0, m), 0)
    counts = np.stack([np.ones(m, np.int64), n_lu, n_data, (rng.random(m) < 0.5).astype(np.int64)])
    ev_codes = np.array([1, 4, 5, 3])  # attach, location_update, data_session, power_off
    ev = np.repeat(np.tile(ev_codes, m), counts.T.ravel())
    idx = np.repeat(np.repeat(np.arange(m), 4), counts.T.ravel())
    t = start[idx] + np.where(ev == 1, -rng.integers(60, 900, idx.size), rng.integers(0, 11 * 3600, idx.size))
    t = np.where(ev == 3, world.t0 + day[idx] * DAY + rng.integers(21 * 3600, 24 * 3600 - 1, idx.size), t)
    nbytes = np.where(ev == 5, (rng.lognormal(np.log(300_000), 1.2, idx.size)).astype(np.int64), -1)
    import pyarrow as pa

    state.log.add("device", time=t, msisdn=world.cards["msisdn"][card[idx]], imsi=world.cards["imsi"][card[idx]],
                  imei=imei[idx], cell=Cat(np.where(roam[idx] >= 0, -1, cell[idx]), world.cells.labels),
                  event=Cat(ev, ("attach", "detach", "power_on", "power_off", "location_update", "data_session")),
                  roaming_country=Cat(roam[idx], COUNTRY_LABELS), bytes=pa.array(nbytes, mask=nbytes < 0))


def hours(world: World, rng: np.random.Generator, n: int, shift: int, night_share: float = 0.0) -> np.ndarray:
    """Local second-of-day offsets for a working day shifted by ``shift`` hours, with some night work."""
    secs = rhythm.seconds_in_day(rng, n, rhythm.shifted(rhythm.curve(0, business=True), shift))
    night = rng.random(n) < night_share
    secs[night] = rng.integers(0, 6 * 3600, int(night.sum()))
    return secs
