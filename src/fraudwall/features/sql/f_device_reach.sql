-- Per device that carried two or more SIMs in the window: how many distinct numbers it called or texted.
-- A SIM box works its cards through strangers; a phone shop's test handset carries customers' SIMs for
-- minutes and calls one or two (service) numbers (catpool.many_imsi_per_imei, catpool.rt_multi_sim_device).
WITH dev AS (SELECT imei FROM f_imei WHERE imsis >= 2)
SELECT imei, count(DISTINCT peer) AS reached FROM (
    SELECT caller_imei AS imei, callee AS peer FROM voice_w WHERE caller_imei IN (SELECT imei FROM dev)
    UNION ALL
    SELECT sender_imei, receiver FROM sms_w WHERE sender_imei IN (SELECT imei FROM dev))
GROUP BY imei
