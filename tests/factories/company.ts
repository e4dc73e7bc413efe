import crypto from "node:crypto";
import type { ServiceContext } from "@/lib/services/context";
import { createEmployee } from "@/lib/services/create-employee";
import { signUp } from "@/lib/services/sign-up";

export const TEST_PASSWORD = "correct-horse-battery";

/** A fresh company with its owner, through the real sign-up use case. */
export async function makeCompany(
  name = "テスト株式会社",
): Promise<ServiceContext & { email: string; actor: { type: "user"; id: string; role: "owner" } }> {
  const email = `owner-${crypto.randomUUID()}@example.test`;
  const { userId, companyId } = await signUp(
    { companyName: name, name: "Owner", email, password: TEST_PASSWORD },
    "en",
  );
  return { companyId, actor: { type: "user", id: userId, role: "owner" }, locale: "en", email };
}

export function validEmployeeInput(
  overrides: Record<string, unknown> = {},
  card: Record<string, unknown> = {},
) {
  return {
    nameOnCard: "NGUYEN VAN AN",
    nameKana: "グエン ヴァン アン",
    nationality: "VN",
    dateOfBirth: "1995-03-14",
    sex: "M",
    email: "an@example.test",
    preferredLanguage: "vi",
    employmentStartedOn: "2025-04-01",
    ...overrides,
    card: {
      statusCode: "engineer_specialist",
      periodOfStayExpiresOn: "2027-09-30",
      cardNumber: "AB12345678CD",
      ...card,
    },
  };
}

export async function makeEmployee(
  ctx: ServiceContext,
  overrides: Record<string, unknown> = {},
  card: Record<string, unknown> = {},
) {
  return createEmployee(ctx, validEmployeeInput(overrides, card));
}
