-- Devices that switch off and on in lockstep with other devices of their cell: each device's power-off within two
-- minutes of the other's power-off and its power-on within two minutes of the other's power-on, in one cell. A SIM
-- box's modules go down and come up together when the box does (a timer, one power strip, moving the box); people
-- switch their phones off and on at their own times. A crowd can do it once (a flight, an exam hall, a boarding
-- school collecting phones), so each device also says whether its SIMs dial strangers: five or more numbers outside
-- the lockstep devices' SIMs, at most a fifth of them calling or texting back (a box's cards call each other to look
-- like people; those calls do not count either way).
WITH ev AS (
    SELECT imei, cell, event, time, CAST(epoch(time) // 120 AS BIGINT) AS b
    FROM device_w WHERE event IN ('power_off', 'power_on') AND imei IS NOT NULL AND cell IS NOT NULL
),
near AS (  -- the same event of two devices within two minutes in one cell: neighbouring two-minute buckets, then the band
    SELECT DISTINCT a.imei, o.imei AS peer, a.event
    FROM (SELECT imei, cell, event, time, unnest([b - 1, b, b + 1]) AS nb FROM ev) a
    JOIN ev o ON o.cell = a.cell AND o.event = a.event AND o.b = a.nb AND o.imei <> a.imei
    WHERE abs(epoch(o.time) - epoch(a.time)) <= 120
),
lockstep AS (SELECT imei, peer FROM near GROUP BY imei, peer HAVING count(DISTINCT event) = 2),
sims AS (
    SELECT DISTINCT imei, msisdn FROM device_w
    WHERE msisdn IS NOT NULL AND imei IN (SELECT imei FROM lockstep)
),
outside AS (  -- each such SIM's callees outside those SIMs, and how many of them called or texted back
    SELECT p.caller AS msisdn, count(*) AS callees,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM f_pair r WHERE r.caller = p.callee AND r.callee = p.caller)
                         OR EXISTS (SELECT 1 FROM f_sms_pair s WHERE s.sender = p.callee AND s.receiver = p.caller))
            AS called_back
    FROM f_pair p
    WHERE p.caller IN (SELECT msisdn FROM sims) AND p.callee NOT IN (SELECT msisdn FROM sims)
    GROUP BY p.caller
),
dev AS (
    SELECT s.imei,
        list(s.msisdn ORDER BY s.msisdn) FILTER (WHERE o.callees >= 5 AND o.called_back <= 0.2 * o.callees)
            AS dialling_sims,
        coalesce(sum(o.callees), 0) AS outside_callees
    FROM sims s LEFT JOIN outside o USING (msisdn)
    GROUP BY s.imei
)
SELECT l.imei, count(*) AS lockstep_peers,
    count(*) FILTER (WHERE len(pd.dialling_sims) > 0) AS peers_dialling,
    coalesce(any_value(d.dialling_sims), []) AS dialling_sims,
    any_value(d.outside_callees) AS outside_callees
FROM lockstep l JOIN dev d USING (imei) LEFT JOIN dev pd ON pd.imei = l.peer
GROUP BY l.imei
