"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { todayInJapan } from "@/lib/i18n/format";
import { recordCardCheck } from "@/lib/services/data/card-checks";
import { chosenFile, inspectUpload } from "@/lib/storage/file-policy";
import { CARD_CHECK_BOOLEANS } from "@/lib/validation/card-check";
import { formToObject } from "@/lib/validation/common";
import { dataIssue } from "@/lib/validation/data-messages";

/** Records a card check; the card is the employee's current one, chosen by the use case. */
export const recordCardCheckAction = tenantAction(async (form, session) => {
  const employeeId = String(form.get("employeeId") ?? "");
  const { employeeId: _id, screenshot: _file, ...input } = formToObject(form, CARD_CHECK_BOOLEANS);
  // An empty file input arrives as a 0-byte file (its name varies by browser): that is "no screenshot".
  const picked = chosenFile(form.get("screenshot"));
  const file = picked && picked.size > 0 ? picked : null;
  let screenshot = null;
  if (file) {
    try {
      screenshot = await inspectUpload(file, "screenshot");
    } catch (error) {
      // The storage module words its rule in English; name the field and rule in the reader's language.
      const rule = error instanceof AppError ? (error.issues[0]?.rule ?? "file_type") : "file_type";
      throw new AppError("invalid_input", "screenshot refused", [
        dataIssue("screenshot", rule, session.locale),
      ]);
    }
  }
  await recordCardCheck(session, employeeId, input, todayInJapan(), screenshot);
  revalidatePath(`/employees/${employeeId}`);
  return `/employees/${employeeId}/checks?saved=1`;
});
