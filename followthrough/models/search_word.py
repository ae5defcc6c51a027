from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.conf import settings
from django.db import models

from followthrough.domain.search_words import WORD_MAX, words_of

# The Person fields the People search finds someone by.
SEARCHED_FIELDS = ("full_name", "given_name", "family_name", "additional_names", "nickname",
                   "organisation", "tags")
_BATCH = 5000


def person_words(values: Mapping[str, object]) -> set[str]:
    """The words one person is found by, from their field values."""
    return words_of(str(values.get(name) or "") for name in SEARCHED_FIELDS)


class SearchWordQuerySet(models.QuerySet["SearchWord"]):
    def index(self, people: Iterable[models.Model]) -> None:
        """Replace the words of these saved people with the words their fields hold now."""
        people = list(people)
        for start in range(0, len(people), _BATCH):
            self.filter(person_id__in=[p.pk for p in people[start:start + _BATCH]]).delete()
        self.add((p.owner_id, p.pk, {name: getattr(p, name) for name in SEARCHED_FIELDS})  # type: ignore[attr-defined]
                 for p in people)

    def add(self, rows: Iterable[tuple[int, int, Mapping[str, object]]]) -> None:
        """Words of people who have none yet: (owner id, person id, {field: value})."""
        self.bulk_create(
            (SearchWord(owner_id=owner_id, person_id=person_id, word=word)
             for owner_id, person_id, values in rows for word in person_words(values)),
            batch_size=_BATCH,
        )


class SearchWord(models.Model):
    """One folded word of a person's name, organisation or tags: what the People search reads.

    Kept by the writes: Person.save() for one person, `SearchWord.objects.index/add` after
    bulk writes (imports, backup restore). A soft-deleted person keeps their words, so an
    undelete needs nothing; the rows go with the person when it is purged.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey("Person", on_delete=models.CASCADE, related_name="+")
    word = models.CharField(max_length=WORD_MAX)

    objects = SearchWordQuerySet.as_manager()

    class Meta:
        indexes = [
            # People search: `word LIKE 'jan%'` (PostgreSQL, hence the pattern operator class
            # whatever the database's collation) or `word >= 'jan' AND word < 'jan\U0010ffff'`
            # (SQLite), with the person id in the index so SQLite never reads the table.
            models.Index(fields=["owner", "word", "person"], name="searchword_owner_word",
                         opclasses=["", "varchar_pattern_ops", ""]),
        ]

    def __str__(self) -> str:
        return self.word
