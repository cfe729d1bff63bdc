"""Households and people of the province, their cards, handsets, bank and platform accounts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from world import DAY, HOME_REGIONS, MOBILE, OUT_REGIONS, REGIONS, RIDX, T0, World

PERSONAS = ("office", "parent", "grad", "uni", "farmer", "elderly", "migrant", "shop", "driver", "teacher",
            "child", "service", "tourism")
P = {name: i for i, name in enumerate(PERSONAS)}


@dataclass(frozen=True)
class Persona:
    calls: float  # calls started per day
    sms: float  # person-to-person messages per day
    data: float  # data sessions per day
    web: float  # web visits per day
    works: bool
    wstart: int
    wend: int
    weekend_work: bool
    mover: bool  # moves about the region at work
    second: float  # share with a second card
    hours: str  # daily rhythm


PARAMS: dict[int, Persona] = {
    P["office"]: Persona(3.0, 0.35, 1.6, 1.3, True, 9, 18, False, False, 0.2, "day"),
    P["parent"]: Persona(2.6, 0.3, 1.3, 1.2, True, 8, 18, False, False, 0.12, "day"),
    P["grad"]: Persona(1.6, 0.7, 2.2, 1.6, False, 9, 18, False, False, 0.04, "late"),
    P["uni"]: Persona(1.3, 0.6, 2.3, 1.6, False, 9, 18, False, False, 0.08, "late"),
    P["farmer"]: Persona(1.2, 0.1, 0.6, 0.5, True, 6, 12, True, False, 0.03, "early"),
    P["elderly"]: Persona(0.9, 0.05, 0.3, 0.25, False, 9, 18, False, False, 0.01, "early"),
    P["migrant"]: Persona(1.6, 0.25, 1.4, 0.9, True, 8, 20, True, False, 0.18, "evening"),
    P["shop"]: Persona(3.2, 0.3, 1.2, 1.0, True, 8, 21, True, False, 0.25, "shop"),
    P["driver"]: Persona(3.0, 0.2, 1.3, 0.7, True, 7, 20, True, True, 0.3, "shop"),
    P["teacher"]: Persona(2.0, 0.35, 1.2, 1.1, False, 8, 17, False, False, 0.1, "day"),
    P["child"]: Persona(0.4, 0.2, 1.0, 0.5, False, 8, 17, False, False, 0.0, "late"),
    P["service"]: Persona(2.0, 0.35, 1.5, 1.0, True, 10, 21, True, False, 0.12, "evening"),
    P["tourism"]: Persona(2.4, 0.3, 1.3, 0.9, True, 7, 19, True, True, 0.15, "shop"),
}

# household templates: (name, weight, urban share, personas (first ones certain; '?' optional))
TEMPLATES = (
    ("grad_family", 0.13, 0.55, ("parent", "parent", "grad", "?elderly")),
    ("uni_family", 0.12, 0.55, ("parent", "parent", "uni")),
    ("elderly_couple", 0.12, 0.35, ("elderly", "?elderly")),
    ("left_behind", 0.08, 0.1, ("elderly", "?elderly", "child", "migrant", "?migrant")),
    ("young_single", 0.13, 0.85, ("?office",)),
    ("young_couple", 0.1, 0.8, ("office", "?service")),
    ("shop_family", 0.07, 0.6, ("shop", "shop", "?child")),
    ("driver_family", 0.05, 0.6, ("driver", "service", "?child")),
    ("farmer_family", 0.12, 0.0, ("farmer", "farmer", "?elderly", "?child")),
    ("teacher_family", 0.03, 0.6, ("teacher", "office", "?child")),
    ("tourism_family", 0.05, 0.3, ("tourism", "service", "?elderly")),
)
URBAN_KINDS = ("urban", "campus", "city", "transport", "tourist")


class People:
    """Column lists of persons (``finalize`` makes arrays)."""

    def __init__(self) -> None:
        self.persona: list[int] = []
        self.household: list[int] = []
        self.region: list[int] = []
        self.home_cell: list[int] = []
        self.day_cell: list[int] = []
        self.id_key: list[str] = []
        self.cards: list[list[int]] = []
        self.imei: list[int] = []
        self.life: list[bool] = []
        self.reserved: list[bool] = []
        self.n_households = 0

    def add(self, persona: int, household: int, region: int, home_cell: int, day_cell: int,
            id_key: str, life: bool = True) -> int:
        self.persona.append(persona)
        self.household.append(household)
        self.region.append(region)
        self.home_cell.append(home_cell)
        self.day_cell.append(day_cell)
        self.id_key.append(id_key)
        self.cards.append([])
        self.imei.append(-1)
        self.life.append(life)
        self.reserved.append(False)
        return len(self.persona) - 1

    def finalize(self) -> None:
        self.persona_a = np.array(self.persona, dtype=np.int64)
        self.household_a = np.array(self.household, dtype=np.int64)
        self.region_a = np.array(self.region, dtype=np.int64)
        self.home_a = np.array(self.home_cell, dtype=np.int64)
        self.life_a = np.array(self.life, dtype=bool)
        self.primary = np.array([c[0] if c else -1 for c in self.cards], dtype=np.int64)
        self.n = len(self.persona)


def work_cell(w: World, persona: str, region: int) -> int:
    """Where a person of this persona works, given the home region."""
    r = REGIONS[region]
    rng = w.rng
    if persona in ("office", "parent", "service") and r.area == "28":
        return w.cell_in(("CDGX", "CDTF", "CDCX", "CDGX")[int(rng.integers(4))])
    if persona == "tourism" and r.kind not in ("tourist",):
        return w.cell_in(("LS", "ABJZ", "CDCX")[int(rng.integers(3))])
    return w.cell_in(region)


def add_person(w: World, ppl: People, persona: str, household: int, region: int, home_cell: int | None = None,
               life: bool = True, id_key: str | None = None) -> int:
    home = w.cell_in(region) if home_cell is None else home_cell
    day = work_cell(w, persona, region) if PARAMS[P[persona]].works or persona == "teacher" else home
    key = id_key or w.new_key("id")
    return ppl.add(P[persona], household, region, home, day, key, life)


def build_population(w: World, n_persons: int) -> People:
    """Households until ``n_persons`` people exist, by template and region."""
    rng = w.rng
    ppl = People()
    tw = np.array([t[1] for t in TEMPLATES])
    tw = tw / tw.sum()
    hw = np.array([REGIONS[i].weight for i in HOME_REGIONS])
    urban = np.array([REGIONS[i].kind in URBAN_KINDS for i in HOME_REGIONS])
    while len(ppl.persona) < n_persons:
        ti = int(rng.choice(len(TEMPLATES), p=tw))
        name, _, urban_share, members = TEMPLATES[ti]
        want_urban = rng.random() < urban_share
        pw = hw * np.where(urban == want_urban, 1.0, 0.08)
        region = HOME_REGIONS[int(rng.choice(len(HOME_REGIONS), p=pw / pw.sum()))]
        if name == "young_single" and REGIONS[region].kind != "campus" and rng.random() < 0.3:
            region = RIDX["CDGX"]
        hh = ppl.n_households
        ppl.n_households += 1
        home = w.cell_in(region)
        for m in members:
            optional = m.startswith("?")
            m = m.lstrip("?")
            if optional and rng.random() < 0.45:
                continue
            if name == "young_single":
                m = ("office", "service", "teacher", "driver")[int(rng.choice(4, p=[0.55, 0.3, 0.05, 0.1]))]
            if m == "migrant":
                out = OUT_REGIONS[int(rng.integers(len(OUT_REGIONS)))]
                home_out = w.cell_in(out) if rng.random() < 0.7 else home  # some came home for summer
                add_person(w, ppl, m, hh, region, home_cell=home_out)
            else:
                add_person(w, ppl, m, hh, region, home_cell=home)
    return ppl


def give_cards(w: World, ppl: People, persons: np.ndarray | None = None) -> None:
    """Cards (and old closed cards) and handsets for persons who have none yet."""
    rng = w.rng
    todo = range(len(ppl.persona)) if persons is None else persons.tolist()
    for pi in todo:
        if ppl.cards[pi]:
            continue
        pers = ppl.persona[pi]
        pp = PARAMS[pers]
        if pers == P["elderly"] and rng.random() < 0.12:
            continue  # no phone of their own
        if pers == P["child"] and rng.random() < 0.4:
            continue
        ppl.imei[pi] = int(w.new_imeis(1)[0])
        ncards = 1 + int(rng.random() < pp.second) + int(rng.random() < 0.012)
        for k in range(ncards):
            age = rng.uniform(200, 4200) if k == 0 else rng.uniform(30, 2200)
            if pers in (P["grad"], P["child"]) and k == 0:
                age = rng.uniform(150, 1400)
            _card_for(w, ppl, pi, T0 - int(age * DAY), primary=(k == 0),
                      imei=ppl.imei[pi] if (k == 0 or rng.random() < 0.7) else int(w.new_imeis(1)[0]))
        if rng.random() < 0.05:  # an old card given up long ago
            opened = T0 - int(rng.uniform(900, 4000) * DAY)
            c = _card_for(w, ppl, pi, opened, primary=False, imei=ppl.imei[pi])
            w.cards.set(c, status="closed", status_time=T0 - int(rng.uniform(30, 880) * DAY), life=False)
        if ncards > 1 and rng.random() < 0.03:  # a second card cancelled during the month
            w.cards.set(ppl.cards[pi][1], status="closed", status_time=T0 + int(rng.uniform(1, 15) * DAY))


def _card_for(w: World, ppl: People, pi: int, open_time: int, primary: bool, imei: int, **kw) -> int:
    rng = w.rng
    pers = ppl.persona[pi]
    pp = PARAMS[pers]
    region = ppl.region[pi]
    fields = dict(person=pi, open_channel=f"store-{REGIONS[region].code}-{int(rng.integers(1, 9)):02d}",
                  open_cell=w.cell_in(region),
                  prepaid=bool(rng.random() < (0.5 if pers in (P["uni"], P["grad"], P["migrant"]) else 0.2)),
                  home_region=f"Sichuan-{REGIONS[region].name.split('-')[0]}", home_cell=ppl.home_cell[pi],
                  day_cell=ppl.day_cell[pi], works=pp.works or pers == P["teacher"], wstart=pp.wstart,
                  wend=pp.wend, weekend_work=pp.weekend_work, mover=region if pp.mover else -1, imei_a=imei,
                  life=ppl.life[pi], persona=pers, primary=primary)
    fields.update(kw)
    c = w.add_card(ppl.id_key[pi], open_time, **fields)
    ppl.cards[pi].append(c)
    return c


def extra_card(w: World, ppl: People, pi: int, open_time: int, imei: int | None = None, kind: int = MOBILE,
               **kw) -> int:
    """A further card for an existing person (a work card, a new card for university ...)."""
    if ppl.imei[pi] < 0:
        ppl.imei[pi] = int(w.new_imeis(1)[0])
    kw.setdefault("primary", not ppl.cards[pi])
    return _card_for(w, ppl, pi, open_time, imei=ppl.imei[pi] if imei is None else imei, kind=kind, **kw)


BANKS_CITY = ("ICBC", "CCB", "ABC", "BOC", "CMB", "Bank of Chengdu", "PSBC", "Sichuan Rural Credit")
BANKS_RURAL = ("Sichuan Rural Credit", "PSBC", "ABC", "CCB")


def bank_accounts(w: World, ppl: People) -> None:
    """1-3 accounts per adult with a card, bound to the primary card."""
    rng = w.rng
    ppl.accounts = [[] for _ in range(ppl.n)]
    for pi in range(ppl.n):
        pers = ppl.persona[pi]
        if ppl.primary[pi] < 0 or pers == P["child"] or (pers == P["grad"] and rng.random() < 0.4):
            continue
        k = 1 + int(rng.random() < 0.45) + int(rng.random() < 0.12)
        rural = REGIONS[ppl.region[pi]].kind == "rural" or pers in (P["farmer"], P["elderly"])
        for _ in range(k):
            bank = (BANKS_RURAL if rural else BANKS_CITY)[int(rng.integers(4 if rural else 8))]
            opened = int(w.cards.get(int(ppl.primary[pi]), "open_time")) + int(rng.uniform(0, 200) * DAY)
            acct = new_account(w, ppl.id_key[pi], bank, min(opened, T0 - 5 * DAY),
                               int(w.cards.get(int(ppl.primary[pi]), "num")))
            ppl.accounts[pi].append(acct)


def new_account(w: World, id_key: str, bank: str, open_time: int, bound_num: int, status: str = "normal") -> int:
    """A bank account row; returns its account registry index."""
    acct = w.accounts.add(w.new_key("ac"))
    w.static["bank_accounts"].append({"account_id": w.accounts.items[acct], "id_key": id_key, "bank": bank,
                                      "open_time": open_time,
                                      "bound_msisdn": w.num_str(bound_num) if bound_num >= 0 else None,
                                      "status": status})
    return acct


PLATFORMS = (("wechat", 0.92, "wx"), ("alipay", 0.72, "ali"), ("douyin", 0.6, "dy"), ("taobao", 0.5, "tb"),
             ("pinduoduo", 0.45, "pdd"), ("qq", 0.5, "qq"), ("meituan", 0.42, "mt"), ("12306", 0.35, "rail"),
             ("kuaishou", 0.3, "ks"), ("xianyu", 0.12, "xy"), ("ctrip", 0.15, "ctrip"))


def internet_accounts(w: World, ppl: People) -> None:
    """Platform accounts registered long ago with people's primary cards."""
    rng = w.rng
    for pi in range(ppl.n):
        c = int(ppl.primary[pi])
        if c < 0:
            continue
        old = ppl.persona[pi] == P["elderly"]
        young = ppl.persona[pi] in (P["grad"], P["uni"], P["child"])
        opened = int(w.cards.get(c, "open_time"))
        for plat, share, pre in PLATFORMS:
            s = share * (0.55 if old else 1.0) * (1.3 if young and plat in ("qq", "douyin") else 1.0)
            if rng.random() < s:
                t = opened + int(rng.uniform(1, max(2, (T0 - 3 * DAY - opened) / DAY)) * DAY)
                register(w, plat, w.new_key(pre + "_"), int(w.cards.get(c, "num")), t)


