import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "@/lib/i18n/format";
import { seedScenario } from "../factories/dashboard-scenario";
import { launchBrowser } from "../helpers/browser";
import { ownerSql } from "../helpers/db";
import { screenshot } from "../helpers/screenshots";
import { axeViolations, base, fitsViewport, makeOwner, signedInPage } from "./dashboard-support";

const owner = ownerSql();
let browser: Browser;
let a: Awaited<ReturnType<typeof makeOwner>>;
let ids: Record<string, string>;
let page: Page;
const today = todayInJapan();

beforeAll(async () => {
  browser = await launchBrowser();
  a = await makeOwner("株式会社サンプル");
  ids = await seedScenario(a.ctx, owner, today);
  page = await signedInPage(browser, a.email, "ja");
});
afterAll(async () => {
  await browser?.close();
  await owner.end();
});

const tileCount = async (id: string) =>
  Number(await page.getByTestId(`tile-${id}`).locator(".num").textContent());
const tableNames = async () => (await page.locator("tbody tr td:first-child a").allTextContents()).sort();
const employeeCount = async (companyId: string) =>
  (await owner`select count(*)::int as n from employees where company_id = ${companyId}`)[0]?.n as number;

describe("the overview", () => {
  it("shows every risk, and each count opens a list of exactly that many", async () => {
    await page.goto(`${base}/dashboard`);
    expect(await tileCount("cannotWork")).toBe(3);
    expect(await tileCount("specialPeriod")).toBe(1);
    expect(await tileCount("renewalWindow")).toBe(1);
    expect(await tileCount("unverifiedCards")).toBe(4);
    expect(await tileCount("failedEmails")).toBe(1);
    // Which duties are overdue depends on today's date (e.g. a Hello Work report due the 10th): the tile must
    // match what the pipeline stored, and include the two the scenario makes overdue whatever the date.
    const [stored] =
      await owner`select count(*)::int as n from duties d join employees e on e.id = d.employee_id where d.company_id = ${a.ctx.companyId} and d.status = 'open' and d.due_date < ${today}::date`;
    expect(await tileCount("overdue")).toBe(stored?.n);
    await expect(page.getByTestId("section-overdue").textContent()).resolves.toMatch(
      /NGUYEN VAN AN|RAI SURESH/,
    );
    await expect(page.getByTestId("section-specialPeriod").textContent()).resolves.toMatch(
      /KIM MINJUN.*まで就労可/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "overview-ja");

    for (const id of ["cannotWork", "specialPeriod", "renewalWindow", "unverifiedCards"]) {
      await page.goto(`${base}/dashboard`);
      const count = await tileCount(id);
      await page.getByTestId(`tile-${id}`).click();
      await page.waitForURL(/\/employees\?risk=/);
      expect(await page.locator("tbody tr").count(), id).toBe(count);
    }
    await page.goto(`${base}/employees?risk=cannot_work`);
    expect(await tableNames()).toEqual(["LI WEI", "RAI SURESH", "SANTOS MARIA"]);
    for (const id of ["overdue", "dueSoon"]) {
      await page.goto(`${base}/dashboard`);
      const count = await tileCount(id);
      await page.getByTestId(`tile-${id}`).click();
      await page.waitForURL(/\/dashboard\/duties\?state=/);
      expect(await page.locator("tbody tr").count(), id).toBe(count);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/dashboard`);
    await page.getByTestId("tile-failedEmails").click();
    await page.waitForURL("**/dashboard/emails");
    expect(await page.locator("tbody tr").allTextContents()).toEqual([expect.stringContaining("RAI SURESH")]);
  });

  it("works on a phone: no sideways scrolling on the overview", async () => {
    const phone = await signedInPage(browser, a.email, "ja", 390);
    expect(await fitsViewport(phone)).toBe(true);
    await phone.context().close();
  });

  it("in English too (screenshot)", async () => {
    const en = await signedInPage(browser, a.email, "en");
    await en.getByRole("button", { name: "English" }).click();
    await en.waitForFunction(() => document.documentElement.lang === "en");
    await en.goto(`${base}/dashboard`);
    await en.getByRole("heading", { name: "Dashboard" }).waitFor();
    expect(await axeViolations(en)).toEqual([]);
    await screenshot(en, "overview-en");
    await en.goto(`${base}/employees/${ids["NGUYEN VAN AN"]}`);
    await en.getByText("Why is this due?").first().click();
    await screenshot(en, "employee-hr-en");
    await en.context().close();
  });
});

describe("the employee table", () => {
  it("filters by status, duty state and a katakana search that never reaches the URL", async () => {
    await page.goto(`${base}/employees`);
    expect(await page.locator("tbody tr").count()).toBe(10);
    await page.getByLabel("在留資格").selectOption("student");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await page.waitForURL(/status=student/);
    expect(await tableNames()).toEqual(["LI WEI"]);

    await page.goto(`${base}/employees`);
    await page.getByLabel("氏名 (ローマ字・カタカナ) 又は社員番号").fill("ぐえん");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await page.waitForURL(/search=1/);
    expect(page.url()).not.toMatch(/%E3|ぐえん|q=/);
    expect(await tableNames()).toEqual(["NGUYEN VAN AN"]);

    await page.goto(`${base}/employees`);
    await page.getByLabel("届出・手続").selectOption("overdue");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await page.waitForURL(/duty=overdue/);
    expect(await tableNames()).toEqual(expect.arrayContaining(["NGUYEN VAN AN", "RAI SURESH"]));
    await expect(page.getByRole("row", { name: /RAI SURESH/ }).textContent()).resolves.toContain("不可");
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the employee page", () => {
  it("shows work today, each duty with why it is due, the card-check state and the history", async () => {
    await page.goto(`${base}/employees/${ids["NGUYEN VAN AN"]}`);
    await expect(page.getByTestId("work-summary").textContent()).resolves.toContain("就労可");
    const duty = page.getByTestId("duty-card").filter({ hasText: "契約機関に関する届出" });
    await expect(duty.textContent()).resolves.toContain("期限切れ");
    await duty.getByText("なぜ必要か").click();
    await expect(duty.textContent()).resolves.toMatch(/出入国管理及び難民認定法.*isa-19-16-contract@\d/s);
    await expect(page.getByTestId("check-status").textContent()).resolves.toContain("確認済み");
    const history = await page.getByTestId("history").textContent();
    for (const word of ["在留カード", "出来事", "メール", "カード確認", "操作記録"])
      expect(history).toContain(word);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "employee-hr-ja");
  });

  it("records a card check and the card no longer counts as unverified", async () => {
    await page.goto(`${base}/employees/${ids["PHAM MINH DUC"]}/checks`);
    await page.getByLabel("在留カードの原本を表・裏とも確認した", { exact: false }).check();
    await page.getByRole("button", { name: "記録する" }).click();
    await page.getByRole("alert").filter({ hasText: "失効情報照会" }).first().waitFor();
    await page.getByLabel("失効情報照会を行った").check();
    await page.getByRole("button", { name: "記録する" }).click();
    await page.waitForURL(/checks\?saved=1/);
    await expect(page.getByTestId("check-log").textContent()).resolves.toContain("問題なし");
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/dashboard`);
    expect(await tileCount("unverifiedCards")).toBe(3);
  });
});

