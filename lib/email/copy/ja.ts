import type { EmployeeEmailCopy } from "./types";

export const JA: EmployeeEmailCopy = {
  subject: {
    created: "【手続きのお知らせ】{title}",
    reminder: "【期限まであと{days}日】{title}",
    tomorrow: "【明日が期限です】{title}",
    today: "【本日が期限です】{title}",
    overdue: "【期限を過ぎています】{title}",
  },
  greeting: "{name} さん",
  lead: {
    created: "{company} から、あなたが行う手続きのお知らせです。期限は {date} です。",
    reminder: "期限 {date} まであと{days}日です。まだの場合は手続きをしてください。",
    tomorrow: "明日 {date} が期限です。まだの場合は、早めに手続きをしてください。",
    today: "本日 {date} が期限です。まだの場合は、今日中に手続きをしてください。",
    overdue: "期限 ({date}) を過ぎています。できるだけ早く手続きをして、会社に知らせてください。",
  },
  deadline: "期限",
  whatToDo: "すること",
  prepare: "用意するもの",
  where: "届け出る先",
  online: "オンラインで届け出る (出入国在留管理庁電子届出システム):",
  procedure: "この手続きの公式ページ:",
  office: "窓口 (地方出入国在留管理局):",
  toConfirm: "この点は法令の解釈が定まっていません。窓口で確認してください。",
  button: "手続きをしたら会社に知らせる",
  buttonHint: "このリンクはあなた専用です (30日間有効)。他の人に転送しないでください。",
  footer:
    "このメールは {company} が Zairyu を通じて送信しています。期限は公開情報から計算したもので、法的助言ではありません。わからないことは会社の担当者に聞いてください。",
};
