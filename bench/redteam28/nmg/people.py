"""The background population: who people are, where they are, whom they know.

Personas carry the province's rhythm: Hohhot and Baotou office workers, students home for the summer,
the urban elderly, herders on feature phones far out on the grassland, coal and rare-earth miners on
shifts, coal-truck drivers on the G6/G65/Jungar roads, shopkeepers, village farmers in Chifeng and
Tongliao, civil servants; some families drive to the Hulunbuir and Xilingol camps for Naadam.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .core import DAY, HOUR, t_date

# name, share, zone kinds, feature-phone share, calls/day, sms/day, contacts, hours, data/day, web/day,
# transfers/day, works away from home (hours)
PERSONAS = [
    ("urban_worker", 0.30, ("urban",), 0.03, 3.2, 0.5, 26, "office", 3.0, 2.4, 0.30, (8.5, 18.0)),
    ("student", 0.08, ("urban",), 0.0, 1.8, 0.9, 22, "late", 4.0, 3.5, 0.20, None),
    ("elderly", 0.11, ("urban", "village"), 0.45, 1.3, 0.2, 9, "early", 0.8, 0.6, 0.06, None),
    ("herder", 0.10, ("herding",), 0.6, 1.4, 0.2, 8, "early", 0.6, 0.4, 0.08, None),
    ("miner", 0.08, ("mine", "urban"), 0.05, 2.4, 0.4, 16, "shift", 2.5, 1.8, 0.15, (8.0, 20.0)),
    ("trucker", 0.05, ("urban", "mine"), 0.1, 3.8, 0.3, 20, "flat", 2.0, 1.0, 0.15, None),
    ("merchant", 0.11, ("urban", "port"), 0.05, 5.5, 0.6, 45, "office", 3.0, 2.2, 0.55, (9.0, 20.0)),
    ("farmer", 0.12, ("village",), 0.3, 1.5, 0.3, 11, "early", 1.0, 0.8, 0.08, None),
    ("civil_servant", 0.05, ("urban",), 0.0, 3.6, 0.5, 30, "office", 2.5, 2.0, 0.20, (8.5, 17.5)),
]
P = {p[0]: i for i, p in enumerate(PERSONAS)}

HOURS = {  # relative activity per local hour 0..23
    "office": [1, .5, .3, .2, .2, .4, 1.5, 4, 7, 9, 10, 9, 7, 6, 8, 9, 9, 9, 8, 8, 7, 5, 3, 1.5],
    "late": [3, 2, 1, .5, .2, .2, .4, 1, 2, 4, 6, 7, 7, 7, 7, 7, 7, 7, 8, 9, 10, 9, 7, 5],
    "early": [.3, .2, .2, .3, .8, 3, 6, 8, 9, 9, 9, 8, 6, 6, 7, 7, 7, 7, 7, 6, 4, 2, .8, .4],
    "shift": [3, 2.5, 2, 2, 2, 3, 5, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 7, 8, 7, 6, 5, 4],
    "flat": [4, 3.5, 3, 3, 3, 4, 5, 6, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 7, 7, 6, 6, 5, 4],
}


def hour_cdf(profile: str) -> np.ndarray:
    w = np.asarray(HOURS[profile], dtype=float)
    return np.cumsum(w / w.sum())


def sample_times(rng, day: np.ndarray, profile: str) -> np.ndarray:
    """Seconds from T0 on the given days, hours drawn from a profile."""
    h = np.searchsorted(hour_cdf(profile), rng.random(len(day)))
    h = np.minimum(h, 23)
    return day * DAY + h * HOUR + rng.integers(0, HOUR, len(day))


@dataclass
class Pop:
    msisdn: np.ndarray
    imsi: np.ndarray
    imei: np.ndarray
    smart: np.ndarray
    persona: np.ndarray
    zone: np.ndarray
    area: np.ndarray
    home: np.ndarray
    work: np.ndarray
    id_key: np.ndarray
    account: np.ndarray  # main bank account (object)
    bank: np.ndarray
    open_time: np.ndarray
    route: np.ndarray  # (n, 6) cells for truckers
    trip_zone: np.ndarray  # -1 or a camp zone
    trip_cell: np.ndarray
    trip_from: np.ndarray
    trip_to: np.ndarray
    shift_night: np.ndarray
    activity: np.ndarray
    indptr: np.ndarray
    contacts: np.ndarray  # >=0: a person index; <0: -(k+1) an off-net number index
    offnet: np.ndarray

    @property
    def n(self) -> int:
        return len(self.msisdn)

    def loc(self, idx: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Serving cell of people ``idx`` at times ``t`` (vectorised)."""
        cell = self.home[idx].copy()
        hour = (t % DAY) / HOUR
        day = t // DAY
        weekday = ((day + 6) % 7) < 5  # T0 is a Sunday
        w = self.work[idx]
        night = self.shift_night[idx]
        at_work = (w >= 0) & (((hour >= 8.5) & (hour < 18) & weekday & ~night) | (night & ((hour >= 20) | (hour < 8))))
        cell = np.where(at_work, w, cell)
        trucker = self.persona[idx] == P["trucker"]
        if trucker.any():
            on_road = trucker & (((day * 7 + idx) % 3) != 0) & (hour >= 5)
            slot = ((t // 2700) + idx) % self.route.shape[1]
            cell = np.where(on_road, self.route[idx, slot], cell)
        trip = (self.trip_zone[idx] >= 0) & (day >= self.trip_from[idx]) & (day < self.trip_to[idx])
        return np.where(trip, self.trip_cell[idx], cell)


def build_pop(w, rng) -> Pop:
    geo, ids = w.geo, w.ids
    n = w.n_subs
    shares = np.array([p[1] for p in PERSONAS])
    persona = rng.choice(len(PERSONAS), n, p=shares / shares.sum())
    persona.sort(kind="stable")
    persona = persona[rng.permutation(n)]
    zone = np.zeros(n, dtype=np.int64)
    for pi, p in enumerate(PERSONAS):
        m = persona == pi
        cand = geo.zones_of_kind(*p[2])
        wts = geo.zone_weight[cand]
        zone[m] = rng.choice(cand, int(m.sum()), p=wts / wts.sum())
    area = geo.zone_area[zone]
    home = geo.pick_cells(rng, zone)
    work = np.full(n, -1, dtype=np.int64)
    for pi, p in enumerate(PERSONAS):
        if p[11] is None:
            continue
        m = np.flatnonzero(persona == pi)
        if p[0] == "miner":  # miners work at a mine of their city, or the nearest big one
            mines = geo.zones_of_kind("mine")
            wz = np.array([next((z for z in mines if geo.zone_area[z] == a), mines[0]) for a in area[m]])
            work[m] = geo.pick_cells(rng, wz)
        else:
            work[m] = geo.pick_cells(rng, zone[m])
    msisdn = ids.mobile(n, area)
    imsi = ids.imsi(n)
    feat = np.array([p[3] for p in PERSONAS])[persona]
    smart = rng.random(n) >= feat
    imei = np.where(smart, ids.imei(n, "smart"), ids.imei(n, "feature"))
    # ID documents: most people one card; some two or three (a work SIM, a data card)
    owner = np.arange(n)
    extra = np.flatnonzero(rng.random(n) < 0.09)
    prev = np.maximum(extra - 1, 0)
    same_area = area[prev] == area[extra]
    owner[extra[same_area]] = owner[prev[same_area]]
    keys = ids.id_keys(n)
    id_key = keys[owner]
    # bank accounts
    banks = np.array(["ICBC", "ABC", "CCB", "BOC", "PSBC", "NMG Rural Credit", "Baotou Bank", "Ordos Bank",
                      "Hohhot Bank", "China Merchants"], dtype=object)
    rural = np.isin(persona, [P["herder"], P["farmer"], P["elderly"]])
    bank = np.where(rural & (rng.random(n) < 0.7), "NMG Rural Credit",
                    banks[rng.choice(len(banks), n, p=[.2, .17, .17, .1, .08, .06, .07, .06, .05, .04])])
    has_acct = rng.random(n) < np.where(persona == P["student"], 0.7, 0.93)
    account = np.where(has_acct, ids.accounts(n), None)
    open_time = rng.integers(t_date(2012, 1, 1), t_date(2035, 5, 1), n)
    new = rng.random(n) < 0.05  # new customers of the last two months, ordinary ones
    open_time[new] = rng.integers(t_date(2035, 5, 1), t_date(2035, 7, 7), int(new.sum()))
    # truckers' roads
    hw = geo.zones_of_kind("highway")
    route = np.zeros((n, 6), dtype=np.int64)
    tr = np.flatnonzero(persona == P["trucker"])
    if len(tr):
        roads = rng.choice(hw, (len(tr), 2))
        for k in range(6):
            route[tr, k] = geo.pick_cells(rng, roads[:, k % 2])
    # a Naadam trip to the grassland camps for some city families and students
    camps = geo.zones_of_kind("camp", "venue")
    trip_zone = np.full(n, -1, dtype=np.int64)
    goers = np.flatnonzero(np.isin(persona, [P["urban_worker"], P["student"], P["civil_servant"]])
                           & (rng.random(n) < 0.07))
    trip_zone[goers] = rng.choice(camps, len(goers))
    trip_cell = np.where(trip_zone >= 0, geo.pick_cells(rng, np.maximum(trip_zone, 0)), -1)
    trip_from = rng.integers(1, max(2, w.days - 4), n)
    trip_to = trip_from + rng.integers(2, 6, n)
    shift_night = (persona == P["miner"]) & (rng.random(n) < 0.4)
    activity = rng.lognormal(0, 0.45, n)
    # off-net numbers people know (other operators' customers in the province and family elsewhere)
    offnet = ids.offnet(int(n * 1.2))
    indptr, contacts = _contacts(rng, persona, area, len(offnet))
    return Pop(msisdn, imsi, imei, smart, persona, zone, area, home, work, id_key, account, bank, open_time,
               route, trip_zone, trip_cell, trip_from, trip_to, shift_night, activity, indptr, contacts, offnet)


def _contacts(rng, persona, area, n_off):
    n = len(persona)
    deg = np.array([p[6] for p in PERSONAS])[persona] * rng.lognormal(0, 0.5, n)
    deg = np.maximum(2, deg * 0.75).astype(np.int64)
    src = np.repeat(np.arange(n), deg)
    m = len(src)
    own = rng.random(m) < 0.42
    dst = np.empty(m, dtype=np.int64)
    # own-network contacts: mostly in the same city
    order = np.argsort(area, kind="stable")
    sa = area[order]
    uniq, starts, counts = np.unique(sa, return_index=True, return_counts=True)
    pos = np.searchsorted(uniq, area[src])
    local = rng.random(m) < 0.78
    pick_local = order[starts[pos] + (rng.random(m) * counts[pos]).astype(np.int64)]
    pick_any = rng.integers(0, n, m)
    dst[:] = np.where(local, pick_local, pick_any)
    dst = np.where(own, dst, -(rng.integers(0, n_off, m) + 1))
    keep = dst != src
    src, dst = src[keep], dst[keep]
    back = dst >= 0
    src2 = np.concatenate([src, dst[back]])
    dst2 = np.concatenate([dst, src[back]])
    # order each person's contacts randomly but reproducibly, de-duplicated
    key = rng.random(len(src2))
    o = np.lexsort((key, src2))
    src2, dst2 = src2[o], dst2[o]
    pair = src2.astype(np.int64) * (4 * n_off + 4 * n) + (dst2 + 2 * n_off)
    _, first = np.unique(pair, return_index=True)
    first.sort()
    src2, dst2 = src2[first], dst2[first]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.add.at(indptr, src2 + 1, 1)
    return np.cumsum(indptr), dst2
