-- Per device (IMEI) and SIM (number) that placed calls from it in the window (``calls`` of them), with the calling
-- profile of that number from f_msisdn; shared by the per-device features (f_imei_sims, f_imei_ext).
SELECT s.imei, s.msisdn, s.calls, m.callees, m.called_back, m.callers_in, m.stranger_points, m.answered_share
FROM f_call_device s
LEFT JOIN f_msisdn m USING (msisdn)
