"""The province: cells, subscribers and their handsets, ID documents, people outside the network, and who knows whom.

Parties are numbered in one space: own lines (SIM cards, fixed and VoIP lines, IoT cards of the operator) take
0..CAP-1, numbers of other networks (other operators, other provinces, services, abroad) take CAP and above.
Only own lines have IMSIs, handsets, cells and subscriber rows.
"""

from __future__ import annotations

import numpy as np

from .catalog import (
    AREAS,
    CITIES,
    COUNTRIES,
    EXAM_DAYS,
    FIXED_EXCHANGE,
    HANDSETS,
    IOT_PREFIX,
    MCC_MNC,
    MOBILE_PREFIXES,
    VOIP_EXCHANGE,
    WORKDAY,
)
from .core import DAY, HOUR, NULL_T, T0, Streams, Tables, hexstr, imei_from, keys, mix64, pick

# personas of ordinary subscribers
WORKER, FACTORY, MIGRANT, FARMER, ELDER, CAND, PARENT, UNI, MERCHANT, RETIREE, YOUTH, TEEN = range(12)
SECOND, DORMANT, CLOSED, STATIC, ABROAD, MOBILE_GANG, BIZ = 12, 13, 14, 15, 16, 17, 18
PERSONA_NAMES = ("worker", "factory", "migrant", "farmer", "elder", "candidate", "parent", "university",
                 "merchant", "retiree", "youth", "teen", "second_line", "dormant", "closed", "static",
                 "abroad", "mobile_gang", "business")
PERSONA_SHARE = (0.22, 0.08, 0.07, 0.12, 0.13, 0.05, 0.08, 0.06, 0.06, 0.05, 0.05, 0.03)
RURAL_P = (0.15, 0.35, 0.80, 0.95, 0.70, 0.40, 0.40, 0.0, 0.15, 0.10, 0.15, 0.40)
AGE_RANGE = ((24, 55), (20, 50), (20, 48), (35, 66), (66, 88), (17, 19), (39, 52), (18, 23), (28, 60),
             (58, 72), (18, 27), (13, 16))
HAS_WORK = (1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1)

MOBILE, FIXED, VOIP, IOT = 0, 1, 2, 3
LINE_NAMES = ("mobile", "fixed", "voip", "iot")
# other networks' prefixes (real operators' ranges: these numbers are not ours)
OFFNET_PREFIXES = (138, 139, 135, 136, 137, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188, 198,
                   130, 131, 132, 155, 156, 185, 186, 166, 133, 153, 180, 181, 189, 173, 177, 199)
OTHER_PROVINCES = (("Guangdong", "769"), ("Guangdong", "755"), ("Zhejiang", "579"), ("Fujian", "592"),
                   ("Shanghai", "21"), ("Hunan", "731"), ("Anhui", "551"), ("Hubei", "27"))


class Truth:
    """Ground truth rows (entities and loss events), kept in the order added; the first role of an entity wins."""

    def __init__(self):
        self.ents: list[tuple] = []
        self.events: list[tuple] = []

    def add(self, etype: str, entities, role: str, gang: str = "", scheme: str = "", first=None) -> None:
        ents = list(entities) if isinstance(entities, np.ndarray | list | tuple) else [entities]
        if first is None:
            firsts = [NULL_T] * len(ents)
        elif np.ndim(first) == 0:
            firsts = [int(first)] * len(ents)
        else:
            firsts = [int(x) for x in first]
        for e, f in zip(ents, firsts, strict=True):
            self.ents.append((etype, str(e), role, gang, scheme, f))

    def event(self, victim, t, amount, to_account) -> None:
        for v, tt, a, acc in zip(victim, t, amount, to_account, strict=True):
            self.events.append((str(v), int(tt), float(a), str(acc)))


