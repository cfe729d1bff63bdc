"""Message texts, service numbers, sites and apps of ordinary life in Chongqing."""

from __future__ import annotations

# bank: (hotline that also sends the notices, short name in the 【】 tag)
BANK_SENDER = {
    "ICBC": (95588, "工商银行"), "CCB": (95533, "建设银行"), "ABC": (95599, "农业银行"), "BOC": (95566, "中国银行"),
    "CMB": (95555, "招商银行"), "Bank of Chongqing": (96899, "重庆银行"), "CQRCB": (966866, "重庆农商行"),
    "PSBC": (95580, "邮储银行"), "BoCom": (95559, "交通银行"), "CITIC": (95558, "中信银行"),
}
# A2P senders (106 codes registered by the platforms and service companies)
SERVICE = {
    "taobao": 1069000095188, "jd": 1069011183601, "pinduoduo": 1069052218818, "douyin": 1069046210660,
    "meituan": 1069075310105, "cainiao": 1069021680520, "fengchao": 1069011560008, "sf": 1069095338000,
    "alipay": 1069095188000, "wechatpay": 1069040300900, "tencent": 1069070069000, "operator": 10069,
    "antifraud": 12381, "police96110": 96110, "12306": 12306, "didi": 1069090128800, "hospital": 1069023023966,
    "cq_gov": 1069023012345, "ctrip": 1069095010000, "eleme": 1069033310520, "xianyu": 1069095188010,
}
COURIER_HOTLINES = [95338, 95311, 95554, 95546, 95543, 11183, 950616]
PLATFORM_CS = {"taobao": 9510211, "jd": 950618, "pinduoduo": 862161897088, "douyin": 9501888}

CHAT = [
    "到哪儿了", "晚上吃火锅不", "好的", "收到", "妈，我这周末回来", "记得按时吃药", "明天几点上班", "快递帮我拿一下",
    "开会，晚点回你", "好嘞", "在不在", "到了", "发工资了没", "莫得问题", "要得", "幺儿吃饭没得", "你下班没", "我在观音桥",
    "今天好冷，多穿点", "双十一你买啥子了", "尾款付了没", "帮我砍一刀", "我先走了", "堵车，晚十分钟", "车停哪儿的",
    "周末去磁器口耍", "莫忘了交电费", "你爸电话打不通", "收到了，谢谢", "晚上回来吃饭不", "孙孙放学没", "明天赶场",
    "辣椒收完了", "老师说明天家长会", "作业写完没", "钱收到了", "我到楼下了", "开门", "嗯嗯", "哈哈哈", "晓得了",
    "等哈打给你", "信号不好", "在开车", "红包收一下", "药买到了", "好多钱", "下午有空不", "快递到驿站了",
]
PROMO = {
    "taobao": ["【淘宝】双11第一波开抢！今晚8点开抢，跨店每满300减50，抢先加购>>tb.cn/x 拒收请回复R",
               "【淘宝】您加购的商品降价了，双11到手价更低，戳tb.cn/x 拒收请回复R",
               "【淘宝】双11尾款11月10日晚8点开付，别忘了付尾款哦 拒收请回复R"],
    "jd": ["【京东】11.11京东超级百亿补贴，今晚8点开抢，戳3.cn/x 回TD退订",
           "【京东】您关注的商品已降价，11.11到手更划算，戳3.cn/x 回TD退订"],
    "pinduoduo": ["【拼多多】您有一张满200减30的券即将过期，速用 yangkeduo.com 退订回T",
                  "【拼多多】百亿补贴双11专场，iPhone直降，戳 yangkeduo.com 退订回T"],
    "douyin": ["【抖音商城】好物节直播间爆款秒杀，今晚8点不见不散，退订回T"],
    "meituan": ["【美团】火锅双人餐5折起，周末约起来，退订回T"],
    "eleme": ["【饿了么】天冷了来碗酸辣粉，大额红包已到账，退订回T"],
}
CODE_APPS = ["微信", "支付宝", "淘宝", "京东", "拼多多", "抖音", "美团", "12306", "滴滴出行", "哔哩哔哩", "小红书",
             "重庆市政府", "渝快办", "国家反诈中心", "中国移动", "闲鱼", "饿了么", "携程"]
