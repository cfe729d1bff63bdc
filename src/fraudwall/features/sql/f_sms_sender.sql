-- SMS sending per number in the window: volume, distinct receivers, links,
-- template repetition and the busiest minute.
WITH s AS (
    SELECT w.sender, w.receiver, w.send_time, w.content, t.link_like AS has_link
    FROM sms_w w JOIN f_sms_content t ON t.text = coalesce(w.content, '')
),
per_minute AS (
    SELECT sender, max(n) AS max_per_minute FROM (
        -- minute buckets on the epoch: the same minutes in every zone with whole-minute offsets, no zone math
        SELECT sender, epoch_us(send_time) // 60000000 AS m, count(*) AS n FROM s GROUP BY ALL
    ) GROUP BY sender
)
SELECT
    s.sender AS msisdn,
    count(*) AS sms_out,
    count(DISTINCT receiver) AS receivers,
    avg(CASE WHEN has_link THEN 1.0 ELSE 0.0 END) AS link_share,
    count(DISTINCT content) AS distinct_contents,
    min(content) FILTER (WHERE has_link) AS sample_content,
    any_value(pm.max_per_minute) AS max_per_minute
FROM s
JOIN per_minute pm USING (sender)
GROUP BY s.sender
