/**
 * The chrome of employee emails in one language: subject lines, greeting, labels, the button and the
 * footer. Duty wording itself comes from lib/i18n/employee (dutyText). Placeholders: {title} the duty,
 * {name} the employee, {company} the employer, {date} the deadline, {days} a number of days.
 * Japanese legal terms stay in parentheses so the reader can match them with official pages.
 */
export type EmployeeEmailCopy = {
  subject: { created: string; reminder: string; tomorrow: string; today: string; overdue: string };
  greeting: string;
  lead: { created: string; reminder: string; tomorrow: string; today: string; overdue: string };
  deadline: string;
  whatToDo: string;
  prepare: string;
  where: string;
  online: string;
  procedure: string;
  office: string;
  toConfirm: string;
  button: string;
  buttonHint: string;
  footer: string;
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
