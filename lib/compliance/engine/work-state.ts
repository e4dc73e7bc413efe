/**
 * May the person work on `asOf`, on what basis and until when (EVALUATE.md `work`; RULES R4, R6, R7).
 * Order of precedence: naturalised → status basis → graduation (留学) → expiry / special period.
 */
import type { TWork, TWorkLimit } from "../contract/result";
import { addDays, type IsoDate } from "../dates/day-number";
import { addMonthsPeriod } from "../dates/months";
import { type Ctx, isNaturalizedBy } from "./context";
import { hasTimelyApplication } from "./renewal";

const NONE: TWork = { state: "not_authorized", until: null, limits: [] };

/** What the status (and any 資格外活動許可) allows while it is valid. */
export function statusBasis(ctx: Ctx): Omit<TWork, "until"> {
  const s = ctx.status;
  if (s.code === "temporary_visitor") return { state: "not_authorized", limits: [] };
  switch (s.work) {
    case "U":
      return { state: "authorized", limits: [] };
    case "S": {
      const limits: TWorkLimit[] = ["status_activities_only"];
      if (s.designation) limits.push("designated_organisation_only");
      return { state: "authorized", limits };
    }
    case "D":
      return { state: "check_designation", limits: ["designated_activities_only"] };
    case "N":
      if (ctx.permission === "comprehensive") {
        const limits: TWorkLimit[] = ["weekly_28_hours", "no_adult_entertainment_business"];
        if (s.longVacationRule) limits.push("long_vacation_8_hours_per_day");
        return { state: "limited", limits };
      }
      if (ctx.permission === "individual")
        return { state: "limited", limits: ["individual_permission_scope"] };
      return { state: "not_authorized", limits: [] };
  }
}

export type WorkPhase =
  | "naturalized"
  | "indefinite"
  | "unknown_expiry"
  | "valid"
  | "graduated"
  | "special_period"
  | "renewed"
  | "overstay";

export function workState(ctx: Ctx): { work: TWork; phase: WorkPhase } {
  const asOf = ctx.asOf;
  if (isNaturalizedBy(ctx, asOf))
    return { work: { state: "authorized", until: null, limits: [] }, phase: "naturalized" };
  const basis = statusBasis(ctx);
  // A graduate may not work, even during a special period or with permission still on the card (R6).
  if (ctx.graduatedOn !== null && ctx.graduatedOn <= asOf) return { work: NONE, phase: "graduated" };
  const withUntil = (until: IsoDate | null): TWork =>
    basis.state === "not_authorized" ? NONE : { state: basis.state, until, limits: [...basis.limits] };
  const expiry = ctx.expiresOn;
  if (ctx.status.indefinitePeriod) return { work: withUntil(null), phase: "indefinite" };
  if (expiry === null) return { work: withUntil(null), phase: "unknown_expiry" };
  if (asOf <= expiry) {
    // A known future graduation ends the basis the day before (conservative; R6).
    const lastDay =
      ctx.graduatedOn !== null && ctx.graduatedOn <= expiry ? dayBefore(ctx.graduatedOn) : expiry;
    return { work: withUntil(lastDay), phase: "valid" };
  }
  const decided = ctx.decidedOn !== null && ctx.decidedOn <= asOf;
  if (hasTimelyApplication(ctx)) {
    // Special period (art. 20(6)): until the decision or the end of 2 months from expiry, whichever first.
    const periodEnd = addMonthsPeriod(expiry, 2);
    const until = ctx.decidedOn !== null && ctx.decidedOn < periodEnd ? ctx.decidedOn : periodEnd;
    if (asOf <= until) {
      const work = withUntil(until);
      return {
        work: work.state === "not_authorized" ? work : { ...work, state: "special_period" },
        phase: "special_period",
      };
    }
    if (decided && ctx.decidedOn !== null && ctx.decidedOn <= periodEnd)
      return { work: withUntil(null), phase: "renewed" };
    return { work: NONE, phase: "overstay" };
  }
  // A decision without a timely application on record: the stay was renewed; the stored expiry is stale.
  if (decided) return { work: withUntil(null), phase: "renewed" };
  return { work: NONE, phase: "overstay" };
}

function dayBefore(iso: IsoDate): IsoDate {
  return addDays(iso, -1);
}
