"""The feature layer: per-entity window features, one SQL file per feature table.

Each ``sql/<name>.sql`` defines table ``<name>`` from the window views
(``voice_w``, ``sms_w``, ... rows inside the window; ``voice_h``, ... rows in
the look-back before it; ``subscriber``: each number's record as known at the window's end) and from
other feature tables. The runner materialises each table once per window and
only when a scenario needs it, so every scenario reads small per-entity tables
instead of scanning the records again.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import duckdb
import sqlglot
from sqlglot import exp

from fraudwall.errors import ScenarioError
from fraudwall.features import model_tables, numbers, public_suffix, summaries
from fraudwall.interchange.schema import RECORD_TYPES
from fraudwall.interchange.validate import lit
from fraudwall.models.url import SHORTENERS
from fraudwall.warehouse.store import Warehouse

SQL_DIR = Path(__file__).parent / "sql"
log = logging.getLogger(__name__)
_PARAM = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}")
EVENT_TYPES = [rt for rt in RECORD_TYPES.values() if rt.time_column]
DEFAULT_LOOKBACK_DAYS = 90
PREV_SPAN = timedelta(hours=24)  # ``<type>_prev``: the records of the 24 hours before a window
# record types with a ``<type>_24h`` (the window and the 24 hours before it), made for every window: only those the
# SQL reads (add a type here to read its ``_24h``)
SPAN_24H_TYPES = ("transfers",)


@dataclass(frozen=True)
class Feature:
    """One feature table definition."""

    name: str
    sql: str
    depends: tuple[str, ...]
    description: str


@cache
def referenced_tables(sql: str) -> frozenset[str]:
    """Table names a (parameter-free or rendered) SQL statement reads, minus its own CTE names (parsed once per
    statement: the runner asks for each scenario's stage, features and window columns)."""
    return frozenset(_tables_of(_parse(sql)))


def _parse(sql: str) -> exp.Expression:
    try:
        return sqlglot.parse_one(_PARAM.sub("NULL", sql), read="duckdb")
    except sqlglot.errors.ParseError as exc:
        raise ScenarioError(f"SQL syntax error: {str(exc).splitlines()[0]}") from None


def _tables_of(tree: exp.Expression) -> set[str]:
    ctes = {c.alias_or_name for c in tree.find_all(exp.CTE)}
    return {t.name for t in tree.find_all(exp.Table) if t.name and t.name not in ctes}


#: the tables the scenario runner makes between its two stages (fraudwall.scenarios.registry): the entities the
#: first-stage scenarios act on in the window (an action stronger than a review) and those they flag (a review too)
WINDOW_ACTIONS = "window_actions"
WINDOW_FLAGGED = "window_flagged"
#: the entities acted on in the window by the first two stages together (the third stage reads it)
WINDOW_LATE_ACTIONS = "window_late_actions"
STAGE_TABLES = frozenset({WINDOW_ACTIONS, WINDOW_FLAGGED})
#: the actions of the days before a window, as stored by earlier windows (of this run, detected first, or of earlier
#: runs): what an operator acting every day knows the next morning (the scenario runner's carry stage)
EARLIER_ACTIONS = "earlier_actions"
EARLIER_ACTIONS_COLUMNS = "entity_type VARCHAR, entity VARCHAR, action VARCHAR, acted_day DATE"


@cache
def features() -> dict[str, Feature]:
    """All feature tables shipped with fraudwall."""
    out: dict[str, Feature] = {}
    files = sorted(SQL_DIR.glob("*.sql"))
    names = {f.stem for f in files}
    for f in files:
        sql = f.read_text(encoding="utf-8")
        desc = " ".join(line[2:].strip() for line in sql.splitlines() if line.startswith("--"))
        deps = tuple(sorted(referenced_tables(sql) & (names - {f.stem})))
        out[f.stem] = Feature(f.stem, sql, deps, desc)
    for m in model_tables.names():  # model-backed tables (features/model_tables.py)
        out[m] = Feature(m, model_tables.empty_sql(m), model_tables.DEPENDS[m], model_tables.DESCRIPTION[m])
    return out


@cache
def second_stage_features() -> frozenset[str]:
    """Feature tables that read the first stage's results (:data:`STAGE_TABLES`), directly or through another: the
    runner makes them after the first-stage scenarios, and a scenario reading one runs in the second stage."""
    feats = features()
    late: set[str] = set()
    for n in closure(set(feats)):  # dependency order: a table's dependencies are decided before it
        if STAGE_TABLES & referenced_tables(feats[n].sql) or late & set(feats[n].depends):
            late.add(n)
    return frozenset(late)


def closure(names: set[str]) -> list[str]:
    """The named feature tables and everything they depend on, in dependency order."""
    feats = features()
    order: list[str] = []
    seen: set[str] = set()

    def visit(n: str, stack: tuple[str, ...] = ()) -> None:
        if n in seen:
            return
        if n in stack:
            raise ScenarioError(f"feature tables depend on each other in a cycle: {' -> '.join(stack + (n,))}")
        for d in feats[n].depends:
            visit(d, stack + (n,))
        seen.add(n)
        order.append(n)

    for n in sorted(names):
        visit(n)
    return order


def ts_literal(t: datetime) -> str:
    return f"TIMESTAMPTZ '{t.isoformat()}'"


def window_params(w_start: datetime, w_end: datetime, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> dict[str, str]:
    return {
        "w_start": ts_literal(w_start), "w_end": ts_literal(w_end),
        "h_start": ts_literal(w_start - timedelta(days=lookback_days)),
        "w_hours": repr((w_end - w_start).total_seconds() / 3600.0),
    }


def render(sql: str, params: dict[str, str]) -> str:
    return _PARAM.sub(lambda m: params[m.group(1)] if m.group(1) in params else m.group(0), sql)


# SQL macros shared by the feature files (one definition of each notion)
#: countries whose border regions hold fraud dens, with their calling codes: a card roaming there, or a foreign number of
#: one of them calling in, is a card signal of the stranger-dialling pattern (f_msisdn)
HIGH_RISK_COUNTRIES = {"KH": "855", "MM": "95", "PH": "63", "LA": "856", "MY": "60", "TH": "66", "AE": "971", "VN": "84"}

#: the host names of the app stores of China's phone makers and platforms and of Apple and Google: where the apps of
#: registered companies are installed from (an install from one is no side-load); TestFlight and enterprise-signing
#: hosts are not among them
APP_STORE_HOSTS = (
    "app.mi.com", "appgallery.huawei.com", "appgallery.cloud.huawei.com", "appstore.huawei.com", "app.hicloud.com",
    "appmarket.hihonor.com", "sj.qq.com", "a.app.qq.com", "android.myapp.com", "appstore.vivo.com.cn",
    "h5.appstore.vivo.com.cn", "h5coml.vivo.com.cn", "store.heytap.com", "store.oppomobile.com", "app.oppomobile.com",
    "app.meizu.com", "zhushou.360.cn",
    "shouji.baidu.com", "www.wandoujia.com", "m.pp.cn", "apps.samsung.com", "galaxystore.samsung.com",
    "apps.apple.com", "itunes.apple.com", "play.google.com",
)

#: official services whose number or name fraud sites put in their domain names (仿冒官方网站: 12306-tuipiao.com,
#: jifen-95588dh.cc, jtgl-12123.cc), with the registrable domains the service really uses: a registrable domain
#: containing one of the keys that is none of its domains (nor a *.gov.cn / *.edu.cn site) imitates the service
#: (imitated_brand). Keys are service numbers and distinctive names, never short letter strings that turn up in random
#: host names (ccb, boc, jd).
OFFICIAL_BRAND_DOMAINS = {
    # railway, tax, traffic police, market regulator, social security, citizen hotline, anti-fraud
    "12306": ("12306.cn",), "12366": ("chinatax.gov.cn",), "chinatax": ("chinatax.gov.cn",), "12123": ("122.gov.cn",),
    "12315": ("12315.cn",), "12333": ("12333.gov.cn",), "12345": (), "96110": (), "12381": (),
    # operators
    "10086": ("10086.cn", "chinamobile.com"), "10010": ("10010.com", "chinaunicom.cn", "chinaunicom.com"),
    # banks and payment networks: customer-service numbers and names
    "95588": ("icbc.com.cn",), "icbc": ("icbc.com.cn", "icbc.com", "icbc-ltd.com"), "95533": ("ccb.com", "ccb.cn"),
    "95599": ("abchina.com", "95599.cn"), "abchina": ("abchina.com",), "95566": ("boc.cn", "bankofchina.com"),
    "bankofchina": ("boc.cn", "bankofchina.com"), "95555": ("cmbchina.com",), "cmbchina": ("cmbchina.com",),
    "95559": ("bankcomm.com",), "bankcomm": ("bankcomm.com",), "95580": ("psbc.com",), "psbc": ("psbc.com",),
    "95568": ("cmbc.com.cn",), "95528": ("spdb.com.cn",), "95558": ("citicbank.com",), "95561": ("cib.com.cn",),
    "95595": ("cebbank.com",), "95511": ("pingan.com", "pingan.com.cn", "pingan.cn"),
    "95516": ("95516.com", "unionpay.com"), "unionpay": ("unionpay.com", "unionpayintl.com", "95516.com"),
    "alipay": ("alipay.com", "alipayobjects.com", "alipay.cn"), "tenpay": ("tenpay.com",),
    # platforms
    "taobao": ("taobao.com", "taobao.net", "taobaocdn.com", "taobao.org"), "tmall": ("tmall.com", "tmall.hk"),
    "pinduoduo": ("pinduoduo.com", "pinduoduo.net", "yangkeduo.com"), "jingdong": ("jd.com",),
    "ctrip": ("ctrip.com", "ctrip.cn", "ctripcorp.com"), "meituan": ("meituan.com", "meituan.net"),
    "douyin": ("douyin.com", "douyinpic.com", "douyinvod.com", "douyincdn.com", "douyinstatic.com"),
    "kuaishou": ("kuaishou.com", "kuaishouzt.com"), "weixin": ("qq.com", "weixin.com"), "wechat": ("wechat.com", "qq.com"),
    "chsi": ("chsi.com.cn", "chsi.cn"), "cainiao": ("cainiao.com",), "sf-express": ("sf-express.com",),
}


def _standing_apart(key: str) -> str:
    """A regular expression matching ``key`` where no letter (for a name) or digit (for a number) adjoins it."""
    other = "0-9" if key.isdigit() else "a-z"
    return f"(^|[^{other}]){re.escape(key)}([^{other}]|$)"


MACROS = {
    # undirected contact-pair key
    "pair_key(a, b)": "hash(least(a, b), greatest(a, b))",
    "is_ip_literal(h)": r"regexp_full_match(h, '[0-9]{1,3}(\.[0-9]{1,3}){3}')",
    # a vendor's download or web host name (dl., download., apk., www., m., app., cdn.): where a real company serves
    # its APKs from (odd_download_host)
    "vendor_download_host(h)": r"regexp_matches(h, '^(dl|www|m|download|apk|app|cdn)\.')",
    # a registrable domain whose visitors each reach a host of their own (wildcard DNS, 泛域名): min_hosts distinct host
    # names or more, min_hosts_per_visitor or more per visitor (f_domain's columns; web.wildcard_subdomains and
    # web.wildcard_apk_domain, web.fraud_app_source's wildcard source)
    "wildcard_domain(is_ip, hosts, hosts_per_visitor, min_hosts, min_hosts_per_visitor)": (
        "(NOT is_ip AND hosts >= min_hosts AND hosts_per_visitor >= min_hosts_per_visitor)"),
    # how detection and evaluation name an internet account: its platform and its account id on it
    "internet_account_key(platform, account)": "(platform || ':' || account)",
    # an id given after a chat platform's name in a text ("加QQ:12345678", "微信 abc_88", "VX…", "TG…"): group 1
    "chat_handle_pattern()": (r"'(?:QQ|qq|Qq|微信|威信|VX|vx|Vx|V信|wx|WX|加V|加v|飞机|TG|tg|Telegram)\s*号?\s*[:：]?\s*"
                              r"([A-Za-z0-9_-]{5,24})'"),
    # the phone numbers a text gives (请致电19671531074, 详询0932-6461670, 或回电 8619231716047), in E.164 without '+'
    # as the records write them: a mobile number (with or without 86) or an area code and a fixed line's number, each a
    # whole run of digits (an order number or a sum is no phone number; f_named_number)
    "named_numbers(t)": (
        r"list_transform(list_filter(regexp_extract_all(coalesce(t, ''), '[0-9][0-9-]*[0-9]'), "
        r"lambda n: regexp_full_match(n, '(86)?1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}')), "
        r"lambda n: CASE WHEN starts_with(n, '86') THEN n WHEN starts_with(n, '0') THEN '86' || replace(n[2:], '-', '') "
        r"ELSE '86' || n END)"),
    # lower-case host of the first http(s) link in a text ('' when none)
    "url_host(t)": r"lower(regexp_extract(coalesce(t, ''), 'https?://([A-Za-z0-9.-]+)', 1))",
    # lower-case host of the first link written without a scheme in a text ('' when none): a host followed by a path
    # (点击 x7.rw-task.icu/reg), or under a common top-level domain (public_suffix.COMMON_TLDS) followed by no more of a
    # host name (点击 ybj-rz.cn 办理), as the real-time screener takes bare links (f_link_domain)
    "bare_link_host(t)": (
        r"lower(coalesce(nullif(regexp_extract(coalesce(t, ''), "
        r"'(?:^|[^A-Za-z0-9.@/-])((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,10})/[A-Za-z0-9]', 1), ''), "
        r"regexp_extract(coalesce(t, ''), '(?:^|[^A-Za-z0-9.@/-])((?:[A-Za-z0-9-]+\.)+(?i:"
        + "|".join(sorted(public_suffix.COMMON_TLDS)) + r"))(?:$|[^A-Za-z0-9-])', 1)))"),
    # a text that holds something like a link: a scheme, "www." or a name under a common top-level domain
    # (public_suffix.COMMON_TLDS), in any case; the real-time screener's has_link (f_sms_content's link_like)
    "link_like_text(t)": (
        r"regexp_matches(t, '(?i)(https?://|www\.|[a-z0-9-]+\.(" + "|".join(sorted(public_suffix.COMMON_TLDS))
        + r")\b)')"),
    # an app store's host (APP_STORE_HOSTS, the whole host name): an install from it is no side-load
    "app_store_host(h)": "regexp_full_match(h, " + lit("|".join(re.escape(h) for h in APP_STORE_HOSTS)) + ")",
    # an install source URL that side-loads the app: a download link that is not an app store's (hist_app_sideloads,
    # f_app_source, f_domain's APK hosts, the victim features and web.groomed_payer_app)
    "sideload_url(u)": "(coalesce(u, '') <> '' AND NOT app_store_host(url_host(u)))",
    # a government or university site (*.gov.cn, *.edu.cn: registered only by such bodies; odd_download_host,
    # web.blocked_app_source)
    "public_body_host(h)": r"regexp_matches(h, '\.(gov|edu)\.cn$')",
    # a side-load source host that is none of: a vendor's download host (vendor_download_host), an app store, a
    # public body's site -- IP literals included (f_app_source's odd_host_installs, f_domain's APK hosts)
    "odd_download_host(h)": (
        "(h <> '' AND NOT vendor_download_host(h) AND NOT app_store_host(h) AND NOT public_body_host(h))"),
    # the official service (OFFICIAL_BRAND_DOMAINS' key) a lower-case registrable domain imitates, NULL when none
    # (a key standing apart from other letters, or other digits, in the name: "techbestmall" is no tmall)
    "imitated_brand(d)": "CASE WHEN d IS NULL OR public_body_host(d) THEN NULL " + " ".join(
        f"WHEN regexp_matches(d, {lit(_standing_apart(k))}) AND d NOT IN ({', '.join(lit(o) for o in v) or lit('')}) "
        f"THEN {lit(k)}" for k, v in OFFICIAL_BRAND_DOMAINS.items()) + " END",
    # a registrable domain an official service really uses (OFFICIAL_BRAND_DOMAINS' values: pingan.com, 12306.cn ...)
    "official_domain(d)": "(d IN (" + ", ".join(lit(o) for o in sorted({o for v in OFFICIAL_BRAND_DOMAINS.values()
                                                                       for o in v})) + "))",
    # registrable domain of a lower-case host by the Public Suffix List (features/public_suffix.py: s7xbub.cn.com,
    # x.github.io, bbc.co.uk, www.gov.cn; never a public suffix itself), an IP literal as it is
    "reg_domain(h)": (
        "CASE WHEN h IS NULL OR h = '' THEN NULL WHEN is_ip_literal(h) THEN h ELSE psl_reg_domain(h) END"),
    # a call on which a caller can walk the person through opening a site or installing an app (引导操作): answered and
    # 3 minutes or more; what the person opens during it or within 2 hours after it (guided_until) counts
    # (f_guided_touch for suspected fraud callers, web.domain_after_flagged_caller for numbers flagged in the window)
    "guiding_call(duration_s)": "(duration_s >= 180)",
    "guided_until(start_time, duration_s)": "(start_time + to_seconds(duration_s) + INTERVAL 2 HOUR)",
    # an SMS service code (106...), written as dialled or in E.164 with the country code (86106...: exports that put
    # every number in E.164 form; f_sms_profile.service_code, f_sms_msg, f_sms_template, sms.burst_distinct_receivers)
    "service_code_number(n)": "(starts_with(n, '106') OR starts_with(n, '86106'))",
    # a sender exempt from the bulk-sender scenarios whatever it texts: a service code, an allow-listed number or an
    # enterprise's line (unexempt_sender, the link/APK/IP-literal/keyword sender scenarios)
    "exempt_sender(service_code, allowlisted, customer_type)": (
        "(service_code OR allowlisted OR customer_type = 'enterprise')"),
    # a bulk sender none of whose exemptions holds: not commercial SMS carrying the opt-out text (on half its
    # messages or more), not a service code, not allow-listed, not an enterprise's line (the SMS scenarios that act
    # on senders, f_fraud_contact's suspect senders, f_imei_fraud_card's texting cards)
    "unexempt_sender(opt_out_share, service_code, allowlisted, customer_type)": (
        "(opt_out_share < 0.5 AND NOT exempt_sender(service_code, allowlisted, customer_type))"),
    # a young enterprise line texting links in bulk the way a phishing card does (f_sms_profile columns): 20 or more
    # people, half or more of its texts with links, hardly any reply, no opt-out text commercial SMS carries, opened
    # half a year ago or less; a company's notices come from service codes or from lines it has kept for years. Such a
    # line is exempt from the sender scenarios (exempt_sender) unless it links what blocked senders link
    # (sms.enterprise_line_blocked_campaign; web.blocked_sender_domain counts it with the blocked senders)
    "bulk_link_enterprise_line(customer_type, card_age_days, receivers, link_share, reply_share, opt_out_share, "
    "service_code, allowlisted)": (
        "(customer_type = 'enterprise' AND coalesce(card_age_days <= 180, false) AND receivers >= 20 "
        "AND link_share >= 0.5 AND reply_share <= 0.05 AND opt_out_share < 0.5 AND NOT (service_code OR allowlisted))"),
    # a number's link campaign with a fresh host name per message under few domains, dozens a day (泛域名: a
    # gambling or fraud campaign defeating host blocking): commercial SMS links to its brand's fixed host, so an
    # opt-out text ("回T退订") on such texts is forged and exempts nothing (sms.wildcard_link_sender's action tier,
    # f_imei_fraud_card's texting cards). Not service codes or allow-listed numbers; an enterprise's line is no
    # exemption here (the twenty-second blind red-team set's red-packet gang texted a fresh host per message from 24
    # cards on a shell company's licence; over 49 test warehouses no other enterprise line ran such a campaign)
    "wildcard_link_campaign(link_hosts, hosts_per_domain, service_code, allowlisted)": (
        "(link_hosts >= 20 AND hosts_per_domain >= 10 AND NOT (service_code OR allowlisted))"),
    # a person's own phone texting its circle, not an SMS cat's card (f_sms_profile columns): a personal card opened
    # more than 90 days ago that answered the calls of two or more people in the look-back and the window (a card in
    # an SMS cat or a box answers nobody), and whose texts carry no fraud words, IP-literal or APK links. A wildcard
    # link (a fresh sub-domain per text: 团购 order pages, school notices, e-invitations built on one site) is then no
    # fraud evidence: the
    # twenty-ninth blind red-team set's group-buy leaders, class teachers and wedding couples texted such links from
    # their years-old phones and were blocked. Over 34 test warehouses every fraud sender of a wildcard campaign
    # was a card nobody spoke with, except a money-laundering recruiter whose texts promise 日赚千元 (a fraud word).
    # (sms.wildcard_link_sender's action tier, sms.fraud_link_campaign, sms.rt_text_model,
    # sms.burst_distinct_receivers, f_link_domain, f_fraud_contact, f_imei_fraud_card)
    # a personal card at least ``min_age_days`` old whose texts carry no fraud words, IP-literal or APK links (the
    # person's side of own_phone_sender; f_link_domain.own_phones_led's other senders, 180 days)
    "clean_personal_sender(customer_type, card_age_days, min_age_days, word_share, ip_share, apk_share)": (
        "(customer_type = 'personal' AND coalesce(card_age_days >= min_age_days, false) "
        "AND word_share = 0 AND ip_share = 0 AND apk_share = 0)"),
    "own_phone_sender(customer_type, card_age_days, answered_callers, word_share, ip_share, apk_share)": (
        "(clean_personal_sender(customer_type, card_age_days, 91, word_share, ip_share, apk_share) "
        "AND answered_callers >= 2)"),
    # an SMS sender's links or words are those of fraud (f_sms_profile shares): fraud vocabulary, wildcard
    # sub-domains, IP-literal links or APK downloads (sms.fraud_link_campaign, f_fraud_contact, f_imei_fraud_card)
    "fraud_link_evidence(word_share, hosts_per_domain, ip_share, apk_share)": (
        "(word_share >= 0.3 OR hosts_per_domain >= 2 OR ip_share >= 0.3 OR apk_share >= 0.3)"),
    # the call profile of a VoIP box rather than a call centre: few answers or very short calls (voip_box_day;
    # a box's sibling lines in fixed_voip.voip_box_dialling)
    "voip_box_signs(answered, median_s)": "(answered < 0.45 OR median_s < 40)",
    # a line a box could be: at most ``max_day_age`` days old, or its calls short (a median under 90 s); an older line
    # whose calls run like conversations is a business's (voip_box_day, a box's sibling lines in
    # fixed_voip.voip_box_dialling)
    "box_call_length(median_s, age_days, max_day_age)": "(age_days <= max_day_age OR median_s < 90)",
    # a line in steady use: active on every day of a look-back of 3+ days but at most one quiet day a week (a line
    # at work, not a card bought, woken or put to work lately; a shorter look-back cannot show it)
    "steady_use(active_days, history_days)": "(history_days >= 3 AND active_days >= history_days - floor(history_days / 7))",
    # a person who keeps in touch: three or more people reached on answered calls and reaching back, on two or more days
    # (f_msisdn's two_way_contacts): a salesperson's, a collector's or a job hunter's own card working the phone, whose
    # stranger dialling earns a review, not an action (the stranger_fanout scenarios)
    "keeps_in_touch(two_way_contacts)": "(coalesce(two_way_contacts, 0) >= 3)",
    # on the data's second and third days (a look-back of 1-2 days, too short to show steady use): a card older than the
    # data in use on each day of it, a line at work since before the data began (calls.stranger_dialling,
    # cards.id_own_new_fraud_card)
    "in_use_since_data_began(active_days, history_days, age_days)": (
        "(history_days BETWEEN 1 AND 2 AND active_days >= history_days AND age_days > history_days + 1)"),
    # an entity reported as fraud (``positive``: the report labels that count) whose latest report is no benign one:
    # an internal review that cleared a wrong user report lifts it (an aggregate: GROUP BY entity HAVING ...;
    # f_dial_seq, f_imei_sims, f_card_batch, the look-back calls of reported numbers in create_history)
    "still_reported(positive, label, time)": "(bool_or(positive) AND arg_max(label, time) <> 'benign')",
    # a public link shortener (models.url.SHORTENERS and the Chinese platforms' own): anyone's link can sit behind it, so
    # the domain itself is never blocked (web.blocked_sender_domain)
    "link_shortener(d)": "(d IN (" + ", ".join(lit(x) for x in sorted(SHORTENERS | {"s.tb.cn", "3.cn", "u.jd.com"})) + "))",
    # a number's answered video calls (in the window and its look-back) mostly end within two minutes: people who
    # answer a stranger's face-swapped video hang up soon and the impersonator cuts the video before its face gives
    # it away, so most of its calls are short even when the one victim talks on; a family's video chats run long
    # (f_msisdn's video_long_share: the share of them over two minutes)
    "short_video_talk(video_long_share)": "(video_long_share < 0.5)",
    # ``n`` of an account's ``payers`` in the window are suspect (people just contacted by suspected fraud, or mule
    # accounts): one or more, and a quarter or more of the payers. A money changer or a shop paid by ten people a
    # day, one of whom had just talked to a fraud caller or whose money came through a mule, is not passing on
    # victims' money; a mule's payers are mostly victims or the layer before (f_mule's direct and delayed victim
    # relays, finance.mule_chain's next layer)
    "quarter_of_payers(n, payers)": "(n >= 1 AND 4 * n >= payers)",
    # an answered video call that ran over two minutes (f_caller's video_long, the look-back summary hist_video)
    "long_video_call(media, duration_s)": "(media = 'video' AND duration_s > 120)",
    # a card roaming in one of the HIGH_RISK_COUNTRIES (f_msisdn's roaming_high_risk)
    "high_risk_roaming(country)": (
        f"(country IS NOT NULL AND country IN ({', '.join(lit(c) for c in HIGH_RISK_COUNTRIES)}))"),
    # a foreign number: E.164, 10+ digits, not +86 (Hong Kong +852 and Macau +853 included)
    "foreign_number(n)": f"(length(n) >= 10 AND NOT starts_with(n, {lit(numbers.HOME_CC)}))",
    # a call from abroad: the gateway says so (call type intl_in) or the caller is a foreign number (the relay scenarios)
    "call_from_abroad(call_type, caller)": "(call_type = 'intl_in' OR foreign_number(caller))",
    # a domestic number that is no mobile number (features/numbers.py: a landline, a 400 or 95xxx service number): it
    # cannot roam, so a call from abroad showing it shows a forged number (calls.rt_spoofed_domestic_number)
    "domestic_non_mobile_number(n)": (
        f"(starts_with(n, {lit(numbers.HOME_CC)}) AND NOT regexp_full_match(n, {lit(numbers.DOMESTIC_MOBILE)}))"),
    # a call from abroad showing a forged domestic number: a number that cannot roam (domestic_non_mobile_number), or a
    # domestic mobile number the call carries no roaming country for (a genuine roamer's call does: the network knows
    # where it roams; calls.rt_spoofed_domestic_number)
    "forged_domestic_caller(caller, caller_roaming_country)": (
        "(domestic_non_mobile_number(caller) OR (regexp_full_match(caller, " + lit(numbers.DOMESTIC_MOBILE) + ")"
        " AND caller_roaming_country IS NULL))"),
    # a foreign number of one of the HIGH_RISK_COUNTRIES (f_msisdn's foreign_high_risk)
    "high_risk_country_number(n)": (
        "(foreign_number(n) AND ("
        + " OR ".join(f"starts_with(n, {lit(code)})" for code in HIGH_RISK_COUNTRIES.values()) + "))"),
    # a number the window's first stage cuts off: a window_actions row suspending or blocking it (the second-stage
    # scenarios cards.stopped_holder_unused_card, cards.id_cards_acted_together, cards.id_card_sold_to_recruiter and
    # calls.foreign_caller_into_blocked_lines)
    "stopped_number(entity_type, action)": "(entity_type = 'msisdn' AND action IN ('block', 'suspend_and_reverify'))",
    # over a device's cards (an aggregate: customer_type, id_key, age in days of each; NULL without a subscriber
    # record): every one a personal card of one holder, 30 days or more old, all half a year or one a year or more
    # (the holder's long-kept number): a person's own established cards (f_device_reach.own_cards for the window's
    # numbers, f_imei_sims.own_rotation with the look-back's)
    "own_established_cards(customer_type, id_key, age)": (
        "(bool_and(coalesce(coalesce(customer_type, 'personal') <> 'enterprise' AND age >= 30, false)) "
        "AND count(DISTINCT id_key) = 1 AND (min(age) >= 180 OR max(age) >= 365))"),
    # the action a multi-SIM device scenario suggests: a review for a company's gateway or a person's own established
    # cards (f_device_reach's enterprise_gateway, own_cards; catpool.rt_multi_sim_device, many_imsi_per_imei,
    # shared_fraud_handset, rotating_fraud_handset), else a suspension
    "multi_sim_device_action(enterprise_gateway, own_cards)": (
        "(CASE WHEN coalesce(enterprise_gateway, false) OR coalesce(own_cards, false) THEN 'review' "
        "ELSE 'suspend_and_reverify' END)"),
    # a device restarting in lockstep with min_peers or more others of its cell, at least min_share of which have SIMs
    # dialling strangers (f_power_sync: catpool.lockstep_restart_devices, catpool.lockstep_restart_sims)
    "lockstep_cohort(lockstep_peers, peers_dialling, min_peers, min_share)": (
        "(lockstep_peers >= min_peers AND peers_dialling >= min_share * lockstep_peers)"),
    # a card-test phone (f_card_test): min_cards or more fresh cards tested in it in the window, of IDs two or more of
    # which had two or more cards tested there, two or more cards per ID on average (a shop's phone takes one card per
    # customer). catpool.card_test_phone, cards.tested_in_card_test_phone, cards.id_cards_in_card_test_phone
    "card_test_phone(device_cards, device_ids, device_multi_ids, min_cards, min_multi_ids)": (
        "(device_cards >= min_cards AND device_multi_ids >= min_multi_ids AND device_cards >= 2 * device_ids)"),
    # a phone that takes min_delivered or more fresh cards of two or more IDs in the window, each hours after its opening
    # and away from its opening cell (f_card_test's delivered cards: bought, carried off and tested, or put in a den's
    # box; a shop activates its customers' cards at the counter). The same three scenarios
    "delivered_card_phone(delivered_cards, delivered_ids, min_delivered)": (
        "(delivered_cards >= min_delivered AND delivered_ids >= 2)"),
    # a number calling like a face-swap impersonator: three or more video calls, half or more of its calls, to people
    # who hardly call it, three quarters of them or more getting a video call (it shows its face to each; a person
    # video-calls some of the people they phone). The defaults of emerging.stranger_video_calls, which adds the
    # known-contact conditions. video_call_pattern is that pattern alone, whatever the length of the calls
    # (f_video_paid: confirmed by the money instead); video_impersonation adds that most answered video calls are
    # short (short_video_talk: f_fraud_contact's video callers, victims.video_call_then_transfer,
    # catpool.fraud_card_handset)
    "video_call_pattern(video_calls, calls_out, callers_in, callees, video_callees)": (
        "(video_calls >= 3 AND video_calls >= 0.5 * calls_out AND callers_in <= 0.2 * callees "
        "AND video_callees >= 0.75 * callees)"),
    "video_impersonation(video_calls, calls_out, callers_in, callees, video_callees, video_long_share)": (
        "(video_call_pattern(video_calls, calls_out, callers_in, callees, video_callees) "
        "AND short_video_talk(video_long_share))"),
    # a card opened in the last 90 days that called one or two people, each by video (a voice call may follow), none
    # of whom it knew before or who called it: a face-swap gang's one-shot card (f_video_paid's burner branch,
    # confirmed by the money; a person's new number video-calling family is followed by no payment to a laundering
    # or weeks-old account, and a person's number knows somebody). v2: the thirty-first blind red-team set's cards
    # were 5-60 days old and followed each video call with a voice call (v1: opened in the last two days, video only)
    "burner_video_card(card_age_days, video_callees, callers_in, callees, known_callees)": (
        "(coalesce(card_age_days <= 90, false) AND callees BETWEEN 1 AND 2 AND video_callees = callees "
        "AND callers_in = 0 AND known_callees = 0)"),
    # a fixed/VoIP line's day that looks like a VoIP box rather than a call centre: night calls (a share of
    # ``night_alone`` alone, or a twentieth with few answers or very short calls), or on a line at most
    # ``max_day_age`` days old few answers and very short calls (fixed_voip.voip_box_dialling, f_card_batch).
    # A line older than ``max_day_age`` whose calls run like conversations (a median of 90 s or more) is an old
    # business line working late, not a box, whatever its share of answers: most people hang up on a box, whose
    # median call is short (no box line's day in 45 test warehouses had a median over 69 s; a survey institute's
    # interviewers, a fifth to a third answered, a median of 2-5 minutes, were blocked in the twenty-seventh set)
    "voip_box_day(night, answered, median_s, age_days, night_alone, max_day_age)": (
        "(((night >= night_alone OR (night >= 0.05 AND voip_box_signs(answered, median_s))) "
        "AND box_call_length(median_s, age_days, max_day_age)) "
        "OR (answered < 0.45 AND median_s < 40 AND age_days <= max_day_age))"),
}

# SQL macros over a window's views, created with them (see create_window_views)
WINDOW_MACROS = {
    # an entity (a number, a domain, an account) on the operator's allow list (lists/, list 'allow'), the entry not
    # expired by the window's start (``lists_w``): the scenarios that act on numbers, domains or accounts found by
    # their ties alone spare it
    "allow_listed(e)": "coalesce(e IN (SELECT entity FROM lists_w WHERE list = 'allow' AND entity IS NOT NULL), false)",
    # a payment of the person's own money: the paying account had received less than ``max_share`` of the amount
    # in the 24 hours before it (a mule layer passes on what it just received; a victim paid back a small
    # "profit" deposits more); only transfers of the window and the day before are seen (f_groom,
    # victims.paid_mule_account). The subquery renames the columns it reads: an argument given as an unqualified
    # column (``time``) would otherwise bind to the subquery's own column of that name.
    "own_money(pay_account, pay_time, pay_amount, max_share)": (
        "(SELECT coalesce(sum(r.received), 0) FROM (SELECT to_account AS received_by, time AS received_at, "
        "amount AS received FROM transfers_24h) r WHERE r.received_by = pay_account AND r.received_at < pay_time "
        "AND r.received_at >= pay_time - INTERVAL 24 HOUR) < max_share * pay_amount"),
}


def fixed_offset_seconds(tz: str) -> int | None:
    """The zone's UTC offset in seconds when it has been the same since 2000 (no daylight saving), else None."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz)
    offsets = {datetime(y, m, 15, tzinfo=zone).utcoffset() for y in range(2000, 2041) for m in (1, 4, 7, 10)}
    return int(offsets.pop().total_seconds()) if len(offsets) == 1 else None


def define_macros(con: duckdb.DuckDBPyConnection, tz: str | None = None) -> None:
    """Create the shared feature macros on a connection (idempotent); ``tz`` is the warehouse's zone.

    ``local_hour(t)`` is the hour of the day in the warehouse's zone: plain arithmetic on the epoch when the
    zone has a fixed offset (several times cheaper than a per-row zone conversion), else ``hour(t)``.
    """
    public_suffix.register(con)
    for sig, body in MACROS.items():
        con.execute(f"CREATE OR REPLACE TEMP MACRO {sig} AS {body}")
    off = fixed_offset_seconds(tz) if tz else None
    hour = f"CAST(((epoch_us(t) + {off * 1_000_000}) // 3600000000) % 24 AS BIGINT)" if off is not None and off >= 0 \
        else "hour(t)"
    con.execute(f"CREATE OR REPLACE TEMP MACRO local_hour(t) AS {hour}")


def create_history(con: duckdb.DuckDBPyConnection, wh: Warehouse | None, start: datetime, end: datetime,
                   lookback_days: int = DEFAULT_LOOKBACK_DAYS, workers: int = 1) -> None:
    """Compact day-level summaries of [start - look-back, end), built once per detection run
    (``end`` is the start of the run's last window: no window looks back at later records).

    Look-back features read these instead of re-scanning raw history in every
    window (which would cost days x history): ``hist_pairs`` (undirected
    contact-pair key per local day, calls and SMS), ``hist_active`` (numbers that
    called or texted, per day), ``hist_imei`` (devices seen, per day) and ``hist_imei_sims`` (device,
    a SIM that called from it and how many numbers it called from it, per day), ``hist_app_sideloads``
    (who installed which app from a download link, and from which host, per day), ``hist_video`` (answered
    video calls per caller and day, and how many ran over two minutes) and ``hist_answered_in`` (who reached each
    number on an answered call, per day: a hash of the caller) and ``hist_abroad`` (calls from foreign numbers to each
    local number, and the local numbers that called or texted them, per day). Per-window views ``pairs_h``,
    ``active_h``, ``imei_seen_h``, ``imei_sims_h``, ``app_sideloads_h``, ``app_sources_h`` (people per app and
    source host), ``video_h``, ``answered_in_h`` and ``abroad_h`` filter them (and ``imei_prior_h`` /
    ``imei_sims_prior_h``, one row per device / device-SIM pair, the per-run ``hist_imei_first`` and
    ``hist_imei_sims_first``); ``rep_calls_h``
    (from ``hist_rep_calls``: whom numbers reported as fraud before the run's end called, per day)
    gives a window the callees of numbers reported before it without scanning raw history.

    The tables are plain (not temporary) tables of the connection's database, so connections made from it
    with :func:`worker_connection` read them too. With ``workers`` > 1, the stored per-day summaries that
    are missing are built that many days at a time, and the tables that many at a time, each single-threaded
    on its own connection.
    """
    define_macros(con, wh.timezone if wh is not None else None)
    lo = start - timedelta(days=lookback_days)
    # the local day comes from the warehouse's day partitions (no per-row time-zone conversion)
    src = {rt.name: (rt.name if wh is None else f"({_days_scan(wh, rt, lo, end, day_column=True)})")
           for rt in EVENT_TYPES}

    def rows(rt: str, cols: str, extra: str = "") -> str:
        t = RECORD_TYPES[rt].time_column
        day = f"CAST({t} AS DATE)" if wh is None else "_day"
        return (f"SELECT DISTINCT {cols}, {day} AS d FROM {src[rt]} "
                f"WHERE {t} >= {ts_literal(lo)} AND {t} < {ts_literal(end)}{extra}")

    if wh is None:
        tables = {name: " UNION ".join(rows(rt, cols, extra) for rt, cols, extra in parts)
                  for name, parts in summaries.PARTS.items()}
    else:
        tables = _history_from_day_summaries(con, wh, lo, end, rows, workers)
    reported = (f"SELECT entity FROM {src['reports']} WHERE entity_type = 'msisdn' AND time < {ts_literal(end)} "
                "GROUP BY entity HAVING still_reported(label = 'fraud', label, time)")
    tables["hist_rep_calls"] = rows("voice", "caller, callee", f" AND caller IN ({reported})")
    # the devices seen in device events stay a view (read only through hist_imei_first below, or when a window
    # needs the per-day rows of hist_imei); those seen in calls are hist_imei_sims's (a device and a SIM per
    # call with a device), so hist_imei is their union
    con.execute(f"CREATE OR REPLACE VIEW hist_imei_dev AS {tables.pop('hist_imei_dev')}")
    # the largest first, so that the other worker takes the small ones meanwhile
    _create_tables(con, wh, dict(sorted(tables.items(), key=lambda kv: kv[0] != "hist_imei_sims")), workers)
    con.execute("CREATE OR REPLACE VIEW hist_imei AS SELECT imei, d FROM hist_imei_dev "
                "UNION SELECT imei, d FROM hist_imei_sims")
    # one row per device and per (device, SIM) over the run's whole look-back, with the first day seen (and
    # the first day the SIM called 10+ numbers from the device): a window's ``imei_prior_h`` and
    # ``imei_sims_prior_h`` filter these instead of every day's rows (see create_window_views)
    per_run = {
        "hist_imei_sims_first": "SELECT imei, msisdn, min(d) AS d, min(d) FILTER (WHERE callees >= 10) AS d10 "
                                "FROM hist_imei_sims GROUP BY imei, msisdn",
        # how many numbers called or texted each day (history_cover tells covered days from stray records)
        "hist_day_active": "SELECT d, count(*) AS n FROM hist_active GROUP BY d"}
    # and the days each number was active as bits (bit i: ``i`` days after the look-back's first day; spans up to
    # 120 days fit a HUGEINT), so that a window counts a number's active days with a mask instead of a GROUP BY
    con.execute("DROP TABLE IF EXISTS hist_active_bits")
    if con.execute("SELECT coalesce(date_diff('day', min(d), max(d)) < 120, false) FROM hist_active").fetchall()[0][0]:
        per_run["hist_active_bits"] = ("SELECT msisdn, bit_or(CAST(1 AS HUGEINT) << date_diff('day', "
                                       "(SELECT min(d) FROM hist_active), d)) AS days FROM hist_active GROUP BY msisdn")
    _create_tables(con, wh, per_run, workers)
    # each device's first day from the first days of its SIMs (one row per device and SIM, in memory) and the
    # device events' rows: cheaper than grouping every day's rows of hist_imei (10M bench: 2.0 -> ~0.3 CPU-s)
    con.execute("CREATE OR REPLACE TABLE hist_imei_first AS SELECT imei, min(d) AS d FROM (SELECT imei, d FROM "
                "hist_imei_dev UNION ALL SELECT imei, d FROM hist_imei_sims_first) GROUP BY imei")


def _create_tables(con: duckdb.DuckDBPyConnection, wh: Warehouse | None, tables: dict[str, str], workers: int) -> None:
    """CREATE OR REPLACE TABLE name AS sql for independent tables: with ``workers`` > 1 that many at a time,
    each single-threaded on its own connection (cheaper than splitting each aggregation over the cores)."""
    stmts = [f"CREATE OR REPLACE TABLE {name} AS {sql}" for name, sql in tables.items()]
    if workers > 1 and len(stmts) > 1:
        for _ in in_parallel(con, wh, stmts, lambda c, stmt: c.execute(stmt), workers):
            pass
    else:
        for stmt in stmts:
            con.execute(stmt)


def _history_from_day_summaries(con: duckdb.DuckDBPyConnection, wh: Warehouse, lo: datetime, end: datetime,
                                rows, workers: int = 1) -> dict[str, str]:
    """The SQL of each look-back table from the stored per-day summaries of the whole local days in [lo, end)
    (built on first need), and from raw records for a day only partly inside (a run starting mid-day)."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(wh.timezone)
    days = sorted({d for rt in summaries.SOURCES for d in wh.days(rt)})
    first, last = lo.astimezone(tz).date().isoformat(), end.astimezone(tz).date().isoformat()
    parts: dict[str, list[str]] = {name: [] for name in summaries.PARTS}
    full: list[str] = []
    partial = False
    for day in (d for d in days if first <= d <= last):
        start_of_day = datetime.fromisoformat(day).replace(tzinfo=tz)
        if start_of_day >= lo and start_of_day + timedelta(days=1) <= end:
            full.append(day)
        else:
            partial = True
    stale = [d for d in full if not summaries.is_current(wh, d)]  # missing, or the day's data changed since
    if workers > 1 and len(stale) > 1:
        # each day on its own database (it reads Parquet and writes Parquet; see replica_connection)
        for _ in in_parallel(con, wh, stale, lambda c, day: summaries.build(wh, c, day), workers, replicas=True):
            pass
    else:
        for day in stale:
            summaries.build(wh, con, day)
    for day in full:
        for name, sql in summaries.day_summary_sql(wh, day).items():
            parts[name].append(sql)
    keep = " AND _day NOT IN (" + ", ".join(f"DATE '{d}'" for d in full) + ")" if full else ""
    out = {}
    for name, spec in summaries.PARTS.items():
        if partial:  # the raw rows of partly covered days (the time filter of ``rows`` keeps them in range)
            parts[name].append("SELECT * FROM (" + " UNION ".join(rows(rt, cols, _and(extra, keep)) for rt, cols, extra in spec)
                               + ")")
        out[name] = " UNION ALL ".join(parts[name]) if parts[name] else \
            " UNION ".join(rows(rt, cols, extra) for rt, cols, extra in spec)
    return out


def worker_connection(con: duckdb.DuckDBPyConnection, wh: Warehouse | None) -> duckdb.DuckDBPyConnection:
    """Another connection to ``con``'s database, set up like it (time zone, macros): it shares the
    database's tables (look-back summaries, ``subscriber_latest``) but has its own temporary tables and views,
    so it can work on another window at the same time."""
    c = con.cursor()
    if wh is not None:
        c.execute(f"SET TimeZone = {lit(wh.timezone)}")
    c.execute("SET enable_progress_bar = false")
    define_macros(c, wh.timezone if wh is not None else None)
    return c


def replica_connection(con: duckdb.DuckDBPyConnection, wh: Warehouse | None,
                       block_cache_bytes: int | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to a new in-memory database holding copies of ``con``'s database tables (the run's
    look-back tables, ``subscriber_latest``) and views, set up like it, with single-threaded queries.

    Two windows on two databases cost ~10 % less CPU than on two connections of one database (10M bench,
    interleaved pairs of windows: 17.8 vs 19.7 CPU-s), which share one buffer pool and block allocator.
    Tables are copied through Arrow record batches, each column cast back to its type (HUGEINT travels as
    DECIMAL(38,0))."""
    c = wh.connect() if wh is not None else duckdb.connect()
    for setting in ("threads", "preserve_insertion_order", "enable_progress_bar", "TimeZone"):
        value = con.execute(f"SELECT current_setting('{setting}')").fetchall()[0][0]
        c.execute(f"SET {setting} = {lit(str(value))}")
    c.execute("SET threads = 1")
    if block_cache_bytes is not None:
        c.execute(f"SET block_allocator_memory = '{int(block_cache_bytes)}B'")
    define_macros(c, wh.timezone if wh is not None else None)
    src = con.cursor()
    try:
        tables = src.execute("SELECT table_name, table_oid FROM duckdb_tables() WHERE NOT temporary AND "
                             "schema_name = 'main' AND database_name = current_database() ORDER BY table_name").fetchall()
        for name, oid in tables:
            cols = src.execute(f"SELECT column_name, data_type FROM duckdb_columns() WHERE table_oid = {int(oid)} "
                               "ORDER BY column_index").fetchall()
            batches = src.sql(f'SELECT * FROM "{name}"').to_arrow_reader(1 << 17)  # noqa: F841 (read below)
            casts = ", ".join(f'CAST("{col}" AS {typ}) AS "{col}"' for col, typ in cols)
            c.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT {casts} FROM batches')
        existing = {r[0] for r in c.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        for name, sql in src.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND NOT temporary "
                                     "AND database_name = current_database() ORDER BY view_oid").fetchall():
            if name not in existing:  # the warehouse's record-type views are there already
                c.execute(sql)
    finally:
        src.close()
    return c


@contextmanager
def single_threaded(con: duckdb.DuckDBPyConnection):
    """DuckDB runs each query of ``con``'s database on one thread meanwhile (the setting is per
    database). Several connections then each use one core: for many medium-sized aggregations (the
    per-window feature tables), that costs about a quarter less CPU than splitting every query over the
    cores, which partitions and merges each hash table."""
    before = con.execute("SELECT current_setting('threads')").fetchall()[0][0]
    con.execute("SET threads = 1")
    try:
        yield
    finally:
        con.execute(f"SET threads = {int(before)}")


def in_parallel(con: duckdb.DuckDBPyConnection, wh: Warehouse | None, items: list, work, workers: int,
                setup=None, replicas: bool = False, block_cache_bytes: int | None = None) -> Iterator:
    """``work(connection, item)`` for every item, ``workers`` at a time, each worker on its own connection
    (after ``setup(connection)``) with single-threaded queries; yields the results as they finish. An error is
    raised once the running items have finished (the rest are skipped).

    Connections are :func:`worker_connection` s of ``con``'s database, or with ``replicas`` every worker but
    the first has a :func:`replica_connection` (its own database; for work that only reads ``con``'s tables).
    Once no item is left to start, a worker that finishes lets the others' databases use every core
    (``threads`` back to ``con``'s setting before the call), so the last items do not run on one core alone."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    local = threading.local()
    opened: list[duckdb.DuckDBPyConnection] = []
    controls: list[duckdb.DuckDBPyConnection] = []  # one spare connection per database, to change its threads
    lock = threading.Lock()
    started = [0]
    own_db = [True]
    all_threads = int(con.execute("SELECT current_setting('threads')").fetchall()[0][0])

    def run(item):
        c = getattr(local, "con", None)
        if c is None:
            with lock:
                first = own_db[0]
                own_db[0] = False
            c = local.con = worker_connection(con, wh) if first or not replicas else \
                replica_connection(con, wh, block_cache_bytes)
            with lock:
                opened.append(c)
                controls.append(con.cursor() if first or not replicas else c.cursor())
            if setup is not None:
                setup(c)
        with lock:
            started[0] += 1
        out = work(c, item)
        with lock:
            if started[0] == len(items):  # nothing left to start: the running items may use every core
                for ctl in controls:
                    ctl.execute(f"SET threads = {all_threads}")
        return out

    with single_threaded(con):
        ex = ThreadPoolExecutor(max_workers=workers)
        try:
            for f in as_completed([ex.submit(run, it) for it in items]):
                yield f.result()
        finally:
            ex.shutdown(wait=True, cancel_futures=True)
            for c in controls + opened:
                c.close()


def _and(extra: str, cond: str) -> str:
    """A part's extra condition with ``cond`` added (before the GROUP BY of an aggregating part)."""
    if extra.endswith(summaries.GROUPED):
        return extra[: -len(summaries.GROUPED)] + cond + summaries.GROUPED
    return extra + cond


def create_window_views(con: duckdb.DuckDBPyConnection, wh: Warehouse | None, w_start: datetime, w_end: datetime,
                        lookback_days: int = DEFAULT_LOOKBACK_DAYS,
                        materialize: dict[str, set[str]] | None = None) -> None:
    """Views over the window (``<type>_w``), the 24 hours before it (``<type>_prev``), both (``<type>_24h``, for
    :data:`SPAN_24H_TYPES`), its look-back (``<type>_h``, and the compact
    ``pairs_h``/``active_h``/``imei_seen_h``/``imei_sims_h``/``imei_prior_h``/``imei_sims_prior_h``/
    ``app_sideloads_h``/``app_sources_h``/``video_h``/``answered_in_h``/``abroad_h`` from :func:`create_history`, and
    ``history_cover``: the days
    of look-back the data holds), the list entries not expired by the window's start (``lists_w``)
    and the subscriber records as known at the window's end (``subscriber``).

    Record types named in ``materialize`` (type -> the column names the run's SQL mentions, ``*`` for
    all; see :func:`window_columns_read`) get ``<type>_w`` as a temporary table of those columns instead
    of a view (``<type>_24h`` likewise): the window's rows are decoded from Parquet once and every feature
    table reads them from memory (use the same mapping for every window of a connection); the latest subscriber
    rows are then a table built once per database (:func:`create_subscriber_table`), shared by its worker
    connections.
    The :data:`WINDOW_MACROS` are (re)created last.
    """
    materialize = materialize or {}
    define_macros(con, wh.timezone if wh is not None else None)
    p = window_params(w_start, w_end, lookback_days)
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'hist_imei_sims_first'").fetchall()[0][0]:
        create_history(con, wh, w_start, w_start, lookback_days)
    h_lo = f"CAST({p['h_start']} AS DATE)"
    w_lo = f"CAST({p['w_start']} AS DATE)"
    con.execute(f"CREATE OR REPLACE TEMP VIEW pairs_h AS SELECT k, d FROM hist_pairs WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW active_h AS SELECT msisdn, d FROM hist_active "
                f"WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW imei_seen_h AS SELECT imei, d FROM hist_imei "
                f"WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW imei_sims_h AS SELECT imei, msisdn, callees, d FROM hist_imei_sims "
                f"WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW app_sideloads_h AS SELECT DISTINCT app, msisdn, d "
                f"FROM hist_app_sideloads WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW app_sources_h AS SELECT app, host, count(*) AS installs, d "
                f"FROM hist_app_sideloads WHERE d >= {h_lo} AND d < {w_lo} GROUP BY ALL")
    con.execute(f"CREATE OR REPLACE TEMP VIEW video_h AS SELECT msisdn, answered, long, d FROM hist_video "
                f"WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW answered_in_h AS SELECT msisdn, c, d FROM hist_answered_in "
                f"WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW abroad_h AS SELECT fnum, msisdn, back, calls, answered, d FROM hist_abroad "
                f"WHERE d >= {h_lo} AND d < {w_lo}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW rep_calls_h AS SELECT caller, callee, d FROM hist_rep_calls "
                f"WHERE d >= {h_lo} AND d < {w_lo}")
    # Devices (and device-SIM pairs) seen in the look-back, one row each. The per-run first-day tables give
    # them directly when no look-back row is older than this window's look-back start (a day in range exists
    # exactly when the first day is before the window); otherwise the per-day rows are filtered and deduplicated.
    first_ok = con.execute(f"SELECT coalesce((SELECT min(d) FROM hist_imei_first) >= {h_lo}, true), "
                           f"coalesce((SELECT min(d) FROM hist_imei_sims_first) >= {h_lo}, true), "
                           f"(SELECT min(d) FROM hist_active) >= {h_lo}, "
                           "(SELECT count(*) FROM duckdb_tables() WHERE table_name = 'hist_active_bits') > 0, "
                           f"(SELECT least(greatest(date_diff('day', min(d), {w_lo}), 0), 126) FROM hist_active)").fetchall()[0]
    con.execute("CREATE OR REPLACE TEMP VIEW imei_prior_h AS " + (
        f"SELECT imei FROM hist_imei_first WHERE d >= {h_lo} AND d < {w_lo}" if first_ok[0] else
        f"SELECT DISTINCT imei FROM hist_imei WHERE d >= {h_lo} AND d < {w_lo}"))
    con.execute("CREATE OR REPLACE TEMP VIEW imei_sims_prior_h AS " + (
        f"SELECT imei, msisdn, coalesce(d10 < {w_lo}, false) AS calling FROM hist_imei_sims_first "
        f"WHERE d >= {h_lo} AND d < {w_lo}" if first_ok[1] else
        f"SELECT imei, msisdn, max(callees) >= 10 AS calling FROM hist_imei_sims "
        f"WHERE d >= {h_lo} AND d < {w_lo} GROUP BY imei, msisdn"))
    # active days before the window per number (numbers with none may be left out), likewise
    con.execute("CREATE OR REPLACE TEMP VIEW active_before_h AS " + (
        "SELECT msisdn, CAST(bit_count(days & ((CAST(1 AS HUGEINT) << " + str(first_ok[4]) + ") - 1)) AS BIGINT) "
        "AS active_days_before FROM hist_active_bits" if first_ok[2] and first_ok[3] else
        "SELECT msisdn, count(*) AS active_days_before FROM active_h GROUP BY msisdn"))
    # how many days of look-back the data holds before the window (0 on the data's first day), computed once: from
    # the first look-back day on which at least a tenth as many numbers called or texted as on the run's busiest day
    # (the run's days but its last window's: the windows of a run over the loaded period see whole days).
    # An export's few stray earlier records (a late batch, a time-zone edge: 155 texts two days before the fifteenth
    # blind red-team set's period) are no history: counting them made every card look dormant on the first day.
    con.execute(f"CREATE OR REPLACE TEMP TABLE history_cover AS "
                f"SELECT coalesce(date_diff('day', min(d), {w_lo}), 0) AS history_days FROM hist_day_active "
                f"WHERE d >= {h_lo} AND d < {w_lo} AND n >= 0.1 * (SELECT max(n) FROM hist_day_active)")
    p_lo = max(w_start - PREV_SPAN, w_start - timedelta(days=lookback_days))  # ``<type>_prev``: within the look-back
    for rt in EVENT_TYPES:
        t = rt.time_column
        base_w = rt.name if wh is None else f"({_days_scan(wh, rt, w_start, w_end)})"
        base_h = rt.name if wh is None else f"({_days_scan(wh, rt, w_start - timedelta(days=lookback_days), w_start)})"
        kind, cols = "VIEW", "*"
        if rt.name in materialize:
            kind, used = "TABLE", materialize[rt.name]
            if "*" not in used:
                keep = ", ".join(lit(c) for c in sorted(used | {t}))
                cols = f"COLUMNS(lambda c: list_contains([{keep}], c))"
        con.execute(f"CREATE OR REPLACE TEMP {kind} {rt.name}_w AS SELECT {cols} FROM {base_w} "
                    f"WHERE {t} >= {p['w_start']} AND {t} < {p['w_end']}")
        con.execute(f"CREATE OR REPLACE TEMP VIEW {rt.name}_h AS SELECT * FROM {base_h} "
                    f"WHERE {t} >= {p['h_start']} AND {t} < {p['w_start']}")
        # the 24 hours before the window, from the one or two day partitions that hold them (a feature that
        # looks a few hours back, e.g. a transfer split on after midnight, need not open the look-back's files)
        base_p = rt.name if wh is None else f"({_days_scan(wh, rt, p_lo, w_start)})"
        con.execute(f"CREATE OR REPLACE TEMP VIEW {rt.name}_prev AS SELECT * FROM {base_p} "
                    f"WHERE {t} >= {ts_literal(p_lo)} AND {t} < {p['w_start']}")
        if rt.name in SPAN_24H_TYPES:
            # the window and the 24 hours before it, with the columns of ``<type>_w`` (named) and, like it, a table
            # when materialised: several features and scenarios read it, the 24 hours' Parquet is decoded once (a
            # cut such as "the last 2 hours before the window" is a WHERE on it)
            if cols != "*":
                cols = ", ".join(f'"{d[0]}"' for d in con.execute(f"SELECT * FROM {rt.name}_w LIMIT 0").description)
            con.execute(f"CREATE OR REPLACE TEMP {kind} {rt.name}_24h AS SELECT {cols} FROM {rt.name}_w "
                        f"UNION ALL SELECT {cols} FROM {rt.name}_prev")
    # the list entries not expired by the window's start (an entry without an expiry always holds; the real-time
    # screener drops them at their expiry too). Entries added later count: an analyst who allow-lists a number and
    # detects the past days again clears its alerts, and a later block of a domain marks the window's links to it
    con.execute(f"CREATE OR REPLACE TEMP VIEW lists_w AS SELECT * FROM lists "
                f"WHERE coalesce(expires_time > {p['w_start']}, true)")
    if not materialize:
        con.execute(f"CREATE OR REPLACE TEMP VIEW {SUBSCRIBER_LATEST} AS {_LATEST_SUBSCRIBER}")
    elif not con.execute(f"SELECT count(*) FROM duckdb_tables() WHERE table_name = '{SUBSCRIBER_LATEST}'").fetchall()[0][0]:
        create_subscriber_table(con)
    # the subscriber records as known at the window's end: no card opened later, no later status change (a card
    # closed on the fifth day was working on the second; a batch of cards its ID opens on the fifth day is not
    # there yet when the second day is detected again). When no record changes after the window (the daily run on
    # the latest day) they are the latest rows as they are; otherwise a table of the window's, built once: dozens of
    # queries read it, and a view would redo the rewrite in each (+8 s on the 1M-subscriber day)
    later = con.execute(f"SELECT count(*) FROM {SUBSCRIBER_LATEST} "
                        f"WHERE open_time >= {p['w_end']} OR status_time >= {p['w_end']}").fetchall()[0][0]
    for (kind,) in con.execute("SELECT 'TABLE' FROM duckdb_tables() WHERE temporary AND table_name = 'subscriber' "
                               "UNION ALL SELECT 'VIEW' FROM duckdb_views() WHERE temporary "
                               "AND view_name = 'subscriber'").fetchall():
        con.execute(f"DROP {kind} temp.subscriber")
    if later:
        con.execute(
            "CREATE TEMP TABLE subscriber AS SELECT * REPLACE ("
            f"CASE WHEN status_time >= {p['w_end']} THEN 'active' ELSE status END AS status, "
            f"CASE WHEN status_time >= {p['w_end']} THEN NULL ELSE status_time END AS status_time) "
            f"FROM {SUBSCRIBER_LATEST} WHERE open_time IS NULL OR open_time < {p['w_end']}")
    else:
        con.execute(f"CREATE TEMP VIEW subscriber AS SELECT * FROM {SUBSCRIBER_LATEST}")
    for sig, body in WINDOW_MACROS.items():  # bound when created: the views they read must exist
        con.execute(f"CREATE OR REPLACE TEMP MACRO {sig} AS {body}")


#: the latest row per number (the interchange has one row per number; a later row replaces an earlier one)
SUBSCRIBER_LATEST = "subscriber_latest"
_LATEST_SUBSCRIBER = ("SELECT * FROM subscribers QUALIFY row_number() OVER "
                      "(PARTITION BY msisdn ORDER BY coalesce(status_time, open_time) DESC) = 1")


def create_subscriber_table(con: duckdb.DuckDBPyConnection) -> None:
    """``subscriber_latest`` (the latest row per number) as a table of the connection's database: the same for
    every window of a run, so built once and shared by its worker connections (each window's ``subscriber`` view
    reads it as known at the window's end)."""
    con.execute(f"CREATE OR REPLACE TABLE {SUBSCRIBER_LATEST} AS {_LATEST_SUBSCRIBER}")


def window_columns_read(sqls: Iterable[str]) -> dict[str, set[str]]:
    """Record types whose window view (``<type>_w``, or ``<type>_24h`` which reads it) the given SQL statements
    or feature tables read, directly or through a :data:`WINDOW_MACROS` macro, with every column name those
    statements and macros mention (a superset of the window columns they use: no statement expands ``*`` over a
    window view directly, see :func:`_stars_over_window`)."""
    tables: set[str] = set()
    names: set[str] = set()
    feats = features()
    for sql in sqls:
        if sql in model_tables.DEPENDS:  # computed in Python from the window views it declares
            for table, cols in model_tables.WINDOW_COLUMNS.get(sql, {}).items():
                tables.add(table)
                names |= set(cols)
            continue
        tree = _parse(feats[sql].sql if sql in feats else sql)
        called = {f.name.lower() for f in tree.find_all(exp.Anonymous)}
        for macro, own_names in (m for name, m in _window_macro_trees().items() if name in called):
            tables |= _tables_of(macro)
            names |= {c.name for c in macro.find_all(exp.Column)} - own_names
        tables |= _tables_of(tree)
        # ``t.*`` parses as a column named '*': a star matters only over a window view (below), not over a
        # CTE or feature table, whose columns are named where they are selected
        names |= {c.name for c in tree.find_all(exp.Column) if c.name != "*"}
        if _stars_over_window(tree):
            names.add("*")
    return {rt.name: names for rt in EVENT_TYPES if {f"{rt.name}_w", f"{rt.name}_24h"} & tables}


@cache
def _window_macro_trees() -> dict[str, tuple[exp.Expression, set[str]]]:
    """Each :data:`WINDOW_MACROS` macro's parsed body and the names it defines (parameters, column aliases), by
    macro name."""
    out = {}
    for sig, body in WINDOW_MACROS.items():
        name, params = sig.rstrip(")").split("(")
        tree = _parse(f"SELECT {body}")
        out[name] = (tree, {x.strip() for x in params.split(",")} | {a.alias for a in tree.find_all(exp.Alias)})
    return out


def _stars_over_window(tree: exp.Expression) -> bool:
    """Whether a SELECT with ``*`` (or ``t.*``) reads a record type's window or look-back view itself
    (``voice_w``, ``voice_h``, ``voice_prev``, ``voice_24h``, ...; not a compact look-back view such as ``imei_prior_h``,
    whose columns are its own: counting those made every window keep all its columns, call ids included)."""
    raw = {f"{rt.name}{suffix}" for rt in EVENT_TYPES for suffix in ("_w", "_h", "_prev", "_24h")}
    for sel in tree.find_all(exp.Select):
        if any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
               for e in sel.expressions):
            frm = sel.args.get("from_") or sel.args.get("from")  # the key's name differs between sqlglot versions
            if frm is not None and any(t.name in raw for t in frm.find_all(exp.Table)):
                return True
            if any(t.name in raw for j in sel.args.get("joins") or [] for t in j.find_all(exp.Table)):
                return True
    return False


def _days_scan(wh: Warehouse, rt, start: datetime, end: datetime, day_column: bool = False) -> str:
    """Read only the day partitions that can hold rows of [start, end): a record's partition is its local
    day in the warehouse's zone, so the local days of the interval's first and last instants bound them.
    (A spare day each side cost a day window two more days of rows to decode and filter out.)"""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(wh.timezone)
    days = wh.days(rt.name)
    lo = start.astimezone(tz).date().isoformat()
    hi = (end - timedelta(microseconds=1)).astimezone(tz).date().isoformat() if end > start else lo
    return wh.scan_sql(rt, [d for d in days if lo <= d <= hi], day_column=day_column)


def materialize(con: duckdb.DuckDBPyConnection, names: list[str], params: dict[str, str]) -> None:
    """Create the feature tables (already in dependency order) for the current window."""
    feats = features()
    for n in names:
        t0 = time.perf_counter()
        if n in model_tables.DEPENDS:
            model_tables.materialize(con, n, params)
            continue
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {n} AS {render(feats[n].sql, params)}")
        except duckdb.Error as exc:
            raise ScenarioError(f"{SQL_DIR / (n + '.sql')}: {str(exc).splitlines()[0]}") from None
        log.debug("feature table %s: %.3f s", n, time.perf_counter() - t0)  # per-table timing (bench, profiling)
