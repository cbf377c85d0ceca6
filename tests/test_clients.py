"""The generated clients are committed: each must be what the committed contract generates,
and the TypeScript client must type-check."""

from __future__ import annotations

import pytest

from tests.resources import client_generator


def test_python_client_is_current() -> None:
    stale = client_generator().stale_python()
    assert stale == [], f"run `make clients` and commit the result; differs: {stale[:10]}"


def test_typescript_client_is_current_and_type_checks() -> None:
    generator = client_generator()
    if generator.npm() is None:
        pytest.skip("npm is not installed: the TypeScript client is checked where it is (CI)")
    fresh = generator.typescript("generate", "--", "--check")
    assert fresh.returncode == 0, f"run `make clients`:\n{fresh.stdout}{fresh.stderr}"
    checked = generator.typescript("typecheck")
    assert checked.returncode == 0, f"tsc:\n{checked.stdout}{checked.stderr}"
