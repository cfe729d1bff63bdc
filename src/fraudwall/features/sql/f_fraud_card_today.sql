-- The cards working like fraud cards on a device today, one row per (device, SIM): the cards of
-- f_imei_fraud_card and, on a device carrying two or more stranger-dialling SIMs, those SIMs (f_imei_sims).
-- Shared by the gang handsets (f_gang_handset) and the gang-member traces that set such cards apart from a
-- person's own lines (cards.id_line_in_gang_handset, cards.id_card_worked_at_own_den).
SELECT imei, msisdn FROM f_imei_fraud_card
UNION SELECT imei, unnest(stranger_msisdns) AS msisdn FROM f_imei_sims WHERE stranger_sims >= 2
