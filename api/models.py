"""Every ORM model, imported once so that Base.metadata is complete (Alembic, tests)."""

from api.auth.models import LoginThrottle, ServiceAccount, User
from api.core.audit import AuditEvent
from api.core.db import Base
from api.employees.models import Department, Employee, EmployeeSkill, PerformanceReview
from api.integrations.models import IdempotencyRecord

__all__ = [
    "AuditEvent",
    "Base",
    "Department",
    "Employee",
    "EmployeeSkill",
    "IdempotencyRecord",
    "LoginThrottle",
    "PerformanceReview",
    "ServiceAccount",
    "User",
]
