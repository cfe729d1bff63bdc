"""SMS senders: G01 the Xihongmen tax-refund SMS cat (wildcard, then fresh domains, then an IP literal), G14 phishing
through a rented 106 industry channel that also carries a gym chain's real marketing, and G06 brushing-task recruiters
texting from scattered short-lived cards."""

from __future__ import annotations

import numpy as np

from .. import texts
from ..clock import DAY, EVENING, T0, hours_profile
from ..money import Mules
from ..numplan import TACS, imeis
from .kit import Flow, buy_cards, hook

BURST = hours_profile((12.3, 0.8, 1.0), (19.0, 1.5, 1.2), floor=0.003)


def _clicks(ww, receivers_idx, t, p):
    """Population receivers who open the link (one first click each, not already someone's victim)."""
    rng = ww.rng
    c = (receivers_idx >= 0) & (rng.random(len(t)) < p)
    c &= ~ww.victim_used[np.maximum(receivers_idx, 0)]
    v, first = np.unique(receivers_idx[c], return_index=True)
    tt = t[np.flatnonzero(c)[first]] + rng.integers(30, 3 * 3600, len(v))
    ww.victim_used[v] = True
    return v, tt


def _phish_pay(ww, v, t, hosts, ips, mules, flow_amount, pay_p, gang, scheme):
    """Victims open the page, some type in card details; the gang drains the card by quick-pay in minutes."""
    rng, pop = ww.rng, ww.pop
    vm = pop.msisdn[v]
    urls = [f"http://{h}/{p}" for h, p in zip(hosts, rng.choice(["ts", "tax", "rz", ""], len(v)).tolist(), strict=True)]
    ww.visit(t, vm, hosts, url=urls, ip=ips, nbytes=rng.integers(60_000, 600_000, len(v)))
    paid = rng.random(len(v)) < pay_p
    ww.visit(t[paid] + rng.integers(60, 600, int(paid.sum())), vm[paid], [h for h, p in zip(hosts, paid, strict=True)
                                                                           if p],
             url=[u + "?step=card" for u, p in zip(urls, paid, strict=True) if p],
             ip=[x for x, p in zip(ips, paid, strict=True) if p], nbytes=rng.integers(3_000, 30_000, int(paid.sum())))
    ww.truth.add("msisdn", vm.tolist(), "victim", gang, scheme, first=t)
    pv = v[paid]
    k = rng.integers(1, 4, len(pv))
    src = np.repeat(np.arange(len(pv)), k)
    tp = t[paid][src] + rng.integers(300, 3600, len(src))
    mules.pay(pv[src], tp, np.round(rng.lognormal(flow_amount[0], flow_amount[1], len(src)), 0),
              channel="third_party")
    rep = np.flatnonzero(rng.random(len(pv)) < 0.35)
    tr = t[paid][rep] + rng.integers(DAY // 2, 3 * DAY, len(rep))
    ok = tr < ww.t_end
    ww.sink.add("reports", time=tr[ok], entity_type="msisdn", entity=[str(x) for x in pop.msisdn[pv[rep[ok]]]],
                label="victim", fraud_type="other", source="bank")


def tax_cat(ww) -> str:
    gang, scheme = "G01", "tax_refund_sms"
    rng, pop = ww.rng, ww.pop
    n = 40
    msisdn, imsi, ot = buy_cards(ww, gang, scheme, n, sellers=10, seller_site="miyun_village",
                                 store="agent-miyun-12", opened=(-6, ww.days - 2), per_id=4)
    dev = imeis(rng, np.full(32, TACS["goip_32"], np.int64))
    ww.truth.add("imei", dev.tolist(), "simbox_device", gang, scheme, first=T0)
    cell = ww.cells.site["xihongmen_flat"]
    start = np.maximum((ot - T0) // DAY + 1, 0)
    life = rng.integers(2, 5, n)
    slot = np.arange(n) % 32
    ww.truth.add("msisdn", msisdn[start < ww.days].tolist(), "simbox_sim", gang, scheme, first=T0 + start * DAY)
    pool = pop.of("office_worker", "civil_servant", "teacher", "medical_staff", "self_employed", "shopkeeper")
    m = Mules.fresh(ww, gang, scheme, 8, 5)
    fresh = ["12366-bjtax.cn", "etax-bjtui.com", "grsds-tuifei.cc", "bj-tuishui.top"]
    fresh_ip = ["154.39.81.20", "154.39.81.21", "38.55.142.9", "38.55.142.10"]
    literal = "47.243.118.62"
    sent = 0
    victims = 0
    for i in range(n):
        for d in range(start[i], min(start[i] + life[i], ww.days)):
            k = int(rng.integers(150, 380))
            h = rng.choice(24, k, p=BURST)
            t = np.sort(T0 + d * DAY + h * 3600 + rng.integers(0, 3600, k))
            on = rng.random(k) < 0.45
            idx = np.where(on, pool[rng.integers(0, len(pool), k)], -1)
            num = np.where(on, pop.msisdn[np.maximum(idx, 0)], pop.offnet_pool[rng.integers(0, len(pop.offnet_pool),
                                                                                            k)])
            if d < 5:
                host = f"bj{rng.integers(0, 16 ** 5):05x}.gs-tuishui.top"
                ip = "156.251.17.33"
            elif d < 10:
                host, ip = fresh[(d - 5 + i) % 4], fresh_ip[(d - 5 + i) % 4]
            else:
                host = ip = literal
            txt = texts.TAX[(i + d) % 3].format(a=int(rng.integers(800, 4000)), d=host, day=d + 20)
            ww.sms(t, msisdn[i], num, txt, imei=dev[slot[i]], cell=cell)
            ww.truth.add("domain" if host != ip else "ip", host, "fraud_domain", gang, scheme, first=int(t[0]))
            if host != ip:
                ww.truth.add("ip", ip, "fraud_domain", gang, scheme)
            v, tv = _clicks(ww, idx, t, 0.012)
            _phish_pay(ww, v, tv, [host] * len(v), [ip] * len(v), m, (8.2, 0.8), 0.4, gang, scheme)
            sent += k
            victims += len(v)
    ww.truth.add("domain", "gs-tuishui.top", "fraud_domain", gang, scheme)
    ww.sink.add("reports", time=T0 + 6 * DAY + 3600, entity_type="domain", entity="gs-tuishui.top", label="fraud",
                fraud_type="other", source="user_report")
    return f"{gang} {scheme}: {n} cards in 2 SIM boxes, {sent} SMS, {victims} clicked"


def rented_channel(ww) -> str:
    gang, scheme = "G14", "rented_106_phishing"
    rng, pop = ww.rng, ww.pop
    sender = 10690588123
    ww.truth.add("msisdn", sender, "fraud_sms_sender", gang, scheme, first=T0)
    hosts = {"etc": ("bjetc-rz.cc", "43.129.66.8"), "gjj": ("gjj-bjrz.com", "43.129.66.9")}
    m = Mules.fresh(ww, gang, scheme, 6, 4)
    n_sent = victims = 0
    for d in range(ww.days):
        # the gym chain's real marketing, daily, to its members
        g = np.flatnonzero(rng.random(pop.n) < 0.004)
        ww.sms(T0 + d * DAY + 11 * 3600 + rng.integers(0, 1800, len(g)), sender, pop.msisdn[g], texts.GYM)
        if d not in (2, 3, 6, 9, 12):
            continue
        for j, key in enumerate(("etc", "gjj")):
            host, ip = hosts[key]
            r = np.flatnonzero(rng.random(pop.n) < 0.035)
            t = T0 + d * DAY + (20 + j) * 3600 + rng.integers(0, 5400, len(r))
            ww.sms(t, sender, pop.msisdn[r], texts.ETC[j].format(d=host))
            ww.truth.add("domain", host, "fraud_domain", gang, scheme, first=int(t.min()))
            ww.truth.add("ip", ip, "fraud_domain", gang, scheme)
            v, tv = _clicks(ww, r, t, 0.01)
            _phish_pay(ww, v, tv, [host] * len(v), [ip] * len(v), m, (7.9, 0.7), 0.35, gang, scheme)
            n_sent += len(r)
            victims += len(v)
    return f"{gang} {scheme}: 1 rented 106 code, {n_sent} phishing SMS among gym marketing, {victims} clicked"


def brushing(ww, mules) -> str:
    gang, scheme = "G06", "brushing_tasks"
    rng, pop = ww.rng, ww.pop
    n = 24
    ids = ww.ids(n)
    ot = T0 + np.sort(rng.integers(-3, ww.days - 2, n)) * DAY + rng.integers(9 * 3600, 20 * 3600, n)
    stores = [f"store-{x:03d}" for x in rng.integers(0, 240, n).tolist()]
    msisdn, imsi = ww.open_cards(n, id_keys=ids, open_time=ot, channel=stores, cell=-1)
    for x in ids:
        ww.truth.add("id_key", x, "card_seller", gang, scheme)
    phones = ww.handsets(6, "redmi_note13")
    ww.truth.add("msisdn", msisdn.tolist(), "fraud_sms_sender", gang, scheme, first=ot)
    pool = pop.of("student", "homemaker", "teen", "migrant_worker")
    host, ip = "dz-renwu.vip", "156.224.3.77"
    ww.truth.add("domain", host, "fraud_domain", gang, scheme)
    ww.truth.add("app", "com.dianzan.renwu", "fraud_app", gang, scheme)
    flow = Flow(gang, scheme, "part_time_job", talk_med=60, callback_p=0.0, domain=host, ip=ip, url_path="/reg",
                app="com.dianzan.renwu", pays=(2, 5), amount=(7.0, 0.8), delay=(2 * 3600, 2 * DAY),
                gap=(1800, 12 * 3600), report_p=0.3)
    sent = 0
    hooked_v, hooked_t, hooked_no = [], [], []
    start = np.maximum((ot - T0) // DAY, 0)
    for i in range(n):
        ph = phones[i // 4]
        for d in range(start[i], min(start[i] + 2, ww.days)):
            k = int(rng.integers(100, 220))
            t = np.sort(T0 + d * DAY + rng.choice(24, k, p=EVENING) * 3600 + rng.integers(0, 3600, k))
            on = rng.random(k) < 0.5
            idx = np.where(on, pool[rng.integers(0, len(pool), k)], -1)
            num = np.where(on, pop.msisdn[np.maximum(idx, 0)],
                           pop.offnet_pool[rng.integers(0, len(pop.offnet_pool), k)])
            cell = ww.cells.in_district(rng, np.full(k, rng.integers(0, 11)))
            ww.sms(t, msisdn[i], num, texts.BRUSH[i % 2].format(d=host), imei=ph, cell=cell)
            sent += k
            v, tv = _clicks(ww, idx, t, 0.015)
            hooked_v.append(v)
            hooked_t.append(tv)
            hooked_no.append(np.full(len(v), msisdn[i]))
    v, tv = np.concatenate(hooked_v), np.concatenate(hooked_t)
    # small commissions paid out first, then bigger "combined orders" paid in
    payout = tv + rng.integers(1800, 6 * 3600, len(v))
    has = ww.pop.acct[v] >= 0
    ww.transfer(payout[has], mules.first[rng.integers(0, len(mules.first), int(has.sum()))], ww.pop.acct[v[has]],
                rng.integers(20, 90, int(has.sum())).astype(float), channel="mobile_app")
    hook(ww, flow, v, tv + 3 * 3600, np.concatenate(hooked_no), mules)
    return f"{gang} {scheme}: {n} short-lived cards, {sent} SMS, {len(v)} installed the task app"


def run(ww) -> list[str]:
    from .campus import student_mules
    return [tax_cat(ww), rented_channel(ww), brushing(ww, student_mules(ww))]
