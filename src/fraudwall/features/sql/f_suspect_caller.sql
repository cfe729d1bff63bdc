-- Numbers that dial strangers in the window the way fraud callers do (4+ of the 6 stranger-dialling points of
-- f_msisdn and 10+ distinct callees): the "suspected fraud callers" whose contacts f_fraud_contact counts on the
-- victim side and whose calls f_victim_trail follows to the sites and apps the people called go to next.
-- A list dialler's answered calls are mostly short (the few long ones are the people it hooks): a number whose
-- answered calls (four or more) last three minutes or more at the median talks at length with everyone it
-- reaches (IT support walking customers through a remote-desktop app, a tutor), and is no suspect.
SELECT msisdn FROM f_msisdn
WHERE stranger_points >= 4 AND callees >= 10
  AND NOT (median_duration_s >= 180 AND answered_share * calls_out >= 4)
