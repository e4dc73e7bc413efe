import type postgres from "postgres";
import { auditHash } from "@/lib/services/audit";

/**
 * Walks every company's audit chain (as the schema owner: across tenants, read only) and recomputes each
 * link. An edited row no longer matches its own hash; a removed or inserted row breaks the next row's
 * prev_hash. Removing the newest rows leaves a shorter chain that is still consistent, so the command
 * also keeps anchors — each chain's head (id, hash) written at the last run — and checks they are still
 * there. Output is ids and hashes only.
 */
export type Anchor = { id: number; hash: string };
export type ChainBreak = {
  companyId: string;
  rowId: number | null;
  kind: "hash_mismatch" | "prev_mismatch" | "anchor_missing" | "anchor_changed";
  detail: string;
};
export type ChainReport = {
  companies: number;
  rows: number;
  breaks: ChainBreak[];
  heads: Record<string, Anchor>;
};

type Row = {
  id: number | string;
  company_id: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string | null;
  data: Record<string, unknown>;
  prev_hash: string | null;
  hash: string;
};

const BATCH = 5000;

export async function unsafeVerifyAuditChains(
  sql: postgres.Sql,
  anchors: Record<string, Anchor> = {},
  onlyCompanyId?: string,
): Promise<ChainReport> {
  const report: ChainReport = { companies: 0, rows: 0, breaks: [], heads: {} };
  const companies = onlyCompanyId
    ? [{ company_id: onlyCompanyId }]
    : await sql<{ company_id: string }[]>`select distinct company_id from audit_log order by company_id`;
  for (const { company_id: companyId } of companies) {
    report.companies++;
    const anchor = anchors[companyId];
    let anchorSeen = false;
    let prev: string | null = null;
    let lastId = 0;
    let isBroken = false;
    for (;;) {
      // host(ip): the address exactly as writeAudit hashed it (PostgreSQL's own canonical text).
      const rows = await sql<Row[]>`
        select id, company_id, actor_type, actor_id, action, entity_type, entity_id, host(ip) as ip, data, prev_hash, hash
        from audit_log where company_id = ${companyId} and id > ${lastId} order by id limit ${BATCH}`;
      for (const raw of rows) {
        const row = { ...raw, id: Number(raw.id) }; // bigserial arrives as a string
        report.rows++;
        lastId = row.id;
        if (anchor && row.id === anchor.id) {
          anchorSeen = true;
          if (row.hash !== anchor.hash)
            report.breaks.push({
              companyId,
              rowId: row.id,
              kind: "anchor_changed",
              detail: `anchored hash ${anchor.hash} is now ${row.hash}`,
            });
        }
        if (isBroken) continue;
        if (row.prev_hash !== prev) {
          report.breaks.push({
            companyId,
            rowId: row.id,
            kind: "prev_mismatch",
            detail: `prev_hash ${row.prev_hash ?? "null"} but the row before has ${prev ?? "none"} (a row was removed or inserted)`,
          });
          isBroken = true;
        }
        const expected = auditHash(row.prev_hash, content(row));
        if (!isBroken && expected !== row.hash) {
          report.breaks.push({
            companyId,
            rowId: row.id,
            kind: "hash_mismatch",
            detail: `stored hash ${row.hash} but the content hashes to ${expected} (the row was edited)`,
          });
          isBroken = true;
        }
        prev = row.hash;
      }
      if (rows.length < BATCH) break;
    }
    report.heads[companyId] = { id: lastId, hash: prev ?? "" };
    if (anchor && !anchorSeen)
      report.breaks.push({
        companyId,
        rowId: anchor.id,
        kind: "anchor_missing",
        detail: `anchored row ${anchor.id} is gone (rows were removed from the end)`,
      });
  }
  for (const [companyId, anchor] of Object.entries(anchors)) {
    if (onlyCompanyId && companyId !== onlyCompanyId) continue;
    if (!(companyId in report.heads))
      report.breaks.push({
        companyId,
        rowId: anchor.id,
        kind: "anchor_missing",
        detail: "the whole chain is gone",
      });
  }
  return report;
}

/** The hashed fields, named as writeAudit names them. */
function content(row: Omit<Row, "id">): Record<string, unknown> {
  return {
    companyId: row.company_id,
    actorType: row.actor_type,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    ip: row.ip,
    data: row.data,
  };
}
