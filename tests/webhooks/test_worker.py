from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from fastapi.testclient import TestClient

from api import cli
from api.core import jobs
from api.core.jobs import run_worker
from api.main import create_app
from tests.helpers import TEST_SECRET
from tests.webhooks.conftest import create_webhook, deliveries, emit_event


@pytest.fixture
def clean_registry():
    saved = dict(jobs._REGISTRY)
    jobs._REGISTRY.clear()
    yield
    jobs._REGISTRY.clear()
    jobs._REGISTRY.update(saved)


@pytest.mark.usefixtures("clean_registry")
def test_jobs_register_by_name_with_the_decorator():
    async def first(sessionmaker, settings):
        pass

    @jobs.periodic_job("reviews.mark_overdue", interval_seconds=300)
    async def mark_overdue(sessionmaker, settings):
        pass

    jobs.register_job("grievances.breach", 60, first)
    assert [(j.name, j.interval_seconds) for j in jobs.registered_jobs()] == [
        ("reviews.mark_overdue", 300),
        ("grievances.breach", 60),
    ]
    assert jobs.registered_jobs()[0].run is mark_overdue
    jobs.register_job("grievances.breach", 30, first)  # replaced, not doubled
    assert len(jobs.registered_jobs()) == 2
    jobs.unregister_job("grievances.breach")
    assert [j.name for j in jobs.registered_jobs()] == ["reviews.mark_overdue"]
    with pytest.raises(ValueError):
        jobs.register_job("bad", 0, first)
    jobs.load_job_modules()  # imports every domain's jobs module, if any, without error


def test_webhook_delivery_is_every_rounds_work_of_the_worker():
    jobs.load_job_modules()
    [work] = [w for w in jobs.registered_round_work() if w.name == "webhooks.deliver_due"]
    assert work.batch == 100
    with pytest.raises(ValueError):
        jobs.every_round("bad", batch=0)


def test_the_worker_delivers_and_runs_each_job_once_per_interval(
    client, org, settings, engine, receiver
):
    webhook = create_webhook(client, org.hr.headers, receiver.url, "review.submitted")
    emit_event(settings, "review.submitted", {"review_id": 1})
    runs: list[str] = []

    async def hourly(sessionmaker, settings_):
        assert settings_ is settings
        runs.append("hourly")

    async def often(sessionmaker, settings_):
        runs.append("often")

    async def broken(sessionmaker, settings_):
        raise RuntimeError("a failing job must not stop the worker")

    worker_jobs = [
        jobs.Job("hourly", 3600, hourly),
        jobs.Job("often", 0.2, often),
        jobs.Job("broken", 0.01, broken),
    ]

    async def main():
        stop = asyncio.Event()
        task = asyncio.create_task(
            run_worker(settings, stop=stop, poll_seconds=0.05, jobs=worker_jobs)
        )
        assert await asyncio.to_thread(receiver.wait_for, 1)
        await asyncio.sleep(0.5)
        stop.set()
        await asyncio.wait_for(task, 5)

    asyncio.run(main())
    [request] = receiver.requests
    assert request.verify(webhook["secret"])["type"] == "review.submitted"
    assert runs.count("hourly") == 1
    assert 2 <= runs.count("often") <= 6
    assert [d.status for d in deliveries(engine)] == ["delivered"]


def test_serve_with_worker_delivers_from_the_api_process(
    org, settings, engine, receiver, monkeypatch
):
    monkeypatch.setenv("PEERMENTOR_RUN_WORKER", "true")
    monkeypatch.setenv("PEERMENTOR_WORKER_POLL_SECONDS", "0.05")
    with TestClient(create_app(settings)) as client:
        webhook = create_webhook(client, org.hr.headers, receiver.url, "pairing.terminated")
        emit_event(settings, "pairing.terminated", {"pairing_id": 1})
        assert receiver.wait_for(1)
    [request] = receiver.requests
    assert request.verify(webhook["secret"])["data"] == {"pairing_id": 1}


def test_serve_with_worker_turns_the_worker_on(settings, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(cli, "get_settings", lambda: settings)
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: seen.update(kw))
    monkeypatch.delenv("PEERMENTOR_RUN_WORKER", raising=False)
    assert cli.main(["serve", "--port", "8123"]) == 0
    assert "PEERMENTOR_RUN_WORKER" not in os.environ
    assert cli.main(["serve", "--port", "8123", "--with-worker"]) == 0
    assert os.environ["PEERMENTOR_RUN_WORKER"] == "true"
    assert seen["port"] == 8123
    monkeypatch.delenv("PEERMENTOR_RUN_WORKER")


def test_the_worker_command_stops_on_sigterm(settings, engine, tmp_path):
    env = os.environ | {
        "DATABASE_URL": settings.database_url,
        "PEERMENTOR_SECRET_KEY": TEST_SECRET,
        "PEERMENTOR_ENV": "test",
        "PEERMENTOR_DATA_DIR": str(tmp_path),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "worker", "--poll-seconds", "0.1"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []

    def read_log() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line)

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 30
        while not any("worker started" in line for line in lines):
            assert process.poll() is None and time.monotonic() < deadline, lines
            time.sleep(0.05)
        time.sleep(0.3)  # a few polling rounds
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    reader.join(timeout=5)
    assert process.returncode == 0, lines
    assert any("worker stopped" in line for line in lines), lines
