import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as employeeRoute from "@/app/api/v1/employees/route";
import { ApiKeyCache, sharedApiKeyCache } from "@/lib/api/api-key-cache";
import { authenticate } from "@/lib/api/authenticate";
import type { AppError } from "@/lib/errors";
import { hashApiKey } from "@/lib/services/api-keys/key-material";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";
import { markRevoked } from "@/lib/services/api-keys/revocation-mark";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";
import { makeCompany } from "../factories/company";
import { callRoute, makeApiKey } from "../helpers/api";
import { ownerSql } from "../helpers/db";

const owner = ownerSql();
let company: Awaited<ReturnType<typeof makeCompany>>;

beforeAll(async () => {
  company = await makeCompany("キャッシュ株式会社");
});
afterAll(async () => {
  await owner.end();
});

const request = (secret: string) =>
  new Request("http://localhost/api/v1/employees", { headers: { authorization: `Bearer ${secret}` } });
const keyId = async (name: string) => (await listApiKeys(company)).find((k) => k.name === name)?.id ?? "";
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: AppError) => error.code,
  );

describe("API key cache", () => {
  it("serves a cached key, and a revoked key stops working at the very next request", async () => {
    const secret = await makeApiKey(company, ["read"], "cached");
    expect((await callRoute(employeeRoute.GET, { path: "/employees", key: secret })).status).toBe(200);
    expect(sharedApiKeyCache.get(hashApiKey(secret))?.companyId).toBe(company.companyId);
    expect((await callRoute(employeeRoute.GET, { path: "/employees", key: secret })).status).toBe(200);
    await revokeApiKey(company, await keyId("cached"));
    expect((await callRoute(employeeRoute.GET, { path: "/employees", key: secret })).status).toBe(401);
    expect(sharedApiKeyCache.get(hashApiKey(secret))).toBeUndefined();
  });

  it("two processes (two caches) both refuse the key right after a revocation", async () => {
    const secret = await makeApiKey(company, ["read"], "two instances");
    const a = new ApiKeyCache();
    const b = new ApiKeyCache();
    for (const cache of [a, b, a, b])
      expect(await refusal(authenticate(request(secret), undefined, { cache }))).toBe("accepted");
    expect(a.get(hashApiKey(secret))).toBeDefined();
    expect(b.get(hashApiKey(secret))).toBeDefined();
    await revokeApiKey(company, await keyId("two instances"));
    expect(await refusal(authenticate(request(secret), undefined, { cache: a }))).toBe("unauthenticated");
    expect(await refusal(authenticate(request(secret), undefined, { cache: b }))).toBe("unauthenticated");
  });

  it("the Redis mark is what makes it immediate: without it a cached copy lives on, with it the database decides", async () => {
    const secret = await makeApiKey(company, ["read"], "unmarked");
    const cache = new ApiKeyCache();
    expect(await refusal(authenticate(request(secret), undefined, { cache }))).toBe("accepted");
    const id = await keyId("unmarked");
    // Revoked behind the application's back (no mark): the cache answers, within its 30 s.
    await owner`update api_keys set revoked_at = now() where id = ${id}`;
    expect(await refusal(authenticate(request(secret), undefined, { cache }))).toBe("accepted");
    expect(await markRevoked(id)).toBe(true);
    expect(await refusal(authenticate(request(secret), undefined, { cache }))).toBe("unauthenticated");
  });

  it("when Redis cannot answer, nothing cached is trusted: the database decides and the cache is emptied", async () => {
    const secret = await makeApiKey(company, ["read"], "outage");
    const other = await makeApiKey(company, ["read"], "outage other");
    const cache = new ApiKeyCache();
    expect(await refusal(authenticate(request(secret), undefined, { cache }))).toBe("accepted");
    expect(await refusal(authenticate(request(other), undefined, { cache }))).toBe("accepted");
    const dead = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on("error", () => {});
    await owner`update api_keys set revoked_at = now() where id = ${await keyId("outage")}`;
    expect(await refusal(authenticate(request(secret), undefined, { cache, redis: dead }))).toBe(
      "unauthenticated",
    );
    expect(cache.get(hashApiKey(other))).toBeUndefined();
    expect(await refusal(authenticate(request(other), undefined, { cache, redis: dead }))).toBe("accepted");
    expect(cache.get(hashApiKey(other))).toBeUndefined();
    dead.disconnect();
  });

  it("never caches unknown keys, and keeps entries by hash for 30 s at most", async () => {
    const cache = new ApiKeyCache();
    const unknown = `zk_${"u".repeat(40)}`;
    expect(await refusal(authenticate(request(unknown), undefined, { cache }))).toBe("unauthenticated");
    expect(cache.get(hashApiKey(unknown))).toBeUndefined();
    const key = { id: "k", companyId: company.companyId, scopes: ["read"] as const };
    cache.set("h", key, 1_000);
    expect(cache.get("h", 30_999)).toBe(key);
    expect(cache.get("h", 31_000)).toBeUndefined();
  });
});
