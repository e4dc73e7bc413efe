import { ZRecordCompanyEventResponse, ZRecordEventResponse } from "@/lib/api/schemas/event";
import { ZRecordCompanyEventRequest, ZRecordEventRequest } from "@/lib/services/pipeline/event-schemas";
import { defineOperation } from "../operation";
import { EXAMPLE_COMPANY_EVENT, EXAMPLE_EVENT } from "./examples";

export const recordEventOp = defineOperation({
  id: "recordEvent",
  method: "POST",
  path: "/employees/{id}/events",
  tag: "Events",
  summary: "Record what happened to an employee",
  description:
    "Employment started or ended, divorce, a spouse's death, a lost card, a move, a birth, graduation, naturalisation, a renewal application (`renewal_applied` with its channel) or decision (`renewal_decided` with the new card). The duties are computed and stored in the same transaction and returned.",
  scope: "write",
  params: { id: "Employee id" },
  body: { schema: ZRecordEventRequest, example: EXAMPLE_EVENT },
  responses: { 201: { description: "The event and the duties it started", schema: ZRecordEventResponse } },
  errors: [404, 409],
});

export const recordCompanyEventOp = defineOperation({
  id: "recordCompanyEvent",
  method: "POST",
  path: "/company-events",
  tag: "Events",
  summary: "Record a company name change, head-office move or dissolution",
  description:
    "Fans out to every employee on the books that day; each gets the duty their status needs (a 19-16 notice for contract-organisation statuses, none for others).",
  scope: "write",
  body: { schema: ZRecordCompanyEventRequest, example: EXAMPLE_COMPANY_EVENT },
  responses: {
    201: { description: "What was recorded and how far it reached", schema: ZRecordCompanyEventResponse },
  },
});
