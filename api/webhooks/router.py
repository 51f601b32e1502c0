from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.auth.dependencies import HrActor, SettingsDep
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import PathId
from api.webhooks import service
from api.webhooks.events import EventType
from api.webhooks.models import DeliveryStatus, WebhookSubscription
from api.webhooks.schemas import (
    DeliveryRead,
    WebhookCreate,
    WebhookRead,
    WebhookUpdate,
    WebhookWithSecret,
)

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


def _with_secret(subscription: WebhookSubscription, secret: str) -> WebhookWithSecret:
    return WebhookWithSecret(**WebhookRead.model_validate(subscription).model_dump(), secret=secret)


@router.get(
    "",
    response_model=Page[WebhookRead],
    operation_id="webhooks-list",
    summary="List webhooks",
    description=(
        "The webhook subscriptions (never their secrets), optionally only `active` ones. Only HR "
        "(`hr_admin`)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_webhooks(
    session: SessionDep, _actor: HrActor, page: PageDep, active: bool | None = None
) -> Page[WebhookRead]:
    items, cursor = await service.list_subscriptions(session, page, active=active)
    return Page(items=[WebhookRead.model_validate(s) for s in items], next_cursor=cursor)


@router.post(
    "",
    response_model=WebhookWithSecret,
    status_code=201,
    operation_id="webhooks-create",
    summary="Subscribe a webhook",
    description=(
        "Deliveries of the chosen events are signed per Standard Webhooks and retried from the "
        "outbox. The answer shows the signing secret; it is never shown again. Only HR "
        "(`hr_admin`). 422 for a URL that is not http(s) or points at a non-public address."
    ),
    responses=problem_responses(401, 403, 422),
)
async def create_webhook(
    session: SessionDep, actor: HrActor, settings: SettingsDep, body: WebhookCreate
) -> WebhookWithSecret:
    subscription, secret = await service.create_subscription(
        session, actor, settings=settings, data=body
    )
    return _with_secret(subscription, secret)


@router.get(
    "/{webhook_id}",
    response_model=WebhookRead,
    operation_id="webhooks-get",
    summary="Get a webhook",
    description=(
        "One subscription, without its secret. Only HR (`hr_admin`). 404 for an unknown webhook."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def read_webhook(session: SessionDep, _actor: HrActor, webhook_id: PathId) -> WebhookRead:
    return WebhookRead.model_validate(await service.get_subscription(session, webhook_id))


@router.patch(
    "/{webhook_id}",
    response_model=WebhookRead,
    operation_id="webhooks-update",
    summary="Change a webhook",
    description=(
        "Fields left out keep their value. Queued deliveries go to the new URL. Only HR "
        "(`hr_admin`). 404 for an unknown webhook."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def update_webhook(
    session: SessionDep,
    actor: HrActor,
    settings: SettingsDep,
    webhook_id: PathId,
    body: WebhookUpdate,
) -> WebhookRead:
    subscription = await service.update_subscription(
        session, actor, settings=settings, subscription_id=webhook_id, data=body
    )
    return WebhookRead.model_validate(subscription)


@router.post(
    "/{webhook_id}/rotate-secret",
    response_model=WebhookWithSecret,
    operation_id="webhooks-rotate_secret",
    summary="Rotate a webhook's signing secret",
    description=(
        "A new signing secret, shown in this answer only; later deliveries (and retries) are "
        "signed with it. Only HR (`hr_admin`). 404 for an unknown webhook."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def rotate_webhook_secret(
    session: SessionDep, actor: HrActor, webhook_id: PathId
) -> WebhookWithSecret:
    subscription, secret = await service.rotate_secret(session, actor, subscription_id=webhook_id)
    return _with_secret(subscription, secret)


@router.get(
    "/{webhook_id}/deliveries",
    response_model=Page[DeliveryRead],
    operation_id="webhooks-list_deliveries",
    summary="List a webhook's deliveries",
    description=(
        "Newest first, each with every attempt made, filtered by status and event type. Only HR "
        "(`hr_admin`). 404 for an unknown webhook."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def list_webhook_deliveries(
    session: SessionDep,
    _actor: HrActor,
    page: PageDep,
    webhook_id: PathId,
    status: DeliveryStatus | None = None,
    event_type: Annotated[EventType | None, Query()] = None,
) -> Page[DeliveryRead]:
    items, cursor = await service.list_deliveries(
        session, page, subscription_id=webhook_id, status=status, event_type=event_type
    )
    return Page(items=[DeliveryRead.model_validate(d) for d in items], next_cursor=cursor)


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/retry",
    response_model=DeliveryRead,
    operation_id="webhooks-retry_delivery",
    summary="Retry a failed webhook delivery",
    description=(
        "Queue a delivery that gave up (`failed`) again, due now, with the same `webhook-id`. Only "
        "HR (`hr_admin`). 409 for a delivered or still queued one; 404 for an unknown webhook or "
        "delivery."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def retry_webhook_delivery(
    session: SessionDep, actor: HrActor, webhook_id: PathId, delivery_id: PathId
) -> DeliveryRead:
    delivery = await service.retry_delivery(
        session, actor, subscription_id=webhook_id, delivery_id=delivery_id
    )
    return DeliveryRead.model_validate(delivery)
