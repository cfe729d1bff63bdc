"""Interchange format v1 record types: the outside contract, in code.

Every reader, the validator, the warehouse and the simulator take the column
lists and types from here, so the contract is written down once.
See ``shared/spec/interchange-v1.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Logical column types and the DuckDB type each is stored as.
DUCKDB_TYPES: dict[str, str] = {
    "str": "VARCHAR",
    "msisdn": "VARCHAR",  # digits only, E.164 without '+'
    "time": "TIMESTAMPTZ",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
}


@dataclass(frozen=True)
class Column:
    """One column of a record type."""

    name: str
    type: str = "str"
    required: bool = False
    values: tuple[str, ...] = ()  # allowed values for enumerations (empty: any)

    @property
    def duckdb_type(self) -> str:
        return DUCKDB_TYPES[self.type]


@dataclass(frozen=True)
class RecordType:
    """One record type (one sub-folder of a data set)."""

    name: str
    columns: tuple[Column, ...]
    #: columns whose values identify a record; re-loading the same key adds nothing.
    #: Empty means the whole row is the identity.
    key: tuple[str, ...] = ()
    #: time column that places a record on a day (partitioning); None for dimensions
    time_column: str | None = None
    description: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name} has no column {name!r}")


def _c(spec: str, type_: str = "str", values: tuple[str, ...] = ()) -> Column:
    """``"*name"`` marks a required column."""
    required = spec.startswith("*")
    return Column(spec.lstrip("*"), type_, required, values)


RESULTS = ("answered", "no_answer", "busy", "rejected", "intercepted")
CALL_TYPES = ("mobile", "fixed", "voip", "intl_in", "intl_out")
MEDIA = ("voice", "video")
LINE_TYPES = ("mobile", "fixed", "voip", "iot")
DEVICE_EVENTS = ("attach", "detach", "power_on", "power_off", "location_update", "data_session")
ENTITY_TYPES = ("msisdn", "imei", "imsi", "id_key", "domain", "ip", "url", "app", "account", "cell")
LABELS = ("fraud", "victim", "benign", "card_seller")
FRAUD_TYPES = (
    "impersonate_police", "loan", "customer_service", "acquaintance",
    "investment", "romance", "part_time_job", "other",
)
LIST_NAMES = ("block", "allow", "watch", "high_risk_region")

RECORD_TYPES: dict[str, RecordType] = {
    rt.name: rt
    for rt in (
        RecordType(
            "subscribers",
            (
                _c("*msisdn", "msisdn"), _c("imsi"), _c("*id_key"), _c("id_type"),
                _c("customer_type", values=("personal", "enterprise")),
                _c("*line_type", values=LINE_TYPES), _c("operator"),
                _c("*open_time", "time"), _c("open_channel"), _c("open_cell"),
                _c("status", values=("active", "suspended", "closed")),
                _c("status_time", "time"), _c("is_prepaid", "bool"), _c("home_region"),
            ),
            description="one row per number (SIM card, fixed line, VoIP line)",
        ),
        RecordType(
            "voice",
            (
                _c("*call_id"), _c("*start_time", "time"), _c("*caller", "msisdn"),
                _c("*callee", "msisdn"), _c("*duration_s", "int"), _c("ring_s", "int"),
                _c("result", values=RESULTS), _c("caller_imei"), _c("caller_imsi"),
                _c("caller_cell"), _c("callee_cell"), _c("caller_roaming_country"),
                _c("call_type", values=CALL_TYPES), _c("media", values=MEDIA),
                _c("gateway"),
            ),
            key=("call_id",), time_column="start_time",
            description="one row per call attempt (CDR)",
        ),
        RecordType(
            "sms",
            (
                _c("*sms_id"), _c("*send_time", "time"), _c("*sender", "msisdn"),
                _c("*receiver", "msisdn"), _c("content"), _c("sender_imei"),
                _c("sender_cell"), _c("sender_roaming_country"),
            ),
            key=("sms_id",), time_column="send_time",
            description="one row per message",
        ),
        RecordType(
            "device",
            (
                _c("*time", "time"), _c("*msisdn", "msisdn"), _c("imsi"), _c("*imei"),
                _c("cell"), _c("*event", values=DEVICE_EVENTS), _c("roaming_country"),
                _c("bytes", "int"),
            ),
            time_column="time",
            description="network attach and location events",
        ),
        RecordType(
            "cells",
            (
                _c("*cell"), _c("lat", "float"), _c("lon", "float"), _c("region"),
                _c("site_type", values=("macro", "indoor", "small")),
            ),
            description="radio sites",
        ),
        RecordType(
            "web",
            (
                _c("*time", "time"), _c("*msisdn", "msisdn"), _c("*domain"), _c("url"),
                _c("ip"), _c("bytes", "int"), _c("app"),
            ),
            time_column="time",
            description="DNS/HTTP visits seen on the network (DPI)",
        ),
        RecordType(
            "apps",
            (
                _c("*time", "time"), _c("*msisdn", "msisdn"), _c("*app"),
                _c("event", values=("install", "use")), _c("source_url"),
            ),
            time_column="time",
            description="app install/usage sightings",
        ),
        RecordType(
            "internet_accounts",
            (
                _c("*platform"), _c("*account"), _c("*msisdn", "msisdn"),
                _c("*register_time", "time"), _c("status"),
            ),
            key=("platform", "account"), time_column="register_time",
            description="accounts registered with a phone number (platform feeds)",
        ),
        RecordType(
            "bank_accounts",
            (
                _c("*account_id"), _c("*id_key"), _c("bank"), _c("open_time", "time"),
                _c("bound_msisdn", "msisdn"), _c("status"),
            ),
            description="bank accounts and their holders",
        ),
        RecordType(
            "transfers",
            (
                _c("*txn_id"), _c("*time", "time"), _c("*from_account"), _c("*to_account"),
                _c("*amount", "float"), _c("currency"),
                _c("channel", values=("mobile_app", "counter", "atm", "third_party")),
                _c("initiated_msisdn", "msisdn"),
            ),
            key=("txn_id",), time_column="time",
            description="bank and payment transfers",
        ),
        RecordType(
            "reports",
            (
                _c("*report_id"), _c("*time", "time"), _c("*entity_type", values=ENTITY_TYPES),
                _c("*entity"), _c("*label", values=LABELS), _c("fraud_type", values=FRAUD_TYPES),
                _c("loss_amount", "float"),
                _c("source", values=("police", "user_report", "bank", "internal")),
            ),
            key=("report_id",), time_column="time",
            description="police and user feedback: the labels the platform learns from",
        ),
        RecordType(
            "lists",
            (
                _c("*entity_type", values=ENTITY_TYPES), _c("*entity"),
                _c("*list", values=LIST_NAMES), _c("reason"),
                _c("added_time", "time"), _c("expires_time", "time"),
            ),
            description="operator- or regulator-maintained lists",
        ),
    )
}

#: Simulator ground truth (``truth/``): never read by detection, only by evaluation.
TRUTH_TYPES: dict[str, RecordType] = {
    "entities": RecordType(
        "entities",
        (
            _c("*entity_type"), _c("*entity"), _c("*role"), _c("gang_id"), _c("scheme"),
            _c("first_active", "time"),
        ),
    ),
    "events": RecordType(
        "events",
        (_c("*victim"), _c("*time", "time"), _c("*amount", "float"), _c("to_account")),
    ),
}

#: Roles in truth that are not fraud: evaluation treats every other role as fraud.
NON_FRAUD_ROLES = frozenset({"benign", "victim"})


def record_type(name: str) -> RecordType:
    """Return the record type called ``name`` or raise a clear error."""
    try:
        return RECORD_TYPES[name]
    except KeyError:
        known = ", ".join(RECORD_TYPES)
        raise KeyError(f"unknown record type {name!r} (known: {known})") from None
