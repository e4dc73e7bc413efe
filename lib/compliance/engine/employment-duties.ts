/**
 * Duties from this employer's events: hire, leave and the employer's own changes.
 * 19-16 items 1/2 (employee), Hello Work (LPCPA 28), 19-17 (best efforts), 特定技能 ad-hoc reports.
 */
import type { TDuty } from "../contract/result";
import type { TEvent } from "../contract/schema";
import { rollForward } from "../dates/closed-days";
import { addDays } from "../dates/day-number";
import type { Ctx } from "./context";
import { dutyFrom } from "./duty";
import { employerOrgCategory } from "./notify-category";

/** 19-17 statuses as listed by ISA (R2). 介護 is not on the list seen: open question 5, flagged. */
const ORG_ACCEPTANCE_STATUSES = new Set<string>([
  "professor",
  "hsp_1_i",
  "hsp_1_ro",
  "hsp_1_ha",
  "hsp_2",
  "business_manager",
  "legal_accounting",
  "medical_services",
  "researcher",
  "instructor",
  "engineer_specialist",
  "intra_company_transferee",
  "entertainer",
  "skilled_labor",
]);
const ORG_ACCEPTANCE_TO_CONFIRM = new Set<string>(["nursing_care"]);

const MISSING_CONTRACT_DATE = {
  ja: "契約締結日が未入力のため、就労開始日を起算日としています（概算）。",
  en: "The contract date is missing, so the start date is used (approximate).",
};

/** `e` is one of employment_started/ended or org_name_changed/org_address_changed/org_dissolved. */
export function employmentDuties(ctx: Ctx, e: TEvent, out: TDuty[]): void {
  const started = e.type === "employment_started" ? e : null;
  const contractDate = started?.contractConcludedOn ?? null;
  const arrived = started?.arrivedForThisJob === true;

  // 19-16 items 1/2: not on arrival, where the organisation is already on record.
  const cat = employerOrgCategory(ctx);
  if (cat && !arrived) {
    const useContract = cat.kind === "contract" && started !== null;
    const triggerDate = useContract ? (contractDate ?? e.date) : e.date;
    const approximate = useContract && contractDate === null;
    const opts = {
      approximate,
      ...(cat.caveat ? { caveat: cat.caveat } : {}),
      ...(approximate ? { note: MISSING_CONTRACT_DATE } : {}),
    };
    push(out, dutyFrom(ctx, cat.ruleId, e.type, triggerDate, opts));
  }

  if (e.type !== "employment_started" && e.type !== "employment_ended") return;

  const owesHelloWork = !ctx.status.helloWorkExempt && ctx.isWorker;
  if (owesHelloWork) push(out, helloWorkDuty(ctx, e.type, e.date));

  // 19-17 applies only where no Hello Work report is owed, e.g. a director who is not a worker (R2, M).
  const code = ctx.status.code;
  if (
    !owesHelloWork &&
    !ctx.isWorker &&
    (ORG_ACCEPTANCE_STATUSES.has(code) || ORG_ACCEPTANCE_TO_CONFIRM.has(code))
  ) {
    const caveat = ORG_ACCEPTANCE_TO_CONFIRM.has(code)
      ? {
          ja: "介護がこの届出の対象かは未確認です。",
          en: "Whether 介護 is covered by this notice is unconfirmed.",
        }
      : undefined;
    push(out, dutyFrom(ctx, "isa-19-17", e.type, e.date, caveat ? { caveat } : {}));
  }

  if (ctx.status.hostOrganisationReports) {
    const triggerDate = started ? (contractDate ?? e.date) : e.date;
    const caveat = arrived
      ? {
          ja: "入国時の契約は申請時に審査済みのため不要な場合があります。",
          en: "On arrival the contract was part of the application, so this report may not be needed.",
        }
      : undefined;
    const approximate = started !== null && contractDate === null;
    const note = approximate ? MISSING_CONTRACT_DATE : undefined;
    push(
      out,
      dutyFrom(ctx, "ssw-adhoc", e.type, triggerDate, {
        approximate,
        ...(caveat ? { caveat } : {}),
        ...(note ? { note } : {}),
      }),
    );
  }
}

function helloWorkDuty(
  ctx: Ctx,
  type: "employment_started" | "employment_ended",
  date: string,
): TDuty | null {
  // A missing insurance flag takes the insured route: its deadlines are the earlier ones (R3).
  const insured = ctx.insured ?? true;
  const ruleId = !insured
    ? "hw-uninsured"
    : type === "employment_started"
      ? "hw-insured-hire"
      : "hw-insured-separation";
  const note =
    ctx.insured === null
      ? {
          ja: "雇用保険の加入状況が未入力のため、期限の早い被保険者の扱いで計算しています。",
          en: "Employment-insurance status is missing, so the insured route (the earlier deadline) is used.",
        }
      : undefined;
  const duty = dutyFrom(ctx, ruleId, type, date, {
    approximate: ctx.insured === null,
    ...(note ? { note } : {}),
  });
  if (duty && ruleId === "hw-insured-separation") {
    // Stricter reading: the loss date (last day + 1) + 10 days, still a period (R3, open question 3).
    const nominal = addDays(date, 11);
    duty.strictReading = { nominalDueDate: nominal, dueDate: rollForward(nominal) };
  }
  return duty;
}

function push(out: TDuty[], duty: TDuty | null): void {
  if (duty) out.push(duty);
}
