-- Per bank account in the window: money in and out, counterparties, and how fast
-- money received is sent on (the mule pattern). atm_in_count: receipts through the ATM channel (a withdrawal's
-- to_account is the cash machine).
WITH io AS (
    SELECT to_account AS account, time, amount, from_account AS other, 'in' AS dir, channel FROM transfers_w
    UNION ALL
    SELECT from_account, time, amount, to_account, 'out', channel FROM transfers_w
),
agg AS (
    SELECT account,
        count(*) FILTER (WHERE dir = 'in') AS in_count,
        count(*) FILTER (WHERE dir = 'in' AND channel = 'atm') AS atm_in_count,
        coalesce(sum(amount) FILTER (WHERE dir = 'in'), 0) AS in_amount,
        count(DISTINCT other) FILTER (WHERE dir = 'in') AS in_senders,
        count(*) FILTER (WHERE dir = 'out') AS out_count,
        coalesce(sum(amount) FILTER (WHERE dir = 'out'), 0) AS out_amount,
        count(DISTINCT other) FILTER (WHERE dir = 'out') AS out_receivers,
        min(time) FILTER (WHERE dir = 'in') AS first_in,
        max(time) FILTER (WHERE dir = 'out') AS last_out
    FROM io GROUP BY account
)
SELECT *,
    CASE WHEN in_amount > 0 THEN out_amount / in_amount ELSE 0 END AS passthrough_ratio,
    CASE WHEN first_in IS NOT NULL AND last_out >= first_in
         THEN date_diff('minute', first_in, last_out) END AS in_to_out_minutes
FROM agg
