"""G02 Songzhuang GoIP den (fake Beijing police and procuratorate) and G15 the Shunyi warehouse box that rewrites
its IMEIs every day and moves cards between slots (post-3·15 product-recall compensation)."""

from __future__ import annotations

import numpy as np

from ..clock import DAY, T0, hours_profile
from ..money import Mules
from ..numplan import TACS, imeis
from .kit import Cards, Flow, buy_cards, daily_schedule, hook, targets

WORK = hours_profile((10.0, 1.2, 1.0), (15.5, 1.3, 1.0), floor=0.0005)


def _den(ww, gang, scheme, *, n_cards, sellers, seller_site, store, site, slots, per_day, pool, answer, hook_p,
         flow, mules, rotate_imei=False, life=(2, 5)):
    rng = ww.rng
    msisdn, imsi, ot = buy_cards(ww, gang, scheme, n_cards, sellers=sellers, seller_site=seller_site, store=store,
                                 opened=(-12, ww.days - 3), per_id=3)
    open_day = np.maximum((ot - T0) // DAY + 1, 0)
    # slots take cards in turn: a card works a few days, then the next card goes in
    start = np.zeros(n_cards, np.int64)
    end = np.zeros(n_cards, np.int64)
    slot_of = np.arange(n_cards) % slots
    free = np.zeros(slots, np.int64)
    for i in range(n_cards):
        s = slot_of[i]
        start[i] = max(free[s], open_day[i])
        end[i] = start[i] + rng.integers(life[0], life[1])
        free[s] = end[i] + 1
    keep = start < ww.days
    modules = imeis(rng, np.full(slots, TACS["goip_8"], np.int64))
    cell = np.full(n_cards, ww.cells.site[site])
    cards = Cards(msisdn, imsi, modules[slot_of], cell, start, np.minimum(end, ww.days - 1))
    ww.truth.add("msisdn", msisdn[keep].tolist(), "simbox_sim", gang, scheme, first=T0 + start[keep] * DAY)
    ci, t = daily_schedule(ww, cards, per_day, WORK)
    if rotate_imei:
        # each day every slot reports a new handset-like IMEI; cards move to another slot
        phone_tacs = np.array([TACS[x] for x in ("redmi_note13", "huawei_nova12", "honor_90", "oppo_reno11")])
        day_imei = imeis(rng, phone_tacs[rng.integers(0, 4, ww.days * slots)]).reshape(ww.days, slots)
        d = (t - T0) // DAY
        slot_day = (slot_of[ci] + d * 3) % slots
        imei = day_imei[d, slot_day]
        ww.truth.add("imei", np.unique(day_imei).tolist(), "simbox_device", gang, scheme, first=T0)
    else:
        imei = cards.imei[ci]
        ww.truth.add("imei", modules.tolist(), "simbox_device", gang, scheme, first=T0)
    num, idx = targets(ww, len(ci), pool, 0.55)
    ans = rng.random(len(ci)) < answer
    hooked = ans & (idx >= 0) & (rng.random(len(ci)) < hook_p)
    hooked &= ~ww.victim_used[np.maximum(idx, 0)]
    first_hit = np.zeros(len(ci), bool)
    _, fi = np.unique(idx[hooked], return_index=True)
    first_hit[np.flatnonzero(hooked)[fi]] = True
    hooked = first_hit
    dur = np.where(ans, rng.lognormal(np.log(14), 0.8, len(ci)), 0).astype(np.int64)
    dur[hooked] = rng.lognormal(np.log(flow.talk_med), 0.5, int(hooked.sum())).astype(np.int64)
    ww.call(t, msisdn[ci], num, dur, imei=imei, imsi=imsi[ci], cell=cards.cell[ci])
    # device attach when a card goes in
    for i in np.flatnonzero(keep).tolist():
        ta = T0 + start[i] * DAY + 8 * 3600 + int(rng.integers(0, 3600))
        ww.device([ta], msisdn[i], imsi[i], imei[ci == i][0] if (ci == i).any() else cards.imei[i], cell[i], "attach")
    v = idx[hooked]
    ww.victim_used[v] = True
    hook(ww, flow, v, t[hooked], msisdn[ci[hooked]], mules)
    return int(keep.sum()), len(ci), len(v)


def run(ww) -> list[str]:
    pop = ww.pop
    old = pop.of("retiree", "homemaker", "office_worker", "teacher", "medical_staff")
    m2 = Mules.fresh(ww, "G02", "police_safe_account", 10, 6)
    f2 = Flow("G02", "police_safe_account", "impersonate_police", talk_med=2700, callback_p=0.7,
              domain="bj-gaj-anquan.com", ip="103.151.44.12", url_path="/fw/", app="com.gaj.anquanjiance",
              pays=(2, 5), amount=(10.1, 0.6), delay=(3600, 30 * 3600), gap=(1800, 20 * 3600), report_p=0.5)
    a = _den(ww, "G02", "police_safe_account", n_cards=72, sellers=24, seller_site="miyun_village",
             store="agent-miyun-03", site="songzhuang_village", slots=32, per_day=75, pool=old, answer=0.3,
             hook_p=0.012, flow=f2, mules=m2)
    home = pop.of("homemaker", "office_worker", "retiree", "self_employed")
    m15 = Mules.fresh(ww, "G15", "recall_compensation", 8, 5)
    f15 = Flow("G15", "recall_compensation", "customer_service", talk_med=1500, callback_p=0.4,
               domain="315-peichang.com", ip="45.207.36.118", url_path="/lp/", app="com.yunshixun.meeting",
               pays=(1, 3), amount=(8.9, 0.7), delay=(1200, 6 * 3600), gap=(900, 4 * 3600), report_p=0.4)
    b = _den(ww, "G15", "recall_compensation", n_cards=40, sellers=14, seller_site="yanqing_village",
             store="agent-yanqing-11", site="shunyi_warehouse", slots=16, per_day=55, pool=home, answer=0.35,
             hook_p=0.015, flow=f15, mules=m15, rotate_imei=True, life=(3, 7))
    for dom, ip in (("bj-gaj-anquan.com", "103.151.44.12"), ("315-peichang.com", "45.207.36.118")):
        ww.truth.add("domain", dom, "fraud_domain", "G02" if "gaj" in dom else "G15")
        ww.truth.add("ip", ip, "fraud_domain", "G02" if "gaj" in dom else "G15")
    ww.truth.add("app", "com.gaj.anquanjiance", "fraud_app", "G02", "police_safe_account")
    return [f"G02 police_safe_account: {a[0]} cards, {a[1]} calls, {a[2]} hooked",
            f"G15 recall_compensation: {b[0]} cards, {b[1]} calls, {b[2]} hooked"]
