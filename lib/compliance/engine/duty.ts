/** Builds one duty from a rule and a trigger: the deadline arithmetic per DeadlineSpec (RULES R0, R11). */
import type { TDuty, TDutyTrigger } from "../contract/result";
import { lastOpenDayOnOrBefore, rollForward } from "../dates/closed-days";
import { addDays, type IsoDate } from "../dates/day-number";
import { lastDayOfNextMonth, tenthOfNextMonth } from "../dates/months";
import { ruleInForce, ruleRef } from "../rules/catalogue";
import type { Bilingual, DutyCode, Rule } from "../rules/types";
import { advise, type Ctx } from "./context";

export type DutyOptions = {
  approximate?: boolean;
  /** A legal uncertainty: raises toConfirm and appends the reason to the explanation. */
  caveat?: Bilingual;
  /** A data gap or fallback (not a legal uncertainty): appended to the explanation only. */
  note?: Bilingual;
};

/**
 * Invariants: dueDate >= nominalDueDate; dueDate differs only for an extended period, and then it is
 * the first open day on or after nominalDueDate; calendar dates and expiries are never moved.
 */
export function makeDuty(
  rule: Rule,
  trigger: TDutyTrigger,
  triggerDate: IsoDate,
  opts: DutyOptions = {},
): TDuty {
  const spec = rule.deadline;
  let nominal: IsoDate;
  let due: IsoDate;
  let informationalRolledDate: IsoDate | undefined;
  switch (spec.kind) {
    case "period_days":
      nominal = addDays(triggerDate, spec.days);
      due = spec.extended ? rollForward(nominal) : nominal;
      break;
    case "tenth_of_next_month":
    case "end_of_next_month":
      nominal =
        spec.kind === "tenth_of_next_month" ? tenthOfNextMonth(triggerDate) : lastDayOfNextMonth(triggerDate);
      due = nominal;
      informationalRolledDate = rollForward(nominal);
      break;
    case "on_trigger_date":
    case "annual_window":
      nominal = triggerDate;
      due = triggerDate;
      break;
  }
  const duty: TDuty = {
    code: rule.duty as DutyCode,
    trigger,
    triggerDate,
    owner: rule.owner,
    nominalDueDate: nominal,
    dueDate: due,
    bestEffort: rule.bestEffort,
    approximate: opts.approximate ?? false,
    basis: rule.basis,
    source: rule.source,
    rule: ruleRef(rule),
    confidence: rule.confidence,
    toConfirm: rule.toConfirm || opts.caveat !== undefined,
    explanation: explain(rule.explanation, opts.caveat, opts.note),
  };
  if (informationalRolledDate !== undefined) duty.informationalRolledDate = informationalRolledDate;
  return duty;
}

/** Adds the last-open-day hint used for expiries that are never extended. */
export function withLastOpenDay(duty: TDuty): TDuty {
  duty.lastOpenDayOnOrBefore = lastOpenDayOnOrBefore(duty.dueDate);
  return duty;
}

/**
 * The duty under the version of `ruleId` in force on the trigger date. A trigger that no version
 * governs yields no duty and an advisory, rather than a guess.
 */
export function dutyFrom(
  ctx: Ctx,
  ruleId: string,
  trigger: TDutyTrigger,
  triggerDate: IsoDate,
  opts: DutyOptions = {},
): TDuty | null {
  const rule = ruleInForce(ruleId, triggerDate);
  if (rule) return makeDuty(rule, trigger, triggerDate, opts);
  advise(ctx, {
    code: "no_rule_in_force",
    severity: "warning",
    date: triggerDate,
    toConfirm: true,
    message: {
      ja: `${triggerDate} 時点で有効な規則（${ruleId}）がないため、義務を計算していません。`,
      en: `No version of rule ${ruleId} is in force on ${triggerDate}, so no duty was computed.`,
    },
  });
  return null;
}

function explain(base: Bilingual, ...extra: (Bilingual | undefined)[]): Bilingual {
  let { ja, en } = base;
  for (const x of extra) {
    if (!x) continue;
    ja = `${ja} ${x.ja}`;
    en = `${en} ${x.en}`;
  }
  return { ja, en };
}
