import { AlertTriangle, CheckCircle2, Clock, Hourglass } from "lucide-react";
import { daysBetween } from "@/lib/compliance";
import { fillCopy, type PageCopy } from "@/lib/i18n/employee/page";
import { formatDate } from "@/lib/i18n/format";
import type { EmployeeLanguage } from "@/lib/i18n/languages";

export type DeadlineRisk = "overdue" | "today" | "soon" | "ok" | "waiting";

/** Seven days or fewer left is "soon": the last step of the employee reminder ladder starts there. */
export function deadlineRisk(
  today: string,
  dueDate: string,
  isWaiting: boolean,
): { risk: DeadlineRisk; days: number } {
  const days = daysBetween(today, dueDate);
  if (isWaiting) return { risk: "waiting", days };
  return { risk: days < 0 ? "overdue" : days === 0 ? "today" : days <= 7 ? "soon" : "ok", days };
}

const STYLE: Record<DeadlineRisk, { box: string; Icon: typeof Clock }> = {
  overdue: { box: "border-red-700 bg-red-50 text-red-900", Icon: AlertTriangle },
  today: { box: "border-red-700 bg-red-50 text-red-900", Icon: AlertTriangle },
  soon: { box: "border-amber-600 bg-amber-50 text-amber-950", Icon: Clock },
  ok: { box: "border-gray-300 bg-gray-50 text-gray-900", Icon: Hourglass },
  waiting: { box: "border-blue-700 bg-blue-50 text-blue-950", Icon: CheckCircle2 },
};

/** The deadline in large type, with its state in words and an icon as well as colour. */
export function Deadline(props: {
  dueDate: string;
  today: string;
  isWaiting: boolean;
  language: EmployeeLanguage;
  copy: PageCopy;
}) {
  const { risk, days } = deadlineRisk(props.today, props.dueDate, props.isWaiting);
  const { box, Icon } = STYLE[risk];
  const words =
    risk === "waiting"
      ? props.copy.duty.waiting
      : risk === "overdue"
        ? fillCopy(props.copy.duty.overdue, { n: -days })
        : risk === "today"
          ? props.copy.duty.dueToday
          : fillCopy(props.copy.duty.daysLeft, { n: days });
  return (
    <div className={`rounded-md border-l-4 px-4 py-3 ${box}`} data-risk={risk}>
      <p className="text-sm">{props.copy.duty.deadline}</p>
      <p className="text-2xl font-bold leading-tight">
        <time dateTime={props.dueDate}>{formatDate(props.dueDate, props.language)}</time>
      </p>
      <p className="mt-1 flex items-center gap-1.5 font-semibold">
        <Icon aria-hidden="true" className="h-4 w-4 shrink-0" />
        {words}
      </p>
    </div>
  );
}
