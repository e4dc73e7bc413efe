import type postgres from "postgres";
import { currentKey, decryptField, encryptField, keyIdOf } from "@/lib/crypto/field-encryption";

/**
 * Re-encrypts every encrypted field under the current key (CARD_ENCRYPTION_KEY), opening old values with
 * CARD_ENCRYPTION_KEYS_OLD. Across tenants as the schema owner, in batches by id, each batch one
 * statement that replaces a value only if it is still the one read (a concurrent edit wins). Safe to run
 * again: values already under the current key are skipped. Values no configured key opens are counted
 * and listed by id, never guessed at; the old key must stay configured until that list is empty.
 */
type EncryptedField = { name: string; table: string; read: string; write: string };

// `t` is the row being read or updated; `v.new` the value to write.
export const ENCRYPTED_FIELDS: readonly EncryptedField[] = [
  {
    name: "card_records.card_number_encrypted",
    table: "card_records",
    read: "t.card_number_encrypted",
    write: "card_number_encrypted = v.new",
  },
  {
    name: "card_submissions.data.cardNumberEncrypted",
    table: "card_submissions",
    read: "t.data->>'cardNumberEncrypted'",
    write: "data = jsonb_set(t.data, '{cardNumberEncrypted}', to_jsonb(v.new))",
  },
  {
    name: "webhook_endpoints.secret_encrypted",
    table: "webhook_endpoints",
    read: "t.secret_encrypted",
    write: "secret_encrypted = v.new",
  },
];

export type FieldCounts = { scanned: number; current: number; rotated: number; unreadable: string[] };
/** `companyId` limits the run to one company (a canary before the whole database, or a test's own rows). */
export type RotationOptions = {
  batchSize?: number;
  isDryRun?: boolean;
  companyId?: string;
  log?: (line: string) => void;
};

export async function unsafeRotateEncryptedFields(
  sql: postgres.Sql,
  opts: RotationOptions = {},
): Promise<Record<string, FieldCounts>> {
  const batchSize = opts.batchSize ?? 500;
  const keyId = currentKey().id;
  const out: Record<string, FieldCounts> = {};
  for (const field of ENCRYPTED_FIELDS) {
    const counts: FieldCounts = { scanned: 0, current: 0, rotated: 0, unreadable: [] };
    let lastId = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const rows = await sql.unsafe<{ id: string; value: string }[]>(
        `select t.id, ${field.read} as value from ${field.table} t
         where ${field.read} is not null and t.id > $1 and ($3::uuid is null or t.company_id = $3::uuid) order by t.id limit $2`,
        [lastId, batchSize, opts.companyId ?? null],
      );
      const ids: string[] = [];
      const olds: string[] = [];
      const news: string[] = [];
      for (const row of rows) {
        counts.scanned++;
        lastId = row.id;
        if (keyIdOf(row.value) === keyId) {
          counts.current++;
          continue;
        }
        try {
          news.push(encryptField(decryptField(row.value)));
          ids.push(row.id);
          olds.push(row.value);
        } catch {
          counts.unreadable.push(row.id);
        }
      }
      if (ids.length > 0 && !opts.isDryRun) {
        const updated = await sql.unsafe(
          `update ${field.table} t set ${field.write}
           from (select unnest($1::uuid[]) as id, unnest($2::text[]) as old, unnest($3::text[]) as new) v
           where t.id = v.id and ${field.read} = v.old returning t.id`,
          [ids, olds, news],
        );
        counts.rotated += updated.length;
      } else if (opts.isDryRun) counts.rotated += ids.length;
      if (rows.length < batchSize) break;
      opts.log?.(`${field.name}: ${counts.scanned} scanned`);
    }
    out[field.name] = counts;
  }
  return out;
}
