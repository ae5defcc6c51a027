"""The Habits page reads every step the owner has: it is kept like Today, per data version."""

from __future__ import annotations

from tests.statements import statements_run
from tests.web.helpers import html


def test_a_repeat_visit_to_habits_reads_no_steps_until_something_changes(web, owner, meet):
    meet(owner, "Jane Doe")
    first = html(web.get("/habits/"))
    with statements_run() as statements:
        again = web.get("/habits/")
    assert html(again).count("Jane") == first.count("Jane")
    assert not any("followthrough_step" in sql for sql in statements), statements
    meet(owner, "Bob Smith")  # a write: the next visit is built afresh
    with statements_run() as statements:
        web.get("/habits/")
    assert any("followthrough_step" in sql for sql in statements)
