from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from api.core.errors import Problem
from api.core.schemas import Id, StrictModel

PersonRole = Literal["hr_admin", "team_leader", "employee"]
ServiceRole = Literal["hris", "reporting"]
AnyRole = Literal["hr_admin", "team_leader", "employee", "hris", "reporting"]

MIN_PASSWORD_LENGTH = 12


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int = Field(description="Lifetime of the token in seconds.")


TokenErrorCode = Literal[
    "invalid_request", "invalid_client", "invalid_grant", "unsupported_grant_type"
]


class TokenProblem(Problem):
    """An error of the token endpoint: a problem document that also carries RFC 6749 (5.2)'s
    members, which OAuth2 client libraries read."""

    error: TokenErrorCode
    error_description: str | None = None


class Me(BaseModel):
    id: int
    email: str | None
    role: AnyRole
    employee_id: int | None
    kind: Literal["user", "service"]


class UserCreate(StrictModel):
    email: EmailStr
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)
    role: PersonRole
    employee_id: Id | None = None


class UserUpdate(StrictModel):
    password: str | None = Field(default=None, min_length=MIN_PASSWORD_LENGTH, max_length=256)
    role: PersonRole | None = None
    employee_id: Id | None = None
    is_active: bool | None = None


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    role: PersonRole
    employee_id: int | None
    is_active: bool
    created_at: datetime


class ServiceAccountCreate(StrictModel):
    name: str = Field(min_length=1, max_length=200)
    role: ServiceRole


class ServiceAccountRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: ServiceRole
    client_id: str
    is_active: bool
    created_at: datetime


class ServiceAccountCreated(ServiceAccountRead):
    client_secret: str = Field(description="Shown once; only its hash is stored.")


class ScimTokenCreate(StrictModel):
    name: str = Field(
        min_length=1, max_length=200, description='What the token is for, e.g. "Okta".'
    )


class ScimTokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    service_account_id: int
    name: str
    created_at: datetime
    revoked_at: datetime | None


class ScimTokenCreated(ScimTokenRead):
    token: str = Field(
        description="The bearer token for the identity provider's SCIM client. Shown once; only "
        "its hash is stored."
    )
