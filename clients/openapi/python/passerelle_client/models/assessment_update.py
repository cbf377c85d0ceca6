from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.judgement import Judgement
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_update_ratings import AssessmentUpdateRatings
    from ..models.intervention import Intervention


T = TypeVar("T", bound="AssessmentUpdate")


@_attrs_define
class AssessmentUpdate:
    """A draft saved item by item: `ratings` given here are merged into those saved.

    Attributes:
        ratings (AssessmentUpdateRatings | Unset):
        overall_judgement (Judgement | None | Unset):
        rationale (None | str | Unset):
        interventions (list[Intervention] | Unset):
    """

    ratings: AssessmentUpdateRatings | Unset = UNSET
    overall_judgement: Judgement | None | Unset = UNSET
    rationale: None | str | Unset = UNSET
    interventions: list[Intervention] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ratings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ratings, Unset):
            ratings = self.ratings.to_dict()

        overall_judgement: None | str | Unset
        if isinstance(self.overall_judgement, Unset):
            overall_judgement = UNSET
        elif isinstance(self.overall_judgement, Judgement):
            overall_judgement = self.overall_judgement.value
        else:
            overall_judgement = self.overall_judgement

        rationale: None | str | Unset
        if isinstance(self.rationale, Unset):
            rationale = UNSET
        else:
            rationale = self.rationale

        interventions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interventions, Unset):
            interventions = []
            for interventions_item_data in self.interventions:
                interventions_item = interventions_item_data.to_dict()
                interventions.append(interventions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ratings is not UNSET:
            field_dict["ratings"] = ratings
        if overall_judgement is not UNSET:
            field_dict["overall_judgement"] = overall_judgement
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if interventions is not UNSET:
            field_dict["interventions"] = interventions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_update_ratings import AssessmentUpdateRatings  # noqa: PLC0415
        from ..models.intervention import Intervention  # noqa: PLC0415

        d = dict(src_dict)
        _ratings = d.pop("ratings", UNSET)
        ratings: AssessmentUpdateRatings | Unset
        if isinstance(_ratings, Unset):
            ratings = UNSET
        else:
            ratings = AssessmentUpdateRatings.from_dict(_ratings)

        def _parse_overall_judgement(data: object) -> Judgement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_judgement_type_0 = Judgement(data)

                return overall_judgement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Judgement | None | Unset, data)

        overall_judgement = _parse_overall_judgement(d.pop("overall_judgement", UNSET))

        def _parse_rationale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rationale = _parse_rationale(d.pop("rationale", UNSET))

        _interventions = d.pop("interventions", UNSET)
        interventions: list[Intervention] | Unset = UNSET
        if _interventions is not UNSET:
            interventions = []
            for interventions_item_data in _interventions:
                interventions_item = Intervention.from_dict(interventions_item_data)

                interventions.append(interventions_item)

        assessment_update = cls(
            ratings=ratings,
            overall_judgement=overall_judgement,
            rationale=rationale,
            interventions=interventions,
        )

        return assessment_update
