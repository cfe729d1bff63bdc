-- Per web resource (registrable domain, IP) the people opened in the window during or within 2 hours after an
-- answered call of 3+ minutes (guiding_call, guided_until) from a number the first-stage scenarios flag in this
-- window (window_flagged: any action, a review included) but that is no suspected fraud caller (f_suspect_caller):
-- a groomer (杀猪盘) or a careful gang's card calls three to eight people a day, each for a long time, so it never
-- dials enough strangers to be a suspect, yet a police report, a card roaming in a high-risk country, an ID over its
-- card cap or fraud-card siblings flag it. A second-stage feature table (made after the first-stage scenarios).
-- guided_users counts these people and those f_guided_touch saw guided by suspected fraud callers; users is
-- f_victim_trail's (the window and the 6 hours before). Resources the first stage already flags are left out.
WITH flagged AS (
    SELECT DISTINCT entity AS msisdn FROM window_flagged
    WHERE entity_type = 'msisdn' AND entity NOT IN (SELECT msisdn FROM f_suspect_caller)
),
g AS (
    SELECT c.callee AS msisdn, c.caller, c.start_time AS t0, guided_until(c.start_time, c.duration_s) AS t1
    FROM voice_w c SEMI JOIN flagged f ON f.msisdn = c.caller
    WHERE guiding_call(c.duration_s)
),
w AS (
    SELECT w.msisdn, w.ip, w.domain, g.caller FROM web_w w JOIN g ON g.msisdn = w.msisdn
    WHERE w.time >= g.t0 AND w.time <= g.t1
),
touch AS (
    SELECT 'domain' AS kind, h.reg_domain AS resource, w.msisdn, min(w.caller) AS caller
    FROM w JOIN f_web_host h USING (domain) WHERE h.reg_domain IS NOT NULL AND h.reg_domain <> '' GROUP BY 1, 2, 3
    UNION ALL
    SELECT 'ip', ip, msisdn, min(caller) FROM w WHERE ip IS NOT NULL GROUP BY 1, 2, 3
),
guided AS (
    SELECT kind, resource, msisdn, caller FROM touch
    UNION ALL
    SELECT kind, resource, msisdn, caller FROM f_guided_touch
    WHERE (kind, resource) IN (SELECT (kind, resource) FROM touch)
)
SELECT g.kind, g.resource, v.users, count(DISTINCT g.msisdn) AS guided_users, count(DISTINCT g.caller) AS callers,
       min(g.caller) AS sample_caller
FROM guided g JOIN f_victim_trail v ON v.kind = g.kind AND v.resource = g.resource
WHERE g.resource NOT IN (SELECT entity FROM window_flagged WHERE entity_type IN ('domain', 'ip'))
GROUP BY g.kind, g.resource, v.users
