"""Record emitters shared by everyday life, look-alikes and gangs, and the bank and platform registries.

Emitters take party indices and Unix times and fill every column the spec defines that the network would
see: a call from an own mobile line carries its handset, SIM, serving cell and roaming country; a call
from another network carries none of them. Higher-level helpers build dialling sessions (one call after
another, as a person or a dialler works a list) and payments.
"""

from __future__ import annotations

import zlib

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .catalog import BANK_SMS, BANKS, COUNTRIES
from .core import DAY, HOUR, NULL_T, T0, b36str, digits, hexstr, keys, pick
from .world import FIXED, IOT, VOIP

RESULTS = np.array(["answered", "no_answer", "busy", "rejected", "intercepted"], dtype=object)
ANSWERED, NO_ANSWER, BUSY, REJECTED, INTERCEPTED = range(5)
CALL_TYPES = np.array(["mobile", "fixed", "voip", "intl_in", "intl_out"], dtype=object)
MEDIA = np.array(["voice", "video"], dtype=object)
EVENTS = np.array(["attach", "detach", "power_on", "power_off", "location_update", "data_session"], dtype=object)
ATTACH, DETACH, POWER_ON, POWER_OFF, LOC_UPDATE, DATA = range(6)
CHANNELS = np.array(["mobile_app", "counter", "atm", "third_party"], dtype=object)
APP, COUNTER, ATM, THIRD = range(4)


def arr(x, n, dtype=None):
    a = np.asarray(x) if dtype is None else np.asarray(x, dtype=dtype)
    return np.broadcast_to(a, (n,)).copy() if a.ndim == 0 else a


def cat(*parts) -> np.ndarray:
    """Element-wise concatenation of text arrays and scalars (pyarrow kernels); object array of str."""
    n = max(len(p) for p in parts if isinstance(p, np.ndarray | list))
    cols = []
    for p in parts:
        if isinstance(p, np.ndarray | list):
            a = np.asarray(p)
            cols.append(pa.array(a.astype(str) if a.dtype.kind in "iuf" else a, type=pa.string()))
        else:
            cols.append(pa.scalar(str(p)))
    out = pc.binary_join_element_wise(*cols, "")
    if isinstance(out, pa.Scalar):
        return np.full(n, out.as_py(), dtype=object)
    return np.asarray(out.to_numpy(zero_copy_only=False), dtype=object)


def zfill(a, width: int) -> np.ndarray:
    """Zero-padded decimal text of integers (empty-safe)."""
    a = np.asarray(a)
    if len(a) == 0:
        return np.zeros(0, dtype=object)
    return np.char.zfill(a.astype(str), width)


def money_text(amount: np.ndarray) -> np.ndarray:
    cents = np.round(np.asarray(amount, dtype=float) * 100).astype(np.int64)
    yuan = cents // 100
    c = cents % 100
    return cat(yuan, ".", zfill(c, 2))


def md_hm(t: np.ndarray) -> np.ndarray:
    """Local '6月10日14:22' texts."""
    loc = (np.asarray(t) - T0) + 31 * DAY  # days since 1 May
    day = loc // DAY
    month = np.where(day < 31, 5, 6)
    dom = np.where(day < 31, day + 1, day - 30)
    hh = (loc % DAY) // HOUR
    mm = (loc % HOUR) // 60
    return cat(month, "月", dom, "日", zfill(hh, 2), ":", zfill(mm, 2))


def off_kind(w, p: np.ndarray) -> np.ndarray:
    p = np.asarray(p)
    k = np.full(len(p), -1, dtype=np.int64)
    off = p >= w.cap
    k[off] = w.offnet_kind[p[off] - w.cap]
    return k


