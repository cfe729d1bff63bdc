"""Fraud web resources: wildcard domains, IP-literal hosts and fraud apps per gang."""

from __future__ import annotations

import numpy as np

from fraudwall.sim import content
from fraudwall.sim.population import DAY, World
from fraudwall.sim.rng import int_between
from fraudwall.sim.schemes.common import FraudState


def plan_web(world: World, state: FraudState, rng: np.random.Generator) -> None:
    """Give each gang domains (same vocabulary and TLDs as the benign long tail), IPs and apps."""
    wc = world.cfg.schemes.fraud_web
    if not wc.enabled:
        return
    tld_p = content.TLD_FRAUD_P / content.TLD_FRAUD_P.sum()
    for gang in state.gangs:
        nd = int(int_between(rng, wc.domains_per_gang))
        for _ in range(nd):
            base = content.random_words(rng, content.LONGTAIL_WORDS, int(rng.integers(2, 4)))
            if rng.random() < 0.3:
                base += str(int(rng.integers(1, 999)))
            gang.domains.append(f"{base}.{content.TLDS[int(rng.choice(len(content.TLDS), p=tld_p))]}")
            gang.ips += content.random_ip(rng, int(int_between(rng, wc.ips_per_domain))).tolist()
        na = int(int_between(rng, wc.apps_per_gang))
        gang.apps += [f"com.{content.random_words(rng, content.APP_WORDS, 2)}.{content.random_words(rng, content.APP_WORDS, 1)}"
                      for _ in range(na)]
        t = world.t0
        world.add_truth("domain", np.array(gang.domains), "fraud_domain", "fraud_web", t, gang.gang_id)
        world.add_truth("ip", np.array(gang.ips), "fraud_domain", "fraud_web", t, gang.gang_id)
        world.add_truth("app", np.array(gang.apps), "fraud_app", "fraud_app", t, gang.gang_id)
        blocked = [d for d in gang.domains if rng.random() < wc.blocklisted_share]
        world.add_list("domain", np.array(blocked, dtype=str), "block", "reported fraud site",
                       world.t0 - int(rng.integers(1, 30)) * DAY)


def fraud_link(rng: np.random.Generator, gang, kind: str) -> tuple[str, str, str | None]:
    """A fraud link of ``kind`` (wildcard, ip, apk): (url, host, app or None)."""
    if not gang.domains:
        ip = content.random_ip(rng, 1)[0]
        return f"http://{ip}/{content.random_token(rng)}", ip, None
    dom = gang.domains[int(rng.integers(len(gang.domains)))]
    sub = content.random_token(rng, 3, 7)
    if kind == "ip" and gang.ips:
        ip = gang.ips[int(rng.integers(len(gang.ips)))]
        port = int(rng.choice([80, 8080, 8888, 9000, 6666, 443]))
        return f"http://{ip}:{port}/{content.random_token(rng)}", ip, None
    if kind == "apk" and gang.apps:
        app = gang.apps[int(rng.integers(len(gang.apps)))]
        return f"http://{sub}.{dom}/{app.split('.')[-1]}_{content.random_token(rng, 2, 4)}.apk", f"{sub}.{dom}", app
    return f"http://{sub}.{dom}/{content.random_token(rng)}", f"{sub}.{dom}", None
