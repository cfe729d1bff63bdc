"""What the screening service knows from batch work: lists, batch scores, card ages, text models.

A :class:`Knowledge` snapshot is built from a warehouse (``scores`` of
``detect`` above the action threshold, ``lists`` records, subscribers' card
opening times, the SMS and URL models of the model registry) or from an
interchange data folder (replay without a warehouse).  Every entry carries the
event time from which it holds (the end of the detection window, a list entry's
``added_time``) and until which it holds, so that a replay sees only what was
known at each moment.

:class:`Watcher` rebuilds the snapshot in a background thread when the
warehouse's result, list, subscriber or model files change (polling their
names, sizes and mtimes), and swaps it in atomically: no restart.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from fraudwall.features.public_suffix import COMMON_TLDS, is_top_level_domain

log = logging.getLogger(__name__)

FOREVER = 1e18
#: batch actions that block the number's traffic, and those that warn the other party
BLOCK_ACTIONS = ("block", "suspend_and_reverify")
WARN_ACTIONS = ("warn",)
#: how long a batch score stays in force after its window ends (seconds)
SCORE_TTL_S = 7 * 86400.0
UNKNOWN_AGE = 100000.0
#: ISO country -> calling code, to match roaming countries against high-risk calling-code lists
CALLING_CODES = {
    "KH": "855", "PH": "63", "VN": "84", "LA": "856", "MM": "95", "TH": "66", "MY": "60", "AE": "971",
    "ID": "62", "TR": "90", "RU": "7", "US": "1", "CA": "1", "JP": "81", "KR": "82", "SG": "65", "HK": "852",
    "MO": "853", "TW": "886", "GB": "44", "AU": "61", "DE": "49", "FR": "33", "IN": "91", "PK": "92",
    "NG": "234", "GH": "233", "KE": "254", "ZA": "27", "BR": "55", "MX": "52", "IT": "39", "ES": "34",
    "NL": "31", "NZ": "64", "BD": "880", "NP": "977", "LK": "94", "SA": "966", "QA": "974", "EG": "20",
}
# a link: any host after http(s):// (as the batch's url_host macro); an IP literal; a bare host (no scheme) under a
# common top-level domain; or a bare host under any listed top-level domain followed by a path (点击 x7.icu/reg), as the
# batch takes bare links (f_link_domain: a host, then "/" and a letter or digit)
_URL = re.compile(r"https?://([a-z0-9.-]+)|((?:[a-z0-9-]+\.)+([a-z]{2,24})(?![a-z0-9-])|\d{1,3}(?:\.\d{1,3}){3})"
                  r"(?::\d+)?(/\S*)?", re.I)
# something like a link (has_link): a scheme, "www." or a name under a common top-level domain, as the batch's
# link_like_text macro
_LINK = re.compile(r"https?://|www\.|[a-z0-9-]+\.(?:" + "|".join(sorted(COMMON_TLDS)) + r")\b", re.I)


def _bare_link(tld: str, path: str | None) -> bool:
    return tld in COMMON_TLDS or (path is not None and len(path) > 1 and path[1].isalnum()
                                  and is_top_level_domain(tld))


def find_links(text: str | None) -> list[str]:
    """Domains or IPs of the links in an SMS text (lower case)."""
    if not text:
        return []
    out = []
    for m in _URL.finditer(text):
        host = m.group(1) or m.group(2)
        if m.group(3) and not _bare_link(m.group(3).lower(), m.group(4)):
            continue
        if h := host.strip(".").lower():
            out.append(h)
    return out


def has_link(text: str | None) -> bool:
    return bool(text) and _LINK.search(text) is not None


@dataclass
class Entry:
    """One list or batch verdict on an entity, in force from ``start`` to ``end`` (epoch seconds)."""

    decision: str  # block | warn | allow
    score: float
    start: float
    end: float
    reason: dict


@dataclass
class Knowledge:
    """A snapshot: verdicts by entity type and entity, high-risk regions, card ages, models."""

    verdicts: dict[str, dict[str, list[Entry]]] = field(default_factory=dict)
    high_risk_prefixes: tuple[str, ...] = ()
    high_risk_countries: frozenset = frozenset()
    sub_keys: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    sub_open: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float64))
    text_model: Any = None
    url_model: Any = None
    version: str = "empty"
    counts: dict[str, int] = field(default_factory=dict)
    sub_enterprise: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))  # per sub_keys row
    #: identity documents: per sub_keys row its ID's group (-1: none, or an enterprise line), and the opening
    #: times of every ID's personal cards that are not closed, as sorted ``group << 32 | opening second``
    sub_idg: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    id_opens: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    #: per sub_keys row: all the counted cards of its ID and the latest opening second among them (the
    #: per-event answer when the event is not older than that opening, i.e. nearly always)
    sub_idn: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    sub_idlast: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def active(self, entity_type: str, entity: str | None, t: float) -> list[Entry]:
        """The entries on ``entity`` in force at ``t``."""
        if not entity:
            return []
        entries = self.verdicts.get(entity_type, {}).get(entity)
        if not entries:
            return []
        return [e for e in entries if e.start <= t < e.end]

    def _sub_row(self, msisdn: str) -> int:
        """The number's row in the subscriber arrays (``sub_keys``, ``sub_open``, ...), -1 when unknown."""
        keys = self.sub_keys
        if not len(keys) or not msisdn.isdigit() or len(msisdn) > 18:
            return -1
        k = int(msisdn)
        i = int(np.searchsorted(keys, k))
        return i if i < len(keys) and keys[i] == k else -1

    def card_age_days(self, msisdn: str, t: float) -> float:
        return self._age(self._sub_row(msisdn), t)

    def enterprise_line(self, msisdn: str) -> bool:
        """Whether the number's (latest) card is an enterprise line (customer type ``enterprise``)."""
        i = self._sub_row(msisdn)
        return bool(i >= 0 and self.sub_enterprise[i])

    def id_cards(self, msisdn: str, t: float) -> int:
        """Personal cards (not closed) registered to the identity document of the number's card, opened by
        ``t`` (the number's own included); 0 when the document is unknown or the card is an enterprise line."""
        return self._id_cards(self._sub_row(msisdn), t)

    def sub_static(self, msisdn: str, t: float) -> tuple[float, bool, int]:
        """(card age in days, enterprise line, ID cards) of the number at ``t``, from one row lookup."""
        i = self._sub_row(msisdn)
        if i < 0:
            return UNKNOWN_AGE, False, 0
        return self._age(i, t), bool(self.sub_enterprise[i]), self._id_cards(i, t)

    def _age(self, i: int, t: float) -> float:
        return max(0.0, (t - float(self.sub_open[i])) / 86400.0) if i >= 0 else UNKNOWN_AGE

    def _id_cards(self, i: int, t: float) -> int:
        if i < 0 or not len(self.sub_idn):
            return 0
        n = int(self.sub_idn[i])
        if not n or t >= self.sub_idlast[i]:
            return n
        return int(id_cards_at(self.id_opens, self.sub_idg[i:i + 1], np.array([t]))[0])

    def high_risk_number(self, number: str) -> bool:
        return bool(self.high_risk_prefixes) and not number.startswith("86") and number.startswith(self.high_risk_prefixes)

    def text_prob(self, text: str) -> float:
        return float(self.text_probs([text])[0])

    def url_prob(self, links: list[str]) -> float:
        return float(self.url_probs([links])[0])

    def text_probs(self, texts: list[str | None]) -> np.ndarray:
        """Fraud probability of each text by the SMS model, the batch in one model call (0 for no text or
        no model)."""
        out = np.zeros(len(texts))
        idx = [i for i, x in enumerate(texts) if x]
        if self.text_model is not None and idx:
            out[idx] = _fraud_probs(self.text_model, [texts[i] for i in idx])
        return out

    def url_probs(self, link_lists: list[list[str]]) -> np.ndarray:
        """Highest fraud probability of each event's links by the URL model, all links in one model call."""
        out = np.zeros(len(link_lists))
        flat = [u for links in link_lists for u in links]
        if self.url_model is not None and flat:
            p = _fraud_probs(self.url_model, flat)
            owner = np.repeat(np.arange(len(link_lists)), [len(x) for x in link_lists])
            np.maximum.at(out, owner, p)
        return out


