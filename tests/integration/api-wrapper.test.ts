import crypto from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as employeeRoute from "@/app/api/v1/employees/route";
import { apiRoute } from "@/lib/api/handler";
import { resetWarnThrottle } from "@/lib/api/log";
import { takeRateLimit } from "@/lib/api/rate-limit";
import { ok } from "@/lib/api/responses";
import type { AppError } from "@/lib/errors";
import { defineOperation } from "@/lib/openapi/operation";
import { unsafePurgeIdempotencyKeys } from "@/lib/services/api/unsafe-purge-idempotency-keys";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { hashApiKey } from "@/lib/services/api-keys/key-material";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";
import { makeCompany, validEmployeeInput } from "../factories/company";
import { callRoute, errorOf, makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let company: Awaited<ReturnType<typeof makeCompany>>;
let key: string;

beforeAll(async () => {
  company = await makeCompany("API株式会社");
  key = await makeApiKey(company);
});
afterAll(async () => {
  await owner.end();
});

const countEmployees = async () =>
  (await owner`select count(*)::int as n from employees where company_id = ${company.companyId}`)[0]
    ?.n as number;

describe("authentication and scopes", () => {
  it("answers 401 in the error shape without a key, with a malformed one and with a revoked one", async () => {
    const none = await callRoute(employeeRoute.GET, { path: "/employees" });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(errorOf(none).code).toBe("unauthenticated");
    expect((await callRoute(employeeRoute.GET, { path: "/employees", key: "zk_nope" })).status).toBe(401);
    const doomed = await makeApiKey(company, ["read"], "doomed");
    expect((await callRoute(employeeRoute.GET, { path: "/employees", key: doomed })).status).toBe(200);
    const listed = await listApiKeys(company);
    const row = listed.find((k) => k.name === "doomed");
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
    await revokeApiKey(company, row?.id ?? "");
    const revoked = await callRoute(employeeRoute.GET, { path: "/employees", key: doomed });
    expect(revoked.status).toBe(401);
    expect(errorOf(revoked).message).toBe(
      errorOf(await callRoute(employeeRoute.GET, { path: "/employees", key: `zk_${"x".repeat(40)}` }))
        .message,
    );
  });

  it("stores only a hash: the secret appears nowhere in the database", async () => {
    const rows = await owner`select key_hash, prefix from api_keys where company_id = ${company.companyId}`;
    for (const row of rows) expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    const [mine] = await owner`select prefix from api_keys where key_hash = ${hashApiKey(key)}`;
    expect(mine?.prefix).toBe(key.slice(0, 10));
    const dump = JSON.stringify(await owner`select * from api_keys`);
    expect(dump).not.toContain(key.slice(10));
    const hits =
      await owner`select count(*)::int as n from api_keys where key_hash = ${key} or prefix = ${key}`;
    expect(hits[0]?.n).toBe(0);
  });

  it("a read-only key cannot write (403) and nothing is written", async () => {
    const readOnly = await makeApiKey(company, ["read"], "reader");
    const before = await countEmployees();
    const answer = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key: readOnly,
      body: validEmployeeInput(),
    });
    expect(answer.status).toBe(403);
    expect(errorOf(answer).code).toBe("forbidden");
    expect(await countEmployees()).toBe(before);
  });
});

describe("Idempotency-Key", () => {
  it("replays the stored answer for the same key and body, and writes once", async () => {
    const before = await countEmployees();
    const headers = { "idempotency-key": "create-an-1" };
    const body = validEmployeeInput({ nameOnCard: "IDEMPOTENT ONE" });
    const first = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body,
      headers,
    });
    expect(first.status).toBe(201);
    // The same JSON with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const second = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body: reordered,
      headers,
    });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.body).toEqual(first.body);
    expect(await countEmployees()).toBe(before + 1);
  });

  it("refuses the same key with a different body (409, field Idempotency-Key) and writes nothing", async () => {
    const headers = { "idempotency-key": "create-an-2" };
    await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body: validEmployeeInput({ nameOnCard: "FIRST" }),
      headers,
    });
    const before = await countEmployees();
    const clash = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body: validEmployeeInput({ nameOnCard: "SECOND" }),
      headers,
    });
    expect(clash.status).toBe(409);
    expect(errorOf(clash).field).toBe("Idempotency-Key");
    expect(await countEmployees()).toBe(before);
  });

  it("does not remember a validation error: the fixed request with the same key succeeds", async () => {
    const headers = { "idempotency-key": "create-an-3" };
    const bad = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body: validEmployeeInput({ dateOfBirth: "1995-02-30" }),
      headers,
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).field).toBe("dateOfBirth");
    const good = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body: validEmployeeInput({ nameOnCard: "FIXED" }),
      headers,
    });
    expect(good.status).toBe(201);
  });

  it("two concurrent requests with one key write once", async () => {
    const before = await countEmployees();
    const headers = { "idempotency-key": "create-an-4" };
    const body = validEmployeeInput({ nameOnCard: "CONCURRENT" });
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        callRoute(employeeRoute.POST, { method: "POST", path: "/employees", key, body, headers }),
      ),
    );
    expect(await countEmployees()).toBe(before + 1);
    for (const a of answers) expect([201, 409]).toContain(a.status);
    expect(answers.some((a) => a.status === 201)).toBe(true);
  });

  it("rejects a malformed Idempotency-Key naming the header", async () => {
    const answer = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body: validEmployeeInput(),
      headers: { "idempotency-key": "x".repeat(256) },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).field).toBe("Idempotency-Key");
  });
});

