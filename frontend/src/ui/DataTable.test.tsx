// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DataTable, PHONE_SORT_MIN_ROWS } from "./DataTable";

interface Row {
  id: number;
  name: string;
  days: number;
}
const rows: Row[] = [
  { id: 1, name: "Mia", days: 3 },
  { id: 2, name: "Paul", days: 1 },
  { id: 3, name: "Omar", days: 7 },
];
const columns = [
  { key: "name", header: "Name", sortValue: (r: Row) => r.name, render: (r: Row) => r.name },
  { key: "days", header: "Days", sortValue: (r: Row) => r.days, render: (r: Row) => String(r.days) },
];

function names(): string[] {
  return within(screen.getByRole("table"))
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[0]?.textContent ?? "");
}

afterEach(cleanup);

describe("DataTable", () => {
  it("sorts by a header and toggles the direction, announcing it with aria-sort", () => {
    render(<DataTable rows={rows} columns={columns} rowKey={(r) => r.id} caption="People" />);
    expect(names()).toEqual(["Mia", "Paul", "Omar"]);
    fireEvent.click(screen.getByRole("button", { name: /Days/ }));
    expect(names()).toEqual(["Paul", "Mia", "Omar"]);
    expect(screen.getByRole("columnheader", { name: /Days/ }).getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(screen.getByRole("button", { name: /Days/ }));
    expect(names()).toEqual(["Omar", "Mia", "Paul"]);
    expect(screen.getByRole("columnheader", { name: /Days/ }).getAttribute("aria-sort")).toBe("descending");
  });

  it("filters through a labelled box and shows when nothing matches", () => {
    render(<DataTable rows={rows} columns={columns} rowKey={(r) => r.id} caption="People" initialSort={{ key: "name", direction: "asc" }} />);
    const filter = screen.getByLabelText("Filter");
    fireEvent.change(filter, { target: { value: "pa" } });
    expect(names()).toEqual(["Paul"]);
    expect(screen.getByText("1 of 3 rows")).toBeTruthy();
    fireEvent.change(filter, { target: { value: "zzz" } });
    expect(screen.getByText("No rows match the filter")).toBeTruthy();
  });

  it("shows its empty state", () => {
    render(<DataTable rows={[]} columns={columns} rowKey={(r: Row) => r.id} caption="People" emptyTitle="Nobody yet" />);
    expect(screen.getByText("Nobody yet")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("labels every cell with its column for the phone's cards, and sorts through a select there", () => {
    const more: Row[] = [...rows, { id: 4, name: "Sara", days: 5 }, { id: 5, name: "Noah", days: 2 }, { id: 6, name: "Lena", days: 4 }];
    expect(more.length).toBe(PHONE_SORT_MIN_ROWS);
    render(<DataTable rows={more} columns={columns} rowKey={(r) => r.id} caption="People" />);
    const cells = within(screen.getAllByRole("row")[1]!).getAllByRole("cell");
    expect(cells.map((c) => c.getAttribute("data-label"))).toEqual(["Name", "Days"]);
    const select = screen.getByLabelText("Sort by");
    fireEvent.change(select, { target: { value: "days:desc" } });
    expect(names()).toEqual(["Omar", "Sara", "Lena", "Mia", "Noah", "Paul"]);
    // The header shows the same sort: one state for both layouts.
    expect(screen.getByRole("columnheader", { name: /Days/ }).getAttribute("aria-sort")).toBe("descending");
    fireEvent.change(select, { target: { value: "" } });
    expect(names()).toEqual(["Mia", "Paul", "Omar", "Sara", "Noah", "Lena"]);
  });

  it("has no phone sort select for a handful of cards (the headers still sort)", () => {
    render(<DataTable rows={rows} columns={columns} rowKey={(r) => r.id} caption="People" />);
    expect(screen.queryByLabelText("Sort by")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /Days/ }));
    expect(names()).toEqual(["Paul", "Mia", "Omar"]);
  });
});
