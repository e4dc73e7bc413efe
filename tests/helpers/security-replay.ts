import type { BrowserContext, Page, Request } from "playwright-core";
import type postgres from "postgres";

/**
 * Attack tools for the browser tests: capture the exact HTTP request a server action makes (as the
 * legitimate user, without letting it reach the server), then replay it as someone else — a viewer,
 * another company, a cross-site page. This is what an attacker with a copy of the request can do,
 * and it needs no knowledge of Next's action ids.
 */
export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/** Runs `submit` on the page and returns the first server-action POST it makes, which is aborted. */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  const pattern = "**/*";
  await page.route(pattern, async (route) => {
    const request: Request = route.request();
    const headers = await request.allHeaders();
    if (request.method() === "POST" && headers["next-action"] && !captured) {
      captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
      return route.abort().catch(() => {});
    }
    // After unroute a late handler may find its request already handled by the page: not an error here.
    return route.continue().catch(() => {});
  });
  await submit();
  const deadline = Date.now() + 10_000;
  while (!captured && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await page.unrouteAll({ behavior: "ignoreErrors" });
  if (!captured) throw new Error("the page made no server-action request");
  return captured;
}

/** Replays a captured action with another browser context's cookies (and optionally another Origin). */
export async function replayAction(
  action: CapturedAction,
  as: BrowserContext,
  opts: { origin?: string } = {},
): Promise<{ status: number; text: string }> {
  const cookies = await as.cookies(action.url);
  const headers: Record<string, string> = {};
  for (const name of ["content-type", "next-action", "next-router-state-tree", "accept"])
    if (action.headers[name]) headers[name] = action.headers[name];
  headers.cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  headers.origin = opts.origin ?? new URL(action.url).origin;
  const response = await fetch(action.url, {
    method: "POST",
    headers,
    body: new Uint8Array(action.body),
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Everything a company holds, as one hash per tenant table (every table with a company_id, found in
 * the catalogue, so tables added later are covered). Equal before and after = nothing was written.
 */
export async function tenantFingerprint(
  sql: postgres.Sql,
  companyId: string,
): Promise<Record<string, string>> {
  const tables = await sql<{ table_name: string }[]>`
    select table_name from information_schema.columns where table_schema = 'public' and column_name = 'company_id' order by table_name`;
  const out: Record<string, string> = {};
  const [company] = await sql`select md5(c::text) as h from companies c where id = ${companyId}`;
  out.companies = String(company?.h);
  for (const { table_name } of tables) {
    const [row] = await sql.unsafe(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table_name}" t where company_id = $1`,
      [companyId],
    );
    out[table_name] = `${row?.n}:${row?.h}`;
  }
  return out;
}
