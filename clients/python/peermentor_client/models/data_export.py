from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_export_account_type_0 import DataExportAccountType0
    from ..models.data_export_audit_events_item import DataExportAuditEventsItem
    from ..models.data_export_calendar_feed_type_0 import DataExportCalendarFeedType0
    from ..models.data_export_development_records_item import DataExportDevelopmentRecordsItem
    from ..models.data_export_evaluations_item import DataExportEvaluationsItem
    from ..models.data_export_grievances_item import DataExportGrievancesItem
    from ..models.data_export_mentor_profile_type_0 import DataExportMentorProfileType0
    from ..models.data_export_mentoring_requests_item import DataExportMentoringRequestsItem
    from ..models.data_export_notification_emails_item import DataExportNotificationEmailsItem
    from ..models.data_export_notification_preferences_item import DataExportNotificationPreferencesItem
    from ..models.data_export_notifications_item import DataExportNotificationsItem
    from ..models.data_export_pairings_item import DataExportPairingsItem
    from ..models.data_export_performance_reviews_item import DataExportPerformanceReviewsItem
    from ..models.data_export_personnel_file_item import DataExportPersonnelFileItem
    from ..models.data_export_profile import DataExportProfile
    from ..models.data_export_review_forms_item import DataExportReviewFormsItem
    from ..models.data_export_skills_item import DataExportSkillsItem
    from ..models.data_export_training_records_item import DataExportTrainingRecordsItem


T = TypeVar("T", bound="DataExport")


