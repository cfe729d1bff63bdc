"""Static tables of the made-up province: regions, districts, handsets, banks, apps, sites and message texts."""

from __future__ import annotations

# region key, name, admin division code (home_region), fixed-line area code, on-net mobile block base
REGIONS = [
    ("sjz", "Shijiazhuang", "130100", 311, 3110),
    ("ts", "Tangshan", "130200", 315, 3150),
    ("qhd", "Qinhuangdao", "130300", 335, 3350),
    ("hd", "Handan", "130400", 310, 3100),
    ("xt", "Xingtai", "130500", 319, 3190),
    ("bd", "Baoding", "130600", 312, 3120),
    ("zjk", "Zhangjiakou", "130700", 313, 3130),
    ("cd", "Chengde", "130800", 314, 3140),
    ("cz", "Cangzhou", "130900", 317, 3170),
    ("lf", "Langfang", "131000", 316, 3160),
    ("hs", "Hengshui", "131100", 318, 3180),
    ("xa", "Xiongan", "133100", 312, 3300),
]

# district key, region key, lat, lon, cells, resident weight, work weight, kind
DISTRICTS = [
    ("sjz_cbd", "sjz", 38.043, 114.515, 26, 2.0, 9.0, "cbd"),
    ("sjz_urban", "sjz", 38.020, 114.480, 36, 9.0, 4.0, "urban"),
    ("sjz_zhengding", "sjz", 38.146, 114.570, 10, 2.0, 1.0, "scenic"),
    ("sjz_campus", "sjz", 38.070, 114.330, 12, 1.2, 1.0, "campus"),
    ("sjz_station", "sjz", 38.010, 114.480, 5, 0.2, 1.0, "station"),
    ("sjz_market", "sjz", 38.052, 114.468, 5, 0.3, 1.5, "market"),
    ("sjz_gaocheng", "sjz", 38.030, 114.850, 12, 3.0, 0.8, "village"),
    ("bd_urban", "bd", 38.870, 115.460, 26, 6.0, 4.0, "urban"),
    ("bd_gaobeidian", "bd", 39.330, 115.870, 9, 2.0, 1.2, "town"),
    ("bd_baigou", "bd", 39.120, 116.040, 6, 0.8, 2.0, "market"),
    ("bd_mountain", "bd", 39.390, 115.700, 12, 2.6, 0.5, "village"),
    ("xa_rongdong", "xa", 39.050, 115.920, 10, 2.2, 0.8, "relocation"),
    ("xa_anxin", "xa", 38.930, 115.940, 8, 1.4, 0.5, "relocation"),
    ("xa_sites", "xa", 39.000, 116.000, 9, 0.3, 2.5, "construction"),
    ("lf_urban", "lf", 39.520, 116.700, 12, 2.2, 1.5, "urban"),
    ("lf_yanjiao", "lf", 39.950, 116.820, 14, 3.0, 0.8, "commuter"),
    ("lf_guan", "lf", 39.440, 116.300, 7, 1.0, 0.8, "town"),
    ("lf_bazhou", "lf", 39.100, 116.390, 7, 1.0, 0.6, "village"),
    ("ts_urban", "ts", 39.630, 118.180, 22, 4.6, 3.0, "urban"),
    ("ts_steel", "ts", 39.990, 118.700, 9, 1.3, 3.0, "industrial"),
    ("ts_caofeidian", "ts", 39.020, 118.460, 7, 0.7, 2.0, "port"),
    ("ts_villages", "ts", 39.700, 118.000, 11, 2.4, 0.4, "village"),
    ("qhd_urban", "qhd", 39.930, 119.600, 12, 1.8, 1.5, "urban"),
    ("qhd_beidaihe", "qhd", 39.830, 119.480, 16, 0.7, 1.8, "resort"),
    ("qhd_shanhaiguan", "qhd", 40.000, 119.750, 7, 0.5, 0.6, "scenic"),
    ("qhd_changli", "qhd", 39.700, 119.230, 7, 0.8, 0.5, "resort"),
    ("zjk_urban", "zjk", 40.770, 114.880, 12, 2.4, 1.5, "urban"),
    ("zjk_chongli", "zjk", 40.970, 115.280, 6, 0.4, 0.6, "resort"),
    ("zjk_windfarm", "zjk", 41.150, 114.700, 7, 0.3, 0.6, "windfarm"),
    ("zjk_villages", "zjk", 40.600, 115.100, 8, 1.2, 0.3, "village"),
    ("cd_urban", "cd", 40.970, 117.940, 12, 1.9, 1.4, "scenic"),
    ("cd_bashang", "cd", 42.000, 117.000, 8, 0.5, 0.6, "grassland"),
    ("cd_villages", "cd", 40.800, 118.100, 8, 1.2, 0.3, "village"),
    ("hd_urban", "hd", 36.610, 114.490, 22, 5.6, 3.0, "urban"),
    ("hd_villages", "hd", 36.300, 115.100, 15, 5.0, 0.5, "village"),
    ("hd_steel", "hd", 36.580, 114.300, 6, 0.8, 1.5, "industrial"),
    ("xt_urban", "xt", 37.070, 114.500, 15, 3.8, 2.0, "urban"),
    ("xt_west", "xt", 37.100, 114.200, 13, 3.6, 0.4, "village"),
    ("cz_urban", "cz", 38.300, 116.840, 13, 3.2, 2.0, "urban"),
    ("cz_huanghua", "cz", 38.370, 117.330, 8, 0.8, 1.6, "port"),
    ("cz_villages", "cz", 38.200, 116.600, 13, 3.8, 0.4, "village"),
    ("hs_urban", "hs", 37.740, 115.670, 10, 1.9, 1.2, "urban"),
    ("hs_villages", "hs", 38.000, 115.700, 13, 3.0, 0.3, "village"),
    ("hw_g4", "bd", 38.500, 115.000, 14, 0.0, 0.0, "highway"),
    ("hw_coastal", "ts", 39.700, 119.000, 8, 0.0, 0.0, "highway"),
]

