"""Every ORM model, imported once so that Base.metadata is complete (Alembic, tests)."""

from api.accounts.models import AccountInvitation
from api.auth.models import LoginThrottle, RateLimitBucket, ServiceAccount, User
from api.calendar.models import CalendarFeed
from api.core.audit import AuditEvent
from api.core.db import Base
from api.development.models import DevelopmentRecord
from api.email.models import NotificationEmail, NotificationPreference
from api.employees.models import Department, Employee, EmployeeSkill, PerformanceReview
from api.evaluations.models import Evaluation
from api.grievances.models import Grievance, GrievanceAction
from api.integrations.models import IdempotencyRecord
from api.matching.models import MatchingRun
from api.mentors.models import MentorProfile
from api.notifications.models import Notification
from api.pairings.models import Pairing, PairingAcknowledgement, PairingApproval
from api.privacy.models import Anonymisation
from api.programme.models import Holiday, ProgrammeSettings
from api.records.models import PersonnelFileEntry
from api.requests.models import MentoringRequest
from api.reviews.models import PeriodicReview
from api.training.models import TrainingRecord
from api.webhooks.models import (
    OutboxEvent,
    WebhookDelivery,
    WebhookDeliveryAttempt,
    WebhookSubscription,
)

__all__ = [
    "AccountInvitation",
    "Anonymisation",
    "AuditEvent",
    "Base",
    "CalendarFeed",
    "Department",
    "DevelopmentRecord",
    "Employee",
    "EmployeeSkill",
    "Evaluation",
    "Grievance",
    "GrievanceAction",
    "Holiday",
    "IdempotencyRecord",
    "LoginThrottle",
    "MatchingRun",
    "MentorProfile",
    "MentoringRequest",
    "Notification",
    "NotificationEmail",
    "NotificationPreference",
    "OutboxEvent",
    "Pairing",
    "PairingAcknowledgement",
    "PairingApproval",
    "PerformanceReview",
    "PeriodicReview",
    "PersonnelFileEntry",
    "ProgrammeSettings",
    "RateLimitBucket",
    "ServiceAccount",
    "TrainingRecord",
    "User",
    "WebhookDelivery",
    "WebhookDeliveryAttempt",
    "WebhookSubscription",
]
