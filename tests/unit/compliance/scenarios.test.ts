import { describe, expect, it } from "vitest";
import { evaluate, evaluateRequest, ZEvaluateCase } from "@/lib/compliance";
import { SCENARIOS, SCENARIOS_ABOUT } from "./fixtures";
import { matchScenario } from "./scenario-matcher";

describe("scenarios.json through evaluate", () => {
  it("has the matching rules this matcher implements", () => {
    expect(SCENARIOS_ABOUT).toMatch(/expect\.work\.limits only needs each listed limit/);
    expect(SCENARIOS.length).toBe(30);
  });

  it.each(SCENARIOS.map((s) => [s.id, s.title, s] as const))("%s %s", (_id, _title, s) => {
    const parsed = ZEvaluateCase.parse(s.request);
    expect(matchScenario(s.expect, evaluate(parsed))).toEqual([]);
  });

  it("answers a batch in order, identically to one-by-one evaluation", () => {
    const res = evaluateRequest({ cases: SCENARIOS.map((s) => s.request) });
    expect(res.ok).toBe(true);
    if (!res.ok || !("results" in res.body)) throw new Error("expected a batch body");
    res.body.results.forEach((r, i) => {
      const s = SCENARIOS[i];
      if (!s) throw new Error("result without a scenario");
      expect(matchScenario(s.expect, r), s.id).toEqual([]);
      expect(r).toEqual(evaluate(ZEvaluateCase.parse(s.request)));
    });
  });
});

describe("scenario matcher", () => {
  const duty = { code: "card_reissue", trigger: "card_lost", dueDate: "2026-07-21" };
  it("reports a wrong value, a missing, an absent and an extra duty", () => {
    const result = {
      duties: [
        { ...duty, dueDate: "2026-07-20" },
        { code: "card_return", trigger: "naturalized" },
      ],
    };
    const why = matchScenario(
      { exact: true, duties: [duty, { code: "address_notification" }], absent: ["card_return"] },
      result,
    );
    expect(why).toHaveLength(4);
  });
  it("needs each listed limit only, and null renewal", () => {
    const result = { duties: [], work: { state: "limited", limits: ["a", "b"] }, renewal: null };
    expect(matchScenario({ work: { state: "limited", limits: ["b"] }, renewal: null }, result)).toEqual([]);
    expect(matchScenario({ work: { limits: ["c"] } }, result)).toEqual(["work.limits lacks c"]);
  });
});
