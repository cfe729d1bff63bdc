"""G11 Huilongguan code-receiving pool: cards opened on Pinggu and Miyun villagers' IDs sit in three pool devices in a
Changping flat and only receive platform verification codes; each code is followed by a fresh platform account."""

from __future__ import annotations

import numpy as np

from .. import texts
from ..clock import DAY, T0
from ..platforms import register
from .kit import buy_cards

GANG, SCHEME = "G11", "code_receiving_pool"


def run(ww) -> list[str]:
    rng, cells = ww.rng, ww.cells
    n = 64
    msisdn, imsi, ot = buy_cards(ww, GANG, SCHEME, n, sellers=16, seller_site="pinggu_village",
                                 store="agent-pinggu-07", opened=(-25, 5), per_id=4)
    pool = ww.handsets(3 * 16, "module_m26")
    ww.truth.add("imei", pool.tolist(), "simbox_device", GANG, SCHEME, first=T0)
    cell = cells.site["huilongguan"]
    open_day = (ot - T0) // DAY
    start = np.maximum(open_day + 1, 0)
    life = rng.integers(2, 6, n)
    slot = rng.integers(0, len(pool), n)
    ww.truth.add("msisdn", msisdn.tolist(), "simbox_sim", GANG, SCHEME, first=T0 + start * DAY)
    senders = np.array([int(c[0]) for c in texts.CODES], np.int64)
    plats = ["wechat", "alipay", "taobao", "meituan", "douyin", "jd", "12306", "qq"]
    for i in range(n):
        days = np.arange(start[i], min(start[i] + life[i], ww.days))
        for d in days.tolist():
            t0 = T0 + d * DAY + rng.integers(8 * 3600, 11 * 3600)
            ww.device([t0], msisdn[i], imsi[i], pool[slot[i]], cell, "attach")
            k = int(rng.integers(1, 7))
            t = np.sort(t0 + rng.integers(60, 12 * 3600, k))
            w = rng.integers(0, len(senders), k)
            ww.sms(t, senders[w], msisdn[i],
                   [texts.CODES[x][1].format(c=int(rng.integers(100000, 999999))) for x in w.tolist()])
            names = register(ww, np.full(k, msisdn[i]), [plats[x] for x in w.tolist()], t + rng.integers(20, 180, k))
            ww.truth.add("account", names, "fraud_account", GANG, SCHEME, first=t)
            ww.device([t[-1] + 600], msisdn[i], imsi[i], pool[slot[i]], cell, "detach")
        slot[i] = (slot[i] + 1) % len(pool)
    return [f"{GANG} {SCHEME}: {n} cards on 16 villager IDs in 3 pool devices"]
