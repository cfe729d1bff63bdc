"""Thirteen gangs working Hubei over the 2028 Spring Festival rush (truth ids HB17-G01 .. HB17-G13)."""

from __future__ import annotations

import numpy as np
from actors import END, GANG_HOURS, Ctx, times_in
from life import BANK_SMS, DRIVER, ELDER, FARMER, MIGRANT, OFFICE, SHOP, STUDENT, TEEN, WORKER
from world import DAY, DAYS, EVE, HISTORY, NEWYEAR, T0, imeis

CITY = {c: i for i, c in enumerate(["WH", "YC", "XY", "JZ", "SY", "HG", "XG", "ES", "JM", "XN", "SZ", "XT", "EZ"])}


def gang_day_scale(d, holiday_low=0.4):
    return holiday_low if EVE <= d <= NEWYEAR + 1 else 1.0


# ------------------------------------------------------------------------------------------------- victims
def victim_flow(ctx: Ctx, gid, scheme, ftype, victims, touch, mules, *, days, tranches=(1, 3), mu=9.0, sig=0.7,
                escalate=1.0, warn_p=0.3, report_p=0.4, channel="mobile_app", gap_h=(1, 30), pay_after=(600, 2400)):
    """Each victim is touched (a call, a message, a video...) before each tranche, pays the gang's mule
    accounts, may be warned (96110 call, 12381 text) and may report to the police. Returns the inflows."""
    rng, pop = ctx.rng, ctx.pop
    inflows = []
    for p in victims:
        p = int(p)
        d0 = int(rng.choice(days))
        t = T0 + d0 * DAY + int(rng.choice(24, p=GANG_HOURS / GANG_HOURS.sum())) * 3600 + int(rng.integers(0, 3600))
        n_tr = int(rng.integers(tranches[0], tranches[1] + 1))
        warned = rng.random() < warn_p
        amt = float(np.round(rng.lognormal(mu, sig), -1))
        last, numbers, paid = None, [], 0.0
        ctx.truth("msisdn", pop.msisdn[p], "victim", gid, scheme, t)
        for k in range(n_tr):
            if t > END - 7200:
                break
            num = touch(p, t, k)
            numbers.append(num)
            pay = t + int(rng.integers(*pay_after))
            if pay > END:
                break
            mule = mules[int(rng.integers(0, len(mules)))]
            a = max(50.0, round(amt * (escalate ** k) * rng.uniform(0.7, 1.3), 0))
            ctx.tx(np.array([pop.acct[p]], dtype=object), mule, np.array([pay]), np.array([a]), channel,
                   pop.msisdn[p] if channel != "third_party" or rng.random() < 0.5 else None)
            ctx.t.add("truth/events", victim=pop.msisdn[p], time=pay, amount=a, to_account=mule)
            inflows.append((pay, a, mule))
            paid += a
            last = pay
            # a bank notice SMS for the debit
            ctx.sms(BANK_SMS.get(pop.bank[p], "95588"), pop.msisdn[p], np.array([pay + 20]),
                    f"【{pop.bank[p]}】您尾号{int(rng.integers(1000, 9999))}的账户于{_hm(pay)}转账支出人民币{a:.2f}元。")
            if warned and k == 0:
                tw = pay + int(rng.integers(1800, 6 * 3600))
                if tw < END:
                    res, dur, ring = ctx.outcome(1, 0.8, 5.0, 0.4, rej=0.05)
                    ctx.call("96110", pop.msisdn[p], np.array([tw]), p, result=res, dur=dur, ring=ring,
                             call_type="fixed")
                    ctx.sms("12381", pop.msisdn[p], np.array([tw - 60]),
                            "【工信部反诈中心】您近期接到的来电疑似诈骗电话，请勿向陌生账户转账，如有疑问请拨打96110咨询。")
                    if rng.random() < 0.5:
                        break
            t = pay + int(rng.uniform(gap_h[0], gap_h[1]) * 3600)
        if last is not None and rng.random() < report_p:
            tr = last + int(rng.integers(3600, 3 * DAY))
            ctx.report(tr, "msisdn", pop.msisdn[p], "victim", ftype, paid, "police")
            for num in sorted({x for x in numbers if x}):
                if num:
                    ctx.report(tr + 60, "msisdn", num, "fraud", ftype, None, "police")
            ctx.report(tr + 120, "account", inflows[-1][2], "fraud", ftype, None, "bank")
    return inflows


def _hm(t):
    lt = (t - T0) % DAY
    d = (t - T0) // DAY
    return f"1月{16 + d}日{lt // 3600:02d}:{(lt % 3600) // 60:02d}" if d < 16 else f"2月{d - 15}日{lt // 3600:02d}:{(lt % 3600) // 60:02d}"


def stranger_calls(ctx: Ctx, callers, days_active, per_day, *, ans_p, mu, sig, tgt, cell=None, imei=None, imsi=None,
                   call_type="mobile", gateway=None, roaming=None, icpt=0.0, media="voice", hours=GANG_HOURS,
                   holiday_low=0.4):
    """Cold calls: callers[i] works days_active[i] (list of days) with per_day calls a day."""
    rng = ctx.rng
    for i, num in enumerate(callers):
        ds = np.array(days_active[i])
        if len(ds) == 0:
            continue
        k = rng.poisson(per_day * np.array([gang_day_scale(d, holiday_low) for d in ds]))
        tms = times_in(rng, ds, hours, k)
        n = len(tms)
        callee, cp = ctx.targets(n, **tgt)
        res, dur, ring = ctx.outcome(n, ans_p, mu, sig, icpt=icpt)
        c = cell[i] if isinstance(cell, (list, np.ndarray)) else cell
        ctx.call(num, callee, tms, cp, result=res, dur=dur, ring=ring,
                 imei=imei[i] if imei is not None else None, imsi=imsi[i] if imsi is not None else None, cell=c,
                 call_type=call_type, media=media, gateway=gateway, roaming=roaming)


def long_call(ctx: Ctx, caller, callee_p, t, *, dur=(600, 2400), imei=None, imsi=None, cell=None, call_type="mobile",
              media="voice", gateway=None, roaming=None):
    rng, pop = ctx.rng, ctx.pop
    d = int(rng.integers(*dur))
    ctx.call(caller, pop.msisdn[callee_p], np.array([t]), callee_p, result=np.array(["answered"], dtype=object),
             dur=np.array([d]), ring=np.array([int(rng.integers(4, 20))]), imei=imei, imsi=imsi, cell=cell,
             call_type=call_type, media=media, gateway=gateway, roaming=roaming)
    return d


