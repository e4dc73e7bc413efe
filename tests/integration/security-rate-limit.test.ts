import crypto from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it, vi } from "vitest";
import { closeRedis } from "@/lib/redis";
import { consume, type Limit, limitKey, release } from "@/lib/security/rate-limit";
import { magicLinkAttempt, passwordAttempt, SIGN_IN_LIMITS } from "@/lib/security/sign-in-limits";

const redis = new Redis(process.env.REDIS_URL ?? "", { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
  await closeRedis();
});

const fresh = (max: number, windowMs = 60_000): { limit: Limit; key: string } => {
  const limit = { name: `t-${crypto.randomUUID().slice(0, 8)}`, max, windowMs };
  return { limit, key: limitKey("test-secret", limit, "someone@example.test") };
};
const headersFrom = (ip: string) => new Headers({ "x-forwarded-for": ip });

describe("the sliding-window limiter on a real Redis", () => {
  it("allows max attempts in the window, refuses the next with a retry time, and slides", async () => {
    const { limit, key } = fresh(3, 10_000);
    const t0 = 1_000_000;
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await consume(redis, limit, key, t0 + i * 1000));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    // The oldest attempt (t0) leaves the window at t0 + 10 s; the 4th came at t0 + 3 s.
    expect(decisions[3]?.retryAfterSeconds).toBe(7);
    expect((await consume(redis, limit, key, t0 + 10_001)).allowed).toBe(true);
    expect((await consume(redis, limit, key, t0 + 10_002)).allowed).toBe(false);
  });

  it("is atomic: of 30 parallel attempts at a limit of 5, exactly 5 pass", async () => {
    const { limit, key } = fresh(5);
    const decisions = await Promise.all(Array.from({ length: 30 }, () => consume(redis, limit, key)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });

  it("a released attempt gives its slot back", async () => {
    const { limit, key } = fresh(1);
    const first = await consume(redis, limit, key);
    expect((await consume(redis, limit, key)).allowed).toBe(false);
    await release(redis, first);
    expect((await consume(redis, limit, key)).allowed).toBe(true);
  });

  it("keys hold no personal data: the email and IP are keyed hashes", async () => {
    await passwordAttempt("Visible.Person@example.test", headersFrom("198.51.100.23"));
    const keys = await redis.keys("zairyu:rl:*");
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).not.toMatch(/@|example|198\.51|visible/i);
    expect(limitKey("s1", SIGN_IN_LIMITS.passwordPerAccount, "a@b.c")).not.toBe(
      limitKey("s2", SIGN_IN_LIMITS.passwordPerAccount, "a@b.c"),
    );
  });

  it("fails open with one log line when Redis does not answer", async () => {
    const dead = new Redis("redis://127.0.0.1:1", {
      enableOfflineQueue: false,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on("error", () => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { limit, key } = fresh(1);
    expect((await consume(redis, limit, key)).allowed).toBe(true);
    expect((await consume(dead, limit, key)).allowed).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/rate limit .* not checked .*allowing/);
    warn.mockRestore();
    dead.disconnect();
  });
});

describe("sign-in limits", () => {
  it("password: 10 attempts per account, then refused from any address; the same for an unknown email", async () => {
    for (const email of [
      `known-${crypto.randomUUID()}@example.test`,
      `nobody-${crypto.randomUUID()}@example.test`,
    ]) {
      const results = [];
      for (let i = 0; i < 11; i++)
        results.push((await passwordAttempt(email, headersFrom(`203.0.113.${i + 1}`))).allowed);
      expect(results).toEqual([...Array(10).fill(true), false]);
      // Another address does not help, and the email is matched case-insensitively.
      expect((await passwordAttempt(email.toUpperCase(), headersFrom("192.0.2.200"))).allowed).toBe(false);
    }
  });

  it("password: a successful sign-in gives its attempt back, so signing in often never locks anyone", async () => {
    const email = `often-${crypto.randomUUID()}@example.test`;
    for (let i = 0; i < 25; i++) {
      const attempt = await passwordAttempt(email, headersFrom("192.0.2.10"));
      expect(attempt.allowed).toBe(true);
      await attempt.succeeded();
    }
  });

  it("password: 50 failures from one address across many accounts, then that address is refused", async () => {
    const ip = "192.0.2.77";
    let allowed = 0;
    for (let i = 0; i < 51; i++)
      if ((await passwordAttempt(`spray-${i}-${crypto.randomUUID()}@example.test`, headersFrom(ip))).allowed)
        allowed++;
    expect(allowed).toBe(50);
    expect(
      (await passwordAttempt(`fresh-${crypto.randomUUID()}@example.test`, headersFrom(ip))).allowed,
    ).toBe(false);
    expect(
      (await passwordAttempt(`fresh-${crypto.randomUUID()}@example.test`, headersFrom("192.0.2.78"))).allowed,
    ).toBe(true);
  });

  it("magic link: 5 per account per hour, counted apart from passwords", async () => {
    const email = `link-${crypto.randomUUID()}@example.test`;
    for (let i = 0; i < 10; i++) await passwordAttempt(email, headersFrom("192.0.2.90"));
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push((await magicLinkAttempt(email, headersFrom(`198.51.100.${i + 1}`))).allowed);
    expect(results).toEqual([true, true, true, true, true, false]);
  });

  it("the per-IP address is the right-most X-Forwarded-For entry (the one our proxy appended)", async () => {
    const email = () => `xff-${crypto.randomUUID()}@example.test`;
    // 50 failures from 192.0.2.150, each claiming a different left-most address: still one address.
    for (let i = 0; i < 50; i++)
      await passwordAttempt(email(), new Headers({ "x-forwarded-for": `10.0.0.${i}, 192.0.2.150` }));
    expect(
      (await passwordAttempt(email(), new Headers({ "x-forwarded-for": "10.9.9.9, 192.0.2.150" }))).allowed,
    ).toBe(false);
  });
});
