from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.auth.dependencies import HrActor, PersonActor
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import NoNul
from api.email import service
from api.email.kinds import NotificationKindName
from api.email.schemas import (
    EmailStatusName,
    NotificationEmailRead,
    NotificationPreferences,
    NotificationPreferencesUpdate,
)

router = APIRouter(tags=["email"])


@router.get(
    "/notification-preferences",
    response_model=NotificationPreferences,
    operation_id="email-get_preferences",
    summary="Get the caller's e-mail preferences",
    description=(
        "Every kind of notification, with whether it is `mandatory` (the HR policy requires it: "
        "always e-mailed) and whether the caller gets it by `email`. People's accounts only (HR, "
        "team leaders, employees); service accounts get 403."
    ),
    responses=problem_responses(401, 403),
)
async def get_preferences(session: SessionDep, actor: PersonActor) -> NotificationPreferences:
    return await service.get_preferences(session, actor)


@router.put(
    "/notification-preferences",
    response_model=NotificationPreferences,
    operation_id="email-put_preferences",
    summary="Turn e-mails of some kinds of notification on or off",
    description=(
        "The kinds listed change; the others keep their setting. In-app notifications are not "
        "affected. Audited as `notification_preferences.update`. People's accounts only; service "
        "accounts get 403. 422 for turning off a mandatory kind."
    ),
    responses=problem_responses(401, 403, 409, 422),
)
async def put_preferences(
    session: SessionDep, actor: PersonActor, body: NotificationPreferencesUpdate
) -> NotificationPreferences:
    return await service.set_preferences(session, actor, data=body)


@router.get(
    "/notification-emails",
    response_model=Page[NotificationEmailRead],
    operation_id="email-list_emails",
    summary="List the e-mail outbox",
    description=(
        "What was sent to whom, what failed and why, newest first, filtered by status, kind and "
        "recipient. A `failed` e-mail with a 5xx `last_error` is a bounce (e.g. `550` for an "
        "unknown mailbox): correct the person's address. A `skipped` one was not sent because the "
        "recipient turned the kind off or e-mail is not configured. Only HR (`hr_admin`)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_emails(
    session: SessionDep,
    _actor: HrActor,
    page: PageDep,
    status: EmailStatusName | None = None,
    kind: NotificationKindName | None = None,
    to_address: Annotated[
        str | None, Query(min_length=1, max_length=320, description="Exact address."), NoNul
    ] = None,
) -> Page[NotificationEmailRead]:
    items, cursor = await service.list_emails(
        session, page, status=status, kind=kind, to_address=to_address
    )
    return Page(items=items, next_cursor=cursor)
