"""Beijing residents on the operator: personas, IDs, handsets, home and work cells, contact books, bank accounts."""

from __future__ import annotations

import numpy as np

from . import clock
from .geo import D
from .numplan import OPERATOR, TACS, hexkeys, imeis, second_imei

# name: share, hours, calls/day, p2p sms/day, web/day, contacts, home districts, work districts (None: no commute),
#       handset mix, answer prob, median call s
PERSONAS = {
    "office_worker": (0.27, clock.OFFICE, 3.0, 0.25, 7.0, 55,
                      {"Chaoyang": 3, "Haidian": 2, "Fengtai": 2, "Tongzhou": 2, "Changping": 2, "Daxing": 1.5,
                       "Shijingshan": 0.5, "Shunyi": 0.5},
                      {"Chaoyang": 4, "Haidian": 3, "Xicheng": 2, "Dongcheng": 1.5, "Tongzhou": 0.5, "Daxing": 0.5},
                      "young", 0.78, 70),
    "student": (0.10, clock.STUDENT, 1.2, 0.2, 10.0, 35, {"Haidian": 4, "Changping": 2, "Chaoyang": 1}, None,
                "young", 0.8, 80),
    "retiree": (0.15, clock.OLD, 2.4, 0.1, 1.2, 20,
                {"Dongcheng": 2, "Xicheng": 2.5, "Fengtai": 2, "Shijingshan": 1, "Chaoyang": 2, "Haidian": 1.5},
                None, "old", 0.9, 140),
    "migrant_worker": (0.10, clock.DAYTIME, 2.5, 0.1, 4.0, 30,
                       {"Daxing": 3, "Tongzhou": 2, "Changping": 2, "Fengtai": 2, "Chaoyang": 1},
                       {"Daxing": 2, "Tongzhou": 2, "Chaoyang": 2, "Haidian": 1, "Shunyi": 1}, "mid", 0.85, 90),
    "homemaker": (0.07, clock.DAYTIME, 2.2, 0.15, 4.0, 25,
                  {"Chaoyang": 2, "Haidian": 2, "Fengtai": 1, "Tongzhou": 1, "Changping": 1, "Daxing": 1}, None,
                  "mid", 0.85, 100),
    "shopkeeper": (0.07, clock.DAYTIME, 5.0, 0.2, 4.0, 60,
                   {"Fengtai": 2, "Chaoyang": 2, "Daxing": 1, "Haidian": 1, "Xicheng": 1, "Dongcheng": 1},
                   {"Fengtai": 2, "Chaoyang": 2, "Haidian": 1, "Xicheng": 1, "Dongcheng": 1}, "mid", 0.88, 60),
    "civil_servant": (0.05, clock.OFFICE, 3.5, 0.2, 3.0, 45, {"Xicheng": 2, "Dongcheng": 1, "Tongzhou": 2, "Haidian": 1},
                      {"Xicheng": 2, "Dongcheng": 2, "Tongzhou": 2}, "mid", 0.85, 75),
    "medical_staff": (0.04, clock.FLAT, 2.5, 0.2, 4.0, 40, {"Dongcheng": 1, "Fengtai": 1, "Haidian": 1, "Chaoyang": 1},
                      {"Dongcheng": 2, "Fengtai": 1, "Haidian": 1, "Xicheng": 1}, "young", 0.7, 60),
    "teacher": (0.03, clock.EVENING, 2.5, 0.3, 4.0, 45, {"Haidian": 2, "Xicheng": 1, "Chaoyang": 1, "Changping": 1},
                {"Haidian": 2, "Xicheng": 1, "Chaoyang": 1}, "mid", 0.8, 90),
    "self_employed": (0.05, clock.DAYTIME, 4.0, 0.2, 5.0, 50, {"Chaoyang": 2, "Fengtai": 1, "Daxing": 1, "Shunyi": 1},
                      None, "young", 0.85, 70),
    "teen": (0.04, clock.STUDENT, 0.6, 0.3, 6.0, 12, {"Haidian": 2, "Chaoyang": 2, "Fengtai": 1, "Xicheng": 1}, None,
             "young", 0.7, 60),
    "suburban_villager": (0.03, clock.OLD, 2.0, 0.05, 1.0, 18,
                          {"Pinggu": 1, "Miyun": 1, "Yanqing": 1, "Huairou": 1, "Fangshan": 1, "Mentougou": 1}, None,
                          "old", 0.9, 120),
}
NAMES = list(PERSONAS)
P = {n: i for i, n in enumerate(NAMES)}
HANDSETS = {
    "young": ({"iphone15": 3, "xiaomi_14": 2, "huawei_mate60": 3, "oppo_reno11": 1, "vivo_x100": 1, "honor_90": 1}),
    "mid": ({"huawei_nova12": 3, "redmi_note13": 3, "honor_90": 2, "iphone13": 2, "oppo_reno11": 1}),
    "old": ({"elder_phone": 4, "redmi_note13": 2, "huawei_nova12": 2, "iphone13": 1}),
}
BANKS = ["ICBC", "CCB", "ABC", "BOC", "BOCOM", "CMB", "Bank of Beijing", "PSBC", "CITIC", "Minsheng"]


