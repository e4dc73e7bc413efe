import { z } from "zod";
import { pageOf } from "@/lib/api/schemas/common";
import { ZApiCard, ZApiEmployee, ZListEmployeesApiQuery } from "@/lib/api/schemas/employee";
import { ZCardInput, ZCreateEmployeeRequest, ZUpdateEmployeeRequest } from "@/lib/validation/employee";
import { defineOperation } from "../operation";
import { EXAMPLE_EMPLOYEE } from "./examples";

const EMPLOYEE_ID = { id: "Employee id" } as const;

/** PATCH documents every editable field as optional: the stored values fill in what is not sent. */
export const ZPatchEmployeeRequest = z.strictObject(ZUpdateEmployeeRequest.shape).partial();

export const listEmployeesOp = defineOperation({
  id: "listEmployees",
  method: "GET",
  path: "/employees",
  tag: "Employees",
  summary: "List employees",
  description: "In creation order, with their current residence card. Follow `nextCursor` until it is null.",
  scope: "read",
  query: ZListEmployeesApiQuery,
  responses: { 200: { description: "A page of employees", schema: pageOf(ZApiEmployee) } },
});

export const createEmployeeOp = defineOperation({
  id: "createEmployee",
  method: "POST",
  path: "/employees",
  tag: "Employees",
  summary: "Register an employee with their current residence card",
  scope: "write",
  body: { schema: ZCreateEmployeeRequest, example: EXAMPLE_EMPLOYEE },
  responses: { 201: { description: "The employee as stored", schema: ZApiEmployee } },
});

export const getEmployeeOp = defineOperation({
  id: "getEmployee",
  method: "GET",
  path: "/employees/{id}",
  tag: "Employees",
  summary: "Get one employee",
  scope: "read",
  params: EMPLOYEE_ID,
  responses: { 200: { description: "The employee", schema: ZApiEmployee } },
  errors: [404],
});

export const updateEmployeeOp = defineOperation({
  id: "updateEmployee",
  method: "PATCH",
  path: "/employees/{id}",
  tag: "Employees",
  summary: "Change an employee's own facts",
  description:
    "Send only the fields to change; `null` clears an optional date or the workplace. A new residence card is recorded with `POST /employees/{id}/cards`.",
  scope: "write",
  params: EMPLOYEE_ID,
  body: { schema: ZPatchEmployeeRequest, example: { department: "Engineering", employmentEndedOn: null } },
  responses: { 200: { description: "The employee after the change", schema: ZApiEmployee } },
  errors: [404],
});

export const archiveEmployeeOp = defineOperation({
  id: "archiveEmployee",
  method: "POST",
  path: "/employees/{id}/archive",
  tag: "Employees",
  summary: "Archive an employee",
  description:
    "Hides the employee from working lists; their records stay for the retention period. Archiving an archived employee answers 404.",
  scope: "write",
  params: EMPLOYEE_ID,
  responses: { 200: { description: "The archived employee", schema: ZApiEmployee } },
  errors: [404],
});

export const listCardsOp = defineOperation({
  id: "listCards",
  method: "GET",
  path: "/employees/{id}/cards",
  tag: "Residence cards",
  summary: "Every residence card the employee has held, newest first",
  scope: "read",
  params: EMPLOYEE_ID,
  responses: {
    200: { description: "The card history", schema: z.strictObject({ data: z.array(ZApiCard) }) },
  },
  errors: [404],
});

export const recordCardOp = defineOperation({
  id: "recordCard",
  method: "POST",
  path: "/employees/{id}/cards",
  tag: "Residence cards",
  summary: "Record a new residence card (after a renewal or change of status)",
  description:
    "The new card becomes current; the previous one stays readable as history. Duties are recomputed.",
  scope: "write",
  params: EMPLOYEE_ID,
  body: {
    schema: ZCardInput,
    example: {
      statusCode: "engineer_specialist",
      periodOfStayExpiresOn: "2030-09-30",
      cardNumber: "AB98765432CD",
    },
  },
  responses: { 201: { description: "The new current card", schema: ZApiCard } },
  errors: [404],
});
