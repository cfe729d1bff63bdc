"""Message texts, web domains, apps and banks of everyday Shaanxi life (the fraud texts live with their gangs)."""

from __future__ import annotations

BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "邮储银行", "长安银行", "西安银行", "陕西农信", "招商银行",
         "交通银行"]
BANK_P = [0.17, 0.16, 0.13, 0.09, 0.1, 0.07, 0.06, 0.11, 0.06, 0.05]

#: service senders of short messages (bank notices, codes, parcels, operator), with texts
A2P = [
    ("8695588", "【工商银行】您尾号{n4}卡{md}{hm}{io}人民币{amt}元,余额{bal}元。"),
    ("8695533", "【建设银行】您尾号{n4}的储蓄卡{md}{hm}{io}人民币{amt}元,活期余额{bal}元。"),
    ("8695599", "【中国农业银行】您尾号{n4}账户{md}{hm}完成{io}交易人民币{amt},余额{bal}。"),
    ("8695580", "【邮储银行】{md}{hm}您尾号{n4}账户{io}金额{amt}元,余额{bal}元。"),
    ("8696669", "【长安银行】尊敬的客户,您尾号{n4}账户{md}{io}{amt}元。"),
    ("8610690199", "【微信支付】您的验证码为{code},5分钟内有效,请勿泄露给他人。"),
    ("8610690888", "【支付宝】验证码{code},您正在登录支付宝,切勿告知他人。"),
    ("8610658199", "【菜鸟驿站】您的包裹已到{station},取件码{pick},请于19:00前取件。"),
    ("8610698870", "【丰巢】您的快递已存入{station}丰巢柜,取件码{code},超时将收取保管费。"),
    ("8610086", "【秦川移动】尊敬的客户,您本月已使用流量{gb}GB,剩余{left}GB。"),
    ("8610690633", "【12306】订单E{order},{name}您已购{md}G{train}次{seat},请按时乘车。"),
    ("8610690066", "【美团】您的外卖已由骑手取餐,预计{hm}送达。"),
    ("8610695001", "【抖音】验证码{code},用于登录,5分钟内有效。"),
    ("8612381", "【工信部】提醒:国庆出行注意防范电信网络诈骗,陌生来电谨慎接听,退票改签请认准官方渠道。"),
    ("8610690560", "【西安市反诈中心】近期有冒充景区客服以'退票退款'为由实施诈骗,官方不会要求您下载会议软件或转账。"),
    ("8610691234", "【拼多多】您关注的商品降价啦,点击 yangkeduo.com/g/{code} 立即查看,回T退订"),
    ("8610693399", "【京东】您的订单已签收,评价晒单得京豆,jd.com/r/{code} 回T退订"),
]
P2P = ["到了没", "晚上回来吃饭不", "好的", "收到", "国庆回来不", "中秋快乐！", "妈,我到学校了", "明天几点走",
       "在哪呢", "给你打电话没接", "节日快乐", "票买好了", "堵在高速上了", "一会到", "嗯嗯", "老地方见",
       "钱收到了", "月饼寄到了吗", "下班了吗", "孩子睡了", "行", "明天上班", "华山人太多了", "兵马俑排了两小时队"]

