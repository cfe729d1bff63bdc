"""SC18-G09, the card-selling ring (断卡: a recruiter, card sellers, card buyers) and SC18-G10, the money-mule
layering crew (跑分: participants' and rented accounts, second-layer accounts, ATMs and USDT dealers)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from fraudops import Gang, block, report
from life import emit_calls
from people import P, People, add_person, extra_card, give_cards, new_account, register
from world import DAY, RIDX, T0, T_END, World

G09 = Gang("SC18-G09", "card_selling", "other")
G10 = Gang("SC18-G10", "running_points", "other")


@dataclass
class SoldCard:
    card: int
    seller: int  # person
    open_t: int
    sale_t: int
    store_cell: int
    taken: bool = False


@dataclass
class Ring:
    recruiters: list[int] = field(default_factory=list)
    sellers: list[int] = field(default_factory=list)
    buyers: list[int] = field(default_factory=list)
    cards: list[SoldCard] = field(default_factory=list)
    rented: list[tuple[int, int, int]] = field(default_factory=list)  # (account, seller, open_t)
    participants: list[int] = field(default_factory=list)
    controllers: list[int] = field(default_factory=list)
    controller_nums: list[int] = field(default_factory=list)
    layer2: list[int] = field(default_factory=list)
    otc: list[int] = field(default_factory=list)
    atms: list[int] = field(default_factory=list)
    owner: dict[int, str] = field(default_factory=dict)  # collection account -> laundering gang
    participant_of: dict[int, int] = field(default_factory=dict)  # account -> participant's number

    def take(self, n: int, not_before: int) -> list[SoldCard]:
        """Sold cards not yet given to a gang, opened before ``not_before``."""
        out = []
        for sc in self.cards:
            if not sc.taken and sc.sale_t <= not_before:
                sc.taken = True
                out.append(sc)
                if len(out) == n:
                    break
        return out


STORES = (("CDPD", "agent-CDPD-03"), ("LSXC", "agent-LSXC-01"), ("NC", "agent-NC-07"), ("CDWJ", "agent-CDWJ-02"))


def setup_ring(w: World, ppl: People, n_sellers: int = 34) -> Ring:
    rng = w.rng
    ring = Ring()
    for region in ("CDPD", "LSXC"):
        pi = add_person(w, ppl, "service", ppl.n_households, RIDX[region])
        ppl.n_households += 1
        ppl.reserved[pi] = True
        give_cards(w, ppl, np.array([pi]))
        ring.recruiters.append(pi)
    for region in ("CDGX", "CDSL", "CDSL"):
        pi = add_person(w, ppl, "office", ppl.n_households, RIDX[region])
        ppl.n_households += 1
        ppl.reserved[pi] = True
        give_cards(w, ppl, np.array([pi]))
        ring.buyers.append(pi)
    # sellers: students, young workers, migrants home for summer, villagers
    groups = ((("uni",), 0.4), (("grad",), 0.12), (("service", "migrant"), 0.28), (("LSYV",), 0.2))
    for kinds, share in groups:
        want = int(round(n_sellers * share))
        if kinds == ("LSYV",):
            cand = [i for i in range(len(ppl.persona)) if ppl.region[i] == RIDX["LSYV"]]
        else:
            cand = [i for i in range(len(ppl.persona)) if ppl.persona[i] in [P[k] for k in kinds]]
        cand = [i for i in cand if ppl.cards[i] and not ppl.reserved[i] and ppl.life[i]]
        for i in rng.permutation(len(cand))[:want].tolist():
            ppl.reserved[cand[i]] = True
            ring.sellers.append(cand[i])
    for si, pi in enumerate(ring.sellers):
        region, store = STORES[si % len(STORES)] if ppl.region[pi] != RIDX["LSYV"] else STORES[1]
        store_cell = w.cell_in(region)
        k = int(rng.integers(2, 5))
        base = T0 + int(rng.uniform(-26, 7) * DAY) + int(rng.uniform(10, 17) * 3600)
        for j in range(k):
            ot = base + j * int(rng.integers(0, 2)) * DAY + j * 600
            c = extra_card(w, ppl, pi, ot, open_cell=store_cell, open_channel=store, life=False, prepaid=True)
            ring.cards.append(SoldCard(c, pi, ot, ot + int(rng.uniform(0.3, 3.0) * DAY), store_cell))
        for j in range(int(rng.integers(1, 3))):
            bank = ("ICBC", "CCB", "ABC", "PSBC", "Sichuan Rural Credit")[int(rng.integers(5))]
            bound = w.cards.get(ring.cards[-1 - j % k].card, "num")
            a = new_account(w, ppl.id_key[pi], bank, base + 3600 * (j + 1), bound)
            ring.rented.append((a, pi, base))
    return ring


def run_ring(w: World, ppl: People, ring: Ring) -> None:
    """Recruiting calls, the sellers' trips to the store, the buyers' payments, the ring's truth and reports."""
    rng = w.rng
    rec_nums = np.array([w.person_num_of(p) for p in ring.recruiters])
    for n in rec_nums.tolist():
        w.add_truth("msisdn", w.num_str(n), "mule_recruiter", G09.gid, G09.scheme, T0)
        for k in range(3):
            register(w, "qq", w.new_key("qq_"), n, T0 - int(rng.uniform(20, 200)) * DAY + k * 3600)
    # recruiters fish for sellers among students and young people, and call their sellers before each opening
    from fraudops import dial
    dial(w, G09, rec_nums, np.zeros(2, dtype=np.int64), np.full(2, 17), (6, 16), (10, 22),
         "students:0.55,young:0.3,reg:LSYV:0.15", 0.5, 70, callback=0.15)
    for sc in ring.cards:
        sn = w.person_num_of(sc.seller)
        k = int(rng.integers(1, 3))
        emit_calls(w, sc.open_t - rng.integers(3600, 4 * DAY, size=k), rec_nums[sc.seller % 2].repeat(k),
                   np.full(k, sn), 0.9, 150.0, callback=0.5)
        # the seller at the store: own phone seen at the store, the new card attaches there in the seller's phone
        w.emit("device", t=np.array([sc.open_t - 900, sc.open_t + 120]), msisdn=np.array([sn, w.cards.get(
            sc.card, "num")]), event=np.array([4, 0]), cell=np.array([sc.store_cell, sc.store_cell]))
        w.emit("sms", t=np.array([sc.open_t + 300]), sender=np.array([w.svc["operator"]]),
               receiver=np.array([w.cards.get(sc.card, "num")]),
               content=np.array([w.texts.add("【天府移动】欢迎使用天府移动，您的号码已开通。")]))
    for pi in ring.sellers:
        w.add_truth("id_key", ppl.id_key[pi], "card_seller", G09.gid, G09.scheme, T0)
        w.add_truth("msisdn", w.num_str(w.person_num_of(pi)), "card_seller", G09.gid, G09.scheme, T0)
    for sc in ring.cards:
        if not sc.taken:
            w.add_truth("msisdn", w.num_str(w.cards.get(sc.card, "num")), "card_seller", G09.gid, G09.scheme,
                        sc.open_t)
    # buyers pay the sellers per card and per rented account set
    buyer_acct = [ppl.accounts[b][0] for b in ring.buyers]
    for b in ring.buyers:
        w.add_truth("msisdn", w.num_str(w.person_num_of(b)), "card_buyer", G09.gid, G09.scheme, T0)
        for a in ppl.accounts[b]:
            w.add_truth("account", w.accounts.items[a], "card_buyer", G09.gid, G09.scheme, T0)
    for i, sc in enumerate(ring.cards):
        bi = i % len(ring.buyers)
        acct = ppl.accounts[sc.seller][0] if ppl.accounts[sc.seller] else -1
        if acct < 0:
            continue
        w.emit("transfers", t=np.array([sc.sale_t]), from_account=np.array([buyer_acct[bi]]),
               to_account=np.array([acct]), amount=np.array([float(rng.integers(2, 7) * 100)]), channel=np.array([3]),
               initiated_msisdn=np.array([w.person_num_of(ring.buyers[bi])]))
        emit_calls(w, np.array([sc.sale_t - 1800]), np.array([w.person_num_of(ring.buyers[bi])]),
                   np.array([w.person_num_of(sc.seller)]), 1.0, 60.0, callback=0)
    for _, pi, ot in ring.rented:
        if ppl.accounts[pi]:
            w.emit("transfers", t=np.array([ot + 2 * DAY]), from_account=np.array([buyer_acct[pi % len(buyer_acct)]]),
                   to_account=np.array([ppl.accounts[pi][0]]), amount=np.array([float(rng.integers(10, 26) * 100)]),
                   channel=np.array([3]))
    # police catch up with some sellers: reports and the credit-punishment watch list
    for pi in rng.permutation(ring.sellers)[:9].tolist():
        t = T0 + int(rng.uniform(4, 16.5) * DAY)
        report(w, t, "id_key", ppl.id_key[pi], "card_seller", "other", None)
        block(w, "id_key", ppl.id_key[pi], t + 6 * 3600, "card seller (断卡)", list_="watch", days=1825)


