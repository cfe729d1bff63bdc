"""A wildcard domain (a fresh sub-domain per visitor) that hands out side-loaded apps from those sub-domains is
blocked, and so is its app; a wildcard CDN whose app comes from an app store is not (web.wildcard_apk_domain,
web.fraud_app_source v2; v3 leaves the store's app alone). Before them both were only reviewed: wildcard hosts alone are a company CDN's too."""

from __future__ import annotations

import pytest

from tests.scenarios.library.builders import Case, detect_day
from tests.scenarios.library.patterns import wildcard_app

SCENARIOS = ["web.wildcard_subdomains", "web.wildcard_apk_domain", "web.fraud_app_source"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {kind: wildcard_app(Case(n, records), kind) for n, kind in enumerate(("own_host", "store", "plain"), 1)}
    _, actions = detect_day(records, tmp_path_factory.mktemp("run"), only=SCENARIOS)
    return cases, actions


def test_wildcard_site_serving_its_app_is_blocked_with_the_app(run):
    cases, actions = run
    dom, app = cases["own_host"]
    assert actions[dom] == "block_domain"
    assert actions[app] == "block_domain"


def test_wildcard_cdn_with_store_app_is_only_reviewed(run):
    cases, actions = run
    dom, app = cases["store"]
    assert actions[dom] == "review"  # wildcard hosts alone: web.wildcard_subdomains
    assert app not in actions  # installed from an app store: no side-load (web.fraud_app_source v3)


def test_odd_download_host_of_a_plain_domain_is_not_blocked(run):
    cases, actions = run
    dom, app = cases["plain"]
    assert dom not in actions
    assert actions.get(app) in (None, "review")
