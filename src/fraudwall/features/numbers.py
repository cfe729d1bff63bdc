"""The home numbering plan (China, +86) that detection reads numbers by: one definition for the batch macros and the
real-time screener.

Numbers are E.164 digits without '+' (the interchange's msisdn). A domestic mobile number is 86 then 1[3-9] and nine
digits; any other domestic number (a landline with its area code, a 400/800 or 95xxx service number) belongs to a fixed
place or a company and cannot roam, so it never rightly shows on a call that comes in from abroad.
"""

from __future__ import annotations

import re

#: the home country calling code
HOME_CC = "86"
#: a domestic mobile number, the whole number (RE2 and Python alike)
DOMESTIC_MOBILE = HOME_CC + "1[3-9][0-9]{9}"
_MOBILE = re.compile(DOMESTIC_MOBILE)


def domestic_non_mobile(number: str | None) -> bool:
    """Whether ``number`` is a domestic number that is no mobile number (a landline, a service number)."""
    return bool(number) and number.startswith(HOME_CC) and _MOBILE.fullmatch(number) is None
