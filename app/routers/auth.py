"""OAuth2 endpoints: tokens (password, client credentials, refresh), revocation, who am I."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Form, Header
from fastapi.responses import Response

from app.db import SessionDep
from app.deps import AuthDep, Authenticated, OriginDep
from app.errors import InvalidClient, InvalidGrant, UnsupportedGrantType, problem_responses
from app.schemas.auth import MePublic, TokenResponse
from app.services import auth, me

router = APIRouter(prefix="/auth", tags=["auth"])

FormField = Annotated[str | None, Form(max_length=4096)]


def _client_credentials(
    authorization: str | None, client_id: str | None, client_secret: str | None
) -> tuple[str, str] | None:
    """From HTTP Basic (preferred by RFC 6749) or from the form."""
    if authorization and authorization.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise InvalidClient("Malformed Basic credentials.") from exc
        name, sep, secret = decoded.partition(":")
        if not sep:
            raise InvalidClient("Malformed Basic credentials.")
        if name or secret:
            return name, secret
        # An empty Basic header (Swagger UI sends one) means no client credentials.
    if client_id and client_secret:
        return client_id, client_secret
    return None


@router.post(
    "/token",
    name="token",
    response_model=TokenResponse,
    responses=problem_responses(400, 401, 413, 415, 422, 429),
)
async def token(
    session: SessionDep,
    services: AuthDep,
    origin: OriginDep,
    grant_type: Annotated[str, Form(max_length=64)],
    username: Annotated[str | None, Form(max_length=100)] = None,
    password: FormField = None,
    scope: FormField = None,
    client_id: Annotated[str | None, Form(max_length=100)] = None,
    client_secret: FormField = None,
    refresh_token: FormField = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """Get an access token (OAuth2, form-encoded).

    * `password`: staff sign-in with `username` and `password`; on a registered tablet, also
      the device's client credentials. Answers a refresh token too.
    * `client_credentials`: partner systems, tablets and services, with `client_id` and
      `client_secret` (or HTTP Basic).
    * `refresh_token`: a new access token and a new refresh token for a used one.

    Failed sign-ins are throttled per account and per address (429 with `Retry-After`).
    """
    credentials = _client_credentials(authorization, client_id, client_secret)
    if grant_type == "password":
        if not username or password is None:
            raise InvalidGrant("The password grant needs username and password.")
        grant = await auth.password_grant(
            session,
            services,
            username=username,
            password=password,
            scope=scope,
            device_credentials=credentials,
            origin=origin,
        )
    elif grant_type == "client_credentials":
        if credentials is None:
            raise InvalidClient("The client_credentials grant needs client_id and client_secret.")
        grant = await auth.client_credentials_grant(
            session,
            services,
            client_id=credentials[0],
            client_secret=credentials[1],
            scope=scope,
            origin=origin,
        )
    elif grant_type == "refresh_token":
        if not refresh_token:
            raise InvalidGrant("The refresh_token grant needs refresh_token.")
        grant = await auth.refresh_grant(
            session, services, refresh_token=refresh_token, scope=scope, origin=origin
        )
    else:
        raise UnsupportedGrantType("Supported: password, client_credentials, refresh_token.")
    body = TokenResponse(
        access_token=grant.access_token,
        expires_in=grant.expires_in,
        scope=grant.scope,
        refresh_token=grant.refresh_token,
    )
    return Response(
        body.model_dump_json(exclude_none=True),
        media_type="application/json",
        headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
    )


@router.post(
    "/revoke",
    name="revoke",
    status_code=200,
    response_class=Response,  # an empty body, as RFC 7009 answers
    responses={
        200: {"description": "Revoked, or nothing to revoke: the answer is the same."},
        **problem_responses(413, 415, 422),
    },
)
async def revoke(
    session: SessionDep,
    services: AuthDep,
    origin: OriginDep,
    token: Annotated[str, Form(max_length=4096)],
    token_type_hint: FormField = None,
) -> Response:
    """Revoke a refresh token (and every token of its sign-in) or an access token (RFC 7009).

    Answers 200 whatever the token was, so that nothing is learnt from the answer.
    """
    await auth.revoke_token(session, services, token=token, origin=origin)
    return Response(status_code=200)


@router.get("/me", name="me", response_model=MePublic, responses=problem_responses(401, 403))
async def who_am_i(
    actor: Authenticated,
    session: SessionDep,
) -> MePublic:
    """Who the token speaks for: roles, scopes, facilities, organisation, agreement."""
    return await me.describe(session, actor)