def register(w: World, platform: str, account: str, num: int, t: int, status: str = "active") -> None:
    w.static["internet_accounts"].append({"platform": platform, "account": account, "msisdn": w.num_str(num),
                                          "register_time": int(t), "status": status})


def trips_and_handsets(w: World, ppl: People) -> None:
    """Summer trips (Jiuzhaigou, Emeishan, Kangding, Chengdu, out of the province) and new handsets."""
    rng = w.rng
    dests = (("ABJZ", 0.36), ("LS", 0.3), ("GZKD", 0.1), ("CDCX", 0.12), ("XZJ", 0.06), ("XGD", 0.06))
    dp = np.array([d[1] for d in dests])
    w.travellers = []
    for pi in range(len(ppl.persona)):
        if not ppl.cards[pi] or not ppl.life[pi] or ppl.reserved[pi]:
            continue
        pers = ppl.persona[pi]
        share = 0.14 if pers in (P["grad"], P["uni"], P["office"], P["parent"], P["teacher"]) else 0.05
        if rng.random() < share:
            di = int(rng.choice(len(dests), p=dp / dp.sum()))
            region = RIDX[dests[di][0]]
            if region == ppl.region[pi]:
                continue
            start = T0 + int(rng.uniform(0, 14) * DAY) + int(rng.uniform(6, 12) * 3600)
            end = start + int(rng.uniform(2, 5.5) * DAY)
            for c in ppl.cards[pi]:
                w.cards.set(c, trip_cell=w.cell_in(region), trip_from=start, trip_to=end)
            if dests[di][0] in ("ABJZ", "LS"):
                w.travellers.append(pi)
        newphone = 0.25 if pers == P["grad"] else 0.02
        if rng.random() < newphone:
            switch = T0 + int(rng.uniform(0.5, 16.5) * DAY)
            new = int(w.new_imeis(1)[0])
            for c in ppl.cards[pi]:
                w.cards.set(c, imei_b=new, switch_t=switch)