# ------------------------------------------------------------------- calls
def calls(w, rng, caller, callee, t, dur, result=None, ring=None, video=None, gateway=None, cell=None,
          imei=None, callee_cell=None, roam=None) -> None:
    caller = np.asarray(caller, dtype=np.int64)
    n = len(caller)
    if n == 0:
        return
    callee = arr(callee, n, np.int64)
    t = arr(t, n, np.int64)
    dur = arr(dur, n, np.int64)
    res = (np.where(dur > 0, ANSWERED, NO_ANSWER) if result is None else arr(result, n)).astype(np.int64)
    dur = np.where(res == ANSWERED, np.maximum(dur, 1), 0)
    if ring is None:
        ring = np.select([res == ANSWERED, res == NO_ANSWER, res == BUSY, res == REJECTED],
                         [rng.integers(2, 16, n), rng.integers(25, 55, n), rng.integers(0, 3, n), rng.integers(3, 13, n)],
                         rng.integers(0, 2, n))
    own_c = caller < w.cap
    own_e = callee < w.cap
    cpo = np.where(own_c, caller, 0)
    line = np.where(own_c, w.line[cpo], -1)
    mob = own_c & ((line == 0) | (line == IOT))
    if imei is None:
        imei = np.where(mob, w.imei_at(cpo, t), 0)
    imsi = np.where(mob, w.imsi_at(cpo, t), 0)
    if cell is None:
        cell = np.where(mob, w.loc(cpo, t), -1)
    if callee_cell is None:
        cpe = np.where(own_e, callee, 0)
        callee_cell = np.where(own_e & (w.line[cpe] == 0), w.loc(cpe, t), -1)
    if roam is None:
        roam = np.where(mob, w.roaming(cpo, t), -1)
    kc, ke = off_kind(w, caller), off_kind(w, callee)
    ct = np.zeros(n, dtype=np.int64)
    ct[(line == FIXED) | (kc == 1)] = 1
    ct[line == VOIP] = 2
    ct[kc == 3] = 3
    ct[ke == 3] = 4
    med = np.zeros(n, dtype=np.int64) if video is None else arr(video, n).astype(np.int64)
    cols = dict(start_time=t, caller=w.num[caller], callee=w.num[callee], duration_s=dur, ring_s=arr(ring, n),
                result=RESULTS[res], caller_imei=arr(imei, n, np.int64), caller_imsi=imsi,
                caller_cell=arr(cell, n, np.int64), callee_cell=arr(callee_cell, n, np.int64),
                caller_roaming_country=arr(roam, n, np.int64), call_type=CALL_TYPES[ct], media=MEDIA[med])
    if gateway is not None:
        cols["gateway"] = arr(gateway, n, object)
    w.tab.add("voice", **cols)


def talk(rng, n, median_s: float, sigma: float = 0.9, lo: int = 3, hi: int = 7200) -> np.ndarray:
    return np.clip(rng.lognormal(np.log(median_s), sigma, n), lo, hi).astype(np.int64)


def outcomes(rng, n, answer_p, busy_p=0.04, reject_p=0.05) -> np.ndarray:
    u = rng.random(n)
    ap = arr(answer_p, n, float)
    return np.select([u < ap, u < ap + busy_p, u < ap + busy_p + reject_p], [ANSWERED, BUSY, REJECTED], NO_ANSWER)


# --------------------------------------------------------------------- sms
def sms(w, sender, receiver, t, content, cell=None, imei=None) -> None:
    sender = np.asarray(sender, dtype=np.int64)
    n = len(sender)
    if n == 0:
        return
    t = arr(t, n, np.int64)
    own = sender < w.cap
    sp = np.where(own, sender, 0)
    mob = own & (w.line[sp] == 0)
    if imei is None:
        imei = np.where(mob, w.imei_at(sp, t), 0)
    if cell is None:
        cell = np.where(mob, w.loc(sp, t), -1)
    roam = np.where(mob, w.roaming(sp, t), -1)
    w.tab.add("sms", send_time=t, sender=w.num[sender], receiver=w.num[arr(receiver, n, np.int64)],
              content=arr(content, n, object), sender_imei=arr(imei, n, np.int64), sender_cell=arr(cell, n, np.int64),
              sender_roaming_country=roam)


# ------------------------------------------------------------------ device
def device(w, p, t, event, nbytes=None, cell=None, imei=None, imsi=None, roam=None) -> None:
    p = np.asarray(p, dtype=np.int64)
    n = len(p)
    if n == 0:
        return
    t = arr(t, n, np.int64)
    ev = arr(event, n).astype(np.int64)
    cols = dict(time=t, msisdn=w.num[p], imsi=w.imsi_at(p, t) if imsi is None else arr(imsi, n, np.int64),
                imei=w.imei_at(p, t) if imei is None else arr(imei, n, np.int64),
                cell=w.loc(p, t) if cell is None else arr(cell, n, np.int64), event=EVENTS[ev],
                roaming_country=w.roaming(p, t) if roam is None else arr(roam, n, np.int64))
    if nbytes is not None:
        cols["bytes"] = np.where(ev == DATA, arr(nbytes, n, np.int64), -1)
    w.tab.add("device", **cols)


