"""Real-time rules: the ``realtime:`` section of ordinary scenarios.

One definition, two uses: a scenario keeps its batch ``sql`` (run by ``detect``
over a day window) and may add a ``realtime:`` section that the screening
service evaluates per call or SMS over sliding-window features::

    realtime:
      event: call                 # call | sms
      when: "calls_10m >= 8 and unanswered_share_60m >= 0.6"
      decision: block             # warn | block
      score: 0.9                  # strength of the hit, in (0, 1]
      evidence: [calls_10m, unanswered_share_60m]   # features returned as the reason

``when`` is a small expression language: feature names (see
:data:`FEATURES`), numbers, strings, ``True``/``False``, comparisons (chains
allowed), ``and``/``or``/``not``, ``+ - * /``, ``in``/``not in`` over a
literal list, and ``min(...)``/``max(...)``/``abs(...)``.  It is parsed with
:mod:`ast`, checked against that whitelist and compiled to a function of the
feature dict: no attribute access, no other calls, no arbitrary code.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fraudwall.errors import ScenarioError

#: features per event type, with a one-line meaning (docs and validation)
CALL_FEATURES: dict[str, str] = {
    "calls_1m": "calls placed by the caller in the last minute (this one included)",
    "calls_10m": "calls placed by the caller in the last 10 minutes",
    "calls_60m": "calls placed by the caller in the last 60 minutes",
    "distinct_callees_60m": "distinct numbers the caller dialled in the last 60 minutes",
    "completed_60m": "caller's calls of the last 60 minutes whose outcome is known",
    "unanswered_share_60m": "share of those calls not answered (0 when none is known)",
    "short_share_60m": "share of the answered ones shorter than 30 s",
    "card_age_days": "days since the caller's card was opened (100000 when unknown)",
    "enterprise_line": "the caller's card is an enterprise line (customer type enterprise in subscribers/)",
    "id_cards": "personal cards (not closed) on the identity document of the caller's card, opened by now "
                "(subscribers/ id_key; 0 when unknown or an enterprise line)",
    "roaming": "the caller is roaming abroad",
    "roaming_high_risk": "the caller roams in, or calls from, a high-risk region",
    "device_sims_24h": "distinct numbers seen on the caller's device (IMEI) in the last 24 h",
    "video": "the call is a video call",
    "intl_in": "the call comes in from abroad",
    "intl_in_domestic_non_mobile": "the call comes in from abroad showing a domestic number that is no mobile number "
                                   "(a landline, a 400 or 95xxx service number: features/numbers.py), which cannot roam",
    "callee_service": "the callee is a short service number (6 digits or fewer: 10086, 95588, 110)",
}
SMS_FEATURES: dict[str, str] = {
    "sms_1m": "messages sent by the sender in the last minute (this one included)",
    "sms_10m": "messages sent in the last 10 minutes",
    "sms_60m": "messages sent in the last 60 minutes",
    "distinct_receivers_60m": "distinct receivers in the last 60 minutes",
    "link_share_60m": "share of the last 60 minutes' messages carrying a link",
    "has_link": "this message carries a link",
    "text_fraud_prob": "fraud probability of the text by the SMS model (0 without a model)",
    "url_fraud_prob": "highest fraud probability of its links by the URL model (0 without a model)",
    "card_age_days": "days since the sender's card was opened (100000 when unknown)",
    "enterprise_line": "the sender's card is an enterprise line (customer type enterprise in subscribers/)",
    "id_cards": "personal cards (not closed) on the identity document of the sender's card, opened by now "
                "(subscribers/ id_key; 0 when unknown or an enterprise line)",
    "roaming": "the sender is roaming abroad",
    "roaming_high_risk": "the sender roams in a high-risk region",
    "device_sims_24h": "distinct numbers seen on the sender's device in the last 24 h",
}
FEATURES = {"call": CALL_FEATURES, "sms": SMS_FEATURES}
DECISIONS = ("allow", "warn", "block")
RANK = {"allow": 0, "warn": 1, "block": 2}
_ALLOWED_KEYS = {"event", "when", "decision", "score", "evidence", "entity", "description"}
_ENTITY = {"call": "caller", "sms": "sender"}
_FUNCS = {"min": min, "max": max, "abs": abs}
_NODES = (
    ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.UAdd, ast.Compare,
    ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq, ast.In, ast.NotIn, ast.BinOp, ast.Add, ast.Sub,
    ast.Mult, ast.Div, ast.Name, ast.Load, ast.Constant, ast.List, ast.Tuple, ast.Call,
)


class _ToLookup(ast.NodeTransformer):
    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id.startswith("_fn_"):
            return node
        if node.id in ("True", "False"):
            return ast.copy_location(ast.Constant(node.id == "True"), node)
        return ast.copy_location(
            ast.Subscript(value=ast.Name("_f", ast.Load()), slice=ast.Constant(node.id), ctx=ast.Load()), node)


def compile_expression(expr: str, features: Iterable[str], where: str = "when") -> Callable[[dict], Any]:
    """Check ``expr`` against the whitelist and compile it to ``fn(features) -> value``."""
    known = set(features)
    try:
        tree = ast.parse(expr.strip(), mode="eval")
    except SyntaxError as exc:
        raise ScenarioError(f"{where}: not a valid expression: {exc.msg} (column {exc.offset})") from None
    for node in ast.walk(tree):
        if not isinstance(node, _NODES):
            raise ScenarioError(f"{where}: {type(node).__name__} is not allowed in a rule expression")
        if isinstance(node, ast.Call):
            if not (isinstance(node.func, ast.Name) and node.func.id in _FUNCS) or node.keywords:
                raise ScenarioError(f"{where}: only min(), max() and abs() may be called")
        elif isinstance(node, ast.Name) and node.id not in known and node.id not in _FUNCS \
                and node.id not in ("True", "False"):
            raise ScenarioError(f"{where}: unknown feature {node.id!r} (known: {', '.join(sorted(known))})")
        elif isinstance(node, ast.Constant) and not isinstance(node.value, int | float | str | bool):
            raise ScenarioError(f"{where}: constant {node.value!r} is not allowed")
    # function names stay plain names bound in the sandbox globals; features become _f['name']
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            node.func = ast.Name(f"_fn_{node.func.id}", ast.Load())
    body = _ToLookup().visit(tree.body)
    lam = ast.Expression(ast.Lambda(
        args=ast.arguments(posonlyargs=[], args=[ast.arg("_f")], kwonlyargs=[], kw_defaults=[], defaults=[]),
        body=body))
    ast.fix_missing_locations(lam)
    sandbox = {"__builtins__": {}, **{f"_fn_{k}": v for k, v in _FUNCS.items()}}
    return eval(compile(lam, f"<rule {where}>", "eval"), sandbox)  # noqa: S307 - whitelisted AST only


@dataclass
class RealtimeRule:
    """A compiled real-time rule taken from one scenario."""

    id: str
    version: int
    event: str
    when: str
    decision: str
    score: float
    evidence: list[str]
    fn: Callable[[dict], Any] = field(repr=False)
    name_en: str = ""
    name_zh: str = ""

    def fires(self, features: dict) -> bool:
        try:
            return bool(self.fn(features))
        except (ZeroDivisionError, TypeError):
            return False


def parse_realtime(sid: str, version: int, spec: Any, where: str, name_en: str = "", name_zh: str = "") -> RealtimeRule:
    """Validate one ``realtime:`` section and compile it."""
    if not isinstance(spec, dict):
        raise ScenarioError(f"{where}: realtime must be a mapping with event, when, decision")
    unknown = sorted(set(spec) - _ALLOWED_KEYS)
    if unknown:
        raise ScenarioError(f"{where}: realtime: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_ALLOWED_KEYS))})")
    for key in ("event", "when", "decision"):
        if key not in spec:
            raise ScenarioError(f"{where}: realtime: missing key {key!r}")
    event = spec["event"]
    if event not in FEATURES:
        raise ScenarioError(f"{where}: realtime.event {event!r} is not one of call, sms")
    entity = spec.get("entity", _ENTITY[event])
    if entity != _ENTITY[event]:
        raise ScenarioError(f"{where}: realtime.entity for {event} events must be {_ENTITY[event]!r}")
    decision = spec["decision"]
    if decision not in ("warn", "block"):
        raise ScenarioError(f"{where}: realtime.decision {decision!r} is not one of warn, block")
    score = spec.get("score", 0.9 if decision == "block" else 0.6)
    if not isinstance(score, int | float) or isinstance(score, bool) or not 0 < score <= 1:
        raise ScenarioError(f"{where}: realtime.score must be a number in (0, 1]")
    when = spec["when"]
    if not isinstance(when, str) or not when.strip():
        raise ScenarioError(f"{where}: realtime.when must be a non-empty expression string")
    fn = compile_expression(when, FEATURES[event], f"{where}: realtime.when")
    evidence = spec.get("evidence")
    if evidence is None:
        tree = ast.parse(when.strip(), mode="eval")
        evidence = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in FEATURES[event]})
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        raise ScenarioError(f"{where}: realtime.evidence must be a list of feature names")
    bad = [e for e in evidence if e not in FEATURES[event]]
    if bad:
        raise ScenarioError(f"{where}: realtime.evidence: unknown feature {bad[0]!r}")
    return RealtimeRule(sid, version, event, when.strip(), decision, float(score), list(evidence), fn,
                        name_en, name_zh)


@dataclass
class RuleSet:
    """The real-time rules by event type, with a fingerprint (part of the state version)."""

    call: list[RealtimeRule]
    sms: list[RealtimeRule]
    fingerprint: str

    def for_event(self, event: str) -> list[RealtimeRule]:
        return self.call if event == "call" else self.sms

    @property
    def rules(self) -> list[RealtimeRule]:
        return self.call + self.sms


def load_rules(extra_dirs: Iterable[str | Path] = (), builtin: bool = True) -> RuleSet:
    """Rules from every scenario with a ``realtime:`` section (built-in library and user folders)."""
    from fraudwall.scenarios.registry import Registry

    reg = Registry.load(extra_dirs, builtin=builtin, validate=False)
    rules = []
    for s in reg:
        if s.realtime is None or s.shadow:
            continue
        rules.append(parse_realtime(s.id, s.version, s.realtime, str(s.path or s.id), s.name_en, s.name_zh))
    return rules_from(rules)


def rules_from(rules: list[RealtimeRule]) -> RuleSet:
    h = hashlib.sha256()
    for r in sorted(rules, key=lambda r: r.id):
        h.update(f"{r.id}|{r.version}|{r.event}|{r.when}|{r.decision}|{r.score}\n".encode())
    return RuleSet([r for r in rules if r.event == "call"], [r for r in rules if r.event == "sms"],
                   h.hexdigest()[:8])


# ------------------------------------------------------------------ vectorised rules
class NotVectorisable(Exception):
    """The expression uses a construct whose array form would differ from Python's."""