def setup_mules(w: World, ppl: People, ring: Ring) -> None:
    """G10: controllers with phones binding many accounts, 跑分 participants, second layer, OTC dealers, ATMs."""
    rng = w.rng
    for region in ("CDSL", "CDGX", "CDSL"):
        pi = add_person(w, ppl, "service", ppl.n_households, RIDX[region], life=False)
        ppl.n_households += 1
        ppl.reserved[pi] = True
        give_cards(w, ppl, np.array([pi]))
        ring.controllers.append(pi)
    young = [i for i in range(len(ppl.persona)) if ppl.persona[i] in (P["uni"], P["service"], P["migrant"])
             and ppl.cards[i] and not ppl.reserved[i] and ppl.life[i]]
    for i in rng.permutation(len(young))[:14].tolist():
        ppl.reserved[young[i]] = True
        ring.participants.append(young[i])
    for k in range(10):
        ctrl = ring.controllers[k % 3]
        bound = w.cards.get(ppl.cards[ctrl][0], "num")
        a = new_account(w, w.new_key("id"), ("ICBC", "ABC", "CCB", "CMB", "PSBC")[k % 5],
                        T0 - int(rng.uniform(30, 120)) * DAY, bound)
        ring.layer2.append(a)
    for _ in range(3):
        ring.otc.append(new_account(w, w.new_key("id"), "CMB", T0 - int(rng.uniform(60, 400)) * DAY, -1))
    for k in range(24):
        ring.atms.append(w.accounts.add(f"ATM-{('ICBC', 'CCB', 'ABC', 'RCC')[k % 4]}-{k:03d}"))


