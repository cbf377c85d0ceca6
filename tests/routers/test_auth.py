"""Sign-in, tokens and their attacks: every forged, stale or revoked token is refused."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from jose import jwt
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.models.token import SigningKey
from app.services.keys import load_keyring
from tests.factories import PASSWORD, Identities
from tests.resources import assert_problem

ME = "/api/v1/auth/me"
TOKEN = "/api/v1/auth/token"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _claims(identities: Identities) -> tuple[dict[str, Any], dict[str, Any]]:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    token = (await identities.login(user))["access_token"]
    return jwt.get_unverified_header(token), jwt.get_unverified_claims(token)


async def _sign_valid(session: AsyncSession, settings: Settings, claims: dict[str, Any]) -> str:
    keyring = await load_keyring(session, settings)
    return keyring.sign(claims)


async def test_password_sign_in_and_me(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",), organisation="DNAPES")
    grant = await identities.login(user)
    assert grant["token_type"] == "bearer"
    assert grant["expires_in"] == 900
    assert grant["refresh_token"]
    assert set(grant["scope"].split()) == {
        "reference:read",
        "inmates:read",
        "inmates:write",
        "intake:write",
        "classifications:read",
        "visits:read",
        "dialogue:read",
    }
    me = (await anonymous.get(ME, headers=bearer(grant["access_token"]))).json()
    assert me["name"] == user.username
    assert me["roles"] == ["registrar"]
    assert me["all_facilities"] is False
    assert me["facility_ids"] == [str((await identities.facility("MCA-BKO")).id)]
    header = jwt.get_unverified_header(grant["access_token"])
    assert header["alg"] == "RS256"
    assert header["kid"]
    claims = jwt.get_unverified_claims(grant["access_token"])
    assert {"sub", "scope", "facilities", "org", "jti", "iat", "exp", "iss", "aud"} <= set(claims)
    assert claims["exp"] - claims["iat"] == 900


async def test_requested_scope_narrows_the_token(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    grant = await identities.login(user, scope="inmates:read")
    assert grant["scope"] == "inmates:read"
    refused = await anonymous.post(
        TOKEN,
        data={
            "grant_type": "password",
            "username": user.username,
            "password": PASSWORD,
            "scope": "admin",
        },
    )
    assert_problem(refused, 400, "invalid_scope")


@pytest.mark.parametrize("case", ["wrong password", "unknown user", "inactive user"])
async def test_failed_sign_in_looks_the_same(
    identities: Identities, anonymous: httpx.AsyncClient, session: AsyncSession, case: str
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    username, password = user.username, PASSWORD
    if case == "wrong password":
        password = "not the password at all"
    elif case == "unknown user":
        username = "nobody.here"
    else:
        user.active = False
        await session.commit()
    response = await anonymous.post(
        TOKEN, data={"grant_type": "password", "username": username, "password": password}
    )
    problem = assert_problem(response, 400, "invalid_grant")
    assert problem["detail"] == "Wrong username or password."


async def test_unsupported_grant_and_missing_fields(anonymous: httpx.AsyncClient) -> None:
    assert_problem(
        await anonymous.post(TOKEN, data={"grant_type": "implicit"}), 400, "unsupported_grant_type"
    )
    assert_problem(
        await anonymous.post(TOKEN, data={"grant_type": "password"}), 400, "invalid_grant"
    )
    assert_problem(await anonymous.post(TOKEN, data={}), 422, "validation_failed")


async def test_no_token_is_401_with_challenge(anonymous: httpx.AsyncClient) -> None:
    response = await anonymous.get(ME)
    assert_problem(response, 401, "unauthenticated")
    assert response.headers["www-authenticate"].startswith("Bearer")
    basic = await anonymous.get(ME, headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert_problem(basic, 401, "unauthenticated")


async def test_alg_none_is_refused(identities: Identities, anonymous: httpx.AsyncClient) -> None:
    header, claims = await _claims(identities)

    def b64(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    forged = f"{b64({**header, 'alg': 'none'})}.{b64(claims)}."
    assert_problem(await anonymous.get(ME, headers=bearer(forged)), 401, "unauthenticated")


async def test_hs256_signed_with_the_public_key_is_refused(
    identities: Identities, anonymous: httpx.AsyncClient, session: AsyncSession
) -> None:
    """The HS/RS confusion: the RSA public key (DER) used as an HMAC secret."""
    header, claims = await _claims(identities)
    key = await session.get(SigningKey, header["kid"])
    assert key is not None
    public = serialization.load_pem_public_key(key.public_pem.encode())
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    forged = jwt.encode(claims, der, algorithm="HS256", headers={"kid": header["kid"]})
    assert_problem(await anonymous.get(ME, headers=bearer(forged)), 401, "unauthenticated")


async def test_another_key_with_the_same_kid_is_refused(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    header, claims = await _claims(identities)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = stranger.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    forged = jwt.encode(claims, pem.decode(), algorithm="RS256", headers={"kid": header["kid"]})
    assert_problem(await anonymous.get(ME, headers=bearer(forged)), 401, "unauthenticated")
    unknown_kid = jwt.encode(claims, pem.decode(), algorithm="RS256", headers={"kid": "nope"})
    assert_problem(await anonymous.get(ME, headers=bearer(unknown_kid)), 401, "unauthenticated")


@pytest.mark.parametrize(
    "change",
    [
        {"aud": "another-api"},
        {"iss": "someone-else"},
        {"exp": int(time.time()) - 120, "iat": int(time.time()) - 1200},
        {"scope": "admin"},
    ],
    ids=["wrong audience", "wrong issuer", "expired", "tampered"],
)
async def test_bad_claims_are_refused(
    identities: Identities,
    anonymous: httpx.AsyncClient,
    session: AsyncSession,
    settings: Settings,
    change: dict[str, Any],
) -> None:
    _, claims = await _claims(identities)
    if change == {"scope": "admin"}:
        # Tampered: a valid signature of other claims, with the payload swapped.
        good = await _sign_valid(session, settings, claims)
        head, _, signature = good.split(".")
        payload = (
            base64.urlsafe_b64encode(json.dumps({**claims, **change}).encode()).decode().rstrip("=")
        )
        forged = f"{head}.{payload}.{signature}"
    else:
        forged = await _sign_valid(session, settings, {**claims, **change})
    assert_problem(await anonymous.get(ME, headers=bearer(forged)), 401, "unauthenticated")


async def test_jwe_shaped_token_is_refused(anonymous: httpx.AsyncClient) -> None:
    jwe_like = "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d"
    assert_problem(await anonymous.get(ME, headers=bearer(jwe_like)), 401, "unauthenticated")


async def test_revoked_access_token_is_refused(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    access = (await identities.login(user))["access_token"]
    assert (await anonymous.get(ME, headers=bearer(access))).status_code == 200
    revoked = await anonymous.post("/api/v1/auth/revoke", data={"token": access})
    assert revoked.status_code == 200
    assert_problem(await anonymous.get(ME, headers=bearer(access)), 401, "unauthenticated")
    # Revoking nonsense answers the same and changes nothing.
    assert (await anonymous.post("/api/v1/auth/revoke", data={"token": "x"})).status_code == 200


async def test_refresh_rotates_and_reuse_revokes_the_family(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    first = await identities.login(user)

    async def refresh(token: str) -> httpx.Response:
        return await anonymous.post(
            TOKEN, data={"grant_type": "refresh_token", "refresh_token": token}
        )

    second = await refresh(first["refresh_token"])
    assert second.status_code == 200
    rotated = second.json()["refresh_token"]
    assert rotated != first["refresh_token"]
    # The old one again: theft suspected, the whole sign-in is revoked.
    assert_problem(await refresh(first["refresh_token"]), 400, "invalid_grant")
    assert_problem(await refresh(rotated), 400, "invalid_grant")
    assert_problem(await refresh("never-issued"), 400, "invalid_grant")


async def test_revoking_a_refresh_token_ends_the_sign_in(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    grant = await identities.login(user)
    await anonymous.post("/api/v1/auth/revoke", data={"token": grant["refresh_token"]})
    response = await anonymous.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": grant["refresh_token"]}
    )
    assert_problem(response, 400, "invalid_grant")


async def test_deactivated_user_is_refused_at_once(
    identities: Identities, anonymous: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    grant = await identities.login(user)
    deactivated = await client.patch(
        f"/api/v1/users/{user.id}", json={"active": False}, headers={"If-Match": '"1"'}
    )
    assert deactivated.status_code == 200, deactivated.text
    assert_problem(
        await anonymous.get(ME, headers=bearer(grant["access_token"])), 401, "unauthenticated"
    )
    response = await anonymous.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": grant["refresh_token"]}
    )
    assert_problem(response, 400, "invalid_grant")


async def test_missing_scope_is_403(identities: Identities, anonymous: httpx.AsyncClient) -> None:
    headers = await identities.headers_for("analyst", facilities=(), all_facilities=True)
    response = await anonymous.get("/api/v1/facilities", headers=headers)
    problem = assert_problem(response, 403, "insufficient_scope")
    assert "reference:read" in problem["detail"]
    assert 'error="insufficient_scope"' in response.headers["www-authenticate"]


async def test_security_headers(anonymous: httpx.AsyncClient, app: FastAPI) -> None:
    response = await anonymous.get("/health/live")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "strict-transport-security" not in response.headers
    docs = await anonymous.get("/docs")
    csp = docs.headers["content-security-policy"]
    assert "script-src https://cdn.jsdelivr.net 'sha256-" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://secure") as https:
        secure = await https.get("/health/live")
    assert secure.headers["strict-transport-security"].startswith("max-age=")


async def test_cors_is_closed_by_default(anonymous: httpx.AsyncClient) -> None:
    response = await anonymous.options(
        "/api/v1/facilities",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in response.headers
    plain = await anonymous.get("/health/live", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in plain.headers


async def test_every_api_operation_declares_its_scope(app: FastAPI) -> None:
    spec = app.openapi()
    exempt = {"auth_token", "auth_revoke", "health_live", "health_ready"}
    assert "OAuth2" in spec["components"]["securitySchemes"]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if operation["operationId"] in exempt:
                continue
            security = operation.get("security")
            assert security, f"{method.upper()} {path} declares no security"
            scopes = security[0]["OAuth2"]
            if operation["operationId"] != "auth_me":
                assert scopes, f"{method.upper()} {path} declares no scope"
    flows = spec["components"]["securitySchemes"]["OAuth2"]["flows"]
    assert set(flows["password"]["scopes"]) >= {"inmates:read", "admin", "stats:read"}


async def test_scopes_listed_as_known_roles(session: AsyncSession) -> None:
    from app.models.role import Role

    codes = set((await session.exec(select(Role.code))).all())
    assert codes >= {
        "admin",
        "registrar",
        "assessor",
        "supervisor",
        "programme_officer",
        "partner",
        "analyst",
        "auditor",
    }


async def test_empty_basic_header_does_not_block_a_password_sign_in(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    response = await anonymous.post(
        TOKEN,
        data={"grant_type": "password", "username": user.username, "password": PASSWORD},
        headers={"Authorization": "Basic Og=="},  # ":" — what Swagger UI sends by default
    )
    assert response.status_code == 200, response.text


async def test_a_changed_secret_key_gets_a_new_signing_key(
    app: FastAPI, identities: Identities, settings: Settings
) -> None:
    from pydantic import SecretStr

    from app.services.auth import AuthServices

    user = await identities.user(("registrar",), ("MCA-BKO",))
    old_kid = jwt.get_unverified_header((await identities.login(user))["access_token"])["kid"]
    changed = settings.model_copy(update={"secret_key": SecretStr("another secret " * 4)})
    app.state.auth = AuthServices.create(changed)
    new_token = (await identities.login(user))["access_token"]
    assert jwt.get_unverified_header(new_token)["kid"] != old_kid
