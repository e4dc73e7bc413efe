import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { companies } from "./companies";
import { employees } from "./employees";
import { tenantPolicy } from "./rls";

/**
 * What happened to a company as a whole (name change, head-office move, dissolution). Recording one
 * fans out an `events` row to every active employee, each pointing back here.
 */
export const companyEvents = pgTable(
  "company_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    type: text("type", { enum: ["org_name_changed", "org_address_changed", "org_dissolved"] }).notNull(),
    date: date("date").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("company_events_company_idx").on(t.companyId, t.date), tenantPolicy(t.companyId)],
);

/** What happened to one employee (the engine's event types, plus renewal_applied / renewal_decided). */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    companyEventId: uuid("company_event_id").references(() => companyEvents.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    date: date("date").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("events_employee_idx").on(t.companyId, t.employeeId, t.date),
    index("events_company_event_idx").on(t.companyEventId),
    // The overview's "who has a graduation or naturalisation on record" (dashboard/work-risks.ts): a few
    // rows per company, instead of every event of the company read from the heap to test its type.
    index("events_work_stop_idx")
      .on(t.companyId, t.employeeId)
      .where(sql`deleted_at is null and type in ('graduated', 'naturalized')`),
    tenantPolicy(t.companyId),
  ],
);

export const DUTY_STATUSES = ["open", "submitted", "closed", "cancelled"] as const;

/**
 * A legal duty the engine computed, stored with its rule (id@version), basis and deadline. `dedupeKey`
 * identifies "the same duty" across recomputations (code + trigger + source); a recompute updates open
 * duties, cancels those the facts no longer produce, and never touches closed ones (their history stays).
 */
export const duties = pgTable(
  "duties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "set null" }),
    dedupeKey: text("dedupe_key").notNull(),
    code: text("code").notNull(),
    trigger: text("trigger").notNull(),
    triggerDate: date("trigger_date").notNull(),
    owner: text("owner", { enum: ["employee", "employer"] }).notNull(),
    nominalDueDate: date("nominal_due_date").notNull(),
    dueDate: date("due_date").notNull(),
    bestEffort: boolean("best_effort").notNull().default(false),
    approximate: boolean("approximate").notNull().default(false),
    toConfirm: boolean("to_confirm").notNull().default(false),
    rule: text("rule").notNull(),
    basis: text("basis").notNull(),
    source: text("source").notNull(),
    /** The engine's full duty (explanation ja/en, informational dates, confidence). */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    status: text("status", { enum: DUTY_STATUSES }).notNull().default("open"),
    mutedAt: timestamp("muted_at", { withTimezone: true }),
    mutedBy: uuid("muted_by").references(() => users.id, { onDelete: "set null" }),
    muteReason: text("mute_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("duties_dedupe_idx").on(t.companyId, t.employeeId, t.dedupeKey),
    index("duties_company_status_due_idx").on(t.companyId, t.status, t.dueDate),
    index("duties_open_due_idx").on(t.dueDate).where(sql`status = 'open'`),
    index("duties_employee_idx").on(t.companyId, t.employeeId),
    // GET /api/v1/duties pages in (due date, id) order: an ordered scan that stops after one page,
    // instead of sorting every duty of the company (bench/api.ts).
    index("duties_company_due_id_idx").on(t.companyId, t.dueDate, t.id),
    // Open renewals by the day their window opens (the engine's windowOpensOn, kept in details): the
    // morning digest asks "has this company a renewal in its window?" per company (sweep/daily-rows.ts).
    index("duties_renewal_window_idx")
      .on(t.companyId, sql`(${t.details}->>'windowOpensOn')`)
      .where(sql`status = 'open' and code in ('period_of_stay_renewal', 'card_validity_renewal')`),
    tenantPolicy(t.companyId),
  ],
);

export const NOTIFICATION_STATUSES = ["pending", "sending", "sent", "failed", "cancelled"] as const;

/**
 * The outbox and the reminder ladder in one table. Rows are written in the transaction that created
 * or changed the duty (so a Redis outage loses nothing); the sweep enqueues those whose `sendOn` has
 * come; a send claims its row (`status = 'pending'` → 'sending') before sending and records the message
 * id after. `dedupeKey` makes "the same reminder" unique, so nothing is written or sent twice.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    dutyId: uuid("duty_id").references(() => duties.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    recipientType: text("recipient_type", { enum: ["employee", "hr", "owner"] }).notNull(),
    recipientUserId: uuid("recipient_user_id").references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    sendOn: date("send_on").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    status: text("status", { enum: NOTIFICATION_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    messageId: text("message_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notifications_dedupe_idx").on(t.companyId, t.dedupeKey),
    index("notifications_due_idx").on(t.sendOn).where(sql`status = 'pending'`),
    // Reminders of a duty only: a digest (no duty) would add an entry per company to every morning's
    // inserts, and every reader of this index asks for a duty.
    index("notifications_duty_idx").on(t.companyId, t.dutyId).where(sql`duty_id is not null`),
    // Two small partial indexes over rare states, so neither the morning sweep (abandoned sends) nor
    // the overview (failed emails) scans the outbox, which holds ~15 rows per employee (bench/sweep.ts,
    // bench/dashboard-scale.ts).
    index("notifications_sending_idx").on(t.sendOn).where(sql`status = 'sending'`),
    index("notifications_failed_idx").on(t.companyId, t.sendOn.desc(), t.id).where(sql`status = 'failed'`),
    tenantPolicy(t.companyId),
  ],
);

export type Duty = typeof duties.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type EventRow = typeof events.$inferSelect;
