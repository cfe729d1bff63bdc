"""Fixed facts of the made-up province: calendar, operator conventions, places, handsets, sites, texts."""

from __future__ import annotations

import calendar
import datetime as dt

# ---------------------------------------------------------------- calendar (local time is UTC+8)
TZ_OFFSET = 8 * 3600
START_DATE = dt.date(2031, 4, 25)  # Friday
START = calendar.timegm(dt.datetime(2031, 4, 25).timetuple()) - TZ_OFFSET  # epoch s of local midnight
DAY = 86400
HOUR = 3600
# May Day holiday 1-5 May 2031 (Thu-Mon); Sunday 27 April is the make-up working day
HOLIDAY_DATES = {dt.date(2031, 5, d) for d in range(1, 6)}
MAKEUP_WORKDAYS = {dt.date(2031, 4, 27)}


def day_date(d: int) -> dt.date:
    return START_DATE + dt.timedelta(days=int(d))


def is_workday(d: int) -> bool:
    x = day_date(d)
    if x in HOLIDAY_DATES:
        return False
    if x in MAKEUP_WORKDAYS:
        return True
    return x.weekday() < 5


def is_holiday(d: int) -> bool:
    return day_date(d) in HOLIDAY_DATES


# ---------------------------------------------------------------- the operator
OPERATOR = "QYT"  # 黔云通信 Qianyun Telecom, a fictional regional operator
OPERATOR_NAME = "Qianyun Telecom (黔云通信)"
PLMN = "46087"  # MCC 460, MNC 87 (fictional)
MOBILE_SEGMENTS = ("1650", "1651", "1652", "1658", "1478")  # 11-digit national numbers: segment + 7 digits
PREPAID_SEGMENTS = ("1704", "1705")  # the resale (virtual-operator) segments, prepaid only
IOT_SEGMENT = "1440851"  # 13-digit IoT numbers: 1440851 + 6 digits
FIXED_PREFIX = "851"  # Guizhou's single area code since 2015; locals are 8 digits
VOIP_PREFIX = "8519"  # enterprise VoIP lines: 851 9xxxxxxx
OTHER_MOBILE_PREFIXES = ("138", "139", "135", "150", "151", "187", "188", "133", "153", "180", "189",
                         "130", "131", "155", "156", "186", "199", "177")