def _truthy(v: Any) -> Any:
    if isinstance(v, np.ndarray):
        return v if v.dtype == np.bool_ else v != 0
    return bool(v)


def _num(v: Any) -> Any:
    if isinstance(v, np.ndarray) and v.dtype == np.bool_:
        return v.astype(np.int64)
    if isinstance(v, str):
        raise NotVectorisable("arithmetic on a string")
    return v


def _or_err(a: Any, b: Any) -> Any:
    if a is None:
        return b
    if b is None:
        return a
    return a | b


def _and_mask(err: Any, cond: Any) -> Any:
    """Errors of an operand that Python evaluates only where ``cond`` holds."""
    if err is None:
        return None
    return err & cond


_CMP = {ast.Lt: np.less, ast.LtE: np.less_equal, ast.Gt: np.greater, ast.GtE: np.greater_equal,
        ast.Eq: np.equal, ast.NotEq: np.not_equal}
_BIN = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply}
_VFUNCS = {"min": np.minimum, "max": np.maximum}


def _vnode(node: ast.AST) -> Callable[[dict], tuple[Any, Any]]:
    """Compile one node to ``fn(columns) -> (values, error mask or None)``; errors are rows where Python raises."""
    if isinstance(node, ast.Constant):
        val = node.value
        return lambda c: (val, None)
    if isinstance(node, ast.Name):
        if node.id in ("True", "False"):
            val = node.id == "True"
            return lambda c: (val, None)
        name = node.id
        return lambda c: (c[name], None)
    if isinstance(node, ast.BoolOp):
        parts = [_vnode(v) for v in node.values]
        is_and = isinstance(node.op, ast.And)

        def boolop(c):
            acc = None
            err = None
            for fn in parts:
                v, e = fn(c)
                t = _truthy(v)
                if acc is None:
                    err, acc = e, t
                    continue
                err = _or_err(err, _and_mask(e, acc if is_and else ~np.asarray(acc)))
                acc = (acc & t) if is_and else (acc | t)
            return acc, err
        return boolop
    if isinstance(node, ast.UnaryOp):
        inner = _vnode(node.operand)
        if isinstance(node.op, ast.Not):
            def not_(c):
                v, e = inner(c)
                t = _truthy(v)
                return (~t if isinstance(t, np.ndarray) else not t), e
            return not_
        neg = isinstance(node.op, ast.USub)

        def unary(c):
            v, e = inner(c)
            v = _num(v)
            return (-v if neg else +v), e
        return unary
    if isinstance(node, ast.BinOp):
        left, right = _vnode(node.left), _vnode(node.right)
        if isinstance(node.op, ast.Div):
            def div(c):
                a, ea = left(c)
                b, eb = right(c)
                a, b = _num(a), _num(b)
                zero = np.asarray(b == 0)
                with np.errstate(divide="ignore", invalid="ignore"):
                    v = np.true_divide(a, np.where(zero, 1, b))
                return v, _or_err(_or_err(ea, eb), zero if zero.any() else None)
            return div
        op = _BIN[type(node.op)]

        def binop(c):
            a, ea = left(c)
            b, eb = right(c)
            return op(_num(a), _num(b)), _or_err(ea, eb)
        return binop
    if isinstance(node, ast.Compare):
        first = _vnode(node.left)
        rest = []
        for op, comp in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.In | ast.NotIn):
                if not isinstance(comp, ast.List | ast.Tuple) or not all(isinstance(e, ast.Constant) for e in comp.elts):
                    raise NotVectorisable("'in' needs a literal list")
                vals = [e.value for e in comp.elts]
                if any(isinstance(x, str) for x in vals):
                    raise NotVectorisable("'in' over strings")
                rest.append((op, vals))
            else:
                rest.append((op, _vnode(comp)))

        def compare(c):
            a, err = first(c)
            acc = None
            for op, rhs in rest:
                if isinstance(op, ast.In | ast.NotIn):
                    r = np.isin(a, rhs) if isinstance(a, np.ndarray) else a in rhs
                    if isinstance(op, ast.NotIn):
                        r = ~r if isinstance(r, np.ndarray) else not r
                    b = None
                else:
                    b, eb = rhs(c)
                    if isinstance(a, str) or isinstance(b, str):
                        raise NotVectorisable("comparison with a string")
                    err = _or_err(err, eb if acc is None else _and_mask(eb, acc))
                    r = _CMP[type(op)](a, b)
                acc = r if acc is None else acc & r
                a = b
            return acc, err
        return compare
    if isinstance(node, ast.Call):
        fname = node.func.id  # type: ignore[attr-defined]
        args = [_vnode(a) for a in node.args]
        if fname == "abs":
            if len(args) != 1:
                raise NotVectorisable("abs() takes one argument")

            def absf(c):
                v, e = args[0](c)
                return np.abs(_num(v)), e
            return absf
        if len(args) < 2:
            raise NotVectorisable(f"{fname}() of one iterable argument")
        op = _VFUNCS[fname]

        def minmax(c):
            vals, err = [], None
            for fn in args:
                v, e = fn(c)
                vals.append(_num(v))
                err = _or_err(err, e)
            out = vals[0]
            for v in vals[1:]:
                out = op(out, v)
            return out, err
        return minmax
    raise NotVectorisable(type(node).__name__)


