import { z } from "zod";
import type { FieldIssue } from "@/lib/errors";
import { EMPLOYEE_LANGUAGES } from "@/lib/i18n/languages";
import { CARD_NUMBER, zEmail, zIsoDate, zText } from "./common";
import { ZCardInput } from "./employee";
import { toFieldIssues } from "./messages";

/**
 * Schemas of the employee self-service pages and of HR's review. Messages are rule keys; the employee
 * pages turn them into words in the employee's language (lib/i18n/employee/page), HR's into ja/en.
 */
export const FILING_CHANNELS = ["online", "counter", "post"] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];

/** Receipt numbers as people type them: full-width digits and dashes are folded to ASCII first. */
const zReceiptNumber = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFKC").trim() : v),
  z
    .string()
    .max(40, { message: "max_length:40" })
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, { message: "receipt_format" })
    .optional(),
);

/** "I have filed it". The proof file travels beside the form; `hasProofFile` says whether one came. */
export const ZConfirmFilingRequest = z
  .strictObject({
    dutyId: z.uuid({ message: "uuid" }),
    filedOn: zIsoDate,
    channel: z.enum(FILING_CHANNELS, { message: "invalid_choice" }),
    receiptNumber: zReceiptNumber,
    hasProofFile: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!v.receiptNumber && !v.hasProofFile)
      ctx.addIssue({ code: "custom", path: ["receiptNumber"], message: "proof_required" });
  });
export type TConfirmFilingRequest = z.infer<typeof ZConfirmFilingRequest>;

/**
 * The new card's facts as the employee reads them off the card. The same rules as HR's card form apply
 * (a period-of-stay expiry unless the status is indefinite…), so HR's later acceptance cannot fail on them.
 */
export const ZCardSubmissionRequest = z
  .strictObject({
    statusCode: z.string({ message: "required" }).min(1, { message: "required" }),
    periodOfStayExpiresOn: zIsoDate.optional(),
    cardExpiresOn: zIsoDate.optional(),
    cardNumber: z
      .string({ message: "required" })
      .trim()
      .toUpperCase()
      .regex(CARD_NUMBER, { message: "card_number_format" }),
  })
  .superRefine((v, ctx) => {
    const card = ZCardInput.safeParse(v);
    if (card.success) return;
    for (const issue of card.error.issues)
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type TCardSubmissionRequest = z.infer<typeof ZCardSubmissionRequest>;

export const ZEmployeePreferencesRequest = z.strictObject({
  preferredLanguage: z.enum(EMPLOYEE_LANGUAGES, { message: "invalid_choice" }),
  email: zEmail,
});
export type TEmployeePreferencesRequest = z.infer<typeof ZEmployeePreferencesRequest>;

/** HR's decision on a confirmation or a card submission: a return always says why. */
export const ZReviewDecisionRequest = z.discriminatedUnion(
  "decision",
  [
    z.strictObject({ decision: z.literal("accept") }),
    z.strictObject({ decision: z.literal("return"), comment: zText(1000) }),
  ],
  { message: "invalid_choice" },
);
export type TReviewDecisionRequest = z.infer<typeof ZReviewDecisionRequest>;

export const ZSendEmployeeLinkRequest = z.strictObject({
  scope: z.enum(["duties", "card_update"], { message: "invalid_choice" }),
});

/** HR's decision on a card submission: accepting records the card as HR checked it against the photos. */
export const ZCardReviewRequest = z.discriminatedUnion(
  "decision",
  [
    z.strictObject({ decision: z.literal("accept"), card: ZCardInput }),
    z.strictObject({ decision: z.literal("return"), comment: zText(1000) }),
  ],
  { message: "invalid_choice" },
);
export type TCardReviewRequest = z.infer<typeof ZCardReviewRequest>;

/** Rules only the self-service forms use; the employee pages have words for them in every language. */
const SELF_SERVICE_RULES: ReadonlySet<string> = new Set([
  "proof_required",
  "receipt_format",
  "filed_in_future",
  "filed_before_event",
]);

/**
 * Like toFieldIssues, but keeps the self-service rule keys that the shared ja/en table does not know,
 * and reports each (field, rule) once (the card schema re-checks with HR's card rules, which overlap).
 */
export function selfServiceIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  return toFieldIssues(error, "en")
    .map((issue, i) => {
      const own = error.issues[i]?.message ?? "";
      return SELF_SERVICE_RULES.has(own) ? { ...issue, rule: own, message: `${issue.field}: ${own}` } : issue;
    })
    .filter((issue) => {
      const key = `${issue.field}\n${issue.rule}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
