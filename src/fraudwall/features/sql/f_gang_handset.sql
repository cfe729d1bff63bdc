-- Per device a gang passes its cards through: today it carries a card working like a fraud card
-- (f_fraud_card_today) and, counting the SIMs that called ten or more numbers from it on look-back days
-- (f_imei_sims.hist_calling_sims), it has carried two or more such cards. sims / hist_sims (all SIMs in the
-- window and on earlier days) tell how many other SIMs it carried (a phone shop tests dozens of customers').
-- Shared by the gang-member traces (cards.id_line_in_gang_handset, cards.id_card_worked_at_own_den).
SELECT s.imei, count(DISTINCT f.msisdn) AS fraud_cards_today, s.hist_calling_sims, s.sims, s.hist_sims
FROM f_imei_sims s JOIN f_fraud_card_today f USING (imei)
GROUP BY s.imei, s.hist_calling_sims, s.sims, s.hist_sims
HAVING count(DISTINCT f.msisdn) + s.hist_calling_sims >= 2
