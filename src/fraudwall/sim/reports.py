"""Labels a deployment really gets: police, bank and user reports, delayed and incomplete."""

from __future__ import annotations

import numpy as np

from fraudwall.sim.population import DAY, World
from fraudwall.sim.records import Cat
from fraudwall.sim.schemes.common import FraudState

ROLE_LABEL = {"card_seller": "card_seller"}
REPORTABLE = ("fraud_caller", "simbox_sim", "fixed_voip_line", "fraud_sms_sender", "fraud_domain", "fraud_app",
              "mule_account", "card_seller", "simbox_device")


def plan_reports(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Reports for a fraction of fraud entities and victims, after a delay; only those before the end."""
    rc = world.cfg.reports
    if not rc.enabled:
        return
    truth = world.truth.table("truth/entities").to_pydict()
    end = world.t0 + world.days * DAY
    gang_type = {g.gang_id: g.fraud_types[0] for g in state.gangs}
    rows: list[tuple] = []  # time, entity_type, entity, label, fraud_type, loss, source

    def delay(n: int) -> np.ndarray:
        h = np.maximum(rc.min_delay_h, rng.lognormal(np.log(rc.delay_median_h), rc.delay_sigma, n))
        return (h * 3600).astype(np.int64)

    first = [int(f.timestamp()) if f is not None else world.t0 for f in truth["first_active"]]
    for et, ent, role, gid, fa in zip(truth["entity_type"], truth["entity"], truth["role"], truth["gang_id"], first, strict=True):
        if role not in REPORTABLE:
            continue
        frac = rc.bank_fraction if role == "mule_account" else rc.fraud_fraction
        if role in ("fraud_domain", "fraud_app", "simbox_device"):
            frac *= 0.6
        if rng.random() >= frac:
            continue
        t = fa + int(delay(1)[0])
        source = "bank" if role == "mule_account" else "police"
        rows.append((t, et, ent, ROLE_LABEL.get(role, "fraud"), gang_type.get(gid, "other"), np.nan, source))
    for card, t_loss, _scheme, ftype, loss in state.victims:
        if rng.random() < rc.victim_fraction:
            t = t_loss + int(delay(1)[0] * 0.4)
            rows.append((t, "msisdn", str(world.cards["msisdn"][card]), "victim", ftype, round(loss, 2), "police"))
    # user reports: receivers of fraud SMS report the sender within hours
    for sender, times, _recv in state.sms_receivers:
        k = rng.binomial(times.size, rc.user_report_rate)
        for t in rng.choice(times, k, replace=False).tolist() if k else []:
            rows.append((t + int(rng.integers(300, 6 * 3600)), "msisdn", str(world.cards["msisdn"][sender]), "fraud",
                         "other", np.nan, "user_report"))
    # false user reports: look-alikes (couriers, marketing, call centres) annoy people too
    ben = [(e, s) for e, r, s in zip(truth["entity"], truth["role"], truth["scheme"], strict=True)
           if r == "benign" and s in ("courier", "sales", "marketing_sender", "call_centre")]
    k = min(len(ben), int(rng.poisson(rc.false_user_reports_per_10k * world.n_subscribers / 10_000)))
    for i in rng.choice(len(ben), k, replace=False).tolist() if k else []:
        t = world.t0 + int(rng.integers(0, world.days * DAY))
        rows.append((t, "msisdn", ben[i][0], "fraud", "other", np.nan, "user_report"))
    # some of those are cleared after an appeal: an internal benign label
    for i in rng.choice(len(ben), min(len(ben), max(1, k // 2)), replace=False).tolist() if ben else []:
        t = world.t0 + int(rng.integers(0, world.days * DAY))
        rows.append((t, "msisdn", ben[i][0], "benign", None, np.nan, "internal"))
    rows = [r for r in rows if r[0] < end]
    if not rows:
        return
    t, et, ent, label, ftype, loss, source = (list(c) for c in zip(*rows, strict=True))
    state.log.add("reports", time=np.array(t, dtype=np.int64), entity_type=np.array(et), entity=np.array(ent),
                  label=np.array(label), fraud_type=Cat(_codes(ftype), _labels(ftype)),
                  loss_amount=np.array(loss, dtype=float), source=np.array(source))


def _labels(values: list) -> list[str]:
    return sorted({v for v in values if v is not None})


def _codes(values: list) -> np.ndarray:
    labels = _labels(values)
    pos = {v: i for i, v in enumerate(labels)}
    return np.array([pos[v] if v is not None else -1 for v in values], dtype=np.int64)
