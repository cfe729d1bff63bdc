-- The distinct (device, number) pairs of the window's calls: which SIMs placed calls from which handset.
-- Shared by the per-number device count (f_caller) and the per-device SIM tables.
SELECT DISTINCT caller_imei AS imei, caller AS msisdn FROM voice_w WHERE caller_imei IS NOT NULL
