"""The screening HTTP API: FastAPI for docs, auth and the slow paths; a lean ASGI fast path for screening.

``POST /v1/screen/call``, ``/v1/screen/sms`` and ``/v1/screen/batch`` are the
hot paths the network calls at set-up time.  They are answered by
:class:`ScreeningAPI` straight from the ASGI scope (orjson in and out, a
hand-written validator that returns FastAPI-shaped 422 errors naming the
field), before FastAPI's routing and pydantic layers; the same handlers are
also mounted as FastAPI routes, so the OpenAPI docs describe them and either
path gives the same answers.  Everything else (``/healthz``, ``/metrics``,
rules, state, reload, docs) is plain FastAPI.
"""

from __future__ import annotations

import gc
import os
import time
from collections import Counter as Tally
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from pydantic import BaseModel, Field, create_model

from fraudwall import __version__
from fraudwall.api.auth import RANK, KeyStore
from fraudwall.realtime.batchio import parse_batch
from fraudwall.realtime.lists import Watcher
from fraudwall.realtime.rules import CALL_FEATURES, SMS_FEATURES, load_rules
from fraudwall.realtime.screen import (
    _CHOICES,
    CALL_FIELDS,
    CALL_REQUIRED,
    MAX_BATCH,
    SMS_FIELDS,
    SMS_REQUIRED,
    Screener,
    validate,
    validate_batch,
)
from fraudwall.realtime.state import InProcessState, make_state
from fraudwall.warehouse.store import Warehouse

#: path -> (kind, minimum role)
SCREEN_PATHS = {
    "/v1/screen/call": ("call", "screening"), "/v1/screen/sms": ("sms", "screening"),
    "/v1/screen/batch": ("batch", "screening"), "/v1/events/cdr": ("cdr", "screening"),
    "/v1/events/device": ("device", "screening"),
}
_JSON = [(b"content-type", b"application/json")]


# -------------------------------------------------------------- documented bodies
#: documentation of the request fields; the fields themselves are those of interchange v1 (one definition)
_FIELD_DOCS: dict[str, dict[str, Any]] = {
    "start_time": {"description": "ISO-8601 with offset", "examples": ["2026-03-01T08:15:00+08:00"]},
    "send_time": {"description": "ISO-8601 with offset", "examples": ["2026-03-01T08:15:00+08:00"]},
    "caller": {"description": "E.164 digits without '+'", "examples": ["8613800138000"]},
    "callee": {"examples": ["8613900139000"]},
    "sender": {"description": "E.164 digits without '+'", "examples": ["8613800138000"]},
    "receiver": {"examples": ["8613900139000"]},
    "caller_roaming_country": {"description": "ISO 3166 alpha-2 when abroad"},
    "sender_roaming_country": {"description": "ISO 3166 alpha-2 when abroad"},
}


def _event_model(name: str, doc: str, fields: tuple[str, ...], required: tuple[str, ...]) -> type[BaseModel]:
    """The documented request body of one event kind (validation itself is :func:`validate`)."""
    spec: dict[str, Any] = {}
    for f in fields:
        docs = _FIELD_DOCS.get(f, {})
        typ = Literal[_CHOICES[f]] if f in _CHOICES else str  # the interchange enumerations
        spec[f] = (typ, Field(**docs)) if f in required else (typ | None, Field(None, **docs))
    return create_model(name, __doc__=doc, **spec)


CallEvent = _event_model("CallEvent", "A call being set up: interchange v1 ``voice/`` fields without the outcome fields.",
                         CALL_FIELDS, CALL_REQUIRED)
SmsEvent = _event_model("SmsEvent", "An SMS being sent: interchange v1 ``sms/`` fields.", SMS_FIELDS, SMS_REQUIRED)


class BatchItem(BaseModel):
    type: str = Field(description="call or sms; the other fields are those of CallEvent or SmsEvent")


class BatchRequest(BaseModel):
    events: list[dict[str, Any]] = Field(description=f"up to {MAX_BATCH} events, each with 'type' (call/sms)")


class Reason(BaseModel):
    id: str = Field(description="scenario id (real-time rule), list.<list> or batch.<scenario>")
    decision: str
    score: float
    evidence: dict[str, Any]


