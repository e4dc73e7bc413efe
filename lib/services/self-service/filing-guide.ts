import type { DutyCode } from "@/lib/compliance";
import offices from "@/lib/data/immigration-offices.json";
import type { FilingOffice } from "@/lib/email/templates/duty-employee";
import { filingInfo } from "../pipeline/send/filing-info";

export type PostRoute = {
  postalCode: string;
  address: string;
  envelopeMark: string;
  checkPhone: string | null;
};
export type FilingGuide = {
  /** The ISA electronic notification system, for the 19-16 notifications only. */
  onlineUrl: string | null;
  procedureUrl: string | null;
  counter: { kind: "immigration"; office: FilingOffice } | { kind: "municipal" } | null;
  post: PostRoute | null;
};

type Office = {
  name: string;
  type: string;
  postalCode?: string;
  address?: string;
  sections?: { handles: string; phone: string }[];
};
const OFFICES = offices.offices as Office[];
const TOKYO = OFFICES.find((o) => o.name === "東京出入国在留管理局");
/** The Yotsuya section that handles 所属機関等に関する届出: whom to ask for the current postal address. */
const NOTIFICATIONS_DESK = OFFICES.flatMap((o) => o.sections ?? []).find((s) =>
  s.handles.startsWith("所属機関等に関する届出"),
);

/**
 * 19-16 notifications by post go to the Tokyo bureau, envelope marked 「届出書在中」 in red (RULES R1;
 * the postal address is M-confidence, so the page says to check it by phone first). A card is
 * returned by post to the Odaiba office, envelope marked 「在留カード返納」 (RULES 5.5).
 */
const NOTIFICATION_POST: PostRoute | null =
  TOKYO?.postalCode && TOKYO.address
    ? {
        postalCode: TOKYO.postalCode,
        address: `${TOKYO.address} ${TOKYO.name}`,
        envelopeMark: "届出書在中",
        checkPhone: NOTIFICATIONS_DESK?.phone ?? null,
      }
    : null;
const CARD_RETURN_POST: PostRoute = {
  postalCode: offices.cardReturnByPost.postalCode,
  address: offices.cardReturnByPost.address,
  envelopeMark: offices.cardReturnByPost.envelopeMark,
  checkPhone: null,
};

const BY_POST: Partial<Record<DutyCode, PostRoute | null>> = {
  isa_activity_org_notification: NOTIFICATION_POST,
  isa_contract_org_notification: NOTIFICATION_POST,
  isa_spouse_notification: NOTIFICATION_POST,
  card_return: CARD_RETURN_POST,
};
const AT_MUNICIPALITY: ReadonlySet<DutyCode> = new Set(["address_notification"]);

/** How an employee files one duty: online, at which counter, by post to where. Reference data only. */
export function filingGuide(code: DutyCode, companyOffice: string | null): FilingGuide {
  const info = filingInfo(code, companyOffice);
  const counter = AT_MUNICIPALITY.has(code)
    ? ({ kind: "municipal" } as const)
    : info.office
      ? ({ kind: "immigration", office: info.office } as const)
      : null;
  return { onlineUrl: info.onlineUrl, procedureUrl: info.procedureUrl, counter, post: BY_POST[code] ?? null };
}
