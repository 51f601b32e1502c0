import { useId, type ReactNode } from "react";

interface BaseProps {
  label: string;
  hint?: string;
  required?: boolean;
  testId?: string;
}

function Wrapper({ id, label, hint, required, children }: BaseProps & { id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = "text",
  min,
  max,
  autoComplete,
  ...base
}: BaseProps & {
  value: string;
  onChange: (v: string) => void;
  type?: "text" | "email" | "password" | "date" | "number" | "search";
  min?: number | string;
  max?: number | string;
  autoComplete?: string;
}) {
  const id = useId();
  return (
    <Wrapper id={id} {...base}>
      <input
        id={id}
        type={type}
        value={value}
        min={min}
        max={max}
        required={base.required}
        autoComplete={autoComplete}
        aria-describedby={base.hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        data-testid={base.testId}
      />
    </Wrapper>
  );
}

export function TextArea({ value, onChange, rows = 3, ...base }: BaseProps & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <Wrapper id={id} {...base}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        required={base.required}
        aria-describedby={base.hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        data-testid={base.testId}
      />
    </Wrapper>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  ...base
}: BaseProps & { value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  const id = useId();
  return (
    <Wrapper id={id} {...base}>
      <select
        id={id}
        value={value}
        required={base.required}
        aria-describedby={base.hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        data-testid={base.testId}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function Checkbox({ label, checked, onChange, testId, hint, disabled = false }: { label: ReactNode; checked: boolean; onChange: (v: boolean) => void; testId?: string; hint?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} data-testid={testId} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
    </div>
  );
}

/** A 1-5 rating as a row of radio buttons (keyboard: arrows move within the group). Nothing is
 * chosen until the person chooses (`null`), and the form cannot be sent without a choice. */
export function RatingField({
  label,
  value,
  onChange,
  testId,
  low = "poor",
  high = "excellent",
  required = true,
}: {
  label: string;
  value: number | null;
  onChange: (v: number) => void;
  testId?: string;
  low?: string;
  high?: string;
  required?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="field rating" data-testid={testId}>
      <legend>
        {label}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </legend>
      <div className="rating-row">
        <span className="rating-end" aria-hidden="true">{low}</span>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={`rating-option ${value === n ? "selected" : ""}`}>
            <input type="radio" name={name} value={n} required={required} checked={value === n} onChange={() => onChange(n)} data-testid={testId ? `${testId}-${n}` : undefined} />
            <span>{n}</span>
          </label>
        ))}
        <span className="rating-end" aria-hidden="true">{high}</span>
      </div>
    </fieldset>
  );
}
