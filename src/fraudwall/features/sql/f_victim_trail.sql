-- Per web domain, hosting IP and side-loaded app touched in the window: how many people touched it (an
-- app: installed it from anywhere, app store included, or used it) and how many of them paid an account
-- that splits money on at once (f_split_pay) within 6 hours of a site visit or 24 hours of side-loading
-- the app. Fraud resources are touched almost only by the people they rob;
-- popular and long-tail sites are visited by many people who pay no one of the kind. Visits in the
-- 6 hours and installs in the 24 hours before the window count too: a person who installs an app in
-- the evening and pays after midnight (or whose payment is split after midnight) is otherwise seen in
-- no window whole. An app's users leave out the people who side-loaded it earlier in the look-back
-- (app_sideloads_h) and did not pay now.
-- guided_users: the people among them that a suspected fraud caller walked through opening it (f_guided_touch).
WITH p AS (SELECT payer, min(time) AS t FROM f_split_pay WHERE payer IS NOT NULL GROUP BY 1),
prev AS (SELECT msisdn, ip, time, domain FROM web_prev WHERE time >= {{w_start}} - INTERVAL 6 HOUR),
prev_host AS (SELECT domain, reg_domain(lower(domain)) AS reg_domain FROM (SELECT DISTINCT domain FROM prev)),
v AS (
    SELECT w.msisdn, w.ip, w.time, h.reg_domain FROM web_w w LEFT JOIN f_web_host h USING (domain)
    UNION ALL
    SELECT p.msisdn, p.ip, p.time, ph.reg_domain FROM prev p LEFT JOIN prev_host ph USING (domain)
),
vp AS (
    SELECT v.*, p.payer IS NOT NULL AND v.time <= p.t AND v.time >= p.t - INTERVAL 6 HOUR AS paid
    FROM v LEFT JOIN p ON p.payer = v.msisdn
),
a AS (  -- every install and use of an app (its users); paid: a side-load followed by the payment
    SELECT i.msisdn, i.app,
        i.event = 'install' AND sideload_url(i.source_url) AND p.payer IS NOT NULL AND i.time <= p.t
            AND i.time >= p.t - INTERVAL 24 HOUR AS paid
    FROM (SELECT msisdn, app, time, event, source_url FROM apps_w
          UNION ALL
          SELECT msisdn, app, time, event, source_url FROM apps_prev WHERE time >= {{w_start}} - INTERVAL 24 HOUR) i
    LEFT JOIN p ON p.payer = i.msisdn
),
-- guided: the (resource, person) is one of f_guided_touch's (few rows: a hash table of them, probed once per pair)
gt AS (SELECT kind, resource, msisdn, true AS guided FROM f_guided_touch),
-- each (resource, person) once, paid when any of the person's touches was followed by the payment: one
-- grouping instead of a DISTINCT count and a filtered one over every visit
dv AS (SELECT d.*, coalesce(gt.guided, false) AS guided
       FROM (SELECT reg_domain, msisdn, bool_or(paid) AS paid FROM vp WHERE reg_domain IS NOT NULL AND reg_domain <> ''
             GROUP BY 1, 2) d
       LEFT JOIN gt ON gt.kind = 'domain' AND gt.resource = d.reg_domain AND gt.msisdn = d.msisdn),
iv AS (SELECT i.*, coalesce(gt.guided, false) AS guided
       FROM (SELECT ip, msisdn, bool_or(paid) AS paid FROM vp WHERE ip IS NOT NULL GROUP BY 1, 2) i
       LEFT JOIN gt ON gt.kind = 'ip' AND gt.resource = i.ip AND gt.msisdn = i.msisdn),
-- a person who side-loaded the app on an earlier day of the look-back and pays no one after it now (a fraud
-- app's earlier victims go on using it daily) is not one of its users: they would dilute the day's new
-- victims; organic users and app-store installers of a benign app still count
ag AS (SELECT u.*, coalesce(gt.guided, false) AS guided
       FROM (SELECT app, msisdn, bool_or(paid) AS paid FROM a GROUP BY 1, 2) u
       LEFT JOIN gt ON gt.kind = 'app' AND gt.resource = u.app AND gt.msisdn = u.msisdn),
-- only apps with a paying or guided user are reported
av AS (SELECT u.app, u.msisdn, u.paid, u.guided FROM ag u
       LEFT JOIN (SELECT DISTINCT app, msisdn FROM app_sideloads_h
                  WHERE app IN (SELECT app FROM ag WHERE paid OR guided)) s
       ON s.app = u.app AND s.msisdn = u.msisdn
       WHERE u.paid OR s.app IS NULL)
SELECT 'domain' AS kind, reg_domain AS resource, count(*) AS users, count(*) FILTER (WHERE paid) AS paying_users,
       count(*) FILTER (WHERE guided) AS guided_users
FROM dv GROUP BY 2
UNION ALL
SELECT 'ip', ip, count(*), count(*) FILTER (WHERE paid), count(*) FILTER (WHERE guided) FROM iv GROUP BY 2
UNION ALL
SELECT 'app', app, count(*), count(*) FILTER (WHERE paid), count(*) FILTER (WHERE guided) FROM av GROUP BY 2
HAVING bool_or(paid) OR bool_or(guided)
