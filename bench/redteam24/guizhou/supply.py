"""The supply chain behind the gangs: villagers and students who open cards and sell them (断卡), the card
buyers who tour the villages and test each card (收卡), mule-account recruiters, the students and workers who
rent out bank accounts, the 跑分 payment-code studio that cashes out, and the layering of stolen money."""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .records import HOURS_DAY, lognorm_int, times
from .world import SEG_ADULT, SEG_ELDER, SEG_MIGRANT, SEG_STUDENT, World

SELL_REGIONS = ("BJ-WN", "BJ-HZ", "BJ-NY", "TR-ST", "TR-YH", "QDN-RJ")


class Chain:
    def __init__(self):
        self.stock = []  # [line, ready_time] of sold cards not yet handed to a gang
        self.sold_to = {}  # sold card line -> gang
        self.mules = {}  # gang -> first-layer mule accounts
        self.inflows = []  # (time, victim account, mule account, amount, gang)
        self.layer2 = []
        self.cashout = []
        self.studio_lines = None
        self.known_fraud = []  # (entity_type, entity, fraud_type, time) for police reports
        self.victims = []  # (line, time, loss, fraud_type, gang)

    def take_cards(self, w: World, n: int, gang: str, not_before=None):
        """Hand ``n`` tested sold cards to a gang (the earliest ready first)."""
        self.stock.sort(key=lambda x: x[1])
        out, rest = [], []
        for ln, ready in self.stock:
            if len(out) < n and (not_before is None or ready <= not_before):
                out.append((ln, ready))
            else:
                rest.append((ln, ready))
        self.stock = rest
        for ln, _ in out:
            self.sold_to[ln] = gang
        lines = np.array([x[0] for x in out], np.int64)
        # out of the buyer's test phone into the gang's own dual-SIM handsets, two cards a phone
        if len(lines):
            w.L.set("imei", lines, np.repeat(w.imeis((len(lines) + 1) // 2, C.TACS_CHEAP), 2)[: len(lines)])
        return lines, np.array([x[1] for x in out], np.int64)


def build(w: World) -> Chain:
    rng, L, mk, T = w.rng, w.L, w.mk, w.truth
    ch = Chain()
    # ---------------------------------------------------------------- G13 card buyers (收卡) touring villages
    gang = "G13-bijie-card-buyers"
    buyers = w.new_lines(3, kind="mobile", open_time=C.START - 200 * C.DAY, open_cell=w.cell_in("BJ-QXG", 1)[0],
                         channel="QYT-STORE-BJ-QXG-02", prepaid=True, home=w.cell_in("BJ-QXG", 1)[0], region=C.REGION_INDEX["BJ-QXG"])
    test_phone_imei = w.imeis(3, C.TACS_CHEAP)  # the handset each buyer puts every bought card in
    test_lines = w.new_lines(1, kind="prepaid", open_time=C.START - 90 * C.DAY, home=w.cell_in("BJ-QXG", 1)[0],
                             region=C.REGION_INDEX["BJ-QXG"], channel="QYT-AGENT-BJ-QXG-11")
    T.entities("msisdn", L["msisdn"][buyers], "card_buyer", gang, "card_purchase", C.START)
    T.entities("imei", test_phone_imei, "card_buyer", gang, "card_purchase", C.START)
    T.entities("msisdn", L["msisdn"][test_lines], "gang_member", gang, "card_purchase", C.START)
    # ---------------------------------------------------------------- card sellers and their sold cards
    n_sell = 75
    sellers = np.concatenate([w.pick_people(55, [SEG_ADULT, SEG_ELDER, SEG_MIGRANT], SELL_REGIONS),
                              w.pick_people(20, [SEG_STUDENT])])
    n_sell = len(sellers)
    ncards = rng.choice([1, 1, 2, 2, 3, 4], n_sell)
    seller_of = np.repeat(sellers, ncards)
    nc = len(seller_of)
    buy_day = rng.integers(-20, 7, nc)
    buyer_of = rng.integers(0, 3, nc)
    open_t = C.START + buy_day * C.DAY + rng.integers(9, 17, nc) * C.HOUR + rng.integers(0, 3600, nc)
    region = L["region"][seller_of]
    agent = np.array([f"QYT-AGENT-{C.REGIONS[r][0]}-{k:02d}" for r, k in zip(region, rng.integers(20, 24, nc), strict=True)], object)
    ocell = L["home"][seller_of]
    cards = w.new_lines(nc, kind="prepaid", ids=L["id_key"][seller_of], open_time=open_t, open_cell=ocell,
                        channel=agent, prepaid=True, home=-1, imei=test_phone_imei[buyer_of], region=region)
    # the buyer meets the seller the same afternoon: calls to arrange, then tests the card in his phone
    meet = open_t + rng.integers(600, 3 * 3600, nc)
    mk.calls(buyers[buyer_of], seller_of, open_t - rng.integers(1800, 2 * 86400, nc), rng.random(nc) < .8,
             lognorm_int(rng, nc, 60, .6), caller_cell=ocell)
    mk.calls(seller_of, buyers[buyer_of], open_t - rng.integers(600, 3600, nc), True, lognorm_int(rng, nc, 40, .5))
    mk.device(cards, meet, "attach", cell=ocell)
    mk.calls(cards, np.full(nc, test_lines[0]), meet + 120, True, rng.integers(3, 12, nc), caller_cell=ocell)
    mk.sms(cards, np.full(nc, test_lines[0]), meet + 200, "1", sender_cell=ocell)
    mk.device(cards, meet + 600, "power_off", cell=ocell)
    # buyers' hunting texts to young villagers: 高价收卡
    tgt = w.pick_people(160, [SEG_ADULT, SEG_STUDENT, SEG_MIGRANT], SELL_REGIONS + ("GY-HX",), mark=False)
    k = len(tgt)
    mk.sms(buyers[rng.integers(0, 3, k)], tgt, times(rng, k, np.arange(w.days), HOURS_DAY),
           np.array(["高价收手机卡、银行卡，一张300，当天结算，不用你管", "兼职：办张卡给你200，本人到场就行，私聊"], object)[rng.integers(0, 2, k)])
    for s_line, first in zip(sellers, [open_t[seller_of == s].min() for s in sellers], strict=True):
        T.entity("msisdn", L["msisdn"][s_line], "card_seller", gang, "card_sale", int(first))
        T.entity("id_key", L["id_key"][s_line], "card_seller", gang, "card_sale", int(first))
    ch.stock = [[int(c), int(m) + 6 * 3600] for c, m in zip(cards, meet, strict=True)]
    ch.sellers = sellers
    ch.sold_cards = cards
    ch.buyers = buyers
    ch.test_imei = test_phone_imei
    # ---------------------------------------------------------------- G14 mule recruiters, mules, 跑分 studio
    gang = "G14-huaxi-mule-ring"
    rec = w.new_lines(2, kind="prepaid", open_time=C.START - 25 * C.DAY, home=w.cell_in("GY-HX", 1)[0],
                      region=C.REGION_INDEX["GY-HX"], channel="QYT-AGENT-GY-HX-21", tacs=C.TACS_CHEAP)
    T.entities("msisdn", L["msisdn"][rec], "mule_recruiter", gang, "mule_recruitment", C.START)
    pool = w.pick_people(600, [SEG_STUDENT, SEG_MIGRANT, SEG_ADULT], ("GY-HX", "BJ-QXG", "TR-BJ", "BJ-WN", "GY-BY"), mark=False)
    k = len(pool)
    tt = times(rng, k, np.arange(w.days), HOURS_DAY)
    mk.sms(rec[rng.integers(0, 2, k)], pool, tt,
           np.array(["出租闲置银行卡，日赚300-800，安全不违法，加V详聊", "学生兼职：借用银行卡走流水，一天500",
                     "急招：帮公司走账，一张卡一天800，当天结"], object)[rng.integers(0, 3, k)])
    mules = w.pick_people(48, [SEG_STUDENT, SEG_MIGRANT, SEG_ADULT], ("GY-HX", "BJ-QXG", "TR-BJ", "BJ-WN", "GY-BY", "QDN-KL"))
    # the recruiters talk to the people they recruit; the recruits call back
    m = len(mules)
    mk.calls(rec[rng.integers(0, 2, m)], mules, C.START + rng.integers(0, 4 * C.DAY, m), True, lognorm_int(rng, m, 240, .5))
    mk.calls(mules, rec[rng.integers(0, 2, m)], C.START + rng.integers(4 * C.DAY, 6 * C.DAY, m), True, lognorm_int(rng, m, 90, .5))
    # the 跑分 studio in a Baiyun urban village: phones logged in to payment apps, accounts bound to them
    studio = w.new_lines(8, kind="prepaid", open_time=C.START - 40 * C.DAY, home=w.special["baiyun_urban_village"][0],
                         region=C.REGION_INDEX["GY-BY"], channel="QYT-AGENT-GY-BY-22", tacs=C.TACS_CHEAP)
    ch.studio_lines = studio
    T.entities("msisdn", L["msisdn"][studio], "gang_member", gang, "payment_code_laundering", C.START)
    studio_ids = w.keys(8)
    studio_acc = w.new_accounts(studio_ids, studio, bank="GZRCU", open_time=C.START - 30 * C.DAY)
    mule_acc = w.new_accounts(L["id_key"][mules], studio[rng.integers(0, 8, m)],
                              open_time=C.START - rng.integers(2, 40, m) * C.DAY)
    T.entities("account", mule_acc, "mule_account", gang, "mule", C.START)
    T.entities("account", studio_acc, "mule_account", gang, "payment_code_laundering", C.START)
    T.entities("msisdn", L["msisdn"][mules], "card_seller", gang, "account_rental", C.START)
    mk.apps(studio[rng.integers(0, 8, 400)], times(rng, 400, np.arange(w.days)), "com.eg.android.AlipayGphone", "use")
    mk.device(studio[rng.integers(0, 8, 600)], times(rng, 600, np.arange(w.days)), "data_session",
              nbytes=lognorm_int(rng, 600, 300_000, .7))
    ch.mule_pool = list(mule_acc)
    ch.studio_acc = studio_acc
    ch.layer2 = list(mule_acc[:10])
    return ch


def mules_for(ch: Chain, gang: str, n: int):
    if gang not in ch.mules:  # first-layer accounts; when the ring runs short, accounts serve two gangs
        first = ch.mule_pool[10:]
        cur = getattr(ch, "_cursor", 0)
        ch.mules[gang] = [first[(cur + i) % len(first)] for i in range(n)]
        ch._cursor = cur + n
    return ch.mules[gang]


def pay(w: World, ch: Chain, victims, t, amount, gang, fraud_type, channel="mobile_app"):
    """Victims pay first-layer mule accounts; truth events; inflows for the layering."""
    victims = np.asarray(victims, np.int64)
    if not len(victims):
        return
    rng = w.rng
    frm = w.account_of(victims)
    miss = frm == None  # noqa: E711
    if miss.any():
        frm[miss] = w.new_accounts(w.L["id_key"][victims[miss]], victims[miss])
        for v, a in zip(victims[miss], frm[miss], strict=True):
            if v < len(w.acct_of):
                w.acct_of[v] = a
    acc = np.array(mules_for(ch, gang, 4), object)
    to = acc[rng.integers(0, len(acc), len(victims))]
    amount = np.round(np.asarray(amount, float), 2)
    w.transfers(frm, to, t, amount, channel, victims)
    ms = w.L["msisdn"][victims]
    for m, tt, a, ta in zip(ms, t, amount, to, strict=True):
        w.truth.events.append((int(tt), str(m), float(a), ta, gang))
        ch.inflows.append((int(tt), ta, float(a), gang))
        ch.victims.append((str(m), int(tt), float(a), fraud_type, gang))


def money_out(w: World, ch: Chain):
    """Layering: within minutes to hours each inflow is split to second-layer accounts, then to the studio's
    payment-code accounts, which pay out to merchants (cash-out through goods and game top-ups)."""
    rng = w.rng
    if not ch.inflows:
        return
    t = np.array([x[0] for x in ch.inflows])
    frm = np.array([x[1] for x in ch.inflows], object)
    amt = np.array([x[2] for x in ch.inflows])
    n = len(t)
    parts = rng.integers(1, 4, n)
    rep = np.repeat(np.arange(n), parts)
    share = rng.dirichlet([2, 2, 2], len(rep))[:, 0]
    a2 = np.round(amt[rep] / parts[rep] * (0.9 + 0.1 * share), 2)
    t2 = t[rep] + rng.integers(120, 5400, len(rep))
    l2 = np.array(ch.layer2, object)[rng.integers(0, len(ch.layer2), len(rep))]
    w.transfers(frm[rep], l2, t2, a2, "mobile_app")
    t3 = t2 + rng.integers(300, 6 * 3600, len(rep))
    st = np.array(ch.studio_acc, object)[rng.integers(0, len(ch.studio_acc), len(rep))]
    w.transfers(l2, st, t3, np.round(a2 * .99, 2), "third_party")
    k = len(rep) * 3
    t4 = np.repeat(t3, 3) + rng.integers(600, 24 * 3600, k)
    w.transfers(np.repeat(st, 3), w.merchants[rng.integers(0, len(w.merchants), k)], t4,
                np.round(np.repeat(a2 * .33, 3), 2), "third_party")
    atm = rng.random(len(rep)) < .3
    w.transfers(l2[atm], np.full(int(atm.sum()), "CASH-ATM", object), t3[atm] + 1800, np.round(a2[atm] * .2, 2), "atm")
