-- Per device (IMEI) in the window: the SIMs that placed calls from it, and how many of those SIMs dial
-- strangers the way list-dialling fraud cards do (at least 5 callees and 4 of the 6 stranger signals of
-- f_msisdn). A gang passes its handsets between its fraud cards; a person's dual-SIM phone carries two cards
-- of one life, at most one of which works through strangers (a courier's work card). Calls only: a stranger
-- SIM needs calls anyway, and device events (the largest table) would cost a scan for evidence alone.
WITH sims AS (
    SELECT DISTINCT caller_imei AS imei, caller AS msisdn FROM voice_w WHERE caller_imei IS NOT NULL
),
j AS (
    SELECT s.imei, s.msisdn, coalesce(m.callees, 0) AS callees,
           coalesce(m.callees >= 5 AND m.stranger_points >= 4, false) AS stranger_sim
    FROM sims s LEFT JOIN f_msisdn m USING (msisdn)
)
SELECT imei, count(DISTINCT msisdn) AS sims,
       count(DISTINCT msisdn) FILTER (WHERE stranger_sim) AS stranger_sims,
       sum(callees) FILTER (WHERE stranger_sim) AS stranger_sim_callees,
       list(DISTINCT msisdn ORDER BY msisdn) FILTER (WHERE stranger_sim) AS stranger_msisdns
FROM j GROUP BY imei
