import { z } from "zod";
import { zText } from "@/lib/validation/common";

export const API_KEY_SCOPES = ["read", "write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Settings form and any future API: a name people recognise and at least one scope. */
export const ZCreateApiKeyRequest = z.strictObject({
  name: zText(100),
  scopes: z
    .array(z.enum(API_KEY_SCOPES, { message: "invalid_choice" }), { message: "required" })
    .min(1, { message: "required" })
    .transform((scopes) => [...new Set(scopes)].sort() as ApiKeyScope[]),
});
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;

/** Labels for the fields of these forms (the shared table names `name` as a person's name). */
export const API_KEY_FIELD_LABELS = {
  name: { ja: "キーの名前", en: "Key name" },
  scopes: { ja: "権限 (スコープ)", en: "Scopes" },
} as const;
