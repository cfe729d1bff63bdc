"""The supply chain behind the gangs (HB-G12 断卡 and HB-G13 mules).

Card sellers: college students in the Luquan university town selling freshly opened cards, elderly
villagers of Handan and Xingtai driven to a county agent by a collector to open four or five cards each,
migrant workers at the steel works, and cards opened online on stolen IDs of people who never knew.
Card buyers in Gu'an and Shijiazhuang test every card in old phones (one short call, platform
verification codes, a batch of platform accounts) before it goes to a gang or sleeps in a drawer.

Mules: recruiters text students and migrant workers offering 300-800 a day for renting a bank card;
the recruited open new accounts; a 跑分 studio in Handan runs payment-code wallets; money is layered
through second- and third-level accounts to OTC sellers and ATMs.
"""

from __future__ import annotations

import numpy as np

from . import catalog
from .everyday import register
from .fraudkit import Gang, pick, rows
from .residents import AGE
from .traffic import CH, EV, device, outcome, sms, texts, transfer, voice
from .world import DAY, World

G_CARDS = "HB-G12"
G_MULES = "HB-G13"


class Supply:
    def __init__(self, w: World):
        self.w = w
        self.rng = w.rng("supply")
        self.cards = Gang(w, G_CARDS, "card_supply", "other")
        self.mule_gang = Gang(w, G_MULES, "mule_network", "part_time_job")

    def build(self) -> None:
        self.sellers()
        self.buyers()
        self.test_cards()
        self.mules()

    # ---- card sellers ----
    def _open(self, seller_res, per, day, channel, hours=(9, 17), seg_p=(0.45, 0.25, 0.3)) -> np.ndarray:
        """Cards opened on each seller's ID (seller_res: w.res indices; day: per seller)."""
        w, rng = self.w, self.rng
        k = np.broadcast_to(np.asarray(per), seller_res.shape)
        s = np.repeat(np.arange(len(seller_res)), k)
        region = w.res["region"][seller_res][s]
        person = w.res["person"][seller_res][s]
        t = (w.start + np.asarray(day)[s] * DAY + rng.integers(hours[0] * 3600, hours[1] * 3600, len(s))) // 60 * 60
        msisdn = w.onnet_mobile(region, p=seg_p)
        ch = np.broadcast_to(np.asarray(channel), seller_res.shape)[s]
        lines = w.new_lines(msisdn, person, 0, t, ch, prepaid=rng.random(len(s)) < 0.8, region=region)
        return lines

    def sellers(self) -> None:
        w, rng = self.w, self.rng
        res = w.res
        parts = []
        # students of the university town
        st = pick(rng, (res["age"] == AGE["S"]) & ~res["second"], w.n(30))
        day = rng.integers(-24, 7, len(st))
        chans = w.channels_of(w.region_of["sjz"], agents=True)
        lines = self._open(st, rng.integers(2, 5, len(st)), day, chans[rng.integers(0, 2, len(st))])
        parts.append((st, lines, "student"))
        # elderly villagers driven to a county agent in batches
        vill = (np.isin(res["dist"], [w.dist("hd_villages"), w.dist("xt_west")]) & (res["age"] == AGE["E"])
                & ~res["second"])
        el = pick(rng, vill, w.n(36))
        batch_day = np.array([-16, -7, 2, 6])
        b = rng.integers(0, len(batch_day), len(el))
        reg = res["region"][el]
        ch = np.array([w.channels_of(int(r), agents=True)[1] for r in reg])
        lines = self._open(el, rng.integers(3, 6, len(el)), batch_day[b], ch, hours=(9, 12))
        parts.append((el, lines, "village_elderly"))
        self.elderly_sellers, self.elderly_day, self.elderly_chan = el, batch_day[b], ch
        # migrant workers at the sites
        mg = pick(rng, (res["age"] == AGE["M"]) & ~res["second"], w.n(14))
        reg = res["region"][mg]
        ch = np.array([w.channels_of(int(r), agents=True)[int(rng.integers(0, 5))] for r in reg])
        lines = self._open(mg, rng.integers(2, 4, len(mg)), rng.integers(-20, 5, len(mg)), ch)
        parts.append((mg, lines, "migrant"))
        # opened online on stolen identities: the ID holders never knew (their id_key stays benign)
        stolen = pick(rng, (res["age"] >= AGE["Y"]) & ~res["second"], w.n(28))
        lines = self._open(stolen, rng.integers(1, 4, len(stolen)), rng.integers(-20, 6, len(stolen)),
                           len(w.channel_cell) - 1, hours=(0, 24))
        parts.append((stolen, lines, "stolen_id"))
        self.seller_res = np.concatenate([p[0] for p in parts[:3]])
        self.card_lines = np.concatenate([p[1] for p in parts])
        self.card_kind = np.concatenate([np.full(len(p[1]), p[2]) for p in parts])
        for sres, _, _kind in parts[:3]:
            g = self.cards
            g.label("msisdn", res["msisdn"][sres], "card_seller")
            g.label("id_key", w.id_keys(res["person"][sres]), "card_seller")
        ot = w.lines["open_time"][self.card_lines]
        self.ready = ot + rng.integers(3 * 3600, 2 * DAY, len(ot))  # tested by a buyer, ready for a gang
        self.taken = np.zeros(len(self.card_lines), bool)

    def take(self, n: int, not_before_day: int = -99, kinds=None) -> np.ndarray:
        """n untaken sold cards ready by ``not_before_day`` (indices into the inventory), oldest first; when the
        stock runs out (small provinces) more cards are opened on stolen IDs well before the window."""
        ok = ~self.taken & (self.ready < self.w.start + not_before_day * DAY)
        if kinds is not None:
            ok &= np.isin(self.card_kind, kinds)
        idx = np.nonzero(ok)[0]
        idx = idx[np.argsort(self.ready[idx], kind="stable")]
        if len(idx) < n:
            extra = np.nonzero(~self.taken & ~np.isin(np.arange(len(self.taken)), idx))[0]
            idx = np.concatenate([idx, extra[np.argsort(self.ready[extra], kind="stable")]])
        if len(idx) < n:
            self._restock(n - len(idx))
            idx = np.concatenate([idx, np.arange(len(self.taken) - (n - len(idx)), len(self.taken))])
        idx = idx[:n]
        self.taken[idx] = True
        return idx

    def _restock(self, k: int) -> None:
        w, rng = self.w, self.rng
        res = w.res
        who = pick(rng, (res["age"] >= AGE["Y"]) & ~res["second"], k)
        who = who[np.arange(k) % len(who)]
        lines = self._open(who, 1, rng.integers(-40, -15, k), len(w.channel_cell) - 1, hours=(0, 24))
        ot = w.lines["open_time"][lines]
        ready = ot + rng.integers(3 * 3600, 2 * DAY, k)
        self.card_lines = np.concatenate([self.card_lines, lines])
        self.card_kind = np.concatenate([self.card_kind, np.full(k, "stolen_id")])
        self.ready = np.concatenate([self.ready, ready])
        self.taken = np.concatenate([self.taken, np.zeros(k, bool)])
        self.sold_first = np.concatenate([self.sold_first, ready - 3600])

    def card(self, idx) -> dict:
        w = self.w
        ln = self.card_lines[idx]
        return dict(idx=idx, line=ln, msisdn=w.lines["msisdn"][ln], imsi=w.lines["imsi"][ln],
                    ready_day=(self.ready[idx] - w.start) // DAY, person=w.lines["person"][ln])

    # ---- card buyers ----
    def buyers(self) -> None:
        g = self.cards
        self.buyer_a = g.members(2, "lf_guan", rate=0.8)
        self.buyer_b = g.members(1, "sjz_urban", rate=0.8)
        self.collector = g.members(1, "hd_urban", rate=1.0)
        for m in (self.buyer_a, self.buyer_b, self.collector):
            g.label("msisdn", m["msisdn"], "card_buyer")
            g.label("id_key", self.w.id_keys(m["person"]), "card_buyer")
        self.test_phones = self.w.modems(4, "oldphone")
        g.label("imei", self.test_phones, "card_buyer")
        # the collector rides with the elderly sellers to the agent: calls them the day before and that morning
        w, rng = self.w, self.rng
        el, day = self.elderly_sellers, self.elderly_day
        c = self.collector
        for off, hours in ((-1, (18, 21)), (0, (7, 9))):
            d = day + off
            m = (d >= 0) & (d < w.days)
            t = w.start + d[m] * DAY + rng.integers(hours[0] * 3600, hours[1] * 3600, m.sum())
            g.calls(c["msisdn"][0], c["imei"][0], c["imsi"][0], c["home"][0], t, el[m], 0.9, 70, 0.5)
        for d in np.unique(day):
            if 0 <= d < w.days:
                chan_cells = np.unique(w.channel_cell[self.elderly_chan[day == d]])
                t = w.start + d * DAY + np.arange(len(chan_cells)) * 5400 + 9 * 3600
                device(w, t, c["msisdn"][0], c["imsi"][0], c["imei"][0], chan_cells, EV["location_update"])

    def test_cards(self) -> None:
        """Each sold card wakes once in a buyer's test phone: attach, a short call, verification codes,
        a batch of platform accounts; then sleeps until a gang uses it (or for good)."""
        w, rng = self.w, self.rng
        n = len(self.card_lines)
        where = rng.random(n) < 0.65
        phone = np.where(where, rng.integers(0, 2, n), rng.integers(2, 4, n))
        buyer_cell = np.where(where, self.buyer_a["home"][0], self.buyer_b["home"][0])
        imei = self.test_phones[phone]
        ms = w.lines["msisdn"][self.card_lines]
        imsi = w.lines["imsi"][self.card_lines]
        t = self.ready - rng.integers(600, 2 * 3600, n)
        device(w, t, ms, imsi, imei, buyer_cell, EV["power_on"])
        device(w, t + 20, ms, imsi, imei, buyer_cell, EV["attach"])
        test_no = np.where(where, self.buyer_a["msisdn"][1], self.buyer_b["msisdn"][0])
        res, dur, ring = outcome(rng, n, 0.95, 8, 0.4, 2, 30)
        voice(w, t + rng.integers(60, 400, n), ms, test_no, res, dur, ring, imei, imsi, buyer_cell, buyer_cell)
        k = rng.integers(1, 4, n)
        c = np.repeat(np.arange(n), k)
        ports = np.array([1069500025, 1069500025, 10690000106, 106575012381])
        codes = texts(w, rng, ["【微信】验证码{c}，用于注册，5分钟内有效。", "【抖音】验证码{c}，用于新设备登录。",
                               "【QQ】验证码{c}。", "【支付宝】校验码{c}，您正在注册支付宝。"], 24)
        tt = t[c] + rng.integers(500, 3000, len(c))
        sms(w, tt, ports[rng.integers(0, 2, len(c))], ms[c], codes[rng.integers(0, len(codes), len(c))])
        plat = np.array([0, 2, 6, 1, 7])[rng.integers(0, 5, len(c))]
        key = c * 10 + plat
        _, first = np.unique(key, return_index=True)
        first.sort()
        acc = register(w, rng, ms[c][first], plat[first], tt[first] + 30, np.where(rng.random(len(first)) < 0.2, 2, 0))
        g = self.cards
        g.label("account", acc, "gang_member")
        device(w, t + rng.integers(3600, 3 * 3600, n), ms, imsi, imei, buyer_cell, EV["power_off"])
        self.sold_first = t

    def finish_labels(self) -> None:
        """Cards nobody used in the window stay sold cards; stolen-ID cards are sold cards too."""
        w = self.w
        ln = self.card_lines
        self.cards.label("msisdn", w.lines["msisdn"][ln], "sold_card", self.sold_first)
        self.cards.label("imsi", w.lines["imsi"][ln], "sold_card", self.sold_first)

    # ---- mules ----
    def mules(self) -> None:
        w, rng = self.w, self.rng
        g = self.mule_gang
        res = w.res
        self.recruiters = g.members(4, "hd_urban", rate=0.9)
        g.label("msisdn", self.recruiters["msisdn"], "mule_recruiter")
        g.label("id_key", w.id_keys(self.recruiters["person"]), "mule_recruiter")
        # recruiters' work cards: new, each texts students and migrant workers
        n_work = 8
        region = w.region_of["hd"]
        wp = np.repeat(self.recruiters["person"], 2)
        wms = w.onnet_mobile(np.full(n_work, region), p=(0.3, 0.2, 0.5))
        wot = w.start - rng.integers(5, 40, n_work) * DAY
        wl = w.new_lines(wms, wp, 0, wot, w.channels_of(region, agents=True)[rng.integers(0, 5, n_work)],
                         prepaid=True)
        wimei = np.repeat(self.recruiters["imei"], 2)
        wimsi = w.lines["imsi"][wl]
        g.label("msisdn", wms, "mule_recruiter")
        g.label("imsi", wimsi, "mule_recruiter")
        first = np.zeros(n_work, int)
        last = np.full(n_work, w.days - 1)
        c, d = rows(rng, first, last, 14)
        t = w.times(rng, d, "teen")
        cand = np.isin(res["age"], [AGE["S"], AGE["M"], AGE["Y"]]) & ~res["second"]
        tg = pick(rng, cand, len(t) * 2)[: len(t)] if len(t) else np.zeros(0, int)
        tg = tg if len(tg) == len(t) else np.nonzero(cand)[0][rng.integers(0, cand.sum(), len(t))]
        cell = w.near(rng, self.recruiters["home"][np.repeat(np.arange(4), 2)][c], 0.3)
        content = texts(w, rng, catalog.FRAUD_TEXTS["mule"], 20, c=["hbk8866", "ka_shou01", "zu_ka777", "yx52013"])
        g.texts(wms[c], wimei[c], cell, t, tg, content[rng.integers(0, len(content), len(t))])
        # mule holders: some of those texted, plus friends of friends; new accounts opened for renting
        holders = pick(rng, cand & (res["acct"] >= 0), w.n(42))
        nacc = rng.integers(1, 4, len(holders))
        h = np.repeat(np.arange(len(holders)), nacc)
        ot = w.start - rng.integers(2, 50, len(h)) * DAY
        bank = w.bank_choice(rng, len(h))
        kind = np.where(rng.random(len(h)) < 0.3, 1, 0)
        bank = np.where(kind == 1, np.where(rng.random(len(h)) < 0.5, w.WX, w.ZFB), bank)
        macc = w.new_accounts(res["person"][holders][h], bank, kind, ot, bound=res["msisdn"][holders][h])
        # recruiter calls each holder once or twice before their accounts are used
        tc = w.start + rng.integers(0, max(1, w.days - 3), len(holders)) * DAY + rng.integers(10, 21, len(holders)) * 3600
        rr = rng.integers(0, n_work, len(holders))
        g.calls(wms[rr], wimei[rr], wimsi[rr], self.recruiters["home"][rr // 2], tc, holders, 0.9, 240, 0.5)
        g.label("msisdn", res["msisdn"][holders], "gang_member")
        g.label("account", w.account_ids(macc), "mule_account")
        self.mule_accts = macc
        self.mule_holder_msisdn = res["msisdn"][holders][h]
        # payment-code studio in Handan: wallets operated from one flat by 10 people
        studio = g.members(w.n(10, 4), "hd_urban", rate=0.5, friends=2)
        cell = studio["home"][0]
        w.social.lines.cols["home"][studio["sidx"]] = cell
        k = rng.integers(3, 7, len(studio["person"]))
        p = np.repeat(np.arange(len(k)), k)
        wal = w.new_accounts(studio["person"][p], np.where(rng.random(len(p)) < 0.5, w.WX, w.ZFB), 1,
                             w.start - rng.integers(3, 60, len(p)) * DAY, bound=studio["msisdn"][p])
        g.label("account", w.account_ids(wal), "mule_account")
        self.paycode = wal
        self.paycode_msisdn = studio["msisdn"][p]
        self.studio = studio
        # layering: second level (people's cards bought outright), shells, OTC sellers and ATMs
        n2 = w.n(26, 8)
        l2p = w.new_persons(n2, 0, rng.integers(0, len(w.region_keys), n2))
        self.l2 = w.new_accounts(l2p, w.bank_choice(rng, n2), 0, w.start - rng.integers(10, 90, n2) * DAY)
        n3 = w.n(10, 4)
        l3p = w.new_persons(n3, 2, rng.integers(0, len(w.region_keys), n3))
        self.l3 = w.new_accounts(l3p, w.bank_choice(rng, n3), 2, w.start - rng.integers(30, 200, n3) * DAY)
        g.label("account", w.account_ids(np.concatenate([self.l2, self.l3])), "mule_account")
        g.label("id_key", w.id_keys(np.concatenate([l2p, l3p])), "gang_member")
        self.otc = w.new_accounts(w.new_persons(6, 0), w.bank_choice(rng, 6), 4)
        self.atm = w.new_accounts(w.new_persons(4, 2), w.bank_choice(rng, 4), 5)
        # the studio also takes ordinary payments (cover): strangers paying for game top-ups and goods
        n = w.n(500)
        payer = pick(rng, (res["acct"] >= 0) & (res["age"] <= AGE["A"]), n)
        t = w.start + rng.integers(0, w.days * DAY, len(payer))
        transfer(w, t, res["acct"][payer], wal[rng.integers(0, len(wal), len(payer))],
                 np.round(rng.lognormal(np.log(80), 0.8, len(payer)), 2), CH["third_party"], res["msisdn"][payer])

    def mules_for(self, gid: str, n: int, paycode: bool = False) -> np.ndarray:
        pool = self.paycode if paycode else self.mule_accts
        r = np.random.default_rng([self.w.seed, sum(map(ord, gid)), n])
        return pool[r.choice(len(pool), min(n, len(pool)), replace=False)]

    def layering(self) -> None:
        """Money landing in first-level accounts moves on within the hour, then again, then out."""
        w, rng = self.w, self.rng
        if not w.inflows:
            return
        acct = np.concatenate([f["acct"] for f in w.inflows])
        t = np.concatenate([f["t"] for f in w.inflows])
        amt = np.concatenate([f["amt"] for f in w.inflows])
        n = len(acct)
        holder = np.full(n, -1, np.int64)
        m1 = np.isin(acct, self.mule_accts)
        order = np.argsort(self.mule_accts)
        srt = self.mule_accts[order]
        pos = np.clip(np.searchsorted(srt, acct), 0, len(srt) - 1)
        holder[m1] = self.mule_holder_msisdn[order[pos[m1]]]
        srt2 = np.argsort(self.paycode)
        pos2 = np.clip(np.searchsorted(self.paycode[srt2], acct), 0, len(srt2) - 1)
        m2 = self.paycode[srt2][pos2] == acct
        holder[m2] = self.paycode_msisdn[srt2[pos2[m2]]]
        # hop 1: split in one or two parts to second level
        parts = rng.integers(1, 3, n)
        i = np.repeat(np.arange(n), parts)
        share = np.where(parts[i] == 1, 1.0, rng.uniform(0.35, 0.65, len(i)))
        share = np.where((parts[i] == 2) & (np.arange(len(i)) % 2 == 1), 1 - share, share) * rng.uniform(0.97, 0.995,
                                                                                                         len(i))
        t1 = t[i] + rng.integers(120, 3600, len(i))
        a1 = np.round(amt[i] * share, 2)
        l2 = self.l2[rng.integers(0, len(self.l2), len(i))]
        ok = t1 < w.end
        transfer(w, t1[ok], acct[i][ok], l2[ok], a1[ok], CH["mobile_app"], holder[i][ok])
        # hop 2: to a shell company account a few hours later
        t2 = t1 + rng.integers(1800, 8 * 3600, len(i))
        l3 = self.l3[rng.integers(0, len(self.l3), len(i))]
        a2 = np.round(a1 * rng.uniform(0.98, 1.0, len(i)), 2)
        ok = t2 < w.end
        transfer(w, t2[ok], l2[ok], l3[ok], a2[ok], CH["mobile_app"])
        # hop 3: OTC sellers (crypto) or ATM cash
        t3 = t2 + rng.integers(3600, 20 * 3600, len(i))
        out = np.where(rng.random(len(i)) < 0.7, self.otc[rng.integers(0, len(self.otc), len(i))],
                       self.atm[rng.integers(0, len(self.atm), len(i))])
        ok = t3 < w.end
        transfer(w, t3[ok], l3[ok], out[ok], np.round(a2[ok] * 0.995, 2),
                 np.where(np.isin(out[ok], self.atm), CH["atm"], CH["third_party"]))
        # banks freeze a share of the first-level accounts that received victims' money
        hit = np.unique(acct[m1])
        frz = hit[rng.random(len(hit)) < 0.35]
        w.accounts.cols["status"][frz] = 1
