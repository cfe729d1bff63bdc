"""Innocent people and organisations whose Spring Festival behaviour resembles fraud (truth role
``lookalike:<kind>``). Each kind is a few entities built from a handful of behaviours (bulk calls with
customers who call back, bulk texts, money in or out from many, new cards, shared handsets, roaming)."""

from __future__ import annotations

import numpy as np
from actors import Ctx, poisson_times, times_in
from life import DRIVER, ELDER, FARMER, MIGRANT, OFFICE, SHOP, STUDENT, TEEN, WORKER
from world import CITIES, DAY, DAYS, EVE, NEWYEAR, NORMAL_HOURS, T0, imeis

ALL = list(range(DAYS))
PRE = list(range(0, 9))
HOL = list(range(EVE, NEWYEAR + 6))
BIZ = np.r_[np.zeros(8), [2, 5, 6, 5, 2, 3, 5, 6, 5, 3, 1], np.zeros(5)]
EVEN = np.r_[np.zeros(8), np.ones(6), 2 * np.ones(8), [1, 0.3]]
KINDS: list[str] = []


class Ent:
    """A look-alike's numbers: population people (own phones, normal lives) or new lines."""

    def __init__(self, ctx: Ctx, msisdn, imei=None, imsi=None, person=None, cell=None, roaming=None):
        self.ctx, self.msisdn, self.imei, self.imsi, self.person, self.cell, self.roaming = (
            ctx, msisdn, imei, imsi, person, cell, roaming)

    def __len__(self):
        return len(self.msisdn)

    def cells(self, i, t):
        if self.person is not None:
            return self.ctx.cells.id[self.ctx.pop.cell_at(np.full(len(t), self.person[i]), t)]
        if self.cell is None:
            return None
        return self.cell[i] if isinstance(self.cell, np.ndarray) else self.cell


def people(ctx: Ctx, kind, n, persona=None, cities=None, village=None, label_account=False):
    p = ctx.pick_people(n, persona=persona, cities=cities, village=village)
    pop = ctx.pop
    ctx.truth("msisdn", pop.msisdn[p], f"lookalike:{kind}")
    if label_account:
        ctx.truth("account", pop.acct[p], f"lookalike:{kind}")
    KINDS.append(kind)
    return Ent(ctx, pop.msisdn[p], pop.imei[p], pop.imsi[p], person=p)


def lines(ctx: Ctx, kind, n, *, line_type="mobile", city=0, open_days=(-900, -60), enterprise=False, prepaid=False,
          channel="STORE-WH-001", same_id=False, cell_kind="biz", area="27", lead=None):
    rng = ctx.rng
    ids = ctx.ids(1 if same_id else n, "lic" if enterprise else "idk")
    ot = T0 + rng.integers(open_days[0], open_days[1], n) * DAY + rng.integers(9 * 3600, 17 * 3600, n)
    nums = ctx.numbers.fixed(area, n, lead=lead) if line_type in ("fixed", "voip") else None
    cell = ctx.cells.id[ctx.cells.pick(rng, city, cell_kind, n)]
    m, imsi = ctx.new_cards(n, id_keys=ids[np.arange(n) % len(ids)], open_t=ot, channel=channel, open_cell=cell,
                            prepaid=prepaid, line_type=line_type, customer_type="enterprise" if enterprise else "personal",
                            id_type="business_license" if enterprise else "resident_id", numbers=nums,
                            region=CITIES[city][1])
    ctx.truth("msisdn", m, f"lookalike:{kind}")
    KINDS.append(kind)
    imei = imeis(rng, n) if line_type in ("mobile", "iot") else None
    e = Ent(ctx, m, imei, imsi if line_type in ("mobile", "iot") else None, cell=cell)
    e.open_t = ot
    if imei is not None:
        ctx.dev(m, imsi, imei, cell, ot + 600, "attach")
    return e


def calls(ctx: Ctx, e: Ent, per_day, days=ALL, *, ans_p=0.7, mu=4.2, sig=0.8, tgt=None, hours=BIZ, call_type=None,
          media="voice", gateway=None, repeat=0.6, back=0.25, pool_mult=6, roaming=None):
    """Outgoing calls to a customer pool (repeat share) and strangers; customers call back (back share)."""
    rng = ctx.rng
    tgt = tgt or {}
    for i in range(len(e)):
        tms = poisson_times(rng, days, per_day, hours, e.open_t[i] if hasattr(e, "open_t") else None)
        n = len(tms)
        if n == 0:
            continue
        pool_n, pool_p = ctx.targets(max(10, int(per_day * pool_mult)), **tgt)
        j = rng.integers(0, len(pool_n), n)
        new_n, new_p = ctx.targets(n, **tgt)
        rep = rng.random(n) < repeat
        callee = np.where(rep, pool_n[j], new_n)
        cp = np.where(rep, pool_p[j], new_p)
        res, dur, ring = ctx.outcome(n, ans_p, mu, sig)
        ct = call_type or ("mobile" if e.imei is not None else "fixed")
        ctx.call(e.msisdn[i], callee, tms, cp, result=res, dur=dur, ring=ring,
                 imei=e.imei[i] if e.imei is not None else None, imsi=e.imsi[i] if e.imsi is not None else None,
                 cell=e.cells(i, tms), call_type=ct, media=media, gateway=gateway, roaming=roaming or e.roaming)
        # customers ring back
        b = rng.random(n) < back
        if b.any():
            tb = tms[b] + rng.integers(300, 20000, b.sum())
            tb = np.minimum(tb, T0 + DAYS * DAY - 10)
            res, dur, ring = ctx.outcome(int(b.sum()), 0.85, mu, sig)
            callers = callee[b]
            cps = cp[b]
            ours = cps >= 0
            pop = ctx.pop
            if ours.any():
                ctx.person_call(cps[ours], e.msisdn[i], tb[ours], -1, res[ours], dur[ours], ring[ours])
            if (~ours).any():
                ctx.call(callers[~ours], e.msisdn[i], tb[~ours], -1, result=res[~ours], dur=dur[~ours],
                         ring=ring[~ours], call_type="mobile")
            del pop


