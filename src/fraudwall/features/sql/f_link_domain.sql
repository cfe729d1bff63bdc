-- Per registrable domain or IP literal linked from SMS in the window: senders, receivers, distinct
-- host names (wildcard DNS gives one per message), fraud vocabulary, and whether its senders look like
-- fraud senders; plus web visits to it.
-- A link written without a scheme (点击 example.com/12345 领取, or 点击 ybj-rz.cn 办理 under a common top-level domain:
-- no http:// for filters to catch; f_sms_content's link_host, as the real-time screener) counts too,
-- but only in the messages of bulk personal senders (20+ receivers, no replies, not a service code), and such a
-- domain is suspicious only while most of its web visitors in the window received the SMS naming it
-- (bare_visitors_informed): a fraud text that names a
-- real shop's domain does not make the shop's site a fraud site (named_by_links; web.blocked_sender_domain reads it
-- too, with sender_list, the domain's senders). Until this change those links were
-- ignored (f_sms_content's host needs http://): a gang's plain second domain next to its wildcard one
-- was missed (red-team 2, G02).
-- service_share: messages from service codes or allow-listed senders, or carrying the opt-out text from a sender
-- most of whose messages carry it (a marketer); a sender that puts the opt-out text on one of its campaigns only
-- forges it (a phishing card writing 回T退订 under its bank-points link and not under its ETC one; v4, until which any
-- message with the opt-out text counted as a service message). The opt-out text under a scam script's words (日结,
-- 导师, 无抵押 ...) is no opt-out at all (f_sms_content.opt_out): fraud that forges it on every message is not spared.
-- A sender in a wildcard link campaign (a fresh host per message, dozens a day: wildcard_link_campaign) forges any
-- opt-out text it writes (v5: the eighth blind red-team set's gambling domain, linked on 256 sub-domains a day under
-- a forged 回T退订 by cards sms.wildcard_link_sender blocks, was only reviewed).
-- Wildcard DNS: three or more host names at 0.3+ per message, or ten or more whatever the messages per host
-- (a campaign that sends each random sub-domain to five people: 44 hosts in 219 messages, 0.2 per message,
-- was missed on simulator seed 383; ten sub-domains of one domain in a day from personal bulk senders
-- nobody answers is no shop's link), unless each sender links one host of its own and every bulk personal sender is
-- a card of half a year or more (per_sender_pages: a platform's per-user pages, an e-invitation at <id>.h5.<domain>
-- texted by ten couples from their own phones, the thirtieth blind red-team set's wedding invitations; a gang's
-- cards sharing out its sub-domains are new: that set's SMS cat, 14 cards of days, one host each).
-- A person's own phone texting its circle (f_sms_profile.own_phone) is no bulk personal sender. own_phones_led: one
-- sender at least is such a phone and every other is a personal card of half a year or more whose texts carry no fraud
-- words, IP-literal or APK links: people's phones linking a site that hands each reader a page of their own (a group
-- buy's order pages, a class's notices, an e-invitation) is no fraud site (neither suspicious nor a wildcard fraud
-- domain, web.wildcard_subdomains v3). On the first days of a warehouse some of those senders have answered nobody yet
-- (the twenty-ninth blind red-team set's group-buy, school-notice and e-invitation sites were blocked on the first
-- day, with their senders); over 36 test warehouses no suspicious domain had an own-phone sender but these.
WITH bulk AS (
    SELECT msisdn FROM f_sms_profile
    WHERE receivers >= 20 AND reply_share <= 0.05 AND NOT service_code AND NOT allowlisted
),
links AS (
    SELECT sender, receiver, host, reg_domain, is_ip, has_apk, has_port, fraud_words, opt_out, false AS bare
    FROM f_sms_msg WHERE has_link
    UNION ALL
    SELECT sender, receiver, link_host, link_reg_domain, false, false, false, fraud_words, opt_out, true
    FROM f_sms_msg WHERE NOT has_link AND link_host <> '' AND sender IN (SELECT msisdn FROM bulk)
),
l AS (
    SELECT m.*, p.service_code OR p.allowlisted AS sender_service,
           p.opt_out_share AS sender_opt_out_share,
           wildcard_link_campaign(p.link_hosts, p.hosts_per_domain, p.service_code, p.allowlisted)
               AS sender_wildcard, p.own_phone AS sender_own_phone, p.card_age_days AS sender_age_days,
           -- a bulk personal sender: 20+ receivers, hardly a reply, no service sender, not a person's own phone
           NOT (p.service_code OR p.allowlisted) AND p.receivers >= 20 AND p.reply_share <= 0.05 AND NOT p.own_phone
               AS sender_bulk_personal,
           p.own_phone OR clean_personal_sender(p.customer_type, p.card_age_days, 180, p.fraud_word_share,
                                                p.ip_link_share, p.apk_share) AS sender_person_clean
    FROM links m JOIN f_sms_profile p ON p.msisdn = m.sender
),
sender_hosts AS (
    SELECT reg_domain AS domain, max(n) AS max_sender_hosts
    FROM (SELECT reg_domain, sender, count(DISTINCT host) AS n FROM l GROUP BY ALL) GROUP BY 1
),
g AS (
    SELECT reg_domain AS domain, any_value(is_ip) AS is_ip,
        count(*) AS messages, count(DISTINCT sender) AS senders, count(DISTINCT receiver) AS receivers,
        count(DISTINCT host) AS hosts, count(DISTINCT host) / count(*) AS hosts_per_message,
        avg(CASE WHEN fraud_words THEN 1.0 ELSE 0.0 END) AS fraud_word_share,
        avg(CASE WHEN has_apk THEN 1.0 ELSE 0.0 END) AS apk_share,
        avg(CASE WHEN has_port THEN 1.0 ELSE 0.0 END) AS port_share,
        avg(CASE WHEN sender_service OR (opt_out AND sender_opt_out_share >= 0.5 AND NOT sender_wildcard)
                 THEN 1.0 ELSE 0.0 END) AS service_share,
        count(DISTINCT sender) FILTER (WHERE sender_bulk_personal) AS bulk_personal_senders,
        bool_or(sender_own_phone) AND bool_and(sender_person_clean) AS own_phones_led,
        bool_and(coalesce(sender_age_days >= 180, false)) FILTER (WHERE sender_bulk_personal)
            AS bulk_senders_established,
        bool_and(bare) AS bare_only, list(DISTINCT sender) AS sender_list
    FROM l GROUP BY 1
),
w AS (SELECT domain, visits, visitors, hosts AS web_hosts FROM f_domain),
-- for the domains named only in bare links: the share of their window visitors who received such an SMS
bare_vis AS (
    SELECT h.reg_domain AS domain, count(DISTINCT v.msisdn) AS visitors,
           count(DISTINCT v.msisdn) FILTER (WHERE EXISTS (SELECT 1 FROM l WHERE l.bare AND l.reg_domain = h.reg_domain
                                                          AND l.receiver = v.msisdn)) AS informed
    FROM web_w v JOIN f_web_host h USING (domain)
    WHERE h.reg_domain IN (SELECT domain FROM g WHERE bare_only)
    GROUP BY 1
),
j AS (
    SELECT g.*,
        -- the texts name the site its visitors use: always for a domain in http:// links; for one named only in bare
        -- links, when half or more of its window visitors got such a text
        NOT g.bare_only OR coalesce(bv.informed, 0) >= 0.5 * coalesce(bv.visitors, 0) AS named_by_links,
        sh.max_sender_hosts = 1 AND coalesce(g.bulk_senders_established, false) AS per_sender_pages,
        coalesce(w.visits, 0) AS web_visits, coalesce(w.visitors, 0) AS web_visitors,
        CASE WHEN bare_only THEN coalesce(bv.informed, 0) END AS bare_visitors_informed
    FROM g LEFT JOIN w USING (domain) LEFT JOIN bare_vis bv USING (domain) LEFT JOIN sender_hosts sh USING (domain)
)
SELECT j.*,
    bulk_personal_senders >= 1 AND service_share < 0.5 AND NOT own_phones_led
        AND ((hosts >= 3 AND hosts_per_message >= 0.3) OR (hosts >= 10 AND NOT per_sender_pages) OR is_ip OR apk_share >= 0.3
             OR fraud_word_share >= 0.5)
        AND named_by_links
        AS suspicious,
    EXISTS (SELECT 1 FROM lists_w b WHERE b.list = 'block' AND b.entity = j.domain) AS blocklisted
FROM j
