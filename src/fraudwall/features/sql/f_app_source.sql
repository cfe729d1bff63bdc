-- Per app seen installed or used in the window: installs, side-loaded installs (a source URL not an app store's:
-- sideload_url), where they came from, and whether the source is a suspicious SMS link domain, an odd host, or a
-- domain imitating an official service (imitated_brand: 12306-qiangpiao.vip/dl/qp.apk).
WITH i AS (
    SELECT msisdn, app, event, source_url,
        url_host(source_url) AS host, sideload_url(source_url) AS sideload
    FROM apps_w
),
j AS (
    SELECT i.*,
        reg_domain(host) AS reg_domain
    FROM i
)
SELECT j.app,
    count(*) FILTER (WHERE event = 'install') AS installs,
    count(*) FILTER (WHERE event = 'install' AND sideload) AS sideloads,
    count(DISTINCT j.msisdn) AS users,
    count(*) FILTER (WHERE event = 'use') AS uses,
    count(DISTINCT j.reg_domain) AS source_domains,
    count(*) FILTER (WHERE l.suspicious) AS suspicious_source_installs,
    count(*) FILTER (WHERE odd_download_host(host)) AS odd_host_installs,
    count(*) FILTER (WHERE sideload AND imitated_brand(j.reg_domain) IS NOT NULL) AS brand_imitation_installs,
    count(*) FILTER (WHERE b.entity IS NOT NULL) AS blocklisted_source_installs,
    min(j.source_url) FILTER (WHERE sideload) AS sample_source
FROM j
LEFT JOIN f_link_domain l ON l.domain = j.reg_domain
LEFT JOIN lists_w b ON b.list = 'block' AND b.entity = j.reg_domain
GROUP BY j.app
