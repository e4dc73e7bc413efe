import Link from "next/link";
import { RiskBadge, TONE_CLASSES, type Tone } from "@/app/_components/risk-badge";

export type OverviewItem = {
  key: string;
  href: string;
  name: string;
  detail: React.ReactNode;
  when: React.ReactNode;
};

/**
 * One risk on the overview: its word-and-colour level, the count linking to the full filtered list, and
 * the first few people, most urgent first. An empty risk says so in words ("none") rather than vanishing.
 */
export function OverviewSection(props: {
  id: string;
  title: string;
  tone: Tone;
  toneLabel: string;
  count: number;
  href: string;
  seeAll: string;
  none: string;
  items: OverviewItem[];
}) {
  const headingId = `${props.id}-heading`;
  const tone: Tone = props.count === 0 ? "ok" : props.tone;
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border border-l-4 border-gray-200 bg-white ${TONE_CLASSES[tone].border}`}
      data-testid={`section-${props.id}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-100 px-4 py-3">
        <h2 id={headingId} className="flex flex-wrap items-center gap-2 font-semibold">
          <RiskBadge tone={tone}>{props.toneLabel}</RiskBadge>
          <span>{props.title}</span>
        </h2>
        <Link
          href={props.href}
          className="rounded px-2 py-1 text-sm font-semibold text-accent underline-offset-2 hover:underline"
          data-testid={`count-${props.id}`}
        >
          <span className="num">{props.seeAll}</span>
        </Link>
      </div>
      {props.items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-gray-600">{props.none}</p>
      ) : (
        <ul className="divide-y divide-gray-100">
          {props.items.map((item) => (
            <li
              key={item.key}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm"
            >
              <span className="min-w-0">
                <Link href={item.href} className="font-medium text-accent underline-offset-2 hover:underline">
                  {item.name}
                </Link>
                <span className="ml-2 text-gray-700">{item.detail}</span>
              </span>
              <span className="whitespace-nowrap text-gray-900">{item.when}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
