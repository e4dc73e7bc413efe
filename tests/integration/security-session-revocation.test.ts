import { afterAll, describe, expect, it } from "vitest";
import { closeRedis, redisConnection } from "@/lib/redis";
import { isSessionRevoked, newSessionId, revokeSession } from "@/lib/security/session-revocation";

afterAll(async () => {
  await closeRedis();
});

describe("session deny list", () => {
  it("a revoked session id is refused until its lifetime ends; others are not", async () => {
    const sid = newSessionId();
    const other = newSessionId();
    expect(sid).not.toBe(other);
    expect(await isSessionRevoked(sid)).toBe(false);
    await revokeSession(sid, 3600);
    expect(await isSessionRevoked(sid)).toBe(true);
    expect(await isSessionRevoked(other)).toBe(false);
    const ttl = await redisConnection().ttl(`zairyu:revoked-session:${sid}`);
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });
});
