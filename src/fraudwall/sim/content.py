"""Text and web vocabulary: benign and fraud SMS wording, domains, apps, platforms.

Fraud SMS wording varies by fraud type and within a type (several templates,
random names, amounts and links), so a detector needs the meaning, not one string.
"""

from __future__ import annotations

import numpy as np

# ---------------------------------------------------------------- benign web
COMMON_DOMAINS = (
    "www.baidu.com", "weixin.qq.com", "www.taobao.com", "www.jd.com", "www.douyin.com", "www.qq.com",
    "www.kuaishou.com", "www.bilibili.com", "www.weibo.com", "www.163.com", "www.sina.com.cn",
    "www.pinduoduo.com", "www.meituan.com", "www.alipay.com", "www.xiaohongshu.com", "www.zhihu.com",
    "www.amap.com", "www.ctrip.com", "www.12306.cn", "www.icbc.com.cn", "www.ccb.com", "www.boc.cn",
    "www.gzgov.gov.cn", "www.toutiao.com", "www.iqiyi.com", "v.qq.com", "www.youku.com",
    "www.dianping.com", "www.ele.me", "www.10086.cn", "www.10010.com", "www.189.cn", "www.sf-express.com",
    "www.ems.com.cn", "www.chsi.com.cn", "www.gzstv.com", "www.csdn.net", "www.sohu.com", "www.ifeng.com",
    "www.autohome.com.cn", "www.ke.com", "www.58.com", "www.zhaopin.com", "www.vip.com", "www.suning.com",
    "www.cmbchina.com", "www.abchina.com", "www.psbc.com", "www.gzbank.com.cn", "www.gznxbank.com",
)
#: small sites of the long tail, on the same cheap TLDs fraud uses
LONGTAIL_WORDS = (
    "yun", "tech", "shop", "mall", "food", "home", "game", "news", "life", "star", "city", "cloud", "kuai",
    "xin", "hao", "jia", "mei", "tian", "long", "feng", "hua", "bao", "le", "you", "ai", "da", "xiao", "fu",
    "an", "ming", "le", "wang", "go", "zone", "hub", "link", "data", "best", "fun", "max", "pro",
)
TLDS = ("com", "cn", "net", "top", "xyz", "cc", "vip", "shop", "icu", "com.cn", "site", "online")
TLD_BENIGN_P = np.array([0.45, 0.25, 0.08, 0.05, 0.04, 0.03, 0.02, 0.02, 0.01, 0.03, 0.01, 0.01])
TLD_FRAUD_P = np.array([0.2, 0.1, 0.05, 0.18, 0.15, 0.1, 0.08, 0.04, 0.05, 0.02, 0.02, 0.01])
SHORTLINK_DOMAINS = ("t.cn", "dwz.cn", "s.tb.cn", "3.cn", "url.cn", "u.jd.com")

COMMON_APPS = (
    "com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
    "com.jingdong.app.mall", "com.xunmeng.pinduoduo", "com.smile.gifmaker", "tv.danmaku.bili",
    "com.sina.weibo", "com.tencent.mobileqq", "com.sankuai.meituan", "com.autonavi.minimap",
    "com.xingin.xhs", "com.zhihu.android", "com.ss.android.article.news", "com.icbc", "com.chinamworld.main",
    "cmb.pb", "com.tencent.qqlive", "com.qiyi.video", "com.ctrip.android", "com.MobileTicket",
    "com.greenpoint.android.mc10086.activity", "com.sf.activity", "com.baidu.searchbox", "com.kugou.android",
    "com.netease.cloudmusic", "com.tencent.tmgp.sgame", "com.unionpay", "com.android.bankabc",
)
APP_WORDS = ("jin", "bao", "cai", "fu", "li", "xin", "yun", "kuai", "dai", "hui", "tong", "le", "an",
             "ying", "sheng", "long", "star", "go", "pay", "wallet", "chat", "live", "game", "mall")
PLATFORMS = ("wechat", "alipay", "qq", "douyin", "kuaishou", "taobao", "pinduoduo", "weibo", "meituan",
             "xiaohongshu", "jd", "bilibili")
PLATFORM_P = np.array([0.2, 0.15, 0.1, 0.12, 0.08, 0.08, 0.07, 0.05, 0.05, 0.04, 0.04, 0.02])
BANKS = ("ICBC", "ABC", "BOC", "CCB", "BOCOM", "PSBC", "CMB", "Bank of Guizhou", "Bank of Guiyang",
         "Guizhou Rural Credit", "CIB", "SPDB")
