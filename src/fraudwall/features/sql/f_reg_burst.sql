-- Per number registering internet accounts in the window (with its registrations of the 3 hours
-- before, f_reg_recent): accounts, platforms, the span of the burst, and the number's own risk
-- (stranger-calling points, fraud SMS sending).
WITH r AS (
    SELECT msisdn, count(*) AS accounts, count(DISTINCT platform) AS platforms,
        date_diff('minute', min(register_time), max(register_time)) AS span_minutes
    FROM f_reg_recent GROUP BY 1
)
SELECT r.*, coalesce(m.stranger_points, 0) AS caller_points,
    coalesce(p.receivers >= 20 AND p.reply_share <= 0.05 AND p.link_share >= 0.5 AND NOT p.service_code, false)
        AS bulk_link_sender,
    s.customer_type, date_diff('day', s.open_time, {{w_start}}) AS card_age_days,
    coalesce(ic.cards, 1) AS holder_cards
FROM r
LEFT JOIN f_msisdn m USING (msisdn)
LEFT JOIN f_sms_profile p USING (msisdn)
LEFT JOIN subscriber s USING (msisdn)
LEFT JOIN f_id_cards ic ON ic.id_key = s.id_key
