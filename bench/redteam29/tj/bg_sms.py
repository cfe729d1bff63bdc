"""Background SMS: person-to-person (no content exported), platform login codes, courier and operator notices."""

from __future__ import annotations

import numpy as np

from tj import content, emit, rhythm
from tj.core import DAY
from tj.population import PROFILE_NAMES


def run(ctx) -> None:
    rng = ctx.rng("bg_sms")
    pop, bk = ctx.pop, ctx.books
    D = ctx.days
    for src, dst_no, dst_is_pop in ((bk.on_src, pop.msisdn[bk.on_dst], True),
                                    (bk.off_src, bk.off_msisdn[bk.off_dst], False)):
        w = bk.on_w if dst_is_pop else bk.off_w
        cnt = rng.poisson(pop.sms_rate[src] * w * D * 1.1)
        e = np.repeat(np.arange(src.size), cnt)
        p = src[e]
        day = rng.integers(0, D, e.size)
        t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
        emit.sms(ctx, pop.msisdn[p], dst_no[e], t, None, imei=pop.imei_at(ctx, p, t), cell=pop.cell_at(ctx, p, t))
    # incoming off-net person-to-person
    cnt = rng.poisson(pop.sms_rate[bk.off_src] * bk.off_in_w * D * 0.8)
    e = np.repeat(np.arange(bk.off_src.size), cnt)
    day = rng.integers(0, D, e.size)
    t = rhythm.times(rng, ctx.t0 + day * DAY, "evening")
    emit.sms(ctx, bk.off_msisdn[bk.off_dst[e]], pop.msisdn[bk.off_src[e]], t, None)
    # platform login codes
    cnt = rng.poisson(0.09 * D * np.clip(pop.web_rate, 0.2, 3), pop.n)
    p = np.repeat(np.arange(pop.n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times_by_group(rng, ctx.t0 + day * DAY, pop.profile[p], PROFILE_NAMES)
    plat = rng.integers(0, len(content.PLATFORM_NAMES), p.size)
    emit.sms(ctx, content.A2P_SENDER[plat], pop.msisdn[p], t, content.verification(rng, plat))
    # courier notices with tracking links (parcels for the festival)
    cnt = rng.poisson(0.13 * D, pop.n)
    p = np.repeat(np.arange(pop.n), cnt)
    day = rng.integers(0, D, p.size)
    t = rhythm.times(rng, ctx.t0 + day * DAY, "business")
    keys = list(content.COURIER)
    c = rng.integers(0, len(keys), p.size)
    sender = np.array([content.COURIER[k][0] for k in keys], np.int64)[c]
    tails = np.array([f"{x:x}" for x in rng.integers(0x10000, 0xfffff, 60)])
    txt = np.array([f"【{content.COURIER[k][1]}】您的快件已到达驿站，请凭取件码取件，详情 https://m.{content.COURIER[k][2]}/t/"
                    for k in keys], dtype=object)[c]
    txt = np.char.add(txt.astype(str), tails[rng.integers(0, tails.size, p.size)])
    emit.sms(ctx, sender, pop.msisdn[p], t, txt)
    # operator's monthly bill notice and a festival greeting
    day = min(3, D - 1)
    t = ctx.t0 + day * DAY + rng.integers(9 * 3600, 11 * 3600, pop.n)
    emit.sms(ctx, np.full(pop.n, content.OPERATOR_SHORT), pop.msisdn, t,
             "【海河通信】尊敬的客户，您的12月账单已生成，可发送CXZD至10037查询。")
