import { sql } from "drizzle-orm";
import { boolean, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { EMPLOYEE_LANGUAGES } from "../../lib/i18n/languages";
import { users } from "./auth";
import { companies, workplaces } from "./companies";
import { tenantPolicy } from "./rls";

export const employees = pgTable(
  "employees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeNumber: text("employee_number"),
    nameOnCard: text("name_on_card").notNull(),
    nameKana: text("name_kana"),
    nationality: text("nationality").notNull(),
    dateOfBirth: date("date_of_birth").notNull(),
    sex: text("sex", { enum: ["M", "F"] }).notNull(),
    email: text("email"),
    preferredLanguage: text("preferred_language", { enum: EMPLOYEE_LANGUAGES }).notNull().default("ja"),
    department: text("department"),
    workplaceId: uuid("workplace_id").references(() => workplaces.id, { onDelete: "set null" }),
    employmentStartedOn: date("employment_started_on"),
    employmentEndedOn: date("employment_ended_on"),
    contractConcludedOn: date("contract_concluded_on"),
    employmentInsurance: boolean("employment_insurance").notNull().default(true),
    isWorker: boolean("is_worker").notNull().default(true),
    /** The engine's last work state (pipeline sync): a change emits employee.work_authorization_changed. */
    workState: text("work_state"),
    workUntil: date("work_until"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("employees_company_idx").on(t.companyId, t.archivedAt),
    index("employees_company_name_idx").on(t.companyId, t.nameOnCard),
    // The morning re-evaluation of people whose work basis has ended (sweep/work-state.ts) reads this
    // range instead of every employee.
    index("employees_work_until_idx")
      .on(t.workUntil)
      .where(sql`archived_at is null and work_until is not null`),
    tenantPolicy(t.companyId),
  ],
);

/**
 * One row per residence card the employee has held. A renewal or change of status adds a row and
 * marks the previous one superseded; old cards stay readable. The card number is stored encrypted
 * (AES-256-GCM, lib/crypto) and only its last four characters in clear.
 */
export const cardRecords = pgTable(
  "card_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    statusCode: text("status_code").notNull(),
    holderRole: text("holder_role", { enum: ["principal", "spouse", "child"] })
      .notNull()
      .default("principal"),
    hsp2Activity: text("hsp2_activity", { enum: ["i", "ro", "ha"] }),
    japaneseContract: boolean("japanese_contract"),
    periodOfStayExpiresOn: date("period_of_stay_expires_on"),
    cardExpiresOn: date("card_expires_on"),
    cardNumberEncrypted: text("card_number_encrypted"),
    cardNumberLast4: text("card_number_last4"),
    workRestriction: text("work_restriction"),
    extraActivityPermission: text("extra_activity_permission", {
      enum: ["none", "comprehensive", "individual"],
    })
      .notNull()
      .default("none"),
    renewalAppliedOn: date("renewal_applied_on"),
    renewalDecidedOn: date("renewal_decided_on"),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("card_records_employee_idx").on(t.companyId, t.employeeId, t.supersededAt),
    index("card_records_expiry_idx").on(t.companyId, t.periodOfStayExpiresOn),
    tenantPolicy(t.companyId),
  ],
);

export type Employee = typeof employees.$inferSelect;
export type CardRecord = typeof cardRecords.$inferSelect;