class Decision(BaseModel):
    decision: str = Field(description="allow, warn (warn the callee/receiver) or block")
    score: float
    reasons: list[Reason]
    version: str = Field(description="state version: warehouse snapshot fingerprint . rule set fingerprint")
    call_id: str | None = None
    sms_id: str | None = None


def _body(model: type[BaseModel]) -> dict:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()}}}}


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.decisions = Counter("fraudwall_screen_decisions", "Screening decisions", ["event", "decision"], registry=r)
        self.latency = Histogram("fraudwall_screen_request_seconds", "Screening request handling time",
                                 ["endpoint"], registry=r,
                                 buckets=(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1))
        self.errors = Counter("fraudwall_http_errors", "Error answers", ["status"], registry=r)
        self.reloads = Gauge("fraudwall_state_reloads", "Warehouse snapshot reloads", registry=r)
        self.info = Gauge("fraudwall_info", "Build and state", ["version", "backend"], registry=r)
        self._dec = {}

    def decision(self, event: str, decision: str, n: int = 1) -> None:
        c = self._dec.get((event, decision))
        if c is None:
            c = self._dec[(event, decision)] = self.decisions.labels(event, decision)
        c.inc(n)


class ScreeningAPI:
    """The shared handlers: (kind, body bytes, API key) -> (status, JSON bytes)."""

    def __init__(self, screener: Screener, keys: KeyStore | None, metrics: Metrics) -> None:
        self.screener = screener
        self.keys = keys
        self.metrics = metrics
        self._lat = {k: metrics.latency.labels(k) for k in ("call", "sms", "batch", "cdr", "device")}
        self._columnar = isinstance(screener.state, InProcessState)

    def authorize(self, key: str | None, need: str) -> tuple[int, bytes] | None:
        if self.keys is None:
            return None
        if not key:
            return self._fail(401, "missing API key: send it in the X-API-Key header")
        role = self.keys.role_of(key)
        if role is None:
            return self._fail(401, "invalid or revoked API key")
        if RANK[role] < RANK[need]:
            return self._fail(403, f"role {role!r} may not do this (needs {need!r} or higher)")
        return None

    def _fail(self, status: int, detail: Any) -> tuple[int, bytes]:
        self.metrics.errors.labels(str(status)).inc()
        return status, orjson.dumps({"detail": detail})

    def handle(self, kind: str, body: bytes, key: str | None) -> tuple[int, bytes]:
        if kind != "batch" or not gc.isenabled():
            return self._handle(kind, body, key)
        gc.disable()  # a batch parses and builds ~10^5 objects: no heap rescans in the middle
        try:
            return self._handle(kind, body, key)
        finally:
            gc.enable()

    def _handle(self, kind: str, body: bytes, key: str | None) -> tuple[int, bytes]:
        t0 = time.perf_counter()
        denied = self.authorize(key, "screening")
        if denied:
            return denied
        s = self.screener
        if kind == "batch" and self._columnar:
            # columnar path: body -> columns (msgspec) -> vectorised screening -> one JSON string; a body it
            # refuses, or a batch the window store cannot take at once, goes the dict path below
            cols = parse_batch(body)
            res = s.screen_columns(cols) if cols is not None else None
            if res is not None:
                for (ev, d), n in res.counts().items():
                    self.metrics.decision(ev, d, n)
                result = res.to_json()
                self._lat[kind].observe(time.perf_counter() - t0)
                return 200, result
        try:
            doc = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            return self._fail(422, [{"type": "json_invalid", "loc": ["body"], "msg": f"JSON decode error: {exc}",
                                     "input": None}])
        if kind in ("call", "sms"):
            t, errors = validate(doc, kind)
            if errors:
                return self._fail(422, errors)
            out = s.screen_call(doc, t) if kind == "call" else s.screen_sms(doc, t)
            self.metrics.decision(kind, out["decision"])
            result = orjson.dumps(out)
        elif kind == "batch":
            items, errors = self._batch_items(doc)
            if errors:
                return self._fail(422, errors[:100])
            res = s.screen_batch(items)
            for (k, d), n in Tally([(k, r["decision"]) for (k, _, _), r in zip(items, res, strict=True)]).items():
                self.metrics.decision(k, d, n)
            result = orjson.dumps({"count": len(res), "version": s.version(), "results": res})
        else:
            many = isinstance(doc, dict) and isinstance(doc.get("events"), list)
            recs = doc["events"] if many else [doc]
            checked, errors = [], []
            for i, rec in enumerate(recs):
                t, errs = validate(rec, kind, ("body", "events", i) if many else ("body",))
                errors.extend(errs)
                checked.append((rec, t))
            if errors:
                return self._fail(422, errors[:100])
            fn = s.record_cdr if kind == "cdr" else s.record_device
            for rec, t in checked:
                fn(rec, t)
            result = orjson.dumps({"accepted": len(checked)})
        self._lat[kind].observe(time.perf_counter() - t0)
        return 200, result

    def _batch_items(self, doc: Any) -> tuple[list, list]:
        if not isinstance(doc, dict) or not isinstance(doc.get("events"), list):
            return [], [{"type": "missing", "loc": ["body", "events"], "msg": "Field required: a list of events",
                         "input": None}]
        events = doc["events"]
        if len(events) > MAX_BATCH:
            return [], [{"type": "too_long", "loc": ["body", "events"],
                         "msg": f"List should have at most {MAX_BATCH} items, not {len(events)}", "input": None}]
        return validate_batch(events)


