"""Callers in disguise: G03 courier-claim calls through a VoIP gateway showing a different Beijing landline every
call, G08 AI face-swap "boss" video calls from one-shot burner cards, G09 relay phones in a Fangshan village
bridging overseas callers to the old ("guess who I am, grandma"), G16 fake HR on a shell company's landlines."""

from __future__ import annotations

import numpy as np

from .. import texts
from ..clock import DAY, OFFICE, T0, hours_profile
from ..money import Mules
from .kit import Cards, Flow, daily_schedule, hook, targets

WORK = hours_profile((10.5, 1.5, 1.0), (15.0, 1.5, 1.0), (19.0, 1.0, 0.4), floor=0.0005)


def courier_spoof(ww) -> str:
    gang, scheme = "G03", "courier_claim_spoofed"
    rng, pop = ww.rng, ww.pop
    n = 0
    calls_t, calls_no, calls_idx = [], [], []
    for d in range(ww.days):
        k = int(rng.integers(260, 420))
        t = np.sort(T0 + d * DAY + rng.choice(24, k, p=WORK) * 3600 + rng.integers(0, 3600, k))
        num, idx = targets(ww, k, np.arange(pop.n), 0.7)
        calls_t.append(t)
        calls_no.append(num)
        calls_idx.append(idx)
        n += k
    t, num, idx = np.concatenate(calls_t), np.concatenate(calls_no), np.concatenate(calls_idx)
    # shown numbers: made-up Beijing landlines, one in ten a real family's landline
    fake = ww.nums.fixed(1500, first=(5, 6, 8))
    shown = fake[rng.integers(0, len(fake), len(t))]
    real = rng.random(len(t)) < 0.1
    shown[real] = pop.fixed_pool[rng.integers(0, len(pop.fixed_pool), int(real.sum()))]
    ans = rng.random(len(t)) < 0.32
    hooked = ans & (idx >= 0) & (rng.random(len(t)) < 0.018) & ~ww.victim_used[np.maximum(idx, 0)]
    _, fi = np.unique(idx[hooked], return_index=True)
    h = np.zeros(len(t), bool)
    h[np.flatnonzero(hooked)[fi]] = True
    dur = np.where(ans, rng.lognormal(np.log(20), 0.8, len(t)), 0).astype(np.int64)
    dur[h] = rng.lognormal(np.log(1300), 0.4, int(h.sum())).astype(np.int64)
    ww.call(t, shown, num, dur, call_type="voip", gateway="GW-HK-VOIP-17")
    used, fi = np.unique(shown[~real], return_index=True)
    ww.truth.add("msisdn", used.tolist(), "fixed_voip_line", gang, scheme, first=t[~real][fi])
    m = Mules.fresh(ww, gang, scheme, 9, 5)
    ww.truth.add("domain", "kd-lipei.com", "fraud_domain", gang, scheme)
    flow = Flow(gang, scheme, "customer_service", talk_med=1300, callback_p=0.35, domain="kd-lipei.com",
                ip="45.207.36.140", url_path="/claim/", app="com.yunshixun.meeting", pays=(1, 3), amount=(8.7, 0.7),
                delay=(900, 5 * 3600), gap=(600, 3 * 3600), report_p=0.45)
    v = idx[h]
    ww.victim_used[v] = True
    hook(ww, flow, v, t[h], shown[h], m)
    return f"{gang} {scheme}: {n} calls from {len(np.unique(shown))} shown landlines via one gateway, {len(v)} hooked"


