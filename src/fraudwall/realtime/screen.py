"""The screening decision, shared by the HTTP API and ``fraudwall replay``.

Per call or SMS being set up:

1. validate the record (interchange v1 ``voice/`` fields without the outcome
   fields, or ``sms/`` fields); problems come back as a list of
   ``{loc, msg, type}`` like FastAPI's 422 details;
2. update the caller's/sender's sliding windows and read its features
   (:mod:`fraudwall.realtime.state`) and add the static ones (card age,
   roaming in a high-risk region, text and URL model scores);
3. decide: an explicit ``lists/`` block wins; else an allow-list entry lets it
   through; else batch verdicts (``detect`` scores above the action threshold)
   and every real-time rule that fires add a reason with a score.  The
   decision is the strongest among the reasons (``block`` > ``warn``), the
   score their noisy-OR, and a combined score of ``block_score`` or more blocks.

The answer carries the state version: the warehouse snapshot fingerprint and
the rule set fingerprint (the same on every worker that sees the same files).
"""

from __future__ import annotations

import gc
import re
from datetime import datetime
from itertools import compress, repeat
from typing import Any

import numpy as np
import orjson

from fraudwall.features.numbers import domestic_non_mobile
from fraudwall.interchange.schema import record_type
from fraudwall.models.url import is_ipv4
from fraudwall.realtime.lists import UNKNOWN_AGE, Knowledge, Watcher, find_links, has_link, id_cards_at
from fraudwall.realtime.rules import RANK, RuleSet, fires_vector, load_rules
from fraudwall.realtime.state import InProcessState, WindowState

MAX_BATCH = 10_000
_VOICE, _SMS = record_type("voice"), record_type("sms")
#: the outcome fields of a voice record: known once the call has ended (``/v1/events/cdr``), not at set-up
CALL_OUTCOME = ("duration_s", "ring_s", "result")
#: request fields, required first-class fields and enumerations: those of interchange v1, one definition
CALL_FIELDS = tuple(c for c in _VOICE.column_names if c not in CALL_OUTCOME)
SMS_FIELDS = tuple(_SMS.column_names)
CALL_REQUIRED = tuple(c for c in _VOICE.required if c not in CALL_OUTCOME)
SMS_REQUIRED = tuple(_SMS.required)
_NUMBERS = frozenset(("caller", "callee", "sender", "receiver", "msisdn"))
_CHOICES = {c.name: c.values for rt in (_VOICE, _SMS) for c in rt.columns if c.values}
_TIME = {"call": "start_time", "sms": "send_time", "cdr": "start_time", "device": "time"}
_REQ = {"call": CALL_REQUIRED, "sms": SMS_REQUIRED, "cdr": CALL_REQUIRED + ("duration_s",),
        "device": ("time", "msisdn", "imei")}
_OPT = {"call": CALL_FIELDS, "sms": SMS_FIELDS, "cdr": CALL_FIELDS + CALL_OUTCOME,
        "device": ("imsi", "cell", "event", "roaming_country")}


def _err(loc: tuple, msg: str, typ: str, value: Any = None) -> dict:
    return {"type": typ, "loc": list(loc), "msg": msg, "input": value}


def parse_time(value: str) -> float:
    """Epoch seconds of an ISO-8601 time with an offset (ValueError otherwise)."""
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        raise ValueError("no offset")
    return dt.timestamp()


