import { Globe } from "lucide-react";
import Link from "next/link";
import type { PageCopy } from "@/lib/i18n/employee/page";
import { EMPLOYEE_LANGUAGES, type EmployeeLanguage, LANGUAGE_NAMES } from "@/lib/i18n/languages";

/**
 * The frame of every employee page: phone-first, one column, in the employee's language (`lang` set
 * here so screen readers and fonts follow it, whatever the HR locale of the root layout). The language
 * menu is a native <details>: keyboard usable, no script, and each name is written in its own script.
 */
export function Shell(props: {
  language: EmployeeLanguage;
  copy: PageCopy;
  path: string;
  children: React.ReactNode;
}) {
  const { copy, language } = props;
  return (
    <div lang={language} className="mx-auto flex min-h-screen w-full max-w-xl flex-col bg-gray-50">
      <header className="flex items-center justify-between gap-3 border-b border-gray-200 bg-white px-4 py-3">
        <span className="text-lg font-bold text-accent">Zairyu</span>
        <details className="relative">
          <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-gray-300 px-3 py-2 text-sm">
            <Globe aria-hidden="true" className="h-4 w-4" />
            <span className="sr-only">{copy.nav.language}: </span>
            {LANGUAGE_NAMES[language]}
          </summary>
          <nav
            aria-label={copy.nav.language}
            className="absolute right-0 z-10 mt-1 w-56 rounded-md border border-gray-200 bg-white py-1 shadow-lg"
          >
            <ul>
              {EMPLOYEE_LANGUAGES.map((l) => (
                <li key={l}>
                  <Link
                    href={`${props.path}?lang=${l}`}
                    lang={l}
                    hrefLang={l}
                    aria-current={l === language ? "true" : undefined}
                    className="block px-4 py-3 text-base hover:bg-gray-100 aria-[current=true]:font-bold aria-[current=true]:text-accent"
                  >
                    {LANGUAGE_NAMES[l]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </details>
      </header>
      <main className="flex flex-1 flex-col gap-4 px-4 py-5">{props.children}</main>
      <footer className="border-t border-gray-200 px-4 py-4 text-xs leading-relaxed text-gray-600">
        {copy.footer}
      </footer>
    </div>
  );
}

/** A used, expired, revoked or unknown link: what happened and what to do next, nothing else. */
export function ClosedLink(props: { title: string; body?: string }) {
  return (
    <section aria-labelledby="closed-title" className="rounded-lg border border-amber-300 bg-white p-5">
      <h1 id="closed-title" className="text-xl font-bold">
        {props.title}
      </h1>
      {props.body ? <p className="mt-2 text-base leading-relaxed">{props.body}</p> : null}
    </section>
  );
}