def collection_pool(ring: Ring, ppl: People) -> list[int]:
    """First-layer accounts G10 launders through: rented from sellers and the participants' own."""
    pool = [a for a, _, _ in ring.rented]
    pool += [ppl.accounts[p][0] for p in ring.participants if ppl.accounts[p]]
    return pool


def launder(w: World, ppl: People, ring: Ring, own: dict[int, str]) -> None:
    """Every victim payment moves on within minutes: to the second layer, then ATMs and USDT dealers."""
    rng = w.rng
    ctrl_nums = [w.person_num_of(p) for p in ring.controllers]
    part_num = {ppl.accounts[p][0]: w.person_num_of(p) for p in ring.participants if ppl.accounts[p]}
    t_l, f_l, to_l, a_l, ch_l, in_l = [], [], [], [], [], []

    def tx(t, f, to, a, ch, ini):
        t_l.append(int(t))
        f_l.append(f)
        to_l.append(to)
        a_l.append(round(float(a), 2))
        ch_l.append(ch)
        in_l.append(ini)

    for t, acct, amt, _gid in sorted(w.victim_payments):
        own_gang = own.get(acct)
        if own_gang is None:  # G10's layering
            t1 = t + int(rng.integers(180, 2400))
            ini = part_num.get(acct, ctrl_nums[int(rng.integers(3))])
            parts = [amt] if amt < 20000 or rng.random() < 0.4 else [amt * 0.55, amt * 0.43]
            for p in parts:
                l2 = ring.layer2[int(rng.integers(len(ring.layer2)))]
                tx(t1, acct, l2, p * 0.985, 0, ini)
                t2 = t1 + int(rng.integers(600, 3 * 3600))
                if rng.random() < 0.4:
                    left = p * 0.985
                    while left > 1:
                        chunk = min(left, float(rng.integers(50, 201) * 100))
                        tx(t2, l2, ring.atms[int(rng.integers(len(ring.atms)))], chunk, 2, -1)
                        t2 += int(rng.integers(60, 600))
                        left -= chunk
                else:
                    tx(t2, l2, ring.otc[int(rng.integers(len(ring.otc)))], p * 0.98, 0,
                       ctrl_nums[int(rng.integers(3))])
                t1 += int(rng.integers(30, 300))
        else:  # gangs with their own accounts move money to a dealer within hours
            t1 = t + int(rng.uniform(0.5, 10) * 3600)
            tx(t1, acct, ring.otc[int(rng.integers(len(ring.otc)))], amt * 0.97, 0, -1)
    keep = [i for i, t in enumerate(t_l) if t < T_END]
    if keep:
        w.emit("transfers", t=np.array(t_l)[keep], from_account=np.array(f_l)[keep], to_account=np.array(to_l)[keep],
               amount=np.array(a_l)[keep], channel=np.array(ch_l)[keep], initiated_msisdn=np.array(in_l)[keep])
    # test payments when accounts are taken over, and bank freezes of some first-layer accounts
    for a in collection_pool(ring, ppl):
        w.emit("transfers", t=np.array([T0 + int(rng.uniform(0, 9) * DAY)]), from_account=np.array([ring.layer2[0]]),
               to_account=np.array([a]), amount=np.array([round(float(rng.uniform(0.01, 1.0)), 2)]),
               channel=np.array([0]), initiated_msisdn=np.array([ctrl_nums[0]]))
    paid_to = sorted({a for _, a, _, _ in w.victim_payments})
    for a in rng.permutation(paid_to)[: max(1, len(paid_to) // 5)].tolist():
        first = min(t for t, acc, _, _ in w.victim_payments if acc == a)
        tr = first + int(rng.uniform(6, 72) * 3600)
        if tr < T_END:
            report(w, tr, "account", w.accounts.items[a], "fraud", None, None, source="bank")


def ring_truth(w: World, ppl: People, ring: Ring) -> None:
    for p in ring.controllers:
        for c in ppl.cards[p]:
            w.add_truth("msisdn", w.num_str(w.cards.get(c, "num")), "gang_member", G10.gid, G10.scheme, T0)
    for p in ring.participants:
        w.add_truth("msisdn", w.num_str(w.person_num_of(p)), "gang_member", G10.gid, G10.scheme, T0)
        if ppl.accounts[p]:
            w.add_truth("account", w.accounts.items[ppl.accounts[p][0]], "mule_account", G10.gid, G10.scheme, T0)
    for a, _, ot in ring.rented:
        w.add_truth("account", w.accounts.items[a], "mule_account", G10.gid, G10.scheme, ot)
    for a in ring.layer2 + ring.otc:
        w.add_truth("account", w.accounts.items[a], "mule_account", G10.gid, G10.scheme, T0)
    # the controllers' phones carry a bank app for each account they run
    bank_apps = ("com.icbc", "com.chinamworld.main", "com.android.bankabc", "cmb.pb", "com.yitong.mbank.psbc")
    for p in ring.controllers:
        n = w.person_num_of(p)
        k = len(bank_apps)
        w.emit("apps", t=T0 + np.arange(k) * 3600 + 10 * 3600, msisdn=np.full(k, n),
               app=w.apps.add_many(bank_apps), event=np.zeros(k, dtype=np.int64))
