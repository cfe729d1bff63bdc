"""Feedback and lists, realistically incomplete and noisy.

reports/: police case reports after losses (on the victim, the number that called, the account paid, sometimes
the site), 12321-style user reports from people contacted (rarely), user complaints against innocent look-alikes
and neighbours, banks flagging accounts, the card-seller punishment list (this summer's sellers, partly, and
sellers punished last year who sell no more), a few older reports on the GoIP den's earlier cards, and appeals
that clear some numbers -- a couple of them wrongly.

lists/: the regulator's block list (some fraud sites and servers, cut-off cards, last year's numbers), an allow
list of government and bank numbers and a few firms, a watch list, and 'high-risk region' cells: whole
village districts where dens were found before -- mostly innocent households.
"""

from __future__ import annotations

import numpy as np

from .world import DAY, World

FT = ["impersonate_police", "loan", "customer_service", "acquaintance", "investment", "romance", "part_time_job",
      "other"]


class Out:
    def __init__(self):
        self.r: list[tuple] = []
        self.lists: list[tuple] = []

    def report(self, t, etype, ent, label, ftype, loss, source) -> None:
        ent = np.asarray(ent).astype(str)
        n = len(ent)
        if n == 0:
            return
        b = lambda v: np.broadcast_to(np.asarray(v), (n,))  # noqa: E731
        self.r.append((b(np.asarray(t, np.int64)), b(etype), ent, b(label), b(ftype), b(np.asarray(loss, float)),
                       b(source)))

    def listing(self, etype, ent, lst, reason, added, expires) -> None:
        ent = np.asarray(ent).astype(str)
        n = len(ent)
        if n == 0:
            return
        b = lambda v: np.broadcast_to(np.asarray(v), (n,))  # noqa: E731
        self.lists.append((b(etype), ent, b(lst), b(reason), b(np.asarray(added, np.int64)),
                           b(np.asarray(expires, np.int64))))


def _truth_of(w: World, role: str | None = None, gang: str | None = None, etype: str = "msisdn",
              scheme: str | None = None) -> np.ndarray:
    out = [p[1] for p in w.truth.parts if p[0] == etype and (role is None or p[2] == role)
           and (gang is None or p[3] == gang) and (scheme is None or p[4] == scheme)]
    return np.unique(np.concatenate(out)) if out else np.zeros(0, str)


