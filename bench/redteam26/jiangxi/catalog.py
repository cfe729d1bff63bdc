"""Static catalogues: the operator's conventions, places, handsets, banks, platforms, sites and texts.

Everything here is fictional but well formed: the operator, its PLMN and number blocks, the TACs, the shop
names and the domains of the gangs. Public brands (banks, apps, ministries' sites) appear only as the
everyday background every subscriber touches.
"""

from __future__ import annotations

OPERATOR = "GTM"  # 赣通移动 Gantong Mobile, a fictional regional operator
MCC_MNC = 46097  # PLMN 460-97
MOBILE_PREFIXES = (154, 164)  # 11-digit mobile numbers 154xxxxxxxx, 164xxxxxxxx (+86)
IOT_PREFIX = 14097  # 13-digit machine numbers 14097xxxxxxxx (+86)
FIXED_EXCHANGE = 7  # fixed lines: area code + 7xxxxxxx (8-digit local number)
VOIP_EXCHANGE = 5  # IMS/VoIP trunk lines: area code + 5xxxxxxx
WINDOW_START = "2033-06-01"
#: local days 0..12 from Wed 1 June (Dragon Boat Festival); 1 = working day
WORKDAY = (0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1)
EXAM_DAYS = (6, 7, 8, 9)  # gaokao 7-10 June
FESTIVAL_DAY = 0

# key, English, Chinese, area code, lat, lon, share of subscribers
CITIES = (
    ("NC", "Nanchang", "南昌", "791", 28.68, 115.86, 0.23),
    ("GZ", "Ganzhou", "赣州", "797", 25.83, 114.93, 0.17),
    ("JJ", "Jiujiang", "九江", "792", 29.70, 116.00, 0.10),
    ("SR", "Shangrao", "上饶", "793", 28.45, 117.94, 0.11),
    ("JDZ", "Jingdezhen", "景德镇", "798", 29.27, 117.18, 0.05),
    ("YT", "Yingtan", "鹰潭", "701", 28.24, 117.03, 0.04),
    ("JA", "Ji'an", "吉安", "796", 27.11, 114.99, 0.09),
    ("PX", "Pingxiang", "萍乡", "799", 27.62, 113.85, 0.05),
    ("YC", "Yichun", "宜春", "795", 27.81, 114.42, 0.08),
    ("FZ", "Fuzhou", "抚州", "794", 27.95, 116.36, 0.05),
    ("XY", "Xinyu", "新余", "790", 27.82, 114.92, 0.03),
)