# ---------------------------------------------------------------- places
# code, Chinese, English, city, lat, lon, weight of population, kind
REGIONS = [
    ("GY-YY", "云岩区", "Yunyan", "Guiyang", 26.60, 106.71, 9.0, "urban"),
    ("GY-NM", "南明区", "Nanming", "Guiyang", 26.56, 106.72, 8.0, "urban"),
    ("GY-GSH", "观山湖区", "Guanshanhu", "Guiyang", 26.62, 106.62, 6.0, "urban"),
    ("GY-HX", "花溪区", "Huaxi (university town)", "Guiyang", 26.41, 106.67, 6.0, "campus"),
    ("GY-BY", "白云区", "Baiyun", "Guiyang", 26.68, 106.63, 3.0, "urban"),
    ("GY-QZ", "清镇市", "Qingzhen", "Guiyang", 26.56, 106.47, 2.5, "county_town"),
    ("GA-XQ", "贵安新区", "Gui'an New District", "Gui'an", 26.40, 106.33, 2.0, "datacentre"),
    ("ZY-HHG", "红花岗区", "Honghuagang", "Zunyi", 27.69, 106.93, 5.0, "urban"),
    ("ZY-HC", "汇川区", "Huichuan", "Zunyi", 27.75, 106.94, 3.5, "urban"),
    ("ZY-RH", "仁怀市", "Renhuai (Maotai)", "Zunyi", 27.80, 106.40, 3.5, "county_town"),
    ("ZY-TZ", "桐梓县", "Tongzi", "Zunyi", 28.13, 106.82, 2.0, "rural"),
    ("AS-XX", "西秀区", "Xixiu", "Anshun", 26.25, 105.93, 3.0, "urban"),
    ("AS-ZN", "镇宁县", "Zhenning (Huangguoshu)", "Anshun", 25.99, 105.67, 1.5, "tourist"),
    ("QDN-KL", "凯里市", "Kaili", "Qiandongnan", 26.57, 107.98, 3.0, "urban"),
    ("QDN-LS", "雷山县", "Leishan (Xijiang Miao village)", "Qiandongnan", 26.38, 108.08, 1.2, "tourist"),
    ("QDN-TJ", "台江县", "Taijiang (Taipan village BA)", "Qiandongnan", 26.67, 108.32, 1.0, "village"),
    ("QDN-RJ", "榕江县", "Rongjiang (village super league)", "Qiandongnan", 25.93, 108.52, 1.5, "village"),
    ("QDN-LP", "黎平县", "Liping (Zhaoxing Dong village)", "Qiandongnan", 26.23, 109.14, 1.5, "village"),
    ("QN-DY", "都匀市", "Duyun", "Qiannan", 26.26, 107.52, 2.5, "urban"),
    ("QN-LB", "荔波县", "Libo", "Qiannan", 25.41, 107.88, 0.8, "tourist"),
    ("QXN-XY", "兴义市", "Xingyi", "Qianxinan", 25.09, 104.90, 3.0, "urban"),
    ("BJ-QXG", "七星关区", "Qixingguan", "Bijie", 27.30, 105.29, 4.0, "urban"),
    ("BJ-WN", "威宁县", "Weining", "Bijie", 26.86, 104.28, 3.0, "village"),
    ("BJ-HZ", "赫章县", "Hezhang", "Bijie", 27.12, 104.73, 2.0, "village"),
    ("BJ-NY", "纳雍县", "Nayong", "Bijie", 26.78, 105.38, 2.0, "village"),
    ("TR-BJ", "碧江区", "Bijiang", "Tongren", 27.72, 109.19, 2.5, "urban"),
    ("TR-JK", "江口县", "Jiangkou (Fanjingshan)", "Tongren", 27.70, 108.84, 0.8, "tourist"),
    ("TR-ST", "松桃县", "Songtao", "Tongren", 28.16, 109.20, 2.0, "village"),
    ("TR-YH", "沿河县", "Yanhe", "Tongren", 28.56, 108.50, 1.5, "village"),
    ("LPS-ZS", "钟山区", "Zhongshan", "Liupanshui", 26.58, 104.84, 2.5, "coal"),
    ("LPS-SC", "水城区", "Shuicheng", "Liupanshui", 26.55, 104.96, 2.0, "coal"),
    ("LPS-PZ", "盘州市", "Panzhou", "Liupanshui", 25.71, 104.47, 2.5, "coal"),
]
REGION_INDEX = {r[0]: i for i, r in enumerate(REGIONS)}
TOURIST_REGIONS = ("AS-ZN", "QDN-LS", "TR-JK", "QN-LB", "QDN-LP")
EVENT_REGIONS = ("QDN-TJ", "QDN-RJ")  # 村BA finals at Taipan, 村超 at Rongjiang
# out-of-province visited networks (domestic roaming partner sites in the operator's cell file)
VISITED = [
    ("ZJ-NB", "浙江宁波(漫游)", 29.87, 121.54), ("ZJ-YW", "浙江义乌(漫游)", 29.31, 120.07),
    ("GD-DG", "广东东莞(漫游)", 23.02, 113.75), ("GD-SZ", "广东深圳(漫游)", 22.54, 114.06),
    ("FJ-JJ", "福建晋江(漫游)", 24.78, 118.55),
]
# highway / high-speed rail corridor sites (Guiyang-Kaili-Rongjiang, Guiyang-Zunyi, Guiyang-Anshun)
CORRIDORS = [("HSR-GY-RJ", 26.3, 107.6), ("HSR-GY-ZY", 27.1, 106.8), ("HWY-GY-AS", 26.4, 106.2),
             ("HWY-BJ-GY", 26.9, 105.9), ("HWY-TR-KL", 27.1, 108.7)]

