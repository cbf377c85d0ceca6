from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_level import SkillLevel
from ..models.trade import Trade

T = TypeVar("T", bound="SkillsProfilePublic")


@_attrs_define
class SkillsProfilePublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        prior_trades (list[str]):
        skills (list[str]):
        literacy (SkillLevel): Literacy or numeracy, from none to fluent (in this order).
        numeracy (SkillLevel): Literacy or numeracy, from none to fluent (in this order).
        languages (list[str]):
        trades_of_interest (list[Trade]):
        health_constraints (None | str):
        security_constraints (None | str):
        assessed_on (datetime.date):
        assessed_by (str):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    inmate_id: UUID
    prior_trades: list[str]
    skills: list[str]
    literacy: SkillLevel
    numeracy: SkillLevel
    languages: list[str]
    trades_of_interest: list[Trade]
    health_constraints: None | str
    security_constraints: None | str
    assessed_on: datetime.date
    assessed_by: str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        prior_trades = self.prior_trades

        skills = self.skills

        literacy = self.literacy.value

        numeracy = self.numeracy.value

        languages = self.languages

        trades_of_interest = []
        for trades_of_interest_item_data in self.trades_of_interest:
            trades_of_interest_item = trades_of_interest_item_data.value
            trades_of_interest.append(trades_of_interest_item)

        health_constraints: None | str
        health_constraints = self.health_constraints

        security_constraints: None | str
        security_constraints = self.security_constraints

        assessed_on = self.assessed_on.isoformat()

        assessed_by = self.assessed_by

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "prior_trades": prior_trades,
                "skills": skills,
                "literacy": literacy,
                "numeracy": numeracy,
                "languages": languages,
                "trades_of_interest": trades_of_interest,
                "health_constraints": health_constraints,
                "security_constraints": security_constraints,
                "assessed_on": assessed_on,
                "assessed_by": assessed_by,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        prior_trades = cast(list[str], d.pop("prior_trades"))

        skills = cast(list[str], d.pop("skills"))

        literacy = SkillLevel(d.pop("literacy"))

        numeracy = SkillLevel(d.pop("numeracy"))

        languages = cast(list[str], d.pop("languages"))

        trades_of_interest = []
        _trades_of_interest = d.pop("trades_of_interest")
        for trades_of_interest_item_data in _trades_of_interest:
            trades_of_interest_item = Trade(trades_of_interest_item_data)

            trades_of_interest.append(trades_of_interest_item)

        def _parse_health_constraints(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        health_constraints = _parse_health_constraints(d.pop("health_constraints"))

        def _parse_security_constraints(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        security_constraints = _parse_security_constraints(d.pop("security_constraints"))

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        assessed_by = d.pop("assessed_by")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        skills_profile_public = cls(
            id=id,
            inmate_id=inmate_id,
            prior_trades=prior_trades,
            skills=skills,
            literacy=literacy,
            numeracy=numeracy,
            languages=languages,
            trades_of_interest=trades_of_interest,
            health_constraints=health_constraints,
            security_constraints=security_constraints,
            assessed_on=assessed_on,
            assessed_by=assessed_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        skills_profile_public.additional_properties = d
        return skills_profile_public

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
