-- Reciprocity: of the distinct numbers a caller dialled, how many called or texted it back.
-- Only the dialled pairs whose reverse exists (a call or an SMS the other way) are collected; every other
-- pair counts as not called back.
WITH back AS (
    SELECT p.caller, p.callee FROM f_pair p SEMI JOIN f_pair q ON q.caller = p.callee AND q.callee = p.caller
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
