-- Per SMS in the window from non-service numbers or with a link: the link it carries (host, registrable
-- domain, IP literal, port, APK), content markers and template, from f_sms_content (per distinct text).
SELECT s.sms_id, s.sender, s.receiver, s.send_time, s.content,
    t.host, t.has_port, t.has_apk, t.has_link, t.is_ip, t.reg_domain, t.fraud_words, t.opt_out, t.brand_tag, t.official_tag,
    t.card_trade, t.pay_deadline, t.call_to_action, t.official_lead, t.template, t.link_host, t.link_reg_domain
FROM sms_w s JOIN f_sms_content t ON t.text = coalesce(s.content, '')
WHERE t.host <> '' OR NOT service_code_number(s.sender)