def build(w: World) -> None:
    rng = w.rng("feedback")
    o = Out()
    contacts = [c for c in w.contacts if c["gang"]]
    src = np.concatenate([c["src"] for c in contacts])
    dst = np.concatenate([c["dst"] for c in contacts])
    t = np.concatenate([c["t"] for c in contacts])
    eng = np.concatenate([c["engaged"] for c in contacts])
    ftype = np.concatenate([np.full(len(c["src"]), c["ftype"]) for c in contacts])
    kind = np.concatenate([np.full(len(c["src"]), c["kind"]) for c in contacts])
    # ---- police case reports after losses ----
    victim = np.concatenate([e["victim"] for e in w.losses])
    lt = np.concatenate([e["time"] for e in w.losses])
    amt = np.concatenate([e["amount"] for e in w.losses])
    to = np.concatenate([e["to"] for e in w.losses])
    order = np.lexsort((lt, victim))
    victim, lt, amt, to = victim[order], lt[order], amt[order], to[order]
    uv, first, cnt = np.unique(victim, return_index=True, return_counts=True)
    total = np.add.reduceat(amt, first)
    last_t = lt[first + cnt - 1]
    # the fraud number that last reached each victim before the first loss
    co = np.lexsort((t, dst))
    cd = dst[co]
    pos = np.searchsorted(cd, uv, side="right") - 1
    ok = (pos >= 0) & (cd[np.maximum(pos, 0)] == uv)
    fsrc = np.where(ok, src[co][np.maximum(pos, 0)], -1)
    fft = np.where(ok, ftype[co][np.maximum(pos, 0)], "other")
    rep = rng.random(len(uv)) < 0.55
    rt = last_t + rng.integers(2 * 3600, 3 * DAY, len(uv))
    m = rep & (rt < w.end)
    o.report(rt[m], "msisdn", uv[m], "victim", fft[m], total[m], "police")
    mm = m & (fsrc >= 0) & (rng.random(len(uv)) < 0.8)
    o.report(rt[mm] + 600, "msisdn", fsrc[mm], "fraud", fft[mm], total[mm], "police")
    acct_ids = w.account_ids(to[first + cnt - 1])
    mb = m & (rng.random(len(uv)) < 0.5)
    o.report(rt[mb] + 1200, "account", acct_ids[mb], "fraud", fft[mb], total[mb], "bank")
    # a few sites and apps named in case files
    for etype in ("domain", "app"):
        role = "fraud_domain" if etype == "domain" else "fraud_app"
        ents = _truth_of(w, role, etype=etype)
        ents = ents[(rng.random(len(ents)) < 0.25) & ~np.char.startswith(ents.astype(str), "x")] if len(ents) else ents
        ents = np.array([e for e in ents if e.count(".") <= 2]) if etype == "domain" else ents
        o.report(w.start + rng.integers(DAY, w.days * DAY, len(ents)), etype, ents, "fraud", "other", np.nan, "police")
    # ---- user reports from people contacted ----
    p = np.where(eng, 0.03, np.where(kind == "sms", 0.0025, 0.004))
    u = rng.random(len(src)) < p
    guess = np.where(rng.random(u.sum()) < 0.75, ftype[u], "other")
    o.report(t[u] + rng.integers(60, 2 * 3600, u.sum()), "msisdn", src[u], "fraud", guess, np.nan, "user_report")
    # ---- complaints against innocents: look-alikes, and neighbours' quarrels ----
    la = [c for c in w.contacts if not c["gang"]]
    lsrc = np.concatenate([c["src"] for c in la])
    lt2 = np.concatenate([c["t"] for c in la])
    lp = np.concatenate([np.full(len(c["src"]), c.get("report", 0.01)) for c in la]) * 0.02
    u = rng.random(len(lsrc)) < lp
    o.report(lt2[u] + rng.integers(60, 6 * 3600, u.sum()), "msisdn", lsrc[u], "fraud",
             np.array(FT)[rng.integers(0, len(FT), u.sum())], np.nan, "user_report")
    reported_la = np.unique(lsrc[u])
    res = w.res
    nb = w.n(25)
    who = res["msisdn"][rng.integers(0, len(res["msisdn"]), nb)]
    o.report(w.start + rng.integers(0, w.days * DAY, nb), "msisdn", who, "fraud", "other", np.nan, "user_report")
    # appeals and checks clear some reported look-alikes; two fraud numbers are wrongly cleared
    clr = reported_la[rng.random(len(reported_la)) < 0.35]
    o.report(w.start + rng.integers(2 * DAY, w.days * DAY, len(clr)), "msisdn", clr, "benign", "other", np.nan,
             "internal")
    fc = _truth_of(w, "fraud_caller")
    wrong = fc[rng.choice(len(fc), min(2, len(fc)), replace=False)] if len(fc) else fc
    o.report(w.start + rng.integers(3 * DAY, w.days * DAY, len(wrong)), "msisdn", wrong, "benign", "other", np.nan,
             "internal")
    # ---- card sellers: this summer's (partly, late) and last year's ----
    sellers = _truth_of(w, "card_seller", etype="id_key")
    s = sellers[rng.random(len(sellers)) < 0.4]
    o.report(w.start + rng.integers(-10 * DAY, w.days * DAY, len(s)), "id_key", s, "card_seller", "other", np.nan,
             "police")
    old = w.id_keys(res["person"][rng.integers(0, len(res["person"]), w.n(15))])
    o.report(w.start - rng.integers(60, 400, len(old)) * DAY, "id_key", old, "card_seller", "other", np.nan, "police")
    # ---- the den's earlier cards, reported before the window ----
    den = _truth_of(w, "simbox_sim", "HB-G08")
    d = den[rng.random(len(den)) < 0.06]
    o.report(w.start - rng.integers(1, 5, len(d)) * DAY, "msisdn", d, "fraud", "loan", np.nan, "user_report")
    hist = w.offnet_mobile(w.n(60), "other")
    o.report(w.start - rng.integers(5, 80, len(hist)) * DAY, "msisdn", hist, "fraud",
             np.array(FT)[rng.integers(0, len(FT), len(hist))], np.nan, "police")
    # ---- lists ----
    exp = w.start + 200 * DAY
    doms = _truth_of(w, "fraud_domain", etype="domain")
    doms = np.array([x for x in doms if x.count(".") <= 1])
    bd = doms[rng.random(len(doms)) < 0.5]
    o.listing("domain", bd, "block", "涉诈网站", w.start + rng.integers(0, w.days * DAY, len(bd)), exp)
    ips = _truth_of(w, "fraud_ip", etype="ip")
    bi = ips[rng.random(len(ips)) < 0.4]
    o.listing("ip", bi, "block", "涉诈服务器", w.start + rng.integers(DAY, w.days * DAY, len(bi)), exp)
    cut = _truth_of(w, "fraud_caller", "HB-G15")
    cl = cut[rng.random(len(cut)) < 0.7]
    o.listing("msisdn", cl, "block", "高频外呼关停", w.start + rng.integers(2 * DAY, w.days * DAY, len(cl)), exp)
    o.listing("msisdn", hist[: len(hist) // 2], "block", "历史涉诈号码", w.start - 30 * DAY, exp)
    voip = _truth_of(w, "fixed_voip_line", "HB-G04")
    bv = voip[rng.random(len(voip)) < 0.3]
    o.listing("msisdn", bv, "block", "涉诈VoIP线路", w.start + 6 * DAY + rng.integers(0, DAY, len(bv)), exp)
    allow = np.array(["12379", "96110", "95588", "95533", "95599", "95580", "1065902012345", "10033", "12306"])
    o.listing("msisdn", allow, "allow", "政务/金融服务号码", w.start - 300 * DAY, -1)
    for sch, share in (("university_admission_office", 0.6), ("beidaihe_hotel_front_desk", 0.4),
                       ("relocation_office_staff", 0.5), ("bank_outbound_marketing", 0.7),
                       ("antifraud_warning_centre", 1.0)):
        ents = _truth_of(w, "lookalike:" + sch, scheme=sch)
        ents = ents[rng.random(len(ents)) < share]
        o.listing("msisdn", ents, "allow", "备案企业号码", w.start - rng.integers(10, 400, len(ents)) * DAY, -1)
    watch = np.concatenate([reported_la[:: 3], fc[rng.random(len(fc)) < 0.08],
                            res["msisdn"][rng.integers(0, len(res["msisdn"]), w.n(30))].astype(str)])
    o.listing("msisdn", watch, "watch", "待核查", w.start + rng.integers(-5 * DAY, w.days * DAY, len(watch)),
              w.end + 30 * DAY)
    cells = np.concatenate([w.cells_in("cz_villages"), w.cells_in("hs_villages")[:5], w.cells_in("hd_villages")[::2]])
    o.listing("cell", w.cell_id[cells], "high_risk_region", "涉诈重点地区", w.start - 60 * DAY, w.end + 90 * DAY)
    _emit(w, o)


def _emit(w: World, o: Out) -> None:
    cols = [np.concatenate([r[i] for r in o.r]) for i in range(7)]
    t, et, ent, label, ft, loss, source = cols
    n = len(t)
    w.sink.add("reports", report_id=np.char.add("HBF30-", np.char.zfill(np.arange(1, n + 1).astype(str), 6)),
               time=t.astype(np.int64), entity_type=et.astype(str), entity=ent.astype(str), label=label.astype(str),
               fraud_type=np.where(label == "fraud", ft, np.where(label == "victim", ft, "")).astype(str),
               loss_amount=np.where(np.isnan(loss), np.nan, np.round(loss, 2)), source=source.astype(str))
    et, ent, lst, reason, added, exp = [np.concatenate([r[i] for r in o.lists]) for i in range(6)]
    key = np.char.add(np.char.add(et.astype(str), "|"), np.char.add(np.char.add(ent.astype(str), "|"), lst.astype(str)))
    _, first = np.unique(key, return_index=True)
    first.sort()
    w.sink.add("lists", entity_type=et[first].astype(str), entity=ent[first].astype(str), list=lst[first].astype(str),
               reason=reason[first].astype(str), added_time=added[first], expires_time=exp[first])
