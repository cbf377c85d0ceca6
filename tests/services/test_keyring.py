"""The keyring remembers the tokens it verified: each is decoded once, but a remembered token
is refused exactly when the decoder would refuse it (expired, another audience or issuer),
and the memory is bounded. (Revocation is the database's to answer on every request:
tests/routers/test_auth.py::test_revoked_access_token_is_refused revokes a token its
keyring already remembers.)"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import jose.jwt
import pytest

from app import security
from app.config import Settings
from app.security import (
    TOKEN_LEEWAY_SECONDS,
    InvalidAccessToken,
    Keyring,
    KeyRow,
    access_claims,
    generate_signing_key,
)
from tests.conftest import make_settings


@pytest.fixture(scope="module")
def key_settings() -> Settings:
    return make_settings("sqlite+aiosqlite:///:memory:")


@pytest.fixture(scope="module")
def key_row(key_settings: Settings) -> KeyRow:
    key = generate_signing_key(key_settings)
    return KeyRow(key.kid, key.algorithm, key.public_pem, key.private_pem_encrypted, True)


@pytest.fixture
def keyring(key_row: KeyRow, key_settings: Settings) -> Keyring:
    """A keyring of its own per test: it starts remembering nothing."""
    return Keyring([key_row], key_settings)


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tokens the JWT library was asked to decode (a signature check each)."""
    calls: list[str] = []
    decode = jose.jwt.decode

    def counting(token: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        calls.append(token)
        return decode(token, *args, **kwargs)

    monkeypatch.setattr(jose.jwt, "decode", counting)
    return calls


class _Clock:
    """One clock for the keyring's memory and for the JWT library's own expiry check."""

    def __init__(self, now: int) -> None:
        self.now = now

    def time(self) -> float:
        return float(self.now)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    clock = _Clock(int(time.time()))

    class _Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return datetime.fromtimestamp(clock.now, tz)

    monkeypatch.setattr(security, "time", SimpleNamespace(time=clock.time))
    monkeypatch.setattr(jose.jwt, "datetime", _Frozen)
    return clock


def _token(
    keyring: Keyring, settings: Settings, *, now: datetime | None = None, **change: Any
) -> str:
    claims = access_claims(
        settings=settings,
        subject="user:00000000-0000-0000-0000-000000000001",
        scopes=["inmates:read"],
        facilities=None,
        organisation=None,
        client=None,
        agreement=None,
        organisation_scoped=False,
        now=now or datetime.now(UTC),
    )
    return keyring.sign({**claims, **change})


def _verify(keyring: Keyring, settings: Settings, token: str, **change: str) -> dict[str, Any]:
    expected = {"audience": settings.token_audience, "issuer": settings.token_issuer, **change}
    return keyring.verify(token, **expected)


def test_a_token_verified_again_is_not_decoded_again(
    keyring: Keyring, key_settings: Settings, decodes: list[str]
) -> None:
    token = _token(keyring, key_settings)
    first = _verify(keyring, key_settings, token)
    assert _verify(keyring, key_settings, token) == first
    assert _verify(keyring, key_settings, token) == first
    assert decodes == [token]
    # Another token is decoded on its own: remembered by the whole token, signature included.
    other = _token(keyring, key_settings)
    assert _verify(keyring, key_settings, other)["jti"] != first["jti"]
    assert decodes == [token, other]


def test_a_token_that_fails_is_not_remembered(
    keyring: Keyring, key_settings: Settings, decodes: list[str]
) -> None:
    token = _token(keyring, key_settings)
    head, payload, signature = token.split(".")
    forged = f"{head}.{payload}.{signature[:-4]}AAAA"
    for _ in range(2):
        with pytest.raises(InvalidAccessToken):
            _verify(keyring, key_settings, forged)
    assert decodes == [forged, forged]


def test_a_remembered_token_expires_when_the_decoder_would_refuse_it(
    keyring: Keyring,
    key_row: KeyRow,
    key_settings: Settings,
    decodes: list[str],
    clock: _Clock,
) -> None:
    token = _token(keyring, key_settings, now=datetime.fromtimestamp(clock.now, UTC))
    exp = _verify(keyring, key_settings, token)["exp"]
    assert decodes == [token]

    # At the last second the leeway allows, remembered and freshly decoded alike accept it.
    clock.now = exp + TOKEN_LEEWAY_SECONDS
    assert _verify(keyring, key_settings, token)["exp"] == exp
    assert decodes == [token]
    assert _verify(Keyring([key_row], key_settings), key_settings, token)["exp"] == exp
    assert len(decodes) == 2

    # A second later both refuse it: the remembered one without decoding it again.
    clock.now = exp + TOKEN_LEEWAY_SECONDS + 1
    with pytest.raises(InvalidAccessToken):
        _verify(keyring, key_settings, token)
    assert len(decodes) == 2
    with pytest.raises(InvalidAccessToken):
        _verify(Keyring([key_row], key_settings), key_settings, token)
    # Forgotten once refused: asked again, the decoder answers, and refuses it too.
    with pytest.raises(InvalidAccessToken):
        _verify(keyring, key_settings, token)
    assert len(decodes) == 4


@pytest.mark.parametrize("claim", ["audience", "issuer"])
def test_a_remembered_token_is_refused_for_another_audience_or_issuer(
    keyring: Keyring, key_settings: Settings, decodes: list[str], claim: str
) -> None:
    token = _token(keyring, key_settings)
    _verify(keyring, key_settings, token)
    with pytest.raises(InvalidAccessToken):
        _verify(keyring, key_settings, token, **{claim: "another-service"})
    # The refusal does not make the keyring forget it for the right audience and issuer.
    _verify(keyring, key_settings, token)
    assert len(decodes) == 2


def test_a_token_remembered_for_another_audience_is_refused_for_this_one(
    keyring: Keyring, key_settings: Settings
) -> None:
    token = _token(keyring, key_settings, aud="another-service", iss="another-issuer")
    _verify(keyring, key_settings, token, audience="another-service", issuer="another-issuer")
    with pytest.raises(InvalidAccessToken):
        _verify(keyring, key_settings, token)
    with pytest.raises(InvalidAccessToken):
        _verify(keyring, key_settings, token, audience="another-service")
    with pytest.raises(InvalidAccessToken):
        _verify(keyring, key_settings, token, issuer="another-issuer")


def test_the_memory_is_bounded_and_forgets_the_oldest_first(
    keyring: Keyring,
    key_settings: Settings,
    decodes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(security, "VERIFIED_TOKENS_KEPT", 3)
    tokens = [_token(keyring, key_settings) for _ in range(5)]
    for token in tokens:
        _verify(keyring, key_settings, token)
        assert len(keyring._verified) <= 3
    assert decodes == tokens
    # The last three are remembered; the first two were forgotten, oldest first.
    for token in tokens[2:]:
        _verify(keyring, key_settings, token)
    assert decodes == tokens
    _verify(keyring, key_settings, tokens[0])
    assert decodes == [*tokens, tokens[0]]
    assert len(keyring._verified) == 3


def test_a_new_keyring_remembers_nothing(
    keyring: Keyring, key_row: KeyRow, key_settings: Settings, decodes: list[str]
) -> None:
    """After a rotation or a retirement the keyring is reloaded: every token is checked
    against the keys of the new one."""
    token = _token(keyring, key_settings)
    _verify(keyring, key_settings, token)
    _verify(Keyring([key_row], key_settings), key_settings, token)
    assert decodes == [token, token]
    retired = Keyring([], key_settings)
    with pytest.raises(InvalidAccessToken):
        _verify(retired, key_settings, token)
