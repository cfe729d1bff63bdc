"""Bank accounts: people's own, employers', merchants', families' elsewhere, utilities, ATMs, escrow."""

from __future__ import annotations

import numpy as np

from tj.core import DAY
from tj.population import BANKS, PID


def add_accounts(ctx, id_key, bank, open_time, bound_msisdn=None, status="active", prefix="ba") -> np.ndarray:
    """Register accounts (bank_accounts rows); returns their vocabulary codes."""
    idk = np.atleast_1d(np.asarray(id_key))
    n = idk.size
    codes = ctx.vocab.codes(ctx.numbers.keys(prefix, n))
    ctx.sink.add("bank_accounts", account_id=codes, id_key=idk, bank=np.broadcast_to(np.asarray(bank), (n,)),
                 open_time=np.broadcast_to(np.asarray(open_time, np.int64), (n,)),
                 bound_msisdn=None if bound_msisdn is None else np.broadcast_to(np.asarray(bound_msisdn), (n,)),
                 status=status)
    return codes


class Banks:
    def __init__(self, ctx) -> None:
        rng = ctx.rng("banks")
        pop = ctx.pop
        n = pop.n
        bank = rng.choice(len(BANKS), n, p=[.16, .08, .16, .14, .10, .10, .06, .08, .07, .05])
        vil = pop.persona == PID["villager"]
        bank[vil] = rng.choice([1, 8, 4], int(vil.sum()), p=[.5, .35, .15])
        old = pop.persona == PID["elderly"]
        bank[old] = rng.choice([8, 0, 2, 3], int(old.sum()), p=[.35, .25, .2, .2])
        self.bank = bank
        names = np.array(BANKS, dtype=object)
        opened = np.minimum(pop.open_time, ctx.t0 - rng.integers(200, 6000, n) * DAY)
        self.acct = add_accounts(ctx, pop.id_key, names[bank], opened, pop.msisdn)
        two = rng.random(n) < 0.35
        b2 = rng.integers(0, len(BANKS), int(two.sum()))
        self.acct2 = np.full(n, -1, np.int32)
        self.acct2[two] = add_accounts(ctx, pop.id_key[two], names[b2], opened[two] - 400 * DAY, pop.msisdn[two])
        # employers: companies with business licences in the work districts
        nb = ctx.numbers
        workers = np.flatnonzero(pop.works & ~pop.moving & (pop.persona != PID["shopkeeper"]))
        n_emp = max(12, n // 70)
        self.emp_district = pop.work_district[workers[rng.integers(0, workers.size, n_emp)]]
        self.emp_id = ctx.vocab.codes(nb.keys("bl", n_emp))
        self.emp_acct = add_accounts(ctx, self.emp_id, names[rng.integers(0, len(BANKS), n_emp)],
                                     ctx.t0 - rng.integers(400, 8000, n_emp) * DAY)
        self.employer = np.full(n, -1, np.int32)
        from tj.books import same_district
        self.employer[workers] = same_district(rng, self.emp_district, pop.work_district[workers])
        # families' accounts in home provinces (migrants send money home)
        mig = np.flatnonzero(pop.migrant)
        self.family_acct = np.full(n, -1, np.int32)
        fam_keys = ctx.vocab.codes(nb.keys("idk", mig.size))
        self.family_acct[mig] = add_accounts(ctx, fam_keys, names[rng.choice([2, 3, 4, 8], mig.size)],
                                             ctx.t0 - rng.integers(300, 5000, mig.size) * DAY)
        # utilities, escrow, pension fund, ATM cash accounts
        util_names = ["heating", "water", "power", "gas", "telecom", "tuition", "property"]
        self.utility = {u: add_accounts(ctx, ctx.vocab.codes(nb.keys("bl", 1)), "Bank of Tianjin",
                                        ctx.t0 - 9000 * DAY)[0] for u in util_names}
        self.escrow = add_accounts(ctx, ctx.vocab.codes(nb.keys("bl", 4)),
                                   np.array(["China Merchants Bank", "ICBC", "CCB", "BOC"]), ctx.t0 - 7000 * DAY)
        self.pension = add_accounts(ctx, ctx.vocab.codes(nb.keys("bl", 1)), "Bank of Tianjin", ctx.t0 - 9000 * DAY)[0]
        n_atm = max(8, n // 500)
        atm_bank = rng.integers(0, len(BANKS), n_atm)
        self.atm = add_accounts(ctx, ctx.vocab.codes(nb.keys("bl", n_atm)), names[atm_bank], ctx.t0 - 5000 * DAY,
                                prefix="atm")
        self.atm_district = rng.integers(0, 21, n_atm)
