"""Unknown query parameters are an error, not silently ignored: a typo such as
`?departmentId=3` would otherwise return everyone instead of one department."""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel

from api.core.errors import RuleViolation


def _query_names(dependant: Dependant) -> set[str]:
    names: set[str] = set()
    for param in dependant.query_params:
        annotation = param.field_info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            names.update(f.alias or name for name, f in annotation.model_fields.items())
        else:
            names.add(param.alias)
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


# By route identity (routes live as long as the app and are not hashable themselves).
_DECLARED: dict[int, tuple[APIRoute, frozenset[str]]] = {}


def _declared_names(route: APIRoute) -> frozenset[str]:
    """The query parameters a route declares, its dependencies' included (e.g. the page's
    `limit` and `cursor`); a parameter model contributes its fields."""
    known = _DECLARED.get(id(route))
    if known is None or known[0] is not route:
        known = (route, frozenset(_query_names(route.dependant)))
        _DECLARED[id(route)] = known
    return known[1]


async def reject_unknown_query_params(request: Request) -> None:
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.query_params:
        return
    unknown = sorted(set(request.query_params) - _declared_names(route))
    if unknown:
        allowed = ", ".join(sorted(_declared_names(route))) or "none"
        raise RuleViolation(
            f"Unknown query parameter {', '.join(unknown)} (this operation takes: {allowed})",
            errors=[{"loc": ["query", name], "msg": "unknown query parameter"} for name in unknown],
        )
