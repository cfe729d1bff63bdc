"""URL/domain model: hashed character n-grams of the URL string + structural features → LightGBM.

Training stacks two stages: a linear n-gram model (see :mod:`fraudwall.models.text`)
whose out-of-fold score becomes one feature of a LightGBM model over handcrafted
structure: IP literals, TLD, subdomain depth, random-looking (wildcard-style)
labels, length/entropy, digit share, brand look-alikes (edit distance to a
shipped brand list), path and query shape.  Only the URL string is used.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from fraudwall.errors import InputError
from fraudwall.models.artefact import read_json, write_json
from fraudwall.models.ngrams import NgramSpec
from fraudwall.models.text import LinearTextModel

FORMAT = "fraudwall-url/1"

#: brands commonly imitated by phishing and fraud sites (global + Chinese)
BRANDS = (
    "paypal", "apple", "icloud", "microsoft", "office", "outlook", "live", "google", "gmail", "facebook",
    "instagram", "whatsapp", "amazon", "netflix", "ebay", "linkedin", "dropbox", "adobe", "yahoo", "chase",
    "wellsfargo", "bankofamerica", "citibank", "hsbc", "barclays", "santander", "steam", "binance",
    "coinbase", "blockchain", "dhl", "fedex", "ups", "usps", "alibaba", "taobao", "tmall", "alipay", "wechat",
    "weixin", "qq", "jd", "icbc", "ccb", "boc", "abchina", "cmbchina", "bankcomm", "unionpay", "12306",
    "chinamobile", "10086", "chinaunicom", "10010", "baidu", "douyin", "pinduoduo", "meituan",
)
_SUSPICIOUS = ("login", "signin", "verify", "secure", "account", "update", "banking", "confirm", "webscr",
               "password", "wallet", "support", "billing", "unlock", "suspend", "recover", "free", "bonus",
               "lucky", "prize", "admin", "wp-", "includes", "dropbox", ".php", "cmd", "index")
#: public link shorteners: a host anyone can put a link behind (the URL model's ``shortener`` feature; the web
#: scenarios never block one as a domain)
SHORTENERS = {"bit.ly", "goo.gl", "t.co", "tinyurl.com", "ow.ly", "is.gd", "buff.ly", "t.cn", "dwz.cn",
               "url.cn", "cutt.ly", "rb.gy", "shorturl.at", "tiny.cc", "s.id"}
_TLDS = ("com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "ru", "cn", "br", "in", "info", "biz",
         "xyz", "top", "online", "site", "club", "tk", "ml", "ga", "cf", "gq", "me", "us", "fr", "it", "au",
         "jp", "app", "vip", "cc", "pw", "live", "shop", "ly", "be", "nl", "es", "pl", "ir", "id", "vn")
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go"}
_IPV4 = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
_HEXIP = re.compile(r"^(0x[0-9a-f]+|\d{8,10})$")
_VOWELS = set("aeiou")

FEATURE_NAMES: tuple[str, ...] = (
    "len_url", "len_host", "len_path", "len_query", "n_dots_host", "n_hyphens_host", "n_digits_host",
    "subdomain_depth", "ip_literal", "has_port", "https", "has_at", "double_slash_in_path", "n_slash",
    "n_qm", "n_eq", "n_amp", "n_pct", "n_tilde", "n_underscore", "entropy_host", "entropy_url",
    "digit_share", "upper_share", "longest_host_label", "random_label", "max_consonant_run", "tld_index",
    "tld_len", "brand_in_host_not_domain", "brand_in_path", "brand_edit_distance", "brand_exact_domain",
    "n_suspicious_words", "shortener", "punycode", "www", "ext_php", "ext_html", "len_domain_label",
    "path_depth", "longest_path_token", "n_digits_url", "hex_run",
) + ("linear_score",)


def is_ipv4(host: str) -> bool:
    """Whether a host is a dotted-quad IP literal (``10.1.2.3``; ``4cpzvv.top`` is a domain)."""
    return _IPV4.match(host) is not None


def _entropy(s: str) -> float:
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _levenshtein(a: str, b: str, cap: int = 3) -> int:
    """Edit distance, or ``cap + 1`` as soon as it must exceed ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        left = i
        for j, cb in enumerate(b, 1):
            v = prev[j - 1] + (ca != cb)
            if prev[j] + 1 < v:
                v = prev[j] + 1
            if left + 1 < v:
                v = left + 1
            cur.append(v)
            left = v
        if min(cur) > cap:
            return cap + 1
        prev = cur
    return min(prev[-1], cap + 1)


