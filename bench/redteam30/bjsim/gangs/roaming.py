"""Cards carried abroad: G07 fake-loan callers roaming in Myanmar and G10 fake medical-insurance bureau callers
roaming in Cambodia, both on cards aged for months in Beijing before they left."""

from __future__ import annotations

import numpy as np

from .. import texts
from ..clock import DAY, T0, hours_profile
from ..money import Mules
from .kit import Cards, Flow, buy_cards, daily_schedule, hook, targets

HOURS = hours_profile((10.0, 1.5, 1.0), (14.5, 1.5, 1.0), (19.5, 1.0, 0.5), floor=0.001)


def _roamers(ww, gang, scheme, *, n, country, seller_site, store, per_day, pool, answer, hook_p, flow, sms_text=None):
    rng = ww.rng
    msisdn, imsi, ot = buy_cards(ww, gang, scheme, n, sellers=max(2, n // 3), seller_site=seller_site, store=store,
                                 opened=(-200, -60), per_id=3)
    phones = ww.handsets(n, "redmi_note13")
    start = rng.integers(0, 4, n)
    cards = Cards(msisdn, imsi, phones, np.full(n, -1), start, np.full(n, ww.days - 1))
    ww.truth.add("msisdn", msisdn.tolist(), "fraud_caller", gang, scheme, first=T0 + start * DAY)
    ww.device(T0 + start * DAY + 3600, msisdn, imsi, phones, -1, "attach", roam=country)
    ci, t = daily_schedule(ww, cards, per_day, HOURS)
    num, idx = targets(ww, len(t), pool, 0.6)
    ans = rng.random(len(t)) < answer
    hooked = ans & (idx >= 0) & (rng.random(len(t)) < hook_p) & ~ww.victim_used[np.maximum(idx, 0)]
    _, fi = np.unique(idx[hooked], return_index=True)
    h = np.zeros(len(t), bool)
    h[np.flatnonzero(hooked)[fi]] = True
    dur = np.where(ans, rng.lognormal(np.log(18), 0.8, len(t)), 0).astype(np.int64)
    dur[h] = rng.lognormal(np.log(flow.talk_med), 0.4, int(h.sum())).astype(np.int64)
    ww.call(t, msisdn[ci], num, dur, imei=phones[ci], imsi=imsi[ci], roam=country, call_type="mobile")
    if sms_text:
        k = len(t) // 3
        s = rng.integers(0, len(t), k)
        ww.sms(t[s] - 300, msisdn[ci[s]], num[s], sms_text.format(n=str(msisdn[ci[s[0]]])[2:]), imei=phones[ci[s]],
               roam=country)
    m = Mules.fresh(ww, gang, scheme, 7, 4)
    v = idx[h]
    ww.victim_used[v] = True
    hook(ww, flow, v, t[h], msisdn[ci[h]], m)
    return len(t), len(v)


def run(ww) -> list[str]:
    pop = ww.pop
    g7 = Flow("G07", "fake_loan_fees", "loan", talk_med=600, callback_p=0.7, domain="jhd-daikuan.com",
              ip="103.97.2.41", url_path="/apply", app="com.jinghui.daikuan", pays=(2, 4), amount=(7.8, 0.5),
              delay=(3600, DAY), gap=(3600, DAY), report_p=0.35)
    ww.truth.add("domain", "jhd-daikuan.com", "fraud_domain", "G07", "fake_loan_fees")
    ww.truth.add("app", "com.jinghui.daikuan", "fraud_app", "G07", "fake_loan_fees")
    a = _roamers(ww, "G07", "fake_loan_fees", n=14, country="MM", seller_site="jiugong_village",
                 store="agent-dx-22", per_day=55, pool=pop.of("migrant_worker", "shopkeeper", "self_employed"),
                 answer=0.38, hook_p=0.03, flow=g7, sms_text=texts.LOAN)
    g10 = Flow("G10", "medical_insurance_freeze", "impersonate_police", talk_med=2400, callback_p=0.6,
               pays=(2, 4), amount=(10.3, 0.6), delay=(2 * 3600, DAY), gap=(3600, DAY), report_p=0.55)
    b = _roamers(ww, "G10", "medical_insurance_freeze", n=10, country="KH", seller_site="yanqing_village",
                 store="agent-yq-05", per_day=80, pool=pop.of("retiree"), answer=0.42, hook_p=0.015, flow=g10)
    return [f"G07 fake_loan_fees: 14 cards roaming MM, {a[0]} calls, {a[1]} hooked",
            f"G10 medical_insurance_freeze: 10 cards roaming KH, {b[0]} calls, {b[1]} hooked"]