def _pick(rng, weights: dict, n: int) -> np.ndarray:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), n, p=p / p.sum())]


class Population:
    """Arrays indexed by subscriber (one row per card)."""

    def __init__(self, rng: np.random.Generator, n: int, cells, numbers, sink) -> None:
        self.rng = rng
        shares = np.array([PERSONAS[k][0] for k in NAMES])
        persona = rng.choice(len(NAMES), n, p=shares / shares.sum())
        persona.sort(kind="stable")
        home_d = np.zeros(n, np.int64)
        work_d = np.full(n, -1, np.int64)
        tacs = np.zeros(n, np.int64)
        for pi, name in enumerate(NAMES):
            m = persona == pi
            k = int(m.sum())
            spec = PERSONAS[name]
            home_d[m] = [D[x] for x in _pick(rng, spec[6], k)]
            if spec[7]:
                work_d[m] = [D[x] for x in _pick(rng, spec[7], k)]
            tacs[m] = [TACS[x] for x in _pick(rng, HANDSETS[spec[8]], k)]
        home = cells.in_district(rng, home_d)
        work = np.where(work_d >= 0, cells.in_district(rng, np.maximum(work_d, 0)), -1)
        # students live on campus
        st = persona == P["student"]
        campus = np.array([cells.site[s] for s in ("pku", "tsinghua", "bupt", "shahe_univ_town", "wudaokou")])
        home[st] = campus[rng.integers(0, len(campus), int(st.sum()))]
        imei = imeis(rng, tacs)
        # 6% carry a second card in the same dual-SIM handset, on the same ID
        dual = np.flatnonzero(rng.random(n) < 0.06)
        self.owner = np.concatenate([np.arange(n), dual])
        persona = persona[self.owner]
        home, work, home_d = home[self.owner], work[self.owner], home_d[self.owner]
        imei = np.concatenate([imei, second_imei(imei[dual])])
        self.n = N = len(self.owner)
        self.is_second = np.arange(N) >= n
        self.persona = persona
        self.home, self.work, self.home_d = home, work, home_d
        self.imei = imei
        self.msisdn = numbers.own(N)
        self.imsi = numbers.imsi(N)
        ids = np.array(hexkeys(rng, n, "id_"), dtype=object)
        id_key = ids[self.owner]
        # teens' cards on a parent's ID; a fifth of retirees' cards on a child's ID
        adults = np.flatnonzero(np.isin(persona[:n], [P["office_worker"], P["homemaker"], P["civil_servant"]]))
        teen = np.flatnonzero(persona == P["teen"])
        id_key[teen] = ids[adults[rng.integers(0, len(adults), len(teen))]]
        old = np.flatnonzero((persona == P["retiree"]) & (rng.random(N) < 0.2))
        id_key[old] = ids[adults[rng.integers(0, len(adults), len(old))]]
        self.id_key = sink.codes(list(id_key))
        age_days = np.minimum(rng.exponential(1400, N) + 40, 5200).astype(np.int64)
        self.open_time = clock.T0 - age_days * 86400 - rng.integers(0, 86400, N)
        self.open_time[self.is_second] = clock.T0 - (rng.exponential(600, int(self.is_second.sum())) + 20).astype(
            np.int64) * 86400
        self.prepaid = (rng.random(N) < np.where(np.isin(persona, [P["student"], P["migrant_worker"]]), 0.6, 0.2))
        spec = [PERSONAS[k] for k in NAMES]
        self.call_rate = 0.85 * np.array([s[2] for s in spec])[persona] * rng.lognormal(0, 0.45, N)
        self.call_rate[self.is_second] *= 0.25
        self.sms_rate = np.array([s[3] for s in spec])[persona] * rng.lognormal(0, 0.5, N)
        self.web_rate = 0.5 * np.array([s[4] for s in spec])[persona] * rng.lognormal(0, 0.4, N)
        self.web_rate[self.is_second] *= 0.1
        self.answer_p = np.array([s[9] for s in spec])[persona]
        self.dur_med = np.array([s[10] for s in spec], float)[persona]
        self.cdf = np.cumsum(np.stack([s[1] for s in spec]), axis=1)  # per persona
        self.order = np.argsort(self.msisdn, kind="stable")
        self.sorted_msisdn = self.msisdn[self.order]
        self._contacts(rng, numbers, cells)
        self._accounts(rng, sink)

    def of(self, *names: str) -> np.ndarray:
        """Indices of first cards with these personas."""
        return np.flatnonzero(np.isin(self.persona, [P[x] for x in names]) & ~self.is_second)

    def lookup(self, msisdn: np.ndarray) -> np.ndarray:
        """Subscriber index of each number, -1 when not in the population."""
        msisdn = np.asarray(msisdn, np.int64)
        pos = np.searchsorted(self.sorted_msisdn, msisdn)
        pos = np.minimum(pos, self.n - 1)
        hit = self.sorted_msisdn[pos] == msisdn
        return np.where(hit, self.order[pos], -1)

    def where(self, rng: np.random.Generator, idx: np.ndarray, t: np.ndarray, cells) -> np.ndarray:
        """Cell index of subscribers at times (home, work on weekday office hours, sometimes nearby); -1 for idx<0."""
        idx = np.asarray(idx)
        ok = idx >= 0
        i = np.maximum(idx, 0)
        local = (t - clock.T0) % 86400
        d = (t - clock.T0) // 86400
        at_work = (self.work[i] >= 0) & (local >= 9 * 3600) & (local < 18 * 3600) & (d % 7 < 5)
        c = np.where(at_work, self.work[i], self.home[i])
        wander = rng.random(len(i)) < 0.12
        if wander.any():
            c[wander] = cells.in_district(rng, cells.district[c[wander]])
        return np.where(ok, c, -1)

    def _contacts(self, rng, numbers, cells) -> None:
        N = self.n
        k = np.array([PERSONAS[x][5] for x in NAMES])[self.persona]
        k = np.maximum(3, (k * rng.lognormal(0, 0.35, N)).astype(np.int64))
        k[self.is_second] = np.maximum(3, k[self.is_second] // 5)
        self.cptr = np.concatenate([[0], np.cumsum(k)])
        M = int(self.cptr[-1])
        owner = np.repeat(np.arange(N), k)
        kind = rng.random(M)
        self.offnet_pool = numbers.offnet(int(N * 2.2))
        self.fixed_pool = numbers.fixed(max(200, N // 10))
        cnum = self.offnet_pool[rng.integers(0, len(self.offnet_pool), M)]
        # on-net contacts: mostly neighbours in the same district
        onnet = kind < 0.32
        by_d = np.argsort(self.home_d, kind="stable")
        d_start = np.searchsorted(self.home_d[by_d], np.arange(self.home_d.max() + 2))
        od = self.home_d[owner[onnet]]
        local = rng.random(int(onnet.sum())) < 0.7
        lo, hi = d_start[od], d_start[od + 1]
        pick_local = by_d[np.minimum(lo + (rng.random(len(od)) * (hi - lo)).astype(np.int64), N - 1)]
        pick_any = rng.integers(0, N, len(od))
        csub_on = np.where(local, pick_local, pick_any)
        csub_on = np.where(csub_on == owner[onnet], (csub_on + 1) % N, csub_on)
        self.csub = np.full(M, -1, np.int64)
        self.csub[onnet] = csub_on
        cnum[onnet] = self.msisdn[csub_on]
        fixed = (kind >= 0.32) & (kind < 0.38)
        cnum[fixed] = self.fixed_pool[rng.integers(0, len(self.fixed_pool), int(fixed.sum()))]
        self.cnum = cnum

    def _accounts(self, rng, sink) -> None:
        N = self.n
        has = ~self.is_second & ((self.persona != P["teen"]) | (rng.random(N) < 0.2))
        self.acct = np.full(N, -1, np.int32)
        idx = np.flatnonzero(has)
        self.acct[idx] = sink.codes(hexkeys(rng, len(idx), "ba_"))
        bank = rng.integers(0, len(BANKS), len(idx))
        sink.add("bank_accounts", account_id=self.acct[idx], id_key=self.id_key[idx],
                 bank=[BANKS[b] for b in bank.tolist()],
                 open_time=self.open_time[idx] - rng.integers(0, 2000, len(idx)) * 86400,
                 bound_msisdn=self.msisdn[idx], status="active")

    def write(self, sink, cells) -> None:
        N = self.n
        sink.add("subscribers", msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key, id_type="resident_id",
                 customer_type="personal", line_type="mobile", operator=OPERATOR, open_time=self.open_time,
                 open_channel=[f"store-{int(x) % 240:03d}" for x in (self.home % 977).tolist()],
                 open_cell=cells.code[self.home], status="active", is_prepaid=self.prepaid.astype(np.int8),
                 home_region=np.full(N, sink.code("Beijing"), np.int32))
