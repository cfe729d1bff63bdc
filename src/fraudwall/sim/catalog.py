"""The benign web/app catalogue: domains with IPs and popularity, apps."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fraudwall.sim import content


@dataclass
class Catalog:
    """Domains (popular and long tail), their IPs, and apps."""

    domains: np.ndarray
    domain_ip: np.ndarray
    domain_p: np.ndarray
    apps: np.ndarray
    app_p: np.ndarray


def make_catalog(rng: np.random.Generator, n_subscribers: int) -> Catalog:
    """A catalogue scaled with the population (more long-tail sites for more people)."""
    n_tail = int(min(20000, 300 + n_subscribers / 100))
    tld = rng.choice(len(content.TLDS), n_tail, p=content.TLD_BENIGN_P / content.TLD_BENIGN_P.sum())
    tail = sorted({
        "www." * int(rng.random() < 0.5) + content.random_words(rng, content.LONGTAIL_WORDS, int(rng.integers(2, 4)))
        + (str(int(rng.integers(1, 99))) if rng.random() < 0.2 else "") + "." + content.TLDS[t]
        for t in tld.tolist()
    })
    domains = np.array(list(content.COMMON_DOMAINS) + tail)
    p = 1.0 / np.arange(1, domains.size + 1) ** 1.05
    n_tail_apps = int(min(3000, 100 + n_subscribers / 1000))
    tail_apps = sorted({f"com.{content.random_words(rng, content.APP_WORDS, 2)}.{content.random_words(rng, content.APP_WORDS, 1)}"
                        for _ in range(n_tail_apps)})
    apps = np.array(list(content.COMMON_APPS) + tail_apps)
    ap = 1.0 / np.arange(1, apps.size + 1) ** 1.2
    return Catalog(domains, content.random_ip(rng, domains.size), p / p.sum(), apps, ap / ap.sum())
