"""Linear text classifier on hashed character + word n-grams (SMS texts, URLs).

Character n-grams (1-5 by default) need no word segmentation, so one model
handles Chinese and English.  Training: sublinear TF-IDF, a linear SVM
(one-vs-rest, class-balanced) and a sigmoid (Platt) calibration of each class
score fitted on out-of-fold decisions.  ``score`` is the calibrated
probability of the predicted label (classes normalised to sum to 1).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from fraudwall.errors import InputError
from fraudwall.models.artefact import pack, read_json, unpack, write_json
from fraudwall.models.ngrams import NgramSpec, fit_idf, hashed_counts, linear_scores, tfidf

FORMAT = "fraudwall-linear-text/1"


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -50, 50)))


@dataclass
class _Fitted:
    svm: Any
    seen: np.ndarray


_FORKED: tuple[Any, str] | None = None  # (object, method) the forked workers call


def _forked_call(texts: list[str]) -> np.ndarray:
    assert _FORKED is not None
    obj, method = _FORKED
    return getattr(obj, method)(texts)


def split_over_processes(obj: Any, method: str, texts: list[str], n_jobs: int | None = None,
                         min_batch: int = 50000) -> np.ndarray:
    """``obj.<method>(texts)`` (a row per text); batches of ``min_batch``+ texts are split over ``n_jobs``
    forked worker processes (default: up to 2), which inherit ``obj`` instead of receiving a copy."""
    global _FORKED
    n_jobs = n_jobs or min(2, os.cpu_count() or 1)
    if n_jobs > 1 and len(texts) >= min_batch and "fork" in mp.get_all_start_methods():
        step = -(-len(texts) // (n_jobs * 4))
        chunks = [texts[i : i + step] for i in range(0, len(texts), step)]
        _FORKED = (obj, method)
        try:
            with ProcessPoolExecutor(n_jobs, mp_context=mp.get_context("fork")) as pool:
                return np.vstack(list(pool.map(_forked_call, chunks)))
        finally:
            _FORKED = None
    return getattr(obj, method)(texts)


@dataclass
class LinearTextModel:
    """A fitted hashed-n-gram linear model; see module docstring."""

    spec: NgramSpec
    classes: list[str]
    idf: np.ndarray  # dense, one per hashed column
    weights: sp.csr_matrix  # columns x score-columns (1 for binary, else one per class)
    intercept: np.ndarray
    calibration: np.ndarray  # score-columns x 2: (a, b) of p = sigmoid(a * s + b)
    meta: dict[str, Any] = field(default_factory=dict)
    #: out-of-fold decisions on the training texts from the calibration folds (``None`` without them);
    #: not persisted; stacked models (:class:`fraudwall.models.sms.StackedSpamModel`) train on them
    oof_decision: np.ndarray | None = field(default=None, repr=False, compare=False)

    # ---------------------------------------------------------------- training
    @classmethod
    def fit(
        cls, texts: Sequence[str], labels: Sequence[str], spec: NgramSpec | None = None,
        c: float = 1.0, calibrate_folds: int = 3, seed: int = 0,
    ) -> LinearTextModel:
        """Fit on texts and string labels (two or more distinct labels)."""
        from sklearn.svm import LinearSVC

        spec = spec or NgramSpec()
        texts = list(texts)
        y_str = np.asarray([str(v) for v in labels])
        if len(texts) != len(y_str):
            raise InputError(f"{len(texts)} texts but {len(y_str)} labels")
        classes = sorted(set(y_str.tolist()))
        if len(classes) < 2:
            raise InputError(f"need at least two distinct labels to train, found {classes}")
        y = np.searchsorted(classes, y_str)
        counts = hashed_counts(texts, spec)

        def train(idx: np.ndarray) -> tuple[np.ndarray, _Fitted]:
            idf = fit_idf(counts[idx])
            seen = np.flatnonzero(idf > 0)  # fit on the seen columns only: much faster than 2M columns
            svm = LinearSVC(C=c, class_weight="balanced", random_state=seed)
            svm.fit(tfidf(counts[idx], idf, spec.bits)[:, seen], y[idx])
            return idf, _Fitted(svm, seen)

        idf, svm = train(np.arange(len(y)))
        n_cols = 1 if len(classes) == 2 else len(classes)
        calib = np.tile([[1.0, 0.0]], (n_cols, 1))
        min_class = int(np.bincount(y).min())
        folds = min(calibrate_folds, min_class)
        if folds >= 2:
            from sklearn.linear_model import LogisticRegression
            from sklearn.model_selection import StratifiedKFold

            oof = np.zeros((len(y), n_cols))
            for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
                f_idf, f_svm = train(tr)
                dec = f_svm.svm.decision_function(tfidf(counts[te], f_idf, spec.bits)[:, f_svm.seen])
                oof[te] = dec.reshape(len(te), n_cols)
            for k in range(n_cols):
                target = (y == 1) if n_cols == 1 else (y == k)
                lr = LogisticRegression(C=100.0).fit(oof[:, [k]], target.astype(int))
                calib[k] = [float(lr.coef_[0, 0]), float(lr.intercept_[0])]
            from sklearn.metrics import accuracy_score, f1_score

            oof_pred = (oof[:, 0] > 0).astype(int) if n_cols == 1 else oof.argmax(axis=1)
            cv_metrics = {"folds": folds, "macro_f1": round(float(f1_score(y, oof_pred, average="macro")), 4),
                          "accuracy": round(float(accuracy_score(y, oof_pred)), 4)}
        else:
            cv_metrics = {}
        coef = np.asarray(svm.svm.coef_, dtype=np.float32).reshape(n_cols, -1)
        weights = sp.csr_matrix((coef.T.ravel(), (np.repeat(svm.seen, n_cols), np.tile(np.arange(n_cols), len(svm.seen)))),
                                shape=(len(idf), n_cols))
        model = cls(spec, classes, idf, weights, np.asarray(svm.svm.intercept_, np.float64).reshape(n_cols),
                    calib, {"n_train": len(texts), "class_counts": dict(zip(classes, np.bincount(y).tolist(), strict=True)),
                            "C": c, "classifier": "LinearSVC one-vs-rest, class_weight=balanced, Platt-calibrated",
                            "cv_metrics": cv_metrics})
        model.oof_decision = oof if folds >= 2 else None
        return model

    # --------------------------------------------------------------- inference
    def __post_init__(self) -> None:
        seen = np.flatnonzero(self.idf > 0)
        self._lookup = np.full(len(self.idf), -1, dtype=np.int64)
        self._lookup[seen] = np.arange(len(seen))
        self._idf_c = self.idf[seen].astype(np.float64)
        self._w_c = np.asarray(self.weights.tocsr()[seen].todense(), dtype=np.float64)

    def decision(self, texts: Sequence[str], chunk: int = 2048) -> np.ndarray:
        """Raw linear scores, ``len(texts) x score-columns``."""
        texts = list(texts)
        parts = [linear_scores(texts[i : i + chunk], self.spec, self._lookup, self._idf_c, self._w_c)
                 for i in range(0, len(texts), chunk)]
        out = np.vstack(parts) if parts else np.zeros((0, self._w_c.shape[1]))
        return out + self.intercept

    def predict_proba(self, texts: Sequence[str], n_jobs: int | None = None) -> np.ndarray:
        """Class probabilities ``len(texts) x len(classes)``.

        Batches of 50,000+ texts are split over ``n_jobs`` forked worker processes (default: up to 2).
        """
        dec = split_over_processes(self, "decision", list(texts), n_jobs)
        p = _sigmoid(dec * self.calibration[:, 0] + self.calibration[:, 1])
        if len(self.classes) == 2:
            return np.column_stack([1.0 - p[:, 0], p[:, 0]])
        total = p.sum(axis=1, keepdims=True)
        total[total == 0] = 1.0
        return p / total

    def predict(self, texts: Sequence[str], n_jobs: int | None = None) -> tuple[list[str], np.ndarray]:
        """Predicted label per text and its probability, in input order."""
        proba = self.predict_proba(texts, n_jobs=n_jobs)
        best = proba.argmax(axis=1)
        return [self.classes[i] for i in best], proba[np.arange(len(best)), best]

    # ----------------------------------------------------------- persistence
    def to_dict(self) -> dict[str, Any]:
        """JSON-able artefact (only the hashed columns seen in training are stored)."""
        rows = np.flatnonzero(self.idf > 0).astype(np.int32)
        w = self.weights.tocsr()[rows].toarray().astype(np.float32)
        return {"format": FORMAT, "spec": self.spec.to_dict(), "classes": self.classes,
                "columns": pack(rows), "idf": pack(self.idf[rows].astype(np.float16)),
                "weights": pack(w.astype(np.float16)), "intercept": self.intercept.tolist(),
                "calibration": self.calibration.tolist(), "meta": self.meta}

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> LinearTextModel:
        """Inverse of :meth:`to_dict`."""
        spec = NgramSpec(**obj["spec"])
        n = 2 << spec.bits
        rows = unpack(obj["columns"]).astype(np.int64)
        idf = np.zeros(n, np.float32)
        idf[rows] = unpack(obj["idf"]).astype(np.float32)
        w = unpack(obj["weights"]).astype(np.float32)
        weights = sp.csr_matrix((w.ravel(), (np.repeat(rows, w.shape[1]), np.tile(np.arange(w.shape[1]), len(rows)))),
                                shape=(n, w.shape[1]))
        return cls(spec, list(obj["classes"]), idf, weights, np.asarray(obj["intercept"], np.float64),
                   np.asarray(obj["calibration"], np.float64), dict(obj.get("meta", {})))

    def save(self, path: str) -> str:
        """Write the artefact (a ``.json`` file, or a folder holding ``model.json``)."""
        return str(write_json(path, self.to_dict()))

    @classmethod
    def load(cls, path: str) -> LinearTextModel:
        """Read an artefact written by :meth:`save`."""
        return cls.from_dict(read_json(path, FORMAT))
