import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { companies } from "./companies";
import { duties } from "./duties";
import { cardRecords, employees } from "./employees";
import { tenantPolicy } from "./rls";

/** Personal links for employees: only a hash is stored; single employee, limited scope, expiring, revocable. */
export const employeeTokens = pgTable(
  "employee_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    scope: text("scope", { enum: ["duties", "card_update"] })
      .notNull()
      .default("duties"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("employee_tokens_hash_idx").on(t.tokenHash),
    index("employee_tokens_employee_idx").on(t.companyId, t.employeeId),
    tenantPolicy(t.companyId),
  ],
);

/** Files (proof of filing, card photos, check screenshots): stored outside the web root, served only to the company's HR. */
export const uploads = pgTable(
  "uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("uploads_company_idx").on(t.companyId, t.employeeId), tenantPolicy(t.companyId)],
);

/** "I have filed it": the employee's confirmation, reviewed by HR (accept closes the duty, return asks again). */
export const confirmations = pgTable(
  "confirmations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    dutyId: uuid("duty_id")
      .notNull()
      .references(() => duties.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    filedOn: date("filed_on").notNull(),
    channel: text("channel", { enum: ["online", "counter", "post"] }).notNull(),
    receiptNumber: text("receipt_number"),
    uploadId: uuid("upload_id").references(() => uploads.id, { onDelete: "set null" }),
    status: text("status", { enum: ["pending", "accepted", "returned"] })
      .notNull()
      .default("pending"),
    reviewComment: text("review_comment"),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    submittedBy: text("submitted_by", { enum: ["employee", "hr", "api"] })
      .notNull()
      .default("employee"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("confirmations_company_status_idx").on(t.companyId, t.status),
    index("confirmations_duty_idx").on(t.companyId, t.dutyId),
    tenantPolicy(t.companyId),
  ],
);

/** A new card the employee submitted after a renewal or change; HR accepts it into card_records. */
export const cardSubmissions = pgTable(
  "card_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    frontUploadId: uuid("front_upload_id").references(() => uploads.id, { onDelete: "set null" }),
    backUploadId: uuid("back_upload_id").references(() => uploads.id, { onDelete: "set null" }),
    status: text("status", { enum: ["pending", "accepted", "returned"] })
      .notNull()
      .default("pending"),
    reviewComment: text("review_comment"),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    cardRecordId: uuid("card_record_id").references(() => cardRecords.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("card_submissions_company_idx").on(t.companyId, t.status), tenantPolicy(t.companyId)],
);

/** The employer's log of card checks (RULES R8): what was verified, by whom, when. */
export const cardChecks = pgTable(
  "card_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    cardRecordId: uuid("card_record_id").references(() => cardRecords.id, { onDelete: "set null" }),
    checkedOn: date("checked_on").notNull(),
    checkedBy: uuid("checked_by").references(() => users.id, { onDelete: "set null" }),
    originalSeen: boolean("original_seen").notNull().default(false),
    lapseCheckDone: boolean("lapse_check_done").notNull().default(false),
    icChipRead: boolean("ic_chip_read").notNull().default(false),
    designationRead: boolean("designation_read").notNull().default(false),
    result: text("result", { enum: ["ok", "problem"] }).notNull(),
    note: text("note"),
    uploadId: uuid("upload_id").references(() => uploads.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("card_checks_employee_idx").on(t.companyId, t.employeeId, t.checkedOn),
    // Which cards have an OK check (the overview's and the table's "not verified"): read from the index
    // alone, without visiting the company's checks in the heap.
    index("card_checks_ok_card_idx").on(t.companyId, t.cardRecordId).where(sql`result = 'ok'`),
    tenantPolicy(t.companyId),
  ],
);

/** Shift hours for employees working under 資格外活動許可 (the 28-hours-in-any-7-days check). */
export const shifts = pgTable(
  "shifts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    hours: numeric("hours", { precision: 4, scale: 2, mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("shifts_employee_date_idx").on(t.companyId, t.employeeId, t.date),
    tenantPolicy(t.companyId),
  ],
);

/** A student's school long-vacation periods (8 hours a day allowed inside them). */
export const longVacations = pgTable(
  "long_vacations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("long_vacations_employee_idx").on(t.companyId, t.employeeId), tenantPolicy(t.companyId)],
);

export type Confirmation = typeof confirmations.$inferSelect;
export type Upload = typeof uploads.$inferSelect;