def texts(ctx: Ctx, e: Ent, per_day, days, content, *, tgt=None, hours=BIZ, pool=True):
    rng = ctx.rng
    tgt = tgt or {}
    for i in range(len(e)):
        tms = poisson_times(rng, days, per_day, hours, e.open_t[i] if hasattr(e, "open_t") else None)
        n = len(tms)
        if n == 0:
            continue
        if pool:  # the same contact list each day
            pn, _ = ctx.targets(max(20, int(per_day * 1.3)), **tgt)
            recv = pn[rng.integers(0, len(pn), n)]
        else:
            recv, _ = ctx.targets(n, **tgt)
        c = content if isinstance(content, str) else np.array(content, dtype=object)[rng.integers(0, len(content), n)]
        ctx.sms(e.msisdn[i], recv, tms, c, e.imei[i] if e.imei is not None else None, e.cells(i, tms),
                roaming=e.roaming)


def money_in(ctx: Ctx, accounts, per_day, days, mu, sig, *, hours=NORMAL_HOURS, channel="third_party", payers=None):
    rng, pop = ctx.rng, ctx.pop
    for a in accounts:
        tms = poisson_times(rng, days, per_day, hours)
        n = len(tms)
        src = ctx.adults if payers is None else payers
        p = rng.choice(src, n)
        ctx.tx(pop.acct[p], a, tms, np.round(rng.lognormal(mu, sig, n), 1), channel, pop.msisdn[p])


def money_out(ctx: Ctx, account, msisdn, per_day, days, mu, sig, *, hours=NORMAL_HOURS, channel="mobile_app",
              payees=None, fixed=None):
    rng, pop = ctx.rng, ctx.pop
    tms = poisson_times(rng, days, per_day, hours)
    n = len(tms)
    p = rng.choice(ctx.adults if payees is None else payees, n)
    amt = rng.choice(fixed, n) if fixed is not None else np.round(rng.lognormal(mu, sig, n), 0)
    ctx.tx(account, pop.acct[p], tms, amt, channel, msisdn)


def biz_accounts(ctx: Ctx, kind, n, bound=None):
    a = ctx.accounts(n, id_keys=ctx.ids(n, "biz"), bound=bound, open_t=T0 - 500 * DAY)
    ctx.truth("account", a, f"lookalike:{kind}")
    return a


