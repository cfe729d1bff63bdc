-- Per SMS-linked registrable domain (f_link_domain: named by the links, not an IP literal, not a public link
-- shortener) and each of its senders in the window: whether the first stage blocks the sender (window_actions), and
-- whether the sender is a young enterprise line texting links in bulk the way a phishing card does
-- (bulk_link_enterprise_line), exempt from the sender scenarios as an enterprise's. A phishing campaign's site is the
-- domain all of whose senders are blocked or such lines (web.blocked_sender_domain); such a line texting a domain a
-- blocked sender links is the campaign's too (sms.enterprise_line_blocked_campaign).
WITH blocked AS (SELECT entity AS msisdn FROM window_actions WHERE entity_type = 'msisdn' AND action = 'block'),
campaign_lines AS (
    SELECT msisdn FROM f_sms_profile
    WHERE bulk_link_enterprise_line(customer_type, card_age_days, receivers, link_share, reply_share, opt_out_share,
                                    service_code, allowlisted)
),
ds AS (
    SELECT domain, unnest(sender_list) AS sender FROM f_link_domain
    WHERE domain IS NOT NULL AND NOT is_ip AND named_by_links AND NOT link_shortener(domain)
)
SELECT domain, sender, sender IN (SELECT msisdn FROM blocked) AS blocked,
       sender IN (SELECT msisdn FROM campaign_lines) AS campaign_line
FROM ds