def faceswap(ww, mules) -> str:
    gang, scheme = "G08", "ai_faceswap_boss"
    rng, pop = ww.rng, ww.pop
    n = 30
    ids = ww.ids(n)
    for x in ids:
        ww.truth.add("id_key", x, "card_seller", gang, scheme)
    day = np.sort(rng.integers(0, ww.days, n))
    day = np.where(day % 7 >= 5, np.maximum(day - 2, 0), day)  # workdays
    ot = T0 + day * DAY + rng.integers(9 * 3600, 11 * 3600, n)
    stores = [f"store-{x:03d}" for x in rng.integers(0, 240, n).tolist()]
    sites = np.array([ww.cells.site[s] for s in ("cbd_guomao", "chaoyang_cbd_east", "financial_street",
                                                 "zgc_software_park")])
    msisdn, imsi = ww.open_cards(n, id_keys=ids, open_time=ot, channel=stores, cell=sites[rng.integers(0, 4, n)])
    phones = ww.handsets(n, "iphone13")
    ww.truth.add("msisdn", msisdn.tolist(), "fraud_caller", gang, scheme, first=ot)
    staff = pop.of("office_worker")
    staff = staff[np.isin(pop.work[staff], sites)]
    rows_t, rows_c, rows_v = [], [], []
    for i in range(n):
        k = int(rng.integers(1, 3))
        v = ww.victims(staff, k)
        t = ot[i] + rng.integers(1800, 3 * 3600, len(v))
        rows_t.append(t)
        rows_c.append(np.full(len(v), i))
        rows_v.append(v)
    t, c, v = np.concatenate(rows_t), np.concatenate(rows_c), np.concatenate(rows_v)
    ans = rng.random(len(t)) < 0.8
    dur = np.where(ans, rng.integers(40, 150, len(t)), 0)
    ww.sms(t - rng.integers(60, 600, len(t)), msisdn[c], pop.msisdn[v], "我是王总, 一会儿视频跟你说个急事, 先别声张",
           imei=phones[c], cell=sites[c % 4])
    ww.call(t, msisdn[c], pop.msisdn[v], dur, imei=phones[c], imsi=imsi[c], cell=sites[c % 4], media="video")
    paid = ans & (rng.random(len(t)) < 0.5)
    mules.pay(v[paid], t[paid] + rng.integers(600, 3600, int(paid.sum())),
              np.round(rng.uniform(48_000, 300_000, int(paid.sum())), -3))
    ww.truth.add("msisdn", pop.msisdn[v[ans]].tolist(), "victim", gang, scheme, first=t[ans])
    ww.device(ot + 600, msisdn, imsi, phones, sites[np.arange(n) % 4], "attach")
    return f"{gang} {scheme}: {n} one-shot cards, {len(t)} video calls, {int(paid.sum())} transfers"


def relay(ww) -> str:
    gang, scheme = "G09", "guess_who_relay"
    rng, pop = ww.rng, ww.pop
    n = 6
    kin = ww.ids(2)
    cell = ww.cells.site["doudian_village"]
    msisdn, imsi = ww.open_cards(n, id_keys=[kin[i % 2] for i in range(n)], open_time=T0 - rng.integers(20, 90, n) * DAY,
                                 channel="store-fs-031", cell=cell)
    phones = ww.handsets(n, "elder_phone")
    for x in kin:
        ww.truth.add("id_key", x, "gang_member", gang, scheme)
    ww.truth.add("msisdn", msisdn.tolist(), "fraud_caller", gang, scheme, first=T0)
    overseas = np.concatenate([ww.nums.foreign(4, 855, 8), ww.nums.foreign(4, 63, 10)])
    ww.truth.add("msisdn", overseas.tolist(), "fraud_caller", gang, scheme, first=T0)
    old = pop.of("retiree")
    old = old[np.isin(ww.cells.district[pop.home[old]], [0, 1, 4, 5])]
    cards = Cards(msisdn, imsi, phones, np.full(n, cell), np.zeros(n, np.int64), np.full(n, ww.days - 1))
    ci, t = daily_schedule(ww, cards, 40, hours_profile((9.5, 1.5, 1.0), (15.0, 1.5, 0.8), floor=0.001))
    num, idx = targets(ww, len(t), old, 0.8)
    ans = rng.random(len(t)) < 0.45
    hooked = ans & (idx >= 0) & (rng.random(len(t)) < 0.03) & ~ww.victim_used[np.maximum(idx, 0)]
    _, fi = np.unique(idx[hooked], return_index=True)
    h = np.zeros(len(t), bool)
    h[np.flatnonzero(hooked)[fi]] = True
    dur = np.where(ans, rng.lognormal(np.log(35), 0.8, len(t)), 0).astype(np.int64)
    dur[h] = rng.lognormal(np.log(900), 0.4, int(h.sum())).astype(np.int64)
    # the overseas leg comes in a few seconds before, and lasts as long as the relayed call
    src = overseas[rng.integers(0, len(overseas), len(t))]
    lead = rng.integers(4, 15, len(t))
    ww.call(t - lead, src, msisdn[ci], dur + lead, callee_cell=np.full(len(t), cell), call_type="intl_in")
    ww.call(t, msisdn[ci], num, dur, imei=phones[ci], imsi=imsi[ci], cell=np.full(len(t), cell))
    m = Mules.fresh(ww, gang, scheme, 5, 3)
    flow = Flow(gang, scheme, "acquaintance", talk_med=900, callback_p=0.3, pays=(1, 2), amount=(10.0, 0.4),
                delay=(1800, 5 * 3600), gap=(3600, DAY), channel="counter", report_p=0.6)
    v = idx[h]
    ww.victim_used[v] = True
    hook(ww, flow, v, t[h], msisdn[ci[h]], m)
    ww.sms(t[h] - 600, msisdn[ci[h]], pop.msisdn[v], texts.GRANDSON, imei=phones[ci[h]], cell=cell)
    return f"{gang} {scheme}: {n} relay phones, {len(t)} relayed calls, {len(v)} hooked"


