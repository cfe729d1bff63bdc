"""Back-testing: precision and recall of scenarios, domains and actions against ground truth."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from fraudwall.errors import InputError
from fraudwall.features.registry import define_macros
from fraudwall.interchange.schema import ENTITY_TYPES, NON_FRAUD_ROLES
from fraudwall.scenarios.registry import Registry
from fraudwall.warehouse.store import Warehouse

log = logging.getLogger(__name__)
_FRAUD = "role NOT IN (" + ", ".join(f"'{r}'" for r in sorted(NON_FRAUD_ROLES)) + ")"


def truth_scan(truth_dir: Path, name: str = "entities") -> str:
    """A relation usable after ``FROM`` reading ``truth/<name>`` written as Parquet, CSV or JSON Lines (a file
    or a folder of files): a table function call, or a parenthesised union over the folder's files."""
    for cand in (truth_dir / f"{name}.parquet", truth_dir / f"{name}.csv", truth_dir / f"{name}.csv.gz",
                 truth_dir / f"{name}.jsonl"):
        if cand.exists():
            return _reader(cand)
    folder = truth_dir / name
    if folder.is_dir():
        files = sorted(p for p in folder.iterdir() if p.suffix in (".parquet", ".csv", ".jsonl", ".gz"))
        if files:
            return "(" + " UNION ALL BY NAME ".join(f"SELECT * FROM {_reader(f)}" for f in files) + ")"
    raise InputError(f"{truth_dir}: no truth/{name} file (expected {name}.parquet, {name}.csv or {name}/)")


def _reader(p: Path) -> str:
    s = str(p).replace("'", "''")
    if p.name.endswith(".parquet"):
        return f"read_parquet('{s}')"
    if p.name.endswith(".jsonl"):
        return f"read_json('{s}', format='newline_delimited')"
    return f"read_csv('{s}', header=true, all_varchar=true)"


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _positive_roles(targets: list[str]) -> tuple[str, str]:
    """SQL conditions on ``role``: what recall counts, and what precision accepts as correct."""
    if not targets:
        return _FRAUD, _FRAUD
    tlist = ", ".join(f"'{t}'" for t in targets)
    if set(targets) <= NON_FRAUD_ROLES:
        return f"role IN ({tlist})", f"role IN ({tlist})"
    return f"role IN ({tlist})", f"(role IN ({tlist}) OR {_FRAUD})"