# handset models: TAC, kind, share among residents
HANDSETS = [
    ("86769104", "smart", 9), ("86891505", "smart", 8), ("86523006", "smart", 7), ("86145207", "smart", 7),
    ("35398812", "smart", 9), ("35672913", "smart", 6), ("86997702", "smart", 5), ("86310408", "smart", 5),
    ("86730009", "smart", 4), ("86612111", "smart", 4), ("35881504", "smart", 3), ("86455510", "smart", 3),
    ("86201801", "feature", 4), ("86044922", "feature", 3), ("35912207", "feature", 1),
    ("35140502", "feature", 1),
    ("86588003", "watch", 1), ("86588104", "watch", 1),
]
MODEM_TACS = {"goip": "86293701", "smscat": "86088605", "m2m": "86471902", "pos": "86512203", "tracker": "86637704",
              "mifi": "86720305", "oldphone": "35140502"}

BANKS = [("ICBC", "01", 14, True), ("CCB", "02", 12, True), ("ABC", "03", 11, True), ("BOC", "04", 7, True),
         ("PSBC", "05", 10, True), ("HEBEI-RCU", "06", 12, True), ("BANK-OF-HEBEI", "07", 5, True),
         ("CMB", "08", 5, False), ("BOCOM", "09", 4, False), ("CANGZHOU-BANK", "10", 2, True),
         ("TANGSHAN-BANK", "11", 2, True), ("CITIC", "12", 2, False)]

APPS = [  # package, popularity, domain it talks to
    ("com.tencent.mm", 30, "weixin.qq.com"), ("com.ss.android.ugc.aweme", 22, "douyinvod.com"),
    ("com.eg.android.AlipayGphone", 18, "alipay.com"), ("com.taobao.taobao", 10, "taobao.com"),
    ("com.xunmeng.pinduoduo", 12, "pinduoduo.com"), ("com.sankuai.meituan", 8, "meituan.com"),
    ("com.tencent.mobileqq", 7, "qq.com"), ("com.smile.gifmaker", 10, "kuaishou.com"),
    ("com.jingdong.app.mall", 6, "jd.com"), ("com.baidu.searchbox", 7, "baidu.com"),
    ("com.autonavi.minimap", 6, "amap.com"), ("com.sdu.didi.psnger", 3, "didiglobal.com"),
    ("com.tencent.tmgp.sgame", 6, "qq.com"), ("com.tencent.tmgp.pubgmhd", 3, "qq.com"),
    ("ctrip.android.view", 3, "ctrip.com"), ("com.MobileTicket", 3, "12306.cn"),
    ("com.hicorenational.antifraud", 2, "gjfzpt.cn"), ("com.tencent.wemeet.app", 2, "meeting.tencent.com"),
    ("com.ss.android.article.news", 5, "toutiao.com"), ("com.tencent.qqlive", 3, "v.qq.com"),
    ("com.icbc", 3, "icbc.com.cn"), ("com.chinamworld.main", 3, "ccb.com"), ("com.kugou.android", 2, "kugou.com"),
    ("com.sina.weibo", 2, "weibo.com"), ("com.dianping.v1", 2, "dianping.com"), ("com.zhihu.android", 1, "zhihu.com"),
    ("com.miHoYo.Yuanshen", 1, "mihoyo.com"), ("com.xiaomi.smarthome", 1, "mi.com"),
]

