import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { dutyText } from "@/lib/i18n/employee";
import { todayInJapan } from "@/lib/i18n/format";
import { filingGuide } from "@/lib/services/self-service/filing-guide";
import { getEmployeePortal } from "@/lib/services/self-service/get-employee-portal";
import { ConfirmForm } from "../../_components/confirm-form";
import { Deadline } from "../../_components/deadline";
import { ClosedLink, Shell } from "../../_components/shell";
import { loadLink } from "../../_lib/load";
import { confirmFilingAction } from "../../actions";

export default async function ConfirmPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string; dutyId: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  const { token, dutyId } = await params;
  const { lang } = await searchParams;
  const link = await loadLink(token, lang);
  const path = `/e/${token}/duties/${dutyId}`;
  if (!link.isOpen) {
    return (
      <Shell language={link.language} copy={link.copy} path={path}>
        <ClosedLink {...link.message} />
      </Shell>
    );
  }
  const { copy, language } = link;
  const portal = await getEmployeePortal(link.access);
  // Only the employee's own open duties are listed, so another person's or company's id finds nothing.
  const duty = portal.duties.find((d) => d.id === dutyId);
  const back = (
    <Link
      href={`/e/${token}?lang=${language}`}
      className="flex items-center gap-1 text-accent underline underline-offset-2"
    >
      <ArrowLeft aria-hidden="true" className="h-4 w-4" />
      {copy.nav.back}
    </Link>
  );
  if (duty?.status !== "open") {
    return (
      <Shell language={language} copy={copy} path={path}>
        {back}
        <ClosedLink title={copy.errors.notOpen} />
      </Shell>
    );
  }
  const guide = filingGuide(duty.code, portal.company.immigrationOffice);
  const channels = (["online", "counter", "post"] as const).filter((c) =>
    c === "online" ? guide.onlineUrl : c === "counter" ? guide.counter : guide.post,
  );
  const today = todayInJapan();
  return (
    <Shell language={language} copy={copy} path={path}>
      {back}
      <h1 className="text-xl font-bold leading-snug">{dutyText(duty.code, language).title}</h1>
      <Deadline dueDate={duty.dueDate} today={today} isWaiting={false} language={language} copy={copy} />
      <ConfirmForm
        action={confirmFilingAction.bind(null, token, language)}
        dutyId={duty.id}
        today={today}
        channels={channels.length > 0 ? channels : ["online", "counter", "post"]}
        copy={{ ...copy.confirm, fields: copy.fields, hints: copy.hints, rules: copy.rules }}
      />
    </Shell>
  );
}
