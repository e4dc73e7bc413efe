import type { HrLocale } from "@/lib/i18n/languages";
import { button, esc, htmlFrame } from "../layout";
import type { RenderedEmail } from "../mailer";

export function invitationEmail(props: {
  url: string;
  companyName: string;
  inviterName: string;
  role: string;
  locale: HrLocale;
}): RenderedEmail {
  const ja = props.locale === "ja";
  const subject = ja
    ? `${props.companyName} の Zairyu に招待されました`
    : `You are invited to ${props.companyName} on Zairyu`;
  const intro = ja
    ? `${props.inviterName} さんが、${props.companyName} の在留管理 (Zairyu) にあなたを「${props.role}」として招待しました。リンクは7日間有効です。`
    : `${props.inviterName} invited you to join ${props.companyName} on Zairyu as ${props.role}. The link is valid for 7 days.`;
  const action = ja ? "招待を受ける" : "Accept the invitation";
  const footer = ja
    ? "心当たりがない場合は、このメールを破棄してください。"
    : "If you were not expecting this, you can ignore this email.";
  return {
    subject,
    html: htmlFrame({
      lang: props.locale,
      title: subject,
      body: `<p>${esc(intro)}</p>${button(props.url, action)}`,
      footer: esc(footer),
    }),
    text: `${intro}\n\n${action}: ${props.url}\n\n${footer}\n`,
  };
}
