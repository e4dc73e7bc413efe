import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { dutyText } from "@/lib/i18n/employee";
import { fillCopy, type PageCopy } from "@/lib/i18n/employee/page";
import { formatDate } from "@/lib/i18n/format";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { filingGuide } from "@/lib/services/self-service/filing-guide";
import type { PortalCompany, PortalDuty } from "@/lib/services/self-service/get-employee-portal";
import { CopyValue } from "./copy-value";
import { Deadline } from "./deadline";
import { FilingGuideList } from "./filing-guide";

/** The 19-16 notifications about an organisation ask for its name, address and corporate number. */
const ORGANISATION_DUTIES: ReadonlySet<string> = new Set([
  "isa_activity_org_notification",
  "isa_contract_org_notification",
]);
const EVENT_DATE_DUTIES: ReadonlySet<string> = new Set([...ORGANISATION_DUTIES, "isa_spouse_notification"]);

/** ISA forms are Japanese: dates are copied as 2026年4月14日 whatever language the page is in. */
function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

type Props = {
  duty: PortalDuty;
  company: PortalCompany;
  today: string;
  token: string;
  language: EmployeeLanguage;
  copy: PageCopy;
};

/** One duty per card: the deadline in large type, plain words, how to file, form values, one button. */
export function DutyCard({ duty, company, today, token, language, copy }: Props) {
  const text = dutyText(duty.code, language);
  const guide = filingGuide(duty.code, company.immigrationOffice);
  const isWaiting = duty.status === "submitted";
  // A renewal cannot be filed before its window opens: say when, instead of offering the button.
  const opensLater = duty.windowOpensOn !== null && today < duty.windowOpensOn;
  const returned =
    !isWaiting && duty.lastConfirmation?.status === "returned" ? duty.lastConfirmation.reviewComment : null;
  const address = company.headOfficeAddress
    ? `${company.headOfficePostalCode ? `〒${company.headOfficePostalCode} ` : ""}${company.headOfficeAddress}`
    : null;
  const values: { label: string; value: string | null }[] = [
    ...(ORGANISATION_DUTIES.has(duty.code)
      ? [
          { label: copy.values.orgName, value: company.legalNameJa },
          ...(company.legalNameEn ? [{ label: copy.values.orgNameEn, value: company.legalNameEn }] : []),
          { label: copy.values.orgAddress, value: address },
          { label: copy.values.corporateNumber, value: company.corporateNumber },
        ]
      : []),
    ...(EVENT_DATE_DUTIES.has(duty.code)
      ? [{ label: copy.values.eventDate, value: japaneseDate(duty.triggerDate) }]
      : []),
  ];
  const headingId = `duty-${duty.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      data-testid="duty-card"
    >
      <h2 id={headingId} className="text-lg font-bold leading-snug">
        {text.title}
      </h2>
      <Deadline dueDate={duty.dueDate} today={today} isWaiting={isWaiting} language={language} copy={copy} />
      {duty.approximate ? <p className="text-sm text-amber-900">{copy.duty.approximate}</p> : null}
      {duty.toConfirm ? <p className="text-sm text-amber-900">{copy.duty.toConfirm}</p> : null}
      {returned ? (
        <p role="note" className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm">
          {fillCopy(copy.duty.returned, { comment: returned })}
        </p>
      ) : null}
      <section>
        <h3 className="text-sm font-semibold text-gray-700">{copy.duty.what}</h3>
        <p className="leading-relaxed">{text.what}</p>
      </section>
      {text.prepare.length > 0 ? (
        <section>
          <h3 className="text-sm font-semibold text-gray-700">{copy.duty.prepare}</h3>
          <ul className="list-disc pl-5 leading-relaxed">
            {text.prepare.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <details className="rounded-md border border-gray-200 px-3 py-2">
        <summary className="cursor-pointer py-1 font-semibold">{copy.how.heading}</summary>
        <div className="pt-2">
          <FilingGuideList guide={guide} language={language} copy={copy} />
        </div>
      </details>
      {values.length > 0 ? (
        <details className="rounded-md border border-gray-200 px-3 py-2">
          <summary className="cursor-pointer py-1 font-semibold">{copy.values.heading}</summary>
          <p className="pb-1 text-sm text-gray-700">{copy.values.hint}</p>
          {values.map((v) =>
            v.value ? (
              <CopyValue
                key={v.label}
                label={v.label}
                value={v.value}
                copyLabel={copy.values.copy}
                copiedLabel={copy.values.copied}
              />
            ) : (
              <div key={v.label} className="border-t border-gray-100 py-2">
                <p className="text-xs text-gray-600">{v.label}</p>
                <p className="text-sm text-amber-900">{copy.values.notSet}</p>
              </div>
            ),
          )}
        </details>
      ) : null}
      {isWaiting ? null : opensLater ? (
        <p className="rounded-md bg-gray-100 px-3 py-2 text-center font-medium">
          {fillCopy(copy.duty.opensOn, { date: formatDate(duty.windowOpensOn ?? "", language) })}
        </p>
      ) : (
        <Link
          href={`/e/${token}/duties/${duty.id}?lang=${language}`}
          className="flex items-center justify-center gap-2 rounded-md bg-accent px-4 py-3 text-lg font-semibold text-white hover:bg-accent-strong"
        >
          <CircleCheck aria-hidden="true" className="h-5 w-5" />
          {copy.duty.confirmButton}
        </Link>
      )}
    </article>
  );
}
