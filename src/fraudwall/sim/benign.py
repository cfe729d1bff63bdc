"""One day of benign traffic, fully vectorised: calls, SMS, device, web, apps, money, accounts."""

from __future__ import annotations

import numpy as np

from fraudwall.interchange.schema import CALL_TYPES, RESULTS
from fraudwall.sim import content, rhythm
from fraudwall.sim.catalog import Catalog
from fraudwall.sim.ids import COUNTRY_CODES, hex_keys
from fraudwall.sim.population import (
    CALL_CENTRE,
    COURIER,
    DAY,
    DORMANT,
    INACTIVE,
    IOT,
    LINE,
    MARKETING,
    ORDINARY,
    SALES,
    TRAVEL_COUNTRIES,
    TRAVELLER,
    World,
)
from fraudwall.sim.records import Cat, EventLog
from fraudwall.sim.rng import lognormal_median, stream

N_KINDS = 9
#: per kind: share of calls to own contacts, answer rate, duration median (s)
P_CONTACT = np.array([0.9, 0.15, 0.25, 0.02, 0.95, 0.9, 0.85, 0, 0])
ANSWER = np.array([0.8, 0.72, 0.6, 0.55, 0.8, 0.8, 0.75, 0, 0])
DUR_MED = np.array([1.0, 0.45, 1.7, 1.3, 1.9, 1.0, 1.0, 1, 1])
BUSINESS_HOURS = {COURIER, SALES, CALL_CENTRE}
CT = {name: i for i, name in enumerate(CALL_TYPES)}
RES = {name: i for i, name in enumerate(RESULTS)}
ROAM_LABELS = list(TRAVEL_COUNTRIES)
LINE_TO_CT = np.array([CT["mobile"], CT["fixed"], CT["voip"], CT["mobile"]])


def roaming_today(world: World, day: int) -> np.ndarray:
    """Per benign card: index into TRAVEL_COUNTRIES when abroad on ``day``, else -1."""
    b = world.benign
    assert b is not None
    abroad = (b.roam >= 0) & (b.roam_days[:, 0] <= day) & (b.roam_days[:, 1] >= day)
    return np.where(abroad, b.roam, -1)


def location(world: World, cards: np.ndarray, secs: np.ndarray, weekday: bool,
             rng: np.random.Generator) -> np.ndarray:
    """Cell of each benign card at local second-of-day ``secs`` (home/work/moving)."""
    b = world.benign
    assert b is not None
    hour = secs // 3600
    at_work = weekday & (hour >= 9) & (hour < 18) & (rng.random(cards.size) < 0.75)
    cell = np.where(at_work, b.work_cell[cards], b.home_cell[cards])
    moving = (b.kind[cards] == COURIER) | (rng.random(cards.size) < 0.08)
    if moving.any():
        reg = world.cells.region[cell[moving]]
        cell[moving] = world.cells.sample(rng, reg.astype(np.int64))
    return cell


