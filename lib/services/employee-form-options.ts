import { asc, eq } from "drizzle-orm";
import { workplaces } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import statusesData from "@/lib/compliance/data/statuses.json";
import { NATIONALITY_CODES, nationalityName } from "@/lib/data/nationalities";
import { EMPLOYEE_LANGUAGES, LANGUAGE_NAMES } from "@/lib/i18n/languages";
import type { ServiceContext } from "./context";

export type Option = { value: string; label: string };
export type EmployeeFormOptions = {
  statuses: Option[];
  nationalities: Option[];
  languages: Option[];
  workplaces: Option[];
};

/** The choices the employee form offers, labelled in the reader's language. */
export async function employeeFormOptions(ctx: ServiceContext, locale: string): Promise<EmployeeFormOptions> {
  const places = await withTenant(ctx, (tx) =>
    tx
      .select({ id: workplaces.id, name: workplaces.name })
      .from(workplaces)
      .where(eq(workplaces.companyId, ctx.companyId))
      .orderBy(asc(workplaces.name)),
  );
  return {
    statuses: statusesData.statuses
      .filter((s) => s.code !== "temporary_visitor")
      .map((s) => ({ value: s.code, label: locale === "ja" ? s.ja : `${s.en} (${s.ja})` })),
    nationalities: NATIONALITY_CODES.map((code) => ({
      value: code,
      label: nationalityName(code, locale),
    })).sort((a, b) => a.label.localeCompare(b.label, locale)),
    languages: EMPLOYEE_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] })),
    workplaces: places.map((p) => ({ value: p.id, label: p.name })),
  };
}
