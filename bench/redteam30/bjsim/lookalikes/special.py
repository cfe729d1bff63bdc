"""Look-alike kinds with their own shape: privacy-number bridges, phone dealers' test handsets, the 96110 warning
line, money collectors (group-buy leaders, sub-letting landlords, labour contractors), number-change broadcasts,
developers opening IP literals, and the service senders of everyday SMS."""

from __future__ import annotations

import numpy as np

from .. import texts
from ..clock import DAY, DAYTIME, EVENING, FLAT, OFFICE, T0
from ..numplan import TACS, imeis

CODE_SENDERS = [int(c[0]) for c in texts.CODES]


def privacy_numbers(ww) -> str:
    """Ride-hailing and delivery privacy numbers (AXB): a call in from A is bridged out to B within seconds."""
    rng = ww.rng
    role = "lookalike:privacy_number_platform"
    n = 40
    nums, _ = ww.open_cards(n, id_keys=["bl_didi_axb"] * n, open_time=T0 - 500 * DAY, channel="ent-axb",
                            cell=ww.cells.site["zgc_software_park"], line_type="voip", customer_type="enterprise",
                            id_type="business_license", prepaid=False)
    ww.truth.add("msisdn", nums.tolist(), role)
    m = 0
    for d in range(ww.days):
        k = n * 30
        t = T0 + d * DAY + rng.choice(24, k, p=FLAT) * 3600 + rng.integers(0, 3600, k)
        line = rng.integers(0, n, k)
        a = ww.strangers(k, 0.4)
        b = ww.strangers(k, 0.4)
        dur = np.where(rng.random(k) < 0.8, rng.integers(10, 120, k), 0)
        ww.call(t, a, nums[line], dur + 3, callee_cell=-1, call_type="voip", gateway="AXB-BJ-01")
        ww.call(t + 3, nums[line], b, dur, call_type="voip", gateway="AXB-BJ-01")
        m += 2 * k
    return f"{role}: {n} numbers, {m} bridged legs"


def dealers(ww) -> list[str]:
    """Zhongguancun second-hand dealers and repair shops: customers' cards go into test handsets; the dealer's own
    card moves through many handsets."""
    rng, pop = ww.rng, ww.pop
    out = []
    for name, n, site in (("secondhand_phone_dealer", 8, "zgc_electronics"), ("phone_repair_shop", 8, "wudaokou")):
        role = f"lookalike:{name}"
        own, oimsi = ww.open_cards(n, id_keys=ww.ids(n), open_time=T0 - 900 * DAY, channel="store-hd-090",
                                   cell=ww.cells.site[site])
        test = ww.handsets(n, "redmi_note13")
        ww.truth.add("msisdn", own.tolist(), role)
        stock = imeis(rng, np.array([TACS[x] for x in ("iphone13", "iphone15", "huawei_mate60", "xiaomi_14")])[
            rng.integers(0, 4, n * 60)])
        for d in range(ww.days):
            # customers' cards tested in the shop handset
            k = rng.poisson(6, n)
            s = np.repeat(np.arange(n), k)
            cust = rng.integers(0, pop.n, len(s))
            t = T0 + d * DAY + rng.choice(24, len(s), p=DAYTIME) * 3600 + rng.integers(0, 3600, len(s))
            ww.device(t, pop.msisdn[cust], pop.imsi[cust], test[s], ww.cells.site[site], "attach")
            ww.call(t + 60, pop.msisdn[cust], 10036, rng.integers(5, 20, len(s)), imei=test[s], imsi=pop.imsi[cust],
                    cell=np.full(len(s), ww.cells.site[site]), callee_cell=-1, call_type="fixed")
            # the dealer's own card in phones for sale
            j = rng.poisson(4, n)
            s = np.repeat(np.arange(n), j)
            t = T0 + d * DAY + rng.choice(24, len(s), p=DAYTIME) * 3600 + rng.integers(0, 3600, len(s))
            ww.device(t, own[s], oimsi[s], stock[rng.integers(0, len(stock), len(s))], ww.cells.site[site], "attach")
            c = rng.poisson(15, n)
            s = np.repeat(np.arange(n), c)
            t = T0 + d * DAY + rng.choice(24, len(s), p=DAYTIME) * 3600 + rng.integers(0, 3600, len(s))
            ww.call(t, own[s], ww.strangers(len(s), 0.4), rng.lognormal(4, 0.8, len(s)).astype(np.int64),
                    imei=stock[rng.integers(0, len(stock), len(s))], imsi=oimsi[s],
                    cell=np.full(len(s), ww.cells.site[site]))
        out.append(f"{role}: {n} shops")
    return out


