"""The background worker: delivers due webhooks, then runs the registered periodic jobs.

Run it as `peermentor worker`, or inside the API process with `peermentor serve --with-worker`
(PEERMENTOR_RUN_WORKER=true). Any number of workers may run against one database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterable

from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings
from api.core.db import create_engine_for
from api.webhooks.delivery import deliver_due
from api.webhooks.jobs import Job, load_job_modules, registered_jobs

logger = logging.getLogger("peermentor.worker")

BATCH = 100


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


async def run_worker(
    settings: Settings,
    *,
    stop: asyncio.Event,
    poll_seconds: float = 2.0,
    jobs: Iterable[Job] | None = None,
    sessionmaker: async_sessionmaker[AsyncSession] | None = None,
) -> None:
    """Loop until `stop` is set: deliver due webhooks, run each job at most once per its
    interval, sleep `poll_seconds` (unless a full batch suggests more is due).

    `jobs=None` runs every registered job (after importing the domains' `jobs` modules);
    pass a sequence to run exactly those. `sessionmaker` lets the API process share its pool;
    without one the worker makes and disposes its own engine."""
    if jobs is None:
        load_job_modules()
        jobs = registered_jobs()
    jobs = tuple(jobs)
    engine = None
    if sessionmaker is None:
        engine = create_engine_for(settings)
        sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    last_run: dict[str, float] = {}
    logger.info("worker started (jobs: %s)", ", ".join(j.name for j in jobs) or "none")
    try:
        while not stop.is_set():
            sent = 0
            try:
                sent = await deliver_due(sessionmaker, settings, limit=BATCH)
            except Exception:
                logger.exception("webhook delivery round failed")
            await _run_jobs(jobs, last_run, sessionmaker, settings)
            if sent >= BATCH:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), poll_seconds)
    finally:
        if engine is not None:
            await engine.dispose()
        logger.info("worker stopped")