DOMAINS = [  # benign domains, popularity, ip prefix
    ("baidu.com", 14, "110.242.68"), ("weixin.qq.com", 16, "183.3.226"), ("qq.com", 10, "183.3.225"),
    ("douyinvod.com", 14, "221.195.48"), ("douyin.com", 6, "221.195.49"), ("taobao.com", 8, "111.62.72"),
    ("tmall.com", 3, "111.62.73"), ("jd.com", 5, "111.13.149"), ("pinduoduo.com", 7, "124.239.245"),
    ("kuaishou.com", 8, "124.238.241"), ("alipay.com", 7, "110.75.132"), ("meituan.com", 4, "103.37.152"),
    ("amap.com", 4, "106.11.43"), ("toutiao.com", 5, "221.195.50"), ("163.com", 3, "123.126.96"),
    ("sina.com.cn", 2, "123.126.45"), ("weibo.com", 2, "123.126.55"), ("bilibili.com", 3, "121.194.11"),
    ("ctrip.com", 2, "101.226.23"), ("12306.cn", 2, "221.195.55"), ("icbc.com.cn", 1, "124.238.238"),
    ("ccb.com", 1, "124.239.176"), ("hebbank.com", 1, "121.28.40"), ("apple.com", 2, "17.253.85"),
    ("icloud.com", 2, "17.248.176"), ("huawei.com", 2, "121.36.10"), ("mi.com", 1, "111.13.141"),
    ("zhihu.com", 1, "118.89.204"), ("v.qq.com", 3, "183.3.227"), ("kugou.com", 1, "124.238.105"),
    ("gov.cn", 1, "121.28.30"), ("hebei.gov.cn", 1, "121.28.31"), ("xiongan.gov.cn", 0.4, "121.28.33"),
    ("hebeea.edu.cn", 0.5, "121.28.34"), ("chsi.com.cn", 0.5, "124.239.20"), ("gaokao.cn", 0.4, "124.239.21"),
    ("114yygh.com", 0.3, "123.56.30"), ("pumch.cn", 0.2, "123.56.31"), ("qunar.com", 1, "101.226.24"),
    ("fliggy.com", 1, "106.11.44"), ("ly.com", 1, "101.226.25"), ("nmc.cn", 0.6, "121.28.35"),
    ("12379.cn", 0.3, "121.28.36"), ("picc.com", 0.4, "124.239.30"), ("pingan.com", 0.4, "124.239.31"),
    ("shuidichou.com", 0.2, "123.56.32"), ("gongyi.qq.com", 0.2, "183.3.228"), ("dianping.com", 1, "103.37.153"),
    ("mihoyo.com", 0.5, "47.103.2"), ("gjfzpt.cn", 0.3, "121.28.37"), ("meeting.tencent.com", 0.5, "183.3.229"),
    ("didiglobal.com", 1, "106.11.45"), ("beidaihe.gov.cn", 0.2, "121.28.38"), ("cloudflare.com", 0.3, "104.16.132"),
    ("t.cn", 0.6, "123.126.56"), ("3.cn", 0.4, "111.13.150"), ("dwz.cn", 0.3, "110.242.69"),
]

SHORT_LINK_HOSTS = ["t.cn", "3.cn", "dwz.cn", "m.tb.cn", "v.douyin.com", "u.jd.com"]

# people-to-people texts (most of the time content stays unexported: see everyday.py)
P2P_TEXTS = [
    "到家了吗", "晚上回来吃饭不", "好的", "收到", "明天几点走", "钱转你了，查收一下", "雨太大了别出门",
    "妈，我到营地了，一切都好", "车到哪了", "我在楼下", "下班给我打电话", "孩子睡了吗", "周末回老家",
    "帮我带瓶水", "在开会，晚点回你", "到北戴河了，人真多", "明早七点地铁口见", "药记得吃", "今天加班",
    "外面淹水了，绕着走", "房租转过去了", "快递帮我拿一下", "爸的检查结果出来了，没事", "我先睡了",
    "几号回来", "水电费交了吗", "晚上去夜市不", "工地今天停工", "饭在锅里", "知道了",
]

