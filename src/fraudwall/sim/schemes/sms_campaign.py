"""Fraud SMS campaigns: Chinese wording by fraud type, links on wildcard domains, IPs and APKs."""

from __future__ import annotations

import numpy as np

from fraudwall.sim import content
from fraudwall.sim.population import DAY, World
from fraudwall.sim.records import Cat
from fraudwall.sim.rng import choice_weights, int_between, scaled_count
from fraudwall.sim.schemes.common import COUNTRY_LABELS, FraudState, acquire, hours, presence, targets
from fraudwall.sim.schemes.web import fraud_link


def plan_sms(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Senders (seller cards, one-ID cards, roaming cards) blasting fraud SMS to number lists."""
    sc = world.cfg.schemes.sms_campaign
    if not sc.enabled or not state.gangs:
        return
    n = scaled_count(sc.senders_per_10k, 10_000, world.n_subscribers, sc.min_senders)
    link_kinds = list(sc.link_kinds)
    for i in range(n):
        gang = state.gangs[i % len(state.gangs)]
        kind = str(rng.choice(["silent", "one_id", "roaming"], p=[0.6, 0.25, 0.15]))
        card = acquire(world, state, gang, kind, 1, rng)
        roam = COUNTRY_LABELS.index(str(rng.choice(world.cfg.schemes.call_centre.high_risk_regions))) if kind == "roaming" else -1
        first = int(rng.integers(0, world.days))
        last = min(world.days - 1, first + int(int_between(rng, sc.active_days)) - 1)
        imei = int(gang.phones[rng.integers(gang.phones.size)])
        cell = int(gang.den_cells[rng.integers(gang.den_cells.size)])
        ftype = gang.fraud_types[int(rng.integers(len(gang.fraud_types)))]
        lk = link_kinds[int(choice_weights(rng, sc.link_kinds, 1)[0])]
        pool, hosts = [], []
        for _ in range(40):
            url, host, app = fraud_link(rng, gang, lk if rng.random() < 0.8 else "wildcard")
            tpl = content.FRAUD_TEXTS[ftype][int(rng.integers(len(content.FRAUD_TEXTS[ftype])))]
            pool.append(content.fill(rng, tpl, url))
            hosts.append((url, host, app))
        days = np.arange(first, last + 1)
        per = int_between(rng, sc.sms_per_day, days.size)
        d = np.repeat(days, per)
        m = d.size
        t = world.t0 + d * DAY + hours(world, rng, m, gang.shift, 0.05)
        recv = targets(world, rng, m)
        text = rng.integers(0, len(pool), m)
        msisdn = world.cards["msisdn"]
        state.log.add("sms", send_time=t, sender=np.full(m, msisdn[card[0]]), receiver=msisdn[recv],
                      content=Cat(text, pool), sender_imei=np.full(m, imei),
                      sender_cell=Cat(np.full(m, -1 if roam >= 0 else cell), world.cells.labels),
                      sender_roaming_country=Cat(np.full(m, roam), COUNTRY_LABELS))
        presence(world, state, rng, np.repeat(card, days.size), days, np.full(days.size, imei),
                 np.full(days.size, cell), np.full(days.size, roam), 0.2)
        # a few receivers click the link (web visit within minutes); not all of them become victims
        click = np.flatnonzero(rng.random(m) < sc.click_rate)
        if click.size:
            url = [hosts[j][0] for j in text[click].tolist()]
            host = [hosts[j][1] for j in text[click].tolist()]
            t_click = t[click] + rng.integers(20, 1800, click.size)
            state.log.add("web", time=t_click, msisdn=msisdn[recv[click]],
                          domain=np.array(host), url=np.array(url),
                          ip=Cat(rng.integers(0, max(1, len(gang.ips)), click.size), gang.ips or ["0.0.0.0"]),
                          bytes=rng.lognormal(np.log(80_000), 1.0, click.size).astype(np.int64))
            # an APK link downloads the app; some of those who clicked side-load it (and open it once)
            app = [hosts[j][2] for j in text[click].tolist()]
            inst = np.flatnonzero(np.array([a is not None for a in app]) & (rng.random(click.size) < sc.apk_install_rate))
            if inst.size:
                ti = t_click[inst] + rng.integers(30, 900, inst.size)
                tu = ti + rng.integers(60, 3600, inst.size)
                state.log.add("apps", time=np.r_[ti, tu], msisdn=np.tile(msisdn[recv[click[inst]]], 2),
                              app=np.tile(np.array([app[j] for j in inst.tolist()]), 2),
                              event=Cat(np.r_[np.zeros(inst.size, np.int64), np.ones(inst.size, np.int64)],
                                        ("install", "use")),
                              source_url=np.r_[np.array([url[j] for j in inst.tolist()]), np.full(inst.size, None)])
        state.sms_receivers.append((card[0], t, recv))
        g = state.gangs.index(gang)
        fa = int(t.min())
        world.add_truth("msisdn", msisdn[card], "fraud_sms_sender", "sms_campaign", fa, gang.gang_id)
        state.card_first[int(card[0])] = fa
        state.gang_of_card[int(card[0])] = g
        state.card_scheme[int(card[0])] = "sms_campaign"
        state.card_imei[int(card[0])] = imei
        state.card_cell[int(card[0])] = cell
        state.card_roam[int(card[0])] = roam
        gang.senders.append((int(card[0]), first, last))
        gang.fraud_cards.append(int(card[0]))
