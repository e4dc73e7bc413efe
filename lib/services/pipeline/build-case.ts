import { EVENT_TYPES, type TDuty, type TEvaluateCase, type TEvent, ZEvaluateCase } from "@/lib/compliance";

export type CaseEmployee = {
  id: string;
  dateOfBirth: string;
  employmentInsurance: boolean;
  isWorker: boolean;
};
export type CaseCard = {
  id: string;
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
export type CaseEvent = { id: string; type: string; date: string; data: Record<string, unknown> };

const ENGINE_EVENTS: ReadonlySet<string> = new Set(EVENT_TYPES);

/**
 * The engine's case for one employee from stored facts: the current card, and every non-deleted event.
 * renewal_applied is not an engine event: it becomes person.renewalAppliedOn, but only for the card it
 * was recorded against (an old application must not suppress the next card's renewal duty).
 * renewal_decided already made its new card current, so it contributes nothing here.
 */
export function buildCase(
  employee: CaseEmployee,
  card: CaseCard,
  events: readonly CaseEvent[],
  asOf: string,
): TEvaluateCase | null {
  const applied = events
    .filter((e) => e.type === "renewal_applied" && e.data.cardId === card.id)
    .map((e) => e.date)
    .sort()
    .at(-1);
  const engineEvents: TEvent[] = [];
  for (const e of events) {
    if (!ENGINE_EVENTS.has(e.type)) continue;
    if (e.type === "employment_started") {
      const contract = typeof e.data.contractConcludedOn === "string" ? e.data.contractConcludedOn : null;
      engineEvents.push({
        type: "employment_started",
        date: e.date,
        contractConcludedOn: contract,
        arrivedForThisJob: e.data.arrivedForThisJob === true,
      });
    } else engineEvents.push({ type: e.type, date: e.date } as TEvent);
  }
  const candidate = {
    asOf,
    person: {
      status: card.statusCode,
      holderRole: card.holderRole,
      hsp2Activity: card.hsp2Activity,
      japaneseContract: card.japaneseContract,
      periodOfStayExpiresOn: card.periodOfStayExpiresOn,
      cardExpiresOn: card.cardExpiresOn,
      dateOfBirth: employee.dateOfBirth,
      extraActivityPermission: card.extraActivityPermission,
      employmentInsurance: employee.employmentInsurance,
      isWorker: employee.isWorker,
      renewalAppliedOn: applied ?? card.renewalAppliedOn,
      renewalDecidedOn: card.renewalDecidedOn,
    },
    events: engineEvents,
  };
  // Stored facts passed the form's schema; the engine's stricter contract is checked here so a row
  // that cannot be evaluated is reported instead of producing wrong duties.
  const parsed = ZEvaluateCase.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/**
 * Which recorded event started a duty: same trigger type, and the trigger date is the event date (or,
 * for a hire, the contract date). Keying duties by event id lets an edited date move the open duty
 * (and its reminders) instead of cancelling it and creating another.
 */
export function sourceEventId(duty: TDuty, events: readonly CaseEvent[]): string | null {
  const match = events.find(
    (e) =>
      e.type === duty.trigger &&
      (e.date === duty.triggerDate ||
        (e.type === "employment_started" && e.data.contractConcludedOn === duty.triggerDate)),
  );
  return match?.id ?? null;
}

/** "The same duty" across recomputations: per source event, or per expiry date for renewals. */
export function dutyDedupeKey(duty: TDuty, eventId: string | null): string {
  return `${duty.code}:${duty.trigger}:${eventId ?? duty.triggerDate}`;
}
