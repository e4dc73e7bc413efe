/** Builds valid cases for table tests (defaults as in the scenario fixture) and reads duties back. */
import {
  evaluate,
  type TDuty,
  type TEvaluateResult,
  type TEvent,
  type TPerson,
  ZEvaluateCase,
} from "@/lib/compliance";

export function person(status: TPerson["status"], over: Partial<TPerson> = {}): TPerson {
  const indefinite = ["permanent_resident", "hsp_2", "special_permanent_resident"].includes(status);
  return {
    status,
    holderRole: "principal",
    extraActivityPermission: "none",
    employmentInsurance: true,
    isWorker: true,
    dateOfBirth: "1992-04-02",
    cardExpiresOn: null,
    renewalAppliedOn: null,
    renewalDecidedOn: null,
    periodOfStayExpiresOn: indefinite ? null : "2029-12-28",
    ...over,
  };
}

/** Validates through the public schema, then evaluates. */
export function run(asOf: string, p: TPerson, events: TEvent[] = []): TEvaluateResult {
  return evaluate(ZEvaluateCase.parse({ asOf, person: p, events }));
}

export function dutyOf(r: TEvaluateResult, code: TDuty["code"], trigger?: TDuty["trigger"]): TDuty {
  const d = r.duties.find((x) => x.code === code && (trigger === undefined || x.trigger === trigger));
  if (!d) throw new Error(`no ${code}/${trigger ?? "*"} in ${JSON.stringify(codes(r))}`);
  return d;
}

export function codes(r: TEvaluateResult): string[] {
  return r.duties.map((d) => `${d.code}/${d.trigger}`);
}

/** The deadline pair of a duty, for compact assertions. */
export function due(d: TDuty): [string, string] {
  return [d.nominalDueDate, d.dueDate];
}
