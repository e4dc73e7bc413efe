import crypto from "node:crypto";
import { fromDay, type StatusCode, statusInfo, toDay } from "@/lib/compliance";
import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { chance, intBetween, pickOne, type Rand, weighted } from "./prng";

export type CompanyEventFact = { id: string; type: "org_name_changed" | "org_address_changed"; date: string };
export type CompanyFacts = {
  id: string;
  ord: number;
  size: number;
  signupDay: number;
  workplaceIds: string[];
  events: CompanyEventFact[];
};
export type EventFact = {
  id: string;
  companyEventId: string | null;
  type: string;
  date: string;
  data: Record<string, unknown>;
  createdDay: number;
};
export type CardFact = {
  id: string;
  statusCode: StatusCode;
  holderRole: "principal" | "spouse" | "child";
  hsp2Activity: "i" | "ha" | null;
  periodOfStayExpiresOn: string | null;
  cardExpiresOn: string | null;
  cardNumber: string;
  extraActivityPermission: "none" | "comprehensive";
  renewalAppliedOn: string | null;
  createdDay: number;
  supersededDay: number | null;
};
export type PersonFacts = {
  id: string;
  employeeNumber: string;
  nameOnCard: string;
  nameKana: string | null;
  nationality: string;
  dateOfBirth: string;
  sex: "M" | "F";
  email: string | null;
  preferredLanguage: EmployeeLanguage;
  department: string | null;
  workplaceId: string | null;
  employmentStartedOn: string;
  employmentEndedOn: string | null;
  contractConcludedOn: string | null;
  employmentInsurance: boolean;
  isWorker: boolean;
  archivedDay: number | null;
  createdDay: number;
  cards: CardFact[]; // the current card last
  events: EventFact[];
};

/** The statuses employers of foreign residents actually see, by weight (ISA statistics, rounded). */
const STATUS_MIX = weighted<StatusCode>([
  ["engineer_specialist", 30],
  ["student", 12],
  ["ssw_1", 11],
  ["permanent_resident", 10],
  ["titp_2", 7],
  ["dependent", 6],
  ["spouse_of_japanese", 5],
  ["long_term_resident", 5],
  ["skilled_labor", 3],
  ["designated_activities", 3],
  ["business_manager", 2],
  ["hsp_1_ro", 1],
  ["hsp_2", 1],
  ["nursing_care", 2],
  ["intra_company_transferee", 1],
  ["researcher", 1],
]);
const NATIONALITY = weighted<[string, EmployeeLanguage, readonly string[], readonly string[]]>([
  [
    [
      "VN",
      "vi",
      ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI"],
      ["VAN AN", "THI HOA", "MINH TUAN", "THI LAN", "DUC ANH", "THU HA"],
    ],
    32,
  ],
  [
    [
      "CN",
      "zh",
      ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG"],
      ["WEI", "FANG", "JING", "LEI", "MIN", "YAN"],
    ],
    20,
  ],
  [
    [
      "PH",
      "tl",
      ["SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA"],
      ["MARIA", "JOSE", "ANGELICA", "MARK", "JOY"],
    ],
    10,
  ],
  [
    [
      "NP",
      "ne",
      ["SHRESTHA", "GURUNG", "TAMANG", "RAI", "THAPA"],
      ["RAM", "SITA", "BIKASH", "ANITA", "SUNIL"],
    ],
    9,
  ],
  [
    ["ID", "id", ["SANTOSO", "WIJAYA", "PUTRI", "HIDAYAT", "SARI"], ["BUDI", "DEWI", "AGUS", "RINA", "EKA"]],
    8,
  ],
  [["MM", "my", ["AUNG", "KYAW", "HTET", "MYINT", "WIN"], ["MIN THU", "SU SU", "ZAW", "HNIN", "THET"]], 6],
  [
    [
      "BR",
      "pt",
      ["SILVA", "SANTOS", "OLIVEIRA", "SOUZA", "LIMA"],
      ["ANA", "JOAO", "CARLOS", "BEATRIZ", "LUCAS"],
    ],
    5,
  ],
  [["KR", "en", ["KIM", "LEE", "PARK", "CHOI", "JUNG"], ["MINJUN", "SEOYEON", "JIHO", "HAEUN"]], 5],
  [["US", "en", ["SMITH", "JOHNSON", "BROWN", "MILLER"], ["EMILY", "JAMES", "OLIVIA", "NOAH"]], 5],
]);
const KANA = [
  "グエン",
  "チャン",
  "ワン",
  "リー",
  "サントス",
  "シュレスタ",
  "キム",
  "スミス",
  "シルバ",
  "アウン",
];
const DEPARTMENTS = ["製造部", "技術部", "営業部", "物流部", "介護部", "総務部", "開発部"];
/** Years a period of stay is granted for, by status (the common grants, not every possibility). */
const PERIOD_YEARS: Partial<Record<StatusCode, readonly number[]>> = {
  student: [1, 2],
  ssw_1: [1],
  titp_2: [1, 2],
  dependent: [1, 3, 5],
  designated_activities: [1],
  business_manager: [1, 3],
  hsp_1_ro: [5],
  spouse_of_japanese: [1, 3, 5],
  long_term_resident: [1, 3, 5],
};

