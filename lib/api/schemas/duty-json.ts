import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { duties } from "@/db/schema";

/** A timestamptz as toISOString() writes it: UTC, milliseconds (truncated, as a JS Date holds them), Z. */
const iso = (column: AnyPgColumn): SQL =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * toApiDuty (duty.ts) written in SQL, so PostgreSQL renders each row as the API's JSON text and a page
 * is sent without parsing 25 columns per row into objects, mapping and serializing them again. Use as
 * `select ${API_DUTY_JSON} … from ${duties} cross join ${API_DUTY_RECORD}`. The two must stay identical,
 * byte for byte — tests/integration/api-duty-json.test.ts compares them. to_json of a record keeps the
 * columns' order and writes compact JSON (json_build_object would add spaces).
 */
export const API_DUTY_RECORD: SQL = sql`lateral (select
  ${duties.id} as "id",
  ${duties.employeeId} as "employeeId",
  ${duties.eventId} as "eventId",
  ${duties.code} as "code",
  ${duties.trigger} as "trigger",
  ${duties.triggerDate} as "triggerDate",
  ${duties.owner} as "owner",
  ${duties.nominalDueDate} as "nominalDueDate",
  ${duties.dueDate} as "dueDate",
  ${duties.bestEffort} as "bestEffort",
  ${duties.approximate} as "approximate",
  ${duties.toConfirm} as "toConfirm",
  ${duties.rule} as "rule",
  ${duties.basis} as "basis",
  ${duties.source} as "source",
  case
    when jsonb_typeof(${duties.details} #> '{explanation,ja}') = 'string'
      and jsonb_typeof(${duties.details} #> '{explanation,en}') = 'string'
    then (select to_json(e) from (select
      ${duties.details} #>> '{explanation,ja}' as "ja",
      ${duties.details} #>> '{explanation,en}' as "en") e)
  end as "explanation",
  ${duties.status} as "status",
  ${duties.mutedAt} is not null as "isMuted",
  ${iso(duties.submittedAt)} as "submittedAt",
  ${iso(duties.closedAt)} as "closedAt",
  ${iso(duties.cancelledAt)} as "cancelledAt",
  ${iso(duties.createdAt)} as "createdAt",
  ${iso(duties.updatedAt)} as "updatedAt"
) as api_duty`;

export const API_DUTY_JSON: SQL = sql`to_json(api_duty)::text`;
