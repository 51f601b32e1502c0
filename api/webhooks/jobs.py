"""Periodic jobs run by the worker (e.g. marking reviews overdue), registered by name.

A domain registers its job in its own `jobs.py` module, which the worker imports on start:

    # api/reviews/jobs.py
    from api.webhooks.jobs import periodic_job

    @periodic_job("reviews.mark_overdue", interval_seconds=300)
    async def mark_overdue(sessionmaker, settings):
        async with sessionmaker.begin() as session:
            ...  # find newly overdue reviews, change them, emit "review.overdue"

Every worker process runs every job, at most once per interval each, so a job must be safe to
run concurrently in several processes: claim rows with `FOR UPDATE SKIP LOCKED`, or make the
change conditional (`UPDATE ... WHERE status = 'due'`) and emit only for rows it changed.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings

JobFunction = Callable[[async_sessionmaker[AsyncSession], Settings], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    interval_seconds: float
    run: JobFunction


_REGISTRY: dict[str, Job] = {}


def register_job(name: str, interval_seconds: float, run: JobFunction) -> Job:
    """Register (or replace, by name) a periodic job; returns it."""
    if interval_seconds <= 0:
        raise ValueError("interval_seconds must be positive")
    job = Job(name=name, interval_seconds=interval_seconds, run=run)
    _REGISTRY[name] = job
    return job


def periodic_job(name: str, *, interval_seconds: float) -> Callable[[JobFunction], JobFunction]:
    """Decorator form of `register_job`; the function is returned unchanged."""

    def decorate(run: JobFunction) -> JobFunction:
        register_job(name, interval_seconds, run)
        return run

    return decorate


def unregister_job(name: str) -> None:
    _REGISTRY.pop(name, None)


def registered_jobs() -> tuple[Job, ...]:
    return tuple(_REGISTRY.values())


def load_job_modules() -> None:
    """Import `api.<domain>.jobs` of every domain that has one, so that its jobs register."""
    import api

    for module in pkgutil.iter_modules(api.__path__):
        if module.ispkg:
            name = f"api.{module.name}.jobs"
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)