/**
 * One employee of `company` as HR would have registered them: the employee row, their card history
 * (an older superseded card for about a quarter of people), and the events HR recorded (hire, the
 * occasional move, separation, the company's own name/address changes while they were employed).
 * Dates are relative to `today` (a day number) so every run looks like a system in daily use.
 */
export function generatePerson(rand: Rand, company: CompanyFacts, index: number, today: number): PersonFacts {
  const status = STATUS_MIX(rand);
  const info = statusInfo(status);
  const [nationality, language, families, givens] = NATIONALITY(rand);
  const tenure = Math.min(Math.floor(-Math.log(1 - rand()) * 900), 15 * 365); // exponential, mean ~2.5 years
  const startedDay = today - tenure;
  const createdDay = Math.min(today, Math.max(startedDay, company.signupDay + intBetween(rand, 0, 30)));
  const hasEnded = chance(rand, 0.06) && tenure > 30;
  const endedDay = hasEnded ? today - intBetween(rand, 0, Math.min(tenure - 1, 720)) : null;
  const archivedDay =
    endedDay !== null && today - endedDay > 365 ? endedDay + intBetween(rand, 30, 90) : null;
  const isStudentLike = info.work === "N";
  const id = crypto.randomUUID();
  const cards = cardHistory(rand, status, today, createdDay);
  const events: EventFact[] = [];
  const event = (
    type: string,
    day: number,
    data: Record<string, unknown> = {},
    companyEventId: string | null = null,
  ) =>
    events.push({
      id: crypto.randomUUID(),
      companyEventId,
      type,
      date: fromDay(day),
      data,
      createdDay: Math.max(createdDay, Math.min(today, day + intBetween(rand, 0, 3))),
    });
  const contractDay = chance(rand, 0.5) ? startedDay - intBetween(rand, 10, 60) : null;
  event(
    "employment_started",
    startedDay,
    contractDay === null ? {} : { contractConcludedOn: fromDay(contractDay) },
  );
  if (chance(rand, 0.2))
    event("moved_house", today - intBetween(rand, 0, Math.max(0, Math.min(tenure, 700))));
  if (chance(rand, 0.01)) event("card_lost", today - intBetween(rand, 0, Math.max(0, Math.min(tenure, 400))));
  if (chance(rand, 0.02))
    event("child_born", today - intBetween(rand, 0, Math.max(0, Math.min(tenure, 700))));
  for (const ce of company.events) {
    const day = toDay(ce.date);
    if (day >= startedDay && (endedDay === null || day <= endedDay)) event(ce.type, day, {}, ce.id);
  }
  if (endedDay !== null) event("employment_ended", endedDay);
  return {
    id,
    employeeNumber: `E${String(index + 1).padStart(6, "0")}`,
    nameOnCard: `${pickOne(rand, families)} ${pickOne(rand, givens)}`,
    nameKana: chance(rand, 0.6) ? pickOne(rand, KANA) : null,
    nationality,
    dateOfBirth: fromDay(today - intBetween(rand, 19 * 365, 60 * 365)),
    sex: chance(rand, 0.55) ? "M" : "F",
    email: chance(rand, 0.65) ? `p${index + 1}.c${company.ord}@mail.bench.example` : null,
    preferredLanguage: chance(rand, 0.2) ? "ja" : language,
    department: chance(rand, 0.8) ? pickOne(rand, DEPARTMENTS) : null,
    workplaceId: company.workplaceIds.length > 0 ? pickOne(rand, company.workplaceIds) : null,
    employmentStartedOn: fromDay(startedDay),
    employmentEndedOn: endedDay === null ? null : fromDay(endedDay),
    contractConcludedOn: contractDay === null ? null : fromDay(contractDay),
    employmentInsurance: !isStudentLike && chance(rand, 0.92),
    isWorker: chance(rand, 0.97),
    archivedDay,
    createdDay,
    cards,
    events: events.sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** The current card (last) and, for about a quarter of people, the card it replaced. */
function cardHistory(rand: Rand, status: StatusCode, today: number, createdDay: number): CardFact[] {
  const info = statusInfo(status);
  const years = info.indefinitePeriod ? 7 : pickOne(rand, PERIOD_YEARS[status] ?? [1, 3, 5]);
  // Expiry spread evenly over the grant ahead; a few have just run out (half of them with an application).
  const isLapsed = !info.indefinitePeriod && chance(rand, 0.004);
  const expiryDay = isLapsed ? today - intBetween(rand, 1, 45) : today + intBetween(rand, 1, years * 365);
  const issuedDay = Math.max(createdDay, expiryDay - years * 365);
  const applied =
    (isLapsed && chance(rand, 0.5)) || (!isLapsed && expiryDay - today < 90 && chance(rand, 0.3))
      ? fromDay(Math.min(today, expiryDay) - intBetween(rand, 1, 30))
      : null;
  const card = (
    created: number,
    expiry: number,
    renewal: string | null,
    superseded: number | null,
  ): CardFact => ({
    id: crypto.randomUUID(),
    statusCode: status,
    holderRole: status === "dependent" ? (chance(rand, 0.8) ? "spouse" : "child") : "principal",
    hsp2Activity: status === "hsp_2" ? (chance(rand, 0.5) ? "i" : "ha") : null,
    periodOfStayExpiresOn: info.indefinitePeriod ? null : fromDay(expiry),
    // A card runs as long as the period of stay; a permanent resident's card for its own 7 years.
    cardExpiresOn: fromDay(expiry),
    cardNumber: `${String.fromCharCode(65 + intBetween(rand, 0, 25))}${String.fromCharCode(65 + intBetween(rand, 0, 25))}${String(intBetween(rand, 0, 99_999_999)).padStart(8, "0")}${String.fromCharCode(65 + intBetween(rand, 0, 25))}${String.fromCharCode(65 + intBetween(rand, 0, 25))}`,
    extraActivityPermission: info.work === "N" && chance(rand, 0.85) ? "comprehensive" : "none",
    renewalAppliedOn: renewal,
    createdDay: created,
    supersededDay: superseded,
  });
  const current = card(Math.min(today, issuedDay), expiryDay, applied, null);
  if (info.indefinitePeriod || issuedDay - createdDay < 30 || !chance(rand, 0.5)) return [current];
  return [
    card(createdDay, issuedDay, fromDay(issuedDay - intBetween(rand, 20, 60)), current.createdDay),
    current,
  ];
}
