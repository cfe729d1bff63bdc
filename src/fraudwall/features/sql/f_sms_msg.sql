-- Per SMS in the window from non-service numbers or with a link: the link it carries (host, registrable
-- domain with two-level public suffixes such as com.cn, IP literal, port, APK) and content markers
-- (fraud vocabulary, the 退订 opt-out and 【brand】 tag of registered marketing).
WITH m AS (
    SELECT sms_id, sender, receiver, send_time, content,
        url_host(content) AS host,
        regexp_extract(coalesce(content, ''), 'https?://[A-Za-z0-9.-]+(:[0-9]+)', 1) <> '' AS has_port,
        regexp_matches(lower(coalesce(content, '')), '\.apk\b') AS has_apk
    FROM sms_w
)
SELECT *, 
    host <> '' AS has_link,
    is_ip_literal(host) AS is_ip,
    reg_domain(host) AS reg_domain,
    regexp_matches(coalesce(content, ''),
        '(刷单|返现|返利|佣金|日结|兼职|涨停|导师|稳赚|内幕|投资|理财|收益|贷款|额度|无抵押|低息|征信|'
        '退款|理赔|客服|公安|警官|检察|法院|通缉|洗钱|安全账户|资金核查|冻结|涉嫌|中奖|领取|补贴|'
        '验资|解冻|保证金|加我|急用|借我|转我|出事|交友|相亲|网恋)') AS fraud_words,
    regexp_matches(coalesce(content, ''), '(退订|回T|回TD)') AS opt_out,
    regexp_matches(coalesce(content, ''), '^【[^】]{1,12}】') AS brand_tag
FROM m
WHERE host <> '' OR NOT starts_with(sender, '106')
