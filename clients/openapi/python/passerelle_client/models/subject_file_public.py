from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.episode_public import EpisodePublic
    from ..models.inmate_public import InmatePublic
    from ..models.intake_step_record import IntakeStepRecord
    from ..models.legal_status_public import LegalStatusPublic
    from ..models.placement_public import PlacementPublic
    from ..models.transfer_public import TransferPublic


T = TypeVar("T", bound="SubjectFilePublic")


@_attrs_define
class SubjectFilePublic:
    """Everything the registry holds on one person, to hand to them on request.

    Attributes:
        generated_at (datetime.datetime):
        inmate (InmatePublic): The full record: registrar, assessor and supervisor.
        episodes (list[EpisodePublic]):
        legal_statuses (list[LegalStatusPublic]):
        transfers (list[TransferPublic]):
        placements (list[PlacementPublic]):
        intake_steps (list[IntakeStepRecord]):
    """

    generated_at: datetime.datetime
    inmate: InmatePublic
    episodes: list[EpisodePublic]
    legal_statuses: list[LegalStatusPublic]
    transfers: list[TransferPublic]
    placements: list[PlacementPublic]
    intake_steps: list[IntakeStepRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at = self.generated_at.isoformat()

        inmate = self.inmate.to_dict()

        episodes = []
        for episodes_item_data in self.episodes:
            episodes_item = episodes_item_data.to_dict()
            episodes.append(episodes_item)

        legal_statuses = []
        for legal_statuses_item_data in self.legal_statuses:
            legal_statuses_item = legal_statuses_item_data.to_dict()
            legal_statuses.append(legal_statuses_item)

        transfers = []
        for transfers_item_data in self.transfers:
            transfers_item = transfers_item_data.to_dict()
            transfers.append(transfers_item)

        placements = []
        for placements_item_data in self.placements:
            placements_item = placements_item_data.to_dict()
            placements.append(placements_item)

        intake_steps = []
        for intake_steps_item_data in self.intake_steps:
            intake_steps_item = intake_steps_item_data.to_dict()
            intake_steps.append(intake_steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "inmate": inmate,
                "episodes": episodes,
                "legal_statuses": legal_statuses,
                "transfers": transfers,
                "placements": placements,
                "intake_steps": intake_steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.episode_public import EpisodePublic  # noqa: PLC0415
        from ..models.inmate_public import InmatePublic  # noqa: PLC0415
        from ..models.intake_step_record import IntakeStepRecord  # noqa: PLC0415
        from ..models.legal_status_public import LegalStatusPublic  # noqa: PLC0415
        from ..models.placement_public import PlacementPublic  # noqa: PLC0415
        from ..models.transfer_public import TransferPublic  # noqa: PLC0415

        d = dict(src_dict)
        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        inmate = InmatePublic.from_dict(d.pop("inmate"))

        episodes = []
        _episodes = d.pop("episodes")
        for episodes_item_data in _episodes:
            episodes_item = EpisodePublic.from_dict(episodes_item_data)

            episodes.append(episodes_item)

        legal_statuses = []
        _legal_statuses = d.pop("legal_statuses")
        for legal_statuses_item_data in _legal_statuses:
            legal_statuses_item = LegalStatusPublic.from_dict(legal_statuses_item_data)

            legal_statuses.append(legal_statuses_item)

        transfers = []
        _transfers = d.pop("transfers")
        for transfers_item_data in _transfers:
            transfers_item = TransferPublic.from_dict(transfers_item_data)

            transfers.append(transfers_item)

        placements = []
        _placements = d.pop("placements")
        for placements_item_data in _placements:
            placements_item = PlacementPublic.from_dict(placements_item_data)

            placements.append(placements_item)

        intake_steps = []
        _intake_steps = d.pop("intake_steps")
        for intake_steps_item_data in _intake_steps:
            intake_steps_item = IntakeStepRecord.from_dict(intake_steps_item_data)

            intake_steps.append(intake_steps_item)

        subject_file_public = cls(
            generated_at=generated_at,
            inmate=inmate,
            episodes=episodes,
            legal_statuses=legal_statuses,
            transfers=transfers,
            placements=placements,
            intake_steps=intake_steps,
        )

        subject_file_public.additional_properties = d
        return subject_file_public

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
