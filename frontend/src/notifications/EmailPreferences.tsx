// Which notifications also come by e-mail: the caller's own choice, kind by kind. The kinds the
// HR policy requires (documents for team leaders, grievance notices) are shown but locked.
import { api, call } from "../api/client";
import type { components } from "../client/schema";
import { label } from "../lib/format";
import { useAction } from "../lib/useAction";
import { Checkbox } from "../ui/Field";
import { Card } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { QueryState } from "../ui/States";
import { notificationKeys, useNotificationPreferences } from "./hooks";

// From the contract, so a new kind of notice needs no change here.
type Kind = components["schemas"]["NotificationPreferenceChange"]["kind"];

export function EmailPreferences() {
  const preferences = useNotificationPreferences();
  const save = useAction(
    ({ kind, email }: { kind: Kind; email: boolean }) =>
      call(api.PUT("/api/v1/notification-preferences", { body: { preferences: [{ kind, email }] } })),
    { invalidate: [notificationKeys.preferences], success: (_, { email }) => (email ? "You will get these by e-mail." : "You will no longer get these by e-mail.") },
  );
  return (
    <Card title="E-mail" testId="email-preferences" className="email-preferences">
      <p className="muted small">Every notification is shown here; tick the ones you also want by e-mail.</p>
      <ProblemAlert error={save.error} />
      <QueryState query={preferences} loadingLabel="Loading your e-mail choices…">
        {(answer) => (
          <div className="preferences">
            {answer.items.map((item) => (
              <Checkbox
                key={item.kind}
                label={label(item.kind)}
                hint={item.mandatory ? `${item.description} Required by the HR policy.` : item.description}
                checked={item.email}
                disabled={item.mandatory || save.isPending}
                onChange={(email) => save.mutate({ kind: item.kind, email })}
                testId={`email-${item.kind}`}
              />
            ))}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
