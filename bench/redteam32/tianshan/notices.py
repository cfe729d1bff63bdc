"""Application-to-person SMS: the operator, government notices of the season, shops, verification codes, parcel
lockers, and bank alerts for transfers."""

from __future__ import annotations

import numpy as np

from . import people as PP
from . import sink as S
from . import texts as X
from . import world as W
from .catalog import BANKS
from .everyday import _card_days
from .people import Population

OPERATOR_CODE = 10038
GOV_CODE = {"cotton_notice": 12316, "pension_notice": 12333, "chongyang": 12345, "heating": 96677,
            "cold_wave": 12379, "kanas_close": 9690601, "picker_notice": 12333, "antifraud": 12381}
BANK_CODE = {"ICBC": 95588, "ABC": 95599, "CCB": 95533, "BOC": 95566, "PSBC": 95580,
             "Xinjiang Rural Credit Union": 96789, "Bank of Urumqi": 96518, "Kunlun Bank": 95379,
             "Xinjiang Tianshan Rural Commercial Bank": 96766, "China Merchants Bank": 95555,
             "Bank of Communications": 95559}


def notices(pop: Population, sink: S.Sink, rng: np.random.Generator) -> None:
    txt = sink.cat["text"]
    C = pop.C
    # operator: bill, data warnings
    t = W.T0 + rng.integers(1, 4, C) * W.DAY + rng.integers(10 * 3600, 12 * 3600, C)
    sink.add("sms", t=t, a=OPERATOR_CODE, b=pop.msisdn, text=txt.add(X.OPERATOR[1]))
    w = np.flatnonzero(rng.random(C) < np.where(np.isin(pop.cseg, [PP.STUDENT, PP.PICKER]), 0.5, 0.15))
    sink.add("sms", t=W.times(rng, rng.integers(0, W.DAYS, w.size), "young"), a=OPERATOR_CODE, b=pop.msisdn[w],
             text=txt.add(X.OPERATOR[0]))
    w = np.flatnonzero(rng.random(C) < 0.3)
    sink.add("sms", t=W.times(rng, rng.integers(0, W.DAYS, w.size), "day"), a=OPERATOR_CODE, b=pop.msisdn[w],
             text=txt.add(X.OPERATOR[2]))
    # the season's government notices
    plan = [
        ("cotton_notice", pop.cards_where(segs=[PP.FARMER]), 2, "business"),
        ("pension_notice", pop.cards_where(segs=[PP.ELDER]), 4, "business"),
        ("chongyang", pop.cards_where(segs=[PP.ELDER], regions=W.URUMQI), W.CHONGYANG, "day"),
        ("heating", pop.cards_where(regions=W.URUMQI), 1, "business"),
        ("cold_wave", pop.cards_where(regions=W.NORTH), W.SNOW - 1, "evening"),
        ("picker_notice", pop.cards_where(segs=[PP.PICKER]), 3, "business"),
        ("kanas_close", np.flatnonzero(pop.trip_e >= 0), W.SNOW, "day"),
    ]
    for key, cards, day, prof in plan:
        if key == "kanas_close":
            kc = np.concatenate([pop.cells.by_region[r] for r in W.ALTAY_TOUR])
            cards = cards[np.isin(pop.trip_cell[cards], kc)]
        # a broadcast takes a couple of hours to go out
        t = W.T0 + day * W.DAY + (11 if prof != "evening" else 19) * 3600 + rng.integers(0, 3 * 3600, cards.size)
        sink.add("sms", t=t, a=GOV_CODE[key], b=pop.msisdn[cards], text=txt.add(X.GOV[key]))
    # shops: marketing (pre-sale heavy on the 20th)
    senders = pop.nums.service(24)
    mult = np.ones(W.DAYS)
    mult[W.PRESALE - 1: W.PRESALE + 1] = 3
    mk = txt.many(X.MARKETING)
    card, day = _card_days(rng, np.where(pop.cseg == PP.ELDER, 0.1, 0.2), mult)
    t = W.T0 + day * W.DAY + rng.integers(10 * 3600, 21 * 3600, card.size)
    sink.add("sms", t=t, a=senders[rng.integers(0, 12, card.size)], b=pop.msisdn[card],
             text=mk[rng.integers(0, mk.size, card.size)])
    # verification codes
    otp_send = senders[12:21]
    codes = [txt.add(X.OTP.format(p, int(c))) for p in X.OTP_PLATFORMS for c in rng.integers(0, 10**6, 60)]
    codes = np.array(codes, np.int32).reshape(len(X.OTP_PLATFORMS), 60)
    card, day = _card_days(rng, np.where(pop.cseg == PP.ELDER, 0.03, 0.14), np.ones(W.DAYS))
    t = W.times(rng, day, PP.PROFILE[pop.cseg[card]])
    plat = rng.integers(0, len(X.OTP_PLATFORMS), card.size)
    sink.add("sms", t=t, a=otp_send[plat], b=pop.msisdn[card], text=codes[plat, rng.integers(0, 60, card.size)])
    # parcel lockers and couriers
    cour = []
    for tpl in X.COURIER:
        for _ in range(80):
            if "{:d}-" in tpl:
                cour.append(tpl.format(int(rng.integers(1, 30)), int(rng.integers(1, 9)), int(rng.integers(1000, 9999))))
            elif "{:06d}" in tpl:
                cour.append(tpl.format(int(rng.integers(0, 10**6))))
            else:
                cour.append(tpl.format(f"1{int(rng.integers(30, 99))}{int(rng.integers(10**7, 10**8))}"))
    cour = txt.many(cour)
    card, day = _card_days(rng, np.where(pop.cseg == PP.ELDER, 0.03, 0.1), np.ones(W.DAYS))
    t = W.times(rng, day, "day")
    sink.add("sms", t=t, a=senders[21:24][rng.integers(0, 3, card.size)], b=pop.msisdn[card],
             text=cour[rng.integers(0, cour.size, card.size)])


