-- Per device (IMEI) in the window: the SIMs that placed calls from it, and how many of those SIMs dial
-- strangers the way list-dialling fraud cards do (at least 5 callees and 4 of the 6 stranger signals of
-- f_msisdn). A gang passes its handsets between its fraud cards; a person's dual-SIM phone carries two cards
-- of one life, at most one of which works through strangers (a courier's work card). Calls only: a stranger
-- SIM needs calls anyway, and device events (the largest table) would cost a scan for evidence alone.
-- Look-back (imei_sims_h): the other SIMs that called from the device on earlier days but not in the window,
-- how many of them were reported as fraud before, and how many called 10 or more numbers from it in a day
-- (a calling card, not a person's second line). A gang handset carries one fraud card a day, rotating
-- over the week, so one day shows one SIM; a person's phone keeps its one or two cards.
WITH sims AS (SELECT imei, msisdn FROM f_device_sim),
j AS (
    SELECT imei, msisdn, coalesce(callees, 0) AS callees,
           coalesce(callees >= 5 AND stranger_points >= 4, false) AS stranger_sim
    FROM f_device_sim
),
rep AS (SELECT DISTINCT entity AS msisdn FROM reports_h WHERE entity_type = 'msisdn' AND label = 'fraud'),
hist AS (
    SELECT h.imei, count(*) AS hist_sims,  -- h has one row per (device, SIM): plain counts are distinct counts
           count(*) FILTER (WHERE h.msisdn IN (SELECT msisdn FROM rep)) AS hist_reported_sims,
           count(*) FILTER (WHERE h.callees >= 10) AS hist_calling_sims
    FROM (SELECT imei, msisdn, max(callees) AS callees FROM imei_sims_h WHERE imei IN (SELECT imei FROM sims)
          GROUP BY ALL) h
    ANTI JOIN sims s ON s.imei = h.imei AND s.msisdn = h.msisdn
    GROUP BY h.imei
),
today AS (
    SELECT imei, count(*) AS sims,  -- j has one row per (device, SIM)
           count(*) FILTER (WHERE stranger_sim) AS stranger_sims,
           sum(callees) FILTER (WHERE stranger_sim) AS stranger_sim_callees,
           list(DISTINCT msisdn ORDER BY msisdn) FILTER (WHERE stranger_sim) AS stranger_msisdns
    FROM j GROUP BY imei
)
SELECT t.*, coalesce(hist.hist_sims, 0) AS hist_sims, coalesce(hist.hist_reported_sims, 0) AS hist_reported_sims,
       coalesce(hist.hist_calling_sims, 0) AS hist_calling_sims
FROM today t LEFT JOIN hist USING (imei)
