-- Inbound calling per number in the window.
SELECT
    callee AS msisdn,
    count(*) AS calls_in,
    count(DISTINCT caller) AS callers_in,
    count(*) FILTER (WHERE duration_s > 0) AS answered_in
FROM voice_w
GROUP BY callee
