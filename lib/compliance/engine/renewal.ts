/** Period-of-stay renewal: the window and the duty (RULES R4; scenarios 25, 26, 31, 32). */
import { cardRenewalWindow } from "../card/card-validity";
import type { TDuty, TRenewal } from "../contract/result";
import { lastOpenDayOnOrBefore } from "../dates/closed-days";
import type { IsoDate } from "../dates/day-number";
import { subtractMonthsClamped } from "../dates/months";
import { advise, type Ctx, isNaturalizedBy } from "./context";
import { dutyFrom, withLastOpenDay } from "./duty";

/**
 * Window opens about 3 months before expiry (same day of month, clamped; approximate ISA practice);
 * the expiry itself is never extended, so the last open day on or before it is the practical deadline.
 */
export function renewalWindow(expiresOn: IsoDate): NonNullable<TRenewal> {
  return {
    expiresOn,
    windowOpensOn: subtractMonthsClamped(expiresOn, 3),
    lastOpenDayOnOrBefore: lastOpenDayOnOrBefore(expiresOn),
  };
}

/** True when an application was accepted on or before expiry (the condition for the special period). */
export function hasTimelyApplication(ctx: Ctx): boolean {
  return ctx.expiresOn !== null && ctx.appliedOn !== null && ctx.appliedOn <= ctx.expiresOn;
}

/** A status duty whose due date lies after naturalisation (or any, once naturalised) is moot. */
function mootByNaturalisation(ctx: Ctx, due: IsoDate): boolean {
  return ctx.naturalizedOn !== null && (isNaturalizedBy(ctx, ctx.asOf) || due > ctx.naturalizedOn);
}

/** Listed while no application is recorded on or before expiry and no decision is recorded. */
export function renewalDuty(ctx: Ctx): TDuty | null {
  const expiry = ctx.expiresOn;
  if (expiry === null || hasTimelyApplication(ctx) || ctx.decidedOn !== null) return null;
  if (mootByNaturalisation(ctx, expiry)) return null;
  const duty = dutyFrom(ctx, "period-of-stay-renewal", "period_of_stay", expiry);
  if (!duty) return null;
  duty.windowOpensOn = subtractMonthsClamped(expiry, 3);
  withLastOpenDay(duty);
  if (duty.lastOpenDayOnOrBefore !== expiry) {
    advise(ctx, {
      code: "expiry_on_closed_day",
      severity: "warning",
      date: duty.lastOpenDayOnOrBefore ?? expiry,
      toConfirm: false,
      message: {
        ja: `在留期間の満了日（${expiry}）は閉庁日です。翌開庁日の申請が受理されるとの実務情報もありますが、これに頼らず ${duty.lastOpenDayOnOrBefore} までに申請してください。`,
        en: `The expiry date (${expiry}) is a closed day. Some practitioners report next-open-day filings are accepted; do not rely on it — file by ${duty.lastOpenDayOnOrBefore}.`,
      },
    });
  }
  return duty;
}

/** Card validity renewal (7-year cards of 永住者 / 高度専門職2号 aged 16+, and cards ending at age 16). */
export function cardDuty(ctx: Ctx): TDuty | null {
  const expiry = ctx.cardExpiresOn;
  if (expiry === null || !ctx.status.card) return null;
  if (mootByNaturalisation(ctx, expiry)) return null;
  const window = cardRenewalWindow({
    status: ctx.status.code,
    dateOfBirth: ctx.dateOfBirth,
    cardExpiresOn: expiry,
    periodOfStayExpiresOn: ctx.expiresOn,
  });
  if (!window) return null;
  const caveat = window.ageKnown
    ? undefined
    : {
        ja: "生年月日が未入力のため16歳以上として扱っています。",
        en: "The date of birth is missing, so the holder is assumed to be 16 or older.",
      };
  const duty = dutyFrom(ctx, "card-validity-renewal", "card_validity", expiry, caveat ? { caveat } : {});
  if (!duty) return null;
  duty.windowOpensOn = window.opensOn;
  return withLastOpenDay(duty);
}
