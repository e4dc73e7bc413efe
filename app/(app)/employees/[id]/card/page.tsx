import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/tenant";
import { employeeFormOptions } from "@/lib/services/employee-form-options";
import { getEmployee } from "@/lib/services/get-employee";
import { recordCardAction } from "../../actions";
import { EmployeeForm } from "../../employee-form";
import { loadOr404 } from "../load";

export default async function RecordCardPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const { employee, currentCard } = await loadOr404(() => getEmployee(session, id));
  const t = await getTranslations("employees");
  const options = await employeeFormOptions(session, await getLocale());
  const initial = currentCard
    ? {
        "card.statusCode": currentCard.statusCode,
        "card.holderRole": currentCard.holderRole,
        "card.extraActivityPermission": currentCard.extraActivityPermission,
        "card.workRestriction": currentCard.workRestriction,
      }
    : {};
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("recordCardTitle")}</h1>
      <p className="font-medium">{employee.nameOnCard}</p>
      <EmployeeForm
        mode="card"
        action={recordCardAction}
        options={options}
        initial={initial}
        employeeId={employee.id}
      />
    </div>
  );
}
