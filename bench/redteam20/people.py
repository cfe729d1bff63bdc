"""The people of the province: who they are, where they live and work, their cards, handsets, bank and payment
accounts, platform accounts, and whom they know (family, colleagues, classmates, friends, and the many contacts
on other operators' networks that this feed sees only as counterparts)."""

from __future__ import annotations

import numpy as np
from world import AREAS, DAY, HOUR, MAIN_CITY, START, World, dow, luhn_digit

H = {
    "office": [.2, .1, .05, .03, .03, .05, .2, .6, 1.2, 2, 2.2, 2, 1.4, 1.3, 2, 2.1, 2, 2, 1.6, 1.5, 1.4, 1.2, .8, .4],
    "shift": [.3, .2, .1, .05, .05, .2, .8, 1.2, 1, 1, 1, 1.5, 2, 1.4, 1, 1, 1.2, 1.6, 2, 2, 1.8, 1.4, .9, .5],
    "student": [.8, .4, .15, .05, .03, .03, .1, .4, .8, 1, 1.1, 1.3, 1.6, 1.3, 1.2, 1.3, 1.4, 1.6, 1.8, 2, 2.2, 2.3,
                2, 1.4],
    "elderly": [.02, .01, .01, .01, .05, .3, 1.2, 2, 2.4, 2.2, 2, 1.6, 1.2, .8, 1, 1.3, 1.5, 1.6, 1.8, 1.7, 1.2, .6,
                .2, .05],
    "farmer": [.02, .01, .01, .02, .1, .6, 1.6, 2, 1.8, 1.6, 1.4, 1.6, 1.9, 1.2, 1, 1.2, 1.4, 1.6, 2, 1.9, 1.4, .7,
               .2, .05],
    "night": [1, .6, .3, .1, .05, .05, .1, .2, .4, .8, 1.4, 1.8, 1.4, .8, .9, 1.3, 1.6, 1.6, 1.4, 1.4, 1.6, 1.6, 1.5,
              1.3],
    "general": [.2, .1, .05, .03, .03, .1, .4, 1, 1.5, 1.8, 1.9, 1.8, 1.6, 1.4, 1.6, 1.8, 1.8, 1.9, 2, 1.9, 1.7, 1.3,
                .8, .4],
    "teen": [.3, .1, .02, .01, .01, .02, .3, .6, .2, .2, .2, .3, 1.5, .8, .2, .2, .4, 1.6, 1.8, 2, 2.4, 2.4, 1.8, .9],
}
HOURS = {k: np.array(v) / np.sum(v) for k, v in H.items()}
HOUR_KEYS = list(HOURS)

# name: share, home tags, work tags, ages, calls out/day, calls in from other networks/day, texts/day,
#       data sessions/day, web visits/day, orders/day, hour profile, works weekends, work hours
PERSONAS = {
    "office": (.13, "res:.75 town:.25", "cbd", (23, 55), 2.6, 1.1, .35, 4, 2.2, .35, "office", False, (9, 18)),
    "service": (.10, "res:.55 uv:.2 town:.25", "cbd market tourist", (18, 50), 1.9, .9, .3, 3, 1.6, .3, "general",
                True, (10, 21)),
    "factory": (.09, "dorm:.7 res:.15 uv:.15", "factory", (19, 48), 1.6, 1.0, .3, 3, 1.4, .25, "shift", False,
                (8, 17)),
    "student": (.08, "campus:1", "campus", (18, 24), 1.2, 1.0, .6, 6, 3.0, .45, "student", True, (8, 22)),
    "teen": (.03, "res:.6 town:.4", "", (12, 17), .6, .3, .8, 3, 1.2, .05, "teen", False, (8, 17)),
    "elderly": (.13, "old:.3 res:.15 town:.3 village:.25", "", (60, 88), 1.2, .7, .05, 1, .3, .05, "elderly",
                True, (0, 0)),
    "farmer": (.08, "village:1", "", (40, 75), 1.1, .7, .05, 1, .3, .06, "farmer", True, (7, 18)),
    "migrant": (.05, "uv:.8 dorm:.2", "cbd res market factory", (22, 58), 1.8, 1.3, .15, 2, .8, .1, "general", True,
                (7, 18)),
    "bangbang": (.005, "uv:.5 old:.5", "market dock", (48, 72), 1.4, .6, .02, .3, .05, .01, "elderly", True,
                 (7, 19)),
    "shopkeeper": (.05, "res:.5 town:.5", "market", (28, 62), 2.6, 1.2, .3, 3, 1.2, .3, "general", True, (9, 21)),
    "streamer": (.015, "town:.6 village:.25 res:.15", "", (20, 42), 3.0, 1.5, 1.0, 9, 3.5, .5, "night", True,
                 (10, 23)),
    "restaurateur": (.015, "res:.6 town:.4", "cbd market tourist", (28, 60), 2.8, 1.2, .3, 3, 1.2, .25, "night",
                     True, (10, 23)),
    "driver": (.04, "res:.7 uv:.3", "", (25, 58), 2.4, 1.2, .2, 4, 1.0, .2, "general", True, (7, 22)),
    "teacher": (.03, "res:.6 town:.4", "campus res town", (25, 58), 2.0, .8, .5, 3, 1.5, .3, "office", False,
                (8, 17)),
    "civil": (.03, "res:.6 town:.4", "cbd town", (25, 58), 2.2, .8, .4, 3, 1.5, .3, "office", False, (9, 17)),
    "courier": (.02, "uv:.5 res:.5", "res cbd market", (22, 50), 4.0, 1.0, .5, 3, .8, .1, "general", True,
                (8, 20)),
    "homemaker": (.05, "res:.7 town:.3", "", (28, 55), 1.4, .8, .3, 4, 2.0, .55, "general", True, (0, 0)),
    "self_employed": (.04, "res:.5 town:.5", "market cbd", (28, 60), 2.4, 1.1, .3, 3, 1.3, .3, "general", True,
                      (9, 20)),
    "medical": (.015, "res:.7 town:.3", "hospital town", (24, 58), 2.0, .8, .3, 3, 1.3, .3, "shift", True, (8, 18)),
}
PERSONA_NAMES = list(PERSONAS) + ["second"]
PIDX = {k: i for i, k in enumerate(PERSONA_NAMES)}
WEEKEND_WORK = np.array([PERSONAS[k][11] for k in PERSONAS] + [False])
WORK_FROM = np.array([PERSONAS[k][12][0] for k in PERSONAS] + [9])
WORK_TO = np.array([PERSONAS[k][12][1] for k in PERSONAS] + [18])
LEISURE = ["guanyinqiao", "jiefangbei", "nanping", "hongyadong", "ciqikou", "shapingba", "yangjiaping"]

