"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { reviewCardSubmission } from "@/lib/services/self-service/review-card-submission";
import { reviewConfirmation } from "@/lib/services/self-service/review-confirmation";
import { formToObject } from "@/lib/validation/common";
import { CARD_FORM_BOOLEANS } from "@/lib/validation/employee";

/** Accept, or send back with a comment (the decision is the pressed button's value). */
export const reviewConfirmationAction = tenantAction(async (form, session) => {
  const decision = String(form.get("decision") ?? "");
  await reviewConfirmation(
    session,
    String(form.get("confirmationId") ?? ""),
    decision === "return" ? { decision, comment: String(form.get("comment") ?? "") } : { decision },
  );
  revalidatePath("/reviews");
  return `/reviews?done=${decision === "return" ? "returned" : "accepted"}`;
});

/** Card fields arrive prefixed "card." (the shared card form's names); a blank number keeps the submitted one. */
export const reviewCardAction = tenantAction(async (form, session) => {
  const decision = String(form.get("decision") ?? "");
  const id = String(form.get("submissionId") ?? "");
  if (decision === "return") {
    await reviewCardSubmission(session, id, { decision, comment: String(form.get("comment") ?? "") });
  } else {
    const card: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(formToObject(form, CARD_FORM_BOOLEANS)))
      if (key.startsWith("card.")) card[key.slice(5)] = value;
    await reviewCardSubmission(session, id, { decision, card });
  }
  revalidatePath("/reviews");
  return `/reviews?done=${decision === "return" ? "returned" : "cardAccepted"}`;
});
