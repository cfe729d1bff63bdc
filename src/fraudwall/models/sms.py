"""SMS text model: training entry point and the reproducible default model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fraudwall.models.io import read_labelled_texts
from fraudwall.models.ngrams import NgramSpec
from fraudwall.models.text import LinearTextModel

UCI_ATTRIBUTION = ("UCI SMS Spam Collection, T. A. Almeida, J. M. Gomez Hidalgo, A. Yamakami (2011), "
                   "https://archive.ics.uci.edu/dataset/228/sms+spam+collection, CC BY 4.0")


def train_sms_model(data: Sequence[str | Path], text_col: str, label_col: str, c: float = 1.0,
                    spec: NgramSpec | None = None) -> LinearTextModel:
    """Train on labelled files (any label strings); records the training data in ``meta``."""
    texts, labels = read_labelled_texts(data, text_col, label_col)
    assert labels is not None
    model = LinearTextModel.fit(texts, labels, spec=spec, c=c)
    model.meta["training_data"] = {"files": [str(p) for p in data], "rows": len(texts),
                                   "text_col": text_col, "label_col": label_col}
    model.meta["score"] = "calibrated probability of the predicted label"
    return model


def train_default_sms(uci_tsv: str | Path) -> LinearTextModel:
    """The shipped default: UCI SMS (ham/spam, English) + the hand-written Chinese seed corpus.

    Labels: ``ham`` (UCI ham and Chinese benign), ``spam`` (UCI spam: advertising/prize spam)
    and the Chinese fraud types of :mod:`fraudwall.models.zh_seed`.
    """
    from fraudwall.models import zh_seed

    texts, labels = read_labelled_texts([uci_tsv], "SMS", "Label")
    assert labels is not None
    for text, label in zh_seed.generate(per_class=60):
        texts.append(text)
        labels.append("ham" if label == zh_seed.BENIGN else label)
    model = LinearTextModel.fit(texts, labels)
    model.meta["training_data"] = {
        "sources": [UCI_ATTRIBUTION, "fraudwall hand-written Chinese seed corpus (fraudwall.models.zh_seed, "
                                     "Apache-2.0, synthetic)"],
        "rows": len(texts)}
    model.meta["score"] = "calibrated probability of the predicted label"
    model.meta["licence_note"] = "trained on CC BY 4.0 data (attribution above) and synthetic text only"
    return model
