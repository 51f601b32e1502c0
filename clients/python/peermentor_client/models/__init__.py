"""Contains all the data models used in inputs/outputs"""

from .acknowledgement_read import AcknowledgementRead
from .action_create import ActionCreate
from .action_read import ActionRead
from .anonymisation_result import AnonymisationResult
from .anonymisation_result_cleared import AnonymisationResultCleared
from .approval_read import ApprovalRead
from .approval_read_role import ApprovalReadRole
from .audit_event_read import AuditEventRead
from .audit_event_read_changes import AuditEventReadChanges
from .auth_config import AuthConfig
from .calendar_feed_created import CalendarFeedCreated
from .calendar_feed_read import CalendarFeedRead
from .data_export import DataExport
from .data_export_account_type_0 import DataExportAccountType0
from .data_export_audit_events_item import DataExportAuditEventsItem
from .data_export_calendar_feed_type_0 import DataExportCalendarFeedType0
from .data_export_development_records_item import DataExportDevelopmentRecordsItem
from .data_export_evaluations_item import DataExportEvaluationsItem
from .data_export_grievances_item import DataExportGrievancesItem
from .data_export_mentor_profile_type_0 import DataExportMentorProfileType0
from .data_export_mentoring_requests_item import DataExportMentoringRequestsItem
from .data_export_notification_emails_item import DataExportNotificationEmailsItem
from .data_export_notification_preferences_item import DataExportNotificationPreferencesItem
from .data_export_notifications_item import DataExportNotificationsItem
from .data_export_pairings_item import DataExportPairingsItem
from .data_export_performance_reviews_item import DataExportPerformanceReviewsItem
from .data_export_personnel_file_item import DataExportPersonnelFileItem
from .data_export_profile import DataExportProfile
from .data_export_review_forms_item import DataExportReviewFormsItem
from .data_export_skills_item import DataExportSkillsItem
from .data_export_training_records_item import DataExportTrainingRecordsItem
from .delivery_attempt_read import DeliveryAttemptRead
from .delivery_read import DeliveryRead
from .delivery_status import DeliveryStatus
from .department_count import DepartmentCount
from .department_create import DepartmentCreate
from .department_read import DepartmentRead
from .department_sync_row import DepartmentSyncRow
from .department_update import DepartmentUpdate
from .development_kind import DevelopmentKind
from .development_record_read import DevelopmentRecordRead
from .email_list_emails_kind_type_0 import EmailListEmailsKindType0
from .email_list_emails_status_type_0 import EmailListEmailsStatusType0
from .employee_create import EmployeeCreate
from .employee_read import EmployeeRead
from .employee_status import EmployeeStatus
from .employee_sync_row import EmployeeSyncRow
from .employee_update import EmployeeUpdate
from .evaluation_create import EvaluationCreate
from .evaluation_due import EvaluationDue
from .evaluation_outcome import EvaluationOutcome
from .evaluation_read import EvaluationRead
from .evaluation_row import EvaluationRow
from .evaluations_report import EvaluationsReport
from .field_error import FieldError
from .follow_up import FollowUp
from .follow_up_input import FollowUpInput
from .goal_result import GoalResult
from .grievance_create import GrievanceCreate
from .grievance_kind import GrievanceKind
from .grievance_read import GrievanceRead
from .grievance_sla import GrievanceSla
from .grievance_sla_row import GrievanceSlaRow
from .grievance_status import GrievanceStatus
from .health import Health
from .holiday_create import HolidayCreate
from .holiday_read import HolidayRead
from .hris_sync_request import HrisSyncRequest
from .hris_sync_result import HrisSyncResult
from .impact_figure import ImpactFigure
from .invitation_created import InvitationCreated
from .invitation_redeem import InvitationRedeem
from .invitation_redeemed import InvitationRedeemed
from .invitation_redeemed_role import InvitationRedeemedRole
from .matching_proposal import MatchingProposal
from .matching_run_create import MatchingRunCreate
from .matching_run_create_objective import MatchingRunCreateObjective
from .matching_run_propose import MatchingRunPropose
from .matching_run_proposed import MatchingRunProposed
from .matching_run_read import MatchingRunRead
from .matching_run_read_objective import MatchingRunReadObjective
from .me import Me
from .me_kind import MeKind
from .me_role import MeRole
from .mentor_eligibility import MentorEligibility
from .mentor_eligibility_reasons_item import MentorEligibilityReasonsItem
from .mentor_invitation_create import MentorInvitationCreate
from .mentor_invitation_read import MentorInvitationRead
from .mentor_profile_read import MentorProfileRead
from .mentor_profile_update import MentorProfileUpdate
from .mentor_suggestion import MentorSuggestion
from .mentor_suggestion_reasons_item import MentorSuggestionReasonsItem
from .mentor_suggestions import MentorSuggestions
from .mentoring_request_create import MentoringRequestCreate
from .mentoring_request_read import MentoringRequestRead
from .month_figures import MonthFigures
from .monthly_report import MonthlyReport
from .notification_email_read import NotificationEmailRead
from .notification_email_read_status import NotificationEmailReadStatus
from .notification_preference_change import NotificationPreferenceChange
from .notification_preference_change_kind import NotificationPreferenceChangeKind
from .notification_preference_read import NotificationPreferenceRead
from .notification_preference_read_kind import NotificationPreferenceReadKind
from .notification_preferences import NotificationPreferences
from .notification_preferences_update import NotificationPreferencesUpdate
from .notification_read import NotificationRead
from .notification_read_document_type_type_0 import NotificationReadDocumentTypeType0
from .notification_read_record_type_type_0 import NotificationReadRecordTypeType0
from .notifications_read_all import NotificationsReadAll
from .oidc_provider import OidcProvider
from .overdue_review import OverdueReview
from .overdue_reviews import OverdueReviews
from .page_audit_event_read import PageAuditEventRead
from .page_delivery_read import PageDeliveryRead
from .page_department_read import PageDepartmentRead
from .page_development_record_read import PageDevelopmentRecordRead
from .page_employee_read import PageEmployeeRead
from .page_evaluation_due import PageEvaluationDue
from .page_evaluation_read import PageEvaluationRead
from .page_grievance_read import PageGrievanceRead
from .page_holiday_read import PageHolidayRead
from .page_matching_run_read import PageMatchingRunRead
from .page_mentoring_request_read import PageMentoringRequestRead
from .page_notification_email_read import PageNotificationEmailRead
from .page_notification_read import PageNotificationRead
from .page_pairing_read import PagePairingRead
from .page_performance_review_read import PagePerformanceReviewRead
from .page_personnel_file_entry_read import PagePersonnelFileEntryRead
from .page_review_read import PageReviewRead
from .page_scim_token_read import PageScimTokenRead
from .page_service_account_read import PageServiceAccountRead
from .page_training_record_read import PageTrainingRecordRead
from .page_user_read import PageUserRead
from .page_webhook_read import PageWebhookRead
from .pairing_action import PairingAction
from .pairing_create import PairingCreate
from .pairing_read import PairingRead
from .pairing_status import PairingStatus
from .pairing_update import PairingUpdate
from .peer_session_create import PeerSessionCreate
from .performance_review_create import PerformanceReviewCreate
from .performance_review_read import PerformanceReviewRead
from .performance_review_sync_row import PerformanceReviewSyncRow
from .person_summary import PersonSummary
from .personnel_file_entry_read import PersonnelFileEntryRead
from .personnel_file_entry_read_document_type import PersonnelFileEntryReadDocumentType
from .privacy_data_export_format import PrivacyDataExportFormat
from .problem import Problem
from .programme_impact import ProgrammeImpact
from .programme_settings_read import ProgrammeSettingsRead
from .programme_settings_update import ProgrammeSettingsUpdate
from .programme_summary import ProgrammeSummary
from .programme_summary_pairings_by_status import ProgrammeSummaryPairingsByStatus
from .proposed_pairing import ProposedPairing
from .readiness import Readiness
from .reason_body import ReasonBody
from .records_personnel_file_document_type_type_0 import RecordsPersonnelFileDocumentTypeType0
from .report_format import ReportFormat
from .request_status import RequestStatus
from .resolve_body import ResolveBody
from .resolve_body_outcome import ResolveBodyOutcome
from .review_form import ReviewForm
from .review_form_input import ReviewFormInput
from .review_read import ReviewRead
from .review_status import ReviewStatus
from .role_training_create import RoleTrainingCreate
from .row_error import RowError
from .scim_create_user_payload import ScimCreateUserPayload
from .scim_create_user_response_400 import ScimCreateUserResponse400
from .scim_create_user_response_401 import ScimCreateUserResponse401
from .scim_create_user_response_403 import ScimCreateUserResponse403
from .scim_create_user_response_409 import ScimCreateUserResponse409
from .scim_delete_user_response_401 import ScimDeleteUserResponse401
from .scim_delete_user_response_403 import ScimDeleteUserResponse403
from .scim_delete_user_response_404 import ScimDeleteUserResponse404
from .scim_delete_user_response_412 import ScimDeleteUserResponse412
from .scim_get_resource_type_response_401 import ScimGetResourceTypeResponse401
from .scim_get_resource_type_response_403 import ScimGetResourceTypeResponse403
from .scim_get_resource_type_response_404 import ScimGetResourceTypeResponse404
from .scim_get_schema_response_401 import ScimGetSchemaResponse401
from .scim_get_schema_response_403 import ScimGetSchemaResponse403
from .scim_get_schema_response_404 import ScimGetSchemaResponse404
from .scim_get_user_response_400 import ScimGetUserResponse400
from .scim_get_user_response_401 import ScimGetUserResponse401
from .scim_get_user_response_403 import ScimGetUserResponse403
from .scim_get_user_response_404 import ScimGetUserResponse404
from .scim_list_resource_types_response_401 import ScimListResourceTypesResponse401
from .scim_list_resource_types_response_403 import ScimListResourceTypesResponse403
from .scim_list_schemas_response_401 import ScimListSchemasResponse401
from .scim_list_schemas_response_403 import ScimListSchemasResponse403
from .scim_list_users_response_400 import ScimListUsersResponse400
from .scim_list_users_response_401 import ScimListUsersResponse401
from .scim_list_users_response_403 import ScimListUsersResponse403
from .scim_patch_user_payload import ScimPatchUserPayload
from .scim_patch_user_response_400 import ScimPatchUserResponse400
from .scim_patch_user_response_401 import ScimPatchUserResponse401
from .scim_patch_user_response_403 import ScimPatchUserResponse403
from .scim_patch_user_response_404 import ScimPatchUserResponse404
from .scim_patch_user_response_409 import ScimPatchUserResponse409
from .scim_patch_user_response_412 import ScimPatchUserResponse412
from .scim_replace_user_payload import ScimReplaceUserPayload
from .scim_replace_user_response_400 import ScimReplaceUserResponse400
from .scim_replace_user_response_401 import ScimReplaceUserResponse401
from .scim_replace_user_response_403 import ScimReplaceUserResponse403
from .scim_replace_user_response_404 import ScimReplaceUserResponse404
from .scim_replace_user_response_409 import ScimReplaceUserResponse409
from .scim_replace_user_response_412 import ScimReplaceUserResponse412
from .scim_search_payload import ScimSearchPayload
from .scim_search_response_400 import ScimSearchResponse400
from .scim_search_response_401 import ScimSearchResponse401
from .scim_search_response_403 import ScimSearchResponse403
from .scim_search_users_payload import ScimSearchUsersPayload
from .scim_search_users_response_400 import ScimSearchUsersResponse400
from .scim_search_users_response_401 import ScimSearchUsersResponse401
from .scim_search_users_response_403 import ScimSearchUsersResponse403
from .scim_service_provider_config_response_401 import ScimServiceProviderConfigResponse401
from .scim_service_provider_config_response_403 import ScimServiceProviderConfigResponse403
from .scim_token_create import ScimTokenCreate
from .scim_token_created import ScimTokenCreated
from .scim_token_read import ScimTokenRead
from .service_account_create import ServiceAccountCreate
from .service_account_create_role import ServiceAccountCreateRole
from .service_account_created import ServiceAccountCreated
from .service_account_created_role import ServiceAccountCreatedRole
from .service_account_read import ServiceAccountRead
from .service_account_read_role import ServiceAccountReadRole
from .skill_level import SkillLevel
from .skill_level_read import SkillLevelRead
from .skill_rating import SkillRating
from .sync_outcome import SyncOutcome
from .task_counts import TaskCounts
from .task_list import TaskList
from .task_read import TaskRead
from .task_read_entity import TaskReadEntity
from .task_read_kind import TaskReadKind
from .tasks_list_kind_type_0 import TasksListKindType0
from .token_problem import TokenProblem
from .token_problem_error import TokenProblemError
from .token_request import TokenRequest
from .token_response import TokenResponse
from .training_kind import TrainingKind
from .training_record_read import TrainingRecordRead
from .training_report import TrainingReport
from .training_role import TrainingRole
from .training_row import TrainingRow
from .unmatched_request import UnmatchedRequest
from .unmatched_request_reasons_item import UnmatchedRequestReasonsItem
from .user_bulk_result import UserBulkResult
from .user_bulk_result_reason_type_0 import UserBulkResultReasonType0
from .user_bulk_result_status import UserBulkResultStatus
from .user_create import UserCreate
from .user_create_role import UserCreateRole
from .user_created import UserCreated
from .user_created_role import UserCreatedRole
from .user_read import UserRead
from .user_read_role import UserReadRole
from .user_update import UserUpdate
from .user_update_role_type_0 import UserUpdateRoleType0
from .users_bulk_create import UsersBulkCreate
from .users_bulk_create_role import UsersBulkCreateRole
from .users_bulk_created import UsersBulkCreated
from .users_list_role_type_0 import UsersListRoleType0
from .webhook_create import WebhookCreate
from .webhook_create_events_item import WebhookCreateEventsItem
from .webhook_read import WebhookRead
from .webhook_update import WebhookUpdate
from .webhook_update_events_type_0_item import WebhookUpdateEventsType0Item
from .webhook_with_secret import WebhookWithSecret
from .webhooks_list_deliveries_event_type_type_0 import WebhooksListDeliveriesEventTypeType0

