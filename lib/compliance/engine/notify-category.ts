/**
 * Which art. 19-16 organisation notification a person owes (RULES R1, R7; statuses.json `notify`).
 * Where the category depends on a fact we lack, the conservative reading is the contract category
 * (it owes a notice on every organisation change), flagged toConfirm with the reason.
 */
import type { Bilingual } from "../rules/types";
import type { Ctx } from "./context";

export type OrgCategory = {
  kind: "activity" | "contract";
  ruleId: "isa-19-16-activity" | "isa-19-16-contract" | "isa-19-16-contract-esd";
  caveat?: Bilingual;
};

const ACTIVITY: OrgCategory = { kind: "activity", ruleId: "isa-19-16-activity" };
const CONTRACT: OrgCategory = { kind: "contract", ruleId: "isa-19-16-contract" };

/** The 19-16 item 1/2 category, or null when the status has none (item 3 is handled separately). */
export function orgCategory(ctx: Ctx): OrgCategory | null {
  switch (ctx.status.notify) {
    case "activity":
      return ACTIVITY;
    case "contract":
      return CONTRACT;
    case "contract_or_activity":
      // 高度専門職2号: ハ-type (management) work → activity; イ/ロ-type → contract.
      if (ctx.hsp2Activity === "ha") return ACTIVITY;
      if (ctx.hsp2Activity === "i" || ctx.hsp2Activity === "ro") return CONTRACT;
      return {
        ...CONTRACT,
        caveat: {
          ja: "高度専門職2号の活動（イ・ロ又はハ）が未入力のため、契約機関として扱っています。ハ（経営・管理）の場合は活動機関に関する届出です。",
          en: "The 高度専門職2号 activity type (i/ro or ha) is missing, so the contract category is assumed; for ha-type (management) work it is the activity-organisation notification.",
        },
      };
    case "contract_if_japanese_contract":
      // 興行: item 2 only when working under a contract with a Japanese organisation.
      if (ctx.japaneseContract === true) return CONTRACT;
      if (ctx.japaneseContract === false) return null;
      return {
        ...CONTRACT,
        caveat: {
          ja: "興行は本邦の機関との契約に基づく場合のみ対象です。契約の有無が未入力のため対象として扱っています。",
          en: "興行 is covered only under a contract with a Japanese organisation; that fact is missing, so the notice is assumed to be owed.",
        },
      };
    case "unknown":
      // 育成就労 (from 2027-04-01): category unpublished (open question 12); the rule itself is flagged.
      return { kind: "contract", ruleId: "isa-19-16-contract-esd" };
    case "spouse":
    case "none":
      return null;
  }
}

/**
 * The category for events of *this employer* (hire, leave, the employer's own changes). For 留学 the
 * activity organisation is the school, so a part-time employer's events give no 19-16 duty (R1, scenario 23).
 */
export function employerOrgCategory(ctx: Ctx): OrgCategory | null {
  if (ctx.status.code === "student") return null;
  return orgCategory(ctx);
}

/** 19-16 item 3: spouse holders of 家族滞在 / 日本人の配偶者等 / 永住者の配偶者等 only, never children. */
export function owesSpouseNotice(ctx: Ctx): boolean {
  return ctx.status.notify === "spouse" && ctx.holderRole === "spouse";
}