#: (domain, ip, app that makes the request, weights by segment group: young, worker, elderly)
DOMAINS = [
    ("weixin.qq.com", "183.47.101.10", "com.tencent.mm", (10, 10, 10)),
    ("www.baidu.com", "110.242.68.66", "com.baidu.searchbox", (4, 5, 4)),
    ("www.douyin.com", "123.6.20.35", "com.ss.android.ugc.aweme", (9, 7, 5)),
    ("www.kuaishou.com", "112.74.36.120", "com.smile.gifmaker", (3, 5, 5)),
    ("www.taobao.com", "140.205.94.189", "com.taobao.taobao", (6, 5, 2)),
    ("m.jd.com", "111.13.149.108", "com.jingdong.app.mall", (4, 4, 1)),
    ("mobile.yangkeduo.com", "47.95.168.30", "com.xunmeng.pinduoduo", (4, 5, 4)),
    ("www.bilibili.com", "120.92.78.97", "tv.danmaku.bili", (7, 1, 0.2)),
    ("www.meituan.com", "103.37.142.36", "com.sankuai.meituan", (5, 4, 1)),
    ("www.dianping.com", "103.37.152.41", "com.dianping.v1", (3, 2, 0.5)),
    ("www.12306.cn", "61.150.99.64", "com.MobileTicket", (3, 3, 1)),
    ("www.ctrip.com", "101.226.126.180", "ctrip.android.view", (2, 2, 0.5)),
    ("www.amap.com", "106.11.43.138", "com.autonavi.minimap", (3, 4, 1)),
    ("www.toutiao.com", "220.181.131.241", "com.ss.android.article.news", (1, 3, 4)),
    ("www.xiaohongshu.com", "47.105.34.90", "com.xingin.xhs", (6, 2, 0.3)),
    ("www.zhihu.com", "118.89.204.198", "com.zhihu.android", (3, 1, 0.1)),
    ("www.bmy.com.cn", "61.185.212.35", None, (1, 1, 0.3)),
    ("www.huashan.com.cn", "61.185.220.17", None, (0.8, 0.8, 0.2)),
    ("www.chsi.com.cn", "202.205.161.80", None, (1.5, 0.05, 0)),
    ("www.eastmoney.com", "101.226.22.1", "com.eg.android.AlipayGphone", (0.3, 1.0, 0.8)),
    ("www.xbmiaoo.com", "61.150.65.21", None, (0.05, 0.05, 0.02)),
    ("www.icbc.com.cn", "61.185.220.110", "com.icbc", (0.5, 1, 1)),
    ("www.ccb.com", "61.150.92.15", "com.chinamworld.main", (0.5, 1, 1)),
    ("www.weather.com.cn", "58.20.51.43", None, (0.3, 1, 2)),
    ("www.xiancity.cn", "61.185.210.10", None, (0.2, 0.4, 0.3)),
]
#: (package, store page, weights: young, worker, elderly)
APPS = [
    ("com.tencent.mm", 10, 10, 10), ("com.eg.android.AlipayGphone", 8, 8, 5), ("com.ss.android.ugc.aweme", 8, 7, 5),
    ("com.taobao.taobao", 5, 5, 2), ("com.xunmeng.pinduoduo", 4, 5, 4), ("com.sankuai.meituan", 5, 4, 1),
    ("com.MobileTicket", 2, 2, 0.5), ("tv.danmaku.bili", 6, 1, 0.1), ("com.autonavi.minimap", 3, 4, 1),
    ("com.smile.gifmaker", 3, 5, 5), ("com.xingin.xhs", 5, 2, 0.2), ("com.tencent.mobileqq", 6, 2, 0.5),
    ("com.icbc", 0.5, 1, 1), ("com.chinamworld.main", 0.5, 1, 1), ("com.hicorenational.antifraud", 1, 1, 0.5),
    ("com.sdu.didi.psnger", 3, 2, 0.5), ("ctrip.android.view", 2, 2, 0.3), ("com.tencent.wemeet", 1, 1.5, 0.2),
    ("com.jingdong.app.mall", 3, 3, 1), ("com.ss.android.article.news", 1, 3, 4), ("com.xianyu.idlefish", 2, 1, 0.1),
]
STORES = ["https://appgallery.huawei.com/app/{p}", "https://app.mi.com/details?id={p}",
          "https://sj.qq.com/appdetail/{p}", "https://h5coml.vivo.com.cn/h5coml/appdetail/{p}",
          "https://store.heytap.com/app/{p}", "https://apps.apple.com/cn/app/{p}"]
STATIONS = ["小寨西路菜鸟驿站", "郭杜南村驿站", "长安大学城北门驿站", "未央路丰巢", "凤城五路驿站", "渭滨路驿站",
            "神木市滨河驿站", "汉台区北关驿站", "安康江北驿站", "高新一路丰巢"]
