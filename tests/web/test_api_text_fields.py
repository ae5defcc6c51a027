"""Every text the API takes, in every body and query its OpenAPI schema lists, answers 422 naming
the field when it holds a lone UTF-16 surrogate, NUL or another control character (the schema is
walked, so a new field is covered without editing this test). Before, such text reached the
database and answered 500."""

from __future__ import annotations

import json
from typing import Any

import pytest

HOSTILE = {
    "lone surrogate": "Lone \ud800",
    "low surrogate": "\udfffx",
    "NUL": "a\x00b",
    "escape": "Jane \x1b[2J\x1b]52;c;aGk=\x07",
    "C1 control": "x\x9b31m",
    "backspace": "x\x08y",
}


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in schema:  # `str | None` and the like: the first alternative that is not null
        schema = next(s for s in schema["anyOf"] if s.get("type") != "null")
        return _resolve(spec, schema)
    return schema


def _valid(spec: dict[str, Any], schema: dict[str, Any], ids: dict[str, int]) -> Any:
    """A value the schema accepts (the owner's real ids), so only the field under test is wrong."""
    schema = _resolve(spec, schema)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "string":
        return "2026-03-04T18:00:00+01:00" if schema.get("format") == "date-time" else "text"
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "array":
        return [_valid(spec, schema["items"], ids)]
    if kind == "object":
        return {name: ids[name] if name in ids else _valid(spec, field, ids)
                for name, field in schema.get("properties", {}).items()}
    raise AssertionError(f"no example for {schema}")


def _is_text(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = _resolve(spec, schema)
    if schema.get("type") == "array":
        return _is_text(spec, schema["items"])
    return schema.get("type") == "string" and "format" not in schema and "enum" not in schema


def _text_inputs(spec: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(method, path, where, field) for every text field of every operation."""
    found = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query" and _is_text(spec, parameter["schema"]):
                    found.append((method, path, "query", parameter["name"]))
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                fields = _resolve(spec, body["schema"]).get("properties", {})
                found += [(method, path, "body", name) for name, field in fields.items()
                          if _is_text(spec, field)]
    return found


@pytest.fixture
def ids(api, owner) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The owner's rows, so that a request that got past validation would reach the database."""
    from followthrough.models import Interaction, Meeting, Offer, Person, Step

    api("post", "/api/meetings", {"name": "Jane Doe", "give": "an intro"})
    person = Person.objects.get(owner=owner)
    api("post", "/api/interactions", {"person_id": person.pk, "kind": "call"})
    return {"person_id": person.pk, "meeting_id": Meeting.objects.get(owner=owner).pk,
            "step_id": Step.objects.filter(owner=owner).first().pk,  # type: ignore[union-attr]
            "offer_id": Offer.objects.get(owner=owner).pk,
            "interaction_id": Interaction.objects.get(owner=owner).pk}


@pytest.fixture
def spec(client) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return dict(client.get("/api/openapi.json").json())


def test_the_walk_finds_the_text_fields_of_every_writing_operation(spec):
    fields = {(method, path, name) for method, path, _, name in _text_inputs(spec)}
    assert {("post", "/api/meetings", "name"), ("patch", "/api/people/{person_id}", "tags"),
            ("post", "/api/interactions", "note"), ("post", "/api/offers", "text"),
            ("post", "/api/steps/{step_id}/skip", "reason"), ("get", "/api/people", "q"),
            ("patch", "/api/reminders", "email")} <= fields


@pytest.mark.parametrize("hostile", HOSTILE.values(), ids=HOSTILE.keys())
def test_every_text_field_answers_422_naming_itself(api, spec, ids, hostile):
    from urllib.parse import quote

    inputs = _text_inputs(spec)
    assert len(inputs) >= 20
    for method, path, where, name in inputs:
        url = path.format(**ids)
        operation = spec["paths"][path][method]
        body = None
        if where == "body":
            schema = operation["requestBody"]["content"]["application/json"]["schema"]
            body = _valid(spec, schema, ids)
            field_schema = _resolve(spec, _resolve(spec, schema)["properties"][name])
            body[name] = [hostile] if field_schema.get("type") == "array" else hostile
            body = json.dumps(body)  # a surrogate travels as its \\ud800 escape
        elif "\ud800" <= hostile[-1] <= "\udfff" or "\ud800" <= hostile[0] <= "\udfff":
            continue  # a URL carries UTF-8 bytes, where a lone surrogate cannot be written
        else:
            url += f"?{name}={quote(hostile)}"
        answer = api(method, url, body)
        assert answer.status_code == 422, (method, url, name, answer.status_code, answer.content)
        assert any(error["loc"][-1] == name for error in answer.json()["detail"]), answer.json()
