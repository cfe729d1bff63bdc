"""A new-number notice to people the card never contacted is blocked when it asks something of them (the gang's next
step: come to my office, transfer, add me) and only reviewed when it just gives the number (a person whose old card
was another network's: sms.new_number_notice_to_strangers v2)."""

from __future__ import annotations

from tests.scenarios.library.builders import Case, detect_day, load_fixture

SID = "sms.new_number_notice_to_strangers"


def test_notice_asking_is_blocked_plain_notice_reviewed(tmp_path):
    fx = load_fixture(SID)
    records: dict = {}
    leader = fx.hit(Case(1, records))
    plain = fx.notice_only(Case(2, records))
    son = fx.notice_only(Case(3, records), text="妈，我手机掉水里了，这是我新号码，旧号先别打了，有事打这个")
    alerts, _ = detect_day(records, tmp_path, only=[SID])
    assert (SID, leader, "block") in alerts
    assert (SID, plain, "review") in alerts
    assert (SID, plain, "block") not in alerts
    assert (SID, son, "block") in alerts  # a 'son' writing to twenty strangers as to his mother


def test_notice_naming_an_account_is_blocked_call_this_one_reviewed(tmp_path):
    """v3: a 'landlord' whose old number is out of use asks tenants to pay to a card (blocked); a boss who only says
    to call the new number from now on (有事打这个) is reviewed."""
    fx = load_fixture(SID)
    records: dict = {}
    landlord = fx.notice_only(Case(1, records), text="我是房东，之前号码不用了。这半年房租请转到我爱人的卡上，6222，转好告诉我一声")
    boss = fx.notice_only(Case(2, records), text="这是我新号，旧号不用了，有事打这个")
    alerts, _ = detect_day(records, tmp_path, only=[SID])
    assert (SID, landlord, "block") in alerts
    assert (SID, boss, "review") in alerts
    assert (SID, boss, "block") not in alerts