# city key, area name, kind, number of sites, lat offset, lon offset, radius (deg)
# kinds: urban, rural, scenic, station, venue (exam venues: schools), village (urban village), market, campus
AREAS = (
    ("NC", "Donghu", "urban", 26, 0.00, 0.02, 0.03), ("NC", "Xihu", "urban", 22, -0.02, -0.01, 0.03),
    ("NC", "Qingshanhu", "urban", 20, 0.02, 0.05, 0.03), ("NC", "Honggutan", "urban", 22, 0.01, -0.07, 0.03),
    ("NC", "Qingyunpu", "urban", 14, -0.06, 0.02, 0.03), ("NC", "Yaohu", "campus", 10, 0.01, 0.14, 0.03),
    ("NC", "Xiangtang", "urban", 8, -0.10, -0.05, 0.03), ("NC", "Xinjian", "rural", 18, 0.10, -0.20, 0.10),
    ("NC", "Jinxian", "rural", 16, -0.05, 0.30, 0.10), ("NC", "Nanchang West Station", "station", 3, -0.04, -0.10, 0.005),
    ("NC", "Changbei Airport", "station", 2, 0.20, -0.03, 0.005), ("NC", "Honggutan exam venues", "venue", 6, 0.00, -0.06, 0.02),
    ("NC", "Donghu exam venues", "venue", 6, 0.00, 0.01, 0.02), ("NC", "Hongcheng market", "market", 4, -0.01, -0.02, 0.01),
    ("NC", "Shuanggang urban village", "village", 3, 0.03, 0.07, 0.01),
    ("GZ", "Zhanggong", "urban", 24, 0.00, 0.00, 0.03), ("GZ", "Nankang", "urban", 12, 0.12, -0.17, 0.04),
    ("GZ", "Ganxian", "rural", 14, 0.05, 0.15, 0.10), ("GZ", "Ruijin", "urban", 8, 0.05, 1.08, 0.03),
    ("GZ", "Xingguo", "rural", 14, 0.55, 0.40, 0.12), ("GZ", "Yudu", "rural", 12, 0.12, 0.48, 0.10),
    ("GZ", "Anyuan", "rural", 8, -0.67, 0.45, 0.08),
    ("GZ", "Huangjin urban village", "village", 3, 0.02, 0.06, 0.006), ("GZ", "Ganzhou exam venues", "venue", 5, 0.01, 0.01, 0.02),
    ("GZ", "Ganzhou West Station", "station", 2, -0.01, -0.03, 0.005),
    ("JJ", "Xunyang", "urban", 16, 0.00, 0.00, 0.03), ("JJ", "Lianxi", "urban", 8, -0.05, 0.01, 0.03),
    ("JJ", "Lushan Guling", "scenic", 8, -0.14, 0.00, 0.03), ("JJ", "Lushan west sea", "scenic", 3, -0.20, -0.20, 0.02),
    ("JJ", "Xiushui", "rural", 10, -0.67, -1.47, 0.10), ("JJ", "Duchang", "rural", 8, -0.43, 0.20, 0.08),
    ("JJ", "Jiujiang exam venues", "venue", 4, 0.00, 0.01, 0.02), ("JJ", "Lushan Station", "station", 2, -0.10, -0.02, 0.004),
    ("SR", "Xinzhou", "urban", 14, 0.00, 0.00, 0.03), ("SR", "Wuyuan Jiangling", "scenic", 5, 0.90, -0.10, 0.03),
    ("SR", "Wuyuan Likeng", "scenic", 3, 0.85, -0.05, 0.02), ("SR", "Wuyuan Huangling", "scenic", 3, 0.85, 0.05, 0.02),
    ("SR", "Yushan", "rural", 10, 0.24, 0.24, 0.08), ("SR", "Poyang", "rural", 12, 0.55, -1.25, 0.10),
    ("SR", "Yugan", "rural", 8, 0.25, -1.00, 0.08), ("SR", "Sanqingshan", "scenic", 3, 0.45, 0.15, 0.02),
    ("SR", "Shangrao exam venues", "venue", 4, 0.00, 0.01, 0.02), ("SR", "Wuyuan Station", "station", 1, 0.80, -0.05, 0.004),
    ("JDZ", "Zhushan", "urban", 12, 0.00, 0.00, 0.03), ("JDZ", "Taoxichuan", "market", 5, 0.02, 0.03, 0.006),
    ("JDZ", "Ceramic market", "market", 4, -0.02, 0.01, 0.006), ("JDZ", "Changjiang", "urban", 6, 0.03, -0.02, 0.02),
    ("JDZ", "Fuliang", "rural", 8, 0.10, 0.05, 0.08), ("JDZ", "Jingdezhen exam venues", "venue", 2, 0.00, 0.01, 0.01),
    ("YT", "Yuehu", "urban", 8, 0.00, 0.00, 0.03), ("YT", "Yujiang", "rural", 10, 0.07, -0.16, 0.06),
    ("YT", "Guixi", "urban", 6, 0.05, 0.17, 0.03), ("YT", "Longhushan", "scenic", 3, -0.11, 0.00, 0.02),
    ("YT", "Yingtan exam venues", "venue", 2, 0.00, 0.01, 0.01),
    ("JA", "Jizhou", "urban", 10, 0.00, 0.00, 0.03), ("JA", "Jinggangshan", "scenic", 5, -0.54, -0.82, 0.04),
    ("JA", "Taihe", "rural", 8, -0.32, -0.07, 0.08), ("JA", "Yongxin", "rural", 6, 0.00, -0.52, 0.08),
    ("JA", "Ji'an exam venues", "venue", 3, 0.00, 0.01, 0.02),
    ("PX", "Anyuan", "urban", 10, 0.00, 0.00, 0.03), ("PX", "Luxi", "rural", 6, 0.04, 0.30, 0.06),
    ("PX", "Wugongshan", "scenic", 3, -0.17, 0.36, 0.02), ("PX", "Pingxiang exam venues", "venue", 2, 0.00, 0.01, 0.01),
    ("YC", "Yuanzhou", "urban", 10, 0.00, 0.00, 0.03), ("YC", "Zhangshu", "urban", 6, 0.22, 1.10, 0.03),
    ("YC", "Gao'an", "rural", 10, 0.61, 0.98, 0.08), ("YC", "Fengxin", "rural", 6, 0.66, 0.77, 0.06),
    ("YC", "Yichun exam venues", "venue", 3, 0.00, 0.01, 0.02),
    ("FZ", "Linchuan", "urban", 10, 0.00, 0.00, 0.03), ("FZ", "Nancheng", "rural", 8, -0.38, 0.14, 0.08),
    ("FZ", "Guangchang", "rural", 5, -0.73, 0.19, 0.06), ("FZ", "Fuzhou exam venues", "venue", 2, 0.00, 0.01, 0.01),
    ("XY", "Yushui", "urban", 8, 0.00, 0.00, 0.03), ("XY", "Fenyi", "rural", 5, 0.00, 0.37, 0.06),
    ("XY", "Xinyu exam venues", "venue", 2, 0.00, 0.01, 0.01),
)