def evaluate(wh: Warehouse, truth_dir: str | Path, registry: Registry, max_unmatched: int | None = None) -> dict:
    """Precision/recall per scenario, per domain, per truth role and for actions, plus unmatched alerts."""
    truth_dir = Path(truth_dir)
    if not truth_dir.is_dir():
        raise InputError(f"{truth_dir}: no such truth folder")
    con = wh.connect()
    define_macros(con)  # reg_domain, internet_account_key ...
    try:
        con.execute(f"CREATE TEMP TABLE truth AS SELECT DISTINCT entity_type, CAST(entity AS VARCHAR) AS entity, role, "
                    f"scheme FROM {truth_scan(truth_dir)}")
    except duckdb.Error as exc:
        raise InputError(f"{truth_dir}: unreadable truth/entities: {str(exc).splitlines()[0]}") from None
    notes = _normalise_truth(con, truth_dir)
    con.execute("CREATE TEMP TABLE hit AS SELECT scenario, domain, entity_type, entity, max(score) AS score "
                "FROM alerts GROUP BY ALL")
    out: dict = {"scenarios": {}, "domains": {}, "roles": {}, "actions": {}, "entity_types": {}, "lookalikes": {},
                 "unmatched": [], "truth_notes": notes}
    by_domain: dict[str, list] = {}
    for s in registry:
        rec, prec = _positive_roles(s.targets)
        out["scenarios"][s.id] = {"domain": s.domain, "version": s.version, "shadow": s.shadow,
                                  **_pr(con, f"scenario = '{s.id}'", s.entity_type, rec, prec)}
        by_domain.setdefault(s.domain, []).append(s)
    for d, ss in sorted(by_domain.items()):
        targets = sorted({t for s in ss for t in s.targets}) if all(s.targets for s in ss) else []
        rec, prec = _positive_roles(targets)
        types = sorted({s.entity_type for s in ss})
        ids = ", ".join(f"'{s.id}'" for s in ss)
        parts = [_pr(con, f"scenario IN ({ids})", t, rec, prec) for t in types]
        out["domains"][d] = _merge(parts)
    # entity level, at the action threshold (action stronger than review) and at any alert
    con.execute("CREATE TEMP TABLE act AS SELECT entity_type, entity, max(score) AS score, "
                "bool_or(action IS NOT NULL AND action <> 'review') AS actioned, list(DISTINCT action) AS actions "
                "FROM scores GROUP BY ALL")
    _cover_subdomains(con)
    _observed(con)
    for role, n, found, actioned, n_obs, act_obs in con.execute(
        "SELECT t.role, count(DISTINCT (t.entity_type, t.entity)), "
        "count(DISTINCT (t.entity_type, t.entity)) FILTER (WHERE a.entity IS NOT NULL), "
        "count(DISTINCT (t.entity_type, t.entity)) FILTER (WHERE a.actioned), "
        "count(DISTINCT (t.entity_type, t.entity)) FILTER (WHERE o.entity IS NOT NULL), "
        "count(DISTINCT (t.entity_type, t.entity)) FILTER (WHERE o.entity IS NOT NULL AND a.actioned) "
        "FROM truth t LEFT JOIN act_roles a USING (entity_type, entity) LEFT JOIN observed o USING (entity_type, entity) "
        "WHERE t.role <> 'benign' GROUP BY 1 ORDER BY 1"
    ).fetchall():
        out["roles"][role] = {"entities": n, "alerted": found, "actioned": actioned,
                              "recall_alerted": _ratio(found, n), "recall_actioned": _ratio(actioned, n),
                              "in_records": n_obs, "recall_actioned_in_records": _ratio(act_obs, n_obs)}
    n_act, n_ok = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM truth t WHERE t.entity_type = a.entity_type "
        "AND t.entity = a.entity AND t.role <> 'benign')) FROM act a WHERE actioned"
    ).fetchall()[0]
    out["actions"] = {"entities_actioned": n_act, "true_positives": n_ok, "precision": _ratio(n_ok, n_act)}
    # precision at the action threshold per entity type (a role's precision is that of the type it lives on)
    out["entity_types"] = {
        et: {"entities_actioned": n, "true_positives": ok, "precision": _ratio(ok, n)}
        for et, n, ok in con.execute(
            "SELECT a.entity_type, count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM truth t "
            "WHERE t.entity_type = a.entity_type AND t.entity = a.entity AND t.role <> 'benign')) "
            "FROM act a WHERE actioned GROUP BY 1 ORDER BY 1").fetchall()}
    for scheme, n, actioned in con.execute(
        "SELECT coalesce(t.scheme, 'benign'), count(*), count(*) FILTER (WHERE a.actioned) FROM truth t "
        "LEFT JOIN act a USING (entity_type, entity) WHERE t.role = 'benign' AND NOT EXISTS (SELECT 1 FROM truth f "
        "WHERE f.entity_type = t.entity_type AND f.entity = t.entity AND f.role <> 'benign') GROUP BY 1 ORDER BY 1"
    ).fetchall():
        out["lookalikes"][scheme] = {"entities": n, "actioned": actioned}
    out["lookalikes_linked"] = _linked_lookalikes(con)
    limit = f"LIMIT {int(max_unmatched)}" if max_unmatched else ""
    rows = con.execute(
        "SELECT a.scenario, a.entity_type, a.entity, round(max(a.score), 4), min(a.window_start) "
        "FROM alerts a ANTI JOIN truth t USING (entity_type, entity) GROUP BY ALL ORDER BY 1, 3 " + limit
    ).fetchall()
    out["unmatched"] = [{"scenario": r[0], "entity_type": r[1], "entity": r[2], "score": r[3],
                         "window_start": r[4].isoformat()} for r in rows]
    out["unmatched_count"] = con.execute(
        "SELECT count(*) FROM (SELECT DISTINCT scenario, entity_type, entity FROM alerts a "
        "ANTI JOIN truth t USING (entity_type, entity))").fetchall()[0][0]
    con.close()
    return out