def compile_vector(expr: str) -> Callable[[dict[str, np.ndarray], int], np.ndarray]:
    """The array form of a (whitelisted) ``when``: ``fn(columns, n) -> bool array``, equal to
    ``bool(fn(row))`` per row with ZeroDivisionError counting as False.  Raises NotVectorisable."""
    fn = _vnode(ast.parse(expr.strip(), mode="eval").body)

    def run(cols: dict[str, np.ndarray], n: int) -> np.ndarray:
        v, err = fn(cols)
        t = np.broadcast_to(_truthy(v), (n,))
        if err is not None:
            t = t & ~np.broadcast_to(err, (n,))
        return np.asarray(t, dtype=bool)
    return run


def fires_vector(rule: RealtimeRule, cols: dict[str, np.ndarray], n: int, row: Callable[[int], dict]) -> np.ndarray:
    """Which of ``n`` events fire ``rule`` (the array form, or row by row when it has none)."""
    vfn = rule.__dict__.get("_vfn", 0)
    if vfn == 0:
        try:
            vfn = compile_vector(rule.when)
        except NotVectorisable:
            vfn = None
        rule.__dict__["_vfn"] = vfn
    if vfn is not None:
        try:
            return vfn(cols, n)
        except (TypeError, ValueError, NotVectorisable):
            pass
    return np.fromiter((rule.fires(row(i)) for i in range(n)), bool, n)
