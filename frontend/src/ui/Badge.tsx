import type { ReactNode } from "react";
import { label, statusTone } from "../lib/format";
import type { Tone } from "../lib/sla";

export function Badge({ tone = "neutral", children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <span className={`badge badge-${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}

export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <Badge tone={statusTone(status)} testId={testId}>
      {label(status)}
    </Badge>
  );
}
