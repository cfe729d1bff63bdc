"""Fixed catalogue of the fictional operator 晋云通信 (Jinyun Telecom) and of the province's places, sites,
apps, banks and message texts. Everything here is invented for the benchmark except public place names and
the big platforms' domains and app packages, which honest subscribers use every day.
"""

from __future__ import annotations

OPERATOR = "JINYUN"            # operator column of every subscriber row
PLMN = "46067"                 # MCC 460 + MNC 67 (no real Chinese operator uses MNC 67)
MOBILE_BLOCKS = [1940, 1941, 1942, 1943, 1944, 1945, 1946]   # 86 194x xxxxxxx personal / enterprise mobile
POOL_BLOCK = 1947              # enterprise SIM pools and prepaid tourist cards
VOIP_BLOCK = 1948              # VoIP lines (cloud PBX) 86 1948 xxxxxxx
IOT_BLOCK = 1949               # IoT: 13-digit numbers 1949 + 9 digits
OTHER_BLOCKS = [1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698, 1699]  # other provincial networks
FIXED_LOCAL_PREFIX = 19        # Jinyun fixed lines: 86 + area code + 19 + 6 digits
OTHER_FIXED_PREFIX = 18        # other networks' fixed lines: 86 + area code + 18 + 6 digits
TAC_PHONE = [86620031, 86620047, 86741105, 86741119, 86903377, 86903385, 35871402, 35871410, 35299016,
             86455302, 86455310, 86012904]          # fictional type allocation codes (smartphones)
TAC_FEATURE = [86110027, 86110035, 35500418]        # feature phones (老人机)
TAC_GOIP = [86990011, 86990029]                     # 8/16/32-port GoIP gateways and SMS cats
TAC_MODULE = [86770040, 86770058]                   # IoT modules (alarm panels, meters)

# prefecture cities: code, name, area code, population weight
CITIES = [
    ("TY", "Taiyuan", 351, 0.16), ("DT", "Datong", 352, 0.10), ("YQ", "Yangquan", 353, 0.04),
    ("JZ", "Jinzhong", 354, 0.10), ("CZ", "Changzhi", 355, 0.10), ("JC", "Jincheng", 356, 0.07),
    ("LF", "Linfen", 357, 0.11), ("LL", "Lvliang", 358, 0.10), ("YC", "Yuncheng", 359, 0.13),
    ("XZ", "Xinzhou", 350, 0.09), ("SZ", "Shuozhou", 349, 0.05),
]
CITY_INDEX = {c[0]: i for i, c in enumerate(CITIES)}

# places: code, city, kind, sites, lat, lon, spread (deg), site type
# kind: urban / uni / station / airport / scenic / mine / coke / village / uvillage / town / hospital
PLACES = [
    ("XD", "TY", "urban", 40, 37.80, 112.56, .05, "macro"), ("YZ", "TY", "urban", 34, 37.87, 112.57, .04, "macro"),
    ("XH", "TY", "urban", 22, 37.90, 112.53, .04, "macro"), ("WB", "TY", "urban", 22, 37.86, 112.50, .04, "macro"),
    ("JX", "TY", "urban", 14, 37.94, 112.50, .04, "macro"), ("TYU", "TY", "uni", 10, 37.72, 112.72, .02, "indoor"),
    ("TYS", "TY", "station", 5, 37.79, 112.60, .005, "indoor"), ("TYA", "TY", "airport", 3, 37.75, 112.63, .005, "indoor"),
    ("BG", "TY", "uvillage", 6, 37.69, 112.62, .01, "small"), ("TYH", "TY", "hospital", 4, 37.86, 112.55, .005, "indoor"),
    ("PC", "DT", "urban", 30, 40.08, 113.30, .04, "macro"), ("DTG", "DT", "scenic", 8, 40.09, 113.30, .006, "small"),
    ("YG", "DT", "scenic", 3, 40.11, 113.12, .01, "macro"), ("ZY", "DT", "mine", 8, 40.00, 112.70, .03, "macro"),
    ("DTS", "DT", "station", 3, 40.11, 113.29, .004, "indoor"),
    ("YQC", "YQ", "urban", 18, 37.86, 113.58, .04, "macro"),
    ("YCI", "JZ", "urban", 22, 37.69, 112.75, .04, "macro"), ("PY", "JZ", "scenic", 8, 37.20, 112.18, .006, "small"),
    ("PYX", "JZ", "town", 6, 37.19, 112.17, .03, "macro"), ("QX", "JZ", "town", 6, 37.36, 112.33, .03, "macro"),
    ("JXC", "JZ", "coke", 6, 37.03, 111.91, .02, "macro"), ("YCU", "JZ", "uni", 6, 37.63, 112.72, .02, "indoor"),
    ("LZ", "CZ", "urban", 26, 36.20, 113.12, .04, "macro"), ("TL", "CZ", "mine", 8, 36.27, 112.89, .03, "macro"),
    ("JCC", "JC", "urban", 18, 35.49, 112.85, .04, "macro"), ("QS", "JC", "mine", 6, 35.69, 112.48, .03, "macro"),
    ("YD", "LF", "urban", 26, 36.09, 111.52, .04, "macro"), ("HD", "LF", "town", 8, 36.25, 111.67, .03, "macro"),
    ("LFV", "LF", "uvillage", 4, 36.06, 111.49, .01, "small"),
    ("LS", "LL", "urban", 16, 37.52, 111.14, .04, "macro"), ("LIU", "LL", "mine", 8, 37.43, 110.89, .03, "macro"),
    ("LX", "LL", "village", 8, 37.95, 110.99, .06, "macro"), ("XX", "LL", "village", 6, 38.46, 111.13, .06, "macro"),
    ("FY", "LL", "town", 8, 37.26, 111.79, .03, "macro"), ("FYV", "LL", "village", 6, 37.30, 111.70, .04, "macro"),
    ("XY", "LL", "coke", 6, 37.14, 111.78, .02, "macro"),
    ("YH", "YC", "urban", 28, 35.03, 111.00, .04, "macro"), ("YJ", "YC", "town", 8, 34.87, 110.45, .03, "macro"),
    ("YCV", "YC", "village", 6, 35.15, 110.80, .05, "macro"), ("YCUN", "YC", "uni", 4, 35.06, 110.99, .01, "indoor"),
    ("XZC", "XZ", "urban", 16, 38.42, 112.73, .04, "macro"), ("WT", "XZ", "scenic", 4, 39.01, 113.59, .02, "macro"),
    ("WZ", "XZ", "village", 6, 38.90, 111.84, .06, "macro"), ("JL", "XZ", "village", 5, 38.34, 111.94, .05, "macro"),
    ("SC", "SZ", "urban", 12, 39.33, 112.43, .04, "macro"), ("PL", "SZ", "mine", 6, 39.48, 112.45, .03, "macro"),
]

