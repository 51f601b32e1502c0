import { useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import type { ProgrammeSettings } from "../api/types";
import { settingsKeys, useHolidays, useProgrammeSettings } from "./hooks";
import { formatDate } from "../lib/format";
import { useAction } from "../lib/useAction";
import { DataTable } from "../ui/DataTable";
import { Checkbox, TextArea, TextField } from "../ui/Field";
import { Card, PageHeader } from "../ui/Page";
import { useConfirm } from "../ui/Feedback";
import { ProblemAlert } from "../ui/ProblemAlert";
import { QueryState } from "../ui/States";

type NumberKey =
  | "mentor_min_rating"
  | "mentor_min_tenure_months"
  | "max_mentees_per_mentor"
  | "mentor_min_skill_level"
  | "review_interval_months"
  | "evaluation_after_months"
  | "grievance_sla_working_days"
  | "impact_min_sample";

const NUMBERS: { key: NumberKey; label: string; min: number; max: number; hint: string }[] = [
  { key: "mentor_min_rating", label: "Mentor's minimum rating", min: 1, max: 5, hint: "Latest performance rating, 1–5" },
  { key: "mentor_min_tenure_months", label: "Mentor's minimum tenure (months)", min: 0, max: 600, hint: "Since the hire date" },
  { key: "max_mentees_per_mentor", label: "Mentees per mentor", min: 1, max: 20, hint: "Active and approved pairings" },
  { key: "mentor_min_skill_level", label: "Skill level that covers an area", min: 1, max: 5, hint: "Proficiency 1–5" },
  { key: "review_interval_months", label: "Review every (months)", min: 1, max: 12, hint: "After the start date" },
  { key: "evaluation_after_months", label: "Evaluate after (months)", min: 1, max: 36, hint: "From the start date" },
  { key: "grievance_sla_working_days", label: "Grievance deadline (working days)", min: 1, max: 60, hint: "Counted after the day raised" },
  { key: "impact_min_sample", label: "Impact report's minimum sample", min: 2, max: 10000, hint: "People per group below which a figure is withheld" },
];

function SettingsForm({ settings }: { settings: ProgrammeSettings }) {
  const [draft, setDraft] = useState(settings);
  const [saved, setSaved] = useState(false);
  const save = useAction(
    () =>
      call(
        api.PUT("/api/v1/programme-settings", {
          body: { ...draft, holiday_country: draft.holiday_country?.trim() ? draft.holiday_country.trim() : null },
        }),
      ),
    { invalidate: [settingsKeys.programme], onSuccess: () => setSaved(true), success: "The programme settings are saved." },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    save.mutate(undefined);
  }
  return (
    <form className="form" onSubmit={submit} data-testid="settings-form">
      <fieldset className="field">
        <legend>Who may mentor whom</legend>
        <Checkbox label="Managerial cadre only" checked={draft.managerial_cadre_only} onChange={(v) => setDraft({ ...draft, managerial_cadre_only: v })} />
        <Checkbox label="Mentor and mentee in the same department" checked={draft.require_same_department} onChange={(v) => setDraft({ ...draft, require_same_department: v })} />
        <Checkbox label="Mentor and mentee at the same level" checked={draft.require_same_level} onChange={(v) => setDraft({ ...draft, require_same_level: v })} />
      </fieldset>
      <div className="form-grid">
        {NUMBERS.map((n) => (
          <TextField
            key={n.key}
            label={n.label}
            hint={n.hint}
            type="number"
            min={n.min}
            max={n.max}
            value={String(draft[n.key])}
            onChange={(v) => setDraft({ ...draft, [n.key]: Number(v) })}
            testId={`setting-${n.key}`}
          />
        ))}
        <TextField label="Public holidays of (country code)" hint="e.g. DE, GB-ENG; empty for none" value={draft.holiday_country ?? ""} onChange={(v) => setDraft({ ...draft, holiday_country: v })} testId="setting-holiday_country" />
        <TextField label="Time zone" hint="e.g. Europe/Berlin" value={draft.timezone} onChange={(v) => setDraft({ ...draft, timezone: v })} testId="setting-timezone" />
      </div>
      <TextArea label="The programme's purpose (shown in every agreement)" rows={5} value={draft.programme_purpose} onChange={(v) => setDraft({ ...draft, programme_purpose: v })} testId="setting-purpose" />
      <ProblemAlert error={save.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending} data-testid="settings-save">
          Save settings
        </button>
        <span aria-live="polite">{saved ? <span className="ok-note">Saved.</span> : null}</span>
      </div>
    </form>
  );
}

function Holidays() {
  const holidays = useHolidays();
  const [date, setDate] = useState("");
  const [name, setName] = useState("");
  const add = useAction(() => call(api.POST("/api/v1/holidays", { body: { date, name } })), {
    invalidate: [settingsKeys.holidays],
    onSuccess: () => {
      setDate("");
      setName("");
    },
    success: "The holiday is added.",
  });
  const remove = useAction((id: number) => call(api.DELETE("/api/v1/holidays/{holiday_id}", { params: { path: { holiday_id: id } } })), {
    invalidate: [settingsKeys.holidays],
    success: "The holiday is removed.",
  });
  const ask = useConfirm();
  return (
    <>
      <form
        className="form form-row"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          add.mutate(undefined);
        }}
        data-testid="holiday-form"
      >
        <TextField label="Date" type="date" required value={date} onChange={setDate} testId="holiday-date" />
        <TextField label="Name" required value={name} onChange={setName} testId="holiday-name" />
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary" disabled={!date || !name.trim() || add.isPending} data-testid="holiday-add">
            Add holiday
          </button>
        </div>
      </form>
      <ProblemAlert error={add.error ?? remove.error} />
      <QueryState query={holidays}>
        {(rows) => (
          <DataTable
            rows={rows}
            rowKey={(h) => h.id}
            caption="Organisation holidays"
            filterable={false}
            initialSort={{ key: "date", direction: "asc" }}
            emptyTitle="No organisation holidays"
            emptyBody="Public holidays come from the country setting; add the organisation's own days here."
            columns={[
              { key: "date", header: "Date", sortValue: (h) => h.date, render: (h) => formatDate(h.date) },
              { key: "name", header: "Name", sortValue: (h) => h.name, render: (h) => h.name },
              {
                key: "del",
                header: "",
                render: (h) => (
                  <button type="button" className="btn btn-ghost btn-sm" onClick={() =>
                      void ask({
                        title: `Remove ${h.name}?`,
                        body: `${formatDate(h.date)} becomes a working day again for every deadline counted from now on.`,
                        confirmLabel: "Remove",
                        tone: "danger",
                      }).then((ok) => ok && remove.mutate(h.id))
                    }
                    data-testid={`holiday-remove-${h.id}`}
                    aria-label={`Remove ${h.name} on ${formatDate(h.date)}`}>
                    Remove
                  </button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}

export function SettingsPage() {
  // Read afresh on every visit: the form starts from the current values.
  const settings = useProgrammeSettings({ staleTime: 0 });
  return (
    <>
      <PageHeader title="Programme settings" subtitle="The policy's numbers. Changes apply from now on and are audited." />
      <div className="grid grid-2-1">
        <Card title="Rules" testId="settings">
          <QueryState query={settings}>{(s) => <SettingsForm settings={s} />}</QueryState>
        </Card>
        <Card title="Organisation holidays" testId="holidays">
          <Holidays />
        </Card>
      </div>
    </>
  );
}
