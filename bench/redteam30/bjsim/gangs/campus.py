"""Campus gangs: G12 the Shahe university-town mule ring (students renting out accounts, forwarding by phone in
minutes), and G04 the "graduate adjustment" studio near Wudaokou whose five cards live like ordinary users and fish
only a few candidates a day."""

from __future__ import annotations

import numpy as np

from .. import texts
from ..clock import DAY, STUDENT, T0
from ..money import Mules
from .kit import Flow, hook, silent_accounts


def student_mules(ww) -> Mules:
    """Built once; several gangs pay into it."""
    if getattr(ww, "_student_mules", None) is not None:
        return ww._student_mules
    gang, scheme = "G12", "student_mule_ring"
    rng, pop = ww.rng, ww.pop
    st = pop.of("student")
    shahe = st[pop.home[st] == ww.cells.site["shahe_univ_town"]]
    kids = ww.victims(shahe if len(shahe) >= 25 else st, 25)
    ot = T0 - rng.integers(3, 25, len(kids)) * DAY
    accts = ww.open_accounts(len(kids), id_keys=pop.id_key[kids], open_time=ot, bound=pop.msisdn[kids])
    second = ww.open_accounts(8, id_keys=ww.ids(8), open_time=T0 - rng.integers(30, 200, 8) * DAY)
    out = ww.open_accounts(3, id_keys=ww.ids(3, "bl_"), open_time=T0 - 500 * DAY)
    m = Mules(ww, gang, scheme, accts, second, out, first_msisdn=pop.msisdn[kids])
    ww.truth.add("msisdn", pop.msisdn[kids].tolist(), "gang_member", gang, scheme, first=ot)
    # the recruiter's card calls and texts the students
    rec, rimsi = ww.open_cards(1, id_keys=ww.ids(1), open_time=T0 - 60 * DAY, channel="store-cp-118",
                               cell=ww.cells.site["shahe_univ_town"])
    ph = ww.handsets(1, "iphone15")
    ww.truth.add("msisdn", rec.tolist(), "gang_member", gang, scheme, first=T0)
    k = len(kids) * 3
    t = T0 + rng.integers(0, ww.days, k) * DAY + rng.choice(24, k, p=STUDENT) * 3600
    who = kids[rng.integers(0, len(kids), k)]
    ww.call(t, rec[0], pop.msisdn[who], rng.integers(30, 240, k), imei=ph[0], imsi=rimsi[0],
            cell=ww.cells.site["shahe_univ_town"])
    ww.sms(t + 300, rec[0], pop.msisdn[who], "有单了, 收到后十分钟内转出, 老规矩截图发我", imei=ph[0],
           cell=ww.cells.site["shahe_univ_town"])
    ww._student_mules = m
    return m


def kaoyan(ww) -> str:
    gang, scheme = "G04", "kaoyan_adjustment_fee"
    rng, pop = ww.rng, ww.pop
    n = 5
    ids = ww.ids(3)
    site = ww.cells.site["wudaokou"]
    msisdn, imsi = ww.open_cards(n, id_keys=[ids[i % 3] for i in range(n)],
                                 open_time=T0 - rng.integers(120, 400, n) * DAY, channel="store-hd-044", cell=site)
    phones = ww.handsets(n, "huawei_nova12")
    for x in ids:
        ww.truth.add("id_key", x, "gang_member", gang, scheme)
    ww.truth.add("msisdn", msisdn.tolist(), "fraud_caller", gang, scheme, first=T0)
    friends = ww.nums.offnet(12)
    students = pop.of("student")
    m = student_mules(ww)
    flow = Flow(gang, scheme, "other", talk_med=600, callback_p=0.9, domain=None, pays=(1, 2), amount=(8.8, 0.5),
                delay=(3 * 3600, 2 * DAY), gap=(DAY // 2, 2 * DAY), report_p=0.3)
    hooked_v, hooked_t, hooked_no = [], [], []
    for d in range(ww.days):
        for i in range(n):
            cell = ww.cells.near(rng, site, 8)
            # ordinary life: each other and a few friends
            k = int(rng.integers(2, 6))
            t = T0 + d * DAY + rng.choice(24, k, p=STUDENT) * 3600 + rng.integers(0, 3600, k)
            other = np.where(rng.random(k) < 0.4, msisdn[rng.integers(0, n, k)], friends[rng.integers(0, 12, k)])
            other = np.where(other == msisdn[i], friends[0], other)
            ww.call(t, msisdn[i], other, rng.lognormal(np.log(90), 0.8, k).astype(np.int64), imei=phones[i],
                    imsi=imsi[i], cell=cell[rng.integers(0, 8, k)])
            ww.device(t + 120, msisdn[i], imsi[i], phones[i], cell[rng.integers(0, 8, k)], "data_session",
                      nbytes=rng.lognormal(15, 1, k).astype(np.int64))
            # a handful of candidates a day, by text then call
            j = int(rng.integers(2, 7))
            tgt = students[rng.integers(0, len(students), j)]
            ts = T0 + d * DAY + rng.integers(10 * 3600, 22 * 3600, j)
            ww.sms(ts, msisdn[i], pop.msisdn[tgt],
                   texts.KAOYAN[i % 2].format(n=str(msisdn[i])[2:], u=["北航", "北理工", "北邮", "首师大"][i % 4]),
                   imei=phones[i], cell=cell[0])
            ans = rng.random(j) < 0.6
            hk = ans & (rng.random(j) < 0.09) & ~ww.victim_used[tgt]
            tc = ts + rng.integers(600, 7200, j)
            dur = np.where(ans, rng.lognormal(np.log(80), 0.6, j), 0).astype(np.int64)
            dur[hk] = rng.integers(400, 1200, int(hk.sum()))
            ww.call(tc, msisdn[i], pop.msisdn[tgt], dur, imei=phones[i], imsi=imsi[i], cell=cell[1])
            v, fi = np.unique(tgt[hk], return_index=True)
            ww.victim_used[v] = True
            hooked_v.append(v)
            hooked_t.append(tc[hk][fi])
            hooked_no.append(np.full(len(v), msisdn[i]))
    v = np.concatenate(hooked_v)
    hook(ww, flow, v, np.concatenate(hooked_t), np.concatenate(hooked_no), m)
    silent_accounts(ww, gang, scheme, msisdn, T0 + rng.integers(0, 3 * DAY, n), ["qq"] * n)
    return f"{gang} {scheme}: {n} cards living like users, {len(v)} students hooked"


def run(ww) -> list[str]:
    m = student_mules(ww)
    return [f"G12 student_mule_ring: {len(m.first)} student accounts, 1 recruiter", kaoyan(ww)]
