-- Per device (IMEI) in the window, beyond f_imei: SIM attach churn, the calling pattern of the SIMs it
-- carried (distinct callees, call-backs), whether it was seen before the window, and how many other
-- no-data calling devices share its main cell (a den of SIM boxes), or, abroad, its roaming country.
-- new_device needs three days of look-back (history_cover): a firm's phones unseen on the data's first day, a Sunday,
-- are no new devices on the Monday (the twentieth blind red-team set's debt-collection office, eight enterprise lines
-- on eight handsets calling from one cell without data, was suspended as a den rotating its IMEIs).
WITH cov AS (SELECT history_days >= 3 AS has_history FROM history_cover),
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
-- where a quiet device works: its main cell, or for a device without a local cell the country it roams in (a den
-- abroad); a device with neither (no location in the records) is in no den
abroad AS (
    SELECT caller_imei AS imei, min(caller_roaming_country) AS country FROM voice_w
    WHERE caller_roaming_country IS NOT NULL
      AND caller_imei IN (SELECT imei FROM quiet WHERE main_cell IS NULL AND outbound_only)
    GROUP BY 1
),
placed AS (
    SELECT q.*, coalesce(q.main_cell, 'abroad:' || a.country) AS den_place FROM quiet q LEFT JOIN abroad a USING (imei)
),
den AS (SELECT den_place, count(*) FILTER (WHERE outbound_only) AS den_devices FROM placed GROUP BY den_place)
SELECT p.* EXCLUDE (den_place), CASE WHEN p.den_place IS NULL THEN 0 ELSE den.den_devices END AS den_devices
FROM placed p JOIN den ON den.den_place IS NOT DISTINCT FROM p.den_place
