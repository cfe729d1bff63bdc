"""Fraud schemes: each plans its entities (truth) and events over the whole window.

Order matters only through shared resources: gangs and card sellers first, then
web resources, callers, SIM boxes, VoIP lines and SMS senders, then the victims
(who need contacts from those) and the mule chains, internet accounts, reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fraudwall.sim.catalog import Catalog
from fraudwall.sim.population import World
from fraudwall.sim.records import EventLog
from fraudwall.sim.rng import stream

if TYPE_CHECKING:
    from fraudwall.sim.schemes.common import FraudState


def plan_fraud(world: World, catalog: Catalog) -> EventLog:
    """Plan every enabled scheme; returns all fraud (and victim) events of the window."""
    from fraudwall.sim.reports import plan_reports
    from fraudwall.sim.schemes.callers import plan_callers, plan_video_callers
    from fraudwall.sim.schemes.common import FraudState, card_sellers, make_gangs
    from fraudwall.sim.schemes.fixed_voip import plan_fixed_voip
    from fraudwall.sim.schemes.internet import plan_internet_accounts
    from fraudwall.sim.schemes.simbox import plan_simboxes
    from fraudwall.sim.schemes.sms_campaign import plan_sms
    from fraudwall.sim.schemes.victims import plan_victims
    from fraudwall.sim.schemes.web import plan_web

    seed = world.seed
    world.target_pool = world.personal_mobile()
    state = FraudState(make_gangs(world, stream(seed, "scheme", "gangs")), EventLog())
    card_sellers(world, state, stream(seed, "scheme", "card_sellers"))
    plan_web(world, state, stream(seed, "scheme", "fraud_web"))
    plan_callers(world, state, stream(seed, "scheme", "call_centre"))
    plan_video_callers(world, state, stream(seed, "scheme", "video_call"))
    plan_simboxes(world, state, stream(seed, "scheme", "simbox"))
    plan_fixed_voip(world, state, stream(seed, "scheme", "fixed_voip"))
    plan_sms(world, state, stream(seed, "scheme", "sms_campaign"))
    plan_victims(world, state, stream(seed, "scheme", "victims"))
    plan_internet_accounts(world, state, stream(seed, "scheme", "internet_accounts"))
    _high_risk_list(world)
    observable_truth(world, state)
    plan_reports(world, state, stream(seed, "reports"))
    gang_phones(world, state)
    account_renters(world, state)
    return state.log


def account_renters(world: World, state: FraudState) -> None:
    """Truth rows for the ID keys of the people who rented their bank account to a gang (role ``card_seller``,
    scheme ``account_renter``: 出租出借银行卡, one of the 两卡 the 断卡 campaign punishes): the holders, other than
    gang members, of the mule accounts that moved victims' money. Added after the reports are drawn, so the records
    are the same as without this row set."""
    import numpy as np

    truth = world.truth.table("truth/entities").to_pydict()
    used = {e: fa for et, e, r, fa in zip(truth["entity_type"], truth["entity"], truth["role"], truth["first_active"],
                                          strict=True) if et == "account" and r == "mule_account"}
    members = {int(m) for g in state.gangs for m in g.members.tolist()}
    first: dict[str, int] = {}
    ids = world.accounts["account_id"][: world.accounts.n]
    for i in np.flatnonzero(np.isin(ids, list(used))).tolist():
        holder = int(world.accounts["holder"][i])
        if holder in members:
            continue
        key = str(world.holders["id_key"][holder])
        fa = used[str(ids[i])]
        t = int(fa.timestamp()) if fa is not None else world.t0
        first[key] = min(t, first.get(key, t))
    if first:
        keys = sorted(first)
        world.add_truth("id_key", np.array(keys), "card_seller", "account_renter",
                        np.array([first[k] for k in keys], dtype=np.int64))


def gang_phones(world: World, state: FraudState) -> None:
    """Truth rows for the gangs' shared handsets (role ``gang_phone``): every phone a fraud card called or
    texted from, or attached with. They are fraud devices as much as a SIM box port is. Added after the
    reports are drawn, so the records are the same as without this row set."""
    import numpy as np
    import pyarrow as pa

    used: dict[str, int] = {}
    for rtype, col, tcol in (("voice", "caller_imei", "start_time"), ("sms", "sender_imei", "send_time"),
                             ("device", "imei", "time")):
        t = state.log.table(rtype)
        if t.num_rows == 0:
            continue
        t = pa.table({"imei": t.column(col), "t": t.column(tcol).cast(pa.int64())}).drop_null()
        g = t.group_by("imei").aggregate([("t", "min")]).to_pydict()
        for imei, us in zip(g["imei"], g["t_min"], strict=True):
            used[imei] = min(us // 1_000_000, used.get(imei, us // 1_000_000))
    for gang in state.gangs:
        phones = sorted({str(p) for p in gang.phones.tolist()} & used.keys())
        if phones:
            world.add_truth("imei", np.array(phones), "gang_phone", "gang",
                            np.array([used[p] for p in phones], dtype=np.int64), gang.gang_id)


def observable_truth(world: World, state: FraudState) -> None:
    """Drop fraud truth rows no record can show: an entity that appears nowhere cannot be found by anyone.

    - ``app``: only apps someone installed or used (``apps/``); an app a gang prepared but nobody installed
      is only a name in a download link.
    - ``domain`` / ``ip``: only those visited (``web/``, as the host or its parent domain) or linked from an SMS.
    - ``id_key``: only IDs that hold a card (``subscribers/``) or an account (``bank_accounts/``); a gang member
      with neither is a person in the gang's story, not an identity in any operator or bank file.
    Other entity types (numbers, IMEIs, accounts, internet accounts) are created by their records.
    """
    import re

    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    truth = world.truth.table("truth/entities")
    if truth.num_rows == 0:
        return
    apps = set(state.log.table("apps").column("app").to_pylist())
    web = state.log.table("web")
    hosts = set(web.column("domain").drop_null().to_pylist()) | set(web.column("ip").drop_null().to_pylist())
    link = re.compile(r"https?://([^/:\s?#]+)")
    for text in set(state.log.table("sms").column("content").drop_null().to_pylist()):
        hosts.update(link.findall(text))
    parents = set()
    for h in hosts:  # every parent domain of a host: a.b.example.top -> b.example.top, example.top, top
        parts = h.split(".")
        parents.update(".".join(parts[i:]) for i in range(len(parts)))
    ids = world.holders["id_key"]
    holding = set(ids[np.unique(world.cards["holder"])].tolist()) | set(ids[np.unique(world.accounts["holder"])].tolist())
    et, ent = truth.column("entity_type").to_pylist(), truth.column("entity").to_pylist()
    role = truth.column("role").to_pylist()
    keep = []
    for t, e, r in zip(et, ent, role, strict=True):
        if r == "benign" or r == "victim":
            keep.append(True)
        elif t == "app":
            keep.append(e in apps)
        elif t in ("domain", "ip"):
            keep.append(e in parents)
        elif t == "id_key":
            keep.append(e in holding)
        else:
            keep.append(True)
    if all(keep):
        return
    kept = truth.filter(pa.array(keep))
    world.truth.parts["truth/entities"] = [{c: pc.cast(kept.column(c).combine_chunks(), kept.schema.field(c).type)
                                            for c in kept.column_names}]


def _high_risk_list(world: World) -> None:
    import numpy as np

    from fraudwall.sim.ids import COUNTRY_CODES

    regions = world.cfg.schemes.call_centre.high_risk_regions
    codes = np.array([str(COUNTRY_CODES[r]) for r in regions if r in COUNTRY_CODES])
    world.add_list("msisdn", codes, "high_risk_region", "calling-code prefix of a high-risk region",
                   world.t0 - 365 * 86400)
