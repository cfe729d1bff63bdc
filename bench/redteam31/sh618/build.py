"""Assemble one seed's province: everyday life, look-alikes, gangs, reports and lists; write interchange v1."""

from __future__ import annotations

import numpy as np

from .actors import KINDS, base_overlays, family_plans, repair_shops, run_kind, second_cards, victim_like
from .gangs import run_all
from .people import SERVICE_NUMS, Pop, everyday
from .world import DAY, DAYS, T0, World, write_all

# users report some look-alikes as fraud: who gets called too often by strangers
REPORTED_KINDS = {"courier_618_peak": 0.08, "renovation_telesales": 0.3, "debt_collection_agency_voip": 0.2,
                  "exam_course_telesales": 0.2, "consumer_finance_telesales": 0.25, "operator_5g_telemarketing": 0.1,
                  "licensed_loan_broker": 0.3, "estate_agent_rent_season": 0.05, "bank_collections_centre": 0.1}
VERIFIED_KINDS = ("bank_collections_centre", "ecommerce_aftersales_voip", "operator_5g_telemarketing",
                  "parcel_claims_department", "university_career_office", "hotline_12345_callback")


def build(out: str, seed: int, subscribers: int) -> dict[str, int]:
    w = World(seed)
    pop = Pop(w, subscribers)
    everyday(w, pop)
    acts = {}
    for spec in KINDS:
        acts[spec["kind"]] = run_kind(w, pop, spec)
    repair_shops(w, pop)
    second_cards(w, pop)
    family_plans(w, pop)
    base_overlays(w, pop)
    victim_like(w, pop)
    f = run_all(w, pop)
    r = w.rng("reports")
    extra = list(f.pre_reports)
    for kind, p in REPORTED_KINDS.items():
        for x in acts[kind].msisdn[r.random(acts[kind].n) < p].tolist():
            extra.append((T0 + int(r.integers(DAY, DAYS * DAY)), "msisdn", str(x), "fraud", "other", None,
                          "user_report"))
    f.write_reports(extra)
    # lists: service numbers and verified enterprise numbers allowed; May's phishing domains blocked
    allow = [str(x) for x in SERVICE_NUMS.tolist()] + ["96110", "12381"]
    for kind in VERIFIED_KINDS:
        nums = acts[kind].msisdn
        allow += [str(x) for x in nums[r.random(len(nums)) < 0.6].tolist()]
    w.sink.add("lists", len(allow), entity_type="msisdn", entity=np.array(allow, object), list="allow",
               reason="verified service or enterprise number", added_time=T0 - 200 * DAY)
    blk = f.pre_lists
    w.sink.add("lists", len(blk), entity_type=np.array([b[0] for b in blk], object),
               entity=np.array([b[1] for b in blk], object), list="block", reason="phishing reported in May",
               added_time=T0 - 10 * DAY, expires_time=T0 + 80 * DAY)
    return write_all(w, out)
