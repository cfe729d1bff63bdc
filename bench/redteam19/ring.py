"""G06, the card ring of the northern and southern villages (两卡 selling).

Two recruiters (mule_recruiter) go round villages in Hengshan/Suide (Yulin) and Ziyang/Hanyin (Ankang),
where young migrant workers are home for the Golden Week and older villagers need cash: each seller opens
two to four new cards and one or two bank accounts at the village agent outlet while the recruiter waits,
is paid a few hundred yuan a card, and hands everything over. The recruiter tests each card in his own
handset, then posts them to the two buyers (card_buyer) in Xianyang and Xi'an, who test them again in
their own handsets and pass them on to the gangs (the GoIP den, the SMS senders, the roaming callers in
Cambodia). An earlier batch, opened in September, is already with the buyers when the period starts.
Cards still unused at the end are ``sold_card``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from common import Gang
from kit import Kit, Phone
from world import DAY, T0

VILLAGES = ["yl_hengshan", "yl_suide", "ak_ziyang", "ak_hanyin"]


@dataclass
class Sold:
    phone: Phone
    ready: int  # when a buyer has it
    seller: int  # population card of the seller
    used: bool = False


@dataclass
class Ring:
    cards: list[Sold] = field(default_factory=list)
    accounts: list[tuple[str, int]] = field(default_factory=list)  # (account, ready)
    used_accounts: set = field(default_factory=set)
    buyers: list[Phone] = field(default_factory=list)
    buyer_imeis: list[str] = field(default_factory=list)

    def take_cards(self, k: int, after: int) -> list[Phone]:
        out = []
        for s in sorted(self.cards, key=lambda s: s.ready):
            if not s.used and s.ready <= after:
                s.used = True
                out.append(s.phone)
                if len(out) == k:
                    break
        return out

    def take_accounts(self, k: int, after: int) -> list[str]:
        out = []
        for a, r in self.accounts:
            if a not in self.used_accounts and r <= after:
                self.used_accounts.add(a)
                out.append(a)
                if len(out) == k:
                    break
        return out


def card_ring(kit: Kit, taken: set) -> Ring:
    w, pop, rng = kit.w, kit.pop, kit.rng
    g = Gang(kit, "G06", "card_ring_villages", "other")
    ring = Ring()
    # recruiters: own cards of years ago, based in Yulin and Ankang towns
    rec = []
    for place in ("yl_yuyang", "ak_hanbin"):
        ph = kit.new_card(w.id_key(), T0 - int(rng.uniform(400, 1500)) * DAY, f"QC-STORE-{place[:2].upper()}011",
                          w.cell_in(place), prepaid=False)
        g.role("msisdn", ph.msisdn, "mule_recruiter", T0)
        ph.account = w.account_id()
        kit.bank(ph.account, ph.id_key, "建设银行", T0 - 900 * DAY, ph.msisdn)
        rec.append((ph, place))
    rec_test_imei = [w.imei("oppo"), w.imei("vivo")]
    # buyers near the den and in Xi'an's north
    for place in ("xy_weicheng", "xa_weiyang"):
        ph = kit.new_card(w.id_key(), T0 - int(rng.uniform(200, 900)) * DAY, "QC-STORE-XY004", w.cell_in(place))
        ph.account = w.account_id()
        kit.bank(ph.account, ph.id_key, "招商银行", T0 - 700 * DAY, ph.msisdn)
        g.role("msisdn", ph.msisdn, "card_buyer", T0)
        ring.buyers.append(ph)
        ring.buyer_imeis.append(w.imei("xiaomi"))
    contacts = [kit.random_ext_contact() for _ in range(6)]
    for ph, _ in rec:
        kit.daily_life(ph, 0, 17, contacts + ring.buyers, calls=3, data=4)
    for ph in ring.buyers:
        kit.daily_life(ph, 0, 17, contacts[:3] + [r[0] for r in rec], calls=2.5, data=4)
    # sellers: villagers and migrants home for the holiday
    village_idx = [pop.place_keys.index(v) for v in VILLAGES]
    cand = [int(i) for i in pop.candidates(segs=["farmer", "migrant", "elderly", "service"], taken=taken)
            if pop.home_place[i] in village_idx or (pop.a0[i] < 17 and pop.w.cells[pop.acell[i]].place in VILLAGES)]
    rng.shuffle(cand)
    n_sellers = min(len(cand), 20)
    sellers = cand[:n_sellers]
    taken.update(sellers)
    for k, s in enumerate(sellers):
        sp = kit.person(s)
        early = k < 12  # September batch, already at the buyers
        place = pop.w.cells[pop.acell[s]].place if pop.a0[s] < 17 else pop.w.cells[pop.home[s]].place
        if place not in VILLAGES:
            place = VILLAGES[k % 4]
        r_ph = rec[0][0] if place.startswith("yl") else rec[1][0]
        r_imei = rec_test_imei[0] if place.startswith("yl") else rec_test_imei[1]
        if early:
            day = -int(rng.integers(5, 20))
        else:
            lo = max(int(pop.a0[s]), 2) if pop.a0[s] < 17 else 2
            day = min(lo + int(rng.integers(0, 3)), 9)
        vcell = w.cell_in(place, 0)
        agent = f"QC-AGT-{place.upper().replace('_', '')}-{1 + (k % 2)}"
        t_open = T0 + day * DAY + int(rng.uniform(9.5, 16) * 3600)
        g.role("msisdn", sp.msisdn, "card_seller", t_open)
        g.role("id_key", sp.id_key, "card_seller", t_open)
        # the recruiter rings the seller the day before and comes over
        if day >= 1:
            kit.call(t_open - int(rng.uniform(16, 30) * 3600), r_ph, sp, int(rng.integers(40, 200)))
            kit.call(t_open - int(rng.uniform(0.5, 2) * 3600), sp, r_ph, int(rng.integers(15, 60)))
            r_ph.cell = vcell
            kit.dev(t_open - 1800, r_ph, "location_update")
        n_cards = int(rng.integers(2, 5))
        for j in range(n_cards):
            to = t_open + j * int(rng.integers(120, 600))
            c = kit.new_card(sp.id_key, to, agent, vcell, prepaid=True,
                             region="陕西榆林" if place.startswith("yl") else "陕西安康")
            c.imei = r_imei
            if day >= 0:  # activated and tested in the recruiter's handset, then switched off
                c.cell = vcell
                kit.dev(to + 300, c, "power_on")
                kit.dev(to + 320, c, "attach")
                kit.sms(to + int(rng.integers(400, 1500)), c, r_ph, "1")
                kit.dev(to + int(rng.integers(1600, 3000)), c, "power_off")
            ready = to + int(rng.uniform(2, 4) * DAY)
            b = k % 2
            if ready >= T0:  # the buyer tests it on arrival
                c.cell, c.imei = ring.buyers[b].cell, ring.buyer_imeis[b]
                kit.dev(ready, c, "power_on")
                kit.dev(ready + 30, c, "data_session", int(rng.integers(2000, 40000)))
                kit.dev(ready + int(rng.integers(600, 3000)), c, "power_off")
            c.imei = None
            ring.cards.append(Sold(c, ready + int(rng.uniform(0.2, 1.5) * DAY), s))
        # the bank accounts go with the cards (bound to one of the new numbers)
        for j in range(1 if rng.random() < 0.5 else 2):
            a = w.account_id()
            bank = "陕西农信" if j == 0 else ["邮储银行", "农业银行", "建设银行"][int(rng.integers(3))]
            bound = ring.cards[-1 - j % n_cards].phone.msisdn
            kit.bank(a, sp.id_key, bank, t_open + 3600 + j * 1800, bound)
            ring.accounts.append((a, t_open + int(2.5 * DAY)))
        # the seller is paid per card
        pay_t = t_open + int(rng.uniform(1, 5) * 3600)
        if pay_t >= T0:
            kit.pay(pay_t, r_ph.account, sp.account, 400 * n_cards + 300, "mobile_app", r_ph)
        r_ph.cell = w.cell_in("yl_yuyang" if place.startswith("yl") else "ak_hanbin")
    # recruiters are paid by the buyers; buyers and recruiters talk
    for d in range(0, 17, 2):
        for b, (r_ph, _) in zip(ring.buyers, rec, strict=True):
            kit.call(kit.at(d, 10, 22), b, r_ph, int(rng.integers(60, 400)))
            if d % 4 == 0:
                kit.pay(kit.at(d, 10, 22), b.account, r_ph.account, float(rng.integers(40, 90)) * 100, "mobile_app", b)
    # earlier sellers reported by police after an earlier case (history)
    for s in sellers[:3]:
        g.report(T0 - int(rng.uniform(1, 20) * DAY), "id_key", pop.id_key[s], "card_seller")
    ring.gang = g
    return ring


def finish_ring(ring: Ring) -> None:
    """Cards nobody used by the end: sold and waiting at the buyers."""
    g = ring.gang
    for s in ring.cards:
        if not s.used:
            g.role("msisdn", s.phone.msisdn, "sold_card", s.ready)
    for a, r in ring.accounts:
        if a not in ring.used_accounts:
            g.role("account", a, "mule_account", r)
