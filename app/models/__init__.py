"""SQLModel tables, one module per domain; importing this package registers them all."""

from app.models.audit import AuditChainHead, AuditEvent
from app.models.facility import Facility
from app.models.idempotency import IdempotencyRecord
from app.models.organisation import Organisation

__all__ = ["AuditChainHead", "AuditEvent", "Facility", "IdempotencyRecord", "Organisation"]