def validate(rec: Any, kind: str, loc: tuple = ("body",)) -> tuple[float, list[dict]]:
    """Check one record of ``kind`` (call, sms, cdr, device); returns (event time, errors)."""
    if not isinstance(rec, dict):
        return 0.0, [_err(loc, "Input should be a JSON object", "dict_type", rec)]
    errors = []
    for f in _REQ[kind]:
        v = rec.get(f)
        if v is None or v == "":
            errors.append(_err(loc + (f,), "Field required", "missing"))
    for f in _OPT[kind]:
        v = rec.get(f)
        if v is None:
            continue
        if f in ("duration_s", "ring_s"):
            if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
                errors.append(_err(loc + (f,), "Input should be a non-negative number of seconds", "number_type", v))
            continue
        if not isinstance(v, str):
            errors.append(_err(loc + (f,), "Input should be a valid string", "string_type", v))
        elif f in _NUMBERS and not (v.isdigit() and len(v) <= 20):
            errors.append(_err(loc + (f,), "Phone number must be digits only, E.164 without '+'", "msisdn", v))
        elif f in _CHOICES and v not in _CHOICES[f]:
            errors.append(_err(loc + (f,), f"Input should be one of {', '.join(_CHOICES[f])}", "enum", v))
    if kind == "device":
        for f in ("msisdn",):
            v = rec.get(f)
            if isinstance(v, str) and v and not (v.isdigit() and len(v) <= 20):
                errors.append(_err(loc + (f,), "Phone number must be digits only, E.164 without '+'", "msisdn", v))
    tf = _TIME[kind]
    tv = rec.get(tf)
    t = 0.0
    if isinstance(tv, str) and tv:
        try:
            t = parse_time(tv)
        except ValueError:
            errors.append(_err(loc + (tf,), "Input should be an ISO-8601 time with an offset, "
                                            "e.g. 2026-03-01T08:15:00+08:00", "datetime_parsing", tv))
    elif tv is not None and tv != "":
        errors.append(_err(loc + (tf,), "Input should be a valid string", "string_type", tv))
    return t, errors


def _round(v: Any) -> Any:
    return round(v, 3) if isinstance(v, float) else v


SERVICE_NUMBER_DIGITS = 6  # operator and bank service numbers (10086, 95588) and emergency numbers (110)


class BatchColumns:
    """A batch of calls and SMS as columns: batch positions of the calls (``ci``) and SMS (``si``), then one
    list per field and a time array per kind (fields absent from a record are None)."""

    __slots__ = ("n", "ci", "si", "call_id", "caller", "callee", "cimei", "croam", "media", "ctype", "ct",
                 "sms_id", "sender", "receiver", "content", "simei", "sroam", "st")

    def __init__(self, n: int, ci: list[int], si: list[int], calls: dict[str, list], smses: dict[str, list],
                 ct: np.ndarray, st: np.ndarray) -> None:
        self.n, self.ci, self.si, self.ct, self.st = n, ci, si, ct, st
        self.call_id, self.caller, self.callee = calls["call_id"], calls["caller"], calls["callee"]
        self.cimei, self.croam = calls["caller_imei"], calls["caller_roaming_country"]
        self.media, self.ctype = calls["media"], calls["call_type"]
        self.sms_id, self.sender, self.receiver = smses["sms_id"], smses["sender"], smses["receiver"]
        self.content, self.simei, self.sroam = smses["content"], smses["sender_imei"], smses["sender_roaming_country"]

    CALL_COLS = ("call_id", "caller", "callee", "caller_imei", "caller_roaming_country", "media", "call_type")
    SMS_COLS = ("sms_id", "sender", "receiver", "content", "sender_imei", "sender_roaming_country")

    @classmethod
    def from_items(cls, items: list[tuple[str, dict, float]]) -> BatchColumns:
        ci = [i for i, it in enumerate(items) if it[0] == "call"]
        si = [i for i, it in enumerate(items) if it[0] != "call"]
        crec = [items[i][1] for i in ci]
        srec = [items[i][1] for i in si]
        calls = {f: [r.get(f) for r in crec] for f in cls.CALL_COLS}
        smses = {f: [r.get(f) for r in srec] for f in cls.SMS_COLS}
        return cls(len(items), ci, si, calls, smses, np.array([items[i][2] for i in ci], np.float64),
                   np.array([items[i][2] for i in si], np.float64))


_UNSAFE_JSON = re.compile(r'[\x00-\x1f"\\]')


