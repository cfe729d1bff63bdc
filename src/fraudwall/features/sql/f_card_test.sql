-- Cards tested in a handset (验卡): per (device, card) for the personal mobile cards whose first device in the window
-- took them within 72 hours after the card was opened, the card not having called or texted in the look-back, and
-- either for a short stint (under 30 minutes from first to last event: short_stint) or hours after the opening away
-- from where the card was opened (4 hours or more, first seen in a cell other than its opening cell, both known:
-- delivered); with the device's totals that day: the short-stint cards, their holders' IDs and the IDs with two or
-- more of them (card_test_phone reads those), the delivered cards and their IDs (delivered_card_phone), and whether the
-- device is a roving test phone (roving, below).
-- A card buyer (收卡人) or a corrupt agent switches every card a seller has just opened on in his own phone for a few
-- minutes to check it works, and hands it on: one handset takes a few fresh cards of each of several IDs in a day.
-- Or the cards are bought, carried away and tested the next day in the buyer's phone, or go straight into a den's
-- box: one handset takes four or more cards of the day before, hours after they were opened and far from the counter.
-- A phone shop activating its customers' new cards takes one card per customer, at the counter, minutes after the
-- opening; a repair shop's test phone takes old cards; a person's new phone keeps its card.
-- roving: the device is a buyer's phone touring the villages (收卡人下乡): over the window and the six days before it,
-- five or more personal mobile cards called from it within three days of their opening, of four or more IDs, opened
-- through three or more channels (stores or agents). A buyer tests one or two cards a day at each seller's agent; a
-- shop's activation phone takes only its own store's cards (one channel), a family's phone a card or two.
WITH new_cards AS MATERIALIZED (  -- personal mobile cards opened in the ten days before the window's end
    SELECT msisdn, id_key, open_time, open_cell, open_channel FROM subscriber
    WHERE open_time >= {{w_start}} - INTERVAL 10 DAY AND open_time < {{w_end}} AND id_key IS NOT NULL
      AND coalesce(customer_type, 'personal') = 'personal' AND coalesce(line_type, 'mobile') = 'mobile'
),
fresh AS MATERIALIZED (  -- those opened in the 72 hours before the window's end that never called or texted before it
    SELECT msisdn, id_key, open_time, open_cell FROM new_cards
    WHERE open_time >= {{w_start}} - INTERVAL 72 HOUR AND msisdn NOT IN (SELECT msisdn FROM active_h)
),
ev AS (
    SELECT imei, msisdn, time AS t, cell FROM device_w WHERE imei IS NOT NULL AND msisdn IN (SELECT msisdn FROM fresh)
    UNION ALL
    SELECT caller_imei, caller, start_time, caller_cell FROM voice_w
    WHERE caller_imei IS NOT NULL AND caller IN (SELECT msisdn FROM fresh)
    UNION ALL
    SELECT sender_imei, sender, send_time, sender_cell FROM sms_w
    WHERE sender_imei IS NOT NULL AND sender IN (SELECT msisdn FROM fresh)
),
stint AS (SELECT imei, msisdn, min(t) AS t0, max(t) AS t1, arg_min(cell, t) AS cell0 FROM ev GROUP BY ALL),
first_stint AS (  -- each card's first device of the window
    SELECT * FROM stint QUALIFY row_number() OVER (PARTITION BY msisdn ORDER BY t0, imei) = 1
),
tested AS (
    SELECT * FROM (
        SELECT s.imei, s.msisdn, f.id_key, round(date_diff('minute', f.open_time, s.t0) / 60.0, 1) AS hours_after_opening,
               date_diff('second', s.t0, s.t1) AS stint_s, s.t1 - s.t0 < INTERVAL 30 MINUTE AS short_stint,
               coalesce(s.t0 >= f.open_time + INTERVAL 4 HOUR AND s.cell0 <> f.open_cell, false) AS delivered
        FROM first_stint s JOIN fresh f USING (msisdn)
        WHERE s.t0 >= f.open_time AND s.t0 < f.open_time + INTERVAL 72 HOUR
    ) WHERE short_stint OR delivered
),
per_id AS (
    SELECT imei, id_key, count(*) FILTER (WHERE short_stint) AS cards, count(*) FILTER (WHERE delivered) AS delivered
    FROM tested GROUP BY ALL
),
roving_cards AS MATERIALIZED (  -- the new cards whose store or agent is known
    SELECT msisdn, id_key, open_channel, CAST(open_time AS DATE) AS od FROM new_cards WHERE open_channel IS NOT NULL
),
roving AS (
    SELECT x.imei, count(DISTINCT x.msisdn) AS roving_cards, count(DISTINCT s.id_key) AS roving_ids,
           count(DISTINCT s.open_channel) AS roving_channels
    FROM (SELECT imei, msisdn, d FROM imei_sims_h
          WHERE d >= CAST({{w_start}} AS DATE) - 6 AND msisdn IN (SELECT msisdn FROM roving_cards)
          UNION ALL
          SELECT DISTINCT caller_imei, caller, CAST({{w_start}} AS DATE) FROM voice_w
          WHERE caller_imei IS NOT NULL AND caller IN (SELECT msisdn FROM roving_cards)) x
    JOIN roving_cards s USING (msisdn)
    WHERE x.d BETWEEN s.od AND s.od + 3
    GROUP BY x.imei
    HAVING count(DISTINCT x.msisdn) >= 5 AND count(DISTINCT s.id_key) >= 4 AND count(DISTINCT s.open_channel) >= 3
),
dev AS (
    SELECT imei, CAST(sum(cards) AS BIGINT) AS device_cards, count(*) FILTER (WHERE cards > 0) AS device_ids,
           count(*) FILTER (WHERE cards >= 2) AS device_multi_ids,
           CAST(sum(delivered) AS BIGINT) AS delivered_cards, count(*) FILTER (WHERE delivered > 0) AS delivered_ids
    FROM per_id GROUP BY imei
)
SELECT t.*, p.cards AS id_cards, p.delivered AS id_delivered,
       d.device_cards, d.device_ids, d.device_multi_ids, d.delivered_cards, d.delivered_ids,
       r.imei IS NOT NULL AS roving, coalesce(r.roving_cards, 0) AS roving_cards,
       coalesce(r.roving_channels, 0) AS roving_channels
FROM tested t JOIN per_id p USING (imei, id_key) JOIN dev d USING (imei) LEFT JOIN roving r USING (imei)
