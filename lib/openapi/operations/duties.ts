import { pageOf } from "@/lib/api/schemas/common";
import { ZApiDuty, ZConfirmDutyRequest, ZListDutiesQuery } from "@/lib/api/schemas/duty";
import { defineOperation } from "../operation";
import { EXAMPLE_CONFIRMATION } from "./examples";

export const listDutiesOp = defineOperation({
  id: "listDuties",
  method: "GET",
  path: "/duties",
  tag: "Duties",
  summary: "List duties",
  description:
    "Ordered by due date. Filter by employee, status, code and due-date range; follow `nextCursor` until it is null.",
  scope: "read",
  query: ZListDutiesQuery,
  responses: { 200: { description: "A page of duties", schema: pageOf(ZApiDuty) } },
});

export const getDutyOp = defineOperation({
  id: "getDuty",
  method: "GET",
  path: "/duties/{id}",
  tag: "Duties",
  summary: "Get one duty",
  scope: "read",
  params: { id: "Duty id" },
  responses: { 200: { description: "The duty", schema: ZApiDuty } },
  errors: [404],
});

export const confirmDutyOp = defineOperation({
  id: "confirmDuty",
  method: "POST",
  path: "/duties/{id}/confirm",
  tag: "Duties",
  summary: "Confirm that a duty was done (closes it)",
  description:
    "Records an accepted confirmation, closes the duty, stops its reminders and emits `duty.confirmed`. A closed or cancelled duty answers 409.",
  scope: "write",
  params: { id: "Duty id" },
  body: { schema: ZConfirmDutyRequest, example: EXAMPLE_CONFIRMATION },
  responses: { 200: { description: "The closed duty", schema: ZApiDuty } },
  errors: [404, 409],
});