# ------------------------------------------------------------------------------------------------- G09 cards
class CardRing:
    """HB17-G09 断卡 ring: a campus agent and a village agent recruit students and villagers to open cards
    and bank accounts for cash; two buyers collect them. Cards feed G01's GoIP den and G07's Myanmar callers."""

    def __init__(self, ctx: Ctx, n_cards):
        rng, pop = ctx.rng, ctx.pop
        g = "HB17-G09"
        sch = "card_selling_ring"
        self.ctx = ctx
        stu = ctx.pick_people(18, persona=[STUDENT])
        vil = ctx.pick_people(14, persona=[FARMER, WORKER], cities=[CITY["HG"], CITY["XG"]])
        sellers = np.concatenate([stu, vil])
        self.sellers = sellers
        per = rng.integers(2, 5, len(sellers))
        per = np.maximum(1, np.round(per * n_cards / per.sum()).astype(int))
        while per.sum() > n_cards:
            per[np.argmax(per)] -= 1
        while per.sum() < n_cards:
            per[rng.integers(0, len(per))] += 1
        owner = np.repeat(sellers, per)
        n = len(owner)
        # most cards opened in the weeks before the data; some during the first history days
        open_d = np.where(rng.random(n) < 0.7, rng.integers(-45, -3, n), rng.integers(0, 6, n))
        is_stu = np.isin(owner, stu)
        chan = np.where(is_stu, "AGENT-WH-UNI-031", "AGENT-HG-TOWN-11")
        # the cards of one seller are opened the same afternoon at the same agent
        first_d = {int(s): int(open_d[owner == s].min()) for s in sellers}
        open_t = np.array([T0 + first_d[int(s)] * DAY + 14 * 3600 + int(rng.integers(0, 5400)) for s in owner])
        ocell = np.where(is_stu, ctx.cells.id[pop.uni_cell[owner]], ctx.cells.id[pop.home_cell[owner]])
        self.msisdn, self.imsi = ctx.new_cards(n, id_keys=pop.card_id[owner], open_t=open_t, channel=chan,
                                               open_cell=ocell, prepaid=True,
                                               region=np.array([ctx.region(pop.city[o]) for o in owner], dtype=object))
        self.owner = owner
        self.open_t = open_t
        self.sale_t = open_t + rng.integers(2 * 3600, 2 * DAY, n)
        self.taken = np.zeros(n, bool)
        # the seller tries each card once in their own phone before handing it over
        tt = open_t + rng.integers(600, 3600, n)
        ctx.dev(self.msisdn, self.imsi, pop.imei[owner], ocell, tt, "attach")
        # recruiters and buyers
        self.recruiters = ctx.pick_people(2, persona=[STUDENT, WORKER, OFFICE], cities=[CITY["WH"], CITY["HG"]])
        self.buyers = ctx.pick_people(2, persona=[DRIVER, WORKER, SHOP], cities=[CITY["WH"], CITY["HG"]])
        for r in self.recruiters:
            ctx.truth("msisdn", pop.msisdn[r], "mule_recruiter", g, sch, T0)
            ctx.truth("id_key", pop.card_id[r], "mule_recruiter", g, sch, T0)
        for b in self.buyers:
            ctx.truth("msisdn", pop.msisdn[b], "card_buyer", g, sch, T0)
            ctx.truth("id_key", pop.card_id[b], "card_buyer", g, sch, T0)
        for s in sellers:
            ctx.truth("id_key", pop.card_id[s], "card_seller", g, sch, T0 + first_d[int(s)] * DAY)
            ctx.truth("msisdn", pop.msisdn[s], "card_seller", g, sch, T0 + first_d[int(s)] * DAY)
        # each seller's bank account is rented as well (四件套): they become first-level mule accounts
        self.seller_accounts = ctx.accounts(len(sellers), id_keys=pop.card_id[sellers], bound=pop.msisdn[sellers],
                                            open_t=T0 + np.array([first_d[int(s)] for s in sellers]) * DAY + 10 * 3600)
        # handover: recruiter calls seller, buyer meets seller at the seller's cell and pays per card
        for s in sellers:
            st = int(self.sale_t[owner == s].min())
            k = int((owner == s).sum())
            rec = self.recruiters[0] if s in stu else self.recruiters[1]
            buy = self.buyers[0] if s in stu else self.buyers[1]
            if st - 86400 > T0:
                res, dur, ring = ctx.outcome(1, 0.95, 4.3, 0.5)
                ctx.person_call(rec, pop.msisdn[s], np.array([st - 86400 + 3600]), s, res, dur, ring)
                ctx.person_sms(rec, pop.msisdn[s], np.array([st - 86400 + 4000]),
                               "兄弟明天下午带身份证过来，办好当场结钱，一张200，银行卡另算500")
            if st > T0:
                res, dur, ring = ctx.outcome(1, 0.95, 3.8, 0.4)
                ctx.person_call(buy, pop.msisdn[s], np.array([st - 1800]), s, res, dur, ring)
                cellid = ocell[owner == s][0]
                ctx.dev(pop.msisdn[buy], pop.imsi[buy], pop.imei[buy], cellid, np.array([st - 300]), "location_update")
                ctx.tx(pop.acct[buy], pop.acct[s], np.array([st + 120]), np.array([200.0 * k + 500]), "third_party",
                       pop.msisdn[buy])
            if s in stu and st > T0:
                ctx.tx(pop.acct[buy], pop.acct[rec], np.array([st + 3600]), np.array([60.0 * k]), "third_party",
                       pop.msisdn[buy])
        # the campus recruiter's adverts over the holiday
        tg, tp = ctx.targets(260, own=1.0, persona=[STUDENT, TEEN, WORKER])
        tms = times_in(rng, rng.integers(0, DAYS, 260), np.ones(24) * (np.arange(24) > 8), np.ones(260, int))
        ctx.person_sms(self.recruiters[0], tg, tms, "寒假兼职：学生办卡日结200元/张，不用本人使用，不影响征信，手续简单，有意私聊")
        for a in self.seller_accounts:
            ctx.truth("account", a, "mule_account", g, sch, T0)
        for r, b in zip(self.recruiters, self.buyers, strict=True):
            ctx.truth("account", pop.acct[r], "gang_member", g, sch, T0)
            ctx.truth("account", pop.acct[b], "gang_member", g, sch, T0)
        for i in range(0, len(sellers), 4):  # 断卡 operation: a few sellers already reported by police
            ctx.report(T0 + (12 + i % 4) * DAY + 10 * 3600, "id_key", pop.card_id[sellers[i]], "card_seller", "other",
                       None, "police")

    def take(self, k, not_before):
        """k sold cards ready for use after not_before (marked used)."""
        ok = np.flatnonzero(~self.taken & (self.sale_t + 3600 < not_before))
        idx = ok[:k]
        self.taken[idx] = True
        return idx


