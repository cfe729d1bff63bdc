"""Fixtures for the learned-model tests: tiny labelled corpora, no benchmark data needed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fraudwall.models import zh_seed

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

EN_SPAM = [
    "WINNER!! You have won a 1000 cash prize. Call 09061701461 now to claim",
    "Free entry in 2 a wkly comp to win FA Cup final tkts. Text FA to 87121",
    "URGENT! Your mobile number has been awarded a 2000 bonus. Call 09066364589",
    "Congratulations you won a free holiday, txt WIN to 80086 to claim now",
    "SIX chances to win CASH! From 100 to 20,000 pounds txt CSH11 and send to 87575",
    "You have been selected for a free iPhone. Reply CLAIM to 61610 now",
]
EN_HAM = [
    "Ok lar... Joking wif u oni...",
    "I'll be home late tonight, save me some dinner",
    "Are we still meeting at the cafe tomorrow?",
    "Can you pick up milk on the way back",
    "Sorry, I missed your call. Talk later?",
    "Happy birthday! Hope you have a great day",
]


@pytest.fixture(scope="session")
def zh_corpus() -> list[tuple[str, str]]:
    """The Chinese seed corpus, 30 messages per fraud type (60 benign)."""
    return zh_seed.generate(per_class=30, seed=3)


def write_csv(path: Path, rows: list[tuple[str, str]], encoding: str = "utf-8",
              header: tuple[str, str] = ("text", "label"), delimiter: str = ",") -> Path:
    """Write ``(text, label)`` rows as a delimited file in ``encoding``."""
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def needs_data(*parts: str) -> Path:
    """Path of a shared benchmark file, or skip the test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"benchmark data {path} not present")
    return path