def warning_line(ww) -> str:
    """96110 anti-fraud centre calls people just after they were in contact with fraud (and some at random)."""
    rng, pop = ww.rng, ww.pop
    role = "lookalike:antifraud_96110"
    lines = np.array([861096110000 + i for i in range(1, 9)], np.int64)
    ww.open_cards(len(lines), id_keys=["bl_bjgaj_fzzx"] * len(lines), open_time=T0 - 1500 * DAY,
                  channel="ent-gaj", cell=ww.cells.site["financial_street"], line_type="fixed",
                  customer_type="enterprise", id_type="business_license", prepaid=False, numbers=lines)
    ww.truth.add("msisdn", lines.tolist(), role)
    vict = np.array(sorted(int(k[1]) for k, v in ww.truth.rows.items() if k[0] == "msisdn" and v[0] == "victim"),
                    np.int64)
    pick = vict[rng.random(len(vict)) < 0.3]
    first = {int(k[1]): v[3] for k, v in ww.truth.rows.items() if k[0] == "msisdn" and v[0] == "victim"}
    t = np.array([first.get(int(x)) or T0 for x in pick.tolist()], np.int64) + rng.integers(1800, DAY, len(pick))
    rand = pop.msisdn[rng.integers(0, pop.n, 400)]
    t2 = T0 + rng.integers(0, ww.days * DAY, 400)
    num = np.concatenate([pick, rand])
    tt = np.concatenate([t, t2])
    ans = rng.random(len(num)) < 0.6
    ww.call(tt, lines[rng.integers(0, len(lines), len(num))], num, np.where(ans, rng.integers(30, 300, len(num)), 0),
            call_type="fixed")
    return f"{role}: {len(lines)} lines, {len(num)} warning calls"


def collectors(ww) -> list[str]:
    """Accounts that collect many small payments or fan money out, innocently."""
    rng, pop = ww.rng, ww.pop
    out = []
    adults = pop.of("homemaker", "shopkeeper", "retiree", "self_employed")
    for name, n, fan_in, amount, fan_out in (("group_buy_leader", 15, 12, (3.8, 0.6), 0),
                                             ("landlord_subletter", 10, 8, (8.3, 0.2), 1),
                                             ("labour_contractor", 6, 0, (11.5, 0.3), 25)):
        role = f"lookalike:{name}"
        who = ww.victims(adults, n)
        ww.truth.add("msisdn", pop.msisdn[who].tolist(), role)
        ww.truth.add("account", [ww.s(a) for a in pop.acct[who].tolist()], role)
        payers = pop.of("office_worker", "homemaker", "retiree", "migrant_worker")
        boss = None
        for d in range(ww.days):
            if fan_in and (name != "landlord_subletter" or d >= 8):
                k = rng.poisson(fan_in, n)
                s = np.repeat(np.arange(n), k)
                p = payers[rng.integers(0, len(payers), len(s))]
                p = p[pop.acct[p] >= 0]
                s = s[: len(p)]
                t = T0 + d * DAY + rng.choice(24, len(s), p=EVENING) * 3600 + rng.integers(0, 3600, len(s))
                ww.transfer(t, pop.acct[p], pop.acct[who[s]], np.round(rng.lognormal(*amount, len(s)), 2),
                            msisdn=pop.msisdn[p])
                if name == "group_buy_leader":
                    ww.sms(t - 3600, pop.msisdn[who[s]], pop.msisdn[p], "【社区团购】今日接龙: 春笋、草莓、现烤面包, 明早10点自提点取货",
                           imei=pop.imei[who[s]], cell=pop.home[who[s]])
            if fan_out and d in (4, 11):
                if boss is None:
                    boss = ww.open_accounts(n, id_keys=ww.ids(n, "bl_"), open_time=T0 - 900 * DAY)
                t = T0 + d * DAY + 10 * 3600 + rng.integers(0, 3600, n)
                lump = np.round(rng.lognormal(*amount, n), -2)
                if name == "landlord_subletter":
                    ww.transfer(t + DAY, pop.acct[who], boss, lump, msisdn=pop.msisdn[who])
                else:
                    ww.transfer(t, boss, pop.acct[who], lump, channel="counter")
                    s = np.repeat(np.arange(n), fan_out)
                    w = payers[rng.integers(0, len(payers), len(s))]
                    w = w[pop.acct[w] >= 0]
                    s = s[: len(w)]
                    ww.transfer(t[s] + rng.integers(600, 4 * 3600, len(s)), pop.acct[who[s]], pop.acct[w],
                                np.round(lump[s] / fan_out * rng.uniform(0.8, 1.1, len(s)), -1),
                                msisdn=pop.msisdn[who[s]])
        out.append(f"{role}: {n} people")
    return out


