"""Which window columns a run keeps: only the ones its SQL names, unless a star expands a record type's view."""

from __future__ import annotations

from fraudwall.features.registry import window_columns_read


def test_star_over_a_compact_look_back_view_keeps_only_named_window_columns():
    cols = window_columns_read([
        "SELECT caller, count(*) AS n FROM voice_w GROUP BY caller",
        "SELECT f.*, seen.imei IS NULL AS new_device FROM f_imei f LEFT JOIN imei_prior_h seen USING (imei)",
    ])
    assert "*" not in cols["voice"]
    assert {"caller"} <= cols["voice"] and "call_id" not in cols["voice"]


def test_star_over_a_record_types_view_keeps_every_column():
    assert "*" in window_columns_read(["SELECT v.* FROM voice_w v JOIN f_caller c ON c.msisdn = v.caller"])["voice"]
    assert "*" in window_columns_read(["SELECT caller FROM voice_w WHERE caller IN (SELECT * FROM sms_h)"])["voice"]
