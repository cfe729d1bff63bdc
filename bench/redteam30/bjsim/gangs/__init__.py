"""The gangs working Beijing in the fortnight; each module's ``run(ww)`` writes its records and truth."""

from . import campus, cardfarm, dens, impostors, lures, roaming, smscats

MODULES = [cardfarm, dens, smscats, impostors, roaming, campus, lures]


def run(ww) -> list[str]:
    gangs = []
    for m in MODULES:
        gangs += m.run(ww)
    return gangs
