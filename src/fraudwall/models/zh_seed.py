"""A small hand-written Chinese SMS seed corpus (fraud types + benign), generated from templates.

Written for fraudwall (no external source, no personal data: numbers, names and
links are invented).  It is a fixture and a seed for the default model, not a
benchmark: real deployments should train on their own labelled messages.
"""

from __future__ import annotations

import random

#: fraud type labels (issue 5) and the benign label
FRAUD_TYPES = (
    "police_impersonation", "loan_credit", "fake_customer_service", "acquaintance_impersonation",
    "part_time_job", "investment", "romance", "other_fraud",
)
BENIGN = "benign"

_SLOTS: dict[str, list[str]] = {
    "city": ["北京", "上海", "广州", "深圳", "成都", "重庆", "武汉", "杭州", "西安", "南京"],
    "agency": ["公安局", "检察院", "派出所", "经侦支队", "刑侦大队", "反洗钱中心"],
    "platform": ["淘宝", "京东", "拼多多", "抖音", "快手", "美团", "支付宝", "微信"],
    "bank": ["工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行"],
    "amount": ["5000", "2万", "3万元", "8000", "10万", "50万", "1500", "20万元"],
    "small": ["188", "300", "520", "99", "680", "1200"],
    "link": ["http://t.cn/Ab3xY", "https://kf-service.top/a", "http://52dai.vip/r", "https://x8k.cc/j",
             "www.licai-vip.cn", "http://bit.ly/3kZq", "https://tb-refund.xyz/q"],
    "num": ["400-820-6677", "0755-2388 1234", "17012345678", "95588-0", "13800001111"],
    "qq": ["QQ 2837465", "微信 ab8899", "V:zx5566", "加Q 918273", "威信 kf_888"],
    "code": ["382910", "5567", "904213", "1188", "736204", "2290"],
    "name": ["张经理", "李主任", "王老师", "小刘", "陈总", "赵科长"],
    "goods": ["快递", "包裹", "订单", "商品"],
    "time": ["今天", "明天上午", "24小时内", "今晚8点前", "3个工作日内"],
}

