"""``fraudwall scenarios``, ``detect``, ``alerts``, ``scores`` and ``evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fraudwall.privacy import mask_entity
from fraudwall.progress import context_flag
from fraudwall.scenarios.registry import Registry
from fraudwall.warehouse.store import Warehouse

scenario_dirs = click.option("--scenarios", "scenario_dirs", multiple=True, type=click.Path(path_type=Path),
                             help="Extra folder of scenario files (repeatable).")
warehouse_opt = click.option("--warehouse", "-w", required=True, type=click.Path(path_type=Path), help="Warehouse folder.")
json_opt = click.option("--json", "as_json", is_flag=True, help="Print JSON.")


def _show(entity_type: str, entity: str, as_json: bool) -> str:
    """Tables mask numbers and ID keys unless --unmask; JSON exports carry the values (audited)."""
    return entity if as_json or context_flag("unmask") else str(mask_entity(entity_type, entity))


@click.group()
def scenarios() -> None:
    """List, show and validate scenario models."""


@scenarios.command("list")
@scenario_dirs
@click.option("--domain", help="Only this domain.")
@json_opt
def list_cmd(scenario_dirs: tuple[Path, ...], domain: str | None, as_json: bool) -> None:
    """List scenarios (id, version, domain, entity type, severity, names)."""
    reg = Registry.load(scenario_dirs)
    rows = [s.summary() for s in reg if not domain or s.domain == domain]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        shadow = " (shadow)" if r["shadow"] else ""
        click.echo(f"{r['id']:<48} v{r['version']:<3} {r['domain']:<18} {r['entity_type']:<9} {r['severity']:<9} "
                   f"{r['name_en']} / {r['name_zh']}{shadow}")
    click.echo(f"{len(rows)} scenarios", err=True)


@scenarios.command("show")
@click.argument("scenario_id")
@scenario_dirs
@json_opt
def show_cmd(scenario_id: str, scenario_dirs: tuple[Path, ...], as_json: bool) -> None:
    """Show one scenario in full."""
    d = Registry.load(scenario_dirs).get(scenario_id).details()
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    for k, v in d.items():
        if k == "sql":
            click.echo(f"sql:\n{v}")
        elif isinstance(v, dict | list):
            click.echo(f"{k}: {json.dumps(v, ensure_ascii=False)}")
        else:
            click.echo(f"{k}: {v}")


@scenarios.command("validate")
@click.argument("folders", nargs=-1, type=click.Path(path_type=Path))
def validate_cmd(folders: tuple[Path, ...]) -> None:
    """Validate the built-in library and FOLDERS (YAML, fields, SQL tables and columns)."""
    reg = Registry.load(folders)
    click.echo(f"ok: {len(reg)} scenarios valid")


@click.command()
@warehouse_opt
@scenario_dirs
@click.option("--since", help="Start (ISO date or time; default: first loaded day).")
@click.option("--until", help="End, exclusive (default: end of the last loaded day).")
@click.option("--only", multiple=True, help="Run only these scenario ids.")
@click.option("--scoring", "scoring_path", type=click.Path(path_type=Path), help="Scoring config (thresholds, weights).")
@json_opt
def detect(warehouse: Path, scenario_dirs: tuple[Path, ...], since: str | None, until: str | None,
           only: tuple[str, ...], scoring_path: Path | None, as_json: bool) -> None:
    """Run every scenario day by day and store alerts and entity scores."""
    from fraudwall.scenarios.runner import detect as run
    from fraudwall.scenarios.runner import parse_time
    from fraudwall.scenarios.scoring import load_scoring

    wh = Warehouse.open(warehouse)
    reg = Registry.load(scenario_dirs)
    rep = run(wh, reg, parse_time(since, wh.timezone, "--since"), parse_time(until, wh.timezone, "--until"),
              load_scoring(scoring_path), list(only) or None)
    if as_json:
        click.echo(json.dumps(rep.as_json(), indent=2))
        return
    click.echo(f"{len(rep.windows)} day windows, {rep.alerts:,} alerts, {rep.entities_scored:,} entities scored")
    for a, n in sorted(rep.actioned.items()):
        click.echo(f"  {a:<24}{n:>8,}")


@click.command()
@warehouse_opt
@click.option("--domain", help="Only this domain.")
@click.option("--scenario", help="Only this scenario id.")
@click.option("--min-score", type=float, default=0.0, show_default=True)
@click.option("--limit", type=int, help="At most this many (table output default: 50).")
@json_opt
def alerts(warehouse: Path, domain: str | None, scenario: str | None, min_score: float, limit: int | None,
           as_json: bool) -> None:
    """Stored alerts with their evidence."""
    con = Warehouse.open(warehouse).connect()
    where, args = ["score >= ?"], [min_score]
    if domain:
        where.append("domain = ?")
        args.append(domain)
    if scenario:
        where.append("scenario = ?")
        args.append(scenario)
    lim = limit if limit is not None else (None if as_json else 50)
    sql = ("SELECT scenario, version, domain, entity_type, entity, score, window_start, window_end, evidence, "
           f"shadow, action FROM alerts WHERE {' AND '.join(where)} ORDER BY window_start, score DESC, scenario, entity"
           + (f" LIMIT {int(lim)}" if lim else ""))
    rows = con.execute(sql, args).fetchall()
    if as_json:
        out = [{"scenario": r[0], "version": r[1], "domain": r[2], "entity_type": r[3], "entity": r[4],
                "score": round(r[5], 4), "window_start": r[6].isoformat(), "window_end": r[7].isoformat(),
                "evidence": json.loads(r[8]), "shadow": r[9], "action": r[10]} for r in rows]
        _audit(warehouse, "export_alerts", len(out))
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r[6]:%Y-%m-%d} {r[0]:<44} {_show(r[3], r[4], False):<16} {r[5]:.2f} {r[8]}")


@click.command()
@warehouse_opt
@click.option("--min-score", type=float, default=0.0, show_default=True)
@click.option("--action", help="Only entities with this action.")
@click.option("--limit", type=int, help="At most this many (table output default: 50).")
@json_opt
def scores(warehouse: Path, min_score: float, action: str | None, limit: int | None, as_json: bool) -> None:
    """Per-entity risk scores, the action each earns, and the scenarios and evidence behind it."""
    con = Warehouse.open(warehouse).connect()
    where, args = ["score >= ?"], [min_score]
    if action:
        where.append("action = ?")
        args.append(action)
    lim = limit if limit is not None else (None if as_json else 50)
    rows = con.execute(
        "SELECT entity_type, entity, window_start, score, primary_domain, action, scenarios, reasons FROM scores "
        f"WHERE {' AND '.join(where)} ORDER BY score DESC, window_start, entity" + (f" LIMIT {int(lim)}" if lim else ""),
        args).fetchall()
    if as_json:
        out = [{"entity_type": r[0], "entity": r[1], "window_start": r[2].isoformat(), "score": round(r[3], 4),
                "domain": r[4], "action": r[5], "scenarios": r[6], "reasons": json.loads(r[7])} for r in rows]
        _audit(warehouse, "export_scores", len(out))
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r[2]:%Y-%m-%d} {r[0]:<8} {_show(r[0], r[1], False):<16} {r[3]:.3f} {r[5] or '-':<22} "
                   f"{', '.join(r[6])}")


@click.command()
@warehouse_opt
@click.option("--truth", "truth_dir", required=True, type=click.Path(path_type=Path), help="truth/ folder.")
@scenario_dirs
@json_opt
def evaluate(warehouse: Path, truth_dir: Path, scenario_dirs: tuple[Path, ...], as_json: bool) -> None:
    """Precision and recall per scenario, domain and role against ground truth."""
    from fraudwall.scenarios.evaluate import evaluate as run

    res = run(Warehouse.open(warehouse), truth_dir, Registry.load(scenario_dirs))
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'scenario':<48}{'hit':>7}{'prec':>7}{'recall':>8}")
    for sid, r in res["scenarios"].items():
        click.echo(f"{sid:<48}{r['entities_hit']:>7}{_f(r['precision']):>7}{_f(r['recall']):>8}")
    click.echo(f"\n{'domain':<48}{'hit':>7}{'prec':>7}{'recall':>8}")
    for d, r in res["domains"].items():
        click.echo(f"{d:<48}{r['entities_hit']:>7}{_f(r['precision']):>7}{_f(r['recall']):>8}")
    click.echo(f"\n{'truth role':<30}{'entities':>9}{'alerted':>9}{'actioned':>9}")
    for role, r in res["roles"].items():
        click.echo(f"{role:<30}{r['entities']:>9}{r['alerted']:>9}{r['actioned']:>9}")
    a = res["actions"]
    click.echo(f"\nactioned entities: {a['entities_actioned']}, precision {_f(a['precision'])}")
    click.echo(f"alerts matching no truth entity: {res['unmatched_count']}")
    for note in res["truth_notes"]:
        click.echo(f"truth: {note}")


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def _audit(warehouse: Path, action: str, rows: int) -> None:
    from fraudwall.warehouse.audit import record

    record(Warehouse.open(warehouse), action, {"rows": rows})


@scenarios.command("catalog")
@scenario_dirs
@click.option("--warehouse", "-w", type=click.Path(path_type=Path), help="Detected warehouse to measure on.")
@click.option("--truth", "truth_dir", type=click.Path(path_type=Path), help="Its truth/ folder (with --warehouse).")
@click.option("--source", help="How the measured data was made, e.g. 'seed 23, 20,000 subscribers x 7 days'.")
def catalog_cmd(scenario_dirs: tuple[Path, ...], warehouse: Path | None, truth_dir: Path | None,
                source: str | None) -> None:
    """Print the scenario catalogue as Markdown (docs/scenarios.md), measured when --warehouse/--truth are given."""
    from fraudwall.scenarios.catalog import catalog_markdown, measured_from

    if (warehouse is None) != (truth_dir is None):
        raise click.UsageError("--warehouse and --truth go together")
    reg = Registry.load(scenario_dirs)
    measured = measured_from(warehouse, truth_dir, reg) if warehouse else None
    args = f" --warehouse WH --truth WH_SIM/truth --source '{source}'" if measured else ""
    click.echo(catalog_markdown(reg, measured, source, args), nl=False)


@scenarios.command("learn-weights")
@warehouse_opt
@scenario_dirs
@click.option("--truth", "truth_dir", type=click.Path(path_type=Path),
              help="Truth folder with complete labels (default: the warehouse's reports).")
@click.option("--prior-strength", type=click.FloatRange(min=0), default=5.0, show_default=True,
              help="Pseudo-hits pulling each learned precision towards the scenario's current weight.")
@click.option("--label-rate", type=click.FloatRange(0.01, 1), help="Share of fraud that gets reported "
              "(with reports; default: estimated per entity type from the current actions).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Scoring config to write (use with detect --scoring).")
@json_opt
def learn_weights_cmd(warehouse: Path, scenario_dirs: tuple[Path, ...], truth_dir: Path | None,
                      prior_strength: float, label_rate: float | None, out: Path, as_json: bool) -> None:
    """Learn per-scenario score weights from labelled reports (or a truth folder) of a detected warehouse."""
    from fraudwall.errors import InputError
    from fraudwall.scenarios.evaluate import truth_scan
    from fraudwall.scenarios.scoring import learn_weights, weights_yaml

    wh = Warehouse.open(warehouse)
    reg = Registry.load(scenario_dirs)
    con = wh.connect()
    if not con.execute("SELECT count(*) FROM alerts").fetchall()[0][0]:
        raise InputError(f"{warehouse}: no alerts stored; run fraudwall detect first")
    truth_sql = f"SELECT * FROM {truth_scan(truth_dir)}" if truth_dir else None
    rows = learn_weights(con, reg, truth_sql, prior_strength, label_rate)
    con.close()
    source = f"truth folder {truth_dir}" if truth_dir else f"the reports in warehouse {warehouse}"
    out.write_text(weights_yaml(rows, source), encoding="utf-8")
    if as_json:
        click.echo(json.dumps([r.__dict__ for r in rows], indent=2))
        return
    learned = [r for r in rows if r.weight is not None]
    click.echo(f"wrote {out}: {len(learned)} weights learned, {len(rows) - len(learned)} scenarios kept their prior")
    for r in sorted(learned, key=lambda r: abs((r.weight or 0) - r.prior), reverse=True)[:15]:
        click.echo(f"  {r.scenario:<48} {r.prior:.2f} -> {r.weight:.2f}  (hits {r.hits}, positive {r.positives})")
