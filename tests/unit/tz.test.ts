import { describe, expect, it } from "vitest";

// Guards the premise of the multi-zone runs: if TZ were not applied, the three unit projects
// would silently test one zone three times.
describe("test time zone", () => {
  it("runs in the zone its project names", () => {
    const expected = process.env.EXPECTED_TZ;
    expect(expected).toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected === "UTC" ? "UTC" : expected);
  });
});