def number_change(ww) -> str:
    """New number: one text to the whole contact book in an evening."""
    rng, pop = ww.rng, ww.pop
    role = "lookalike:number_change_broadcast"
    who = ww.victims(pop.of("office_worker", "homemaker", "shopkeeper", "migrant_worker"), 15)
    d0 = rng.integers(0, 10, len(who))
    new, nimsi = ww.open_cards(len(who), id_keys=pop.id_key[who], open_time=T0 + d0 * DAY + 11 * 3600,
                               channel="store-020", cell=pop.home[who])
    ww.truth.add("msisdn", new.tolist(), role)
    for i, x in enumerate(who.tolist()):
        c = pop.cnum[pop.cptr[x]:pop.cptr[x + 1]]
        t = T0 + d0[i] * DAY + 19 * 3600 + rng.integers(0, 3600, len(c))
        ww.sms(t, new[i], c, texts.P2P[-1], imei=pop.imei[x], cell=pop.home[x])
        k = int(rng.integers(3, 8))
        ww.call(t[:k] + 7200, new[i], c[:k], rng.integers(30, 300, k), imei=pop.imei[x], imsi=nimsi[i],
                cell=np.full(k, pop.home[x]))
    return f"{role}: {len(who)} people"


def developers(ww) -> str:
    """Developers and ops staff opening IP literals of their own test servers."""
    rng, pop = ww.rng, ww.pop
    role = "lookalike:developer_ip_literal"
    who = ww.victims(pop.of("office_worker"), 12)
    ww.truth.add("msisdn", pop.msisdn[who].tolist(), role)
    ips = [f"47.94.{i}.{17 + i}" for i in range(6)]
    for ip in ips:
        ww.truth.add("ip", ip, role)
    for d in range(ww.days):
        k = rng.poisson(4, len(who))
        s = np.repeat(np.arange(len(who)), k)
        t = T0 + d * DAY + rng.choice(24, len(s), p=OFFICE) * 3600 + rng.integers(0, 3600, len(s))
        ip = [ips[i] for i in (s % len(ips)).tolist()]
        ww.visit(t, pop.msisdn[who[s]], ip, url=[f"http://{x}:8080/api/health" for x in ip], ip=ip)
    return f"{role}: {len(who)} people"


def service_senders(ww) -> list[str]:
    """The everyday SMS senders: verification codes, banks, government notices, marketing, parcels."""
    t = ww.truth
    for s in CODE_SENDERS:
        t.add("msisdn", s, "lookalike:verification_code_sender")
    for s, _ in texts.BANK:
        t.add("msisdn", int(s), "lookalike:bank_notice")
    for s, _ in texts.GOV:
        t.add("msisdn", int(s), "lookalike:gov_notice")
    for s, _, dom in texts.MARKETING:
        t.add("msisdn", int(s), "lookalike:ecommerce_marketing_106")
        t.add("domain", dom, "lookalike:ecommerce_marketing_106")
    for s in (1069013195338, 10690598888):
        t.add("msisdn", s, "lookalike:parcel_locker_notice")
    return ["lookalike:verification_code_sender, bank_notice, gov_notice, ecommerce_marketing_106, "
            "parcel_locker_notice: the everyday senders labelled"]


def run(ww) -> list[str]:
    return [privacy_numbers(ww), *dealers(ww), *collectors(ww), number_change(ww), developers(ww),
            *service_senders(ww), warning_line(ww)]
