/** Art. 19-16 (employee) and 19-17 (organisation) notifications to ISA (RULES R1, R2). */
import { CARD_SYSTEM_START, type Rule } from "./types";

const ACT = "出入国管理及び難民認定法";
const FOURTEEN = { kind: "period_days", days: 14, extended: true } as const;

export const ISA_ORG_RULES: readonly Rule[] = [
  {
    id: "isa-19-16-activity",
    version: 1,
    validFrom: CARD_SYSTEM_START,
    validTo: null,
    duty: "isa_activity_org_notification",
    owner: "employee",
    bestEffort: false,
    deadline: FOURTEEN,
    basis: `${ACT} 第19条の16第1号`,
    source: "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00014.html",
    confidence: "H",
    toConfirm: false,
    title: { ja: "活動機関に関する届出", en: "Notification of the activity organisation" },
    explanation: {
      ja: "活動機関の名称・所在地の変更、消滅、離脱又は移籍があった日から14日以内に、本人が出入国在留管理庁長官に届け出る義務があります（末日が閉庁日の場合は翌開庁日まで延長）。",
      en: "The resident must notify ISA within 14 days when their activity organisation changes its name or address, ceases to exist, or when they leave it or move to a new one (extended to the next open day).",
    },
    notes:
      "Owed by the employee personally; the employer may remind and help. Fine up to ¥200,000 (art. 71-3) — penalties are shown as to confirm.",
  },
  {
    id: "isa-19-16-contract",
    version: 1,
    validFrom: CARD_SYSTEM_START,
    validTo: null,
    duty: "isa_contract_org_notification",
    owner: "employee",
    bestEffort: false,
    deadline: FOURTEEN,
    basis: `${ACT} 第19条の16第2号`,
    source: "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00015.html",
    confidence: "H",
    toConfirm: false,
    title: { ja: "契約機関に関する届出", en: "Notification of the contract organisation" },
    explanation: {
      ja: "契約機関の名称・所在地の変更、消滅、契約の終了又は新たな契約の締結があった日から14日以内に、本人が届け出る義務があります。新たな契約は契約締結日が起算日です。",
      en: "The resident must notify ISA within 14 days when the contract organisation changes its name or address or ceases to exist, when the contract ends, or when a new contract is concluded (counted from the day the contract was concluded).",
    },
    notes:
      "Trigger for a new contract is the conclusion date (M); without it the start date is used and the duty is approximate.",
  },
  {
    id: "isa-19-16-contract-esd",
    version: 1,
    validFrom: "2027-04-01",
    validTo: null,
    duty: "isa_contract_org_notification",
    owner: "employee",
    bestEffort: false,
    deadline: FOURTEEN,
    basis: `${ACT} 第19条の16（育成就労の届出区分は未公表）`,
    source: "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00015.html",
    confidence: "L",
    toConfirm: true,
    title: {
      ja: "所属機関に関する届出（育成就労・区分要確認）",
      en: "Organisation notification (育成就労, category to confirm)",
    },
    explanation: {
      ja: "育成就労の第19条の16の区分は未公表です。保守的に契約機関に関する届出として14日以内の期限を示しています。人事担当者が区分を確認してください。",
      en: "The 19-16 category for 育成就労 has not been published. As the conservative reading we show the contract-organisation notification with its 14-day deadline; HR must confirm the category.",
    },
    notes:
      "RULES R10 / open question 12. Conservative reading; replace with a new version once ISA publishes the category.",
  },
  {
    id: "isa-19-16-spouse",
    version: 1,
    validFrom: CARD_SYSTEM_START,
    validTo: null,
    duty: "isa_spouse_notification",
    owner: "employee",
    bestEffort: false,
    deadline: FOURTEEN,
    basis: `${ACT} 第19条の16第3号`,
    source: "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00016.html",
    confidence: "H",
    toConfirm: false,
    title: { ja: "配偶者に関する届出", en: "Notification concerning the spouse" },
    explanation: {
      ja: "配偶者としての身分に基づく在留資格を持つ配偶者は、離婚又は配偶者の死亡の日から14日以内に届け出る義務があります。子は対象外です。",
      en: "A spouse holding a spouse-based status must notify ISA within 14 days of divorce or of the spouse's death. Children holding the same status are not covered.",
    },
    notes: "Covers 家族滞在, 日本人の配偶者等, 永住者の配偶者等 spouse holders only. No employer filing.",
  },
  {
    id: "isa-19-17",
    version: 1,
    validFrom: CARD_SYSTEM_START,
    validTo: null,
    duty: "isa_org_acceptance_notice",
    owner: "employer",
    bestEffort: true,
    deadline: FOURTEEN,
    basis: `${ACT} 第19条の17`,
    source: "https://www.moj.go.jp/isa/applications/procedures/shozokutodokede_00001.html",
    confidence: "H",
    toConfirm: false,
    title: { ja: "中長期在留者の受入れに関する届出", en: "Notice of accepting a mid- to long-term resident" },
    explanation: {
      ja: "ハローワークへの外国人雇用状況の届出義務がない受入れ（労働者でない役員など）では、受入れの開始・終了から14日以内に所属機関が届け出るよう努めるものとされています（努力義務・罰則なし）。",
      en: "Where no Hello Work report is owed (e.g. a director who is not an employee), the organisation should notify ISA within 14 days of the start or end of acceptance. It is a best-efforts duty without penalty.",
    },
    notes:
      "Exempt where the HW report is owed (LPCPA 28(1)) and for SSW host organisations. The officer example is M. Whether 介護 is covered is open question 5 (flagged).",
  },
];
