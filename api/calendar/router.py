from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from api.auth.dependencies import PersonActor, SettingsDep
from api.calendar import service
from api.calendar.schemas import CalendarFeedCreated, CalendarFeedRead
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.schemas import NoNul

router = APIRouter(tags=["calendar"])
# Public: the feed's token is its credential (calendar applications send no Authorization).
public_router = APIRouter(tags=["calendar"])

ICS_MEDIA_TYPE = "text/calendar"
FEED_ROUTE = "calendar_feed_ics"


@router.post(
    "/calendar-feeds",
    response_model=CalendarFeedCreated,
    status_code=201,
    operation_id="calendar-create_feed",
    summary="Create (or rotate) the caller's calendar feed",
    description=(
        "Answers the feed's secret URL once. Calling it again issues a new URL and the previous "
        "one stops working. People's accounts only (HR, team leaders, employees); service accounts "
        "get 403."
    ),
    responses=problem_responses(401, 403),
)
async def create_feed(
    request: Request, session: SessionDep, actor: PersonActor, settings: SettingsDep
) -> CalendarFeedCreated:
    feed, token = await service.create_or_rotate(session, actor)
    path = request.app.url_path_for(FEED_ROUTE, token=token)
    base = settings.public_base_url.rstrip("/") or str(request.base_url).rstrip("/")
    return CalendarFeedCreated(
        id=feed.id,
        url=base + path,
        token=token,
        created_at=feed.created_at,
        rotated_at=feed.rotated_at,
    )


@router.get(
    "/calendar-feeds/current",
    response_model=CalendarFeedRead,
    operation_id="calendar-get_feed",
    summary="Get the caller's calendar feed",
    description=(
        "When it was created and last rotated, without its secret URL. People's accounts only; "
        "service accounts get 403. 404 when the caller has no feed."
    ),
    responses=problem_responses(401, 403, 404),
)
async def read_feed(session: SessionDep, actor: PersonActor) -> CalendarFeedRead:
    return CalendarFeedRead.model_validate(await service.current(session, actor))


@router.delete(
    "/calendar-feeds/current",
    status_code=204,
    response_class=Response,
    operation_id="calendar-revoke_feed",
    summary="Revoke the caller's calendar feed",
    description=(
        "Its URL answers 404 from now on. People's accounts only; service accounts get 403. 404 "
        "when the caller has no feed."
    ),
    responses=problem_responses(401, 403, 404),
)
async def revoke_feed(session: SessionDep, actor: PersonActor) -> Response:
    await service.revoke(session, actor)
    return Response(status_code=204)


@public_router.get(
    "/calendar/{token}.ics",
    name=FEED_ROUTE,
    response_class=Response,
    operation_id="calendar-feed",
    summary="Get a calendar feed (iCalendar) by its secret token",
    description=(
        "Review due dates, evaluation dates and, for HR, grievance deadlines, as all-day events. "
        "Public: no Authorization header, the token in the URL is the credential. 404 for an "
        "unknown or revoked token."
    ),
    responses={
        200: {
            "description": "The iCalendar document",
            "content": {ICS_MEDIA_TYPE: {"schema": {"type": "string"}}},
        },
        **problem_responses(404, 422),
    },
)
async def calendar_feed(
    session: SessionDep,
    token: Annotated[str, Path(min_length=1, max_length=200), NoNul],
) -> Response:
    body = await service.render_feed(session, token=token)
    return Response(
        body,
        media_type=f"{ICS_MEDIA_TYPE}; charset=utf-8",
        headers={
            "Content-Disposition": 'inline; filename="peermentor.ics"',
            "Cache-Control": "private, no-store",
            "X-Robots-Tag": "noindex",
        },
    )
