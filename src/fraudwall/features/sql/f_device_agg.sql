-- Per device (IMEI) that placed calls in the window: its SIMs (from f_device_sim, one row per device and SIM)
-- and their summed calling profile; one aggregate shared by f_imei_sims and f_imei_ext.
SELECT imei, count(*) AS sims, list(msisdn) AS msisdns,
       sum(callees) AS sim_callees, sum(called_back) AS sim_called_back, sum(callers_in) AS sim_callers_in,
       max(stranger_points) AS max_sim_points, avg(answered_share) AS sim_answered_share
FROM f_device_sim
GROUP BY imei