class BatchResult:
    """Decisions of a screened batch: the events that went through the decision code (``decided``, by batch
    position); every other event is a plain allow with no reasons."""

    def __init__(self, cols: BatchColumns, version: str) -> None:
        self.cols = cols
        self.version = version
        self.decided: dict[int, dict] = {}

    def _allow(self, i: int, call: bool, j: int) -> dict:
        c = self.cols
        if call:
            return {"decision": "allow", "score": 0.0, "reasons": [], "version": self.version, "call_id": c.call_id[j]}
        return {"decision": "allow", "score": 0.0, "reasons": [], "version": self.version, "sms_id": c.sms_id[j]}

    def to_dicts(self) -> list[dict]:
        c = self.cols
        out: list = [None] * c.n
        for call, where in ((True, c.ci), (False, c.si)):
            for j, i in enumerate(where):
                out[i] = self.decided.get(i) or self._allow(i, call, j)
        return out

    def counts(self) -> dict[tuple[str, str], int]:
        """(event, decision) -> number of events."""
        c = self.cols
        tally = {("call", "allow"): len(c.ci), ("sms", "allow"): len(c.si)}
        calls = set(c.ci) if self.decided else set()
        for i, r in self.decided.items():
            ev = "call" if i in calls else "sms"
            tally[ev, "allow"] -= 1
            tally[ev, r["decision"]] = tally.get((ev, r["decision"]), 0) + 1
        return {k: v for k, v in tally.items() if v}

    def to_json(self) -> bytes:
        """``{"count", "version", "results"}`` as :func:`orjson.dumps` would write it, built as one string
        (allowed events from a template, decided ones from orjson)."""
        c = self.cols
        ids = c.call_id + c.sms_id
        if _UNSAFE_JSON.search("".join(ids)):
            return orjson.dumps({"count": c.n, "version": self.version, "results": self.to_dicts()})
        v = orjson.dumps(self.version).decode()
        # the answer is "".join of (head, id, tail) per event: head and tail from the allow template of the
        # event's kind, or the decided answer and "" as id
        n = c.n
        parts = np.empty(3 * n, object)
        pre = '{"decision":"allow","score":0.0,"reasons":[],"version":' + v
        if c.ci:
            parts[np.asarray(c.ci, np.int64) * 3] = pre + ',"call_id":"'
        if c.si:
            parts[np.asarray(c.si, np.int64) * 3] = pre + ',"sms_id":"'
        ids = np.empty(n, object)
        ids[c.ci] = c.call_id
        ids[c.si] = c.sms_id
        parts[1::3] = ids
        parts[2::3] = '"},'
        if n:
            parts[-1] = '"}'
        for i, r in self.decided.items():
            parts[3 * i] = orjson.dumps(r).decode()
            parts[3 * i + 1] = ""
            parts[3 * i + 2] = "," if i < n - 1 else ""
        head = '{"count":' + str(n) + ',"version":' + v + ',"results":['
        return (head + "".join(parts.tolist()) + "]}").encode()


def link_entities(links: list[str]) -> list[tuple[str, str]]:
    """The list entities an SMS's links are screened against: each IP literal, and each host with its parent
    domains (a verdict on a registrable domain covers every host under it; the top-level label alone is never
    looked up). A host may start with a digit (``4cpzvv.top``): only a dotted quad is an IP."""
    out: list[tuple[str, str]] = []
    for d in links:
        if is_ipv4(d):
            out.append(("ip", d))
            continue
        parts = d.split(".")
        out.extend(("domain", ".".join(parts[i:])) for i in range(len(parts) - 1))
    return out


