"""The framework's ceiling on this machine, served beside the app during `make bench`.

    uvicorn --factory bench.baseline:app_factory --workers 2 --port 8766

Three routes, on the same FastAPI, uvicorn and pydantic as the app:
- `GET /bare`: a bare FastAPI JSON route (a pydantic response model, nothing else);
- `GET /jwt`: the same behind the app's own bearer check (`api.auth.dependencies.TokenActor`:
  HS256 verification with python-jose, the required claims, the actor), no database, so that
  the app's throughput reads as a share of what authentication alone allows;
- `GET /idiomatic?after=ID`: 50 employees with their skills, listed the way a plain FastAPI +
  SQLAlchemy service lists them: a sync `def` route (run in the thread pool), an ORM `Session`
  from a dependency, a keyset page (`id > after`, 50 rows, the skills by `selectinload`), a
  pydantic response model (`Page[EmployeeRead]`, the app's own page shape). No authentication.
  Same database and rows as the app's `GET /api/v1/employees?limit=50`: the yardstick of the
  issue's read-path targets.

Start it with the same `PEERMENTOR_SECRET_KEY` (and issuer/audience settings) and
`DATABASE_URL` as the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from api.auth.dependencies import TokenActor
from api.core.config import ensure_secret_key, get_settings, sync_database_url
from api.core.pagination import Page, encode_cursor
from api.employees.models import Employee
from api.employees.schemas import EmployeeRead

IDIOMATIC_PAGE = 50


class Pong(BaseModel):
    status: str
    actor: str | None = None


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.sync_sessions() as session:
        yield session


DbSession = Annotated[Session, Depends(get_db)]


def app_factory() -> FastAPI:
    settings = get_settings()
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.secret_key = ensure_secret_key(settings)
    app.state.oidc_verifier = None
    # The textbook setup: a synchronous engine (psycopg 3) with its default pool.
    engine = create_engine(sync_database_url(settings.resolved_database_url()))
    app.state.sync_sessions = sessionmaker(engine)

    @app.get("/bare", response_model=Pong)
    async def bare() -> Pong:
        return Pong(status="ok")

    @app.get("/jwt", response_model=Pong)
    async def authenticated(actor: TokenActor) -> Pong:
        return Pong(status="ok", actor=actor.label)

    @app.get("/idiomatic", response_model=Page[EmployeeRead])
    def idiomatic(db: DbSession, after: int = 0) -> Page[EmployeeRead]:
        stmt = (
            select(Employee)
            .options(selectinload(Employee.skills))
            .where(Employee.id > after)
            .order_by(Employee.id)
            .limit(IDIOMATIC_PAGE)
        )
        employees = db.scalars(stmt).all()
        cursor = encode_cursor(employees[-1].id) if len(employees) == IDIOMATIC_PAGE else None
        return Page[EmployeeRead](
            items=[EmployeeRead.model_validate(e) for e in employees], next_cursor=cursor
        )

    return app
