// Pick one person by typing part of their name or e-mail: the API searches (20 at a time); the SPA
// never downloads the whole employee list.
import { useEffect, useId, useState } from "react";
import type { Employee } from "../api/types";
import { Spinner } from "../ui/States";
import { useEmployeeSearch } from "./hooks";
import "./people.css";

export function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function PersonSearch({
  label,
  chosen,
  onChoose,
  teamLeaderId,
  hint,
  testId,
}: {
  label: string;
  chosen: Pick<Employee, "id" | "full_name" | "job_title" | "email"> | null;
  onChoose: (person: Employee | null) => void;
  teamLeaderId?: number | null;
  hint?: string;
  testId: string;
}) {
  const [text, setText] = useState("");
  const q = useDebounced(text.trim());
  const id = useId();
  const results = useEmployeeSearch({ q, teamLeaderId });
  if (chosen) {
    return (
      <div className="field" data-testid={testId}>
        <span className="person-chosen-label">{label}</span>
        <p className="person-chosen" data-testid={`${testId}-chosen`}>
          <strong>{chosen.full_name}</strong>
          <span className="muted">
            {chosen.job_title ? ` · ${chosen.job_title}` : ""} · {chosen.email}
          </span>{" "}
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => onChoose(null)} data-testid={`${testId}-change`}>
            Change
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Name or e-mail, at least 2 letters"
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid={`${testId}-search`}
      />
      <p className="hint" id={`${id}-hint`}>
        {hint ?? "Type part of a name or e-mail."}
      </p>
      {q.length >= 2 ? (
        results.isPending ? (
          <Spinner label="Searching…" />
        ) : results.data?.items.length ? (
          <ul className="person-options" aria-label={`${label}: matches`} data-testid={`${testId}-results`}>
            {results.data.items.map((e) => (
              <li key={e.id}>
                <button type="button" className="person-option" onClick={() => onChoose(e)} data-testid={`${testId}-option-${e.id}`}>
                  <strong>{e.full_name}</strong>{" "}
                  <span className="muted">
                    · {e.job_title ?? "—"} · {e.email}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nobody matches “{q}”.</p>
        )
      ) : null}
    </div>
  );
}
