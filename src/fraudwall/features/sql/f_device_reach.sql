-- Per device that carried two or more SIMs in the window: how many distinct numbers it called or texted.
-- A SIM box works its cards through strangers; a phone shop's test handset carries customers' SIMs for
-- minutes and calls one or two (service) numbers (catpool.many_imsi_per_imei, catpool.rt_multi_sim_device).
-- enterprise_gateway: every number on the device (attached, calling or texting) is an enterprise line of one
-- business licence opened 90 days or more before the window: a company's GSM gateway or SMS modem pool in
-- established use (a factory PBX's trunk SIMs, a logistics firm's notice modems), which the company can be asked
-- about; the multi-SIM device scenarios suggest a review for it, not a suspension.
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
ent AS (
    SELECT n.imei,
           bool_and(coalesce(s.customer_type = 'enterprise'
                             AND date_diff('day', s.open_time, {{w_start}}) >= 90, false))
           AND count(DISTINCT s.id_key) = 1 AS enterprise_gateway
    FROM nums n LEFT JOIN subscriber s USING (msisdn)
    GROUP BY n.imei
)
SELECT imei, reached, coalesce(enterprise_gateway, false) AS enterprise_gateway
FROM reach LEFT JOIN ent USING (imei)
