"""After everyone has acted: bank notices for transfers, the anti-fraud centre's warnings, June's context
(older reports, blocked and allowed entities, a GoIP batch suspended in June)."""

from __future__ import annotations

import numpy as np
from fraudops import block, report, warn
from life import BANK_SVC
from people import People
from world import DAY, T0, World

SVC_BANK = {"icbc": "工商银行", "ccb": "建设银行", "abc": "农业银行", "boc": "中国银行", "cmb": "招商银行",
            "psbc": "邮储银行", "rcc": "四川农信", "bocd": "成都银行"}


def bank_notices(w: World) -> None:
    """The bank texts the bound number for most movements of money."""
    rng = w.rng
    n = len(w.accounts)
    bound = np.full(n, -1, dtype=np.int64)
    bank = np.full(n, -1, dtype=np.int64)
    for row in w.static["bank_accounts"]:
        a = w.accounts.index[row["account_id"]]
        if row["bound_msisdn"]:
            bound[a] = w.numbers.index[row["bound_msisdn"]]
            bank[a] = w.svc[BANK_SVC[row["bank"]]]
    ch = w.rows["transfers"]
    t = np.concatenate([c["t"] for c in ch])
    f = np.concatenate([c["from_account"] for c in ch])
    to = np.concatenate([c["to_account"] for c in ch])
    amt = np.concatenate([np.asarray(c["amount"], dtype=float) for c in ch])
    names = {w.svc[k]: v for k, v in SVC_BANK.items()}
    for acct, p, word in ((f, 0.9, "转出"), (to, 0.6, "转入")):
        ok = (bound[acct] >= 0) & (rng.random(len(t)) < p)
        idx = np.flatnonzero(ok)
        tail = [w.accounts.items[a][-4:] for a in acct[idx].tolist()]
        content = w.texts.add_many(
            f"【{names[int(bank[a])]}】您尾号{tl}的账户{_md(int(tt))}{word}人民币{am:.2f}元。"
            for a, tl, tt, am in zip(acct[idx].tolist(), tail, t[idx].tolist(), amt[idx].tolist(), strict=True))
        w.emit("sms", t=t[idx] + rng.integers(3, 90, size=len(idx)), sender=bank[acct[idx]], receiver=bound[acct[idx]],
               content=content)


def _md(t: int) -> str:
    d = (t - T0) // DAY
    return f"7月{12 + d}日" if 0 <= d < 20 else "近日"


def warnings(w: World, ppl: People, gangs: list) -> None:
    """96110 calls and 12381 messages to people the centre thinks are at risk (some of them are not)."""
    rng = w.rng
    for g in gangs:
        if not g.answered:
            continue
        ans = np.concatenate(g.answered)
        sel = ans[rng.random(len(ans)) < 0.08]
        for n in sel.tolist():
            warn(w, int(n), T0 + int(rng.uniform(0, 17) * DAY))
    for n in w.pools["all"][rng.integers(len(w.pools["all"]), size=250)].tolist():
        warn(w, int(n), T0 + int(rng.uniform(0, 17) * DAY) + 9 * 3600)


def setup_june(w: World) -> None:
    """Last month's numbers (other operators') and a GoIP batch of ours the operator suspended in June."""
    rng = w.rng
    w.june_old = w.new_numbers(24, ours=False)
    w.june_goip = []
    for i in range(16):
        if i % 4 == 0:
            key = w.new_key("id")
        opened = T0 - int(rng.uniform(45, 60) * DAY)
        c = w.add_card(key, opened, open_channel="agent-DY-02", open_cell=w.cell_in("DY"), home_cell=w.cell_in("DY"),
                       status="suspended", status_time=T0 - int(rng.uniform(9, 15) * DAY), prepaid=True,
                       home_region="Sichuan", imei_a=-1)
        w.june_goip.append(c)


def june_context(w: World, ppl: People) -> None:
    """Reports and lists from before the month: last month's numbers, old victims, trusted numbers and sites."""
    rng = w.rng
    for i, n in enumerate(w.june_old.tolist()):
        t = T0 - int(rng.uniform(5, 40) * DAY)
        ft = ("impersonate_police", "customer_service", "loan", "part_time_job", "other")[i % 5]
        report(w, t, "msisdn", w.num_str(n), "fraud", ft, float(rng.integers(2, 300) * 100), source="police")
        block(w, "msisdn", w.num_str(n), t + 8 * 3600, "police report (June)")
    for c in w.june_goip:
        t = int(w.cards.status_time[c])
        report(w, t - DAY, "msisdn", w.num_str(int(w.cards.num[c])), "fraud", "customer_service", None, source="internal")
        block(w, "msisdn", w.num_str(int(w.cards.num[c])), t, "SIM box (June)")
    for n in w.pools["older"][rng.integers(len(w.pools["older"]), size=10)].tolist():
        report(w, T0 - int(rng.uniform(10, 60) * DAY), "msisdn", w.num_str(int(n)), "victim", "other",
               float(rng.integers(5, 200) * 100))
    for d in ("old-etc-renzheng.top", "sc-yibao-nianjian.cn", "gaokao-bulu2027.com"):
        report(w, T0 - int(rng.uniform(20, 300) * DAY), "domain", d, "fraud", "other", None, source="internal")
        block(w, "domain", d, T0 - int(rng.uniform(5, 20) * DAY), "phishing (earlier)")
    for k in ("icbc", "ccb", "abc", "boc", "cmb", "psbc", "rcc", "bocd", "operator", "anti", "warn_call", "emergency",
              "gov", "police", "ems", "sf", "zto"):
        block(w, "msisdn", w.num_str(w.svc[k]), T0 - 400 * DAY, "official service number", list_="allow", days=3650)
    for d in ("www.sceea.cn", "gaokao.chsi.com.cn", "www.scu.edu.cn", "www.uestc.edu.cn", "sc.gov.cn"):
        block(w, "domain", d, T0 - 400 * DAY, "official site", list_="allow", days=3650)
