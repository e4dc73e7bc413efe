/** Duties from events in the resident's own life: spouse, card, address, birth, nationality, school. */
import type { TDuty } from "../contract/result";
import type { TEvent } from "../contract/schema";
import { addDays } from "../dates/day-number";
import { addMonthsPeriod } from "../dates/months";
import { advise, type Ctx } from "./context";
import { dutyFrom } from "./duty";
import { owesSpouseNotice } from "./notify-category";

export function personalDuties(ctx: Ctx, e: TEvent, out: TDuty[]): void {
  const push = (d: TDuty | null) => {
    if (d) out.push(d);
  };
  const hasCard = ctx.status.card;
  switch (e.type) {
    case "divorced":
    case "spouse_died":
      if (!owesSpouseNotice(ctx)) return;
      push(dutyFrom(ctx, "isa-19-16-spouse", e.type, e.date));
      spouseLapseAdvisory(ctx, e.date);
      return;
    case "card_lost":
    case "reentered_japan":
      if (hasCard) push(dutyFrom(ctx, "card-reissue", e.type, e.date));
      return;
    case "moved_house":
      if (hasCard) push(dutyFrom(ctx, "address-notification", e.type, e.date));
      return;
    case "naturalized":
      if (hasCard) push(dutyFrom(ctx, "card-return", e.type, e.date));
      return;
    case "child_born": {
      // 特別永住者's children acquire that status through the municipality under a separate law.
      if (ctx.status.code === "special_permanent_resident") return;
      const duty = dutyFrom(ctx, "child-status-acquisition", e.type, e.date);
      // The 60-day lawful-stay limit is not a filing deadline: never extended (R5.3, R11).
      if (duty) duty.stayLimitDate = addDays(e.date, 60);
      push(duty);
      return;
    }
    case "graduated":
      // Leaving the school is 離脱 from the 留学 activity organisation (19-16 item 1).
      if (ctx.status.code === "student") push(dutyFrom(ctx, "isa-19-16-activity", e.type, e.date));
      return;
    default:
      return;
  }
}

/** Art. 22-4 cancellation risk after losing the spouse basis (R1 engine notes; scenarios 15, 16). */
function spouseLapseAdvisory(ctx: Ctx, date: string): void {
  const isDependent = ctx.status.code === "dependent";
  const months = isDependent ? 3 : 6;
  const riskFrom = addMonthsPeriod(date, months);
  advise(ctx, {
    code: "spouse_basis_lapse_risk",
    severity: "warning",
    date: riskFrom,
    toConfirm: false,
    message: {
      ja: `配偶者としての活動を${months}か月以上行わないと在留資格取消しの対象となり得ます（${riskFrom}頃から）。定住者等への在留資格変更を早めに検討してください。${isDependent ? "資格外活動許可の前提が続いているかも確認してください。" : ""}`,
      en: `Not living as a spouse for ${months} months can lead to cancellation of status (risk from about ${riskFrom}). Consider a change of status (e.g. 定住者) before then.${isDependent ? " Re-check that the basis for the 資格外活動 permission still holds." : ""}`,
    },
  });
}
