"""Internet accounts registered in bulk by fraud numbers (a burst of sign-ups in minutes)."""

from __future__ import annotations

import numpy as np

from fraudwall.sim import content
from fraudwall.sim.ids import hex_keys
from fraudwall.sim.population import World
from fraudwall.sim.records import Cat
from fraudwall.sim.rng import int_between
from fraudwall.sim.schemes.common import FraudState


def plan_internet_accounts(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """A share of fraud numbers registers several platform accounts within minutes of first use."""
    ic = world.cfg.schemes.internet_accounts
    if not ic.enabled or not state.card_first:
        return
    cards = np.array(sorted(state.card_first), dtype=np.int64)
    cards = cards[rng.random(cards.size) < ic.registering_share]
    k = int_between(rng, ic.accounts_per_number, cards.size)
    who = np.repeat(cards, k)
    first = np.array([state.card_first[c] for c in who.tolist()], dtype=np.int64)
    gaps = rng.integers(20, 400, who.size)
    start = np.repeat(np.cumsum(k) - k, k)
    offs = np.cumsum(gaps) - np.repeat(np.cumsum(gaps)[np.cumsum(k) - k] - gaps[np.cumsum(k) - k], k) if who.size else gaps
    t = first - rng.integers(600, 7200, who.size) * (rng.random(who.size) < 0.5) + offs
    del start
    plat = rng.choice(len(content.PLATFORMS), who.size, p=content.PLATFORM_P / content.PLATFORM_P.sum())
    acct = hex_keys(rng, who.size, "u")
    world_msisdn = world.cards["msisdn"][who]
    state.log.add("internet_accounts", platform=Cat(plat, content.PLATFORMS), account=acct, msisdn=world_msisdn,
                  register_time=t, status=Cat(rng.choice(2, who.size, p=[0.85, 0.15]), ("active", "banned")))
    gang = [state.gangs[state.gang_of_card[c]].gang_id for c in who.tolist()]
    ent = np.char.add(np.char.add(np.array(content.PLATFORMS)[plat], ":"), acct)
    world.add_truth("account", ent, "fraud_internet_account", "internet_accounts", t, np.array(gang))
