import type { EmployeeEmailCopy } from "./types";

export const TL: EmployeeEmailCopy = {
  subject: {
    created: "Kailangang gawin: {title}",
    reminder: "{days} araw na lang: {title}",
    tomorrow: "Huling araw bukas: {title}",
    today: "Huling araw ngayon: {title}",
    overdue: "Lampas na sa deadline: {title}",
  },
  greeting: "Mahal na {name},",
  lead: {
    created: "Ipinapaalam ng {company} ang isang proseso na kailangan mong gawin. Ang deadline ay {date}.",
    reminder:
      "Ang deadline ay {date}, {days} araw mula ngayon. Kung hindi mo pa ito nagagawa, pakigawa agad.",
    tomorrow: "Bukas, {date}, ang deadline. Kung hindi mo pa ito nagagawa, pakigawa na ngayon.",
    today: "Ngayong araw, {date}, ang deadline. Kung hindi mo pa ito nagagawa, pakigawa ngayong araw.",
    overdue:
      "Lumampas na ang deadline ({date}). Pakigawa ito sa lalong madaling panahon at sabihan ang iyong kompanya.",
  },
  deadline: "Deadline",
  whatToDo: "Ang dapat gawin",
  prepare: "Mga dapat ihanda",
  where: "Saan ito isusumite",
  online: "Isumite online (electronic notification system ng Immigration Services Agency, 電子届出システム):",
  procedure: "Opisyal na pahina ng prosesong ito:",
  office: "Tanggapan ng imigrasyon (地方出入国在留管理局):",
  toConfirm: "Hindi pa tiyak ang legal na interpretasyon ng puntong ito. Pakitanong sa tanggapan.",
  button: "Sabihan ang kompanya na nagawa ko na",
  buttonHint:
    "Para sa iyo lamang ang link na ito at gumagana ito nang 30 araw. Huwag ipasa ang email na ito sa iba.",
  footer:
    "Ipinadala ng {company} ang email na ito sa pamamagitan ng Zairyu. Ang mga deadline ay kinalkula mula sa mga pampublikong sanggunian; hindi ito legal na payo. Kung may hindi malinaw, magtanong sa iyong HR contact.",
};
