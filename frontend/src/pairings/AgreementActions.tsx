// The pairing's transitions the server offers the caller now (`allowed_actions`); every one sends
// If-Match with the ETag read.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, call, type Versioned } from "../api/client";
import type { Me, Pairing } from "../api/types";
import { useAction } from "../lib/useAction";
import { useConfirm } from "../ui/Feedback";
import { Checkbox, TextField } from "../ui/Field";
import { Card } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { useProgrammeSettings } from "../settings/hooks";
import { trainingKeys } from "../training/hooks";
import { pairingKeys } from "./hooks";

type Transition = "approve" | "acknowledge" | "activate";

const TRANSITION_DONE: Record<Transition, string> = {
  approve: "Your approval is recorded.",
  acknowledge: "You acknowledged the agreement.",
  activate: "The pairing is active.",
};

// None of these can be undone: each asks first.
const QUESTIONS = {
  approve: { title: "Approve this pairing?", body: "Your approval is recorded in the agreement and cannot be withdrawn.", confirmLabel: "Approve" },
  activate: { title: "Activate this pairing?", body: "The pairing starts: sessions, reviews and the evaluation are scheduled from today.", confirmLabel: "Activate" },
  reject: { title: "Reject this proposal?", body: "The proposal ends for good; a new one has to be made.", confirmLabel: "Reject", tone: "danger" },
  terminate: { title: "Terminate this pairing?", body: "The pairing ends now for both people. This cannot be undone.", confirmLabel: "Terminate", tone: "danger" },
} as const;

export function AgreementActions({ me, versioned }: { me: Me; versioned: Versioned<Pairing> }) {
  const { data: pairing, etag } = versioned;
  const id = pairing.id;
  const queryClient = useQueryClient();
  const settings = useProgrammeSettings();
  const [accepted, setAccepted] = useState(false);
  const [rejectReason, setRejectReason] = useState("");
  const [terminateReason, setTerminateReason] = useState("");
  const header = etag ? { "If-Match": etag } : {};
  const invalidate = [pairingKeys.one(id), pairingKeys.all, trainingKeys.ofPairing(id)];
  const path = { pairing_id: id };

  const transition = useAction(
    (action: Transition) => {
      const params = { path, header };
      if (action === "approve") return call(api.POST("/api/v1/pairings/{pairing_id}/approve", { params }));
      if (action === "acknowledge") return call(api.POST("/api/v1/pairings/{pairing_id}/acknowledge", { params }));
      return call(api.POST("/api/v1/pairings/{pairing_id}/activate", { params }));
    },
    { invalidate, success: (_, action) => TRANSITION_DONE[action] },
  );
  const reject = useAction(() => call(api.POST("/api/v1/pairings/{pairing_id}/reject", { params: { path, header }, body: { reason: rejectReason } })), {
    invalidate,
    success: "The proposal is rejected.",
    onSuccess: () => setRejectReason(""),
  });
  const terminate = useAction(
    () => call(api.POST("/api/v1/pairings/{pairing_id}/terminate", { params: { path, header }, body: { reason: terminateReason } })),
    { invalidate, success: "The pairing is terminated.", onSuccess: () => setTerminateReason("") },
  );
  const ask = useConfirm();
  const confirmed = async (action: "approve" | "activate" | "reject" | "terminate") => {
    const q = QUESTIONS[action];
    if (!(await ask(q))) return;
    if (action === "reject") reject.mutate(undefined);
    else if (action === "terminate") terminate.mutate(undefined);
    else transition.mutate(action);
  };
  const error = transition.error ?? reject.error ?? terminate.error;
  // After a 412 the actions wait for the fresh copy (and its ETag): a click meanwhile would
  // send the stale ETag again.
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.invalidateQueries({ queryKey: pairingKeys.one(id) });
    } finally {
      transition.reset();
      reject.reset();
      terminate.reset();
      setReloading(false);
    }
  };

  // Exactly what the server says the caller may do now: no rule is re-derived here.
  const allowed = new Set<string>(pairing.allowed_actions);
  const canApprove = allowed.has("approve");
  const canAcknowledge = allowed.has("acknowledge");
  const canActivate = allowed.has("activate");
  const canReject = allowed.has("reject");
  const canTerminate = allowed.has("terminate");

  if (!canApprove && !canAcknowledge && !canActivate && !canReject && !canTerminate) {
    return error ? <ProblemAlert error={error} onReload={reload} testId="pairing-problem" /> : null;
  }

  return (
    <Card title="Next steps" testId="pairing-actions">
      {canAcknowledge ? (
        <div className="agreement-ack" data-testid="acknowledge-panel">
          <h3>The agreement</h3>
          <p>
            You agree to meet <strong>{pairing.meeting_cadence}</strong> from the start date, to work on the goals above, and to keep what is said
            in sessions confidential.
          </p>
          <blockquote className="purpose" data-testid="programme-purpose">
            {settings.data?.programme_purpose ?? "Loading the programme's purpose…"}
          </blockquote>
          <Checkbox label="I have read the agreement and the programme's purpose" checked={accepted} onChange={setAccepted} testId="acknowledge-check" />
          <button type="button" className="btn btn-primary" disabled={!accepted || reloading || transition.isPending} onClick={() => transition.mutate("acknowledge")} data-testid="acknowledge">
            Acknowledge the agreement
          </button>
        </div>
      ) : null}
      <div className="button-row">
        {canApprove ? (
          <button type="button" className="btn btn-primary" disabled={reloading || transition.isPending} onClick={() => void confirmed("approve")} data-testid="approve">
            Approve as {me.role === "hr_admin" ? "HR" : "team leader"}
          </button>
        ) : null}
        {canActivate ? (
          <button type="button" className="btn btn-secondary" disabled={reloading || transition.isPending} onClick={() => void confirmed("activate")} data-testid="activate">
            Activate the pairing
          </button>
        ) : null}
      </div>
      <ProblemAlert error={error} onReload={reload} testId="pairing-problem" />
      {canReject || canTerminate ? (
        <details className="danger-zone">
          <summary>{canTerminate && pairing.status === "active" ? "Terminate…" : "Reject or terminate…"}</summary>
          {canReject ? (
            <div className="inline-form">
              <TextField label="Reason for rejecting" value={rejectReason} onChange={setRejectReason} testId="reject-reason" />
              <button type="button" className="btn btn-danger" disabled={!rejectReason.trim() || reloading || reject.isPending} onClick={() => void confirmed("reject")} data-testid="reject">
                Reject the proposal
              </button>
            </div>
          ) : null}
          {canTerminate ? (
            <div className="inline-form">
              <TextField label="Reason for terminating" value={terminateReason} onChange={setTerminateReason} testId="terminate-reason" />
              <button type="button" className="btn btn-danger" disabled={!terminateReason.trim() || reloading || terminate.isPending} onClick={() => void confirmed("terminate")} data-testid="terminate">
                Terminate the pairing
              </button>
            </div>
          ) : null}
        </details>
      ) : null}
    </Card>
  );
}
