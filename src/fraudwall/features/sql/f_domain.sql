-- Per registrable domain (last two labels, or the IP literal) in the window:
-- visitors and how many distinct sub-domains were used (wildcard DNS, 泛域名).
WITH v AS (
    SELECT msisdn, lower(domain) AS host,
        CASE WHEN regexp_full_match(domain, '[0-9]{1,3}(\.[0-9]{1,3}){3}') THEN domain
             ELSE array_to_string(list_slice(string_split(lower(domain), '.'), -2, -1), '.') END AS reg_domain
    FROM web_w
)
SELECT
    reg_domain AS domain,
    count(*) AS visits,
    count(DISTINCT msisdn) AS visitors,
    count(DISTINCT host) AS hosts,
    count(DISTINCT host) / count(DISTINCT msisdn) AS hosts_per_visitor,
    regexp_full_match(reg_domain, '[0-9]{1,3}(\.[0-9]{1,3}){3}') AS is_ip
FROM v
GROUP BY reg_domain