def run_lookalikes(ctx: Ctx):
    rng, pop = ctx.rng, ctx.pop
    WH, YC, XY, JZ, SY, HG, XG, ES, XT = 0, 1, 2, 3, 4, 5, 6, 7, 11
    cust = dict(own=0.65)
    # ---------------------------------------------------------------- people who ring many strangers
    e = people(ctx, "courier_rider", 6, [DRIVER, WORKER])
    calls(ctx, e, 55, PRE + list(range(13, DAYS)), ans_p=0.8, mu=3.0, sig=0.6, tgt=cust, repeat=0.2, back=0.2)
    texts(ctx, e, 15, PRE, "快递到了，放菜鸟驿站了，记得取", pool=False)
    e = people(ctx, "food_delivery_rider", 6, [DRIVER, WORKER, MIGRANT], cities=[WH])
    calls(ctx, e, 30, ALL, ans_p=0.85, mu=2.8, sig=0.5, tgt=cust, repeat=0.1, back=0.15,
          hours=np.r_[np.zeros(10), [3, 6, 4, 1, 1, 2, 3, 6, 5, 3, 2, 1], [0, 0]])
    e = people(ctx, "ride_hailing_driver", 6, [DRIVER], cities=[WH, YC, XY])
    calls(ctx, e, 22, ALL, ans_p=0.8, mu=3.0, sig=0.5, tgt=dict(own=0.5), repeat=0.05, back=0.3, hours=NORMAL_HOURS)
    e = people(ctx, "spring_charter_bus_organizer", 3, [DRIVER, SHOP, MIGRANT])
    calls(ctx, e, 45, PRE + [13, 14, 15], ans_p=0.7, mu=4.0, sig=0.7, tgt=dict(own=0.5, persona=[MIGRANT, WORKER]),
          repeat=0.6, back=0.45)
    texts(ctx, e, 40, PRE, "【春运包车】东莞-黄冈-孝感 1月18/20/22日发车，到家门口，每人380，订座回电本号")
    e = people(ctx, "real_estate_agent", 5, [OFFICE], cities=[WH, XY, YC])
    calls(ctx, e, 70, [d for d in ALL if d not in HOL], ans_p=0.35, mu=3.4, sig=0.8, tgt=cust, repeat=0.3, back=0.1)
    e = people(ctx, "car_dealer_sales", 3, [OFFICE, SHOP])
    calls(ctx, e, 40, PRE + [14, 15, 16], ans_p=0.45, mu=3.8, sig=0.7, tgt=cust, repeat=0.5, back=0.2)
    e = people(ctx, "village_official_notifier", 5, [FARMER, SHOP], cities=[ES, HG, XG], village=True)
    for i, p in enumerate(e.person):
        tg = dict(own=0.95, cities=[int(pop.city[p])], village=True)
        calls(ctx, Ent(ctx, e.msisdn[i:i + 1], e.imei[i:i + 1], e.imsi[i:i + 1], person=e.person[i:i + 1]), 45,
              list(range(3, 12)), ans_p=0.7, mu=3.7, sig=0.6, tgt=tg, repeat=0.2, back=0.3)
        texts(ctx, Ent(ctx, e.msisdn[i:i + 1], e.imei[i:i + 1], person=e.person[i:i + 1]), 60, [6, 8],
              "【村委会】返乡人员请到村委会登记；春节期间严禁燃放孔明灯；接到自称亲属出事要汇款的电话先核实，谨防诈骗。",
              tgt=tg, pool=False)
    e = people(ctx, "community_grid_worker", 5, [OFFICE], cities=[WH, XG, JZ])
    calls(ctx, e, 50, list(range(2, 12)), ans_p=0.7, mu=3.9, sig=0.6, tgt=dict(own=0.8, persona=[MIGRANT, STUDENT]),
          repeat=0.2, back=0.3)
    e = people(ctx, "school_teacher_parents", 4, [OFFICE])
    calls(ctx, e, 25, [0, 1, 2], ans_p=0.8, mu=4.6, sig=0.6, tgt=dict(own=0.7), repeat=0.6, back=0.4)
    texts(ctx, e, 45, [1, 2], "【班主任】寒假安全告知：远离冰面，注意交通和燃放安全，寒假作业2月20日前交，收到请回复。")
    e = people(ctx, "recruitment_agency_postfestival", 4, [OFFICE, SHOP], cities=[WH, XG, HG])
    calls(ctx, e, 60, list(range(11, DAYS)), ans_p=0.5, mu=4.2, sig=0.7, tgt=dict(own=0.7, persona=[MIGRANT, WORKER]),
          repeat=0.3, back=0.35)
    texts(ctx, e, 80, list(range(11, DAYS)), "【劳务】节后返岗：东莞电子厂招普工，月薪6000-8000，包吃住，初八包车接送，报名回电。",
          tgt=dict(own=0.7, persona=[MIGRANT, WORKER]), pool=False)
    e = people(ctx, "matchmaker_new_year_blind_dates", 4, [SHOP, FARMER, ELDER], cities=[HG, XG, ES, XY])
    calls(ctx, e, 25, HOL, ans_p=0.7, mu=5.0, sig=0.8, tgt=dict(own=0.8), repeat=0.7, back=0.4, hours=EVEN)
    e = people(ctx, "hotel_front_desk", 3, [OFFICE, WORKER], cities=[WH, ES, YC])
    calls(ctx, e, 30, ALL, ans_p=0.75, mu=3.5, sig=0.6, tgt=dict(own=0.5), repeat=0.1, back=0.4, hours=NORMAL_HOURS)
    e = people(ctx, "insurance_agent_new_year_visits", 4, [OFFICE, SHOP])
    calls(ctx, e, 35, ALL, ans_p=0.55, mu=4.4, sig=0.7, tgt=cust, repeat=0.7, back=0.2)
    e = people(ctx, "stock_broker_account_manager", 3, [OFFICE], cities=[WH])
    calls(ctx, e, 40, [d for d in ALL if d not in HOL], ans_p=0.55, mu=4.8, sig=0.8, tgt=cust, repeat=0.8, back=0.3)
    texts(ctx, e, 30, [d for d in ALL if d not in HOL], "【XX证券】节前市场展望：关注消费与出行板块，股市有风险，投资需谨慎。")
    # ---------------------------------------------------------------- organisations on fixed and VoIP lines
    e = lines(ctx, "bank_credit_card_callcentre", 8, line_type="fixed", enterprise=True, same_id=True, lead=8)
    calls(ctx, e, 140, [d for d in ALL if d not in HOL], ans_p=0.4, mu=4.0, sig=0.7, tgt=dict(own=0.6), repeat=0.3,
          back=0.1)
    e = lines(ctx, "licensed_debt_collector", 8, line_type="voip", enterprise=True, same_id=True, lead=8)
    calls(ctx, e, 120, [d for d in ALL if d not in HOL], ans_p=0.3, mu=4.3, sig=0.8, tgt=dict(own=0.6), repeat=0.7,
          back=0.08, gateway="SIPGW-WH-11", call_type="voip")
    e = lines(ctx, "consented_insurance_telemarketing", 10, line_type="voip", enterprise=True, same_id=True, lead=8)
    calls(ctx, e, 160, [d for d in ALL if d not in HOL], ans_p=0.33, mu=3.8, sig=0.8, tgt=dict(own=0.6), repeat=0.2,
          back=0.05, gateway="SIPGW-WH-07", call_type="voip")
    e = lines(ctx, "hospital_followup_nurses", 4, line_type="fixed", enterprise=True, same_id=True, lead=6)
    calls(ctx, e, 45, ALL, ans_p=0.75, mu=4.4, sig=0.6, tgt=dict(own=0.7, persona=[ELDER, FARMER, OFFICE]),
          repeat=0.2, back=0.3)
    e = lines(ctx, "express_company_claims_desk", 5, line_type="fixed", enterprise=True, same_id=True, lead=8)
    calls(ctx, e, 80, ALL, ans_p=0.6, mu=4.2, sig=0.7, tgt=dict(own=0.6), repeat=0.1, back=0.3)
    e = lines(ctx, "railway_rebooking_notices", 4, line_type="voip", enterprise=True, same_id=True, lead=9,
              city=WH)
    calls(ctx, e, 180, [4, 5, 6, 13, 14], ans_p=0.55, mu=3.3, sig=0.6, tgt=dict(own=0.6, persona=[STUDENT, MIGRANT,
                                                                                                 OFFICE]),
          repeat=0.0, back=0.1, gateway="SIPGW-WH-01", call_type="voip")
    e = lines(ctx, "operator_retention_outbound", 6, line_type="fixed", enterprise=True, same_id=True, lead=8)
    calls(ctx, e, 120, [d for d in ALL if d not in HOL], ans_p=0.45, mu=4.0, sig=0.6, tgt=dict(own=1.0), repeat=0.0,
          back=0.03)
    e = lines(ctx, "police_station_prevention_calls", 4, line_type="fixed", enterprise=True, same_id=True, lead=8)
    calls(ctx, e, 60, ALL, ans_p=0.6, mu=4.5, sig=0.5, tgt=dict(own=0.9, persona=[ELDER, STUDENT, MIGRANT]),
          repeat=0.0, back=0.1)
    e = lines(ctx, "new_year_dinner_restaurant", 4, line_type="fixed", enterprise=True, lead=8, city=WH)
    calls(ctx, e, 25, PRE + [EVE], ans_p=0.8, mu=3.9, sig=0.6, tgt=dict(own=0.6), repeat=0.8, back=0.6)
    money_in(ctx, biz_accounts(ctx, "new_year_dinner_restaurant", 4), 12, list(range(0, 9)), 6.2, 0.5)
    e = lines(ctx, "market_survey_callcentre", 6, line_type="voip", enterprise=True, same_id=True, lead=8)
    calls(ctx, e, 150, [0, 1, 2, 3, 4, 14, 15, 16], ans_p=0.3, mu=4.5, sig=0.7, tgt=dict(own=0.6), repeat=0.0,
          back=0.02, gateway="SIPGW-WH-09", call_type="voip")
    e = lines(ctx, "licensed_microloan_company", 4, line_type="fixed", enterprise=True, same_id=True, lead=8, city=XG,
              area="712")
    calls(ctx, e, 70, [d for d in ALL if d not in HOL], ans_p=0.35, mu=4.1, sig=0.8,
          tgt=dict(own=0.6, persona=[SHOP, FARMER, WORKER]), repeat=0.4, back=0.1)
    e = lines(ctx, "train_ticket_agent", 3, line_type="fixed", enterprise=True, lead=8, city=HG, area="713")
    calls(ctx, e, 30, PRE + [13, 14, 15], ans_p=0.8, mu=3.8, sig=0.6, tgt=dict(own=0.6), repeat=0.5, back=0.7)
    money_in(ctx, biz_accounts(ctx, "train_ticket_agent", 3), 15, PRE + [13, 14, 15], 5.8, 0.5)
    # ---------------------------------------------------------------- bulk texts
    e = people(ctx, "new_year_greeting_bulk_sender", 10, [OFFICE, SHOP, WORKER])
    for i in range(len(e)):
        tms = T0 + EVE * DAY + 23 * 3600 + rng.integers(1800, 3 * 3600, int(rng.integers(120, 260)))
        pn, pp = ctx.targets(len(tms), own=0.6)
        ctx.sms(e.msisdn[i], pn, tms, "龙腾盛世迎新春，祝您和家人新年快乐，万事如意，阖家安康！", e.imei[i], e.cells(i, tms))
    e = people(ctx, "boss_greets_clients_and_staff", 4, [SHOP, OFFICE])
    texts(ctx, e, 150, [EVE, NEWYEAR], "新春快乐！感谢一年来的支持与信任，公司初八开工，祝大家龙年大吉！", hours=EVEN)
    for i, p in enumerate(e.person):
        money_out(ctx, pop.acct[p], e.msisdn[i], 60, [EVE], 5.0, 0.6, hours=EVEN, channel="third_party",
                  fixed=np.array([66, 88, 188, 200, 666]))
        ctx.truth("account", pop.acct[p], "lookalike:boss_greets_clients_and_staff")
    e = people(ctx, "wedding_invitation_h5_sender", 4, [OFFICE, WORKER, MIGRANT])
    for i in range(len(e)):
        host = f"h5.xitie{int(rng.integers(100, 999))}.cn"
        tms = T0 + int(rng.integers(3, 8)) * DAY + rng.integers(9 * 3600, 22 * 3600, 120)
        pn, pp = ctx.targets(120, own=0.7)
        ctx.sms(e.msisdn[i], pn, tms, f"初六我们结婚啦，诚邀您来喝喜酒！电子请柬：https://{host}/card", e.imei[i], e.cells(i, tms))
        ok = pp >= 0
        sel = np.flatnonzero(ok)[: int(ok.sum() * 0.4)]
        ctx.web(pop.msisdn[pp[sel]], tms[sel] + rng.integers(60, 7200, len(sel)), host, f"https://{host}/card",
                "47.92.10.5")
        ctx.truth("domain", host, "lookalike:wedding_invitation_h5_sender")
        money_in(ctx, [pop.acct[e.person[i]]], 15, [NEWYEAR + 4, NEWYEAR + 5], 5.8, 0.5)
    e = people(ctx, "shop_owner_sms_promotions", 4, [SHOP])
    texts(ctx, e, 80, PRE, "【老李年货】腊肉香肠、土鸡蛋到货，满200送对联，微信同号，地址：步行街18号", pool=True)
    e = people(ctx, "property_management_notices", 3, [OFFICE], cities=[WH])
    texts(ctx, e, 200, [5, 8, 12], "【物业】春节期间2号楼停水检修，请业主提前储水；燃放烟花请到指定区域。", pool=True,
          tgt=dict(own=0.9))
    e = people(ctx, "temple_fair_organizer", 2, [SHOP, OFFICE], cities=[XY, ES])
    texts(ctx, e, 120, [NEWYEAR + 2, NEWYEAR + 3], "正月初五庙会，舞龙舞狮、土家摆手舞，欢迎带家人来玩！", pool=False)
    e = people(ctx, "group_buy_leader", 5, [SHOP, ELDER, OFFICE])
    texts(ctx, e, 40, ALL, "今日团购：车厘子J级两斤装128元，明早10点前接龙付款，自提点小区门口", pool=True)
    for _i, p in enumerate(e.person):
        money_in(ctx, [pop.acct[p]], 25, ALL, 4.2, 0.6)
        ctx.truth("account", pop.acct[p], "lookalike:group_buy_leader")
    e = people(ctx, "kindergarten_holiday_notice", 2, [OFFICE])
    texts(ctx, e, 90, [0, 16], "【幼儿园】开学时间2月14日，请家长按时缴纳保育费，收到请回复。", pool=True)
    # ---------------------------------------------------------------- money from or to many
    e = people(ctx, "new_year_goods_stall", 6, [SHOP, FARMER], label_account=True)
    money_in(ctx, pop.acct[e.person], 40, list(range(3, EVE + 1)), 4.0, 0.7)
    e = people(ctx, "village_pork_seller", 4, [FARMER], cities=[ES, HG, SY], label_account=True)
    money_in(ctx, pop.acct[e.person], 20, list(range(2, 9)), 6.0, 0.5)
    calls(ctx, e, 15, list(range(2, 9)), ans_p=0.8, mu=3.8, sig=0.6, tgt=dict(own=0.8), repeat=0.5, back=0.5)
    e = people(ctx, "fireworks_seller", 4, [SHOP], label_account=True)
    money_in(ctx, pop.acct[e.person], 45, [6, 7, 8, 9, 13], 5.2, 0.8)
    e = people(ctx, "contractor_paying_wage_arrears", 4, [WORKER, SHOP], label_account=True)
    for i, p in enumerate(e.person):
        money_out(ctx, pop.acct[p], e.msisdn[i], 30, [int(rng.integers(4, 8))], 9.6, 0.4, channel="counter",
                  payees=ctx.adults[np.isin(pop.persona[ctx.adults], [MIGRANT, WORKER])])
        money_in(ctx, [pop.acct[p]], 1, [3], 12.5, 0.2, channel="counter")
    e = people(ctx, "small_business_year_end_bonus", 4, [SHOP, OFFICE], label_account=True)
    for i, p in enumerate(e.person):
        money_out(ctx, pop.acct[p], e.msisdn[i], 18, [int(rng.integers(5, 9))], 8.5, 0.5)
    e = people(ctx, "wechat_group_red_envelope_sender", 8, [OFFICE, SHOP, WORKER], label_account=True)
    for i, p in enumerate(e.person):
        money_out(ctx, pop.acct[p], e.msisdn[i], 40, [EVE, NEWYEAR], 3, 1, hours=EVEN, channel="third_party",
                  fixed=np.array([1.88, 6.66, 8.88, 16.66, 20, 52]))
    e = people(ctx, "family_money_pool_for_grandparents", 4, [OFFICE, WORKER], label_account=True)
    for i, p in enumerate(e.person):
        money_in(ctx, [pop.acct[p]], 5, [6, 7, 8], 8.0, 0.4)
        money_out(ctx, pop.acct[p], e.msisdn[i], 1, [EVE], 10.5, 0.3, channel="counter")
    e = people(ctx, "rotating_savings_club_hui", 3, [SHOP, FARMER, ELDER], cities=[HG, JZ, XT],
               label_account=True)
    for i, p in enumerate(e.person):
        money_in(ctx, [pop.acct[p]], 9, [NEWYEAR + 4], 8.5, 0.2, channel="mobile_app")
        money_out(ctx, pop.acct[p], e.msisdn[i], 1, [NEWYEAR + 5], 10.9, 0.1, channel="counter")
    e = people(ctx, "village_new_year_charity_collection", 3, [OFFICE, FARMER], cities=[ES, SY, HG],
               label_account=True)
    money_in(ctx, pop.acct[e.person], 30, [4, 5, 6, 7, 8], 4.3, 0.9)
    e = people(ctx, "winter_tutoring_fee_collector", 4, [OFFICE, STUDENT], label_account=True)
    money_in(ctx, pop.acct[e.person], 10, [0, 1, 2, 3, 14, 15, 16], 7.0, 0.3)
    texts(ctx, e, 30, [0, 1, 2], "寒假冲刺班1月17日开课，小班8人，需要的家长回复孩子年级。")
    e = people(ctx, "wedding_gift_money_collector", 4, [WORKER, OFFICE, FARMER], label_account=True)
    money_in(ctx, pop.acct[e.person], 40, [NEWYEAR + 4, NEWYEAR + 5], 6.6, 0.4)
    e = people(ctx, "landlord_collecting_rent", 4, [SHOP, ELDER, OFFICE], cities=[WH], label_account=True)
    money_in(ctx, pop.acct[e.person], 4, [0, 1, 2, 15, 16], 7.3, 0.3)
    e = people(ctx, "livestream_seller_local_produce", 3, [SHOP, FARMER], cities=[ES, SY], label_account=True)
    money_in(ctx, pop.acct[e.person], 35, ALL, 4.3, 0.6)
    for i in range(len(e)):
        for plat in ("douyin", "kuaishou", "wechat", "taobao"):
            ctx.t.add("internet_accounts", platform=plat, account=f"{plat}_{rng.integers(0, 2**46):012x}",
                      msisdn=e.msisdn[i], register_time=T0 - int(rng.integers(1, 8)) * DAY, status="active")
    e = people(ctx, "second_hand_car_dealer", 2, [SHOP], label_account=True)
    for i, p in enumerate(e.person):
        money_in(ctx, [pop.acct[p]], 1.5, ALL, 10.8, 0.4, channel="counter")
        money_out(ctx, pop.acct[p], e.msisdn[i], 1.2, ALL, 10.6, 0.4, channel="counter")
    e = people(ctx, "phone_top_up_agent", 3, [SHOP], label_account=True)
    money_in(ctx, pop.acct[e.person], 30, ALL, 3.9, 0.4)
    # ---------------------------------------------------------------- new cards, shared handsets, many cards
    kind = "returning_migrant_new_card"
    hh = ctx.pick_people(14, persona=[FARMER, ELDER, WORKER], cities=[HG, XG, ES, JZ, SY, XY])
    od = rng.integers(1, 9, len(hh))
    e = lines(ctx, kind, len(hh), prepaid=True, open_days=(0, 1), channel="STORE-HG-012")
    for i, _p in enumerate(hh):
        ot = T0 + int(od[i]) * DAY + 15 * 3600
        e.open_t[i] = ot
    # reissue the subscriber rows with the right opening day (the helper opened them on day 0)
    ctx.t.chunks["subscribers"].pop()
    city = pop.city[hh]
    cell = ctx.cells.id[pop.home_cell[hh]]
    ctx.new_cards(len(hh), id_keys=ctx.ids(len(hh)), open_t=e.open_t, channel="STORE-VIL-AGENT",
                  open_cell=ctx.cells.id[ctx.cells.pick_many(rng, city, "station")], numbers=e.msisdn,
                  region=np.array([CITIES[c][1] for c in city], dtype=object))
    for i, p in enumerate(hh):
        rel = ctx.pop.contacts_of(int(p))
        rel = np.concatenate([rel, ctx.targets(25, own=0.8, cities=[int(city[i])])[0]])
        ds = np.arange(int(od[i]), DAYS)
        k = rng.poisson(np.where((ds == EVE) | (ds == NEWYEAR), 30, 10))
        tms = times_in(rng, ds, NORMAL_HOURS, k)
        tms = tms[tms > e.open_t[i] + 600]
        res, dur, ring = ctx.outcome(len(tms), 0.85, 5.0, 0.8)
        ctx.call(e.msisdn[i], rel[rng.integers(0, len(rel), len(tms))], tms, -1, result=res, dur=dur, ring=ring,
                 imei=e.imei[i], imsi=e.imsi[i], cell=cell[i])
        ctx.dev(e.msisdn[i], e.imsi[i], e.imei[i], cell[i], tms[::5], "data_session",
                nbytes=rng.integers(10**5, 10**8, len(tms[::5])))
    ctx.dev(e.msisdn, e.imsi, e.imei, cell, e.open_t + 600, "attach")
    e = lines(ctx, "student_trip_data_card", 8, prepaid=True, open_days=(0, 6), channel="STORE-WH-UNI-02",
              cell_kind="uni")
    for i in range(len(e)):
        tms = e.open_t[i] + np.sort(rng.integers(3600, 6 * DAY, 30))
        tms = tms[tms < T0 + DAYS * DAY]
        ctx.dev(e.msisdn[i], e.imsi[i], e.imei[i], e.cell[i], tms, "data_session",
                nbytes=rng.integers(10**6, 3 * 10**8, len(tms)))
        ctx.web(e.msisdn[i], tms, "bilibili.com", "https://bilibili.com/video", "120.92.78.97", "tv.danmaku.bili")
    e = people(ctx, "family_phone_pool_one_id", 5, [OFFICE, WORKER])
    for _i, p in enumerate(e.person):  # grandparents' and kids' cards on the one child's ID, one old handset shared
        m, imsi = ctx.new_cards(3, id_keys=pop.card_id[p], open_t=T0 - rng.integers(200, 2000, 3) * DAY,
                                channel="STORE-OLD", region=CITIES[int(pop.city[p])][1])
        ctx.truth("msisdn", m, "lookalike:family_phone_pool_one_id")
        ph = imeis(rng, 1)[0]
        home = ctx.cells.id[pop.home_cell[p]]
        for j in range(3):
            tms = times_in(rng, np.arange(j, DAYS, 3), NORMAL_HOURS, np.full(len(range(j, DAYS, 3)), 1))
            ctx.dev(m[j], imsi[j], ph, home, tms, "power_on")
            res, dur, ring = ctx.outcome(len(tms), 0.9, 5.0, 0.7)
            ctx.call(m[j], pop.msisdn[p], tms + 120, p, result=res, dur=dur, ring=ring, imei=ph, imsi=imsi[j], cell=home)
    e = people(ctx, "phone_repair_shop_sim_tester", 3, [SHOP])
    for _i, p in enumerate(e.person):  # customers' SIMs put in the shop's test handset for a minute
        ph = imeis(rng, 1)[0]
        shop = ctx.cells.id[pop.work_cell[p]] if pop.work_cell[p] >= 0 else ctx.cells.id[pop.home_cell[p]]
        cards = rng.choice(np.flatnonzero(pop.city[pop.card_person] == pop.city[p]), 40, replace=False)
        tms = times_in(rng, rng.integers(0, DAYS, 40), BIZ, np.ones(40, int))
        ctx.dev(pop.msisdn[cards], pop.imsi[cards], ph, shop, tms, "attach")
        ctx.dev(pop.msisdn[cards], pop.imsi[cards], ph, shop, tms + 90, "detach")
        ctx.truth("imei", ph, "lookalike:phone_repair_shop_sim_tester")
    e = people(ctx, "wechat_merchant_multi_sim", 4, [SHOP])
    for _i, p in enumerate(e.person):
        m, imsi = ctx.new_cards(3, id_keys=pop.card_id[p], open_t=T0 - rng.integers(100, 900, 3) * DAY,
                                channel="STORE-WH-005", region=CITIES[int(pop.city[p])][1])
        ctx.truth("msisdn", m, "lookalike:wechat_merchant_multi_sim")
        sub = Ent(ctx, m, imeis(rng, 3), imsi, person=np.full(3, p))
        calls(ctx, sub, 12, ALL, ans_p=0.75, mu=4.0, sig=0.7, tgt=dict(own=0.6), repeat=0.7, back=0.5, hours=NORMAL_HOURS)
        texts(ctx, sub, 20, ALL, "亲，年货礼盒还有现货，今天下单明天到，微信转账即可", pool=True)
        money_in(ctx, [pop.acct[p]], 12, ALL, 5.0, 0.6)
        for j in range(3):
            ctx.t.add("internet_accounts", platform="wechat", account=f"wechat_{rng.integers(0, 2**46):012x}",
                      msisdn=m[j], register_time=T0 - int(rng.integers(30, 300)) * DAY, status="active")
    e = lines(ctx, "logistics_iot_trackers", 30, line_type="iot", enterprise=True, same_id=True, open_days=(-400, -30),
              channel="ENT-IOT-01", cell_kind="any")
    for i in range(len(e)):
        route = ctx.cells.pick(rng, int(rng.integers(0, len(CITIES))), "any", 8)
        tms = times_in(rng, np.arange(DAYS), np.ones(24), np.full(DAYS, 8))
        ctx.dev(e.msisdn[i], e.imsi[i], e.imei[i], ctx.cells.id[route[rng.integers(0, 8, len(tms))]], tms,
                "data_session", nbytes=rng.integers(500, 4000, len(tms)))
    e = lines(ctx, "new_shop_staff_cards_one_id", 6, prepaid=False, open_days=(1, 6), channel="STORE-XY-003", city=XY,
              same_id=True)
    calls(ctx, e, 15, list(range(7, DAYS)), ans_p=0.8, mu=3.8, sig=0.6, tgt=dict(own=0.6, cities=[XY]), repeat=0.5,
          back=0.5)
    e = people(ctx, "campus_operator_promoter", 2, [STUDENT])
    for i, p in enumerate(e.person):  # opens cards for classmates on their own IDs, they use them themselves
        cls = ctx.pick_people(8, persona=[STUDENT])
        ot = T0 + int(rng.integers(0, 3)) * DAY + 14 * 3600 + rng.integers(0, 3600, 8)
        m, imsi = ctx.new_cards(8, id_keys=pop.card_id[cls], open_t=ot, channel="AGENT-WH-UNI-017",
                                open_cell=ctx.cells.id[pop.uni_cell[p]])
        ctx.truth("msisdn", m, "lookalike:campus_operator_promoter")
        for j, c in enumerate(cls):
            tms = times_in(rng, np.arange(int((ot[j] - T0) // DAY) + 1, DAYS), NORMAL_HOURS,
                           np.full(DAYS - int((ot[j] - T0) // DAY) - 1, 2))
            ctx.dev(m[j], imsi[j], pop.imei[c], ctx.cells.id[pop.cell_at(np.full(len(tms), c), tms)], tms, "data_session",
                    nbytes=rng.integers(10**5, 10**8, len(tms)))
        calls(ctx, e.__class__(ctx, e.msisdn[i:i + 1], e.imei[i:i + 1], e.imsi[i:i + 1], person=e.person[i:i + 1]), 20,
              [0, 1, 2, 3], ans_p=0.7, mu=3.6, sig=0.6, tgt=dict(own=0.8, persona=[STUDENT]), repeat=0.3, back=0.5)
    e = people(ctx, "elderly_backup_card_woken_for_holiday", 6, [ELDER])
    for _i, p in enumerate(e.person):
        m, imsi = ctx.new_cards(1, id_keys=pop.card_id[p], open_t=T0 - int(rng.integers(500, 3000)) * DAY,
                                channel="STORE-OLD", region=CITIES[int(pop.city[p])][1])
        ctx.truth("msisdn", m, "lookalike:elderly_backup_card_woken_for_holiday")
        ph = imeis(rng, 1)
        rel = ctx.pop.contacts_of(int(p))
        tms = times_in(rng, np.arange(EVE, NEWYEAR + 3), NORMAL_HOURS, np.full(4, 6))
        res, dur, ring = ctx.outcome(len(tms), 0.85, 5.0, 0.7)
        ctx.call(m[0], rel[rng.integers(0, len(rel), len(tms))], tms, -1, result=res, dur=dur, ring=ring, imei=ph[0],
                 imsi=imsi[0], cell=ctx.cells.id[pop.home_cell[p]])
    # ---------------------------------------------------------------- abroad, roaming, international
    for kind, cc, persona, n in (("overseas_worker_calls_home", "SA", [WORKER, MIGRANT], 4),
                                 ("cambodia_factory_worker_legit", "KH", [WORKER, MIGRANT], 3),
                                 ("myanmar_jade_trader", "MM", [SHOP], 3),
                                 ("holiday_tourist_thailand", "TH", [OFFICE, SHOP], 6),
                                 ("student_abroad_japan_family", "JP", [STUDENT], 3),
                                 ("philippines_seafarer", "PH", [WORKER, MIGRANT], 2)):
        e = people(ctx, kind, n, persona)
        days = HOL if kind == "holiday_tourist_thailand" else ALL
        for i, p in enumerate(e.person):
            rel = ctx.pop.contacts_of(int(p))
            ph = imeis(rng, 1)[0]
            k = rng.poisson(4 if kind != "holiday_tourist_thailand" else 3, len(days))
            tms = times_in(rng, days, NORMAL_HOURS, k)
            res, dur, ring = ctx.outcome(len(tms), 0.85, 5.6, 0.8)
            ctx.call(e.msisdn[i], rel[rng.integers(0, len(rel), len(tms))], tms, -1, result=res, dur=dur, ring=ring,
                     imei=pop.imei[p], imsi=pop.imsi[p], cell=None, roaming=cc,
                     media=np.where(rng.random(len(tms)) < 0.3, "video", "voice"))
            ctx.dev(e.msisdn[i], pop.imsi[p], pop.imei[p], None, tms[::3], "location_update", roaming=cc)
            del ph
    for kind, cc, n in (("relatives_abroad_call_village_elderly", "MY", 5), ("daughter_in_japan_calls_parents", "JP", 3),
                        ("son_in_saudi_project_calls_home", "SA", 3), ("cambodia_relatives_new_year_calls", "KH", 3)):
        nums = ctx.numbers.foreign(cc, n)
        ctx.truth("msisdn", nums, f"lookalike:{kind}")
        KINDS.append(kind)
        for x in nums:
            fam = ctx.pick_people(3, persona=[ELDER, FARMER], cities=[ES, HG, XG], pool=np.flatnonzero(
                (pop.persona == ELDER) | (pop.persona == FARMER)))
            k = rng.poisson(np.where((np.arange(DAYS) == EVE) | (np.arange(DAYS) == NEWYEAR), 4, 0.6))
            tms = times_in(rng, np.arange(DAYS), NORMAL_HOURS, k)
            tp = fam[rng.integers(0, 3, len(tms))]
            res, dur, ring = ctx.outcome(len(tms), 0.85, 5.8, 0.7)
            ctx.call(x, pop.msisdn[tp], tms, tp, result=res, dur=dur, ring=ring, call_type="intl_in", gateway="IGW-WH-02",
                     media=np.where(rng.random(len(tms)) < 0.4, "video", "voice"))
    # ---------------------------------------------------------------- odd web and apps, video, long calls
    e = people(ctx, "enterprise_app_sideload", 6, [OFFICE], cities=[WH])
    host = "oa.guanggu-tech.cn"
    ctx.truth("domain", host, "lookalike:enterprise_app_sideload")
    tms = T0 + 1 * DAY + rng.integers(9 * 3600, 18 * 3600, len(e))
    ctx.app(e.msisdn, tms, "cn.guanggutech.oa", "install", f"https://{host}/download/oa.apk")
    ctx.web(e.msisdn, tms - 60, host, f"https://{host}/download/oa.apk", "59.172.4.21")
    e = people(ctx, "teen_game_apk_from_forum", 5, [STUDENT, TEEN, WORKER])
    tms = T0 + rng.integers(EVE, DAYS, len(e)) * DAY + rng.integers(10 * 3600, 23 * 3600, len(e))
    ctx.app(e.msisdn, tms, "com.pixel.dragonhunt.mod", "install", "https://bbs.apkmods-cn.net/dl/dragonhunt.apk")
    ctx.web(e.msisdn, tms - 120, "bbs.apkmods-cn.net", "https://bbs.apkmods-cn.net/dl/dragonhunt.apk", "104.21.3.9")
    ctx.truth("domain", "bbs.apkmods-cn.net", "lookalike:teen_game_apk_from_forum")
    e = people(ctx, "new_year_family_video_caller", 8, [OFFICE, WORKER, MIGRANT])
    calls(ctx, e, 14, [EVE, NEWYEAR, NEWYEAR + 1], ans_p=0.85, mu=5.5, sig=0.7, tgt=dict(own=0.6), media="video",
          repeat=0.9, back=0.4, hours=EVEN)
    e = people(ctx, "long_distance_couple", 4, [OFFICE, WORKER, STUDENT])
    for _i, p in enumerate(e.person):
        q = ctx.pick_people(1, persona=[OFFICE, WORKER, STUDENT])[0]
        k = rng.poisson(2, DAYS)
        tms = times_in(rng, np.arange(DAYS), np.r_[np.zeros(20), [3, 5, 5, 2]], k)
        res, dur, ring = ctx.outcome(len(tms), 0.95, 7.2, 0.5)
        ctx.person_call(p, pop.msisdn[q], tms, q, res, dur, ring)
        ctx.tx(pop.acct[p], pop.acct[q], np.array([T0 + NEWYEAR * DAY + 600, T0 + 13 * DAY + 3600]),
               np.array([1314.0, 520.0]), "third_party", pop.msisdn[p])
        ctx.truth("msisdn", pop.msisdn[q], "lookalike:long_distance_couple")
    e = people(ctx, "elderly_pension_collector_at_counter", 6, [ELDER], label_account=True)
    for _i, p in enumerate(e.person):
        ctx.tx(pop.acct[p], f"ATM-HB-{int(rng.integers(0, 3000)):05d}", np.array([T0 + int(rng.integers(3, 8)) * DAY + 10 * 3600]),
               np.array([float(rng.choice([3000, 5000, 8000]))]), "counter", None)
    e = people(ctx, "mahjong_table_transfers", 6, [SHOP, WORKER, FARMER, ELDER], label_account=True)
    for i, p in enumerate(e.person):
        money_in(ctx, [pop.acct[p]], 3, HOL, 5.0, 0.6)
        money_out(ctx, pop.acct[p], e.msisdn[i], 3, HOL, 5.0, 0.6, channel="third_party")
    e = people(ctx, "dialysis_patient_many_hospital_calls", 3, [ELDER])
    for i, p in enumerate(e.person):
        fx = ctx.numbers.fixed(CITIES[int(pop.city[p])][6], 3, lead=8)
        tms = times_in(rng, np.arange(0, DAYS, 2), BIZ, np.full(len(range(0, DAYS, 2)), 2))
        res, dur, ring = ctx.outcome(len(tms), 0.9, 4.5, 0.5)
        ctx.call(fx[rng.integers(0, 3, len(tms))], e.msisdn[i], tms, p, result=res, dur=dur, ring=ring, call_type="fixed")
    e = people(ctx, "lost_phone_new_sim_same_number", 4, [OFFICE, WORKER, STUDENT])
    for i, p in enumerate(e.person):
        ph = imeis(rng, 1)[0]
        d = int(rng.integers(3, 14))
        tms = times_in(rng, np.arange(d, DAYS), NORMAL_HOURS, np.full(DAYS - d, 2))
        ctx.dev(e.msisdn[i], pop.imsi[p], ph, ctx.cells.id[pop.cell_at(np.full(len(tms), p), tms)], tms, "data_session",
                nbytes=rng.integers(10**5, 10**8, len(tms)))
        ctx.truth("imei", ph, "lookalike:lost_phone_new_sim_same_number")
    e = people(ctx, "volunteer_anti_fraud_propaganda", 3, [OFFICE, ELDER])
    texts(ctx, e, 70, [5, 6, 7, 12], "【反诈宣传】春节返乡，谨防“退票改签”“亲友出事”“年终奖退税”诈骗，请下载国家反诈中心APP。",
          pool=False)
    e = people(ctx, "funeral_notice_to_relatives", 2, [FARMER, WORKER], cities=[HG, ES])
    for i, p in enumerate(e.person):
        rel = ctx.pop.contacts_of(int(p))
        rel = np.concatenate([rel, ctx.targets(40, own=0.8, cities=[int(pop.city[p])])[0]])
        d = int(rng.integers(2, 14))
        tms = times_in(rng, [d, d], NORMAL_HOURS, [30, 20])
        res, dur, ring = ctx.outcome(len(tms), 0.8, 4.5, 0.6)
        ctx.call(e.msisdn[i], rel[rng.integers(0, len(rel), len(tms))], tms, -1, result=res, dur=dur, ring=ring,
                 imei=e.imei[i], imsi=e.imsi[i], cell=e.cells(i, tms))
        money_in(ctx, [pop.acct[p]], 25, [d + 1, d + 2] if d < DAYS - 2 else [d], 6.2, 0.4)
        ctx.truth("account", pop.acct[p], "lookalike:funeral_notice_to_relatives")
    return sorted(set(KINDS))


__all__ = ["run_lookalikes", "MIGRANT", "TEEN"]
