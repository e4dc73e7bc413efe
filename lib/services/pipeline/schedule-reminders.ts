import { addDays, type DutyCode } from "@/lib/compliance";
import type { TLadderSettings } from "./company-settings";

export const RENEWAL_CODES: ReadonlySet<string> = new Set<DutyCode>([
  "period_of_stay_renewal",
  "card_validity_renewal",
]);

export type LadderDuty = {
  id: string;
  employeeId: string;
  code: string;
  owner: "employee" | "employer";
  dueDate: string;
};
export type ReminderRow = {
  dutyId: string;
  employeeId: string;
  recipientType: "employee" | "hr";
  kind: "created" | "before";
  sendOn: string;
  dedupeKey: string;
};

/** Which ladder a duty climbs: renewals, the employee's own 14-day duties, or the employer's. */
export function ladderOf(duty: Pick<LadderDuty, "code" | "owner">): "renewal" | "employee" | "employer" {
  if (RENEWAL_CODES.has(duty.code)) return "renewal";
  return duty.owner === "employee" ? "employee" : "employer";
}

/**
 * The reminder rows a new or re-dated duty gets (the outbox part written in the caller's transaction).
 * Steps already in the past are not written: the overdue and expired alerts are the sweep's, day by day.
 * The "created" notice has no date in its key, so a duty is announced once even if it is re-dated.
 * Employees without an email address get HR's rows only.
 */
export function reminderRows(
  duty: LadderDuty,
  ladders: TLadderSettings,
  today: string,
  hasEmployeeEmail: boolean,
): ReminderRow[] {
  const rows: ReminderRow[] = [];
  const add = (
    recipientType: ReminderRow["recipientType"],
    kind: ReminderRow["kind"],
    sendOn: string,
    step: string,
  ) => {
    if (recipientType === "employee" && !hasEmployeeEmail) return;
    const key =
      kind === "created"
        ? `d:${duty.id}:created:${recipientType}`
        : `d:${duty.id}:before${step}:${recipientType}:${sendOn}`;
    rows.push({ dutyId: duty.id, employeeId: duty.employeeId, recipientType, kind, sendOn, dedupeKey: key });
  };
  const steps = (days: readonly number[], recipients: readonly ReminderRow["recipientType"][]) => {
    for (const n of days) {
      const sendOn = addDays(duty.dueDate, -n);
      if (sendOn < today) continue;
      for (const r of recipients) add(r, "before", sendOn, String(n));
    }
  };
  switch (ladderOf(duty)) {
    case "employee":
      add("employee", "created", today, "");
      steps(ladders.employeeDaysBefore, ["employee"]);
      break;
    case "renewal": {
      // Registered inside the window (or after a missed step): say so now rather than at the next step.
      const first = Math.max(0, ...ladders.renewalDaysBefore);
      if (addDays(duty.dueDate, -first) < today)
        for (const r of ["employee", "hr"] as const) add(r, "created", today, "");
      steps(ladders.renewalDaysBefore, ["employee", "hr"]);
      break;
    }
    case "employer":
      steps(ladders.employerDaysBefore, ["hr"]);
      break;
  }
  return rows;
}
