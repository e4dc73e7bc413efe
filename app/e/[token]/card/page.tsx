import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { fillCopy } from "@/lib/i18n/employee/page";
import { getEmployeePortal } from "@/lib/services/self-service/get-employee-portal";
import { STATUS_BY_CODE, STATUS_CODES } from "@/lib/validation/statuses";
import { CardForm } from "../_components/card-form";
import { ClosedLink, Shell } from "../_components/shell";
import { loadLink } from "../_lib/load";
import { submitCardAction } from "../actions";

/** Statuses an employer can hold a card for (短期滞在 has no card and no work). */
const STATUS_OPTIONS = STATUS_CODES.filter((code) => code !== "temporary_visitor").map((code) => {
  const s = STATUS_BY_CODE.get(code);
  return { value: code, label: s ? `${s.ja} / ${s.en}` : code };
});

export default async function CardPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  const { token } = await params;
  const { lang } = await searchParams;
  const link = await loadLink(token, lang);
  const path = `/e/${token}/card`;
  if (!link.isOpen) {
    return (
      <Shell language={link.language} copy={link.copy} path={path}>
        <ClosedLink {...link.message} />
      </Shell>
    );
  }
  const { copy, language } = link;
  const portal = await getEmployeePortal(link.access);
  const last = portal.cardSubmission;
  return (
    <Shell language={language} copy={copy} path={path}>
      {link.access.scope === "duties" ? (
        <Link
          href={`/e/${token}?lang=${language}`}
          className="flex items-center gap-1 text-accent underline underline-offset-2"
        >
          <ArrowLeft aria-hidden="true" className="h-4 w-4" />
          {copy.nav.back}
        </Link>
      ) : null}
      <h1 className="text-xl font-bold">{copy.card.heading}</h1>
      {last?.status === "pending" ? (
        <p role="status" className="rounded-md border-l-4 border-blue-700 bg-blue-50 px-4 py-3">
          {copy.card.pending}
        </p>
      ) : (
        <>
          {last?.status === "returned" && last.reviewComment ? (
            <p role="note" className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
              {fillCopy(copy.card.returned, { comment: last.reviewComment })}
            </p>
          ) : null}
          <p className="leading-relaxed">{copy.card.intro}</p>
          <CardForm
            action={submitCardAction.bind(null, token, language)}
            statuses={STATUS_OPTIONS}
            copy={{ ...copy.card, fields: copy.fields, hints: copy.hints, rules: copy.rules }}
          />
        </>
      )}
    </Shell>
  );
}
