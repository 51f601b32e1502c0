from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from api.core.errors import Problem

PersonRole = Literal["hr_admin", "team_leader", "employee"]
ServiceRole = Literal["hris", "reporting"]
AnyRole = Literal["hr_admin", "team_leader", "employee", "hris", "reporting"]


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
