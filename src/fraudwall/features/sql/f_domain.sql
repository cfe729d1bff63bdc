-- Per registrable domain (f_web_host) in the window:
-- visitors and how many distinct sub-domains were used (wildcard DNS, 泛域名).
WITH v AS (SELECT w.msisdn, h.host, h.reg_domain FROM web_w w LEFT JOIN f_web_host h USING (domain))
SELECT
    reg_domain AS domain,
    count(*) AS visits,
    count(DISTINCT msisdn) AS visitors,
    count(DISTINCT host) AS hosts,
    count(DISTINCT host) / count(DISTINCT msisdn) AS hosts_per_visitor,
    is_ip_literal(reg_domain) AS is_ip
FROM v
GROUP BY reg_domain