class FastPath:
    """ASGI wrapper: screening POSTs go straight to :class:`ScreeningAPI`; the rest to FastAPI."""

    def __init__(self, api: ScreeningAPI, app: FastAPI) -> None:
        self.api = api
        self.app = app
        self.state = app.state

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "POST":
            route = SCREEN_PATHS.get(scope["path"])
            if route is not None:
                msg = await receive()
                body = msg.get("body", b"")
                if msg.get("more_body", False):
                    chunks = [body]
                    while msg.get("more_body", False):
                        msg = await receive()
                        chunks.append(msg.get("body", b""))
                    body = b"".join(chunks)
                key = None
                for k, v in scope["headers"]:
                    if k == b"x-api-key":
                        key = v.decode("latin-1")
                        break
                status, payload = self.api.handle(route[0], body, key)
                await send({"type": "http.response.start", "status": status,
                            "headers": _JSON + [(b"content-length", str(len(payload)).encode())]})
                await send({"type": "http.response.body", "body": payload})
                return
        await self.app(scope, receive, send)


def create_app(warehouse: str | Path | None = None, redis_url: str | None = None, *,
               screener: Screener | None = None, auth: bool = True, reload_interval_s: float = 2.0,
               scenario_dirs: tuple[str, ...] = (), block_score: float = 0.95) -> FastPath:
    """The ASGI app. ``warehouse`` holds lists, scores, models and API keys; ``redis_url`` shares window state."""
    wh = Warehouse.open(warehouse) if warehouse else None
    if screener is None:
        watcher = Watcher(wh.root if wh else None, reload_interval_s)
        screener = Screener(make_state(redis_url), watcher, load_rules(scenario_dirs), block_score)
    keys = KeyStore(wh) if (auth and wh is not None) else None
    if auth and keys is None:
        raise ValueError("authentication needs a warehouse (API keys live in WH/catalog.db)")
    metrics = Metrics()
    metrics.info.labels(__version__, screener.state.name).set(1)
    api = ScreeningAPI(screener, keys, metrics)
    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        gc.collect()
        gc.freeze()  # code, rules and snapshot stay out of every later collection
        screener.watcher.start()
        yield
        stop = getattr(screener.watcher, "stop", None)
        if stop:
            stop()

    app = FastAPI(title="fraudwall screening API", version=__version__, lifespan=lifespan,
                  description="Allow / warn / block per call and SMS at set-up time, with reasons. "
                              "Send an API key in `X-API-Key`.")
    app.state.screener = screener
    app.state.api = api

    def reply(status_payload: tuple[int, bytes]) -> Response:
        status, payload = status_payload
        return Response(payload, status_code=status, media_type="application/json")

    async def _route(request: Request, kind: str) -> Response:
        return reply(api.handle(kind, await request.body(), request.headers.get("x-api-key")))

    @app.post("/v1/screen/call", response_model=Decision, openapi_extra=_body(CallEvent), tags=["screening"])
    async def screen_call(request: Request):
        """Decision for one call being set up."""
        return await _route(request, "call")

    @app.post("/v1/screen/sms", response_model=Decision, openapi_extra=_body(SmsEvent), tags=["screening"])
    async def screen_sms(request: Request):
        """Decision for one SMS being sent."""
        return await _route(request, "sms")

    @app.post("/v1/screen/batch", openapi_extra=_body(BatchRequest), tags=["screening"])
    async def screen_batch(request: Request):
        """Decisions for up to 10,000 events (each with ``type``: call or sms), in order."""
        return await _route(request, "batch")

    @app.post("/v1/events/cdr", tags=["events"])
    async def event_cdr(request: Request):
        """Finished calls (voice records with ``duration_s``): outcomes for the unanswered/short-call shares."""
        return await _route(request, "cdr")

    @app.post("/v1/events/device", tags=["events"])
    async def event_device(request: Request):
        """Device events (``device/`` records): SIMs seen per IMEI."""
        return await _route(request, "device")

    def need(request: Request, role: str) -> Response | None:
        denied = api.authorize(request.headers.get("x-api-key"), role)
        return reply(denied) if denied else None

    @app.get("/healthz", tags=["ops"])
    async def healthz():
        """Liveness and the state version (no key needed, no personal data)."""
        k = screener.knowledge
        return {"status": "ok", "version": screener.version(k), "backend": screener.state.name,
                "rules": len(screener.rules.rules), "reloads": screener.watcher.reloads}

    @app.get("/metrics", tags=["ops"])
    async def metrics_endpoint():
        """Prometheus metrics of this worker (aggregates only, no personal data)."""
        metrics.reloads.set(screener.watcher.reloads)
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/v1/rules", tags=["analyst"])
    async def rules(request: Request):
        """The real-time rules in force (analyst)."""
        denied = need(request, "analyst")
        if denied:
            return denied
        return {"version": screener.rules.fingerprint, "features": {"call": CALL_FEATURES, "sms": SMS_FEATURES},
                "rules": [{"id": r.id, "version": r.version, "event": r.event, "when": r.when,
                           "decision": r.decision, "score": r.score, "evidence": r.evidence,
                           "name": {"en": r.name_en, "zh": r.name_zh}} for r in screener.rules.rules]}

    @app.get("/v1/state", tags=["analyst"])
    async def state(request: Request):
        """The warehouse snapshot in force: version and entry counts (analyst)."""
        denied = need(request, "analyst")
        if denied:
            return denied
        k = screener.knowledge
        return {"version": screener.version(k), "counts": k.counts, "high_risk_prefixes": list(k.high_risk_prefixes),
                "text_model": k.text_model is not None, "url_model": k.url_model is not None,
                "reloads": screener.watcher.reloads}

    @app.post("/v1/admin/reload", tags=["admin"])
    async def reload(request: Request):
        """Re-read the warehouse now if its files changed (admin)."""
        denied = need(request, "admin")
        if denied:
            return denied
        changed = screener.watcher.check()
        return JSONResponse({"reloaded": changed, "version": screener.version()})

    return FastPath(api, app)


def app_from_env() -> FastPath:
    """Factory for ``uvicorn --factory`` (several workers): settings from ``FRAUDWALL_*`` variables."""
    dirs = tuple(d for d in os.environ.get("FRAUDWALL_SCENARIO_DIRS", "").split(os.pathsep) if d)
    return create_app(os.environ.get("FRAUDWALL_WAREHOUSE") or None, os.environ.get("FRAUDWALL_REDIS") or None,
                      reload_interval_s=float(os.environ.get("FRAUDWALL_RELOAD_S", "2")), scenario_dirs=dirs,
                      block_score=float(os.environ.get("FRAUDWALL_BLOCK_SCORE", "0.95")))
