"""Contains all the data models used in inputs/outputs"""

from .accreditation_set import AccreditationSet
from .agreement_create import AgreementCreate
from .agreement_page import AgreementPage
from .agreement_public import AgreementPublic
from .agreement_status import AgreementStatus
from .agreement_update import AgreementUpdate
from .assessment_create import AssessmentCreate
from .assessment_create_ratings import AssessmentCreateRatings
from .assessment_kind import AssessmentKind
from .assessment_page import AssessmentPage
from .assessment_public import AssessmentPublic
from .assessment_public_ratings import AssessmentPublicRatings
from .assessment_status import AssessmentStatus
from .assessment_update import AssessmentUpdate
from .assessment_update_ratings import AssessmentUpdateRatings
from .assessments_measure import AssessmentsMeasure
from .attendance_batch import AttendanceBatch
from .attendance_batch_attendance_record import AttendanceBatchAttendanceRecord
from .attendance_changes_page import AttendanceChangesPage
from .attendance_public import AttendancePublic
from .attendance_record import AttendanceRecord
from .attendance_status import AttendanceStatus
from .audit_event_public import AuditEventPublic
from .audit_event_public_detail import AuditEventPublicDetail
from .audit_page import AuditPage
from .body_auth_revoke import BodyAuthRevoke
from .body_auth_token import BodyAuthToken
from .caller_kind import CallerKind
from .certification_create import CertificationCreate
from .certification_public import CertificationPublic
from .change_entry import ChangeEntry
from .change_feed import ChangeFeed
from .change_operation import ChangeOperation
from .charge import Charge
from .charge_public import ChargePublic
from .classification_create import ClassificationCreate
from .classification_public import ClassificationPublic
from .client_create import ClientCreate
from .client_kind import ClientKind
from .client_page import ClientPage
from .client_public import ClientPublic
from .client_update import ClientUpdate
from .client_with_secret import ClientWithSecret
from .dialogue_outcome import DialogueOutcome
from .dialogue_session_create import DialogueSessionCreate
from .dialogue_session_page import DialogueSessionPage
from .dialogue_session_partner_view import DialogueSessionPartnerView
from .dialogue_session_public import DialogueSessionPublic
from .dialogue_session_update import DialogueSessionUpdate
from .dialogue_status import DialogueStatus
from .dimension import Dimension
from .domain import Domain
from .domain_summary import DomainSummary
from .domain_summary_counts import DomainSummaryCounts
from .due_review import DueReview
from .education_level import EducationLevel
from .eligibility import Eligibility
from .eligibility_rule import EligibilityRule
from .emergency_access_page import EmergencyAccessPage
from .emergency_access_public import EmergencyAccessPublic
from .emergency_access_request import EmergencyAccessRequest
from .employment_status import EmploymentStatus
from .enrolment_changes_page import EnrolmentChangesPage
from .enrolment_completion import EnrolmentCompletion
from .enrolment_create import EnrolmentCreate
from .enrolment_end import EnrolmentEnd
from .enrolment_public import EnrolmentPublic
from .enrolment_request import EnrolmentRequest
from .enrolment_request_status import EnrolmentRequestStatus
from .enrolment_status import EnrolmentStatus
from .enrolment_update import EnrolmentUpdate
from .episode_public import EpisodePublic
from .facility_create import FacilityCreate
from .facility_create_visit_restrictions import FacilityCreateVisitRestrictions
from .facility_page import FacilityPage
from .facility_public import FacilityPublic
from .facility_public_visit_restrictions import FacilityPublicVisitRestrictions
from .facility_update import FacilityUpdate
from .facility_update_visit_restrictions import FacilityUpdateVisitRestrictions
from .failed_rule import FailedRule
from .family_contact import FamilyContact
from .family_contact_public import FamilyContactPublic
from .field_error import FieldError
from .follow_up_create import FollowUpCreate
from .follow_up_public import FollowUpPublic
from .health_status import HealthStatus
from .health_status_checks import HealthStatusChecks
from .id_document_type import IdDocumentType
from .incident_create import IncidentCreate
from .incident_kind import IncidentKind
from .incident_public import IncidentPublic
from .inmate_create import InmateCreate
from .inmate_identity import InmateIdentity
from .inmate_match import InmateMatch
from .inmate_matches import InmateMatches
from .inmate_page import InmatePage
from .inmate_public import InmatePublic
from .inmate_restricted import InmateRestricted
from .inmate_update import InmateUpdate
from .instrument_create import InstrumentCreate
from .instrument_page import InstrumentPage
from .instrument_public import InstrumentPublic
from .instrument_update import InstrumentUpdate
from .intake_public import IntakePublic
from .intake_step_code import IntakeStepCode
from .intake_step_public import IntakeStepPublic
from .intake_step_public_answers import IntakeStepPublicAnswers
from .intake_step_record import IntakeStepRecord
from .intake_step_record_answers import IntakeStepRecordAnswers
from .intake_step_write import IntakeStepWrite
from .intake_step_write_answers import IntakeStepWriteAnswers
from .intake_summary import IntakeSummary
from .intake_summary_page import IntakeSummaryPage
from .interval import Interval
from .intervention import Intervention
from .intervention_code import InterventionCode
from .intervention_public import InterventionPublic
from .item import Item
from .item_kind import ItemKind
from .judgement import Judgement
from .keep_apart_public import KeepApartPublic
from .keep_apart_reason import KeepApartReason
from .keep_apart_request import KeepApartRequest
from .legal_status import LegalStatus
from .legal_status_create import LegalStatusCreate
from .legal_status_public import LegalStatusPublic
from .me_public import MePublic
from .months_after_release import MonthsAfterRelease
from .new_participant import NewParticipant
from .occupant_public import OccupantPublic
from .organisation_create import OrganisationCreate
from .organisation_kind import OrganisationKind
from .organisation_page import OrganisationPage
from .organisation_public import OrganisationPublic
from .organisation_update import OrganisationUpdate
from .participant_category import ParticipantCategory
from .participant_create import ParticipantCreate
from .participant_page import ParticipantPage
from .participant_public import ParticipantPublic
from .participant_restricted import ParticipantRestricted
from .participant_update import ParticipantUpdate
from .password_reset import PasswordReset
from .placement_create import PlacementCreate
from .placement_public import PlacementPublic
from .population_measure import PopulationMeasure
from .problem import Problem
from .programme_create import ProgrammeCreate
from .programme_page import ProgrammePage
from .programme_public import ProgrammePublic
from .programme_status import ProgrammeStatus
from .programme_update import ProgrammeUpdate
from .rating import Rating
from .rating_public import RatingPublic
from .readmission_create import ReadmissionCreate
from .record_result import RecordResult
from .rejection_reason import RejectionReason
from .restricted_activity import RestrictedActivity
from .restriction_level import RestrictionLevel
from .return_request import ReturnRequest
from .role_create import RoleCreate
from .role_page import RolePage
from .role_public import RolePublic
from .role_update import RoleUpdate
from .scope import Scope
from .security_level import SecurityLevel
from .session_attendance_batch import SessionAttendanceBatch
from .session_attendance_batch_session_attendance_record import SessionAttendanceBatchSessionAttendanceRecord
from .session_attendance_record import SessionAttendanceRecord
from .sex import Sex
from .skill_level import SkillLevel
from .skills_profile_public import SkillsProfilePublic
from .skills_profile_write import SkillsProfileWrite
from .stats_format import StatsFormat
from .stats_table import StatsTable
from .stats_table_cells_item import StatsTableCellsItem
from .subject_file_public import SubjectFilePublic
from .sync_counts import SyncCounts
from .sync_outcome import SyncOutcome
from .sync_result import SyncResult
from .sync_type import SyncType
from .token_response import TokenResponse
from .trade import Trade
from .training_measure import TrainingMeasure
from .training_session_create import TrainingSessionCreate
from .training_session_page import TrainingSessionPage
from .training_session_public import TrainingSessionPublic
from .training_session_update import TrainingSessionUpdate
from .training_status import TrainingStatus
from .training_topic import TrainingTopic
from .transfer_create import TransferCreate
from .transfer_public import TransferPublic
from .user_create import UserCreate
from .user_page import UserPage
from .user_public import UserPublic
from .user_update import UserUpdate
from .version_content import VersionContent
from .version_public import VersionPublic
from .version_status import VersionStatus
from .version_summary import VersionSummary
from .vetting_decision import VettingDecision
from .vetting_decision_status import VettingDecisionStatus
from .vetting_status import VettingStatus
from .visit_create import VisitCreate
from .visit_decision import VisitDecision
from .visit_log import VisitLog
from .visit_outcome import VisitOutcome
from .visit_page import VisitPage
from .visit_public import VisitPublic
from .visit_reason import VisitReason
from .visit_status import VisitStatus
from .visit_type import VisitType
from .visitor_ban import VisitorBan
from .visitor_create import VisitorCreate
from .visitor_kind import VisitorKind
from .visitor_page import VisitorPage
from .visitor_public import VisitorPublic
from .visitor_restricted import VisitorRestricted
from .visitor_summary import VisitorSummary
from .visitor_update import VisitorUpdate
from .visits_measure import VisitsMeasure
from .vocational_attendance_batch import VocationalAttendanceBatch
from .vocational_attendance_batch_vocational_attendance_record import (
    VocationalAttendanceBatchVocationalAttendanceRecord,
)
from .vocational_attendance_record import VocationalAttendanceRecord
from .vocational_enrolment_page import VocationalEnrolmentPage
from .vocational_enrolment_partner_view import VocationalEnrolmentPartnerView
from .vocational_enrolment_public import VocationalEnrolmentPublic
from .vocational_enrolment_status import VocationalEnrolmentStatus
from .vocational_measure import VocationalMeasure
from .vocational_record_result import VocationalRecordResult
from .vocational_sync_result import VocationalSyncResult
from .without_contact import WithoutContact
from .without_contact_page import WithoutContactPage

