-- Per side-loaded app, account and user: a side-loaded app's own collection accounts and who paid them. The app's
-- users are those who side-loaded it (a download link that is not an app store's) in the window or the look-back; a
-- collection account is one opened within 365 days of the window (or with no account record: another bank's) that
-- two or more of the app's users paid after installing it, over the look-back and the window, those users being half
-- or more of everyone who paid it then. A fake trading app's targets deposit for days, each into a few of the gang's
-- company accounts, which keep the money: no relay, so no mule feature sees them. The eighteenth blind red-team set's
-- pig-butchering gang had eight targets install its app in three days and then pay six accounts of 4-10 months
-- 5,000-200,000 CNY at a time, one or two payments a day into each. A school's app and the fees parents pay fall
-- outside: a school's account is years old. user_payers / payers: the app's users / everyone paying the account
-- (look-back and window); paid: what this user paid it, paid_window: of which in the window. Read by
-- web.app_of_mule_payers (the app) and victims.paid_hooked_collector (the user, once the app is acted on).
WITH side_users AS (SELECT app, msisdn, installed FROM f_app_sideloader),
user_accounts AS (SELECT account_id FROM bank_accounts WHERE bound_msisdn IN (SELECT msisdn FROM side_users)),
paid_in AS (  -- the look-back's and the window's transfers
    SELECT time, from_account, to_account, amount, initiated_msisdn, false AS in_window FROM transfers_h
    UNION ALL
    SELECT time, from_account, to_account, amount, initiated_msisdn, true FROM transfers_w
),
pays AS (  -- the users' payments after installing the app
    SELECT u.app, u.msisdn, t.to_account AS account, t.amount, t.in_window
    FROM paid_in t LEFT JOIN bank_accounts b ON b.account_id = t.from_account
    JOIN side_users u ON u.msisdn = coalesce(t.initiated_msisdn, b.bound_msisdn) AND t.time >= u.installed
    WHERE t.from_account IN (SELECT account_id FROM user_accounts) OR t.initiated_msisdn IN (SELECT msisdn FROM side_users)
),
cand AS (  -- new (or unknown) accounts paid by two or more of one app's users
    SELECT p.app, p.account, count(DISTINCT p.msisdn) AS user_payers
    FROM pays p LEFT JOIN bank_accounts a ON a.account_id = p.account
    WHERE coalesce(date_diff('day', a.open_time, {{w_start}}), 0) <= 365
    GROUP BY 1, 2 HAVING count(DISTINCT p.msisdn) >= 2
),
payers AS (  -- everyone paying those accounts over the look-back and the window
    SELECT t.to_account AS account, count(DISTINCT coalesce(t.initiated_msisdn, b.bound_msisdn, t.from_account)) AS payers
    FROM paid_in t LEFT JOIN bank_accounts b ON b.account_id = t.from_account
    WHERE t.to_account IN (SELECT account FROM cand)
    GROUP BY 1
)
SELECT p.app, p.account, p.msisdn, c.user_payers, n.payers, round(sum(p.amount), 2) AS paid,
       round(coalesce(sum(p.amount) FILTER (WHERE p.in_window), 0), 2) AS paid_window
FROM pays p JOIN cand c USING (app, account) JOIN payers n USING (account)
WHERE 2 * c.user_payers >= n.payers
GROUP BY p.app, p.account, p.msisdn, c.user_payers, n.payers
