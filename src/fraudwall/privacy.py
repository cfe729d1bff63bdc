"""Masking of personal data (phone numbers, ID keys, accounts) for logs and the UI."""

from __future__ import annotations

import logging
import re

_LONG_DIGITS = re.compile(r"(?<![\w.])(\d{3})(\d{3,})(\d{2})(?![\w.])")
_KEY_LIKE = re.compile(r"\b((?:ID|id|AC|ac|acct|ACCT)[_-]?)([0-9A-Za-z]{2})[0-9A-Za-z]{4,}([0-9A-Za-z]{2})\b")
_HEX = re.compile(r"\b([0-9a-f]{4})[0-9a-f]{12,}([0-9a-f]{4})\b")


def mask_msisdn(value: str | None) -> str | None:
    """Keep country/operator prefix and last two digits: ``8613800138000`` -> ``861********00``."""
    if value is None:
        return None
    s = str(value)
    if len(s) <= 5:
        return "*" * len(s)
    return s[:3] + "*" * (len(s) - 5) + s[-2:]


def mask_key(value: str | None) -> str | None:
    """Mask an ID key or account id, keeping two characters at each end."""
    if value is None:
        return None
    s = str(value)
    if len(s) <= 4:
        return "*" * len(s)
    return s[:2] + "*" * (len(s) - 4) + s[-2:]


def mask_entity(entity_type: str, value: str | None) -> str | None:
    """Mask ``value`` according to its entity type (numbers, IDs, accounts, devices)."""
    if entity_type in ("msisdn", "caller", "callee", "sender", "receiver", "imsi", "imei"):
        return mask_msisdn(value)
    if entity_type in ("id_key", "account", "account_id"):
        return mask_key(value)
    return value


def mask_text(text: str) -> str:
    """Mask anything in free text that looks like a phone number, ID key or hashed key."""
    text = _LONG_DIGITS.sub(lambda m: m.group(1) + "*" * len(m.group(2)) + m.group(3), text)
    text = _KEY_LIKE.sub(lambda m: m.group(1) + m.group(2) + "****" + m.group(3), text)
    return _HEX.sub(lambda m: m.group(1) + "…" + m.group(2), text)


class MaskingFilter(logging.Filter):
    """Logging filter that masks personal data in every record's final message."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        record.msg = mask_text(msg)
        record.args = None
        return True


def setup_logging(level: int = logging.INFO, unmask: bool = False) -> None:
    """Configure the root logger; masking is on unless ``unmask`` is set explicitly."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if not unmask:
        handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
