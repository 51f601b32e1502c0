import { useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";
import type { Notification } from "../api/types";
import { useDirectory } from "../people/directory";
import { formatDateTime, label } from "../lib/format";
import { useAction } from "../lib/useAction";
import { Badge } from "../ui/Badge";
import { PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { EmptyState, QueryState } from "../ui/States";
import { EmailPreferences } from "./EmailPreferences";

export function NotificationsPage() {
  const dir = useDirectory();
  const notifications = useQuery({
    queryKey: ["notifications", "all"],
    queryFn: () => call(api.GET("/api/v1/notifications", { params: { query: { limit: 200 } } })),
  });
  const read = useAction((id: number) => call(api.POST("/api/v1/notifications/{notification_id}/read", { params: { path: { notification_id: id } } })), {
    invalidate: [["notifications"]],
  });
  return (
    <>
      <PageHeader title="Notifications" subtitle="Every form and document about your people is sent here." />
      <ProblemAlert error={read.error} />
      <QueryState query={notifications} loadingLabel="Loading notifications…">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="No notifications" />
          ) : (
            <ul className="notifications" data-testid="notifications">
              {page.items.map((n: Notification) => (
                <li key={n.id} className={n.read_at ? "read" : "unread"} data-testid={`notification-${n.id}`}>
                  <div className="notification-head">
                    <strong>{n.title}</strong>
                    {n.read_at ? null : <Badge tone="info">New</Badge>}
                    <span className="muted small">{formatDateTime(n.created_at)}</span>
                  </div>
                  {n.body ? <p>{n.body}</p> : null}
                  <p className="muted small">
                    {n.document_type ? label(n.document_type) : label(n.kind)}
                    {n.subject_employee_id ? ` · about ${dir.name(n.subject_employee_id)}` : ""}
                  </p>
                  {n.read_at ? null : (
                    <button type="button" className="btn btn-ghost btn-sm" onClick={() => read.mutate(n.id)} data-testid={`mark-read-${n.id}`}>
                      Mark as read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <EmailPreferences />
    </>
  );
}
