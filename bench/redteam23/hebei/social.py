"""The registry of lines that live an everyday life (residents, shops, visitors, and the personal side of
look-alikes and gang members) and the contact graph their calls, messages and payments follow."""

from __future__ import annotations

import numpy as np

from .world import Growable

# profiles: which hour weights and habits a line follows
PROF = {"adult": 0, "elderly": 1, "teen": 2, "office": 3, "shop": 4, "watch": 5, "night": 6}
PROF_HOURS = ["adult", "elderly", "teen", "office", "shop", "adult", "night"]
# edge kinds
EK = {"home": 0, "friend": 1, "offnet": 2, "beijing": 3, "service": 4, "far": 5, "intl": 6, "work": 7}
COUNTRIES = ["TH", "JP", "KR", "RU", "KH", "MM", "PH", "SG", "VN", "US", "AE"]
CC = {c: i for i, c in enumerate(COUNTRIES)}


class Social:
    def __init__(self):
        self.lines = Growable(
            line=np.int64, msisdn=np.int64, imsi=np.int64, imei=np.int64, person=np.int64, acct=np.int64,
            home=np.int32, work=np.int32, prof=np.int8, smart=np.bool_, rc=np.float32, rs=np.float32,
            rd=np.float32, rw=np.float32, ra=np.float32, rx=np.float32, ri=np.float32, d0=np.int16, d1=np.int16,
            trip0=np.int16, trip1=np.int16, trip_dist=np.int32, trip_cc=np.int16, group=np.int8, hh=np.int64,
            bj=np.bool_, fixedline=np.bool_, mobile=np.int8)
        self.edges = Growable(src=np.int64, dst=np.int64, dsts=np.int64, w=np.float32, kind=np.int8)

    def add(self, n: int, **cols) -> np.ndarray:
        cols.setdefault("d0", 0)
        cols.setdefault("d1", 999)
        cols.setdefault("trip0", 999)
        cols.setdefault("trip1", -1)
        cols.setdefault("smart", True)
        return self.lines.add(n, **cols)

    def edge(self, src, dst, dsts=-1, w=1.0, kind=1) -> None:
        src = np.asarray(src, np.int64)
        if len(src):
            self.edges.add(len(src), src=src, dst=dst, dsts=dsts, w=w, kind=kind)

    def link(self, a, b, w=1.0, kind=1) -> None:
        """Two-way on-net contact between social lines a and b."""
        a = np.asarray(a, np.int64)
        b = np.asarray(b, np.int64)
        m = a != b
        a, b = a[m], b[m]
        ms = self.lines["msisdn"]
        w = np.broadcast_to(np.asarray(w, np.float32), m.shape)[m] if np.ndim(w) else w
        self.edge(a, ms[b], b, w, kind)
        self.edge(b, ms[a], a, w, kind)
