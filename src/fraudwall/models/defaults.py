"""Rebuild the shipped default models (``python -m fraudwall.models.defaults --data ../shared/data``).

* ``default/sms``: UCI SMS Spam Collection (CC BY 4.0) + the synthetic Chinese seed corpus.
* ``default/url``: Web page phishing dataset URLs (Hannousse & Yahiouche 2021, CC BY 4.0), URL string only.

The Sichuan data is research-only: no shipped model is trained on it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fraudwall.models.cli import DEFAULT_DIR

PHISHING_ATTRIBUTION = ("Web page phishing detection dataset, A. Hannousse, S. Yahiouche (2021), Mendeley Data, "
                        "doi:10.17632/c2gw7fy2j4.3, CC BY 4.0")


def build(data: Path, out: Path = DEFAULT_DIR) -> list[str]:
    """Train both default models from the shared data folder; returns the written paths."""
    from fraudwall.models.io import read_labelled_texts
    from fraudwall.models.sms import train_default_sms
    from fraudwall.models.url import UrlModel

    written = [train_default_sms(data / "sms_spam_uci" / "SMSSpamCollection.tsv").save(str(out / "sms"))]
    urls, labels = read_labelled_texts([data / "phishing_urls" / "dataset_phishing.csv"], "url", "status")
    assert labels is not None
    url_model = UrlModel.fit(urls, labels)
    url_model.meta["training_data"] = {"sources": [PHISHING_ATTRIBUTION], "rows": len(urls), "column": "url"}
    url_model.meta["licence_note"] = "trained on CC BY 4.0 data (attribution above)"
    written.append(url_model.save(str(out / "url")))
    return written


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=DEFAULT_DIR)
    args = ap.parse_args()
    for p in build(args.data, args.out):
        print(f"wrote {p} ({Path(p).stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
