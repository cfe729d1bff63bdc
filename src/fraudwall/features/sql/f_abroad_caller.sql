-- Foreign numbers that called the network's numbers in the window, with their calls into it over the look-back and
-- the window: the distinct local numbers they called (and how many in the window), their calls and answered calls,
-- how many of the local numbers they called called or texted them back, and how many local numbers did so at all.
-- A call centre abroad rotating through many numbers rings each person once from a fresh number, a few a day per
-- number, and hardly anyone answers or calls back (calls.abroad_stranger_caller); family and business partners
-- abroad are answered and called back.
WITH w AS (
    SELECT caller AS fnum, callee AS msisdn, count(*) AS calls, count(*) FILTER (WHERE duration_s > 0) AS answered
    FROM voice_w
    WHERE foreign_number(caller) AND callee IS NOT NULL
    GROUP BY ALL
),
callers AS (
    SELECT fnum, count(*) AS callees_w FROM w GROUP BY 1
),
calls_out AS (
    SELECT fnum, msisdn, calls, answered FROM w
    UNION ALL
    SELECT fnum, msisdn, calls, answered FROM abroad_h WHERE NOT back AND fnum IN (SELECT fnum FROM callers)
),
back AS (  -- local numbers that called or texted the foreign number, in the look-back or the window
    SELECT fnum, msisdn FROM abroad_h WHERE back AND fnum IN (SELECT fnum FROM callers)
    UNION
    SELECT callee, caller FROM voice_w WHERE callee IN (SELECT fnum FROM callers) AND NOT foreign_number(caller)
    UNION
    SELECT receiver, sender FROM sms_w WHERE receiver IN (SELECT fnum FROM callers) AND NOT foreign_number(sender)
),
agg AS (
    SELECT o.fnum, count(DISTINCT o.msisdn) AS callees, sum(o.calls) AS calls, sum(o.answered) AS answered,
           count(DISTINCT o.msisdn) FILTER (WHERE b.msisdn IS NOT NULL) AS called_back
    FROM calls_out o LEFT JOIN back b ON b.fnum = o.fnum AND b.msisdn = o.msisdn
    GROUP BY 1
),
reached AS (
    SELECT fnum, count(*) AS reached_by FROM back GROUP BY 1
)
SELECT a.fnum AS msisdn, a.callees, c.callees_w, CAST(a.calls AS BIGINT) AS calls,
       CAST(a.answered AS BIGINT) AS answered, a.answered / a.calls AS answered_share, a.called_back,
       coalesce(r.reached_by, 0) AS reached_by
FROM agg a JOIN callers c USING (fnum) LEFT JOIN reached r USING (fnum)
