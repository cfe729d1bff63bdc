-- Lines that answered three or more calls from abroad in the window (call type intl_in, or a foreign caller), with
-- all the calls they answered, the calls they placed, whether they are an enterprise's or allow-listed, and the
-- devices they used in the window (device events and calls). The receiving phone of a two-phone relay (双机手机口)
-- answers the call centre abroad all day and places no call of its own (calls.relay_receiving_line); the handset
-- that carries it is the gang's, and so are the cards it carries next (catpool.relay_line_handset).
WITH inc AS (  -- lines answering several calls from abroad (few), then all the calls they answered
    SELECT callee AS msisdn, count(*) AS calls_from_abroad, count(DISTINCT caller) AS foreign_callers,
           sum(duration_s) AS seconds_from_abroad
    FROM voice_w
    WHERE duration_s > 0 AND callee IS NOT NULL AND call_from_abroad(call_type, caller)
    GROUP BY 1
    HAVING count(*) >= 3
),
answered AS (
    SELECT callee AS msisdn, count(*) AS calls_answered FROM voice_w
    WHERE duration_s > 0 AND callee IN (SELECT msisdn FROM inc) GROUP BY 1
),
outgoing AS (
    SELECT caller AS msisdn, count(*) AS calls_out FROM voice_w WHERE caller IN (SELECT msisdn FROM inc) GROUP BY 1
),
devices AS (
    SELECT msisdn, list(DISTINCT imei ORDER BY imei) AS imeis FROM (
        SELECT msisdn, imei FROM device_w WHERE imei IS NOT NULL AND msisdn IN (SELECT msisdn FROM inc)
        UNION ALL
        SELECT caller, caller_imei FROM voice_w WHERE caller_imei IS NOT NULL AND caller IN (SELECT msisdn FROM inc)
    ) GROUP BY 1
)
SELECT i.msisdn, i.calls_from_abroad, a.calls_answered, i.foreign_callers, i.seconds_from_abroad,
       coalesce(o.calls_out, 0) AS calls_out,
       i.msisdn IN (SELECT msisdn FROM subscriber WHERE customer_type = 'enterprise') AS enterprise,
       allow_listed(i.msisdn) AS allowlisted, coalesce(d.imeis, []) AS imeis
FROM inc i JOIN answered a USING (msisdn) LEFT JOIN outgoing o USING (msisdn) LEFT JOIN devices d USING (msisdn)
