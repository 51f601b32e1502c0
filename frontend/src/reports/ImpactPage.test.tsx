// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ImpactFigure } from "../api/types";
import { ForestPlot } from "./ImpactPage";

const base: ImpactFigure = {
  group: "mentees",
  measure: "rating_change",
  skill: null,
  status: "reported",
  withheld_reason: null,
  unit: "rating points",
  participants: 30,
  without_data: 2,
  unmatched: 1,
  sample_size: 29,
  comparison_size: 29,
  participant_mean: 1.1,
  comparison_mean: 0.1,
  before_mean: null,
  difference: 1,
  ci_low: 0.6,
  ci_high: 1.4,
  method: "…",
};

afterEach(cleanup);

describe("the forest plot", () => {
  it("draws each interval and says it in words", () => {
    const withheld: ImpactFigure = { ...base, group: "mentors", status: "withheld", withheld_reason: "4 matched mentors; at least 10 are needed.", difference: null, ci_low: null, ci_high: null };
    render(<ForestPlot figures={[base, withheld]} unit="rating points" title="Rating change" testId="plot" />);
    const plot = screen.getByTestId("plot");
    expect(plot.getAttribute("role")).toBe("img");
    const label = plot.getAttribute("aria-label") ?? "";
    expect(label).toContain("Mentees: difference +1 rating points, 95% interval +0.6 rating points to +1.4 rating points, 29 people against 29.");
    expect(label).toContain("Mentors: withheld. 4 matched mentors; at least 10 are needed.");
    // The reported row has its interval line and point; the withheld one says so instead.
    const [reported, held] = screen.getAllByTestId("forest-row");
    expect(reported?.querySelectorAll("line").length).toBe(3);
    expect(reported?.querySelector("circle")?.getAttribute("class")).toContain("forest-up");
    expect(held?.querySelector("circle")).toBeNull();
    expect(held?.textContent).toContain("withheld");
  });

  it("keeps 0 in the middle of the axis, whichever way the interval lies", () => {
    render(<ForestPlot figures={[{ ...base, difference: -2, ci_low: -3, ci_high: -1 }]} unit="points" title="T" testId="plot" />);
    const zero = screen.getByTestId("plot").querySelector(".forest-zero");
    const axes = [...screen.getByTestId("plot").querySelectorAll(".forest-axis")];
    const axis = axes[axes.length - 1];
    const x1 = Number(axis?.getAttribute("x1"));
    const x2 = Number(axis?.getAttribute("x2"));
    expect(Number(zero?.getAttribute("x1"))).toBeCloseTo((x1 + x2) / 2);
    expect(screen.getByTestId("forest-row").querySelector("circle")?.getAttribute("class")).toContain("forest-down");
  });
});