class World:
    """All entities of one seed and the buffers their records go to."""

    def __init__(self, seed: int, n_subs: int, days: int):
        self.seed, self.n, self.days = int(seed), int(n_subs), int(days)
        self.rs = Streams(seed)
        self.tab = Tables()
        self.truth = Truth()
        self.t_end = T0 + self.days * DAY
        self.workday = np.array([WORKDAY[d % len(WORKDAY)] for d in range(self.days)], dtype=bool)
        self._cells()
        self.cap = self.n + max(8000, self.n // 2)
        self._alloc_arrays()
        self._ordinary()
        self._offnet()
        self._contacts()

    # ------------------------------------------------------------------ cells
    def _cells(self) -> None:
        rng = self.rs.get("cells")
        name, lat, lon, region, stype, city, area, akind = [], [], [], [], [], [], [], []
        self.area_names = []
        self.area_kind = []
        self.area_city = []
        self.area_cells: dict[str, np.ndarray] = {}
        city_idx = {c[0]: i for i, c in enumerate(CITIES)}
        site_no = {c[0]: int(rng.integers(100, 400)) for c in CITIES}
        for ck, aname, kind, nsites, dla, dlo, rad in AREAS:
            ci = city_idx[ck]
            _, en, _, ac, cla, clo, _ = CITIES[ci]
            ai = len(self.area_names)
            self.area_names.append(aname)
            self.area_kind.append(kind)
            self.area_city.append(ci)
            first = len(name)
            for _s in range(nsites):
                site_no[ck] += int(rng.integers(1, 9))
                sectors = 3 if kind in ("urban", "rural", "campus") else (2 if kind in ("scenic", "village", "market") else 1)
                sla = cla + dla + rng.normal(0, rad)
                slo = clo + dlo + rng.normal(0, rad)
                if kind in ("station", "venue", "market"):
                    st = "indoor"
                elif kind in ("village",) or (kind == "urban" and rng.random() < 0.2):
                    st = "small"
                else:
                    st = "macro"
                for sec in range(sectors):
                    name.append(f"JX{ac}-{site_no[ck]:04d}-{'ABC'[sec]}")
                    lat.append(round(sla + 0.0007 * sec, 5))
                    lon.append(round(slo - 0.0005 * sec, 5))
                    region.append(f"{en}/{aname}")
                    stype.append(st)
                    city.append(ci)
                    area.append(ai)
                    akind.append(kind)
            self.area_cells[aname] = np.arange(first, len(name))
        self.cell_name = np.array(name, dtype=object)
        self.cell_lat = np.array(lat)
        self.cell_lon = np.array(lon)
        self.cell_region = np.array(region, dtype=object)
        self.cell_type = np.array(stype, dtype=object)
        self.cell_city = np.array(city)
        self.cell_area = np.array(area)
        self.cell_kind = np.array(akind, dtype=object)
        ncity = len(CITIES)
        # residential groups: (city, rural?) -> cells; scenic, station and venue cells are nobody's home
        urban_kinds = {"urban", "campus", "village", "market"}
        grp = np.full(len(name), -1)
        for i, k in enumerate(akind):
            if k in urban_kinds:
                grp[i] = city[i] * 2
            elif k == "rural":
                grp[i] = city[i] * 2 + 1
        order = np.argsort(grp, kind="stable")
        order = order[grp[order] >= 0]
        self._res_cells = order
        cnt = np.bincount(grp[order], minlength=2 * ncity)
        self._res_start = np.r_[0, np.cumsum(cnt)[:-1]]
        self._res_count = cnt

    def cells_in(self, *area_names: str) -> np.ndarray:
        return np.concatenate([self.area_cells[a] for a in area_names])

    def city_cells(self, city: int, kinds=("urban",)) -> np.ndarray:
        return np.flatnonzero((self.cell_city == city) & np.isin(self.cell_kind, kinds))

    def random_res_cell(self, rng, city: np.ndarray, rural: np.ndarray) -> np.ndarray:
        g = np.asarray(city) * 2 + np.asarray(rural, dtype=int)
        off = (rng.random(len(g)) * self._res_count[g]).astype(np.int64)
        return self._res_cells[self._res_start[g] + off]

    # ------------------------------------------------------------- own lines
    def _alloc_arrays(self) -> None:
        c = self.cap
        self.used_numbers: set[int] = set()
        self.used_imsi: set[int] = set()
        self.num = np.zeros(c + 1, dtype=np.int64)  # extended when off-net parties are added
        self.imsi = np.zeros(c, dtype=np.int64)
        self.id_of = np.full(c, -1, dtype=np.int64)
        self.line = np.zeros(c, dtype=np.int8)
        self.open_t = np.zeros(c, dtype=np.int64)
        self.channel = np.empty(c, dtype=object)
        self.open_cell = np.full(c, -1, dtype=np.int64)
        self.status = np.zeros(c, dtype=np.int8)  # 0 active 1 suspended 2 closed
        self.status_t = np.full(c, NULL_T, dtype=np.int64)
        self.prepaid = np.zeros(c, dtype=np.int8)
        self.city = np.zeros(c, dtype=np.int64)
        self.home = np.full(c, -1, dtype=np.int64)
        self.work = np.full(c, -1, dtype=np.int64)
        self.venue = np.full(c, -1, dtype=np.int64)
        self.persona = np.full(c, STATIC, dtype=np.int8)
        self.age = np.zeros(c, dtype=np.int64)
        self.imei = np.zeros(c, dtype=np.int64)
        self.imei2 = np.zeros(c, dtype=np.int64)
        self.imei2_t = np.full(c, np.iinfo(np.int64).max, dtype=np.int64)
        self.imsi2 = np.zeros(c, dtype=np.int64)  # a replacement SIM (re-issue or swap) from imsi2_t on
        self.imsi2_t = np.full(c, np.iinfo(np.int64).max, dtype=np.int64)
        self.trip_cell = np.full(c, -1, dtype=np.int64)
        self.trip_s = np.full(c, np.iinfo(np.int64).max, dtype=np.int64)
        self.trip_e = np.full(c, np.iinfo(np.int64).max, dtype=np.int64)
        self.away_s = np.full(c, np.iinfo(np.int64).max, dtype=np.int64)
        self.away_e = np.full(c, np.iinfo(np.int64).max, dtype=np.int64)
        self.roam_cc = np.full(c, -1, dtype=np.int64)
        self.enterprise = np.zeros(c, dtype=bool)
        self.claimed = np.zeros(c, dtype=bool)
        self.n_own = 0
        # ID documents
        self.id_key: list = []
        self.id_type: list = []
        self.n_ids = 0

    def new_ids(self, n: int, id_type: str = "resident_id") -> np.ndarray:
        k = keys("id_key", self.seed, np.arange(self.n_ids, self.n_ids + n))
        hi = keys("id_key_hi", self.seed, np.arange(self.n_ids, self.n_ids + n))
        text = np.char.add(hexstr(hi, 8).astype(str), hexstr(k, 16).astype(str)).astype(object)
        self.id_key.extend(text.tolist())
        self.id_type.extend([id_type] * n)
        out = np.arange(self.n_ids, self.n_ids + n)
        self.n_ids += n
        return out

    def _numbers(self, rng, n: int, line: int, area_code: str = "791", consecutive: bool = False) -> np.ndarray:
        out = []
        if line == MOBILE:
            base_of = lambda: int(86 * 10 ** 11 + MOBILE_PREFIXES[int(rng.integers(0, 2))] * 10 ** 8  # noqa: E731
                                  + int(rng.integers(0, 10 ** 8)))
        elif line == IOT:
            base_of = lambda: int(86 * 10 ** 13 + IOT_PREFIX * 10 ** 8 + int(rng.integers(0, 10 ** 8)))  # noqa: E731
        else:
            ex = FIXED_EXCHANGE if line == FIXED else VOIP_EXCHANGE
            head = int(f"86{area_code}{ex}") * 10 ** 7
            base_of = lambda: head + int(rng.integers(0, 10 ** 7))  # noqa: E731
        if consecutive:
            b = base_of()
            while len(out) < n:
                if b not in self.used_numbers:
                    out.append(b)
                    self.used_numbers.add(b)
                b += 1
        else:
            while len(out) < n:
                b = base_of()
                if b not in self.used_numbers:
                    out.append(b)
                    self.used_numbers.add(b)
        return np.array(out, dtype=np.int64)

    def _imsis(self, rng, n: int, city) -> np.ndarray:
        city = np.broadcast_to(np.asarray(city), (n,))
        out = np.zeros(n, dtype=np.int64)
        for i in range(n):
            while True:
                v = MCC_MNC * 10 ** 10 + (int(city[i]) % 10) * 10 ** 9 + int(rng.integers(0, 10 ** 9))
                if v not in self.used_imsi:
                    self.used_imsi.add(v)
                    out[i] = v
                    break
        return out

    def handsets(self, rng, n: int, classes=("smart",), tac=None) -> np.ndarray:
        """IMEIs of ``n`` handsets of the given classes (or one TAC)."""
        if tac is None:
            idx = [i for i, h in enumerate(HANDSETS) if h[3] in classes]
            w = np.array([HANDSETS[i][2] for i in idx], dtype=float)
            tacs = np.array([HANDSETS[i][1] for i in idx])[pick(rng, n, w)]
        else:
            tacs = np.full(n, tac)
        return imei_from(tacs, rng.integers(0, 10 ** 6, n))

    def add_lines(self, n: int, *, line: int = MOBILE, city=0, ids=None, id_type: str = "resident_id",
                  open_t=None, channel="JX-ONLINE", open_cell=-1, home=-1, work=-1, persona=STATIC,
                  prepaid=1, status=0, status_t=NULL_T, imei=None, consecutive: bool = False,
                  enterprise: bool = False, age=30, rng=None, area_code: str | None = None,
                  handset_classes=("smart",)) -> np.ndarray:
        """Open ``n`` new own lines; returns their party indices."""
        rng = rng or self.rs.get(f"lines{self.n_own}")
        s, e = self.n_own, self.n_own + n
        if e > self.cap:
            raise RuntimeError("line capacity exceeded")
        idx = np.arange(s, e)
        cityv = np.broadcast_to(np.asarray(city), (n,)).astype(np.int64)
        ac = area_code or CITIES[int(cityv[0])][3]
        self.num[idx] = self._numbers(rng, n, line, ac, consecutive)
        if line in (MOBILE, IOT):
            self.imsi[idx] = self._imsis(rng, n, cityv)
        if ids is None:
            ids = self.new_ids(n, id_type)
        self.id_of[idx] = ids
        self.line[idx] = line
        self.open_t[idx] = T0 - 400 * DAY if open_t is None else open_t
        self.channel[idx] = channel
        self.open_cell[idx] = open_cell
        self.status[idx] = status
        self.status_t[idx] = status_t
        self.prepaid[idx] = prepaid
        self.city[idx] = cityv
        self.home[idx] = home
        self.work[idx] = work
        self.persona[idx] = persona
        self.age[idx] = age
        self.enterprise[idx] = enterprise
        self.claimed[idx] = True
        if imei is None and line == MOBILE:
            imei = self.handsets(rng, n, handset_classes)
        if imei is not None:
            self.imei[idx] = imei
        self.n_own = e
        return idx

    # ------------------------------------------------------------ population
    def _ordinary(self) -> None:
        rng = self.rs.get("people")
        S = self.n
        ncity = len(CITIES)
        persona = pick(rng, S, PERSONA_SHARE).astype(np.int8)
        city = pick(rng, S, [c[6] for c in CITIES])
        # universities are in Nanchang (Yaohu), Ganzhou and Jiujiang
        uni = persona == UNI
        city[uni] = np.array([0, 0, 0, 1, 2])[rng.integers(0, 5, int(uni.sum()))]
        rural = rng.random(S) < np.array(RURAL_P)[np.minimum(persona, 11)]
        lo = np.array([a[0] for a in AGE_RANGE])[persona]
        hi = np.array([a[1] for a in AGE_RANGE])[persona]
        age = lo + (rng.random(S) * (hi - lo + 1)).astype(np.int64)
        home = self.random_res_cell(rng, city, rural)
        yaohu = self.area_cells["Yaohu"]
        nc_uni = uni & (city == 0)
        home[nc_uni] = yaohu[rng.integers(0, len(yaohu), int(nc_uni.sum()))]
        # candidates' households: each candidate has one or two parents among the PARENT persona
        cand = np.flatnonzero(persona == CAND)
        par = np.flatnonzero(persona == PARENT)
        if len(cand):
            child_of = np.where(np.arange(len(par)) < len(cand), np.arange(len(par)) % max(len(cand), 1),
                                rng.integers(0, len(cand), len(par)))
            child = cand[child_of]
            city[par] = city[child]
            home[par] = home[child]
            rural[par] = rural[child]
        else:
            child = np.zeros(0, dtype=np.int64)
        self.parent_child = np.stack([par, child], axis=1) if len(par) else np.zeros((0, 2), dtype=np.int64)
        # teens live with a guardian (an adult of working age); their card is on the guardian's ID
        teen = np.flatnonzero(persona == TEEN)
        adults = np.flatnonzero(np.isin(persona, (WORKER, FACTORY, FARMER, MERCHANT)))
        guard = adults[rng.integers(0, len(adults), len(teen))]
        city[teen] = city[guard]
        home[teen] = home[guard]
        rural[teen] = rural[guard]
        self.teen_guardian = np.stack([teen, guard], axis=1)
        # spouses: pairs of adults of one city share a home
        adults2 = np.flatnonzero(np.isin(persona, (WORKER, FACTORY, FARMER, MERCHANT, RETIREE)) & (rng.random(S) < 0.45))
        adults2 = adults2[np.argsort(city[adults2] * S + rng.integers(0, S, len(adults2)), kind="stable")]
        m = len(adults2) // 2 * 2
        a, b = adults2[0:m:2], adults2[1:m:2]
        same = city[a] == city[b]
        a, b = a[same], b[same]
        home[b] = home[a]
        rural[b] = rural[a]
        # parents of one candidate are spouses
        if len(par):
            order = np.argsort(child_of, kind="stable")
            cp = child_of[order]
            dup = np.flatnonzero(cp[1:] == cp[:-1])
            pa, pb = par[order][dup], par[order][dup + 1]
            a, b = np.r_[a, pa], np.r_[b, pb]
        self.spouses = np.stack([a, b], axis=1)
        # work places (schools for pupils)
        work = np.full(S, -1, dtype=np.int64)
        hw = np.array(HAS_WORK, dtype=bool)[persona]
        work[hw] = self.random_res_cell(rng, city[hw], np.zeros(int(hw.sum()), dtype=bool))
        mk = (persona == MERCHANT) & (rng.random(S) < 0.35)
        for ci in range(ncity):
            mc = self.city_cells(ci, ("market",))
            sel = mk & (city == ci)
            if len(mc) and sel.any():
                work[sel] = mc[rng.integers(0, len(mc), int(sel.sum()))]
        fw = (persona == FARMER) | (persona == ELDER) | (persona == RETIREE)
        work[fw] = -1
        # exam venues for candidates; parents wait outside on exam days
        venue = np.full(S, -1, dtype=np.int64)
        for ci in range(ncity):
            vc = self.city_cells(ci, ("venue",))
            sel = (persona == CAND) & (city == ci)
            if len(vc) and sel.any():
                venue[sel] = vc[rng.integers(0, len(vc), int(sel.sum()))]
        if len(par):
            go = rng.random(len(par)) < 0.45
            venue[par[go]] = venue[child[go]]
        # status: some cards silent, suspended or closed
        u = rng.random(S)
        dormant = (u < 0.025) & (persona != CAND) & (persona != PARENT)
        closed = (u >= 0.025) & (u < 0.035) & (persona != CAND) & (persona != PARENT)
        status = np.zeros(S, dtype=np.int8)
        status_t = np.full(S, NULL_T, dtype=np.int64)
        status[closed] = 2
        status_t[closed] = T0 - rng.integers(5, 900, int(closed.sum())) * DAY
        susp = (u >= 0.035) & (u < 0.043) & (persona != CAND) & (persona != PARENT)
        status[susp] = 1
        status_t[susp] = T0 - rng.integers(2, 200, int(susp.sum())) * DAY
        persona[dormant] = DORMANT
        persona[closed | susp] = CLOSED
        # opening: years ago for the old, recent for students
        yrs_back = np.clip((age - 14) * rng.random(S), 0.05, 22)
        yrs_back[persona == CAND] = rng.uniform(0.1, 3.0, int((persona == CAND).sum()))
        yrs_back[persona == UNI] = rng.uniform(0.05, 4.5, int((persona == UNI).sum()))
        open_t = T0 - (yrs_back * 365.25 * DAY).astype(np.int64) - rng.integers(0, DAY, S)
        stores, agents = self.channels(rng)
        ch_city = city.copy()
        use_store = rng.random(S) < 0.55
        chan = np.where(use_store, stores[ch_city, rng.integers(0, stores.shape[1], S)],
                        agents[ch_city, rng.integers(0, agents.shape[1], S)])
        online = rng.random(S) < 0.08
        chan[online] = "JX-ONLINE"
        ids = self.new_ids(S)
        if len(cand):
            first_parent = np.full(S, -1)
            first_parent[child[::-1]] = par[::-1]  # one parent per child
            cidx = cand[(first_parent[cand] >= 0) & (rng.random(len(cand)) < 0.55)]
            ids[cidx] = ids[first_parent[cidx]]
        ids[teen] = ids[guard]
        idx = self.add_lines(S, line=MOBILE, city=city, ids=ids, open_t=open_t, channel=chan,
                             open_cell=-1, home=home, work=work, persona=persona,
                             prepaid=(rng.random(S) < np.where(age > 60, 0.2, 0.4)).astype(np.int8),
                             status=status, status_t=status_t, age=age, rng=rng, imei=np.zeros(S, dtype=np.int64))
        self.claimed[idx] = False
        self.claimed[:S][persona == DORMANT] = True
        self.claimed[:S][persona == CLOSED] = True
        self.rural = np.zeros(self.cap, dtype=bool)
        self.rural[:S] = rural
        self.venue[:S] = venue
        # open cells: near the shop, which is in the home city
        self.open_cell[:S] = self.random_res_cell(rng, city, np.zeros(S, dtype=bool))
        # handsets: the old carry feature phones more often
        feature = (age > 62) & (rng.random(S) < 0.45)
        self.imei[:S] = np.where(feature, self.handsets(rng, S, ("feature",)), self.handsets(rng, S, ("smart",)))
        # a new phone during the window: candidates after the exam, a few others any day
        newp = ((persona == CAND) & (rng.random(S) < 0.18)) | (rng.random(S) < 0.012)
        k = int(newp.sum())
        self.imei2[:S][newp] = self.handsets(rng, k, ("smart",))
        day = np.where(persona[newp] == CAND, rng.integers(9, 12, k), rng.integers(0, self.days, k))
        self.imei2_t[:S][newp] = T0 + day * DAY + rng.integers(10 * HOUR, 20 * HOUR, k)
        # migrants: home for the festival, back to Guangdong or Zhejiang after it; some never came home
        mig = np.flatnonzero(persona == MIGRANT)
        stay_away = rng.random(len(mig)) < 0.3
        leave_day = rng.integers(1, 5, len(mig))
        self.away_s[mig] = np.where(stay_away, T0 - DAY, T0 + leave_day * DAY + rng.integers(7 * HOUR, 15 * HOUR, len(mig)))
        self.away_e[mig] = np.iinfo(np.int64).max
        self.migrant_stays_away = mig[stay_away]
        # trips: festival outings and graduation trips to Lushan, Wuyuan, Jinggangshan, Sanqingshan
        scen = ("Lushan Guling", "Wuyuan Jiangling", "Wuyuan Likeng", "Jinggangshan", "Sanqingshan", "Longhushan",
                "Wuyuan Huangling", "Lushan west sea")
        trip = np.flatnonzero((rng.random(S) < 0.05) & np.isin(persona, (WORKER, CAND, UNI, RETIREE, YOUTH, PARENT, MERCHANT)))
        tday = np.where(persona[trip] == CAND, rng.integers(10, 12, len(trip)), rng.integers(0, max(self.days - 1, 1), len(trip)))
        tday = np.minimum(tday, self.days - 1)
        sc = rng.integers(0, len(scen), len(trip))
        self.trip_cell[trip] = np.array([self.area_cells[scen[j]][int(rng.integers(0, len(self.area_cells[scen[j]])))]
                                         for j in sc], dtype=np.int64) if len(trip) else self.trip_cell[trip]
        self.trip_s[trip] = T0 + tday * DAY + rng.integers(8 * HOUR, 11 * HOUR, len(trip))
        self.trip_e[trip] = self.trip_s[trip] + rng.integers(1, 3, len(trip)) * DAY + rng.integers(0, 6 * HOUR, len(trip))
        self.tourists = trip
        # second lines (one ID, two cards): a work phone in a dual-SIM handset or a data card in a tablet
        adults = np.flatnonzero(np.isin(persona, (WORKER, MERCHANT, YOUTH, PARENT, FACTORY)))
        sec = adults[rng.random(len(adults)) < 0.06]
        dual = rng.random(len(sec)) < 0.55
        imei = np.where(dual, self.imei[sec], self.handsets(rng, len(sec), ("smart",)))
        l2 = self.add_lines(len(sec), line=MOBILE, city=self.city[sec], ids=self.id_of[sec],
                            open_t=T0 - rng.integers(30, 2500, len(sec)) * DAY, channel=chan[sec], home=self.home[sec],
                            work=self.work[sec], persona=SECOND, prepaid=1, age=self.age[sec], rng=rng, imei=imei)
        self.open_cell[l2] = self.open_cell[sec]
        self.claimed[l2] = True
        self.second_of = np.stack([l2, sec], axis=1)
        self.second_dual = dual
        self.S_all = self.n_own  # ordinary parties: 0..S_all-1

    def channels(self, rng):
        """Per city: shop ids of 14 stores and 36 agents (store ``JXNC-S0xx``, agent ``JXNC-A0xxx``)."""
        if hasattr(self, "_stores"):
            return self._stores, self._agents
        st, ag = [], []
        for c in CITIES:
            st.append([f"JX{c[0]}-S{int(x):03d}" for x in np.sort(rng.choice(np.arange(1, 90), 14, replace=False))])
            ag.append([f"JX{c[0]}-A{int(x):04d}" for x in np.sort(rng.choice(np.arange(1, 2000), 36, replace=False))])
        self._stores = np.array(st, dtype=object)
        self._agents = np.array(ag, dtype=object)
        return self._stores, self._agents

    # --------------------------------------------------------------- off-net
    def _offnet(self) -> None:
        rng = self.rs.get("offnet")
        S = self.n
        n_local = int(1.5 * S)
        n_prov = int(0.35 * S)
        n_biz = max(200, S // 25)
        city = np.r_[pick(rng, n_local, [c[6] for c in CITIES]), np.full(n_prov, -1), pick(rng, n_biz, [c[6] for c in CITIES])]
        kind = np.r_[np.zeros(n_local + n_prov, dtype=np.int8), np.ones(n_biz, dtype=np.int8)]
        n = len(city)
        num = np.zeros(n, dtype=np.int64)
        mob = kind == 0
        pref = np.array(OFFNET_PREFIXES)[rng.integers(0, len(OFFNET_PREFIXES), int(mob.sum()))]
        num[mob] = 86 * 10 ** 11 + pref * 10 ** 8 + rng.integers(0, 10 ** 8, int(mob.sum()))
        acs = np.array([int(c[3]) for c in CITIES])
        bi = np.flatnonzero(~mob)
        ex = np.array([8, 6, 3])[rng.integers(0, 3, len(bi))]
        num[bi] = (86 * 1000 + acs[city[bi]]) * 10 ** 8 + ex * 10 ** 7 + rng.integers(0, 10 ** 7, len(bi))
        prov = np.flatnonzero(city == -1)
        self.offnet_num = num
        self.offnet_city = city
        self.offnet_kind = kind
        self.offnet_prov = np.full(n, -1)
        self.offnet_prov[prov] = rng.integers(0, len(OTHER_PROVINCES), len(prov))
        self.num = np.r_[self.num[: self.cap], num]
        self.n_off = n
        self.used_numbers.update(num.tolist())

    def add_offnet(self, nums: np.ndarray, city=-1, kind: int = 0) -> np.ndarray:
        """Add numbers of other networks (or abroad) as parties; returns their indices."""
        nums = np.asarray(nums, dtype=np.int64)
        idx = self.cap + self.n_off + np.arange(len(nums))
        self.num = np.r_[self.num, nums]
        self.offnet_num = np.r_[self.offnet_num, nums]
        self.offnet_city = np.r_[self.offnet_city, np.broadcast_to(city, len(nums))]
        self.offnet_kind = np.r_[self.offnet_kind, np.full(len(nums), kind, dtype=np.int8)]
        self.offnet_prov = np.r_[self.offnet_prov, np.full(len(nums), -1)]
        self.n_off += len(nums)
        self.used_numbers.update(nums.tolist())
        return idx

    def new_offnet_mobiles(self, rng, n: int, city=-1) -> np.ndarray:
        out = []
        while len(out) < n:
            v = int(86 * 10 ** 11 + OFFNET_PREFIXES[int(rng.integers(0, len(OFFNET_PREFIXES)))] * 10 ** 8
                    + rng.integers(0, 10 ** 8))
            if v not in self.used_numbers:
                out.append(v)
                self.used_numbers.add(v)
        return self.add_offnet(np.array(out, dtype=np.int64), city, 0)

    def new_intl(self, rng, n: int, cc: str, kind: int = 3) -> np.ndarray:
        from .catalog import COUNTRY_CODE
        code = COUNTRY_CODE[cc]
        width = 11 - len(code) if len(code) >= 2 else 10
        out = []
        while len(out) < n:
            v = int(code + str(int(rng.integers(10 ** (width - 1), 10 ** width))))
            if v not in self.used_numbers:
                out.append(v)
                self.used_numbers.add(v)
        return self.add_offnet(np.array(out, dtype=np.int64), -2, kind)

    def service(self, digits: str) -> int:
        """Party index of a service number (hotline or 106 sender), created on first use."""
        if not hasattr(self, "_services"):
            self._services: dict[str, int] = {}
        if digits not in self._services:
            self._services[digits] = int(self.add_offnet(np.array([int(digits)], dtype=np.int64), -3, 2)[0])
        return self._services[digits]

    def is_own(self, p) -> np.ndarray:
        return np.asarray(p) < self.cap

    def offnet_of_city(self, rng, n: int, city: int | None = None, kind: int = 0) -> np.ndarray:
        m = self.offnet_kind[: self.n_off] == kind
        if city is not None:
            m &= self.offnet_city[: self.n_off] == city
        cand = np.flatnonzero(m)
        return self.cap + cand[rng.integers(0, len(cand), n)]

    # -------------------------------------------------------------- contacts
    def _contacts(self) -> None:
        rng = self.rs.get("contacts")
        S = self.S_all
        persona = self.persona[:S]
        city = self.city[:S]
        live = ~np.isin(persona, (DORMANT, CLOSED))
        src, dst, w = [], [], []

        def edge(a, b, weight):
            src.append(np.asarray(a, dtype=np.int64))
            dst.append(np.asarray(b, dtype=np.int64))
            w.append(np.broadcast_to(np.asarray(weight, dtype=float), (len(a),)).copy())

        pc = self.parent_child
        edge(pc[:, 0], pc[:, 1], rng.lognormal(2.2, 0.4, len(pc)))
        sp = self.spouses
        edge(sp[:, 0], sp[:, 1], rng.lognormal(2.3, 0.4, len(sp)))
        tg = self.teen_guardian
        edge(tg[:, 0], tg[:, 1], rng.lognormal(1.8, 0.4, len(tg)))
        # the old and their grown-up children in the same city
        live_idx = np.flatnonzero(live)
        order = live_idx[np.argsort(city[live_idx], kind="stable")]
        cnt = np.bincount(city[order], minlength=len(CITIES))
        start = np.r_[0, np.cumsum(cnt)[:-1]]

        def same_city(who, k):
            who = np.repeat(who, k)
            c = city[who]
            j = order[start[c] + (rng.random(len(who)) * cnt[c]).astype(np.int64)]
            ok = j != who
            return who[ok], j[ok]

        old = np.flatnonzero(np.isin(persona, (ELDER, RETIREE)))
        a, b = same_city(old, rng.integers(1, 3, len(old)))
        edge(a, b, rng.lognormal(2.0, 0.5, len(a)))
        # friends in the same city
        fr_mean = np.array([5, 4, 3, 4, 2.5, 5, 4, 6, 6, 4, 6, 4, 1.5, 0, 0, 0, 0, 0, 0])[persona]
        a, b = same_city(live_idx, rng.poisson(fr_mean[live_idx]))
        edge(a, b, rng.lognormal(0.0, 0.7, len(a)))
        # colleagues: people working in the same cell
        wk = np.flatnonzero(live & (self.work[:S] >= 0))
        o2 = wk[np.argsort(self.work[:S][wk], kind="stable")]
        wc = self.work[:S][o2]
        uniq, st2, ct2 = np.unique(wc, return_index=True, return_counts=True)
        pos = np.searchsorted(uniq, self.work[:S][wk])
        kc = rng.poisson(2.5, len(wk))
        who = np.repeat(wk, kc)
        p2 = np.repeat(pos, kc)
        j = o2[st2[p2] + (rng.random(len(who)) * ct2[p2]).astype(np.int64)]
        ok = j != who
        edge(who[ok], j[ok], rng.lognormal(0.3, 0.6, int(ok.sum())))
        # second lines talk to a few of the holder's contacts (set after symmetrising below)
        on_src = np.concatenate(src)
        on_dst = np.concatenate(dst)
        on_w = np.concatenate(w)
        s2 = np.r_[on_src, on_dst]
        d2 = np.r_[on_dst, on_src]
        w2 = np.r_[on_w, on_w]
        # off-net contacts: mostly in the same city; migrants and students know people in other provinces
        off_mean = np.array([7, 5, 6, 4, 2.5, 4, 6, 5, 9, 4, 6, 2, 1, 0, 0, 0, 0, 0, 0])[persona]
        who = np.repeat(live_idx, rng.poisson(off_mean[live_idx]))
        ocity = self.offnet_city[: self.n_off]
        okind = self.offnet_kind[: self.n_off]
        loc_ord = np.flatnonzero(okind == 0)
        loc_ord = loc_ord[np.argsort(ocity[loc_ord], kind="stable")]
        oc = ocity[loc_ord]
        ncity = len(CITIES)
        cnt_o = np.array([(oc == c).sum() for c in range(-1, ncity)])
        st_o = np.r_[0, np.cumsum(cnt_o)[:-1]]
        far_p = np.where(np.isin(persona[who], (MIGRANT, UNI, MERCHANT)), 0.35, 0.10)
        target_c = np.where(rng.random(len(who)) < far_p, -1, city[who])
        g = target_c + 1
        off_j = loc_ord[st_o[g] + (rng.random(len(who)) * cnt_o[g]).astype(np.int64)]
        s2 = np.r_[s2, who]
        d2 = np.r_[d2, self.cap + off_j]
        w2 = np.r_[w2, rng.lognormal(0.0, 0.8, len(who))]
        # migrants' workmates in Guangdong are numerous
        mig = np.flatnonzero(persona == MIGRANT)
        gd = np.flatnonzero((ocity == -1) & (okind == 0))
        who = np.repeat(mig, 4)
        s2 = np.r_[s2, who]
        d2 = np.r_[d2, self.cap + gd[rng.integers(0, len(gd), len(who))]]
        w2 = np.r_[w2, rng.lognormal(0.2, 0.6, len(who))]
        # second lines: the holder's handful of work contacts
        sec, holder = self.second_of[:, 0], self.second_of[:, 1]
        k = rng.integers(1, 5, len(sec))
        who = np.repeat(sec, k)
        s2 = np.r_[s2, who]
        d2 = np.r_[d2, self.cap + loc_ord[rng.integers(0, len(loc_ord), len(who))]]
        w2 = np.r_[w2, np.ones(len(who))]
        s2 = np.r_[s2, sec]
        d2 = np.r_[d2, holder]
        w2 = np.r_[w2, np.full(len(sec), 0.5)]
        # dedupe (keep the heaviest weight), order by source
        key = s2 * np.int64(1 << 32) + d2
        o = np.lexsort((-w2, key))
        key, s2, d2, w2 = key[o], s2[o], d2[o], w2[o]
        first = np.r_[True, key[1:] != key[:-1]]
        s2, d2, w2 = s2[first], d2[first], w2[first]
        # nobody keeps calling a closed, suspended or drawer-bound card
        alive = np.zeros(self.cap, dtype=bool)
        alive[:S] = live & (self.status[:S] == 0)
        ok = alive[s2] & ((d2 >= self.cap) | alive[np.minimum(d2, self.cap - 1)])
        s2, d2, w2 = s2[ok], d2[ok], w2[ok]
        self.e_src, self.e_dst, self.e_w = s2, d2, w2
        self._csr("all", s2, d2, w2)
        off = d2 >= self.cap
        self._csr("off", s2[off], d2[off], w2[off])

    def _csr(self, name: str, s, d, w) -> None:
        n = self.cap
        cnt = np.bincount(s, minlength=n)
        start = np.r_[0, np.cumsum(cnt)[:-1]]
        cw = np.cumsum(w)
        base = np.r_[0.0, cw][start]
        tot = np.r_[0.0, cw][start + cnt] - base
        setattr(self, f"csr_{name}", (start, cnt, d, cw, base, tot))

    def pick_contact(self, rng, who: np.ndarray, name: str = "all") -> tuple[np.ndarray, np.ndarray]:
        """A contact of each of ``who`` drawn by edge weight; returns (contact, ok) with ok False when none."""
        start, cnt, d, cw, base, tot = getattr(self, f"csr_{name}")
        ok = cnt[who] > 0
        u = base[who] + rng.random(len(who)) * tot[who]
        j = np.searchsorted(cw, u, side="right")
        j = np.clip(j, start[who], start[who] + np.maximum(cnt[who], 1) - 1)
        j = np.minimum(j, len(d) - 1)
        return d[j], ok

    def degree(self, who) -> np.ndarray:
        return self.csr_all[1][who]

    def knows(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        key = np.asarray(a, dtype=np.int64) * np.int64(1 << 32) + np.asarray(b, dtype=np.int64)
        ek = self.e_src * np.int64(1 << 32) + self.e_dst
        pos = np.searchsorted(ek, key)
        pos = np.minimum(pos, len(ek) - 1)
        return ek[pos] == key

    # -------------------------------------------------------------- location
    def loc(self, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Serving cell (index, -1 when out of the province's network) of own parties at times ``t``."""
        p = np.asarray(p, dtype=np.int64)
        t = np.asarray(t, dtype=np.int64)
        rel = t - T0
        d = np.clip(rel // DAY, 0, self.days - 1)
        h = (rel % DAY) / HOUR
        cell = self.home[p].copy()
        wk = self.work[p]
        at_work = (wk >= 0) & self.workday[d] & (h >= 8.2) & (h < 17.8)
        cell = np.where(at_work, wk, cell)
        # wandering: about one event in eight is elsewhere in town (shops, friends, the river bank)
        persona = self.persona[p]
        z = mix64(p.astype(np.uint64) * np.uint64(0x100000001B3) + (t // 1800).astype(np.uint64) + np.uint64(self.seed))
        wander = ((z % np.uint64(1000)) < np.uint64(125)) & (persona <= TEEN) & (h > 7) & (h < 22)
        if wander.any():
            wp = np.flatnonzero(wander)
            c = self.city[p[wp]]
            g = c * 2
            off = ((z[wp] >> np.uint64(20)) % self._res_count[g].astype(np.uint64)).astype(np.int64)
            cell[wp] = self._res_cells[self._res_start[g] + off]
        # exam days: candidates at their venue, some parents waiting outside
        ven = self.venue[p]
        exam = np.isin(d, EXAM_DAYS) & (ven >= 0) & (((h >= 7.5) & (h < 12)) | ((h >= 14.3) & (h < 17.5)))
        cell = np.where(exam, ven, cell)
        trip = (t >= self.trip_s[p]) & (t < self.trip_e[p])
        cell = np.where(trip, self.trip_cell[p], cell)
        away = (t >= self.away_s[p]) & (t < self.away_e[p])
        cell = np.where(away, -1, cell)
        return cell

    def roaming(self, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Roaming country index (into COUNTRIES) or -1."""
        p = np.asarray(p, dtype=np.int64)
        cc = self.roam_cc[p]
        ok = (cc >= 0) & (np.asarray(t) >= self.away_s[p]) & (np.asarray(t) < self.away_e[p])
        return np.where(ok, cc, -1)

    def imei_at(self, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        p = np.asarray(p, dtype=np.int64)
        return np.where(np.asarray(t) >= self.imei2_t[p], self.imei2[p], self.imei[p])

    def imsi_at(self, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        p = np.asarray(p, dtype=np.int64)
        return np.where(np.asarray(t) >= self.imsi2_t[p], self.imsi2[p], self.imsi[p])

    def swap_sim(self, rng, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Give lines a new SIM (IMSI) from ``t`` on; returns the new IMSIs."""
        p = np.asarray(p, dtype=np.int64)
        new = self._imsis(rng, len(p), self.city[p])
        self.imsi2[p] = new
        self.imsi2_t[p] = t
        return new

    def people(self, rng, n: int, personas=None, cities=None, rural=None, claim: bool = True,
               mask=None, allow_claimed: bool = False) -> np.ndarray:
        """``n`` distinct ordinary subscribers matching the filters (fewer if not enough)."""
        S = self.S_all
        m = np.ones(S, dtype=bool) if allow_claimed else ~self.claimed[:S]
        m &= self.persona[:S] <= TEEN
        if personas is not None:
            m &= np.isin(self.persona[:S], personas)
        if cities is not None:
            m &= np.isin(self.city[:S], cities)
        if rural is not None:
            m &= self.rural[:S] == rural
        if mask is not None:
            m &= mask[:S]
        cand = np.flatnonzero(m)
        if len(cand) == 0 or n <= 0:
            return np.zeros(0, dtype=np.int64)
        out = np.sort(rng.choice(cand, min(n, len(cand)), replace=False))
        if claim:
            self.claimed[out] = True
        return out

    def country(self, cc: str) -> int:
        return COUNTRIES.index(cc)
