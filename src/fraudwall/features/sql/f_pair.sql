-- Distinct caller -> callee pairs in the window with their calls, computed once and shared by the
-- fan-out, reciprocity, known-contact and dialling-pattern features; k is the undirected pair key.
SELECT caller, callee, pair_key(caller, callee) AS k,
    count(*) AS calls,
    count(*) FILTER (WHERE duration_s > 0) AS answered,
    count(*) FILTER (WHERE media = 'video') AS video
FROM voice_w
GROUP BY caller, callee
