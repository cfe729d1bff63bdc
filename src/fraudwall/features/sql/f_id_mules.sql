-- Per identity document holding bank accounts that acted as mules in the window (mule seeds of f_mule:
-- relayed victims' money, at once or within a day, or a substantial sum as a new or stranger-linked account, or inside such a
-- chain; collected from two or more mule seeds; or split a payment on within minutes): how many such
-- accounts it holds, and how many of them are bound to a number held by another identity (gang members
-- bind their accounts to the gang's fraud cards; rented accounts are bound to the renter's own card).
-- batch_accounts / batch_banks: for a mule account opened in the last 90 days, how many accounts the holder
-- opened within 7 days of it, and at how many banks (the largest such batch): a bank-card seller (两卡) opens
-- fresh accounts at several banks within days and sells them all; a person opens one account at a time.
WITH flagged AS (
    SELECT account FROM f_mule
    WHERE (mule_seed AND (seed_payers >= 1 OR paid_by_victims OR delayed_victim_relay OR fraud_card_link
                          OR account_age_days <= 90))
       OR seed_payers >= 2
    UNION
    SELECT to_account FROM f_split_pay
),
acc AS (
    SELECT DISTINCT b.id_key, b.account_id, b.bound_msisdn FROM bank_accounts b JOIN flagged f ON f.account = b.account_id
    WHERE b.id_key IS NOT NULL
),
held AS (  -- every account of those holders (one look-up)
    SELECT account_id, id_key, bank, open_time FROM bank_accounts WHERE id_key IN (SELECT id_key FROM acc)
),
opened_batch AS (
    SELECT a.id_key, a.account_id, count(DISTINCT o.account_id) AS n, count(DISTINCT o.bank) AS banks
    FROM acc a
    JOIN held m ON m.account_id = a.account_id AND m.open_time >= {{w_start}} - INTERVAL 90 DAY
    JOIN held o ON o.id_key = a.id_key AND o.open_time >= m.open_time - INTERVAL 7 DAY
        AND o.open_time <= m.open_time + INTERVAL 7 DAY
    GROUP BY 1, 2
),
per_id AS (SELECT id_key, max(n) AS batch_accounts, max(banks) AS batch_banks FROM opened_batch GROUP BY 1)
SELECT a.id_key, count(DISTINCT a.account_id) AS mule_accounts,
    count(DISTINCT a.account_id) FILTER (WHERE s.id_key IS NOT NULL AND s.id_key <> a.id_key) AS bound_to_others,
    min(a.account_id) AS sample_account,
    coalesce(any_value(p.batch_accounts), 0) AS batch_accounts, coalesce(any_value(p.batch_banks), 0) AS batch_banks
FROM acc a LEFT JOIN subscriber s ON s.msisdn = a.bound_msisdn
LEFT JOIN per_id p ON p.id_key = a.id_key
GROUP BY a.id_key
