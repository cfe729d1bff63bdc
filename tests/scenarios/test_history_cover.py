"""How many days of look-back the data holds: a few stray earlier records are no history."""

from __future__ import annotations

from datetime import timedelta

from tests.scenarios.library.builders import DAY, Case, detect_day, load_fixture

SLEEP = "cards.sleep_card_reactivated"
TOGETHER = "cards.id_cards_acted_together"
SILENT = "cards.silent_card_activated"


def _province(records: dict, look_back_people: int) -> str:
    """Forty people calling a friend on DAY and the day after; ``look_back_people`` of them also on each of the four
    days before DAY; and a 600-day-old card with no earlier activity dialling 45 strangers on DAY from one cell
    without data. Returns that card."""
    c = Case(1, records)
    for p in range(40):
        me, friend = c.num(100 + p), c.num(500 + p)
        c.sub(me, age_days=900)
        days = range(-1, 5) if p < look_back_people else range(-1, 1)
        for d in days:
            c.call(DAY - timedelta(days=d) + timedelta(minutes=p), me, friend, 90)
    return Case(2, records).caller(n=45, answered=0.25, cells=1, age_days=600)


def test_stray_early_records_are_no_look_back(tmp_path):
    # only two people (of forty) active in the four days before DAY: an export's stray records, not a look-back
    # in which the old card could have been seen; v1 counted them as four days of history, so the card looked
    # dormant and reactivated
    records: dict = {}
    card = _province(records, look_back_people=2)
    alerts, _ = detect_day(records, tmp_path, only=[SLEEP])
    assert not [a for a in alerts if a[1] == card]


def test_a_real_look_back_still_shows_a_dormant_card(tmp_path):
    records: dict = {}
    card = _province(records, look_back_people=40)
    alerts, _ = detect_day(records, tmp_path, only=[SLEEP])
    assert (SLEEP, card, "suspend_and_reverify") in alerts


def _two_reported_cards(records: dict, look_back_people: int) -> str:
    """The province of :func:`_province` and an ID two of whose new cards dial strangers under police reports (both
    blocked: cards.id_cards_acted_together's hit case). Returns the ID."""
    _province(records, look_back_people)
    return load_fixture(TOGETHER).hit(Case(3, records))



def test_cards_acted_together_need_a_look_back(tmp_path):
    # on the data's first day every card is new to detection (a family's batch of cards was taken for woken silent
    # cards in a blind red-team set): the ID of two cards blocked together is not punished without a look-back
    records: dict = {}
    _two_reported_cards(records, look_back_people=2)
    alerts, _ = detect_day(records, tmp_path)
    assert not [a for a in alerts if a[0] == TOGETHER]
    records = {}
    idk = _two_reported_cards(records, look_back_people=40)
    alerts, _ = detect_day(records, tmp_path / "with_look_back")
    assert (TOGETHER, idk, "punish_card_seller") in alerts



def test_silent_card_needs_a_look_back(tmp_path):
    # a card of a batch opened at one store dialling strangers: silent before the window only if there was a look-back
    # in which to see it (v3 suspended a family's new cards for their first day's calls)
    for people, expected in ((2, False), (40, True)):
        records: dict = {}
        _province(records, people)
        card = load_fixture(SILENT).hit(Case(3, records))
        alerts, _ = detect_day(records, tmp_path / str(people), only=[SILENT])
        assert ((SILENT, card, "suspend_and_reverify") in alerts) is expected, people
