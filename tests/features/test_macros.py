"""The shared feature macros: the same answers as the slow, obvious SQL they replace."""

from __future__ import annotations

import duckdb
import pytest

from fraudwall.features.registry import define_macros, fixed_offset_seconds


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Asia/Kolkata", "UTC", "Europe/Berlin", "America/New_York"])
def test_local_hour_is_the_hour_in_the_warehouse_zone(zone):
    con = duckdb.connect()
    con.execute(f"SET TimeZone = '{zone}'")
    define_macros(con, zone)
    bad = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE local_hour(t) <> hour(t)) FROM ("
        "SELECT TIMESTAMPTZ '2025-12-31 00:00:00+00' + i * INTERVAL 37 MINUTE AS t FROM range(15000) r(i))"
    ).fetchall()[0]
    assert bad == (15000, 0)


def test_fixed_offset_zones():
    assert fixed_offset_seconds("Asia/Shanghai") == 8 * 3600
    assert fixed_offset_seconds("Asia/Kolkata") == 5 * 3600 + 1800
    assert fixed_offset_seconds("Europe/Berlin") is None


@pytest.mark.parametrize("host, reg", [
    ("www.example.com", "example.com"), ("a.b.shop.com.cn", "shop.com.cn"), ("10.2.3.4", "10.2.3.4"),
    ("", None), ("localhost", "localhost"),
    # the Public Suffix List: registries and hosting platforms that sell or give out sub-domains
    ("s7xbub.cn.com", "s7xbub.cn.com"), ("a.b.x.github.io", "x.github.io"), ("shop.bbc.co.uk", "bbc.co.uk"),
    ("www.gov.cn", "www.gov.cn"), ("a.b.beijing.gov.cn", "beijing.gov.cn"), ("cn.com", "cn.com"),
    ("m.x7.top", "x7.top"), ("foo.bar.ck", "foo.bar.ck"), ("www.ck", "www.ck"),
])
def test_registrable_domain(host, reg):
    con = duckdb.connect()
    define_macros(con)
    assert con.execute("SELECT reg_domain(?)", [host]).fetchall()[0][0] == reg