class Screener:
    """State + knowledge + rules -> decisions."""

    def __init__(self, state: WindowState | None = None, watcher: Watcher | None = None,
                 rules: RuleSet | None = None, block_score: float = 0.95) -> None:
        self.state = state if state is not None else InProcessState()
        self.watcher = watcher if watcher is not None else Watcher(None)
        self.rules = rules if rules is not None else load_rules()
        self.block_score = block_score

    @property
    def knowledge(self) -> Knowledge:
        return self.watcher.current

    def version(self, k: Knowledge | None = None) -> str:
        return f"{(k or self.watcher.current).version}.{self.rules.fingerprint}"

    # -- features ------------------------------------------------------------------
    def _call_static(self, rec: dict, feats: dict, k: Knowledge, t: float) -> None:
        caller = rec["caller"]
        roam = rec.get("caller_roaming_country")
        feats["card_age_days"], feats["enterprise_line"], feats["id_cards"] = k.sub_static(caller, t)
        feats["roaming"] = bool(roam)
        feats["roaming_high_risk"] = (roam in k.high_risk_countries) if roam else k.high_risk_number(caller)
        feats["video"] = rec.get("media") == "video"
        feats["intl_in"] = rec.get("call_type") == "intl_in"
        feats["intl_in_domestic_non_mobile"] = feats["intl_in"] and domestic_non_mobile(caller)
        feats["callee_service"] = len(rec["callee"]) <= SERVICE_NUMBER_DIGITS

    def _sms_static(self, rec: dict, feats: dict, k: Knowledge, t: float, links: list[str]) -> None:
        sender = rec["sender"]
        roam = rec.get("sender_roaming_country")
        feats["card_age_days"], feats["enterprise_line"], feats["id_cards"] = k.sub_static(sender, t)
        feats["roaming"] = bool(roam)
        feats["roaming_high_risk"] = (roam in k.high_risk_countries) if roam else k.high_risk_number(sender)
        feats["has_link"] = bool(links) or has_link(rec.get("content"))
        content = rec.get("content")
        feats["text_fraud_prob"] = k.text_prob(content) if k.text_model is not None and content else 0.0
        feats["url_fraud_prob"] = k.url_prob(links) if k.url_model is not None else 0.0

    # -- decisions -----------------------------------------------------------------
    def _decide(self, event: str, feats: dict, k: Knowledge, entities: list[tuple[str, str | None]],
                t: float, version: str, fired: list | None = None) -> dict:
        """``fired``: which of the event's rules fire, when already known (the batch path's array forms)."""
        reasons = []
        decision = "allow"
        allowed = None
        if k.verdicts:
            explicit_block = False
            for et, ent in entities:
                for e in k.active(et, ent, t):
                    if e.decision == "allow":
                        allowed = allowed or e
                        continue
                    explicit_block = explicit_block or e.reason["id"] == "list.block"
                    reasons.append({"id": e.reason["id"], "decision": e.decision, "score": e.score,
                                    "evidence": {"entity_type": et, **e.reason["evidence"]}})
            if allowed is not None and not explicit_block:
                return {"decision": "allow", "score": 0.0,
                        "reasons": [{"id": allowed.reason["id"], "decision": "allow", "score": 0.0,
                                     "evidence": allowed.reason["evidence"]}], "version": version}
        for j, r in enumerate(self.rules.call if event == "call" else self.rules.sms):
            if (fired[j] if fired is not None else r.fires(feats)):
                reasons.append({"id": r.id, "decision": r.decision, "score": r.score,
                                "evidence": {e: _round(feats[e]) for e in r.evidence}})
        if not reasons:
            return {"decision": "allow", "score": 0.0, "reasons": reasons, "version": version}
        keep = 1.0
        for r in reasons:
            keep *= 1.0 - min(r["score"], 0.999999)
            if RANK[r["decision"]] > RANK[decision]:
                decision = r["decision"]
        score = round(1.0 - keep, 4)
        if score >= self.block_score:
            decision = "block"
        reasons.sort(key=lambda r: (-RANK[r["decision"]], -r["score"]))
        return {"decision": decision, "score": score, "reasons": reasons, "version": version}

    def screen_call(self, rec: dict, t: float) -> dict:
        """Decision for one validated call record at event time ``t``."""
        k = self.watcher.current
        imei = rec.get("caller_imei")
        feats = self.state.on_call(rec["caller"], rec["callee"], imei, t, rec["call_id"])
        self._call_static(rec, feats, k, t)
        out = self._decide("call", feats, k, [("msisdn", rec["caller"]), ("imei", imei)], t, self.version(k))
        out["call_id"] = rec["call_id"]
        return out

    def screen_sms(self, rec: dict, t: float) -> dict:
        """Decision for one validated SMS record at event time ``t``."""
        k = self.watcher.current
        imei = rec.get("sender_imei")
        links = find_links(rec.get("content"))
        feats = self.state.on_sms(rec["sender"], rec["receiver"], bool(links) or has_link(rec.get("content")),
                                  imei, t, rec["sms_id"])
        self._sms_static(rec, feats, k, t, links)
        ents: list[tuple[str, str | None]] = [("msisdn", rec["sender"]), ("imei", imei), *link_entities(links)]
        out = self._decide("sms", feats, k, ents, t, self.version(k))
        out["sms_id"] = rec["sms_id"]
        return out

    def screen(self, kind: str, rec: dict, t: float) -> dict:
        return self.screen_call(rec, t) if kind == "call" else self.screen_sms(rec, t)

    def screen_batch(self, items: list[tuple[str, dict, float]]) -> list[dict]:
        """Decisions for validated (kind, record, time) items, in the given order.

        In process, a batch in time order per number (and within an hour) takes the vectorised path
        (:meth:`screen_batch_vector`); other batches go event by event.  With a shared (Redis)
        backend the window updates of the whole batch go in one pipeline.
        """
        # a batch allocates many small objects at once: the cyclic GC would rescan the whole heap
        # (the parsed request included) several times for nothing, so it waits until the end
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            if isinstance(self.state, InProcessState):
                out = self.screen_batch_vector(items)
                if out is not None:
                    return out
                return self.screen_batch_serial(items)
            return self._screen_batch_pipelined(items)
        finally:
            if paused:
                gc.enable()

    def screen_batch_serial(self, items: list[tuple[str, dict, float]]) -> list[dict]:
        """The per-event path: :meth:`screen_call`/:meth:`screen_sms` in order."""
        sc, ss = self.screen_call, self.screen_sms
        return [sc(rec, t) if kind == "call" else ss(rec, t) for kind, rec, t in items]

    def screen_batch_vector(self, items: list[tuple[str, dict, float]]) -> list[dict] | None:
        """The whole batch at once with NumPy; None (nothing changed) when the state cannot take it.

        The (kind, record, time) items are laid out as columns (:class:`BatchColumns`) and screened by
        :meth:`screen_columns`.
        """
        res = self.screen_columns(BatchColumns.from_items(items))
        return None if res is None else res.to_dicts()

    def screen_columns(self, c: BatchColumns) -> BatchResult | None:
        """A batch given as columns, screened at once; None (nothing changed) when the state cannot take it.

        Window features come from :meth:`InProcessState.on_batch`, static features are computed per
        column, the rules' array forms say which events fire anything; only events with a firing rule
        or a list/batch entry on one of their entities go through :meth:`_decide` (so their reasons,
        scores and order are those of the per-event path); the others are allowed as they are.
        """
        k = self.watcher.current
        version = self.version(k)
        ci, si = c.ci, c.si
        callers, senders, contents = c.caller, c.sender, c.content
        # campaigns repeat their texts: each distinct text is searched once
        memo = {x: find_links(x) for x in dict.fromkeys(contents)}
        flag_of = {x: 1 if (lk or has_link(x)) else 0 for x, lk in memo.items()}
        links = list(map(memo.__getitem__, contents))
        flags = np.fromiter(map(flag_of.__getitem__, contents), np.int64, len(contents))
        # device windows: only events with an IMEI, in batch order
        cm, sm = list(map(bool, c.cimei)), list(map(bool, c.simei))
        dev_pos = np.array(list(compress(ci, cm)) + list(compress(si, sm)), np.int64)
        dev_imei = list(compress(c.cimei, cm)) + list(compress(c.simei, sm))
        dev_num = list(compress(callers, cm)) + list(compress(senders, sm))
        dev_t = np.concatenate([c.ct[np.array(cm, bool)], c.st[np.array(sm, bool)]])
        by = None  # calls then SMS: into batch order
        if any(cm) and any(sm):
            by = np.argsort(dev_pos, kind="stable")
            dev_pos, dev_t = dev_pos[by], dev_t[by]
        got = self.state.on_batch(  # type: ignore[attr-defined]
            (callers, c.callee, c.ct) if ci else None,
            (senders, c.receiver, flags, c.st) if si else None, (dev_imei, dev_num, dev_t, by))
        if got is None:
            return None
        cf, sf, sims_l = got
        sims = np.ones(c.n, np.int64)
        sims[dev_pos] = sims_l
        res = BatchResult(c, version)
        if ci:
            nc = len(ci)
            cf["device_sims_24h"] = sims[ci]
            self._static_cols(cf, k, callers, c.ct, c.croam)
            cf["video"] = np.fromiter((m == "video" for m in c.media), bool, nc) if any(c.media) else np.zeros(nc, bool)
            cf["intl_in"] = np.fromiter((m == "intl_in" for m in c.ctype), bool, nc) if any(c.ctype) else np.zeros(nc, bool)
            cf["intl_in_domestic_non_mobile"] = np.zeros(nc, bool)  # the few calls from abroad only
            for i in np.flatnonzero(cf["intl_in"]):
                cf["intl_in_domestic_non_mobile"][i] = domestic_non_mobile(callers[i])
            cf["callee_service"] = np.fromiter(map(len, c.callee), np.int64, nc) <= SERVICE_NUMBER_DIGITS
            cimei = c.cimei

            def call_ents(i: int) -> list[tuple[str, str | None]]:
                return [("msisdn", callers[i]), ("imei", cimei[i])]
            self._finish("call", "call_id", c.call_id, ci, cf, c.ct, call_ents, k, version, res.decided)
        if si:
            sf["device_sims_24h"] = sims[si]
            self._static_cols(sf, k, senders, c.st, c.sroam)
            sf["has_link"] = flags.astype(bool)
            sf["text_fraud_prob"] = k.text_probs(contents)  # one model call per batch
            sf["url_fraud_prob"] = k.url_probs(links)
            simei = c.simei

            def sms_ents(i: int) -> list[tuple[str, str | None]]:
                return [("msisdn", senders[i]), ("imei", simei[i]), *link_entities(links[i])]
            self._finish("sms", "sms_id", c.sms_id, si, sf, c.st, sms_ents, k, version, res.decided)
        return res

    @staticmethod
    def _static_cols(f: dict, k: Knowledge, nums: list[str], t: np.ndarray, roams: list) -> None:
        n = len(nums)
        age = np.full(n, UNKNOWN_AGE)
        ent = np.zeros(n, bool)
        idc = np.zeros(n, np.int64)
        keys = k.sub_keys
        if len(keys):
            ok = np.fromiter((len(x) <= 18 and x.isdigit() for x in nums), bool, n)
            ints = np.fromiter((int(x) if len(x) <= 18 and x.isdigit() else 0 for x in nums), np.int64, n)
            j = np.minimum(np.searchsorted(keys, ints), len(keys) - 1)
            hit = ok & (keys[j] == ints)
            age[hit] = np.maximum(0.0, (t[hit] - k.sub_open[j[hit]]) / 86400.0)
            if len(k.sub_enterprise):
                ent[hit] = k.sub_enterprise[j[hit]]
            if len(k.sub_idg):
                idc[hit] = id_cards_at(k.id_opens, k.sub_idg[j[hit]], t[hit])
        f["card_age_days"] = age
        f["enterprise_line"] = ent
        f["id_cards"] = idc
        f["roaming"] = np.fromiter(map(bool, roams), bool, n) if any(roams) else np.zeros(n, bool)
        if k.high_risk_prefixes or any(roams):
            hr = k.high_risk_countries
            f["roaming_high_risk"] = np.fromiter(
                ((r in hr) if r else k.high_risk_number(x) for r, x in zip(roams, nums, strict=True)), bool, n)
        else:
            f["roaming_high_risk"] = np.zeros(n, bool)

    def _finish(self, event: str, id_field: str, ids: list, where: list[int], cols: dict, t: np.ndarray,
                ents: Any, k: Knowledge, version: str, decided: dict) -> None:
        """Decide the events where a rule fires or an entity has an entry; the others are plain allows."""
        n = len(ids)
        names = list(cols)
        lists: dict = {}

        def row(i: int) -> dict:
            if not lists:
                lists.update({c: cols[c].tolist() for c in names})
            return {c: lists[c][i] for c in names}

        todo = np.zeros(n, bool)
        masks = []
        for r in self.rules.call if event == "call" else self.rules.sms:
            m = fires_vector(r, cols, n, row)
            masks.append(m)
            todo |= m
        if k.verdicts:
            vd = k.verdicts
            for i in np.flatnonzero(~todo).tolist():
                if any(x and x in vd.get(et, ()) for et, x in ents(i)):
                    todo[i] = True
        decide = self._decide
        idx = np.flatnonzero(todo)
        fired = np.column_stack(masks)[idx].tolist() if masks else [[]] * len(idx)
        for i, f in zip(idx.tolist(), fired, strict=True):
            r = decide(event, row(i), k, ents(i), float(t[i]), version, f)
            r[id_field] = ids[i]
            decided[where[i]] = r

    def _screen_batch_pipelined(self, items):
        k = self.watcher.current
        version = self.version(k)
        calls = [(rec["caller"], rec["callee"], rec.get("caller_imei"), t, rec["call_id"])
                 for kind, rec, t in items if kind == "call"]
        links_of = [find_links(rec.get("content")) if kind == "sms" else None for kind, rec, _ in items]
        smses = [(rec["sender"], rec["receiver"], bool(links_of[i]) or has_link(rec.get("content")),
                  rec.get("sender_imei"), t, rec["sms_id"])
                 for i, (kind, rec, t) in enumerate(items) if kind == "sms"]
        # calls and SMS windows are independent keys, so two pipelines keep per-number order
        cf = iter(self.state.on_calls(calls) if calls else [])
        sf = iter(self.state.on_smses(smses) if smses else [])
        out = []
        for i, (kind, rec, t) in enumerate(items):
            if kind == "call":
                feats = next(cf)
                self._call_static(rec, feats, k, t)
                r = self._decide("call", feats, k, [("msisdn", rec["caller"]), ("imei", rec.get("caller_imei"))],
                                 t, version)
                r["call_id"] = rec["call_id"]
            else:
                feats = next(sf)
                links = links_of[i]
                self._sms_static(rec, feats, k, t, links)
                ents = [("msisdn", rec["sender"]), ("imei", rec.get("sender_imei")), *link_entities(links)]
                r = self._decide("sms", feats, k, ents, t, version)
                r["sms_id"] = rec["sms_id"]
            out.append(r)
        return out

    # -- other network events -----------------------------------------------------
    def record_cdr(self, rec: dict, t: float) -> None:
        """A finished call (with ``duration_s``): its outcome feeds the unanswered and short-call shares."""
        self.state.on_call_end(rec["caller"], t, float(rec["duration_s"]), rec["call_id"])

    def record_device(self, rec: dict, t: float) -> None:
        """A device event: the number was seen on the IMEI (SIMs per device)."""
        self.state.on_device(rec["imei"], rec["msisdn"], t)


