-- Per caller in the window: callees dialled in numeric sequence (neighbouring numbers within 10 of each
-- other, as range dialling produces) and callee overlap with numbers called by reported fraud numbers.
-- A caller with one callee gets 0 (its one gap is NULL): every pair goes through the window, which costs less
-- than a semi join picking the callers with two or more callees first. Numbers (E.164: at most 15 digits) are
-- BIGINTs and callers are partitioned by their 64-bit hash, as pair_key keys pairs: ~25 % cheaper than HUGEINT
-- numbers partitioned by the caller's string. Only callees that reported numbers also called can overlap: the
-- other callers get 0 without being grouped.
WITH c AS (
    SELECT caller, TRY_CAST(callee AS BIGINT) AS n FROM f_pair
),
d AS (
    SELECT caller, n - lag(n) OVER (PARTITION BY hash(caller) ORDER BY n) AS gap FROM c WHERE n IS NOT NULL
),
seq AS (SELECT caller AS msisdn, count(*) FILTER (WHERE gap > 0 AND gap <= 10) AS sequential_pairs FROM d GROUP BY 1),
-- numbers reported as fraud, not cleared by a later benign report (still_reported), unless the one fraud report is a
-- lone user report made when the line was half a year old or more: an unconfirmed complaint against a long-held line
-- (a debt collector, an estate agent) does not count; police, bank and internal reports, a second user report, or a
-- report against a young card do
rep AS (SELECT r.entity FROM reports_h r LEFT JOIN subscriber s ON s.msisdn = r.entity
        WHERE r.entity_type = 'msisdn' GROUP BY r.entity
        HAVING still_reported(r.label = 'fraud', r.label, r.time)
           AND NOT coalesce(count(*) FILTER (WHERE r.label = 'fraud') = 1
                            AND count(*) FILTER (WHERE r.label = 'fraud' AND r.source = 'user_report') = 1
                            AND min(r.time) FILTER (WHERE r.label = 'fraud') >= any_value(s.open_time) + INTERVAL 180 DAY,
                            false)),
rep_callees AS (SELECT DISTINCT callee FROM voice_w WHERE caller IN (SELECT entity FROM rep)
                UNION SELECT DISTINCT callee FROM rep_calls_h WHERE caller IN (SELECT entity FROM rep)),
ov AS (
    SELECT p.caller AS msisdn, count(*) AS overlap_callees
    FROM f_pair p JOIN rep_callees r ON r.callee = p.callee
    WHERE p.caller NOT IN (SELECT entity FROM rep)
    GROUP BY 1
)
SELECT m.msisdn, m.callees, coalesce(seq.sequential_pairs, 0) AS sequential_pairs,
    coalesce(ov.overlap_callees, 0) AS overlap_callees,
    m.msisdn IN (SELECT entity FROM rep) AS reported_before
FROM f_msisdn m LEFT JOIN seq USING (msisdn) LEFT JOIN ov USING (msisdn)