BANK_P = np.array([0.17, 0.15, 0.1, 0.16, 0.05, 0.1, 0.06, 0.06, 0.05, 0.06, 0.02, 0.02])
PAYMENT_PLATFORMS = ("Alipay", "Tenpay", "UnionPay Quick Pass")

# ---------------------------------------------------------------- benign SMS
P2P_TEXTS = (
    "好的", "收到", "到了吗？", "我在开会，稍后回电", "晚上一起吃饭吧", "路上注意安全", "明天几点？", "马上到",
    "妈，我这周末回家", "钱收到了，谢谢", "孩子放学了吗", "下午三点老地方见", "帮我带个快递", "在吗？",
    "我已经到楼下了", "今天加班，晚点回", "生日快乐！", "好的，没问题", "文件发你邮箱了", "记得吃药",
    "你看一下这个 https://v.douyin.com/{code}/", "链接发你了 https://m.tb.cn/h.{code}", "车票买好了",
    "周末去爬山吗", "我手机快没电了", "开完会给你打电话", "谢谢啦", "辛苦了", "嗯嗯", "晚安",
)
BUSINESS_KINDS = ("otp", "bank", "delivery", "telco", "marketing")
BUSINESS_KIND_P = np.array([0.35, 0.2, 0.2, 0.1, 0.15])
BUSINESS_TEXTS: dict[str, tuple[str, ...]] = {
    "otp": (
        "【{brand}】验证码{code}，用于登录，5分钟内有效。请勿泄露给他人。",
        "【{brand}】您的验证码是{code}，请在页面中输入以完成验证。如非本人操作请忽略。",
        "【{brand}】{code}（动态验证码），您正在进行身份验证，切勿告知他人。",
    ),
    "bank": (
        "【{bank}】您尾号{tail}的账户{day}日消费支出人民币{amount}元。",
        "【{bank}】您尾号{tail}的储蓄卡收入人民币{amount}元，活期余额请登录手机银行查询。",
        "【{bank}】您尾号{tail}的信用卡本期账单已出，请于到期日前还款，详询官方客服。",
    ),
    "delivery": (
        "【{courier}】您的快递已到{place}，取件码{code}，请及时领取。",
        "【{courier}】您有一个包裹正在派送中，快递员电话已发送至APP，请保持电话畅通。",
        "【{courier}】您的订单已签收，如有疑问请联系官方客服。",
    ),
    "telco": (
        "【中国移动】尊敬的客户，您本月套餐内流量已使用80%，详情可登录APP查询。",
        "【中国联通】尊敬的用户，您的话费余额不足10元，请及时充值。",
        "【中国电信】您已成功办理流量加油包，当月有效。",
    ),
    "marketing": (
        "【{brand}】春季焕新大促，满300减50，点击 https://{short}/{code} 抢购，回T退订",
        "【{brand}】会员专享：您有一张20元优惠券即将过期 https://{short}/{code} 回T退订",
        "【{brand}】新品上市，限时8折，详情 https://{short}/{code} 拒收请回复R",
        "【{brand}】周末特惠，到店消费送礼品，地址见 https://{short}/{code} 退订回T",
    ),
}
BRANDS = ("淘宝", "京东", "美团", "拼多多", "抖音", "支付宝", "微信支付", "携程", "滴滴出行", "饿了么",
          "苏宁易购", "唯品会", "贵州移动", "星巴克", "肯德基", "瑞幸咖啡")
BANK_NAMES_ZH = ("工商银行", "农业银行", "中国银行", "建设银行", "交通银行", "邮储银行", "招商银行", "贵州银行",
                 "贵阳银行", "贵州农信")
COURIERS = ("顺丰速运", "中通快递", "圆通速递", "韵达快递", "京东物流", "邮政EMS", "菜鸟驿站")
PLACES = ("小区菜鸟驿站", "东门快递柜", "丰巢柜", "便利店代收点", "物业前台")

# ---------------------------------------------------------------- fraud SMS
FRAUD_TYPES = ("impersonate_police", "loan", "customer_service", "acquaintance", "investment", "romance",
               "part_time_job")
