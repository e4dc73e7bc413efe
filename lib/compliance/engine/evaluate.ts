/**
 * evaluate(case) → duties, work state, renewal window and advisories (EVALUATE.md).
 * Pure and synchronous: no I/O, no clock, no zod. The input must already satisfy ZEvaluateCase
 * (use evaluateRequest for untrusted input).
 */
import type { TDuty, TEvaluateResult } from "../contract/result";
import type { TEvaluateCase } from "../contract/schema";
import { phaseAdvisories, statusAdvisories } from "./advisories";
import { isNaturalizedBy, makeCtx } from "./context";
import { employmentDuties } from "./employment-duties";
import { personalDuties } from "./personal-duties";
import { cardDuty, renewalDuty, renewalWindow } from "./renewal";
import { workState } from "./work-state";

export function evaluate(input: TEvaluateCase): TEvaluateResult {
  const ctx = makeCtx(input);
  const duties: TDuty[] = [];
  for (const e of ctx.events) {
    // From the day after naturalisation the person is a Japanese national: nothing further applies.
    if (ctx.naturalizedOn !== null && e.date > ctx.naturalizedOn) continue;
    switch (e.type) {
      case "employment_started":
      case "employment_ended":
      case "org_name_changed":
      case "org_address_changed":
      case "org_dissolved":
        employmentDuties(ctx, e, duties);
        break;
      default:
        personalDuties(ctx, e, duties);
    }
  }
  const renewal = renewalDuty(ctx);
  if (renewal) duties.push(renewal);
  const card = cardDuty(ctx);
  if (card) duties.push(card);

  const { work, phase } = workState(ctx);
  phaseAdvisories(ctx, phase, work);
  const unique = dedupe(duties);
  statusAdvisories(ctx, unique);

  const hasPeriod = ctx.expiresOn !== null && !ctx.status.indefinitePeriod && !isNaturalizedBy(ctx, ctx.asOf);
  return {
    duties: unique,
    work,
    renewal: hasPeriod && ctx.expiresOn !== null ? renewalWindow(ctx.expiresOn) : null,
    advisories: ctx.advisories,
  };
}

/** The same event recorded twice must not double a duty. */
function dedupe(duties: TDuty[]): TDuty[] {
  if (duties.length < 2) return duties;
  const seen = new Set<string>();
  return duties.filter((d) => {
    const key = `${d.code}|${d.trigger}|${d.triggerDate}|${d.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
