"""The OpenAPI contract is a committed artifact: it must match what the code serves."""

from __future__ import annotations

import json
from pathlib import Path

from app.config import Settings
from app.main import create_app

COMMITTED = Path(__file__).resolve().parent.parent / "clients" / "openapi" / "openapi.json"


def test_committed_openapi_matches_the_code() -> None:
    served = create_app(Settings(audit_seal_interval_seconds=0)).openapi()
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == served, "the contract drifted: run `make openapi` and commit the result"


def test_every_operation_documents_its_errors_as_problems() -> None:
    spec = create_app(Settings(audit_seal_interval_seconds=0)).openapi()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert operation["operationId"], (method, path)
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")):
                    assert "application/problem+json" in response["content"], (method, path, status)
