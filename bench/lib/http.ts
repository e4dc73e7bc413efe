import { hashPassword } from "@/lib/auth/password";
import { msSince } from "./row";
import type { World } from "./world";

const PASSWORD = "bench-dashboard-2026";

/**
 * Signs in as the owner of `companyId` through Auth.js's own credentials endpoint (as the sign-in form
 * posts), after giving that generated user a password. Returns the cookie header for later requests.
 */
export async function signIn(world: World, base: string, companyId: string): Promise<string> {
  const [user] = await world.sql<{ email: string }[]>`
    update users set password_hash = ${await hashPassword(PASSWORD)}
    where id = (select user_id from memberships where company_id = ${companyId} and role = 'owner' limit 1) returning email`;
  if (!user) throw new Error("the company has no owner");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map(csrf.headers.getSetCookie().map((c) => cookiePair(c)));
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { cookie: header(jar), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email: user.email, password: PASSWORD }),
    redirect: "manual",
  });
  for (const c of response.headers.getSetCookie()) jar.set(...cookiePair(c));
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in failed (${response.status} ${response.headers.get("location")})`);
  return header(jar);
}

/** One GET, timed from the request to the last byte of the body; throws unless 200 and `expect` is in the page. */
export async function timedGet(
  url: string,
  headers: Record<string, string>,
  expect?: string,
): Promise<number> {
  const t0 = process.hrtime.bigint();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.text();
  const ms = msSince(t0);
  if (response.status !== 200)
    throw new Error(`GET ${url}: ${response.status} ${response.headers.get("location") ?? ""}`);
  if (expect && !body.includes(expect)) {
    const text = body
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    throw new Error(
      `GET ${url}: the page does not show ${JSON.stringify(expect)}: …${text.slice(Math.max(0, text.indexOf("名中") - 300), text.indexOf("名中") + 100)}`,
    );
  }
  return ms;
}

function cookiePair(setCookie: string): [string, string] {
  const [pair = ""] = setCookie.split(";");
  const at = pair.indexOf("=");
  return [pair.slice(0, at), pair.slice(at + 1)];
}

function header(jar: Map<string, string>): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}
