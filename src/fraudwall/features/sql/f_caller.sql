-- Outbound calling per number in the window: volume, fan-out, answer and duration
-- profile, night share, devices and cells, video calls, roaming.
-- fan-out, and how many of the people called got a video call (a face-swap impersonator shows its face to each)
WITH fan AS (SELECT caller, count(*) AS callees, count(*) FILTER (WHERE video > 0) AS video_callees
             FROM f_pair GROUP BY caller),
dev AS (SELECT msisdn, count(*) AS imeis FROM f_call_device GROUP BY msisdn),
-- distinct cells per caller from the distinct (caller, cell) pairs: cheaper than a DISTINCT count in agg
cc AS (SELECT caller, count(caller_cell) AS cells FROM (SELECT caller, caller_cell FROM voice_w GROUP BY ALL) GROUP BY caller),
-- gateways (fixed and VoIP lines) over the few calls that name one, not a DISTINCT pass over every call
gw AS (SELECT caller, count(DISTINCT gateway) AS gateways, max(gateway) AS gateway FROM voice_w
      WHERE gateway IS NOT NULL GROUP BY caller),
agg AS (
SELECT
    caller AS msisdn,
    count(*) AS calls_out,
    avg(CASE WHEN duration_s > 0 THEN 1.0 ELSE 0.0 END) AS answered_share,
    avg(CASE WHEN duration_s = 0 THEN 1.0 ELSE 0.0 END) AS unanswered_share,
    coalesce(avg(CASE WHEN duration_s < 30 THEN 1.0 ELSE 0.0 END) FILTER (WHERE duration_s > 0), 0) AS short_share,
    coalesce(avg(duration_s) FILTER (WHERE duration_s > 0), 0) AS mean_duration_s,
    coalesce(median(duration_s) FILTER (WHERE duration_s > 0), 0) AS median_duration_s,
    avg(CASE WHEN local_hour(start_time) < 6 OR local_hour(start_time) >= 23 THEN 1.0 ELSE 0.0 END) AS night_share,
    avg(coalesce(ring_s, 0)) FILTER (WHERE duration_s = 0) AS mean_ring_unanswered_s,
    count(*) FILTER (WHERE media = 'video') AS video_calls,
    -- answered video calls, and those over two minutes (the look-back's are hist_video's: f_msisdn.video_long_share)
    count(*) FILTER (WHERE media = 'video' AND duration_s > 0) AS video_answered,
    count(*) FILTER (WHERE long_video_call(media, duration_s)) AS video_long,
    max(caller_roaming_country) AS roaming_country,
    count(*) FILTER (WHERE caller_roaming_country IS NOT NULL) AS roaming_calls,
    min(start_time) AS first_call,
    max(start_time) AS last_call
FROM voice_w
GROUP BY caller
)
SELECT a.msisdn, a.calls_out, f.callees,
    a.* EXCLUDE (msisdn, calls_out, video_calls, video_answered, video_long, roaming_country, roaming_calls, first_call, last_call), cc.cells,
    a.video_calls, f.video_callees, a.video_answered, a.video_long, a.roaming_country, a.roaming_calls, a.first_call, a.last_call, coalesce(d.imeis, 0) AS imeis,
    coalesce(g.gateways, 0) AS gateways, g.gateway
FROM agg a JOIN fan f ON f.caller = a.msisdn JOIN cc ON cc.caller = a.msisdn LEFT JOIN dev d USING (msisdn)
    LEFT JOIN gw g ON g.caller = a.msisdn
