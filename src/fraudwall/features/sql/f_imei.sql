-- Per device (IMEI): how many SIMs and numbers it carried, where, and whether it used data.
WITH d AS (
    SELECT imei, msisdn, imsi, cell, event, bytes FROM device_w
    UNION ALL
    SELECT caller_imei, caller, caller_imsi, caller_cell, 'call', NULL FROM voice_w WHERE caller_imei IS NOT NULL
)
SELECT
    imei,
    count(DISTINCT imsi) AS imsis,
    count(DISTINCT msisdn) AS msisdns,
    count(DISTINCT cell) AS cells,
    count(*) FILTER (WHERE event = 'data_session') AS data_sessions,
    count(*) FILTER (WHERE event = 'call') AS calls,
    mode(cell) AS main_cell
FROM d
GROUP BY imei
