"""Cat pools / SIM boxes / GOIP: one device at a fixed cell rotating many SIMs.

Each port has its own module IMEI; the IMEIs are changed every few days to evade
"SIMs per IMEI" counting. Traffic is outbound-only calls, no data sessions.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from fraudwall.sim.population import DAY, World
from fraudwall.sim.records import Cat
from fraudwall.sim.rng import int_between, lognormal_median, scaled_count, uniform_between
from fraudwall.sim.schemes.common import COUNTRY_LABELS, FraudState, acquire, emit_calls, targets


def plan_simboxes(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Plan every SIM box of every gang over the window."""
    sc = world.cfg.schemes.simbox
    if not sc.enabled or not state.gangs:
        return
    n = scaled_count(sc.devices_per_100k, 100_000, world.n_subscribers, sc.min_devices)
    for d in range(n):
        gang = state.gangs[(d * 7 + 3) % len(state.gangs)]
        ports = int(rng.choice(sc.ports))
        n_sims = ports * int(int_between(rng, sc.sims_per_port))
        kind = rng.choice(["silent", "one_id"], n_sims, p=[0.7, 0.3])
        sims = np.concatenate([acquire(world, state, gang, "silent", int((kind == "silent").sum()), rng),
                               acquire(world, state, gang, "one_id", int((kind == "one_id").sum()), rng)])
        sims = rng.permutation(sims)
        cell = int(gang.den_cells[rng.integers(gang.den_cells.size)])
        answer = uniform_between(rng, sc.answer_rate)
        dur_med = uniform_between(rng, sc.duration_median_s)
        first_day = int(rng.integers(0, max(1, world.days // 2)))
        imeis = world.devices.modules(ports, rng)
        all_imeis: list[np.ndarray] = [imeis]
        first_seen = {int(i): None for i in imeis}
        sim_first: dict[int, int] = {}
        rot = 0
        for day in range(first_day, world.days):
            if day > first_day and rng.random() < sc.imei_change_prob:
                change = rng.random(ports) < 0.8
                imeis = imeis.copy()
                imeis[change] = world.devices.modules(int(change.sum()), rng)
                all_imeis.append(imeis)
            sessions = int_between(rng, sc.sessions_per_port_day, ports)
            port = np.repeat(np.arange(ports), sessions)
            k = port.size
            sim = sims[(rot + np.arange(k)) % n_sims]
            rot += k
            s_start = world.t0 + day * DAY + rng.integers(8 * 3600, 20 * 3600, k)
            s_len = rng.integers(3600, 3 * 3600, k)
            n_calls = int_between(rng, sc.calls_per_sim_session, k)
            si = np.repeat(np.arange(k), n_calls)
            t = s_start[si] + (rng.random(si.size) * s_len[si]).astype(np.int64)
            m = si.size
            answered = rng.random(m) < answer
            dur = lognormal_median(rng, dur_med, 0.9, m)
            emit_calls(world, state, rng, sim[si], t, targets(world, rng, m), answered, dur,
                       imei=imeis[port[si]], cell=np.full(m, cell))
            # SIM swaps: attach when a SIM goes into a port, detach when it comes out; no data sessions
            ev_t = np.concatenate([s_start - rng.integers(5, 120, k), s_start + s_len + rng.integers(5, 300, k)])
            ev = np.r_[np.zeros(k, np.int64), np.ones(k, np.int64)]
            ev_sim = np.concatenate([sim, sim])
            ev_imei = np.concatenate([imeis[port], imeis[port]])
            state.log.add("device", time=ev_t, msisdn=world.cards["msisdn"][ev_sim],
                          imsi=world.cards["imsi"][ev_sim], imei=ev_imei, cell=Cat(np.full(2 * k, cell), world.cells.labels),
                          event=Cat(ev, ("attach", "detach")), roaming_country=Cat(np.full(2 * k, -1), COUNTRY_LABELS),
                          bytes=pa.nulls(2 * k, pa.int64()))
            firsts = np.full(k, 0, np.int64)
            order = np.argsort(si, kind="stable")
            firsts = np.minimum.reduceat(t[order], np.r_[0, np.cumsum(n_calls)[:-1]]) if m else firsts
            for s, f in zip(sim.tolist(), firsts.tolist(), strict=True):
                sim_first[s] = min(f, sim_first.get(s, f))
            for i in imeis.tolist():
                if first_seen.get(i) is None:
                    first_seen[i] = int(s_start.min())
        used = np.array(sorted(sim_first), dtype=np.int64)
        fa = np.array([sim_first[s] for s in used.tolist()], dtype=np.int64)
        world.add_truth("msisdn", world.cards["msisdn"][used], "simbox_sim", "simbox", fa, gang.gang_id)
        dev = [(i, f) for i, f in first_seen.items() if f is not None]
        world.add_truth("imei", np.array([i for i, _ in dev], dtype=np.int64),
                        "simbox_device", "simbox", np.array([f for _, f in dev], dtype=np.int64), gang.gang_id)
        g = state.gangs.index(gang)
        for s, f in zip(used.tolist(), fa.tolist(), strict=True):
            state.card_first[s] = f
            state.gang_of_card[s] = g
            state.card_scheme[s] = "simbox"
            gang.fraud_cards.append(s)
