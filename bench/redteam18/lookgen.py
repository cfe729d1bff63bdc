"""The generic engine of the look-alike table: who they are (cards, licences, accounts) and what they do."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from fraudops import Gang, blast, block, dial, presence, report
from life import emit_calls, pick
from lookalikes import KINDS, LK
from people import P, People, extra_card, new_account
from world import DAY, MOBILE, REGIONS, RIDX, T0, World, t_of

ORGS = ("川大锦城学院", "成都工业学院", "西华大学", "成都大学", "四川传媒学院", "绵阳师范学院", "宜宾学院", "乐山师范学院",
        "川北医学院", "西南石油大学", "小天鹅", "蜀大侠", "锦江", "天府", "熊猫", "峨眉", "九寨天堂", "金沙")
DUMMY = Gang("", "", "other")


@dataclass
class Ent:
    spec: LK
    num: int
    card: int
    person: int
    region: int
    account: int
    org: str
    licence: str | None = None


def person_index(ppl: People) -> dict[int, list[int]]:
    idx: dict[int, list[int]] = {}
    for pi in range(len(ppl.persona)):
        if ppl.cards[pi] and ppl.life[pi]:
            idx.setdefault(ppl.persona[pi], []).append(pi)
    return idx


def choose_person(w: World, ppl: People, idx: dict[int, list[int]], personas: tuple[str, ...],
                  regions: tuple[str, ...]) -> int:
    cand = [p for name in personas for p in idx.get(P[name], [])]
    if regions:
        want = {RIDX[r] for r in regions}
        near = [p for p in cand if ppl.region[p] in want]
        cand = near or cand
    for _ in range(200):
        p = cand[int(w.rng.integers(len(cand)))]
        if not ppl.reserved[p]:
            ppl.reserved[p] = True
            return p
    raise RuntimeError(f"no free person among {personas} in {regions}")


def setup_generic(w: World, ppl: People) -> list[Ent]:
    rng = w.rng
    idx = person_index(ppl)
    ents: list[Ent] = []
    for s in KINDS:
        lic = None
        for i in range(s.n):
            org = ORGS[int(rng.integers(len(ORGS)))]
            if s.who == "ent":
                if i % s.per_lic == 0:
                    lic = w.new_key("bl")
                    region = RIDX[s.regions[int(rng.integers(len(s.regions)))]] if s.regions else _area_region(s.area)
                    office = w.cell_in(region)
                opened = T0 + int(rng.uniform(*(s.new or (-2500, -200))) * DAY)
                kind = s.line
                c = w.add_card(lic, opened, kind=kind, area=s.area if kind != MOBILE else None,
                               id_type="business_license", customer_type="enterprise", open_channel="ent-desk",
                               open_cell=office, home_cell=office if kind == MOBILE else -1,
                               day_cell=office if kind == MOBILE else -1,
                               imei_a=int(w.new_imeis(1)[0]) if kind == MOBILE else -1, prepaid=False,
                               home_region=f"Sichuan-{REGIONS[region].name.split('-')[0]}")
                num = w.cards.get(c, "num")
                acct = -1
                if s.money_in[1] or s.money_out[1]:
                    acct = new_account(w, lic, "ICBC", opened, num if kind == MOBILE else -1)
                ents.append(Ent(s, num, c, -1, region, acct, org, lic))
                continue
            personas = s.personas or ("office",)
            pi = choose_person(w, ppl, idx, personas, s.regions)
            region = ppl.region[pi]
            if s.who == "work":
                opened = T0 + int(rng.uniform(*(s.new or (-900, -60))) * DAY)
                c = extra_card(w, ppl, pi, opened, imei=None if rng.random() < 0.7 else int(w.new_imeis(1)[0]),
                               life=False, primary=False)
            else:
                c = ppl.cards[pi][0]
            if s.mover:
                w.cards.set(c, mover=region, works=True, wstart=int(s.hours[0]), wend=int(s.hours[1]),
                            weekend_work=True)
            ents.append(Ent(s, w.cards.get(c, "num"), c, pi, region, -1, org))
    return ents


def _area_region(area: str) -> int:
    for i, r in enumerate(REGIONS):
        if r.area == area and r.weight > 0:
            return i
    return RIDX["CDGX"]


def acct_lookup(w: World, ppl: People) -> None:
    """Account behind each number: our people's first account, or one of many outside accounts."""
    n = len(w.numbers)
    acct = np.full(n, -1, dtype=np.int64)
    for pi in range(ppl.n):
        if ppl.accounts[pi] and ppl.primary[pi] >= 0:
            acct[w.person_num[pi]] = ppl.accounts[pi][0]
    w.ext_accounts = w.accounts.add_many(f"EXT{k:06d}" for k in range(4000))
    missing = acct < 0
    acct[missing] = w.ext_accounts[np.flatnonzero(missing) % len(w.ext_accounts)]
    w.acct_of_num = acct


