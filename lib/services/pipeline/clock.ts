import { todayInJapan } from "@/lib/i18n/format";

/** Tests pass a date to stand in for "today in Japan"; production code passes nothing. */
export type Clock = { today?: string };

export const today = (clock?: Clock): string => clock?.today ?? todayInJapan();
