"""Shapes of the health endpoints."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class HealthStatus(BaseModel):
    status: Literal["ok"]
    checks: dict[str, Literal["ok"]] = {}
