import { sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { isStatusCode, ruleByRef, statusInfo } from "@/lib/compliance";
import type { HrLocale } from "@/lib/i18n/languages";
import { EMPLOYEE_COLUMNS } from "@/lib/validation/csv";
import type { ServiceContext } from "../context";

type Cell = string | number | null;

const yesNo = (value: boolean | null, locale: HrLocale) =>
  value === null ? "" : value ? (locale === "ja" ? "はい" : "yes") : locale === "ja" ? "いいえ" : "no";
const statusName = (code: string | null, locale: HrLocale) =>
  code && isStatusCode(code) ? (locale === "ja" ? statusInfo(code).ja : statusInfo(code).en) : (code ?? "");

const EXTRA = {
  ja: ["在留カード番号(下4桁)", "就労の可否", "就労可能期限", "次の期限"],
  en: ["Card number (last 4)", "Work state", "May work until", "Next due date"],
};

/**
 * Current employees as CSV rows. The columns are the import template's (same headers, same words), so a
 * sheet can go back through the importer; the full card number never leaves: only its last four, in an
 * extra column at the end with the stored work state and the next open deadline.
 */
export async function exportEmployeeRows(ctx: ServiceContext): Promise<Cell[][]> {
  const L = ctx.locale;
  const columns = EMPLOYEE_COLUMNS.filter((c) => c.path !== "card.cardNumber");
  const rows = await withTenant(
    ctx,
    async (tx) =>
      (await tx.execute(sql`
      select e.employee_number as "employeeNumber", e.name_on_card as "nameOnCard", e.name_kana as "nameKana", e.nationality, e.date_of_birth::text as "dateOfBirth",
        e.sex, e.email, e.preferred_language as "preferredLanguage", e.department, w.name as workplace, e.employment_started_on::text as "employmentStartedOn",
        e.contract_concluded_on::text as "contractConcludedOn", e.employment_ended_on::text as "employmentEndedOn", e.employment_insurance as "employmentInsurance",
        e.is_worker as "isWorker", c.status_code as "statusCode", c.holder_role as "holderRole", c.hsp2_activity as "hsp2Activity",
        c.period_of_stay_expires_on::text as "periodOfStayExpiresOn", c.card_expires_on::text as "cardExpiresOn", c.work_restriction as "workRestriction",
        c.extra_activity_permission as "extraActivityPermission", c.renewal_applied_on::text as "renewalAppliedOn", c.renewal_decided_on::text as "renewalDecidedOn",
        c.card_number_last4, e.work_state, e.work_until::text as work_until,
        (select min(d.due_date)::text from duties d where d.company_id = e.company_id and d.employee_id = e.id and d.status = 'open') as next_due
      from employees e
      left join card_records c on c.company_id = e.company_id and c.employee_id = e.id and c.superseded_at is null
      left join workplaces w on w.company_id = e.company_id and w.id = e.workplace_id
      where e.company_id = ${ctx.companyId}::uuid and e.archived_at is null
      order by e.name_on_card, e.id`)) as unknown as Record<string, string | boolean | null>[],
  );
  // SQL aliases are the columns' paths (without "card."), so each cell is read by its column.
  const value = (r: Record<string, string | boolean | null>, path: string): Cell => {
    const field = path.replace(/^card\./, "");
    if (field === "employmentInsurance" || field === "isWorker") return yesNo(r[field] as boolean | null, L);
    if (field === "statusCode") return statusName(r.statusCode as string | null, L);
    return (r[field] ?? null) as string | null;
  };
  return [
    [...columns.map((c) => (L === "ja" ? c.ja : c.en)), ...EXTRA[L]],
    ...rows.map((r) => [
      ...columns.map((c) => value(r, c.path)),
      r.card_number_last4 as string | null,
      r.work_state as string | null,
      r.work_until as string | null,
      r.next_due as string | null,
    ]),
  ];
}

const DUTY_HEADERS = {
  ja: [
    "社員番号",
    "氏名",
    "届出・手続",
    "コード",
    "届出者",
    "起算事由",
    "起算日",
    "期限",
    "状態",
    "要確認",
    "概算",
    "努力義務",
    "根拠",
    "出典",
    "規則",
  ],
  en: [
    "Employee number",
    "Name",
    "Duty",
    "Code",
    "Filed by",
    "Trigger",
    "Trigger date",
    "Due date",
    "Status",
    "To confirm",
    "Approximate",
    "Best effort",
    "Basis",
    "Source",
    "Rule",
  ],
};

/** Every duty of the company's current employees (open and done), earliest deadline first. */
export async function exportDutyRows(ctx: ServiceContext): Promise<Cell[][]> {
  const L = ctx.locale;
  const rows = await withTenant(
    ctx,
    async (tx) =>
      (await tx.execute(sql`
      select e.employee_number, e.name_on_card, d.code, d.owner, d.trigger, d.trigger_date::text, d.due_date::text, d.status, d.to_confirm, d.approximate, d.best_effort, d.basis, d.source, d.rule
      from duties d join employees e on e.company_id = d.company_id and e.id = d.employee_id and e.archived_at is null
      where d.company_id = ${ctx.companyId}::uuid
      order by d.due_date, e.name_on_card, d.id`)) as unknown as Record<string, string | boolean | null>[],
  );
  return [
    DUTY_HEADERS[L],
    ...rows.map((r) => {
      const title = ruleByRef(String(r.rule))?.title;
      return [
        r.employee_number,
        r.name_on_card,
        title ? title[L] : r.code,
        r.code,
        r.owner,
        r.trigger,
        r.trigger_date,
        r.due_date,
        r.status,
        yesNo(r.to_confirm as boolean, L),
        yesNo(r.approximate as boolean, L),
        yesNo(r.best_effort as boolean, L),
        r.basis,
        r.source,
        r.rule,
      ] as Cell[];
    }),
  ];
}
