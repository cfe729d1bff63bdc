"""Where every actor puts its rows: event columns as NumPy chunks, entity tables as small lists, ground truth."""

from __future__ import annotations

import numpy as np

from . import world as W
from .catalog import Cat

RESULTS = ["answered", "no_answer", "busy", "rejected", "intercepted"]
ANS, NOANS, BUSY, REJ, ICPT = range(5)
CALL_TYPES = ["mobile", "fixed", "voip", "intl_in", "intl_out"]
MOB, FIX, VOIP, INTL_IN, INTL_OUT = range(5)
MEDIA = ["voice", "video"]
DEV_EVENTS = ["attach", "detach", "power_on", "power_off", "location_update", "data_session"]
ATTACH, DETACH, PON, POFF, LOCUP, DATA = range(6)
APP_EVENTS = ["install", "use"]
INSTALL, USE = range(2)
CHANNELS = ["mobile_app", "counter", "atm", "third_party"]
APP_CH, COUNTER, ATM, THIRD = range(4)

# column name -> (dtype, default); a default of -1 (or 0 for numbers) is written as missing
EVENT_COLS: dict[str, dict[str, tuple[str, object]]] = {
    "voice": {"t": ("i8", None), "a": ("i8", None), "b": ("i8", None), "dur": ("i4", 0), "ring": ("i4", -1),
              "res": ("i1", ANS), "aimei": ("i8", 0), "aimsi": ("i8", 0), "acell": ("i4", -1),
              "bcell": ("i4", -1), "roam": ("i2", -1), "ctype": ("i1", MOB), "media": ("i1", 0),
              "gw": ("i4", -1)},
    "sms": {"t": ("i8", None), "a": ("i8", None), "b": ("i8", None), "text": ("i4", -1), "aimei": ("i8", 0),
            "acell": ("i4", -1), "roam": ("i2", -1)},
    "device": {"t": ("i8", None), "m": ("i8", None), "imsi": ("i8", 0), "imei": ("i8", None),
               "cell": ("i4", -1), "ev": ("i1", None), "roam": ("i2", -1), "bytes": ("i8", -1)},
    "web": {"t": ("i8", None), "m": ("i8", None), "dom": ("i4", None), "url": ("i4", -1), "ip": ("i4", -1),
            "bytes": ("i8", -1), "app": ("i4", -1)},
    "apps": {"t": ("i8", None), "m": ("i8", None), "app": ("i4", None), "ev": ("i1", USE), "src": ("i4", -1)},
    "transfers": {"t": ("i8", None), "fr": ("i4", None), "to": ("i4", None), "amt": ("f8", None),
                  "ch": ("i1", APP_CH), "ini": ("i8", 0)},
}


class Sink:
    def __init__(self) -> None:
        self.parts: dict[str, list[dict[str, np.ndarray]]] = {k: [] for k in EVENT_COLS}
        self.cat = {k: Cat() for k in ("cell", "text", "domain", "url", "ip", "app", "gateway", "account")}
        self.subs: list[dict] = []          # subscriber column chunks
        self.banks: list[dict] = []         # bank account column chunks
        self.iaccs: list[dict] = []         # internet account column chunks
        self.truth: list[tuple] = []        # (entity_type, entity, role, gang_id, scheme, first_active)
        self.events: list[tuple] = []       # (victim, time, amount, to_account)
        self.reports: list[tuple] = []      # (time, entity_type, entity, label, fraud_type, loss, source)
        self.lists: list[tuple] = []        # (entity_type, entity, list, reason, added, expires)
        self.domain_ip: dict[int, int] = {}
        self.status: dict[int, tuple[str, int]] = {}   # msisdn -> (status, time) at the end of the window

    # ----------------------------------------------------------------------------------- events
    def add(self, table: str, **cols) -> None:
        spec = EVENT_COLS[table]
        n = np.asarray(cols["t"]).size
        if n == 0:
            return
        chunk = {}
        for name, (dtype, default) in spec.items():
            v = cols.pop(name, default)
            if v is None:
                raise ValueError(f"{table}: column {name} is required")
            a = np.asarray(v)
            chunk[name] = (np.broadcast_to(a, (n,)) if a.ndim == 0 or a.size == 1 else a).astype(dtype, copy=True)
            if chunk[name].size != n:
                raise ValueError(f"{table}.{name}: {chunk[name].size} values for {n} rows")
        if cols:
            raise ValueError(f"{table}: unknown columns {sorted(cols)}")
        chunk["t"] = W.clip_window(chunk["t"])
        self.parts[table].append(chunk)

    def count(self, table: str) -> int:
        return sum(c["t"].size for c in self.parts[table])

    def take(self, table: str) -> dict[str, np.ndarray]:
        """All rows of one table, sorted by time (stable), freeing the chunks."""
        parts = self.parts[table]
        self.parts[table] = []
        if not parts:
            return {k: np.zeros(0, d) for k, (d, _) in EVENT_COLS[table].items()}
        out = {k: np.concatenate([p[k] for p in parts]) for k in EVENT_COLS[table]}
        order = np.argsort(out["t"], kind="stable")
        return {k: v[order] for k, v in out.items()}

    # -------------------------------------------------------------------------------- entities
    def add_subs(self, **cols) -> None:
        n = np.asarray(cols["msisdn"]).size
        self.subs.append({k: (np.broadcast_to(np.asarray(v), (n,)) if np.asarray(v).ndim == 0 else np.asarray(v))
                          for k, v in cols.items()})

    def add_banks(self, **cols) -> None:
        n = np.asarray(cols["acct"]).size
        self.banks.append({k: (np.broadcast_to(np.asarray(v), (n,)) if np.asarray(v).ndim == 0 else np.asarray(v))
                           for k, v in cols.items()})

    def add_iaccs(self, **cols) -> None:
        n = np.asarray(cols["msisdn"]).size
        self.iaccs.append({k: (np.broadcast_to(np.asarray(v), (n,)) if np.asarray(v).ndim == 0 else np.asarray(v))
                           for k, v in cols.items()})

    def label(self, etype: str, entities, role: str, gang: str = "", scheme: str = "", first=None) -> None:
        ents = np.atleast_1d(np.asarray(entities))
        firsts = np.broadcast_to(np.asarray(first if first is not None else 0), ents.shape)
        for e, f in zip(ents.tolist(), firsts.tolist(), strict=True):
            self.truth.append((etype, str(e), role, gang, scheme, int(f)))

    def report(self, t, etype, entity, label, fraud_type="", loss=None, source="police") -> None:
        self.reports.append((int(t), etype, str(entity), label, fraud_type, loss, source))

    # ------------------------------------------------------------------------------ catalogs
    def domain(self, name: str, ip: str | None = None) -> int:
        d = self.cat["domain"].add(name)
        if ip is not None and d not in self.domain_ip:
            self.domain_ip[d] = self.cat["ip"].add(ip)
        return d

    def ip_of(self, doms: np.ndarray) -> np.ndarray:
        lut = np.full(len(self.cat["domain"]) + 1, -1, np.int32)
        for d, i in self.domain_ip.items():
            lut[d] = i
        return lut[np.asarray(doms)]
