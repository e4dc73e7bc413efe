/**
 * Logging for the API wrapper. An unexpected error is logged with the route, the request id and where
 * it happened — its message is left out, because driver and validation messages can quote the values
 * that were sent (names, card numbers). Postgres errors add their SQLSTATE code, which is safe.
 */
export function logUnexpected(route: string, requestId: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  // Drizzle wraps the driver's error: the SQLSTATE is on the cause.
  const code = sqlState(error) ?? sqlState(error instanceof Error ? error.cause : undefined);
  const frames =
    error instanceof Error
      ? (error.stack ?? "")
          .split("\n")
          .filter((line) => line.trimStart().startsWith("at "))
          .slice(0, 6)
      : [];
  console.error(
    `[api] ${route} request ${requestId} failed: ${name}${code ? ` (${code})` : ""}\n${frames.join("\n")}`,
  );
}

function sqlState(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

const lastWarned = new Map<string, number>();

/** A warning at most once a minute per topic, so an outage does not flood the log. */
export function warnThrottled(topic: string, message: string, now = Date.now()): void {
  const last = lastWarned.get(topic) ?? 0;
  if (now - last < 60_000) return;
  lastWarned.set(topic, now);
  console.warn(`[api] ${message}`);
}

/** Tests start from a clean slate. */
export function resetWarnThrottle(): void {
  lastWarned.clear();
}
