-- Per identity document: the largest batch of cards it opened at one store (channel) within an hour,
-- live cards, operators, reports naming it as a card seller, and how many of its cards call strangers (five or
-- more callees and five stranger points: a family member's card phoning one relative is no stranger caller).
WITH s AS (SELECT * FROM subscriber WHERE coalesce(status, 'active') <> 'closed'),
b AS (
    SELECT id_key, max(n) AS max_batch_one_store FROM (
        SELECT id_key, open_channel, time_bucket(INTERVAL 1 HOUR, open_time) AS h, count(*) AS n
        FROM s GROUP BY ALL
    ) GROUP BY 1
),
fl AS (
    SELECT s.id_key, count(*) FILTER (WHERE m.callees >= 5 AND m.stranger_points >= 5) AS stranger_cards,
        -- lines dialling like a VoIP box: fixed_voip.voip_box_dialling's defaults; a call centre's day is not one
        count(*) FILTER (WHERE m.line_type IN ('fixed', 'voip') AND m.callees >= 50
                         AND m.callers_in <= 0.02 * m.callees
                         AND voip_box_day(m.night_share, m.answered_share, m.median_duration_s, m.card_age_days,
                                          0.1, 180)) AS box_lines
    FROM f_msisdn m JOIN s USING (msisdn) GROUP BY 1
),
rep AS (SELECT entity AS id_key FROM reports_h WHERE entity_type = 'id_key' GROUP BY entity
         HAVING still_reported(label IN ('card_seller', 'fraud'), label, time))  -- not cleared by a later benign report
SELECT ic.*, coalesce(b.max_batch_one_store, 0) AS max_batch_one_store,
    coalesce(fl.stranger_cards, 0) AS stranger_cards, coalesce(fl.box_lines, 0) AS box_lines,
    ic.id_key IN (SELECT id_key FROM rep) AS reported_seller
FROM f_id_cards ic LEFT JOIN b USING (id_key) LEFT JOIN fl USING (id_key)
