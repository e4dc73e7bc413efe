/**
 * While a fault is on, something keeps asking the web app: each target every few hundred
 * milliseconds, one at a time (a person clicking, not a load test). Every answer is kept, so a test
 * can say "it answered throughout" (no refused connection, no reset, no hang) and "never a 500".
 */
export type Target = { name: string; path: string; headers?: Record<string, string> };
/** `at` is when the request was sent, `doneAt` when its answer (or error) came. */
export type Answer = {
  name: string;
  at: number;
  doneAt: number;
  status: number | null;
  error?: string;
  text: string;
};

export function startProber(
  base: string,
  targets: readonly Target[],
  opts: { everyMs?: number; timeoutMs?: number } = {},
) {
  const answers: Answer[] = [];
  let isRunning = true;
  const loop = (async () => {
    while (isRunning) {
      for (const target of targets) {
        const at = Date.now();
        try {
          const response = await fetch(`${base}${target.path}`, {
            headers: target.headers,
            redirect: "manual",
            signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
          });
          const text = await response.text();
          answers.push({ name: target.name, at, doneAt: Date.now(), status: response.status, text });
        } catch (error) {
          const message = (error as Error).message;
          answers.push({ name: target.name, at, doneAt: Date.now(), status: null, error: message, text: "" });
        }
      }
      await new Promise((r) => setTimeout(r, opts.everyMs ?? 300));
    }
  })();
  return {
    answers,
    /** Answers from `since` on (e.g. while Redis was down). */
    between: (from: number, to = Number.POSITIVE_INFINITY) =>
      answers.filter((a) => a.at >= from && a.at <= to),
    stop: async () => {
      isRunning = false;
      await loop;
      return answers;
    },
  };
}

/** A one-line summary per target, for assertion messages: "dashboard: 200×41, 503×2". */
export function summarise(answers: readonly Answer[]): string {
  const byTarget = new Map<string, Map<string, number>>();
  for (const a of answers) {
    const key = a.status === null ? `error(${a.error})` : String(a.status);
    const counts = byTarget.get(a.name) ?? new Map<string, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    byTarget.set(a.name, counts);
  }
  return [...byTarget.entries()]
    .map(([name, counts]) => `${name}: ${[...counts.entries()].map(([k, n]) => `${k}×${n}`).join(", ")}`)
    .join("; ");
}

/** Signs in over HTTP as a browser would (Auth.js credentials with its CSRF token); returns the Cookie header. */
export async function signInOverHttp(
  base: string,
  email: string,
  password: string,
  ip = "203.0.113.200",
): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (headers: Headers) => {
    for (const c of headers.getSetCookie()) {
      const [pair = ""] = c.split(";");
      const index = pair.indexOf("=");
      jar.set(pair.slice(0, index), pair.slice(index + 1));
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
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard` }),
    redirect: "manual",
  });
  keep(response.headers);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in failed: ${response.status} ${response.headers.get("location")}`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}
