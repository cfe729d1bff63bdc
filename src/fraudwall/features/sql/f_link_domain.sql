-- Per registrable domain or IP literal linked from SMS in the window: senders, receivers, distinct
-- host names (wildcard DNS gives one per message), fraud vocabulary, and whether its senders look like
-- fraud senders; plus web visits to it.
WITH l AS (
    SELECT m.*, p.receivers AS sender_receivers, p.reply_share AS sender_reply_share,
           p.marketing_share AS sender_marketing_share, p.service_code OR p.allowlisted AS sender_service
    FROM f_sms_msg m JOIN f_sms_profile p ON p.msisdn = m.sender
    WHERE m.has_link
),
g AS (
    SELECT reg_domain AS domain, any_value(is_ip) AS is_ip,
        count(*) AS messages, count(DISTINCT sender) AS senders, count(DISTINCT receiver) AS receivers,
        count(DISTINCT host) AS hosts, count(DISTINCT host) / count(*) AS hosts_per_message,
        avg(CASE WHEN fraud_words THEN 1.0 ELSE 0.0 END) AS fraud_word_share,
        avg(CASE WHEN has_apk THEN 1.0 ELSE 0.0 END) AS apk_share,
        avg(CASE WHEN has_port THEN 1.0 ELSE 0.0 END) AS port_share,
        avg(CASE WHEN sender_service OR opt_out THEN 1.0 ELSE 0.0 END) AS service_share,
        count(DISTINCT sender) FILTER (WHERE NOT sender_service AND sender_receivers >= 20
                                       AND sender_reply_share <= 0.05) AS bulk_personal_senders
    FROM l GROUP BY 1
),
w AS (SELECT domain, visits, visitors, hosts AS web_hosts FROM f_domain)
SELECT g.*,
    bulk_personal_senders >= 1 AND service_share < 0.5
        AND ((hosts >= 3 AND hosts_per_message >= 0.3) OR is_ip OR apk_share >= 0.3 OR fraud_word_share >= 0.5)
        AS suspicious,
    coalesce(w.visits, 0) AS web_visits, coalesce(w.visitors, 0) AS web_visitors,
    EXISTS (SELECT 1 FROM lists b WHERE b.list = 'block' AND b.entity = g.domain) AS blocklisted
FROM g LEFT JOIN w USING (domain)
