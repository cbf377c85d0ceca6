from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_kind import AssessmentKind
from ..models.assessment_status import AssessmentStatus
from ..models.judgement import Judgement

if TYPE_CHECKING:
    from ..models.assessment_public_ratings import AssessmentPublicRatings
    from ..models.domain_summary import DomainSummary
    from ..models.intervention_public import InterventionPublic


T = TypeVar("T", bound="AssessmentPublic")


@_attrs_define
class AssessmentPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        instrument_version_id (UUID):
        kind (AssessmentKind):
        status (AssessmentStatus):
        assessor_id (UUID):
        ratings (AssessmentPublicRatings):
        domain_summaries (list[DomainSummary]):
        overall_judgement (Judgement | None):
        rationale (None | str):
        interventions (list[InterventionPublic]):
        submitted_at (datetime.datetime | None):
        verified_by (None | UUID):
        verified_at (datetime.datetime | None):
        return_comments (None | str):
        next_review_date (datetime.date | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    inmate_id: UUID
    instrument_version_id: UUID
    kind: AssessmentKind
    status: AssessmentStatus
    assessor_id: UUID
    ratings: AssessmentPublicRatings
    domain_summaries: list[DomainSummary]
    overall_judgement: Judgement | None
    rationale: None | str
    interventions: list[InterventionPublic]
    submitted_at: datetime.datetime | None
    verified_by: None | UUID
    verified_at: datetime.datetime | None
    return_comments: None | str
    next_review_date: datetime.date | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        instrument_version_id = str(self.instrument_version_id)

        kind = self.kind.value

        status = self.status.value

        assessor_id = str(self.assessor_id)

        ratings = self.ratings.to_dict()

        domain_summaries = []
        for domain_summaries_item_data in self.domain_summaries:
            domain_summaries_item = domain_summaries_item_data.to_dict()
            domain_summaries.append(domain_summaries_item)

        overall_judgement: None | str
        if isinstance(self.overall_judgement, Judgement):
            overall_judgement = self.overall_judgement.value
        else:
            overall_judgement = self.overall_judgement

        rationale: None | str
        rationale = self.rationale

        interventions = []
        for interventions_item_data in self.interventions:
            interventions_item = interventions_item_data.to_dict()
            interventions.append(interventions_item)

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        verified_by: None | str
        if isinstance(self.verified_by, UUID):
            verified_by = str(self.verified_by)
        else:
            verified_by = self.verified_by

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        return_comments: None | str
        return_comments = self.return_comments

        next_review_date: None | str
        if isinstance(self.next_review_date, datetime.date):
            next_review_date = self.next_review_date.isoformat()
        else:
            next_review_date = self.next_review_date

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "instrument_version_id": instrument_version_id,
                "kind": kind,
                "status": status,
                "assessor_id": assessor_id,
                "ratings": ratings,
                "domain_summaries": domain_summaries,
                "overall_judgement": overall_judgement,
                "rationale": rationale,
                "interventions": interventions,
                "submitted_at": submitted_at,
                "verified_by": verified_by,
                "verified_at": verified_at,
                "return_comments": return_comments,
                "next_review_date": next_review_date,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_public_ratings import AssessmentPublicRatings  # noqa: PLC0415
        from ..models.domain_summary import DomainSummary  # noqa: PLC0415
        from ..models.intervention_public import InterventionPublic  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        instrument_version_id = UUID(d.pop("instrument_version_id"))

        kind = AssessmentKind(d.pop("kind"))

        status = AssessmentStatus(d.pop("status"))

        assessor_id = UUID(d.pop("assessor_id"))

        ratings = AssessmentPublicRatings.from_dict(d.pop("ratings"))

        domain_summaries = []
        _domain_summaries = d.pop("domain_summaries")
        for domain_summaries_item_data in _domain_summaries:
            domain_summaries_item = DomainSummary.from_dict(domain_summaries_item_data)

            domain_summaries.append(domain_summaries_item)

        def _parse_overall_judgement(data: object) -> Judgement | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_judgement_type_0 = Judgement(data)

                return overall_judgement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Judgement | None, data)

        overall_judgement = _parse_overall_judgement(d.pop("overall_judgement"))

        def _parse_rationale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rationale = _parse_rationale(d.pop("rationale"))

        interventions = []
        _interventions = d.pop("interventions")
        for interventions_item_data in _interventions:
            interventions_item = InterventionPublic.from_dict(interventions_item_data)

            interventions.append(interventions_item)

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_verified_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_by_type_0 = UUID(data)

                return verified_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        verified_by = _parse_verified_by(d.pop("verified_by"))

        def _parse_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at"))

        def _parse_return_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        return_comments = _parse_return_comments(d.pop("return_comments"))

        def _parse_next_review_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_review_date_type_0 = datetime.date.fromisoformat(data)

                return next_review_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_review_date = _parse_next_review_date(d.pop("next_review_date"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        assessment_public = cls(
            id=id,
            inmate_id=inmate_id,
            instrument_version_id=instrument_version_id,
            kind=kind,
            status=status,
            assessor_id=assessor_id,
            ratings=ratings,
            domain_summaries=domain_summaries,
            overall_judgement=overall_judgement,
            rationale=rationale,
            interventions=interventions,
            submitted_at=submitted_at,
            verified_by=verified_by,
            verified_at=verified_at,
            return_comments=return_comments,
            next_review_date=next_review_date,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        assessment_public.additional_properties = d
        return assessment_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