describe("CSV import", () => {
  const header = "社員番号,氏名,フリガナ,国籍,生年月日,性別,在留資格,在留期限,在留カード番号";
  const upload = async (lines: string[]) => {
    await page.goto(`${base}/import`);
    await page.getByLabel("CSV ファイル").setInputFiles({
      name: "staff.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8"),
    });
    await page.getByRole("button", { name: "内容を確認する" }).click();
    await page.getByTestId("import-preview").waitFor();
  };

  it("a file with an error row shows the row and field, offers no import, and writes nothing", async () => {
    const before = await employeeCount(a.ctx.companyId);
    await upload([
      header,
      "N1,OK PERSON,オーケー,VN,1990-01-01,男,技能,2028-01-31,AB00000001CD",
      "N2,BAD PERSON,バッド,VN,1990-13-01,男,技能,2028-01-31,AB00000002CD",
    ]);
    const bad = page.getByTestId("import-row-3");
    await expect(bad.textContent()).resolves.toContain("生年月日");
    await expect(page.getByRole("button", { name: /名を登録する/ }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await employeeCount(a.ctx.companyId)).toBe(before);
  });

  it("a clean file shows each row's duties and imports every row", async () => {
    const before = await employeeCount(a.ctx.companyId);
    await upload([
      header,
      "N3,ONE PERSON,ワン,VN,1990-01-01,男,技能,2028-01-31,AB00000003CD",
      "N4,TWO PERSON,ツー,PH,1991-02-02,女,永住者,,AB00000004CD",
    ]);
    await expect(page.getByTestId("import-row-2").textContent()).resolves.toContain("在留期間更新許可申請");
    await page.getByRole("button", { name: "2名を登録する" }).click();
    await page.getByText("2名を登録しました。").waitFor();
    expect(await employeeCount(a.ctx.companyId)).toBe(before + 2);
    await page.goto(`${base}/employees`);
    await expect(page.getByRole("link", { name: "TWO PERSON" }).count()).resolves.toBe(1);
  });
});

