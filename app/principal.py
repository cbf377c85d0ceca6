"""Who is acting: the principal behind a request, as services see it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

ANONYMOUS = "anonymous"


class PrincipalKind(StrEnum):
    user = "user"
    client = "client"
    system = "system"
    anonymous = "anonymous"


@dataclass(frozen=True, slots=True)
class Actor:
    """The caller of a use case, carried into every service call and audit event.

    ``facilities`` is the set of facility ids the caller works in, or None for national
    staff who see every facility. It comes from the verified token, never from a header.
    """

    principal: str
    kind: PrincipalKind = PrincipalKind.anonymous
    subject_id: uuid.UUID | None = None
    client: str | None = None
    client_address: str | None = None
    request_id: str | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    facilities: frozenset[uuid.UUID] | None = field(default_factory=frozenset)
    organisation_id: uuid.UUID | None = None
    # Partners: only their own organisation's records, whatever the facility.
    organisation_scoped: bool = False
    agreement_id: uuid.UUID | None = None
    token_id: str | None = None

    @property
    def all_facilities(self) -> bool:
        return self.facilities is None

    @property
    def partner_organisation_id(self) -> uuid.UUID | None:
        """The partner organisation the caller acts for; None for prison staff."""
        return self.organisation_id if self.organisation_scoped else None

    def may_see_facility(self, facility_id: uuid.UUID) -> bool:
        return self.facilities is None or facility_id in self.facilities


# Work started by the service itself (demo seeding, the sealer), not by a request.
SYSTEM_ACTOR = Actor(
    principal="system", kind=PrincipalKind.system, client="passerelle-cli", facilities=None
)
