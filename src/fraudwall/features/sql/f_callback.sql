-- Reciprocity: of the distinct numbers a caller dialled, how many called or texted it back.
-- Only the dialled pairs whose reverse exists (a call or an SMS the other way) are collected; every other
-- pair counts as not called back. A pair and its reverse share the undirected key k, so the calls both ways
-- are looked for among the few pairs whose key occurs twice (and pairs of a number with itself).
WITH twice AS (SELECT k FROM f_pair GROUP BY k HAVING count(*) > 1),
cand AS (SELECT caller, callee FROM f_pair WHERE k IN (SELECT k FROM twice) OR caller = callee),
back AS (
    SELECT p.caller, p.callee FROM cand p SEMI JOIN cand q ON q.caller = p.callee AND q.callee = p.caller
    UNION
    SELECT p.caller, p.callee FROM f_pair p SEMI JOIN f_sms_pair s ON s.sender = p.callee AND s.receiver = p.caller
),
n AS (SELECT caller, count(*) AS called_back FROM back GROUP BY caller)
SELECT
    c.msisdn,
    c.callees AS dialled,  -- f_caller's distinct callees: the numbers dialled
    coalesce(n.called_back, 0) AS called_back,
    coalesce(n.called_back, 0) / c.callees AS callback_share
FROM f_caller c LEFT JOIN n ON n.caller = c.msisdn
