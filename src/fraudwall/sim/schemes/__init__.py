"""Fraud schemes: each plans its entities (truth) and events over the whole window."""

from __future__ import annotations

from fraudwall.sim.catalog import Catalog
from fraudwall.sim.population import World
from fraudwall.sim.records import EventLog


def plan_fraud(world: World, catalog: Catalog) -> EventLog:
    """Plan every enabled scheme; returns all fraud (and victim) events of the window."""
    log = EventLog()
    return log
