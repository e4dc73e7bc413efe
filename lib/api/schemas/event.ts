import { z } from "zod";
import { zDate } from "./common";
import { ZApiDuty } from "./duty";

export const ZApiEvent = z.strictObject({
  id: z.uuid(),
  employeeId: z.uuid(),
  type: z.string(),
  date: zDate,
});

export const ZRecordEventResponse = z.strictObject({
  event: ZApiEvent,
  duties: z
    .array(ZApiDuty)
    .meta({ description: "The duties this event started, computed in the same transaction" }),
});
export type TRecordEventResponse = z.output<typeof ZRecordEventResponse>;

export const ZRecordCompanyEventResponse = z.strictObject({
  companyEvent: z.strictObject({ id: z.uuid(), type: z.string(), date: zDate }),
  employeesAffected: z
    .number()
    .int()
    .meta({ description: "Employees on the books that day (one event each)" }),
  dutiesCreated: z.number().int().meta({
    description: "Duties the engine started for them (e.g. a 19-16 notice only where the status needs one)",
  }),
});
export type TRecordCompanyEventResponse = z.output<typeof ZRecordCompanyEventResponse>;
