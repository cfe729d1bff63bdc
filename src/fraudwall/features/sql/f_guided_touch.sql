-- The people who opened a web resource (registrable domain, IP) or side-loaded an app (installed it from a
-- download link: a meeting or remote-control app from the app store is a tool the caller abuses, not theirs)
-- in the window while a
-- suspected fraud caller (f_suspect_caller) had them on an answered call of 3+ minutes, or within 2 hours
-- after it: the caller walks them through opening a fake case file, an investment platform or a meeting app
-- (引导操作). One row per (kind, resource, person), with the first such touch. Counted per resource by
-- f_victim_trail (guided_users); a person guided to a resource that others were guided to is being defrauded
-- now (victims.guided_by_fraud_caller).
WITH g AS (  -- the guiding calls (few)
    SELECT c.callee AS msisdn, c.caller, c.start_time AS t0, guided_until(c.start_time, c.duration_s) AS t1
    FROM voice_w c SEMI JOIN f_suspect_caller s ON s.msisdn = c.caller
    WHERE guiding_call(c.duration_s)
),
w AS (
    SELECT w.msisdn, w.ip, w.time, w.domain, g.caller FROM web_w w JOIN g ON g.msisdn = w.msisdn
    WHERE w.time >= g.t0 AND w.time <= g.t1
)
SELECT 'domain' AS kind, h.reg_domain AS resource, w.msisdn, min(w.time) AS first_touch, min(w.caller) AS caller
FROM w JOIN f_web_host h USING (domain) WHERE h.reg_domain IS NOT NULL AND h.reg_domain <> '' GROUP BY 1, 2, 3
UNION ALL
SELECT 'ip', ip, msisdn, min(time), min(caller) FROM w WHERE ip IS NOT NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'app', a.app, a.msisdn, min(a.time), min(g.caller) FROM apps_w a JOIN g ON g.msisdn = a.msisdn
WHERE a.event = 'install' AND sideload_url(a.source_url) AND a.time >= g.t0 AND a.time <= g.t1
GROUP BY 1, 2, 3
