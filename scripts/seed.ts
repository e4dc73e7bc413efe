/**
 * Demo data: one company, its owner, an HR member and ~30 employees, created through the same
 * services the app uses. Idempotent: does nothing if the demo owner already exists.
 */
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { systemConnection } from "@/db/system";
import { todayInJapan } from "@/lib/i18n/format";
import { addWorkplace, updateCompanyProfile } from "@/lib/services/company-profile";
import type { ServiceContext } from "@/lib/services/context";
import { createEmployee } from "@/lib/services/create-employee";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { signUp } from "@/lib/services/sign-up";
import { DEMO_EMPLOYEES, DEMO_EVENTS } from "./lib/demo-data";

export const DEMO_OWNER = { email: "demo@zairyu.example", password: "zairyu-demo-2026" };

const day = (today: string, offset: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedDemo(): Promise<{ created: boolean; companyId?: string }> {
  const [existing] = await systemConnection()
    .db.select({ id: users.id })
    .from(users)
    .where(eq(users.email, DEMO_OWNER.email));
  if (existing) return { created: false };
  const { userId, companyId } = await signUp(
    {
      companyName: "株式会社さくらテック",
      name: "山田 花子",
      email: DEMO_OWNER.email,
      password: DEMO_OWNER.password,
    },
    "ja",
  );
  const ctx: ServiceContext = { companyId, actor: { type: "user", id: userId, role: "owner" }, locale: "ja" };
  await updateCompanyProfile(ctx, {
    legalNameJa: "株式会社さくらテック",
    legalNameEn: "Sakura Tech Co., Ltd.",
    corporateNumber: "7000012050002",
    headOfficePostalCode: "160-0022",
    headOfficeAddress: "東京都新宿区新宿3-1-1",
    helloWorkOffice: "ハローワーク新宿",
    employmentInsuranceOfficeNumber: "1301-123456-7",
    immigrationOffice: "東京出入国在留管理局",
  });
  await addWorkplace(ctx, { name: "本社", postalCode: "160-0022", address: "東京都新宿区新宿3-1-1" });
  const today = todayInJapan();
  const ids = new Map<string, string>();
  for (const [index, e] of DEMO_EMPLOYEES.entries()) {
    const cardNumber = `${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + ((index * 7) % 26))}${String(12345678 + index * 1111).padStart(8, "0")}${"CD"}`;
    const indefinite = e.expiresInDays === null;
    const { id } = await createEmployee(ctx, {
      employeeNumber: `E${String(1001 + index)}`,
      nameOnCard: e.nameOnCard,
      nameKana: e.nameKana,
      nationality: e.nationality,
      dateOfBirth: e.dateOfBirth,
      sex: e.sex,
      email: `${e.nameOnCard.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
      preferredLanguage: e.preferredLanguage,
      department: e.department,
      employmentStartedOn: day(today, -e.startedDaysAgo),
      employmentInsurance: e.employmentInsurance ?? true,
      isWorker: e.isWorker ?? true,
      card: {
        statusCode: e.statusCode,
        holderRole: e.holderRole ?? "principal",
        hsp2Activity: e.hsp2Activity,
        periodOfStayExpiresOn: indefinite ? null : day(today, e.expiresInDays ?? 0),
        cardExpiresOn: indefinite
          ? e.statusCode === "special_permanent_resident"
            ? null
            : day(today, 1500 + index * 30)
          : day(today, e.expiresInDays ?? 0),
        cardNumber: e.statusCode === "special_permanent_resident" ? undefined : cardNumber,
        extraActivityPermission: e.extraActivityPermission ?? "none",
      },
    });
    ids.set(e.nameOnCard, id);
  }
  // A few things that happened recently, so the demo shows duties in every state.
  for (const [name, event] of DEMO_EVENTS(today)) {
    const employeeId = ids.get(name);
    if (employeeId) await recordEvent(ctx, employeeId, event);
  }
  return { created: true, companyId };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await seedDemo();
  console.log(result.created ? "demo data created" : "demo data already present");
  process.exit(0);
}
