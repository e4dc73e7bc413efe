import type { Duty } from "@/db/schema";
import type { TDuty } from "@/lib/compliance";
import { type CaseEvent, dutyDedupeKey, sourceEventId } from "./build-case";

/** The stored columns of an engine duty (what a recompute compares and writes). */
export type DutyValues = {
  dedupeKey: string;
  eventId: string | null;
  code: string;
  trigger: string;
  triggerDate: string;
  owner: "employee" | "employer";
  nominalDueDate: string;
  dueDate: string;
  bestEffort: boolean;
  approximate: boolean;
  toConfirm: boolean;
  rule: string;
  basis: string;
  source: string;
  details: Record<string, unknown>;
};

export function dutyValues(d: TDuty, events: readonly CaseEvent[]): DutyValues {
  const eventId =
    d.trigger === "period_of_stay" || d.trigger === "card_validity" ? null : sourceEventId(d, events);
  const {
    code,
    trigger,
    triggerDate,
    owner,
    nominalDueDate,
    dueDate,
    bestEffort,
    approximate,
    toConfirm,
    rule,
    basis,
    source,
    ...details
  } = d;
  return {
    dedupeKey: dutyDedupeKey(d, eventId),
    eventId,
    code,
    trigger,
    triggerDate,
    owner,
    nominalDueDate,
    dueDate,
    bestEffort,
    approximate,
    toConfirm,
    rule,
    basis,
    source,
    details: details as Record<string, unknown>,
  };
}

export type DutyDiff = {
  insert: DutyValues[];
  /** Open (or cancelled and produced again) duties whose facts changed; `redate` when reminders must move. */
  update: { id: string; values: DutyValues; redate: boolean; reopen: boolean }[];
  cancel: string[];
};

const SAME_KEYS = [
  "eventId",
  "code",
  "trigger",
  "triggerDate",
  "owner",
  "nominalDueDate",
  "dueDate",
  "bestEffort",
  "approximate",
  "toConfirm",
  "rule",
  "basis",
  "source",
] as const;

/**
 * What a recompute changes for one employee. Submitted and closed duties are history: never updated,
 * never cancelled. An open duty the facts no longer produce is cancelled; a cancelled one that the
 * facts produce again is reopened (e.g. a renewal application recorded by mistake, then deleted).
 */
export function diffDuties(existing: readonly Duty[], computed: readonly DutyValues[]): DutyDiff {
  const byKey = new Map(existing.map((d) => [d.dedupeKey, d]));
  const diff: DutyDiff = { insert: [], update: [], cancel: [] };
  const produced = new Set<string>();
  for (const values of computed) {
    if (produced.has(values.dedupeKey)) continue;
    produced.add(values.dedupeKey);
    const row = byKey.get(values.dedupeKey);
    if (!row) {
      diff.insert.push(values);
      continue;
    }
    if (row.status === "submitted" || row.status === "closed") continue;
    const reopen = row.status === "cancelled";
    const changed =
      reopen ||
      SAME_KEYS.some((k) => row[k] !== values[k]) ||
      stableJson(row.details) !== stableJson(values.details);
    if (changed)
      diff.update.push({ id: row.id, values, redate: reopen || row.dueDate !== values.dueDate, reopen });
  }
  for (const row of existing)
    if (row.status === "open" && !produced.has(row.dedupeKey)) diff.cancel.push(row.id);
  return diff;
}

/** jsonb hands keys back in its own order: compare content, not spelling. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}
