/**
 * Residence card validity by age (ICRRA art. 19-5; RULES R8) and its renewal window (art. 19-11; R5.8).
 *
 * - 永住者 and 高度専門職2号 aged 16+ at issue: 7 years counted from the issue day (起算して7年を経過する日,
 *   i.e. the day before the 7th anniversary; the exact-day reading is M, so it is flagged).
 * - Other statuses aged 16+: the expiry of the period of stay.
 * - Under 16 at issue, cards issued on or after 2023-11-01: the day before the 16th birthday (永住者,
 *   高度専門職2号), else the earlier of that day and the stay expiry. Older cards: the 16th birthday itself.
 * Renewal window: 2 months before expiry, or 6 months when the card expires because of age 16.
 */
import { addDays, type IsoDate, minDate } from "../dates/day-number";
import { addMonthsPeriod, anniversary, subtractMonthsClamped } from "../dates/months";
import type { StatusCode } from "../statuses";

export type CardValidityReason = "seven_years" | "period_of_stay" | "before_16th_birthday" | "16th_birthday";

export type CardValidity = {
  expiresOn: IsoDate | null;
  reason: CardValidityReason;
  /** Months before expiry when the card's own validity renewal opens; null when renewed with the status. */
  renewalWindowMonths: 2 | 6 | null;
  toConfirm: boolean;
};

/** Cards issued from this day to under-16s end the day before the 16th birthday (R8, M). */
export const UNDER_16_RULE_CHANGE = "2023-11-01";

const SEVEN_YEAR_STATUSES = new Set<StatusCode>(["permanent_resident", "hsp_2"]);

export function hasSevenYearCard(status: StatusCode): boolean {
  return SEVEN_YEAR_STATUSES.has(status);
}

export function cardValidity(input: {
  status: StatusCode;
  dateOfBirth: IsoDate;
  issuedOn: IsoDate;
  periodOfStayExpiresOn: IsoDate | null;
}): CardValidity {
  const sixteenth = anniversary(input.dateOfBirth, 16);
  const sevenYear = hasSevenYearCard(input.status);
  const stay = input.periodOfStayExpiresOn;
  if (input.issuedOn >= sixteenth) {
    if (sevenYear) {
      // Counting the issue day itself: the period "event" is the day before issue (Civil Code 143).
      return {
        expiresOn: addMonthsPeriod(addDays(input.issuedOn, -1), 84),
        reason: "seven_years",
        renewalWindowMonths: 2,
        toConfirm: true,
      };
    }
    return { expiresOn: stay, reason: "period_of_stay", renewalWindowMonths: null, toConfirm: false };
  }
  const isNewRule = input.issuedOn >= UNDER_16_RULE_CHANGE;
  const ageLimit = isNewRule ? addDays(sixteenth, -1) : sixteenth;
  const reason: CardValidityReason = isNewRule ? "before_16th_birthday" : "16th_birthday";
  if (sevenYear || stay === null || ageLimit <= stay) {
    return { expiresOn: ageLimit, reason, renewalWindowMonths: 6, toConfirm: isNewRule };
  }
  return {
    expiresOn: minDate(stay, ageLimit),
    reason: "period_of_stay",
    renewalWindowMonths: null,
    toConfirm: false,
  };
}

/**
 * Whether a card expiring on `cardExpiresOn` needs its own validity renewal, and from when.
 * Age-16 expiry (on or before the 16th birthday) → 6 months; 7-year cards (16+) → 2 months.
 */
export function cardRenewalWindow(input: {
  status: StatusCode;
  dateOfBirth: IsoDate | null;
  cardExpiresOn: IsoDate;
  periodOfStayExpiresOn: IsoDate | null;
}): { opensOn: IsoDate; months: 2 | 6; ageKnown: boolean } | null {
  const { status, dateOfBirth, cardExpiresOn } = input;
  if (dateOfBirth !== null && cardExpiresOn <= anniversary(dateOfBirth, 16)) {
    // Under-16 card: renewed separately unless the stay itself ends first.
    const stay = input.periodOfStayExpiresOn;
    if (!hasSevenYearCard(status) && stay !== null && stay <= cardExpiresOn) return null;
    return { opensOn: subtractMonthsClamped(cardExpiresOn, 6), months: 6, ageKnown: true };
  }
  if (!hasSevenYearCard(status)) return null;
  return { opensOn: subtractMonthsClamped(cardExpiresOn, 2), months: 2, ageKnown: dateOfBirth !== null };
}