def _unanswered(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.choice(np.array([RES["no_answer"], RES["busy"], RES["rejected"]]), n, p=[0.62, 0.18, 0.2])


def ring_seconds(rng: np.random.Generator, result: np.ndarray) -> np.ndarray:
    """Ringing time by call result."""
    ring = 2 + rng.gamma(2.0, 3.0, result.size)
    ring = np.where(result == RES["no_answer"], rng.uniform(18, 60, result.size), ring)
    ring = np.where(result == RES["busy"], rng.uniform(0, 3, result.size), ring)
    ring = np.where(result == RES["rejected"], rng.uniform(2, 15, result.size), ring)
    return ring.astype(np.int64)


def benign_day(world: World, catalog: Catalog, day: int) -> EventLog:
    """All benign records of simulated ``day``."""
    log = EventLog()
    dow = (world.start.weekday() + day) % 7
    _voice(world, day, dow, stream(world.seed, "benign-voice", day), log)
    _sms(world, day, dow, stream(world.seed, "benign-sms", day), log)
    _device_web_apps(world, catalog, day, dow, stream(world.seed, "benign-data", day), log)
    _money(world, day, dow, stream(world.seed, "benign-money", day), log)
    _internet(world, day, stream(world.seed, "benign-internet", day), log)
    return log


def _active(world: World, day: int) -> np.ndarray:
    b = world.benign
    assert b is not None
    return (b.start_day <= day) & (b.kind != INACTIVE)


def _voice(world: World, day: int, dow: int, rng: np.random.Generator, log: EventLog) -> None:
    b, tc = world.benign, world.cfg.traffic
    assert b is not None
    weekend = dow >= 5
    active = _active(world, day) & (b.kind != IOT)
    factor = np.where(b.kind == CALL_CENTRE, 0.25 if weekend else 1.0, tc.weekend_factor if weekend else 1.0)
    n_i = rng.poisson(b.call_rate * factor * active)
    caller = np.repeat(np.arange(b.n), n_i)
    m = caller.size
    kind = b.kind[caller]
    deg = b.indptr[caller + 1] - b.indptr[caller]
    pc = P_CONTACT[kind] * (tc.contact_call_share / 0.9)
    use_contact = (rng.random(m) < pc) & (deg > 0)
    pos = b.indptr[caller] + (rng.random(m) ** 2.2 * deg).astype(np.int64)
    pos = np.minimum(pos, b.contact_msisdn.size - 1)
    callable_ = np.flatnonzero((world.cards["line"][: b.n] != LINE["iot"]) & (b.kind != INACTIVE))
    rand_card = callable_[rng.integers(0, callable_.size, m)]
    callee_card = np.where(use_contact, b.contact_card[pos], rand_card).astype(np.int64)
    msisdn = world.cards["msisdn"]
    callee = np.where(use_contact, b.contact_msisdn[pos], msisdn[rand_card])
    caller_num = msisdn[caller]
    caller_card = caller.astype(np.int64)
    # calls with out-of-province contacts go both ways
    flip = (callee_card < 0) & (rng.random(m) < 0.5)
    caller_num, callee = np.where(flip, callee, caller_num), np.where(flip, caller_num, callee)
    caller_card, callee_card = np.where(flip, -1, caller_card), np.where(flip, caller, callee_card)
    call_type = np.where(callee_card >= 0, LINE_TO_CT[world.cards["line"][np.maximum(callee_card, 0)]], CT["mobile"])
    # international: relatives abroad call in, a few calls go out
    intl = rng.random(m)
    foreign = np.array(list(COUNTRY_CODES))
    n_in = int((intl < tc.intl_in_share).sum())
    if n_in:
        i_in = intl < tc.intl_in_share
        caller_num[i_in] = (np.array([COUNTRY_CODES[c] for c in foreign])[rng.integers(0, foreign.size, n_in)]
                            * 10**9 + rng.integers(10**8, 10**9, n_in))
        callee_card[i_in] = np.where(callee_card[i_in] >= 0, callee_card[i_in], caller[i_in])
        callee[i_in] = msisdn[callee_card[i_in]]
        caller_card[i_in] = -1
        call_type[i_in] = CT["intl_in"]
    i_out = (intl > 1 - tc.intl_in_share / 2) & (caller_card >= 0)
    callee[i_out] = (np.array([COUNTRY_CODES[c] for c in foreign])[rng.integers(0, foreign.size, int(i_out.sum()))]
                     * 10**9 + rng.integers(10**8, 10**9, int(i_out.sum())))
    callee_card[i_out] = -1
    call_type[i_out] = CT["intl_out"]
    # time of day
    secs = np.empty(m, np.int64)
    bus = np.isin(kind, list(BUSINESS_HOURS))
    secs[bus] = rhythm.seconds_in_day(rng, int(bus.sum()), rhythm.curve(dow, business=True))
    secs[~bus] = rhythm.seconds_in_day(rng, int((~bus).sum()), rhythm.curve(dow))
    start = world.day_start(day) + secs
    # outcome
    ans_p = ANSWER[kind] * (tc.answer_rate / 0.8)
    night = (secs < 6 * 3600) | (secs >= 23 * 3600)
    ans_p = np.where(night, ans_p * 0.85, ans_p)
    answered = rng.random(m) < ans_p
    result = np.where(answered, RES["answered"], _unanswered(rng, m))
    med = tc.duration_median_s * DUR_MED[kind]
    dur = lognormal_median(rng, med, tc.duration_sigma, m)
    dur = np.where(answered, np.clip(dur, 1, 7200), 0).astype(np.int64)
    ring = ring_seconds(rng, result)
    weekday = dow < 5
    roam = roaming_today(world, day)
    cc = np.maximum(caller_card, 0)
    caller_cell = np.where(caller_card >= 0, location(world, cc, secs, weekday, rng), -1)
    caller_roam = np.where(caller_card >= 0, roam[cc], -1)
    caller_cell = np.where(caller_roam >= 0, -1, caller_cell)
    line_c = world.cards["line"][cc]
    caller_cell = np.where(line_c == LINE["mobile"], caller_cell, -1)
    ce = np.maximum(callee_card, 0)
    callee_cell = np.where(callee_card >= 0, location(world, ce, secs, weekday, rng), -1)
    callee_cell = np.where((callee_card >= 0) & (roam[ce] < 0) & (world.cards["line"][ce] == LINE["mobile"]),
                           callee_cell, -1)
    imei = np.where(caller_card >= 0, b.imei[cc], -1)
    imsi = np.where(caller_card >= 0, world.cards["imsi"][cc], -1)
    video = answered & (callee_card >= 0) & (line_c == LINE["mobile"]) & (rng.random(m) < tc.video_share)
    gateway = np.where(caller_card >= 0, b.gateway[cc], -1)
    log.add("voice", start_time=start, caller=caller_num, callee=callee, duration_s=dur, ring_s=ring,
            result=Cat(result, RESULTS), caller_imei=imei, caller_imsi=imsi,
            caller_cell=Cat(caller_cell, world.cells.labels), callee_cell=Cat(callee_cell, world.cells.labels),
            caller_roaming_country=Cat(caller_roam, ROAM_LABELS), call_type=Cat(call_type, CALL_TYPES),
            media=Cat(video.astype(np.int64), ("voice", "video")),
            gateway=gateway_labels(gateway))


def gateway_labels(gw: np.ndarray) -> Cat:
    """Trunk/VoIP gateway ids (``GW`` + digits; negative = none)."""
    uniq, inv = np.unique(gw, return_inverse=True)
    labels = [f"GW{u:07d}" if u >= 0 else "" for u in uniq.tolist()]
    codes = np.where(uniq[inv] >= 0, inv, -1)
    return Cat(codes, labels)


def _rendered(rng: np.random.Generator, templates: tuple[str, ...], k: int) -> list[str]:
    return [content.fill(rng, templates[int(rng.integers(len(templates)))]) for _ in range(k)]


def _sms(world: World, day: int, dow: int, rng: np.random.Generator, log: EventLog) -> None:
    b, tc = world.benign, world.cfg.traffic
    assert b is not None
    active = _active(world, day) & (world.cards["line"][: b.n] == LINE["mobile"])
    rate = b.sms_rate * active * np.where(b.kind == MARKETING, 0.3 if dow >= 5 else 1.0, 1.0)
    n_i = rng.poisson(rate)
    sender = np.repeat(np.arange(b.n), n_i)
    m = sender.size
    kind = b.kind[sender]
    deg = b.indptr[sender + 1] - b.indptr[sender]
    mk = kind == MARKETING
    use_contact = (deg > 0) & ~(mk & (rng.random(m) < 0.85))
    pos = np.minimum(b.indptr[sender] + (rng.random(m) ** 2 * deg).astype(np.int64), b.contact_msisdn.size - 1)
    mobiles = np.flatnonzero(_active(world, day) & (world.cards["line"][: b.n] == LINE["mobile"]))
    rand = mobiles[rng.integers(0, mobiles.size, m)]
    msisdn = world.cards["msisdn"]
    receiver = np.where(use_contact, b.contact_msisdn[pos], msisdn[rand])
    secs = np.where(mk, rhythm.seconds_in_day(rng, m, rhythm.curve(dow, business=True)),
                    rhythm.seconds_in_day(rng, m, rhythm.curve(dow)))
    p2p_pool = _rendered(rng, content.P2P_TEXTS, 400)
    mk_pool = _rendered(rng, content.BUSINESS_TEXTS["marketing"], 200)
    text = np.where(mk, rng.integers(0, len(mk_pool), m) + len(p2p_pool), rng.integers(0, len(p2p_pool), m))
    roam = roaming_today(world, day)
    cell = location(world, sender, secs, dow < 5, rng)
    log.add("sms", send_time=world.day_start(day) + secs, sender=msisdn[sender], receiver=receiver,
            content=Cat(text, p2p_pool + mk_pool), sender_imei=b.imei[sender],
            sender_cell=Cat(np.where(roam[sender] >= 0, -1, cell), world.cells.labels),
            sender_roaming_country=Cat(roam[sender], ROAM_LABELS))
    # business messages: OTP codes, bank and delivery notices, marketing with links
    nbiz = int(rng.poisson(tc.sms_business_per_day * mobiles.size))
    recv = mobiles[rng.integers(0, mobiles.size, nbiz)]
    s_idx = rng.integers(0, world.business_senders.size, nbiz)
    skind = world.business_kind[s_idx]
    pools: list[str] = []
    code = np.empty(nbiz, np.int64)
    for k, name in enumerate(content.BUSINESS_KINDS):
        pool = _rendered(rng, content.BUSINESS_TEXTS[name], 300)
        sel = skind == k
        code[sel] = len(pools) + rng.integers(0, len(pool), int(sel.sum()))
        pools += pool
    secs = np.where(skind == content.BUSINESS_KINDS.index("otp"),
                    rhythm.seconds_in_day(rng, nbiz, rhythm.curve(dow)),
                    rhythm.seconds_in_day(rng, nbiz, rhythm.curve(dow, business=True)))
    log.add("sms", send_time=world.day_start(day) + secs, sender=world.business_senders[s_idx],
            receiver=msisdn[recv], content=Cat(code, pools))


def _device_web_apps(world: World, catalog: Catalog, day: int, dow: int, rng: np.random.Generator,
                     log: EventLog) -> None:
    b, tc = world.benign, world.cfg.traffic
    assert b is not None
    line = world.cards["line"][: b.n]
    active = _active(world, day) & ((line == LINE["mobile"]) | (line == LINE["iot"]))
    roam = roaming_today(world, day)
    msisdn, imsi = world.cards["msisdn"], world.cards["imsi"]
    iot = b.kind == IOT
    # event counts per card: power_on, attach, location_update, data_session, detach, power_off
    lam = np.stack([
        np.where(iot, 0.02, 0.15), np.where(iot, 0.3, 0.9), np.where(b.kind == COURIER, 8.0, np.where(iot, 0.1, 1.3)),
        np.where(b.data_user, np.where(iot, 6.0, tc.data_sessions_per_day), 0.0), np.where(iot, 0.1, 0.3),
        np.where(iot, 0.02, 0.12),
    ])
    counts = rng.poisson(lam * active)
    events = np.array(["power_on", "attach", "location_update", "data_session", "detach", "power_off"])
    ev = np.repeat(np.tile(np.arange(6), b.n), counts.T.ravel())
    card = np.repeat(np.repeat(np.arange(b.n), 6), counts.T.ravel())
    m = card.size
    secs = np.where(ev == 3, rhythm.seconds_in_day(rng, m, rhythm.DATA), rhythm.seconds_in_day(rng, m, rhythm.curve(dow)))
    secs = np.where(iot[card], rng.integers(0, DAY, m), secs)
    cell = location(world, card, secs, dow < 5, rng)
    nbytes = np.where(ev == 3, np.where(iot[card], lognormal_median(rng, 20_000, 1.0, m),
                                        lognormal_median(rng, 4_000_000, 1.6, m)), -1).astype(np.int64)
    log.add("device", time=world.day_start(day) + secs, msisdn=msisdn[card], imsi=imsi[card], imei=b.imei[card],
            cell=Cat(np.where(roam[card] >= 0, -1, cell), world.cells.labels), event=Cat(ev, list(events)),
            roaming_country=Cat(roam[card], ROAM_LABELS),
            bytes=_nullable_int(nbytes))
    # web visits
    users = b.data_user & active & ~iot
    n_i = rng.poisson(b.web_rate * users)
    who = np.repeat(np.arange(b.n), n_i)
    m = who.size
    dom = rng.choice(catalog.domains.size, m, p=catalog.domain_p)
    http = rng.random(m) < 0.2
    path = np.array([f"/{content.random_token(rng, 3, 10)}" for _ in range(200)])
    url_code = np.where(http, dom * 200 + rng.integers(0, 200, m), -1)
    uniq, inv = np.unique(url_code, return_inverse=True)
    url_labels = ["" if u < 0 else f"http://{catalog.domains[u // 200]}{path[u % 200]}" for u in uniq.tolist()]
    url_codes = np.where(uniq[inv] >= 0, inv, -1)
    app = np.where(rng.random(m) < 0.4, rng.choice(catalog.apps.size, m, p=catalog.app_p), -1)
    secs = rhythm.seconds_in_day(rng, m, rhythm.DATA)
    log.add("web", time=world.day_start(day) + secs, msisdn=msisdn[who], domain=Cat(dom, catalog.domains),
            url=Cat(url_codes, url_labels), ip=Cat(dom, catalog.domain_ip),
            bytes=lognormal_median(rng, 250_000, 1.5, m).astype(np.int64), app=Cat(app, catalog.apps))
    # apps: use and install sightings
    n_use = rng.poisson(tc.app_uses_per_day * users)
    n_inst = rng.poisson(tc.app_installs_per_day * users)
    who_u = np.repeat(np.arange(b.n), n_use)
    who_i = np.repeat(np.arange(b.n), n_inst)
    app_u = rng.choice(catalog.apps.size, who_u.size, p=catalog.app_p)
    app_i = rng.choice(catalog.apps.size, who_i.size, p=catalog.app_p)
    side = rng.random(who_i.size) < 0.04
    side_dom = rng.choice(catalog.domains.size, who_i.size, p=catalog.domain_p)
    src_labels = [f"https://dl.{d.removeprefix('www.')}/app.apk" for d in catalog.domains.tolist()]
    who_a = np.concatenate([who_u, who_i])
    log.add("apps", time=world.day_start(day) + rhythm.seconds_in_day(rng, who_a.size, rhythm.DATA),
            msisdn=msisdn[who_a], app=Cat(np.concatenate([app_u, app_i]), catalog.apps),
            event=Cat(np.r_[np.ones(who_u.size, np.int64), np.zeros(who_i.size, np.int64)], ("install", "use")),
            source_url=Cat(np.r_[np.full(who_u.size, -1), np.where(side, side_dom, -1)], src_labels))


def _nullable_int(values: np.ndarray) -> np.ndarray:
    import pyarrow as pa

    return pa.array(values, mask=values < 0)


def _money(world: World, day: int, dow: int, rng: np.random.Generator, log: EventLog) -> None:
    b, tc = world.benign, world.cfg.traffic
    assert b is not None
    cards = world.cards
    holder = cards["holder"][: b.n]
    acct = world.holder_account[holder]
    first = np.r_[True, holder[1:] != holder[:-1]]
    payer = np.flatnonzero(first & (acct >= 0) & _active(world, day) & (world.holders["customer"][holder] == 0))
    msisdn = cards["msisdn"]
    t_day = world.day_start(day)
    rows: list[tuple[np.ndarray, ...]] = []
    # shopping at merchants
    n_i = rng.poisson(tc.shopping_per_day * (1.3 if dow >= 5 else 1.0), payer.size)
    who = np.repeat(payer, n_i)
    m_idx = rng.choice(world.merchant_accounts.size, who.size, p=world.merchant_p)
    amt = np.round(lognormal_median(rng, 58, 1.0, who.size), 2)
    secs = rhythm.seconds_in_day(rng, who.size, rhythm.curve(dow))
    rows.append((t_day + secs, acct[who], world.merchant_accounts[m_idx], amt,
                 rng.choice(4, who.size, p=[0.82, 0.03, 0.0, 0.15]), msisdn[who]))
    # merchant settlement to the owner at night
    total = np.bincount(m_idx, weights=amt, minlength=world.merchant_accounts.size)
    paid = np.flatnonzero((total > 0) & (world.merchant_owner_account >= 0))
    rows.append((t_day + rng.integers(22 * 3600, 23 * 3600 + 3599, paid.size), world.merchant_accounts[paid],
                 world.merchant_owner_account[paid], np.round(total[paid] * 0.994, 2), np.full(paid.size, 3),
                 np.full(paid.size, -1)))
    # transfers between contacts
    n_i = rng.poisson(tc.p2p_transfers_per_day, payer.size)
    who = np.repeat(payer, n_i)
    deg = b.indptr[who + 1] - b.indptr[who]
    who = who[deg > 0]
    deg = deg[deg > 0]
    pos = np.minimum(b.indptr[who] + (rng.random(who.size) * deg).astype(np.int64), b.contact_card.size - 1)
    other = b.contact_card[pos]
    ok = other >= 0
    who, other = who[ok], other[ok]
    to = world.holder_account[holder[other]]
    ok = (to >= 0) & (to != acct[who])
    who, to = who[ok], to[ok]
    rows.append((t_day + rhythm.seconds_in_day(rng, who.size, rhythm.curve(dow)), acct[who], to,
                 np.round(lognormal_median(rng, 300, 1.1, who.size), 0), np.zeros(who.size, np.int64), msisdn[who]))
    # salaries and rent by day of month
    dom = (world.start.toordinal() + day)
    from datetime import date

    mday = date.fromordinal(dom).day
    paid_today = np.flatnonzero((world.employer_account >= 0) & (world.salary_day == mday))
    if paid_today.size and dow < 5:
        to = world.holder_account[paid_today]
        ok = to >= 0
        p = paid_today[ok]
        rows.append((t_day + rng.integers(9 * 3600, 11 * 3600, p.size), world.employer_account[p], to[ok],
                     np.round(lognormal_median(rng, 5200, 0.45, p.size), 2), np.full(p.size, 1), np.full(p.size, -1)))
    renters = payer[(world.salary_day[holder[payer]] % 7 == mday % 7) & (rng.random(payer.size) < 0.1)]
    landlords = payer[rng.integers(0, payer.size, renters.size)]
    ok = landlords != renters
    renters, landlords = renters[ok], landlords[ok]
    rows.append((t_day + rhythm.seconds_in_day(rng, renters.size, rhythm.curve(dow)), acct[renters],
                 acct[landlords], np.round(lognormal_median(rng, 1500, 0.4, renters.size), -1),
                 np.zeros(renters.size, np.int64), msisdn[renters]))
    t, fr, to, amount, ch, ini = (np.concatenate(c) for c in zip(*rows, strict=True))
    ids = world.accounts["account_id"]
    log.add("transfers", time=t, from_account=Cat(fr, ids), to_account=Cat(to, ids), amount=amount,
            currency="CNY", channel=Cat(ch, ("mobile_app", "counter", "atm", "third_party")), initiated_msisdn=ini)


def _internet(world: World, day: int, rng: np.random.Generator, log: EventLog) -> None:
    b, tc = world.benign, world.cfg.traffic
    assert b is not None
    ok = _active(world, day) & (world.cards["line"][: b.n] == LINE["mobile"]) & np.isin(b.kind, [ORDINARY, DORMANT, TRAVELLER, COURIER, SALES])
    who = np.repeat(np.arange(b.n), rng.poisson(tc.internet_registrations_per_day * ok))
    plat = rng.choice(len(content.PLATFORMS), who.size, p=content.PLATFORM_P / content.PLATFORM_P.sum())
    log.add("internet_accounts", platform=Cat(plat, content.PLATFORMS), account=hex_keys(rng, who.size, "u"),
            msisdn=world.cards["msisdn"][who],
            register_time=world.day_start(day) + rhythm.seconds_in_day(rng, who.size, rhythm.curve(dow_of(world, day))),
            status=Cat((rng.random(who.size) < 0.01).astype(np.int64), ("active", "banned")))


def dow_of(world: World, day: int) -> int:
    """Day of week (0 = Monday) of simulated ``day``."""
    return (world.start.weekday() + day) % 7
