import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import offices from "@/lib/data/immigration-offices.json";
import { getCompanyProfile } from "@/lib/services/company-profile";
import { CompanyForm, WorkplaceForm } from "./company-forms";

export const metadata = { title: "Company" };

export default async function CompanyPage() {
  const session = await requireTenant();
  const t = await getTranslations("company");
  const locale = await getLocale();
  const { company, workplaces } = await getCompanyProfile(session);
  const officeOptions = offices.offices
    .filter((o) => o.type === "regional_bureau" || o.type === "district_office")
    .map((o) => ({ value: o.name, label: locale === "ja" ? o.name : o.nameEn }));
  const canEdit = session.actor.role === "owner" || session.actor.role === "admin";
  const { settings: _s, createdAt: _c, ...fields } = company;
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-gray-600">{t("help")}</p>
      </div>
      <CompanyForm company={fields} offices={officeOptions} canEdit={canEdit} />
      <section
        aria-labelledby="workplaces-heading"
        className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="workplaces-heading" className="font-semibold">
          {t("workplaces")}
        </h2>
        {workplaces.length === 0 ? (
          <p className="text-gray-600">{t("noWorkplaces")}</p>
        ) : (
          <ul className="divide-y divide-gray-100">
            {workplaces.map((w) => (
              <li key={w.id} className="py-2">
                <span className="font-medium">{w.name}</span>{" "}
                <span className="text-sm text-gray-600">
                  {w.postalCode ? `〒${w.postalCode} ` : ""}
                  {w.address}
                </span>
              </li>
            ))}
          </ul>
        )}
        {session.actor.role !== "viewer" ? <WorkplaceForm /> : null}
      </section>
    </div>
  );
}
