"""The password policy staff passwords must meet."""

from __future__ import annotations

from app.errors import DomainError
from app.schemas.problem import FieldError

MIN_LENGTH = 12

# The most common choices, and local ones; a longer list belongs in a file if this grows.
COMMON_PASSWORDS = frozenset(
    {
        "123456789012",
        "1234567890123",
        "password1234",
        "password12345",
        "passw0rd1234",
        "qwertyuiop12",
        "azertyuiop12",
        "azertyuiop123",
        "motdepasse12",
        "motdepasse123",
        "motdepasse1234",
        "iloveyou1234",
        "administrator",
        "administrateur",
        "bamako123456",
        "mali12345678",
        "welcome12345",
        "bienvenue123",
        "bienvenue1234",
        "letmein12345",
        "changeme1234",
        "prisonbamako",
        "passerelle12",
        "passerelle123",
        "111111111111",
        "000000000000",
        "abcdefghijkl",
        "abc123456789",
        "qwerty123456",
        "azerty123456",
    }
)


class WeakPassword(DomainError):
    status, code = 422, "weak_password"


def check_password_policy(password: str, username: str, field: str = "body.password") -> None:
    """Refuse a password that is short, is the username, or is a known common one."""
    reasons = []
    if len(password) < MIN_LENGTH:
        reasons.append(f"at least {MIN_LENGTH} characters")
    lowered = password.casefold()
    if username and username.casefold() in lowered:
        reasons.append("must not contain the username")
    if lowered in COMMON_PASSWORDS or len(set(password)) < 4:
        reasons.append("too common or too simple")
    if reasons:
        raise WeakPassword(
            "The password does not meet the policy.",
            errors=[
                FieldError(field=field, message=reason, type="password_policy")
                for reason in reasons
            ],
        )
