import { z } from "zod";
import { zIsoDate } from "./common";

/** Hours worked on one day: 0–24 in steps of at most two decimals (the column is numeric(4,2)). */
export const zHours = z.coerce
  .number({ message: "hours_range" })
  .min(0, { message: "hours_range" })
  .max(24, { message: "hours_range" })
  .refine((h) => Math.round(h * 100) === h * 100, { message: "hours_range" });

export const ZShiftRow = z.strictObject({
  employeeNumber: z.string().trim().min(1, { message: "required" }).max(50),
  date: zIsoDate,
  hours: zHours,
});

/** A school's long vacation (students only): both days inclusive, the end not before the start. */
export const ZLongVacation = z
  .strictObject({ startsOn: zIsoDate, endsOn: zIsoDate })
  .refine((v) => v.endsOn >= v.startsOn, { path: ["endsOn"], message: "range_order" });
export type TLongVacation = z.infer<typeof ZLongVacation>;

/** Shift CSV headers: employee number, date, hours (Japanese or English). */
export const SHIFT_HEADERS: Record<string, "employeeNumber" | "date" | "hours"> = {
  社員番号: "employeeNumber",
  従業員番号: "employeeNumber",
  employeenumber: "employeeNumber",
  日付: "date",
  勤務日: "date",
  date: "date",
  時間: "hours",
  勤務時間: "hours",
  労働時間: "hours",
  hours: "hours",
};
