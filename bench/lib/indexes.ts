import type { Sql } from "postgres";

export type SavedIndexes = { name: string; definition: string }[];

/**
 * Bulk load as PostgreSQL's manual recommends: drop the tables' indexes, load, then build each index once
 * over the whole table. Secondary indexes (those not backing a constraint) and the primary keys no
 * foreign key points at (the outbox's: random uuids into a 15-million-row btree were most of its load
 * time) are dropped; the statements that rebuild them come from the catalogue, so the rebuilt indexes are
 * exactly the migrated ones.
 */
export async function dropSecondaryIndexes(sql: Sql, tables: readonly string[]): Promise<SavedIndexes> {
  const indexes = await sql<{ name: string; definition: string }[]>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class t on t.oid = i.indrelid
    where t.relname = any(${tables as string[]}) and t.relnamespace = 'public'::regnamespace
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;
  const keys = await sql<{ name: string; table: string; definition: string }[]>`
    select c.conname as name, c.conrelid::regclass::text as table, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_class t on t.oid = c.conrelid
    where c.contype = 'p' and t.relname = any(${tables as string[]}) and t.relnamespace = 'public'::regnamespace
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = c.conrelid)`;
  for (const r of indexes) await sql.unsafe(`drop index ${r.name}`);
  for (const k of keys) await sql.unsafe(`alter table ${k.table} drop constraint ${k.name}`);
  return [
    ...keys.map((k) => ({
      name: k.name,
      definition: `alter table ${k.table} add constraint ${k.name} ${k.definition}`,
    })),
    ...indexes,
  ];
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
