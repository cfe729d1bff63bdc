"""What the anti-fraud centre already had: older police reports, user complaints (some about honest
businesses, later appealed), the operator's and regulator's lists; and the ``benign`` truth rows of the
ordinary population."""

from __future__ import annotations

import numpy as np
from kit import Kit
from world import DAY, DAYS, T0


def reports_and_lists(kit: Kit) -> None:
    w, rng, t = kit.w, kit.rng, kit.t
    # police cases of the spring and summer: numbers and sites long gone
    for _ in range(60):
        tt = T0 - int(rng.uniform(2, 120) * DAY)
        kind = rng.random()
        if kind < 0.5:
            ent, et = (w.other_msisdn("virtual") if rng.random() < 0.5 else w.other_msisdn()), "msisdn"
        elif kind < 0.7:
            ent, et = w.account_id(), "account"
        elif kind < 0.9:
            ent, et = f"{''.join(chr(97 + int(x)) for x in rng.integers(0, 26, 6))}-{['kefu', 'tk', 'jr', 'gp'][int(rng.integers(4))]}.{['cn', 'top', 'vip', 'com'][int(rng.integers(4))]}", "domain"
        else:
            ent, et = w.foreign(["KH", "MM", "PH"][int(rng.integers(3))]), "msisdn"
        ft = ["customer_service", "loan", "investment", "impersonate_police", "part_time_job", "romance"][int(rng.integers(6))]
        t.add("reports", time=tt, entity_type=et, entity=ent, label="fraud", fraud_type=ft,
              loss_amount=float(rng.integers(1, 300)) * 100, source="police")
        if et == "domain":
            t.add("lists", entity_type="domain", entity=ent, list="block", reason="police case", added_time=tt + DAY,
                  expires_time=None)
    # complaints about honest callers, and their appeals
    la = [(e, r) for e, r, et in zip(t.rows["truth/entities"]["entity"], t.rows["truth/entities"]["role"],
                                     t.rows["truth/entities"]["entity_type"], strict=True)
          if et == "msisdn" and r in ("lookalike:real_estate_agent", "lookalike:debt_collector", "lookalike:bank_telemarketer",
                                      "lookalike:bridal_photo_sales", "lookalike:education_sales")]
    for e, _r in la[:: 3]:
        tt = T0 + int(rng.uniform(0, DAYS - 2) * DAY)
        t.add("reports", time=tt, entity_type="msisdn", entity=e, label="fraud", fraud_type="other", source="user_report")
        t.add("reports", time=tt + int(rng.uniform(1, 2) * DAY), entity_type="msisdn", entity=e, label="benign",
              source="internal")
    for num, why in [("8695588", "bank hotline"), ("8695533", "bank hotline"), ("8695599", "bank hotline"),
                     ("8696110", "anti-fraud centre"), ("8612381", "regulator warning sender"),
                     ("8610690560", "anti-fraud centre SMS"), ("8695582", "securities firm")]:
        t.add("lists", entity_type="msisdn", entity=num, list="allow", reason=why, added_time=T0 - 400 * DAY, expires_time=None)
    for dom in ["www.bmy.com.cn", "www.huashan.com.cn", "ticket.huashan.com.cn", "www.12306.cn"]:
        t.add("lists", entity_type="domain", entity=dom, list="allow", reason="official site", added_time=T0 - 300 * DAY,
              expires_time=None)
    for cc in ["855", "95", "63"]:
        t.add("lists", entity_type="msisdn", entity=cc, list="high_risk_region", reason="country code of known call centres",
              added_time=T0 - 200 * DAY, expires_time=None)


def benign_truth(kit: Kit) -> None:
    pop = kit.pop
    for m in pop.msisdn[np.argsort(pop.msisdn.astype(str), kind="stable")]:
        kit.truth("msisdn", m, "benign", None, "ordinary", None)
