import type { HrLocale } from "@/lib/i18n/languages";
import { button, esc, htmlFrame } from "../layout";
import type { RenderedEmail } from "../mailer";

const copy = {
  ja: {
    subject: "Zairyu へのサインインリンク",
    intro: "下のボタンから Zairyu にサインインできます。リンクの有効期限は24時間で、一度だけ使えます。",
    action: "サインイン",
    ignore: "このメールに心当たりがない場合は、何もせず破棄してください。",
  },
  en: {
    subject: "Your Zairyu sign-in link",
    intro: "Use the button below to sign in to Zairyu. The link works once and expires in 24 hours.",
    action: "Sign in",
    ignore: "If you did not ask for this email, you can ignore it.",
  },
} as const;

export function magicLinkEmail(props: { url: string; locale: HrLocale }): RenderedEmail {
  const t = copy[props.locale];
  return {
    subject: t.subject,
    html: htmlFrame({
      lang: props.locale,
      title: t.subject,
      body: `<p>${esc(t.intro)}</p>${button(props.url, t.action)}<p style="font-size:13px;color:#57606a;word-break:break-all">${esc(props.url)}</p>`,
      footer: esc(t.ignore),
    }),
    text: `${t.intro}\n\n${t.action}: ${props.url}\n\n${t.ignore}\n`,
  };
}
