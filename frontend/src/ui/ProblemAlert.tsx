// How a failed action is shown: the 409's reasons as a list, a 412 with a reload offer,
// a 422's field errors; announced to screen readers.
import { useEffect, useRef } from "react";
import { ApiError, errorMessage, fieldLabel } from "../api/problem";
import { reasonsText } from "../api/reasons";

export function ProblemAlert({
  error,
  onReload,
  testId = "problem",
}: {
  error: unknown;
  onReload?: () => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const problem = error instanceof ApiError ? error : null;
  return (
    <div className="alert alert-danger" role="alert" tabIndex={-1} ref={ref} data-testid={testId}>
      {problem?.isStale ? (
        <>
          <p>
            <strong>Someone changed this record while you had it open.</strong> Reload it to see their
            changes, then try again.
          </p>
          {onReload ? (
            <button type="button" className="btn btn-secondary btn-sm" onClick={onReload} data-testid="reload">
              Reload
            </button>
          ) : null}
        </>
      ) : (
        <>
          <p>
            <strong>{problem?.isConflict ? "Not possible yet." : problem?.title ?? "Something went wrong."}</strong>{" "}
            {problem?.reasons.length ? null : errorMessage(error)}
          </p>
          {problem && problem.reasons.length > 0 ? (
            <ul className="reasons" data-testid={`${testId}-reasons`}>
              {reasonsText(problem.reasons).map((text, i) => (
                <li key={problem.reasons[i]} data-reason={problem.reasons[i]}>
                  {text}
                </li>
              ))}
            </ul>
          ) : null}
          {problem && problem.fieldErrors.length > 0 ? (
            <ul className="reasons">
              {problem.fieldErrors.map((e, i) => (
                <li key={i}>
                  <strong>{fieldLabel(e.loc)}</strong>: {e.msg}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
