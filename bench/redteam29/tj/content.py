"""Message texts: A2P senders, templates and the fill-ins that vary them (a bounded set of variants)."""

from __future__ import annotations

import numpy as np

#: platform -> (A2P sender, signature)
PLATFORMS = {
    "wechat": (1069070012345, "微信"), "alipay": (1069029987655, "支付宝"), "douyin": (1069055512341, "抖音"),
    "taobao": (1069012366601, "淘宝"), "meituan": (1069088866610, "美团"), "jd": (1069011233322, "京东"),
    "kuaishou": (1069077712344, "快手"), "xianyu": (1069012366602, "闲鱼"), "12306": (1069012306000, "铁路12306"),
    "qq": (1069070012346, "QQ"), "xiaohongshu": (1069034455667, "小红书"), "didi": (1069099988870, "滴滴出行"),
    "pinduoduo": (1069033344455, "拼多多"), "ctrip": (1069066655544, "携程"),
}
PLATFORM_NAMES = list(PLATFORMS)
A2P_SENDER = np.array([PLATFORMS[p][0] for p in PLATFORM_NAMES], np.int64)
COURIER = {"sf": (1069095338001, "顺丰速运", "sf-express.com"), "jd": (1069095311002, "京东物流", "jdl.com"),
           "zto": (1069095311103, "中通快递", "zto.com"), "cainiao": (1069095311204, "菜鸟驿站", "cainiao.com")}
OPERATOR_SHORT = 10037


def codes(rng, n: int, k: int = 40) -> np.ndarray:
    """Six-digit codes from a bounded pool (keeps the text vocabulary small)."""
    pool = np.array([f"{x:06d}" for x in rng.integers(0, 10**6, k)])
    return pool[rng.integers(0, k, n)]


def verification(rng, platform_idx: np.ndarray) -> np.ndarray:
    sig = np.array([PLATFORMS[p][1] for p in PLATFORM_NAMES], dtype=object)[platform_idx]
    c = codes(rng, platform_idx.size)
    return np.char.add(np.char.add(np.char.add("【", sig.astype(str)), "】验证码"),
                       np.char.add(c, "，5分钟内有效。如非本人操作请忽略，切勿将验证码告诉他人。"))


def bank_notice(bank: np.ndarray, day: np.ndarray, incoming: np.ndarray, date_label) -> np.ndarray:
    """Bank notices without amounts (the export masks them): bank x day x direction variants."""
    d = np.asarray([date_label(int(x)) for x in range(int(day.max()) + 1)], dtype=object)[day]
    kind = np.where(incoming, "收入", "支出")
    return np.char.add(np.char.add(np.char.add(np.char.add("【", bank.astype(str)), "】您的账户于"), d.astype(str)),
                       np.char.add(np.char.add("有一笔", kind), "交易，详情请登录手机银行查询。如非本人操作请致电客服。"))