A2P = {  # service port -> texts with {n} (4 digits), {c} (6-digit code), {a} (amount), {s} (short link code)
    "1069583301": ["【冀联通信】尊敬的客户，您7月账单{a}元已出，可登录营业厅APP查询。",
                   "【冀联通信】您的流量套餐已使用80%，回复KT办理加油包。"],
    "95588": ["【工商银行】您尾号{n}卡7月{d}日支出(消费){a}元，余额请登录手机银行查询。",
              "【工商银行】您尾号{n}卡收入(工资){a}元。"],
    "95533": ["【建设银行】您尾号{n}的储蓄卡于{d}日转账存入{a}元。", "【建设银行】您尾号{n}账户支出{a}元。"],
    "95580": ["【邮储银行】您尾号{n}账户{d}日养老金入账{a}元。"],
    "10690000106": ["【菜鸟驿站】您的包裹已到小区驿站，凭取件码{c}取件。", "【丰巢】取件码{c}，请及时取件。"],
    "1069500025": ["【抖音】验证码{c}，用于登录，5分钟内有效，请勿泄露。", "【微信】验证码{c}。"],
    "1069000518": ["【京东】您的订单已发货，点击 https://3.cn/{s} 查看物流。",
                   "【淘宝】亲，您的包裹正在派送，详情 https://m.tb.cn/h.{s}"],
    "12306": ["【铁路客服】订单E{n}{c}，您已购{d}日G{n}次，请携带身份证乘车。"],
    "1065902012345": ["【石家庄12345】您反映的小区积水问题已转办，感谢监督。"],
    "106575012381": ["【工信部反诈提醒】近期冒充客服、刷单返利诈骗高发，陌生来电谨慎接听，勿点陌生链接。"],
    "1069070096110": ["【河北反诈中心】暑期警惕“免费领皮肤”“游戏充值”诈骗，家长请看好手机和支付密码。"],
}

# texts used by legitimate senders that look like fraud on the surface (look-alikes fill them in)
LOOKALIKE_TEXTS = {
    "hotel": ["【海韵酒店】您预订的{d}日海景房已确认，到店请出示身份证，导航 https://uri.amap.com/{s}",
              "您好，暴雨预警期间沙滩封闭，可免费改期，需要退订请回复，退款原路返回"],
    "relocation": ["【容东片区管委会】第三批回迁安置房选房将于8月{d}日进行，请带户口本身份证原件，详见 xiongan.gov.cn",
                   "【雄安征迁办】请于本周内到社区核对安置补偿确认单，不收取任何费用，谨防诈骗。"],
    "insurance": ["王姐您好，我是人保理赔小李，您家泡水车的材料今天能拍照发我吗", "【中国人保】水毁车辆理赔案{n}已受理，查勘员将致电您，服务热线95518",
                  "您好，平安车险，您的暴雨报案已登记，定损结果将短信通知 https://pingan.com/c/{s}"],
    "fruit": ["深州蜜桃今天到货，5斤装68元包邮，要的回复数量，微信同号", "昌黎葡萄预订了，一箱45，老客户送货上门"],
    "crowdfund": ["我父亲突发脑出血在省二院抢救，恳请大家帮忙转发 https://m.shuidichou.com/raise/{s}",
                  "谢谢大家，筹款已够，不用再转了，感恩"],
    "volunteer": ["涞水救灾物资缺：矿泉水、方便面、雨靴，可送到县体育馆，或通过红会官方渠道 https://gongyi.qq.com/{s}",
                  "明早六点集合去易县送物资，车够了"],
    "recruit": ["【雄鑫劳务】雄安工地招钢筋工、木工，日结350，包吃住，电话联系，不收任何费用", "明天早上七点工地门口报到，带身份证"],
    "shortlink": ["【美团】暑期外卖红包已到账，点击 https://dpurl.cn/{s} 领取，退订回T",
                  "【拼多多】您有一张满30减10券即将过期 https://p.pinduoduo.com/{s} 退订回T"],
    "school": ["【河北经贸大学招生办】新生报到须知已寄出，请家长关注 https://zsb.heuet.edu.cn 回复TD退订",
               "家长您好，我是石家庄某中学暑期夏令营老师，孩子明天下午四点返校，请准时接"],
    "courier": ["您的快递放在菜鸟驿站了，取件码{c}", "到了，放门口了，请签收"],
    "coop": ["【合作社通知】明天收玉米种子款，每亩按规定收，不要私下转账", "暴雨预警：大棚注意排水，有问题打合作社电话"],
    "grid": ["【社区网格员】暴雨红色预警，地下室住户请今晚8点前转移到社区活动中心", "已安全转移的请回复1"],
    "agent": ["【链家】裕华区两居室急售，近学校，看房电话联系 https://m.lianjia.com/{s}", "您好，您挂的房子有客户想看，方便吗"],
    "bank": ["【建设银行】尊敬的客户，您有一笔大额转账待确认，如非本人操作请拨打95533，我行不会索要验证码",
             "【河北银行】暑期信用卡消费分期优惠，详询客户经理或官方APP，退订回T"],
    "charity": ["【河北省红十字会】防汛救灾募捐，请认准官方账户及 https://www.hbredcross.org.cn 公示，谨防假冒"],
    "warning": ["【河北省气象台】暴雨红色预警：{d}日夜间保定西部、邢台西部将有特大暴雨，请远离河道、山区，立即转移。",
                "【应急管理厅】山洪地质灾害风险高，涉险区域群众请服从村委会转移安排。"],
    "tutor": ["家长您好，明天下午数学课改到三点，地点不变", "这周课时费一共四节，您方便的时候转我就行"],
    "livestream": ["今晚八点直播间上架新玉米，老粉丝有福利，链接 https://v.douyin.com/{s}"],
}

