"""The batch request body straight to columns, without a dict per event.

``POST /v1/screen/batch`` bodies are decoded by msgspec into one small struct
per event (typed fields, checked in C: required ids non-empty, numbers digits
only, enums) and laid out as :class:`~fraudwall.realtime.screen.BatchColumns`.
Anything msgspec refuses (or any doubt) returns None: the caller then takes the
dict path (:func:`fraudwall.realtime.screen.validate_batch`), which gives the
exact FastAPI-shaped 422 list naming every bad event's index and field, so
errors are the same whichever path saw the body first.
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, not_
from typing import Annotated, Literal

import msgspec
import numpy as np

from fraudwall.realtime.intkeys import digit_lengths
from fraudwall.realtime.screen import (
    _CHOICES,
    _NUMBERS,
    CALL_FIELDS,
    CALL_REQUIRED,
    MAX_BATCH,
    SMS_FIELDS,
    SMS_REQUIRED,
    BatchColumns,
    _time_of,
)

# numbers are checked per column after decoding (a per-value pattern costs more than the whole decode)
_Num = str
_Id = Annotated[str, msgspec.Meta(min_length=1)]


def _event_struct(name: str, kind: str, fields: tuple[str, ...], required: tuple[str, ...]) -> type:
    """A msgspec struct for one event kind, from the interchange fields the request carries."""
    spec = []
    for f in fields:
        if f in required:  # numbers, ids and times (times are parsed per column)
            spec.append((f, _Num if f in _NUMBERS else _Id))
        else:
            typ = Literal[_CHOICES[f]] if f in _CHOICES else str  # the interchange enumerations
            spec.append((f, typ | None, None))
    return msgspec.defstruct(name, spec, tag_field="type", tag=kind, gc=False)


_Call = _event_struct("_Call", "call", CALL_FIELDS, CALL_REQUIRED)
_Sms = _event_struct("_Sms", "sms", SMS_FIELDS, SMS_REQUIRED)


class _Batch(msgspec.Struct):
    events: Annotated[list[_Call | _Sms], msgspec.Meta(max_length=MAX_BATCH)]


_DECODER = msgspec.json.Decoder(_Batch)
_CALL_GET = {f: attrgetter(f) for f in BatchColumns.CALL_COLS}
_SMS_GET = {f: attrgetter(f) for f in BatchColumns.SMS_COLS}
_CT, _ST = attrgetter("start_time"), attrgetter("send_time")


_DIGITS = {25: [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24],
           32: [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22, 23, 24, 25, 27, 28, 30, 31]}
_MDAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def iso_times(col: list[str]) -> np.ndarray | None:
    """Epoch seconds of ISO-8601 times all shaped ``YYYY-MM-DDTHH:MM:SS[.ffffff]+HH:MM`` (or ``-HH:MM``),
    computed on the byte columns, equal to ``datetime.fromisoformat(x).timestamp()``; None when any time
    has another shape or an impossible value (the caller then parses them one by one)."""
    n = len(col)
    if not n:
        return np.zeros(0)
    got = digit_lengths(col)
    if got is None:
        return None
    b, lens = got
    short = lens == 25
    if not (short | (lens == 32)).all():
        return None
    size = int(lens[0])
    if (lens == size).all():  # one shape: the joined bytes as rows
        return _iso_rows((b + np.uint8(48)).reshape(n, size + 1), size)
    a = np.array(col, dtype="S32").view(np.uint8).reshape(n, 32)
    out = np.empty(n)
    for size in (25, 32):
        rows = lens == size
        if rows.all():
            got = _iso_rows(a, size)
        elif rows.any():
            got = _iso_rows(a[rows], size)
        else:
            continue
        if got is None:
            return None
        out[rows] = got
    return out


def _iso_rows(a: np.ndarray, size: int) -> np.ndarray | None:
    n = len(a)
    frac = size == 32
    z = size - 6
    seps = [(4, 45), (7, 45), (13, 58), (16, 58), (z + 3, 58)] + ([(19, 46)] if frac else [])
    t_sep, sign_c = a[:, 10], a[:, z]
    if any((a[:, i] != c).any() for i, c in seps) or not ((t_sep == 84) | (t_sep == 32)).all() \
            or not ((sign_c == 43) | (sign_c == 45)).all():
        return None
    d = a[:, _DIGITS[size]].astype(np.int64) - 48
    if ((d < 0) | (d > 9)).any():
        return None
    y = d[:, 0] * 1000 + d[:, 1] * 100 + d[:, 2] * 10 + d[:, 3]
    mo, dd, hh, mi, ss = (d[:, k] * 10 + d[:, k + 1] for k in (4, 6, 8, 10, 12))
    us = np.zeros(n, np.int64)
    if frac:
        for k in range(14, 20):
            us = us * 10 + d[:, k]
    oh, om = d[:, -4] * 10 + d[:, -3], d[:, -2] * 10 + d[:, -1]
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    mdays = _MDAYS[np.clip(mo, 0, 12)] + (leap & (mo == 2))
    if ((y < 1) | (mo < 1) | (mo > 12) | (dd < 1) | (dd > mdays) | (hh > 23) | (mi > 59) | (ss > 59)
            | (oh > 23) | (om > 59)).any():
        return None
    # days from the civil date (proleptic Gregorian), then seconds since the epoch in whole microseconds
    yy = y - (mo <= 2)
    era = yy // 400
    yoe = yy - era * 400
    doy = (153 * (mo + np.where(mo > 2, -3, 9)) + 2) // 5 + dd - 1
    days = era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468
    sign = np.where(a[:, z] == 43, 1, -1)
    secs = days * 86400 + hh * 3600 + mi * 60 + ss - sign * (oh * 3600 + om * 60)
    total = secs * 1_000_000 + us
    if (np.abs(total) >= 2**53).any():  # beyond ~1685-2255 the float conversion would round
        return None
    return total.astype(np.float64) / 1e6  # exact integer to float, then one correctly rounded division


def parse_batch(body: bytes) -> BatchColumns | None:
    """Columns of a valid batch body, or None when it is not (then use the dict path for the errors)."""
    try:
        events = _DECODER.decode(body).events
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    n = len(events)
    is_call = list(map(_Call.__instancecheck__, events))
    ci = list(compress(range(n), is_call))
    if len(ci) == n:
        si: list[int] = []
        calls, smses = events, []
    else:
        is_sms = list(map(not_, is_call))
        si = list(compress(range(n), is_sms))
        calls = list(compress(events, is_call))
        smses = list(compress(events, is_sms))
    cc = {f: list(map(g, calls)) for f, g in _CALL_GET.items()}
    sc = {f: list(map(g, smses)) for f, g in _SMS_GET.items()}
    nums = cc["caller"] + cc["callee"] + sc["sender"] + sc["receiver"]
    if nums:
        # each non-empty, at most 20 characters, digits only (ASCII digits pass at once; anything else is
        # left to the single-event validator's str.isdigit on the dict path)
        got = digit_lengths(nums)
        if got is None:
            return None
        b, lens = got
        if lens.min() == 0 or lens.max() > 20 or np.count_nonzero(b > 9) != len(nums):
            return None
    try:  # times: the single path's parser, once per distinct string
        times = []
        for evs, get in ((calls, _CT), (smses, _ST)):
            col = list(map(get, evs))
            got = iso_times(col)
            if got is None:
                known = {x: _time_of(x) for x in dict.fromkeys(col)}
                got = np.fromiter(map(known.__getitem__, col), np.float64, len(col))
            times.append(got)
        ct, st = times
    except ValueError:
        return None
    return BatchColumns(len(events), ci, si, cc, sc, ct, st)