#: handset models: (label, 8-digit TAC, weight among ordinary people, class); fictional TACs
HANDSETS = (
    ("Huawei Mate 70", 86412301, 10, "smart"), ("Huawei nova 14", 86412377, 9, "smart"),
    ("Honor X70", 86533104, 8, "smart"), ("Xiaomi 17", 86611009, 8, "smart"),
    ("Redmi Note 16", 86611254, 10, "smart"), ("OPPO A5 Pro", 86702215, 9, "smart"),
    ("OPPO Reno 16", 86702288, 5, "smart"), ("vivo Y300", 86755120, 9, "smart"),
    ("vivo X300", 86755191, 4, "smart"), ("iPhone 19", 35671208, 8, "smart"),
    ("iPhone 17e", 35671144, 4, "smart"), ("realme 16", 86802067, 3, "smart"),
    ("Koobee K9 senior", 86911403, 4, "feature"), ("Nokia 110 4G", 35412088, 2, "feature"),
    ("Philips E6 elder", 86911530, 2, "feature"),
)
GOIP_TAC = 86286605  # a 16-port GSM/LTE gateway's modules (fictional TAC)
SMSCAT_TAC = 86286771  # a 16-slot SMS modem pool
IOT_TACS = (86150011, 86150027, 86150093)  # meter, POS terminal, vehicle tracker modules

BANKS = (
    ("ICBC", 12), ("CCB", 12), ("ABC", 11), ("BOC", 7), ("PSBC", 9), ("BOCOM", 4),
    ("Jiangxi Rural Commercial Bank", 14), ("Bank of Jiangxi", 8), ("Jiujiang Bank", 5),
    ("Ganzhou Bank", 4), ("Shangrao Bank", 3), ("China Merchants Bank", 5), ("Industrial Bank", 3),
)
BANK_SMS = {  # bank -> (106 sender digits, hotline digits, short name)
    "ICBC": ("1069555880", "95588", "工商银行"), "CCB": ("1069553300", "95533", "建设银行"),
    "ABC": ("1069559900", "95599", "农业银行"), "BOC": ("1069556600", "95566", "中国银行"),
    "PSBC": ("1069558000", "95580", "邮储银行"), "BOCOM": ("1069555590", "95559", "交通银行"),
    "Jiangxi Rural Commercial Bank": ("1069096268", "96268", "江西农商银行"),
    "Bank of Jiangxi": ("1069570998", "4006695568", "江西银行"),
    "Jiujiang Bank": ("1069563160", "95316", "九江银行"), "Ganzhou Bank": ("1069596200", "4008896228", "赣州银行"),
    "Shangrao Bank": ("1069596118", "4008896118", "上饶银行"),
    "China Merchants Bank": ("1069555550", "95555", "招商银行"), "Industrial Bank": ("1069555610", "95561", "兴业银行"),
}

#: internet platforms: (platform, share of adults with an account, account style, launch year)
PLATFORMS = (
    ("wechat", 0.93, "wxid", 2011), ("alipay", 0.78, "alipay", 2009), ("douyin", 0.58, "douyin", 2016),
    ("taobao", 0.52, "taobao", 2008), ("qq", 0.42, "qq", 2005), ("pinduoduo", 0.44, "pdd", 2015),
    ("kuaishou", 0.30, "ks", 2013), ("meituan", 0.36, "mt", 2013), ("12306", 0.33, "rail", 2012),
    ("jd", 0.25, "jd", 2010), ("weibo", 0.15, "wb", 2010), ("xianyu", 0.12, "xy", 2014),
    ("xiaohongshu", 0.14, "xhs", 2014), ("ctrip", 0.12, "ctrip", 2010),
)

