/**
 * Leaving Japan and coming back (RULES R5.9, R5.10; scenarios 49, 50).
 * - Deemed re-entry permit (みなし再入国許可): return within 1 year of departure (2 years for special
 *   permanent residents), or by the status expiry if earlier; it cannot be extended abroad.
 * - Re-entry permit (再入国許可): up to 5 years (6 for special permanent residents), or the status
 *   expiry if earlier. Counted here from the departure day (the permit is granted before it).
 */
import { type IsoDate, minDate } from "../dates/day-number";
import { addMonthsPeriod } from "../dates/months";
import type { StatusCode } from "../statuses";

export type ReentryInput = {
  status: StatusCode;
  departedOn: IsoDate;
  /** null where the period of stay is indefinite. */
  periodOfStayExpiresOn: IsoDate | null;
};

function capByStay(date: IsoDate, expiry: IsoDate | null): IsoDate {
  return expiry === null ? date : minDate(date, expiry);
}

/** Last day to re-enter on a deemed re-entry permit: 2026-06-01 with expiry 2027-03-31 → 2027-03-31. */
export function deemedReentryReturnBy(input: ReentryInput): IsoDate {
  const months = input.status === "special_permanent_resident" ? 24 : 12;
  return capByStay(addMonthsPeriod(input.departedOn, months), input.periodOfStayExpiresOn);
}

export type ReentryPlan = {
  deemedReturnBy: IsoDate;
  deemedPermitSuffices: boolean;
  /** Latest return a full re-entry permit could allow. */
  reentryPermitReturnBy: IsoDate;
  reentryPermitSuffices: boolean;
  /** Whether the residence card is still valid on the planned return (null when unknown). */
  cardValidOnReturn: boolean | null;
};

/** Scenario 50: a permanent resident abroad 18 months from 2026-07-15 needs a re-entry permit. */
export function reentryPlan(
  input: ReentryInput & { plannedReturnOn: IsoDate; cardExpiresOn?: IsoDate | null },
): ReentryPlan {
  const deemedReturnBy = deemedReentryReturnBy(input);
  const years = input.status === "special_permanent_resident" ? 6 : 5;
  const reentryPermitReturnBy = capByStay(
    addMonthsPeriod(input.departedOn, years * 12),
    input.periodOfStayExpiresOn,
  );
  const card = input.cardExpiresOn ?? null;
  return {
    deemedReturnBy,
    deemedPermitSuffices: input.plannedReturnOn <= deemedReturnBy,
    reentryPermitReturnBy,
    reentryPermitSuffices: input.plannedReturnOn <= reentryPermitReturnBy,
    cardValidOnReturn: card === null ? null : input.plannedReturnOn <= card,
  };
}
