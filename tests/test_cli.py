"""The `passerelle` command line, run in-process against a database of its own."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.config import get_settings


@pytest.fixture
def runner(fresh_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("PASSERELLE_DATABASE_URL", fresh_url)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_seed_demo_is_synthetic_and_safe_to_repeat(runner: CliRunner) -> None:
    first = runner.invoke(cli, ["seed-demo"])
    assert first.exit_code == 0, first.output
    assert "created facility MCA-BKO" in first.output
    assert "created facility KLK" in first.output
    assert "created organisation UNICRI" in first.output
    second = runner.invoke(cli, ["seed-demo"])
    assert second.exit_code == 0
    assert "0 created, 18 already present" in second.output
    assert "demo credentials: user demo.registrar.klk password" in second.output
    verify = runner.invoke(cli, ["audit", "verify"])
    assert verify.exit_code == 0


def test_seed_demo_refuses_production(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PASSERELLE_ENV", "production")
    monkeypatch.setenv("PASSERELLE_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1/x")
    monkeypatch.setenv("PASSERELLE_SECRET_KEY", "k" * 40)
    get_settings.cache_clear()
    result = runner.invoke(cli, ["seed-demo"])
    assert result.exit_code == 2
    assert "refuses" in result.output


def test_production_refuses_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from app.config import Settings

    monkeypatch.setenv("PASSERELLE_ENV", "production")
    with pytest.raises(ValidationError):
        Settings(database_url="sqlite+aiosqlite:///./var/x.db")


def test_openapi_prints_the_contract(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["openapi"])
    assert result.exit_code == 0
    spec = json.loads(result.output)
    assert spec["openapi"].startswith("3.1")
    operations = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {"facilities_list", "facilities_create", "organisations_update"} <= operations


def test_users_and_clients_from_the_command_line(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["seed-demo"]).exit_code == 0
    weak = runner.invoke(
        cli,
        ["users", "create", "--username", "cli.user", "--role", "registrar", "--facility", "KLK"],
        input="short\n",
    )
    assert weak.exit_code == 2
    assert "refused" in weak.output
    made = runner.invoke(
        cli,
        ["users", "create", "--username", "cli.user", "--role", "registrar", "--facility", "KLK"],
        input="a decent passphrase\n",
    )
    assert made.exit_code == 0, made.output
    client = runner.invoke(
        cli, ["clients", "create", "--org", "UNICRI", "--scope", "stats:read", "--kind", "service"]
    )
    assert client.exit_code == 0, client.output
    assert "client_secret=" in client.output
    unknown = runner.invoke(cli, ["clients", "create", "--org", "NOPE", "--scope", "stats:read"])
    assert unknown.exit_code == 2
    rotated = runner.invoke(cli, ["keys", "rotate"])
    assert rotated.exit_code == 0
    assert rotated.output.startswith("signing key ")
    runner.invoke(cli, ["keys", "rotate"])
    retired = runner.invoke(cli, ["keys", "retire", "--keep", "1"])
    assert retired.output.strip() == "retired 1 keys"
