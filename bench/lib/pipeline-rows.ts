import crypto from "node:crypto";
import { evaluate, fromDay, toDay } from "@/lib/compliance";
import { buildCase, type CaseEvent } from "@/lib/services/pipeline/build-case";
import { type DutyValues, diffDuties, dutyValues } from "@/lib/services/pipeline/diff-duties";
import type { PersonFacts } from "./people";
import { chance, intBetween, type Rand } from "./prng";

export type DutyRow = DutyValues & {
  id: string;
  status: "open" | "closed";
  closedDay: number | null;
  createdDay: number;
};
export type PersonRows = { workState: string | null; workUntil: string | null; duties: DutyRow[] };

/**
 * The duties and work state the pipeline writes for one person, through the pipeline's own functions:
 * buildCase → evaluate (asOf = today) → dutyValues → diffDuties against nothing stored — exactly
 * syncEmployeeDuties' path for an employee it sees for the first time. Their reminder rows are written
 * set-wise afterwards (reminder-rows-sql.ts); tests/integration/scale-generator.test.ts checks both
 * against the real pipeline, row for row.
 *
 * With `history`, the duties age as in a system in daily use: each is stamped with the day its fact was
 * recorded (its ladder starts there, not today), and most of those already due were filed and closed
 * on or before the deadline; a few recent ones are still overdue.
 */
export function pipelineRows(rand: Rand, person: PersonFacts, today: number, history: boolean): PersonRows {
  const card = person.cards.at(-1);
  if (!card || person.archivedDay !== null) return { workState: null, workUntil: null, duties: [] };
  const events: CaseEvent[] = person.events.map((e) => ({
    id: e.id,
    type: e.type,
    date: e.date,
    data: e.data,
  }));
  const input = buildCase(
    {
      id: person.id,
      dateOfBirth: person.dateOfBirth,
      employmentInsurance: person.employmentInsurance,
      isWorker: person.isWorker,
    },
    { ...card, japaneseContract: null, renewalDecidedOn: null },
    events,
    fromDay(today),
  );
  if (!input)
    throw new Error(`generated facts the engine refuses (employee ${person.id}): fix bench/lib/people.ts`);
  const outcome = evaluate(input);
  const inserted = diffDuties(
    [],
    outcome.duties.map((d) => dutyValues(d, events)),
  ).insert;
  const duties: DutyRow[] = [];
  for (const values of inserted) {
    const recordedDay = history ? recordedOn(person, values) : today;
    const dueDay = toDay(values.dueDate);
    // Filed (closed) before or on the deadline, except a few recent ones still overdue today.
    const isClosed = history && dueDay < today && !(today - dueDay <= 30 && chance(rand, 0.05));
    const closedDay = isClosed ? Math.max(recordedDay, dueDay - intBetween(rand, 0, 6)) : null;
    duties.push({
      ...values,
      id: crypto.randomUUID(),
      status: isClosed ? "closed" : "open",
      closedDay,
      createdDay: recordedDay,
    });
  }
  return { workState: outcome.work.state, workUntil: outcome.work.until, duties };
}

/** The day HR recorded the fact a duty comes from: its event, or the card for renewals. */
function recordedOn(person: PersonFacts, duty: DutyValues): number {
  const event = duty.eventId ? person.events.find((e) => e.id === duty.eventId) : undefined;
  const card = person.cards.at(-1);
  return Math.max(person.createdDay, event?.createdDay ?? card?.createdDay ?? person.createdDay);
}
