"""URL model: structural features, training, persistence, CLI, explanations."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.errors import InputError
from fraudwall.models.url import FEATURE_NAMES, UrlModel, brand_distance, url_structure

from .conftest import write_csv

LEGIT = ["https://www.wikipedia.org/wiki/Python", "https://github.com/numpy/numpy", "http://www.bbc.co.uk/news",
         "https://docs.python.org/3/library/", "https://www.taobao.com/", "http://www.example.com/about.html",
         "https://www.nytimes.com/section/world", "https://stackoverflow.com/questions/1234",
         "https://www.jd.com/phone", "https://news.ycombinator.com/item?id=1"]
PHISH = ["http://paypa1-secure-login.xyz/verify/account.php", "http://192.168.12.7/apple/icloud/login.html",
         "http://a8f3k2q9z7.top/wp-includes/bank/update.php?id=88231", "http://secure-amazon.verify-acc.tk/signin",
         "http://login.microsoft.com.account-update.ru/confirm", "http://xn--pypal-4ve.com/webscr?cmd=login",
         "http://bit.ly/3xYzQ1", "http://icbc-online.vip/unlock/password.php",
         "http://k3j9x8w2.cn/taobao/refund/index.php", "http://www.paypal.com.signin.8f7d6e.info/billing"]


def test_structure_features() -> None:
    assert len(url_structure("http://example.com")) == len(FEATURE_NAMES) - 1
    f = dict(zip(FEATURE_NAMES, url_structure("http://192.168.1.5:8080/paypal/login.php?x=1"), strict=False))
    assert f["ip_literal"] == 1 and f["has_port"] == 1 and f["brand_in_path"] == 1 and f["ext_php"] == 1
    g = dict(zip(FEATURE_NAMES, url_structure("https://www.paypal.com/"), strict=False))
    assert g["brand_exact_domain"] == 1 and g["https"] == 1 and g["ip_literal"] == 0 and g["www"] == 1
    h = dict(zip(FEATURE_NAMES, url_structure("http://x8k2j9q7w3.evil.top/a"), strict=False))
    assert h["random_label"] == 1 and h["subdomain_depth"] == 1
    assert brand_distance("paypa1") == 1 and brand_distance("paypal") == 0 and brand_distance("wikipedia") == 4


def test_fit_predict_save_load_cli(tmp_path) -> None:
    urls = LEGIT * 3 + PHISH * 3
    labels = ["legitimate"] * 30 + ["phishing"] * 30
    model = UrlModel.fit(urls, labels, rounds=50)
    p = model.predict_proba(PHISH + LEGIT)
    assert p[:10].mean() > p[10:].mean()
    model.save(str(tmp_path / "u"))
    again = UrlModel.load(str(tmp_path / "u"))
    np.testing.assert_allclose(again.predict_proba(PHISH), model.predict_proba(PHISH), atol=1e-2)
    expl = model.explain(PHISH[:2], top=3)
    assert len(expl) == 2 and len(expl[0]) == 3 and expl[0][0][0] in FEATURE_NAMES

    data = write_csv(tmp_path / "train.csv", list(zip(urls, labels, strict=True)), header=("url", "status"))
    runner = CliRunner()
    res = runner.invoke(cli, ["-q", "train", "url", "--data", str(data), "--label-col", "status",
                              "--out", str(tmp_path / "cli_model")])
    assert res.exit_code == 0, res.output
    order = [PHISH[0], LEGIT[0], PHISH[1], LEGIT[1]]
    inp = write_csv(tmp_path / "in.csv", [(u, "") for u in order], header=("url", "x"))
    res = runner.invoke(cli, ["-q", "classify", "url", "--model", str(tmp_path / "cli_model"), "--data", str(inp),
                              "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    cli_model = UrlModel.load(str(tmp_path / "cli_model"))
    assert [o["label"] for o in out] == cli_model.predict(order)[0]
    assert all(0.5 <= o["score"] <= 1 for o in out)


def test_needs_two_labels() -> None:
    with pytest.raises(InputError, match="exactly two labels"):
        UrlModel.fit(LEGIT, ["a"] * 5 + ["b"] * 3 + ["c"] * 2)
