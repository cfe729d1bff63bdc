"""Record makers shared by every part: call outcomes, and rows of voice, sms, device, web, apps and transfers.

Rows hold numbers as int64 (-1 for none), cells as indices (-1 for none) and texts as vocabulary codes;
the writer turns them into interchange columns.
"""

from __future__ import annotations

import numpy as np

from .world import World

RESULTS = ["answered", "no_answer", "busy", "rejected", "intercepted"]
CALL_TYPES = ["mobile", "fixed", "voip", "intl_in", "intl_out"]
EVENTS = ["attach", "detach", "power_on", "power_off", "location_update", "data_session"]
EV = {e: i for i, e in enumerate(EVENTS)}
CHANNELS = ["mobile_app", "counter", "atm", "third_party"]
CH = {c: i for i, c in enumerate(CHANNELS)}
_POW = 10 ** np.arange(19, dtype=np.int64)


def ndigits(x) -> np.ndarray:
    x = np.asarray(x, np.int64)
    return np.searchsorted(_POW, np.maximum(x, 1), side="right")


def number_kind(x) -> np.ndarray:
    """0 mobile, 1 fixed, 2 international, 3 service code / SMS port, 4 IoT."""
    x = np.asarray(x, np.int64)
    nd = ndigits(x)
    lead2 = x // _POW[np.maximum(nd - 2, 0)]
    lead3 = x // _POW[np.maximum(nd - 3, 0)]
    cn = lead2 == 86
    mobile = cn & (lead3 == 861) & (nd == 13)
    iot = cn & (lead3 == 861) & (nd == 15)
    service = (nd <= 8) | (lead3 == 106) | (lead3 == 955) | (lead3 == 123) | (lead3 == 100) | (lead3 == 961)
    return np.select([service & ~cn, mobile, iot, cn], [3, 0, 4, 1], 2)


def outcome(rng, n: int, p_answer, med, sigma: float = 0.9, lo: int = 2, hi: int = 5400):
    """result code, duration and ring time of n call attempts."""
    ans = rng.random(n) < p_answer
    r = rng.random(n)
    result = np.where(ans, 0, np.where(r < 0.55, 1, np.where(r < 0.75, 2, 3))).astype(np.int8)
    dur = np.where(ans, np.clip(rng.lognormal(np.log(med), sigma, n), lo, hi), 0).astype(np.int64)
    ring = np.select([ans, result == 1, result == 2],
                     [rng.integers(2, 20, n), rng.integers(20, 46, n), rng.integers(0, 3, n)], rng.integers(3, 16, n))
    return result, dur, ring.astype(np.int64)


def voice(w: World, t, caller, callee, result, dur, ring, caller_imei=-1, caller_imsi=-1, caller_cell=-1,
          callee_cell=-1, roam=-1, call_type=None, media=0, gateway=-1) -> None:
    caller = np.asarray(caller, np.int64)
    callee = np.asarray(callee, np.int64)
    if call_type is None:
        kc, ke = number_kind(caller), number_kind(callee)
        call_type = np.select([ke == 2, kc == 2, (ke == 1) | (kc == 1)], [4, 3, 1], 0).astype(np.int8)
    w.sink.add("voice", start_time=np.asarray(t, np.int64), caller=caller, callee=callee, duration_s=dur,
               ring_s=ring, result=result, caller_imei=caller_imei, caller_imsi=caller_imsi, caller_cell=caller_cell,
               callee_cell=callee_cell, caller_roaming_country=roam, call_type=call_type, media=media,
               gateway=gateway)


def sms(w: World, t, sender, receiver, content, sender_imei=-1, sender_cell=-1, roam=-1) -> None:
    w.sink.add("sms", send_time=np.asarray(t, np.int64), sender=np.asarray(sender, np.int64),
               receiver=np.asarray(receiver, np.int64), content=content, sender_imei=sender_imei,
               sender_cell=sender_cell, sender_roaming_country=roam)


def device(w: World, t, msisdn, imsi, imei, cell, event, roam=-1, nbytes=-1) -> None:
    w.sink.add("device", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64), imsi=imsi, imei=imei,
               cell=cell, event=event, roaming_country=roam, bytes=nbytes)


def web(w: World, t, msisdn, domain, url=-1, ip=-1, nbytes=-1, app=-1) -> None:
    w.sink.add("web", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64), domain=domain, url=url,
               ip=ip, bytes=nbytes, app=app)


def apps(w: World, t, msisdn, app, event, source_url=-1) -> None:
    w.sink.add("apps", time=np.asarray(t, np.int64), msisdn=np.asarray(msisdn, np.int64), app=app, event=event,
               source_url=source_url)


def transfer(w: World, t, src, dst, amount, channel, initiated=-1, currency=0) -> None:
    w.sink.add("transfers", time=np.asarray(t, np.int64), from_account=np.asarray(src, np.int64),
               to_account=np.asarray(dst, np.int64), amount=np.round(np.asarray(amount, float), 2),
               channel=channel, initiated_msisdn=initiated, currency=currency)


def fill(rng, templates, n: int, **fields) -> list[str]:
    """n texts from templates with random digits and the given choices filled in."""
    out = []
    for i in range(n):
        tpl = templates[i % len(templates)]
        vals = {k: (v[int(rng.integers(0, len(v)))] if isinstance(v, (list, tuple, np.ndarray)) else v)
                for k, v in fields.items()}
        vals.setdefault("a", str(int(rng.choice([1, 2, 3, 5, 8, 12, 18, 26, 38, 56])) * 100 + int(rng.integers(0, 99))))
        vals.setdefault("n", f"{int(rng.integers(0, 10000)):04d}")
        vals.setdefault("c", f"{int(rng.integers(0, 1000000)):06d}")
        vals.setdefault("d", str(int(rng.integers(1, 31))))
        vals.setdefault("s", "".join(rng.choice(list("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"), 6)))
        out.append(tpl.format(**vals))
    return out


def texts(w: World, rng, templates, n: int, **fields) -> np.ndarray:
    """Vocabulary codes of n text variants."""
    return w.voc("text").codes(fill(rng, templates, n, **fields))


def drop_content(rng, codes: np.ndarray, p: float = 0.14) -> np.ndarray:
    """Some messages reach the export without their text (not every SMSC copies it)."""
    codes = np.asarray(codes, np.int32).copy()
    codes[rng.random(len(codes)) < p] = -1
    return codes
