"""The OpenAPI contract is a committed artifact: it must match what the code serves, and be
worth generating clients from (valid, named schemas, examples, every error documented)."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import OpenAPIV31SpecValidator, validate
from pydantic import BaseModel, TypeAdapter
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import app.schemas
from app.config import Settings
from app.main import create_app
from app.schemas.common import Page, item_type
from app.schemas.training import ChangesPage

COMMITTED = Path(__file__).resolve().parent.parent / "clients" / "openapi" / "openapi.json"
# FastAPI names the form bodies of the OAuth2 endpoints; they have no model to carry examples.
FORM_BODIES = {"Body_auth_token", "Body_auth_revoke"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return create_app(Settings(audit_seal_interval_seconds=0)).openapi()


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            yield path, method, operation


def test_committed_openapi_matches_the_code(spec: dict[str, Any]) -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == spec, "the contract drifted: run `make openapi` and commit the result"


def test_the_contract_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1.")
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_every_operation_documents_its_errors_as_problems(spec: dict[str, Any]) -> None:
    for path, method, operation in _operations(spec):
        assert operation["operationId"], (method, path)
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                assert "application/problem+json" in response["content"], (method, path, status)


def test_every_operation_documents_what_it_can_answer(spec: dict[str, Any]) -> None:
    for path, method, operation in _operations(spec):
        parameters = operation.get("parameters", [])
        names = {parameter["name"] for parameter in parameters}
        expected = set()
        if path.startswith("/api/v1/"):
            expected.add("503")  # every API operation reads the database
        if operation.get("security"):
            expected |= {"401", "403"}
        if "requestBody" in operation:
            expected |= {"413", "415", "422"}
        if parameters:
            expected.add("422")
        if "If-Match" in names:
            expected |= {"412", "428"}
        if names & {"cursor", "since"}:
            expected.add("400")
        if any(parameter["in"] == "path" for parameter in parameters):
            expected.add("404")
        missing = expected - set(operation["responses"])
        assert not missing, (method, path, sorted(missing))
    assert "429" in spec["paths"]["/api/v1/auth/token"]["post"]["responses"]  # sign-in throttling
    assert "503" in spec["paths"]["/health/ready"]["get"]["responses"]


def _nodes(node: Any, where: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every object of the document, with where it is."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _nodes(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, (*where, str(index)))


def test_every_enum_is_a_named_schema(spec: dict[str, Any]) -> None:
    inline = [
        "/".join(where)
        for where, node in _nodes(spec)
        if "enum" in node and not (len(where) == 3 and where[:2] == ("components", "schemas"))
    ]
    assert inline == []


def test_optional_bodies_are_their_model(spec: dict[str, Any]) -> None:
    """Sent or not; never "the model or null", which generated clients cannot leave out."""
    optional = {
        f"{method.upper()} {path}": body["content"]["application/json"]["schema"]
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if (body := operation.get("requestBody")) and not body.get("required")
    }
    assert optional
    assert {where: list(schema) for where, schema in optional.items()} == {
        where: ["$ref"] for where in optional
    }


def test_maps_are_typed_for_generators(spec: dict[str, Any]) -> None:
    """A map with patterned keys is `propertyNames` + `additionalProperties`: generators
    ignore `patternProperties`, and a client would send untyped values."""
    assert ["/".join(where) for where, node in _nodes(spec) if "patternProperties" in node] == []


def test_schema_names_are_readable(spec: dict[str, Any]) -> None:
    names = set(spec["components"]["schemas"]) - FORM_BODIES
    assert [name for name in names if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name)] == []


def test_pages_are_named_after_their_first_item_type() -> None:
    for cls in _schema_classes().values():
        for generic in (Page, ChangesPage):
            if issubclass(cls, generic) and not cls.__pydantic_generic_metadata__["parameters"]:
                expected = item_type(cls).__name__.removesuffix("Public") + generic.__name__
                assert cls.__name__ == expected


def test_every_object_schema_has_an_example(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    missing = [
        name
        for name, schema in schemas.items()
        if "properties" in schema and not schema.get("examples") and name not in FORM_BODIES
    ]
    assert missing == []


def _subschemas(schema: dict[str, Any], pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    yield pointer, schema
    for keyword in ("properties", "patternProperties", "$defs"):
        for name, sub in schema.get(keyword, {}).items():
            escaped = name.replace("~", "~0").replace("/", "~1")
            yield from _subschemas(sub, f"{pointer}/{keyword}/{escaped}")
    for keyword in ("items", "additionalProperties", "propertyNames", "not", "contains"):
        if isinstance(schema.get(keyword), dict):
            yield from _subschemas(schema[keyword], f"{pointer}/{keyword}")
    for keyword in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for index, sub in enumerate(schema.get(keyword, [])):
            yield from _subschemas(sub, f"{pointer}/{keyword}/{index}")


def test_examples_match_their_schemas(spec: dict[str, Any]) -> None:
    """Every example of a component, and of each of its properties, against its schema,
    `$ref`s resolved in the whole document."""
    base = "urn:passerelle:openapi"
    registry = Registry().with_resource(base, Resource(spec, specification=DRAFT202012))
    # `time` is left out: RFC 3339 wants seconds and an offset that `09:00` lacks.
    formats = FormatChecker(["date", "date-time", "uuid"])
    checked = 0
    for name, component in spec["components"]["schemas"].items():
        for pointer, schema in _subschemas(component, f"/components/schemas/{name}"):
            validator = Draft202012Validator(
                {"$ref": f"{base}#{pointer}"}, registry=registry, format_checker=formats
            )
            for example in schema.get("examples", []):
                errors = [error.message for error in validator.iter_errors(example)]
                assert errors == [], (pointer, errors)
                checked += 1
    assert checked > 150


def _is_parametrized(cls: type[Any]) -> bool:
    metadata = getattr(cls, "__pydantic_generic_metadata__", None)
    return bool(metadata and metadata["origin"])


def _schema_classes() -> dict[str, type[Any]]:
    """The models and typed dicts of `app.schemas`, by name."""
    found: dict[str, type[Any]] = {}
    for module_info in pkgutil.iter_modules(app.schemas.__path__):
        module = importlib.import_module(f"app.schemas.{module_info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            # Pydantic also keeps `Page[X]`, the base of a named page, in the module.
            if cls.__module__ != module.__name__ or _is_parametrized(cls):
                continue
            if issubclass(cls, BaseModel) or hasattr(cls, "__pydantic_config__"):
                assert name not in found, f"two schema classes are named {name}"
                found[name] = cls
    return found


def test_examples_pass_their_models(spec: dict[str, Any]) -> None:
    """Beyond the schema, the model's own rules (one of two fields, periods in order...)."""
    classes = _schema_classes()
    for name, schema in spec["components"]["schemas"].items():
        if name in FORM_BODIES or not schema.get("examples"):
            continue
        adapter = TypeAdapter(classes[name])
        for example in schema["examples"]:
            adapter.validate_python(example)
