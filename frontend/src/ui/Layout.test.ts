import { describe, expect, it } from "vitest";
import type { Me } from "../api/types";
import { homePath, navFor } from "./Layout";

const me = (role: Me["role"]): Me => ({ id: 1, email: "x@example.com", role, employee_id: 2, kind: "user" });
const paths = (role: Me["role"]) => navFor(me(role)).flatMap((g) => g.items.map((i) => i.to));

describe("role-aware navigation", () => {
  it("gives HR the programme, its notifications and its administration", () => {
    expect(paths("hr_admin")).toEqual(["/inbox", "/dashboard", "/notifications", "/reports", "/impact", "/people", "/requests", "/matching", "/pairings", "/reviews", "/training", "/evaluations", "/grievances", "/logins", "/settings", "/audit"]);
    expect(homePath(me("hr_admin"))).toBe("/inbox");
  });

  it("gives team leaders their people and notifications, never grievances or the audit log", () => {
    expect(paths("team_leader")).toEqual(["/inbox", "/team", "/requests", "/matching", "/pairings", "/notifications", "/mentor-profile"]);
    expect(homePath(me("team_leader"))).toBe("/inbox");
  });

  it("gives employees their self-service views", () => {
    expect(paths("employee")).toEqual(["/inbox", "/me", "/mentor-profile", "/notifications"]);
    expect(homePath(me("employee"))).toBe("/inbox");
  });
});
