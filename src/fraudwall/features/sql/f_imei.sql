-- Per device (IMEI): how many SIMs and numbers it carried, where (distinct cells and the most used
-- cell, ties to the larger cell id), whether it used data, and its attach and location events.
WITH d AS (
    SELECT imei, msisdn, imsi, cell, event FROM device_w
    UNION ALL
    SELECT caller_imei, caller, caller_imsi, caller_cell, 'call' FROM voice_w WHERE caller_imei IS NOT NULL
),
-- one (device, cell) aggregate gives the cells, the main cell and the event counts
c AS (
    SELECT imei, cell, count(*) AS n,
           count(*) FILTER (WHERE event = 'data_session') AS data_sessions,
           count(*) FILTER (WHERE event = 'call') AS calls,
           count(*) FILTER (WHERE event IN ('attach', 'detach')) AS attach_events,
           count(*) FILTER (WHERE event = 'location_update') AS location_updates
    FROM d GROUP BY imei, cell
),
m AS (
    SELECT imei, count(cell) AS cells, max_by(cell, (n, cell)) FILTER (WHERE cell IS NOT NULL) AS main_cell,
           CAST(sum(data_sessions) AS BIGINT) AS data_sessions, CAST(sum(calls) AS BIGINT) AS calls,
           CAST(sum(attach_events) AS BIGINT) AS attach_events, CAST(sum(location_updates) AS BIGINT) AS location_updates
    FROM c GROUP BY imei
),
-- the distinct (SIM, number) combinations first: a device has few, so the DISTINCT counts run on a small table
ids AS (SELECT imei, imsi, msisdn FROM d GROUP BY ALL),
s AS (SELECT imei, count(DISTINCT imsi) AS imsis, count(DISTINCT msisdn) AS msisdns FROM ids GROUP BY imei)
SELECT imei, imsis, msisdns, cells, data_sessions, calls, main_cell, attach_events, location_updates
FROM s JOIN m USING (imei)
