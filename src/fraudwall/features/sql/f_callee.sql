-- Inbound calling per number in the window (from the distinct caller -> callee pairs of f_pair).
SELECT
    callee AS msisdn,
    CAST(sum(calls) AS BIGINT) AS calls_in,
    count(*) AS callers_in,
    CAST(sum(answered) AS BIGINT) AS answered_in
FROM f_pair
GROUP BY callee
