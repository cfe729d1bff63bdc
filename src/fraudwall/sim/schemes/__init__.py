"""Fraud schemes: each plans its entities (truth) and events over the whole window.

Order matters only through shared resources: gangs and card sellers first, then
web resources, callers, SIM boxes, VoIP lines and SMS senders, then the victims
(who need contacts from those) and the mule chains, internet accounts, reports.
"""

from __future__ import annotations

from fraudwall.sim.catalog import Catalog
from fraudwall.sim.population import World
from fraudwall.sim.records import EventLog
from fraudwall.sim.rng import stream


def plan_fraud(world: World, catalog: Catalog) -> EventLog:
    """Plan every enabled scheme; returns all fraud (and victim) events of the window."""
    from fraudwall.sim.reports import plan_reports
    from fraudwall.sim.schemes.callers import plan_callers, plan_video_callers
    from fraudwall.sim.schemes.common import FraudState, card_sellers, make_gangs
    from fraudwall.sim.schemes.fixed_voip import plan_fixed_voip
    from fraudwall.sim.schemes.internet import plan_internet_accounts
    from fraudwall.sim.schemes.simbox import plan_simboxes
    from fraudwall.sim.schemes.sms_campaign import plan_sms
    from fraudwall.sim.schemes.victims import plan_victims
    from fraudwall.sim.schemes.web import plan_web

    seed = world.seed
    world.target_pool = world.personal_mobile()
    state = FraudState(make_gangs(world, stream(seed, "scheme", "gangs")), EventLog())
    card_sellers(world, state, stream(seed, "scheme", "card_sellers"))
    plan_web(world, state, stream(seed, "scheme", "fraud_web"))
    plan_callers(world, state, stream(seed, "scheme", "call_centre"))
    plan_video_callers(world, state, stream(seed, "scheme", "video_call"))
    plan_simboxes(world, state, stream(seed, "scheme", "simbox"))
    plan_fixed_voip(world, state, stream(seed, "scheme", "fixed_voip"))
    plan_sms(world, state, stream(seed, "scheme", "sms_campaign"))
    plan_victims(world, state, stream(seed, "scheme", "victims"))
    plan_internet_accounts(world, state, stream(seed, "scheme", "internet_accounts"))
    _high_risk_list(world)
    plan_reports(world, state, stream(seed, "reports"))
    return state.log


def _high_risk_list(world: World) -> None:
    import numpy as np

    from fraudwall.sim.ids import COUNTRY_CODES

    regions = world.cfg.schemes.call_centre.high_risk_regions
    codes = np.array([str(COUNTRY_CODES[r]) for r in regions if r in COUNTRY_CODES])
    world.add_list("msisdn", codes, "high_risk_region", "calling-code prefix of a high-risk region",
                   world.t0 - 365 * 86400)