#: everyday domains: (domain, app package or '', url paths, weight, group)
DOMAINS = (
    ("weixin.qq.com", "com.tencent.mm", ("/", "/cgi-bin/mmwebwx-bin", "/s/feed"), 30, "social"),
    ("douyin.com", "com.ss.android.ugc.aweme", ("/", "/video/", "/live/"), 22, "video"),
    ("kuaishou.com", "com.smile.gifmaker", ("/", "/short-video/"), 9, "video"),
    ("taobao.com", "com.taobao.taobao", ("/", "/item.htm", "/cart"), 10, "shop"),
    ("pinduoduo.com", "com.xunmeng.pinduoduo", ("/", "/goods.html"), 9, "shop"),
    ("jd.com", "com.jingdong.app.mall", ("/", "/product/"), 5, "shop"),
    ("baidu.com", "com.baidu.searchbox", ("/s", "/"), 12, "search"),
    ("alipay.com", "com.eg.android.AlipayGphone", ("/", "/pay"), 9, "pay"),
    ("qq.com", "com.tencent.mobileqq", ("/", "/news/"), 6, "social"),
    ("bilibili.com", "tv.danmaku.bili", ("/", "/video/"), 5, "video"),
    ("meituan.com", "com.sankuai.meituan", ("/", "/waimai/"), 6, "life"),
    ("amap.com", "com.autonavi.minimap", ("/", "/route"), 4, "life"),
    ("12306.cn", "com.MobileTicket", ("/index/", "/otn/leftTicket/init"), 3, "travel"),
    ("ctrip.com", "ctrip.android.view", ("/", "/hotels/"), 2, "travel"),
    ("weibo.com", "com.sina.weibo", ("/",), 3, "social"),
    ("toutiao.com", "com.ss.android.article.news", ("/",), 6, "news"),
    ("xiaohongshu.com", "com.xingin.xhs", ("/explore",), 3, "social"),
    ("icbc.com.cn", "com.icbc", ("/",), 1, "bank"), ("ccb.com", "com.chinamworld.main", ("/",), 1, "bank"),
    ("jxnxs.com", "com.jxnxs.mobilebank", ("/",), 1, "bank"),
    ("gov.cn", "", ("/",), 1, "gov"), ("jiangxi.gov.cn", "", ("/", "/col/"), 1, "gov"),
    ("chsi.com.cn", "", ("/", "/gaokao/"), 0.3, "gaokao"), ("gaokao.chsi.com.cn", "", ("/", "/zsgs/", "/z/gkbmfslq/"), 0.3, "gaokao"),
    ("jxeea.cn", "", ("/", "/index.html", "/gkcx/"), 0.3, "gaokao"),
    ("zhiyuan.jxeea.cn", "", ("/", "/login"), 0.1, "gaokao"),
    ("lushan.gov.cn", "", ("/", "/lyzx/"), 0.1, "tour"), ("wuyuan.gov.cn", "", ("/",), 0.1, "tour"),
    ("mafengwo.cn", "com.mfw.roadbook", ("/",), 0.3, "tour"),
    ("gjfzpt.cn", "com.hicorenational.antifraud", ("/",), 0.1, "gov"),
    ("oray.com", "com.oray.sunlogin", ("/", "/download/"), 0.05, "remote"),
    ("tencent.com", "com.tencent.wemeet.app", ("/", "/meeting/"), 0.3, "meeting"),
)

#: apps everyone may have; (package, weight)
EVERYDAY_APPS = (
    ("com.tencent.mm", 30), ("com.ss.android.ugc.aweme", 18), ("com.eg.android.AlipayGphone", 12),
    ("com.taobao.taobao", 8), ("com.xunmeng.pinduoduo", 8), ("com.smile.gifmaker", 6),
    ("com.tencent.mobileqq", 5), ("com.baidu.searchbox", 5), ("com.autonavi.minimap", 4),
    ("com.sankuai.meituan", 4), ("tv.danmaku.bili", 3), ("com.ss.android.article.news", 4),
    ("com.MobileTicket", 2), ("com.jingdong.app.mall", 3), ("com.xingin.xhs", 2),
    ("com.hicorenational.antifraud", 1), ("com.tencent.wemeet.app", 1), ("com.kingsoft.moffice_pro", 1),
)

COUNTRIES = ("KH", "MM", "PH", "MY", "TH", "VN", "AE", "GB", "US", "JP", "AU", "LA", "ID", "KR", "SG", "HK")
COUNTRY_CODE = {"KH": "855", "MM": "95", "PH": "63", "MY": "60", "TH": "66", "VN": "84", "AE": "971",
                "GB": "44", "US": "1", "JP": "81", "AU": "61", "LA": "856", "ID": "62", "KR": "82",
                "SG": "65", "HK": "852"}

#: short person-to-person texts
P2P_TEXTS = (
    "好的", "收到", "晚上回来吃饭吗", "到了没", "我到楼下了", "妈，我到了", "端午快乐！", "粽子收到了，谢谢",
    "明天几点出发", "在开会，稍后回电", "好的，马上到", "今天加班，晚点回", "记得带身份证", "钥匙放门口了",
    "孩子考试顺利吗", "准考证别忘了带", "加油！考试顺利", "考完了，感觉还行", "周末一起吃饭", "已转给你了",
    "谢谢老板", "货明天发", "价格可以再商量", "地址发我一下", "车到哪了", "我在南昌西站", "下雨了带伞",
    "爸身体怎么样", "今晚视频", "收到，谢谢", "晚安", "这周回不回家", "帮我取个快递", "门口等你",
    "龙舟赛几点开始", "我们在赣江边看龙舟", "庐山下雨了吗", "婺源的房间订好了", "明天上班吗", "工资发了没",
)
