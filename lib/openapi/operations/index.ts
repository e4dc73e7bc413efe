import type { ApiOperation } from "../operation";
import { confirmDutyOp, getDutyOp, listDutiesOp } from "./duties";
import {
  archiveEmployeeOp,
  createEmployeeOp,
  getEmployeeOp,
  listCardsOp,
  listEmployeesOp,
  recordCardOp,
  updateEmployeeOp,
} from "./employees";
import { evaluateOp } from "./evaluate";
import { recordCompanyEventOp, recordEventOp } from "./events";

/** Every documented /api/v1 operation, in reference order. A route file exports one of these. */
export const OPERATIONS: readonly ApiOperation[] = [
  listEmployeesOp,
  createEmployeeOp,
  getEmployeeOp,
  updateEmployeeOp,
  archiveEmployeeOp,
  listCardsOp,
  recordCardOp,
  recordEventOp,
  recordCompanyEventOp,
  listDutiesOp,
  getDutyOp,
  confirmDutyOp,
  evaluateOp,
] as ApiOperation[];
