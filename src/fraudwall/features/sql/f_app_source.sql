-- Per app seen installed or used in the window: installs, side-loaded installs (source URL), where they
-- came from, and whether the source is a suspicious SMS link domain or sits on a random sub-domain.
WITH i AS (
    SELECT msisdn, app, event, source_url,
        lower(regexp_extract(coalesce(source_url, ''), 'https?://([A-Za-z0-9.-]+)', 1)) AS host
    FROM apps_w
),
j AS (
    SELECT i.*,
        CASE WHEN host = '' THEN NULL
             WHEN regexp_full_match(host, '[0-9]{1,3}(\.[0-9]{1,3}){3}') THEN host
             WHEN regexp_matches(host, '\.(com|net|org|gov|edu)\.cn$')
                  THEN array_to_string(list_slice(string_split(host, '.'), -3, -1), '.')
             ELSE array_to_string(list_slice(string_split(host, '.'), -2, -1), '.') END AS reg_domain
    FROM i
)
SELECT j.app,
    count(*) FILTER (WHERE event = 'install') AS installs,
    count(*) FILTER (WHERE event = 'install' AND host <> '') AS sideloads,
    count(DISTINCT j.msisdn) AS users,
    count(*) FILTER (WHERE event = 'use') AS uses,
    count(DISTINCT j.reg_domain) AS source_domains,
    count(*) FILTER (WHERE l.suspicious) AS suspicious_source_installs,
    count(*) FILTER (WHERE host <> '' AND (regexp_full_match(host, '[0-9]{1,3}(\.[0-9]{1,3}){3}')
                                           OR NOT regexp_matches(host, '^(dl|www|m|download|app|cdn)\.'))) AS odd_host_installs,
    count(*) FILTER (WHERE b.entity IS NOT NULL) AS blocklisted_source_installs,
    any_value(j.source_url) FILTER (WHERE host <> '') AS sample_source
FROM j
LEFT JOIN f_link_domain l ON l.domain = j.reg_domain
LEFT JOIN lists b ON b.list = 'block' AND b.entity = j.reg_domain
GROUP BY j.app
