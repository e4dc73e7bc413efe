/**
 * lib/compliance — the pure legal engine (no I/O, no clock, no db/next imports).
 *
 * Evaluation (EVALUATE.md):
 *   evaluate(case: TEvaluateCase): TEvaluateResult            validated input only; fast, no zod
 *   evaluateRequest(input: unknown): TEvaluateResponse         { ok: true, body } | { ok: false, error }
 *   ZEvaluateCase, ZEvaluateRequest, ZEvaluateBatch, ZEvent, ZPerson, ZIsoDate (zod 4, strict)
 *   types: TEvaluateCase, TEvaluateRequest, TEvaluateResult, TDuty, TWork, TRenewal, TAdvisory, TEvaluateError
 * Rules as data (ruleId@version, validity windows, basis, source, confidence, explanation ja/en):
 *   RULES, ruleInForce(id, date), ruleVersions(id), ruleByRef("id@v"), ruleRef(rule), DUTY_CODES
 * Statuses (statuses.json): STATUSES, STATUS_CODES, statusInfo(code), isStatusCode(x), isStatusGrantable(code, date)
 * Dates (ISO YYYY-MM-DD Japan dates; integer-day arithmetic, TZ-independent):
 *   addDays, daysBetween, weekday, isIsoDate, toDay, fromDay, addMonthsPeriod, addMonthsClamped,
 *   subtractMonthsClamped, endOfMonth, tenthOfNextMonth, lastDayOfNextMonth, anniversary,
 *   isClosedDay, isHoliday, HOLIDAYS, HOLIDAY_DATA_RANGE, rollForward, lastOpenDayOnOrBefore, periodDeadline
 * Planning helpers:
 *   renewalWindow(expiresOn)                          period-of-stay window (R4)
 *   cardValidity(...), cardRenewalWindow(...)          residence card validity by age (R8)
 *   checkWorkHours(...), maxHoursOn(...)               28 hours in any 7 days; 8 h/day in long vacation (R6)
 *   sswAnnualReportWindow(fiscalYear), sswFiscalYearOf(date)   特定技能 annual report (R9)
 *   deemedReentryReturnBy(...), reentryPlan(...)       leaving Japan and returning (R5.9, R5.10)
 */
export * from "./card/card-validity";
export * from "./contract/errors";
export type * from "./contract/result";
export * from "./contract/schema";
export * from "./dates";
export { evaluate } from "./engine/evaluate";
export { renewalWindow } from "./engine/renewal";
export * from "./hours/work-hours";
export * from "./reports/reentry";
export * from "./reports/ssw-annual";
export { evaluateRequest, type TEvaluateResponse, type TEvaluateResponseBody } from "./request";
export * from "./rules";
export * from "./statuses";
