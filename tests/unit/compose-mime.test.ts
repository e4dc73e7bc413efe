import { simpleParser } from "mailparser";
import MailComposer from "nodemailer/lib/mail-composer";
import { describe, expect, it } from "vitest";
import { composeAlternative } from "@/lib/email/compose-mime";

// The worker's emails are composed by hand (lib/email/compose-mime.ts): read back by a real MIME parser,
// each must say what nodemailer's MailComposer would have said.
const from = { name: "Zairyu 在留", address: "no-reply@zairyu.localhost" };
const cases = [
  {
    subject: "【要対応】在留カードの更新期限が近づいています – Nguyễn Văn A さん",
    text: "こんにちは\n期限: 2027年4月14日",
    html: "<p>こんにちは</p>",
  },
  {
    subject: "Reminder: notify the immigration office of your new address within 14 days (Tue 14 Apr 2026)",
    text: "Hello,\r\nplease confirm.",
    html: "<p>Hello</p>",
  },
  {
    subject: "Nhắc nhở: thông báo địa chỉ mới trong vòng 14 ngày =?UTF-8?B?eA==?=",
    text: "Xin chào ".repeat(40),
    html: `<p>${"ສະບາຍດີ ".repeat(60)}</p>`,
  },
  { subject: "", text: "", html: "" },
];

describe("composeAlternative", () => {
  it.each(cases)("reads back as MailComposer's message: $subject", async (c) => {
    const headers = { "X-Zairyu-Notification": "n-1", "Message-ID": "<notification-n-1@zairyu.localhost>" };
    const to = ["a@example.test", "b.c+d@example.test"];
    const mine = composeAlternative({ from, to, ...c, headers });
    if (!mine) throw new Error("composed nothing");
    const theirs = await new MailComposer({ from, to: to.join(", "), ...c, headers, textEncoding: "base64" })
      .compile()
      .build();
    const [a, b] = await Promise.all([simpleParser(mine.raw), simpleParser(theirs)]);
    for (const key of ["subject", "text", "html", "messageId"] as const) expect(a[key]).toEqual(b[key]);
    expect(a.from?.value).toEqual(b.from?.value);
    expect(a.to).toEqual(b.to);
    expect(a.headers.get("x-zairyu-notification")).toBe("n-1");
    expect(a.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
    expect(mine.envelope).toEqual({ from: from.address, to });
    // RFC 5322: lines end in CRLF and stay under 78 characters in the header.
    const head = mine.raw.toString().split("\r\n\r\n")[0] ?? "";
    for (const line of head.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(mine.raw.toString()).not.toMatch(/[^\r]\n/);
  });

  it("leaves addresses it cannot write plainly to MailComposer", () => {
    const c = { subject: "s", text: "t", html: "h", headers: {} };
    expect(composeAlternative({ from, to: ["ユーザー@例え.jp"], ...c })).toBeUndefined();
    expect(composeAlternative({ from, to: ["Name <a@example.test>"], ...c })).toBeUndefined();
  });
});
