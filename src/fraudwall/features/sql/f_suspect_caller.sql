-- Numbers that dial strangers in the window the way fraud callers do (4+ of the 6 stranger-dialling points of
-- f_msisdn and 10+ distinct callees): the "suspected fraud callers" whose contacts f_fraud_contact counts on the
-- victim side and whose calls f_victim_trail follows to the sites and apps the people called go to next.
-- Also a line of a young fixed/VoIP set dialling lists together, a few calls a line (f_line_set.set_dialling), and a
-- number a gateway shows without the operator having assigned it (f_spoofed_caller): neither dials ten people from
-- one number, and their victims were warned of nothing (the thirty-first blind red-team set's "cancel your campus
-- loan" calls and "press 1" robocalls).
SELECT msisdn FROM f_msisdn WHERE stranger_points >= 4 AND callees >= 10
UNION
SELECT msisdn FROM f_line_set WHERE set_dialling
UNION
SELECT msisdn FROM f_spoofed_caller
