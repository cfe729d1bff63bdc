"""f_split_pay: a payment split on at once counts only when it feeds a chain (a payee passes its part on)."""

from __future__ import annotations

from datetime import timedelta

from fraudwall.features import registry as feats
from tests.scenarios.library.builders import DAY, Case, ingest_records


def _split(c: Case, chained: bool) -> str:
    """A person pays 30,000 into an account that pays 14,000 and 15,500 to two accounts within minutes;
    ``chained``: each of these passes its part on within the hour (a mule's next layer), else they keep it
    (a brokerage paying investors' withdrawals: the investors had not deposited in the window or the day
    before). Returns the paying person's number."""
    me = c.num(1)
    c.sub(me)
    mine, pool = c.acct(1), c.acct(2)
    c.account(mine, 2000, msisdn=me)
    c.account(pool, 3000)
    t = DAY + timedelta(hours=6)
    c.transfer(t, mine, pool, 30000, who=me)
    for i, amount in enumerate((14000, 15500)):
        c.account(c.acct(10 + i), 900)
        c.transfer(t + timedelta(minutes=3 + 5 * i), pool, c.acct(10 + i), amount)
        if chained:
            c.account(c.acct(20 + i), 900)
            c.transfer(t + timedelta(minutes=40 + i), c.acct(10 + i), c.acct(20 + i), amount * 0.99)
    return me


def test_split_counts_only_when_a_payee_passes_its_part_on(tmp_path):
    records: dict[str, list[dict]] = {}
    mule_victim = _split(Case(1, records), chained=True)
    investor = _split(Case(2, records), chained=False)
    wh = ingest_records(records, tmp_path / "data", tmp_path / "wh")
    con = wh.connect()
    w_start = DAY.replace(hour=0)
    feats.create_window_views(con, wh, w_start, w_start + timedelta(days=1))
    feats.materialize(con, feats.closure({"f_split_pay"}), feats.window_params(w_start, w_start + timedelta(days=1)))
    payers = {r[0] for r in con.execute("SELECT payer FROM f_split_pay").fetchall()}
    assert mule_victim in payers
    assert investor not in payers