def shell_hr(ww) -> str:
    gang, scheme = "G16", "job_offer_training_loan"
    rng, pop = ww.rng, ww.pop
    lic = "bl_zhipinweilai"
    lines = ww.nums.fixed(4, first=(5,))
    ww.open_cards(4, id_keys=[lic] * 4, open_time=T0 - 35 * DAY, channel="ent-chaoyang-02",
                  cell=ww.cells.site["chaoyang_cbd_east"], line_type="fixed", customer_type="enterprise",
                  id_type="business_license", prepaid=False, numbers=lines)
    ww.truth.add("msisdn", lines.tolist(), "fixed_voip_line", gang, scheme, first=T0)
    ww.truth.add("id_key", lic, "gang_member", gang, scheme)
    young = np.concatenate([pop.of("student"), pop.of("office_worker")[:2000]])
    cards = Cards(lines, np.zeros(4, np.int64), np.zeros(4, np.int64), np.full(4, -1), np.zeros(4, np.int64),
                  np.full(4, ww.days - 1))
    ci, t = daily_schedule(ww, cards, 110, OFFICE, spread=0.2)
    wk = (t - T0) // DAY % 7 < 5
    ci, t = ci[wk], t[wk]
    num, idx = targets(ww, len(t), young, 0.6)
    ans = rng.random(len(t)) < 0.5
    hooked = ans & (idx >= 0) & (rng.random(len(t)) < 0.035) & ~ww.victim_used[np.maximum(idx, 0)]
    _, fi = np.unique(idx[hooked], return_index=True)
    h = np.zeros(len(t), bool)
    h[np.flatnonzero(hooked)[fi]] = True
    dur = np.where(ans, rng.lognormal(np.log(70), 0.7, len(t)), 0).astype(np.int64)
    dur[h] = rng.lognormal(np.log(420), 0.4, int(h.sum())).astype(np.int64)
    ww.call(t, lines[ci], num, dur, call_type="fixed")
    company = ww.open_accounts(2, id_keys=[lic, lic], open_time=T0 - 40 * DAY)
    m = Mules(ww, gang, scheme, company, ww.open_accounts(3, id_keys=ww.ids(3), open_time=T0 - 30 * DAY),
              ww.open_accounts(1, id_keys=ww.ids(1, "bl_"), open_time=T0 - 300 * DAY))
    ww.truth.add("domain", "zhipin-weilai.com", "fraud_domain", gang, scheme)
    ww.truth.add("app", "com.xuefenqi.loan", "fraud_app", gang, scheme)
    flow = Flow(gang, scheme, "part_time_job", talk_med=420, callback_p=0.8, domain="zhipin-weilai.com",
                ip="121.40.77.203", url_path="/offer/", app="com.xuefenqi.loan", pays=(1, 1), amount=(9.3, 0.3),
                delay=(DAY, 3 * DAY), report_p=0.25)
    v = idx[h]
    ww.victim_used[v] = True
    sms_t = t[h] - rng.integers(DAY // 2, DAY, int(h.sum()))
    ww.truth.add("msisdn", 1069055520, "fraud_sms_sender", gang, scheme)
    ww.sms(sms_t, 1069055520, pop.msisdn[v],
           texts.JOB.format(co="智聘未来", pos="管培生", n=str(lines[0])[2:]))
    hook(ww, flow, v, t[h], lines[ci[h]], m)
    return f"{gang} {scheme}: 4 enterprise landlines, {len(t)} calls, {len(v)} hooked"


def run(ww) -> list[str]:
    return [courier_spoof(ww), faceswap(ww, Mules.fresh(ww, "G08", "ai_faceswap_boss", 6, 4)), relay(ww),
            shell_hr(ww)]
