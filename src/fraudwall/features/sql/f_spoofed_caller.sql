-- Per number shown as the caller on VoIP calls through one of the operator's gateways although no line of that number
-- is on the operator's books, when the gateway shows 50 or more such numbers in the window, on 20 calls a number or
-- fewer on average, to at least as many distinct people as numbers (a dialler spoofing caller IDs, 改号: the
-- thirty-first blind red-team set's "press 1" robocalls on 506 unassigned Shanghai numbers, the thirtieth set's
-- courier claims on ~1,800 Beijing landline numbers). A privacy-number platform passes thousands of outside numbers to
-- a few masked ones (fewer people than numbers); a company whose numbers are hosted elsewhere shows a few numbers on
-- many calls each. Numbers somebody really uses are left out: called or texted in the window, texting, calling by
-- another way, or reached on an answered call in the look-back (the spoofer's victims: the thirtieth set's gateway also
-- showed 422 real Beijing landlines a seed). Read by fixed_voip.unassigned_caller_ids and f_suspect_caller.
WITH v AS (
    SELECT gateway, caller, callee FROM voice_w
    WHERE call_type = 'voip' AND gateway IS NOT NULL AND caller NOT IN (SELECT msisdn FROM subscriber)
),
g AS (
    SELECT gateway, count(DISTINCT caller) AS gateway_numbers, count(DISTINCT callee) AS gateway_callees,
           count(*) AS gateway_calls
    FROM v GROUP BY 1
    HAVING count(DISTINCT caller) >= 50 AND count(DISTINCT callee) >= count(DISTINCT caller)
       AND count(*) <= 20 * count(DISTINCT caller)
),
shown AS (SELECT DISTINCT caller FROM v WHERE gateway IN (SELECT gateway FROM g)),  -- the qualifying gateways' numbers
life AS (
    SELECT callee AS msisdn FROM voice_w WHERE callee IN (SELECT caller FROM shown)
    UNION SELECT caller FROM voice_w
          WHERE caller IN (SELECT caller FROM shown) AND (gateway IS NULL OR gateway NOT IN (SELECT gateway FROM g))
    UNION SELECT receiver FROM sms_w WHERE receiver IN (SELECT caller FROM shown)
    UNION SELECT sender FROM sms_w WHERE sender IN (SELECT caller FROM shown)
    UNION SELECT msisdn FROM answered_in_h WHERE msisdn IN (SELECT caller FROM shown)
)
SELECT v.caller AS msisdn, v.gateway, g.gateway_numbers, g.gateway_callees, g.gateway_calls,
       count(*) AS calls, count(DISTINCT v.callee) AS callees
FROM v JOIN g USING (gateway)
WHERE NOT allow_listed(v.caller) AND v.caller NOT IN (SELECT msisdn FROM life)
GROUP BY ALL