# ------------------------------------------------------------------------------------------------- mules
class MuleNet:
    """HB17-G10 跑分 layering ring: first-level accounts (sold by G09 sellers and rural recruits) pass money
    within minutes to second- and third-level accounts, which withdraw at ATMs or buy USDT from OTC dealers."""

    def __init__(self, ctx: Ctx, ring: CardRing):
        rng, pop = ctx.rng, ctx.pop
        g, sch = "HB17-G10", "money_mule_layering"
        self.ctx = ctx
        self.recruiter = ctx.pick_people(1, persona=[WORKER, SHOP, DRIVER], cities=[CITY["XG"]])[0]
        rural = ctx.pick_people(10, persona=[FARMER, WORKER], cities=[CITY["XG"], CITY["JZ"], CITY["XT"]])
        racc = ctx.accounts(len(rural), id_keys=pop.card_id[rural], bound=pop.msisdn[rural],
                            open_t=T0 - rng.integers(3, 30, len(rural)) * DAY)
        self.l1 = np.concatenate([ring.seller_accounts, racc])
        self.l1_msisdn = np.concatenate([pop.msisdn[ring.sellers], pop.msisdn[rural]])
        self.l2 = ctx.accounts(12, id_keys=ctx.ids(12), open_t=T0 - rng.integers(10, 90, 12) * DAY)
        self.l3 = ctx.accounts(6, id_keys=ctx.ids(6), open_t=T0 - rng.integers(10, 200, 6) * DAY)
        self.otc = ctx.ids(4, "xac")
        for a in list(racc) + list(self.l2) + list(self.l3):
            ctx.truth("account", a, "mule_account", g, sch, T0)
        ctx.truth("msisdn", pop.msisdn[self.recruiter], "mule_recruiter", g, sch, T0)
        ctx.truth("id_key", pop.card_id[self.recruiter], "mule_recruiter", g, sch, T0)
        # the recruiter promises rural people 2% of what passes through ("刷流水")
        for r in rural:
            tt = T0 + int(rng.integers(0, 6)) * DAY + 19 * 3600 + int(rng.integers(0, 3600))
            res, dur, ring_ = ctx.outcome(1, 0.9, 5.5, 0.4)
            ctx.person_call(self.recruiter, pop.msisdn[r], np.array([tt]), r, res, dur, ring_)
        self.rural = rural

    def layer(self, inflows):
        ctx, rng = self.ctx, self.rng_()
        if not inflows:
            return
        tt = np.array([x[0] for x in inflows])
        am = np.array([x[1] for x in inflows])
        acc = np.array([x[2] for x in inflows], dtype=object)
        m = np.isin(acc, self.l1)
        tt, am, acc = tt[m], am[m], acc[m]
        n = len(tt)
        t1 = tt + rng.integers(120, 2400, n)
        l2 = self.l2[rng.integers(0, len(self.l2), n)]
        a1 = np.round(am * rng.uniform(0.96, 0.995, n), 0)
        msis = np.array([self.l1_msisdn[list(self.l1).index(a)] for a in acc], dtype=object)
        ok = t1 < END
        ctx.tx(acc[ok], l2[ok], t1[ok], a1[ok], "mobile_app", msis[ok])
        t2 = t1 + rng.integers(600, 6 * 3600, n)
        l3 = self.l3[rng.integers(0, len(self.l3), n)]
        ok &= t2 < END
        ctx.tx(l2[ok], l3[ok], t2[ok], np.round(a1[ok] * 0.99, 0), "mobile_app", None)
        t3 = t2 + rng.integers(1800, 12 * 3600, n)
        ok &= t3 < END
        atm = rng.random(n) < 0.4
        cash = np.array([f"ATM-HB-{x:05d}" for x in rng.integers(0, 3000, n)], dtype=object)
        dest = np.where(atm, cash, self.otc[rng.integers(0, len(self.otc), n)])
        ctx.tx(l3[ok], dest[ok], t3[ok], np.minimum(np.round(a1[ok] * 0.98, -2), 20000),
               np.where(atm[ok], "atm", "third_party"), None)
        # commission to the rural account holders
        k = np.isin(acc, self.l1[-len(self.rural):]) & ok
        ctx.tx(self.l2[0], acc[k], t2[k] + 600, np.round(am[k] * 0.02, 0), "mobile_app", None)

    def rng_(self):
        return self.ctx.rng


# ------------------------------------------------------------------------------------------------- gangs
def g01_goip(ctx: Ctx, ring: CardRing, mules: MuleNet):
    """12306 退票改签 fake customer service from a GoIP den in a Hongshan urban village, run from Cambodia."""
    rng, pop, cells = ctx.rng, ctx.pop, ctx.cells
    g, sch, ft = "HB17-G01", "fake_12306_refund_goip", "customer_service"
    den = cells.id[cells.pick(rng, 0, "res")]
    ports = imeis(rng, 16, tac="86175400")
    ctx.truth("imei", ports, "simbox_device", g, sch, T0)
    sims, imsi, simport, sdays = [], [], [], []
    for p in range(16):
        d = int(rng.integers(0, 3))
        while d < DAYS:
            life = int(rng.integers(3, 6))
            idx = ring.take(1, T0 + d * DAY)
            if len(idx) == 0:
                break
            i = int(idx[0])
            days = list(range(d, min(DAYS, d + life)))
            sims.append(ring.msisdn[i])
            imsi.append(ring.imsi[i])
            simport.append(p)
            sdays.append(days)
            d += life
    sims = np.array(sims, dtype=object)
    for i, s in enumerate(sims):
        first = T0 + sdays[i][0] * DAY + 8 * 3600
        ctx.truth("msisdn", s, "simbox_sim", g, sch, first)
        ctx.dev(s, imsi[i], ports[simport[i]], den, np.array([first - 1200]), "power_on")
        last = T0 + (sdays[i][-1] + 1) * DAY - 3 * 3600
        ctx.dev(s, imsi[i], ports[simport[i]], den, np.array([last]), "power_off")
        if rng.random() < 0.3 and last + 7200 < END:  # the operator's own model catches some
            ctx.t.add("subscribers", msisdn=s, imsi=imsi[i], id_key=pop.card_id[ring.owner[list(ring.msisdn).index(s)]],
                      id_type="resident_id", customer_type="personal", line_type="mobile", operator="chutian_mobile",
                      open_time=ring.open_t[list(ring.msisdn).index(s)], status="suspended", status_time=last + 7200,
                      is_prepaid=True, home_region="武汉")
    tgt = dict(own=0.55, persona=[STUDENT, MIGRANT, OFFICE, WORKER, DRIVER, SHOP, ELDER])
    stranger_calls(ctx, sims, sdays, 85, ans_p=0.3, mu=3.3, sig=0.8, tgt=tgt, cell=den,
                   imei=[ports[p] for p in simport], imsi=imsi, holiday_low=0.35)
    # a few texts per SIM with a call-back pitch
    for i, s in enumerate(sims):
        k = rng.poisson(6, len(sdays[i]))
        tms = times_in(rng, sdays[i], GANG_HOURS, k)
        tg, _ = ctx.targets(len(tms), own=0.6, persona=[STUDENT, MIGRANT])
        ctx.sms(s, tg, tms, "【12306】您购买的车次因春运调度临时停运，可办理全额退票并获30%赔付，请回电本号码办理。",
                ports[simport[i]], den)
    dom = "12306-tuipiao.com"
    ctx.truth("domain", dom, "fraud_domain", g, sch, T0)

    def touch(p, t, k):
        d = (t - T0) // DAY
        act = [i for i in range(len(sims)) if d in sdays[i]] or [0]
        i = int(rng.choice(act))
        long_call(ctx, sims[i], p, t, dur=(900, 2700), imei=ports[simport[i]], imsi=imsi[i], cell=den)
        if k == 0:
            ctx.web(pop.msisdn[p], np.array([t + 300]), dom, f"https://{dom}/refund?o={int(rng.integers(1e6, 1e7))}",
                    "45.207.36.118")
        return sims[i]

    victims = ctx.pick_people(16, persona=[STUDENT, MIGRANT, OFFICE, WORKER, SHOP])
    inflows = victim_flow(ctx, g, sch, ft, victims, touch, mules.l1, days=list(range(1, 9)) + list(range(12, 16)),
                          tranches=(1, 4), mu=8.6, sig=0.6, escalate=1.5)
    # a gang member swaps SIMs at the den every few days: his own phone, an aged card with a normal life
    mem = ctx.pick_people(1, persona=[WORKER, DRIVER], cities=[0])[0]
    ctx.truth("msisdn", pop.msisdn[mem], "gang_member", g, sch, T0)
    ctx.truth("id_key", pop.card_id[mem], "gang_member", g, sch, T0)
    visits = np.array(sorted({sd[0] for sd in sdays}))
    tv = T0 + visits * DAY + 7 * 3600 + rng.integers(0, 1500, len(visits))
    ctx.dev(pop.msisdn[mem], pop.imsi[mem], pop.imei[mem], den, tv, "location_update")
    return inflows


