-- Per host name visited in the window (computed once per distinct name, not per visit): the
-- lower-case host and its registrable domain (the reg_domain macro: by the Public Suffix List, an IP literal as
-- it is).
SELECT domain, lower(domain) AS host, reg_domain(lower(domain)) AS reg_domain
FROM (SELECT DISTINCT domain FROM web_w)
