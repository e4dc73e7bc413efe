import { sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { isStatusCode, statusInfo } from "@/lib/compliance";
import { decryptField } from "@/lib/crypto/field-encryption";
import { AppError } from "@/lib/errors";
import { toDataFieldIssues } from "@/lib/validation/data-messages";
import { ZHelloWorkPeriod } from "@/lib/validation/hello-work";
import { writeAudit } from "../audit";
import type { ServiceContext } from "../context";

export type HelloWorkRoute = "insured_hire" | "insured_separation" | "form_3";

export type HelloWorkReport = {
  dutyId: string;
  employeeId: string;
  kind: "hire" | "separation";
  eventDate: string;
  dueDate: string;
  /** Insured separations: the stricter reading (loss date + 10 days), shown as the statutory limit (RULES R3). */
  strictDueDate: string | null;
  dutyStatus: string;
  route: HelloWorkRoute;
  fields: {
    nameOnCard: string;
    nameKana: string | null;
    statusCode: string;
    statusJa: string;
    periodOfStayExpiresOn: string | null;
    dateOfBirth: string;
    sex: "M" | "F";
    nationality: string;
    nationalityJa: string;
    hasExtraActivityPermission: boolean;
    /** Full number for writers (the report needs it); masked for viewers. */
    cardNumber: string | null;
    workplaceName: string;
    workplaceAddress: string;
  };
};

/**
 * Hello Work foreign-employment reports (外国人雇用状況の届出, RULES R3) of a period: each hire and
 * separation the pipeline stored as a duty, with the fields the form asks for filled from the employee,
 * their card and the company, and the deadline. Opening it decrypts card numbers, so it is audited.
 */
export async function listHelloWorkReports(ctx: ServiceContext, input: unknown) {
  const parsed = ZHelloWorkPeriod.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_input", "invalid period", toDataFieldIssues(parsed.error, ctx.locale));
  const { from, to } = parsed.data;
  const canSeeNumbers = ctx.actor.type !== "user" || ctx.actor.role !== "viewer";
  return withTenant(ctx, async (tx) => {
    const [company] = (await tx.execute(sql`
      select legal_name_ja as name, head_office_address as address, hello_work_office as "helloWorkOffice", employment_insurance_office_number as "officeNumber"
      from companies where id = ${ctx.companyId}::uuid`)) as unknown as {
      name: string;
      address: string | null;
      helloWorkOffice: string | null;
      officeNumber: string | null;
    }[];
    const rows = (await tx.execute(sql`
      select d.id as "dutyId", d.employee_id as "employeeId", d.trigger, d.trigger_date::text as "eventDate", d.due_date::text as "dueDate", d.status,
        d.details -> 'strictReading' ->> 'dueDate' as "strictDueDate", d.rule,
        e.name_on_card as "nameOnCard", e.name_kana as "nameKana", e.date_of_birth::text as "dateOfBirth", e.sex, e.nationality, e.employment_insurance as insured,
        c.status_code as "statusCode", c.period_of_stay_expires_on::text as "periodOfStayExpiresOn", c.extra_activity_permission as permission,
        c.card_number_encrypted as "cardEncrypted", c.card_number_last4 as "cardLast4", w.name as "workplaceName", w.address as "workplaceAddress"
      from duties d
      join employees e on e.company_id = d.company_id and e.id = d.employee_id
      left join card_records c on c.company_id = e.company_id and c.employee_id = e.id and c.superseded_at is null
      left join workplaces w on w.company_id = e.company_id and w.id = e.workplace_id
      where d.company_id = ${ctx.companyId}::uuid and d.code = 'hw_employment_report' and d.status <> 'cancelled'
        and d.trigger in ('employment_started', 'employment_ended') and d.trigger_date between ${from}::date and ${to}::date
      order by d.due_date, e.name_on_card, d.id`)) as unknown as Record<string, string | boolean | null>[];
    const regionJa = new Intl.DisplayNames(["ja"], { type: "region" });
    const reports: HelloWorkReport[] = rows.map((r) => {
      const kind = r.trigger === "employment_started" ? "hire" : "separation";
      const insured = String(r.rule ?? "").startsWith("hw-insured");
      const code = String(r.statusCode ?? "");
      return {
        dutyId: String(r.dutyId),
        employeeId: String(r.employeeId),
        kind,
        eventDate: String(r.eventDate),
        dueDate: String(r.dueDate),
        strictDueDate: (r.strictDueDate as string | null) ?? null,
        dutyStatus: String(r.status),
        route: insured ? (kind === "hire" ? "insured_hire" : "insured_separation") : "form_3",
        fields: {
          nameOnCard: String(r.nameOnCard),
          nameKana: (r.nameKana as string | null) ?? null,
          statusCode: code,
          statusJa: isStatusCode(code) ? statusInfo(code).ja : code,
          periodOfStayExpiresOn: (r.periodOfStayExpiresOn as string | null) ?? null,
          dateOfBirth: String(r.dateOfBirth),
          sex: r.sex === "F" ? "F" : "M",
          nationality: String(r.nationality),
          nationalityJa: regionJa.of(String(r.nationality)) ?? String(r.nationality),
          hasExtraActivityPermission: r.permission === "comprehensive" || r.permission === "individual",
          cardNumber:
            r.cardEncrypted && canSeeNumbers
              ? decryptField(String(r.cardEncrypted))
              : r.cardLast4
                ? `********${String(r.cardLast4)}`
                : null,
          workplaceName: String(r.workplaceName ?? company?.name ?? ""),
          workplaceAddress: String(r.workplaceAddress ?? company?.address ?? ""),
        },
      };
    });
    if (reports.length && canSeeNumbers)
      await writeAudit(tx, ctx, {
        action: "hello_work.viewed",
        entityType: "company",
        entityId: ctx.companyId,
        data: {
          from,
          to,
          reports: reports.length,
          employeeIds: [...new Set(reports.map((r) => r.employeeId))],
        },
      });
    return {
      from,
      to,
      company: {
        name: company?.name ?? "",
        helloWorkOffice: company?.helloWorkOffice ?? null,
        officeNumber: company?.officeNumber ?? null,
        hasAddress: Boolean(company?.address),
      },
      reports,
    };
  });
}

const ROUTE_JA: Record<HelloWorkRoute, string> = {
  insured_hire: "雇用保険被保険者資格取得届 (別様式に在留カード番号)",
  insured_separation: "雇用保険被保険者資格喪失届 (別様式に在留カード番号)",
  form_3: "外国人雇用状況届出書 (様式第3号)",
};
export const routeNameJa = (route: HelloWorkRoute) => ROUTE_JA[route];

/** Dates as the forms take them (2026/04/01). */
export const formDate = (iso: string | null) => (iso ? iso.replaceAll("-", "/") : "");

/** The report's fields in form order, labelled as the Japanese forms label them (values to copy). */
export function reportFields(r: HelloWorkReport): [string, string][] {
  const f = r.fields;
  return [
    ["氏名 (ローマ字)", f.nameOnCard],
    ["氏名 (カタカナ)", f.nameKana ?? ""],
    ["在留資格", f.statusJa],
    ["在留期間 (満了日)", formDate(f.periodOfStayExpiresOn)],
    ["生年月日", formDate(f.dateOfBirth)],
    ["性別", f.sex === "M" ? "男" : "女"],
    ["国籍・地域", f.nationalityJa],
    ["資格外活動許可の有無", f.hasExtraActivityPermission ? "有" : "無"],
    ["在留カード番号", f.cardNumber ?? ""],
    [r.kind === "hire" ? "雇入れ年月日" : "離職年月日", formDate(r.eventDate)],
    ["事業所の名称", f.workplaceName],
    ["事業所の所在地", f.workplaceAddress],
  ];
}

/** The period's reports as CSV rows: one per report, with the form, the deadline and the statutory limit. */
export function helloWorkCsvRows(reports: readonly HelloWorkReport[]): (string | null)[][] {
  const labels = reportFields(emptyReport()).map(([label]) =>
    label.replace(/^雇入れ年月日$/, "雇入れ・離職年月日"),
  );
  return [
    ["区分", "届出様式", "期限", "法定期限 (厳格な解釈)", ...labels],
    ...reports.map((r) => [
      r.kind === "hire" ? "雇入れ" : "離職",
      routeNameJa(r.route),
      formDate(r.dueDate),
      formDate(r.strictDueDate),
      ...reportFields(r).map(([, value]) => value),
    ]),
  ];
}

function emptyReport(): HelloWorkReport {
  return {
    dutyId: "",
    employeeId: "",
    kind: "hire",
    eventDate: "",
    dueDate: "",
    strictDueDate: null,
    dutyStatus: "",
    route: "form_3",
    fields: {
      nameOnCard: "",
      nameKana: null,
      statusCode: "",
      statusJa: "",
      periodOfStayExpiresOn: null,
      dateOfBirth: "",
      sex: "M",
      nationality: "",
      nationalityJa: "",
      hasExtraActivityPermission: false,
      cardNumber: null,
      workplaceName: "",
      workplaceAddress: "",
    },
  };
}
