from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.conf import settings
from django.db import models

from followthrough.domain.search_words import WORD_MAX, words_of

NAME_MAX = 200  # Person.full_name's

# The Person fields the People search finds someone by.
SEARCHED_FIELDS = ("full_name", "given_name", "family_name", "additional_names", "nickname",
                   "organisation", "tags")
_BATCH = 5000


def person_words(values: Mapping[str, object]) -> set[str]:
    """The words one person is found by, from their field values."""
    return words_of(str(values.get(name) or "") for name in SEARCHED_FIELDS)


class SearchWordQuerySet(models.QuerySet["SearchWord"]):
    def index(self, people: Iterable[models.Model]) -> None:
        """Replace the words of these saved people with what their fields hold now (none for
        the deleted)."""
        people = list(people)
        for start in range(0, len(people), _BATCH):
            self.filter(person_id__in=[p.pk for p in people[start:start + _BATCH]]).delete()
        self.add((p.owner_id, p.pk, {name: getattr(p, name) for name in (*SEARCHED_FIELDS, "next_due")})  # type: ignore[attr-defined]
                 for p in people if p.deleted_at is None)  # type: ignore[attr-defined]

    def add(self, rows: Iterable[tuple[int, int, Mapping[str, object]]]) -> None:
        """Words of living people who have none yet: (owner id, person id, {field: value})."""
        self.bulk_create(
            (SearchWord(owner_id=owner_id, person_id=person_id, word=word,
                        next_due=values.get("next_due"), name=str(values["full_name"]))
             for owner_id, person_id, values in rows for word in person_words(values)),
            batch_size=_BATCH,
        )


class SearchWord(models.Model):
    """One folded word of a person's name, organisation or tags: what the People search reads.

    Each row also carries the person's sort key on the People page (next deadline, name), so
    a search finding thousands of people sorts them from the index alone and reads only the
    page's people. Kept by the writes: Person.save() for one person (a changed deadline
    updates the rows; deleting removes them, undeleting puts them back),
    `SearchWord.objects.index/add` after bulk writes (imports, backup restore).
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # Indexed by searchword_person_word, which leads with the person.
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="+", db_index=False)
    word = models.CharField(max_length=WORD_MAX)
    next_due = models.DateTimeField(null=True, blank=True)
    name = models.CharField(max_length=NAME_MAX, blank=True)

    objects = SearchWordQuerySet.as_manager()

    class Meta:
        indexes = [
            # People search: `word LIKE 'jan%'` (PostgreSQL, hence the pattern operator class
            # whatever the database's collation) or `word >= 'jan' AND word < 'jan\U0010ffff'`
            # (SQLite), covering the sort key and the person id: the table is never read.
            models.Index(fields=["owner", "word", "next_due", "name", "person"],
                         name="searchword_prefix_order",
                         opclasses=["", "varchar_pattern_ops", "", "", ""]),
            # Does this person have a word starting so? (a search led by its rarest word)
            models.Index(fields=["person", "word"], name="searchword_person_word",
                         opclasses=["", "varchar_pattern_ops"]),
        ]

    def __str__(self) -> str:
        return self.word
