-- Per device (IMEI): how many SIMs and numbers it carried, where (distinct cells and the most used
-- cell, ties to the larger cell id), whether it used data, and its attach and location events.
WITH d AS NOT MATERIALIZED (
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
-- the main cell is the largest (events, cell rank) key: the cells' ranks by id (few cells) make it one integer,
-- several times cheaper to aggregate than a max_by over a (count, cell) struct
cr AS (SELECT cell, row_number() OVER (ORDER BY cell) AS r FROM (SELECT DISTINCT cell FROM c WHERE cell IS NOT NULL)),
m AS (
    SELECT imei, count(cell) AS cells, max(n * 4294967296 + r) AS top,
           CAST(sum(data_sessions) AS BIGINT) AS data_sessions, CAST(sum(calls) AS BIGINT) AS calls,
           CAST(sum(attach_events) AS BIGINT) AS attach_events, CAST(sum(location_updates) AS BIGINT) AS location_updates
    FROM c LEFT JOIN cr USING (cell) GROUP BY imei
),
-- the distinct (SIM, number) combinations first: a device has few, so the DISTINCT counts run on a small table;
-- a device with one combination (most) has plain counts, only the others go through the DISTINCT counts
ids AS (SELECT imei, imsi, msisdn FROM d GROUP BY ALL),
s1 AS (SELECT imei, count(*) AS combos, count(imsi) AS imsis, count(msisdn) AS msisdns FROM ids GROUP BY imei),
s2 AS (SELECT imei, count(DISTINCT imsi) AS imsis, count(DISTINCT msisdn) AS msisdns FROM ids
       WHERE imei IN (SELECT imei FROM s1 WHERE combos > 1) GROUP BY imei),
s AS (SELECT s1.imei, CASE WHEN combos > 1 THEN s2.imsis ELSE s1.imsis END AS imsis,
             CASE WHEN combos > 1 THEN s2.msisdns ELSE s1.msisdns END AS msisdns
      FROM s1 LEFT JOIN s2 USING (imei))
SELECT imei, imsis, msisdns, cells, data_sessions, calls, cr.cell AS main_cell, attach_events, location_updates
FROM s JOIN m USING (imei) LEFT JOIN cr ON cr.r = m.top % 4294967296
