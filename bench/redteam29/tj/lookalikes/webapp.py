"""Look-alikes on the web and in apps: CDNs with random sub-domains, new shop sites, shared hosting IPs,
IT staff and grandchildren using screen sharing, sellers with many platform accounts, phones moved to a
new handset (a burst of codes), side-loaded games, video-calling families."""

from __future__ import annotations

import numpy as np

from tj import content, emit, rhythm
from tj.core import DAY, HOUR
from tj.gangs.kit import web_visits
from tj.lookalikes.base import Kind, truth
from tj.lookalikes.texter import ctx_gang


def run(ctx, kind: Kind, rng) -> None:
    globals()["_" + kind.p["mode"]](ctx, kind, rng)


def _visitors(ctx, rng, n: int, personas=None):
    pop = ctx.pop
    if personas:
        from tj.population import PID
        cand = np.flatnonzero(np.isin(pop.persona, [PID[x] for x in personas]))
    else:
        cand = np.arange(pop.n)
    return cand[rng.integers(0, cand.size, n)]


def _domain(ctx, kind, rng) -> None:
    """A legitimate domain visited by many: wildcard sub-domains, or newly registered."""
    pop = ctx.pop
    D = ctx.days
    dom = kind["domain"]
    n = int(kind.get("visits", 400) * ctx.scale * D / 14) + 5
    who = _visitors(ctx, rng, n, kind.get("personas"))
    start = kind.get("from_day", 0)
    t = ctx.t0 + rng.integers(start, D, n) * DAY + rng.integers(7 * HOUR, 23 * HOUR, n)
    if kind.get("wild"):
        subs = np.array([f"{x:08x}" for x in rng.integers(0, 2**32, kind.get("n_sub", 200))])
        host = np.char.add(np.char.add(subs[rng.integers(0, subs.size, n)], "."), dom)
    else:
        host = np.full(n, dom)
    ips = np.array(kind.get("ips", ["116.211.155.3"]))
    web_visits(ctx_gang(ctx, rng), pop.msisdn[who], t, host, ips[rng.integers(0, ips.size, n)], kind.get("path", "/"),
               app=kind.get("app"))
    truth(ctx, kind, "domain", np.unique(np.r_[host[: min(n, 50)], [dom]]), int(t.min()))
    if kind.get("truth_ip"):
        truth(ctx, kind, "ip", ips, int(t.min()))
    if kind.get("new_shop"):  # the owner texts the neighbours about it
        owner = pop.pick(rng, 1, personas=["shopkeeper"])
        k = ctx.k(150, 20)
        rc = pop.msisdn[_visitors(ctx, rng, k)]
        emit.sms(ctx, np.full(k, pop.msisdn[owner[0]]), rc, ctx.t0 + start * DAY + rng.integers(9 * HOUR, 20 * HOUR, k),
                 f"年货节开业啦！本店新网站 https://{dom} 扫码下单满99包邮，老邻居八折。", imei=pop.imei[owner[0]],
                 cell=pop.home_cell[owner[0]])
        truth(ctx, kind, "msisdn", pop.msisdn[owner], ctx.t0)


