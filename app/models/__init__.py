"""SQLModel tables, one module per domain; importing this package registers them all."""

from app.models.agreement import DataSharingAgreement
from app.models.assessment import Assessment
from app.models.audit import AuditChainHead, AuditEvent
from app.models.certification import Certification
from app.models.change import Change, ChangeLogHead
from app.models.classification import Classification
from app.models.client import ApiClient
from app.models.custody import IntakeStep, KeepApart, LegalStatusEntry, Placement, Transfer
from app.models.emergency import EmergencyAccess
from app.models.facility import Facility
from app.models.idempotency import IdempotencyRecord
from app.models.incident import Incident
from app.models.inmate import CustodyEpisode, Inmate
from app.models.instrument import Instrument, InstrumentVersion
from app.models.organisation import Organisation
from app.models.role import Role
from app.models.token import LoginFailure, RefreshToken, RevokedAccessToken, SigningKey
from app.models.training import (
    Participant,
    TrainingAttendance,
    TrainingEnrolment,
    TrainingOrganiser,
    TrainingSession,
)
from app.models.user import User, UserFacility, UserRole
from app.models.visit import (
    DialogueInmate,
    DialogueLeader,
    DialogueSession,
    Visit,
    Visitor,
    VisitVisitor,
)
from app.models.vocational import (
    SkillsProfile,
    VocationalAttendance,
    VocationalEnrolment,
    VocationalFollowUp,
    VocationalProgramme,
)

__all__ = [
    "ApiClient",
    "Assessment",
    "AuditChainHead",
    "AuditEvent",
    "Certification",
    "Change",
    "ChangeLogHead",
    "Classification",
    "CustodyEpisode",
    "DataSharingAgreement",
    "DialogueInmate",
    "DialogueLeader",
    "DialogueSession",
    "EmergencyAccess",
    "Facility",
    "IdempotencyRecord",
    "Incident",
    "Inmate",
    "Instrument",
    "InstrumentVersion",
    "IntakeStep",
    "KeepApart",
    "LegalStatusEntry",
    "LoginFailure",
    "Organisation",
    "Participant",
    "Placement",
    "RefreshToken",
    "RevokedAccessToken",
    "Role",
    "SigningKey",
    "SkillsProfile",
    "TrainingAttendance",
    "TrainingEnrolment",
    "TrainingOrganiser",
    "TrainingSession",
    "Transfer",
    "User",
    "UserFacility",
    "UserRole",
    "Visit",
    "VisitVisitor",
    "Visitor",
    "VocationalAttendance",
    "VocationalEnrolment",
    "VocationalFollowUp",
    "VocationalProgramme",
]
