"""Benign look-alikes, part two: the kinds with a shape of their own (cards on one ID, SIM testers, IoT, people
abroad, fresh domains, a sideloaded OA app, a real charity drive, weddings, romances that are real ...)."""

from __future__ import annotations

import numpy as np
from fraudops import block
from life import emit_calls, pick
from lifedata import data_rows
from lookgen import choose_person, person_index
from people import People, add_person, extra_card, new_account
from world import DAY, FOREIGN, IOT, MOBILE, REGIONS, RIDX, SERVICE, T0, World, t_of

KINDS_SPECIAL = ("wedding_invitation_h5", "charity_drive", "rotating_savings_club", "dating_app_user",
                 "long_video_caller", "relative_abroad", "family_of_overseas_worker", "roaming_tourist_out",
                 "foreign_student", "new_student_card", "tourist_data_card", "family_card_pool",
                 "phone_repair_sim_tester", "iot_tracker", "kids_watch", "sideloaded_oa_app", "fresh_h5_shop_domain",
                 "overseas_tuition_payer")


def role(kind: str) -> str:
    return "lookalike:" + kind


def setup_special(w: World, ppl: People) -> dict:
    """Cards, persons and things that must exist before the world is frozen."""
    rng = w.rng
    idx = person_index(ppl)
    st: dict = {}
    pick_p = lambda personas, regions=(), k=1: [choose_person(w, ppl, idx, personas, regions) for _ in range(k)]  # noqa: E731
    st["wedding"] = pick_p(("office", "teacher", "service"), k=5)
    st["club"] = pick_p(("shop",), k=3)
    st["dating"] = pick_p(("office", "service"), k=6)
    st["video"] = pick_p(("migrant", "elderly", "uni"), k=8)
    st["abroad"] = pick_p(("uni", "office"), k=5)
    countries = ("JP", "AE", "US", "GB", "AU", "SG", "TH", "KR", "MY")
    for i, p in enumerate(st["abroad"]):
        cc = w.countries.add(countries[i % 6])
        for c in ppl.cards[p]:
            w.cards.set(c, abroad=cc, abroad_from=T0 - int(rng.uniform(30, 300)) * DAY, abroad_to=2**62)
    st["roam_out"] = pick_p(("office", "parent", "teacher"), k=8)
    for i, p in enumerate(st["roam_out"]):
        cc = w.countries.add(("TH", "JP", "SG", "MY", "KR")[i % 5])
        start = T0 + int(rng.uniform(0, 12) * DAY) + 10 * 3600
        for c in ppl.cards[p]:
            w.cards.set(c, abroad=cc, abroad_from=start, abroad_to=start + int(rng.uniform(4, 7.5) * DAY))
    st["overseas_family"] = pick_p(("parent", "elderly", "farmer"), k=6)
    st["overseas_numbers"] = np.concatenate([w.new_numbers(1, FOREIGN, ours=False, country=("AE", "MY", "SG")[i % 3])
                                             for i in range(6)])
    st["foreign_students"] = []
    for i in range(4):
        pi = add_person(w, ppl, "uni", ppl.n_households, RIDX[("CDWJ", "CDPD")[i % 2]], id_key=w.new_key("pp"))
        ppl.n_households += 1
        ppl.reserved[pi] = True
        extra_card(w, ppl, pi, T0 - int(rng.uniform(30, 300)) * DAY, id_type="passport", home_region="Sichuan-Chengdu")
        st["foreign_students"].append(pi)
    st["foreign_home"] = np.concatenate([w.new_numbers(2, FOREIGN, ours=False, country=("KR", "US", "GB", "TH")[i])
                                         for i in range(4)])
    st["new_student"] = []
    for p in pick_p(("grad",), k=12):
        c = extra_card(w, ppl, p, T0 + int(rng.uniform(8, 16) * DAY) + 11 * 3600, open_channel="store-CDPD-campus",
                       open_cell=w.cell_in("CDPD"), life=False, primary=False)
        st["new_student"].append((p, c))
    st["tourist_cards"] = []
    for i in range(15):
        dest = ("ABJZ", "LS", "CDCX")[i % 3]
        pi = add_person(w, ppl, "office", ppl.n_households, RIDX[dest], life=False)
        ppl.n_households += 1
        ppl.reserved[pi] = True
        airport = w.cell_in(("CDTA", "CDSL")[i % 2])
        opened = T0 + int(rng.uniform(0, 13) * DAY) + int(rng.uniform(8, 20) * 3600)
        c = extra_card(w, ppl, pi, opened, open_channel="store-airport", open_cell=airport, prepaid=True,
                       home_cell=w.cell_in(dest), trip_cell=airport, trip_from=opened, trip_to=opened + 3 * 3600)
        w.cards.set(c, status="closed", status_time=opened + int(rng.uniform(3, 6.5) * DAY))
        st["tourist_cards"].append(c)
    st["pools"] = []
    for p in pick_p(("parent", "shop"), k=3):
        cards = []
        for _ in range(int(rng.integers(5, 8))):
            c = extra_card(w, ppl, p, T0 - int(rng.uniform(60, 1500)) * DAY, imei=int(w.new_imeis(1)[0]), life=False,
                           primary=False)
            cards.append(c)
        st["pools"].append((p, cards))
    st["testers"] = [(choose_person(w, ppl, idx, ("shop",), ()), int(w.new_imeis(1, tac="35391110")[0]))
                     for _ in range(2)]
    st["iot"] = []
    for k in range(2):
        lic = w.new_key("bl")
        region = RIDX[("CDSL", "DY")[k]]
        for _ in range(40):
            c = w.add_card(lic, T0 - int(rng.uniform(100, 900)) * DAY, kind=IOT, id_type="business_license",
                           customer_type="enterprise", open_channel="ent-iot", home_cell=w.cell_in(region),
                           day_cell=w.cell_in(region), works=True, wstart=6, wend=22, weekend_work=True, mover=region,
                           imei_a=int(w.new_imeis(1, tac="86012305")[0]), prepaid=False, home_region="Sichuan")
            st["iot"].append((c, lic))
    st["watch"] = []
    for p in pick_p(("parent", "office"), k=8):
        c = extra_card(w, ppl, p, T0 - int(rng.uniform(60, 700)) * DAY, imei=int(w.new_imeis(1, tac="86743003")[0]),
                       life=False, primary=False, works=False)
        st["watch"].append((p, c))
    st["shops_h5"] = pick_p(("shop",), ("LZ", "PZH", "LS"), k=3)
    st["tuition_abroad"] = pick_p(("parent",), k=3)
    # the real charity's account and staff line
    lic = w.new_key("bl")
    st["charity_staff"] = w.add_card(lic, T0 - 900 * DAY, kind=MOBILE, id_type="business_license",
                                     customer_type="enterprise", home_cell=w.cell_in("CDCX"),
                                     day_cell=w.cell_in("CDCX"), imei_a=int(w.new_imeis(1)[0]), prepaid=False)
    w.charity_acct = new_account(w, lic, "ICBC", T0 - 3000 * DAY, -1)
    st["charity_sender"] = int(w.add_numbers(["1069003311"], SERVICE)[0])
    st["oa_staff"] = [p for p in idx.get(0, []) if ppl.region[p] == RIDX["CDGX"] and not ppl.reserved[p]][:40]
    return st


