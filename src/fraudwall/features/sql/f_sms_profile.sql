-- Per SMS sender in the window: fan-out, links and what kind (wildcard sub-domains, IP literals,
-- APKs), fraud vocabulary, opt-out markers, calls to action (f_sms_content), template repetition, card facts and call-backs from
-- receivers.
-- answered_callers (bulk senders only, 20+ receivers): the people whose calls this number answered in the look-back and
-- the window; own_phone: own_phone_sender (a person's phone texting its circle, not an SMS cat's card).
WITH g AS (
    SELECT sender AS msisdn,
        count(*) AS sms_out, count(DISTINCT receiver) AS receivers,
        avg(CASE WHEN has_link THEN 1.0 ELSE 0.0 END) AS link_share,
        avg(CASE WHEN fraud_words THEN 1.0 ELSE 0.0 END) AS fraud_word_share,
        avg(CASE WHEN opt_out OR brand_tag THEN 1.0 ELSE 0.0 END) AS marketing_share,
        -- commercial SMS must tell the receiver how to opt out; fraud forges 【brand】 tags, rarely that
        avg(CASE WHEN opt_out THEN 1.0 ELSE 0.0 END) AS opt_out_share,
        avg(CASE WHEN call_to_action THEN 1.0 ELSE 0.0 END) AS call_to_action_share,
        -- leading somewhere other than the genuine institution (f_sms_content.official_lead)
        avg(CASE WHEN call_to_action AND NOT official_lead THEN 1.0 ELSE 0.0 END) AS lure_share,
        -- under a government body's 【tag】 and leading somewhere (a link, a number to call, add or reply to)
        avg(CASE WHEN official_tag AND call_to_action THEN 1.0 ELSE 0.0 END) AS official_share,
        count(DISTINCT receiver) FILTER (WHERE official_tag AND call_to_action) AS official_receivers,
        -- offering to buy, rent or borrow phone cards or bank accounts (f_sms_content.card_trade)
        count(DISTINCT receiver) FILTER (WHERE card_trade) AS card_trade_receivers,
        min(content) FILTER (WHERE card_trade) AS card_trade_sample,
        -- demanding under a 【tag】 that a deposit or fee be paid by a deadline, with a link (f_sms_content.pay_deadline)
        count(DISTINCT receiver) FILTER (WHERE pay_deadline) AS pay_deadline_receivers,
        min(content) FILTER (WHERE pay_deadline) AS pay_deadline_sample,
        avg(CASE WHEN is_ip THEN 1.0 ELSE 0.0 END) AS ip_link_share,
        avg(CASE WHEN has_apk THEN 1.0 ELSE 0.0 END) AS apk_share,
        avg(CASE WHEN has_port THEN 1.0 ELSE 0.0 END) AS port_share,
        -- link hosts and domains, of links with a scheme and without (f_sms_content.link_host: a wildcard campaign
        -- writing "点击 x7q.example.top 领取" is one all the same)
        count(DISTINCT nullif(link_host, '')) FILTER (WHERE NOT is_ip) AS link_hosts,
        count(DISTINCT link_reg_domain) FILTER (WHERE NOT is_ip) AS link_domains,
        count(DISTINCT template) AS templates,
        min(content) FILTER (WHERE has_link) AS sample_content
    FROM f_sms_msg GROUP BY 1
),
rep AS (
    SELECT m.sender AS msisdn, count(DISTINCT m.receiver) FILTER (WHERE r.sender IS NOT NULL) AS replied
    FROM (SELECT DISTINCT sender, receiver FROM f_sms_msg) m
    LEFT JOIN f_sms_pair r ON r.sender = m.receiver AND r.receiver = m.sender
    GROUP BY 1
),
bulk AS (SELECT msisdn FROM g WHERE receivers >= 20),
ans AS (
    SELECT msisdn, count(DISTINCT c) AS answered_callers
    FROM (SELECT msisdn, c FROM answered_in_h WHERE msisdn IN (SELECT msisdn FROM bulk)
          UNION
          SELECT callee, hash(caller) FROM f_pair WHERE answered > 0 AND callee IN (SELECT msisdn FROM bulk))
    GROUP BY 1
),
p AS (
SELECT g.*, coalesce(rep.replied, 0) AS replied, coalesce(rep.replied, 0) / g.receivers AS reply_share,
    CASE WHEN link_domains > 0 THEN link_hosts / link_domains ELSE 0 END AS hosts_per_domain,
    s.line_type, coalesce(s.customer_type, 'personal') AS customer_type,
    date_diff('day', s.open_time, {{w_start}}) AS card_age_days,
    service_code_number(g.msisdn) AS service_code,
    allow_listed(g.msisdn) AS allowlisted,
    coalesce(a.answered_callers, 0) AS answered_callers
FROM g LEFT JOIN rep USING (msisdn) LEFT JOIN ans a USING (msisdn) LEFT JOIN subscriber s USING (msisdn)
)
SELECT *, own_phone_sender(customer_type, card_age_days, answered_callers, fraud_word_share, ip_link_share, apk_share)
           AS own_phone
FROM p
