import { isStatusCode, statusInfo, type TEvaluateCase, type TEvent, ZEvaluateCase } from "@/lib/compliance";

/** The columns of an employee and their current card that the engine reads. */
export type EngineFacts = {
  dateOfBirth: string;
  employmentInsurance: boolean;
  isWorker: boolean;
  statusCode: string;
  holderRole: "principal" | "spouse" | "child";
  hsp2Activity: "i" | "ro" | "ha" | null;
  japaneseContract: boolean | null;
  periodOfStayExpiresOn: string | null;
  cardExpiresOn: string | null;
  extraActivityPermission: "none" | "comprehensive" | "individual";
  renewalAppliedOn: string | null;
  renewalDecidedOn: string | null;
};

export type StoredEvent = { type: string; date: string; data?: Record<string, unknown> };

/**
 * Stored facts → the engine's case, for read-side views (overview, table, timeline, import preview).
 * Stored rows were validated on the way in, but older rows can still disagree with the contract (e.g. an
 * expiry kept on an indefinite status), so the case is validated here and `null` means "cannot evaluate":
 * the views show such a person as "to check" instead of guessing.
 */
export function engineCase(asOf: string, facts: EngineFacts, events: readonly StoredEvent[] = []): TEvaluateCase | null {
  if (!isStatusCode(facts.statusCode)) return null;
  const status = statusInfo(facts.statusCode);
  const candidate = {
    asOf,
    person: {
      status: facts.statusCode,
      holderRole: facts.holderRole,
      hsp2Activity: facts.statusCode === "hsp_2" ? facts.hsp2Activity : null,
      japaneseContract: facts.statusCode === "entertainer" ? facts.japaneseContract : null,
      periodOfStayExpiresOn: status.indefinitePeriod ? null : facts.periodOfStayExpiresOn,
      cardExpiresOn: facts.cardExpiresOn,
      dateOfBirth: facts.dateOfBirth,
      extraActivityPermission: facts.extraActivityPermission,
      employmentInsurance: facts.employmentInsurance,
      isWorker: facts.isWorker,
      renewalAppliedOn: facts.renewalAppliedOn,
      renewalDecidedOn: facts.renewalDecidedOn,
    },
    events: events.flatMap(toEngineEvent),
  };
  const parsed = ZEvaluateCase.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Stored event rows carry extra types (renewal_applied/decided live on the card) and optional data. */
function toEngineEvent(e: StoredEvent): TEvent[] {
  if (e.type === "employment_started") {
    const contract = typeof e.data?.contractConcludedOn === "string" ? e.data.contractConcludedOn : null;
    const arrived = e.data?.arrivedForThisJob === true;
    return [{ type: "employment_started", date: e.date, ...(contract ? { contractConcludedOn: contract } : {}), ...(arrived ? { arrivedForThisJob: true } : {}) }];
  }
  const simple = ["employment_ended", "org_name_changed", "org_address_changed", "org_dissolved", "divorced", "spouse_died", "card_lost", "moved_house", "naturalized", "child_born", "graduated", "reentered_japan"];
  return simple.includes(e.type) ? [{ type: e.type as Exclude<TEvent["type"], "employment_started">, date: e.date }] : [];
}