def _cover_subdomains(con: duckdb.DuckDBPyConnection) -> None:
    """Temp table ``act_roles``: ``act`` plus every truth domain that is a host under a scored registrable domain
    (wildcard DNS, 泛域名: a victim's link ``x7k.example.top``), and every truth URL whose host, or the host's
    registrable domain, is scored as a domain (or, for an IP-literal link, as an IP), with that entity's score and
    action. Blocking the registrable domain blocks every host and link under it, so a host or a link needs no entity
    of its own; this counts for the roles' recall only (the actioned entities, and so precision, are ``act``'s)."""
    con.execute("""CREATE TEMP TABLE act_roles AS SELECT * FROM act UNION ALL
        SELECT t.entity_type, t.entity, max(p.score), bool_or(p.actioned), flatten(list(p.actions))
        FROM (SELECT DISTINCT entity_type, entity,
                     CASE WHEN entity_type = 'url' THEN url_host(entity) ELSE lower(entity) END AS host
              FROM truth WHERE entity_type IN ('domain', 'url')) t
        JOIN act p ON (p.entity_type = 'domain' AND (p.entity = reg_domain(t.host)
                                                     OR (t.entity_type = 'url' AND p.entity = t.host)))
                   OR (t.entity_type = 'url' AND p.entity_type = 'ip' AND p.entity = t.host)
        WHERE NOT (p.entity_type = t.entity_type AND p.entity = t.entity)
        AND NOT EXISTS (SELECT 1 FROM act a WHERE a.entity_type = t.entity_type AND a.entity = t.entity)
        GROUP BY t.entity_type, t.entity""")


def _normalise_truth(con: duckdb.DuckDBPyConnection, truth_dir: Path) -> list[str]:
    """Map truth rows written with other names onto fraudwall's, and say which rows can match nothing (each mapping
    and each such row is listed: logged and returned).

    * ``internet_account`` (a platform account by its id alone) becomes ``account`` keyed ``platform:account``, as
      detection names internet accounts, when the id is in the internet_accounts records.
    * ``imsi`` (a SIM by its IMSI) becomes the ``msisdn`` the subscriber records give that SIM: detection acts on a
      card by its number, and stopping the number stops the SIM. IMSIs without a subscriber record stay as they are.
    * a role ``lookalike`` or ``lookalike:<kind>`` (``look-alike`` too) is a benign look-alike: role ``benign``
      with the kind as its scheme, as the simulator writes them, so precision counts acting on it as an error.

    Entity types outside the interchange vocabulary are listed: no alert can match them."""
    notes = []
    n = con.execute("SELECT count(*) FROM truth WHERE regexp_matches(lower(role), '^look-?alike($|[:/])')").fetchall()[0][0]
    if n:
        con.execute("UPDATE truth SET scheme = coalesce(nullif(regexp_extract(role, '^[^:/]+[:/](.+)$', 1), ''), scheme), "
                    "role = 'benign' WHERE regexp_matches(lower(role), '^look-?alike($|[:/])')")
        notes.append(f"{n} truth rows of role 'lookalike[:kind]' evaluated as role 'benign' with the kind as scheme")
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    n = con.execute("SELECT count(*) FROM truth WHERE entity_type = 'imsi'").fetchall()[0][0]
    if n and "subscribers" in tables:
        con.execute("UPDATE truth SET entity_type = 'msisdn', entity = s.msisdn "
                    "FROM (SELECT imsi, min(msisdn) AS msisdn FROM subscribers WHERE imsi IS NOT NULL GROUP BY 1) s "
                    "WHERE truth.entity_type = 'imsi' AND s.imsi = truth.entity")
        left = con.execute("SELECT count(*) FROM truth WHERE entity_type = 'imsi'").fetchall()[0][0]
        notes.append(f"{n - left} truth rows of entity_type 'imsi' evaluated as the 'msisdn' of their subscriber record"
                     + (f" ({left} IMSIs without one stay as they are)" if left else ""))
    keyed = ("(SELECT min(internet_account_key(i.platform, i.account)) FROM internet_accounts i "
             "WHERE i.account = truth.entity)"
             if "internet_accounts" in tables else "NULL")
    n = con.execute("SELECT count(*) FROM truth WHERE entity_type = 'internet_account'").fetchall()[0][0]
    if n:
        con.execute(f"UPDATE truth SET entity_type = 'account', entity = coalesce({keyed}, entity) "
                    "WHERE entity_type = 'internet_account'")
        notes.append(f"{n} truth rows of entity_type 'internet_account' evaluated as 'account' "
                     "('platform:account' where the id is in the internet_accounts records)")
    if "internet_accounts" in tables:  # an 'account' that is no bank account but a platform account's bare id
        bank = ("AND entity NOT IN (SELECT account_id FROM bank_accounts)" if "bank_accounts" in tables else "")
        bare = (f"entity_type = 'account' AND NOT contains(entity, ':') {bank} "
                "AND entity IN (SELECT account FROM internet_accounts)")
        n = con.execute(f"SELECT count(*) FROM truth WHERE {bare}").fetchall()[0][0]
        if n:
            con.execute(f"UPDATE truth SET entity = {keyed} WHERE {bare}")
            notes.append(f"{n} truth rows of entity_type 'account' naming a platform account by its id alone "
                         "evaluated as 'platform:account'")
    if notes:  # an entity written both ways (a SIM by its number and its IMSI) is one entity
        con.execute("CREATE OR REPLACE TEMP TABLE truth AS SELECT DISTINCT * FROM truth")
    for et, n in con.execute("SELECT entity_type, count(*) FROM truth WHERE entity_type NOT IN ("
                             + ", ".join(f"'{t}'" for t in ENTITY_TYPES) + ") GROUP BY 1 ORDER BY 1").fetchall():
        notes.append(f"{n} truth rows of entity_type {et!r} can match no alert: not an interchange entity type "
                     f"({', '.join(ENTITY_TYPES)})")
    for note in notes:
        log.warning("%s: %s", truth_dir, note)
    return notes