def run_generic(w: World, ppl: People, ents: list[Ent]) -> None:
    rng = w.rng
    for e in ents:
        s = e.spec
        code = REGIONS[e.region].code
        tg = s.targets.replace("@", "reg:" + code)
        if "reg:" + code not in w.pools or len(w.pools["reg:" + code]) == 0:
            tg = s.targets.replace("@", "all")
        num = np.array([e.num])
        d0, d1 = np.array([s.days[0]]), np.array([s.days[1]])
        gw = {"gateway": np.array([w.gateways.add(s.gateway)])} if s.gateway else {}
        if s.calls[1]:
            dial(w, DUMMY, num, d0, d1, s.calls, s.hours, tg, s.answer, s.med, callback=s.callback,
                 weekend=s.weekend, video=s.video, **gw)
        if s.inbound[1]:
            days = np.arange(s.days[0], s.days[1])
            k = rng.integers(s.inbound[0], s.inbound[1] + 1, size=len(days))
            t = T0 + np.repeat(days, k) * DAY + ((s.hours[0] + rng.random(k.sum()) * (s.hours[1] - s.hours[0]))
                                                 * 3600).astype(np.int64)
            emit_calls(w, t, pick(w, tg, len(t)), np.full(len(t), e.num), 0.85, s.med, callback=0.0)
        if s.sms[1]:
            q = int(rng.integers(10**8, 10**9))
            tx = w.texts.add_many(x.format(o=e.org, q=q, d=s.link or "") for x in s.texts)
            d_sms = (d0, d1)
            recv = blast(w, num, *d_sms, s.sms, s.hours if s.hours[1] > 6 else (9, 21), tg, tx)
            if s.link:
                ours = recv[w.card_of(recv) >= 0]
                cl = ours[rng.random(len(ours)) < 0.25]
                t = T0 + rng.integers(s.days[0], s.days[1], size=len(cl)) * DAY + rng.integers(8 * 3600, 23 * 3600,
                                                                                             size=len(cl))
                w.emit("web", t=t, msisdn=cl, domain=np.full(len(cl), w.domains.add(s.link)),
                       url=np.full(len(cl), w.texts.add(f"https://{s.link}/p/{q}")),
                       ip=np.full(len(cl), w.ips.add("47.96.12.201")), bytes=rng.integers(50_000, 900_000, size=len(cl)))
        money(w, ppl, e, tg)
        if e.card >= 0 and not w.cards.life[e.card] and s.line == MOBILE:
            presence(w, num, np.array([t_of(s.days[0], 7)]), np.array([2**40]), data_per_day=1.0)
        first = t_of(s.days[0], s.hours[0])
        role = "lookalike:" + s.kind
        w.add_truth("msisdn", w.num_str(e.num), role, None, s.desc, first)
        if e.licence and s.per_lic >= 3 and (e.card == _first_of_licence(ents, e)):
            w.add_truth("id_key", e.licence, role, None, s.desc, first)
        if e.account >= 0 and (s.money_in[1] or s.money_out[1] or s.atm[1]):
            w.add_truth("account", w.accounts.items[e.account], role, None, s.desc, first)
        if s.allow:
            block(w, "msisdn", w.num_str(e.num), T0 - 200 * DAY, "verified organisation", list_="allow", days=3650)
    for s in KINDS:
        if s.misreported:
            mine = [e for e in ents if e.spec is s]
            for e in mine[: s.misreported]:
                t = t_of(float(rng.uniform(s.days[0], s.days[1])), 20)
                report(w, t, "msisdn", w.num_str(e.num), "fraud", "other", None, source="user_report")
                report(w, t + 2 * DAY, "msisdn", w.num_str(e.num), "benign", None, None, source="internal")


def _first_of_licence(ents: list[Ent], e: Ent) -> int:
    for x in ents:
        if x.licence == e.licence:
            return x.card
    return -1


def money(w: World, ppl: People, e: Ent, tg: str) -> None:
    s = e.spec
    if not (s.money_in[1] or s.money_out[1] or s.atm[1]):
        return
    rng = w.rng
    if e.account < 0:
        e.account = ppl.accounts[e.person][0] if e.person >= 0 and ppl.accounts[e.person] else new_account(
            w, ppl.id_key[e.person], "Bank of Chengdu", T0 - 400 * DAY, e.num)
    code = REGIONS[e.region].code
    days = np.arange(s.days[0], s.days[1])
    for lohi, amt, spec, incoming in ((s.money_in, s.amt_in, s.payers, True), (s.money_out, s.amt_out, s.payees,
                                                                                  False)):
        if not lohi[1]:
            continue
        k = rng.integers(lohi[0], lohi[1] + 1, size=len(days))
        n = int(k.sum())
        t = T0 + np.repeat(days, k) * DAY + rng.integers(8 * 3600, 22 * 3600, size=n)
        if spec == "charity":
            other = np.full(n, w.charity_acct)
            ini_other = np.full(n, -1)
        else:
            sp = spec.replace("@", "reg:" + code)
            if "reg:" + code not in w.pools or len(w.pools["reg:" + code]) == 0:
                sp = spec.replace("@", "all")
            nums = pick(w, sp, n)
            other = w.acct_of_num[nums]
            ini_other = np.where(w.card_of(nums) >= 0, nums, -1)
        a = np.round(rng.lognormal(np.log(amt[0]), amt[1], size=n), 2)
        me = np.full(n, e.account)
        if incoming:
            w.emit("transfers", t=t, from_account=other, to_account=me, amount=a, channel=np.full(n, 3),
                   initiated_msisdn=ini_other)
        else:
            w.emit("transfers", t=t, from_account=me, to_account=other, amount=a, channel=np.full(n, 0),
                   initiated_msisdn=np.full(n, e.num))
    if s.atm[1]:
        k = rng.integers(s.atm[0], s.atm[1] + 1, size=len(days))
        n = int(k.sum())
        t = T0 + np.repeat(days, k) * DAY + rng.integers(8 * 3600, 20 * 3600, size=n)
        atm = w.accounts.add(f"ATM-{code}-{int(rng.integers(100)):03d}")
        w.emit("transfers", t=t, from_account=np.full(n, e.account), to_account=np.full(n, atm),
               amount=np.round(rng.lognormal(np.log(s.amt_out[0]), s.amt_out[1], size=n) / 100) * 100 + 100,
               channel=np.full(n, 2))
