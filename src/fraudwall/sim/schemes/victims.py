"""Victims and mule accounts: a fraud contact, then transfers to mules that fan out in minutes."""

from __future__ import annotations

import numpy as np

from fraudwall.sim import content
from fraudwall.sim.population import DAY, LINE, World
from fraudwall.sim.records import Cat
from fraudwall.sim.rng import choice_weights, int_between, lognormal_median, stream
from fraudwall.sim.schemes.common import FraudState, Gang, emit_calls, hours
from fraudwall.sim.schemes.web import fraud_link

CHANNEL_SCHEME = {"call": "call_centre", "video": "video_call", "sms": "sms_campaign", "site": "fraud_web",
                  "app": "fraud_app"}
TRANSFER_CHANNELS = ("mobile_app", "counter", "atm", "third_party")


def make_mules(world: World, state: FraudState, gang: Gang, rng: np.random.Generator) -> None:
    """Mule accounts of ``gang``: layer 1 receives from victims, layer 2 splits, layer 3 is payment accounts."""
    mc = world.cfg.schemes.mules
    l1 = int(int_between(rng, mc.first_layer))
    l2 = max(2, int(l1 * np.mean(mc.fan_out)))
    l3 = int(rng.integers(2, 5))
    total = l1 + l2 + l3
    rented = rng.random(total) < mc.rented_share
    holder = gang.members[rng.integers(0, gang.members.size, total)].astype(np.int64)
    bound = np.empty(total, np.int64)
    n_r = int(rented.sum())
    if n_r:
        new_h = world.new_holders(n_r, 0, 0, gang.region, rng)
        cards = world.new_cards(rng, new_h, LINE["mobile"], world.old_open_times(rng, n_r, 30), np.full(n_r, gang.region))
        holder[rented] = new_h
        bound[rented] = world.cards["msisdn"][cards]
    own = np.flatnonzero(~rented)
    fraud_cards = np.array(gang.fraud_cards or [0], dtype=np.int64)
    bound[own] = world.cards["msisdn"][fraud_cards[rng.integers(0, fraud_cards.size, own.size)]]
    if not gang.fraud_cards:
        bound[own] = -1
    age = int_between(rng, mc.account_age_days, total)
    opened = world.t0 - age * DAY + rng.integers(9 * 3600, 17 * 3600, total)
    bank = np.where(np.arange(total) >= l1 + l2, len(content.BANKS) + rng.integers(0, len(content.PAYMENT_PLATFORMS), total),
                    rng.choice(len(content.BANKS), total, p=content.BANK_P / content.BANK_P.sum()))
    acc = world.new_accounts(rng, holder, opened, bound, bank=bank)
    gang.mules = [acc[:l1], acc[l1:l1 + l2], acc[l1 + l2:]]


