"""Internet-platform accounts registered with phone numbers: years of history, and a few new ones each day."""

from __future__ import annotations

import numpy as np

from .clock import DAY, T0

PLATFORMS = ["wechat", "alipay", "taobao", "douyin", "meituan", "jd", "qq", "xianyu", "kuaishou", "xiaohongshu",
             "didi", "boss_zhipin", "12306"]
PREFIX = {"wechat": "wxid_", "alipay": "2088", "taobao": "tb", "douyin": "dy", "meituan": "mt", "jd": "jd_",
          "qq": "qq", "xianyu": "xy", "kuaishou": "ks", "xiaohongshu": "xhs", "didi": "dd", "boss_zhipin": "bz",
          "12306": "rw"}


def account_names(rng, platforms: list[str]) -> list[str]:
    v = rng.integers(0, 2 ** 48, len(platforms)).tolist()
    return [f"{PREFIX[p]}{x:012x}" for p, x in zip(platforms, v, strict=True)]


def register(ww, msisdn: np.ndarray, platforms: list[str], t: np.ndarray, status="active") -> list[str]:
    names = account_names(ww.rng, platforms)
    ww.sink.add("internet_accounts", platform=platforms, account=names, msisdn=msisdn, register_time=t,
                status=status)
    return names


def run(ww) -> None:
    pop, rng = ww.pop, ww.rng
    k = rng.integers(1, 5, pop.n)
    k[pop.is_second] = rng.integers(0, 2, int(pop.is_second.sum()))
    src = np.repeat(np.arange(pop.n), k)
    plat = [PLATFORMS[i] for i in rng.choice(8, len(src), p=[.3, .22, .14, .12, .08, .06, .05, .03]).tolist()]
    t = pop.open_time[src] + (rng.random(len(src)) * (T0 - 86400 - pop.open_time[src])).astype(np.int64)
    register(ww, pop.msisdn[src], plat, t)
    new = np.flatnonzero(rng.random(pop.n) < 0.02)
    plat = [PLATFORMS[i] for i in rng.integers(0, len(PLATFORMS), len(new)).tolist()]
    register(ww, pop.msisdn[new], plat, T0 + rng.integers(0, ww.days * DAY, len(new)))
