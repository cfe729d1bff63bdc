-- Reciprocity: of the distinct numbers a caller dialled, how many called or texted it back.
WITH pairs AS (SELECT caller, callee FROM f_pair),
back AS (
    SELECT caller AS a, callee AS b FROM f_pair
    UNION
    SELECT sender AS a, receiver AS b FROM f_sms_pair
)
SELECT
    p.caller AS msisdn,
    count(*) AS dialled,
    count(k.a) AS called_back,
    count(k.a) / count(*) AS callback_share
FROM pairs p
LEFT JOIN back k ON k.a = p.callee AND k.b = p.caller
GROUP BY p.caller