_BRANDS_BY_LEN: dict[int, list[str]] = {}
for _b in BRANDS:
    if len(_b) >= 4:
        _BRANDS_BY_LEN.setdefault(len(_b), []).append(_b)


@lru_cache(maxsize=65536)
def brand_distance(label: str, cap: int = 3) -> int:
    """Smallest edit distance from a domain label to a shipped brand name (capped at ``cap + 1``)."""
    best = cap + 1
    for n in range(len(label) - cap, len(label) + cap + 1):
        for b in _BRANDS_BY_LEN.get(n, ()):
            best = min(best, _levenshtein(label, b, min(cap, best - 1) if best <= cap else cap))
            if best == 0:
                return 0
    return best


def _max_run(s: str) -> int:
    best = run = 0
    for ch in s:
        run = run + 1 if ch.isalpha() and ch not in _VOWELS else 0
        best = max(best, run)
    return best


def url_structure(url: str) -> list[float]:
    """Handcrafted features of one URL (all of :data:`FEATURE_NAMES` but the last)."""
    raw = url.strip()
    low = raw.lower()
    parts = urlsplit(low if "://" in low else "http://" + low)
    try:
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        host, port = parts.netloc.split(":")[0], None
    path, query = parts.path, parts.query
    labels = [lab for lab in host.split(".") if lab]
    ip = 1.0 if (is_ipv4(host) or _HEXIP.match(host) or ":" in host) else 0.0
    tld = labels[-1] if labels and not ip else ""
    n_reg = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    reg_labels = labels[-n_reg:] if not ip else labels
    domain_label = reg_labels[0] if reg_labels else ""
    sub_labels = labels[: max(len(labels) - n_reg, 0)] if not ip else []
    sub_labels = [s for s in sub_labels if s != "www"]
    longest = max((len(lab) for lab in labels), default=0)
    random_label = 0.0
    for lab in sub_labels + [domain_label]:
        if len(lab) >= 8 and (_entropy(lab) > 3.2 or _max_run(lab) >= 5 or
                              (sum(ch.isdigit() for ch in lab) >= 3 and sum(ch.isalpha() for ch in lab) >= 3)):
            random_label = 1.0
    brand_in_sub = float(any(b in s for s in sub_labels for b in BRANDS if len(b) >= 4))
    brand_exact = float(domain_label in BRANDS)
    brand_in_path = float(any(b in path or b in query for b in BRANDS if len(b) >= 5))
    dist = brand_distance(domain_label) if (domain_label and not brand_exact) else 4
    path_tokens = [t for t in re.split(r"[/\-_.?=&]", path) if t]
    hex_run = max((len(m) for m in re.findall(r"[0-9a-f]{6,}", path + query)), default=0)
    return [
        len(raw), len(host), len(path), len(query), host.count("."), host.count("-"),
        sum(ch.isdigit() for ch in host), float(len(sub_labels)), ip, float(port is not None),
        float(parts.scheme == "https"), float("@" in raw), float("//" in path), float(low.count("/")),
        float(low.count("?")), float(low.count("=")), float(low.count("&")), float(low.count("%")),
        float(low.count("~")), float(low.count("_")), _entropy(host), _entropy(low),
        sum(ch.isdigit() for ch in raw) / max(len(raw), 1), sum(ch.isupper() for ch in raw) / max(len(raw), 1),
        float(longest), random_label, float(_max_run(host)),
        float(_TLDS.index(tld) if tld in _TLDS else len(_TLDS)), float(len(tld)),
        float(brand_in_sub and not brand_exact), brand_in_path, float(0 if brand_exact else dist), brand_exact,
        float(sum(w in low for w in _SUSPICIOUS)), float(host in SHORTENERS), float("xn--" in host),
        float("www" in labels), float(path.endswith(".php")), float(path.endswith((".html", ".htm"))),
        float(len(domain_label)), float(path.count("/")), float(max((len(t) for t in path_tokens), default=0)),
        float(sum(ch.isdigit() for ch in raw)), float(hex_run),
    ]


def structure_matrix(urls: Sequence[str]) -> np.ndarray:
    """Handcrafted features for many URLs (a Python loop: about 20 µs per URL)."""
    return np.asarray([url_structure(u) for u in urls], dtype=np.float64).reshape(len(urls), len(FEATURE_NAMES) - 1)


