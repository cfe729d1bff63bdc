"""Small generators of interchange records for scenario fixtures (one case = one namespace of numbers)."""

from __future__ import annotations

import importlib.util
from datetime import datetime, timedelta, timezone
from pathlib import Path

TZ = timezone(timedelta(hours=8))
DAY = datetime(2026, 3, 3, 9, 0, tzinfo=TZ)  # the window every case acts in
HIST = datetime(2026, 2, 27, 10, 0, tzinfo=TZ)  # look-back activity (history coverage)


def ts(t: datetime) -> str:
    return t.isoformat()


class Case:
    """Records of one fixture case; numbers, cells and devices are unique to ``ns``."""

    def __init__(self, ns: int, records: dict[str, list[dict]]) -> None:
        self.ns = ns
        self.r = records
        self.k = 0

    def num(self, k: int | None = None) -> str:
        if k is None:
            self.k += 1
            k = self.k
        return f"8613{self.ns:03d}{k:06d}"

    def add(self, rtype: str, row: dict) -> None:
        self.r.setdefault(rtype, []).append(row)

    def report(self, entity: str, label: str = "fraud", source: str | None = None, at: datetime = HIST,
               entity_type: str = "msisdn", report_id: str | None = None) -> str:
        """A report naming ``entity`` (``source`` given only when set: a report without one is a user's), before the
        window by default. Returns ``entity``."""
        row = {"report_id": report_id or f"r{self.ns}", "time": ts(at), "entity_type": entity_type, "entity": entity,
               "label": label}
        self.add("reports", row if source is None else row | {"source": source})
        return entity

    def sub(self, msisdn: str, id_key: str | None = None, age_days: int = 800, line: str = "mobile",
            customer: str = "personal", channel: str | None = None, open_time: datetime | None = None,
            operator: str = "CMCC", open_cell: str | None = None) -> None:
        ot = open_time or (DAY - timedelta(days=age_days))
        row = {"msisdn": msisdn, "id_key": id_key or f"id_{self.ns:03d}_{msisdn[-6:]}", "line_type": line,
               "customer_type": customer, "open_time": ts(ot), "open_channel": channel or f"store_{self.ns}",
               "operator": operator, "imsi": f"4600{msisdn[-11:]}"}
        if open_cell:
            row["open_cell"] = open_cell
        self.add("subscribers", row)

    def device(self, t: datetime, msisdn: str, imei: str, cell: str, event: str, bytes_: str | None = None) -> None:
        """A device event (attach, detach, data_session, location_update) of ``msisdn``'s SIM (the IMSI :meth:`sub`
        gives it) on handset ``imei`` in ``cell``; ``bytes_`` for a data session."""
        row = {"time": ts(t), "msisdn": msisdn, "imei": imei, "imsi": f"4600{msisdn[-11:]}", "cell": cell, "event": event}
        if bytes_ is not None:
            row["bytes"] = bytes_
        self.add("device", row)

    def call(self, t: datetime, caller: str, callee: str, dur: int, **kw) -> None:
        self.k += 1
        row = {"call_id": f"c{self.ns}_{self.k}", "start_time": ts(t), "caller": caller, "callee": callee,
               "duration_s": str(dur), "ring_s": str(kw.pop("ring", 15)),
               "result": "answered" if dur > 0 else "no_answer"}
        row.update({k: v for k, v in kw.items() if v is not None})
        self.add("voice", row)

    def caller(self, n: int = 40, answered: float = 0.4, cells: int = 1, data: int = 0, callback: float = 0.0,
               age_days: int = 30, roaming: str | None = None, night: float = 0.0, video: float = 0.0,
               line: str = "mobile", customer: str = "personal", gateway: str | None = None, dur: int = 25,
               ring: int = 15, imei: str | None = None, id_key: str | None = None, history: bool = False,
               sequential: bool = False, channel: str | None = None, msisdn: str | None = None,
               cell: str | None = None, day: datetime = DAY, known: float = 0.0, subscriber: bool = True) -> str:
        """A number dialling ``n`` distinct callees in the window."""
        me = msisdn or self.num(900000 + self.k)
        if subscriber:
            self.sub(me, id_key, age_days, line, customer, channel)
        imei = imei or f"35{self.ns:03d}{abs(hash(me)) % 10**10:010d}"
        base = 200000 + 1000 * (self.k % 50)
        callees = [self.num(base + (i if sequential else 37 * i)) for i in range(n)]
        n_known = int(known * n)
        for i, c in enumerate(callees[:n_known]):  # contacts from the look-back
            self.call(HIST + timedelta(minutes=i), c, me, 60)
        for i, c in enumerate(callees):
            h = 1 if i < night * n else 0
            t = (day.replace(hour=1) if h else day) + timedelta(minutes=3 * i % 600)
            ok = i < round(answered * n)
            self.call(t, me, c, dur if ok else 0, ring=ring, caller_imei=imei, caller_imsi=f"4600{me[-11:]}",
                      caller_cell=None if roaming or line != "mobile" else (cell or f"cell{self.ns}_{i % cells}"),
                      caller_roaming_country=roaming, media="video" if i < video * n else "voice", gateway=gateway,
                      call_type=line if line != "mobile" else "mobile")
            if i < callback * n:
                self.call(t + timedelta(minutes=30), c, me, 40)
        for j in range(data):
            self.device(day + timedelta(minutes=7 * j), me, imei, f"cell{self.ns}_{j % max(cells, 1)}", "data_session",
                        "20000")
        if history:
            self.call(HIST - timedelta(days=2), self.num(990000), self.num(990001), 30)  # look-back coverage
        return me

    def sms(self, sender: str, receivers: int, text, t0: datetime = DAY, per_min: int = 1,
            imei: str | None = None, cell: str | None = None) -> None:
        for i in range(receivers):
            self.k += 1
            self.add("sms", {"sms_id": f"s{self.ns}_{self.k}", "send_time": ts(t0 + timedelta(minutes=i // per_min)),
                             "sender": sender, "receiver": self.num(300000 + i),
                             "content": text(i) if callable(text) else text, "sender_imei": imei or "",
                             "sender_cell": cell or ""})

    def transfer(self, t: datetime, a: str, b: str, amount: float, who: str | None = None,
                 channel: str | None = None) -> None:
        self.k += 1
        self.add("transfers", {"txn_id": f"t{self.ns}_{self.k}", "time": ts(t), "from_account": a, "to_account": b,
                               "amount": f"{amount:.2f}", "initiated_msisdn": who or "", "channel": channel or ""})

    def account(self, acct: str, age_days: int = 900, msisdn: str | None = None, id_key: str | None = None) -> str:
        self.add("bank_accounts", {"account_id": acct, "id_key": id_key or f"id_{acct}",
                                   "open_time": ts(DAY - timedelta(days=age_days)), "bound_msisdn": msisdn or ""})
        return acct

    def acct(self, k: int) -> str:
        return f"acct_{self.ns:03d}{k:013d}"


def simbox(c: Case, imsis: int = 3, data: int = 0, den: int = 1, calls: int = 15, history: bool = False,
           answered: float = 0.35, customer: str = "personal", id_key: str | None = None, age_days: int = 60,
           callback: float = 0.0) -> str:
    """``den`` devices in one cell; the first carries ``imsis`` SIMs dialling strangers; returns its IMEI. The SIMs'
    cards are ``age_days`` old, of ``customer`` type, all held by ``id_key`` when given (one holder each if not);
    ``callback``: the share of the people called who call back."""
    cell = f"den{c.ns}"
    first = ""
    for d in range(den):
        imei = f"86{c.ns:03d}{d:010d}"
        first = first or imei
        for s in range(imsis if d == 0 else 1):
            me = c.caller(n=calls, answered=answered, cells=1, imei=imei, cell=cell, age_days=age_days,
                          msisdn=c.num(100000 + 100 * d + s), day=DAY + timedelta(hours=s), customer=customer,
                          id_key=id_key, callback=callback)
            c.device(DAY + timedelta(hours=s), me, imei, cell, "attach")
            c.device(DAY + timedelta(hours=s, minutes=50), me, imei, cell, "detach")
            for j in range(data):
                c.device(DAY + timedelta(minutes=5 * j), me, imei, cell, "data_session", "5000")
    if history:  # devices seen before: look-back coverage from another device
        c.add("device", {"time": ts(HIST), "msisdn": c.num(990002), "imei": f"99{c.ns:03d}0000000000",
                         "cell": "elsewhere", "event": "attach"})
    return first


FRAUD_TEXT = "诚聘网店刷单员，垫付返现+佣金，名额有限 "
MARKETING = "【商城】周末特惠，满300减50 https://t.cn/{i} 退订回T"
MARKETING_REFUSE = "【商城】会员专享，领取20元优惠券 https://t.cn/{i} 拒收请回复R"  # 领取 is a fraud word too


def campaign(c: Case, kind: str = "wildcard", receivers: int = 30, age_days: int = 20, words: bool = True,
             per_min: int = 1, sender: str | None = None, customer: str = "personal", imei: str | None = None,
             tld: str = "top", cell: str | None = None) -> tuple[str, str]:
    """A number (personal unless ``customer`` says) sending links (from handset ``imei`` in ``cell`` when given) to a
    domain under ``tld``; returns (sender, registrable domain or IP of the link)."""
    me = sender or c.num(500000)
    c.sub(me, age_days=age_days, customer=customer)
    dom = f"fraud{c.ns}.{tld}" if kind != "ip" else f"45.{c.ns % 250}.{21 + c.ns // 250}.13"
    tag = chr(97 + c.ns % 26) + chr(97 + c.ns // 26 % 26)
    text = (FRAUD_TEXT if words else "看看这个 ") + tag

    def msg(i: int) -> str:
        if kind == "wildcard":
            return f"{text}http://x{i}q{c.ns}.{dom}/a{i}"
        if kind == "wildcard_bare":  # a fresh host per text, written without a scheme
            return f"{text}点击 x{i}q{c.ns}.{dom} 立即领取"
        if kind == "wildcard_opt_out":  # a fresh host per text under a forged opt-out (a gambling campaign)
            return f"{text}http://x{i}q{c.ns}.{dom}/a{i} 回T退订"
        if kind == "ip":
            return f"{text}http://{dom}:8080/a{i}"
        if kind == "apk":
            return f"{text}http://dl{i}.{dom}/app{i}.apk"
        if kind == "marketing":
            return MARKETING.format(i=1000 + i)
        if kind == "marketing_refuse":
            return MARKETING_REFUSE.format(i=1000 + i)
        if kind == "official":  # a government body's forged tag, a download link and a forged opt-out
            return f"【医保局】您的医保卡需于本月底前升级，逾期将暂停报销，请下载办理 http://dl.{dom}/app{i} 退订回T"
        if kind == "official_notice":  # a community worker's reminder under that tag, leading nowhere
            return f"【街道社保】城乡居民医保开始缴费，请于月底前到社区服务中心缴纳 {tag}"
        if kind == "branded_ip":  # fraud forging a brand tag, with an IP-literal link
            return f"【京东】{text}http://45.{c.ns % 250}.{21 + c.ns // 250}.13:8080/a{i}"
        return f"{text}http://www.{dom}/p"

    c.sms(me, receivers, msg, per_min=per_min, imei=imei, cell=cell)
    return me, dom


def opened_fraud_link(c: Case, people: int, step_min: int = 1) -> list[tuple[str, datetime]]:
    """A fraud link campaign (its domain is blocked in the window); ``people`` of its receivers open the link, one
    every ``step_min`` minutes from an hour into DAY; returns (number, time of the visit) of each."""
    _, dom = campaign(c, "wildcard")
    out = []
    for i in range(people):
        p, t = c.num(300000 + i), DAY + timedelta(hours=1, minutes=step_min * i)  # a receiver of the campaign
        c.add("web", {"time": ts(t), "msisdn": p, "domain": f"x{i}q{c.ns}.{dom}", "ip": "45.9.9.9"})
        out.append((p, t))
    return out


def regs(c: Case, n: int = 4, span_min: int = 20, age_days: int = 800, msisdn: str | None = None,
         start: datetime = DAY) -> str:
    """``n`` platform accounts registered by one number over ``span_min`` minutes from ``start``; returns the
    first account."""
    me = msisdn or c.num(600000)
    if msisdn is None:
        c.sub(me, age_days=age_days)
    platforms = ["wechat", "qq", "alipay", "douyin", "taobao", "jd"]
    first = ""
    for i in range(n):
        acc = f"u{c.ns:03d}{i:05d}"
        first = first or f"{platforms[i % 6]}:{acc}"
        c.add("internet_accounts", {"platform": platforms[i % 6], "account": acc, "msisdn": me,
                                    "register_time": ts(start + timedelta(minutes=span_min * i / max(n - 1, 1)))})
    return first


def mule_chain(c: Case, minutes: int = 10, age_days: int = 20, parts: int = 3, amount: float = 30000,
               sink: str | None = None, sink_channel: str | None = None, at: datetime = DAY,
               bound: tuple[str, int] | None = None, bound_each: list[str] | None = None) -> list[str]:
    """victim -> first layer -> ``parts`` second layer -> sink, from ``at``; returns [first, second..., sink].
    ``sink``: its id (then without a bank account record, as a cash machine's), paid through ``sink_channel``.
    ``bound``: (number, k): the first k second-layer accounts (each of its own holder) are bound to that number;
    ``bound_each``: second-layer account i is bound to the i-th number."""
    v, m1 = c.acct(1), c.acct(2)
    c.account(v, 2000)
    c.account(m1, age_days)
    if sink is None:
        sink = c.account(c.acct(99), age_days)
    seconds = [c.acct(10 + i) for i in range(parts)]
    c.transfer(at, v, m1, amount)
    for i, s in enumerate(seconds):
        each = bound_each[i] if bound_each and i < len(bound_each) else None
        c.account(s, age_days, msisdn=bound[0] if bound and i < bound[1] else each)
        c.transfer(at + timedelta(minutes=minutes + i), m1, s, amount / parts * 0.98)
        c.transfer(at + timedelta(minutes=2 * minutes + 10 + i), s, sink, amount / parts * 0.97,
                   channel=sink_channel)
    return [m1, *seconds, sink]


def card_buyer(c: Case, sellers: int = 4, others: int = 0, hours: float = 5.0) -> tuple[str, list[str]]:
    """An account paying ``sellers`` people ``hours`` after each opened a new phone card (and ``others`` people with
    old cards only), in the window; returns (the payer's account, the sellers' ID keys)."""
    payer = c.account(c.acct(1), 400)
    ids = []
    for i in range(sellers + others):
        me, id_key = c.num(800000 + i), f"id_{c.ns:03d}_p{i}"
        c.sub(me, id_key=id_key, age_days=1500)
        paid = DAY + timedelta(hours=2 + i)
        if i < sellers:
            c.sub(c.num(810000 + i), id_key=id_key, open_time=paid - timedelta(hours=hours), channel=f"campus_{c.ns}")
            ids.append(id_key)
        c.account(c.acct(10 + i), 2000, msisdn=me, id_key=id_key)
        c.transfer(paid, payer, c.acct(10 + i), 1200 + 100 * (i % 5))
    return payer, ids


def victim(c: Case, channel: str = "call", pay: bool = True, forwarder: bool = True, video_talk_s: int = 25) -> str:
    """A person contacted by fraud through ``channel`` who then pays a first-layer mule; returns the number.
    ``video_talk_s``: how long the video caller's other answered calls last."""
    me = c.num(700000)
    c.sub(me)
    t = DAY + timedelta(hours=5)
    if channel == "call":
        fr = c.caller(n=30, answered=0.4, age_days=20)
        c.call(t, fr, me, 1200, caller_imei="35000", caller_cell=f"cell{c.ns}_0")
    elif channel == "video":
        fr = c.caller(n=6, answered=0.6, video=1.0, age_days=20, dur=video_talk_s)
        c.call(t, fr, me, 300, media="video")
    elif channel == "long_twice":
        fr = c.caller(n=30, answered=0.4, age_days=20)
        fr2 = c.caller(n=30, answered=0.4, age_days=20)
        c.call(t, fr, me, 900)
        c.call(t + timedelta(minutes=30), fr2, me, 900)
    else:
        sender, dom = campaign(c, "apk" if channel == "app" else "wildcard")
        c.add("sms", {"sms_id": f"v{c.ns}", "send_time": ts(t - timedelta(minutes=5)), "sender": sender,
                      "receiver": me, "content": f"{FRAUD_TEXT}http://zz{c.ns}.{dom}/x"})
        if channel == "sms":
            c.add("web", {"time": ts(t), "msisdn": me, "domain": f"zz{c.ns}.{dom}", "ip": "45.1.1.1"})
        else:
            c.add("apps", {"time": ts(t), "msisdn": me, "app": f"com.fraud{c.ns}.app", "event": "install",
                           "source_url": f"http://dl{c.ns}.{dom}/a.apk"})
    if pay:
        mine, m1 = c.acct(500), c.acct(501)
        c.account(mine, 2000, msisdn=me)
        c.account(m1, 20)
        c.transfer(t + timedelta(minutes=40), mine, m1, 8000, who=me)
        if forwarder:
            for i in range(3):
                c.account(c.acct(510 + i), 20)
                c.transfer(t + timedelta(minutes=50 + i), m1, c.acct(510 + i), 2600)
    return me


def ingest_records(records: dict[str, list[dict]], data: Path, wh_dir: Path):
    """Write the cases' records as CSV under ``data`` and ingest them into a new warehouse at ``wh_dir``."""
    from fraudwall.interchange.ingest import ingest
    from fraudwall.warehouse.store import Warehouse
    from tests.helpers import write_csv

    for rtype, rows in records.items():
        write_csv(data / rtype / "part.csv", rows)
    ingest(data, wh_dir, timezone="Asia/Shanghai")
    return Warehouse.open(wh_dir)


def detect_day(records: dict[str, list[dict]], tmp: Path, only: list[str] | None = None
               ) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """Ingest the cases' records under ``tmp``, detect with the whole library (or ``only`` those scenarios) and
    return DAY's alerts (scenario, entity, suggested action) and its entity actions (entity -> action after
    scoring)."""
    from fraudwall.scenarios.registry import Registry
    from fraudwall.scenarios.runner import detect

    wh = ingest_records(records, tmp / "data", tmp / "wh")
    detect(wh, Registry.load(), only=only)
    con = wh.connect()
    on_day = f"CAST(window_start AS DATE) = DATE '{DAY.date().isoformat()}'"
    alerts = con.execute(f"SELECT scenario, entity, action FROM alerts WHERE {on_day}").fetchall()
    actions = dict(con.execute(f"SELECT entity, action FROM scores WHERE {on_day}").fetchall())
    con.close()
    return alerts, actions


FIXTURES = Path(__file__).parent.parent / "fixtures"


def load_fixture(sid: str):
    """A library scenario's fixture module (``tests/scenarios/fixtures/<sid>/cases.py``): its ``hit``/``miss``
    cases and the builders it keeps to itself."""
    spec = importlib.util.spec_from_file_location(f"fx_{sid.replace('.', '_')}", FIXTURES / sid / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
