"""Goal check: the SMS trainer on a 5-class Chinese corpus split over a UTF-8 and a GBK file reaches
macro-F1 >= 0.98 on the held-out half, through the CLI (train from both files, classify the rest)."""

from __future__ import annotations

import json
import random

from click.testing import CliRunner
from sklearn.metrics import f1_score

from fraudwall.cli import cli
from fraudwall.models import zh_seed

from .conftest import write_csv

CLASSES = ("police_impersonation", "loan_credit", "fake_customer_service", "part_time_job", "benign")


def test_five_class_chinese_corpus_one_file_gbk(tmp_path) -> None:
    corpus = [(t, lab) for t, lab in zh_seed.generate(per_class=80, seed=11) if lab in CLASSES]
    rng = random.Random(5)
    rng.shuffle(corpus)
    half = len(corpus) // 2
    train, test = corpus[:half], corpus[half:]
    q = len(train) // 2
    # Chinese column names and labels; the second file is GBK (what Windows tools write)
    zh_label = {c: f"类{i}" for i, c in enumerate(CLASSES)}
    f1 = write_csv(tmp_path / "part1.csv", [(t, zh_label[lab]) for t, lab in train[:q]], header=("短信内容", "标签"))
    f2 = write_csv(tmp_path / "part2_gbk.csv", [(t, zh_label[lab]) for t, lab in train[q:]], encoding="gbk",
                   header=("短信内容", "标签"))
    assert (tmp_path / "part2_gbk.csv").read_bytes().decode("gbk")  # really GBK ...
    try:
        (tmp_path / "part2_gbk.csv").read_bytes().decode("utf-8")
        raise AssertionError("the GBK file must not also be valid UTF-8")
    except UnicodeDecodeError:
        pass
    runner = CliRunner()
    res = runner.invoke(cli, ["-q", "train", "sms", "--data", str(f1), "--data", str(f2), "--text-col", "短信内容",
                              "--label-col", "标签", "--out", str(tmp_path / "m")])
    assert res.exit_code == 0, res.output
    inp = write_csv(tmp_path / "test_gbk.csv", [(t, "") for t, _ in test], encoding="gbk", header=("短信内容", "x"))
    res = runner.invoke(cli, ["-q", "classify", "sms", "--model", str(tmp_path / "m"), "--data", str(inp),
                              "--text-col", "短信内容", "--json"])
    assert res.exit_code == 0, res.output
    pred = [o["label"] for o in json.loads(res.output)]
    truth = [zh_label[lab] for _, lab in test]
    assert len(pred) == len(truth)
    macro = f1_score(truth, pred, average="macro")
    assert macro >= 0.98, macro