describe("rate limits", () => {
  const tiny = defineOperation({
    id: "tiny",
    method: "GET",
    path: "/tiny",
    tag: "t",
    summary: "t",
    scope: "read",
    responses: { 200: { description: "ok" } },
    rateLimit: { limit: 3, windowSeconds: 3600 },
  });
  const handler = apiRoute(tiny, async () => ok({ fine: true }));

  it("counts per key with standard headers, then answers 429 with Retry-After", async () => {
    const own = await makeApiKey(company, ["read"], "limited");
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await callRoute(handler, { path: "/tiny", key: own }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect(answers.map((a) => a.headers.get("ratelimit-remaining"))).toEqual(["2", "1", "0", "0", "0"]);
    expect(answers[0]?.headers.get("ratelimit-limit")).toBe("3");
    const refused = answers[3];
    if (!refused) throw new Error("no fourth answer");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(3600);
    expect(errorOf(refused).code).toBe("rate_limited");
    // Another key has its own budget.
    expect((await callRoute(handler, { path: "/tiny", key })).status).toBe(200);
  });

  it("degrades open when Redis does not answer: allowed, no headers, one log line", async () => {
    const dead = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on("error", () => {});
    resetWarnThrottle();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const outcome = await takeRateLimit("some-key", { limit: 1, windowSeconds: 60 }, dead);
    expect(outcome.isAllowed).toBe(true);
    expect(outcome.headers).toEqual({});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("rate limiting skipped"));
    warn.mockRestore();
    dead.disconnect();
  });
});

describe("unexpected errors", () => {
  it("answer a generic 500 with a request id, and the log holds no value from the request", async () => {
    const boom = defineOperation({
      id: "boom",
      method: "POST",
      path: "/boom",
      tag: "t",
      summary: "t",
      scope: "read",
      body: { schema: validEmployeeInput as never },
      isIdempotent: false,
      responses: { 200: { description: "ok" } },
    });
    const handler = apiRoute(boom, async ({ body }) => {
      throw new Error(`database said: bad value ${(body as { nameOnCard: string }).nameOnCard}`);
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = await callRoute(handler, {
      method: "POST",
      path: "/boom",
      key,
      body: { nameOnCard: "SECRET PERSON" },
    });
    expect(answer.status).toBe(500);
    expect(errorOf(answer).code).toBe("internal_error");
    expect(JSON.stringify(answer.body)).not.toContain("SECRET");
    const lines = logged.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(lines).toContain(answer.headers.get("x-request-id") ?? "missing");
    expect(lines).not.toContain("SECRET PERSON");
    logged.mockRestore();
  });
});

describe("keys are remembered for 24 hours", () => {
  it("an expired Idempotency-Key starts a new request, and the daily sweep deletes expired keys", async () => {
    const headers = { "idempotency-key": "expires" };
    const body = validEmployeeInput({ nameOnCard: "EXPIRING KEY" });
    const first = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body,
      headers,
    });
    await owner`update idempotency_keys set created_at = now() - interval '25 hours' where company_id = ${company.companyId} and key = 'expires'`;
    const second = await callRoute(employeeRoute.POST, {
      method: "POST",
      path: "/employees",
      key,
      body,
      headers,
    });
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect((second.body as { id: string }).id).not.toBe((first.body as { id: string }).id);
    await owner`update idempotency_keys set created_at = now() - interval '25 hours' where company_id = ${company.companyId} and key = 'expires'`;
    expect((await unsafePurgeIdempotencyKeys()).idempotencyKeysDeleted).toBeGreaterThanOrEqual(1);
    const left =
      await owner`select count(*)::int as n from idempotency_keys where company_id = ${company.companyId} and key = 'expires'`;
    expect(left[0]?.n).toBe(0);
  });
});

describe("who manages keys", () => {
  it("only owners and admins create, list or revoke keys; the form names the field and the rule", async () => {
    for (const role of ["hr", "viewer"] as const) {
      const member = { ...company, actor: { type: "user" as const, id: company.actor.id, role } };
      await expect(createApiKey(member, { name: "x", scopes: ["read"] })).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(listApiKeys(member)).rejects.toMatchObject({ code: "forbidden" });
      await expect(revokeApiKey(member, crypto.randomUUID())).rejects.toMatchObject({ code: "forbidden" });
    }
    const viaKey = {
      ...company,
      actor: { type: "api_key" as const, id: crypto.randomUUID(), scopes: ["read", "write"] as const },
    };
    await expect(createApiKey(viaKey, { name: "x", scopes: ["read"] })).rejects.toMatchObject({
      code: "forbidden",
    });
    const ja = { ...company, locale: "ja" as const };
    const error = await createApiKey(ja, { name: " ", scopes: [] }).catch((e: unknown) => e);
    expect((error as AppError).issues).toEqual([
      { field: "name", rule: "required", message: "キーの名前: 入力してください" },
      { field: "scopes", rule: "required", message: "権限 (スコープ): 入力してください" },
    ]);
  });
});
