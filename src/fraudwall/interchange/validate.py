"""SQL that turns source columns into typed interchange columns plus a reason for every bad row.

Everything here builds DuckDB expressions: validation runs vectorised inside the
engine, never row by row in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from fraudwall.interchange.profile import Profile, TypeMapping
from fraudwall.interchange.schema import Column, RecordType

_MSISDN_RE = "[0-9]{3,15}"
_INT_RE = "[+-]?[0-9]{1,18}(\\.0+)?"
_NONNEG = {"duration_s", "ring_s", "bytes", "amount", "loss_amount"}


def q(name: str) -> str:
    """Quote an identifier."""
    return '"' + name.replace('"', '""') + '"'


def lit(value: str) -> str:
    """Quote a string literal."""
    return "'" + str(value).replace("'", "''") + "'"


@dataclass
class ColumnPlan:
    """Typed expression, reason expression and 'stored as given' test for one interchange column."""

    name: str
    typed: str
    reasons: list[str]  # SQL expressions, each a reason string or NULL
    unchanged: str  # SQL true when the typed value equals the source value as stored


def plan_column(col: Column, src: str | None, src_type: str | None, mapping: TypeMapping,
                profile: Profile) -> ColumnPlan:
    """Plan one column; ``src`` is the quoted source expression (None when the layout lacks it)."""
    name = col.name
    if src is None:
        if name in mapping.defaults:
            src, src_type = lit(mapping.defaults[name]), "VARCHAR"
        else:
            typed = f"NULL::{col.duckdb_type}"
            reasons = [lit(f"missing required field {name}")] if col.required else []
            return ColumnPlan(name, typed, reasons, "false")
    is_text = src_type is None or src_type == "VARCHAR"
    v = f"NULLIF(trim({src}), '')" if is_text else src
    if name in mapping.values:
        cases = " ".join(f"WHEN {lit(k)} THEN {lit(val)}" for k, val in mapping.values[name].items())
        vtext = v if is_text else f"CAST({v} AS VARCHAR)"
        v = f"(CASE {vtext} {cases} ELSE {vtext} END)"
        is_text = True
    missing = f"{v} IS NULL"
    cast = mapping.casts.get(name, {})
    reason_parts: list[str] = []
    if col.required:
        reason_parts.append(f"CASE WHEN {missing} THEN {lit('missing required field ' + name)} END")
    show = f"left(CAST({v} AS VARCHAR), 40)"

    if col.type == "time":
        fmt = cast.get("format") or mapping.time_format or profile.time_format
        tz = profile.timezone
        if src_type and src_type.startswith("TIMESTAMP WITH TIME ZONE"):
            typed = v
        elif src_type and src_type.startswith("TIMESTAMP"):
            typed = f"timezone({lit(tz or 'UTC')}, {v})"
        elif src_type == "DATE":
            typed = f"timezone({lit(tz or 'UTC')}, CAST({v} AS TIMESTAMP))"
        else:
            vt = v if is_text else f"CAST({v} AS VARCHAR)"
            if fmt:
                typed = f"timezone({lit(tz or 'UTC')}, try_strptime({vt}, {lit(fmt)}))"
            else:
                has_offset = (
                    f"(right({vt}, 1) IN ('Z', 'z') OR substr({vt}, -6, 1) IN ('+', '-') "
                    f"OR (substr({vt}, -5, 1) IN ('+', '-') AND length({vt}) > 19))"
                )
                naive = f"timezone({lit(tz)}, TRY_CAST({vt} AS TIMESTAMP))" if tz else "NULL"
                typed = f"(CASE WHEN {has_offset} THEN TRY_CAST({vt} AS TIMESTAMPTZ) ELSE {naive} END)"
                if not tz:
                    naive_ok = f"(NOT {has_offset} AND TRY_CAST({vt} AS TIMESTAMP) IS NOT NULL)"
                    reason_parts.append(
                        f"CASE WHEN {v} IS NOT NULL AND {naive_ok} THEN 'time without UTC offset in {name}: ' "
                        f"|| {show} || ' (give a time zone in a mapping profile)' "
                        f"WHEN {v} IS NOT NULL AND {typed} IS NULL THEN 'unparsable time in {name}: ' || {show} END"
                    )
        if not any("unparsable time" in r for r in reason_parts):
            reason_parts.append(
                f"CASE WHEN {v} IS NOT NULL AND {typed} IS NULL THEN 'unparsable time in {name}: ' || {show} END"
            )
    elif col.type in ("int", "float"):
        scale = cast.get("scale")
        target = "BIGINT" if col.type == "int" else "DOUBLE"
        if is_text:
            if col.type == "int" and not scale:
                ok = f"regexp_full_match({v}, {lit(_INT_RE)})"
                base = f"CASE WHEN {ok} THEN TRY_CAST({v} AS BIGINT) END"
            else:
                base = f"TRY_CAST({v} AS DOUBLE)"
        else:
            base = v
        scaled = f"({base}) * {float(scale)!r}" if scale else f"({base})"
        typed = f"CAST(round({scaled}) AS BIGINT)" if (col.type == "int" and scale) else f"TRY_CAST({scaled} AS {target})"
        kind = "an integer" if col.type == "int" else "a number"
        reason_parts.append(f"CASE WHEN {v} IS NOT NULL AND {typed} IS NULL THEN 'not {kind} in {name}: ' || {show} END")
        if col.type == "float":
            reason_parts.append(f"CASE WHEN isinf({typed}) OR isnan({typed}) THEN 'not a finite number in {name}' END")
        if name in _NONNEG:
            reason_parts.append(f"CASE WHEN {typed} < 0 THEN 'negative value in {name}: ' || {show} END")
    elif col.type == "bool":
        vt = f"lower({v})" if is_text else v
        typed = (
            f"(CASE WHEN {vt} IN ('true','t','1','yes','y') THEN true WHEN {vt} IN ('false','f','0','no','n') "
            f"THEN false END)" if is_text else f"TRY_CAST({v} AS BOOLEAN)"
        )
        reason_parts.append(f"CASE WHEN {v} IS NOT NULL AND {typed} IS NULL THEN 'not a boolean in {name}: ' || {show} END")
    elif col.type == "msisdn":
        vt = v if is_text else f"CAST({v} AS VARCHAR)"
        if profile.number_prefix:
            p = profile.number_prefix
            vt = f"(CASE WHEN starts_with({vt}, {lit(p)}) THEN {vt} ELSE {lit(p)} || ltrim({vt}, '0') END)"
        typed = vt
        reason_parts.append(
            f"CASE WHEN {v} IS NOT NULL AND NOT regexp_full_match({vt}, {lit(_MSISDN_RE)}) "
            f"THEN 'not a phone number (digits only, E.164 without +) in {name}: ' || {show} END"
        )
    else:  # str, possibly an enumeration
        vt = v if is_text else f"CAST({v} AS VARCHAR)"
        if col.values:
            typed = f"lower({vt})"
            allowed = ", ".join(lit(x) for x in col.values)
            reason_parts.append(
                f"CASE WHEN {typed} IS NOT NULL AND {typed} NOT IN ({allowed}) "
                f"THEN 'unknown value in {name}: ' || {show} || ' (expected one of {'/'.join(col.values)})' END"
            )
        else:
            typed = vt
    unchanged = f"({typed}) IS NOT DISTINCT FROM ({src})" if src_type else "false"
    return ColumnPlan(name, typed, reason_parts, unchanged)


def reason_sql(plans: list[ColumnPlan]) -> str:
    """One expression: all reasons of a row joined by '; ', or NULL when the row is good."""
    parts = [r for p in plans for r in p.reasons]
    if not parts:
        return "NULL::VARCHAR"
    return "NULLIF(concat_ws('; ', " + ", ".join(parts) + "), '')"


def key_hash_sql(rt: RecordType, typed_names: dict[str, str]) -> str:
    """Hash of the record identity (key columns, or every column for key-less types)."""
    cols = rt.key or tuple(rt.column_names)
    return "hash(" + ", ".join(typed_names[c] for c in cols) + ")"
