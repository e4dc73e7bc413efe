import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { employeeFormOptions } from "@/lib/services/employee-form-options";
import { getEmployee } from "@/lib/services/get-employee";
import { updateEmployeeAction } from "../../actions";
import { EmployeeForm } from "../../employee-form";
import { loadOr404 } from "../load";

export default async function EditEmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const { employee } = await loadOr404(() => getEmployee(session, id));
  const t = await getTranslations("employees");
  const options = await employeeFormOptions(session, await getLocale());
  const { archivedAt: _a, createdAt: _c, updatedAt: _u, companyId: _co, id: _id, ...initial } = employee;
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <EmployeeForm
        mode="edit"
        action={updateEmployeeAction}
        options={options}
        initial={initial}
        employeeId={employee.id}
      />
    </div>
  );
}
