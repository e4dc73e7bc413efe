import { and, desc, eq, inArray } from "drizzle-orm";
import { cardSubmissions, companies, confirmations, duties, employees } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import type { DutyCode } from "@/lib/compliance";
import { DUTY_CODES } from "@/lib/compliance/rules/types";
import { notFound } from "@/lib/errors";
import { canUse, type EmployeeAccess } from "./employee-access";

export type PortalDuty = {
  id: string;
  code: DutyCode;
  status: "open" | "submitted";
  triggerDate: string;
  dueDate: string;
  approximate: boolean;
  toConfirm: boolean;
  /** Renewals: the first day an application is accepted (the engine's window), else null. */
  windowOpensOn: string | null;
  /** The latest confirmation, so the page can say "HR is checking" or show HR's comment on a return. */
  lastConfirmation: {
    status: "pending" | "accepted" | "returned";
    filedOn: string;
    reviewComment: string | null;
  } | null;
};

export type PortalCompany = {
  legalNameJa: string;
  legalNameEn: string | null;
  corporateNumber: string | null;
  headOfficePostalCode: string | null;
  headOfficeAddress: string | null;
  immigrationOffice: string | null;
};

export type EmployeePortal = {
  employee: { nameOnCard: string; email: string | null; preferredLanguage: EmployeeAccess["language"] };
  company: PortalCompany;
  duties: PortalDuty[];
  cardSubmission: {
    status: "pending" | "accepted" | "returned";
    createdAt: Date;
    reviewComment: string | null;
  } | null;
};

const KNOWN_CODES: ReadonlySet<string> = new Set(DUTY_CODES);

/**
 * What the employee page shows: the employee's own open or submitted duties (employer duties are HR's
 * business), the company facts the ISA forms ask for, and the state of their last card submission.
 */
export async function getEmployeePortal(access: EmployeeAccess): Promise<EmployeePortal> {
  const { companyId, actor } = access.ctx;
  return withTenant(access.ctx, async (tx) => {
    const [employee] = await tx
      .select({
        nameOnCard: employees.nameOnCard,
        email: employees.email,
        preferredLanguage: employees.preferredLanguage,
      })
      .from(employees)
      .where(and(eq(employees.companyId, companyId), eq(employees.id, actor.id)));
    const [company] = await tx
      .select({
        legalNameJa: companies.legalNameJa,
        legalNameEn: companies.legalNameEn,
        corporateNumber: companies.corporateNumber,
        headOfficePostalCode: companies.headOfficePostalCode,
        headOfficeAddress: companies.headOfficeAddress,
        immigrationOffice: companies.immigrationOffice,
      })
      .from(companies)
      .where(eq(companies.id, companyId));
    if (!employee || !company) throw notFound("employee");
    const rows = canUse(access, "duties")
      ? await tx
          .select()
          .from(duties)
          .where(
            and(
              eq(duties.companyId, companyId),
              eq(duties.employeeId, actor.id),
              eq(duties.owner, "employee"),
              inArray(duties.status, ["open", "submitted"]),
            ),
          )
          .orderBy(duties.dueDate)
      : [];
    const confirmationRows = rows.length
      ? await tx
          .select({
            dutyId: confirmations.dutyId,
            status: confirmations.status,
            filedOn: confirmations.filedOn,
            reviewComment: confirmations.reviewComment,
          })
          .from(confirmations)
          .where(
            and(
              eq(confirmations.companyId, companyId),
              inArray(
                confirmations.dutyId,
                rows.map((d) => d.id),
              ),
            ),
          )
          .orderBy(desc(confirmations.createdAt))
      : [];
    const [submission] = await tx
      .select({
        status: cardSubmissions.status,
        createdAt: cardSubmissions.createdAt,
        reviewComment: cardSubmissions.reviewComment,
      })
      .from(cardSubmissions)
      .where(and(eq(cardSubmissions.companyId, companyId), eq(cardSubmissions.employeeId, actor.id)))
      .orderBy(desc(cardSubmissions.createdAt))
      .limit(1);
    const portalDuties: PortalDuty[] = rows
      .filter((d) => KNOWN_CODES.has(d.code))
      .map((d) => ({
        id: d.id,
        code: d.code as DutyCode,
        status: d.status as PortalDuty["status"],
        triggerDate: d.triggerDate,
        dueDate: d.dueDate,
        approximate: d.approximate,
        toConfirm: d.toConfirm,
        windowOpensOn: typeof d.details.windowOpensOn === "string" ? d.details.windowOpensOn : null,
        lastConfirmation: confirmationRows.find((c) => c.dutyId === d.id) ?? null,
      }));
    return { employee, company, duties: portalDuties, cardSubmission: submission ?? null };
  });
}
