"""Domains imitating an official service (imitated_brand): the site is blocked (web.brand_impersonation_domain) and
an app side-loaded from it is blocked as firmly as one from a fraud link (web.fraud_app_source v4); the same app
side-loaded from an odd host with no such name is only reviewed.
"""

from __future__ import annotations

from datetime import timedelta

import duckdb
import pytest

from fraudwall.features.registry import define_macros
from tests.scenarios.library.builders import DAY, Case, detect_day, ts

APP_SOURCE = "web.fraud_app_source"
BRAND = "web.brand_impersonation_domain"


def _sideloaded(c: Case, host: str) -> str:
    """Three people install the app from ``host``; returns the app."""
    app = f"com.qp{c.ns}.vip"
    for i in range(3):
        me = c.num(300000 + i)
        c.sub(me, age_days=1500)
        c.add("apps", {"time": ts(DAY + timedelta(hours=2, minutes=i)), "msisdn": me, "app": app, "event": "install",
                       "source_url": f"https://{host}/dl/qp.apk"})
    return app


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    records: dict[str, list[dict]] = {}
    cases = {"imitating": _sideloaded(Case(1, records), "12306-qiangpiao1.vip"),
             "odd_host": _sideloaded(Case(2, records), "qiangpiao-vip2.top")}
    _, actions = detect_day(records, tmp_path_factory.mktemp("run"), only=[APP_SOURCE, BRAND])
    return cases, actions


def test_app_from_a_site_imitating_the_railway_is_blocked(run):
    cases, actions = run
    assert actions[cases["imitating"]] == "block_domain"


def test_the_same_app_from_an_odd_host_is_only_reviewed(run):
    cases, actions = run
    assert actions[cases["odd_host"]] == "review"


@pytest.mark.parametrize(("domain", "brand"), [
    ("12306-tuipiao.com", "12306"), ("jifen-95588dh.cc", "95588"), ("jtgl-12123.cc", "12123"),
    ("etax-hb12366.cn.com", "12366"), ("unionpay-aq.cc", "unionpay"), ("ctrip-tuikuan80.xyz", "ctrip"),
    ("12306.cn", None), ("icbc.com.cn", None), ("95599.cn", None), ("hb12366.gov.cn", None), ("hongbao-2028.top", None),
    ("techbestmall.com", None), ("my-tmall-shop.com", "tmall"), ("a123066.cn", None),
])
def test_imitated_brand(domain, brand):
    con = duckdb.connect()
    define_macros(con)
    assert con.execute("SELECT imitated_brand(?)", [domain]).fetchone()[0] == brand
