"""Models registered in a warehouse reach the screening service: each kind loads with its own loader
(the stacked binary SMS model, the URL model) and gives a fraud probability to the real-time rules."""

from __future__ import annotations

import numpy as np
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.models import zh_seed
from fraudwall.models.sms import StackedSpamModel
from fraudwall.models.url import UrlModel
from fraudwall.realtime.lists import from_warehouse
from fraudwall.warehouse.store import Warehouse

from ..models.conftest import write_csv
from ..models.test_url_model import LEGIT, PHISH


def test_registered_stacked_sms_and_url_models_score_in_screening(tmp_path) -> None:
    wh = Warehouse.create(tmp_path / "wh")
    rows = [(t, "benign" if lab == zh_seed.BENIGN else "fraud") for t, lab in zh_seed.generate(per_class=40)]
    rng = np.random.default_rng(1)
    rng.shuffle(rows)
    train, test = rows[: len(rows) // 2], rows[len(rows) // 2 :]
    runner = CliRunner()
    res = runner.invoke(cli, ["-q", "train", "sms", "--data", str(write_csv(tmp_path / "sms.csv", train)),
                              "--text-col", "text", "--label-col", "label", "--out", str(tmp_path / "sms"),
                              "--warehouse", str(wh.root)])
    assert res.exit_code == 0, res.output
    urls = LEGIT * 3 + PHISH * 3
    labels = ["legitimate"] * len(LEGIT) * 3 + ["phishing"] * len(PHISH) * 3
    res = runner.invoke(cli, ["-q", "train", "url", "--data", str(write_csv(tmp_path / "u.csv", list(zip(
        urls, labels, strict=True)), header=("url", "status"))), "--label-col", "status", "--out",
        str(tmp_path / "url"), "--warehouse", str(wh.root)])
    assert res.exit_code == 0, res.output

    k = from_warehouse(wh.root)
    assert isinstance(k.text_model, StackedSpamModel) and isinstance(k.url_model, UrlModel)
    fraud = [t for t, lab in test if lab == "fraud"]
    benign = [t for t, lab in test if lab == "benign"]
    assert np.mean([k.text_prob(t) >= 0.5 for t in fraud]) >= 0.9
    assert np.mean([k.text_prob(t) < 0.5 for t in benign]) >= 0.9
    # the URL model's fraud probability: higher for phishing links than for the legitimate ones
    assert min(k.url_prob([u]) for u in PHISH) > 0.5 > max(k.url_prob([u]) for u in LEGIT)
    assert k.url_prob(LEGIT[:2] + PHISH[:1]) == max(k.url_prob([u]) for u in LEGIT[:2] + PHISH[:1])
    # the batch path scores all texts and links of a batch in one model call: same values as one by one
    texts = [t for t, _ in test[:40]] + ["", None]
    assert np.allclose(k.text_probs(texts), [k.text_prob(t) if t else 0.0 for t in texts])
    link_lists = [[], PHISH[:2], LEGIT[:3], [LEGIT[0], PHISH[3]]]
    assert np.allclose(k.url_probs(link_lists), [k.url_prob(x) for x in link_lists])
    assert k.url_probs(link_lists)[0] == 0.0
