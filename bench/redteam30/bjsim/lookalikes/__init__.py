"""Innocent people, businesses and machines that share surface traits with fraud, each labelled lookalike:<kind>."""

from . import kinds, special


def run(ww) -> list[str]:
    return kinds.run(ww) + special.run(ww)
