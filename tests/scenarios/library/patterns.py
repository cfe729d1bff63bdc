"""Composite fixture patterns built from the record generators."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from tests.scenarios.library.builders import DAY, HIST, Case, campaign, mule_chain, opened_fraud_link, ts


def steady(c: Case, me: str, days: int | Iterable[int] = 6) -> None:
    """``me`` calls a friend on each of the ``days`` days before the window (the fixture data start on the
    sixth, HIST - 2 days): a line in steady use through the look-back. ``days`` may also name the days
    (1 = the day before)."""
    friend = c.num(990100)
    for d in range(1, days + 1) if isinstance(days, int) else days:
        c.call(DAY - timedelta(days=d), me, friend, 120)


CODE_FARM_PLATFORMS = ["wechat", "qq", "alipay", "douyin", "taobao", "jd", "kuaishou", "weibo"]


def code_farm_card(c: Case, k: int = 0, per_day: int = 3, days: int = 6, platforms: list[str] = CODE_FARM_PLATFORMS,
                   opened: datetime | None = None, imei: str | None = None) -> str:
    """A code-receiving farm's silent card (number ``k`` of the case), opened 40 days ago (or at ``opened``), whose
    number registers ``per_day`` accounts on each of the ``days`` days up to the window, cycling through
    ``platforms``; attached in ``imei`` (a pool port) every day when given. Places, answers and sends nothing."""
    me = c.num(700000 + k)
    c.sub(me, age_days=40, open_time=opened)
    n = 0
    for day in range(days):
        t0 = DAY - timedelta(days=days - 1 - day)
        if imei:
            c.device(t0 - timedelta(hours=1), me, imei, f"cell{c.ns}_pool", "attach")
        for i in range(per_day):
            c.add("internet_accounts", {"platform": platforms[n % len(platforms)], "account": f"f{c.ns:03d}{k}{n:04d}",
                                        "msisdn": me, "register_time": ts(t0 + timedelta(hours=2 * i))})
            n += 1
    c.call(HIST - timedelta(days=2), c.num(990000), c.num(990001), 30)  # look-back coverage
    return me


def etc_enterprise_line(c: Case, host: str, age_days: int, receivers: int = 30, suffix: str = "") -> str:
    """An enterprise line ``age_days`` old texting ``receivers`` people an ETC-card lure linking ``host`` (a path per
    text), each text ending in ``suffix``: a shell company's card in an SMS cat, or a company's own line."""
    line = c.num(600001)
    c.sub(line, age_days=age_days, customer="enterprise")
    c.sms(line, receivers, lambda i: f"【ETC服务】您的ETC卡已失效，请尽快登录 http://{host}/e{i} 重新认证{suffix}")
    return line


def kept_in_touch(c: Case, me: str, people: int = 2) -> None:
    """``people`` numbers call ``me`` and talk on the look-back day HIST and again on the window's afternoon: family
    and friends keeping in touch with the user of ``me`` (f_msisdn.repeat_callers_in)."""
    for k in range(people):
        friend = c.num(990200 + k)
        c.call(HIST + timedelta(hours=9, minutes=k), friend, me, 90)
        c.call(DAY + timedelta(hours=8, minutes=k), friend, me, 90)


def called_from(c: Case, me: str, imei: str, dur: int = 60, n: int = 1, callee: str | None = None) -> None:
    """``me`` placed calls to ``n`` numbers (or one to ``callee``) from handset ``imei`` in the look-back: the
    handset carried the card before."""
    for i in range(n):
        c.call(HIST + timedelta(minutes=i), me, callee or c.num(990005 + i), dur, caller_imei=imei,
               caller_imsi=f"4600{me[-11:]}")


def work_phone(c: Case, phone: str) -> str:
    """A salesperson's phone: its young work card dials 20 strangers today, and it is the card the phone
    has carried all along (it called from it in the look-back)."""
    me = c.caller(n=20, imei=phone, age_days=100, history=True)
    called_from(c, me, phone)
    return phone


def reported_overlap(c: Case, overlap: bool) -> str:
    """A reported number called targets before; a second number calls the same (or other) people."""
    rep = c.num(800000)
    c.report(rep)
    for i in range(20):
        c.call(HIST + timedelta(minutes=i), rep, c.num(200000 + 37 * i), 20)
    me = c.num(820000)
    c.sub(me)
    for i in range(20):
        c.call(DAY + timedelta(minutes=i), me, c.num((200000 if overlap else 400000) + 37 * i), 20)
    return me


def reported_caller(c: Case, reported: bool) -> str:
    me = c.caller(n=20, history=True)
    if reported:
        c.report(me)
    return me


def reported_seller_pair(c: Case, source: str = "police", **sibling) -> tuple[str, str]:
    """An ID holding two old cards: the first named in a fraud report by ``source`` and dialling three strangers today
    (calls.confirmed_report_active acts on it when the report is confirmed), the second calling as ``sibling`` says
    (default: three strangers, none calling back). Returns (first, second)."""
    idk = f"id_{c.ns:03d}_seller"
    first = c.caller(n=3, answered=0.7, age_days=400, history=True, dur=300, id_key=idk)
    c.report(first, source=source)
    opts = {"n": 3, "answered": 0.7, "age_days": 400, "dur": 300} | sibling
    return first, c.caller(id_key=idk, **opts)


def id_cards(c: Case, n: int, same_day: bool = True, operators: int = 1, enterprise: bool = False) -> str:
    idk = f"id_{c.ns:03d}_holder"
    for i in range(n):
        ot = DAY - timedelta(days=40, minutes=-2 * i) if same_day else DAY - timedelta(days=40 + 100 * i)
        c.sub(c.num(10 + i), idk, open_time=ot, operator=["CMCC", "CUCC", "CTCC"][i % operators],
              customer="enterprise" if enterprise else "personal")
    c.caller(n=1, answered=1.0, msisdn=c.num(5), subscriber=False)  # one event so the day is loaded
    return idk


def reported_id(c: Case, reported: bool) -> str:
    idk = id_cards(c, 2, same_day=False)
    if reported:
        c.report(idk, "card_seller", entity_type="id_key")
    c.call(HIST, c.num(990000), c.num(990001), 30)
    return idk


def sleep_resumed(c: Case) -> str:
    """An old card silent before, now calling its old contacts who call back."""
    return c.caller(n=30, age_days=900, history=True, answered=0.8, cells=4, data=3, callback=0.5)


def batch_caller(c: Case, batch: bool) -> str:
    idk = f"id_{c.ns:03d}_seller"
    for i in range(8 if batch else 1):
        c.sub(c.num(10 + i), idk, open_time=DAY - timedelta(days=50, minutes=-i))
    return c.caller(n=30, msisdn=c.num(10), subscriber=False, history=True)


def sim_swap(c: Case, swapped: bool) -> str:
    me = c.caller(n=30, history=True)
    if swapped:
        c.add("device", {"time": ts(DAY), "msisdn": me, "imsi": "460999999999999", "imei": "3500000", "cell": "x",
                         "event": "attach"})
    return me


def fraud_id(c: Case, n: int) -> str:
    idk = f"id_{c.ns:03d}_gang"
    for _ in range(n):
        c.caller(n=30, id_key=idk, history=True)
    return idk


def sim_of(c: Case, imei: str) -> str:
    return c.num(100000)


def voip(c: Case, fraud: bool, lines: int = 1, age_days: int = 900) -> str:
    first = ""
    for i in range(lines):
        me = c.caller(n=60, line="fixed", customer="enterprise", gateway=f"gw{c.ns}", age_days=age_days,
                      id_key=f"id_{c.ns:03d}_co", answered=0.3 if fraud else 0.55, dur=15 if fraud else 70,
                      night=0.2 if fraud else 0.0, msisdn=f"86851{c.ns:03d}{i:04d}")
        first = first or me
    return first


def two_senders(c: Case, shared: bool) -> str:
    a, _ = campaign(c, "wildcard", sender=c.num(500001))
    if shared:
        campaign(c, "wildcard", sender=c.num(500002))
    return a


def wildcard_visits(c: Case, wildcard: bool) -> str:
    dom = f"wild{c.ns}.top"
    for i in range(12):
        me = c.num(40 + i)
        c.add("web", {"time": ts(DAY + timedelta(minutes=i)), "msisdn": me,
                      "domain": f"h{i}.{dom}" if wildcard else f"www.{dom}", "ip": "1.2.3.4"})
    return dom


def wildcard_app(c: Case, source: str) -> tuple[str, str]:
    """A wildcard domain (12 visitors, a fresh host each) and an app two of them install: ``source`` 'own_host' from
    their own hosts (a fraud site's per-victim download link), 'store' from an app store, 'plain' from the
    domain's single odd host while its visitors all share www. (not a wildcard domain). Returns (domain, app)."""
    dom = wildcard_visits(c, source != "plain")
    app = f"com.w{c.ns}.live"
    for i in range(2):
        host = {"own_host": f"h{i}.{dom}", "store": "appgallery.huawei.com", "plain": f"get.{dom}"}[source]
        c.add("apps", {"time": ts(DAY + timedelta(minutes=30 + i)), "msisdn": c.num(40 + i), "app": app,
                       "event": "install", "source_url": f"https://{host}/x.apk"})
    return dom, app


def hosting(c: Case, fraud: bool) -> str:
    _, dom = campaign(c, "wildcard" if fraud else "marketing")
    ip = f"77.{c.ns % 250}.1.1"
    c.add("web", {"time": ts(DAY + timedelta(hours=2)), "msisdn": c.num(300001),
                  "domain": f"q1.{dom}" if fraud else "t.cn", "ip": ip})
    return ip


def app_from(c: Case, fraud: bool) -> str:
    _, dom = campaign(c, "apk")
    app = f"com.x{c.ns}.app"
    src = f"http://dl7.{dom}/a.apk" if fraud else "https://dl.vendor.com/app.apk"
    c.add("apps", {"time": ts(DAY + timedelta(hours=2)), "msisdn": c.num(300001), "app": app, "event": "install",
                   "source_url": src})
    return app


def blocked_link(c: Case, blocked: bool) -> str:
    _, dom = campaign(c, "plain", words=False, receivers=3)
    if blocked:
        c.add("lists", {"entity_type": "domain", "entity": dom, "list": "block", "added_time": ts(HIST)})
    return dom


def long_call_from_courier(c: Case) -> str:
    me = c.num(700000)
    c.sub(me)
    cour = c.caller(n=30, answered=0.8, cells=6, data=4, callback=0.3, age_days=900)
    c.call(DAY + timedelta(hours=5), cour, me, 1200)
    return me


def fast_in(c: Case, senders: int) -> str:
    m = c.acct(1)
    c.account(m, 30)
    for i in range(senders):
        c.account(c.acct(10 + i))
        c.transfer(DAY + timedelta(minutes=i), c.acct(10 + i), m, 5000)
    c.account(c.acct(50))
    c.transfer(DAY + timedelta(minutes=20), m, c.acct(50), 5000 * senders * 0.95)
    return m


def holder_card(c: Case, fraud: bool) -> str:
    me = c.caller(n=40, history=True) if fraud else c.caller(n=5, answered=0.9, cells=4, data=3, callback=0.6)
    a = c.account(c.acct(1), 900, msisdn=me)
    c.account(c.acct(2))
    c.transfer(DAY + timedelta(hours=3), c.acct(2), a, 3000)
    return a


def remote_app(c: Case, app: str, at_hours: float = 6, short_call: bool = False) -> str:
    """A person installs ``app`` at ``at_hours`` after 09:00; they had a 20-minute call from a suspected fraud
    caller at 05:00 (or, ``short_call``, only a 20-second one)."""
    from tests.scenarios.library.builders import victim

    if short_call:
        me = c.num(700000)
        c.sub(me)
        c.call(DAY + timedelta(hours=5), c.caller(n=30, answered=0.4, age_days=20), me, 20)
    else:
        me = victim(c, "call", pay=False)
    c.add("apps", {"time": ts(DAY + timedelta(hours=at_hours)), "msisdn": me, "app": app, "event": "install"})
    return me




def robbed(c: Case, via: str = "site", split: bool = True, bystanders: int = 0, at_hours: float = 3,
           pay_after_min: int = 35, store_users: int = 0) -> dict[str, str]:
    """A person who visits a site (``via='site'``) or side-loads an app (``'app'``) ``at_hours`` after the
    day's 09:00 and pays ``pay_after_min`` minutes after the install an account that splits the money to
    three accounts within minutes, each passing its part on within the half hour (``split``: a mule chain), or
    passes it whole to one account (a look-alike: salary in, rent out). ``bystanders`` other people visit the same site without paying; ``store_users`` others
    install the app from the app store (no download link) the same day.
    Returns the person, the paid account, the registrable domain, the IP and the app."""
    me = c.num(700000)
    c.sub(me)
    dom, ip, app = f"loss{c.ns}.xyz", f"66.{c.ns % 250}.2.2", f"com.loss{c.ns}.app"
    t = DAY + timedelta(hours=at_hours)
    c.add("web", {"time": ts(t), "msisdn": me, "domain": f"www.{dom}", "ip": ip})
    for i in range(bystanders):
        c.add("web", {"time": ts(t + timedelta(minutes=i)), "msisdn": c.num(710000 + i), "domain": f"www.{dom}",
                      "ip": ip})
    if via == "app":
        c.add("apps", {"time": ts(t + timedelta(minutes=5)), "msisdn": me, "app": app, "event": "install",
                       "source_url": f"http://{dom}/a.apk"})
    for i in range(store_users):
        c.add("apps", {"time": ts(t + timedelta(minutes=20 + i)), "msisdn": c.num(720000 + i), "app": app,
                       "event": "install", "source_url": ""})
    mine, m1 = c.acct(500), c.acct(501)
    c.account(mine, 2000, msisdn=me)
    c.account(m1, 20)
    paid = t + timedelta(minutes=5 + pay_after_min)
    c.transfer(paid, mine, m1, 9000, who=me)
    outs = 3 if split else 1
    for i in range(outs):
        c.account(c.acct(510 + i), 20)
        c.transfer(paid + timedelta(minutes=8 + i), m1, c.acct(510 + i), 8800 / outs)
        if split:  # the next layer passes each part on within the half hour (f_split_pay wants a chain)
            c.account(c.acct(520 + i), 20)
            c.transfer(paid + timedelta(minutes=30 + i), c.acct(510 + i), c.acct(520 + i), round(8800 / outs * 0.99, 2))
    return {"person": me, "account": m1, "domain": dom, "ip": ip, "app": app}


def gang_accounts(c: Case, gang: bool, age_days: int = 20) -> str:
    """A mule chain whose first- and second-layer accounts are held by one ID and bound to a number of
    another ID (``gang``), or each held by its own renter and bound to the renter's own card; the first-layer
    account is ``age_days`` old."""
    boss = f"id_{c.ns:03d}_gang"
    fraud_card = c.num(800001)
    c.sub(fraud_card, id_key=f"id_{c.ns:03d}_other")
    v, m1 = c.acct(1), c.acct(2)
    c.account(v, 2000)
    if gang:
        c.account(m1, age_days, msisdn=fraud_card, id_key=boss)
    else:
        own = c.num(800002)
        c.sub(own, id_key=f"id_{c.ns:03d}_renter")
        c.account(m1, age_days, msisdn=own, id_key=f"id_{c.ns:03d}_renter")
    c.transfer(DAY, v, m1, 30000)
    for i in range(3):
        s = c.acct(10 + i)
        c.account(s, 20, id_key=boss if gang and i == 0 else None)
        c.transfer(DAY + timedelta(minutes=10 + i), m1, s, 9800)
        c.transfer(DAY + timedelta(minutes=30 + i), s, c.acct(99), 9700)
    return boss if gang else f"id_{c.ns:03d}_renter"


def phone_shop(c: Case, data: bool) -> str:
    """A phone shop's test handset: eight customers' SIMs for a few minutes each (with a data session on it
    when ``data``), a test call to the operator's service number from every other one. Returns the IMEI."""
    imei, cell = f"86{c.ns:03d}7000000000", f"shop{c.ns}"
    events = ("attach", "data_session", "detach") if data else ("attach", "detach")
    for s in range(8):
        me = c.num(100000 + s)
        c.sub(me, age_days=700)
        t = DAY + timedelta(hours=9 + s)
        imsi = f"4600{me[-11:]}"
        for k, ev in enumerate(events):
            c.add("device", {"time": ts(t + timedelta(minutes=3 * k)), "msisdn": me, "imei": imei, "imsi": imsi,
                             "cell": cell, "event": ev, **({"bytes": "20000"} if ev == "data_session" else {})})
        if s % 2 == 0:
            c.call(t + timedelta(minutes=2), me, "10086", 30, caller_imei=imei, caller_imsi=imsi, caller_cell=cell)
    return imei


def shop_paid_by_friend_passes(c: Case) -> str:
    """Two ordinary people each get a few hundred yuan from a friend and pay the same shop within the hour:
    fast forwarders, but not mule seeds, so the shop is no collector. Returns the shop's account."""
    shop = c.account(c.acct(99), 900)
    for i in range(2):
        friend, me = c.acct(10 + i), c.acct(20 + i)
        c.account(friend, 2000)
        c.account(me, 600)
        c.transfer(DAY + timedelta(minutes=10 * i), friend, me, 300)
        c.transfer(DAY + timedelta(minutes=10 * i + 20), me, shop, 280)
    return shop


def chain_spends_at(c: Case, k: int, age_days: int, customers: int, amount: float) -> str:
    """An account (age ``age_days``) two of a mule chain's second-layer accounts pay 1,500 yuan each, on a day
    ``customers`` ordinary people pay it ``amount`` or so too (cash-out through goods). Returns the account."""
    chain = mule_chain(c)
    me = c.acct(k)
    c.account(me, age_days)
    for i, s in enumerate(chain[1:3]):
        c.transfer(DAY + timedelta(minutes=50 + i), s, me, 1500)
    for i in range(customers):
        buyer = c.acct(k + 10 + i)
        c.account(buyer, 1200)
        c.transfer(DAY + timedelta(hours=2, minutes=9 * i), buyer, me, amount + 11 * i)
    return me


def delayed_relay(c: Case, contacted: bool = True, overnight: bool = False, amount: float = 20000,
                  receivers: int = 2, age_days: int = 900, delay_hours: float = 7, own: bool = False,
                  relay: str | None = None) -> list[str]:
    """A person (after a 20-minute answered call from a number dialling 30 strangers in the window, when
    ``contacted``) pays ``amount`` to an account, which passes 98 % of it on ``delay_hours`` later, split over
    ``receivers`` accounts (``own``: accounts of the same holder). ``overnight``: the call and the payment fall
    on the evening before the window (20:00), the relay in the window. Returns [the relaying account, its
    receivers...]. ``relay``: an account made by an earlier call, paid by another payer (new numbers)."""
    payer = c.num(700000) if relay is None else c.num()
    c.sub(payer)
    t = DAY - timedelta(hours=13) if overnight else DAY + timedelta(hours=1)
    if contacted:
        fr = c.caller(n=30, answered=0.4, age_days=20)
        c.call(t, fr, payer, 1200)
    else:
        c.call(t, c.num(700001), payer, 1200)
    mine = c.acct(500) if relay is None else c.acct(5000 + c.k)
    c.account(mine, 2000, msisdn=payer)
    if relay is None:
        relay = c.acct(501)
        c.account(relay, age_days)
    paid = t + timedelta(minutes=40)
    c.transfer(paid, mine, relay, amount, who=payer)
    outs = [c.acct(510 + i) for i in range(receivers)]
    for i, o in enumerate(outs):
        c.account(o, 900, id_key=f"id_{relay}" if own else None)
        c.transfer(paid + timedelta(hours=delay_hours, minutes=3 * i), relay, o, round(amount * 0.98 / receivers, 2))
    return [relay, *outs]


def guided(c: Case, caller: str = "fraud", people: int = 2, bystanders: int = 0, after_min: int = 15,
           store: bool = False, suffix: str = "xyz") -> dict[str, str]:
    """``people`` persons each on a 10-minute answered call from one number who open a site and side-load its
    app ``after_min`` minutes after the call ends; ``caller`` is a stranger-dialling fraud number (``'fraud'``)
    or a courier (many cells, data, called back). ``bystanders`` others visit the site and install the app
    with no call. ``store``: the app comes from the app store (no download link), like a meeting or
    remote-control app the caller has them install. ``caller`` may also be ``'reported'``: a quiet card the police
    reported (few callees: no suspected fraud caller, but flagged by calls.confirmed_report_active), or ``'quiet'``:
    the same card unreported. ``suffix``: the public suffix the site is registered under (a
    shared one such as ``github.io`` or ``cn.com`` hosts many owners' sites). Returns the registrable domain, the IP,
    the app and the people called."""
    if caller == "fraud":
        fr = c.caller(n=30, answered=0.4, age_days=20)
    elif caller in ("reported", "quiet"):  # an old card calling one other person today; "reported": by the police
        fr = c.caller(n=1, answered=1.0, dur=300, age_days=400, history=True)
        if caller == "reported":
            c.report(fr, source="police")
    else:
        fr = c.caller(n=30, answered=0.8, cells=6, data=4, callback=0.3, age_days=900)
    dom, ip, app = f"guide{c.ns}.{suffix}", f"67.{c.ns % 250}.3.3", f"com.guide{c.ns}.app"
    called = []
    for i in range(people + bystanders):
        me = c.num(730000 + i)
        if i < people:
            called.append(me)
        c.sub(me)
        t = DAY + timedelta(hours=4, minutes=30 * i)
        if i < people:
            c.call(t, fr, me, 600)
            t += timedelta(minutes=10 + after_min)
        c.add("web", {"time": ts(t), "msisdn": me, "domain": f"www.{dom}", "ip": ip})
        c.add("apps", {"time": ts(t + timedelta(minutes=2)), "msisdn": me, "app": app, "event": "install",
                       "source_url": "" if store else f"http://{dom}/a.apk"})
    return {"domain": dom, "ip": ip, "app": app, "people": called}


def guided_fixture(kind: str) -> dict:
    """The cases of a web.*_after_fraud_call fixture for resources of ``kind`` (domain, ip, app): two people
    guided on calls hit; a resource with its own audience, a courier's calls, one person and a visit three
    hours after the call miss; a site under a shared public suffix (cn.com) hits as its own domain."""
    cases = {
        "hit": lambda c: guided(c)[kind],
        "miss": lambda c: guided(c, bystanders=3)[kind],  # two of five users came from the calls
        "miss_courier": lambda c: guided(c, caller="courier")[kind],  # called back, moves, uses data
        "miss_one": lambda c: guided(c, people=1)[kind],
        "miss_later": lambda c: guided(c, after_min=180)[kind],
    }
    if kind == "domain":  # a site under a shared public suffix is its own registrable domain, never cn.com
        cases["hit_shared_suffix"] = lambda c: guided(c, suffix="cn.com")[kind]
    return cases


def flagged_guided_fixture(kind: str) -> dict:
    """The cases of a web.*_after_flagged_caller fixture for resources of ``kind`` (domain, ip): two people on long
    calls with a quiet card the police reported (flagged by calls.confirmed_report_active, no suspected fraud
    caller) hit; the same card unreported, a resource with its own audience, one person, a visit three hours after
    the call and a suspected fraud caller's resource (the first stage's) miss."""
    return {
        "hit": lambda c: guided(c, caller="reported")[kind],
        "miss": lambda c: guided(c, caller="quiet")[kind],  # nothing flags the card
        "miss_audience": lambda c: guided(c, caller="reported", bystanders=3)[kind],  # two of five came from calls
        "miss_one": lambda c: guided(c, caller="reported", people=1)[kind],
        "miss_later": lambda c: guided(c, caller="reported", after_min=180)[kind],
        "miss_suspect_caller": lambda c: guided(c)[kind],  # web.*_after_fraud_call's, acted on in the first stage
    }


def laundering_relay(c: Case, mark: str = "night", age_days: int | None = 40, amount: float = 12000, own: bool = False,
                     next_layer: bool = False, stranger_linked: bool = False) -> list[str]:
    """An ordinary person (no fraud contact) pays ``amount`` to an account ``age_days`` old (None: an account of
    a bank outside the feed, with no account record), which passes it on within the day with a laundering
    ``mark``: ``'night'`` (paid at 21:00 the evening before, sent on whole at 02:30 in two halves),
    ``'next_night'`` (paid at 00:10 the day before, sent on whole at 01:30), ``'two_nights'`` (paid at 22:15 two
    evenings before, sent on whole at 02:00 in the window: 27 h 45 min), ``'chunks'`` (paid at 10:00, sent on at 16:00 in three chunks just under 5,000),
    ``'cut'`` (paid at 10:00, 98.5 % of it swept to one account 90 minutes later) or ``'none'`` (paid at 10:00,
    75 % and 19 % of it sent to two accounts at 15:00 and 18:00). ``own``: the payees are accounts of the same
    holder. ``next_layer``: the first payee (900 days old) passes 99.5 % of what it got on three hours later.
    ``stranger_linked``: the relaying account is bound to a number dialling 30 strangers (a fraud-card link).
    Returns [the relaying account, its payees...]."""
    payer = c.num(710000)
    c.sub(payer)
    mine, relay = c.acct(600), c.acct(601)
    c.account(mine, 2000, msisdn=payer)
    holder = f"id_{relay}"
    if age_days is not None:
        bound = c.caller(n=30, answered=0.4, age_days=20) if stranger_linked else None
        c.account(relay, age_days, id_key=holder, msisdn=bound)
    if mark == "night":
        t, outs = DAY - timedelta(hours=12), [(timedelta(hours=5, minutes=30), 0.5), (timedelta(hours=5, minutes=41), 0.5)]
    elif mark == "next_night":  # paid at 00:10 the day before, sent on whole at 01:30 in the window (25 h 20 min)
        t, outs = DAY - timedelta(hours=32, minutes=50), [(timedelta(hours=25, minutes=20), 1.0)]
    elif mark == "two_nights":  # paid at 22:15 two evenings before, sent on whole at 02:00 in the window
        t, outs = DAY - timedelta(hours=34, minutes=45), [(timedelta(hours=27, minutes=45), 1.0)]
    elif mark == "chunks":
        amount = 14750
        t, outs = DAY + timedelta(hours=1), [(timedelta(hours=6, minutes=10 * i), x / amount)
                                               for i, x in enumerate((4980, 4920, 4850))]
    elif mark == "cut":
        t, outs = DAY + timedelta(hours=1), [(timedelta(minutes=90), 0.985)]
    else:
        t, outs = DAY + timedelta(hours=1), [(timedelta(hours=5), 0.75), (timedelta(hours=8), 0.19)]
    c.transfer(t, mine, relay, amount, who=payer)
    payees = [c.acct(610 + i) for i in range(len(outs))]
    for o, (dt, share) in zip(payees, outs, strict=True):
        c.account(o, 900, id_key=holder if own else None)
        c.transfer(t + dt, relay, o, round(amount * share, 2))
    if next_layer:
        last = c.acct(620)
        c.account(last, 900)
        c.transfer(t + outs[0][0] + timedelta(hours=3), payees[0], last, round(amount * outs[0][1] * 0.995, 2))
    return [relay, *payees]


def seller_id(c: Case, texting: int = 2, dialling: int = 0, own_card: bool = True) -> str:
    """A personal ID (a card seller's) holding ``texting`` cards 20 days old that each text a fraud link (wildcard
    sub-domains) to 30 people from their own handset, ``dialling`` cards 20 days old dialling 30 strangers, and
    (``own_card``) its holder's own 2,000-day-old card in ordinary use. Returns the ID."""
    from tests.scenarios.library.builders import FRAUD_TEXT

    idk = f"id_{c.ns:03d}_seller"
    if own_card:  # in ordinary use: a known contact called in the look-back and today, who calls back; data
        me, friend = c.num(800000), c.num(800001)
        c.sub(me, id_key=idk, age_days=2000)
        c.call(HIST, me, friend, 60)
        c.call(DAY, me, friend, 60, caller_imei=f"86{c.ns:03d}9999999999", caller_cell=f"cell{c.ns}_0")
        c.call(DAY + timedelta(hours=1), friend, me, 60)
        for j in range(3):
            c.device(DAY + timedelta(hours=j), me, f"86{c.ns:03d}9999999999", f"cell{c.ns}_{j}", "data_session", "20000")
    for i in range(texting):
        s = c.num(810000 + i)
        c.sub(s, id_key=idk, age_days=20, channel=f"store_{c.ns}_{i}")
        for j in range(30):
            c.k += 1
            c.add("sms", {"sms_id": f"s{c.ns}_{c.k}", "send_time": ts(DAY + timedelta(minutes=j)), "sender": s,
                          "receiver": c.num(300000 + 100 * i + j), "sender_imei": f"86{c.ns:03d}{i:010d}",
                          "content": f"{FRAUD_TEXT}http://x{j}q{c.ns}.fraud{c.ns}.top/a{j}"})
    for _ in range(dialling):
        c.caller(n=30, id_key=idk, age_days=20)
    return idk


def bank_card_seller(c: Case, batch: int = 3, one_bank: bool = False) -> str:
    """A person whose account opened 30 days ago relays a 30,000 receipt at once to three accounts (a mule
    seed); ``batch`` accounts of theirs (that one included) were opened within four days, at different banks
    unless ``one_bank``; they also hold a 2,000-day-old account. Returns the ID."""
    idk = f"id_{c.ns:03d}_seller"
    banks = ["icbc", "ccb", "abc", "boc"]
    mule = c.acct(2)
    for i in range(batch):
        a = mule if i == 0 else c.acct(40 + i)
        c.add("bank_accounts", {"account_id": a, "id_key": idk, "bank": banks[0 if one_bank else i],
                                "open_time": ts(DAY - timedelta(days=30 - i * 2)), "bound_msisdn": ""})
    c.add("bank_accounts", {"account_id": c.acct(49), "id_key": idk, "bank": "cmb",
                            "open_time": ts(DAY - timedelta(days=2000)), "bound_msisdn": ""})
    src = c.account(c.acct(1), 2000)
    c.transfer(DAY, src, mule, 30000)
    for i in range(3):
        c.account(c.acct(10 + i), 900)
        c.transfer(DAY + timedelta(minutes=10 + i), mule, c.acct(10 + i), 9800)
    return idk


def _chat(c: Case, t: datetime, a: str, b: str, imei: str | None = None) -> None:
    """One SMS from ``a`` to ``b`` at ``t`` (sent from handset ``imei``)."""
    c.k += 1
    c.add("sms", {"sms_id": f"s{c.ns}_{c.k}", "send_time": ts(t), "sender": a, "receiver": b,
                  "sender_imei": imei or "", "content": "早安，今天过得怎么样？"})


def groomer(c: Case, days: int = 5, pays: str = "mule", imei: str | None = None, holder: str | None = None,
            others: int = 0, first_days_ago: int | None = None, k: int = 0, customer: str = "personal",
            one_way: bool = False, also_pays: str | None = None, seen_before: bool = True) -> tuple[str, str]:
    """A number (holder ``holder``, a card opened 600 days ago, on handset ``imei``) grooms a new contact on
    each of the last ``days`` days up to the window (first in touch ``first_days_ago`` days before the window
    when given, otherwise ``days - 1``): three SMS from it and two replies in the evening every day, a
    25-minute evening call every other day; ``one_way``: the person never replies and no call is answered.
    ``others``: it also texts that many other numbers today (a number with a life of its own). The person
    calls a friend at noon on the two days before the first contact (when ``seen_before``; the look-back
    then shows the contact is new). ``pays``:
    the evening before the window the person pays 8,000 CNY of their own to an account opened 40 days ago,
    which passes it on at 02:30 in two halves (``'mule'``), or to a brokerage's account of 3,000 days that
    keeps it (``'broker'``), or pays nothing (``'none'``). ``also_pays``: the person also pays 12,000 CNY to
    that account at 21:00 in the window (an account created by the caller). Returns (the groomer, the
    person)."""
    g, v = c.num(720000 + 10 * k), c.num(720001 + 10 * k)
    c.sub(g, holder, 600, customer=customer)
    c.sub(v)
    imei = imei or f"86{c.ns:03d}{720000 + k:010d}"
    first = days - 1 if first_days_ago is None else first_days_ago
    day_list = sorted({first, *range(days - 1, -1, -1)}, reverse=True)
    if seen_before:
        for d in (first + 1, first + 2):
            c.call(DAY.replace(hour=12) - timedelta(days=d), v, c.num(722000 + 10 * k), 90)
    for d in day_list:
        ev = DAY.replace(hour=20) - timedelta(days=d)
        for m in range(3):
            _chat(c, ev + timedelta(minutes=7 * m), g, v, imei)
        if not one_way:
            for m in range(2):
                _chat(c, ev + timedelta(minutes=7 * m + 3), v, g)
        if d % 2 == 0:
            c.call(ev + timedelta(minutes=40), g, v, 0 if one_way else 1500, caller_imei=imei,
                   caller_imsi=f"4600{g[-11:]}")
    for i in range(others):
        _chat(c, DAY + timedelta(minutes=i), g, c.num(721000 + 10 * k + i), imei)
    if pays != "none":
        mine, to = c.acct(720 + k), c.acct(730 + k)
        c.account(mine, 2000, msisdn=v)
        c.account(to, 40 if pays == "mule" else 3000)
        t = DAY.replace(hour=21) - timedelta(days=1)
        c.transfer(t, mine, to, 8000, who=v)
        if pays == "mule":
            for i in range(2):
                o = c.account(c.acct(740 + 2 * k + i), 900)
                c.transfer(DAY.replace(hour=2, minute=30 + 9 * i), to, o, 4000)
    if also_pays:
        mine = c.acct(750 + k)
        if pays == "none":
            c.account(mine, 2000, msisdn=v)
        else:
            mine = c.acct(720 + k)
        c.transfer(DAY.replace(hour=21), mine, also_pays, 12000, who=v)
    return g, v


def template_texting_cards(c: Case, id_keys: list[str]) -> list[tuple[str, str]]:
    """One card per ID of ``id_keys`` (20 days old), each texting the same fraud-worded recruiting text without a
    link (digits vary) to 30 people who do not reply, from a handset of its own: a campaign of
    sms.fraud_template_campaign when three or more cards send it. Returns (number, IMEI) per card."""
    out = []
    for k, idk in enumerate(id_keys):
        me, imei = c.num(820000 + k), f"86{c.ns:03d}7{k:09d}"
        c.sub(me, id_key=idk, age_days=20)
        for j in range(30):
            c.k += 1
            c.add("sms", {"sms_id": f"s{c.ns}_{c.k}", "send_time": ts(DAY + timedelta(minutes=j)), "sender": me,
                          "receiver": c.num(330000 + 100 * k + j), "sender_imei": imei,
                          "content": f"【兼职】宝妈学生在家可做，手机点赞关注日结{100 + j}元，加Q {600000 + 7 * j} 备注A{j}"})
        out.append((me, imei))
    return out



def victim_collector(c: Case, contacted: int = 2, payers: int = 2, age_days: int = 20) -> tuple[str, list[str]]:
    """An account of ``age_days`` paid 30,000 CNY each by ``payers`` people, the first ``contacted`` of them 25
    minutes after a 10-minute answered call from a number dialling 30 strangers in the window; it pays nothing
    out. Returns the account and its payers' numbers."""
    acct, people = c.acct(800), []
    c.account(acct, age_days)
    for i in range(payers):
        me = c.num(710000 + i)
        c.sub(me)
        people.append(me)
        t = DAY + timedelta(hours=2 + i)
        if i < contacted:
            c.call(t, c.caller(n=30, answered=0.4, age_days=20), me, 600)
        mine = c.account(c.acct(810 + i), 2000, msisdn=me)
        c.transfer(t + timedelta(minutes=25), mine, acct, 30000, who=me)
    return acct, people


def short_video_then_large_payment(c: Case, payee_age_days: int) -> tuple[str, str]:
    """A face-swap impersonator's 59-second video call is answered; 20 minutes later the person pays 120,000 CNY in
    one payment to an account of ``payee_age_days`` that keeps it. Returns the person and the account."""
    me = c.num(700000)
    c.sub(me)
    t = DAY + timedelta(hours=5)
    fr = c.caller(n=6, answered=0.6, video=1.0, age_days=20, dur=25)
    c.call(t, fr, me, 59, media="video")
    mine, boss = c.acct(500), c.acct(501)
    c.account(mine, 2000, msisdn=me)
    c.account(boss, payee_age_days)
    c.transfer(t + timedelta(minutes=20), mine, boss, 120000, who=me)
    return me, boss


def mule_payer_app(c: Case, users: int = 5, payers: int = 3, store: str | None = None, other_app: bool = False,
                   keeps: bool = False, payee_age_days: int = 40, pay_after_h: float = 2) -> tuple[str, str]:
    """An app ``users`` people install in the window from dl.<domain> (or from ``store``, an app store's URL), the first
    ``payers`` of whom (numbers ``c.num(720000 + i)``) then pay 8,000 CNY each, ``pay_after_h`` hours later, to a
    ``payee_age_days``-old account that passes 98 % on 12 minutes later (a mule seed), or, ``keeps``, keeps it. ``other_app``: the domain also serves a second app to one more
    person. Returns (app, domain)."""
    app, dom = f"com.t{c.ns}.trade", f"tr{c.ns}-zq.vip"
    mule, nxt = c.acct(900), c.acct(901)
    c.account(mule, payee_age_days)
    c.account(nxt, 30)
    src = store or f"https://dl.{dom}/t.apk"
    for i in range(users):
        me = c.num(720000 + i)
        c.sub(me)
        t = DAY + timedelta(hours=1, minutes=3 * i)
        c.add("apps", {"time": ts(t), "msisdn": me, "app": app, "event": "install", "source_url": src})
        if i < payers:
            mine = c.account(c.acct(910 + i), 2000, msisdn=me)
            c.transfer(t + timedelta(hours=pay_after_h), mine, mule, 8000, who=me)
            if not keeps:
                c.transfer(t + timedelta(hours=pay_after_h, minutes=12), mule, nxt, 7840)
    if other_app:
        c.add("apps", {"time": ts(DAY + timedelta(hours=5)), "msisdn": c.num(729000), "app": f"com.t{c.ns}.news",
                       "event": "install", "source_url": f"https://dl.{dom}/n.apk"})
    return app, dom


def hooked_collection(c: Case, hooked: int, others: int, other_amount: float = 80, after_min: int = 60
                      ) -> tuple[str, list[str]]:
    """``hooked`` people open a blocked fraud site and ``after_min`` minutes later each pay one 20-day-old account
    500 CNY, and ``others`` people who got no text pay the same account ``other_amount`` each. Returns the account
    and the hooked people's numbers."""
    acct = c.account(c.acct(7), 20)
    people = []
    for i, (p, t) in enumerate(opened_fraud_link(c, hooked)):
        src = c.account(c.acct(100 + i), 900, msisdn=p)
        c.transfer(t + timedelta(minutes=after_min), src, acct, 500, who=p)
        people.append(p)
    for j in range(others):
        p = c.num(600000 + j)
        c.sub(p)
        src = c.account(c.acct(200 + j), 900, msisdn=p)
        c.transfer(DAY + timedelta(hours=3, minutes=j), src, acct, other_amount, who=p)
    return acct, people


def app_collector_deposits(c: Case, payers: int = 3, payee_age_days: int = 60) -> tuple[str, str]:
    """Five people side-load a trading app from dl.<domain> in the look-back; over the next two days the first
    ``payers`` of them each pay 6,000 CNY into account A, and the first two pay account B too (8,000 in the look-back
    and, by the first, 20,000 in the window). Both accounts are ``payee_age_days`` old and keep the money. Returns
    (app, the first user's number)."""
    app, dom = f"com.g{c.ns}.gold", f"g{c.ns}-gold.vip"
    a, b = c.account(c.acct(900), payee_age_days), c.account(c.acct(901), payee_age_days)
    users = []
    for i in range(5):
        me = c.num(730000 + i)
        c.sub(me)
        users.append((me, c.account(c.acct(910 + i), 2000, msisdn=me)))
        c.add("apps", {"time": ts(HIST + timedelta(minutes=10 * i)), "msisdn": me, "app": app, "event": "install",
                       "source_url": f"https://dl.{dom}/g.apk"})
    for i, (me, mine) in enumerate(users[:payers]):
        c.transfer(HIST + timedelta(days=1, hours=i), mine, a, 6000, who=me)
    c.transfer(HIST + timedelta(days=2), users[1][1], b, 8000, who=users[1][0])
    c.transfer(DAY + timedelta(hours=2), users[0][1], b, 20000, who=users[0][0])
    return app, users[0][0]


def lockstep_devices(c: Case, n: int = 6, dialling: bool = True, strangers: int = 8, on_apart: bool = False,
                     moved: bool = False) -> list[tuple[str, str]]:
    """``n`` devices with one card each that switch off at 23:00 and on at 08:30 of the window's day, 15 seconds
    apart (``on_apart``: switched on at their own times, 17 minutes apart; ``moved``: off in another cell than
    on), each card calling eight strangers (each calling back unless ``dialling``) and one sibling card. Returns
    (imei, msisdn) per device."""
    on, off = DAY - timedelta(minutes=30), DAY + timedelta(hours=14)
    cell_on, cell_off = f"cell_{c.ns}_flat", f"cell_{c.ns}_new_flat" if moved else f"cell_{c.ns}_flat"
    out = []
    for i in range(n):
        me, imei = c.num(700000 + i), f"35{c.ns:03d}0000{i:06d}"
        c.sub(me, age_days=900)
        c.device(on + timedelta(minutes=17 * i if on_apart else 0, seconds=15 * i), me, imei, cell_on, "power_on")
        c.device(off + timedelta(seconds=15 * i), me, imei, cell_off, "power_off")
        out.append((imei, me))
    for i, (imei, me) in enumerate(out):
        c.call(DAY + timedelta(minutes=5 * i), me, out[(i + 1) % n][1], 90, caller_imei=imei)
        for k in range(strangers):
            callee = c.num(800000 + 100 * i + k)
            c.call(DAY + timedelta(hours=1, minutes=10 * k + i), me, callee, 30 if k % 2 else 0, caller_imei=imei)
            if not dialling:
                c.call(DAY + timedelta(hours=6, minutes=10 * k + i), callee, me, 60)
    return out


def card_test_phone(c: Case, ids: int = 3, per_id: int = 3, age_hours: float = 20, stint_min: int = 4,
                    first: int = 0, away: bool | None = None, id_key: str | None = None) -> tuple[str, list[str], list[str]]:
    """``ids`` people (numbered from ``first``; or all ``id_key``) each opening ``per_id`` cards at a village agent
    ``age_hours`` before the window's day, every card switched on in one handset for ``stint_min`` minutes on the day
    (a card buyer testing them), never used before. ``away``: the agent's cell is on the cards' records (their
    opening cell), and the handset is elsewhere (True) or at the agent's (False). Returns (the handset's IMEI, the
    cards, the IDs)."""
    imei = f"86{c.ns:03d}0099000001"
    cards, id_keys = [], []
    t = DAY + timedelta(minutes=90 * first)
    for i in range(first, first + ids):
        holder = id_key or f"id_{c.ns:03d}_seller{i}"
        id_keys.append(holder)
        for k in range(per_id):
            me = c.num(600000 + 10 * i + k)
            c.sub(me, id_key=holder, open_time=DAY - timedelta(hours=age_hours) + timedelta(minutes=5 * k),
                  channel=f"agent_{c.ns}", open_cell=None if away is None else f"cell_{c.ns}_agent")
            cell = f"cell_{c.ns}_buyer" if away else f"cell_{c.ns}_agent"
            c.device(t, me, imei, cell, "power_on")
            c.device(t + timedelta(minutes=stint_min), me, imei, cell, "power_off")
            t += timedelta(minutes=stint_min + 2)
            cards.append(me)
    return imei, cards, id_keys


def roving_test_phone(c: Case, days: int = 5, channels: int = 5, last_day_cards: int = 1) -> tuple[str, list[str]]:
    """A card buyer touring villages: on each of ``days`` days up to DAY one seller (a new ID each day) opens a card
    at an agent (``channels`` different agents in turn), and the buyer switches it on in his handset for five minutes
    two hours later and makes one test call from it; on DAY the seller opens ``last_day_cards`` cards. Returns (the
    handset's IMEI, DAY's cards)."""
    imei = f"86{c.ns:03d}0098000001"
    tester = c.num(690000)
    today = []
    for k in range(days):
        day = DAY - timedelta(days=days - 1 - k)
        holder = f"id_{c.ns:03d}_village{k}"
        for j in range(last_day_cards if k == days - 1 else 1):
            me = c.num(680000 + 10 * k + j)
            c.sub(me, id_key=holder, open_time=day + timedelta(hours=9, minutes=5 * j), channel=f"agent_{c.ns}_{k % channels}")
            t = day + timedelta(hours=11, minutes=10 * j)
            c.device(t, me, imei, f"cell_{c.ns}_v{k}", "power_on")
            c.call(t + timedelta(minutes=1), me, tester, 12, caller_imei=imei, caller_cell=f"cell_{c.ns}_v{k}")
            c.device(t + timedelta(minutes=5), me, imei, f"cell_{c.ns}_v{k}", "power_off")
            if k == days - 1:
                today.append(me)
    return imei, today


def burner_video_call(c: Case, payee_age_days: int | None, card_age_days: int = 0, voice_after: bool = False,
                      known: bool = False) -> tuple[str, str]:
    """A card opened ``card_age_days`` ago (its ID's only card) places one 80-second video call, answered (with
    ``voice_after`` a three-minute voice call five minutes later; with ``known`` the card called the person in the
    look-back); 25 minutes later the person pays 150,000 CNY to an account of ``payee_age_days`` (no payment when
    None). Returns the card and its ID."""
    burner, person = c.num(900001), c.num(700001)
    id_key = f"id_{c.ns:03d}_burner"
    c.sub(burner, id_key=id_key, age_days=card_age_days)
    c.sub(person)
    t = DAY + timedelta(hours=3)
    if known:
        c.call(HIST, burner, person, 120)
    c.call(t, burner, person, 80, media="video")
    if voice_after:
        c.call(t + timedelta(minutes=5), burner, person, 180)
    if payee_age_days is not None:
        mine, payee = c.acct(500), c.acct(501)
        c.account(mine, 2000, msisdn=person)
        c.account(payee, payee_age_days)
        c.transfer(t + timedelta(minutes=25), mine, payee, 150000, who=person)
    return burner, id_key


def spoofing_gateway(c: Case, numbers: int, callees_each: int, masked: int = 0) -> str:
    """``numbers`` numbers no subscriber record holds, each calling ``callees_each`` people over VoIP through one
    gateway (with ``masked``, each calls one of that many masked numbers instead). Returns the first number."""
    gw, first = f"SIPGW-{c.ns}", ""
    for i in range(numbers):
        me = f"8621{c.ns:03d}{i:05d}"
        first = first or me
        for j in range(callees_each):
            callee = c.num(700000 + i % masked) if masked else c.num(200000 + i * callees_each + j)
            c.call(DAY + timedelta(minutes=3 * i + j), me, callee, 20 if j % 3 == 0 else 0,
                   call_type="voip", gateway=gw)
    return first


def rotating_seats(c: Case, callbacks: int) -> list[str]:
    """30 VoIP lines of one licence opened 25-30 days ago, each dialling five people today (40 % answered), the
    first ``callbacks`` lines rung back once (seats rotating over a shell company's lines). Returns the lines."""
    idk, gw = f"lic_{c.ns:03d}", f"gw{c.ns}"
    lines = []
    for k in range(30):
        me = f"86854{c.ns:03d}{k:04d}"
        lines.append(me)
        c.sub(me, id_key=idk, line="voip", customer="enterprise", open_time=DAY - timedelta(days=30, hours=-4 * k))
        for j in range(5):
            callee = c.num(200000 + 5 * k + j)
            c.call(DAY + timedelta(minutes=11 * k + j), me, callee, 60 if j < 2 else 0, call_type="voip", gateway=gw)
            if k < callbacks and j == 0:
                c.call(DAY + timedelta(hours=3, minutes=k), callee, me, 30)
    return lines


def hotline_texts(c: Case, senders: int = 2, own: bool = False) -> tuple[str, list[str]]:
    """``senders`` 20-day-old cards each texting the same 30 people a fake flight-cancellation notice with a fresh
    sub-domain per text (acted on) and "call <number> for the refund": the hotline, a card of its own (with ``own``,
    each card gives its own number instead). Returns (the hotline or the first card, the 30 people)."""
    hot = c.num(600000)
    c.sub(hot, age_days=30)
    first = ""
    for k in range(senders):
        me = c.num(500000 + k)
        first = first or me
        c.sub(me, age_days=20)
        number = me[2:] if own else hot[2:]
        c.sms(me, 30, lambda i, k=k, number=number: f"【航班通知】您的航班已取消，改签及补偿请致电{number}，"
                                                     f"或访问 http://x{i}k{k}q{c.ns}.air{c.ns}.top/r{i}",
              t0=DAY + timedelta(minutes=40 * k))
    return (first if own else hot), [c.num(300000 + i) for i in range(30)]


def stock_rig(c: Case, cards: int = 10, used: int = 0, line: str = "mobile") -> tuple[str, list[str]]:
    """A module switching ``cards`` cards (``line`` lines of as many people, opened 30 days ago) on at night, 15
    minutes each; the first ``used`` of them are then put in handsets and call someone that day (a phone shop's or
    repair shop's customers). Returns (the device, the cards)."""
    imei, cell = f"86{c.ns:03d}0000077777", f"cell_rig_{c.ns}"
    out = []
    for k in range(cards):
        me = c.num(510000 + k)
        out.append(me)
        c.sub(me, age_days=30, line=line)
        t = DAY - timedelta(hours=7) + timedelta(minutes=16 * k)
        c.device(t, me, imei, cell, "power_on")
        c.device(t + timedelta(seconds=5), me, imei, cell, "attach")
        c.device(t + timedelta(minutes=15), me, imei, cell, "detach")
        if k < used:
            c.call(DAY + timedelta(hours=3, minutes=k), me, c.num(520000 + k), 90, caller_imei=f"86{c.ns:03d}1{k:09d}")
    return imei, out


def den_handset(c: Case, cards: int = 3, bound: int = 3, frozen: bool = True) -> tuple[str, list[str]]:
    """A handset holding ``cards`` bought cards (switched on each morning), the first ``bound`` of them each bound to
    one second-layer account of a laundering chain (each account of its own holder; with ``frozen``, the chain that
    finance.mule_chain freezes, else a family's long-held accounts nothing freezes). Returns (the handset, the
    cards)."""
    imei = f"86{c.ns:03d}0000055555"
    out = [c.num(530000 + k) for k in range(cards)]
    for k, me in enumerate(out):
        c.sub(me, age_days=40)
        c.device(DAY - timedelta(hours=1) + timedelta(minutes=k), me, imei, f"cell_den_{c.ns}", "attach")
    if frozen:
        mule_chain(c, parts=max(bound, 1), bound_each=out[:bound])
    else:
        for k in range(bound):
            c.account(c.acct(40 + k), 3000, msisdn=out[k])
    return imei, out


__all__ = [n for n in dir() if not n.startswith("_")]