def bank_alerts(sink: S.Sink, rng: np.random.Generator) -> None:
    """Each bank texts its customer for most debits and many credits (bound phone number, bank's short code)."""
    tr = {k: np.concatenate([p[k] for p in sink.parts["transfers"]]) for k in ("t", "fr", "to", "amt")}
    n_acc = len(sink.cat["account"])
    bound = np.zeros(n_acc, np.int64)
    bank = np.full(n_acc, -1, np.int64)
    for ch in sink.banks:
        b = np.asarray(ch["bound"]).astype(np.int64)
        bound[ch["acct"]] = b
        bank[ch["acct"]] = [BANKS.index(x) for x in np.asarray(ch["bank"]).tolist()]
    codes = np.array([BANK_CODE[b] for b in BANKS], np.int64)
    txt = sink.cat["text"]
    for col, word, share in (("fr", "支出", 0.8), ("to", "存入", 0.5)):
        acc = tr[col]
        m = (bound[acc] > 0) & (rng.random(acc.size) < share)
        idx = np.flatnonzero(m)
        t = tr["t"][idx] + rng.integers(2, 40, idx.size)
        lt = ((t - W.T0) % W.DAY)
        d = W.day_of(t) + 12
        texts = [txt.add(X.BANK_ALERT.format(BANKS[b].split()[0] if b >= 0 else "银行", int(a) % 10000, 10, int(dd),
                                             int(s // 3600), int(s % 3600 // 60), word, float(v)))
                 for b, a, dd, s, v in zip(bank[acc[idx]].tolist(), acc[idx].tolist(), d.tolist(), lt.tolist(),
                                           tr["amt"][idx].tolist(), strict=True)]
        sink.add("sms", t=t, a=codes[bank[acc[idx]]], b=bound[acc[idx]], text=np.array(texts, np.int32))
