"""The shipped default models load, carry their data attribution, and classify sensibly."""

from __future__ import annotations

import json

from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.models.cli import DEFAULT_DIR
from fraudwall.models.text import LinearTextModel
from fraudwall.models.url import UrlModel

from .conftest import write_csv


def test_default_sms_model(tmp_path) -> None:
    model = LinearTextModel.load(str(DEFAULT_DIR / "sms"))
    assert "CC BY 4.0" in " ".join(model.meta["training_data"]["sources"])
    assert {"ham", "spam", "police_impersonation", "part_time_job"} <= set(model.classes)
    data = write_csv(tmp_path / "gbk.csv", [("WINNER! You won a 1000 cash prize, call 09061701461 to claim", ""),
                                            ("兼职刷单，日赚300元，先交会员费，加微信 ab8899", ""),
                                            ("妈，我今晚回家吃饭", "")], encoding="gb18030")
    res = CliRunner().invoke(cli, ["-q", "classify", "sms", "--data", str(data), "--text-col", "text", "--json"])
    assert res.exit_code == 0, res.output
    assert [r["label"] for r in json.loads(res.output)] == ["spam", "part_time_job", "ham"]


def test_default_url_model() -> None:
    model = UrlModel.load(str(DEFAULT_DIR / "url"))
    assert "CC BY 4.0" in " ".join(model.meta["training_data"]["sources"])
    labels, _ = model.predict(["http://192.168.10.3/paypal/webscr/login.php", "https://www.wikipedia.org/"])
    assert labels == ["phishing", "legitimate"]
