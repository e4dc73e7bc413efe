import type { DutyTexts } from "./types";

export const TL: DutyTexts = {
  isa_activity_org_notification: {
    title:
      "Abiso tungkol sa organisasyong kinabibilangan mo (所属機関に関する届出, organisasyon ng aktibidad)",
    what: "Kapag may pagbabago sa organisasyong kinabibilangan mo (paaralan o lugar ng trabaho), ipaalam ito sa Immigration Services Agency sa loob ng 14 na araw.",
    prepare: [
      "Residence card (在留カード)",
      "Ano ang nagbago at kailan",
      "Pangalan at address ng organisasyon",
    ],
    where: "Immigration Services Agency (出入国在留管理庁) (online, sa counter o sa koreo)",
  },
  isa_contract_org_notification: {
    title: "Abiso tungkol sa iyong employer (所属機関に関する届出, organisasyon ng kontrata)",
    what: "Kapag natapos ang iyong kontrata sa trabaho o pumirma ka ng bago, o nagpalit ng pangalan o address ang kompanya, ipaalam ito sa Immigration Services Agency sa loob ng 14 na araw.",
    prepare: [
      "Residence card (在留カード)",
      "Petsa ng pagtatapos o pagpirma ng kontrata",
      "Pangalan at address ng kompanya",
    ],
    where: "Immigration Services Agency (出入国在留管理庁) (online, sa counter o sa koreo)",
  },
  isa_spouse_notification: {
    title: "Abiso tungkol sa iyong asawa (配偶者に関する届出)",
    what: "Pagkatapos ng diborsiyo o ng pagkamatay ng iyong asawa, ipaalam ito sa Immigration Services Agency sa loob ng 14 na araw.",
    prepare: ["Residence card (在留カード)", "Petsa ng diborsiyo o pagkamatay"],
    where: "Immigration Services Agency (出入国在留管理庁) (online, sa counter o sa koreo)",
  },
  isa_org_acceptance_notice: {
    title: "Abiso ng pagtanggap ng employer (受入れに関する届出)",
    what: "Ang iyong employer ang magsusumite nito. Wala kang kailangang gawin.",
    prepare: [],
    where: "Isinusumite ito ng employer sa Immigration Services Agency",
  },
  hw_employment_report: {
    title: "Ulat sa pagtatrabaho ng dayuhan (外国人雇用状況の届出)",
    what: "Ang iyong employer ang mag-uulat sa Hello Work (ハローワーク). Wala kang kailangang gawin.",
    prepare: [],
    where: "Isinusumite ito ng employer sa Hello Work",
  },
  ssw_adhoc_report: {
    title: "Ulat para sa Specified Skilled Worker (随時届出)",
    what: "Ang iyong employer ang mag-uulat sa Immigration Services Agency. Wala kang kailangang gawin.",
    prepare: [],
    where: "Isinusumite ito ng employer sa Immigration Services Agency",
  },
  card_reissue: {
    title: "Muling pag-isyu ng nawalang residence card (再交付申請)",
    what: "Kung nawala mo ang iyong residence card, mag-apply ng bago sa loob ng 14 na araw mula nang mapansin mo ito (kung napansin mo sa ibang bansa, sa loob ng 14 na araw mula nang bumalik ka sa Japan).",
    prepare: [
      "Pasaporte",
      "Litrato (edad 16 pataas)",
      "Sertipiko ng pulis sa ulat ng pagkawala o pagnanakaw",
    ],
    where: "Regional Immigration Services Bureau (counter)",
  },
  card_return: {
    title: "Pagsasauli ng residence card (返納)",
    what: "Kapag hindi mo na kailangan ang card (halimbawa, naging Japanese citizen ka), isauli ito sa loob ng 14 na araw.",
    prepare: ["Residence card (在留カード)"],
    where: "Regional immigration office, o sa koreo (Odaiba branch)",
  },
  address_notification: {
    title: "Abiso ng bagong address (住居地の届出)",
    what: "Pagkatapos lumipat ng bahay, ipaalam ang bagong address sa city, ward o town office sa loob ng 14 na araw.",
    prepare: [
      "Residence card (在留カード)",
      "Moving-out certificate (転出証明書) (kung galing ka sa ibang munisipyo)",
    ],
    where: "Munisipyo ng iyong bagong address (市区町村役場)",
  },
  child_status_acquisition: {
    title: "Status of residence para sa batang ipinanganak sa Japan (在留資格取得)",
    what: "Kung ang anak mong ipinanganak sa Japan ay mananatili nang higit sa 60 araw, mag-apply ng status ng bata sa loob ng 30 araw mula sa kapanganakan. Iparehistro muna ang kapanganakan sa munisipyo.",
    prepare: [
      "Sertipiko ng birth registration (出生届出書記載事項証明書)",
      "Pasaporte ng bata (kung mayroon)",
      "Ang iyong residence card",
    ],
    where: "Regional Immigration Services Bureau (counter)",
  },
  period_of_stay_renewal: {
    title: "Pagpapahaba ng panahon ng pananatili (在留期間更新)",
    what: "Mag-apply para pahabain ang iyong pananatili bago ito mag-expire. Puwede kang mag-apply mula mga 3 buwan bago ang expiry date. Pagkalipas ng expiry date, ituturing kang overstaying.",
    prepare: ["Residence card (在留カード)", "Pasaporte", "Litrato", "Mga dokumento mula sa iyong employer"],
    where: "Regional immigration bureau na sumasaklaw sa iyong address (counter o online)",
  },
  card_validity_renewal: {
    title: "Pag-renew ng residence card (有効期間更新)",
    what: "I-renew ang iyong residence card bago ito mag-expire (ang card ito, hindi ang iyong status). Puwede kang mag-apply mula 2 buwan bago.",
    prepare: ["Residence card (在留カード)", "Pasaporte", "Litrato"],
    where: "Regional Immigration Services Bureau (counter)",
  },
};