_TIMES: dict[str, float] = {}
_NONE = type(None)


def _time_of(v: str) -> float:
    t = _TIMES.get(v)
    if t is None:
        if len(_TIMES) > 200_000:
            _TIMES.clear()
        t = _TIMES[v] = parse_time(v)
    return t


def _columns_ok(recs: list[dict], kind: str) -> list[float] | None:
    """Column-wise checks of a batch's records of one kind; their times, or None when any is off."""
    req = CALL_REQUIRED if kind == "call" else SMS_REQUIRED
    get = dict.get
    for f in CALL_FIELDS if kind == "call" else SMS_FIELDS:
        col = list(map(get, recs, repeat(f)))
        types = set(map(type, col))
        if f in req:
            if types != {str} or min(map(len, col)) == 0:
                return None
            if f in _NUMBERS and (max(map(len, col)) > 20 or not "".join(col).isdigit()):
                return None
        elif not types <= {str, _NONE} or f in _CHOICES and not set(col) <= {*_CHOICES[f], None}:
            return None
    try:
        return [_time_of(r[_TIME[kind]]) for r in recs]
    except ValueError:
        return None


def validate_batch(events: list) -> tuple[list[tuple[str, dict, float]], list[dict]]:
    """(kind, record, time) items of a batch, or the errors of :func:`validate` naming each bad field.

    Good batches are checked column by column; a batch with any problem is re-checked record by
    record for the exact error list.
    """
    if set(map(type, events)) <= {dict}:
        kinds = [e.get("type") for e in events]
        calls = [e for e, k in zip(events, kinds, strict=True) if k == "call"]
        smses = [e for e, k in zip(events, kinds, strict=True) if k == "sms"]
        if len(calls) + len(smses) == len(events):
            tc = _columns_ok(calls, "call") if calls else []
            ts = _columns_ok(smses, "sms") if smses else []
            if tc is not None and ts is not None:
                ic, is_ = iter(tc), iter(ts)
                return [(k, e, next(ic) if k == "call" else next(is_)) for e, k in zip(events, kinds, strict=True)], []
    items, errors = [], []
    for i, ev in enumerate(events):
        kind = ev.get("type") if isinstance(ev, dict) else None
        if kind not in ("call", "sms"):
            errors.append({"type": "enum", "loc": ["body", "events", i, "type"],
                           "msg": "Input should be 'call' or 'sms'", "input": kind})
            continue
        t, errs = validate(ev, kind, ("body", "events", i))
        if errs:
            errors.extend(errs)
        else:
            items.append((kind, ev, t))
    return items, errors
