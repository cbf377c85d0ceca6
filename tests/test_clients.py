"""The generated clients are committed: each must be what the committed contract generates,
and the TypeScript client must type-check."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

GENERATE = Path(__file__).resolve().parent.parent / "clients" / "openapi" / "generate.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("client_generator", GENERATE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_python_client_is_current() -> None:
    stale = _generator().stale_python()
    assert stale == [], f"run `make clients` and commit the result; differs: {stale[:10]}"


def test_typescript_client_is_current_and_type_checks() -> None:
    generator = _generator()
    if generator.npm() is None:
        pytest.skip("npm is not installed: the TypeScript client is checked where it is (CI)")
    fresh = generator.typescript("generate", "--", "--check")
    assert fresh.returncode == 0, f"run `make clients`:\n{fresh.stdout}{fresh.stderr}"
    checked = generator.typescript("typecheck")
    assert checked.returncode == 0, f"tsc:\n{checked.stdout}{checked.stderr}"