__all__ = (
    "AcknowledgementRead",
    "ActionCreate",
    "ActionRead",
    "AnonymisationResult",
    "AnonymisationResultCleared",
    "ApprovalRead",
    "ApprovalReadRole",
    "AuditEventRead",
    "AuditEventReadChanges",
    "AuthConfig",
    "CalendarFeedCreated",
    "CalendarFeedRead",
    "DataExport",
    "DataExportAccountType0",
    "DataExportAuditEventsItem",
    "DataExportCalendarFeedType0",
    "DataExportDevelopmentRecordsItem",
    "DataExportEvaluationsItem",
    "DataExportGrievancesItem",
    "DataExportMentoringRequestsItem",
    "DataExportMentorProfileType0",
    "DataExportNotificationEmailsItem",
    "DataExportNotificationPreferencesItem",
    "DataExportNotificationsItem",
    "DataExportPairingsItem",
    "DataExportPerformanceReviewsItem",
    "DataExportPersonnelFileItem",
    "DataExportProfile",
    "DataExportReviewFormsItem",
    "DataExportSkillsItem",
    "DataExportTrainingRecordsItem",
    "DeliveryAttemptRead",
    "DeliveryRead",
    "DeliveryStatus",
    "DepartmentCount",
    "DepartmentCreate",
    "DepartmentRead",
    "DepartmentSyncRow",
    "DepartmentUpdate",
    "DevelopmentKind",
    "DevelopmentRecordRead",
    "EmailListEmailsKindType0",
    "EmailListEmailsStatusType0",
    "EmployeeCreate",
    "EmployeeRead",
    "EmployeeStatus",
    "EmployeeSyncRow",
    "EmployeeUpdate",
    "EvaluationCreate",
    "EvaluationDue",
    "EvaluationOutcome",
    "EvaluationRead",
    "EvaluationRow",
    "EvaluationsReport",
    "FieldError",
    "FollowUp",
    "FollowUpInput",
    "GoalResult",
    "GrievanceCreate",
    "GrievanceKind",
    "GrievanceRead",
    "GrievanceSla",
    "GrievanceSlaRow",
    "GrievanceStatus",
    "Health",
    "HolidayCreate",
    "HolidayRead",
    "HrisSyncRequest",
    "HrisSyncResult",
    "ImpactFigure",
    "InvitationCreated",
    "InvitationRedeem",
    "InvitationRedeemed",
    "InvitationRedeemedRole",
    "MatchingProposal",
    "MatchingRunCreate",
    "MatchingRunCreateObjective",
    "MatchingRunPropose",
    "MatchingRunProposed",
    "MatchingRunRead",
    "MatchingRunReadObjective",
    "Me",
    "MeKind",
    "MentorEligibility",
    "MentorEligibilityReasonsItem",
    "MentoringRequestCreate",
    "MentoringRequestRead",
    "MentorInvitationCreate",
    "MentorInvitationRead",
    "MentorProfileRead",
    "MentorProfileUpdate",
    "MentorSuggestion",
    "MentorSuggestionReasonsItem",
    "MentorSuggestions",
    "MeRole",
    "MonthFigures",
    "MonthlyReport",
    "NotificationEmailRead",
    "NotificationEmailReadStatus",
    "NotificationPreferenceChange",
    "NotificationPreferenceChangeKind",
    "NotificationPreferenceRead",
    "NotificationPreferenceReadKind",
    "NotificationPreferences",
    "NotificationPreferencesUpdate",
    "NotificationRead",
    "NotificationReadDocumentTypeType0",
    "NotificationReadRecordTypeType0",
    "NotificationsReadAll",
    "OidcProvider",
    "OverdueReview",
    "OverdueReviews",
    "PageAuditEventRead",
    "PageDeliveryRead",
    "PageDepartmentRead",
    "PageDevelopmentRecordRead",
    "PageEmployeeRead",
    "PageEvaluationDue",
    "PageEvaluationRead",
    "PageGrievanceRead",
    "PageHolidayRead",
    "PageMatchingRunRead",
    "PageMentoringRequestRead",
    "PageNotificationEmailRead",
    "PageNotificationRead",
    "PagePairingRead",
    "PagePerformanceReviewRead",
    "PagePersonnelFileEntryRead",
    "PageReviewRead",
    "PageScimTokenRead",
    "PageServiceAccountRead",
    "PageTrainingRecordRead",
    "PageUserRead",
    "PageWebhookRead",
    "PairingAction",
    "PairingCreate",
    "PairingRead",
    "PairingStatus",
    "PairingUpdate",
    "PeerSessionCreate",
    "PerformanceReviewCreate",
    "PerformanceReviewRead",
    "PerformanceReviewSyncRow",
    "PersonnelFileEntryRead",
    "PersonnelFileEntryReadDocumentType",
    "PersonSummary",
    "PrivacyDataExportFormat",
    "Problem",
    "ProgrammeImpact",
    "ProgrammeSettingsRead",
    "ProgrammeSettingsUpdate",
    "ProgrammeSummary",
    "ProgrammeSummaryPairingsByStatus",
    "ProposedPairing",
    "Readiness",
    "ReasonBody",
    "RecordsPersonnelFileDocumentTypeType0",
    "ReportFormat",
    "RequestStatus",
    "ResolveBody",
    "ResolveBodyOutcome",
    "ReviewForm",
    "ReviewFormInput",
    "ReviewRead",
    "ReviewStatus",
    "RoleTrainingCreate",
    "RowError",
    "ScimCreateUserPayload",
    "ScimCreateUserResponse400",
    "ScimCreateUserResponse401",
    "ScimCreateUserResponse403",
    "ScimCreateUserResponse409",
    "ScimDeleteUserResponse401",
    "ScimDeleteUserResponse403",
    "ScimDeleteUserResponse404",
    "ScimDeleteUserResponse412",
    "ScimGetResourceTypeResponse401",
    "ScimGetResourceTypeResponse403",
    "ScimGetResourceTypeResponse404",
    "ScimGetSchemaResponse401",
    "ScimGetSchemaResponse403",
    "ScimGetSchemaResponse404",
    "ScimGetUserResponse400",
    "ScimGetUserResponse401",
    "ScimGetUserResponse403",
    "ScimGetUserResponse404",
    "ScimListResourceTypesResponse401",
    "ScimListResourceTypesResponse403",
    "ScimListSchemasResponse401",
    "ScimListSchemasResponse403",
    "ScimListUsersResponse400",
    "ScimListUsersResponse401",
    "ScimListUsersResponse403",
    "ScimPatchUserPayload",
    "ScimPatchUserResponse400",
    "ScimPatchUserResponse401",
    "ScimPatchUserResponse403",
    "ScimPatchUserResponse404",
    "ScimPatchUserResponse409",
    "ScimPatchUserResponse412",
    "ScimReplaceUserPayload",
    "ScimReplaceUserResponse400",
    "ScimReplaceUserResponse401",
    "ScimReplaceUserResponse403",
    "ScimReplaceUserResponse404",
    "ScimReplaceUserResponse409",
    "ScimReplaceUserResponse412",
    "ScimSearchPayload",
    "ScimSearchResponse400",
    "ScimSearchResponse401",
    "ScimSearchResponse403",
    "ScimSearchUsersPayload",
    "ScimSearchUsersResponse400",
    "ScimSearchUsersResponse401",
    "ScimSearchUsersResponse403",
    "ScimServiceProviderConfigResponse401",
    "ScimServiceProviderConfigResponse403",
    "ScimTokenCreate",
    "ScimTokenCreated",
    "ScimTokenRead",
    "ServiceAccountCreate",
    "ServiceAccountCreated",
    "ServiceAccountCreatedRole",
    "ServiceAccountCreateRole",
    "ServiceAccountRead",
    "ServiceAccountReadRole",
    "SkillLevel",
    "SkillLevelRead",
    "SkillRating",
    "SyncOutcome",
    "TaskCounts",
    "TaskList",
    "TaskRead",
    "TaskReadEntity",
    "TaskReadKind",
    "TasksListKindType0",
    "TokenProblem",
    "TokenProblemError",
    "TokenRequest",
    "TokenResponse",
    "TrainingKind",
    "TrainingRecordRead",
    "TrainingReport",
    "TrainingRole",
    "TrainingRow",
    "UnmatchedRequest",
    "UnmatchedRequestReasonsItem",
    "UserBulkResult",
    "UserBulkResultReasonType0",
    "UserBulkResultStatus",
    "UserCreate",
    "UserCreated",
    "UserCreatedRole",
    "UserCreateRole",
    "UserRead",
    "UserReadRole",
    "UsersBulkCreate",
    "UsersBulkCreated",
    "UsersBulkCreateRole",
    "UsersListRoleType0",
    "UserUpdate",
    "UserUpdateRoleType0",
    "WebhookCreate",
    "WebhookCreateEventsItem",
    "WebhookRead",
    "WebhooksListDeliveriesEventTypeType0",
    "WebhookUpdate",
    "WebhookUpdateEventsType0Item",
    "WebhookWithSecret",
)
