"""SMS text model: training entry point and the reproducible default model."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fraudwall.errors import InputError
from fraudwall.models.artefact import read_json, write_json
from fraudwall.models.io import read_labelled_texts
from fraudwall.models.ngrams import NgramSpec, codepoints
from fraudwall.models.text import LinearTextModel, split_over_processes

STACK_FORMAT = "fraudwall-stacked-spam/1"

UCI_ATTRIBUTION = ("UCI SMS Spam Collection, T. A. Almeida, J. M. Gomez Hidalgo, A. Yamakami (2011), "
                   "https://archive.ics.uci.edu/dataset/228/sms+spam+collection, CC BY 4.0")


MODEL_KINDS = ("auto", "linear", "stacked")


def train_sms_model(data: Sequence[str | Path], text_col: str, label_col: str, c: float = 1.0,
                    spec: NgramSpec | None = None, kind: str = "auto") -> LinearTextModel | StackedSpamModel:
    """Train on labelled files (any label strings); records the training data in ``meta``.

    ``kind``: ``linear`` (the n-gram model, any number of labels), ``stacked`` (:class:`StackedSpamModel`,
    exactly two labels) or ``auto`` (stacked for two labels, linear for more).
    """
    if kind not in MODEL_KINDS:
        raise InputError(f"model kind {kind!r}: expected one of {', '.join(MODEL_KINDS)}")
    texts, labels = read_labelled_texts(data, text_col, label_col)
    assert labels is not None
    if kind == "stacked" or (kind == "auto" and len(set(labels)) == 2):
        model: LinearTextModel | StackedSpamModel = StackedSpamModel.fit(texts, labels, spec=spec, c=c)
        model.meta["cv_metrics"] = model.linear.meta.get("cv_metrics", {})
    else:
        model = LinearTextModel.fit(texts, labels, spec=spec, c=c)
        model.meta["score"] = "calibrated probability of the predicted label"
    model.meta["training_data"] = {"files": [str(p) for p in data], "rows": len(texts),
                                   "text_col": text_col, "label_col": label_col}
    return model


def load_sms_model(path: str | Path) -> LinearTextModel | StackedSpamModel:
    """Read an SMS model artefact of either kind (the kind is the ``format`` recorded in the file)."""
    from fraudwall.models.text import FORMAT as LINEAR_FORMAT

    obj = read_json(path, (LINEAR_FORMAT, STACK_FORMAT))
    return StackedSpamModel.from_dict(obj) if obj["format"] == STACK_FORMAT else LinearTextModel.from_dict(obj)


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


# ------------------------------------------------------------------ stacked binary spam model
_DIGITS = re.compile(r"\d+")
_URLISH = re.compile(r"(https?:|www\.|\.(com|net|org|co\.uk|cn|ly)\b)", re.IGNORECASE)

#: message-shape features of the stacked model's LightGBM stage (language-neutral); the last column is the
#: out-of-fold linear n-gram score
SHAPE_NAMES: tuple[str, ...] = (
    "chars", "digits", "longest_digit_run", "upper_share", "exclamations", "url", "currency", "words",
    "caps_words", "short_code", "phone_like",
) + ("linear_score",)


_SEP = "\x00"  # joins a batch's texts, as ngrams.codepoints does: no pattern below matches or crosses it
_CURRENCY = re.compile("[£$€¥￥]")


_IS_UPPER: np.ndarray | None = None  # code point -> ch.isupper(), built on first use


def _is_upper_table() -> np.ndarray:
    global _IS_UPPER
    if _IS_UPPER is None:
        import sys

        _IS_UPPER = np.fromiter((chr(c).isupper() for c in range(sys.maxunicode + 1)), bool, sys.maxunicode + 1)
    return _IS_UPPER


def message_shape(texts: Sequence[str]) -> np.ndarray:
    """Per message: length, digit counts and runs, capitals, URL, currency sign, short codes (``len x 11``).

    The pattern features are found in one scan of the batch's texts joined together (each match is mapped
    back to its text by offset), not one regular-expression call per text.
    """
    texts = [str(t) for t in texts]
    n = len(texts)
    if not n:
        return np.zeros((0, len(SHAPE_NAMES) - 1))
    lens = np.fromiter(map(len, texts), np.int64, n)
    starts = np.zeros(n, np.int64)  # offset of each text in ``joined``
    np.cumsum(lens[:-1] + 1, out=starts[1:])
    joined = _SEP.join(texts)

    def spans(pattern: re.Pattern[str]) -> tuple[np.ndarray, np.ndarray]:
        """Text index and length of every match of ``pattern``."""
        sp = np.asarray([m.span() for m in pattern.finditer(joined)], np.int64).reshape(-1, 2)
        return np.searchsorted(starts, sp[:, 0], side="right") - 1, sp[:, 1] - sp[:, 0]

    def present(pattern: re.Pattern[str]) -> np.ndarray:
        out = np.zeros(n)
        out[spans(pattern)[0]] = 1.0
        return out

    d_idx, d_len = spans(_DIGITS)
    digits = np.bincount(d_idx, weights=d_len, minlength=n)
    longest = np.zeros(n, np.int64)
    np.maximum.at(longest, d_idx, d_len)
    cps = codepoints(texts, lowercase=False)  # each text preceded by a separator
    of_text = np.repeat(np.arange(n), lens + 1)  # each code point's text
    upper = np.bincount(of_text[_is_upper_table()[cps]], minlength=n)
    words = [t.split() for t in texts]
    out = np.empty((n, len(SHAPE_NAMES) - 1))
    out[:, 0] = lens
    out[:, 1] = digits
    out[:, 2] = longest
    out[:, 3] = upper / np.maximum(lens, 1)
    out[:, 4] = [t.count("!") + t.count("！") for t in texts]
    out[:, 5] = present(_URLISH)
    out[:, 6] = present(_CURRENCY)
    out[:, 7] = np.fromiter(map(len, words), np.int64, n)
    out[:, 8] = [sum(len(w) > 1 and w.isupper() for w in ws) for ws in words]
    short = np.zeros(n)
    short[d_idx[d_len == 5]] = 1.0  # short code: a digit run of exactly five
    out[:, 9] = short
    out[:, 10] = longest >= 10
    return out


_STACK_PARAMS: dict[str, Any] = {
    "objective": "binary", "learning_rate": 0.15, "num_leaves": 7, "min_data_in_leaf": 20, "lambda_l2": 1.0,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "verbose": -1, "num_threads": 1,
}


@dataclass
class StackedSpamModel:
    """Binary text classifier: the linear n-gram model's out-of-fold score + message shape → LightGBM bag.

    The n-gram model sees which words and character sequences occur; the LightGBM stage adds what a
    normalised n-gram vector cannot: message length, how many digits and how long the longest number,
    capitals, short codes.  The linear model's out-of-fold scores (its calibration folds) train the
    LightGBM stage, so it never sees scores of texts the linear model was fitted on.
    """

    classes: list[str]
    linear: LinearTextModel
    boosters: list[str]
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def fit(cls, texts: Sequence[str], labels: Sequence[str], spec: NgramSpec | None = None, c: float = 1.0,
            folds: int = 3, bag: int = 3, rounds: int = 100, seed: int = 0) -> StackedSpamModel:
        """Fit on texts and exactly two distinct string labels (``classes[1]`` is the positive class)."""
        import lightgbm as lgb

        texts = [str(t) for t in texts]
        y_str = [str(v) for v in labels]
        classes = sorted(set(y_str))
        if len(classes) != 2:
            raise InputError(f"the stacked spam model needs exactly two labels, found {classes}")
        linear = LinearTextModel.fit(texts, y_str, spec=spec, c=c, calibrate_folds=folds, seed=seed)
        if linear.oof_decision is None:
            raise InputError(f"each label needs at least 2 texts for the out-of-fold scores (folds={folds})")
        y = np.asarray([v == classes[1] for v in y_str], dtype=int)
        feats = np.column_stack([message_shape(texts), linear.oof_decision[:, 0]])
        boosters = [lgb.train({**_STACK_PARAMS, "seed": seed * 100 + k},
                              lgb.Dataset(feats, y, feature_name=list(SHAPE_NAMES)), rounds).model_to_string()
                    for k in range(bag)]
        return cls(classes, linear, boosters, {"n_train": len(texts), "positive": classes[1], "rounds": rounds,
                                               "bag": bag, "score": "probability of the predicted label"})

    def predict_proba(self, texts: Sequence[str], n_jobs: int | None = None) -> np.ndarray:
        """Probability of ``classes[1]`` per text (mean over the bag); batches of 50,000+ texts are split over
        ``n_jobs`` forked processes (default: up to 2)."""
        import lightgbm as lgb

        texts = [str(t) for t in texts]
        if not texts:
            return np.zeros(0)
        if not hasattr(self, "_bst"):
            self._bst = [lgb.Booster(model_str=s) for s in self.boosters]
        feats = split_over_processes(self, "features", texts, n_jobs)
        return np.mean([b.predict(feats, num_threads=1) for b in self._bst], axis=0)

    def features(self, texts: Sequence[str]) -> np.ndarray:
        """The LightGBM stage's input per text: message shape and the linear n-gram score."""
        return np.column_stack([message_shape(texts), self.linear.decision(texts)[:, 0]])

    def predict(self, texts: Sequence[str], n_jobs: int | None = None) -> tuple[list[str], np.ndarray]:
        """Predicted label per text (threshold 0.5) and its probability, in input order."""
        p = self.predict_proba(texts, n_jobs)
        pos = p >= 0.5
        return [self.classes[1] if v else self.classes[0] for v in pos], np.where(pos, p, 1.0 - p)

    def save(self, path: str) -> str:
        """Write the artefact (JSON: linear weights + LightGBM text models; no pickle)."""
        return str(write_json(path, {"format": STACK_FORMAT, "classes": self.classes, "linear": self.linear.to_dict(),
                                     "boosters": self.boosters, "features": list(SHAPE_NAMES), "meta": self.meta}))

    @classmethod
    def load(cls, path: str) -> StackedSpamModel:
        """Read an artefact written by :meth:`save`."""
        return cls.from_dict(read_json(path, STACK_FORMAT))

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> StackedSpamModel:
        """The model from an artefact's JSON object (see :meth:`save`)."""
        return cls(list(obj["classes"]), LinearTextModel.from_dict(obj["linear"]), list(obj["boosters"]),
                   dict(obj.get("meta", {})))
