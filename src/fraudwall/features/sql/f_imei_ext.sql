-- Per device (IMEI) in the window, beyond f_imei: SIM attach churn, the calling pattern of the SIMs it
-- carried (distinct callees, call-backs), whether it was seen before the window, and how many other
-- no-data calling devices share its main cell (a den of SIM boxes).
WITH cov AS (SELECT count(*) > 0 AS has_history FROM (SELECT 1 FROM device_h LIMIT 1)),
j AS (
    SELECT f.*, coalesce(sc.sim_callees, 0) AS sim_callees, coalesce(sc.sim_called_back, 0) AS sim_called_back,
        coalesce(sc.sim_callers_in, 0) AS sim_callers_in, coalesce(sc.max_sim_points, 0) AS max_sim_points,
        sc.sim_answered_share,
        (SELECT has_history FROM cov) AND seen.imei IS NULL AS new_device
    FROM f_imei f
    LEFT JOIN f_device_agg sc USING (imei)  -- the SIMs' calling profile (sums skip SIMs without one)
    LEFT JOIN imei_prior_h seen USING (imei)  -- one row per device seen before the window
),
quiet AS (
    SELECT *, data_sessions = 0 AND cells <= 1 AND calls >= 10
              AND sim_callers_in <= 0.1 * greatest(sim_callees, 1) AS outbound_only
    FROM j
),
den AS (SELECT main_cell, count(*) FILTER (WHERE outbound_only) AS den_devices FROM quiet GROUP BY main_cell)
SELECT q.*, den.den_devices FROM quiet q JOIN den ON den.main_cell IS NOT DISTINCT FROM q.main_cell
