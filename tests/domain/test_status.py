from datetime import UTC, datetime, timedelta

from followthrough.domain.kinds import Status
from followthrough.domain.status import PersonFacts, classify

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def facts(met=None, due=None, until=None):
    return PersonFacts(first_met_at=met, face_to_face_due=due, relationship_until=until)


def test_someone_never_met_is_new():
    assert classify(facts(), NOW) is Status.NEW


def test_someone_met_with_the_deadline_far_off_is_being_followed_up():
    assert classify(facts(met=NOW - DAY, due=NOW + 89 * DAY), NOW) is Status.FOLLOWING_UP


def test_a_face_to_face_deadline_within_14_days_is_at_risk():
    assert classify(facts(met=NOW - 80 * DAY, due=NOW + 10 * DAY), NOW) is Status.AT_RISK
    assert classify(facts(met=NOW - 80 * DAY, due=NOW + 14 * DAY), NOW) is Status.AT_RISK
    assert classify(facts(met=NOW - 80 * DAY, due=NOW + 15 * DAY), NOW) is Status.FOLLOWING_UP


def test_a_passed_face_to_face_deadline_is_lapsed():
    assert classify(facts(met=NOW - 91 * DAY, due=NOW - DAY), NOW) is Status.LAPSED
    assert classify(facts(met=NOW - 91 * DAY, due=NOW - timedelta(seconds=1)), NOW) is Status.LAPSED


def test_meeting_again_within_the_cadence_is_a_relationship():
    f = facts(met=NOW - 40 * DAY, due=NOW + 80 * DAY, until=NOW + 80 * DAY)
    assert classify(f, NOW) is Status.RELATIONSHIP


def test_a_relationship_whose_next_meeting_is_close_is_at_risk_first():
    f = facts(met=NOW - 100 * DAY, due=NOW + 5 * DAY, until=NOW + 5 * DAY)
    assert classify(f, NOW) is Status.AT_RISK


def test_a_relationship_with_cadence_off_never_lapses():
    f = facts(met=NOW - 900 * DAY, due=None, until=datetime(9999, 1, 1, tzinfo=UTC))
    assert classify(f, NOW) is Status.RELATIONSHIP
