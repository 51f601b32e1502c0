import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link } from "react-router";
import { formatDate } from "../lib/format";
import { Badge } from "../ui/Badge";
import { PageHeader } from "../ui/Page";
import { EmptyState, ErrorState, Spinner } from "../ui/States";
import { taskKeys, useTaskPages } from "./hooks";
import { countsByKind, GROUP_TITLES, groupTasks, KIND_LABELS, taskLink, type Task } from "./tasks";
import "./inbox.css";

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** When it is due (tasks without a deadline are in their own group, which says so). */
function Due({ task }: { task: Task }) {
  if (!task.due_date) return null;
  if (task.overdue) return <Badge tone="danger">Overdue: was due {formatDate(task.due_date)}</Badge>;
  return <span className="small">Due {formatDate(task.due_date)}</span>;
}

/** The home page of every role: what the signed-in person must do now, soonest due first. */
export function InboxPage() {
  const queryClient = useQueryClient();
  const tasks = useTaskPages();
  const first = tasks.data?.pages[0];
  // The menu's badge shows the same total as this page.
  useEffect(() => {
    if (first) queryClient.setQueryData(taskKeys.badge, first);
  }, [first, queryClient]);

  if (tasks.isPending) return <Spinner label="Loading your tasks…" />;
  if (tasks.error || !tasks.data || !first) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const items = tasks.data.pages.flatMap((page) => page.items);
  const overdue = items.filter((t) => t.overdue).length;
  return (
    <>
      <PageHeader
        title="Inbox"
        subtitle={
          first.total === 0
            ? "Nothing needs you right now."
            : `${first.total} ${first.total === 1 ? "thing needs" : "things need"} you${overdue ? `, ${overdue}${tasks.hasNextPage ? "+" : ""} overdue` : ""}. Soonest due first.`
        }
      />
      {first.total === 0 ? (
        <EmptyState title="You are all caught up">
          <p>New requests, approvals, forms and follow-ups will appear here.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="inbox-summary" aria-label="Tasks by kind" data-testid="inbox-counts">
            {countsByKind(first.counts).map(([kind, n]) => (
              <li key={kind} data-testid={`inbox-count-${kind}`}>
                <span className="inbox-summary-n">{n}</span> {KIND_LABELS[kind]}
              </li>
            ))}
          </ul>
          {groupTasks(items, localToday()).map(({ group, tasks: grouped }) => (
            <section key={group} className={`inbox-group inbox-${group}`} aria-labelledby={`inbox-${group}-title`} data-testid={`inbox-group-${group}`}>
              <h2 id={`inbox-${group}-title`}>
                {GROUP_TITLES[group]} <span className="muted small">({grouped.length})</span>
              </h2>
              <ul className="inbox-list">
                {grouped.map((task) => (
                  <li key={`${task.kind}-${task.entity}-${task.entity_id}-${task.title}`} className={task.overdue ? "overdue" : undefined} data-testid="inbox-task">
                    <Link to={taskLink(task)} className="inbox-title" data-testid={`task-${task.kind}-${task.entity_id}`}>
                      {task.title}
                    </Link>
                    <div className="inbox-meta">
                      <Badge tone="neutral">{KIND_LABELS[task.kind]}</Badge>
                      <Due task={task} />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {tasks.hasNextPage ? (
            <button type="button" className="btn btn-secondary" disabled={tasks.isFetchingNextPage} onClick={() => void tasks.fetchNextPage()} data-testid="inbox-more">
              {tasks.isFetchingNextPage ? "Loading…" : `Show more (${first.total - items.length} left)`}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
