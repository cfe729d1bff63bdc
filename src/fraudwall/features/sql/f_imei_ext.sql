-- Per device (IMEI) in the window, beyond f_imei: SIM attach churn, the calling pattern of the SIMs it
-- carried (distinct callees, call-backs), whether it was seen before the window, and how many other
-- no-data calling devices share its main cell (a den of SIM boxes).
WITH sims AS (
    SELECT DISTINCT caller_imei AS imei, caller AS msisdn FROM voice_w WHERE caller_imei IS NOT NULL
),
simcalls AS (
    SELECT s.imei, sum(m.callees) AS sim_callees, sum(m.called_back) AS sim_called_back,
           sum(m.callers_in) AS sim_callers_in, max(m.stranger_points) AS max_sim_points,
           avg(m.answered_share) AS sim_answered_share
    FROM sims s JOIN f_msisdn m USING (msisdn) GROUP BY 1
),
seen AS (SELECT DISTINCT imei FROM imei_seen_h),
cov AS (SELECT count(*) > 0 AS has_history FROM (SELECT 1 FROM device_h LIMIT 1)),
j AS (
    SELECT f.*, coalesce(sc.sim_callees, 0) AS sim_callees, coalesce(sc.sim_called_back, 0) AS sim_called_back,
        coalesce(sc.sim_callers_in, 0) AS sim_callers_in, coalesce(sc.max_sim_points, 0) AS max_sim_points,
        sc.sim_answered_share,
        (SELECT has_history FROM cov) AND NOT EXISTS (SELECT 1 FROM seen WHERE seen.imei = f.imei) AS new_device
    FROM f_imei f
    LEFT JOIN simcalls sc USING (imei)
),
quiet AS (
    SELECT *, data_sessions = 0 AND cells <= 1 AND calls >= 10
              AND sim_callers_in <= 0.1 * greatest(sim_callees, 1) AS outbound_only
    FROM j
)
SELECT q.*, count(*) FILTER (WHERE outbound_only) OVER (PARTITION BY main_cell) AS den_devices
FROM quiet q
