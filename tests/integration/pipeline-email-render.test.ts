import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dutyEmployeeEmail } from "@/lib/email/templates/duty-employee";
import { dutyHrEmail } from "@/lib/email/templates/duty-hr";
import { EMPLOYEE_LANGUAGES, type EmployeeLanguage } from "@/lib/i18n/languages";
import { filingInfo } from "@/lib/services/pipeline/send/filing-info";
import { launchBrowser } from "../helpers/browser";
import { screenshot } from "../helpers/screenshots";

const LINK = "http://localhost:3000/e/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const render = (language: EmployeeLanguage, stage: "created" | "reminder" = "created") =>
  dutyEmployeeEmail({
    language,
    stage,
    employeeName: "NGUYEN VAN AN",
    companyName: "株式会社サンプル",
    duty: { code: "isa_contract_org_notification", dueDate: "2027-04-14", toConfirm: false },
    daysLeft: 7,
    link: LINK,
    ...filingInfo("isa_contract_org_notification", null),
  });

describe("the employee's email, in their language", () => {
  const cases = [
    {
      language: "ja",
      subject: "【手続きのお知らせ】所属機関に関する届出 (契約機関)",
      deadline: "期限: 2027年4月14日 (水)",
      legal: "法的助言ではありません",
      button: "手続きをしたら会社に知らせる",
    },
    {
      language: "en",
      subject:
        "Action needed: Notification about your employer (所属機関に関する届出, contract organisation)",
      deadline: "Deadline: Wed 14 Apr 2027",
      legal: "not legal advice",
      button: "Tell my company I have done it",
    },
    {
      language: "vi",
      subject: "Cần làm thủ tục:",
      deadline: "Hạn chót: ",
      legal: "không phải là tư vấn pháp lý",
      button: "Báo cho công ty là tôi đã làm xong",
    },
  ] as const;

  for (const c of cases)
    it(`${c.language}: the duty, the deadline, where and how to file, the personal link and the not-legal-advice line`, () => {
      const email = render(c.language);
      expect(email.subject.startsWith(c.subject)).toBe(true);
      expect(email.text).toContain(c.deadline);
      expect(email.text).toContain("2027"); // the deadline's year in every language
      expect(email.text).toContain("https://www.moj.go.jp/isa/publications/materials/i-ens_index.html"); // e-notification system
      expect(email.text).toContain(
        "https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00015.html",
      );
      expect(email.text).toContain("東京出入国在留管理局");
      expect(email.text).toContain(`${c.button}: ${LINK}`);
      expect(email.text).toContain(c.legal);
      expect(email.html).toContain(`href="${LINK}"`);
      expect(email.html).toContain(`lang="${c.language}"`);
    });

  it("vi shows its own long date with the ISO date beside it", () => {
    expect(render("vi").text).toContain("(2027-04-14)");
  });

  it("every employee language renders with no placeholder left and the legal term kept in Japanese", () => {
    for (const language of EMPLOYEE_LANGUAGES)
      for (const stage of ["created", "reminder"] as const) {
        const email = render(language, stage);
        expect(`${email.subject}${email.text}`, `${language}/${stage}`).not.toMatch(/\{\w+\}/);
        expect(email.text, language).toContain("電子届出システム");
        expect(email.text, language).toContain("地方出入国在留管理局");
      }
  });

  it("HR gets Japanese and English in one message", () => {
    const email = dutyHrEmail({
      stage: "overdue",
      employeeName: "NGUYEN VAN AN",
      companyName: "株式会社サンプル",
      title: { ja: "所属機関に関する届出", en: "Notification of the contract organisation" },
      dueDate: "2027-04-14",
      daysLeft: -3,
      owner: "employee",
      toConfirm: true,
      url: "http://localhost:3000/employees/x/events",
    });
    expect(email.subject).toBe(
      "【期限超過 3日】所属機関に関する届出 (NGUYEN VAN AN) / Overdue by 3 days: Notification of the contract organisation (NGUYEN VAN AN)",
    );
    expect(email.text).toContain("期限: 2027年4月14日 (水)");
    expect(email.text).toContain("Deadline: Wed 14 Apr 2027");
    expect(email.html).toContain("To confirm");
  });
});

describe("rendered in Chromium (screenshots for the README)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const language of ["ja", "en", "vi"] as const)
    it(`email-${language}.png shows the deadline and the button`, async () => {
      const page = await browser.newPage({ viewport: { width: 680, height: 900 } });
      const email = render(language);
      await page.setContent(email.html, { waitUntil: "load" });
      const button = page.getByRole("link", {
        name:
          render(language)
            .text.split("\n")
            .find((l) => l.includes(LINK))
            ?.split(":")[0] ?? "",
      });
      expect(await button.getAttribute("href")).toBe(LINK);
      expect(await page.locator("body").textContent()).toContain("2027");
      await screenshot(page, `email-${language}`);
      await page.close();
    });
});
