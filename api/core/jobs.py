"""The background worker and what it runs: work done on every round (delivering due webhooks)
and periodic jobs (e.g. announcing overdue reviews), each registered by name.

A domain registers its work in its own `jobs.py` module, which the worker imports on start:

    # api/reviews/jobs.py
    from api.core.jobs import periodic_job

    @periodic_job("reviews.mark_overdue", interval_seconds=300)
    async def mark_overdue(sessionmaker, settings):
        async with sessionmaker.begin() as session:
            ...  # find newly overdue reviews, change them, emit "review.overdue"

Every worker process runs every job, at most once per interval each, so a job must be safe to
run concurrently in several processes: claim rows with `FOR UPDATE SKIP LOCKED`, or make the
change conditional (`UPDATE ... WHERE status = 'due'`) and emit only for rows it changed.

Run the worker as `peermentor worker`, or inside the API process with `peermentor serve
--with-worker` (PEERMENTOR_RUN_WORKER=true). Any number of workers may run against one database.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import importlib.util
import logging
import pkgutil
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import api
from api.core.config import Settings
from api.core.db import create_engine_for

logger = logging.getLogger("peermentor.worker")

JobFunction = Callable[[async_sessionmaker[AsyncSession], Settings], Awaitable[object]]
# Handles up to `batch` items (the third argument) and returns how many it handled.
RoundFunction = Callable[[async_sessionmaker[AsyncSession], Settings, int], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    interval_seconds: float
    run: JobFunction


@dataclass(frozen=True, slots=True)
class RoundWork:
    """Work done on every round of the worker, before the periodic jobs: a full `batch` means
    more is due, so the next round starts at once instead of after the poll interval."""

    name: str
    batch: int
    run: RoundFunction


_REGISTRY: dict[str, Job] = {}
_EVERY_ROUND: dict[str, RoundWork] = {}


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


def every_round(name: str, *, batch: int) -> Callable[[RoundFunction], RoundFunction]:
    """Register (or replace, by name) work the worker does on every round; the function is
    returned unchanged."""
    if batch <= 0:
        raise ValueError("batch must be positive")

    def decorate(run: RoundFunction) -> RoundFunction:
        _EVERY_ROUND[name] = RoundWork(name=name, batch=batch, run=run)
        return run

    return decorate


def registered_round_work() -> tuple[RoundWork, ...]:
    return tuple(_EVERY_ROUND.values())


def load_job_modules() -> None:
    """Import `api.<domain>.jobs` of every domain that has one, so that its work registers."""
    for module in pkgutil.iter_modules(api.__path__):
        if module.ispkg:
            name = f"api.{module.name}.jobs"
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)


class WorkerSettings(BaseSettings):
    """The worker's own settings (from the environment, like the app's)."""

    model_config = SettingsConfigDict(env_prefix="PEERMENTOR_", extra="ignore")

    run_worker: bool = False  # also run the worker inside each API process
    worker_poll_seconds: float = 2.0


async def _run_jobs(
    jobs: Iterable[Job],
    last_run: dict[str, float],
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    for job in jobs:
        started = time.monotonic()
        previous = last_run.get(job.name)
        if previous is not None and started - previous < job.interval_seconds:
            continue
        last_run[job.name] = started
        try:
            await job.run(sessionmaker, settings)
        except Exception:
            logger.exception("periodic job %s failed", job.name)


async def _run_round(
    work: Iterable[RoundWork], sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> bool:
    """Each round's work, once; True when one of them had a full batch (more is due)."""
    more = False
    for item in work:
        try:
            more = await item.run(sessionmaker, settings, item.batch) >= item.batch or more
        except Exception:
            logger.exception("%s round failed", item.name)
    return more


async def run_worker(
    settings: Settings,
    *,
    stop: asyncio.Event,
    poll_seconds: float = 2.0,
    jobs: Iterable[Job] | None = None,
    sessionmaker: async_sessionmaker[AsyncSession] | None = None,
) -> None:
    """Loop until `stop` is set: do every round's work (deliver due webhooks), run each job at
    most once per its interval, sleep `poll_seconds` (unless a full batch suggests more is due).

    The domains' `jobs` modules are imported first. `jobs=None` runs every registered job;
    pass a sequence to run exactly those (every round's work runs either way). `sessionmaker`
    lets the API process share its pool; without one the worker makes and disposes its own
    engine."""
    load_job_modules()
    if jobs is None:
        jobs = registered_jobs()
    jobs = tuple(jobs)
    work = registered_round_work()
    engine = None
    if sessionmaker is None:
        engine = create_engine_for(settings)
        sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    last_run: dict[str, float] = {}
    logger.info("worker started (jobs: %s)", ", ".join(j.name for j in jobs) or "none")
    try:
        while not stop.is_set():
            more = await _run_round(work, sessionmaker, settings)
            await _run_jobs(jobs, last_run, sessionmaker, settings)
            if more:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), poll_seconds)
    finally:
        if engine is not None:
            await engine.dispose()
        logger.info("worker stopped")
