"""``fraudwall train | classify | models | bench``: learned models from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from fraudwall.errors import InputError

DEFAULT_DIR = Path(__file__).parent / "default"


def _default_model(kind: str) -> Path:
    path = DEFAULT_DIR / kind / "model.json"
    if not path.is_file():
        raise InputError(f"no shipped default {kind} model at {path}; pass --model")
    return path


def _register(warehouse: str | None, name: str, kind: str, artefact: str, meta: dict[str, Any]) -> None:
    if warehouse is None:
        return
    from fraudwall.models.registry import ModelRegistry

    m = ModelRegistry(Path(warehouse) / "models").register(
        name, kind, artefact, training_data=meta.get("training_data", {}), metrics=meta.get("metrics", {}),
        features=meta.get("features", []), params=meta.get("params", {}))
    click.echo(f"registered {m.name} version {m.version} in {Path(warehouse) / 'models'}", err=True)


def _emit(labels: list[str], scores: Any, as_json: bool, out: str | None) -> None:
    rows = [{"label": lab, "score": round(float(s), 6)} for lab, s in zip(labels, scores, strict=True)]
    if as_json:
        text = json.dumps(rows, ensure_ascii=False)
    else:
        text = "label\tscore\n" + "".join(f"{r['label']}\t{r['score']}\n" for r in rows)
    if out:
        Path(out).write_text(text + ("\n" if as_json else ""), encoding="utf-8")
    else:
        click.echo(text, nl=as_json)


# ------------------------------------------------------------------ train
@click.group()
def train() -> None:
    """Train a learned model from labelled data."""


@train.command("sms")
@click.option("--data", "data", multiple=True, required=True, type=click.Path(),
              help="CSV/TSV file or folder (repeatable); UTF-8, UTF-16 or GBK/GB18030.")
@click.option("--text-col", required=True, help="Column holding the message text.")
@click.option("--label-col", required=True, help="Column holding the label (any strings, 2+ classes).")
@click.option("--out", required=True, type=click.Path(), help="Output model (.json file or folder).")
@click.option("--c", "c", default=1.0, show_default=True, help="SVM regularisation C.")
@click.option("--warehouse", default=None, type=click.Path(), help="Also register the model in this warehouse.")
@click.option("--name", default="sms", show_default=True, help="Registry name when --warehouse is given.")
@click.option("--kind", type=click.Choice(["auto", "linear", "stacked"]), default="auto", show_default=True,
              help="linear: n-gram model (any labels); stacked: n-gram score + message shape -> LightGBM "
                   "(two labels); auto: stacked for two labels, else linear.")
def train_sms(data: tuple[str, ...], text_col: str, label_col: str, out: str, c: float,
              warehouse: str | None, name: str, kind: str) -> None:
    """Train the SMS text classifier (Chinese and English, binary or multi-class)."""
    from fraudwall.models.sms import SHAPE_NAMES, StackedSpamModel, train_sms_model

    model = train_sms_model(list(data), text_col, label_col, c=c, kind=kind)
    path = model.save(out)
    cv = model.meta.get("cv_metrics", {})
    stacked = isinstance(model, StackedSpamModel)
    linear = model.linear if stacked else model
    click.echo(f"wrote {path}: {'stacked' if stacked else 'linear'} model, {len(model.classes)} classes, "
               f"{model.meta['n_train']} messages"
               + (f"; n-gram out-of-fold macro-F1 {cv['macro_f1']}, accuracy {cv['accuracy']}" if cv else ""), err=True)
    features = ["hashed char 1-5 grams", "hashed word 1-2 grams"] + (list(SHAPE_NAMES) if stacked else [])
    _register(warehouse, name, "sms", path, {"training_data": model.meta.get("training_data", {}),
                                             "metrics": cv, "params": {"C": c, "kind": kind,
                                                                       "spec": linear.spec.to_dict()},
                                             "features": features})


@train.command("url")
@click.option("--data", "data", multiple=True, required=True, type=click.Path(), help="CSV/TSV file or folder.")
@click.option("--url-col", default="url", show_default=True, help="Column holding the URL.")
@click.option("--label-col", required=True, help="Column holding the label (e.g. phishing/legitimate).")
@click.option("--out", required=True, type=click.Path(), help="Output model (.json file or folder).")
@click.option("--warehouse", default=None, type=click.Path(), help="Also register the model in this warehouse.")
@click.option("--name", default="url", show_default=True, help="Registry name when --warehouse is given.")
def train_url(data: tuple[str, ...], url_col: str, label_col: str, out: str, warehouse: str | None,
              name: str) -> None:
    """Train the URL/domain classifier from URL strings alone."""
    from fraudwall.models.io import read_labelled_texts
    from fraudwall.models.url import UrlModel

    urls, labels = read_labelled_texts(list(data), url_col, label_col)
    assert labels is not None
    model = UrlModel.fit(urls, labels)
    model.meta["training_data"] = {"files": [str(p) for p in data], "rows": len(urls)}
    path = model.save(out)
    click.echo(f"wrote {path}: classes {model.classes}, {len(urls)} URLs", err=True)
    _register(warehouse, name, "url", path, {"training_data": model.meta["training_data"],
                                             "features": model.feature_names()})


@train.command("numbers")
@click.option("--warehouse", required=True, type=click.Path(), help="Warehouse folder (features, reports/ labels, registry).")
@click.option("--name", default="numbers", show_default=True, help="Registry name.")
@click.option("--json", "as_json", is_flag=True, help="Print the evaluation as JSON.")
def train_numbers_cmd(warehouse: str, name: str, as_json: bool) -> None:
    """Train the fraud-number model from the warehouse's fraud reports (time-aware split) and register it."""
    from fraudwall.models.numbers import train_and_register

    if not Path(warehouse).is_dir():
        raise InputError(f"{warehouse}: warehouse folder not found")
    res = train_and_register(warehouse, name)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False))
        return
    t, ex = res["test"], res["examples"]
    click.echo(f"registered {res['name']} version {res['version']} in {Path(warehouse) / 'models'}")
    click.echo(f"split: train before {res['split']['train_until']}, validation before "
               f"{res['split']['validation_until']}, test after")
    click.echo("examples (number-days / later reported): " + ", ".join(
        f"{k} {v['number_days']}/{v['positives']}" for k, v in ex.items()))
    click.echo(f"test: AUC {t['auc']}, precision {t['precision']}, recall {t['recall']}, F1 {t['f1']} "
               f"at threshold {res['threshold']}; per number AUC {res['test_per_number']['auc']}")


