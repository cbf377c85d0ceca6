"""The OpenAPI document, and the interactive API documentation pages served with a strict
Content-Security-Policy.

Swagger UI's assets come from its CDN; its one inline script is allowed by hash, so that
no other inline script can run on the page.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import re
from collections.abc import Iterator
from typing import Any, get_args

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.openapi.utils import get_fields_from_routes
from fastapi.responses import HTMLResponse
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

DOCS_URL = "/docs"
# Beyond this, a summary is the first clause of the first sentence.
SUMMARY_LENGTH = 100
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"
_CDN = "https://cdn.jsdelivr.net"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _csp_for(html: str) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(html)
    )
    return (
        "default-src 'none'; "
        f"script-src {_CDN} {hashes}; "
        f"style-src {_CDN} 'unsafe-inline'; "
        "img-src 'self' data: https://fastapi.tiangolo.com; "
        "connect-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )


def install_docs(app: FastAPI) -> None:
    """Serve /docs and its OAuth2 redirect page; the pages are built once."""
    docs_page = get_swagger_ui_html(
        openapi_url=app.openapi_url or "/openapi.json",
        title=f"{app.title} — API",
        oauth2_redirect_url=OAUTH2_REDIRECT_URL,
        swagger_ui_parameters={"persistAuthorization": False},
    )
    docs = bytes(docs_page.body).decode()
    redirect = bytes(get_swagger_ui_oauth2_redirect_html().body).decode()
    docs_headers = {"Content-Security-Policy": _csp_for(docs)}
    redirect_headers = {"Content-Security-Policy": _csp_for(redirect)}

    @app.get(DOCS_URL, include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return HTMLResponse(docs, headers=docs_headers)

    @app.get(OAUTH2_REDIRECT_URL, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return HTMLResponse(redirect, headers=redirect_headers)


def _models(shape: Any) -> Iterator[type[BaseModel]]:
    """The models a type annotation names: itself, or inside a union, a list, ..."""
    if isinstance(shape, type) and issubclass(shape, BaseModel):
        yield shape
    for arg in get_args(shape):
        yield from _models(arg)


def summary(description: str) -> str:
    """An operation's summary: the first sentence of its description (the endpoint's
    docstring), as lists of operations show it."""
    paragraph = " ".join(description.split("\n\n")[0].split())
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].rstrip(".")
    if len(sentence) > SUMMARY_LENGTH:  # its first clause
        sentence = re.split(r"(?<=.{20})(?::|;| —| \()", sentence, maxsplit=1)[0]
    return sentence


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """The methods the contract lists for a request path (for the `Allow` header of a
    405): those of the path templates it matches with the fewest parameters
    (`/assessments/due` rather than `/assessments/{assessment_id}`)."""
    matchers: list[tuple[re.Pattern[str], int, list[str]]] | None = getattr(
        app.state, "allowed_methods", None
    )
    if matchers is None:
        matchers = [
            (
                re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"),
                template.count("{"),
                [method.upper() for method in operations],
            )
            for template, operations in app.openapi()["paths"].items()
        ]
        app.state.allowed_methods = matchers
    matching = [(params, methods) for pattern, params, methods in matchers if pattern.match(path)]
    fewest = min((params for params, _ in matching), default=0)
    return sorted({m for params, methods in matching if params == fewest for m in methods})


def _optional_body_is_absent(body: dict[str, Any] | None) -> None:
    """An optional body is documented as its model, not as "the model or null": a caller
    with nothing to say sends no body. (Generators build a client that cannot send
    nothing when the schema is nullable.)"""
    if body is None or body.get("required"):
        return
    for media in body["content"].values():
        variants = media["schema"].get("anyOf", [])
        if len(variants) == 2 and {"type": "null"} in variants:
            (media["schema"],) = [v for v in variants if v != {"type": "null"}]


def install_openapi(app: FastAPI) -> None:
    """Serve the OpenAPI document with its examples whole, and a summary that says what
    each operation does.

    FastAPI drops every null from the document it builds, the nulls of examples included:
    an example would lack the required nullable fields it gives as null. The examples are
    taken again from the JSON schemas of the models the routes read and answer. FastAPI's
    own summary is the route's name ("Create"); the first sentence of the docstring is
    kept instead. Every operation with a body documents 400, and an optional body is not
    nullable.
    """
    build = app.openapi
    patched: dict[str, Any] | None = None

    def openapi() -> dict[str, Any]:
        nonlocal patched
        document = build()  # kept by FastAPI until the routes change
        if document is patched:
            return document
        models = {
            (model, field.mode): None
            for field in get_fields_from_routes(app.routes)
            for model in _models(field.field_info.annotation)
        }
        _, generated = models_json_schema(list(models))
        for name, schema in document["components"]["schemas"].items():
            examples = generated.get("$defs", {}).get(name, {}).get("examples")
            if examples is not None:
                schema["examples"] = examples
        operations = [op for ops in document["paths"].values() for op in ops.values()]
        bad_request = next(op["responses"]["400"] for op in operations if "400" in op["responses"])
        for operation in operations:
            if operation.get("description"):
                operation["summary"] = summary(operation["description"])
            if "requestBody" in operation and "400" not in operation["responses"]:
                # A body that is not the JSON (or form) it claims to be.
                operation["responses"]["400"] = copy.deepcopy(bad_request)
            _optional_body_is_absent(operation.get("requestBody"))
        patched = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
