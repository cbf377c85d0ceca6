"""The `passerelle` command line: serve, migrate, seed demo data, print the API, audit."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import typer
import uvicorn
from sqlmodel.ext.asyncio.session import AsyncSession

from app import migrations
from app.config import Environment, get_settings
from app.db import create_engine, create_session_factory
from app.logs import configure_logging
from app.main import create_app
from app.services import audit, demo

ResultT = TypeVar("ResultT")

cli = typer.Typer(help="Passerelle: R&R record system.", no_args_is_help=True)
db_cli = typer.Typer(help="Database schema (Alembic).", no_args_is_help=True)
audit_cli = typer.Typer(help="The audit log's hash chain.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
cli.add_typer(audit_cli, name="audit")


def _with_session(work: Callable[[AsyncSession], Awaitable[ResultT]]) -> ResultT:
    async def run() -> ResultT:
        engine = create_engine(get_settings())
        try:
            async with create_session_factory(engine)() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(run())


@cli.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to bind.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    migrate: Annotated[bool, typer.Option(help="Migrate the database to head first.")] = False,
) -> None:
    """Serve the API with uvicorn."""
    settings = get_settings()
    if migrate:
        migrations.upgrade(settings)
    # uvicorn's own lines go through the same JSON handler as ours.
    configure_logging(settings)
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        proxy_headers=True,
        server_header=False,
        access_log=False,
        log_config=None,
        limit_concurrency=1000,
        timeout_keep_alive=5,
    )


@cli.command()
def openapi() -> None:
    """Print the OpenAPI document."""
    typer.echo(json.dumps(create_app().openapi(), indent=2, ensure_ascii=False))


@cli.command("seed-demo")
def seed_demo() -> None:
    """Add synthetic demonstration data (refused in production)."""
    if get_settings().env is Environment.production:
        typer.echo("seed-demo refuses to run with PASSERELLE_ENV=production", err=True)
        raise typer.Exit(code=2)
    summary = _with_session(demo.seed_demo)
    for line in summary.created:
        typer.echo(f"created {line}")
    typer.echo(f"{len(summary.created)} created, {len(summary.existing)} already present")


@db_cli.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Migrate the database up to REVISION (default: head)."""
    migrations.upgrade(get_settings(), revision)


@db_cli.command("downgrade")
def db_downgrade(revision: Annotated[str, typer.Argument()]) -> None:
    """Migrate the database down to REVISION (`base` empties it)."""
    migrations.downgrade(get_settings(), revision)


@db_cli.command("check")
def db_check() -> None:
    """Fail if the models and the migrated schema disagree."""
    migrations.check(get_settings())


@audit_cli.command("seal")
def audit_seal() -> None:
    """Chain the committed audit events that are not sealed yet."""
    sealed = _with_session(audit.seal_pending)
    typer.echo(f"sealed {sealed} events")


@audit_cli.command("verify")
def audit_verify() -> None:
    """Check the hash chain; exit 1 naming the first broken event."""
    report = _with_session(audit.verify_chain)
    for problem in report.problems:
        typer.echo(f"BROKEN: {problem}", err=True)
    typer.echo(f"{report.sealed} sealed events checked, {report.unsealed} not yet sealed")
    if not report.ok:
        raise typer.Exit(code=1)
    typer.echo("audit chain intact")


def main() -> None:
    cli()
