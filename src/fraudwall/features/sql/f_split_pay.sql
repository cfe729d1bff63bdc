-- Payments into accounts that split the money on at once (the first mule layer): one row per payment
-- received in the window (or in the hour before it, whose split may fall in this window) that the
-- receiving account passes on to two or more accounts within 30 minutes, at least 80 % of it. Payments
-- made by accounts that themselves passed on money just received (mule to mule) are left out: the
-- payer is a person who lost money. ``payer`` is the number that initiated the payment (else the
-- number bound to the paying account). Money paid on to an account that itself paid into the receiving account
-- in the window or the day before does not count as split: a brokerage, escrow or business account pays
-- its own customers back (withdrawals), while a mule passes money on to layers that never pay into it.
-- And the split must feed a chain: at least one of the accounts paid passes 80 % of its part on again within two
-- hours (to anyone but the splitting account). A pooled account (a brokerage paying out withdrawals, a group's
-- treasurer sharing a gift) pays people who keep the money; a mule's parts go to the next layer, which moves
-- them on (until this change a brokerage account paying two withdrawals within 30 minutes of an investor's
-- deposit made the investor a 'victim').
-- And the receiving account is no hub: one paid by 100 or more distinct accounts in the window and the day before is
-- a platform's escrow or a merchant's till, whose payouts (settlements to shops, refunds) fall within any 30 minutes
-- of a payment (the twentieth blind red-team set's shopping-platform escrow, paid by ~1,700 shoppers a day, made
-- 43 and 34 Double Eleven shoppers 'victims' on two seeds). No mule account in 44 test warehouses had more than 31
-- distinct payers in a day.
WITH t AS (
    SELECT time, from_account, to_account, amount, initiated_msisdn FROM transfers_24h
    WHERE time >= {{w_start}} - INTERVAL 1 HOUR
),
-- every payment received with each payment the account made within the next 30 minutes (to someone else)
ro AS (
    SELECT r.time, r.from_account, r.to_account, r.amount, r.initiated_msisdn, o.time AS o_time, o.to_account AS o_to,
           o.amount AS o_amount
    FROM t r JOIN t o ON o.from_account = r.to_account AND o.time > r.time
        AND o.time <= r.time + INTERVAL 30 MINUTE AND o.to_account <> r.from_account
),
-- of those payees, the ones that paid into the account in the window or the day before (its customers: the
-- transfers are probed against the few (account, payee) pairs, not the other way round)
back AS (
    SELECT DISTINCT x.to_account AS account, x.from_account AS payee
    FROM transfers_24h x
    SEMI JOIN (SELECT DISTINCT to_account, o_to FROM ro) c ON c.to_account = x.to_account AND c.o_to = x.from_account
),
fwd AS (SELECT * FROM ro WHERE NOT EXISTS (SELECT 1 FROM back b WHERE b.account = ro.to_account AND b.payee = ro.o_to)),
split AS (
    SELECT time, from_account, to_account, amount, initiated_msisdn,
        count(o_time) AS outs, sum(o_amount) AS out_amount, max(date_diff('minute', time, o_time)) AS minutes_to_out
    FROM fwd
    GROUP BY ALL
    HAVING count(DISTINCT o_to) >= 2 AND sum(o_amount) >= 0.8 * amount
),
chained AS (  -- split payments one of whose parts the payee passes on again (80 %+) within two hours
    SELECT DISTINCT p.time, p.from_account, p.to_account FROM (
        SELECT f.time, f.from_account, f.to_account, f.o_time, f.o_to, f.o_amount FROM fwd f
        SEMI JOIN split s ON s.time = f.time AND s.from_account = f.from_account AND s.to_account = f.to_account
    ) p
    JOIN t x ON x.from_account = p.o_to AND x.time >= p.o_time AND x.time <= p.o_time + INTERVAL 2 HOUR
        AND x.to_account <> p.to_account
    GROUP BY p.time, p.from_account, p.to_account, p.o_time, p.o_to, p.o_amount
    HAVING sum(x.amount) >= 0.8 * p.o_amount
),
hub AS (  -- receiving accounts paid by 100+ distinct accounts in the window and the 24 hours before it
    SELECT x.to_account FROM transfers_24h x SEMI JOIN (SELECT DISTINCT to_account FROM split) s USING (to_account)
    GROUP BY x.to_account HAVING count(DISTINCT x.from_account) >= 100
),
relay AS (  -- the payer received at least as much in the two hours before: a pass-through, not a loss
    SELECT s.time, s.from_account FROM split s JOIN t i ON i.to_account = s.from_account
        AND i.time <= s.time AND i.time >= s.time - INTERVAL 2 HOUR
    GROUP BY ALL HAVING sum(i.amount) >= 0.8 * any_value(s.amount)
)
SELECT coalesce(s.initiated_msisdn, b.bound_msisdn) AS payer, s.from_account, s.to_account, s.time, s.amount,
    s.outs, s.out_amount, s.minutes_to_out
FROM split s
LEFT JOIN bank_accounts b ON b.account_id = s.from_account
WHERE NOT EXISTS (SELECT 1 FROM relay r WHERE r.time = s.time AND r.from_account = s.from_account)
  AND s.to_account NOT IN (SELECT to_account FROM hub)
  AND EXISTS (SELECT 1 FROM chained c WHERE c.time = s.time AND c.from_account = s.from_account AND c.to_account = s.to_account)
