/** fast-check generators of coherent, valid evaluation cases (any status, any mix of events). */
import fc from "fast-check";
import {
  fromDay,
  SIMPLE_EVENT_TYPES,
  STATUS_CODES,
  statusInfo,
  type TEvaluateCase,
  toDay,
} from "@/lib/compliance";

export const dateArb = (from = "2013-01-01", to = "2045-12-31") =>
  fc.integer({ min: toDay(from), max: toDay(to) }).map(fromDay);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const eventArb = fc.oneof(
  fc.record(
    {
      type: fc.constant("employment_started" as const),
      date: dateArb(),
      contractConcludedOn: optional(dateArb()),
      arrivedForThisJob: optional(fc.boolean()),
    },
    { requiredKeys: ["type", "date"] },
  ),
  fc.record({ type: fc.constantFrom(...SIMPLE_EVENT_TYPES), date: dateArb() }),
);

export const caseArb: fc.Arbitrary<TEvaluateCase> = fc
  .record({
    asOf: dateArb("2015-01-01", "2040-12-31"),
    status: fc.constantFrom(...STATUS_CODES),
    holderRole: optional(
      fc.constantFrom("principal", "spouse", "child") as fc.Arbitrary<"principal" | "spouse" | "child">,
    ),
    hsp2Activity: optional(fc.constantFrom("i", "ro", "ha") as fc.Arbitrary<"i" | "ro" | "ha">),
    japaneseContract: optional(fc.boolean()),
    expiry: optional(fc.option(dateArb(), { nil: null })),
    cardExpiresOn: optional(fc.option(dateArb(), { nil: null })),
    dateOfBirth: optional(fc.option(dateArb("1950-01-01", "2026-01-01"), { nil: null })),
    permission: optional(
      fc.constantFrom("none", "comprehensive", "individual") as fc.Arbitrary<
        "none" | "comprehensive" | "individual"
      >,
    ),
    insured: optional(fc.option(fc.boolean(), { nil: null })),
    isWorker: optional(fc.boolean()),
    applied: optional(fc.option(dateArb(), { nil: null })),
    decided: optional(fc.option(dateArb(), { nil: null })),
    events: fc.array(eventArb, { maxLength: 6 }),
  })
  .map((r) => {
    const s = statusInfo(r.status);
    const asOf = s.validFrom !== null && r.asOf < s.validFrom ? s.validFrom : r.asOf;
    const decided = r.applied && r.decided && r.decided < r.applied ? r.applied : r.decided;
    return {
      asOf,
      person: {
        status: r.status,
        holderRole: r.holderRole,
        hsp2Activity: r.status === "hsp_2" ? r.hsp2Activity : undefined,
        japaneseContract: r.status === "entertainer" ? r.japaneseContract : undefined,
        periodOfStayExpiresOn: s.indefinitePeriod ? null : r.expiry,
        cardExpiresOn: r.cardExpiresOn,
        dateOfBirth: r.dateOfBirth,
        extraActivityPermission: r.permission,
        employmentInsurance: r.insured,
        isWorker: r.isWorker,
        renewalAppliedOn: r.applied,
        renewalDecidedOn: decided,
      },
      events: r.events,
    };
  });
