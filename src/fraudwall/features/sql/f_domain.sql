-- Per registrable domain (f_web_host) in the window:
-- visitors and how many distinct sub-domains were used (wildcard DNS, 泛域名), and the apps side-loaded in the
-- window from its odd host names (not a vendor's dl./www./cdn. host, an app store or a government site:
-- odd_download_host): a wildcard fraud site hands each victim a download link on a fresh sub-domain of its own
-- (apk_hosts, apk_installs, apk_apps).
WITH v AS (SELECT w.msisdn, h.host, h.reg_domain FROM web_w w LEFT JOIN f_web_host h USING (domain)),
src AS (
    SELECT app, url_host(source_url) AS host FROM apps_w
    WHERE event = 'install' AND sideload_url(source_url)
),
apk AS (
    SELECT reg_domain(host) AS reg_domain, count(DISTINCT host) AS apk_hosts, count(*) AS apk_installs,
           list(DISTINCT app ORDER BY app) AS apk_apps
    FROM src
    WHERE NOT is_ip_literal(host) AND odd_download_host(host)
    GROUP BY 1
),
d AS (
    SELECT
        reg_domain AS domain,
        count(*) AS visits,
        count(DISTINCT msisdn) AS visitors,
        count(DISTINCT host) AS hosts,
        count(DISTINCT host) / count(DISTINCT msisdn) AS hosts_per_visitor,
        is_ip_literal(reg_domain) AS is_ip
    FROM v
    GROUP BY reg_domain
)
SELECT d.*, coalesce(a.apk_hosts, 0) AS apk_hosts, coalesce(a.apk_installs, 0) AS apk_installs, a.apk_apps
FROM d LEFT JOIN apk a ON a.reg_domain = d.domain
