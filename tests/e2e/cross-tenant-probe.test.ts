import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeMailer } from "@/lib/email/mailer";
import { todayInJapan } from "@/lib/i18n/format";
import { closeRedis } from "@/lib/redis";
import { makeCompany, makeEmployee, TEST_PASSWORD } from "../factories/company";
import { type FullTenant, makeFullTenant } from "../factories/full-tenant";
import { linkFor } from "../factories/self-service";
import { makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";
import { signInOverHttp } from "../helpers/fault/prober";
import { ACTIONS, EXEMPT, type ProbeContext } from "../helpers/probe/actions-table";
import { callAction } from "../helpers/probe/call-action";
import { builtServerActions, discoverRoutes, discoverServerActions } from "../helpers/probe/discover";
import { tenantFingerprint } from "../helpers/security-replay";

/**
 * The all-routes probe: company B (a signed-in owner, an API key, an employee's personal link) walks
 * every page, every route handler, every server action and every documented API operation with company
 * A's ids. Pages and handlers are found in app/, actions in the build's manifest and in 'use server'
 * files, operations in /api/v1/openapi.json — so whatever is added later is probed too, or the probe
 * fails saying what it does not know. For each: no answer contains any of A's data, and A's rows
 * (every tenant table, hashed) are exactly as before. Controls with A's own session prove the
 * requests are real: the same action by A's owner does change A; the same page shows A's data to A.
 */
const base = process.env.E2E_BASE_URL ?? "";
const sql = ownerSql();
let a: FullTenant;
const cookies = { b: "", aOwner: "", aViewer: "" };
let bKey = "";
let context: ProbeContext;

beforeAll(async () => {
  a = await makeFullTenant("越境", sql);
  const b = await makeCompany("越境プローブB株式会社");
  bKey = await makeApiKey(b);
  const bEmployee = await makeEmployee(b, { email: `b-${crypto.randomUUID()}@example.test` });
  const viewerEmail = `viewer-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const [user] =
    await sql`insert into users (email, name, password_hash, locale) values (${viewerEmail}, 'Viewer', ${await hashPassword(TEST_PASSWORD)}, 'ja') returning id`;
  await sql`insert into memberships (company_id, user_id, role) values (${a.ids.companyId}, ${user?.id}, 'viewer')`;
  cookies.b = await signInOverHttp(base, b.email, TEST_PASSWORD, "203.0.113.91");
  cookies.aOwner = await signInOverHttp(base, a.ownerEmail, TEST_PASSWORD, "203.0.113.92");
  cookies.aViewer = await signInOverHttp(base, viewerEmail, TEST_PASSWORD, "203.0.113.93");
  const [open] =
    await sql`select id from duties where employee_id = ${a.ids.employeeId} and status = 'open' and owner = 'employee' limit 1`;
  context = {
    a,
    bEmployeeToken: (await linkFor(b.companyId, bEmployee.id)).token,
    aOpenDutyId: String(open?.id ?? a.ids.dutyId),
    today: todayInJapan(),
  };
}, 180_000);
afterAll(async () => {
  await sql.end();
  await closeRedis();
  closeMailer();
});

const leaks = (text: string) => a.markers.filter((m) => text.includes(m));
/**
 * The test run's shared worker sends due reminders and webhook deliveries of every company, A's too,
 * which would change A's rows under the probe. A's outbox is parked (due in 2099, deliveries failed)
 * before each fingerprint, so what changes is what a request changed.
 */
async function fingerprint() {
  await sql`update notifications set send_on = '2099-12-31' where company_id = ${a.ids.companyId} and status = 'pending'`;
  await sql`update webhook_deliveries set status = 'failed' where company_id = ${a.ids.companyId} and status = 'pending'`;
  return tenantFingerprint(sql, a.ids.companyId);
}
/** Development only (DEV_MAILBOX_DIR, the local SMTP sink): the whole sink, every company's mail, by design. */
const NOT_TENANT_PAGES = new Set(["/dev/mailbox"]);

/** Company A's ids for each dynamic segment (by the segment before it); an unknown one fails the probe. */
function fill(route: string, as: "b" | "a"): string {
  const random = () => crypto.randomBytes(24).toString("base64url");
  const ids: Record<string, () => string> = {
    "employees/[id]": () => a.ids.employeeId,
    "hours/[id]": () => a.ids.studentId,
    "cards/[id]": () => a.ids.submissionId,
    "webhooks/[id]": () => a.ids.endpointId,
    "files/[id]": () => a.ids.uploadId,
    // An employee's link is B's own (as a B employee holds it), the duty in it is A's.
    "e/[token]": () => (as === "b" ? context.bEmployeeToken : a.links.employee),
    "duties/[dutyId]": () => a.ids.dutyId,
    "invite/[token]": random,
    "calendar/[token]": random,
  };
  const parts = route.split("/");
  return parts
    .map((part, i) => {
      if (!part.startsWith("[")) return part;
      const id = ids[`${parts[i - 1]}/${part}`];
      if (!id) throw new Error(`the probe has no company A id for ${part} in ${route}: add it to fill()`);
      return id();
    })
    .join("/");
}

const { pages, handlers } = discoverRoutes();
/** Covered elsewhere or not a tenant route: the API by its own document below, Auth.js, the health check. */
const OWN_PROBE = /^\/api\/(v1|auth)\//;

describe("pages: company B's owner with company A's ids", () => {
  it("finds the pages in app/", () => expect(pages.length).toBeGreaterThanOrEqual(35));

  it.each(pages.filter((p) => !NOT_TENANT_PAGES.has(p)))(
    "%s: no A data, no 500, nothing written",
    async (route) => {
      const before = await fingerprint();
      const response = await fetch(`${base}${fill(route, "b")}`, {
        headers: { cookie: cookies.b },
        redirect: "manual",
      });
      const text = await response.text();
      expect(response.status, `${route}: ${text.slice(0, 300)}`).toBeLessThan(500);
      expect(leaks(text), route).toEqual([]);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it("control: A's own owner sees A's data on the pages with ids", async () => {
    for (const route of [
      "/employees/[id]",
      "/hours/[id]",
      "/reviews/cards/[id]",
      "/settings/webhooks/[id]",
    ]) {
      const text = await (
        await fetch(`${base}${fill(route, "a")}`, { headers: { cookie: cookies.aOwner } })
      ).text();
      expect(leaks(text).length, route).toBeGreaterThan(0);
    }
  });
});

describe("route handlers: company B's owner with company A's ids", () => {
  const routes = handlers.filter((r) => !OWN_PROBE.test(r));
  it.each(routes)("%s: no A data, no 500, nothing written", async (route) => {
    const before = await fingerprint();
    const url = `${base}${fill(route, "b")}`;
    const isImport = /\/import(\/commit|\/preview)?$|\/hours\/import$/.test(route);
    // Uploads name A's people by their employee numbers: B's import must not reach them.
    const csv = route.startsWith("/hours")
      ? `社員番号,日付,時間\nS${a.tag},${context.today},8\n`
      : `社員番号,氏名 (在留カードの表記)\nP${a.tag},HIJACKED NAME\n`;
    const body = new FormData();
    body.append("file", new File([csv], "probe.csv", { type: "text/csv" }));
    const response = isImport
      ? await fetch(url, {
          method: "POST",
          headers: { cookie: cookies.b, origin: base },
          body,
          redirect: "manual",
        })
      : await fetch(url, { headers: { cookie: cookies.b }, redirect: "manual" });
    const text = await response.text();
    expect(response.status, `${route}: ${text.slice(0, 300)}`).toBeLessThan(500);
    expect(leaks(text), route).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("REST API: company B's key on every documented operation with company A's ids", () => {
  it("no A data and nothing written, on every operation of the document", async () => {
    const doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          { operationId: string; requestBody?: { content?: Record<string, { example?: unknown }> } }
        >
      >;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const { path, method, op } of operations) {
      const url = path.replace("{id}", path.startsWith("/duties") ? a.ids.dutyId : a.ids.employeeId);
      const example = op.requestBody?.content?.["application/json"]?.example;
      const before = await fingerprint();
      const response = await fetch(
        `${base}/api/v1${url}${path === "/duties" ? `?employeeId=${a.ids.employeeId}` : ""}`,
        {
          method: method.toUpperCase(),
          headers: {
            authorization: `Bearer ${bKey}`,
            ...(example === undefined ? {} : { "content-type": "application/json" }),
          },
          body:
            example === undefined
              ? undefined
              : JSON.stringify({
                  ...(example as object),
                  ...(path === "/employees" && method === "post" ? { workplaceId: a.ids.workplaceId } : {}),
                }),
        },
      );
      const text = await response.text();
      expect(response.status, `${op.operationId}: ${text.slice(0, 200)}`).toBeLessThan(500);
      for (const id of [a.ids.employeeId, a.ids.dutyId, a.ids.workplaceId, a.ids.companyId])
        expect(text.includes(id), `${op.operationId} shows an A id`).toBe(false);
      expect(leaks(text), op.operationId).toEqual([]);
      if (path.includes("{id}")) expect(response.status, op.operationId).toBe(404);
      expect(await fingerprint(), op.operationId).toEqual(before);
    }
  });
});

describe("server actions: every one, as company B with company A's ids", () => {
  const built = builtServerActions();

  it("every server action is probed or exempt with a reason (a new 'use server' export fails here)", () => {
    const known = new Set([...Object.keys(ACTIONS), ...Object.keys(EXEMPT)]);
    expect(discoverServerActions().filter((k) => !known.has(k))).toEqual([]);
    expect(built.map((b) => b.key).filter((k) => !known.has(k))).toEqual([]);
    expect(
      [...known].filter((k) => !built.some((b) => b.key === k)),
      "listed but not in the build",
    ).toEqual([]);
  });

  describe.each(Object.entries(ACTIONS))("%s", (key, probe) => {
    const action = () => {
      const found = built.find((b) => b.key === key);
      if (!found) throw new Error(`${key} is not in the build`);
      return found;
    };
    const send = (cookie: string, as: "attacker" | "owner") =>
      callAction(base, action(), {
        cookie,
        fields: probe.fields(context),
        args: probe.args?.(context, as),
        pathParams: {
          id: a.ids.employeeId,
          token: as === "attacker" ? context.bEmployeeToken : a.links.employee,
        },
      });

    it("company B: nothing of A changes, no A data in the answer", async () => {
      const before = await fingerprint();
      const answer = await send(cookies.b, "attacker");
      expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
      expect(leaks(answer.text)).toEqual([]);
      expect(await fingerprint()).toEqual(before);
    });

    it("A's viewer: nothing changes", async () => {
      if (probe.args) return; // employee-link actions take no session
      const before = await fingerprint();
      await send(cookies.aViewer, "owner");
      const after = await fingerprint();
      const own = new Set(probe.viewerOwn?.split(",") ?? []);
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      expect(changed.filter((t) => !own.has(t))).toEqual([]);
    });

    it.runIf(probe.writes)("control: A's owner sending the same request does change A", async () => {
      const before = await fingerprint();
      const answer = await send(cookies.aOwner, "owner");
      expect(await fingerprint(), answer.text.slice(0, 400)).not.toEqual(before);
    });
  });
});
