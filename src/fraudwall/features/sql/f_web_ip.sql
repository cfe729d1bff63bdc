-- Per IP address seen in web visits in the window: the registrable domains it served, visitors, and
-- how many of those domains are suspicious SMS link domains (fraud hosting).
WITH v AS (
    SELECT w.ip, w.msisdn, h.reg_domain FROM web_w w LEFT JOIN f_web_host h USING (domain) WHERE w.ip IS NOT NULL
)
SELECT v.ip, count(DISTINCT v.reg_domain) AS domains, count(DISTINCT v.msisdn) AS visitors, count(*) AS visits,
    count(DISTINCT v.reg_domain) FILTER (WHERE l.suspicious) AS suspicious_domains,
    min(v.reg_domain) FILTER (WHERE l.suspicious) AS sample_domain
FROM v LEFT JOIN f_link_domain l ON l.domain = v.reg_domain
GROUP BY v.ip
