"use server";

import { confirmDuty } from "@/lib/services/self-service/confirm-duty";
import { submitCard } from "@/lib/services/self-service/submit-card";
import { updateEmployeePreferences } from "@/lib/services/self-service/update-preferences";
import { chosenFile } from "@/lib/storage/file-policy";
import { formToObject } from "@/lib/validation/common";
import { type ActionLink, employeeAction } from "./_lib/employee-action";

/** Bound in the page as (token, lang); the link is opened again inside, never trusted from the form. */
const fields = (form: FormData, names: readonly string[]) => {
  const all = formToObject(form);
  return Object.fromEntries(names.filter((n) => all[n] !== undefined).map((n) => [n, all[n]]));
};
const back = (link: ActionLink, done: string, lang = link.lang) =>
  `/e/${link.token}?done=${done}&lang=${lang}`;

const confirm = employeeAction(
  async (access, form, link) => {
    await confirmDuty(
      access,
      fields(form, ["dutyId", "filedOn", "channel", "receiptNumber"]),
      chosenFile(form.get("proof")),
    );
    return back(link, "confirmed");
  },
  (copy) => copy.errors.notOpen,
);

const card = employeeAction(
  async (access, form, link) => {
    await submitCard(
      access,
      fields(form, ["statusCode", "periodOfStayExpiresOn", "cardExpiresOn", "cardNumber"]),
      chosenFile(form.get("front")),
      chosenFile(form.get("back")),
    );
    return back(link, "card");
  },
  (copy) => copy.errors.cardWaiting,
);

const preferences = employeeAction(
  async (access, form, link) => {
    const input = fields(form, ["preferredLanguage", "email"]);
    await updateEmployeePreferences(access, input);
    // Validated by the use case, so the saved language is one of ours.
    return back(link, "settings", String(input.preferredLanguage));
  },
  (copy) => copy.errors.generic,
);

export async function confirmFilingAction(...args: Parameters<typeof confirm>) {
  return confirm(...args);
}
export async function submitCardAction(...args: Parameters<typeof card>) {
  return card(...args);
}
export async function savePreferencesAction(...args: Parameters<typeof preferences>) {
  return preferences(...args);
}
