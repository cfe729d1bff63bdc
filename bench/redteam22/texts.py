"""SMS text templates. A message is a template id plus one integer parameter; the writer fills the
parameter in (zero-padded digits, an amount or a base-36 link token) with Arrow compute, never row by row."""

from __future__ import annotations

import numpy as np

_B36 = np.frombuffer(b"0123456789abcdefghijklmnopqrstuvwxyz", dtype="S1")


def tok(x: np.ndarray, k: int = 5) -> np.ndarray:
    """Base-36 tokens of k characters (bytes array)."""
    x = np.asarray(x, np.int64) % (36**k)
    d = np.stack([(x // 36 ** (k - 1 - i)) % 36 for i in range(k)], axis=1)
    return np.ascontiguousarray(_B36[d]).view(f"S{k}").ravel()


def tok_str(x: int, k: int = 5) -> str:
    return tok(np.array([x]), k)[0].decode()


class Texts:
    def __init__(self):
        self.tpl: list[tuple[str, str, str | None]] = []  # prefix, suffix, kind
        self.keys: dict[str, list[int]] = {}

    def add(self, group: str, template: str, kind: str | None = None) -> int:
        if "{}" in template:
            pre, suf = template.split("{}", 1)
        else:
            pre, suf, kind = template, "", None
        self.tpl.append((pre, suf, kind))
        i = len(self.tpl) - 1
        self.keys.setdefault(group, []).append(i)
        return i

    def kinds(self, tpl: np.ndarray) -> np.ndarray:
        """Parameter kind per message ('' when the template has none)."""
        return np.array([k or "" for _, _, k in self.tpl])[tpl]

    def group(self, g: str) -> np.ndarray:
        return np.array(self.keys[g], dtype=np.int32)

    def pick(self, rng, g: str, n: int) -> np.ndarray:
        ids = self.group(g)
        return ids[rng.integers(0, len(ids), n)]


T = Texts()
_add = T.add

for s in ["好的", "收到", "到家了吗？", "晚上回来吃饭不", "明天几点出发？", "钥匙放门口鞋柜里了", "暖气费记得交一下",
          "降温了多穿点，零下二十多度", "车在楼下等你", "周末去爸妈那吃饭", "下班了吗", "开会呢，晚点回你",
          "孩子放学我去接", "羽绒服快递到了", "这周六调休上班别忘了", "元旦回老家不？", "几号放假啊", "给你转过去了，查收",
          "我到小区门口了", "晚上包饺子", "明早七点的高铁", "公交半天不来，冻透了", "电梯又坏了", "暖气不热，找物业了没",
          "妈，我这周不回去了", "把冰车给孩子带上", "今天雪大，路滑慢点开", "年终总结写完没", "在哪呢？", "行，就这么定了",
          "刚下班，马上到", "你把发票拍给我", "我手机快没电了", "帮我问问王姐", "今晚加班", "明天去医院复查"]:
    _add("p2p", s)
for s in ["新年快乐！万事如意，阖家幸福！", "祝您2030年身体健康，工作顺利！", "元旦快乐，新的一年越来越好",
          "新年好！提前给您拜个早年", "新年快乐，恭喜发财，红包拿来", "跨年啦！新年快乐哦", "祝全家新年快乐，平安喜乐"]:
    _add("greet", s)

BANKS = ["ICBC", "CCB", "ABC", "BOC", "PSBC", "SJB", "BODL", "JZB", "LNRCB", "CMB"]
BANK_ZH = {"ICBC": "工商银行", "CCB": "建设银行", "ABC": "农业银行", "BOC": "中国银行", "PSBC": "邮储银行",
           "SJB": "盛京银行", "BODL": "大连银行", "JZB": "锦州银行", "LNRCB": "辽宁农商银行", "CMB": "招商银行"}
BANK_NUM = {"ICBC": 8695588, "CCB": 8695533, "ABC": 8695599, "BOC": 8695566, "PSBC": 8695580,
            "SJB": 8696337788, "BODL": 864008495999, "JZB": 864006696178, "LNRCB": 8696888, "CMB": 8695555}
for b in BANKS:
    _add(f"bank_out:{b}", f"【{BANK_ZH[b]}】您尾号{{}}的账户发生一笔支出交易，如非本人操作请立即致电客服。", "n4")
    _add(f"bank_in:{b}", f"【{BANK_ZH[b]}】您尾号{{}}的账户收入一笔转账，详情请登录手机银行查询。", "n4")
    _add(f"bank_code:{b}", f"【{BANK_ZH[b]}】验证码{{}}，您正在进行快捷支付签约或转账，切勿告诉任何人，银行不会索要验证码。", "n6")
for p in ["支付宝", "微信支付", "淘宝", "抖音", "美团", "京东", "拼多多", "QQ"]:
    _add("code", f"【{p}】验证码{{}}，5分钟内有效，请勿泄露给他人。", "n6")
for p in ["菜鸟驿站", "丰巢", "中通快递", "韵达快递", "京东物流", "邮政EMS"]:
    _add("courier", f"【{p}】您的包裹已到小区驿站，取件码8-{{}}，年底件多请尽快取件。", "n4")
_add("rail", "【铁路客服】订单E{}，您已购元旦期间沈阳北至大连北车票，请携带身份证件乘车。", "n9")
_add("rail", "【铁路客服】订单E{}，您已购丹东至沈阳北车票，检票口请关注车站公告。", "n9")
_add("heat_sy", "【盛京供暖】尊敬的热用户：2029-2030采暖期供暖费请通过营业厅或“辽事通”缴纳，户号尾号{}，本公司不会电话要求转账。", "n4")
_add("heat_dl", "【连海热力】尊敬的用户：您户号尾号{}的采暖费尚未缴纳，请于1月15日前通过官方渠道缴费。", "n4")
_add("heat_other", "【供热服务】室温不达标可拨打供热热线报修，户号尾号{}，维修人员不收取任何费用。", "n4")
_add("bill", "【辽海通信】您2029年12月账单已出，本月消费{}元，详询10079。", "amt")
_add("warn12381", "【12381】您可能正在遭受电信网络诈骗，请勿向陌生账户转账汇款，如有疑问请拨打96110。")
_add("broadcast", "【辽宁反诈】元旦将至，谨防“供暖费退费”“医保卡冻结”“ETC过期”等诈骗，公检法不会电话办案，没有“安全账户”。")
_add("broadcast", "【辽海通信】温馨提示：陌生来电称快递丢失理赔、注销校园贷的都是诈骗，请下载国家反诈中心APP。")
_add("promo", "【美团】元旦吃喝玩乐5折起，戳 dpurl.cn/{} 抢券，退订回T", "tok")
_add("promo", "【淘宝】年货节红包已到账，点 tb.cn/{} 立即使用，退订回TD", "tok")
_add("promo", "【京东】跨年盛典满300减50，戳 3.cn/{} 退订回T", "tok")
_add("promo", "【拼多多】您的新年现金已到账，打开 pdd.cn/{} 提现，退订回T", "tok")
_add("medins_real", "【沈阳医保】2030年度城乡居民医保缴费12月31日截止，请通过辽事通或银行渠道缴纳，医保部门不会来电要求转账。")
_add("medins_real", "【辽宁医保】您的医保电子凭证已激活，查询请登录 fuwu.lnhsa.gov.cn/{} 。", "tok")
_add("school", "【家校通】各位家长：期末考试安排及寒假安全告知书已发布，请登录 jx.lnedu.cn/{} 签收。", "tok")
_add("school", "【家校通】元旦放假通知：12月30日至1月1日放假，请家长注意孩子冰雪安全，回复确认。")
_add("party", "周六晚六点同学聚会，老地方铁锅炖，收到请回复，AA每人{}元", "amt")
_add("party", "公司元旦联欢会12月29日下午两点三楼礼堂，抽奖环节请准时，表格见 dwz.cn/{}", "tok")
_add("village", "【村委会】各位村民：冬季供暖补贴和低保年审材料请于1月3日前交到村部，详询{}。", "n4")
_add("subsidy_real", "【沈阳民政】您申请的冬季取暖补贴已审核通过，将于1月上旬发放至社保卡，查询 mz.shenyang.gov.cn/{}", "tok")
_add("etc_real", "【辽宁高速ETC】您的ETC设备将于{}月到期，请到服务网点或官方APP续期，不会发送短信链接要求认证。", "n2")
_add("bank_mkt", "【招商银行】年末理财季，新客专享4.2%产品限额发售，详询客户经理或点 cmbt.cn/{}", "tok")
_add("bank_mkt", "【盛京银行】年终奖理财计划12月31日截止认购，详情 sjb.cn/{} 退订回T", "tok")
_add("restaurant", "【老四季抻面】元旦团购套餐到店核销码{}，有效期至1月6日。", "n6")
_add("restaurant", "【海鲜大咖】元旦海鲜礼盒下单成功，提货码{}，大连总店自提。", "n6")
_add("lottery_shop", "恭喜！您买的双色球第2029150期中了五等奖{}元，来店里兑奖。", "amt")
_add("lottery_shop", "新年彩票合买已满员，本期方案见群，金额{}元已收。", "amt")
_add("weishang", "新年福利：东北大米礼盒特价，下单点 wd.cn/{} 包邮到家", "tok")
_add("daigou", "韩国免税店代购清单已更新，需要的回复，定金{}元", "amt")
_add("realestate", "【链家】您好，浑南新房年底特价房源{}套，首付两成，详询本人", "amt")
_add("ski", "【棋盘山滑雪场】您预订的雪票核销码{}，元旦期间请提前到场。", "n6")
_add("tour", "【冰雪旅行社】本溪水洞一日游集合时间：7:30北站东广场，导游电话见行程单，编号{}", "n4")
_add("hotel", "【温泉酒店】您的元旦房间已确认，订单号{}", "n9")
_add("debt", "【贷后服务】您在某消费金融的欠款{}元已逾期，请尽快还款以免影响征信，如已还款请忽略。", "amt")
_add("port", "【港口调度】车号{}请于今晚20点前进港提箱，逾期另行排队。", "n4")
_add("customs_broker", "【报关行】您的报关单{}已放行，请安排提货。", "n9")
_add("courier_call", "【快递小哥】您的快递放在门卫室了，取件码{}", "n4")
_add("clinic", "【医院】您预约的复诊时间为1月3日上午，就诊号{}", "n4")
_add("church", "周日聚会改到下午两点，带好小板凳，编号{}", "n4")
_add("grid", "【社区网格员】请于1月3日前完成燃气安全入户检查登记，户号{}", "n4")
_add("game_legit", "【交易猫】您出售的商品{}已完成交易，货款已转入钱包。", "n9")
_add("it", "远程协助会议号{}，请打开会议软件共享屏幕", "n9")

# ---- fraud ------------------------------------------------------------------------------------------
_add("f_heat", "【供暖服务中心】尊敬的热用户，因本采暖期补贴政策调整，您户多缴费用可申请退还，请3日内登录 http://{}.gnrl-tf.top 办理，逾期视为放弃。", "tok")
_add("f_heat", "【热力退费】您家供暖费被重复扣缴，退费请点 {}.rlgs-tuifei.cc 填写银行卡，三个工作日到账。", "tok")
_add("f_heat", "【供热办】低保及困难户冬季取暖补贴1280元待领取，逾期作废，请登录 http://{}.gnrl-tf.top 认证。", "tok")
_add("f_etc", "【ETC服务中心】您的ETC卡认证已过期，将于今日24点停用，请及时登录 https://{}.etc-lnjt.cc 更新认证。", "tok")
_add("f_etc", "【高速ETC】尊敬的车主，您的ETC账户异常已被冻结，点击 {}.etc-gsgl.top 解除，逾期将列入高速黑名单。", "tok")
_add("f_redpacket", "【元旦福利】恭喜您获得新年红包888元及抽奖资格，下载“新年福利”APP领取：http://{}.xnhb8.vip/app", "tok")
_add("f_redpacket", "您的手机号在元旦跨年活动中被抽中二等奖(现金18800元)，领奖请下载APP http://xnhb8.vip/d/{}", "tok")
_add("f_redpacket", "【跨年惊喜】尊贵用户专享新年现金红包，点击 {}.hb-2030.top 立即领取，今晚24点过期", "tok")
_add("f_loan", "【速融金服】您有一笔{}元低息贷款额度待领取，当天到账，下载 jdkx-app.com 查看", "amt")
_add("f_recruit", "寒假兼职，出租闲置银行卡，日结300-800元，不用干活，安全无风险，加Q{}", "n9")
_add("f_recruit", "【招聘】在家刷单点赞，一单一结，日赚200-500，学生宝妈优先，加V{}", "n9")
_add("f_cardbuy", "高价收手机卡、银行卡，一张200，现场结钱，保密，联系{}", "n4")
_add("f_paofen", "手机闲着也能赚钱，扫码收款日赚千元，下载 {}.pfjs.vip", "tok")
_add("f_game", "您在平台出售的账号买家已付款，因您实名信息填写错误资金被冻结，请联系专员QQ{}处理", "n9")
_add("f_express", "【快递理赔中心】您的快递在运输中丢失，我司将按三倍赔偿，理赔请下载 {}.kdlp-kf.com 联系专员", "tok")
_add("f_credit", "【征信中心】您名下校园贷账户未注销，将影响个人征信，请于今日联系{}办理注销", "n4")
