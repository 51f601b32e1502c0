import { describe, expect, it } from "vitest";
import { recordLink } from "./NotificationsPage";

describe("a notification's link", () => {
  it("opens the screen of its record", () => {
    expect(recordLink({ kind: "document_filed", record_type: "pairing", record_id: 4 })).toEqual({ to: "/pairings/4", text: "Open the pairing" });
    expect(recordLink({ kind: "document_filed", record_type: "mentoring_request", record_id: 9 })?.to).toBe("/requests/9");
    expect(recordLink({ kind: "document_filed", record_type: "grievance", record_id: 2 })?.to).toBe("/grievances/2");
    expect(recordLink({ kind: "document_filed", record_type: "employee", record_id: 7 })?.to).toBe("/people/7");
  });

  it("opens one's own mentor profile for an invitation to mentor", () => {
    expect(recordLink({ kind: "mentor_invitation", record_type: "employee", record_id: 7 })).toEqual({ to: "/mentor-profile", text: "Open my mentor profile" });
  });

  it("is absent when the notification names no record", () => {
    expect(recordLink({ kind: "document_filed", record_type: null, record_id: null })).toBeNull();
  });
});
