import { z } from "zod";
import { HR_LOCALES } from "@/lib/i18n/languages";
import { INSURANCE_OFFICE_NUMBER, isCorporateNumber, zEmail, zOptionalText, zText } from "./common";

export const ZSignUpRequest = z.strictObject({
  companyName: zText(200),
  name: zText(100),
  email: zEmail,
  password: z.string().min(10, { message: "min_length:10" }).max(200, { message: "max_length:200" }),
  locale: z.enum(HR_LOCALES).default("ja"),
});
export type TSignUpRequest = z.infer<typeof ZSignUpRequest>;

export const ZSignInRequest = z.strictObject({ email: zEmail, password: z.string().min(1).max(200) });

export const ZCompanyProfile = z.strictObject({
  legalNameJa: zText(200),
  legalNameEn: zOptionalText(200),
  corporateNumber: z.string().trim().refine(isCorporateNumber, { message: "corporate_number" }).optional(),
  headOfficePostalCode: z
    .string()
    .trim()
    .regex(/^\d{3}-\d{4}$/, { message: "postal_code" })
    .optional(),
  headOfficeAddress: zOptionalText(300),
  helloWorkOffice: zOptionalText(100),
  employmentInsuranceOfficeNumber: z
    .string()
    .trim()
    .regex(INSURANCE_OFFICE_NUMBER, { message: "insurance_office_number" })
    .optional(),
  immigrationOffice: zOptionalText(100),
});
export type TCompanyProfile = z.infer<typeof ZCompanyProfile>;

export const ZWorkplace = z.strictObject({
  name: zText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{3}-\d{4}$/, { message: "postal_code" })
    .optional(),
  address: zText(300),
});

export const ZInviteRequest = z.strictObject({
  email: zEmail,
  role: z.enum(["admin", "hr", "viewer"], { message: "invalid_choice" }),
});

export const ZAcceptInvitation = z.strictObject({
  token: z.string().min(20).max(200),
  name: zText(100),
  password: z.string().min(10, { message: "min_length:10" }).max(200, { message: "max_length:200" }),
});
