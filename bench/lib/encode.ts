import { currentKey, encryptField } from "@/lib/crypto/field-encryption";
import { copyLine, jstTimestamp } from "./copy";
import type { PersonFacts } from "./people";
import type { PersonRows } from "./pipeline-rows";

/** COPY column lists, in the order the encoders below write them. */
export const COLUMNS = {
  employees: [
    "id",
    "company_id",
    "employee_number",
    "name_on_card",
    "name_kana",
    "nationality",
    "date_of_birth",
    "sex",
    "email",
    "preferred_language",
    "department",
    "workplace_id",
    "employment_started_on",
    "employment_ended_on",
    "contract_concluded_on",
    "employment_insurance",
    "is_worker",
    "work_state",
    "work_until",
    "archived_at",
    "created_at",
    "updated_at",
  ],
  card_records: [
    "id",
    "company_id",
    "employee_id",
    "status_code",
    "holder_role",
    "hsp2_activity",
    "period_of_stay_expires_on",
    "card_expires_on",
    "card_number_encrypted",
    "card_number_last4",
    "extra_activity_permission",
    "renewal_applied_on",
    "superseded_at",
    "created_at",
  ],
  events: [
    "id",
    "company_id",
    "employee_id",
    "company_event_id",
    "type",
    "date",
    "data",
    "created_at",
    "updated_at",
  ],
  duties: [
    "id",
    "company_id",
    "employee_id",
    "event_id",
    "dedupe_key",
    "code",
    "trigger",
    "trigger_date",
    "owner",
    "nominal_due_date",
    "due_date",
    "best_effort",
    "approximate",
    "to_confirm",
    "rule",
    "basis",
    "source",
    "details",
    "status",
    "closed_at",
    "created_at",
    "updated_at",
  ],
} as const;
export type Table = keyof typeof COLUMNS;
export type Lines = Record<Table, string[]>;

export const emptyLines = (): Lines => ({ employees: [], card_records: [], events: [], duties: [] });

/** One person's facts and pipeline rows as COPY lines, appended to `out`. */
export function encodePerson(
  out: Lines,
  companyId: string,
  p: PersonFacts,
  rows: PersonRows,
  key = cardKey(),
): void {
  const created = jstTimestamp(p.createdDay);
  out.employees.push(
    copyLine([
      p.id,
      companyId,
      p.employeeNumber,
      p.nameOnCard,
      p.nameKana,
      p.nationality,
      p.dateOfBirth,
      p.sex,
      p.email,
      p.preferredLanguage,
      p.department,
      p.workplaceId,
      p.employmentStartedOn,
      p.employmentEndedOn,
      p.contractConcludedOn,
      p.employmentInsurance,
      p.isWorker,
      rows.workState,
      rows.workUntil,
      p.archivedDay === null ? null : jstTimestamp(p.archivedDay, 18),
      created,
      created,
    ]),
  );
  for (const c of p.cards)
    out.card_records.push(
      copyLine([
        c.id,
        companyId,
        p.id,
        c.statusCode,
        c.holderRole,
        c.hsp2Activity,
        c.periodOfStayExpiresOn,
        c.cardExpiresOn,
        encryptField(c.cardNumber, key),
        c.cardNumber.slice(-4),
        c.extraActivityPermission,
        c.renewalAppliedOn,
        c.supersededDay === null ? null : jstTimestamp(c.supersededDay, 10),
        jstTimestamp(c.createdDay, 10),
      ]),
    );
  // Events are stamped a second apart in date order: loadFacts orders by (date, created_at), as here.
  for (const [i, e] of p.events.entries()) {
    const at = `${jstTimestamp(e.createdDay, 11).slice(0, -6)}:${String(i).padStart(2, "0")}+09`;
    out.events.push(copyLine([e.id, companyId, p.id, e.companyEventId, e.type, e.date, e.data, at, at]));
  }
  for (const d of rows.duties) {
    const at = jstTimestamp(d.createdDay, 12);
    out.duties.push(
      copyLine([
        d.id,
        companyId,
        p.id,
        d.eventId,
        d.dedupeKey,
        d.code,
        d.trigger,
        d.triggerDate,
        d.owner,
        d.nominalDueDate,
        d.dueDate,
        d.bestEffort,
        d.approximate,
        d.toConfirm,
        d.rule,
        d.basis,
        d.source,
        detailsJson(d.details),
        d.status,
        d.closedDay === null ? null : jstTimestamp(d.closedDay, 15),
        at,
        d.closedDay === null ? at : jstTimestamp(d.closedDay, 15),
      ]),
    );
  }
}

/**
 * The engine's duty details as JSON. Their nested objects (explanations in two languages) are shared
 * constants of the rules catalogue, so each is serialised once and reused: most of a duty's bytes.
 */
const serialised = new WeakMap<object, string>();
function detailsJson(details: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(details)) {
    if (v === undefined) continue;
    let json: string;
    if (v !== null && typeof v === "object") {
      json = serialised.get(v) ?? JSON.stringify(v);
      serialised.set(v, json);
    } else json = JSON.stringify(v);
    parts.push(`${JSON.stringify(k)}:${json}`);
  }
  return `{${parts.join(",")}}`;
}

/** The card key, derived once per batch rather than once per card. */
export function cardKey() {
  return currentKey();
}
