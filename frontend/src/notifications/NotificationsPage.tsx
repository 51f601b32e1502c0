import { Link } from "react-router";
import { api, call } from "../api/client";
import type { Notification } from "../api/types";

import { formatDateTime, groupByDay, label, relativeTime } from "../lib/format";
import { useAction } from "../lib/useAction";
import { Badge } from "../ui/Badge";
import { PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { EmptyState, QueryState } from "../ui/States";
import { EmailPreferences } from "./EmailPreferences";
import { notificationKeys, useNotifications } from "./hooks";

/** The screen a notification opens, and what its link says. */
export function recordLink(n: Pick<Notification, "kind" | "record_type" | "record_id">): { to: string; text: string } | null {
  // An invitation to mentor is acted on in one's own mentor profile, not on the person's record.
  if (n.kind === "mentor_invitation") return { to: "/mentor-profile", text: "Open my mentor profile" };
  if (n.record_id === null) return null;
  switch (n.record_type) {
    case "pairing":
      return { to: `/pairings/${n.record_id}`, text: "Open the pairing" };
    case "mentoring_request":
      return { to: `/requests/${n.record_id}`, text: "Open the request" };
    case "grievance":
      return { to: `/grievances/${n.record_id}`, text: "Open the grievance" };
    case "employee":
      return { to: `/people/${n.record_id}`, text: "Open the person" };
    default:
      return null;
  }
}

export function NotificationsPage() {
  const notifications = useNotifications();
  const read = useAction((id: number) => call(api.POST("/api/v1/notifications/{notification_id}/read", { params: { path: { notification_id: id } } })), {
    invalidate: [notificationKeys.root],
  });
  const readAll = useAction(() => call(api.POST("/api/v1/notifications/read-all")), {
    invalidate: [notificationKeys.root],
    success: ({ marked }) => (marked === 1 ? "1 notification marked read." : `${marked} notifications marked read.`),
  });
  const unread = notifications.data?.items.filter((n) => !n.read_at).length ?? 0;
  return (
    <>
      <PageHeader
        title="Notifications"
        subtitle="What happened in your mentoring and in the records you look after, newest first."
        actions={
          unread > 0 ? (
            <button type="button" className="btn btn-secondary" onClick={() => readAll.mutate(undefined)} disabled={readAll.isPending} data-testid="mark-all-read">
              Mark all read ({unread})
            </button>
          ) : null
        }
      />
      <ProblemAlert error={read.error ?? readAll.error} />
      <QueryState query={notifications} loadingLabel="Loading notifications…">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="No notifications" />
          ) : (
            <div className="notification-days" data-testid="notifications">
              {groupByDay(page.items, (n) => n.created_at).map((group) => (
                <section key={group.day} aria-labelledby={`day-${group.items[0]?.id}`}>
                  <h2 className="notification-day" id={`day-${group.items[0]?.id}`}>
                    {group.day}
                  </h2>
                  <ul className="notifications">
                    {group.items.map((n: Notification) => {
                      const link = recordLink(n);
                      return (
                        <li key={n.id} className={n.read_at ? "read" : "unread"} data-testid={`notification-${n.id}`}>
                          <div className="notification-head">
                            <strong>{n.title}</strong>
                            {n.read_at ? null : <Badge tone="info">New</Badge>}
                            <time className="muted small" dateTime={n.created_at} title={formatDateTime(n.created_at)}>
                              {relativeTime(n.created_at)}
                            </time>
                          </div>
                          {n.body ? <p>{n.body}</p> : null}
                          <p className="muted small">
                            {n.document_type ? label(n.document_type) : label(n.kind)}
                            {n.subject ? ` · about ${n.subject.full_name}` : ""}
                          </p>
                          <div className="notification-actions">
                            {link ? (
                              // Opening it reads it.
                              <Link to={link.to} className="btn btn-secondary btn-sm" onClick={() => (n.read_at ? undefined : read.mutate(n.id))} data-testid={`notification-link-${n.id}`}>
                                {link.text}
                              </Link>
                            ) : null}
                            {n.read_at ? null : (
                              <button type="button" className="btn btn-ghost btn-sm" onClick={() => read.mutate(n.id)} data-testid={`mark-read-${n.id}`}>
                                Mark as read
                              </button>
                            )}
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </div>
          )
        }
      </QueryState>
      <EmailPreferences />
    </>
  );
}
