"""Call-centre fraud callers and video-call (AI face-swap) impersonators."""

from __future__ import annotations

import numpy as np

from fraudwall.sim.population import DAY, World
from fraudwall.sim.rng import choice_weights, int_between, lognormal_median, scaled_count, uniform_between
from fraudwall.sim.schemes.common import (
    COUNTRY_LABELS,
    FraudState,
    Gang,
    acquire,
    emit_calls,
    hours,
    presence,
    targets,
)


def _schedule(world: World, rng: np.random.Generator, n: int, span: list[int]) -> tuple[np.ndarray, np.ndarray]:
    first = rng.integers(0, world.days, n)
    last = np.minimum(world.days - 1, first + int_between(rng, span, n) - 1)
    return first, last


def plan_callers(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Fraud callers: cards from card sellers, sleeping cards, one-ID-many-cards and roaming cards."""
    cc = world.cfg.schemes.call_centre
    if not cc.enabled or not state.gangs:
        return
    n = scaled_count(cc.callers_per_10k, 10_000, world.n_subscribers, 1)
    kinds = list(cc.kinds)
    kind_of = choice_weights(rng, cc.kinds, n)
    gang_of = rng.integers(0, len(state.gangs), n)
    gang_of[: len(state.gangs)] = np.arange(min(n, len(state.gangs)))
    for g, gang in enumerate(state.gangs):
        for k, kind in enumerate(kinds):
            sel = np.flatnonzero((gang_of == g) & (kind_of == k))
            if sel.size == 0:
                continue
            cards = acquire(world, state, gang, kind, sel.size, rng)
            first, last = _schedule(world, rng, sel.size, cc.active_days)
            roam = np.full(sel.size, -1)
            if kind == "roaming":
                roam = np.array([COUNTRY_LABELS.index(c) for c in rng.choice(cc.high_risk_regions, sel.size)])
            _calls(world, state, rng, gang, cards, first, last, roam, "call_centre", video=False)
            gang.callers += list(zip(cards.tolist(), first.tolist(), last.tolist(), strict=True))


def plan_video_callers(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Video callers: stranger numbers placing video calls (a face-swapped 'boss' or 'relative')."""
    vc = world.cfg.schemes.video_call
    if not vc.enabled or not state.gangs:
        return
    n = scaled_count(vc.callers_per_10k, 10_000, world.n_subscribers, vc.min_callers)
    for i in range(n):
        gang = state.gangs[i % len(state.gangs)]
        cards = acquire(world, state, gang, "silent" if rng.random() < 0.6 else "sleep", 1, rng)
        first, last = _schedule(world, rng, 1, [1, 3])
        _calls(world, state, rng, gang, cards, first, last, np.full(1, -1), "video_call", video=True)
        gang.video_callers += list(zip(cards.tolist(), first.tolist(), last.tolist(), strict=True))


def _calls(world: World, state: FraudState, rng: np.random.Generator, gang: Gang, cards: np.ndarray,
           first: np.ndarray, last: np.ndarray, roam: np.ndarray, scheme: str, video: bool) -> None:
    cc = world.cfg.schemes.call_centre
    n = cards.size
    ndays = last - first + 1
    card_rep = np.repeat(np.arange(n), ndays)
    day = np.concatenate([np.arange(a, b + 1) for a, b in zip(first, last, strict=True)])
    if video:
        per_day = int_between(rng, world.cfg.schemes.video_call.attempts_per_day, card_rep.size)
    else:
        rate = lognormal_median(rng, cc.calls_per_day_median, cc.calls_per_day_sigma, n)
        per_day = rng.poisson(rate[card_rep] * rng.uniform(0.6, 1.4, card_rep.size))
    # each card uses one of the gang's phones per day; phones are swapped between cards
    imei_day = gang.phones[rng.integers(0, gang.phones.size, card_rep.size)]
    cell_day = gang.den_cells[rng.integers(0, gang.den_cells.size, card_rep.size)]
    answer = uniform_between(rng, cc.answer_rate, n)
    short_med = uniform_between(rng, cc.short_duration_median_s, n)
    long_share = uniform_between(rng, cc.long_call_share, n)
    ci = np.repeat(np.arange(card_rep.size), per_day)
    who = card_rep[ci]
    m = ci.size
    start = world.t0 + day[ci] * DAY + hours(world, rng, m, gang.shift, 0.03)
    callee = targets(world, rng, m)
    answered = rng.random(m) < (answer[who] * (0.8 if video else 1.0))
    long = rng.random(m) < long_share[who]
    dur = np.where(long, lognormal_median(rng, 240 if not video else 150, 0.8, m),
                   lognormal_median(rng, short_med[who], 0.7, m))
    r = roam[who]
    emit_calls(world, state, rng, cards[who], start, callee, answered, dur, imei=imei_day[ci],
               cell=np.where(r >= 0, -1, cell_day[ci]), roam=r, media=np.full(m, int(video)))
    # a few answered targets call back
    back = answered & (rng.random(m) < cc.callback_rate)
    if back.any():
        t = start[back] + rng.integers(600, 6 * 3600, int(back.sum()))
        from fraudwall.sim.benign import RES
        from fraudwall.sim.records import Cat

        _callback(world, state, rng, callee[back], cards[who[back]], t, Cat, RES)
    first_call = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(first_call, who, start)
    first_call = np.where(first_call == np.iinfo(np.int64).max, world.t0 + first * DAY + 9 * 3600, first_call)
    sec_of_first = (first_call - world.t0) % DAY
    day_first = first[card_rep]
    first_of_day = np.where(day == day_first, sec_of_first[card_rep], rng.integers(7 * 3600, 10 * 3600, card_rep.size))
    presence(world, state, rng, cards[card_rep], day, imei_day, cell_day, roam[card_rep], 0.25, first_of_day)
    role = "fraud_caller"
    world.add_truth("msisdn", world.cards["msisdn"][cards], role, scheme, first_call, gang.gang_id)
    for c, f in zip(cards.tolist(), first_call.tolist(), strict=True):
        state.card_first[c] = f
        state.gang_of_card[c] = state.gangs.index(gang)
        state.card_scheme[c] = scheme
        gang.fraud_cards.append(c)
    state.card_imei.update(zip(cards.tolist(), imei_day[np.searchsorted(card_rep, np.arange(n))].tolist(), strict=True))
    state.card_cell.update(zip(cards.tolist(), cell_day[np.searchsorted(card_rep, np.arange(n))].tolist(), strict=True))
    state.card_roam.update(zip(cards.tolist(), roam.tolist(), strict=True))


def _callback(world: World, state: FraudState, rng: np.random.Generator, caller: np.ndarray, callee_card: np.ndarray,
              t: np.ndarray, Cat, RES) -> None:  # noqa: N803
    from fraudwall.interchange.schema import CALL_TYPES, RESULTS

    b = world.benign
    assert b is not None
    m = caller.size
    ans = rng.random(m) < 0.5
    result = np.where(ans, RES["answered"], RES["no_answer"])
    msisdn = world.cards["msisdn"]
    state.log.add("voice", start_time=t, caller=msisdn[caller], callee=msisdn[callee_card],
                  duration_s=np.where(ans, lognormal_median(rng, 60, 0.8, m).astype(np.int64) + 1, 0),
                  ring_s=rng.integers(3, 30, m), result=Cat(result, RESULTS), caller_imei=b.imei[caller],
                  caller_imsi=world.cards["imsi"][caller], caller_cell=Cat(b.home_cell[caller], world.cells.labels),
                  call_type=Cat(np.zeros(m, np.int64), CALL_TYPES), media=Cat(np.zeros(m, np.int64), ("voice", "video")))
