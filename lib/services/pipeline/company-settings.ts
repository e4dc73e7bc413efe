import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { companies } from "@/db/schema";

const zDays = (max: number) =>
  z
    .array(
      z
        .number({ message: "invalid_type" })
        .int({ message: "invalid_type" })
        .min(0, { message: "invalid_choice" })
        .max(max, { message: "invalid_choice" }),
      { message: "invalid_type" },
    )
    .max(12, { message: "max_length:12" })
    .transform((days) => [...new Set(days)].sort((a, b) => b - a));

/**
 * Reminder ladders (companies.settings.notifications), HR-editable. The defaults are the product's
 * promise (issue 4); a company may add or remove steps but the overdue/expired alerts cannot be
 * switched off here: only muting one duty (with a logged reason) silences it.
 */
export const ZLadderSettings = z.strictObject({
  /** 14-day duties the employee files: days before the due date (0 = on the day), to the employee. */
  employeeDaysBefore: zDays(60).default([7, 2, 0]),
  /** Weekdays overdue before the owner is told as well. */
  escalateAfterDays: z
    .number({ message: "invalid_type" })
    .int({ message: "invalid_type" })
    .min(1, { message: "invalid_choice" })
    .max(30, { message: "invalid_choice" })
    .default(3),
  /** Period-of-stay and card renewals: days before expiry, to the employee and HR. */
  renewalDaysBefore: zDays(180).default([120, 90, 60, 30, 14, 7, 1]),
  /** Hello Work and other employer duties: days before the due date, to HR. */
  employerDaysBefore: zDays(60).default([7, 2, 0]),
});
export type TLadderSettings = z.infer<typeof ZLadderSettings>;

export const DEFAULT_LADDERS: TLadderSettings = ZLadderSettings.parse({});

/** Reads the company's ladders; anything unreadable falls back to the defaults (never to silence). */
export function laddersFrom(settings: Record<string, unknown> | null | undefined): TLadderSettings {
  const parsed = ZLadderSettings.safeParse(
    (settings as { notifications?: unknown } | null)?.notifications ?? {},
  );
  return parsed.success ? parsed.data : DEFAULT_LADDERS;
}

export async function loadLadders(tx: Tx, companyId: string): Promise<TLadderSettings> {
  const [row] = await tx
    .select({ settings: companies.settings })
    .from(companies)
    .where(eq(companies.id, companyId));
  return laddersFrom(row?.settings);
}