def g02_accident(ctx: Ctx, mules: MuleNet):
    """'Your son was hurt in a crash on the way home' calls from Cambodia/Philippines to villages' elderly."""
    rng = ctx.rng
    g, sch, ft = "HB17-G02", "relative_accident_on_way_home", "acquaintance"
    nums = np.concatenate([ctx.numbers.foreign("KH", 26), ctx.numbers.foreign("PH", 10), ctx.numbers.foreign("MM", 6)])
    days = []
    for _ in nums:
        d = int(rng.integers(3, DAYS - 2))
        days.append(list(range(d, min(DAYS, d + int(rng.integers(2, 5))))))
    for i, n in enumerate(nums):
        ctx.truth("msisdn", n, "fraud_caller", g, sch, T0 + days[i][0] * DAY)
    tgt = dict(own=0.8, persona=[ELDER, FARMER], cities=[CITY[c] for c in ("ES", "HG", "XG", "JZ", "SY", "XY")])
    stranger_calls(ctx, nums, days, 55, ans_p=0.45, mu=3.6, sig=0.9, tgt=tgt, call_type="intl_in",
                   gateway="IGW-WH-02", icpt=0.22, holiday_low=0.7)

    def touch(p, t, k):
        d = (t - T0) // DAY
        act = [i for i in range(len(nums)) if d in days[i]] or [0]
        i = int(rng.choice(act))
        long_call(ctx, nums[i], p, t, dur=(300, 1300), call_type="intl_in", gateway="IGW-WH-02")
        return nums[i]

    victims = ctx.pick_people(14, persona=[ELDER, FARMER], cities=[CITY[c] for c in ("ES", "HG", "XG", "JZ", "SY")])
    return victim_flow(ctx, g, sch, ft, victims, touch, mules.l1, days=list(range(4, 15)), tranches=(1, 2), mu=9.4,
                       sig=0.5, escalate=0.8, warn_p=0.35, report_p=0.55, channel="counter", gap_h=(1, 5),
                       pay_after=(1800, 5400))