# ---------------------------------------------------------------- handsets (TAC = first 8 digits of the IMEI)
TACS_SMART = (86012345, 86190403, 35391211, 86473005, 86892304, 86720106, 35846912, 86155307,
              86640905, 86322006, 86903407, 35271414)
TACS_FEATURE = (86789201, 86105603, 35600108)  # elder "老人机" feature phones
TACS_CHEAP = (86991802, 86458010)  # cheap Android handsets sold in county towns
TAC_GOIP = (86223405, 86224005)  # 16/32-port VoIP gateways carrying SIMs
TAC_MODEM = (86733702,)  # multi-port SMS modem pools ("SMS cats")
TAC_IOT = (86520301, 86520402, 35910611)  # IoT modules (meters, trackers, data-centre sensors)
TAC_TEST = (35399910,)  # drive-test handsets of the network team

# ---------------------------------------------------------------- banks and platforms
BANKS = ("ICBC", "ABC", "BOC", "CCB", "PSBC", "GZRCU", "GYBANK", "CMB", "GZBANK")
PLATFORMS = ("wechat", "alipay", "douyin", "kuaishou", "taobao", "meituan", "ctrip", "xianyu", "qq", "pinduoduo")

# ---------------------------------------------------------------- web and apps of everyday life
EVERYDAY_DOMAINS = ("weixin.qq.com", "qq.com", "taobao.com", "alipay.com", "douyin.com", "kuaishou.com",
                    "baidu.com", "12306.cn", "ctrip.com", "meituan.com", "pinduoduo.com", "jd.com",
                    "bilibili.com", "guizhou.gov.cn", "gzjd.gov.cn", "amap.com", "toutiao.com",
                    "weibo.com", "sina.com.cn", "iqiyi.com", "huaweicloud.com", "cunba-official.cn",
                    "guizhoutravel.cn", "moutaichina.com", "icbc.com.cn", "95516.com", "zhihuishu.com",
                    "chsi.com.cn", "gzhrss.gov.cn", "ele.me")
EVERYDAY_APPS = ("com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme",
                 "com.smile.gifmaker", "com.taobao.taobao", "com.sankuai.meituan", "com.MobileTicket",
                 "ctrip.android.view", "com.xunmeng.pinduoduo", "com.autonavi.minimap", "com.jingdong.app.mall",
                 "com.tencent.mobileqq", "com.icbc", "cn.gov.gz.govservice", "com.moutai.imoutai",
                 "cn.gov.fzf.antifraud")  # the last is the national anti-fraud app (国家反诈中心)

# ---------------------------------------------------------------- SMS texts
SMS_SOCIAL = ("到了没", "晚上回家吃饭", "明天几点的车", "五一回来不", "好的", "收到", "红包收一下",
              "妈身体好不", "票买到了", "在路上了", "哈哈", "明天村BA决赛一起去看", "等我一下",
              "孩子放假了", "钱转给你了", "记得带身份证")
SMS_106 = ("【贵州银行】您尾号{n}的账户于05月01日支出人民币{a}元。", "【12306】您已购05月01日G2{n}次车票，请按时乘车。",
           "【顺丰速运】您的快件已由贵阳转运中心发出。", "【美团】验证码{n}，5分钟内有效。",
           "【贵州高速ETC】您的通行费{a}元已扣款。", "【中国气象】贵州省气象台发布暴雨蓝色预警。",
           "【国家反诈中心】提醒您：凡是自称公检法要求转账的都是诈骗。", "【黔云通信】您本月话费余额{a}元。",
           "【淘宝】您的订单已发货。", "【贵州医保】您的医保个人账户本月划入{a}元。")