def data_sessions(w, rng, p, t, median_bytes=8e6, sigma=1.6, **kw) -> None:
    p = np.asarray(p)
    device(w, p, t, DATA, nbytes=np.clip(rng.lognormal(np.log(median_bytes), sigma, len(p)), 2e3, 4e9).astype(np.int64), **kw)


# -------------------------------------------------------------- web / apps
def registrable(host: str) -> str:
    """The registered domain of a host name (wildcard subdomains share their parent's server)."""
    parts = host.split(".")
    k = 3 if len(parts) >= 3 and parts[-2] in ("com", "gov", "edu", "org", "net") and parts[-1] == "cn" else 2
    return ".".join(parts[-k:])


def domain_ip(domain: np.ndarray, seed: int = 0) -> np.ndarray:
    """A stable IPv4 address per domain (from the domain's text, not the seed, as the real world is one)."""
    dom = np.asarray(domain, dtype=object)
    u, inv = np.unique(dom.astype(str), return_inverse=True)
    h = np.array([zlib.crc32(registrable(x).encode()) for x in u], dtype=np.uint64)
    k = keys("ip", seed, h)
    a = np.array([36, 39, 42, 58, 101, 106, 110, 111, 112, 113, 115, 116, 117, 119, 120, 122, 123, 124, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221, 222])
    o1 = a[(k % np.uint64(len(a))).astype(np.int64)]
    o2 = ((k >> np.uint64(8)) % np.uint64(256)).astype(np.int64)
    o3 = ((k >> np.uint64(16)) % np.uint64(256)).astype(np.int64)
    o4 = ((k >> np.uint64(24)) % np.uint64(253)).astype(np.int64) + 1
    ips = cat(o1, ".", o2, ".", o3, ".", o4)
    return ips[inv]


def web(w, p, t, domain, url=None, ip=None, nbytes=None, app=None, rng=None) -> None:
    p = np.asarray(p, dtype=np.int64)
    n = len(p)
    if n == 0:
        return
    domain = arr(domain, n, object)
    if ip is None:
        ip = domain_ip(domain)
    if nbytes is None:
        nbytes = np.clip(rng.lognormal(np.log(60e3), 1.4, n), 300, 5e8).astype(np.int64)
    cols = dict(time=arr(t, n, np.int64), msisdn=w.num[p], domain=domain, ip=arr(ip, n, object),
                bytes=arr(nbytes, n, np.int64))
    if url is not None:
        cols["url"] = arr(url, n, object)
    if app is not None:
        cols["app"] = arr(app, n, object)
    w.tab.add("web", **cols)


def apps(w, p, t, app, event="use", source_url=None) -> None:
    p = np.asarray(p, dtype=np.int64)
    n = len(p)
    if n == 0:
        return
    cols = dict(time=arr(t, n, np.int64), msisdn=w.num[p], app=arr(app, n, object), event=arr(event, n, object))
    if source_url is not None:
        cols["source_url"] = arr(source_url, n, object)
    w.tab.add("apps", **cols)


# ----------------------------------------------------------- bank accounts
_BIN = {"ICBC": "622202", "CCB": "621700", "ABC": "622848", "BOC": "621661", "PSBC": "621799", "BOCOM": "622262",
        "Jiangxi Rural Commercial Bank": "623092", "Bank of Jiangxi": "623059", "Jiujiang Bank": "622162",
        "Ganzhou Bank": "623155", "Shangrao Bank": "622396", "China Merchants Bank": "621483", "Industrial Bank": "622909"}
BANK_NAMES = np.array([b for b, _ in BANKS], dtype=object)
BANK_W = np.array([x for _, x in BANKS], dtype=float)


