// People by name from the summaries the API puts on each record ({id, full_name, job_title, email}).
import type { components } from "../client/schema";

export type PersonSummary = components["schemas"]["PersonSummary"];

/** The person's name, or the fallback when the record carries no summary (never a bare id). */
export function personName(person: PersonSummary | null | undefined, fallback = "—"): string {
  return person?.full_name ?? fallback;
}

/** A pairing's two people: "Ana Silva & Ben Ito" (mentee first, as the lists sort). */
export function pairingName(record: { mentee?: PersonSummary | null; mentor?: PersonSummary | null }, fallback = "A pairing"): string {
  if (!record.mentee && !record.mentor) return fallback;
  return `${personName(record.mentee, "?")} & ${personName(record.mentor, "?")}`;
}
