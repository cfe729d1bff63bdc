-- Internet-account registrations of the numbers that register in the window: the window's, and theirs
-- of the 3 hours before it (a burst that began before midnight belongs to the burst that goes on after
-- it, else neither window sees it whole).
SELECT platform, account, msisdn, register_time FROM internet_accounts_w
UNION ALL
SELECT platform, account, msisdn, register_time FROM internet_accounts_prev
WHERE register_time >= {{w_start}} - INTERVAL 3 HOUR AND msisdn IN (SELECT msisdn FROM internet_accounts_w)
