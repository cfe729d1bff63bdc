"""The world every generator writes into: RNG, sink, cells, numbers, population, truth, and record helpers."""

from __future__ import annotations

import numpy as np

from .clock import DAY, T0
from .numplan import OPERATOR, TACS, hexkeys, imeis


def _arr(x, n, dtype=np.int64):
    if x is None:
        return None
    if np.isscalar(x):
        return np.full(n, x, dtype)
    return np.asarray(x)


def kind_of_call(caller: np.ndarray, callee: np.ndarray) -> np.ndarray:
    """intl_in from foreign numbers, intl_out to them, fixed to Beijing lines and service codes, else mobile."""
    def dom(x):
        return ((x >= 8610_0000_0000) & (x < 8630_0000_0000)) | ((x >= 86_100_0000_0000) & (x < 86_200_0000_0000))

    fixed = ((callee >= 8610_0000_0000) & (callee < 8611_0000_0000)) | (callee < 10 ** 9)
    intl_in = (caller >= 10 ** 9) & ~dom(caller)
    intl_out = (callee >= 10 ** 9) & ~dom(callee)
    return np.where(intl_in, "intl_in", np.where(intl_out, "intl_out", np.where(fixed, "fixed", "mobile")))


class World:
    def __init__(self, rng, sink, cells, numbers, pop, truth, days: int) -> None:
        self.rng, self.sink, self.cells, self.nums, self.pop, self.truth = rng, sink, cells, numbers, pop, truth
        self.days = days
        self.t_end = T0 + days * DAY
        self.victim_used = np.zeros(pop.n, bool)

    # ---- entities
    def cellcode(self, idx) -> np.ndarray:
        idx = np.asarray(idx, np.int64)
        return np.where(idx >= 0, self.cells.code[np.maximum(idx, 0)], -1).astype(np.int32)

    def handsets(self, n: int, model: str) -> np.ndarray:
        return imeis(self.rng, np.full(n, TACS[model], np.int64))

    def open_cards(self, n: int, *, id_keys, open_time, channel: str, cell: int, prepaid=True, line_type="mobile",
                   customer_type="personal", id_type="resident_id", home_region="Beijing", numbers=None):
        """New numbers of the operator with their subscriber rows; returns (msisdn, imsi)."""
        msisdn = self.nums.own(n) if numbers is None else numbers
        imsi = self.nums.imsi(n) if line_type in ("mobile", "iot") else np.zeros(n, np.int64)
        ot = _arr(open_time, n)
        ids = id_keys if isinstance(id_keys, np.ndarray) and id_keys.dtype.kind in "iu" else (
            self.sink.codes(list(id_keys)) if not isinstance(id_keys, str) else id_keys)
        self.sink.add("subscribers", msisdn=msisdn, imsi=imsi, id_key=ids, id_type=id_type, customer_type=customer_type,
                      line_type=line_type, operator=OPERATOR, open_time=ot, open_channel=channel,
                      open_cell=self.cellcode(_arr(cell, n)), status="active", is_prepaid=int(bool(prepaid)),
                      home_region=home_region)
        return msisdn, imsi

    def ids(self, n: int, prefix: str = "id_") -> list[str]:
        return hexkeys(self.rng, n, prefix)

    def open_accounts(self, n: int, *, id_keys, open_time, bound=None, banks=None, prefix="ba_") -> np.ndarray:
        codes = self.sink.codes(hexkeys(self.rng, n, prefix))
        from .population import BANKS
        bank = banks if banks is not None else [BANKS[b] for b in self.rng.integers(0, len(BANKS), n).tolist()]
        ids = id_keys if isinstance(id_keys, str | np.ndarray) else list(id_keys)
        self.sink.add("bank_accounts", account_id=codes, id_key=ids, bank=bank, open_time=_arr(open_time, n),
                      bound_msisdn=_arr(bound, n) if bound is not None else None, status="active")
        return codes

    def s(self, code: int) -> str:
        return self.sink.strings[code]

    # ---- records (cells are cell indices, -1 for none)
    def call(self, t, caller, callee, dur, *, ring=None, result=None, imei=None, imsi=None, cell=None,
             callee_cell="auto", roam=None, call_type=None, media="voice", gateway=None) -> None:
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        caller, callee = _arr(caller, n), _arr(callee, n)
        dur = _arr(dur, n).astype(np.int64)
        ok = (t >= T0) & (t < self.t_end)
        if ring is None:
            ring = np.where(dur > 0, self.rng.integers(2, 14, n), self.rng.integers(15, 45, n))
        ring = _arr(ring, n)
        if result is None:
            result = np.where(dur > 0, "answered", "no_answer")
        if isinstance(callee_cell, str):
            cidx = self.pop.lookup(callee)
            callee_cell = self.pop.where(self.rng, cidx, t, self.cells)
        if call_type is None:
            call_type = kind_of_call(caller, callee)
        cols = dict(start_time=t, caller=caller, callee=callee, duration_s=dur, ring_s=ring, result=result,
                    caller_imei=_arr(imei, n), caller_imsi=_arr(imsi, n),
                    caller_cell=self.cellcode(_arr(cell, n)) if cell is not None else None,
                    callee_cell=self.cellcode(_arr(callee_cell, n)), caller_roaming_country=roam,
                    call_type=call_type, media=media, gateway=gateway)
        self._add("voice", ok, cols)

    def sms(self, t, sender, receiver, content, *, imei=None, cell=None, roam=None) -> None:
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        ok = (t >= T0) & (t < self.t_end)
        cols = dict(send_time=t, sender=_arr(sender, n), receiver=_arr(receiver, n), content=content,
                    sender_imei=_arr(imei, n), sender_cell=self.cellcode(_arr(cell, n)) if cell is not None else None,
                    sender_roaming_country=roam)
        self._add("sms", ok, cols)

    def visit(self, t, msisdn, domain, *, url=None, ip=None, nbytes=None, app=None) -> None:
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        ok = (t >= T0) & (t < self.t_end)
        if nbytes is None:
            nbytes = (self.rng.lognormal(10, 1.2, n)).astype(np.int64)
        self._add("web", ok, dict(time=t, msisdn=_arr(msisdn, n), domain=domain, url=url, ip=ip,
                                  bytes=_arr(nbytes, n), app=app))

    def app(self, t, msisdn, app, event, source_url=None) -> None:
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        ok = (t >= T0) & (t < self.t_end)
        self._add("apps", ok, dict(time=t, msisdn=_arr(msisdn, n), app=app, event=event, source_url=source_url))

    def transfer(self, t, frm, to, amount, *, channel="mobile_app", msisdn=None) -> None:
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        ok = (t >= T0) & (t < self.t_end)
        self._add("transfers", ok, dict(time=t, from_account=_arr(frm, n, np.int32), to_account=_arr(to, n, np.int32),
                                        amount=np.round(np.asarray(amount, float), 2), currency="CNY",
                                        channel=channel, initiated_msisdn=_arr(msisdn, n)))

    def device(self, t, msisdn, imsi, imei, cell, event, *, roam=None, nbytes=None) -> None:
        t = np.asarray(t, np.int64)
        n = len(t)
        if n == 0:
            return
        ok = (t >= T0) & (t < self.t_end)
        self._add("device", ok, dict(time=t, msisdn=_arr(msisdn, n), imsi=_arr(imsi, n), imei=_arr(imei, n),
                                     cell=self.cellcode(_arr(cell, n)) if cell is not None else None, event=event,
                                     roaming_country=roam, bytes=_arr(nbytes, n) if nbytes is not None else None))

    def _add(self, rt: str, ok: np.ndarray, cols: dict) -> None:
        if not ok.all():
            cols = {k: (v[ok] if isinstance(v, np.ndarray) else [x for x, o in zip(v, ok, strict=True) if o]
                        if isinstance(v, list) else v) for k, v in cols.items()}
        self.sink.add(rt, **cols)

    # ---- people
    def victims(self, candidates: np.ndarray, n: int) -> np.ndarray:
        """n people from candidates not yet picked by another gang."""
        c = candidates[~self.victim_used[candidates]]
        n = min(n, len(c))
        v = self.rng.choice(c, n, replace=False)
        self.victim_used[v] = True
        return v

    def strangers(self, n: int, onnet_share: float = 0.4, pool: np.ndarray | None = None) -> np.ndarray:
        """Numbers dialled cold: population numbers (from pool if given) mixed with off-net numbers."""
        on = self.rng.random(n) < onnet_share
        src = pool if pool is not None else np.arange(self.pop.n)
        out = self.pop.offnet_pool[self.rng.integers(0, len(self.pop.offnet_pool), n)]
        out[on] = self.pop.msisdn[src[self.rng.integers(0, len(src), int(on.sum()))]]
        return out
