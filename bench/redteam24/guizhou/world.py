"""The province: radio sites, the operator's subscribers, numbers of other networks, ID keys, bank accounts."""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .records import NEVER, ROAM, Lines, Maker, Sink, Truth

SEG_ADULT, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE, SEG_FIXED, SEG_IOT, SEG_VOIP = range(8)


def luhn(body14: np.ndarray) -> np.ndarray:
    """Append the Luhn check digit to 14-digit IMEI bodies."""
    digits = np.stack([(body14 // 10 ** (13 - i)) % 10 for i in range(14)], axis=1)
    dbl = digits[:, 1::2] * 2
    total = digits[:, 0::2].sum(1) + (dbl // 10 + dbl % 10).sum(1)
    return body14 * 10 + (10 - total % 10) % 10


class World:
    def __init__(self, seed: int, n_subs: int, days: int):
        self.seed, self.days = seed, days
        self.rng = np.random.default_rng(seed)
        self.L = Lines()
        self.sink = Sink()
        self.truth = Truth()
        self.mk = Maker(self.L, self.sink, self.rng)
        self._nums: set[int] = set()
        self._imsi: set[int] = set()
        self._imei: set[int] = set()
        self._keys: set[str] = set()
        self.accounts = {"account_id": [], "id_key": [], "bank": [], "open_time": [], "line": [], "status": []}
        self.acc_index: dict[str, int] = {}
        self._cells()
        self._residents(n_subs)
        self._offnet(int(n_subs * 0.5))
        self._banks()

    # ------------------------------------------------------------ allocators
    def numbers(self, kind: str, n: int) -> np.ndarray:
        rng = self.rng
        out: list[int] = []
        while len(out) < n:
            m = int((n - len(out)) * 1.2) + 8
            if kind in ("mobile", "prepaid"):
                segs = C.MOBILE_SEGMENTS if kind == "mobile" else C.PREPAID_SEGMENTS
                seg = np.array([int("86" + s) for s in segs])[rng.integers(0, len(segs), m)]
                cand = seg * 10**7 + rng.integers(0, 10**7, m)
            elif kind == "iot":
                cand = int("86" + C.IOT_SEGMENT) * 10**6 + rng.integers(0, 10**6, m)
            elif kind == "fixed":
                cand = int("86" + C.FIXED_PREFIX) * 10**8 + rng.integers(2 * 10**7, 9 * 10**7, m)
            elif kind == "voip":
                cand = int("86" + C.VOIP_PREFIX) * 10**7 + rng.integers(0, 10**7, m)
            elif kind == "offnet":
                pre = np.array([int("86" + p) for p in C.OTHER_MOBILE_PREFIXES])[
                    rng.integers(0, len(C.OTHER_MOBILE_PREFIXES), m)]
                cand = pre * 10**8 + rng.integers(0, 10**8, m)
            elif kind.startswith("intl:"):  # intl:CC:digits-after-cc
                _, cc, k = kind.split(":")
                cand = int(cc) * 10 ** int(k) + rng.integers(10 ** (int(k) - 1), 10 ** int(k), m)
            else:
                raise ValueError(kind)
            for x in cand.tolist():
                if x not in self._nums:
                    self._nums.add(x)
                    out.append(x)
                    if len(out) == n:
                        break
        return np.array(out, np.int64)

    def imsis(self, n):
        out = []
        while len(out) < n:
            for x in (46087 * 10**10 + self.rng.integers(0, 10**10, n)).tolist():
                if x not in self._imsi:
                    self._imsi.add(x)
                    out.append(x)
        return np.array(out[:n], np.int64)

    def imeis(self, n, tacs):
        out = []
        while len(out) < n:
            tac = np.array(tacs, np.int64)[self.rng.integers(0, len(tacs), n)]
            body = tac * 10**6 + self.rng.integers(0, 10**6, n)
            for x in luhn(body).tolist():
                if x not in self._imei:
                    self._imei.add(x)
                    out.append(x)
        return np.array(out[:n], np.int64)

    def keys(self, n, prefix="QYK"):
        out = []
        while len(out) < n:
            for x in self.rng.integers(0, 2**62, n).tolist():
                k = f"{prefix}-{x:016x}"
                if k not in self._keys:
                    self._keys.add(k)
                    out.append(k)
        return np.array(out[:n], object)

    # ------------------------------------------------------------ cells
    def _cells(self):
        rng = self.rng
        names, lat, lon, region, stype, rix = [], [], [], [], [], []

        def add(name, la, lo, reg, st, ri):
            names.append(name)
            lat.append(round(la, 5))
            lon.append(round(lo, 5))
            region.append(reg)
            stype.append(st)
            rix.append(ri)

        self.region_cells: list[list[int]] = []
        self.special: dict[str, list[int]] = {}
        for ri, (code, cn, _en, city, la, lo, w, kind) in enumerate(C.REGIONS):
            k = int(8 + w * 5)
            cur = []
            for j in range(k):
                st = "macro" if j % 5 else ("indoor" if kind in ("urban", "campus", "datacentre") else "small")
                cur.append(len(names))
                add(f"QYT-{code}-{j:04d}", la + rng.normal(0, .05), lo + rng.normal(0, .05), f"{city}/{cn}", st, ri)
            self.region_cells.append(cur)
        for key, ri, count, st in (("taipan_court", "QDN-TJ", 4, "small"), ("rongjiang_stadium", "QDN-RJ", 4, "small"),
                                   ("guian_dc", "GA-XQ", 6, "indoor"), ("huaxi_campus", "GY-HX", 8, "indoor"),
                                   ("guiyang_north_station", "GY-GSH", 3, "indoor"), ("maotai_town", "ZY-RH", 4, "macro"),
                                   ("huangguoshu", "AS-ZN", 3, "small"), ("fanjingshan", "TR-JK", 3, "small"),
                                   ("xijiang", "QDN-LS", 3, "small"), ("weining_town", "BJ-WN", 2, "macro"),
                                   ("songtao_village", "TR-ST", 3, "macro"), ("panzhou_town", "LPS-PZ", 2, "macro"),
                                   ("hezhang_village", "BJ-HZ", 3, "macro"), ("nayong_village", "BJ-NY", 3, "macro"),
                                   ("yanhe_village", "TR-YH", 2, "macro"), ("baiyun_urban_village", "GY-BY", 2, "small")):
            r = C.REGION_INDEX[ri]
            _, cn, _, city, la, lo, _, _ = C.REGIONS[r]
            cur = []
            for j in range(count):
                cur.append(len(names))
                add(f"QYT-{ri}-S{key[:3].upper()}{j:02d}", la + rng.normal(0, .01), lo + rng.normal(0, .01),
                    f"{city}/{cn}", st, r)
            self.special[key] = cur
            self.region_cells[r].extend(cur)
        for code, la, lo in C.CORRIDORS:
            cur = []
            for j in range(6):
                cur.append(len(names))
                add(f"QYT-{code}-{j:03d}", la + j * .05, lo + j * .05, "corridor/" + code, "macro", -1)
            self.special[code] = cur
        self.visited = []
        for code, cn, la, lo in C.VISITED:
            cur = []
            for j in range(5):
                cur.append(len(names))
                add(f"RMG-{code}-{j:03d}", la + rng.normal(0, .03), lo + rng.normal(0, .03), cn, "macro", -2)
            self.visited.append(cur)
        self.cell_name = np.array(names, object)
        self.cell_lat, self.cell_lon = np.array(lat), np.array(lon)
        self.cell_region, self.cell_type = np.array(region, object), np.array(stype, object)
        self.cell_rix = np.array(rix)

    def cell_in(self, region_code_or_idx, n):
        r = region_code_or_idx if isinstance(region_code_or_idx, int | np.integer) else C.REGION_INDEX[region_code_or_idx]
        cells = self.region_cells[r]
        return np.array(cells)[self.rng.integers(0, len(cells), n)]

    def cells_in_regions(self, regions):
        ri = np.asarray(regions)
        out = np.empty(len(ri), np.int64)
        for r in np.unique(ri):
            m = ri == r
            out[m] = self.cell_in(int(r), int(m.sum()))
        return out

    # ------------------------------------------------------------ subscribers
    def _residents(self, n):
        rng = self.rng
        seg = rng.choice(8, n, p=[.28, .14, .08, .10, .19, .16, .04, .01])
        seg[seg == SEG_FIXED] = np.where(rng.random((seg == SEG_FIXED).sum()) < .32, SEG_FIXED, SEG_ADULT)
        w = np.array([r[6] for r in C.REGIONS])
        kinds = np.array([r[7] for r in C.REGIONS])
        village = np.isin(kinds, ["village", "rural", "coal"])
        region = rng.choice(len(w), n, p=w / w.sum())
        pv = np.where(village, w * 3, w * .4)
        m = np.isin(seg, [SEG_ELDER, SEG_MIGRANT])
        region[m] = rng.choice(len(w), m.sum(), p=pv / pv.sum())
        region[seg == SEG_STUDENT] = C.REGION_INDEX["GY-HX"]
        urban = np.where(np.isin(kinds, ["urban", "datacentre"]), w, 0.0)
        m = seg == SEG_OFFICE
        region[m] = rng.choice(len(w), m.sum(), p=urban / urban.sum())
        region[seg == SEG_IOT] = rng.choice([C.REGION_INDEX["GA-XQ"], C.REGION_INDEX["LPS-ZS"], C.REGION_INDEX["GY-YY"]],
                                            (seg == SEG_IOT).sum())
        kind = np.where(seg == SEG_FIXED, "fixed", np.where(seg == SEG_IOT, "iot", np.where(seg == SEG_VOIP, "voip", "mobile")))
        msisdn = np.zeros(n, np.int64)
        for k in ("fixed", "iot", "voip", "mobile"):
            msk = kind == k
            msisdn[msk] = self.numbers(k, int(msk.sum()))
        home = self.cells_in_regions(region)
        work = np.full(n, -1)
        m = np.isin(seg, [SEG_OFFICE, SEG_ADULT]) & (rng.random(n) < .6)
        work[m] = self.cells_in_regions(region[m])
        stu = seg == SEG_STUDENT
        campus = np.array(self.special["huaxi_campus"])
        home[stu] = campus[rng.integers(0, len(campus), stu.sum())]
        work[stu] = campus[rng.integers(0, len(campus), stu.sum())]
        m = seg == SEG_IOT
        dc = np.array(self.special["guian_dc"])
        home[m & (region == C.REGION_INDEX["GA-XQ"])] = dc[rng.integers(0, len(dc), (m & (region == C.REGION_INDEX["GA-XQ"])).sum())]
        # migrants work in Zhejiang/Guangdong/Fujian and come home for May Day, then leave again
        mig = np.flatnonzero(seg == SEG_MIGRANT)
        vis = rng.integers(0, len(self.visited), len(mig))
        away_cell = np.array([self.visited[v][rng.integers(0, 5)] for v in vis])
        away_end = C.START + rng.integers(3, 7, len(mig)) * C.DAY + rng.integers(8, 22, len(mig)) * C.HOUR
        back = C.START + rng.integers(10, 13, len(mig)) * C.DAY + rng.integers(7, 20, len(mig)) * C.HOUR
        # holiday trips in the province (tourist sites, the village games)
        trip_cell = np.full(n, -1)
        trip_start = np.zeros(n, np.int64)
        trip_end = np.zeros(n, np.int64)
        tr = np.flatnonzero(np.isin(seg, [SEG_ADULT, SEG_OFFICE, SEG_STUDENT]) & (rng.random(n) < .28))
        spots = np.concatenate([self.special[k] for k in ("huangguoshu", "fanjingshan", "xijiang", "taipan_court",
                                                          "rongjiang_stadium")] +
                               [self.region_cells[C.REGION_INDEX[r]] for r in C.TOURIST_REGIONS + C.EVENT_REGIONS])
        trip_cell[tr] = spots[rng.integers(0, len(spots), len(tr))]
        trip_start[tr] = C.START + rng.integers(6, 10, len(tr)) * C.DAY + rng.integers(7, 13, len(tr)) * C.HOUR
        trip_end[tr] = trip_start[tr] + rng.integers(1, 4, len(tr)) * C.DAY
        trip_cell[mig] = away_cell
        trip_start[mig] = back
        trip_end[mig] = NEVER
        ae = np.zeros(n, np.int64)
        ae[mig] = away_end
        ac = np.full(n, -1)
        ac[mig] = away_cell
        # holders: one ID per person; fixed lines on a household member's ID; IoT and VoIP on a few companies
        ids = self.keys(n)
        id_type = np.full(n, "resident_id", object)
        cust = np.full(n, "personal", object)
        ent = np.isin(seg, [SEG_IOT, SEG_VOIP])
        companies = self.keys(40, "QYB")
        ids[ent] = companies[rng.integers(0, 40, ent.sum())]
        id_type[ent] = "business_license"
        cust[ent] = "enterprise"
        fx = np.flatnonzero(seg == SEG_FIXED)
        share = fx[rng.random(len(fx)) < .5]
        ids[share] = ids[rng.integers(0, n, len(share))]
        open_time = C.START - rng.integers(60, 12 * 365, n) * C.DAY - rng.integers(0, C.DAY, n)
        recent = rng.random(n) < .03
        open_time[recent] = C.START - rng.integers(1, 60, recent.sum()) * C.DAY - rng.integers(0, C.DAY, recent.sum())
        imei = np.zeros(n, np.int64)
        mob = kind == "mobile"
        el = seg == SEG_ELDER
        imei[mob & ~el] = self.imeis(int((mob & ~el).sum()), C.TACS_SMART)
        imei[el] = self.imeis(int(el.sum()), C.TACS_FEATURE)
        imei[kind == "iot"] = self.imeis(int((kind == "iot").sum()), C.TAC_IOT)
        imsi = np.zeros(n, np.int64)
        imsi[np.isin(kind, ["mobile", "iot"])] = self.imsis(int(np.isin(kind, ["mobile", "iot"]).sum()))
        lt = np.searchsorted(np.array(["fixed", "iot", "mobile", "voip"]), kind)
        lt = np.array([1, 3, 0, 2])[lt]  # to LINE_TYPES order
        ctype = np.array([0, 1, 2, 4])[lt]
        chan = np.array([f"QYT-STORE-{C.REGIONS[r][0]}-{k:02d}" for r, k in zip(region, rng.integers(1, 6, n), strict=True)], object)
        chan[rng.random(n) < .2] = "QYT-ONLINE"
        self.res = self.L.add(msisdn, imsi=imsi, imei=imei, home=home, work=work, away_cell=ac, away_end=ae,
                              trip_cell=trip_cell, trip_start=trip_start, trip_end=trip_end, trip_roam=0, ctype=ctype,
                              onnet=1, open_time=open_time, open_cell=home, prepaid=(rng.random(n) < .3),
                              line_type=lt, region=region, id_key=ids, id_type=id_type, customer_type=cust,
                              open_channel=chan, status="active")
        self.seg = seg
        self.res_region = region
        self.people = self.res[np.isin(seg, [SEG_ADULT, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE])]
        self.busy_people: set[int] = set()  # residents already cast in a special part

    def pick_people(self, n, segs=None, regions=None, exclude_busy=True, mark=True):
        """Random residents (line indices) by segment and region code, each cast once."""
        cand = self.res
        m = np.isin(self.seg, [SEG_ADULT, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE]) if segs is None else np.isin(self.seg, segs)
        if regions is not None:
            m &= np.isin(self.res_region, [C.REGION_INDEX[r] for r in regions])
        busy = np.fromiter(self.busy_people, np.int64) if exclude_busy and self.busy_people else np.zeros(0, np.int64)
        cand = cand[m & ~np.isin(cand, busy)]
        if len(cand) < n:  # a small province: widen to the whole province, then to anyone
            wide = self.res[np.isin(self.seg, [SEG_ADULT, SEG_ELDER, SEG_STUDENT, SEG_MIGRANT, SEG_OFFICE])]
            wide = wide[~np.isin(wide, busy) & ~np.isin(wide, cand)]
            extra = self.rng.choice(wide, min(n - len(cand), len(wide)), replace=False)
            cand = np.concatenate([cand, extra])
        n = min(n, len(cand))
        out = self.rng.choice(cand, n, replace=False)
        if mark:
            self.busy_people.update(out.tolist())
        return np.sort(out)

    def _offnet(self, m):
        rng = self.rng
        self.offnet = self.L.add(self.numbers("offnet", m), ctype=0, onnet=0)
        self.offnet_far = rng.random(m) < .6  # living outside the province

    def new_lines(self, n, *, kind="mobile", ids=None, id_type="resident_id", customer="personal", open_time=None,
                  open_cell=-1, channel="QYT-ONLINE", prepaid=True, home=-1, imei=None, tacs=C.TACS_SMART,
                  region=-1, **f):
        """Open ``n`` new lines of the operator."""
        lt = {"mobile": 0, "prepaid": 0, "fixed": 1, "voip": 2, "iot": 3}[kind]
        ctype = {0: 0, 1: 1, 2: 2, 3: 4}[lt]
        ms = self.numbers(kind, n)
        imsi = self.imsis(n) if lt in (0, 3) else 0
        if imei is None:
            imei = self.imeis(n, tacs) if lt in (0, 3) else 0
        if ids is None:
            ids = self.keys(n)
        return self.L.add(ms, imsi=imsi, imei=imei, home=home, ctype=ctype, onnet=1, open_time=open_time,
                          open_cell=open_cell, prepaid=prepaid, line_type=lt, region=region, id_key=ids,
                          id_type=id_type, customer_type=customer, open_channel=channel, status="active", **f)

    def foreign_lines(self, cc, n, digits=9):
        return self.L.add(self.numbers(f"intl:{cc}:{digits}", n), ctype=3, onnet=0)

    # ------------------------------------------------------------ bank accounts
    def new_accounts(self, id_keys, lines, bank=None, open_time=None, status="active"):
        n = len(id_keys)
        banks = np.array(C.BANKS)[self.rng.integers(0, len(C.BANKS), n)] if bank is None else np.broadcast_to(bank, (n,))
        if open_time is None:
            open_time = C.START - self.rng.integers(100, 4000, n) * C.DAY
        open_time = np.broadcast_to(open_time, (n,))
        out = []
        for k, b, ln, ot in zip(id_keys, banks, np.broadcast_to(lines, (n,)), open_time, strict=True):
            aid = f"{b}-{self.rng.integers(0, 2**60):015x}"
            self.acc_index[aid] = len(self.accounts["account_id"])
            self.accounts["account_id"].append(aid)
            self.accounts["id_key"].append(k)
            self.accounts["bank"].append(b)
            self.accounts["open_time"].append(int(ot))
            self.accounts["line"].append(int(ln))
            self.accounts["status"].append(status)
            out.append(aid)
        return np.array(out, object)

    def _banks(self):
        rng = self.rng
        people = self.people
        self.acct_of = np.full(self.L.n + 1, None, object)  # main account per resident line
        L = self.L
        acc = self.new_accounts(L["id_key"][people], people)
        self.acct_of[people] = acc
        two = people[rng.random(len(people)) < .35]
        self.new_accounts(L["id_key"][two], two)
        # merchants: shops, restaurants, homestays, liquor stores (enterprise accounts, no line)
        self.merchants = self.new_accounts(self.keys(400, "QYB"), -1)

    def account_of(self, lines):
        a = np.asarray(lines)
        out = np.full(len(a), None, object)
        ok = a < len(self.acct_of)
        out[ok] = self.acct_of[a[ok]]
        return out

    def transfers(self, frm, to, t, amount, channel="mobile_app", line=None):
        n = len(t)
        if n == 0:
            return
        ms = self.L.a["msisdn"][np.asarray(line)] if line is not None else 0
        if line is not None:
            ms = np.where(np.asarray(line) >= 0, ms, 0)
        self.sink.add("transfers", n, time=np.asarray(t, np.int64), from_account=np.asarray(frm, object),
                      to_account=np.asarray(to, object), amount=np.round(np.asarray(amount, float), 2), currency="CNY",
                      channel=channel, initiated_msisdn=ms)

    def roam_code(self, cc):
        return ROAM.index(cc)
