import type { Sql } from "postgres";

export type SavedIndexes = { name: string; definition: string }[];

/**
 * Bulk load as PostgreSQL's manual recommends: drop the tables' secondary indexes (those not backing a
 * constraint, i.e. everything but primary keys), load, then build each index once over the whole table.
 * The definitions come from the catalogue, so the rebuilt indexes are exactly the migrated ones.
 */
export async function dropSecondaryIndexes(sql: Sql, tables: readonly string[]): Promise<SavedIndexes> {
  const rows = await sql<{ name: string; definition: string }[]>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class t on t.oid = i.indrelid
    where t.relname = any(${tables as string[]}) and t.relnamespace = 'public'::regnamespace
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;
  for (const r of rows) await sql.unsafe(`drop index ${r.name}`);
  return rows;
}

/** Two builds at a time: one per core, each with the session's maintenance_work_mem. */
export async function restoreIndexes(sql: Sql, saved: SavedIndexes): Promise<void> {
  const queue = [...saved];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift())
      await sql.unsafe(next.definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS "));
  };
  await Promise.all([worker(), worker()]);
}