def g03_tax_refund(ctx: Ctx, ring_unused, mules: MuleNet):
    """Fake year-end bonus / individual income-tax refund texts from an SMS SIM box in Xiaogan."""
    rng, pop, cells = ctx.rng, ctx.pop, ctx.cells
    g, sch, ft = "HB17-G03", "fake_tax_refund_sms", "other"
    den = cells.id[cells.pick(rng, CITY["XG"], "res")]
    ports = imeis(rng, 8, tac="86690103")
    ctx.truth("imei", ports, "simbox_device", g, sch, T0 + 2 * DAY)
    # 24 prepaid cards opened by a front on three IDs at a Xiaogan agent, all during the history days
    ids = ctx.ids(3)
    od = rng.integers(0, 3, 24)
    ot = T0 + od * DAY + 11 * 3600 + rng.integers(0, 3600, 24)
    sims, imsi = ctx.new_cards(24, id_keys=ids[np.arange(24) % 3], open_t=ot, channel="AGENT-XG-05",
                               open_cell=den, region="孝感")
    ctx.truth("id_key", ids, "gang_member", g, sch, T0)
    domains = ["etax-hb12366.cn.com", "hb-gsj-tuishui.top", "12366-bonus.vip"]
    for dm in domains:
        ctx.truth("domain", dm, "fraud_domain", g, sch, T0 + 2 * DAY)
    appname = "com.etax.refundhelper"
    ctx.truth("app", appname, "fraud_app", g, sch, T0 + 2 * DAY)
    texts = ["【个人所得税】您有一笔{y}年度年终奖个税退税{a}元待领取，请于{d}前登录 https://{u}/tz 办理，逾期作废。",
             "【湖北人社】您的{y}年度职工年终补贴{a}元已到账待领取，请登录 https://{u}/lq 完成认证。"]
    for i in range(24):
        start = int(od[i]) + 2 + (i // 8) * 3
        sd = [d for d in range(start, start + 3) if d < DAYS]
        ctx.truth("msisdn", sims[i], "fraud_sms_sender", g, sch, T0 + sd[0] * DAY if sd else T0)
        for d in sd:
            n = int(rng.poisson(380 * (0.4 if EVE <= d <= NEWYEAR else 1)))
            tms = T0 + d * DAY + rng.integers(9 * 3600, 21 * 3600, n)
            tg, _ = ctx.targets(n, own=0.6, persona=[OFFICE, WORKER, MIGRANT, SHOP, DRIVER])
            u = domains[(i + d) % 3]
            c = [texts[j].format(y=2027, a=int(rng.integers(1200, 4800)), d="1月28日", u=u)
                 for j in rng.integers(0, 2, n)]
            ctx.sms(sims[i], tg, tms, np.array(c, dtype=object), ports[i % 8], den)
        if sd:
            ctx.dev(sims[i], imsi[i], ports[i % 8], den, np.array([T0 + sd[0] * DAY + 8 * 3600]), "power_on")
    # clickers: many visit, a few install the app, some lose money
    clk = ctx.targets(220, own=1.0, persona=[OFFICE, WORKER, MIGRANT, SHOP, DRIVER])[1]
    tms = T0 + rng.integers(3, 14, len(clk)) * DAY + rng.integers(9 * 3600, 22 * 3600, len(clk))
    dm = np.array(domains, dtype=object)[rng.integers(0, 3, len(clk))]
    ctx.web(pop.msisdn[clk], tms, dm, np.array([f"https://{x}/tz" for x in dm], dtype=object), "103.97.128.44")

    def touch(p, t, k):
        u = domains[int(rng.integers(0, 3))]
        ctx.sms(sims[int(rng.integers(0, 24))], pop.msisdn[p], np.array([t - 3600]),
                f"【个人所得税】您有一笔2027年度年终奖个税退税{int(rng.integers(1500, 4000))}元待领取，请登录 https://{u}/tz 办理。",
                ports[0], den)
        ctx.web(pop.msisdn[p], np.array([t, t + 120, t + 400]), u, f"https://{u}/tz/bankcard", "103.97.128.44")
        if k == 0:
            ctx.app(pop.msisdn[p], np.array([t + 500]), appname, "install", f"https://{u}/download/etax.apk")
            ctx.app(pop.msisdn[p], np.array([t + 700]), appname, "use")
        return None

    victims = ctx.pick_people(18, persona=[OFFICE, WORKER, MIGRANT, SHOP, DRIVER])
    return victim_flow(ctx, g, sch, ft, victims, touch, mules.l1, days=list(range(4, 14)), tranches=(1, 3), mu=8.9,
                       sig=0.7, escalate=1.0, warn_p=0.15, report_p=0.45, channel="third_party", gap_h=(0.2, 2),
                       pay_after=(300, 1500))


def g04_red_envelope(ctx: Ctx, mules: MuleNet):
    """New-Year red-envelope phishing texts from cards carried around Wuhan, wildcard domain."""
    rng, pop, cells = ctx.rng, ctx.pop, ctx.cells
    g, sch, ft = "HB17-G04", "new_year_red_envelope_phishing", "other"
    base = "hongbao-2028.top"
    ctx.truth("domain", base, "fraud_domain", g, sch, T0 + 7 * DAY)
    subs = [f"{''.join(rng.choice(list('abcdefghjkmnpqrstuvwxyz23456789'), 4))}.{base}" for _ in range(24)]
    for s in subs:
        ctx.truth("domain", s, "fraud_domain", g, sch, T0 + 7 * DAY)
    ids = ctx.ids(10)
    ot = T0 + rng.integers(4, 7, 10) * DAY + rng.integers(10 * 3600, 18 * 3600, 10)
    sims, imsi = ctx.new_cards(10, id_keys=ids, open_t=ot, channel="AGENT-WH-HK-22",
                               open_cell=cells.id[cells.pick(rng, 0, "res")], region="武汉")
    ctx.truth("id_key", ids, "gang_member", g, sch, T0)
    phones = imeis(rng, 3)
    route = cells.pick(rng, 0, "any", 40)
    for i in range(10):
        ctx.truth("msisdn", sims[i], "fraud_sms_sender", g, sch, T0 + 8 * DAY)
        for d in range(8, 12):
            n = int(rng.poisson(280))
            tms = np.sort(T0 + d * DAY + rng.integers(17 * 3600, 24 * 3600 + 2 * 3600, n))
            tms = tms[tms < END]
            n = len(tms)
            cell = cells.id[route[((tms - T0) // 900 + i) % 40]]
            tg, _ = ctx.targets(n, own=0.6)
            sd = np.array(subs, dtype=object)[rng.integers(0, len(subs), n)]
            c = np.array([f"【微信红包】您的好友给您发了一个新春拜年红包¥88.88，点击领取 http://{x}/lq 24小时内未领取将退回"
                          for x in sd], dtype=object)
            ctx.sms(sims[i], tg, tms, c, phones[i % 3], cell)
            ctx.dev(sims[i], imsi[i], phones[i % 3], cell[::40], tms[::40], "location_update")
    clk = ctx.targets(300, own=1.0)[1]
    tms = T0 + rng.integers(8, 13, len(clk)) * DAY + rng.integers(18 * 3600, 23 * 3600, len(clk))
    sd = np.array(subs, dtype=object)[rng.integers(0, len(subs), len(clk))]
    ctx.web(pop.msisdn[clk], tms, sd, np.array([f"http://{x}/lq" for x in sd], dtype=object), "156.236.77.20")

    def touch(p, t, k):
        s = subs[int(rng.integers(0, len(subs)))]
        ctx.web(pop.msisdn[p], np.array([t, t + 90]), s, f"http://{s}/lq/card", "156.236.77.20")
        return None

    victims = ctx.pick_people(22)
    return victim_flow(ctx, g, sch, ft, victims, touch, mules.l1, days=[8, 9, 10, 11], tranches=(1, 2), mu=7.6,
                       sig=0.8, warn_p=0.1, report_p=0.35, channel="third_party", gap_h=(0.1, 1), pay_after=(200, 900))


def g05_romance(ctx: Ctx):
    """Romance-investment (杀猪盘): three chatters on aged cards with ordinary lives in Xiangyang, a gold app."""
    rng, pop = ctx.rng, ctx.pop
    g, sch, ft = "HB17-G05", "romance_investment", "investment"
    chat = ctx.pick_people(3, persona=[OFFICE, SHOP], cities=[CITY["XY"]])
    for c in chat:
        ctx.truth("msisdn", pop.msisdn[c], "fraud_caller", g, sch, T0)
        ctx.truth("id_key", pop.card_id[c], "gang_member", g, sch, T0)
    dom, appn = "hxgold-vip.com", "com.hxjj.gold"
    ctx.truth("domain", dom, "fraud_domain", g, sch, T0)
    ctx.truth("app", appn, "fraud_app", g, sch, T0)
    corp = ctx.accounts(6, id_keys=ctx.ids(6, "biz"), open_t=T0 - rng.integers(40, 300, 6) * DAY, bank="招商银行")
    for a in corp:
        ctx.truth("account", a, "mule_account", g, sch, T0)
    victims = ctx.pick_people(9, persona=[OFFICE, SHOP, WORKER, DRIVER])
    owner = {int(v): chat[i % 3] for i, v in enumerate(victims)}
    # weeks of chatting: evening calls and texts every day
    for v in victims:
        c = owner[int(v)]
        ds = np.arange(0, DAYS)
        k = rng.poisson(2.2, DAYS)
        tms = times_in(rng, ds, np.r_[np.zeros(19), [3, 5, 6, 5, 2]], k)
        res, dur, ring = ctx.outcome(len(tms), 0.9, 6.3, 0.6)
        flip = rng.random(len(tms)) < 0.3
        if (~flip).any():
            ctx.person_call(c, pop.msisdn[v], tms[~flip], v, res[~flip], dur[~flip], ring[~flip])
        if flip.any():
            ctx.person_call(v, pop.msisdn[c], tms[flip], c, res[flip], dur[flip], ring[flip])
        k = rng.poisson(5, DAYS)
        tms = times_in(rng, ds, np.r_[np.zeros(8), np.ones(16)], k)
        ctx.person_sms(c, pop.msisdn[v], tms, np.array(["早安，今天也要开心", "在忙吗？想你了", "老师今晚又发了个好点位",
                                                        "过年回家了吗", "我跟着老师做了三年了，很稳"], dtype=object)[
            rng.integers(0, 5, len(tms))])
        t = T0 + int(rng.integers(1, 5)) * DAY + 21 * 3600
        ctx.web(pop.msisdn[v], np.array([t, t + 50]), dom, f"https://{dom}/reg", "38.181.22.90")
        ctx.app(pop.msisdn[v], np.array([t + 300]), appn, "install", f"https://{dom}/app/hxjj.apk")
        ctx.app(pop.msisdn[v], t + 86400 * np.arange(1, DAYS - 6), appn, "use")

    def touch(p, t, k):
        c = owner[int(p)]
        long_call(ctx, pop.msisdn[c], p, t, dur=(1200, 3600), imei=pop.imei[c], imsi=pop.imsi[c],
                  cell=ctx.cells.id[pop.cell_at(np.array([c]), np.array([t]))[0]])
        return pop.msisdn[c]

    return victim_flow(ctx, g, sch, ft, victims, touch, corp, days=list(range(3, 9)), tranches=(3, 6), mu=9.0,
                       sig=0.4, escalate=1.6, warn_p=0.35, report_p=0.3, gap_h=(20, 50), pay_after=(1800, 7200))


def g06_voip_loan(ctx: Ctx, mules: MuleNet):
    """VoIP and rented fixed lines of a Wuhan 'information consulting' shell: loans, credit repair."""
    rng, pop, cells = ctx.rng, ctx.pop, ctx.cells
    g, sch, ft = "HB17-G06", "voip_loan_credit_repair", "loan"
    lic = ctx.ids(1, "lic")[0]
    ctx.truth("id_key", lic, "gang_member", g, sch, T0)
    voip = ctx.numbers.fixed("27", 10, lead=8)
    fixed = ctx.numbers.fixed("27", 3, lead=5)
    ot = T0 - rng.integers(12, 25) * DAY
    ctx.new_cards(10, id_keys=lic, open_t=ot, channel="AGENT-ENT-07", line_type="voip", customer_type="enterprise",
                  id_type="business_license", numbers=voip, prepaid=False, region="武汉")
    ctx.new_cards(3, id_keys=lic, open_t=ot + 3 * DAY, channel="AGENT-ENT-07", line_type="fixed",
                  customer_type="enterprise", id_type="business_license", numbers=fixed, prepaid=False, region="武汉",
                  open_cell=cells.id[cells.pick(rng, 0, "biz")])
    lines = np.concatenate([voip, fixed])
    for x in lines:
        ctx.truth("msisdn", x, "fixed_voip_line", g, sch, T0)
    wd = [d for d in range(DAYS) if not (EVE <= d <= NEWYEAR + 3)]
    tgt = dict(own=0.6, persona=[WORKER, MIGRANT, DRIVER, SHOP, FARMER])
    stranger_calls(ctx, lines[:10], [wd] * 10, 210, ans_p=0.25, mu=3.0, sig=0.8, tgt=tgt, call_type="voip",
                   gateway="SIPGW-WH-03", hours=np.r_[np.zeros(9), [5, 6, 6, 2, 3, 6, 6, 5, 1], np.zeros(6)])
    stranger_calls(ctx, lines[10:], [wd] * 3, 120, ans_p=0.28, mu=3.2, sig=0.8, tgt=tgt, call_type="fixed",
                   hours=np.r_[np.zeros(9), [5, 6, 6, 2, 3, 6, 6, 5, 1], np.zeros(6)])

    def touch(p, t, k):
        x = lines[int(rng.integers(0, 13))]
        long_call(ctx, x, p, t, dur=(400, 1500), call_type="voip" if x in voip else "fixed",
                  gateway="SIPGW-WH-03" if x in voip else None)
        if k == 0:
            ctx.sms("1069055866", pop.msisdn[p], np.array([t + 1800]),
                    "【惠民贷】尊敬的客户，您申请的50000元贷款已审批，因银行卡号填写错误资金被冻结，请缴纳解冻金后放款。")
        return x

    victims = ctx.pick_people(14, persona=[WORKER, MIGRANT, DRIVER, SHOP, FARMER])
    return victim_flow(ctx, g, sch, ft, victims, touch, mules.l1, days=[d for d in wd if d < 15], tranches=(2, 5),
                       mu=7.8, sig=0.5, escalate=1.4, warn_p=0.3, report_p=0.4, gap_h=(1, 20))


def g07_police_myanmar(ctx: Ctx, ring: CardRing, mules: MuleNet):
    """冒充公检法 from Myawaddy on Hubei cards carried abroad; victims install a 'security' meeting app."""
    rng, pop = ctx.rng, ctx.pop
    g, sch, ft = "HB17-G07", "impersonate_police_roaming_myanmar", "impersonate_police"
    idx = ring.take(20, T0 + 3 * DAY)
    sims, imsi = ring.msisdn[idx], ring.imsi[idx]
    phones = imeis(rng, 20)
    days = []
    for i in range(len(sims)):
        d = max(3, int((ring.sale_t[idx[i]] - T0) // DAY) + 2)
        d = max(d, int(rng.integers(3, 12)))
        days.append(list(range(d, min(DAYS, d + int(rng.integers(3, 7))))))
        ctx.truth("msisdn", sims[i], "fraud_caller", g, sch, T0 + days[-1][0] * DAY)
        ctx.dev(sims[i], imsi[i], phones[i], None, np.array([T0 + days[-1][0] * DAY + 8 * 3600]), "attach", roaming="MM")
    ctx.truth("imei", phones, "gang_member", g, sch, T0 + 3 * DAY)
    tgt = dict(own=0.7, persona=[OFFICE, ELDER, SHOP, WORKER])
    stranger_calls(ctx, sims, days, 45, ans_p=0.38, mu=3.5, sig=0.9, tgt=tgt, imei=phones, imsi=imsi,
                   call_type="mobile", roaming="MM", holiday_low=0.6)
    dom, appn = "gaj-anquan.com", "com.anquan.meeting"
    ctx.truth("domain", dom, "fraud_domain", g, sch, T0 + 3 * DAY)
    ctx.truth("app", appn, "fraud_app", g, sch, T0 + 3 * DAY)

    def touch(p, t, k):
        d = (t - T0) // DAY
        act = [i for i in range(len(sims)) if d in days[i]] or [0]
        i = int(rng.choice(act))
        long_call(ctx, sims[i], p, t, dur=(1500, 4800), imei=phones[i], imsi=imsi[i], roaming="MM",
                  media="video" if k == 0 else "voice")
        if k == 0:
            ctx.web(pop.msisdn[p], np.array([t + 900]), dom, f"https://{dom}/app.apk", "43.229.152.7")
            ctx.app(pop.msisdn[p], np.array([t + 1000]), appn, "install", f"https://{dom}/app.apk")
        ctx.app(pop.msisdn[p], np.array([t + 1200]), appn, "use")
        return sims[i]

    victims = ctx.pick_people(10, persona=[OFFICE, ELDER, SHOP])
    return victim_flow(ctx, g, sch, ft, victims, touch, mules.l1, days=list(range(5, 15)), tranches=(2, 4), mu=10.2,
                       sig=0.6, escalate=1.3, warn_p=0.4, report_p=0.5, gap_h=(2, 26), pay_after=(2400, 6000))


def g08_faceswap(ctx: Ctx):
    """AI face-swap video calls from sleeper cards: a 'boss' asks Optics Valley finance staff to pay a supplier."""
    rng, pop, cells = ctx.rng, ctx.pop, ctx.cells
    g, sch, ft = "HB17-G08", "ai_faceswap_video_boss", "acquaintance"
    ids = ctx.ids(6)
    ot = T0 - rng.integers(60, 95, 6) * DAY + 15 * 3600
    sims, imsi = ctx.new_cards(6, id_keys=ids, open_t=ot, channel="AGENT-JZ-02", region="荆州",
                               open_cell=cells.id[cells.pick(rng, CITY["JZ"], "res")])
    phone = imeis(rng, 6)
    ctx.truth("id_key", ids, "gang_member", g, sch, T0)
    hideout = cells.id[cells.pick(rng, 0, "res")]
    for i in range(6):
        ctx.truth("msisdn", sims[i], "fraud_caller", g, sch, T0 + 11 * DAY)
        ctx.dev(sims[i], imsi[i], phone[i], hideout, np.array([T0 + int(rng.integers(0, 5)) * DAY + 3 * 3600]),
                "data_session", nbytes=np.array([int(rng.integers(2000, 40000))]))
        ctx.dev(sims[i], imsi[i], phone[i], hideout, np.array([T0 + 11 * DAY + 8 * 3600]), "power_on")
        reg = T0 + 10 * DAY + int(rng.integers(3600, 60000))
        ctx.t.add("internet_accounts", platform="wechat", account=f"wechat_{rng.integers(0, 2**46):012x}",
                  msisdn=sims[i], register_time=reg, status="active")
    corp = ctx.accounts(4, id_keys=ctx.ids(4, "biz"), open_t=T0 - 30 * DAY, bank="建设银行")
    for a in corp:
        ctx.truth("account", a, "mule_account", g, sch, T0 + 11 * DAY)
    office = ctx.targets(120, own=1.0, persona=[OFFICE], cities=[0])
    tms = T0 + rng.integers(11, DAYS, 120) * DAY + rng.integers(9 * 3600, 18 * 3600, 120)
    res, dur, ring = ctx.outcome(120, 0.4, 3.4, 0.6)
    ctx.call(sims[rng.integers(0, 6, 120)], office[0], tms, office[1], result=res, dur=dur, ring=ring,
             imei=phone[rng.integers(0, 6, 120)], cell=hideout, media="video")

    def touch(p, t, k):
        i = int(rng.integers(0, 6))
        long_call(ctx, sims[i], p, t, dur=(25, 75), imei=phone[i], imsi=imsi[i], cell=hideout, media="video")
        ctx.sms(sims[i], pop.msisdn[p], np.array([t + 120]), "视频信号不好，我在开会，先把货款转到这个对公账户，回头补手续",
                phone[i], hideout)
        return sims[i]

    victims = ctx.pick_people(7, persona=[OFFICE], cities=[0])
    return victim_flow(ctx, g, sch, ft, victims, touch, corp, days=list(range(12, 16)), tranches=(1, 2), mu=11.0,
                       sig=0.5, warn_p=0.2, report_p=0.6, gap_h=(1, 4), pay_after=(300, 1500))


def g11_part_time(ctx: Ctx, mules: MuleNet):
    """刷单返利 'likes for cash' jobs for students home on break: texts, QQ/Douyin accounts, a task app."""
    rng, pop = ctx.rng, ctx.pop
    g, sch, ft = "HB17-G11", "part_time_like_rebate_students", "part_time_job"
    ids = ctx.ids(4)
    ot = T0 + rng.integers(0, 3, 8) * DAY + 12 * 3600
    sims, imsi = ctx.new_cards(8, id_keys=ids[np.arange(8) % 4], open_t=ot, channel="AGENT-JZ-09", region="荆州",
                               open_cell=ctx.cells.id[ctx.cells.pick(rng, CITY["JZ"], "res")])
    ctx.truth("id_key", ids, "gang_member", g, sch, T0)
    phone = imeis(rng, 2)
    cell = ctx.cells.id[ctx.cells.pick(rng, CITY["JZ"], "res")]
    dom, appn = "dz-job.cc", "com.dianzan.job"
    ctx.truth("domain", dom, "fraud_domain", g, sch, T0 + 3 * DAY)
    ctx.truth("app", appn, "fraud_app", g, sch, T0 + 3 * DAY)
    for i in range(8):
        ctx.truth("msisdn", sims[i], "fraud_sms_sender", g, sch, T0 + 3 * DAY)
        for plat in ("qq", "douyin"):
            ctx.t.add("internet_accounts", platform=plat, account=f"{plat}_{rng.integers(0, 2**46):012x}",
                      msisdn=sims[i], register_time=int(ot[i]) + 7200, status="active")
        ds = np.arange(3, DAYS)
        k = rng.poisson(170, len(ds))
        tms = times_in(rng, ds, np.r_[np.zeros(9), np.ones(14), [0.5]], k)
        tg, _ = ctx.targets(len(tms), own=0.7, persona=[STUDENT, TEEN])
        ctx.sms(sims[i], tg, tms, f"寒假在家动动手指日赚300，抖音点赞关注即可，下载 https://{dom}/app 注册领新人红包，QQ:{rng.integers(1e8, 1e9)}",
                phone[i % 2], cell)
    sidekick = ctx.accounts(2, id_keys=ids[:2], open_t=T0 - 100 * DAY)
    for a in sidekick:
        ctx.truth("account", a, "mule_account", g, sch, T0)

    def touch(p, t, k):
        ctx.web(pop.msisdn[p], np.array([t]), dom, f"https://{dom}/task", "27.124.40.9")
        if k == 0:
            ctx.app(pop.msisdn[p], np.array([t + 120]), appn, "install", f"https://{dom}/app")
            ctx.tx(sidekick[0], pop.acct[p], np.array([t - 3600]), np.array([float(rng.choice([12, 18, 30]))]),
                   "third_party")  # the hook: a first small rebate really paid
        ctx.app(pop.msisdn[p], np.array([t + 300]), appn, "use")
        return sims[int(rng.integers(0, 8))]

    victims = ctx.pick_people(14, persona=[STUDENT])
    return victim_flow(ctx, g, sch, ft, victims, touch, np.concatenate([sidekick, mules.l1[:6]]),
                       days=list(range(4, 15)), tranches=(2, 5), mu=6.0, sig=0.4, escalate=2.2, warn_p=0.25,
                       report_p=0.35, channel="third_party", gap_h=(0.3, 6), pay_after=(300, 1800))


def g12_sleepers(ctx: Ctx, mules: MuleNet):
    """养卡: cards opened on Xiaogan elderly people's IDs, kept alive in a phone farm, woken in the window for
    'courier lost your parcel, we compensate' (快递理赔) calls from Hanyang."""
    rng, pop, cells = ctx.rng, ctx.pop, ctx.cells
    g, sch, ft = "HB17-G12", "sleeper_cards_courier_claim", "customer_service"
    elders = ctx.pick_people(10, persona=[ELDER], cities=[CITY["XG"]], pool=np.flatnonzero(pop.persona == ELDER))
    owner = np.repeat(elders, 2)
    ot = T0 - rng.integers(40, 120, 20) * DAY + 10 * 3600
    farm = cells.id[cells.pick(rng, CITY["XG"], "village")]
    sims, imsi = ctx.new_cards(20, id_keys=pop.card_id[owner], open_t=ot, channel="AGENT-XG-VIL-03", open_cell=farm,
                               region="孝感")
    keeper = ctx.pick_people(1, persona=[FARMER, SHOP], cities=[CITY["XG"]])[0]
    ctx.truth("msisdn", pop.msisdn[keeper], "gang_member", g, sch, T0)
    ctx.truth("id_key", pop.card_id[keeper], "gang_member", g, sch, T0)
    farm_ph = imeis(rng, 3)
    for i in range(20):
        # a few bytes a week to keep the card alive
        tt = T0 + np.arange(int(rng.integers(0, 5)), HISTORY, 5) * DAY + 10 * 3600 + int(rng.integers(0, 7200))
        ctx.dev(sims[i], imsi[i], farm_ph[i % 3], farm, tt, "data_session",
                nbytes=rng.integers(1000, 30000, len(tt)))
    hanyang = cells.id[cells.pick(rng, 0, "res")]
    ph = imeis(rng, 5)
    days = [list(range(10 + i % 4, DAYS)) for i in range(20)]
    for i in range(20):
        ctx.truth("msisdn", sims[i], "fraud_caller", g, sch, T0 + days[i][0] * DAY)
        ctx.dev(sims[i], imsi[i], ph[i % 5], hanyang, np.array([T0 + days[i][0] * DAY + 8 * 3600]), "attach")
    ctx.truth("imei", ph, "gang_member", g, sch, T0 + 10 * DAY)
    tgt = dict(own=0.6)
    stranger_calls(ctx, sims, days, 70, ans_p=0.32, mu=3.4, sig=0.9, tgt=tgt, cell=hanyang,
                   imei=[ph[i % 5] for i in range(20)], imsi=imsi, holiday_low=0.8)

    def touch(p, t, k):
        i = int(rng.integers(0, 20))
        long_call(ctx, sims[i], p, t, dur=(700, 2000), imei=ph[i % 5], imsi=imsi[i], cell=hanyang)
        return sims[i]

    victims = ctx.pick_people(11, persona=[OFFICE, SHOP, WORKER, DRIVER, MIGRANT])
    return victim_flow(ctx, g, sch, ft, victims, touch, mules.l1, days=list(range(11, 16)), tranches=(1, 3), mu=8.5,
                       sig=0.6, escalate=1.3, warn_p=0.3, report_p=0.35, gap_h=(0.5, 8))


def g13_ticket_grab(ctx: Ctx):
    """抢票加速 ticket-grabbing 'service': short-video accounts on bought cards, a fake accelerator app,
    a deposit then a 'refund' fee."""
    rng, pop = ctx.rng, ctx.pop
    g, sch, ft = "HB17-G13", "fake_ticket_grabbing_service", "other"
    ids = ctx.ids(5)
    ot = T0 - rng.integers(2, 10, 5) * DAY + 13 * 3600
    sims, imsi = ctx.new_cards(5, id_keys=ids, open_t=ot, channel="AGENT-SY-04", region="十堰")
    ctx.truth("id_key", ids, "gang_member", g, sch, T0)
    phone = imeis(rng, 5)
    cell = ctx.cells.id[ctx.cells.pick(rng, CITY["SY"], "res")]
    dom, appn = "12306-qiangpiao.vip", "com.qp.ticketvip"
    ctx.truth("domain", dom, "fraud_domain", g, sch, T0)
    ctx.truth("app", appn, "fraud_app", g, sch, T0)
    acc = ctx.accounts(3, id_keys=ids[:3], bound=sims[:3], open_t=ot[:3] + DAY)
    for a in acc:
        ctx.truth("account", a, "mule_account", g, sch, T0)
    for i in range(5):
        ctx.truth("msisdn", sims[i], "fraud_caller", g, sch, T0)
        for plat in ("douyin", "wechat", "kuaishou"):
            ctx.t.add("internet_accounts", platform=plat, account=f"{plat}_{rng.integers(0, 2**46):012x}",
                      msisdn=sims[i], register_time=int(ot[i]) + 3600 * (1 + ("douyin", "wechat", "kuaishou").index(plat)),
                      status="active")
        k = rng.poisson(4, 10)
        tms = times_in(rng, np.arange(0, 10), GANG_HOURS, k)
        ctx.dev(sims[i], imsi[i], phone[i], cell, tms, "data_session", nbytes=rng.integers(10**6, 10**8, len(tms)))
    # buyers ring the 'service' back; the gang calls to ask for the refund fee
    users = ctx.targets(160, own=1.0, persona=[STUDENT, MIGRANT, WORKER])[1]
    tms = T0 + rng.integers(0, 9, 160) * DAY + rng.integers(9 * 3600, 23 * 3600, 160)
    ctx.web(pop.msisdn[users], tms, dom, f"https://{dom}/vip", "154.91.65.30")

    def touch(p, t, k):
        i = int(rng.integers(0, 5))
        if k == 0:
            ctx.web(pop.msisdn[p], np.array([t - 600]), dom, f"https://{dom}/vip/pay", "154.91.65.30")
            ctx.app(pop.msisdn[p], np.array([t - 300]), appn, "install", f"https://{dom}/dl/qp.apk")
            res, dur, ring = ctx.outcome(1, 1.0, 4.5, 0.4)
            ctx.person_call(p, sims[i], np.array([t]), -1, res, dur, ring)
        else:
            long_call(ctx, sims[i], p, t, dur=(200, 700), imei=phone[i], imsi=imsi[i], cell=cell)
        return sims[i]

    victims = ctx.pick_people(24, persona=[STUDENT, MIGRANT, WORKER])
    return victim_flow(ctx, g, sch, ft, victims, touch, acc, days=list(range(0, 8)) + [12, 13, 14], tranches=(1, 3),
                       mu=5.8, sig=0.6, escalate=2.0, warn_p=0.1, report_p=0.25, channel="third_party", gap_h=(2, 30),
                       pay_after=(60, 900))


def run_gangs(ctx: Ctx):
    ring = CardRing(ctx, 88)
    mules = MuleNet(ctx, ring)
    inflows = []
    inflows += g01_goip(ctx, ring, mules)
    inflows += g02_accident(ctx, mules)
    inflows += g03_tax_refund(ctx, ring, mules)
    inflows += g04_red_envelope(ctx, mules)
    g05_romance(ctx)
    inflows += g06_voip_loan(ctx, mules)
    inflows += g07_police_myanmar(ctx, ring, mules)
    g08_faceswap(ctx)
    inflows += g11_part_time(ctx, mules)
    inflows += g12_sleepers(ctx, mules)
    g13_ticket_grab(ctx)
    mules.layer(inflows)
    # sold cards not yet put to use: silent in the buyers' drawer
    for i in np.flatnonzero(~ring.taken):
        ctx.truth("msisdn", ring.msisdn[i], "card_seller", "HB17-G09", "sold_card_not_yet_used", int(ring.sale_t[i]))
    # cards of the ring never put to use stay silent in a drawer (sold, not yet used)
    # lists: numbers reported in earlier weeks are blocked; watched overseas ranges
    return ring, mules