_BENIGN = ("benign", "ham", "normal", "legitimate", "0", "false")


def id_cards_at(id_opens: np.ndarray, groups: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Cards of each ID group (-1: none -> 0) opened at or before each time ``t`` (whole seconds), from the
    sorted ``group << 32 | opening second`` keys."""
    out = np.zeros(len(groups), np.int64)
    has = groups >= 0
    if not has.any() or not len(id_opens):
        return out
    g = groups[has] << 32
    sec = np.clip(np.floor(t[has]), 0, 2**32 - 1).astype(np.int64)
    out[has] = np.searchsorted(id_opens, g | sec, "right") - np.searchsorted(id_opens, g, "left")
    return out


def _fraud_probs(model: Any, texts: list[str]) -> np.ndarray:
    """Probability that each text is not benign: from the class probabilities of a multi-class model, or from
    the positive-class probability of a binary one (the stacked SMS and the URL models)."""
    proba = np.asarray(model.predict_proba(texts), np.float64)
    classes = [str(c).lower() for c in model.classes]
    if proba.ndim == 1:  # binary model: probability of classes[1]
        return 1.0 - proba if classes[1] in _BENIGN else proba
    benign = [i for i, c in enumerate(classes) if c in _BENIGN]
    if benign:
        return 1.0 - proba[:, benign].sum(axis=1)
    return proba.max(axis=1)


def _ts(v: Any, default: float) -> float:
    if v is None:
        return default
    if isinstance(v, datetime):
        return v.timestamp()
    try:
        return datetime.fromisoformat(str(v)).timestamp()
    except ValueError:
        return default


def build(lists_rows: list[tuple], score_rows: list[tuple], subs: list[tuple] | None = None,
          text_model: Any = None, url_model: Any = None, version: str = "") -> Knowledge:
    """A snapshot from plain rows.

    ``lists_rows``: (entity_type, entity, list, reason, added_time, expires_time);
    ``score_rows``: (entity_type, entity, score, action, reasons_json, window_end);
    ``subs``: one row per card, (msisdn, open_time), (msisdn, open_time, enterprise line) or
    (msisdn, open_time, enterprise line, id_key, closed); a number's latest card gives its age and line
    type; personal cards that are not closed count towards their ID's cards (:meth:`Knowledge.id_cards`).
    """
    verdicts: dict[str, dict[str, list[Entry]]] = {}
    prefixes: set[str] = set()
    counts = {"block": 0, "allow": 0, "warn": 0, "batch_block": 0, "batch_warn": 0}

    def add(et: str, ent: str, e: Entry) -> None:
        verdicts.setdefault(et, {}).setdefault(ent, []).append(e)

    for et, ent, lst, reason, added, expires in lists_rows:
        if not ent:
            continue
        et = str(et or "msisdn")
        if lst == "high_risk_region":
            prefixes.add(str(ent))
            continue
        decision = {"block": "block", "allow": "allow", "watch": "warn"}.get(lst)
        if decision is None:
            continue
        start, end = _ts(added, 0.0), _ts(expires, FOREVER)
        add(et, str(ent), Entry(decision, 1.0 if decision == "block" else (0.6 if decision == "warn" else 0.0),
                                start, end, {"id": f"list.{lst}", "evidence": {"list": lst, "reason": reason}}))
        counts[decision] += 1
    for et, ent, score, action, reasons, wend in score_rows:
        if action in BLOCK_ACTIONS or action == "block_domain":
            decision = "block"
        elif action in WARN_ACTIONS:
            decision = "warn"
        else:
            continue
        start = _ts(wend, 0.0)
        try:
            hits = orjson.loads(reasons) if reasons else []
        except orjson.JSONDecodeError:
            hits = []
        scen = [h.get("scenario") for h in hits if isinstance(h, dict)][:5]
        add(str(et), str(ent), Entry(decision, float(score or 0.0), start, start + SCORE_TTL_S,
                                     {"id": "batch." + (scen[0] if scen else "score"),
                                      "evidence": {"batch_score": round(float(score or 0.0), 4), "action": action,
                                                   "scenarios": scen}}))
        counts["batch_" + decision] += 1
    countries = frozenset(c for c, code in CALLING_CODES.items() if code in prefixes)
    keys = np.zeros(0, np.int64)
    opens = np.zeros(0, np.float64)
    ent = np.zeros(0, bool)
    idg = idn = idlast = id_opens = np.zeros(0, np.int64)
    if subs:
        rows: dict[int, tuple[float, bool, Any]] = {}
        groups: dict[Any, int] = {}
        id_keys: list[int] = []
        for m, ot, *rest in subs:
            if not (m and str(m).isdigit() and len(str(m)) <= 18 and ot is not None):
                continue
            t_open = _ts(ot, 0.0)
            enterprise = bool(rest and rest[0])
            idk = rest[1] if len(rest) > 1 and rest[1] not in (None, "") and not enterprise else None
            if idk is not None and not (len(rest) > 2 and rest[2]):  # closed cards do not count
                g = groups.setdefault(idk, len(groups))
                id_keys.append((g << 32) | int(min(max(np.floor(t_open), 0), 2**32 - 1)))
            old = rows.get(int(m))
            if old is None or t_open >= old[0]:  # the number's latest card
                rows[int(m)] = (t_open, enterprise, idk)
        keys = np.fromiter(rows.keys(), np.int64, len(rows))
        opens = np.fromiter((v[0] for v in rows.values()), np.float64, len(rows))
        ent = np.fromiter((v[1] for v in rows.values()), bool, len(rows))
        idg = np.fromiter((-1 if v[2] is None else groups.get(v[2], -1) for v in rows.values()), np.int64,
                          len(rows))
        order = np.argsort(keys)
        keys, opens, ent, idg = keys[order], opens[order], ent[order], idg[order]
        id_opens = np.sort(np.array(id_keys, np.int64))
        if groups:
            gk = id_opens >> 32
            gcount = np.bincount(gk, minlength=len(groups))
            glast = np.zeros(len(groups), np.int64)
            np.maximum.at(glast, gk, id_opens & (2**32 - 1))
            has = idg >= 0
            idn = np.where(has, gcount[np.maximum(idg, 0)], 0)
            idlast = np.where(has, glast[np.maximum(idg, 0)], 0)
        else:
            idg = np.zeros(0, np.int64)
    counts["subscribers"] = len(keys)
    counts["enterprise_lines"] = int(ent.sum())
    return Knowledge(verdicts, tuple(sorted(prefixes)), countries, keys, opens, text_model, url_model,
                     version or "empty", counts, sub_enterprise=ent, sub_idg=idg, id_opens=id_opens,
                     sub_idn=idn, sub_idlast=idlast)


# ------------------------------------------------------------------------ sources
_SCORES_SQL = """
SELECT entity_type, entity, score, action, reasons, window_end FROM scores
WHERE action IN ('block', 'suspend_and_reverify', 'block_domain', 'warn')
"""
_LISTS_SQL = "SELECT entity_type, entity, list, reason, added_time, expires_time FROM lists"
# per card: number, opening time, enterprise line, identity document, closed (build keeps each number's latest card
# and counts the personal cards per document)
_SUBS_SQL = "SELECT msisdn, open_time, {enterprise}, {id_key}, {closed} FROM subscribers WHERE open_time IS NOT NULL"


def watched_files(root: Path) -> list[Path]:
    """The warehouse files whose change means a new snapshot."""
    out = []
    for sub in ("results/scores", "data/lists", "data/subscribers", "models"):
        d = root / sub
        if d.is_dir():
            for dirpath, _dirs, files in os.walk(d):
                out.extend(Path(dirpath) / f for f in files if not f.startswith("."))
    return sorted(out)


def fingerprint(root: Path) -> str:
    """A short digest of the watched files' names, sizes and mtimes (same on every worker)."""
    h = hashlib.sha256()
    for p in watched_files(root):
        try:
            st = p.stat()
        except OSError:
            continue
        h.update(f"{p.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:8]


def _load_models(root: Path) -> tuple[Any, Any]:
    reg_root = root / "models"
    if not reg_root.is_dir():
        return None, None
    try:
        from fraudwall.models.registry import ModelRegistry
        from fraudwall.models.sms import load_sms_model
        from fraudwall.models.url import UrlModel
    except ImportError:  # the ml extra is not installed
        return None, None
    loaders = {"sms": load_sms_model, "url": UrlModel.load}  # each kind by its own loader
    reg = ModelRegistry(reg_root)
    found: dict[str, Any] = {}
    latest: dict[str, Any] = {}
    for meta in reg.list():
        if meta.kind in loaders:
            latest[meta.kind] = meta
    for kind, meta in latest.items():
        try:
            found[kind] = loaders[kind](str(reg.artefact_path(meta.name, meta.version)))
        except Exception as exc:  # a model that does not load must not stop screening
            log.warning("model %s v%s not loaded: %s", meta.name, meta.version, exc)
    return found.get("sms"), found.get("url")


def from_warehouse(root: str | Path) -> Knowledge:
    """A snapshot of the warehouse at ``root``."""
    from fraudwall.warehouse.store import Warehouse

    wh = Warehouse.open(root)
    version = fingerprint(wh.root)
    con = wh.connect(threads=1)
    try:
        scores = con.execute(_SCORES_SQL).fetchall()
        lists = con.execute(_LISTS_SQL).fetchall()
        subs = con.execute(_SUBS_SQL.format(**_sub_exprs(con, "subscribers"))).fetchall()
    finally:
        con.close()
    text_model, url_model = _load_models(wh.root)
    return build(lists, scores, subs, text_model, url_model, version)


def from_data_dir(data_dir: str | Path) -> Knowledge:
    """A snapshot from an interchange folder's ``lists/`` and ``subscribers/`` (no batch scores)."""
    import duckdb

    from fraudwall.errors import InputError
    from fraudwall.scenarios.evaluate import truth_scan

    data_dir = Path(data_dir)
    con = duckdb.connect()
    rows: dict[str, list] = {"lists": [], "subscribers": []}
    for name in rows:
        try:
            src = truth_scan(data_dir, name)
        except InputError:
            continue
        if name == "lists":
            rows[name] = con.execute(
                f"SELECT entity_type, entity, list, reason, TRY_CAST(added_time AS TIMESTAMPTZ), "
                f"TRY_CAST(expires_time AS TIMESTAMPTZ) FROM {src}").fetchall()
        else:
            e = _sub_exprs(con, src)
            rows[name] = con.execute(
                f"SELECT msisdn, TRY_CAST(open_time AS TIMESTAMPTZ), {e['enterprise']}, {e['id_key']}, {e['closed']} "
                f"FROM {src}").fetchall()
    con.close()
    return build(rows["lists"], [], rows["subscribers"], version="data:" + data_dir.name[:16])


def _sub_exprs(con: Any, src: str) -> dict[str, str]:
    """Per row of ``src``: whether the card is an enterprise line, its identity document and whether it is
    closed (false / NULL when the optional column is absent)."""
    cols = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()}
    return {"enterprise": "coalesce(customer_type = 'enterprise', false)" if "customer_type" in cols else "false",
            "id_key": "CAST(id_key AS VARCHAR)" if "id_key" in cols else "CAST(NULL AS VARCHAR)",
            "closed": "coalesce(status = 'closed', false)" if "status" in cols else "false"}


class Watcher:
    """Holds the current snapshot of a warehouse and reloads it when its files change."""

    def __init__(self, root: str | Path | None, interval_s: float = 2.0) -> None:
        self.root = Path(root) if root else None
        self.interval_s = interval_s
        self.reloads = 0
        self.current = from_warehouse(self.root) if self.root else build([], [])
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check(self) -> bool:
        """Reload now if the files changed; True when a new snapshot was swapped in."""
        if self.root is None or fingerprint(self.root) == self.current.version:
            return False
        snap = from_warehouse(self.root)
        self.current = snap
        self.reloads += 1
        log.info("screening state reloaded: version %s %s", snap.version, snap.counts)
        return True

    def start(self) -> None:
        if self.root is None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="fraudwall-lists", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.check()
            except Exception as exc:  # keep serving the last good snapshot
                log.warning("reloading screening state failed: %s", exc)

    def stop(self) -> None:
        self._stop.set()
