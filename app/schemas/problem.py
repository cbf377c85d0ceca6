"""The RFC 9457 problem document every error is rendered as."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class FieldError(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "field": "body.capacity",
                    "message": "Input should be greater than or equal to 0",
                    "type": "greater_than_equal",
                }
            ]
        }
    )

    field: str = Field(description="Path of the offending field, e.g. `body.capacity`.")
    message: str
    type: str = Field(description="Machine code of the validation failure.")


class Problem(BaseModel):
    type: str = Field(description="URI reference naming the problem type.")
    title: str = Field(description="Short summary, in the language chosen by Accept-Language.")
    status: int
    detail: str | None = None
    code: str = Field(description="Stable machine code; clients branch on this, not on title.")
    instance: str | None = Field(default=None, description="The request path.")
    request_id: str | None = None
    errors: list[FieldError] | None = None
    current_version: int | None = Field(
        default=None, description="On 412: the version the server holds now."
    )

    # Rule-specific members (e.g. the constraint a refusal names) ride along (RFC 9457, 3.2).
    model_config = {
        "extra": "allow",
        "json_schema_extra": {
            "examples": [
                {
                    "type": "urn:passerelle:problem:precondition_failed",
                    "title": "The record has changed since it was read",
                    "status": 412,
                    "detail": "If-Match names version 3; the record is at version 4.",
                    "code": "precondition_failed",
                    "instance": "/api/v1/facilities/0b6f…",
                    "request_id": "5d1c0f5e8c0e4a6f9e0b9a1d2c3b4a5f",
                    "current_version": 4,
                }
            ]
        },
    }
