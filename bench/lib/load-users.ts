/** One answer: how long it took (ms, to the last byte) and its status (0 = error or timeout). */
export type Sample = { ms: number; status: number };

/**
 * HR users as people use the app: each loads a page, reads it for 10–30 s (uniform, seeded per user so
 * runs are alike), loads the next — all concurrently, for `seconds`. The closed loop with think time
 * is what "200 concurrent users" means; a request never waits for a slot that a robot loop would hog.
 */
export async function hrUsers(
  base: string,
  cookies: string[],
  pages: string[],
  seconds: number,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    cookies.map(async (cookie, user) => {
      let seed = user + 1;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      // Users arrive spread over one mean think time (20 s), as in steady state — not all at once.
      await new Promise((r) => setTimeout(r, random() * 20_000));
      for (let n = 0; Date.now() < until; n++) {
        const page = pages[(user + n) % pages.length] ?? "/";
        const started = performance.now();
        try {
          const response = await fetch(`${base}${page}`, {
            headers: { cookie },
            redirect: "manual",
            signal: AbortSignal.timeout(30_000),
          });
          await response.arrayBuffer();
          samples.push({ ms: performance.now() - started, status: response.status });
        } catch {
          samples.push({ ms: performance.now() - started, status: 0 });
        }
        await new Promise((r) => setTimeout(r, 10_000 + random() * 20_000));
      }
    }),
  );
  return samples;
}

/** Signs every user in through Auth.js's credentials endpoint, a few at a time (argon2 is meant to be slow). */
export async function signInAll(base: string, emails: string[], password: string): Promise<string[]> {
  const cookies: string[] = new Array(emails.length);
  let next = 0;
  const one = async (i: number) => {
    // Each user from their own address, as an office of people would be (the per-IP sign-in limit).
    const ip = `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = new Map<string, string>();
    const keep = (h: Headers) => {
      for (const c of h.getSetCookie()) {
        const pair = c.split(";")[0] ?? "";
        jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
      }
    };
    keep(csrf.headers);
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        "content-type": "application/x-www-form-urlencoded",
        origin: base,
        "x-forwarded-for": ip,
      },
      body: new URLSearchParams({ csrfToken, email: emails[i] ?? "", password }),
      redirect: "manual",
    });
    keep(response.headers);
    if (![...jar.keys()].some((k) => k.includes("session-token")))
      throw new Error(`sign-in ${i} failed: ${response.status} ${response.headers.get("location")}`);
    cookies[i] = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  };
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < emails.length) await one(next++);
    }),
  );
  return cookies;
}
