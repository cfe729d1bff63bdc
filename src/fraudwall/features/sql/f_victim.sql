-- Per number in contact with suspected fraud in the window (the victim side; the contact itself is
-- f_fraud_contact: long answered calls and video calls from suspected fraud callers, fraud SMS followed by
-- a visit to the linked site, installs of apps from suspicious sources), and transfers paid after the first
-- such contact to accounts that forward money on at once.
WITH pay AS (
    SELECT coalesce(t.initiated_msisdn, b.bound_msisdn) AS msisdn, t.time, t.amount, t.to_account
    FROM transfers_w t LEFT JOIN bank_accounts b ON b.account_id = t.from_account
)
SELECT c.*,
    count(p.time) AS transfers_after_contact,
    round(coalesce(sum(p.amount), 0), 2) AS amount_after_contact,  -- cents: a float sum differs in the last bits by order
    count(p.time) FILTER (WHERE m.fast_forwarder) AS transfers_to_forwarders
FROM f_fraud_contact c
LEFT JOIN pay p ON p.msisdn = c.msisdn AND p.time >= c.first_contact
LEFT JOIN f_mule m ON m.account = p.to_account
GROUP BY ALL