describe("calendar feed", () => {
  it("a new feed URL serves an ICS that parses, with each open duty on its due date", async () => {
    await page.goto(`${base}/settings/calendar`);
    await page.getByRole("button", { name: "新しい URL を発行する" }).click();
    const url = (await page.getByTestId("feed-url").textContent()) ?? "";
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
    expect(await axeViolations(page)).toEqual([]);
    const res = await fetch(url.replace(/^https?:\/\/[^/]+/, base));
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const got = calendar
      .getAllSubcomponents("vevent")
      .map((v) => {
        const e = new ICAL.Event(v);
        return `${e.startDate.toString()} ${e.startDate.isDate} ${e.summary}`;
      })
      .sort();
    const open =
      await owner`select d.due_date::text as due, e.name_on_card as name from duties d join employees e on e.id = d.employee_id where d.company_id = ${a.ctx.companyId} and d.status in ('open','submitted')`;
    expect(got).toHaveLength(open.length);
    for (const row of open)
      expect(
        got.some((g) => g.startsWith(`${row.due} true `) && g.includes(`— ${row.name}`)),
        `${row.due} ${row.name}`,
      ).toBe(true);
  });
});

describe("part-time hours and Hello Work", () => {
  it("imports a planned week over 28 hours and flags it before it happens; the pages pass axe", async () => {
    await owner`update employees set employee_number = 'S-LI' where id = ${ids["LI WEI"] ?? ""}`;
    await page.goto(`${base}/hours`);
    const days = [1, 2, 3, 4, 5, 6, 7].map((n) => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    });
    const csv = ["社員番号,日付,時間", ...days.map((d) => `S-LI,${d},5`)].join("\r\n");
    await page
      .getByLabel("CSV ファイル")
      .setInputFiles({ name: "shifts.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "取り込む" }).click();
    await page.getByText("7件のシフトを取り込みました").waitFor();
    // The list refreshes after the import message: wait for the row itself to say it.
    await page
      .getByTestId("hours-row")
      .filter({ hasText: "LI WEI" })
      .getByText("予定が超過")
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/hours/${ids["LI WEI"]}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("LI WEI");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows each hire with the report's fields and deadline", async () => {
    await page.goto(`${base}/hello-work`);
    const report = page.getByTestId("hw-report").filter({ hasText: "PHAM MINH DUC" });
    await expect(report.textContent()).resolves.toMatch(/雇入れ.*QR90123456ST/s);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("company B with company A's ids and files", () => {
  it("gets 404 on A's pages, nothing of A in lists and exports", async () => {
    const b = await makeOwner("他社株式会社");
    const other = await signedInPage(browser, b.email, "ja");
    for (const path of [
      `/employees/${ids["NGUYEN VAN AN"]}`,
      `/employees/${ids["NGUYEN VAN AN"]}/checks`,
      `/hours/${ids["LI WEI"]}`,
    ])
      expect((await other.goto(`${base}${path}`))?.status(), path).toBe(404);
    await other.goto(`${base}/employees?risk=cannot_work`);
    expect(await other.locator("tbody tr").count()).toBe(0);
    const csv = await other.evaluate(async () => (await fetch("/export/employees")).text());
    expect(csv).not.toContain("NGUYEN");
    for (const path of [
      "/export/duties",
      "/hello-work/csv?from=2000-01-01&to=2000-12-31",
      `/hello-work/csv`,
    ]) {
      const text = await other.evaluate(async (p) => (await fetch(p)).text(), path);
      expect(text, path).not.toMatch(/NGUYEN|PHAM/);
    }
    await other.goto(`${base}/hello-work`);
    expect(await other.getByTestId("hw-report").count()).toBe(0);
    await other.context().close();
  });
});
