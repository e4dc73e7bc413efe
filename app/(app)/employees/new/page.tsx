import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { employeeFormOptions } from "@/lib/services/employee-form-options";
import { createEmployeeAction } from "../actions";
import { EmployeeForm } from "../employee-form";

export const metadata = { title: "New employee" };

export default async function NewEmployeePage() {
  const session = await requireTenant();
  const t = await getTranslations("employees");
  const options = await employeeFormOptions(session, await getLocale());
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <EmployeeForm mode="create" action={createEmployeeAction} options={options} />
    </div>
  );
}
