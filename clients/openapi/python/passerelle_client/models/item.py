from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.item_kind import ItemKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        code (str):
        domain (str):
        label_en (str):
        label_fr (str):
        kind (ItemKind):
        scale (list[str]): The ratings allowed for this item, in order.
        guidance_en (str | Unset):  Default: ''.
        guidance_fr (str | Unset):  Default: ''.
        required (bool | Unset):  Default: True.
    """

    code: str
    domain: str
    label_en: str
    label_fr: str
    kind: ItemKind
    scale: list[str]
    guidance_en: str | Unset = ""
    guidance_fr: str | Unset = ""
    required: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        domain = self.domain

        label_en = self.label_en

        label_fr = self.label_fr

        kind = self.kind.value

        scale = self.scale

        guidance_en = self.guidance_en

        guidance_fr = self.guidance_fr

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "domain": domain,
                "label_en": label_en,
                "label_fr": label_fr,
                "kind": kind,
                "scale": scale,
            }
        )
        if guidance_en is not UNSET:
            field_dict["guidance_en"] = guidance_en
        if guidance_fr is not UNSET:
            field_dict["guidance_fr"] = guidance_fr
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        domain = d.pop("domain")

        label_en = d.pop("label_en")

        label_fr = d.pop("label_fr")

        kind = ItemKind(d.pop("kind"))

        scale = cast(list[str], d.pop("scale"))

        guidance_en = d.pop("guidance_en", UNSET)

        guidance_fr = d.pop("guidance_fr", UNSET)

        required = d.pop("required", UNSET)

        item = cls(
            code=code,
            domain=domain,
            label_en=label_en,
            label_fr=label_fr,
            kind=kind,
            scale=scale,
            guidance_en=guidance_en,
            guidance_fr=guidance_fr,
            required=required,
        )

        return item
