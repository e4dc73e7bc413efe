import type { EmployeeEmailCopy } from "./types";

export const PT: EmployeeEmailCopy = {
  subject: {
    created: "Ação necessária: {title}",
    reminder: "Faltam {days} dias: {title}",
    tomorrow: "O prazo termina amanhã: {title}",
    today: "O prazo termina hoje: {title}",
    overdue: "Prazo vencido: {title}",
  },
  greeting: "Prezado(a) {name},",
  lead: {
    created: "{company} informa que você precisa fazer um procedimento. O prazo é {date}.",
    reminder: "O prazo é {date}, daqui a {days} dias. Se ainda não fez, faça o quanto antes.",
    tomorrow: "Amanhã, {date}, é o último dia do prazo. Se ainda não fez, faça agora.",
    today: "Hoje, {date}, é o último dia do prazo. Se ainda não fez, faça hoje.",
    overdue: "O prazo ({date}) já venceu. Faça o procedimento o quanto antes e avise a sua empresa.",
  },
  deadline: "Prazo",
  whatToDo: "O que fazer",
  prepare: "O que preparar",
  where: "Onde fazer",
  online:
    "Fazer on-line (sistema de notificação eletrônica da Agência de Serviços de Imigração, 電子届出システム):",
  procedure: "Página oficial deste procedimento:",
  office: "Escritório de imigração (地方出入国在留管理局):",
  toConfirm: "A interpretação legal deste ponto ainda não está definida. Confirme no escritório.",
  button: "Avisar a empresa que já fiz",
  buttonHint: "Este link é só para você e vale por 30 dias. Não encaminhe este e-mail.",
  footer:
    "Este e-mail foi enviado por {company} pelo Zairyu. Os prazos são calculados a partir de fontes públicas; isto não é aconselhamento jurídico. Se tiver dúvidas, pergunte ao responsável de RH da sua empresa.",
};
