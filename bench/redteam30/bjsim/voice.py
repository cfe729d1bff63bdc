"""Everyday calls: to and from contact books, service hotlines, by persona rhythm."""

from __future__ import annotations

import numpy as np

from .population import P

SERVICE = np.array([95588, 95533, 95599, 95555, 12366, 12345, 10036, 95598, 96777, 12393], np.int64)
SERVICE_P = np.array([2, 2, 1, 1, 4, 2, 3, 1, 1, 1], float)


def _outcome(rng, n, answer_p, med):
    ans = rng.random(n) < answer_p
    dur = np.where(ans, np.maximum(3, rng.lognormal(np.log(med), 0.9, n)), 0).astype(np.int64)
    r = rng.random(n)
    res = np.where(ans, 0, np.where(r < 0.7, 1, np.where(r < 0.85, 2, 3)))
    return dur, res


RESULTS = np.array(["answered", "no_answer", "busy", "rejected"])


def run(ww) -> None:
    pop, rng, sink = ww.pop, ww.rng, ww.sink
    res_codes = sink.codes(list(RESULTS))
    from .world import kind_of_call
    office = np.isin(pop.persona, [P["office_worker"], P["civil_servant"], P["teacher"]])
    for d in range(ww.days):
        wkend = d % 7 >= 5
        f = np.where(office, 0.6 if wkend else 1.1, 1.0)
        # outgoing to contacts
        n_out = rng.poisson(pop.call_rate * f)
        src = np.repeat(np.arange(pop.n), n_out)
        k = pop.cptr[src + 1] - pop.cptr[src]
        j = pop.cptr[src] + (k * rng.random(len(src)) ** 2.2).astype(np.int64)
        callee, csub = pop.cnum[j], pop.csub[j]
        from .clock import sample_times_rows
        t = sample_times_rows(rng, np.full(len(src), d), pop.cdf, pop.persona[src])
        ap = np.where(csub >= 0, pop.answer_p[np.maximum(csub, 0)], 0.8)
        dur, res = _outcome(rng, len(src), ap, pop.dur_med[src])
        ww.call(t, pop.msisdn[src], callee, dur, result=res_codes[res], imei=pop.imei[src], imsi=pop.imsi[src],
                cell=pop.where(rng, src, t, ww.cells), callee_cell=pop.where(rng, csub, t, ww.cells),
                call_type=kind_of_call(pop.msisdn[src], callee))
        # incoming from off-net contacts and family landlines
        n_in = rng.poisson(pop.call_rate * f * 0.5)
        dst = np.repeat(np.arange(pop.n), n_in)
        k = pop.cptr[dst + 1] - pop.cptr[dst]
        j = pop.cptr[dst] + (k * rng.random(len(dst)) ** 2.2).astype(np.int64)
        keep = pop.csub[j] < 0
        dst, j = dst[keep], j[keep]
        t = sample_times_rows(rng, np.full(len(dst), d), pop.cdf, pop.persona[dst])
        dur, res = _outcome(rng, len(dst), pop.answer_p[dst], pop.dur_med[dst])
        ww.call(t, pop.cnum[j], pop.msisdn[dst], dur, result=res_codes[res],
                callee_cell=pop.where(rng, dst, t, ww.cells), call_type="mobile")
        # service hotlines (tax hotline busy in settlement season)
        n_s = rng.poisson(0.06, pop.n)
        s = np.repeat(np.arange(pop.n), n_s)
        svc = SERVICE[rng.choice(len(SERVICE), len(s), p=SERVICE_P / SERVICE_P.sum())]
        t = sample_times_rows(rng, np.full(len(s), d), pop.cdf, np.full(len(s), P["office_worker"]))
        dur = rng.lognormal(np.log(240), 0.7, len(s)).astype(np.int64)
        ww.call(t, pop.msisdn[s], svc, dur, imei=pop.imei[s], imsi=pop.imsi[s], cell=pop.where(rng, s, t, ww.cells),
                callee_cell=-1, call_type="fixed")
