-- Per bank account with transfers in the window: how much of the money received is sent on within the
-- hour (as-of join of each receipt to the next payment out), out-payment sizes just under a reporting
-- threshold, account age, the holder's bound number, and links to other fast-forwarding accounts
-- (chains: a mule pays mules).
WITH ins AS (SELECT to_account AS account, time, amount, from_account AS other FROM transfers_w),
outs AS (SELECT from_account AS account, time, amount, to_account AS other, initiated_msisdn FROM transfers_w),
nxt AS (
    SELECT i.account, i.amount, date_diff('minute', i.time, o.time) AS minutes_to_out
    FROM ins i ASOF LEFT JOIN outs o ON i.account = o.account AND o.time >= i.time
),
fwd AS (
    SELECT account,
        sum(amount) FILTER (WHERE minutes_to_out <= 60) / nullif(sum(amount), 0) AS forwarded_share,
        median(minutes_to_out) AS median_minutes_to_out
    FROM nxt GROUP BY 1
),
osz AS (
    SELECT account, count(*) FILTER (WHERE amount >= 40000 AND amount < 50000) AS just_under_outs,
        count(DISTINCT initiated_msisdn) AS out_initiators, min(initiated_msisdn) AS out_initiator
    FROM outs GROUP BY 1
),
base AS (
    SELECT a.*, coalesce(f.forwarded_share, 0) AS forwarded_share, f.median_minutes_to_out,
        coalesce(o.just_under_outs, 0) AS just_under_outs, o.out_initiator,
        date_diff('day', b.open_time, {{w_start}}) AS account_age_days, b.id_key AS holder, b.bound_msisdn
    FROM f_account_flow a
    LEFT JOIN fwd f USING (account)
    LEFT JOIN osz o USING (account)
    LEFT JOIN bank_accounts b ON b.account_id = a.account
),
seed AS (
    SELECT account FROM base
    WHERE forwarded_share >= 0.8 AND out_receivers >= 1 AND in_senders <= 10
),
links AS (
    SELECT t.to_account AS account, count(DISTINCT t.from_account) AS seed_payers FROM transfers_w t
    JOIN seed s ON s.account = t.from_account GROUP BY 1
),
risky_num AS (SELECT msisdn FROM f_msisdn WHERE stranger_points >= 4)
SELECT base.*, coalesce(l.seed_payers, 0) AS seed_payers,
    base.account IN (SELECT account FROM seed) AS fast_forwarder,
    coalesce(base.bound_msisdn IN (SELECT msisdn FROM risky_num)
             OR base.out_initiator IN (SELECT msisdn FROM risky_num), false) AS fraud_card_link
FROM base LEFT JOIN links l USING (account)
