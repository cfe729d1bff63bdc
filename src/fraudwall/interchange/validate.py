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
    """How one interchange column is computed and checked, in three query layers.

    ``value`` (layer 1, over the source columns) is the source value after value
    maps and prefixes, aliased ``_v_<name>``; ``typed`` (layer 2, over that
    alias) is the typed column ``<name>``; ``checks`` (layer 3) are pairs of a
    condition that marks the row bad and the message saying why. Each
    expression is computed once per row.
    """

    name: str
    value: str | None
    typed: str
    checks: list[tuple[str, str]]
    unchanged: str  # SQL true when the stored value equals the source value as given
    digits_check: str | None = None  # the digits-only check of a plain text number column (see ok_sql)


def vname(name: str) -> str:
    return q("_v_" + name)


def plan_column(col: Column, src: str | None, src_type: str | None, mapping: TypeMapping,
                profile: Profile) -> ColumnPlan:
    """Plan one column; ``src`` is the quoted source column (None when the layout lacks it)."""
    name = col.name
    if src is None and name in mapping.defaults:
        src, src_type = lit(mapping.defaults[name]), "VARCHAR"
    if src is None:
        checks = [("true", lit(f"missing required field {name}"))] if col.required else []
        return ColumnPlan(name, None, f"NULL::{col.duckdb_type}", checks, "false")
    is_text = src_type is None or src_type == "VARCHAR"
    value = f"NULLIF({src}, '')" if is_text else src
    # "plain": the value is the source column itself ('' meaning missing). Checks then test the source
    # column directly (``src IS NULL OR src = ''``), which DuckDB folds to a constant when a Parquet
    # file's statistics prove it, instead of computing NULLIF for every row
    plain = src.startswith("_s") and name not in mapping.values and not (col.type == "msisdn" and profile.number_prefix)
    missing = (f"({src} IS NULL OR {src} = '')" if is_text else f"{src} IS NULL") if plain else None
    if name in mapping.values:
        vtext = value if is_text else f"CAST({value} AS VARCHAR)"
        cases = " ".join(f"WHEN {lit(k)} THEN {lit(val)}" for k, val in mapping.values[name].items())
        value = f"(CASE {vtext} {cases} ELSE {vtext} END)"
        is_text = True
    if col.type == "msisdn":
        vt = value if is_text else f"CAST({value} AS VARCHAR)"
        if profile.number_prefix:
            p = profile.number_prefix
            vt = f"(CASE WHEN starts_with({vt}, {lit(p)}) THEN {vt} ELSE {lit(p)} || ltrim({vt}, '0') END)"
        value, is_text = vt, True
    v = vname(name)
    t = q(name)
    show = f"left(CAST({v} AS VARCHAR), 40)"
    cast = mapping.casts.get(name, {})
    checks: list[tuple[str, str]] = []
    if col.required:
        checks.append((missing or f"{v} IS NULL", lit(f"missing required field {name}")))
    bad_value = f"{v} IS NOT NULL AND {t} IS NULL"

    if col.type == "time":
        fmt = cast.get("format") or mapping.time_format or profile.time_format
        tz = profile.timezone
        unparsable = (bad_value, f"'unparsable time in {name}: ' || {show}")
        if src_type and src_type.startswith("TIMESTAMP WITH TIME ZONE"):
            typed = v
        elif src_type and src_type.startswith("TIMESTAMP"):
            typed = f"timezone({lit(tz or 'UTC')}, {v})"
        elif src_type == "DATE":
            typed = f"timezone({lit(tz or 'UTC')}, CAST({v} AS TIMESTAMP))"
        elif fmt:
            vt = v if is_text else f"CAST({v} AS VARCHAR)"
            typed = f"timezone({lit(tz or 'UTC')}, try_strptime({vt}, {lit(fmt)}))"
        else:
            vt = v if is_text else f"CAST({v} AS VARCHAR)"
            has_offset = (f"(right({vt}, 1) IN ('Z', 'z') OR substr({vt}, -6, 1) IN ('+', '-') "
                          f"OR (substr({vt}, -5, 1) IN ('+', '-') AND length({vt}) > 19))")
            naive = f"timezone({lit(tz)}, TRY_CAST({vt} AS TIMESTAMP))" if tz else "NULL"
            typed = f"(CASE WHEN {has_offset} THEN TRY_CAST({vt} AS TIMESTAMPTZ) ELSE {naive} END)"
            if not tz:
                checks.append((f"{bad_value} AND NOT {has_offset} AND TRY_CAST({vt} AS TIMESTAMP) IS NOT NULL",
                               f"'time without UTC offset in {name}: ' || {show} || "
                               "' (give a time zone in a mapping profile)'"))
                unparsable = (f"{bad_value} AND NOT (NOT {has_offset} AND TRY_CAST({vt} AS TIMESTAMP) IS NOT NULL)",
                              unparsable[1])
        checks.append(unparsable)
    elif col.type in ("int", "float"):
        scale = cast.get("scale")
        target = "BIGINT" if col.type == "int" else "DOUBLE"
        if is_text:
            if col.type == "int" and not scale:
                # the regular expression decides; a value that is already the canonical text of an integer
                # of at most 18 characters matches it for certain, and that test is half the cost
                x = f"TRY_CAST({v} AS BIGINT)"
                base = (f"CASE WHEN strlen({v}) <= 18 AND CAST({x} AS VARCHAR) = {v} THEN {x} "
                        f"WHEN regexp_full_match({v}, {lit(_INT_RE)}) THEN {x} END")
            else:
                base = f"TRY_CAST({v} AS DOUBLE)"
        else:
            base = v
        if scale:
            scaled = f"({base}) * {float(scale)!r}"
            typed = f"TRY_CAST(round({scaled}) AS BIGINT)" if col.type == "int" else f"TRY_CAST({scaled} AS DOUBLE)"
        else:
            typed = base if (not is_text and col.type == "int" and src_type == "BIGINT") else f"TRY_CAST({base} AS {target})"
        kind = "an integer" if col.type == "int" else "a number"
        checks.append((bad_value, f"'not {kind} in {name}: ' || {show}"))
        if col.type == "float":
            checks.append((f"isinf({t}) OR isnan({t})", lit(f"not a finite number in {name}")))
        if name in _NONNEG:
            checks.append((f"{t} < 0", f"'negative value in {name}: ' || {show}"))
    elif col.type == "bool":
        if is_text:
            lv = f"lower({v})"
            typed = (f"(CASE WHEN {lv} IN ('true','t','1','yes','y') THEN true "
                     f"WHEN {lv} IN ('false','f','0','no','n') THEN false END)")
        else:
            typed = f"TRY_CAST({v} AS BOOLEAN)"
        checks.append((bad_value, f"'not a boolean in {name}: ' || {show}"))
    elif col.type == "msisdn":
        typed = v
        tested = src if plain else v
        digits = f"{tested} <> '' AND NOT regexp_full_match({tested}, {lit(_MSISDN_RE)})"
        checks.append((digits,
                       f"'not a phone number (digits only, E.164 without +) in {name}: ' || {show}"))
    else:  # str, possibly an enumeration
        vt = v if is_text else f"CAST({v} AS VARCHAR)"
        if col.values:
            typed = f"lower({vt})"
            # a CASE, not ``NOT IN (...)``: DuckDB plans an IN list as a join over every row, even where
            # the check sits in a branch evaluated only for a few rows
            unknown = "(CASE " + t + " " + " ".join(f"WHEN {lit(x)} THEN false" for x in col.values) + " ELSE true END)"
            checks.append((f"{t} IS NOT NULL AND {unknown}",
                           f"'unknown value in {name}: ' || {show} || ' (expected one of {'/'.join(col.values)})'"))
        else:
            typed = vt
    plan = ColumnPlan(name, value, typed, checks, _unchanged(col, src, src_type, plain, typed, v, t))
    if col.type == "msisdn" and plain and is_text:
        plan.digits_check = digits
    return plan


