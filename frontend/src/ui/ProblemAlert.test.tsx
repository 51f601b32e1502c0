// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { toApiError } from "../api/problem";
import { ProblemAlert } from "./ProblemAlert";

afterEach(cleanup);

describe("ProblemAlert", () => {
  it("lists a 409's reasons in words, as an alert that takes focus", () => {
    render(<ProblemAlert error={toApiError(409, { detail: "cannot start", reasons: ["mentor_not_trained", "status_active"] })} />);
    const alert = screen.getByRole("alert");
    expect(document.activeElement).toBe(alert);
    expect(screen.getByText("The mentor has no mentor-training record.")).toBeTruthy();
    expect(screen.getByText("The record is active.")).toBeTruthy();
  });

  it("offers to reload on a 412", () => {
    const reload = vi.fn();
    render(<ProblemAlert error={toApiError(412, { detail: "stale" })} onReload={reload} />);
    fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it("shows field errors of a 422 and nothing without an error", () => {
    const { rerender } = render(<ProblemAlert error={toApiError(422, { title: "Invalid input", errors: [{ loc: ["body", "early_reason"], msg: "required" }] })} />);
    expect(screen.getByText("early reason")).toBeTruthy();
    rerender(<ProblemAlert error={null} />);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
