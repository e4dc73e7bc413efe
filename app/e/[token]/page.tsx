import { IdCard, Settings } from "lucide-react";
import Link from "next/link";
import { fillCopy } from "@/lib/i18n/employee/page";
import { todayInJapan } from "@/lib/i18n/format";
import { getEmployeePortal } from "@/lib/services/self-service/get-employee-portal";
import { DutyCard } from "./_components/duty-card";
import { ClosedLink, Shell } from "./_components/shell";
import { loadLink } from "./_lib/load";

// The token is a credential: keep it out of Referer headers and search engines.
const DONE = { confirmed: "doneConfirmed", card: "doneCard", settings: "doneSettings" } as const;

export default async function EmployeePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ lang?: string; done?: string }>;
}) {
  const { token } = await params;
  const { lang, done } = await searchParams;
  const link = await loadLink(token, lang);
  const path = `/e/${token}`;
  if (!link.isOpen) {
    return (
      <Shell language={link.language} copy={link.copy} path={path}>
        <ClosedLink {...link.message} />
      </Shell>
    );
  }
  const { copy, language } = link;
  const portal = await getEmployeePortal(link.access);
  const today = todayInJapan();
  const doneKey = done && done in DONE ? DONE[done as keyof typeof DONE] : null;
  const canConfirm = link.access.scope === "duties";
  return (
    <Shell language={language} copy={copy} path={path}>
      <div>
        <h1 className="text-2xl font-bold">
          {fillCopy(copy.overview.greeting, { name: portal.employee.nameOnCard })}
        </h1>
        <p className="text-sm text-gray-700">
          {fillCopy(copy.overview.employer, { company: portal.company.legalNameJa })}
        </p>
      </div>
      {doneKey ? (
        <p
          role="status"
          className="rounded-md border border-green-700 bg-green-50 px-4 py-3 font-medium text-green-900"
        >
          {copy.overview[doneKey]}
        </p>
      ) : null}
      {canConfirm ? (
        <section aria-labelledby="duties-heading" className="flex flex-col gap-4">
          <h2 id="duties-heading" className="sr-only">
            {copy.title}
          </h2>
          {portal.duties.length > 0 ? (
            <p className="leading-relaxed">{copy.overview.intro}</p>
          ) : (
            <p className="rounded-lg border border-gray-200 bg-white p-4">{copy.overview.none}</p>
          )}
          {portal.duties.map((duty) => (
            <DutyCard
              key={duty.id}
              duty={duty}
              company={portal.company}
              today={today}
              token={token}
              language={language}
              copy={copy}
            />
          ))}
        </section>
      ) : null}
      <nav aria-label={copy.title} className="flex flex-col gap-2">
        <Link
          href={`${path}/card?lang=${language}`}
          className="flex items-center gap-2 rounded-md border border-gray-300 bg-white px-4 py-3 font-medium hover:bg-gray-50"
        >
          <IdCard aria-hidden="true" className="h-5 w-5 text-accent" />
          {copy.nav.card}
        </Link>
        <Link
          href={`${path}/settings?lang=${language}`}
          className="flex items-center gap-2 rounded-md border border-gray-300 bg-white px-4 py-3 font-medium hover:bg-gray-50"
        >
          <Settings aria-hidden="true" className="h-5 w-5 text-accent" />
          {copy.nav.settings}
        </Link>
      </nav>
    </Shell>
  );
}
