"""Fixed lines behind a VoIP box, controlled from abroad: batch-opened lines, huge fan-out."""

from __future__ import annotations

import numpy as np

from fraudwall.sim.population import DAY, LINE, World
from fraudwall.sim.rng import int_between, lognormal_median, scaled_count, uniform_between
from fraudwall.sim.schemes.common import FraudState, emit_calls, hours, targets


def plan_fixed_voip(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Batch-opened fixed lines of a shell company, each dialling hundreds of strangers a day."""
    fc = world.cfg.schemes.fixed_voip
    if not fc.enabled or not state.gangs:
        return
    n = scaled_count(fc.lines_per_100k, 100_000, world.n_subscribers, fc.min_lines)
    boxes = max(1, n // 4)
    per_box = np.bincount(rng.integers(0, boxes, n - boxes), minlength=boxes) + 1
    for bx, k in enumerate(per_box.tolist()):
        gang = state.gangs[(bx * 5 + 1) % len(state.gangs)]
        shell = world.new_holders(1, 2, 1, gang.region, rng)
        world.add_truth("id_key", world.holders["id_key"][shell], "gang_member", "fixed_voip", world.t0, gang.gang_id)
        opened = world.t0 - int(rng.integers(10, 90)) * DAY + int(rng.integers(9 * 3600, 17 * 3600))
        lines = world.new_cards(rng, np.repeat(shell, k), LINE["fixed"], opened + rng.integers(0, 600, k),
                                np.full(k, gang.region), channel=np.repeat(world.store_codes(rng, [gang.region]), k),
                                prepaid=np.zeros(k, bool))
        gw = np.full(k, int(rng.integers(10**6, 10**7)))
        first = int(rng.integers(0, world.days))
        night = uniform_between(rng, fc.night_share)
        shift = int(rng.choice([-1, 0, 1, 2]))
        answer = uniform_between(rng, fc.answer_rate)
        dmed = uniform_between(rng, fc.duration_median_s)
        fa = np.full(k, np.iinfo(np.int64).max)
        for day in range(first, world.days):
            per = int_between(rng, fc.calls_per_day, k)
            li = np.repeat(np.arange(k), per)
            m = li.size
            t = world.t0 + day * DAY + hours(world, rng, m, shift, night)
            emit_calls(world, state, rng, lines[li], t, targets(world, rng, m), rng.random(m) < answer,
                       lognormal_median(rng, dmed, 0.8, m), gateway=gw[li])
            np.minimum.at(fa, li, t)
        world.add_truth("msisdn", world.cards["msisdn"][lines], "fixed_voip_line", "fixed_voip", fa, gang.gang_id)
        g = state.gangs.index(gang)
        for c, f in zip(lines.tolist(), fa.tolist(), strict=True):
            state.card_first[c] = f
            state.gang_of_card[c] = g
            state.card_scheme[c] = "fixed_voip"
            gang.fraud_cards.append(c)