URL_NGRAMS = NgramSpec(char_min=1, char_max=5, word_max=2, bits=20, lowercase=True)

_LGB_PARAMS: dict[str, Any] = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 20,
    "feature_fraction": 0.8, "bagging_fraction": 0.9, "bagging_freq": 1, "lambda_l2": 1.0,
    "verbose": -1, "num_threads": 1, "seed": 0,
}


@dataclass
class UrlModel:
    """Binary URL classifier (``positive`` class vs the other); see module docstring."""

    classes: list[str]
    linear: LinearTextModel
    booster_text: str
    meta: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def feature_names() -> list[str]:
        """Features of the LightGBM stage."""
        return list(FEATURE_NAMES)

    @classmethod
    def fit(cls, urls: Sequence[str], labels: Sequence[str], folds: int = 3, rounds: int = 400,
            seed: int = 0) -> UrlModel:
        """Fit on URLs and two distinct string labels."""
        import lightgbm as lgb
        from sklearn.model_selection import StratifiedKFold

        urls = [str(u) for u in urls]
        y_str = np.asarray([str(v) for v in labels])
        classes = sorted(set(y_str.tolist()))
        if len(classes) != 2:
            raise InputError(f"the URL model needs exactly two labels, found {classes}")
        y = (y_str == classes[1]).astype(int)
        oof = np.zeros(len(y))
        for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
            lin = LinearTextModel.fit([urls[i] for i in tr], y_str[tr].tolist(), spec=URL_NGRAMS,
                                      calibrate_folds=0, seed=seed)
            oof[te] = lin.decision([urls[i] for i in te])[:, 0]
        linear = LinearTextModel.fit(urls, y_str.tolist(), spec=URL_NGRAMS, calibrate_folds=0, seed=seed)
        feats = np.column_stack([structure_matrix(urls), oof])
        booster = lgb.train({**_LGB_PARAMS, "seed": seed}, lgb.Dataset(feats, y, feature_name=list(FEATURE_NAMES)),
                            num_boost_round=rounds)
        return cls(classes, linear, booster.model_to_string(),
                   {"n_train": len(urls), "positive": classes[1], "rounds": rounds,
                    "score": "probability of the predicted label"})

    def _booster(self) -> Any:
        if not hasattr(self, "_bst"):
            import lightgbm as lgb

            self._bst = lgb.Booster(model_str=self.booster_text)
        return self._bst

    def predict_proba(self, urls: Sequence[str]) -> np.ndarray:
        """Probability of ``classes[1]`` per URL."""
        urls = [str(u) for u in urls]
        if not urls:
            return np.zeros(0)
        feats = np.column_stack([structure_matrix(urls), self.linear.decision(urls)[:, 0]])
        return np.asarray(self._booster().predict(feats, num_threads=1))

    def predict(self, urls: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """Predicted label per URL and its probability, in input order."""
        p = self.predict_proba(urls)
        pos = p >= 0.5
        return [self.classes[1] if v else self.classes[0] for v in pos], np.where(pos, p, 1.0 - p)

    def explain(self, urls: Sequence[str], top: int = 5) -> list[list[tuple[str, float]]]:
        """Top feature contributions (LightGBM ``pred_contrib``) per URL."""
        urls = [str(u) for u in urls]
        feats = np.column_stack([structure_matrix(urls), self.linear.decision(urls)[:, 0]])
        contrib = self._booster().predict(feats, pred_contrib=True)[:, :-1]
        out = []
        for row in contrib:
            idx = np.argsort(-np.abs(row))[:top]
            out.append([(FEATURE_NAMES[i], round(float(row[i]), 4)) for i in idx])
        return out

    def save(self, path: str) -> str:
        """Write the artefact (JSON: linear weights + LightGBM text model)."""
        return str(write_json(path, {"format": FORMAT, "classes": self.classes, "linear": self.linear.to_dict(),
                                     "booster": self.booster_text, "features": list(FEATURE_NAMES),
                                     "meta": self.meta}))

    @classmethod
    def load(cls, path: str) -> UrlModel:
        """Read an artefact written by :meth:`save`."""
        obj = read_json(path, FORMAT)
        return cls(list(obj["classes"]), LinearTextModel.from_dict(obj["linear"]), obj["booster"],
                   dict(obj.get("meta", {})))