BANKS_CITY = (["ICBC", "CCB", "ABC", "BOC", "CMB", "Bank of Chongqing", "CQRCB", "PSBC", "BoCom", "CITIC"],
              [.16, .16, .12, .10, .10, .09, .13, .06, .05, .03])
BANKS_COUNTY = (["CQRCB", "PSBC", "ABC", "ICBC", "CCB", "Bank of Chongqing"], [.45, .22, .12, .08, .08, .05])
PLATFORMS = ["wechat", "qq", "alipay", "taobao", "jd", "pinduoduo", "douyin", "kuaishou", "meituan", "xiaohongshu",
             "bilibili", "12306", "didi", "eleme", "xianyu", "weibo"]


class People:
    """Struct of arrays, one index per card held by a person (ordinary people and their second cards)."""

    def __init__(self, w: World):
        self.w = w
        self.r = w.rng("people")

    # ------------------------------------------------------------------------------------------------ build
    def build(self):
        w, r = self.w, self.r
        n = w.n_subscribers
        names = list(PERSONAS)
        shares = np.array([PERSONAS[k][0] for k in names])
        persona = r.choice(len(names), n, p=shares / shares.sum())
        persona.sort()  # blocks per persona; order inside is the draw order
        persona = persona[r.permutation(n)]
        self.P = n
        self.persona = persona
        lo = np.array([PERSONAS[k][3][0] for k in names])
        hi = np.array([PERSONAS[k][3][1] for k in names])
        self.age = (lo[persona] + r.random(n) * (hi[persona] - lo[persona] + 1)).astype(int)
        self.home_area = np.zeros(n, dtype=int)
        self.work_area = np.zeros(n, dtype=int)
        for k_i, k in enumerate(names):
            idx = np.nonzero(persona == k_i)[0]
            if len(idx) == 0:
                continue
            self.home_area[idx] = self._sample_areas(PERSONAS[k][1], len(idx))
            self.work_area[idx] = self._work_areas(self.home_area[idx], PERSONAS[k][2])
        self.home_cell = w.pick_cell(r, self.home_area)
        self.work_cell = w.pick_cell(r, self.work_area)
        self.district = np.array([AREAS[a][1] for a in self.home_area], dtype=object)
        self.in_main = np.array([d in MAIN_CITY for d in self.district])
        self.msisdn = w.numbers(r, n, "own")
        mv = r.random(n) < 0.03  # a few people on a 170/171 card of a virtual operator on this network
        self.msisdn[mv] = w.numbers(r, int(mv.sum()), "mvno")
        self.imsi = w.imsis(r, n)
        brand = np.array(["mix"] * n, dtype=object)
        old = (persona == PIDX["elderly"]) | (persona == PIDX["bangbang"]) | (persona == PIDX["farmer"])
        brand[old & (r.random(n) < 0.45)] = "feature"
        self.brand = brand
        self.imei = np.zeros(n, dtype=np.int64)
        for b in ("mix", "feature"):
            m = brand == b
            self.imei[m] = w.imeis(r, int(m.sum()), b)
        self.feature_phone = brand == "feature"
        # a new phone bought in the Double Eleven sales and switched to two or three days later
        self.imei_new = np.zeros(n, dtype=np.int64)
        self.imei_switch = np.full(n, 2**62, dtype=np.int64)
        buy = (r.random(n) < 0.035) & (self.age < 60)
        self.imei_new[buy] = w.imeis(r, int(buy.sum()))
        self.imei_switch[buy] = START + (r.integers(14, 17, int(buy.sum()))) * DAY + r.integers(9, 22, int(buy.sum())) * HOUR
        self.id_key = w.keys(r, n, "idk_")
        self.id_type = np.full(n, "resident_id", dtype=object)
        years = np.where(persona == PIDX["student"], r.uniform(0.1, 4, n), r.uniform(0.5, 16, n))
        years = np.where(persona == PIDX["teen"], r.uniform(0.2, 4, n), years)
        fresh = (persona == PIDX["student"]) & (r.random(n) < 0.35)  # campus cards of September 2028
        years[fresh] = r.uniform(0.12, 0.2, int(fresh.sum()))
        self.open_time = (START - years * 365 * DAY).astype(np.int64)
        self.prepaid = r.random(n) < np.where((persona == PIDX["student"]) | (persona == PIDX["migrant"]), 0.45, 0.12)
        self.label = np.full(n, "benign", dtype=object)
        self.busy = np.zeros(n, dtype=bool)  # already a victim or a look-alike: not drawn again
        self.rate_f = np.exp(r.normal(0, 0.45, n))  # how much this person talks compared with their kind
        self.night_off = (persona == PIDX["elderly"]) & (r.random(n) < 0.3)
        dists = sorted({a[1] for a in AREAS})
        self._area_dist = np.array([dists.index(a[1]) for a in AREAS])
        self._dist_cells = [np.concatenate([w.area_cells[i] for i, a in enumerate(AREAS) if a[1] == dd]) for dd in dists]
        self._leisure = np.concatenate([w.cells_of(k) for k in LEISURE])
        self._second_cards()
        self._households()
        self._accounts()
        return self

    def _sample_areas(self, spec: str, k: int) -> np.ndarray:
        r = self.r
        tags, wts = [], []
        for part in spec.split():
            t, v = part.split(":")
            tags.append(t)
            wts.append(float(v))
        choice = r.choice(len(tags), k, p=np.array(wts) / sum(wts))
        out = np.zeros(k, dtype=int)
        for i, t in enumerate(tags):
            m = choice == i
            areas = [a for a, ar in enumerate(AREAS) if t in ar[5].split()]
            wt = np.array([len(self.w.area_cells[a]) for a in areas], dtype=float)
            out[m] = np.array(areas)[r.choice(len(areas), int(m.sum()), p=wt / wt.sum())]
        return out

    def _work_areas(self, home: np.ndarray, work_tags: str) -> np.ndarray:
        r = self.r
        out = home.copy()
        if not work_tags:
            return out
        tags = work_tags.split()
        main = [a for a, ar in enumerate(AREAS) if ar[1] in MAIN_CITY and any(t in ar[5].split() for t in tags)]
        for i, h in enumerate(home.tolist()):
            if AREAS[h][1] in MAIN_CITY and main:
                if "campus" in AREAS[h][5] and "campus" in tags:
                    continue
                out[i] = main[int(r.integers(0, len(main)))]
            elif "village" in AREAS[h][5]:
                town = [a for a, ar in enumerate(AREAS) if ar[1] == AREAS[h][1] and "town" in ar[5]]
                if town and r.random() < 0.5:
                    out[i] = town[0]
        return out

    def _second_cards(self):
        """About one adult in twelve holds a second card: a work phone, the second slot of a dual-SIM phone, or
        a data card in a tablet. They are appended as their own entries (persona ``second``)."""
        w, r = self.w, self.r
        n = self.P
        adult = (self.age >= 22) & (self.age < 62) & (self.persona != PIDX["farmer"])
        owners = np.nonzero(adult & (r.random(n) < 0.085))[0]
        k = len(owners)
        kind = r.choice(3, k, p=[0.45, 0.4, 0.15])  # 0 work phone, 1 dual-SIM slot, 2 tablet
        msisdn = w.numbers(r, k, "own")
        imsi = w.imsis(r, k)
        imei = w.imeis(r, k)
        dual = kind == 1
        body = self.imei[owners[dual]] // 10
        body2 = (body // 10**6) * 10**6 + (body % 10**6 + 1) % 10**6
        imei[dual] = body2 * 10 + luhn_digit(body2)
        tab = kind == 2
        imei[tab] = w.imeis(r, int(tab.sum()), "tablet")
        self.second_kind = np.concatenate([np.full(n, -1), kind])
        self.owner = np.concatenate([np.arange(n), owners])

        def ext(a, b):
            return np.concatenate([a, b])

        self.persona = ext(self.persona, np.full(k, PIDX["second"]))
        self.age = ext(self.age, self.age[owners])
        self.home_area = ext(self.home_area, self.home_area[owners])
        self.work_area = ext(self.work_area, self.work_area[owners])
        self.home_cell = ext(self.home_cell, self.home_cell[owners])
        self.work_cell = ext(self.work_cell, self.work_cell[owners])
        self.district = ext(self.district, self.district[owners])
        self.in_main = ext(self.in_main, self.in_main[owners])
        self.msisdn = ext(self.msisdn, msisdn)
        self.imsi = ext(self.imsi, imsi)
        self.brand = ext(self.brand, np.where(tab, "tablet", "mix").astype(object))
        self.imei = ext(self.imei, imei)
        self.feature_phone = ext(self.feature_phone, np.zeros(k, dtype=bool))
        self.imei_new = ext(self.imei_new, np.zeros(k, dtype=np.int64))
        self.imei_switch = ext(self.imei_switch, np.full(k, 2**62, dtype=np.int64))
        self.id_key = ext(self.id_key, self.id_key[owners])
        self.id_type = ext(self.id_type, self.id_type[owners])
        self.open_time = ext(self.open_time, (START - r.uniform(0.2, 9, k) * 365 * DAY).astype(np.int64))
        self.prepaid = ext(self.prepaid, r.random(k) < 0.3)
        self.label = ext(self.label, np.full(k, "benign", dtype=object))
        self.busy = ext(self.busy, np.zeros(k, dtype=bool))
        self.rate_f = ext(self.rate_f, np.exp(r.normal(0, 0.45, k)))
        self.night_off = ext(self.night_off, np.zeros(k, dtype=bool))
        self.N = n + k
        self.no_voice = self.second_kind == 2
        self.active_from = np.zeros(self.N, dtype=np.int64)
        self.active_to = np.full(self.N, 2**62, dtype=np.int64)

    # ------------------------------------------------------------------------------------------------ ties
    def _households(self):
        """Spouses, children's cards in a parent's name, elderly parents (often in the counties), colleagues,
        classmates, friends, and contacts on other networks. Builds the contact lists (CSR, weights as repeats)."""
        r, w = self.r, self.w
        n = self.P
        per = self.persona[:n]
        src, dst, wt = [], [], []

        def link(a, b, weight):
            a = np.asarray(a)
            b = np.asarray(b)
            keep = a != b
            src.append(a[keep])
            dst.append(b[keep])
            wt.append(np.full(int(keep.sum()), weight))

        adult = np.nonzero((self.age[:n] >= 22) & (self.age[:n] < 62) & (per != PIDX["student"]))[0]
        # spouses: neighbours in the same area
        order = adult[np.lexsort((r.random(len(adult)), self.home_area[adult]))]
        pairs = order[: len(order) // 2 * 2].reshape(-1, 2)
        same = self.home_area[pairs[:, 0]] == self.home_area[pairs[:, 1]]
        pairs = pairs[same & (r.random(len(pairs)) < 0.75)]
        link(pairs[:, 0], pairs[:, 1], 6)
        self.spouse = np.full(self.N, -1)
        self.spouse[pairs[:, 0]] = pairs[:, 1]
        self.spouse[pairs[:, 1]] = pairs[:, 0]
        # teenagers: a parent in the same area; most teen cards are in the parent's name
        teens = np.nonzero(per == PIDX["teen"])[0]
        self.parent = np.full(self.N, -1)
        by_area = {}
        for a in np.unique(self.home_area[adult]).tolist():
            by_area[a] = adult[self.home_area[adult] == a]
        for t in teens.tolist():
            cand = by_area.get(int(self.home_area[t]))
            if cand is None or len(cand) == 0:
                cand = adult
            p = int(cand[r.integers(0, len(cand))])
            self.parent[t] = p
            link([t], [p], 6)
            if self.spouse[p] >= 0:
                link([t], [self.spouse[p]], 4)
            if r.random() < 0.85:
                self.id_key[t] = self.id_key[p]
        # elderly parents of working-age people: 60% in the counties
        old = np.nonzero((per == PIDX["elderly"]) | (per == PIDX["farmer"]) & (self.age[:n] >= 55))[0]
        old_county = old[~self.in_main[old]]
        kids = adult[(self.age[adult] < 52) & (r.random(len(adult)) < 0.65)]
        self.elder_parent = np.full(self.N, -1)
        if len(old):
            from_county = r.random(len(kids)) < 0.6
            par = np.where(from_county & (len(old_county) > 0),
                           old_county[r.integers(0, max(1, len(old_county)), len(kids))] if len(old_county) else 0,
                           old[r.integers(0, len(old), len(kids))])
            link(kids, par, 4)
            self.elder_parent[kids] = par
            # some elderly cards were opened by the child, in the child's name
            chg = r.random(len(kids)) < 0.12
            self.id_key[par[chg]] = self.id_key[kids[chg]]
        # colleagues: teams inside (work area, kind)
        workers = np.nonzero(np.isin(per, [PIDX[k] for k in ("office", "service", "factory", "teacher", "civil",
                                                              "courier", "medical", "migrant", "driver")]))[0]
        order = workers[np.lexsort((r.random(len(workers)), per[workers], self.work_area[workers]))]
        self.team = np.full(self.N, -1)
        team_size = 14
        tid = np.arange(len(order)) // team_size
        self.team[order] = tid
        for shift in (1, 2, 3, 5):
            a = order
            b = np.roll(order, -shift)
            same = tid == np.roll(tid, -shift)
            link(a[same], b[same], 2)
        lead = order[::team_size]
        for j in range(1, team_size):
            a = order[::team_size]
            idx = np.arange(0, len(order), team_size) + j
            ok = idx < len(order)
            link(a[ok], order[idx[ok]], 1)
        self.team_lead = np.zeros(self.N, dtype=bool)
        self.team_lead[lead] = True
        # classmates
        st = np.nonzero(per == PIDX["student"])[0]
        order = st[np.lexsort((r.random(len(st)), self.home_area[st]))]
        cid = np.arange(len(order)) // 30
        for shift in (1, 2, 3, 4, 7, 11):
            b = np.roll(order, -shift)
            same = cid == np.roll(cid, -shift)
            link(order[same], b[same], 2)
        # friends in the same district
        dist_code = np.unique(self.district[:n], return_inverse=True)[1]
        order = np.lexsort((r.random(n), dist_code))
        for shift in (1, 4, 9, 17, 31, 57):
            b = np.roll(order, -shift)
            same = dist_code[order] == dist_code[b]
            keep = same & (r.random(n) < 0.6)
            link(order[keep], b[keep], 1)
        # second cards: the owner, spouse and colleagues call the work phone sometimes
        sec = np.arange(n, self.N)
        sec = sec[self.second_kind[sec] != 2]  # tablets carry data only
        own = self.owner[sec]
        link(sec, own, 1)
        if self.spouse is not None:
            sp = self.spouse[own]
            ok = sp >= 0
            link(sec[ok], sp[ok], 2)
        on_src = np.concatenate(src)
        on_dst = np.concatenate(dst)
        on_w = np.concatenate(wt)
        # both directions
        s_all = np.concatenate([on_src, on_dst])
        d_all = np.concatenate([on_dst, on_src])
        w_all = np.concatenate([on_w, on_w])
        # contacts on other networks (family out of province, friends on the other two operators, fixed lines)
        k_off = np.clip(r.poisson(np.where(per == PIDX["student"], 7, 6), n), 1, 20)
        k_off = np.concatenate([k_off, np.where(self.second_kind[n:] == 2, 0, 2)])
        tot = int(k_off.sum())
        kind = r.choice(3, tot, p=[0.86, 0.09, 0.05])
        off = np.zeros(tot, dtype=np.int64)
        off[kind == 0] = w.numbers(r, int((kind == 0).sum()), "offnet")
        off[kind == 1] = w.numbers(r, int((kind == 1).sum()), "fixed023")
        off[kind == 2] = w.numbers(r, int((kind == 2).sum()), "fixed_other")
        self.offnet = off
        off_src = np.repeat(np.arange(self.N), k_off)
        off_w = r.choice([1, 1, 2, 3, 4], tot)
        off_dst = self.N + np.arange(tot)
        s_all = np.concatenate([s_all, off_src])
        d_all = np.concatenate([d_all, off_dst])
        w_all = np.concatenate([w_all, off_w])
        rep_s = np.repeat(s_all, w_all)
        rep_d = np.repeat(d_all, w_all)
        o = np.argsort(rep_s, kind="stable")
        self.nbr = rep_d[o]
        self.nbr_ptr = np.concatenate([[0], np.cumsum(np.bincount(rep_s, minlength=self.N))])
        rep_os = np.repeat(off_src, off_w)
        rep_od = np.repeat(off_dst, off_w)
        o = np.argsort(rep_os, kind="stable")
        self.off_nbr = rep_od[o]
        self.off_ptr = np.concatenate([[0], np.cumsum(np.bincount(rep_os, minlength=self.N))])

    def lookup(self, numbers) -> np.ndarray:
        """Person index of each number, -1 for numbers that are not this feed's people."""
        if not hasattr(self, "_sorted"):
            self._order = np.argsort(self.msisdn, kind="stable")
            self._sorted = self.msisdn[self._order]
        x = np.asarray(numbers, dtype=np.int64)
        pos = np.clip(np.searchsorted(self._sorted, x), 0, len(self._sorted) - 1)
        return np.where(self._sorted[pos] == x, self._order[pos], -1)

    def party_number(self, party: np.ndarray) -> np.ndarray:
        """Numbers of party ids (people < N, other networks' contacts >= N)."""
        party = np.asarray(party)
        out = np.zeros(len(party), dtype=np.int64)
        on = party < self.N
        out[on] = self.msisdn[party[on]]
        out[~on] = self.offnet[party[~on] - self.N]
        return out

    def sample_contact(self, r, who: np.ndarray, offnet_only: bool = False) -> np.ndarray:
        ptr, nbr = (self.off_ptr, self.off_nbr) if offnet_only else (self.nbr_ptr, self.nbr)
        deg = ptr[who + 1] - ptr[who]
        ok = deg > 0
        out = np.full(len(who), -1, dtype=np.int64)
        out[ok] = nbr[ptr[who[ok]] + (r.random(int(ok.sum())) * deg[ok]).astype(np.int64)]
        return out

    # ------------------------------------------------------------------------------------------------ money
    def _accounts(self):
        w, r = self.w, self.r
        N = self.N
        self.acct = np.full(N, None, dtype=object)
        self.wallet = np.full(N, None, dtype=object)
        primary = self.persona != PIDX["second"]
        teen = self.persona == PIDX["teen"]
        has_bank = primary & ~teen
        idx = np.nonzero(has_bank)[0]
        self.acct[idx] = w.keys(r, len(idx), "acct_")
        bank = np.empty(len(idx), dtype=object)
        city = self.in_main[idx]
        bank[city] = np.array(BANKS_CITY[0])[r.choice(len(BANKS_CITY[0]), int(city.sum()), p=BANKS_CITY[1])]
        bank[~city] = np.array(BANKS_COUNTY[0])[r.choice(len(BANKS_COUNTY[0]), int((~city).sum()),
                                                         p=BANKS_COUNTY[1])]
        self.bank = np.full(N, None, dtype=object)
        self.bank[idx] = bank
        # a second bank card for salaried people (payroll bank)
        sal = idx[np.isin(self.persona[idx], [PIDX[k] for k in ("office", "factory", "teacher", "civil", "medical")])
                  & (r.random(len(idx)) < 0.5)]
        self.acct2 = np.full(N, None, dtype=object)
        self.acct2[sal] = w.keys(r, len(sal), "acct_")
        wal = np.nonzero(primary & ~((self.persona == PIDX["elderly"]) & (r.random(N) < 0.35))
                         & ~((self.persona == PIDX["farmer"]) & (r.random(N) < 0.3))
                         & ~((self.persona == PIDX["bangbang"]) & (r.random(N) < 0.5)))[0]
        self.wallet[wal] = w.keys(r, len(wal), "wal_")
        self.wallet_bank = np.full(N, None, dtype=object)
        self.wallet_bank[wal] = np.where(r.random(len(wal)) < 0.55, "Tenpay", "Alipay")
        # teenagers pay from a parent's accounts
        for t in np.nonzero(teen)[0].tolist():
            p = self.parent[t]
            if p >= 0:
                self.acct[t] = self.acct[p]
                self.bank[t] = self.bank[p]
                if r.random() < 0.5:
                    self.wallet[t] = self.wallet[p]
        # shops, stalls, restaurants and streamers take QR payments into a merchant account
        merch = np.nonzero(np.isin(self.persona, [PIDX[k] for k in ("shopkeeper", "restaurateur", "streamer",
                                                                     "self_employed")]) & primary)[0]
        self.merchant = np.full(N, None, dtype=object)
        self.merchant[merch] = w.keys(r, len(merch), "mch_")
        rows_acct, rows_id, rows_bank, rows_open, rows_msisdn = [], [], [], [], []
        for col, bcol in ((self.acct, self.bank), (self.acct2, None), (self.wallet, self.wallet_bank),
                          (self.merchant, None)):
            m = np.array([x is not None for x in col]) & primary & ~teen
            i = np.nonzero(m)[0]
            rows_acct.append(col[i])
            rows_id.append(self.id_key[i])
            if bcol is None:
                rows_bank.append(np.where(col is self.merchant, np.where(r.random(len(i)) < .5, "Tenpay", "Alipay"),
                                          np.array(BANKS_CITY[0])[r.integers(0, 5, len(i))]).astype(object))
            else:
                rows_bank.append(bcol[i])
            rows_open.append(np.minimum(self.open_time[i] + r.integers(0, 400, len(i)) * DAY,
                                        START - r.integers(20, 400, len(i)) * DAY))
            rows_msisdn.append(self.msisdn[i])
        w.add("bank_accounts", account_id=np.concatenate(rows_acct), id_key=np.concatenate(rows_id),
              bank=np.concatenate(rows_bank), open_time=np.concatenate(rows_open),
              bound_msisdn=np.concatenate(rows_msisdn), status="active")
        self.mch_owner = {m: i for i, m in zip(merch.tolist(), self.merchant[merch].tolist(), strict=True)}

    # ------------------------------------------------------------------------------------------------ where
    def loc(self, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Cell of each person at each time: work by day on working days, home otherwise, some evenings and
        weekends out in the shopping districts; drivers and couriers move over their area."""
        p = np.asarray(p)
        t = np.asarray(t)
        d = (t - START) // DAY
        hr = ((t - START) % DAY) // HOUR
        per = self.persona[p]
        wd = dow(d)
        working = (wd < 5) | WEEKEND_WORK[per]
        at_work = working & (hr >= WORK_FROM[per]) & (hr < WORK_TO[per])
        cell = np.where(at_work, self.work_cell[p], self.home_cell[p])
        h = (p * 2654435761 + d * 40503 + (hr // 3) * 977) % 100003
        mover = np.isin(per, [PIDX["driver"], PIDX["courier"]]) & at_work
        if mover.any():
            dcode = self._area_dist[self.work_area[p[mover]]]
            hh = h[mover]
            sub = np.zeros(int(mover.sum()), dtype=np.int64)
            for dc in np.unique(dcode).tolist():
                sel = dcode == dc
                pool = self._dist_cells[dc]
                sub[sel] = pool[hh[sel] % len(pool)]
            cell[mover] = sub
        out = (~at_work) & self.in_main[p] & (hr >= 12) & (hr < 22) & ((wd >= 5) | (hr >= 19)) & (h % 100 < 22)
        if out.any():
            cell[out] = self._leisure[h[out] % len(self._leisure)]
        if self.trip_p is not None:
            pos, tr = self._trip_rows(p, t)
            for j in np.unique(tr).tolist():
                m = pos[tr == j]
                cells = self.trip_cells[j]
                if cells is None:
                    cell[m] = -1
                else:
                    di = np.clip((t[m] - self.trip_t0[j]) // DAY, 0, len(cells) - 1)
                    cell[m] = cells[di]
        return cell

    # trips (domestic: a cell per day; abroad: a country) and cards that are not in use for part of the period
    trip_p = None

    def set_trips(self, p, t0, t1, country, cells):
        """``cells``: per trip an array of one cell per day of the trip (None when abroad)."""
        self.trip_p = np.asarray(p)
        self.trip_t0 = np.asarray(t0, dtype=np.int64)
        self.trip_t1 = np.asarray(t1, dtype=np.int64)
        self.trip_country = np.asarray(country, dtype=object)
        self.trip_cells = cells
        self.has_trip = np.zeros(self.N, dtype=bool)
        self.has_trip[self.trip_p] = True

    def _trip_rows(self, p, t):
        """Rows (positions) on a trip and the trip index of each."""
        pos = np.nonzero((p >= 0) & self.has_trip[np.maximum(p, 0)])[0]
        out_pos, out_trip = [], []
        for j in range(len(self.trip_p)):
            m = (p[pos] == self.trip_p[j]) & (t[pos] >= self.trip_t0[j]) & (t[pos] < self.trip_t1[j])
            if m.any():
                out_pos.append(pos[m])
                out_trip.append(np.full(int(m.sum()), j))
        if not out_pos:
            return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
        return np.concatenate(out_pos), np.concatenate(out_trip)

    def abroad(self, p, t) -> np.ndarray:
        p = np.asarray(p)
        t = np.asarray(t)
        out = np.full(len(p), None, dtype=object)
        if self.trip_p is None:
            return out
        pos, tr = self._trip_rows(p, t)
        out[pos] = self.trip_country[tr]
        return out

    def active(self, p, t) -> np.ndarray:
        p = np.asarray(p)
        ok = p < 0
        q = np.maximum(p, 0)
        return ok | ((np.asarray(t) >= self.active_from[q]) & (np.asarray(t) < self.active_to[q]))

    def imei_at(self, p: np.ndarray, t: np.ndarray) -> np.ndarray:
        p = np.asarray(p)
        return np.where(np.asarray(t) >= self.imei_switch[p], self.imei_new[p], self.imei[p])

    def pick(self, r, k: int, personas=None, main=None, age=None, weights=None, exclude_busy=True, primary=True,
             where=None) -> np.ndarray:
        """``k`` distinct people drawn from those matching, optionally weighted."""
        m = np.ones(self.N, dtype=bool)
        if personas is not None:
            m &= np.isin(self.persona, [PIDX[x] for x in personas])
        if main is not None:
            m &= self.in_main == main
        if age is not None:
            m &= (self.age >= age[0]) & (self.age <= age[1])
        if exclude_busy:
            m &= ~self.busy
        if primary:
            m &= self.persona != PIDX["second"]
        if where is not None:
            m &= where
        cand = np.nonzero(m)[0]
        if len(cand) == 0:
            return cand
        k = min(k, len(cand))
        p = None
        if weights is not None:
            p = weights[cand].astype(float)
            p = p / p.sum()
        return np.sort(r.choice(cand, k, replace=False, p=p))

    def emit_subscribers(self):
        w = self.w
        N = self.N
        r = w.rng("people", "subs")
        open_cell = np.where(r.random(N) < 0.8, self.home_cell, self.work_cell)
        store = np.array([f"YT-{w.cell_region[c][:3].upper()}-{(c * 7) % 40 + 1:03d}" for c in open_cell.tolist()],
                         dtype=object)
        online = r.random(N) < 0.15
        store[online] = "YT-ONLINE"
        w.add("subscribers", msisdn=self.msisdn, imsi=self.imsi, id_key=self.id_key, id_type=self.id_type,
              customer_type="personal", line_type="mobile", operator="YUTONG", open_time=self.open_time,
              open_channel=store, open_cell=open_cell, status="active", status_time=self.open_time,
              is_prepaid=self.prepaid, home_region=np.array([AREAS[a][1] for a in self.home_area], dtype=object))


# ---------------------------------------------------------------------------------------------------- emitters
def number_class(x: np.ndarray) -> np.ndarray:
    """0 Chinese mobile, 1 Chinese fixed line, 2 short service number, 3 foreign, 4 A2P (106) code."""
    x = np.asarray(x, dtype=np.int64)
    nd = np.floor(np.log10(np.maximum(x, 1))).astype(int) + 1
    lead2 = x // 10 ** np.maximum(nd - 2, 0)
    lead3 = x // 10 ** np.maximum(nd - 3, 0)
    out = np.full(len(x), 3)
    cn = lead2 == 86
    out[cn & (nd == 13) & (lead3 == 861)] = 0
    out[cn & ~((nd == 13) & (lead3 == 861))] = 1
    out[nd <= 7] = 2
    out[(lead3 == 106) & (nd >= 8)] = 4
    return out


def call_types(caller: np.ndarray, callee: np.ndarray) -> np.ndarray:
    a = number_class(caller)
    b = number_class(callee)
    out = np.full(len(a), "mobile", dtype=object)
    out[(a == 1) | (a == 2)] = "fixed"
    out[b == 3] = "intl_out"
    out[a == 3] = "intl_in"
    return out


def emit_voice(w: World, pp: People, t, caller, callee, duration, result, caller_p=None, callee_p=None, ring=None,
               media="voice", call_type=None, caller_imei=None, caller_imsi=None, caller_cell=None, callee_cell=None,
               roaming=None, gateway=None, r=None):
    """Add call rows. ``caller_p``/``callee_p``: person indices (-1 for numbers that are not this feed's people);
    the person's handset, SIM and cell at the time are filled in unless given."""
    t = np.asarray(t, dtype=np.int64)
    n = len(t)
    if n == 0:
        return
    r = r or w.rng("emit", int(t[0]), n)
    caller = np.broadcast_to(np.asarray(caller, dtype=np.int64), (n,)).copy()
    callee = np.broadcast_to(np.asarray(callee, dtype=np.int64), (n,)).copy()
    cp = np.full(n, -1) if caller_p is None else np.broadcast_to(np.asarray(caller_p), (n,)).copy()
    ep = np.full(n, -1) if callee_p is None else np.broadcast_to(np.asarray(callee_p), (n,)).copy()
    cp = np.where(cp < 0, pp.lookup(caller), cp)
    ep = np.where(ep < 0, pp.lookup(callee), ep)
    keep = pp.active(cp, t) & pp.active(ep, t)
    if not keep.all():
        t, cp, ep, caller, callee = t[keep], cp[keep], ep[keep], caller[keep], callee[keep]
        duration = np.broadcast_to(np.asarray(duration), (n,))[keep]
        result = np.broadcast_to(np.asarray(result, dtype=object), (n,))[keep]
        ring = None if ring is None else np.broadcast_to(np.asarray(ring), (n,))[keep]
        media = np.broadcast_to(np.asarray(media, dtype=object), (n,))[keep]
        call_type = None if call_type is None else np.broadcast_to(np.asarray(call_type, dtype=object), (n,))[keep]
        caller_imei = None if caller_imei is None else np.broadcast_to(np.asarray(caller_imei), (n,))[keep]
        caller_imsi = None if caller_imsi is None else np.broadcast_to(np.asarray(caller_imsi), (n,))[keep]
        caller_cell = None if caller_cell is None else np.broadcast_to(np.asarray(caller_cell), (n,))[keep]
        callee_cell = None if callee_cell is None else np.broadcast_to(np.asarray(callee_cell), (n,))[keep]
        roaming = np.broadcast_to(np.asarray(roaming, dtype=object), (n,))[keep]
        gateway = np.broadcast_to(np.asarray(gateway, dtype=object), (n,))[keep]
        n = len(t)
        if n == 0:
            return
    on_c = cp >= 0
    on_e = ep >= 0
    imei = np.zeros(n, dtype=np.int64) if caller_imei is None else np.broadcast_to(np.asarray(caller_imei, dtype=np.int64), (n,)).copy()
    imsi = np.zeros(n, dtype=np.int64) if caller_imsi is None else np.broadcast_to(np.asarray(caller_imsi, dtype=np.int64), (n,)).copy()
    ccell = np.full(n, -1) if caller_cell is None else np.broadcast_to(np.asarray(caller_cell), (n,)).copy()
    ecell = np.full(n, -1) if callee_cell is None else np.broadcast_to(np.asarray(callee_cell), (n,)).copy()
    fill = on_c & (imei == 0)
    imei[fill] = pp.imei_at(cp[fill], t[fill])
    fill = on_c & (imsi == 0)
    imsi[fill] = pp.imsi[cp[fill]]
    fill = on_c & (ccell < 0)
    ccell[fill] = pp.loc(cp[fill], t[fill])
    fill = on_e & (ecell < 0)
    ecell[fill] = pp.loc(ep[fill], t[fill])
    other = np.nonzero(~on_e & (ecell < 0))[0]
    if len(other) and w.line_loc:
        ll = w.line_loc
        ecell[other] = [ll.get(x, -1) for x in callee[other].tolist()]
    roaming = np.broadcast_to(np.asarray(roaming, dtype=object), (n,)).copy()
    if pp.trip_p is not None:
        ca = pp.abroad(cp, t)
        m = ca != None  # noqa: E711
        roaming[m] = ca[m]
        ccell[m & on_c] = -1
        ea = pp.abroad(ep, t)
        ecell[(ea != None) & on_e] = -1  # noqa: E711
    result = np.broadcast_to(np.asarray(result, dtype=object), (n,))
    duration = np.where(result == "answered", np.asarray(duration), 0).astype(np.int64)
    if ring is None:
        ring = np.where(result == "answered", 2 + r.gamma(2.0, 3.0, n),
                        np.where(result == "no_answer", r.uniform(25, 60, n),
                                 np.where(result == "busy", r.uniform(0, 2, n), r.uniform(2, 14, n))))
    ct = call_types(caller, callee) if call_type is None else np.broadcast_to(np.asarray(call_type, dtype=object), (n,))
    w.add("voice", start_time=t, caller=caller, callee=callee, duration_s=duration,
          ring_s=np.asarray(ring).astype(np.int64), result=np.asarray(result, dtype=object), caller_imei=imei,
          caller_imsi=imsi, caller_cell=ccell, callee_cell=ecell,
          caller_roaming_country=roaming,
          call_type=np.asarray(ct, dtype=object),
          media=np.broadcast_to(np.asarray(media, dtype=object), (n,)).copy(),
          gateway=np.broadcast_to(np.asarray(gateway, dtype=object), (n,)).copy())


def emit_sms(w: World, pp: People, t, sender, receiver, content, sender_p=None, sender_imei=None, sender_cell=None,
             roaming=None):
    t = np.asarray(t, dtype=np.int64)
    n = len(t)
    if n == 0:
        return
    sp = np.full(n, -1) if sender_p is None else np.broadcast_to(np.asarray(sender_p), (n,)).copy()
    sender = np.broadcast_to(np.asarray(sender, dtype=np.int64), (n,))
    sp = np.where(sp < 0, pp.lookup(sender), sp)
    keep = pp.active(sp, t)
    receiver = np.broadcast_to(np.asarray(receiver, dtype=np.int64), (n,))
    content = np.broadcast_to(np.asarray(content, dtype=object), (n,))
    if not keep.all():
        t, sp, sender, receiver, content = t[keep], sp[keep], sender[keep], receiver[keep], content[keep]
        sender_imei = None if sender_imei is None else np.broadcast_to(np.asarray(sender_imei), (n,))[keep]
        sender_cell = None if sender_cell is None else np.broadcast_to(np.asarray(sender_cell), (n,))[keep]
        roaming = np.broadcast_to(np.asarray(roaming, dtype=object), (n,))[keep]
        n = len(t)
        if n == 0:
            return
    on = sp >= 0
    imei = np.zeros(n, dtype=np.int64) if sender_imei is None else np.broadcast_to(np.asarray(sender_imei, dtype=np.int64), (n,)).copy()
    cell = np.full(n, -1) if sender_cell is None else np.broadcast_to(np.asarray(sender_cell), (n,)).copy()
    fill = on & (imei == 0)
    imei[fill] = pp.imei_at(sp[fill], t[fill])
    fill = on & (cell < 0)
    cell[fill] = pp.loc(sp[fill], t[fill])
    roaming = np.broadcast_to(np.asarray(roaming, dtype=object), (n,)).copy()
    if pp.trip_p is not None:
        ca = pp.abroad(sp, t)
        m = ca != None  # noqa: E711
        roaming[m] = ca[m]
        cell[m & on] = -1
    w.add("sms", send_time=t, sender=np.array(sender, dtype=np.int64), receiver=np.array(receiver, dtype=np.int64),
          content=np.array(content, dtype=object), sender_imei=imei, sender_cell=cell, sender_roaming_country=roaming)


def emit_transfer(w: World, t, src, dst, amount, channel, initiated=None):
    t = np.asarray(t, dtype=np.int64)
    n = len(t)
    if n == 0:
        return
    w.add("transfers", time=t, from_account=np.broadcast_to(np.asarray(src, dtype=object), (n,)).copy(),
          to_account=np.broadcast_to(np.asarray(dst, dtype=object), (n,)).copy(),
          amount=np.round(np.broadcast_to(np.asarray(amount, dtype=float), (n,)), 2),
          currency="CNY", channel=np.broadcast_to(np.asarray(channel, dtype=object), (n,)).copy(),
          initiated_msisdn=np.zeros(n, dtype=np.int64) if initiated is None else
          np.broadcast_to(np.asarray(initiated, dtype=np.int64), (n,)).copy())