def run_special(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    num = w.person_num
    # weddings: a fresh H5 invitation site texted to everyone, visits, gift money
    for i, p in enumerate(st["wedding"]):
        dom = f"{_slug(rng)}-wedding{2028 + i}.cn"
        tx = w.texts.add(f"我们要结婚啦！7月{int(rng.integers(29, 31))}日恭候您光临，电子请柬 http://{dom}/i")
        k = int(rng.integers(80, 160))
        d = int(rng.integers(2, 12))
        recv = pick(w, f"reg:{REGIONS[ppl.region[p]].code}:0.6,ext_personal:0.4", k)
        t = T0 + d * DAY + rng.integers(9 * 3600, 21 * 3600, size=k)
        w.emit("sms", t=t, sender=np.full(k, num[p]), receiver=recv, content=np.full(k, tx))
        ours = (w.card_of(recv) >= 0) & (rng.random(k) < 0.4)
        w.emit("web", t=t[ours] + rng.integers(60, 7200, size=int(ours.sum())), msisdn=recv[ours],
               domain=np.full(int(ours.sum()), w.domains.add(dom)), url=np.full(int(ours.sum()), w.texts.add(
                   f"http://{dom}/i")), ip=np.full(int(ours.sum()), w.ips.add("121.40.77.3")),
               bytes=rng.integers(200_000, 2_000_000, size=int(ours.sum())))
        gift = ours & (rng.random(k) < 0.5)
        if ppl.accounts[p]:
            w.emit("transfers", t=t[gift] + rng.integers(3600, 3 * DAY, size=int(gift.sum())),
                   from_account=w.acct_of_num[recv[gift]], to_account=np.full(int(gift.sum()), ppl.accounts[p][0]),
                   amount=rng.choice([200.0, 500.0, 600.0, 800.0, 1000.0], size=int(gift.sum())),
                   channel=np.full(int(gift.sum()), 3), initiated_msisdn=recv[gift])
        w.add_truth("msisdn", w.num_str(num[p]), role("wedding_invitation_h5"), None, "a couple's invitations", t_of(d))
        w.add_truth("domain", dom, role("wedding_invitation_h5"), None, "a fresh H5 invitation site", t_of(d))
    _charity(w, st)
    _clubs(w, ppl, st)
    _romance_and_video(w, ppl, st)
    _abroad(w, ppl, st)
    _new_cards(w, ppl, st)
    _devices(w, ppl, st)
    _domains_apps(w, ppl, st)


def _slug(rng) -> str:
    return "".join(chr(97 + int(x)) for x in rng.integers(0, 26, size=int(rng.integers(3, 6))))


def _charity(w: World, st: dict) -> None:
    rng = w.rng
    dom = "sccf-juanzeng.org.cn"
    days = np.arange(7, 17)
    k = rng.integers(900, 1500, size=len(days))
    t = T0 + np.repeat(days, k) * DAY + rng.integers(9 * 3600, 20 * 3600, size=k.sum())
    recv = pick(w, "all", len(t))
    tx = w.texts.add(f"【四川省慈善联合总会】宣汉洪灾救助募捐已开通，官方捐款通道 https://{dom}/dz ，善款使用全程公示。")
    w.emit("sms", t=t, sender=np.full(len(t), st["charity_sender"]), receiver=recv, content=np.full(len(t), tx))
    cl = rng.random(len(t)) < 0.03
    w.emit("web", t=t[cl] + rng.integers(60, 3600, size=int(cl.sum())), msisdn=recv[cl],
           domain=np.full(int(cl.sum()), w.domains.add(dom)), url=np.full(int(cl.sum()), w.texts.add(f"https://{dom}/dz")),
           ip=np.full(int(cl.sum()), w.ips.add("118.123.240.9")), bytes=rng.integers(80_000, 600_000, size=int(cl.sum())))
    don = cl & (rng.random(len(t)) < 0.45)
    nd = int(don.sum())
    w.emit("transfers", t=t[don] + rng.integers(300, 7200, size=nd), from_account=w.acct_of_num[recv[don]],
           to_account=np.full(nd, w.charity_acct), amount=rng.choice([20.0, 50.0, 100.0, 200.0, 500.0], size=nd),
           channel=np.full(nd, 3), initiated_msisdn=recv[don])
    staff = w.cards.num[st["charity_staff"]]
    emit_calls(w, t[don][:120] + 2 * DAY, np.full(min(nd, 120), staff), recv[don][:120], 0.6, 90.0, callback=0.3)
    r = role("charity_drive")
    w.add_truth("domain", dom, r, None, "the real flood appeal", t_of(7))
    w.add_truth("account", w.accounts.items[w.charity_acct], r, None, "the real flood appeal", t_of(7))
    w.add_truth("msisdn", w.num_str(staff), r, None, "the charity's staff line", t_of(7))
    block(w, "domain", dom, t_of(7, 8), "official charity", list_="allow", days=365)


def _clubs(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    for p in st["club"]:
        if not ppl.accounts[p]:
            continue
        head = ppl.accounts[p][0]
        members = pick(w, f"reg:{REGIONS[ppl.region[p]].code}", int(rng.integers(15, 26)))
        d = int(rng.integers(2, 14))
        t = T0 + d * DAY + rng.integers(9 * 3600, 12 * 3600, size=len(members))
        amt = float(rng.choice([1000, 2000, 3000]))
        w.emit("transfers", t=t, from_account=w.acct_of_num[members], to_account=np.full(len(members), head),
               amount=np.full(len(members), amt), channel=np.full(len(members), 3), initiated_msisdn=members)
        w.emit("transfers", t=np.array([t.max() + 3600]), from_account=np.array([head]),
               to_account=np.array([w.acct_of_num[members[0]]]), amount=np.array([amt * (len(members) - 1)]),
               channel=np.array([0]), initiated_msisdn=np.array([w.person_num[p]]))
        emit_calls(w, t - 1800, np.full(len(members), w.person_num[p]), members, 0.8, 60.0)
        w.add_truth("msisdn", w.num_str(w.person_num[p]), role("rotating_savings_club"), None, "a 标会 head", t_of(d))
        w.add_truth("account", w.accounts.items[head], role("rotating_savings_club"), None, "a 标会 head", t_of(d))


def _romance_and_video(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    num = w.person_num
    for p in st["dating"]:
        me = num[p]
        partners = pick(w, "ext_personal:0.6,young:0.4", int(rng.integers(1, 3)))
        start = int(rng.integers(0, 8))
        for q in partners.tolist():
            days = np.arange(start, 17)
            k = rng.integers(0, 3, size=len(days))
            dd = np.repeat(days, k)
            t = T0 + dd * DAY + rng.integers(20 * 3600, 24 * 3600 - 60, size=len(dd))
            frm = rng.random(len(dd)) < 0.5
            w.emit("voice", t=t, caller=np.where(frm, me, q), callee=np.where(frm, q, me),
                   duration_s=rng.integers(600, 5400, size=len(dd)), ring_s=rng.integers(2, 9, size=len(dd)),
                   result=np.zeros(len(dd), dtype=np.int64), media=(rng.random(len(dd)) < 0.3).astype(np.int64))
            ks = rng.integers(5, 25, size=len(days))
            ds = np.repeat(days, ks)
            ts = T0 + ds * DAY + rng.integers(8 * 3600, 24 * 3600 - 60, size=len(ds))
            frm = rng.random(len(ds)) < 0.5
            chat = w.texts.add_many(("晚安", "在干嘛呢", "今天好累", "想你", "周末去吃串串吧", "哈哈哈", "到家了吗"))
            w.emit("sms", t=ts, sender=np.where(frm, me, q), receiver=np.where(frm, q, me),
                   content=chat[rng.integers(len(chat), size=len(ds))])
        w.add_truth("msisdn", w.num_str(me), role("dating_app_user"), None, "a real long-distance romance", t_of(start))
    for p in st["video"]:
        me = num[p]
        t_ = w.ties
        lo, hi = t_["off"][p], t_["off"][p + 1]
        fam = [int(t_["dst"][i]) for i in range(lo, hi) if t_["kind"][i] in (0, 1)]
        other = fam[0] if fam else int(pick(w, "all", 1)[0])
        t = T0 + np.arange(17) * DAY + rng.integers(19 * 3600, 22 * 3600, size=17)
        w.emit("voice", t=t, caller=np.full(17, me), callee=np.full(17, other), duration_s=rng.integers(3600, 10800, size=17),
               ring_s=np.full(17, 5), result=np.zeros(17, dtype=np.int64), media=np.ones(17, dtype=np.int64))
        w.add_truth("msisdn", w.num_str(me), role("long_video_caller"), None, "hours of family video calls", T0)


def _abroad(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    num = w.person_num
    for p in st["abroad"]:
        home = pick(w, "older", 2)
        t = T0 + np.repeat(np.arange(17), 2) * DAY + rng.integers(12 * 3600, 23 * 3600, size=34)
        emit_calls(w, t, np.full(34, num[p]), np.tile(home, 17), 0.85, 600.0, callback=0.3)
        data_rows(w, np.full(34, num[p]), t + 3600)
        w.add_truth("msisdn", w.num_str(num[p]), role("relative_abroad"), None, "studying or working abroad", T0)
    for i, p in enumerate(st["overseas_family"]):
        f = int(st["overseas_numbers"][i])
        t = T0 + np.arange(17) * DAY + rng.integers(19 * 3600, 23 * 3600, size=17)
        emit_calls(w, t, np.full(17, f), np.full(17, num[p]), 0.85, 900.0, callback=0.5)
        w.add_truth("msisdn", w.num_str(num[p]), role("family_of_overseas_worker"), None, "calls from a son in Dubai", T0)
    for p in st["roam_out"]:
        c = ppl.cards[p][0]
        start = int(w.cards.abroad_from[c])
        t = start + np.sort(rng.integers(3600, 4 * DAY, size=8))
        emit_calls(w, t, np.full(8, num[p]), pick(w, "all", 8), 0.8, 120.0)
        data_rows(w, np.full(8, num[p]), t + 600, median=8e7)
        w.add_truth("msisdn", w.num_str(num[p]), role("roaming_tourist_out"), None, "a holiday abroad", start)
    for i, p in enumerate(st["foreign_students"]):
        home = st["foreign_home"][2 * i: 2 * i + 2]
        t = T0 + np.repeat(np.arange(17), 2) * DAY + rng.integers(8 * 3600, 23 * 3600, size=34)
        emit_calls(w, t, np.full(34, num[p]), np.tile(home, 17), 0.75, 500.0, callback=0.2)
        w.add_truth("msisdn", w.num_str(num[p]), role("foreign_student"), None, "an international student", T0)
        w.add_truth("id_key", ppl.id_key[p], role("foreign_student"), None, "a passport holder", T0)


def _new_cards(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    num = w.person_num
    c_num = w.cards.num
    for _, c in st["new_student"]:
        opened = int(w.cards.open_time[c])
        days = np.arange((opened - T0) // DAY, 17)
        k = rng.integers(1, 4, size=len(days))
        t = T0 + np.repeat(days, k) * DAY + rng.integers(9 * 3600, 23 * 3600, size=k.sum())
        emit_calls(w, t, np.full(len(t), c_num[c]), pick(w, "grad:0.5,ext_personal:0.5", len(t)), 0.8, 120.0)
        data_rows(w, np.full(len(t) * 2, c_num[c]), np.concatenate([t + 300, t + 1800]), median=6e7)
        w.add_truth("msisdn", w.num_str(c_num[c]), role("new_student_card"), None, "a freshman's campus card", opened)
    for c in st["tourist_cards"]:
        opened = int(w.cards.open_time[c])
        end = int(w.cards.status_time[c])
        n = int((end - opened) / DAY * 6)
        t = opened + np.sort(rng.integers(600, end - opened, size=n))
        data_rows(w, np.full(n, c_num[c]), t, median=1.5e8)
        region = int(w.cell_region[w.cards.home_cell[c]])
        k = int(rng.integers(4, 12))
        tc = opened + np.sort(rng.integers(600, end - opened, size=k))
        callee = np.concatenate([w.ext_biz_region[region][rng.integers(len(w.ext_biz_region[region]), size=k - 2)],
                                 pick(w, "ext_tourist", 2)])
        emit_calls(w, tc, np.full(k, c_num[c]), callee, 0.8, 90.0)
        w.add_truth("msisdn", w.num_str(c_num[c]), role("tourist_data_card"), None, "a visitor's local data card", opened)
    for p, cards in st["pools"]:
        nums = c_num[cards]
        for c in cards:
            t = T0 + np.sort(rng.integers(0, 17 * DAY, size=int(rng.integers(10, 40))))
            t = t[(w.cell_at(np.full(len(t), c), t) >= 0)]
            emit_calls(w, t, np.full(len(t), c_num[c]), np.where(rng.random(len(t)) < 0.6, num[p],
                                                                   nums[rng.integers(len(nums), size=len(t))]), 0.85, 80.0)
            data_rows(w, np.full(len(t), c_num[c]), t + 900, median=5e6)
            w.add_truth("msisdn", w.num_str(c_num[c]), role("family_card_pool"), None, "a family's cards on one ID", T0)
        w.add_truth("id_key", ppl.id_key[p], role("family_card_pool"), None, "a family's cards on one ID", T0)
    for p, c in st["watch"]:
        fam = np.array([num[p]] + [num[q] for q in range(max(0, p - 2), p + 3)
                                   if q != p and q < ppl.n and ppl.household[q] == ppl.household[p] and num[q] >= 0])
        k = 17 * 4
        t = T0 + np.repeat(np.arange(17), 4) * DAY + rng.integers(7 * 3600, 20 * 3600, size=k)
        emit_calls(w, t, np.full(k, c_num[c]), fam[rng.integers(len(fam), size=k)], 0.9, 45.0)
        data_rows(w, np.full(k, c_num[c]), t + 1200, median=3e5)
        w.add_truth("msisdn", w.num_str(c_num[c]), role("kids_watch"), None, "a child's smart watch", T0)


def _devices(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    for p, imei in st["testers"]:
        shop = int(ppl.home_cell[p])
        custs = pick(w, f"reg:{REGIONS[ppl.region[p]].code}", int(rng.integers(30, 60)))
        t = T0 + rng.integers(0, 17, size=len(custs)) * DAY + rng.integers(10 * 3600, 20 * 3600, size=len(custs))
        for off, ev in ((0, 2), (30, 0), (200, 3)):
            w.emit("device", t=t + off, msisdn=custs, imei=np.full(len(custs), imei), cell=np.full(len(custs), shop),
                   event=np.full(len(custs), ev))
        w.emit("device", t=t + 400, msisdn=custs, event=np.zeros(len(custs), dtype=np.int64))
        w.add_truth("imei", w.imeis.items[imei], role("phone_repair_sim_tester"), None, "a repair shop's test phone", T0)
        w.add_truth("msisdn", w.num_str(w.person_num[p]), role("phone_repair_sim_tester"), None, "the repair shop", T0)
    lic_done = set()
    for c, lic in st["iot"]:
        k = 17 * 8
        t = T0 + np.repeat(np.arange(17), 8) * DAY + rng.integers(0, 3 * 3600, size=k) + np.tile(np.arange(8) * 3 * 3600, 17)
        data_rows(w, np.full(k, w.cards.num[c]), t, median=4e4, sigma=0.5)
        w.add_truth("msisdn", w.num_str(w.cards.num[c]), role("iot_tracker"), None, "logistics trackers", T0)
        if lic not in lic_done:
            lic_done.add(lic)
            w.add_truth("id_key", lic, role("iot_tracker"), None, "a logistics firm's IoT cards", T0)


def _domains_apps(w: World, ppl: People, st: dict) -> None:
    rng = w.rng
    num = w.person_num
    for p, dom in zip(st["shops_h5"], ("lz-jiupu2028.cn", "pzh-mango-shop.cn", "emei-tea.shop"), strict=True):
        k = int(rng.integers(60, 150))
        recv = pick(w, f"reg:{REGIONS[ppl.region[p]].code}:0.7,ext_any:0.3", k)
        t = T0 + rng.integers(1, 16, size=k) * DAY + rng.integers(9 * 3600, 21 * 3600, size=k)
        tx = w.texts.add(f"新店开业，扫码或点 http://{dom} 下单，满99包邮到家！")
        w.emit("sms", t=t, sender=np.full(k, num[p]), receiver=recv, content=np.full(k, tx))
        cl = (w.card_of(recv) >= 0) & (rng.random(k) < 0.3)
        w.emit("web", t=t[cl] + 900, msisdn=recv[cl], domain=np.full(int(cl.sum()), w.domains.add(dom)),
               url=np.full(int(cl.sum()), w.texts.add(f"http://{dom}/")), ip=np.full(int(cl.sum()), w.ips.add("39.98.1.7")),
               bytes=rng.integers(50_000, 500_000, size=int(cl.sum())))
        w.add_truth("domain", dom, role("fresh_h5_shop_domain"), None, "a new shop's site", T0)
        w.add_truth("msisdn", w.num_str(num[p]), role("fresh_h5_shop_domain"), None, "a new shop's owner", T0)
    for p in st["tuition_abroad"]:
        if not ppl.accounts[p]:
            continue
        t = T0 + int(rng.uniform(1, 16) * DAY) + 10 * 3600
        w.emit("transfers", t=np.array([t]), from_account=np.array([ppl.accounts[p][0]]),
               to_account=np.array([w.accounts.add(f"INTL-{w.new_key('uni')}")]),
               amount=np.array([float(rng.integers(15, 31) * 10000)]), channel=np.array([1]))
        w.add_truth("account", w.accounts.items[ppl.accounts[p][0]], role("overseas_tuition_payer"), None,
                    "a parent paying a child's tuition abroad", t)
        w.add_truth("msisdn", w.num_str(num[p]), role("overseas_tuition_payer"), None,
                    "a parent paying a child's tuition abroad", t)
    app, dom = "com.tfjg.oa", "oa.tfjg-group.cn"
    staff = [p for p in st["oa_staff"] if num[p] >= 0]
    a, d, src = w.apps.add(app), w.domains.add(dom), w.texts.add(f"https://{dom}/download/oa.apk")
    for p in staff:
        t0 = T0 + int(rng.uniform(0, 5) * DAY) + 10 * 3600
        w.emit("apps", t=np.array([t0]), msisdn=np.array([num[p]]), app=np.array([a]), event=np.array([0]),
               source_url=np.array([src]))
        days = np.arange((t0 - T0) // DAY + 1, 17)
        days = days[(days + 2) % 7 < 5]
        t = T0 + days * DAY + rng.integers(9 * 3600, 18 * 3600, size=len(days))
        w.emit("apps", t=t, msisdn=np.full(len(t), num[p]), app=np.full(len(t), a), event=np.ones(len(t), dtype=np.int64))
        w.emit("web", t=t + 60, msisdn=np.full(len(t), num[p]), domain=np.full(len(t), d),
               url=np.full(len(t), w.texts.add(f"https://{dom}/api")), ip=np.full(len(t), w.ips.add("125.71.203.5")),
               bytes=rng.integers(20_000, 400_000, size=len(t)), app=np.full(len(t), a))
    w.add_truth("app", app, role("sideloaded_oa_app"), None, "a company's sideloaded OA app", T0)
    w.add_truth("domain", dom, role("sideloaded_oa_app"), None, "a company's sideloaded OA app", T0)
