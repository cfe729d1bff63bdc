"""Something like a link in a text: the batch's link_like_text macro (f_sms_content's link_like) and the real-time
screener's has_link take the same texts, under every common top-level domain and in any case."""

from __future__ import annotations

import duckdb

from fraudwall.features.registry import define_macros
from fraudwall.realtime.lists import has_link

TEXTS = {
    "点击 WWW.TB-REFUND.COM 办理退款": True,  # upper case
    "茶叶定金请到 mingqian-cha.shop 支付": True,  # a common top-level domain beyond the first eight
    "您的养老金认证请登录 rlsbj-rz.online": True,
    "详见 https://x.example.icu/a": True,
    "加微信领取，访问 abc.vip": True,
    "您购买的商品已退款，请注意查收": False,
    "明天清明回家，记得带茶叶": False,
    "合同见附件 report.pdf": False,
}


def test_batch_and_real_time_agree_on_what_looks_like_a_link() -> None:
    con = duckdb.connect()
    define_macros(con)
    batch = {t: con.execute("SELECT link_like_text(?)", [t]).fetchone()[0] for t in TEXTS}
    assert batch == TEXTS
    assert {t: has_link(t) for t in TEXTS} == TEXTS
