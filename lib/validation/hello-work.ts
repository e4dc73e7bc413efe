import { z } from "zod";
import { zIsoDate } from "./common";

/** A reporting period: both days inclusive, at most a year (the helper is for the months at hand). */
export const ZHelloWorkPeriod = z
  .strictObject({ from: zIsoDate, to: zIsoDate })
  .refine((p) => p.to >= p.from, { path: ["to"], message: "range_order" })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 366 * 86_400_000, {
    path: ["to"],
    message: "range_too_long",
  });
export type THelloWorkPeriod = z.infer<typeof ZHelloWorkPeriod>;