@_attrs_define
class DataExport:
    """Everything PeerMentor holds about one employee.

    Attributes:
        generated_at (datetime.datetime):
        employee_id (int):
        anonymised_at (datetime.datetime | None):
        profile (DataExportProfile):
        skills (list[DataExportSkillsItem]):
        account (DataExportAccountType0 | None): The login account (never its password).
        mentor_profile (DataExportMentorProfileType0 | None):
        performance_reviews (list[DataExportPerformanceReviewsItem]):
        mentoring_requests (list[DataExportMentoringRequestsItem]): Requests for them as mentee.
        pairings (list[DataExportPairingsItem]): As mentor or mentee, with approvals.
        review_forms (list[DataExportReviewFormsItem]): Their own periodic-review forms, with HR's follow-up of each
            review.
        training_records (list[DataExportTrainingRecordsItem]): As trainee or trainer.
        evaluations (list[DataExportEvaluationsItem]):
        development_records (list[DataExportDevelopmentRecordsItem]):
        grievances (list[DataExportGrievancesItem]): Those they raised, with HR's actions.
        personnel_file (list[DataExportPersonnelFileItem]):
        notifications (list[DataExportNotificationsItem]): Addressed to them or about them.
        notification_emails (list[DataExportNotificationEmailsItem]): E-mails queued or sent to their work or login
            address.
        notification_preferences (list[DataExportNotificationPreferencesItem]): Their account's choices of e-mail per
            kind of notification.
        calendar_feed (DataExportCalendarFeedType0 | None):
        audit_events (list[DataExportAuditEventsItem]): Audit entries about their employee record and account, and those
            of the changes their account made.
    """

    generated_at: datetime.datetime
    employee_id: int
    anonymised_at: datetime.datetime | None
    profile: DataExportProfile
    skills: list[DataExportSkillsItem]
    account: DataExportAccountType0 | None
    mentor_profile: DataExportMentorProfileType0 | None
    performance_reviews: list[DataExportPerformanceReviewsItem]
    mentoring_requests: list[DataExportMentoringRequestsItem]
    pairings: list[DataExportPairingsItem]
    review_forms: list[DataExportReviewFormsItem]
    training_records: list[DataExportTrainingRecordsItem]
    evaluations: list[DataExportEvaluationsItem]
    development_records: list[DataExportDevelopmentRecordsItem]
    grievances: list[DataExportGrievancesItem]
    personnel_file: list[DataExportPersonnelFileItem]
    notifications: list[DataExportNotificationsItem]
    notification_emails: list[DataExportNotificationEmailsItem]
    notification_preferences: list[DataExportNotificationPreferencesItem]
    calendar_feed: DataExportCalendarFeedType0 | None
    audit_events: list[DataExportAuditEventsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_export_account_type_0 import DataExportAccountType0  # noqa: PLC0415
        from ..models.data_export_calendar_feed_type_0 import DataExportCalendarFeedType0  # noqa: PLC0415
        from ..models.data_export_mentor_profile_type_0 import DataExportMentorProfileType0  # noqa: PLC0415

        generated_at = self.generated_at.isoformat()

        employee_id = self.employee_id

        anonymised_at: None | str
        if isinstance(self.anonymised_at, datetime.datetime):
            anonymised_at = self.anonymised_at.isoformat()
        else:
            anonymised_at = self.anonymised_at

        profile = self.profile.to_dict()

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        account: dict[str, Any] | None
        if isinstance(self.account, DataExportAccountType0):
            account = self.account.to_dict()
        else:
            account = self.account

        mentor_profile: dict[str, Any] | None
        if isinstance(self.mentor_profile, DataExportMentorProfileType0):
            mentor_profile = self.mentor_profile.to_dict()
        else:
            mentor_profile = self.mentor_profile

        performance_reviews = []
        for performance_reviews_item_data in self.performance_reviews:
            performance_reviews_item = performance_reviews_item_data.to_dict()
            performance_reviews.append(performance_reviews_item)

        mentoring_requests = []
        for mentoring_requests_item_data in self.mentoring_requests:
            mentoring_requests_item = mentoring_requests_item_data.to_dict()
            mentoring_requests.append(mentoring_requests_item)

        pairings = []
        for pairings_item_data in self.pairings:
            pairings_item = pairings_item_data.to_dict()
            pairings.append(pairings_item)

        review_forms = []
        for review_forms_item_data in self.review_forms:
            review_forms_item = review_forms_item_data.to_dict()
            review_forms.append(review_forms_item)

        training_records = []
        for training_records_item_data in self.training_records:
            training_records_item = training_records_item_data.to_dict()
            training_records.append(training_records_item)

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        development_records = []
        for development_records_item_data in self.development_records:
            development_records_item = development_records_item_data.to_dict()
            development_records.append(development_records_item)

        grievances = []
        for grievances_item_data in self.grievances:
            grievances_item = grievances_item_data.to_dict()
            grievances.append(grievances_item)

        personnel_file = []
        for personnel_file_item_data in self.personnel_file:
            personnel_file_item = personnel_file_item_data.to_dict()
            personnel_file.append(personnel_file_item)

        notifications = []
        for notifications_item_data in self.notifications:
            notifications_item = notifications_item_data.to_dict()
            notifications.append(notifications_item)

        notification_emails = []
        for notification_emails_item_data in self.notification_emails:
            notification_emails_item = notification_emails_item_data.to_dict()
            notification_emails.append(notification_emails_item)

        notification_preferences = []
        for notification_preferences_item_data in self.notification_preferences:
            notification_preferences_item = notification_preferences_item_data.to_dict()
            notification_preferences.append(notification_preferences_item)

        calendar_feed: dict[str, Any] | None
        if isinstance(self.calendar_feed, DataExportCalendarFeedType0):
            calendar_feed = self.calendar_feed.to_dict()
        else:
            calendar_feed = self.calendar_feed

        audit_events = []
        for audit_events_item_data in self.audit_events:
            audit_events_item = audit_events_item_data.to_dict()
            audit_events.append(audit_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "employee_id": employee_id,
                "anonymised_at": anonymised_at,
                "profile": profile,
                "skills": skills,
                "account": account,
                "mentor_profile": mentor_profile,
                "performance_reviews": performance_reviews,
                "mentoring_requests": mentoring_requests,
                "pairings": pairings,
                "review_forms": review_forms,
                "training_records": training_records,
                "evaluations": evaluations,
                "development_records": development_records,
                "grievances": grievances,
                "personnel_file": personnel_file,
                "notifications": notifications,
                "notification_emails": notification_emails,
                "notification_preferences": notification_preferences,
                "calendar_feed": calendar_feed,
                "audit_events": audit_events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_export_account_type_0 import DataExportAccountType0  # noqa: PLC0415
        from ..models.data_export_audit_events_item import DataExportAuditEventsItem  # noqa: PLC0415
        from ..models.data_export_calendar_feed_type_0 import DataExportCalendarFeedType0  # noqa: PLC0415
        from ..models.data_export_development_records_item import DataExportDevelopmentRecordsItem  # noqa: PLC0415
        from ..models.data_export_evaluations_item import DataExportEvaluationsItem  # noqa: PLC0415
        from ..models.data_export_grievances_item import DataExportGrievancesItem  # noqa: PLC0415
        from ..models.data_export_mentor_profile_type_0 import DataExportMentorProfileType0  # noqa: PLC0415
        from ..models.data_export_mentoring_requests_item import DataExportMentoringRequestsItem  # noqa: PLC0415
        from ..models.data_export_notification_emails_item import DataExportNotificationEmailsItem  # noqa: PLC0415
        from ..models.data_export_notification_preferences_item import DataExportNotificationPreferencesItem  # noqa: PLC0415
        from ..models.data_export_notifications_item import DataExportNotificationsItem  # noqa: PLC0415
        from ..models.data_export_pairings_item import DataExportPairingsItem  # noqa: PLC0415
        from ..models.data_export_performance_reviews_item import DataExportPerformanceReviewsItem  # noqa: PLC0415
        from ..models.data_export_personnel_file_item import DataExportPersonnelFileItem  # noqa: PLC0415
        from ..models.data_export_profile import DataExportProfile  # noqa: PLC0415
        from ..models.data_export_review_forms_item import DataExportReviewFormsItem  # noqa: PLC0415
        from ..models.data_export_skills_item import DataExportSkillsItem  # noqa: PLC0415
        from ..models.data_export_training_records_item import DataExportTrainingRecordsItem  # noqa: PLC0415

        d = dict(src_dict)
        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        employee_id = d.pop("employee_id")

        def _parse_anonymised_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anonymised_at_type_0 = datetime.datetime.fromisoformat(data)

                return anonymised_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        anonymised_at = _parse_anonymised_at(d.pop("anonymised_at"))

        profile = DataExportProfile.from_dict(d.pop("profile"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = DataExportSkillsItem.from_dict(skills_item_data)

            skills.append(skills_item)

        def _parse_account(data: object) -> DataExportAccountType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = DataExportAccountType0.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataExportAccountType0 | None, data)

        account = _parse_account(d.pop("account"))

        def _parse_mentor_profile(data: object) -> DataExportMentorProfileType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentor_profile_type_0 = DataExportMentorProfileType0.from_dict(data)

                return mentor_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataExportMentorProfileType0 | None, data)

        mentor_profile = _parse_mentor_profile(d.pop("mentor_profile"))

        performance_reviews = []
        _performance_reviews = d.pop("performance_reviews")
        for performance_reviews_item_data in _performance_reviews:
            performance_reviews_item = DataExportPerformanceReviewsItem.from_dict(performance_reviews_item_data)

            performance_reviews.append(performance_reviews_item)

        mentoring_requests = []
        _mentoring_requests = d.pop("mentoring_requests")
        for mentoring_requests_item_data in _mentoring_requests:
            mentoring_requests_item = DataExportMentoringRequestsItem.from_dict(mentoring_requests_item_data)

            mentoring_requests.append(mentoring_requests_item)

        pairings = []
        _pairings = d.pop("pairings")
        for pairings_item_data in _pairings:
            pairings_item = DataExportPairingsItem.from_dict(pairings_item_data)

            pairings.append(pairings_item)

        review_forms = []
        _review_forms = d.pop("review_forms")
        for review_forms_item_data in _review_forms:
            review_forms_item = DataExportReviewFormsItem.from_dict(review_forms_item_data)

            review_forms.append(review_forms_item)

        training_records = []
        _training_records = d.pop("training_records")
        for training_records_item_data in _training_records:
            training_records_item = DataExportTrainingRecordsItem.from_dict(training_records_item_data)

            training_records.append(training_records_item)

        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in _evaluations:
            evaluations_item = DataExportEvaluationsItem.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        development_records = []
        _development_records = d.pop("development_records")
        for development_records_item_data in _development_records:
            development_records_item = DataExportDevelopmentRecordsItem.from_dict(development_records_item_data)

            development_records.append(development_records_item)

        grievances = []
        _grievances = d.pop("grievances")
        for grievances_item_data in _grievances:
            grievances_item = DataExportGrievancesItem.from_dict(grievances_item_data)

            grievances.append(grievances_item)

        personnel_file = []
        _personnel_file = d.pop("personnel_file")
        for personnel_file_item_data in _personnel_file:
            personnel_file_item = DataExportPersonnelFileItem.from_dict(personnel_file_item_data)

            personnel_file.append(personnel_file_item)

        notifications = []
        _notifications = d.pop("notifications")
        for notifications_item_data in _notifications:
            notifications_item = DataExportNotificationsItem.from_dict(notifications_item_data)

            notifications.append(notifications_item)

        notification_emails = []
        _notification_emails = d.pop("notification_emails")
        for notification_emails_item_data in _notification_emails:
            notification_emails_item = DataExportNotificationEmailsItem.from_dict(notification_emails_item_data)

            notification_emails.append(notification_emails_item)

        notification_preferences = []
        _notification_preferences = d.pop("notification_preferences")
        for notification_preferences_item_data in _notification_preferences:
            notification_preferences_item = DataExportNotificationPreferencesItem.from_dict(
                notification_preferences_item_data
            )

            notification_preferences.append(notification_preferences_item)

        def _parse_calendar_feed(data: object) -> DataExportCalendarFeedType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendar_feed_type_0 = DataExportCalendarFeedType0.from_dict(data)

                return calendar_feed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataExportCalendarFeedType0 | None, data)

        calendar_feed = _parse_calendar_feed(d.pop("calendar_feed"))

        audit_events = []
        _audit_events = d.pop("audit_events")
        for audit_events_item_data in _audit_events:
            audit_events_item = DataExportAuditEventsItem.from_dict(audit_events_item_data)

            audit_events.append(audit_events_item)

        data_export = cls(
            generated_at=generated_at,
            employee_id=employee_id,
            anonymised_at=anonymised_at,
            profile=profile,
            skills=skills,
            account=account,
            mentor_profile=mentor_profile,
            performance_reviews=performance_reviews,
            mentoring_requests=mentoring_requests,
            pairings=pairings,
            review_forms=review_forms,
            training_records=training_records,
            evaluations=evaluations,
            development_records=development_records,
            grievances=grievances,
            personnel_file=personnel_file,
            notifications=notifications,
            notification_emails=notification_emails,
            notification_preferences=notification_preferences,
            calendar_feed=calendar_feed,
            audit_events=audit_events,
        )

        data_export.additional_properties = d
        return data_export

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
