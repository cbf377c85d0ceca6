from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.skill_level import SkillLevel
from ..models.trade import Trade
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsProfileWrite")


@_attrs_define
class SkillsProfileWrite:
    """An inmate's skills and interests as a programme officer assessed them.

    Attributes:
        literacy (SkillLevel): Literacy or numeracy, from none to fluent (in this order).
        numeracy (SkillLevel): Literacy or numeracy, from none to fluent (in this order).
        assessed_on (datetime.date):
        prior_trades (list[str] | Unset):
        skills (list[str] | Unset):
        languages (list[str] | Unset):
        trades_of_interest (list[Trade] | Unset):
        health_constraints (None | str | Unset):
        security_constraints (None | str | Unset):
    """

    literacy: SkillLevel
    numeracy: SkillLevel
    assessed_on: datetime.date
    prior_trades: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    trades_of_interest: list[Trade] | Unset = UNSET
    health_constraints: None | str | Unset = UNSET
    security_constraints: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        literacy = self.literacy.value

        numeracy = self.numeracy.value

        assessed_on = self.assessed_on.isoformat()

        prior_trades: list[str] | Unset = UNSET
        if not isinstance(self.prior_trades, Unset):
            prior_trades = self.prior_trades

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        trades_of_interest: list[str] | Unset = UNSET
        if not isinstance(self.trades_of_interest, Unset):
            trades_of_interest = []
            for trades_of_interest_item_data in self.trades_of_interest:
                trades_of_interest_item = trades_of_interest_item_data.value
                trades_of_interest.append(trades_of_interest_item)

        health_constraints: None | str | Unset
        if isinstance(self.health_constraints, Unset):
            health_constraints = UNSET
        else:
            health_constraints = self.health_constraints

        security_constraints: None | str | Unset
        if isinstance(self.security_constraints, Unset):
            security_constraints = UNSET
        else:
            security_constraints = self.security_constraints

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "literacy": literacy,
                "numeracy": numeracy,
                "assessed_on": assessed_on,
            }
        )
        if prior_trades is not UNSET:
            field_dict["prior_trades"] = prior_trades
        if skills is not UNSET:
            field_dict["skills"] = skills
        if languages is not UNSET:
            field_dict["languages"] = languages
        if trades_of_interest is not UNSET:
            field_dict["trades_of_interest"] = trades_of_interest
        if health_constraints is not UNSET:
            field_dict["health_constraints"] = health_constraints
        if security_constraints is not UNSET:
            field_dict["security_constraints"] = security_constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        literacy = SkillLevel(d.pop("literacy"))

        numeracy = SkillLevel(d.pop("numeracy"))

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        prior_trades = cast(list[str], d.pop("prior_trades", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        _trades_of_interest = d.pop("trades_of_interest", UNSET)
        trades_of_interest: list[Trade] | Unset = UNSET
        if _trades_of_interest is not UNSET:
            trades_of_interest = []
            for trades_of_interest_item_data in _trades_of_interest:
                trades_of_interest_item = Trade(trades_of_interest_item_data)

                trades_of_interest.append(trades_of_interest_item)

        def _parse_health_constraints(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        health_constraints = _parse_health_constraints(d.pop("health_constraints", UNSET))

        def _parse_security_constraints(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        security_constraints = _parse_security_constraints(d.pop("security_constraints", UNSET))

        skills_profile_write = cls(
            literacy=literacy,
            numeracy=numeracy,
            assessed_on=assessed_on,
            prior_trades=prior_trades,
            skills=skills,
            languages=languages,
            trades_of_interest=trades_of_interest,
            health_constraints=health_constraints,
            security_constraints=security_constraints,
        )

        return skills_profile_write
