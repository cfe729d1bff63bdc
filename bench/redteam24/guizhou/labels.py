"""What the anti-fraud centre already knows: police and user reports (late and partial, a few wrong) and
the operator's lists."""

from __future__ import annotations

import numpy as np

from . import catalog as C
from .supply import Chain
from .world import World

FT = {"G01": "investment", "G02": "other", "G03": "customer_service", "G04": "impersonate_police", "G05": "loan",
      "G06": "romance", "G07": "other", "G08": "impersonate_police", "G09": "loan", "G10": "part_time_job",
      "G11": "acquaintance", "G12": "customer_service", "G13": "other", "G14": "other", "G15": "part_time_job"}


def reports_and_lists(w: World, ch: Chain):
    rng = w.rng
    rows = []  # time, entity_type, entity, label, fraud_type, loss, source
    end = C.START + w.days * C.DAY
    # victims who report to the police (about 45%), a day or two after paying
    for m, t, amt, ft, _g in ch.victims:
        if rng.random() < .45:
            rows.append((t + int(rng.integers(3600, 3 * 86400)), "msisdn", m, "victim", ft, amt, "police"))
    # the numbers, handsets and sites the victims name, reported some days after they started
    ents = sorted(w.truth.ent.items())
    for (et, e), (role, gang, _s, first) in ents:
        if not gang or role in ("victim",) or role.startswith("lookalike"):
            continue
        p = {"fraud_caller": .22, "simbox_sim": .15, "fixed_voip_line": .2, "fraud_sms_sender": .3, "fraud_domain": .35,
             "fraud_app": .3, "mule_account": .2, "card_seller": .12, "simbox_device": 0, "card_buyer": .0,
             "gang_member": 0, "mule_recruiter": .3, "sold_card": 0}.get(role, 0)
        if rng.random() >= p:
            continue
        t = (first or C.START) + int(rng.integers(1 * 86400, 5 * 86400))
        if t >= end:
            continue
        lab = "card_seller" if role == "card_seller" else "fraud"
        src = "bank" if et == "account" else ("user_report" if role in ("fraud_sms_sender", "mule_recruiter") else "police")
        rows.append((t, et if et != "ip" else "ip", e, lab, FT.get(gang[:3], "other"), None, src))
    # history: numbers reported before the week (other gangs, long gone)
    old = w.numbers("offnet", 60)
    for m in old:
        rows.append((C.START - int(rng.integers(86400, 80 * 86400)), "msisdn", str(m), "fraud",
                     str(rng.choice(list(FT.values()))), None, "police"))
    # wrong user reports: annoyed people report legitimate callers as fraud; some appeals are granted
    la = [k for k, v in ents if v[0] in ("lookalike:telemarketing_call_centre", "lookalike:debt_collector",
                                         "lookalike:licensed_loan_marketing", "lookalike:insurance_agent") and k[0] == "msisdn"]
    for i in rng.choice(len(la), min(10, len(la)), replace=False):
        t = C.START + int(rng.integers(0, w.days * 86400))
        rows.append((t, "msisdn", la[i][1], "fraud", "other", None, "user_report"))
        if rng.random() < .5:
            rows.append((t + 86400, "msisdn", la[i][1], "benign", None, None, "internal"))
    rows.sort(key=lambda r: (r[0], r[2]))
    if rows:
        w.sink.add("reports", len(rows), time=np.array([r[0] for r in rows], np.int64),
                   entity_type=np.array([r[1] for r in rows], object), entity=np.array([r[2] for r in rows], object),
                   label=np.array([r[3] for r in rows], object), fraud_type=np.array([r[4] for r in rows], object),
                   loss_amount=np.array([np.nan if r[5] is None else r[5] for r in rows]),
                   source=np.array([r[6] for r in rows], object))
    # lists
    L = []
    for m in ("95588", "12381", "10011", "10690851001", "10690851002"):
        L.append(("msisdn", m, "allow", "registered service port", C.START - 400 * 86400, -1))
    for k, v in ents:
        if v[0] in ("lookalike:cdc_health_followup", "lookalike:antifraud_warning_line", "lookalike:bank_card_outreach",
                    "lookalike:hospital_appointment_line") and k[0] == "msisdn":
            L.append(("msisdn", k[1], "allow", "registered enterprise caller", C.START - 200 * 86400, -1))
    for m in old[:30]:
        L.append(("msisdn", str(m), "block", "police notice", C.START - int(rng.integers(86400, 60 * 86400)), C.START + 180 * 86400))
    L.append(("domain", "etc-renzheng.vip", "block", "phishing site (DNS block)", C.START + 5 * 86400 + 40000, -1))
    L.append(("domain", "kx7w.top", "watch", "wildcard phishing family", C.START + 6 * 86400, -1))
    for k, v in ents:
        if v[0] == "card_seller" and k[0] == "id_key" and rng.random() < .2:
            L.append(("id_key", k[1], "watch", "card sold in an earlier case", C.START - int(rng.integers(10, 200)) * 86400,
                      C.START + 365 * 86400))
    w.sink.add("lists", len(L), entity_type=np.array([x[0] for x in L], object), entity=np.array([x[1] for x in L], object),
               list=np.array([x[2] for x in L], object), reason=np.array([x[3] for x in L], object),
               added_time=np.array([x[4] for x in L], np.int64), expires_time=np.array([x[5] for x in L], np.int64))