__all__ = (
    "AccreditationSet",
    "AgreementCreate",
    "AgreementPage",
    "AgreementPublic",
    "AgreementStatus",
    "AgreementUpdate",
    "AssessmentCreate",
    "AssessmentCreateRatings",
    "AssessmentKind",
    "AssessmentPage",
    "AssessmentPublic",
    "AssessmentPublicRatings",
    "AssessmentsMeasure",
    "AssessmentStatus",
    "AssessmentUpdate",
    "AssessmentUpdateRatings",
    "AttendanceBatch",
    "AttendanceBatchAttendanceRecord",
    "AttendanceChangesPage",
    "AttendancePublic",
    "AttendanceRecord",
    "AttendanceStatus",
    "AuditEventPublic",
    "AuditEventPublicDetail",
    "AuditPage",
    "BodyAuthRevoke",
    "BodyAuthToken",
    "CallerKind",
    "CertificationCreate",
    "CertificationPublic",
    "ChangeEntry",
    "ChangeFeed",
    "ChangeOperation",
    "Charge",
    "ChargePublic",
    "ClassificationCreate",
    "ClassificationPublic",
    "ClientCreate",
    "ClientKind",
    "ClientPage",
    "ClientPublic",
    "ClientUpdate",
    "ClientWithSecret",
    "DialogueOutcome",
    "DialogueSessionCreate",
    "DialogueSessionPage",
    "DialogueSessionPartnerView",
    "DialogueSessionPublic",
    "DialogueSessionUpdate",
    "DialogueStatus",
    "Dimension",
    "Domain",
    "DomainSummary",
    "DomainSummaryCounts",
    "DueReview",
    "EducationLevel",
    "Eligibility",
    "EligibilityRule",
    "EmergencyAccessPage",
    "EmergencyAccessPublic",
    "EmergencyAccessRequest",
    "EmploymentStatus",
    "EnrolmentChangesPage",
    "EnrolmentCompletion",
    "EnrolmentCreate",
    "EnrolmentEnd",
    "EnrolmentPublic",
    "EnrolmentRequest",
    "EnrolmentRequestStatus",
    "EnrolmentStatus",
    "EnrolmentUpdate",
    "EpisodePublic",
    "FacilityCreate",
    "FacilityCreateVisitRestrictions",
    "FacilityPage",
    "FacilityPublic",
    "FacilityPublicVisitRestrictions",
    "FacilityUpdate",
    "FacilityUpdateVisitRestrictions",
    "FailedRule",
    "FamilyContact",
    "FamilyContactPublic",
    "FieldError",
    "FollowUpCreate",
    "FollowUpPublic",
    "HealthStatus",
    "HealthStatusChecks",
    "IdDocumentType",
    "IncidentCreate",
    "IncidentKind",
    "IncidentPublic",
    "InmateCreate",
    "InmateIdentity",
    "InmateMatch",
    "InmateMatches",
    "InmatePage",
    "InmatePublic",
    "InmateRestricted",
    "InmateUpdate",
    "InstrumentCreate",
    "InstrumentPage",
    "InstrumentPublic",
    "InstrumentUpdate",
    "IntakePublic",
    "IntakeStepCode",
    "IntakeStepPublic",
    "IntakeStepPublicAnswers",
    "IntakeStepRecord",
    "IntakeStepRecordAnswers",
    "IntakeStepWrite",
    "IntakeStepWriteAnswers",
    "IntakeSummary",
    "IntakeSummaryPage",
    "Interval",
    "Intervention",
    "InterventionCode",
    "InterventionPublic",
    "Item",
    "ItemKind",
    "Judgement",
    "KeepApartPublic",
    "KeepApartReason",
    "KeepApartRequest",
    "LegalStatus",
    "LegalStatusCreate",
    "LegalStatusPublic",
    "MePublic",
    "MonthsAfterRelease",
    "NewParticipant",
    "OccupantPublic",
    "OrganisationCreate",
    "OrganisationKind",
    "OrganisationPage",
    "OrganisationPublic",
    "OrganisationUpdate",
    "ParticipantCategory",
    "ParticipantCreate",
    "ParticipantPage",
    "ParticipantPublic",
    "ParticipantRestricted",
    "ParticipantUpdate",
    "PasswordReset",
    "PlacementCreate",
    "PlacementPublic",
    "PopulationMeasure",
    "Problem",
    "ProgrammeCreate",
    "ProgrammePage",
    "ProgrammePublic",
    "ProgrammeStatus",
    "ProgrammeUpdate",
    "Rating",
    "RatingPublic",
    "ReadmissionCreate",
    "RecordResult",
    "RejectionReason",
    "RestrictedActivity",
    "RestrictionLevel",
    "ReturnRequest",
    "RoleCreate",
    "RolePage",
    "RolePublic",
    "RoleUpdate",
    "Scope",
    "SecurityLevel",
    "SessionAttendanceBatch",
    "SessionAttendanceBatchSessionAttendanceRecord",
    "SessionAttendanceRecord",
    "Sex",
    "SkillLevel",
    "SkillsProfilePublic",
    "SkillsProfileWrite",
    "StatsFormat",
    "StatsTable",
    "StatsTableCellsItem",
    "SubjectFilePublic",
    "SyncCounts",
    "SyncOutcome",
    "SyncResult",
    "SyncType",
    "TokenResponse",
    "Trade",
    "TrainingMeasure",
    "TrainingSessionCreate",
    "TrainingSessionPage",
    "TrainingSessionPublic",
    "TrainingSessionUpdate",
    "TrainingStatus",
    "TrainingTopic",
    "TransferCreate",
    "TransferPublic",
    "UserCreate",
    "UserPage",
    "UserPublic",
    "UserUpdate",
    "VersionContent",
    "VersionPublic",
    "VersionStatus",
    "VersionSummary",
    "VettingDecision",
    "VettingDecisionStatus",
    "VettingStatus",
    "VisitCreate",
    "VisitDecision",
    "VisitLog",
    "VisitorBan",
    "VisitorCreate",
    "VisitorKind",
    "VisitorPage",
    "VisitorPublic",
    "VisitorRestricted",
    "VisitorSummary",
    "VisitorUpdate",
    "VisitOutcome",
    "VisitPage",
    "VisitPublic",
    "VisitReason",
    "VisitsMeasure",
    "VisitStatus",
    "VisitType",
    "VocationalAttendanceBatch",
    "VocationalAttendanceBatchVocationalAttendanceRecord",
    "VocationalAttendanceRecord",
    "VocationalEnrolmentPage",
    "VocationalEnrolmentPartnerView",
    "VocationalEnrolmentPublic",
    "VocationalEnrolmentStatus",
    "VocationalMeasure",
    "VocationalRecordResult",
    "VocationalSyncResult",
    "WithoutContact",
    "WithoutContactPage",
)