# --------------------------------------------------------------- classify
@click.group()
def classify() -> None:
    """Classify texts or URLs with a trained model."""


@classify.command("sms")
@click.option("--model", "model_path", default=None, type=click.Path(), help="Model file/folder (default: shipped).")
@click.option("--data", "data", multiple=True, required=True, type=click.Path(), help="CSV/TSV file or folder.")
@click.option("--text-col", required=True, help="Column holding the message text.")
@click.option("--json", "as_json", is_flag=True, help='JSON list of {"label", "score"} in input order.')
@click.option("--out", default=None, type=click.Path(), help="Write to this file instead of stdout.")
def classify_sms(model_path: str | None, data: tuple[str, ...], text_col: str, as_json: bool,
                 out: str | None) -> None:
    """Label each message; score = probability of the predicted label."""
    from fraudwall.models.io import read_labelled_texts
    from fraudwall.models.sms import load_sms_model

    model = load_sms_model(model_path or _default_model("sms"))
    texts, _ = read_labelled_texts(list(data), text_col)
    labels, scores = model.predict(texts)
    _emit(labels, scores, as_json, out)


@classify.command("url")
@click.option("--model", "model_path", default=None, type=click.Path(), help="Model file/folder (default: shipped).")
@click.option("--data", "data", multiple=True, required=True, type=click.Path(), help="CSV/TSV file or folder.")
@click.option("--url-col", default="url", show_default=True, help="Column holding the URL.")
@click.option("--json", "as_json", is_flag=True, help='JSON list of {"label", "score"} in input order.')
@click.option("--out", default=None, type=click.Path(), help="Write to this file instead of stdout.")
def classify_url(model_path: str | None, data: tuple[str, ...], url_col: str, as_json: bool,
                 out: str | None) -> None:
    """Label each URL; score = probability of the predicted label."""
    from fraudwall.models.io import read_labelled_texts
    from fraudwall.models.url import UrlModel

    model = UrlModel.load(str(model_path or _default_model("url")))
    urls, _ = read_labelled_texts(list(data), url_col)
    labels, scores = model.predict(urls)
    _emit(labels, scores, as_json, out)


