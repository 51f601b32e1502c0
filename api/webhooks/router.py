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
    description="The answer shows the signing secret; it is never shown again.",
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
    responses=problem_responses(401, 403, 404, 422),
)
async def read_webhook(session: SessionDep, _actor: HrActor, webhook_id: PathId) -> WebhookRead:
    return WebhookRead.model_validate(await service.get_subscription(session, webhook_id))


@router.patch(
    "/{webhook_id}",
    response_model=WebhookRead,
    operation_id="webhooks-update",
    description="Fields left out keep their value. Queued deliveries go to the new URL.",
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
    description="A new signing secret, shown in this answer only; later deliveries (and "
    "retries) are signed with it.",
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
    description="Newest first, each with every attempt made.",
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
    description="Queue a delivery that gave up (`failed`) again, due now, with the same "
    "`webhook-id`. A delivered or still queued one is a 409.",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def retry_webhook_delivery(
    session: SessionDep, actor: HrActor, webhook_id: PathId, delivery_id: PathId
) -> DeliveryRead:
    delivery = await service.retry_delivery(
        session, actor, subscription_id=webhook_id, delivery_id=delivery_id
    )
    return DeliveryRead.model_validate(delivery)