def _insert_from_records(con: duckdb.DuckDBPyConnection, inserts: list[tuple[str, str]]) -> set[str]:
    """Run each ``(source query, INSERT statement)`` whose source's record table (the query's last word) this
    warehouse has; a statement failing on a column the warehouse lacks inserts nothing. Returns the tables."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    for src, sql in inserts:
        if src.rsplit(" ", 1)[-1] not in tables:
            continue
        try:
            con.execute(sql)
        except duckdb.Error:  # a column this warehouse lacks: nothing from this source
            continue
    return tables


#: the numbers each ID, SIM and handset is linked to in the records (subscriber records; calls, texts and device events)
_LINKS = (("id_key", "SELECT id_key, msisdn FROM subscribers"), ("imsi", "SELECT imsi, msisdn FROM subscribers"),
          ("imei", "SELECT CAST(caller_imei AS VARCHAR), caller FROM voice"),
          ("imei", "SELECT CAST(sender_imei AS VARCHAR), sender FROM sms"),
          ("imei", "SELECT CAST(imei AS VARCHAR), msisdn FROM device"))


def _linked_lookalikes(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, int]]:
    """Per look-alike kind: the IDs, SIMs and handsets with no truth row of their own whose labelled numbers are all
    look-alikes of that one kind (a data set often labels a person's number, not the ID, SIM and phone behind it),
    and how many of them were acted on. Acting on a salesperson's phone or ID is a false action as much as acting
    on the number, but ``lookalikes`` would not count it."""
    con.execute("CREATE OR REPLACE TEMP TABLE links (entity_type VARCHAR, entity VARCHAR, msisdn VARCHAR)")
    _insert_from_records(con, [(src, f"INSERT INTO links SELECT DISTINCT '{et}', s.e, s.m FROM ({src}) s(e, m) "
                                     "WHERE s.e IS NOT NULL AND s.m IS NOT NULL") for et, src in _LINKS])
    rows = con.execute("""
        WITH lab AS (  -- labelled numbers: whether the number is a look-alike (benign, of one named kind), and its kind
            SELECT entity AS msisdn, min(scheme) AS kind,
                   bool_and(role = 'benign') AND count(DISTINCT scheme) = 1 AND min(scheme) <> 'benign' AS lookalike
            FROM truth WHERE entity_type = 'msisdn' GROUP BY 1
        ), linked AS (
            SELECT l.entity_type, l.entity, min(b.kind) AS kind
            FROM links l JOIN lab b USING (msisdn)
            ANTI JOIN truth t ON t.entity_type = l.entity_type AND t.entity = l.entity
            GROUP BY 1, 2 HAVING bool_and(b.lookalike) AND count(DISTINCT b.kind) = 1
        )
        SELECT kind, count(*), count(*) FILTER (WHERE a.actioned) FROM linked l
        LEFT JOIN act a USING (entity_type, entity) GROUP BY 1 ORDER BY 1""").fetchall()
    return {kind: {"entities": n, "actioned": k} for kind, n, k in rows}


#: where an entity of each type shows in the records (an entity in no record cannot be found by any scenario)
_SEEN = {
    "msisdn": ("SELECT caller FROM voice", "SELECT callee FROM voice", "SELECT sender FROM sms",
               "SELECT receiver FROM sms", "SELECT msisdn FROM device", "SELECT msisdn FROM subscribers",
               "SELECT msisdn FROM web", "SELECT msisdn FROM apps"),
    "imei": ("SELECT CAST(caller_imei AS VARCHAR) FROM voice", "SELECT CAST(imei AS VARCHAR) FROM device",
             "SELECT CAST(sender_imei AS VARCHAR) FROM sms"),
    "id_key": ("SELECT id_key FROM subscribers", "SELECT id_key FROM bank_accounts"),
    "app": ("SELECT app FROM apps", "SELECT app FROM web"),
    "account": ("SELECT from_account FROM transfers", "SELECT to_account FROM transfers",
                "SELECT account_id FROM bank_accounts",
                "SELECT internet_account_key(platform, account) FROM internet_accounts"),
    "ip": ("SELECT ip FROM web",),
}


def _observed(con: duckdb.DuckDBPyConnection) -> None:
    """Temp table ``observed``: truth entities that occur in the loaded records (domains: as a host or its parent)."""
    con.execute("CREATE OR REPLACE TEMP TABLE observed (entity_type VARCHAR, entity VARCHAR)")
    tables = _insert_from_records(con, [
        (src, f"INSERT INTO observed SELECT DISTINCT '{et}', t.entity FROM truth t "
              f"SEMI JOIN ({src}) s(v) ON s.v = t.entity WHERE t.entity_type = '{et}'")
        for et, sources in _SEEN.items() for src in sources])
    if "web" in tables:
        con.execute("INSERT INTO observed SELECT DISTINCT 'domain', t.entity FROM truth t SEMI JOIN "
                    "(SELECT DISTINCT domain FROM web) w ON w.domain = t.entity OR w.domain LIKE '%.' || t.entity "
                    "WHERE t.entity_type = 'domain'")


def _pr(con: duckdb.DuckDBPyConnection, where: str, entity_type: str, rec: str, prec: str) -> dict:
    hits, correct = con.execute(
        f"SELECT count(DISTINCT entity), count(DISTINCT entity) FILTER (WHERE EXISTS (SELECT 1 FROM truth t "
        f"WHERE t.entity_type = h.entity_type AND t.entity = h.entity AND {prec})) "
        f"FROM hit h WHERE {where} AND entity_type = '{entity_type}'"
    ).fetchall()[0]
    pos, found = con.execute(
        f"SELECT count(DISTINCT entity), count(DISTINCT entity) FILTER (WHERE entity IN (SELECT entity FROM hit "
        f"WHERE {where} AND entity_type = '{entity_type}')) FROM truth WHERE entity_type = '{entity_type}' AND {rec}"
    ).fetchall()[0]
    return {"entities_hit": hits, "true_positives": correct, "positives": pos, "found": found,
            "precision": _ratio(correct, hits), "recall": _ratio(found, pos)}


def _merge(parts: list[dict]) -> dict:
    tot = {k: sum(p[k] for p in parts) for k in ("entities_hit", "true_positives", "positives", "found")}
    return {**tot, "precision": _ratio(tot["true_positives"], tot["entities_hit"]),
            "recall": _ratio(tot["found"], tot["positives"])}