COUNTRIES = {  # ISO code: calling code, digits after it
    "KH": (855, 9), "MM": (95, 9), "PH": (63, 10), "MY": (60, 9), "TH": (66, 9), "AE": (971, 9),
    "VN": (84, 9), "JP": (81, 10), "KR": (82, 10), "SG": (65, 8), "US": (1, 10), "AU": (61, 9),
    "LA": (856, 9), "ID": (62, 10), "DE": (49, 10), "RU": (7, 10),
}

BANKS = [  # name, 3-digit code used in account ids (62 + code + 11 digits)
    ("ICBC", 102), ("CCB", 105), ("ABC", 103), ("BOC", 104), ("PSBC", 403), ("Jinshang Bank", 313),
    ("Shanxi Rural Credit", 402), ("China Merchants Bank", 308),
]
BANK_WEIGHTS = [0.18, 0.17, 0.14, 0.10, 0.13, 0.10, 0.13, 0.05]
OUT_OF_PROVINCE_BANK = 999  # accounts seen only as transfer counterparts (other provinces, payment firms)

# honest web: domain, weight, ip
POPULAR_DOMAINS = [
    ("weixin.qq.com", 14), ("qq.com", 6), ("baidu.com", 8), ("douyin.com", 10), ("kuaishou.com", 6),
    ("taobao.com", 6), ("jd.com", 3), ("pinduoduo.com", 5), ("meituan.com", 4), ("alipay.com", 5),
    ("12306.cn", 3), ("ctrip.com", 2), ("bilibili.com", 3), ("weibo.com", 3), ("163.com", 2),
    ("zhihu.com", 2), ("amap.com", 3), ("toutiao.com", 4), ("iqiyi.com", 2), ("xiaohongshu.com", 3),
    ("sohu.com", 1), ("huawei.com", 1), ("mi.com", 1), ("icbc.com.cn", 1), ("ccb.com", 1),
    ("abchina.com", 1), ("psbc.com", 1), ("shanxi.gov.cn", 1), ("jinyun-tel.cn", 1), ("sxnuanqi.com.cn", .5),
]
APPS_COMMON = [
    ("com.tencent.mm", 14), ("com.eg.android.AlipayGphone", 6), ("com.ss.android.ugc.aweme", 9),
    ("com.smile.gifmaker", 6), ("com.taobao.taobao", 4), ("com.xunmeng.pinduoduo", 4),
    ("com.sankuai.meituan", 3), ("com.tencent.mobileqq", 3), ("com.autonavi.minimap", 3),
    ("com.MobileTicket", 2), ("com.sina.weibo", 2), ("com.icbc", 1), ("com.chinamworld.main", 1),
    ("com.jinyun.selfservice", 1), ("com.tencent.wemeet", .5),
]
PLATFORMS = ["wechat", "alipay", "douyin", "kuaishou", "taobao", "pinduoduo", "meituan", "12306", "qq", "weibo",
             "xianyu", "xiaohongshu", "momo", "tantan", "jiayuan", "tujia", "ctrip", "boss_zhipin", "58tongcheng"]
PLATFORM_WEIGHTS = [1, .8, .7, .4, .5, .5, .4, .35, .4, .2, .15, .2, .03, .03, .02, .03, .15, .05, .08]

# SMS texts (content column). {d} links are filled in per sender.
TEXT_P2P = ["在吗", "到家了吗", "好的", "晚上回来吃饭", "元宵节快乐！", "车票买好了", "钱收到了", "明天几点走",
            "汤圆买了没", "看灯去不去", "收到", "给妈打个电话", "到学校了", "上班了没", "工资发了吗"]
TEXT_A2P = ["【晋商银行】您的账户于今日发生一笔交易，如非本人操作请致电客服。",
            "【晋云通信】您本月套餐余量提醒，详询营业厅。",
            "【12306】您购买的车票已出票，请按时乘车。",
            "【美团】您的外卖已送达，祝您用餐愉快。",
            "【抖音】验证码 4821，5分钟内有效，请勿泄露。",
            "【微信】验证码 7730，用于登录，请勿转发。",
            "【太原热力】您的采暖费账单已生成，请通过官方渠道缴纳。",
            "【国家反诈中心】公检法不会电话办案，不会要求转账到安全账户。",
            "【山西医保】医保电子凭证可在国家医保服务平台激活，谨防冒充医保局来电。",
            "【平遥古城】元宵灯会门票预约成功，请凭身份证入园。"]
