"""Simulator configuration: dataclasses of defaults, overridable from a YAML file.

The YAML keys mirror the dataclass fields exactly (``schemes.simbox.enabled``...).
Unknown keys and values of the wrong type are a clear :class:`InputError` naming
the key. Rates are per 10,000 subscribers unless the name says otherwise, so the
same configuration scales from the 20k demo to a 1M province.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fraudwall.errors import InputError


@dataclass
class PopulationConfig:
    """Benign subscribers, KYC, cells and bank accounts."""

    #: share of personal ID keys holding 1, 2, 3, 4, 5 cards
    cards_per_person: list[float] = field(default_factory=lambda: [0.60, 0.27, 0.09, 0.03, 0.01])
    enterprise_line_share: float = 0.05
    enterprise_lines_median: float = 6.0
    fixed_line_share: float = 0.04
    iot_line_share: float = 0.01
    prepaid_share: float = 0.45
    operator_shares: dict[str, float] = field(
        default_factory=lambda: {"CMCC": 0.58, "CUCC": 0.22, "CTCC": 0.20})
    #: cards that stay silent for the whole window (forgotten second SIMs, data-only...)
    inactive_share: float = 0.04
    open_years_scale: float = 4.0
    bank_account_share: float = 0.85
    merchant_share: float = 0.02
    cells_per_10k: float = 40.0
    external_numbers_share: float = 0.3


@dataclass
class TrafficConfig:
    """Benign behaviour of ordinary subscribers."""

    calls_per_day: float = 4.6
    call_rate_sigma: float = 0.75
    weekend_factor: float = 0.85
    contact_call_share: float = 0.9
    community_size_mean: float = 40.0
    degree_median: float = 12.0
    degree_sigma: float = 0.75
    in_community_share: float = 0.72
    external_contact_share: float = 0.15
    duration_median_s: float = 52.0
    duration_sigma: float = 1.05
    answer_rate: float = 0.8
    video_share: float = 0.02
    sms_p2p_per_day: float = 0.7
    sms_business_per_day: float = 1.3
    data_user_share: float = 0.9
    data_sessions_per_day: float = 3.0
    web_visits_per_day: float = 3.0
    app_uses_per_day: float = 0.5
    app_installs_per_day: float = 0.03
    shopping_per_day: float = 0.35
    p2p_transfers_per_day: float = 0.05
    internet_registrations_per_day: float = 0.01
    intl_in_share: float = 0.003


@dataclass
class LookalikesConfig:
    """Benign subscribers that naive rules flag (written to truth as role ``benign``)."""

    enabled: bool = True
    couriers_per_10k: float = 12.0
    sales_per_10k: float = 8.0
    call_centres_per_100k: float = 8.0
    call_centre_lines: list[int] = field(default_factory=lambda: [8, 40])
    travellers_per_10k: float = 15.0
    dual_sim_share: float = 0.25
    dormant_resumed_per_10k: float = 20.0
    marketing_senders_per_10k: float = 3.0
    merchants_high_volume_per_10k: float = 4.0


@dataclass
class GangsConfig:
    """Gangs sharing IDs, phones, cells and accounts (so tracing can recover them)."""

    gangs_per_100k: float = 12.0
    min_gangs: int = 4
    members: list[int] = field(default_factory=lambda: [3, 7])
    phones: list[int] = field(default_factory=lambda: [3, 10])
    den_cells: list[int] = field(default_factory=lambda: [1, 3])


@dataclass
class CardSellersConfig:
    """Card sellers: one ID batch-opens cards, leaves them unused, sells them on."""

    enabled: bool = True
    sellers_per_100k: float = 10.0
    min_sellers: int = 3
    batch_size: list[int] = field(default_factory=lambda: [12, 40])


@dataclass
class CallCentreConfig:
    """Call-centre fraud callers (sleep, silent, one-ID-many-cards, roaming cards)."""

    enabled: bool = True
    callers_per_10k: float = 20.0
    kinds: dict[str, float] = field(
        default_factory=lambda: {"sleep": 0.25, "silent": 0.35, "one_id": 0.2, "roaming": 0.2})
    calls_per_day_median: float = 55.0
    calls_per_day_sigma: float = 0.6
    answer_rate: list[float] = field(default_factory=lambda: [0.3, 0.6])
    short_duration_median_s: list[float] = field(default_factory=lambda: [12.0, 45.0])
    long_call_share: list[float] = field(default_factory=lambda: [0.05, 0.25])
    active_days: list[int] = field(default_factory=lambda: [1, 4])
    sleep_dormant_days: list[int] = field(default_factory=lambda: [120, 900])
    callback_rate: float = 0.03
    high_risk_regions: list[str] = field(
        default_factory=lambda: ["KH", "MM", "PH", "LA", "MY", "TH", "AE", "VN"])


@dataclass
class SimboxConfig:
    """Cat pools / SIM boxes / GOIP: one device, many rotating SIMs, fixed cell."""

    enabled: bool = True
    devices_per_100k: float = 10.0
    min_devices: int = 3
    ports: list[int] = field(default_factory=lambda: [8, 16, 32])
    sims_per_port: list[int] = field(default_factory=lambda: [2, 4])
    calls_per_sim_session: list[int] = field(default_factory=lambda: [15, 60])
    sessions_per_port_day: list[int] = field(default_factory=lambda: [1, 3])
    imei_change_prob: float = 0.35
    answer_rate: list[float] = field(default_factory=lambda: [0.25, 0.5])
    duration_median_s: list[float] = field(default_factory=lambda: [15.0, 60.0])


@dataclass
class FixedVoipConfig:
    """Fixed lines behind a VoIP box controlled from abroad."""

    enabled: bool = True
    lines_per_100k: float = 15.0
    min_lines: int = 3
    calls_per_day: list[int] = field(default_factory=lambda: [150, 600])
    night_share: list[float] = field(default_factory=lambda: [0.1, 0.4])
    duration_median_s: list[float] = field(default_factory=lambda: [8.0, 30.0])
    answer_rate: list[float] = field(default_factory=lambda: [0.2, 0.45])


@dataclass
class SmsCampaignConfig:
    """Fraud SMS campaigns in Chinese with links (wildcard domains, IP URLs, APKs)."""

    enabled: bool = True
    senders_per_10k: float = 5.0
    min_senders: int = 6
    sms_per_day: list[int] = field(default_factory=lambda: [60, 400])
    active_days: list[int] = field(default_factory=lambda: [1, 3])
    link_kinds: dict[str, float] = field(
        default_factory=lambda: {"wildcard": 0.5, "ip": 0.25, "apk": 0.25})
    click_rate: float = 0.01
    #: share of receivers clicking an APK link who then install the app (download, side-load)
    apk_install_rate: float = 0.3


@dataclass
class FraudWebConfig:
    """Fraud web resources (wildcard domains, IPs) and fraud apps per gang."""

    enabled: bool = True
    domains_per_gang: list[int] = field(default_factory=lambda: [2, 4])
    apps_per_gang: list[int] = field(default_factory=lambda: [1, 2])
    ips_per_domain: list[int] = field(default_factory=lambda: [1, 3])
    blocklisted_share: float = 0.2


@dataclass
class VictimsConfig:
    """Victims: a fraud contact, then transfers to mule accounts within minutes to hours."""

    enabled: bool = True
    victims_per_10k_day: float = 3.0
    channels: dict[str, float] = field(default_factory=lambda: {
        "call": 0.35, "sms": 0.2, "site": 0.1, "app": 0.2, "video": 0.15})
    transfers: list[int] = field(default_factory=lambda: [1, 4])
    amount_median: float = 8000.0
    amount_sigma: float = 1.1
    delay_median_min: float = 45.0
    guided_share: float = 0.5  # share of call victims whom the caller has open the gang's site during the call


@dataclass
class MulesConfig:
    """Mule account chains: fan-out in minutes, amounts under reporting thresholds."""

    enabled: bool = True
    first_layer: list[int] = field(default_factory=lambda: [3, 8])
    fan_out: list[int] = field(default_factory=lambda: [2, 6])
    threshold: float = 50000.0
    rented_share: float = 0.6
    account_age_days: list[int] = field(default_factory=lambda: [1, 60])


@dataclass
class InternetAccountsConfig:
    """Internet accounts registered in bulk by fraud numbers."""

    enabled: bool = True
    registering_share: float = 0.6
    accounts_per_number: list[int] = field(default_factory=lambda: [2, 8])


@dataclass
class VideoCallConfig:
    """Video-call impersonation (AI face-swap): stranger video call, then transfer."""

    enabled: bool = True
    callers_per_10k: float = 2.0
    min_callers: int = 3
    attempts_per_day: list[int] = field(default_factory=lambda: [5, 30])


@dataclass
class ReportsConfig:
    """Police, bank and user reports arriving with delay (the labels a deployment gets)."""

    enabled: bool = True
    fraud_fraction: float = 0.35
    victim_fraction: float = 0.5
    delay_median_h: float = 30.0
    delay_sigma: float = 0.9
    min_delay_h: float = 2.0
    bank_fraction: float = 0.3
    user_report_rate: float = 0.004
    false_user_reports_per_10k: float = 1.0


@dataclass
class SchemesConfig:
    """Every fraud scheme: each has ``enabled`` and its rates/parameters."""

    gangs: GangsConfig = field(default_factory=GangsConfig)
    card_sellers: CardSellersConfig = field(default_factory=CardSellersConfig)
    call_centre: CallCentreConfig = field(default_factory=CallCentreConfig)
    simbox: SimboxConfig = field(default_factory=SimboxConfig)
    fixed_voip: FixedVoipConfig = field(default_factory=FixedVoipConfig)
    sms_campaign: SmsCampaignConfig = field(default_factory=SmsCampaignConfig)
    fraud_web: FraudWebConfig = field(default_factory=FraudWebConfig)
    victims: VictimsConfig = field(default_factory=VictimsConfig)
    mules: MulesConfig = field(default_factory=MulesConfig)
    internet_accounts: InternetAccountsConfig = field(default_factory=InternetAccountsConfig)
    video_call: VideoCallConfig = field(default_factory=VideoCallConfig)


@dataclass
class SimConfig:
    """The whole simulator configuration."""

    population: PopulationConfig = field(default_factory=PopulationConfig)
    traffic: TrafficConfig = field(default_factory=TrafficConfig)
    lookalikes: LookalikesConfig = field(default_factory=LookalikesConfig)
    schemes: SchemesConfig = field(default_factory=SchemesConfig)
    reports: ReportsConfig = field(default_factory=ReportsConfig)


def _apply(obj: Any, data: Any, path: str) -> None:
    if not isinstance(data, dict):
        raise InputError(f"config key {path or '<top>'!r} must be a mapping, got {type(data).__name__}")
    fields = {f.name: f for f in dataclasses.fields(obj)}
    for key, value in data.items():
        name = f"{path}.{key}" if path else str(key)
        if key not in fields:
            known = ", ".join(fields)
            raise InputError(f"unknown config key {name!r} (known here: {known})")
        current = getattr(obj, key)
        if dataclasses.is_dataclass(current):
            _apply(current, value, name)
            continue
        setattr(obj, key, _coerce(current, value, name))


def _coerce(current: Any, value: Any, name: str) -> Any:
    def bad(expected: str) -> InputError:
        return InputError(f"config key {name!r} must be {expected}, got {value!r}")

    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if isinstance(current, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("an integer")
        if value < 0:
            raise bad("non-negative")
        return value
    if isinstance(current, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad("a number")
        if value < 0:
            raise bad("non-negative")
        return float(value)
    if isinstance(current, list):
        if not isinstance(value, list) or not value:
            raise bad("a non-empty list")
        if current and all(isinstance(v, int | float) and not isinstance(v, bool) for v in current):
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
                raise bad("a list of numbers")
            if len(current) == 2 and (len(value) != 2 or value[0] > value[1]):
                raise bad("a [low, high] pair")
            kind = int if all(isinstance(v, int) for v in current) else float
            return [kind(v) for v in value]
        return [str(v) for v in value]
    if isinstance(current, dict):
        if not isinstance(value, dict) or not value:
            raise bad("a non-empty mapping")
        unknown = set(value) - set(current)
        if unknown and name.split(".")[-1] not in ("operator_shares",):
            raise InputError(f"unknown config key {name + '.' + sorted(map(str, unknown))[0]!r} "
                             f"(known here: {', '.join(current)})")
        out = {}
        for k, v in value.items():
            if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
                raise InputError(f"config key {name + '.' + str(k)!r} must be a non-negative number, got {v!r}")
            out[str(k)] = float(v)
        if sum(out.values()) <= 0:
            raise bad("weights with a positive sum")
        return out
    return value


def load_config(path: str | Path | None = None) -> SimConfig:
    """Defaults, overridden by the YAML file at ``path`` (if given)."""
    cfg = SimConfig()
    if path is None:
        return cfg
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read config file {p}: {exc.strerror or exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(f"config file {p} is not valid YAML: {exc}") from None
    if data is None:
        return cfg
    try:
        _apply(cfg, data, "")
    except InputError as exc:
        raise InputError(f"{p}: {exc}") from None
    return cfg


def config_to_dict(cfg: SimConfig) -> dict[str, Any]:
    """The configuration as plain data (for ``--dump-config`` and docs)."""
    return dataclasses.asdict(cfg)