def _app_users(ctx, kind, rng) -> None:
    """People installing and using an app that schemes also use (screen sharing, remote desktop, brokers)."""
    pop = ctx.pop
    D = ctx.days
    who = pop.pick(rng, ctx.k(kind.n), personas=kind.get("personas"))
    k = who.size
    app, src = kind["app"]
    ti = ctx.t0 + rng.integers(0, D - 1, k) * DAY + rng.integers(9 * HOUR, 21 * HOUR, k)
    if kind.get("call_first"):  # a relative or colleague rings first and walks them through it
        bk = ctx.books
        mine = np.searchsorted(bk.on_src, who)
        ok = (mine < bk.on_src.size) & (bk.on_src[np.minimum(mine, bk.on_src.size - 1)] == who)
        rel = np.where(ok, bk.on_dst[np.minimum(mine, bk.on_src.size - 1)], rng.integers(0, pop.n, k))
        emit.calls(ctx, rng, pop.msisdn[rel], pop.msisdn[who], ti - rng.integers(120, 900, k), rng.integers(600, 2400, k),
                   imei=pop.imei[rel], imsi=pop.imsi[rel], cell=pop.cell_at(ctx, rel, ti), media=kind.get("media", "voice"))
    ctx.sink.add("apps", time=ti, msisdn=pop.msisdn[who], app=app, event="install", source_url=src)
    c = rng.poisson(kind.get("uses", 1.0) * D, k)
    s = np.repeat(np.arange(k), c)
    tu = ti[s] + rng.integers(300, D * DAY, s.size)
    ok = tu < ctx.t1
    ctx.sink.add("apps", time=tu[ok], msisdn=pop.msisdn[who[s[ok]]], app=app, event="use")
    if kind.get("domain"):
        web_visits(ctx_gang(ctx, rng), pop.msisdn[who[s[ok]]], tu[ok] + 3, np.full(int(ok.sum()), kind["domain"]),
                   np.full(int(ok.sum()), kind.get("ip", "121.40.2.15")), "/", app=app)
    truth(ctx, kind, "msisdn", pop.msisdn[who], ti)
    if kind.get("truth_app"):
        truth(ctx, kind, "app", app, int(ti.min()))


def _accounts(ctx, kind, rng) -> None:
    """Many platform accounts on one number (shop owners), or a burst of codes on a new handset."""
    pop = ctx.pop
    D = ctx.days
    who = pop.pick(rng, ctx.k(kind.n), personas=kind.get("personas"))
    k = who.size
    n_plat = len(content.PLATFORM_NAMES)
    lo, hi = kind.get("codes", (8, 16))
    c = rng.integers(lo, hi + 1, k)
    s = np.repeat(np.arange(k), c)
    plat = rng.integers(0, n_plat, s.size)
    if kind.get("burst"):
        day = rng.integers(0, D, k)
        t = ctx.t0 + day[s] * DAY + 20 * HOUR + rng.integers(0, 2 * HOUR, s.size)
    else:
        t = ctx.t0 + rng.integers(0, D, s.size) * DAY + rng.integers(9 * HOUR, 23 * HOUR, s.size)
    emit.sms(ctx, content.A2P_SENDER[plat], pop.msisdn[who[s]], t, content.verification(rng, plat))
    if kind.get("register"):
        key = np.unique(s.astype(np.int64) * 100 + plat, return_index=True)[1]
        acc = np.array(ctx.numbers.keys("u", key.size))
        names = np.array(content.PLATFORM_NAMES)
        ctx.sink.add("internet_accounts", platform=names[plat[key]], account=acc, msisdn=pop.msisdn[who[s[key]]],
                     register_time=t[key] + 60, status="active")
        truth(ctx, kind, "account", np.char.add(np.char.add(names[plat[key]], ":"), acc), t[key] + 60)
    truth(ctx, kind, "msisdn", pop.msisdn[who], ctx.t0)


def _video_family(ctx, kind, rng) -> None:
    """Grandparents and migrant children on daily video calls (some from home provinces)."""
    pop, bk = ctx.pop, ctx.books
    who = pop.pick(rng, ctx.k(kind.n), personas=["elderly"])
    k = who.size
    D = ctx.days
    kid = bk.off_msisdn[rng.integers(0, bk.off_msisdn.size, k)]
    c = rng.poisson(1.3 * D, k)
    s = np.repeat(np.arange(k), c)
    t = rhythm.times(rng, ctx.t0 + rng.integers(0, D, s.size) * DAY, "evening")
    out = rng.random(s.size) < 0.4
    dur = np.clip(rng.lognormal(np.log(900), 0.6, s.size), 60, 5400).astype(np.int64)
    emit.calls(ctx, rng, pop.msisdn[who[s[out]]], kid[s[out]], t[out], dur[out], media="video", imei=pop.imei[who[s[out]]],
               imsi=pop.imsi[who[s[out]]], cell=pop.home_cell[who[s[out]]])
    emit.calls(ctx, rng, kid[s[~out]], pop.msisdn[who[s[~out]]], t[~out], dur[~out], media="video")
    truth(ctx, kind, "msisdn", pop.msisdn[who], ctx.t0)