_TEMPLATES: dict[str, list[str]] = {
    "police_impersonation": [
        "您好，这里是{city}{agency}，您的身份证涉嫌一起洗钱案件，请立即联系{num}配合调查，否则将被冻结账户。",
        "【{city}{agency}】你名下银行卡涉嫌违法资金流动，需将资金转入安全账户核查，办案电话{num}。",
        "通知：您涉嫌非法集资案，{time}内不配合将发布通缉令，请登录{link}查看逮捕令。",
        "我是{city}{agency}民警{name}，你的快递中查出违禁品，案件保密，不要告诉家人，速回电{num}。",
        "你的医保卡在{city}被违规使用，已转{agency}处理，请按提示操作资金清查，否则承担法律责任。",
        "【社保中心】你的社保账户异常，涉嫌骗保，已移交{agency}，请{time}联系{num}核实。",
    ],
    "loan_credit": [
        "【{platform}借呗】您有{amount}额度待领取，无抵押秒到账，点击{link}激活。",
        "急用钱？凭身份证即可贷款{amount}，不看征信，日息低至0.02%，详询{qq}。",
        "您的征信有逾期记录，可花{small}元帮您修复征信，名额有限，联系{qq}。",
        "恭喜！您已获得{bank}信用卡提额至{amount}，需先缴纳{small}元手续费解冻，点{link}。",
        "贷款已审批通过{amount}，因银行卡号填写错误资金被冻结，请先转{small}元验证还款能力。",
        "黑户白户均可下款，{amount}当天到账，不成功不收费，{link}",
        "你在{platform}的学生贷未注销将影响征信，请{time}联系{num}注销账户。",
    ],
    "fake_customer_service": [
        "【{platform}客服】您购买的{goods}因仓库丢失，将为您三倍理赔，请添加{qq}办理退款。",
        "您好，我是{platform}客服，您误开通了会员，每月扣费{small}元，如需取消请拨打{num}。",
        "亲，您的{goods}质量检测不合格，可申请退款{small}元，请点击{link}填写银行卡信息。",
        "【{bank}】您的账户积分{code}分即将清零，可兑换现金，请登录{link}。",
        "您的{platform}账户存在异常交易，为保障资金安全请下载会议软件共享屏幕，客服{num}。",
        "快递理赔通知：您的{goods}在运输中损坏，将赔付{small}元，请提供验证码给客服。",
        "【ETC】您的ETC卡已失效，请{time}点击{link}重新认证，逾期将停用。",
    ],
    "acquaintance_impersonation": [
        "我是你领导{name}，明天上午到我办公室一趟，先加一下我新微信，{qq}。",
        "小王，我是{name}，我在外面开会不方便接电话，帮我给合作方转{amount}，回头还你。",
        "爸，我手机掉水里了，这是我同学的号，急需交{small}元培训费，转到这个卡上。",
        "老同学，我是{name}啊，换号了，存一下。最近手头紧，能借我{amount}周转一下吗？",
        "我是你儿子的班主任{name}，学校统一收取资料费{small}元，请扫描二维码缴费。",
        "你好，我是{name}，这是我的新号码，有事找你帮忙，方便的话加我{qq}细说。",
        "舅舅，我在{city}出了点事，被扣了，需要{amount}保释，千万别告诉我妈。",
    ],
    "part_time_job": [
        "招聘兼职刷单，动动手指日赚{small}-800元，在家即可操作，联系{qq}。",
        "【{platform}】诚招点赞员，一单一结，佣金{small}元起，宝妈学生均可，{link}",
        "兼职打字员，日结工资，无需经验，手机操作，先交{small}元会员费即可上岗。",
        "急招网络兼职，给主播点关注每单3元，每天稳赚{small}元，添加{qq}领任务。",
        "足不出户月入{amount}，做任务返佣金，首单立返，详情点击{link}。",
        "招聘淘宝刷单员，垫付后本金加佣金立即返还，信誉保证，联系{name}。",
    ],
    "investment": [
        "内部消息：某股票下周必涨三倍，加入VIP群跟着导师操作，{qq}。",
        "数字货币新项目，投入{amount}一个月回报翻倍，平台{link}，稳赚不赔。",
        "【理财】年化收益30%，保本保息，{time}起投{small}元，名额有限，{link}",
        "老师带你炒外汇黄金，日收益5%，已有上万人盈利，进群{qq}。",
        "恭喜您获得原始股认购资格，上市后收益百倍，仅限{time}，咨询{num}。",
        "彩票内部计划，精准带单，充值{small}元送{small}元，{link}",
    ],
    "romance": [
        "亲爱的，我在海外项目上发现一个博彩漏洞，稳赚不赔，你也注册一个{link}试试吧。",
        "宝贝，我的海关包裹被扣了，里面有给你的礼物和{amount}现金，需要你先付{small}元清关费。",
        "认识你真开心，我舅舅在做黄金投资，带我们一起赚钱吧，平台是{link}。",
        "寂寞吗？同城美女一对一视频聊天，点击{link}，先充{small}元会员。",
        "老公，我妈住院急需{amount}手术费，你先转给我，等我发工资就还你。",
        "我是军人，在维和任务中，有一笔{amount}的奖金需要你帮忙接收，先付手续费{small}元。",
    ],
    "other_fraud": [
        "恭喜您被抽中{platform}周年庆二等奖，奖品价值{amount}，需先缴纳{small}元税费，{link}",
        "您的{goods}无法投递，地址不详，请点击{link}更新地址并支付{small}元补运费。",
        "【{city}交警】您有一条违章记录未处理，罚款{small}元，请登录{link}缴纳。",
        "您的手机号码已被列入停机名单，请{time}点击{link}实名认证，否则将停机。",
        "您的孩子在学校突发疾病正在抢救，请立即转账{amount}到医院账户，联系{name}{num}。",
        "您的游戏账号装备可高价回收{amount}，添加{qq}交易，先付保证金{small}元。",
        "【中奖通知】您的号码被抽中{amount}大奖，领奖请拨{num}并提供银行卡号。",
    ],
    "benign": [
        "【{bank}】您尾号{code}的账户{time}支出{small}元，余额请登录手机银行查询。",
        "【{platform}】您的验证码是{code}，5分钟内有效，请勿泄露给他人。",
        "验证码{code}，您正在登录{platform}，如非本人操作请忽略本短信。",
        "【顺丰速运】您的{goods}已到达{city}营业点，预计{time}派送，请保持电话畅通。",
        "【菜鸟驿站】您的{goods}已到驿站，取件码{code}，请凭码取件。",
        "【{platform}】双十一大促，全场满300减50，退订回T。",
        "【中国移动】您本月套餐已使用流量{small}MB，剩余通话120分钟。",
        "妈，我{time}回家吃饭，帮我留点汤。",
        "明天开会改到下午三点，记得带上季度报表。",
        "周末一起去{city}玩吧？我订好酒店了。",
        "【{city}公安】提醒：公检法不会电话办案，不会要求转账到安全账户，谨防诈骗。",
        "【{bank}】温馨提示：请勿向任何人透露验证码，银行不会索要您的密码。",
        "你到哪了？我在小区门口等你。",
        "【{city}地铁】{time}起2号线部分站点临时调整运营时间，请合理安排出行。",
        "老师好，孩子今天发烧请假一天，谢谢。",
        "【{platform}】您的订单已发货，物流单号SF{code}，感谢您的购买。",
        "收到，晚上八点老地方见。",
        "【医院】您已成功预约{time}的门诊，请提前15分钟到达取号。",
        "生日快乐！祝你天天开心，礼物已经寄出了。",
        "【12306】您购买的{time}{city}站的车票已出票，请携带身份证乘车。",
    ],
}

_PREFIXES = ["", "", "", "尊敬的用户：", "【温馨提示】", "您好，", "紧急通知："]
_SUFFIXES = ["", "", "", "回T退订", "谢谢！", "请尽快处理。", "（本短信免费）"]


def generate(per_class: int = 60, seed: int = 7) -> list[tuple[str, str]]:
    """``(text, label)`` pairs: ``per_class`` messages per fraud type and twice that many ``benign``."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for label, templates in _TEMPLATES.items():
        seen: set[str] = set()
        tries = 0
        want = per_class * (2 if label == BENIGN else 1)
        while len(seen) < want and tries < want * 50:
            tries += 1
            tpl = rng.choice(templates)
            text = tpl.format(**{k: rng.choice(v) for k, v in _SLOTS.items()})
            if label != BENIGN or rng.random() < 0.3:
                text = rng.choice(_PREFIXES) + text + rng.choice(_SUFFIXES)
            if text not in seen:
                seen.add(text)
                out.append((text, label))
    rng.shuffle(out)
    return out
