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

from operator import attrgetter
from typing import Annotated, Literal

import msgspec
import numpy as np

from fraudwall.realtime.screen import MAX_BATCH, BatchColumns, _time_of

# numbers are checked per column after decoding (a per-value pattern costs more than the whole decode)
_Num = str
_Id = Annotated[str, msgspec.Meta(min_length=1)]
_Time = Annotated[str, msgspec.Meta(min_length=1)]


class _Call(msgspec.Struct, tag_field="type", tag="call"):
    call_id: _Id
    start_time: _Time
    caller: _Num
    callee: _Num
    caller_imei: str | None = None
    caller_imsi: str | None = None
    caller_cell: str | None = None
    callee_cell: str | None = None
    caller_roaming_country: str | None = None
    call_type: Literal["mobile", "fixed", "voip", "intl_in", "intl_out"] | None = None
    media: Literal["voice", "video"] | None = None
    gateway: str | None = None


class _Sms(msgspec.Struct, tag_field="type", tag="sms"):
    sms_id: _Id
    send_time: _Time
    sender: _Num
    receiver: _Num
    content: str | None = None
    sender_imei: str | None = None
    sender_cell: str | None = None
    sender_roaming_country: str | None = None


class _Batch(msgspec.Struct):
    events: Annotated[list[_Call | _Sms], msgspec.Meta(max_length=MAX_BATCH)]


_DECODER = msgspec.json.Decoder(_Batch)
_CALL_GET = {f: attrgetter(f) for f in BatchColumns.CALL_COLS}
_SMS_GET = {f: attrgetter(f) for f in BatchColumns.SMS_COLS}
_CT, _ST = attrgetter("start_time"), attrgetter("send_time")


def parse_batch(body: bytes) -> BatchColumns | None:
    """Columns of a valid batch body, or None when it is not (then use the dict path for the errors)."""
    try:
        events = _DECODER.decode(body).events
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    is_call = [type(e) is _Call for e in events]
    ci = [i for i, x in enumerate(is_call) if x]
    if len(ci) == len(events):
        si: list[int] = []
        calls, smses = events, []
    else:
        si = [i for i, x in enumerate(is_call) if not x]
        calls = [events[i] for i in ci]
        smses = [events[i] for i in si]
    cc = {f: list(map(g, calls)) for f, g in _CALL_GET.items()}
    sc = {f: list(map(g, smses)) for f, g in _SMS_GET.items()}
    for col in (cc["caller"], cc["callee"], sc["sender"], sc["receiver"]):
        # each non-empty, at most 20 characters, digits only (ASCII digits pass at once; anything else is
        # left to the single-event validator's str.isdigit on the dict path)
        if col:
            joined = "".join(col)
            if min(map(len, col)) == 0 or max(map(len, col)) > 20 \
                    or not (joined.isascii() and joined.encode().isdigit()):
                return None
    try:  # times: the single path's parser, once per distinct string
        times = []
        for evs, get in ((calls, _CT), (smses, _ST)):
            col = list(map(get, evs))
            known = {x: _time_of(x) for x in dict.fromkeys(col)}
            times.append(np.fromiter(map(known.__getitem__, col), np.float64, len(col)))
        ct, st = times
    except ValueError:
        return None
    return BatchColumns(len(events), ci, si, cc, sc, ct, st)