class Bank:
    """Bank accounts (the partner feed) and transfers."""

    def __init__(self, w):
        self.w = w
        self.ids: list = []
        self.holder: list = []
        self.bank: list = []
        self.open_t: list = []
        self.bound: list = []
        self.status: list = []
        self.n = 0
        self._first: dict[int, int] = {}
        self.party_acct = np.full(w.cap, -1, dtype=np.int64)
        self.off_acct: dict[int, int] = {}

    def new(self, holder_ids, bank=None, open_t=None, bound=-1, status="active", rng=None) -> np.ndarray:
        holder_ids = np.asarray(holder_ids, dtype=np.int64)
        n = len(holder_ids)
        rng = rng or self.w.rs.get(f"bank{self.n}")
        if bank is None:
            bank = BANK_NAMES[pick(rng, n, BANK_W)]
        bank = arr(bank, n, object)
        idx = np.arange(self.n, self.n + n)
        k = keys("account", self.w.seed, idx)
        bins = np.array([_BIN[b] for b in bank], dtype=object)
        self.ids.append(cat(bins, "-", hexstr(k, 16)))
        self.holder.append(holder_ids)
        self.bank.append(bank)
        self.open_t.append(arr(T0 - 300 * DAY if open_t is None else open_t, n, np.int64))
        bound = arr(bound, n, np.int64)
        self.bound.append(bound)
        self.status.append(arr(status, n, object))
        self.n += n
        fresh = (bound >= 0) & (bound < self.w.cap)
        bp = bound[fresh]
        first = self.party_acct[bp] < 0
        self.party_acct[bp[first]] = idx[fresh][first]
        return idx

    def of_offnet(self, parties: np.ndarray, rng) -> np.ndarray:
        """The account of each off-net party (opened on first use, on a new ID)."""
        parties = np.asarray(parties, dtype=np.int64)
        u = np.unique(parties)
        need = np.array([x for x in u.tolist() if x not in self.off_acct], dtype=np.int64)
        if len(need):
            ent = self.w.offnet_kind[need - self.w.cap] == 1
            ids = np.r_[self.w.new_ids(int((~ent).sum())), self.w.new_ids(int(ent.sum()), "business_license")]
            order = np.r_[np.flatnonzero(~ent), np.flatnonzero(ent)]
            holder = np.empty(len(need), dtype=np.int64)
            holder[order] = ids
            acc = self.new(holder, open_t=T0 - rng.integers(60, 4000, len(need)) * DAY, bound=need, rng=rng)
            for a, b in zip(need.tolist(), acc.tolist(), strict=True):
                self.off_acct[a] = b
        return np.array([self.off_acct[x] for x in parties.tolist()], dtype=np.int64)

    def of(self, parties: np.ndarray, rng) -> np.ndarray:
        """Account of each party: own lines' first account, off-net parties' account (opened on use)."""
        parties = np.asarray(parties, dtype=np.int64)
        out = np.full(len(parties), -1, dtype=np.int64)
        own = parties < self.w.cap
        out[own] = self.party_acct[parties[own]]
        if (~own).any():
            out[~own] = self.of_offnet(parties[~own], rng)
        return out

    def finish(self):
        self.ids_all = np.concatenate(self.ids) if self.ids else np.zeros(0, dtype=object)
        self.holder_all = np.concatenate(self.holder)
        self.bank_all = np.concatenate(self.bank)
        self.open_all = np.concatenate(self.open_t)
        self.bound_all = np.concatenate(self.bound)
        self.status_all = np.concatenate(self.status)

    def text(self, idx) -> np.ndarray:
        if not hasattr(self, "ids_all") or len(self.ids_all) != self.n:
            self.finish()
        return self.ids_all[np.asarray(idx, dtype=np.int64)]

    def transfer(self, rng, src, dst, t, amount, channel=APP, init=None, notify: bool = True) -> None:
        """Transfers (account indices); optional bank SMS to own-line holders of either side."""
        src = np.asarray(src, dtype=np.int64)
        n = len(src)
        if n == 0:
            return
        dst = arr(dst, n, np.int64)
        t = arr(t, n, np.int64)
        amount = np.round(arr(amount, n, float), 2)
        ch = arr(channel, n).astype(np.int64)
        init = np.full(n, -1, dtype=np.int64) if init is None else arr(init, n, np.int64)
        ok = (src >= 0) & (dst >= 0) & (src != dst) & (amount > 0)  # a party without an account pays or gets nothing
        if not ok.all():
            src, dst, t, amount, ch, init = src[ok], dst[ok], t[ok], amount[ok], ch[ok], init[ok]
            n = len(src)
            if n == 0:
                return
        self.w.tab.add("transfers", time=t, from_account=src, to_account=dst, amount=amount, currency="CNY",
                       channel=CHANNELS[ch], initiated_msisdn=np.where(init >= 0, self.w.num[np.maximum(init, 0)], 0))
        if notify:
            self.notify(rng, src, t + rng.integers(2, 40, n), amount, out=True)
            self.notify(rng, dst, t + rng.integers(2, 90, n), amount, out=False)

    def notify(self, rng, acct, t, amount, out: bool) -> None:
        if not hasattr(self, "ids_all") or len(self.ids_all) != self.n:
            self.finish()
        bound = self.bound_all[acct]
        ok = (bound >= 0) & (bound < self.w.cap)
        if not ok.any():
            return
        acct, t, amount, bound = acct[ok], t[ok], amount[ok], bound[ok]
        ok2 = self.w.line[bound] == 0
        acct, t, amount, bound = acct[ok2], t[ok2], amount[ok2], bound[ok2]
        banks = self.bank_all[acct]
        ub, inv = np.unique(banks.astype(str), return_inverse=True)
        sender = np.array([self.w.service(BANK_SMS[b][0]) for b in ub], dtype=np.int64)[inv]
        short = np.array([BANK_SMS[b][2] for b in ub], dtype=object)[inv]
        tail = zfill(digits(keys("tail", self.w.seed, acct), 4), 4)
        verb = "转出" if out else "存入"
        bal = money_text(np.round(rng.lognormal(np.log(8000), 1.2, len(acct)), 2))
        text = cat("【", short, "】您尾号", tail, "的账户于", md_hm(t), verb, "人民币", money_text(amount),
                   "元，余额", bal, "元。")
        sms(self.w, sender, bound, t, text)


