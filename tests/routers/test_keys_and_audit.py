"""Key rotation keeps issued tokens valid; sign-ins and admin changes are on the audit log."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from jose import jwt
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.main import create_app
from app.models.audit import AuditEvent
from app.services.keys import rotate_signing_key
from tests.factories import Identities


async def test_rotation_signs_with_the_new_key_and_still_verifies_old_tokens(
    app: FastAPI,
    identities: Identities,
    anonymous: httpx.AsyncClient,
    session: AsyncSession,
    settings: Settings,
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    old = (await identities.login(user))["access_token"]
    new_kid = await rotate_signing_key(session, settings)
    app.state.auth.keyring.invalidate()
    fresh = (await identities.login(user))["access_token"]
    assert jwt.get_unverified_header(fresh)["kid"] == new_kid
    assert jwt.get_unverified_header(old)["kid"] != new_kid
    for token in (old, fresh):
        me = await anonymous.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200


async def test_sign_ins_and_admin_changes_are_audited(
    identities: Identities,
    anonymous: httpx.AsyncClient,
    client: httpx.AsyncClient,
    session: AsyncSession,
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    await anonymous.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": user.username, "password": "wrong password!"},
    )
    grant = await identities.login(user)
    await anonymous.post(
        "/api/v1/auth/token",
        data={"grant_type": "refresh_token", "refresh_token": grant["refresh_token"]},
    )
    await anonymous.post("/api/v1/auth/revoke", data={"token": grant["access_token"]})
    await client.patch(
        f"/api/v1/users/{user.id}", json={"display_name": "Renamed"}, headers={"If-Match": '"1"'}
    )
    actions = set(
        (
            await session.exec(
                select(AuditEvent.action).where(
                    col(AuditEvent.record_id).in_(
                        [str(user.id), jwt.get_unverified_claims(grant["access_token"])["jti"]]
                    )
                )
            )
        ).all()
    )
    assert {
        "auth.login_failed",
        "auth.login",
        "auth.refresh",
        "auth.revoke",
        "app_user.update",
    } <= actions


async def test_cors_opens_only_to_configured_origins(settings: Settings, app: FastAPI) -> None:
    opened = create_app(settings.model_copy(update={"cors_origins": ["https://tablet.example"]}))
    opened.state.engine = app.state.engine
    opened.state.session_factory = app.state.session_factory
    transport = httpx.ASGITransport(app=opened)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        allowed = await http.options(
            "/api/v1/facilities",
            headers={"Origin": "https://tablet.example", "Access-Control-Request-Method": "GET"},
        )
        refused = await http.options(
            "/api/v1/facilities",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
        )
    assert allowed.headers["access-control-allow-origin"] == "https://tablet.example"
    assert "access-control-allow-origin" not in refused.headers
