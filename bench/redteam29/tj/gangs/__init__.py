"""The eighteen gangs, run in dependency order: card rings first, the launderers' accounts next, the
schemes, then the laundering of what the victims paid."""

from __future__ import annotations

from tj.gangs import abroad, cards, dens, lines, novel, schemes
from tj.gangs.mules import Mules

ORDER = [
    ("g14", dens.code_farm), ("g01", dens.goip_den), ("g18", dens.van_den), ("g04", dens.sms_cat),
    ("g05", abroad.roaming_police), ("g06", abroad.relay_phones), ("g07", lines.voip_trunk),
    ("g17", lines.callback_hotline), ("g09", schemes.futures_romance), ("g10", schemes.task_rebate),
    ("g11", schemes.loan_fee), ("g12", schemes.faceswap_boss), ("g13", schemes.screen_share),
    ("g15", novel.household_relay), ("g16", novel.victim_relay),
]


def run(ctx, log) -> None:
    cards.run(ctx)
    ctx.mules = Mules(ctx)
    for _gid, fn in ORDER:
        fn(ctx)
    ctx.mules.launder(ctx)
    log(f"gangs ready: {len(ORDER) + 3} gangs, {len(ctx.feedback)} victims who paid")
