"""A server for the benchmarks and drills: an app served by uvicorn, as `peermentor serve` serves
it, in its own process group (stopped, supervisor and workers, by `stop()`)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
from common import ENCRYPTION_KEY, PROJECT_ROOT, VENV_BIN

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def token(base: str, form: dict[str, str]) -> str:
    """An access token from `POST /api/v1/auth/token` (password or client credentials)."""
    response = httpx.post(base + "/api/v1/auth/token", data=form, timeout=30)
    response.raise_for_status()
    return str(response.json()["access_token"])


class Server:
    """`app` (a uvicorn factory) with `workers` processes on `port` (a free one by default).

    `with_worker` also runs the outbox worker in every server process, as
    `peermentor serve --with-worker` does. The log (`log_path`) starts empty and is appended to
    across restarts."""

    def __init__(
        self,
        *,
        url: str,
        log_path: Path,
        secret_key: str,
        port: int | None = None,
        workers: int = 2,
        app: str = "api.main:app_factory",
        with_worker: bool = False,
        log_level: str = "warning",
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.base = f"http://{HOST}:{port or free_port()}"
        self.env = {
            **os.environ,
            "DATABASE_URL": url,
            "PEERMENTOR_SECRET_KEY": secret_key,
            # The key the seeded grievance texts are encrypted with.
            "PEERMENTOR_ENCRYPTION_KEYS": ENCRYPTION_KEY,
            "PEERMENTOR_LOG_LEVEL": log_level,
            **({"PEERMENTOR_RUN_WORKER": "true"} if with_worker else {}),
            **(extra_env or {}),
        }
        self.command = [
            str(VENV_BIN / "uvicorn"),
            app,
            "--factory",
            "--host",
            HOST,
            "--port",
            self.base.rsplit(":", 1)[1],
            "--workers",
            str(workers),
            "--log-level",
            log_level,
            "--no-server-header",
            "--proxy-headers",
        ]
        self.ready_path = "/readyz" if app.startswith("api.") else "/bare"
        self.log_path = log_path
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log_path.write_bytes(b"")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> None:
        if self.ready():
            raise RuntimeError(f"something already answers on {self.base}; pick another port")
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own command
                self.command,
                env=self.env,
                cwd=PROJECT_ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited; see {self.log_path}")
            if self.ready():
                return
            time.sleep(0.25)
        raise RuntimeError(f"the server was not ready within {timeout:.0f} s; see {self.log_path}")

    def ready(self) -> bool:
        try:
            return httpx.get(self.base + self.ready_path, timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.process.pid, sig)
                self.process.wait(wait)
                return
            except ProcessLookupError:
                return
            except subprocess.TimeoutExpired:
                continue