# -------------------------------------------------------- internet accounts
class Platforms:
    """Accounts registered on internet platforms with a phone number (the platforms' feed)."""

    def __init__(self, w):
        self.w = w
        self.parts: list = []
        self.n = 0

    def new(self, platform: str, style: str, parties, t, status="active") -> np.ndarray:
        parties = np.asarray(parties, dtype=np.int64)
        n = len(parties)
        if n == 0:
            return np.zeros(0, dtype=object)
        t = arr(t, n, np.int64)
        own = parties < self.w.cap
        t = np.where(own, np.maximum(t, self.w.open_t[np.where(own, parties, 0)] + 900), t)  # no sign-up before the card
        k = keys("ia:" + platform, self.w.seed, np.arange(self.n, self.n + n))
        if style == "qq":
            acc = cat(np.int64(100000000) + digits(k, 10) % np.int64(3900000000))
        elif style == "alipay":
            acc = cat("2088", zfill(digits(k, 12), 12))
        elif style == "wxid":
            acc = b36str(k, 14, "wxid_")
        else:
            acc = b36str(k, 10, style + "_")
        self.parts.append((platform, acc, self.w.num[parties], arr(t, n, np.int64), arr(status, n, object)))
        self.n += n
        return acc


# ---------------------------------------------------------------- sessions
def sessions(rng, lines, day, n_calls, start_h, end_h, step_s):
    """Sequential dialling: each slot (line, day, shift) works through its calls from the shift's start, one call
    after another (``step_s`` per call: ring + talk + pause, in expanded order); calls that would run past the
    shift's end are dropped. Returns (line, time, kept) where ``kept`` indexes the expanded calls."""
    lines = np.asarray(lines)
    n_calls = np.asarray(n_calls, dtype=np.int64)
    grp = np.repeat(np.arange(len(lines)), n_calls)
    n = len(grp)
    step = np.asarray(step_s, dtype=np.int64)
    cs = np.cumsum(step)
    first = np.r_[0, np.flatnonzero(np.diff(grp)) + 1] if n else np.zeros(0, dtype=np.int64)
    base = np.repeat(cs[first] - step[first], np.diff(np.r_[first, n])) if n else np.zeros(0, dtype=np.int64)
    off = cs - step - base
    sh = arr(start_h, len(lines), float)
    eh = arr(end_h, len(lines), float)
    start = (sh * HOUR).astype(np.int64) + rng.integers(0, 900, len(lines))
    span = ((eh - sh) * HOUR).astype(np.int64)
    keep = np.flatnonzero(off < span[grp])
    t = T0 + np.asarray(day, dtype=np.int64)[grp] * DAY + start[grp] + off
    return lines[grp][keep], t[keep], keep


def times_spread(rng, day, n, hours_cdf) -> np.ndarray:
    from .core import pick_rows
    h = pick_rows(rng, hours_cdf[None, :], np.zeros(n, dtype=np.int64))
    return T0 + np.asarray(day, dtype=np.int64) * DAY + h * HOUR + rng.integers(0, HOUR, n)


def first_of(values: np.ndarray, t: np.ndarray):
    """First time per distinct value: (values, first time)."""
    if len(values) == 0:
        return np.zeros(0, dtype=values.dtype), np.zeros(0, dtype=np.int64)
    o = np.lexsort((t, values))
    v, tt = values[o], t[o]
    f = np.r_[True, v[1:] != v[:-1]]
    return v[f], tt[f]


def country_idx(cc: str) -> int:
    return COUNTRIES.index(cc)


NULL = NULL_T
