-- The distinct (device, number) pairs of the window's calls: which SIMs placed calls from which handset, and
-- how many calls each placed from it.
-- Shared by the per-number device count (f_caller) and the per-device SIM tables.
SELECT caller_imei AS imei, caller AS msisdn, count(*) AS calls FROM voice_w WHERE caller_imei IS NOT NULL
GROUP BY ALL
