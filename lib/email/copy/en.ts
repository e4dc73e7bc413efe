import type { EmployeeEmailCopy } from "./types";

export const EN: EmployeeEmailCopy = {
  subject: {
    created: "Action needed: {title}",
    reminder: "{days} days left: {title}",
    tomorrow: "Due tomorrow: {title}",
    today: "Due today: {title}",
    overdue: "Overdue: {title}",
  },
  greeting: "Dear {name},",
  lead: {
    created: "{company} asks you to complete a procedure. The deadline is {date}.",
    reminder: "The deadline is {date}, {days} days from now. If you have not done it yet, please do it soon.",
    tomorrow: "Tomorrow, {date}, is the deadline. If you have not done it yet, please do it now.",
    today: "Today, {date}, is the deadline. If you have not done it yet, please do it today.",
    overdue: "The deadline ({date}) has passed. Please do it as soon as possible and tell your company.",
  },
  deadline: "Deadline",
  whatToDo: "What to do",
  prepare: "What to have ready",
  where: "Where to file",
  online: "File online (ISA electronic notification system, 電子届出システム):",
  procedure: "Official page for this procedure:",
  office: "Immigration office (地方出入国在留管理局):",
  toConfirm: "This point of law is not fully settled. Please check with the office.",
  button: "Tell my company I have done it",
  buttonHint: "This link is for you only and works for 30 days. Please do not forward this email.",
  footer:
    "{company} sent you this email through Zairyu. Deadlines are worked out from public sources; this is not legal advice. If anything is unclear, ask your HR contact.",
};
