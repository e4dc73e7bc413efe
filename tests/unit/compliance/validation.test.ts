import { describe, expect, it } from "vitest";
import { evaluateRequest, fieldPath, type TEvaluateResponse } from "@/lib/compliance";
import { person } from "./case-builder";

const ok = { asOf: "2026-04-01", person: person("engineer_specialist"), events: [] };

function errorOf(res: TEvaluateResponse) {
  if (res.ok) throw new Error("expected an error");
  return res.error;
}

describe("evaluateRequest validation (EVALUATE.md: unknown fields are errors, nothing is guessed)", () => {
  it("accepts one case and a batch", () => {
    expect(evaluateRequest(ok).ok).toBe(true);
    const batch = evaluateRequest({ cases: [ok, ok] });
    expect(batch.ok && "results" in batch.body && batch.body.results.length).toBe(2);
    const empty = evaluateRequest({ cases: [] });
    expect(empty.ok && "results" in empty.body && empty.body.results).toEqual([]);
  });

  it("needs only asOf and person.status", () => {
    const res = evaluateRequest({ asOf: "2026-04-01", person: { status: "permanent_resident" } });
    expect(res.ok).toBe(true);
  });

  it.each([
    ["extra", "unknown field", { ...ok, extra: 1 }],
    ["person.nickname", "unknown field", { ...ok, person: { ...ok.person, nickname: "x" } }],
    [
      "events[0].reason",
      "unknown field",
      { ...ok, events: [{ type: "employment_ended", date: "2026-04-01", reason: "x" }] },
    ],
    ["asOf", "must be a date YYYY-MM-DD", { ...ok, asOf: "2026-02-30" }],
    ["asOf", "must be a date YYYY-MM-DD", { ...ok, asOf: "2026/04/01" }],
    ["asOf", "must be a date YYYY-MM-DD", { ...ok, asOf: 20260401 }],
    ["person.status", "unknown status code", { ...ok, person: { ...ok.person, status: "engineer" } }],
    [
      "person.holderRole",
      "must be principal, spouse or child",
      { ...ok, person: { ...ok.person, holderRole: "wife" } },
    ],
    ["person.isWorker", "must be true or false", { ...ok, person: { ...ok.person, isWorker: "yes" } }],
    ["events[0].type", "unknown event type", { ...ok, events: [{ type: "promoted", date: "2026-04-01" }] }],
    [
      "events[0].date",
      "must be a date YYYY-MM-DD",
      { ...ok, events: [{ type: "employment_started", date: "2026-04-31" }] },
    ],
    ["events[0]", "must be an event object", { ...ok, events: [5] }],
    ["events", "must be a list of events", { ...ok, events: {} }],
    ["asOf", "is required", { person: ok.person }],
    ["person", "is required", { asOf: "2026-04-01" }],
    [
      "person.hsp2Activity",
      "only allowed when status is hsp_2",
      { ...ok, person: { ...ok.person, hsp2Activity: "ha" } },
    ],
    [
      "person.japaneseContract",
      "only allowed when status is entertainer",
      { ...ok, person: { ...ok.person, japaneseContract: true } },
    ],
    [
      "person.periodOfStayExpiresOn",
      "must be null: this status has no period of stay",
      { ...ok, person: person("permanent_resident", { periodOfStayExpiresOn: "2030-01-01" }) },
    ],
    ["person.status", "status not in force before 2027-04-01", { ...ok, person: person("esd") }],
    [
      "person.renewalDecidedOn",
      "must not be before renewalAppliedOn",
      { ...ok, person: { ...ok.person, renewalAppliedOn: "2026-03-01", renewalDecidedOn: "2026-02-01" } },
    ],
  ])("rejects %s: %s", (field, message, input) => {
    const err = errorOf(evaluateRequest(input));
    expect(err.code).toBe("invalid_input");
    expect(err.field).toBe(field);
    expect(err.issues[0]).toEqual({ field, message });
    expect(err.message).toContain(`${field}: ${message}`);
  });

  it("names the case in a batch", () => {
    const err = errorOf(
      evaluateRequest({ cases: [ok, { ...ok, person: { ...ok.person, status: "nope" } }] }),
    );
    expect(err.field).toBe("cases[1].person.status");
    expect(evaluateRequest({ cases: [ok], more: true }).ok).toBe(false);
    expect(errorOf(evaluateRequest({ cases: "x" })).field).toBe("cases");
  });

  it("lists every problem", () => {
    const err = errorOf(evaluateRequest({ asOf: "x", person: { status: "y", a: 1 }, b: 2 }));
    expect(err.issues.map((i) => i.field).sort()).toEqual(["asOf", "b", "person.a", "person.status"]);
  });

  it.each([null, 1, "x", [], [ok], true])("rejects the non-object request %j at the root", (input) => {
    const err = errorOf(evaluateRequest(input));
    expect(err.field).toBe("(root)");
  });

  it("formats paths", () => {
    expect(fieldPath(["cases", 0, "person", "status"])).toBe("cases[0].person.status");
    expect(fieldPath([])).toBe("(root)");
  });
});
