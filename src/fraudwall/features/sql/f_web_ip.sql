-- Per IP address seen in web visits in the window: the registrable domains it served, visitors, and
-- how many of those domains are suspicious SMS link domains (fraud hosting).
WITH v AS (
    SELECT ip, msisdn,
        CASE WHEN regexp_full_match(lower(domain), '[0-9]{1,3}(\.[0-9]{1,3}){3}') THEN lower(domain)
             WHEN regexp_matches(lower(domain), '\.(com|net|org|gov|edu)\.cn$')
                  THEN array_to_string(list_slice(string_split(lower(domain), '.'), -3, -1), '.')
             ELSE array_to_string(list_slice(string_split(lower(domain), '.'), -2, -1), '.') END AS reg_domain
    FROM web_w WHERE ip IS NOT NULL
)
SELECT v.ip, count(DISTINCT v.reg_domain) AS domains, count(DISTINCT v.msisdn) AS visitors, count(*) AS visits,
    count(DISTINCT v.reg_domain) FILTER (WHERE l.suspicious) AS suspicious_domains,
    any_value(v.reg_domain) FILTER (WHERE l.suspicious) AS sample_domain
FROM v LEFT JOIN f_link_domain l ON l.domain = v.reg_domain
GROUP BY v.ip
