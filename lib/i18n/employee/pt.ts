import type { DutyTexts } from "./types";

export const PT: DutyTexts = {
  isa_activity_org_notification: {
    title: "Notificação sobre a sua instituição (所属機関に関する届出, instituição de atividade)",
    what: "Quando houver uma mudança na instituição a que você pertence (escola ou local de trabalho), avise a Agência de Serviços de Imigração em até 14 dias.",
    prepare: ["Cartão de residente (在留カード)", "O que mudou e quando", "Nome e endereço da instituição"],
    where: "Agência de Serviços de Imigração (出入国在留管理庁) (online, no guichê ou pelo correio)",
  },
  isa_contract_org_notification: {
    title: "Notificação sobre o seu empregador (所属機関に関する届出, instituição contratante)",
    what: "Quando o seu contrato de trabalho terminar ou você assinar um novo, ou quando a empresa mudar de nome ou de endereço, avise a Agência de Serviços de Imigração em até 14 dias.",
    prepare: [
      "Cartão de residente (在留カード)",
      "A data em que o contrato terminou ou foi assinado",
      "Nome e endereço da empresa",
    ],
    where: "Agência de Serviços de Imigração (出入国在留管理庁) (online, no guichê ou pelo correio)",
  },
  isa_spouse_notification: {
    title: "Notificação sobre o cônjuge (配偶者に関する届出)",
    what: "Depois de um divórcio ou do falecimento do seu cônjuge, avise a Agência de Serviços de Imigração em até 14 dias.",
    prepare: ["Cartão de residente (在留カード)", "A data do divórcio ou do falecimento"],
    where: "Agência de Serviços de Imigração (出入国在留管理庁) (online, no guichê ou pelo correio)",
  },
  isa_org_acceptance_notice: {
    title: "Aviso de aceitação do empregador (受入れに関する届出)",
    what: "Quem faz este aviso é o seu empregador. Você não precisa fazer nada.",
    prepare: [],
    where: "O empregador entrega à Agência de Serviços de Imigração",
  },
  hw_employment_report: {
    title: "Relatório de emprego de estrangeiros (外国人雇用状況の届出)",
    what: "O seu empregador informa a Hello Work (ハローワーク). Você não precisa fazer nada.",
    prepare: [],
    where: "O empregador entrega à Hello Work",
  },
  ssw_adhoc_report: {
    title: "Relatório de Trabalhador com Habilidades Específicas (随時届出)",
    what: "O seu empregador informa a Agência de Serviços de Imigração. Você não precisa fazer nada.",
    prepare: [],
    where: "O empregador entrega à Agência de Serviços de Imigração",
  },
  card_reissue: {
    title: "Nova emissão do cartão de residente perdido (再交付申請)",
    what: "Se você perder o cartão de residente, peça um novo em até 14 dias depois de perceber a perda (se percebeu no exterior, em até 14 dias depois de voltar ao Japão).",
    prepare: [
      "Passaporte",
      "Foto (16 anos ou mais)",
      "Certificado da polícia sobre o registro de perda ou roubo",
    ],
    where: "Um escritório regional de imigração (guichê)",
  },
  card_return: {
    title: "Devolução do cartão de residente (返納)",
    what: "Quando você não precisar mais do cartão (por exemplo, ao se naturalizar japonês), devolva-o em até 14 dias.",
    prepare: ["Cartão de residente (在留カード)"],
    where: "Um escritório regional de imigração, ou pelo correio (filial de Odaiba)",
  },
  address_notification: {
    title: "Notificação do novo endereço (住居地の届出)",
    what: "Depois de se mudar, informe o seu novo endereço à prefeitura da cidade, do distrito ou da vila em até 14 dias.",
    prepare: [
      "Cartão de residente (在留カード)",
      "Certificado de mudança (転出証明書) (se você veio de outro município)",
    ],
    where: "A prefeitura do seu novo endereço (市区町村役場)",
  },
  child_status_acquisition: {
    title: "Status de residência para filho nascido no Japão (在留資格取得)",
    what: "Se o seu filho nascido no Japão for ficar mais de 60 dias, peça o status de residência dele em até 30 dias após o nascimento. Antes, registre o nascimento na prefeitura.",
    prepare: [
      "Certidão do registro de nascimento (出生届出書記載事項証明書)",
      "Passaporte da criança (se tiver)",
      "O seu cartão de residente",
    ],
    where: "Um escritório regional de imigração (guichê)",
  },
  period_of_stay_renewal: {
    title: "Renovação do período de permanência (在留期間更新)",
    what: "Peça a renovação antes de o seu período de permanência vencer. Você pode pedir a partir de cerca de 3 meses antes do vencimento. Depois do vencimento, você ficaria em situação irregular (overstay).",
    prepare: ["Cartão de residente (在留カード)", "Passaporte", "Foto", "Documentos preparados pela empresa"],
    where: "O escritório regional de imigração responsável pelo seu endereço (guichê ou online)",
  },
  card_validity_renewal: {
    title: "Renovação do cartão de residente (有効期間更新)",
    what: "Renove o cartão de residente antes de ele vencer (é o cartão, não o seu status). Você pode pedir a partir de 2 meses antes.",
    prepare: ["Cartão de residente (在留カード)", "Passaporte", "Foto"],
    where: "Um escritório regional de imigração (guichê)",
  },
};
