"""Text, domains, apps and platforms: the background's and the schemes' vocabulary."""

from __future__ import annotations

P2P_TEXTS = [
    "到了吗", "晚上回家吃饭", "好的", "收到", "明天几点走", "羊已经拉走了", "草场那边下雨了吗", "那达慕你去不去",
    "在路上了，堵车", "给你转过去了", "孩子放假回来了", "今天矿上加班", "车在服务区排队", "电话没电了，回头打",
    "奶茶给你留着", "下周去呼伦贝尔", "票买好了", "晚点联系", "妈，我到学校了", "货到二连了",
    "蒙古包订好了吗", "一会儿视频", "周末去希拉穆仁", "方便接电话吗", "谢谢", "明天上午去银行",
]

A2P = [  # sender number, template ({c}: a six-digit code, {n}: four digits, {a}: an amount)
    (8610690012345, "【微信】验证码{c}，用于登录，5分钟内有效。"),
    (8610690088777, "【支付宝】校验码{c}，您正在进行身份验证，请勿泄露。"),
    (8610655012888, "【抖音】验证码{c}，用于手机号登录。"),
    (8695588, "【工商银行】您尾号{n}卡7月{d}日支出{a}元，余额请查询。"),
    (8695599, "【农业银行】您尾号{n}账户{d}日完成一笔交易，人民币{a}。"),
    (8696138, "【内蒙古农信】您尾号{n}的账户收到转账{a}元。"),
    (8610690200000, "【美团】您的订单已送达，感谢使用。"),
    (8610690233333, "【携程】您预订的呼伦贝尔草原酒店订单已确认，入住7月{d}日。"),
    (8612306, "【铁路12306】订单E{c}，呼和浩特东-海拉尔，7月{d}日，请按时乘车。"),
    (8610690558899, "【腾格里移动】您本月已用流量{n}MB，套餐余量充足。"),
]

POPULAR_DOMAINS = [  # domain, weight, ip, app
    ("weixin.qq.com", 14, "183.3.226.35", "com.tencent.mm"),
    ("mp.weixin.qq.com", 8, "183.3.226.36", "com.tencent.mm"),
    ("www.douyin.com", 10, "220.181.131.21", "com.ss.android.ugc.aweme"),
    ("v.kuaishou.com", 6, "103.107.216.10", "com.smile.gifmaker"),
    ("www.taobao.com", 6, "140.205.94.189", "com.taobao.taobao"),
    ("m.jd.com", 3, "111.13.149.108", "com.jingdong.app.mall"),
    ("www.meituan.com", 4, "103.37.152.41", "com.sankuai.meituan"),
    ("m.ctrip.com", 4, "101.226.10.8", "ctrip.android.view"),
    ("kyfw.12306.cn", 3, "36.110.220.23", "com.MobileTicket"),
    ("www.baidu.com", 7, "110.242.68.66", None),
    ("m.weather.com.cn", 2, "219.239.93.5", None),
    ("www.nmg.gov.cn", 1, "218.21.127.10", None),
    ("rst.nmg.gov.cn", 0.5, "218.21.127.31", None),
    ("www.icbc.com.cn", 1, "106.120.167.21", "com.icbc"),
    ("www.nmgnxs.com", 1, "218.21.140.6", "com.nmgnxs.mbank"),
    ("www.bilibili.com", 3, "120.92.78.97", "tv.danmaku.bili"),
    ("www.xiaohongshu.com", 3, "119.3.168.33", "com.xingin.xhs"),
    ("www.pinduoduo.com", 4, "121.37.54.20", "com.xunmeng.pinduoduo"),
    ("www.hulunbuir.gov.cn", 0.3, "218.21.160.2", None),
    ("map.amap.com", 3, "106.11.43.158", "com.autonavi.minimap"),
    ("www.dianping.com", 1.5, "103.37.152.90", "com.dianping.v1"),
    ("passport.zhihu.com", 1, "118.89.204.198", "com.zhihu.android"),
]

APPS = ["com.tencent.mm", "com.ss.android.ugc.aweme", "com.smile.gifmaker", "com.taobao.taobao",
        "com.eg.android.AlipayGphone", "com.sankuai.meituan", "ctrip.android.view", "com.MobileTicket",
        "com.xunmeng.pinduoduo", "com.autonavi.minimap", "com.icbc", "com.nmgnxs.mbank", "tv.danmaku.bili",
        "com.xingin.xhs", "com.tencent.mobileqq", "com.sdu.didi.psnger", "com.huochebang.driver",
        "cn.gov.mps.antifraud", "com.nmg.rsapp"]

PLATFORMS = ["wechat", "alipay", "douyin", "taobao", "qq", "kuaishou", "meituan", "pinduoduo", "xiaohongshu",
             "ctrip", "12306", "didi", "jd", "weibo"]
PLATFORM_W = [30, 22, 16, 12, 9, 8, 6, 7, 4, 5, 4, 3, 3, 2]

STORE_URLS = ["https://appgallery.huawei.com/app/", "https://app.mi.com/details?id=", "https://sj.qq.com/appdetail/",
              None]
