import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { EMPLOYEE_LANGUAGES, LANGUAGE_NAMES } from "@/lib/i18n/languages";
import { getEmployeePortal } from "@/lib/services/self-service/get-employee-portal";
import { SettingsForm } from "../_components/settings-form";
import { ClosedLink, Shell } from "../_components/shell";
import { loadLink } from "../_lib/load";
import { savePreferencesAction } from "../actions";

export default async function SettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  const { token } = await params;
  const { lang } = await searchParams;
  const link = await loadLink(token, lang);
  const path = `/e/${token}/settings`;
  if (!link.isOpen) {
    return (
      <Shell language={link.language} copy={link.copy} path={path}>
        <ClosedLink {...link.message} />
      </Shell>
    );
  }
  const { copy, language } = link;
  const { employee } = await getEmployeePortal(link.access);
  return (
    <Shell language={language} copy={copy} path={path}>
      <Link
        href={`/e/${token}?lang=${language}`}
        className="flex items-center gap-1 text-accent underline underline-offset-2"
      >
        <ArrowLeft aria-hidden="true" className="h-4 w-4" />
        {copy.nav.back}
      </Link>
      <h1 className="text-xl font-bold">{copy.settings.heading}</h1>
      <p className="leading-relaxed">{copy.settings.intro}</p>
      <SettingsForm
        action={savePreferencesAction.bind(null, token, language)}
        languages={EMPLOYEE_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        initial={{ preferredLanguage: employee.preferredLanguage, email: employee.email ?? "" }}
        copy={{ submit: copy.settings.submit, fields: copy.fields, hints: copy.hints }}
      />
    </Shell>
  );
}
