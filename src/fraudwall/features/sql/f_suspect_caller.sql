-- Numbers that dial strangers in the window the way fraud callers do (4+ of the 6 stranger-dialling points of
-- f_msisdn and 10+ distinct callees): the "suspected fraud callers" whose contacts f_fraud_contact counts on the
-- victim side and whose calls f_victim_trail follows to the sites and apps the people called go to next.
SELECT msisdn FROM f_msisdn WHERE stranger_points >= 4 AND callees >= 10