def plan_victims(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Victims across the window, their contact, their transfers and the mule chains behind them."""
    vc = world.cfg.schemes.victims
    if not vc.enabled or not state.gangs:
        return
    for gang in state.gangs:
        make_mules(world, state, gang, rng)
    n = int(rng.poisson(vc.victims_per_10k_day * world.n_subscribers / 10_000 * world.days))
    pool = world.target_pool[world.holder_account[world.cards["holder"][world.target_pool]] >= 0]
    n = min(n, pool.size)
    victims = rng.choice(pool, n, replace=False)
    channels = list(vc.channels)
    ch = choice_weights(rng, vc.channels, n)
    receipts: dict[int, list[int]] = {}
    # the guided visits draw from their own stream: every other record is the same with or without them
    guide = stream(world.seed, "guided_visits")
    for v, c in zip(victims.tolist(), ch.tolist(), strict=True):
        gang = state.gangs[int(rng.integers(len(state.gangs)))]
        channel = channels[c]
        ftype = gang.fraud_types[int(rng.integers(len(gang.fraud_types)))]
        if channel == "video":
            ftype = "acquaintance"
        day = int(rng.integers(0, world.days))
        t_c, channel = _contact(world, state, gang, v, day, channel, rng, guide)
        _transfers(world, state, gang, v, t_c, channel, ftype, rng, receipts)
    for gang in state.gangs:
        # only accounts that moved victims' money in the window: an account prepared for the gang but never
        # used is, in every record, an ordinary idle account (it stays in bank_accounts/, not in truth)
        acc = np.array([a for a in np.concatenate(gang.mules).tolist() if receipts.get(int(a))], dtype=np.int64)
        fa = np.array([min(receipts[int(a)]) for a in acc.tolist()], dtype=np.int64)
        world.add_truth("account", world.accounts["account_id"][acc], "mule_account", "mules", fa, gang.gang_id)


def _active(entries: list[tuple[int, int, int]], day: int) -> list[tuple[int, int, int]]:
    return [e for e in entries if e[1] <= day <= e[2]]


def _contact(world: World, state: FraudState, gang: Gang, v: int, day: int, channel: str,
             rng: np.random.Generator, guide: np.random.Generator) -> tuple[int, str]:
    msisdn = world.cards["msisdn"]
    t = world.t0 + day * DAY + int(hours(world, rng, 1, gang.shift)[0])
    if channel == "video" and not gang.video_callers:
        channel = "call"
    if channel == "sms" and not gang.senders:
        channel = "call"
    if channel in ("call", "video"):
        entries = gang.video_callers if channel == "video" else gang.callers
        if not entries:
            channel = "site"
        else:
            act = _active(entries, day) or entries
            card, first, last = act[int(rng.integers(len(act)))]
            if not first <= day <= last:
                t = world.t0 + int(rng.integers(first, last + 1)) * DAY + int(hours(world, rng, 1, gang.shift)[0])
            dur = float(lognormal_median(rng, 300 if channel == "video" else 1100, 0.6))
            roam = state.card_roam.get(card, -1)
            emit_calls(world, state, rng, np.array([card]), np.array([t]), np.array([v]), np.array([True]),
                       np.array([dur]), imei=np.array([state.card_imei.get(card, -1)]),
                       cell=np.array([-1 if roam >= 0 else state.card_cell.get(card, -1)]), roam=np.array([roam]),
                       media=np.array([int(channel == "video")]))
            if channel == "call" and gang.domains and guide.random() < world.cfg.schemes.victims.guided_share:
                # the caller walks the person through opening the gang's site during the call (引导操作)
                url, host, _ = fraud_link(guide, gang, "wildcard")
                _visit(world, state, gang, v, t + int(guide.uniform(0.2, 0.9) * dur), url, host, guide,
                       int(guide.integers(1, 4)))
            return t + int(dur), channel
    if channel == "sms":
        card, first, last = (_active(gang.senders, day) or gang.senders)[0]
        if not first <= day <= last:
            t = world.t0 + int(rng.integers(first, last + 1)) * DAY + int(hours(world, rng, 1, gang.shift)[0])
        url, host, _ = fraud_link(rng, gang, "wildcard")
        ftype = gang.fraud_types[0]
        tpl = content.FRAUD_TEXTS[ftype][int(rng.integers(len(content.FRAUD_TEXTS[ftype])))]
        state.log.add("sms", send_time=np.array([t]), sender=np.array([msisdn[card]]), receiver=np.array([msisdn[v]]),
                      content=np.array([content.fill(rng, tpl, url)]), sender_imei=np.array([state.card_imei.get(card, -1)]))
        t += int(rng.integers(30, 1200))
        _visit(world, state, gang, v, t, url, host, rng, int(rng.integers(1, 4)))
        return t + 600, channel
    if channel == "app" and gang.apps:
        url, host, app = fraud_link(rng, gang, "apk")
        _visit(world, state, gang, v, t, url, host, rng, 1)
        t += int(rng.integers(60, 900))
        uses = int(rng.integers(2, 6))
        tt = t + np.r_[0, np.cumsum(rng.integers(120, 3600, uses))]
        state.log.add("apps", time=tt, msisdn=np.full(tt.size, msisdn[v]), app=np.full(tt.size, app),
                      event=Cat(np.r_[0, np.ones(uses, np.int64)], ("install", "use")),
                      source_url=Cat(np.r_[0, np.full(uses, -1)], [url]))
        return t + 1800, "app"
    url, host, _ = fraud_link(rng, gang, "wildcard")
    _visit(world, state, gang, v, t, url, host, rng, int(rng.integers(2, 7)))
    return t + 1200, "site"


def _visit(world: World, state: FraudState, gang: Gang, v: int, t: int, url: str, host: str,
           rng: np.random.Generator, k: int) -> None:
    tt = t + np.r_[0, np.cumsum(rng.integers(20, 900, k - 1))]
    ip = gang.ips[int(rng.integers(len(gang.ips)))] if gang.ips else "0.0.0.0"
    if host.replace(".", "").isdigit():
        ip = host
    state.log.add("web", time=tt, msisdn=np.full(k, world.cards["msisdn"][v]), domain=np.full(k, host),
                  url=np.full(k, url), ip=np.full(k, ip), bytes=rng.lognormal(np.log(120_000), 1.0, k).astype(np.int64))


def _transfers(world: World, state: FraudState, gang: Gang, v: int, t_c: int, channel: str, ftype: str,
               rng: np.random.Generator, receipts: dict[int, list[int]]) -> None:
    vc, mc = world.cfg.schemes.victims, world.cfg.schemes.mules
    k = int(int_between(rng, vc.transfers))
    t = t_c + float(lognormal_median(rng, vc.delay_median_min * 60, 0.9))
    times = (t + np.r_[0, np.cumsum(rng.integers(180, 5400, k - 1))]).astype(np.int64)
    amt = lognormal_median(rng, vc.amount_median, vc.amount_sigma, k)
    amt = np.where(rng.random(k) < 0.6, np.maximum(100, np.round(amt, -2)), np.round(amt, 2))
    l1 = gang.mules[0][rng.integers(0, gang.mules[0].size, k)]
    src = world.holder_account[world.cards["holder"][v]]
    ids = world.accounts["account_id"]
    msisdn = world.cards["msisdn"]
    ch = rng.choice(4, k, p=[0.82, 0.1, 0.05, 0.03])
    rows = [(times, np.full(k, src), l1, amt, ch, np.full(k, msisdn[v]))]
    world.truth.add("truth/events", victim=np.full(k, str(msisdn[v])), time=times, amount=amt,
                    to_account=ids[l1])
    for a, tt in zip(l1.tolist(), times.tolist(), strict=True):
        receipts.setdefault(a, []).append(tt)
    # mule chain: layer 1 fans out within minutes, each part under the reporting threshold
    bound = world.accounts["bound_msisdn"]
    for a1, t1, x in zip(l1.tolist(), times.tolist(), amt.tolist(), strict=True):
        f = int(int_between(rng, mc.fan_out))
        parts = rng.dirichlet(np.ones(f)) * x * rng.uniform(0.97, 1.0)
        parts = np.round(np.minimum(parts, mc.threshold - rng.uniform(100, 3000, f)), 2)
        l2 = gang.mules[1][rng.integers(0, gang.mules[1].size, f)]
        t2 = t1 + np.sort(rng.integers(60, 1500, f))
        rows.append((t2, np.full(f, a1), l2, parts, np.zeros(f, np.int64), np.full(f, bound[a1])))
        l3 = gang.mules[2][rng.integers(0, gang.mules[2].size, f)]
        t3 = t2 + rng.integers(300, 3600, f)
        rows.append((t3, l2, l3, np.round(parts * rng.uniform(0.97, 1.0, f), 2), np.full(f, 3), bound[l2]))
        for a, tt in zip(np.r_[l2, l3].tolist(), np.r_[t2, t3].tolist(), strict=True):
            receipts.setdefault(a, []).append(tt)
    t_, fr, to, am, chn, ini = (np.concatenate([np.asarray(r[i]) for r in rows]) for i in range(6))
    state.log.add("transfers", time=t_, from_account=Cat(fr, ids), to_account=Cat(to, ids), amount=am.astype(float),
                  currency="CNY", channel=Cat(chn, TRANSFER_CHANNELS), initiated_msisdn=ini)
    loss = float(amt.sum())
    world.add_truth("msisdn", np.array([msisdn[v]]), "victim", CHANNEL_SCHEME[channel], t_c, gang.gang_id)
    state.victims.append((v, int(times[0]), CHANNEL_SCHEME[channel], ftype, loss))
