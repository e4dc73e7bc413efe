import { bigserial, index, inet, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { tenantPolicy } from "./rls";

/**
 * Append-only: the app role may insert and read, never update or delete (grants in the migration).
 * Each row carries the hash of the previous row of the same company, so a gap or an edit is detectable.
 * Personal data is not written here: ids and changed field names, not their values.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    actorType: text("actor_type", { enum: ["user", "employee", "api_key", "system"] }).notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    ip: inet("ip"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text("prev_hash"),
    hash: text("hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_company_idx").on(t.companyId, t.id),
    index("audit_log_entity_idx").on(t.companyId, t.entityType, t.entityId),
    tenantPolicy(t.companyId),
  ],
);
