/** Employer filings: Hello Work report (LPCPA 28, RULES R3) and 特定技能 host reports (R9). */
import type { Rule } from "./types";

const LPCPA = "労働施策総合推進法 第28条第1項";
const HW_SOURCE =
  "http://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/koyou/gaikokujin/gaikokujin-koyou/07.html";
const SSW_SOURCE = "https://www.moj.go.jp/isa/applications/ssw/nyuukokukanri10_00002.html";
const HW_FROM = "2007-10-01";

export const EMPLOYER_RULES: readonly Rule[] = [
  {
    id: "hw-insured-hire",
    version: 1,
    validFrom: HW_FROM,
    validTo: null,
    duty: "hw_employment_report",
    owner: "employer",
    bestEffort: false,
    deadline: { kind: "tenth_of_next_month" },
    basis: `${LPCPA}（雇用保険被保険者資格取得届）`,
    source: HW_SOURCE,
    confidence: "L",
    toConfirm: true,
    title: {
      ja: "外国人雇用状況の届出（雇入れ・雇用保険被保険者）",
      en: "Hello Work foreign employment report (hire, insured)",
    },
    explanation: {
      ja: "雇用保険の被保険者となる外国人を雇い入れたときは、雇入れの翌月10日までに資格取得届とともに届け出ます。暦日の期限のため閉庁日でも延長せず、当日を期限として示します（延長の可否は要確認）。",
      en: "When hiring an insured foreign worker, the employer reports with the insurance acquisition form by the 10th of the following month. It is a calendar date, so we show it unextended; whether it rolls past a closed day is to confirm.",
    },
    notes: "R3/R11: calendar-date deadline; roll unconfirmed (L). The rolled date is informational only.",
  },
  {
    id: "hw-insured-separation",
    version: 1,
    validFrom: HW_FROM,
    validTo: null,
    duty: "hw_employment_report",
    owner: "employer",
    bestEffort: false,
    deadline: { kind: "period_days", days: 10, extended: true },
    basis: `${LPCPA}（雇用保険被保険者資格喪失届）`,
    source: HW_SOURCE,
    confidence: "M",
    toConfirm: false,
    title: {
      ja: "外国人雇用状況の届出（離職・雇用保険被保険者）",
      en: "Hello Work foreign employment report (separation, insured)",
    },
    explanation: {
      ja: "雇用保険の被保険者である外国人が離職したときは、離職日の翌日から起算して10日以内に資格喪失届とともに届け出ます（閉庁日は翌開庁日まで延長）。",
      en: "When an insured foreign worker leaves, the employer reports with the insurance loss form within 10 days counted from the day after the last day of employment, extended past closed days.",
    },
    notes:
      "RULES decision: last day + 10, extended. The stricter reading (loss date + 10 = last day + 11) is shown as strictReading (open question 3).",
  },
  {
    id: "hw-uninsured",
    version: 1,
    validFrom: HW_FROM,
    validTo: null,
    duty: "hw_employment_report",
    owner: "employer",
    bestEffort: false,
    deadline: { kind: "end_of_next_month" },
    basis: `${LPCPA}（外国人雇用状況届出書 様式第3号）`,
    source: HW_SOURCE,
    confidence: "L",
    toConfirm: true,
    title: {
      ja: "外国人雇用状況の届出（雇用保険被保険者以外）",
      en: "Hello Work foreign employment report (not insured)",
    },
    explanation: {
      ja: "雇用保険の被保険者でない外国人の雇入れ・離職は、翌月末日までに様式第3号で届け出ます。暦日の期限のため延長せず当日を示します（延長の可否は要確認）。",
      en: "For a worker not insured under employment insurance, the employer files form 3 by the last day of the month after the hire or separation. A calendar date: shown unextended; whether it rolls is to confirm.",
    },
    notes:
      "R3/R11: calendar-date deadline; roll unconfirmed (L). Fine up to ¥300,000 (LPCPA 40) — to confirm.",
  },
  {
    id: "ssw-adhoc",
    version: 1,
    validFrom: "2019-04-01",
    validTo: null,
    duty: "ssw_adhoc_report",
    owner: "employer",
    bestEffort: false,
    deadline: { kind: "period_days", days: 14, extended: true },
    basis: "出入国管理及び難民認定法 第19条の18第1項",
    source: SSW_SOURCE,
    confidence: "H",
    toConfirm: false,
    title: { ja: "特定技能所属機関による随時届出", en: "特定技能 host organisation ad-hoc report" },
    explanation: {
      ja: "特定技能外国人との雇用契約の締結・終了等があったときは、特定技能所属機関が14日以内に届け出る義務があります。本人の契約機関に関する届出とは別の届出です。",
      en: "The 特定技能 host organisation must report a new or ended employment contract within 14 days. It is separate from the worker's own contract-organisation notification.",
    },
    notes: "R9. Roll forward applies (M). Penalty mapping after the 2025 reform is M.",
  },
  {
    id: "ssw-periodic",
    version: 1,
    validFrom: "2019-04-01",
    validTo: "2025-03-31",
    duty: "ssw_periodic_report",
    owner: "employer",
    bestEffort: false,
    deadline: { kind: "period_days", days: 14, extended: true },
    basis: "出入国管理及び難民認定法 第19条の18第2項",
    source: SSW_SOURCE,
    confidence: "H",
    toConfirm: false,
    title: { ja: "特定技能所属機関による定期届出（四半期）", en: "特定技能 periodic report (quarterly)" },
    explanation: {
      ja: "2025年3月までは四半期ごとに、各四半期の翌日から14日以内に届け出ていました。",
      en: "Until March 2025 the report was quarterly, due within 14 days after each quarter.",
    },
    notes: "Superseded; the last quarterly report was due 2025-04-15.",
  },
  {
    id: "ssw-periodic",
    version: 2,
    validFrom: "2025-04-01",
    validTo: null,
    duty: "ssw_periodic_report",
    owner: "employer",
    bestEffort: false,
    deadline: { kind: "annual_window", opensMonthDay: "04-01", closesMonthDay: "05-31" },
    basis: "出入国管理及び難民認定法 第19条の18第2項",
    source: SSW_SOURCE,
    confidence: "L",
    toConfirm: true,
    title: { ja: "特定技能所属機関による定期届出（年1回）", en: "特定技能 annual report" },
    explanation: {
      ja: "前年度（4月1日〜3月31日）に特定技能外国人を1日でも雇用した所属機関は、4月1日から5月31日までに年1回の定期届出を行います。5月31日が閉庁日の場合に延長されるかは未確認のため、直前の開庁日までに提出してください。",
      en: "An organisation that employed a 特定技能 worker on any day of the fiscal year (Apr–Mar) files the annual report between 1 April and 31 May. Whether a closed 31 May rolls is unconfirmed, so file by the last open day before it.",
    },
    notes: "R9 (H for the window), roll L (R11). First annual report: 2026-04-01…2026-05-31 for FY2025.",
  },
];
