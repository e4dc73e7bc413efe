import type { DutyCode } from "@/lib/compliance";
import offices from "@/lib/data/immigration-offices.json";
import type { FilingOffice } from "@/lib/email/templates/duty-employee";

type Office = { name: string; nameEn: string; type: string; address?: string; phone?: string };
const OFFICES = offices.offices as Office[];
const LINKS = offices.links;

/** The 19-16 notifications can be filed through the ISA electronic notification system. */
const ONLINE: Partial<Record<DutyCode, string>> = {
  isa_activity_org_notification: LINKS.notifyActivityOrg,
  isa_contract_org_notification: LINKS.notifyContractOrg,
  isa_spouse_notification: LINKS.notifySpouse,
};
const PROCEDURE: Partial<Record<DutyCode, string>> = {
  ...ONLINE,
  card_reissue: LINKS.cardReissue,
  card_return: LINKS.cardReturn,
  child_status_acquisition: LINKS.statusAcquisition,
  period_of_stay_renewal: LINKS.renewal,
  card_validity_renewal: LINKS.renewal,
};
/** Filed at the municipality (address) or by the employer: no immigration office to show. */
const NO_OFFICE: ReadonlySet<string> = new Set<DutyCode>([
  "address_notification",
  "hw_employment_report",
  "isa_org_acceptance_notice",
  "ssw_adhoc_report",
]);

/**
 * Where and how to file a duty: the ISA e-notification system where it applies, the official page of
 * the procedure, and the company's immigration office (its setting; Tokyo when unset or unknown).
 */
export function filingInfo(
  code: DutyCode,
  companyOffice: string | null,
): { onlineUrl: string | null; procedureUrl: string | null; office: FilingOffice | null } {
  const online = ONLINE[code] ? LINKS.eNotification : null;
  const procedureUrl = PROCEDURE[code] ?? null;
  if (NO_OFFICE.has(code)) return { onlineUrl: online, procedureUrl, office: null };
  const found =
    OFFICES.find((o) => o.name === companyOffice || o.nameEn === companyOffice) ??
    OFFICES.find((o) => o.name === "東京出入国在留管理局");
  const office = found
    ? { name: found.name, nameEn: found.nameEn, address: found.address ?? null, phone: found.phone ?? null }
    : null;
  return { onlineUrl: online, procedureUrl, office };
}
