import { addMonthsClamped, endOfMonth } from "@/lib/compliance";

/** The default period: from the first day of last month to the end of this month (reports due now). */
export function defaultPeriod(today: string): { from: string; to: string } {
  const lastMonth = addMonthsClamped(today, -1);
  return { from: `${lastMonth.slice(0, 7)}-01`, to: endOfMonth(today) };
}
