import { ExternalLink } from "lucide-react";
import type { PageCopy } from "@/lib/i18n/employee/page";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import type { FilingGuide } from "@/lib/services/self-service/filing-guide";

/** How to file: online, at the counter (office, address, phone), by post (where, what to write). */
export function FilingGuideList(props: { guide: FilingGuide; language: EmployeeLanguage; copy: PageCopy }) {
  const { guide, copy } = props;
  const how = copy.how;
  const officeName = (o: { name: string; nameEn: string }) =>
    props.language === "ja" ? o.name : `${o.nameEn} (${o.name})`;
  return (
    <ul className="flex flex-col gap-3">
      {guide.onlineUrl ? (
        <li>
          <p className="font-semibold">{how.online}</p>
          <p className="text-sm text-gray-700">{how.onlineHint}</p>
          <ExternalAnchor href={guide.onlineUrl}>{how.openSystem}</ExternalAnchor>
        </li>
      ) : null}
      {guide.counter?.kind === "immigration" ? (
        <li>
          <p className="font-semibold">{how.counter}</p>
          <p>{officeName(guide.counter.office)}</p>
          {guide.counter.office.address ? (
            <p className="text-sm text-gray-700">{guide.counter.office.address}</p>
          ) : null}
          {guide.counter.office.phone ? (
            <p className="text-sm">
              {how.phone}:{" "}
              <a href={`tel:${guide.counter.office.phone}`} className="text-accent underline">
                {guide.counter.office.phone}
              </a>
            </p>
          ) : null}
          <p className="text-sm text-gray-700">{how.counterHint}</p>
        </li>
      ) : null}
      {guide.counter?.kind === "municipal" ? (
        <li>
          <p className="font-semibold">{how.counter}</p>
          <p>{how.municipal}</p>
        </li>
      ) : null}
      {guide.post ? (
        <li>
          <p className="font-semibold">{how.post}</p>
          <p className="text-sm">
            〒{guide.post.postalCode} {guide.post.address}
          </p>
          <p className="text-sm text-gray-700">
            {guide.post.envelopeMark === "在留カード返納" ? how.cardReturnPost : how.postHint}
          </p>
          {guide.post.checkPhone ? (
            <p className="text-sm">
              {how.postCheck}:{" "}
              <a href={`tel:${guide.post.checkPhone}`} className="text-accent underline">
                {guide.post.checkPhone}
              </a>
            </p>
          ) : null}
        </li>
      ) : null}
      {guide.procedureUrl ? (
        <li>
          <ExternalAnchor href={guide.procedureUrl}>{how.procedure}</ExternalAnchor>
        </li>
      ) : null}
    </ul>
  );
}

function ExternalAnchor(props: { href: string; children: React.ReactNode }) {
  return (
    <a
      href={props.href}
      target="_blank"
      rel="noopener noreferrer"
      className="mt-1 inline-flex items-center gap-1 text-accent underline underline-offset-2"
    >
      {props.children}
      <ExternalLink aria-hidden="true" className="h-4 w-4" />
    </a>
  );
}
