import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { appRole, currentCompanyId, tenantPolicy } from "./rls";

export const ROLES = ["owner", "admin", "hr", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    legalNameJa: text("legal_name_ja").notNull(),
    legalNameEn: text("legal_name_en"),
    corporateNumber: text("corporate_number"),
    headOfficePostalCode: text("head_office_postal_code"),
    headOfficeAddress: text("head_office_address"),
    helloWorkOffice: text("hello_work_office"),
    employmentInsuranceOfficeNumber: text("employment_insurance_office_number"),
    immigrationOffice: text("immigration_office"),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    pgPolicy("tenant_isolation", {
      as: "permissive",
      for: "all",
      to: appRole,
      using: sql`${t.id} = ${currentCompanyId}`,
      withCheck: sql`${t.id} = ${currentCompanyId}`,
    }),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    /** Opt-out of the daily HR digest email. */
    digestOptOut: boolean("digest_opt_out").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
    tenantPolicy(t.companyId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_idx").on(t.tokenHash),
    index("invitations_company_idx").on(t.companyId),
    tenantPolicy(t.companyId),
  ],
);

export const workplaces = pgTable(
  "workplaces",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    postalCode: text("postal_code"),
    address: text("address").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("workplaces_company_idx").on(t.companyId), tenantPolicy(t.companyId)],
);

export type Company = typeof companies.$inferSelect;
export type Workplace = typeof workplaces.$inferSelect;