# fraud message texts (gangs fill them in with their own domains)
FRAUD_TEXTS = {
    "relocation": ["【雄安征迁服务中心】您家安置补偿款{a}元已核定待发放，请于今日登录 {u} 核验银行卡，逾期视为放弃。",
                   "雄安新区征迁补偿二次核算通知：您户尚有补差款{a}元未领取，点击 {u} 办理"],
    "hospital": ["【北京协和医院预约中心】您预约的专家号已锁定，请30分钟内支付押金{a}元，逾期释放：{u}",
                 "301医院专家号源已为您预留，加微信或拨打本号码确认，需先付定金"],
    "skin": ["恭喜您的游戏账号获得限定皮肤，请家长扫码认证后领取 {u}", "【王者荣耀】暑期福利：未成年认证免费领皮肤 {u}"],
    "flood": ["【河北红十字会】{c}洪灾紧急募捐，爱心通道：{u}", "【人保财险】您的水毁理赔已受理，请点击 {u} 上传银行卡完成赔付，24小时内有效",
              "防汛救灾补贴发放通知：受灾群众每户可领取补助{a}元，登记入口 {u}"],
    "refund": ["【携程旅行】尊敬的客户，因暴雨您预订的北戴河酒店订单已取消，将双倍退款，请联系专员 {p}",
               "您的北戴河旅游团订单异常，退款需验证，请点击 {u} 或回电 {p}"],
    "task": ["日结兼职：手机点赞关注，一单一结，宝妈学生均可，下载 {u} 注册填邀请码{c}", "在家就能做的暑期兼职，日入200+，详情 {u}",
             "【兼职】抖音点赞员，佣金秒到，{u}"],
    "loan": ["【{b}】您已获得无抵押信用额度{a}元，年化低至3.6%，点击 {u} 立即提现", "急用钱？免息贷款当天到账，回复1或访问 {u}"],
    "gaokao": ["【河北省教育考试院】你的志愿批次有补录名额，请家长今日联系招生老师 {p} 办理", "国家助学金发放通知：请于今日拨打 {p} 登记银行卡"],
    "mule": ["出租闲置银行卡、微信支付宝账户，日赚300-800，安全不违法，联系V：{c}", "收一类卡，学生卡优先，当天结账，加V {c}"],
    "police": ["【公安】您的身份信息涉嫌一起洗钱案件，请立即下载安全检测 {u} 配合调查，否则冻结名下账户"],
    "invest": ["老师今天带单收益18%，明天还有内部名额，平台 {u}", "晚上有空吗，想你了，上次说的那个平台我又赚了"],
    "army": ["您好，我是某部队后勤处王参谋，八一慰问需采购一批物资，请回电 {p}"],
}