FRAUD_TEXTS: dict[str, tuple[str, ...]] = {
    "impersonate_police": (
        "【{city}公安】您的身份信息涉嫌一起洗钱案件，请立即登录 {link} 核实，逾期将冻结名下账户。",
        "您好，这里是{city}市公安局刑侦支队，您涉嫌非法出境，请于今日内访问 {link} 配合调查。",
        "【通知】您名下银行卡涉及案件被司法冻结，需进行资金清查，办理入口 {link}",
        "{name}您好，检察院已对您发出传票，请查看电子文书 {link} 否则将强制执行。",
    ),
    "loan": (
        "【{brand}金融】您已获得{amount}元低息额度，无需征信，秒到账，申请 {link}",
        "急用钱？无抵押贷款，最高{amount}元，当天放款，下载APP {link}",
        "尊敬的客户，您的贷款审批已通过，因银行流水不足需缴纳保证金解冻，详见 {link}",
        "征信修复、逾期消除，内部渠道，详询 {link}",
    ),
    "customer_service": (
        "【{brand}】您购买的商品存在质量问题，可办理{amount}元退款理赔，请点击 {link} 联系客服。",
        "您开通的{brand}会员将按月自动扣费{amount}元，如需取消请访问 {link}",
        "【快递理赔】您的包裹在运输中丢失，我司将赔付{amount}元，请填写信息 {link}",
        "您的账户因异常操作将被扣费，关闭百万保障服务请进入 {link}",
    ),
    "acquaintance": (
        "我是{name}，换新号了，存一下。方便的话帮我转个账，明天还你，详情加我 {link}",
        "{name}总：我在开会不方便接电话，急需给客户打款{amount}元，先帮我转一下，账号见 {link}",
        "同学你好，我是{name}，班级群改到这里了 {link} 大家都进来了",
        "爸，我手机坏了用同学的号，学校要交资料费{amount}元，先转到老师账户 {link}",
    ),
    "investment": (
        "内部消息：明日涨停股已锁定，导师带你稳赚，加入 {link}",
        "【{brand}财富】数字货币新平台上线，日收益3%，注册即送{amount}元体验金 {link}",
        "恭喜您获得VIP投资群名额，跟着老师操作月入过万 {link}",
        "外汇黄金期货，保本高收益，专业团队指导，下载 {link}",
    ),
    "romance": (
        "哥哥你好呀，我是{name}，在{city}工作，想和你交个朋友，加我 {link}",
        "寂寞吗？同城交友，真实认证，一对一聊天 {link}",
        "你好，我是上次在群里认识的{name}，我舅舅有个内部平台很赚钱，带你一起 {link}",
    ),
    "part_time_job": (
        "招聘兼职刷单，日结{amount}元，手机操作，宝妈学生均可，联系 {link}",
        "【{brand}】点赞关注即可赚佣金，一单一结，下载 {link}",
        "在家兼职，每天1-2小时，日赚300+，不收任何费用，详见 {link}",
        "诚聘网店刷单员，垫付返现+佣金，名额有限 {link}",
    ),
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平")
CITIES = ("贵阳", "遵义", "北京", "上海", "广州", "深圳", "成都", "重庆", "杭州", "南宁")


def fill(rng: np.random.Generator, template: str, link: str = "") -> str:
    """Fill one template's placeholders with random realistic values."""
    name = SURNAMES[rng.integers(len(SURNAMES))] + GIVEN[rng.integers(len(GIVEN))]
    amount = int(rng.choice([2000, 5000, 8000, 10000, 20000, 30000, 50000, 100000, 200000]) * rng.choice([1, 1, 1.5, 2]))
    return template.format(
        link=link, name=name, amount=amount, city=CITIES[rng.integers(len(CITIES))],
        brand=BRANDS[rng.integers(len(BRANDS))], code=f"{rng.integers(0, 10**6):06d}",
        bank=BANK_NAMES_ZH[rng.integers(len(BANK_NAMES_ZH))], tail=f"{rng.integers(0, 10**4):04d}",
        day=int(rng.integers(1, 29)), courier=COURIERS[rng.integers(len(COURIERS))],
        place=PLACES[rng.integers(len(PLACES))], short=SHORTLINK_DOMAINS[rng.integers(len(SHORTLINK_DOMAINS))],
    )


def random_words(rng: np.random.Generator, words: tuple[str, ...], k: int) -> str:
    """``k`` random vocabulary words joined together."""
    return "".join(words[i] for i in rng.integers(0, len(words), k))


def random_token(rng: np.random.Generator, lo: int = 4, hi: int = 8) -> str:
    """A random lowercase alphanumeric token."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[i] for i in rng.integers(0, len(alphabet), int(rng.integers(lo, hi + 1))))


def random_ip(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` public-looking IPv4 addresses as strings."""
    a = rng.choice(np.array([1, 14, 27, 36, 39, 42, 43, 45, 47, 58, 59, 60, 101, 103, 106, 110, 111, 112,
                             113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 139, 140,
                             150, 154, 156, 175, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221,
                             222, 223]), n)
    b, c, d = rng.integers(0, 256, n), rng.integers(0, 256, n), rng.integers(1, 255, n)
    return np.array([f"{w}.{x}.{y}.{z}" for w, x, y, z in zip(a.tolist(), b.tolist(), c.tolist(), d.tolist(), strict=True)])
