-- Per identity document holding bank accounts that acted as mules in the window (mule seeds of f_mule:
-- relayed victims' money, at once or within a day, or a substantial sum as a new or stranger-linked account, or inside such a
-- chain; collected from two or more mule seeds; or split a payment on within minutes): how many such
-- accounts it holds, and how many of them are bound to a number held by another identity (gang members
-- bind their accounts to the gang's fraud cards; rented accounts are bound to the renter's own card).
WITH flagged AS (
    SELECT account FROM f_mule
    WHERE (mule_seed AND (seed_payers >= 1 OR victim_payers >= 1 OR delayed_victim_relay OR fraud_card_link
                          OR account_age_days <= 90))
       OR seed_payers >= 2
    UNION
    SELECT to_account FROM f_split_pay
),
acc AS (
    SELECT DISTINCT b.id_key, b.account_id, b.bound_msisdn FROM bank_accounts b JOIN flagged f ON f.account = b.account_id
    WHERE b.id_key IS NOT NULL
)
SELECT a.id_key, count(DISTINCT a.account_id) AS mule_accounts,
    count(DISTINCT a.account_id) FILTER (WHERE s.id_key IS NOT NULL AND s.id_key <> a.id_key) AS bound_to_others,
    min(a.account_id) AS sample_account
FROM acc a LEFT JOIN subscriber s ON s.msisdn = a.bound_msisdn
GROUP BY a.id_key