# ----------------------------------------------------------------- models
@click.group()
def models() -> None:
    """The model registry of a warehouse."""


@models.command("list")
@click.option("--warehouse", required=True, type=click.Path(), help="Warehouse folder.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def models_list(warehouse: str, as_json: bool) -> None:
    """List registered models and versions."""
    from dataclasses import asdict

    from fraudwall.models.registry import ModelRegistry

    if not Path(warehouse).is_dir():
        raise InputError(f"{warehouse}: warehouse folder not found")
    metas = ModelRegistry(Path(warehouse) / "models").list()
    if as_json:
        click.echo(json.dumps([asdict(m) for m in metas], ensure_ascii=False, indent=2))
        return
    if not metas:
        click.echo("no models registered")
        return
    click.echo("name\tversion\tkind\tcreated_at\tmetrics")
    for m in metas:
        click.echo(f"{m.name}\t{m.version}\t{m.kind}\t{m.created_at}\t{json.dumps(m.metrics, ensure_ascii=False)}")


# ------------------------------------------------------------------ bench
@click.group()
def bench() -> None:
    """Benchmarks on public data sets by their published protocols."""


def _bench_out(result: dict[str, Any], as_json: bool) -> None:
    click.echo(json.dumps(result, ensure_ascii=False, indent=None if as_json else 2))


@bench.command("sms-uci")
@click.option("--data", required=True, type=click.Path(), help="SMSSpamCollection.tsv")
@click.option("--json", "as_json", is_flag=True, help="Compact JSON.")
def bench_sms(data: str, as_json: bool) -> None:
    """UCI SMS spam: 5-fold, also with exact duplicates removed."""
    from fraudwall.models.benchmarks import bench_sms_uci

    _bench_out(bench_sms_uci(data), as_json)


@bench.command("phishing")
@click.option("--data", required=True, type=click.Path(), help="dataset_phishing.csv")
@click.option("--json", "as_json", is_flag=True, help="Compact JSON.")
def bench_phish(data: str, as_json: bool) -> None:
    """Phishing URLs: 5-fold from the URL string alone."""
    from fraudwall.models.benchmarks import bench_phishing

    _bench_out(bench_phishing(data), as_json)


@bench.command("sichuan")
@click.option("--data", required=True, type=click.Path(), help="Folder with all_feat_with_label.csv, node_adj_sparse.npz")
@click.option("--seeds", default=5, show_default=True, help="Number of seeds (protocol: 5).")
@click.option("--graph-ablation", is_flag=True,
              help="Also LightGBM on the features plus structural graph features (never better; +~60 s).")
@click.option("--no-gnn", is_flag=True, help="Skip the graph network and its blend (LightGBM only).")
@click.option("--json", "as_json", is_flag=True, help="Compact JSON.")
def bench_sc(data: str, seeds: int, graph_ablation: bool, no_gnn: bool, as_json: bool) -> None:
    """Sichuan fraud calls: stratified 20/20/60, mean of 5 seeds."""
    from fraudwall.models.benchmarks import bench_sichuan

    _bench_out(bench_sichuan(data, seeds=seeds, graph_ablation=graph_ablation, gnn=not no_gnn), as_json)
