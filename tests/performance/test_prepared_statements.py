"""The hot statements: prepared once per PostgreSQL connection, planned once, with their indexes.

On SQLite they simply run; the tests check the same answers there.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from followthrough.prepared import execute, name_of
from followthrough.selectors.people import people_for, search_page, search_page_sql

pytestmark = pytest.mark.django_db


def prepares(search: str, owner) -> tuple[list[int], int]:  # type: ignore[no-untyped-def]
    """The page's people, and how many statements were prepared to find them."""
    with CaptureQueriesContext(connection) as captured:
        found = [p.pk for p in search_page(owner, search, now=timezone.now(), offset=0, limit=51)]
    return found, sum(q["sql"].startswith("PREPARE ") for q in captured.captured_queries)


@pytest.mark.django_db(transaction=True)
def test_a_statement_is_prepared_once_a_connection_and_answers_as_the_orm_does(owner, people_to_search):
    expected = list(people_for(owner, now=timezone.now(), search="name4 jan").values_list(
        "id", flat=True))
    assert expected  # Jane400, Jane450
    connection.close()  # begin on a connection that has prepared nothing
    first, prepared_first = prepares("name4 jan", owner)
    again, prepared_again = prepares("name4 jan", owner)
    other_words, prepared_other = prepares("name1 jane", owner)  # the same shape
    assert first == again == expected
    assert other_words == list(people_for(owner, now=timezone.now(), search="name1 jane")
                               .values_list("id", flat=True))
    connection.close()  # a new connection knows none of them
    after, prepared_after = prepares("name4 jan", owner)
    assert after == expected
    if connection.vendor == "postgresql":
        assert (prepared_first, prepared_again, prepared_other, prepared_after) == (1, 0, 0, 1)
    else:
        assert (prepared_first, prepared_again, prepared_other, prepared_after) == (0, 0, 0, 0)


def test_a_search_led_by_its_rarest_word_looks_its_people_up_for_the_others(owner, people_to_search):
    sql, params = search_page_sql(owner, "jan name45", offset=0, limit=51)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The plan a prepared statement keeps for every later search, whatever the words.
            cursor.execute("SET LOCAL enable_seqscan = off")  # tiny tables: ask for the index
            execute(cursor, sql, params)
            cursor.fetchall()
            placeholders = ", ".join(["%s"] * len(params))
            cursor.execute(f"EXPLAIN EXECUTE {name_of(sql)}({placeholders})", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Seq Scan" not in plan
            conditions = [line.strip() for line in plan.splitlines() if "Index Cond" in line]
            # the rarest word's range of the word index, for any prefix...
            assert "searchword_prefix_order" in plan
            assert any("owner_id = " in c and "~>=~ $" in c for c in conditions), plan
            # ...and each of its people looked up by (person, word)
            assert "Index Only Scan using searchword_person_word" in plan
            assert any("person_id = d.person_id" in c and "~>=~ $" in c for c in conditions), plan
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = "\n".join(str(row) for row in cursor.fetchall())
            assert ("USING COVERING INDEX searchword_person_word "
                    "(person_id=? AND word>? AND word<?)") in plan

