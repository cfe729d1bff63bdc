"""Message templates, web domains and apps of ordinary life in Sichuan in July."""

from __future__ import annotations

CHAT_FAMILY = (
    "晚上回来吃饭不？", "妈，我到了", "记得带伞，今天有雨", "奶奶身体还好吧", "我在路上了，十分钟到",
    "录取通知书到了没得？", "今晚炖了汤", "钥匙放门口鞋柜里了", "爸，电话充值了", "娃娃今天乖不乖",
    "周末回屋头不", "要得", "好的晓得了", "你看下微信", "明天几点的车？", "水费交了没",
)
CHAT_FRIEND = (
    "今晚火锅走起？", "在不在", "你志愿填的哪个学校", "明天去九寨不", "哈哈哈笑死", "晚点打给你",
    "帮我带杯奶茶", "周六打球", "收到", "你分数出来了没", "我被川大录了！", "好久不见，最近咋样",
    "开黑不", "那个地方好耍", "巴适得板", "等下发定位给你",
)
CHAT_WORK = (
    "会议改到下午三点", "报表发你邮箱了", "明天请个假", "客户到了没", "方案再改一版",
    "今天加班不", "收到，马上处理", "合同盖章了", "下午去现场",
)

# (sender kind, templates); {code} {n4} {amt} {d} are filled per message
A2P = {
    "code": ("【{brand}】验证码{code}，5分钟内有效，请勿泄露给他人。", "【{brand}】您正在登录，验证码{code}。如非本人操作请忽略。"),
    "courier": ("【中通快递】您的包裹已到{place}驿站，取件码{n4}。", "【顺丰速运】快件今日派送，快递员电话已隐藏，请保持电话畅通。",
                "【EMS】您的录取通知书已由中国邮政EMS寄出，请留意签收，运单尾号{n4}。"),
    "operator": ("【天府移动】尊敬的客户，您本月套餐流量已使用80%。", "【天府移动】您的话费余额不足10元，请及时充值。",
                 "【天府移动】汛期来临，请注意防范山洪地质灾害，关注官方预警。"),
    "marketing": ("【美团】周末火锅低至5折，点击领取 dpurl.cn/m{n4} 拒收请回复R", "【京东】毕业季数码狂欢，新机立减500 退订回T",
                  "【携程】暑期九寨沟峨眉山特惠，立即预订 退订回T", "【太平洋保险】暑期出行意外险9.9元起 退订回T"),
    "app": ("【抖音】你关注的主播正在直播", "【微信】你的账号在新设备登录", "【高德地图】您的行程已结束，评价司机"),
    "edu": ("【四川省教育考试院】本科二批录取结果可于7月20日起登录官网查询，请勿相信非官方渠道。",
            "【四川省教育考试院】征集志愿填报时间为7月23日至26日，仅限官网填报，谨防诈骗。"),
    "gov": ("【四川应急】达州宣汉等地今明两天有暴雨，请远离河道、山体，注意安全。",
            "【成都市公安局】暑期谨防刷单、冒充客服、冒充公检法诈骗，下载国家反诈中心APP。"),
    "anti": ("【12381】您可能正遭遇电信网络诈骗，请勿转账汇款，如有疑问请拨打96110。",),
}
CODE_BRANDS = ("微信", "支付宝", "抖音", "淘宝", "美团", "12306", "拼多多", "学信网", "国家政务服务平台", "建设银行")
PLACES = ("小区", "菜鸟", "校门口", "社区", "兔喜")

# web: (domain, ip, app package, weight by audience)
WEB = (
    ("weixin.qq.com", "183.3.226.35", "com.tencent.mm", "all"), ("www.baidu.com", "110.242.68.66", "", "all"),
    ("www.douyin.com", "116.207.147.39", "com.ss.android.ugc.aweme", "all"),
    ("m.taobao.com", "140.205.94.189", "com.taobao.taobao", "all"), ("mobile.pinduoduo.com", "124.239.244.56",
                                                                       "com.xunmeng.pinduoduo", "all"),
    ("i.meituan.com", "103.37.152.41", "com.sankuai.meituan", "all"), ("www.amap.com", "106.11.43.158",
                                                                         "com.autonavi.minimap", "all"),
    ("kyfw.12306.cn", "111.62.124.13", "com.MobileTicket", "all"), ("m.ctrip.com", "101.226.0.152",
                                                                    "ctrip.android.view", "travel"),
    ("www.kuaishou.com", "120.232.120.66", "com.smile.gifmaker", "rural"),
    ("www.sceea.cn", "118.122.125.20", "", "gaokao"), ("gaokao.chsi.com.cn", "123.127.48.9", "", "gaokao"),
    ("www.scu.edu.cn", "202.115.32.83", "", "gaokao"), ("www.uestc.edu.cn", "222.197.164.16", "", "gaokao"),
    ("www.swjtu.edu.cn", "202.115.65.10", "", "gaokao"), ("www.swufe.edu.cn", "202.115.112.8", "", "gaokao"),
    ("www.sicnu.edu.cn", "202.115.194.20", "", "gaokao"), ("www.bilibili.com", "119.3.70.188", "tv.danmaku.bili",
                                                                "young"),
    ("game.qq.com", "182.254.59.70", "com.tencent.tmgp.sgame", "young"), ("www.jzvalley.com", "61.139.2.69", "",
                                                                           "travel"),
    ("www.emeishan.net", "125.64.92.12", "", "travel"), ("www.icbc.com.cn", "106.120.158.195", "com.icbc", "bank"),
    ("www.ccb.com", "112.65.234.9", "com.chinamworld.main", "bank"), ("news.qq.com", "183.3.226.60", "", "news"),
    ("www.thecover.cn", "118.122.44.80", "", "news"), ("sc.gov.cn", "118.123.243.24", "", "news"),
    ("www.12306.cn", "111.62.124.10", "", "travel"), ("www.xiaohongshu.com", "47.103.23.14", "com.xingin.xhs",
                                                        "young"),
)
APPS_USE = ("com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao",
            "com.sankuai.meituan", "com.autonavi.minimap", "com.xunmeng.pinduoduo", "com.smile.gifmaker",
            "com.tencent.mobileqq", "com.icbc", "com.chinamworld.main", "com.MobileTicket", "tv.danmaku.bili",
            "com.xingin.xhs", "com.hicorenational.antifraud")
APPS_INSTALL = ("com.xingin.xhs", "ctrip.android.view", "com.MobileTicket", "com.hicorenational.antifraud",
                "com.chsi.xxw", "cn.gov.sc.tianfutong", "com.jingdong.app.mall", "com.didi.psngr")