CODE_TEXT = "【{app}】验证码{code}，用于身份验证，5分钟内有效。验证码提供给他人可能导致账号被盗，请勿泄露。"
BANK_DEBIT = "【{bank}】您尾号{tail}的账户{md}{hm}支出人民币{amt:.2f}元，余额{bal:.2f}元。"
BANK_CREDIT = "【{bank}】您尾号{tail}的账户{md}{hm}收入人民币{amt:.2f}元（{what}），余额{bal:.2f}元。"
PARCEL_STATION = "【菜鸟驿站】您的{courier}包裹已到{station}，请凭取件码{code}取件，营业时间8:30-21:00。"
PARCEL_LOCKER = "【丰巢】您的{courier}快递已存入{station}丰巢柜，取件码{code}，超时将收取保管费。"
REFUND = {
    "taobao": "【淘宝】您的退款申请已处理完成，¥{amt:.2f}已原路退回，请注意查收。淘宝不会以任何理由要求您转账。",
    "jd": "【京东】您的售后服务单已完成，退款¥{amt:.2f}预计1-3个工作日原路退回。京东不会要求您开通屏幕共享。",
    "pinduoduo": "【拼多多】退款¥{amt:.2f}已退回您的支付账户，请查收。平台客服不会向您索要验证码。",
    "douyin": "【抖音商城】您的退款¥{amt:.2f}已到账，如有疑问请在App内联系官方客服。",
}
SHIPPED = "【{p}】您购买的商品已由{courier}发出，运单号{no}，请留意物流信息。"
COURIERS = ["中通", "圆通", "韵达", "申通", "极兔", "顺丰", "京东", "邮政"]
STATIONS = ["小区南门驿站", "楼下超市驿站", "学校菜鸟驿站", "社区驿站", "xx便利店驿站", "镇上快递点", "村邮站"]
ANTIFRAUD = [
    "【重庆反诈】双十一期间谨防“退款理赔”诈骗！自称客服来电说商品有质量问题、快递丢失要双倍赔偿，要求开通屏幕共享或转账的都是诈骗。如有疑问请拨打96110。",
    "【国家反诈中心】公检法机关不会通过电话办案，更不存在“安全账户”。接到96110来电请及时接听。",
]
OPERATOR_BILL = "【渝通移动】尊敬的客户，您10月账单{amt:.2f}元，当前余额{bal:.2f}元。详询10069。"
PENSION = "【重庆农商行】您尾号{tail}的社保卡{md}收到养老金{amt:.2f}元，余额{bal:.2f}元。"

# sites: domain, app package, category
SITES = [
    ("taobao.com", "com.taobao.taobao", "shop"), ("tmall.com", "com.tmall.wireless", "shop"),
    ("jd.com", "com.jingdong.app.mall", "shop"), ("yangkeduo.com", "com.xunmeng.pinduoduo", "shop"),
    ("douyin.com", "com.ss.android.ugc.aweme", "video"), ("kuaishou.com", "com.smile.gifmaker", "video"),
    ("xiaohongshu.com", "com.xingin.xhs", "social"), ("meituan.com", "com.sankuai.meituan", "life"),
    ("ele.me", "me.ele", "life"), ("dianping.com", "com.dianping.v1", "life"),
    ("weixin.qq.com", "com.tencent.mm", "social"), ("qq.com", "com.tencent.mobileqq", "social"),
    ("weibo.com", "com.sina.weibo", "social"), ("zhihu.com", "com.zhihu.android", "news"),
    ("bilibili.com", "tv.danmaku.bili", "video"), ("baidu.com", "com.baidu.searchbox", "news"),
    ("toutiao.com", "com.ss.android.article.news", "news"), ("163.com", "com.netease.newsreader.activity", "news"),
    ("alipay.com", "com.eg.android.AlipayGphone", "money"), ("icbc.com.cn", "com.icbc", "money"),
    ("ccb.com", "com.chinamworld.main", "money"), ("cqrcb.com", "com.cqrcb.mbank", "money"),
    ("eastmoney.com", "com.eastmoney.android.berlin", "money"), ("10jqka.com.cn", "com.hexin.plat.android", "money"),
    ("12306.cn", "com.MobileTicket", "gov"), ("cq.gov.cn", None, "gov"), ("ykb.cq.gov.cn", "com.cq.ykb", "gov"),
    ("amap.com", "com.autonavi.minimap", "life"), ("ctrip.com", "ctrip.android.view", "life"),
    ("didiglobal.com", "com.sdu.didi.psnger", "life"), ("cqmetro.cn", None, "life"),
    ("cqu.edu.cn", None, "edu"), ("swu.edu.cn", None, "edu"), ("cqupt.edu.cn", None, "edu"),
    ("chaoxing.com", "com.chaoxing.mobile", "edu"), ("game.qq.com", "com.tencent.tmgp.sgame", "game"),
    ("mihoyo.com", "com.miHoYo.Yuanshen", "game"), ("iqiyi.com", "com.qiyi.video", "video"),
    ("v.qq.com", "com.tencent.qqlive", "video"), ("cainiao.com", "com.cainiao.wireless", "life"),
    ("xianyu.com", "com.taobao.idlefish", "shop"), ("gov.cn", None, "gov"), ("cqnews.net", None, "news"),
    ("kugou.com", "com.kugou.android", "video"), ("pinduoduo.com", "com.xunmeng.pinduoduo", "shop"),
]
CAT_WEIGHT = {  # persona -> category weights
    "default": {"shop": 3, "video": 3, "social": 3, "life": 1.5, "news": 1.5, "money": 0.8, "gov": 0.3, "edu": 0.1,
                "game": 0.5},
    "student": {"shop": 2.5, "video": 4, "social": 3, "life": 1.5, "news": 0.8, "money": 0.3, "gov": 0.4, "edu": 2,
                "game": 3},
    "teen": {"shop": 0.5, "video": 4, "social": 2.5, "life": 0.3, "news": 0.3, "money": 0.05, "gov": 0.05,
             "edu": 1, "game": 5},
    "elderly": {"shop": 0.8, "video": 4, "social": 3, "life": 0.4, "news": 3, "money": 0.4, "gov": 0.3, "edu": 0,
                "game": 0.1},
    "farmer": {"shop": 1, "video": 4, "social": 3, "life": 0.3, "news": 1.5, "money": 0.3, "gov": 0.3, "edu": 0,
               "game": 0.2},
    "streamer": {"shop": 5, "video": 6, "social": 3, "life": 1, "news": 0.5, "money": 1, "gov": 0.2, "edu": 0,
                 "game": 0.2},
}
ANTIFRAUD_APP = "com.hicorenational.antifraud"