def _unchanged(col: Column, src: str, src_type: str | None, plain: bool, typed: str, v: str, t: str) -> str:
    """SQL true when the stored value equals the source value as given (a file may then be copied as is).

    Cheap forms where the meaning allows: a plain column of the stored type is unchanged unless it
    holds '' (stored as missing); an enumeration is unchanged when already in lower case.
    """
    is_text = src_type is None or src_type == "VARCHAR"
    if not plain:
        return f"{t} IS NOT DISTINCT FROM {src}"
    if not is_text:
        return "true" if typed == v else f"{t} IS NOT DISTINCT FROM {src}"
    if col.type in ("str", "msisdn") and not col.values:
        return f"NOT coalesce({src} = '', false)"
    if col.values:
        allowed = ", ".join(lit(x) for x in col.values)
        return f"({src} IS NULL OR {src} IN ({allowed}))"
    return f"{t} IS NOT DISTINCT FROM {src}"


def ok_sql(plans: list[ColumnPlan], extra: list[str] = (), checked_outside: set[str] = frozenset()) -> str:
    """One cheap boolean: true when no check of the row fails. The digits-only checks of the columns
    named in ``checked_outside`` are left out: the caller has applied them already (in ``extra``).

    Written as a CASE: DuckDB evaluates each WHEN only for the rows still undecided and stops an AND at
    its first false term, where a plain OR of the checks computes every term of every check for every
    row (an expensive test such as a time cast behind a cheap, almost always false one then costs nothing).
    A check that is NULL does not fail the row."""
    conds = list(extra) + [c for p in plans for c, _ in p.checks
                           if not (p.name in checked_outside and c == p.digits_check)]
    return "(CASE " + " ".join(f"WHEN {c} THEN false" for c in conds) + " ELSE true END)" if conds else "true"


def reason_sql(plans: list[ColumnPlan], extra: list[tuple[str, str]] = ()) -> str:
    """All failing checks of a row as one message (evaluated only for bad rows)."""
    parts = [f"CASE WHEN {c} THEN {m} END" for c, m in extra]
    parts += [f"CASE WHEN coalesce({c}, false) THEN {m} END" for p in plans for c, m in p.checks]
    return "NULLIF(concat_ws('; ', " + ", ".join(parts) + "), '')" if parts else "NULL::VARCHAR"


def key_hash_sql(rt: RecordType, typed_names: dict[str, str]) -> str:
    """Hash of the record identity (key columns, or every column for key-less types)."""
    cols = rt.key or tuple(rt.column_names)
    return "hash(" + ", ".join(typed_names[c] for c in cols) + ")"
