"""Contract fuzzing: schemathesis against a live server, with every role's token.

For each operation of the contract it sends generated requests (from the examples, then
fuzzed) and checks that no answer is a 5xx, that every status is documented, and that
every answer matches its documented schema and media type. Bounded here (a couple of
examples per operation and role, about ten seconds a role); `make fuzz` runs the same with
`PASSERELLE_FUZZ_EXAMPLES=50`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKENDS
from tests.e2e.test_server import _cli, server  # noqa: F401 (the live server fixture)

pytestmark = pytest.mark.e2e

# One demo user per role (docs: README, "make run").
ROLES = ("registrar", "assessor", "supervisor", "programme", "partner", "analyst", "auditor")
CHECKS = (
    "not_a_server_error,status_code_conformance,response_schema_conformance,"
    "content_type_conformance"
)
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


def _token(base_url: str, role: str) -> str:
    grant = httpx.post(
        f"{base_url}/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": f"demo.{role}",
            "password": f"{role}-demo-passerelle",
        },
        timeout=30,
    )
    assert grant.status_code == 200, grant.text
    token: str = grant.json()["access_token"]
    return token


def test_no_role_can_break_the_contract(
    server: str,  # noqa: F811
    fresh_url: str,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend == "sqlite" and "postgres" in BACKENDS:
        pytest.skip("fuzzed once per run, on PostgreSQL")
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_TIME_COST", "1")
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_MEMORY_KIB", "64")
    seeded = _cli(fresh_url, "seed-demo")
    assert seeded.returncode == 0, seeded.stderr
    examples = os.environ.get("PASSERELLE_FUZZ_EXAMPLES", "2")
    # The administrator last: what it changes cannot take another role's token away.
    roles = os.environ.get("PASSERELLE_FUZZ_ROLES", ",".join((*ROLES, "admin"))).split(",")
    failures = []
    for role in roles:
        run = subprocess.run(
            [
                str(SCHEMATHESIS),
                "run",
                f"{server}/openapi.json",
                "--header",
                f"Authorization: Bearer {_token(server, role)}",
                "--checks",
                CHECKS,
                "--max-examples",
                examples,
                "--phases",
                "examples,fuzzing",
                "--seed",
                "1",
                "--workers",
                "2",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        summary = [line for line in run.stdout.splitlines() if "generated" in line]
        print(f"{role}: {summary[-1].strip() if summary else run.stdout[-500:]}")
        if run.returncode != 0:
            start = run.stdout.find("FAILURES")
            # Failures if any; otherwise what made it fail (errors, its summary).
            found = run.stdout[start : start + 8000] if start >= 0 else run.stdout[-8000:]
            failures.append(f"--- {role}\n{found}{run.stderr[-2000:]}")
    assert not failures, "\n".join(failures)
