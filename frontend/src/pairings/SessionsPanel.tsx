// Peer-to-peer sessions: the mentor logs them, the mentee confirms them.
import { useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import type { Pairing } from "../api/types";
import { allows } from "../lib/actions";
import { formatDate, today } from "../lib/format";
import { useAction } from "../lib/useAction";
import { Badge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { TextArea, TextField } from "../ui/Field";
import { Card } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { QueryState } from "../ui/States";
import type { Side } from "./hooks";
import { trainingKeys, usePeerSessions } from "../training/hooks";

function split(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function LogSession({ pairing }: { pairing: Pairing }) {
  const [date, setDate] = useState(today());
  const [minutes, setMinutes] = useState("60");
  const [title, setTitle] = useState("Peer session");
  const [topics, setTopics] = useState("");
  const [skills, setSkills] = useState("");
  const [notes, setNotes] = useState("");
  const log = useAction(
    () =>
      call(
        api.POST("/api/v1/training-records", {
          body: {
            kind: "peer_session",
            pairing_id: pairing.id,
            title,
            date,
            duration_minutes: Number(minutes),
            topics: split(topics),
            skills: split(skills),
            notes: notes.trim() || null,
          },
        }),
      ),
    {
      invalidate: [trainingKeys.ofPairing(pairing.id)],
      // The form starts over for the next session.
      onSuccess: () => {
        setDate(today());
        setMinutes("60");
        setTitle("Peer session");
        setTopics("");
        setSkills("");
        setNotes("");
      },
      success: "The session is logged.",
    },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    log.mutate(undefined);
  }
  return (
    <form className="form" onSubmit={submit} data-testid="session-form">
      <h3>Log a session</h3>
      <div className="form-row">
        <TextField label="Title" value={title} onChange={setTitle} required testId="session-title" />
        <TextField label="Date" type="date" value={date} onChange={setDate} required max={today()} testId="session-date" />
        <TextField label="Minutes" type="number" min={1} value={minutes} onChange={setMinutes} required testId="session-minutes" />
      </div>
      <div className="form-row">
        <TextField label="Topics (comma separated)" value={topics} onChange={setTopics} testId="session-topics" />
        <TextField label="Skills worked on (comma separated)" value={skills} onChange={setSkills} testId="session-skills" />
      </div>
      <TextArea label="Notes" value={notes} onChange={setNotes} rows={2} testId="session-notes" />
      <ProblemAlert error={log.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={log.isPending} data-testid="session-submit">
          {log.isPending ? "Saving…" : "Log session"}
        </button>
      </div>
    </form>
  );
}

export function SessionsPanel({ pairing, side, canLog }: { pairing: Pairing; side: Side; canLog: boolean }) {
  const sessions = usePeerSessions(pairing.id);
  const confirm = useAction(
    (recordId: number) => call(api.POST("/api/v1/training-records/{training_record_id}/confirm", { params: { path: { training_record_id: recordId } } })),
    { invalidate: [trainingKeys.ofPairing(pairing.id)], success: "The session is confirmed." },
  );
  return (
    <Card title="Sessions" testId="sessions">
      <QueryState query={sessions} loadingLabel="Loading sessions…">
        {(page) => (
          <DataTable
            rows={page.items}
            rowKey={(t) => t.id}
            caption="Peer sessions"
            filterable={page.items.length > 6}
            initialSort={{ key: "date", direction: "desc" }}
            emptyTitle="No sessions recorded yet"
            emptyBody={side === "mentor" ? "Log each session after it happens." : "The mentor logs each session; you confirm it."}
            rowTestId={(t) => `session-row-${t.id}`}
            columns={[
              { key: "date", header: "Date", sortValue: (t) => t.date, render: (t) => formatDate(t.date) },
              { key: "title", header: "Session", sortValue: (t) => t.title, render: (t) => t.title },
              { key: "minutes", header: "Minutes", sortValue: (t) => t.duration_minutes, align: "end", render: (t) => t.duration_minutes },
              { key: "topics", header: "Topics and skills", filterText: (t) => [...t.topics, ...t.skills].join(" "), render: (t) => [...t.topics, ...t.skills].join(", ") || "—" },
              {
                key: "confirmed",
                header: "Confirmed",
                sortValue: (t) => t.confirmed_at,
                render: (t) =>
                  t.confirmed_at ? (
                    <Badge tone="ok">{`Confirmed ${formatDate(t.confirmed_at)}`}</Badge>
                  ) : allows(t, "confirm") ? (
                    <button type="button" className="btn btn-primary btn-sm" onClick={() => confirm.mutate(t.id)} disabled={confirm.isPending} data-testid={`confirm-session-${t.id}`}>
                      Confirm
                    </button>
                  ) : (
                    <Badge tone="warning">Awaiting the mentee</Badge>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <ProblemAlert error={confirm.error} />
      {canLog ? <LogSession pairing={pairing} /> : null}
    </Card>
  );
}
