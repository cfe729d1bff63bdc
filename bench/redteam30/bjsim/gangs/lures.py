"""Slow lures: G05 the "Jinghua Wealth" investment app (pig butchering met on dating apps: almost nothing on the phone
network but the app, its site and the deposits), and G13 fake Beijing car-plate quota renters."""

from __future__ import annotations

import numpy as np

from .. import texts
from ..clock import DAY, T0
from ..money import Mules
from .campus import student_mules
from .kit import Flow, hook


def pig_butcher(ww) -> str:
    gang, scheme = "G05", "investment_app"
    rng, pop = ww.rng, ww.pop
    host, dl, ip = "jhcf-vip.com", "dl.jhcf-vip.com", "154.82.113.9"
    app = "com.jhcf.wealth"
    for h in (host, dl):
        ww.truth.add("domain", h, "fraud_domain", gang, scheme)
    ww.truth.add("ip", ip, "fraud_domain", gang, scheme)
    ww.truth.add("app", app, "fraud_app", gang, scheme)
    cs, csi = ww.open_cards(2, id_keys=ww.ids(2), open_time=T0 - 45 * DAY, channel="store-cy-201",
                            cell=ww.cells.site["sanlitun"])
    ph = ww.handsets(2, "iphone15")
    ww.truth.add("msisdn", cs.tolist(), "fraud_caller", gang, scheme, first=T0)
    v = ww.victims(pop.of("office_worker", "retiree", "civil_servant", "self_employed", "medical_staff"), 22)
    m = student_mules(ww)
    m2 = Mules.fresh(ww, gang, scheme, 6, 4, opened_days_ago=(20, 120))
    ww.truth.add("msisdn", pop.msisdn[v].tolist(), "victim", gang, scheme, first=T0)
    for i, x in enumerate(v.tolist()):
        hooked_day = int(rng.integers(-10, 6))
        for d in range(max(hooked_day, 0), ww.days):
            t = T0 + d * DAY + rng.integers(19 * 3600, 23 * 3600, 2)
            ww.visit(t, pop.msisdn[x], [host, dl][d % 2 if d == max(hooked_day, 0) else 0], url=f"https://{host}/m/",
                     ip=ip, nbytes=rng.integers(40_000, 400_000, 2))
            ww.app(t[:1] + 60, pop.msisdn[x], app, "install" if d == hooked_day else "use",
                   source_url=f"https://{dl}/app" if d == hooked_day else None)
        days = np.arange(max(hooked_day, 0) + 1, ww.days, int(rng.integers(2, 4)))
        if not len(days):
            continue
        amt = np.round(rng.lognormal(9.2, 0.5) * 1.7 ** np.arange(len(days)), -2)
        t = T0 + days * DAY + rng.integers(20 * 3600, 22 * 3600, len(days))
        (m if i % 2 else m2).pay(np.full(len(days), x), t, amt)
        ww.transfer([t[0] + DAY // 2], m2.first[0], pop.acct[x], [round(amt[0] * 0.08, 2)], channel="third_party")
        if i % 4 == 0:
            ww.sms(t - 7200, cs[i % 2], pop.msisdn[x], texts.INVEST, imei=ph[i % 2], cell=ww.cells.site["sanlitun"])
    return f"{gang} {scheme}: 1 app, 2 service cards, {len(v)} investors"


def plates(ww) -> str:
    gang, scheme = "G13", "plate_quota_rental"
    rng, pop = ww.rng, ww.pop
    n = 6
    ids = ww.ids(n)
    msisdn, imsi = ww.open_cards(n, id_keys=ids, open_time=T0 - rng.integers(2, 30, n) * DAY,
                                 channel=[f"store-ft-{x:03d}" for x in range(n)], cell=ww.cells.site["xinfadi_market"])
    for x in ids:
        ww.truth.add("id_key", x, "card_seller", gang, scheme)
    ww.truth.add("msisdn", msisdn.tolist(), "fraud_caller", gang, scheme, first=T0)
    phones = ww.handsets(n, "honor_90")
    host, ip = "bjxkc-zb.com", "27.124.40.66"
    ww.truth.add("domain", host, "fraud_domain", gang, scheme)
    pool = pop.of("office_worker", "self_employed", "shopkeeper")
    m = Mules.fresh(ww, gang, scheme, 5, 3)
    flow = Flow(gang, scheme, "other", talk_med=500, callback_p=0.8, domain=host, ip=ip, url_path="/zb/",
                pays=(1, 2), amount=(10.3, 0.4), delay=(DAY // 2, 3 * DAY), gap=(DAY, 3 * DAY), report_p=0.5)
    vv, tt, nn = [], [], []
    for d in range(ww.days):
        for i in range(n):
            cells = ww.cells.in_district(rng, np.full(10, 4))
            k = int(rng.integers(25, 50))
            tgt = pool[rng.integers(0, len(pool), k)]
            ts = T0 + d * DAY + rng.integers(9 * 3600, 21 * 3600, k)
            ww.sms(ts, msisdn[i], pop.msisdn[tgt], texts.PLATE[i % 2].format(n=str(msisdn[i])[2:], d=host),
                   imei=phones[i], cell=cells[rng.integers(0, 10, k)])
            j = int(rng.integers(6, 14))
            ct = ts[:j] + rng.integers(600, 3 * 3600, j)
            ans = rng.random(j) < 0.5
            hk = ans & (rng.random(j) < 0.06) & ~ww.victim_used[tgt[:j]]
            dur = np.where(ans, rng.lognormal(np.log(70), 0.6, j), 0).astype(np.int64)
            dur[hk] = rng.integers(300, 900, int(hk.sum()))
            ww.call(ct, msisdn[i], pop.msisdn[tgt[:j]], dur, imei=phones[i], imsi=imsi[i],
                    cell=cells[rng.integers(0, 10, j)])
            v, fi = np.unique(tgt[:j][hk], return_index=True)
            ww.victim_used[v] = True
            vv.append(v)
            tt.append(ct[hk][fi])
            nn.append(np.full(len(v), msisdn[i]))
    v = np.concatenate(vv)
    hook(ww, flow, v, np.concatenate(tt), np.concatenate(nn), m)
    return f"{gang} {scheme}: {n} cards, {len(v)} hooked"


def run(ww) -> list[str]:
    return [pig_butcher(ww), plates(ww)]
