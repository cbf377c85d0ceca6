"""The `passerelle` command line: serve, migrate, seed demo data, print the API, audit."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
import uvicorn
from sqlmodel.ext.asyncio.session import AsyncSession

from app import authz_matrix, migrations
from app.config import Environment, get_settings
from app.db import create_engine, create_session_factory
from app.errors import DomainError
from app.logs import configure_logging
from app.main import create_app
from app.server import RequestLimits, http_protocol
from app.services import audit, bootstrap, demo, keys

ResultT = TypeVar("ResultT")

cli = typer.Typer(help="Passerelle: R&R record system.", no_args_is_help=True)
db_cli = typer.Typer(help="Database schema (Alembic).", no_args_is_help=True)
audit_cli = typer.Typer(help="The audit log's hash chain.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
users_cli = typer.Typer(help="Staff users.", no_args_is_help=True)
clients_cli = typer.Typer(help="API clients.", no_args_is_help=True)
keys_cli = typer.Typer(help="Token signing keys.", no_args_is_help=True)
docs_cli = typer.Typer(help="Documentation generated from the code.", no_args_is_help=True)
cli.add_typer(docs_cli, name="docs")
cli.add_typer(audit_cli, name="audit")
cli.add_typer(users_cli, name="users")
cli.add_typer(clients_cli, name="clients")
cli.add_typer(keys_cli, name="keys")


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
        # httptools, with bounds on the size of request heads and the time to send a request.
        http=http_protocol(RequestLimits.from_settings(settings)),
        limit_concurrency=settings.limit_concurrency,
        timeout_keep_alive=settings.keep_alive_timeout_seconds,
        # A worker imports the whole app before it answers the supervisor's health check;
        # on a busy machine that takes more than uvicorn's 5 s, and the worker was killed.
        timeout_worker_healthcheck=30,
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
    settings = get_settings()
    summary = _with_session(lambda session: demo.seed_demo(session, settings))
    for line in summary.created:
        typer.echo(f"created {line}")
    for line in summary.credentials:
        typer.echo(f"demo credentials: {line}")
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


@users_cli.command("create")
def users_create(
    username: Annotated[str, typer.Option(help="Login name.")],
    role: Annotated[list[str], typer.Option(help="Role code; repeat for several.")],
    facility: Annotated[list[str], typer.Option(help="Facility code; repeat.")] = [],  # noqa: B006
    org: Annotated[str | None, typer.Option(help="Organisation code.")] = None,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    all_facilities: Annotated[bool, typer.Option(help="National staff: every facility.")] = False,
) -> None:
    """Create a staff user; the password is read from standard input."""
    password = sys.stdin.readline().rstrip("\n")
    settings = get_settings()

    async def work(session: AsyncSession) -> str:
        user = await bootstrap.create_user(
            session,
            settings,
            username=username,
            password=password,
            roles=role,
            facility_codes=facility,
            organisation_code=org,
            display_name=name,
            all_facilities=all_facilities,
        )
        return str(user.id)

    try:
        user_id = _with_session(work)
    except DomainError as exc:
        _fail(exc)
    typer.echo(f"created user {username} ({user_id})")


@clients_cli.command("create")
def clients_create(
    org: Annotated[str, typer.Option(help="Organisation code.")],
    scope: Annotated[list[str], typer.Option(help="Allowed scope; repeat for several.")],
    name: Annotated[str | None, typer.Option(help="Client name.")] = None,
    kind: Annotated[str, typer.Option(help="partner, device or service.")] = "partner",
    facility: Annotated[str | None, typer.Option(help="Facility code (devices).")] = None,
) -> None:
    """Register an API client and print its secret, once."""
    settings = get_settings()

    async def work(session: AsyncSession) -> tuple[str, str]:
        return await bootstrap.create_client(
            session,
            settings,
            organisation_code=org,
            scopes=scope,
            name=name,
            kind=kind,
            facility_code=facility,
        )

    try:
        client_id, secret = _with_session(work)
    except DomainError as exc:
        _fail(exc)
    typer.echo(f"client_id={client_id}")
    typer.echo(f"client_secret={secret}")
    typer.echo("The secret is shown once; store it now.", err=True)


@keys_cli.command("rotate")
def keys_rotate() -> None:
    """Make a new signing key; tokens signed by older keys stay valid until they expire."""
    settings = get_settings()
    kid = _with_session(lambda session: keys.rotate_signing_key(session, settings))
    typer.echo(f"signing key {kid}")


@docs_cli.command("roles")
def docs_roles(
    write: Annotated[
        Path | None, typer.Option(help="Write to this file, e.g. docs/roles.md.")
    ] = None,
) -> None:
    """Render the roles and the authorisation matrix as Markdown."""
    text = authz_matrix.render(create_app())
    if write is None:
        typer.echo(text, nl=False)
    else:
        write.write_text(text, encoding="utf-8")


@keys_cli.command("retire")
def keys_retire(
    keep: Annotated[int, typer.Option(help="How many of the newest keys keep verifying.")] = 2,
) -> None:
    """Stop verifying tokens signed by older keys (run once their tokens have expired)."""
    retired = _with_session(lambda session: keys.retire_old_keys(session, keep))
    typer.echo(f"retired {retired} keys")


def _fail(exc: DomainError) -> NoReturn:
    typer.echo(f"refused: {exc.detail or exc.code}", err=True)
    for error in exc.errors or []:
        typer.echo(f"  {error.field}: {error.message}", err=True)
    raise typer.Exit(code=2)


def main() -> None:
    cli()
