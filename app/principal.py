"""Who is acting: the principal behind a request, as services see it."""

from __future__ import annotations

from dataclasses import dataclass

ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class Actor:
    """The caller of a use case, carried into every service call and audit event."""

    principal: str
    client: str | None = None
    client_address: str | None = None
    request_id: str | None = None


# Work started by the service itself (demo seeding, the sealer), not by a request.
SYSTEM_ACTOR = Actor(principal="system", client="passerelle-cli")
