import type { DutyTexts } from "./types";

export const EN: DutyTexts = {
  isa_activity_org_notification: {
    title: "Notification about your organisation (所属機関に関する届出, activity organisation)",
    what: "When something changes with the organisation you belong to (your school or workplace), tell the Immigration Services Agency within 14 days.",
    prepare: ["Residence card", "What changed and when", "The organisation's name and address"],
    where: "Immigration Services Agency (online, at a counter or by post)",
  },
  isa_contract_org_notification: {
    title: "Notification about your employer (所属機関に関する届出, contract organisation)",
    what: "When your employment contract ends or a new one is signed, or your employer changes its name or address, tell the Immigration Services Agency within 14 days.",
    prepare: [
      "Residence card",
      "The date the contract ended or was signed",
      "The company's name and address",
    ],
    where: "Immigration Services Agency (online, at a counter or by post)",
  },
  isa_spouse_notification: {
    title: "Notification about your spouse (配偶者に関する届出)",
    what: "After a divorce or the death of your spouse, tell the Immigration Services Agency within 14 days.",
    prepare: ["Residence card", "The date of the divorce or death"],
    where: "Immigration Services Agency (online, at a counter or by post)",
  },
  isa_org_acceptance_notice: {
    title: "Employer's notice of acceptance (受入れに関する届出)",
    what: "Your employer files this. You do not need to do anything.",
    prepare: [],
    where: "Your employer files it with the Immigration Services Agency",
  },
  hw_employment_report: {
    title: "Foreign employment report (外国人雇用状況の届出)",
    what: "Your employer reports to Hello Work. You do not need to do anything.",
    prepare: [],
    where: "Your employer files it with Hello Work",
  },
  ssw_adhoc_report: {
    title: "Specified Skilled Worker report (随時届出)",
    what: "Your employer reports to the Immigration Services Agency. You do not need to do anything.",
    prepare: [],
    where: "Your employer files it with the Immigration Services Agency",
  },
  card_reissue: {
    title: "Reissue of a lost residence card (再交付申請)",
    what: "If you lose your residence card, apply for a new one within 14 days of noticing (if you noticed abroad, within 14 days of coming back to Japan).",
    prepare: ["Passport", "Photo (age 16 and over)", "Police certificate of the loss or theft report"],
    where: "A regional immigration services bureau (counter)",
  },
  card_return: {
    title: "Return of the residence card (返納)",
    what: "When you no longer need the card (for example you became a Japanese national), return it within 14 days.",
    prepare: ["Residence card"],
    where: "A regional immigration office, or by post (Odaiba branch)",
  },
  address_notification: {
    title: "Notification of your new address (住居地の届出)",
    what: "After moving house, tell the city, ward or town office of your new address within 14 days.",
    prepare: ["Residence card", "Moving-out certificate (if you came from another municipality)"],
    where: "The municipal office of your new address",
  },
  child_status_acquisition: {
    title: "Status of residence for a child born in Japan (在留資格取得)",
    what: "If your child born in Japan will stay longer than 60 days, apply for the child's status within 30 days of birth. Register the birth at the municipal office first.",
    prepare: [
      "Certificate of the birth registration",
      "The child's passport (if any)",
      "Your residence card",
    ],
    where: "A regional immigration services bureau (counter)",
  },
  period_of_stay_renewal: {
    title: "Extension of your period of stay (在留期間更新)",
    what: "Apply to extend your stay before it expires. You can apply from about 3 months before the expiry date. After the expiry date you would be overstaying.",
    prepare: ["Residence card", "Passport", "Photo", "Documents from your employer"],
    where: "The regional immigration bureau for your address (counter or online)",
  },
  card_validity_renewal: {
    title: "Renewal of the residence card (有効期間更新)",
    what: "Renew your residence card before it expires (this is the card, not your status). You can apply from 2 months before.",
    prepare: ["Residence card", "Passport", "Photo"],
    where: "A regional immigration services bureau (counter)",
  },
};
