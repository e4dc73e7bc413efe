import type postgres from "postgres";
import { addDays } from "@/lib/compliance";
import type { ServiceContext } from "@/lib/services/context";
import { createEmployee } from "@/lib/services/create-employee";
import { recordCardCheck } from "@/lib/services/data/card-checks";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { insertNotification } from "./dashboard";

type Person = {
  name: string;
  kana: string;
  nationality: string;
  sex: "M" | "F";
  department: string;
  card: Record<string, unknown>;
  events?: [string, number][];
  checked?: boolean;
  mail?: "sent" | "failed";
};

/**
 * A small, realistic company around `today` (the real date in the browser tests, since the web app reads
 * the clock): one person in each risk of the overview. Employees and events go through the real use cases,
 * so the duties are the pipeline's. Dates are offsets from today so every run shows the same picture.
 */
export function scenarioPeople(today: string): Person[] {
  const d = (n: number) => addDays(today, n);
  return [
    {
      name: "NGUYEN VAN AN",
      kana: "グエン ヴァン アン",
      nationality: "VN",
      sex: "M",
      department: "開発部",
      card: { statusCode: "engineer_specialist", periodOfStayExpiresOn: d(420), cardNumber: "AB12345678CD" },
      events: [["employment_started", -30]],
      checked: true,
      mail: "sent",
    },
    {
      name: "TRAN THI BINH",
      kana: "チャン ティ ビン",
      nationality: "VN",
      sex: "F",
      department: "製造部",
      card: { statusCode: "ssw_1", periodOfStayExpiresOn: d(60), cardNumber: "CD23456789EF" },
      checked: true,
    },
    {
      name: "LI WEI",
      kana: "リ ウェイ",
      nationality: "CN",
      sex: "M",
      department: "店舗",
      card: {
        statusCode: "student",
        extraActivityPermission: "comprehensive",
        periodOfStayExpiresOn: d(300),
        cardNumber: "EF34567890GH",
      },
      events: [["graduated", -10]],
    },
    {
      name: "SANTOS MARIA",
      kana: "サントス マリア",
      nationality: "PH",
      sex: "F",
      department: "店舗",
      card: { statusCode: "dependent", periodOfStayExpiresOn: d(500), cardNumber: "GH45678901IJ" },
    },
    {
      name: "KIM MINJUN",
      kana: "キム ミンジュン",
      nationality: "KR",
      sex: "M",
      department: "開発部",
      card: {
        statusCode: "engineer_specialist",
        periodOfStayExpiresOn: d(-20),
        renewalAppliedOn: d(-40),
        cardNumber: "IJ56789012KL",
      },
      checked: true,
    },
    {
      name: "RAI SURESH",
      kana: "ライ スレシュ",
      nationality: "NP",
      sex: "M",
      department: "調理",
      card: { statusCode: "skilled_labor", periodOfStayExpiresOn: d(-2), cardNumber: "KL67890123MN" },
      mail: "failed",
    },
    {
      name: "SITI RAHAYU",
      kana: "シティ ラハユ",
      nationality: "ID",
      sex: "F",
      department: "製造部",
      card: { statusCode: "titp_2", periodOfStayExpiresOn: d(200), cardNumber: "MN78901234OP" },
      events: [["moved_house", -5]],
      checked: true,
    },
    {
      name: "CHEN JING",
      kana: "チェン ジン",
      nationality: "CN",
      sex: "F",
      department: "管理部",
      card: { statusCode: "permanent_resident", cardExpiresOn: d(900), cardNumber: "OP89012345QR" },
      checked: true,
    },
    {
      name: "PHAM MINH DUC",
      kana: "ファム ミン ドゥック",
      nationality: "VN",
      sex: "M",
      department: "開発部",
      card: { statusCode: "engineer_specialist", periodOfStayExpiresOn: d(700), cardNumber: "QR90123456ST" },
      events: [["employment_started", -2]],
    },
    {
      name: "GARCIA LUIS",
      kana: "ガルシア ルイス",
      nationality: "BR",
      sex: "M",
      department: "製造部",
      card: { statusCode: "long_term_resident", periodOfStayExpiresOn: d(900), cardNumber: "ST01234567UV" },
      checked: true,
    },
  ];
}

export async function seedScenario(
  ctx: ServiceContext,
  owner: postgres.Sql,
  today: string,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [index, p] of scenarioPeople(today).entries()) {
    const { id } = await createEmployee(ctx, {
      nameOnCard: p.name,
      nameKana: p.kana,
      nationality: p.nationality,
      dateOfBirth: `${1988 + index}-0${1 + (index % 9)}-1${index % 10}`,
      sex: p.sex,
      email: `${p.name.toLowerCase().replaceAll(" ", ".")}@example.test`,
      employeeNumber: `E${String(1001 + index)}`,
      department: p.department,
      employmentStartedOn: addDays(today, -400),
      card: p.card,
    });
    ids[p.name] = id;
    const at = { companyId: ctx.companyId, employeeId: id };
    // Events go through the pipeline's use case, which stores the engine's duties and reminders as in production.
    for (const [type, offset] of p.events ?? [])
      await recordEvent(ctx, id, { type, date: addDays(today, offset) }, { today });
    if (p.checked)
      await recordCardCheck(
        ctx,
        id,
        {
          checkedOn: addDays(today, -30),
          originalSeen: true,
          lapseCheckDone: true,
          icChipRead: true,
          designationRead: true,
          result: "ok",
          note: "原本確認済み",
        },
        today,
      );
    if (p.mail) await insertNotification(owner, at, p.mail, "created", addDays(today, -3));
  }
  return ids;
}
