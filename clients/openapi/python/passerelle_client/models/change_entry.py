from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_operation import ChangeOperation
from ..models.sync_type import SyncType

if TYPE_CHECKING:
    from ..models.assessment_public import AssessmentPublic
    from ..models.classification_public import ClassificationPublic
    from ..models.inmate_public import InmatePublic
    from ..models.inmate_restricted import InmateRestricted
    from ..models.intake_step_record import IntakeStepRecord


T = TypeVar("T", bound="ChangeEntry")


@_attrs_define
class ChangeEntry:
    """
    Attributes:
        type_ (SyncType): A kind of record the change feed carries.
        id (UUID):
        inmate_id (UUID): The person the record is about.
        operation (ChangeOperation): `upsert`: keep this record (created or changed). `remove`: drop it, and for an
            inmate everything about them: it left your view (transferred to a facility you do not
            work in).
        version (int): The record's version this change made.
        record (AssessmentPublic | ClassificationPublic | InmatePublic | InmateRestricted | IntakeStepRecord | None):
            For an upsert, the record now (its `version` may be later than this change's: a later change follows); null for
            a removal, or when the record has since left your view (a removal follows).
    """

    type_: SyncType
    id: UUID
    inmate_id: UUID
    operation: ChangeOperation
    version: int
    record: AssessmentPublic | ClassificationPublic | InmatePublic | InmateRestricted | IntakeStepRecord | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_public import AssessmentPublic  # noqa: PLC0415
        from ..models.classification_public import ClassificationPublic  # noqa: PLC0415
        from ..models.inmate_public import InmatePublic  # noqa: PLC0415
        from ..models.inmate_restricted import InmateRestricted  # noqa: PLC0415
        from ..models.intake_step_record import IntakeStepRecord  # noqa: PLC0415

        type_ = self.type_.value

        id = str(self.id)

        inmate_id = str(self.inmate_id)

        operation = self.operation.value

        version = self.version

        record: dict[str, Any] | None
        if isinstance(self.record, InmatePublic):
            record = self.record.to_dict()
        elif isinstance(self.record, InmateRestricted):
            record = self.record.to_dict()
        elif isinstance(self.record, IntakeStepRecord):
            record = self.record.to_dict()
        elif isinstance(self.record, AssessmentPublic):
            record = self.record.to_dict()
        elif isinstance(self.record, ClassificationPublic):
            record = self.record.to_dict()
        else:
            record = self.record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "inmate_id": inmate_id,
                "operation": operation,
                "version": version,
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_public import AssessmentPublic  # noqa: PLC0415
        from ..models.classification_public import ClassificationPublic  # noqa: PLC0415
        from ..models.inmate_public import InmatePublic  # noqa: PLC0415
        from ..models.inmate_restricted import InmateRestricted  # noqa: PLC0415
        from ..models.intake_step_record import IntakeStepRecord  # noqa: PLC0415

        d = dict(src_dict)
        type_ = SyncType(d.pop("type"))

        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        operation = ChangeOperation(d.pop("operation"))

        version = d.pop("version")

        def _parse_record(
            data: object,
        ) -> AssessmentPublic | ClassificationPublic | InmatePublic | InmateRestricted | IntakeStepRecord | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0_type_0 = InmatePublic.from_dict(data)

                return record_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0_type_1 = InmateRestricted.from_dict(data)

                return record_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0_type_2 = IntakeStepRecord.from_dict(data)

                return record_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0_type_3 = AssessmentPublic.from_dict(data)

                return record_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0_type_4 = ClassificationPublic.from_dict(data)

                return record_type_0_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AssessmentPublic | ClassificationPublic | InmatePublic | InmateRestricted | IntakeStepRecord | None,
                data,
            )

        record = _parse_record(d.pop("record"))

        change_entry = cls(
            type_=type_,
            id=id,
            inmate_id=inmate_id,
            operation=operation,
            version=version,
            record=record,
        )

        change_entry.additional_properties = d
        return change_entry

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
