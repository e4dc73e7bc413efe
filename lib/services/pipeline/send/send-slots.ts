/**
 * Sends in flight in this process, whatever the number of batches: as many as the pooled transport's
 * connections (lib/email/mailer.ts). A send slot covers the SMTP conversation only, so a connection
 * never waits for a database round trip: the email's "sent" record is then awaited outside it.
 */
export const SEND_SLOTS = 5;
/**
 * Emails per process from the start of their SMTP conversation until their "sent" record commits: the
 * most that a crash can leave accepted yet unrecorded (./attempt.ts). Twice the send slots, so the five
 * connections keep sending while the previous emails' group commit is in flight; when PostgreSQL stops
 * answering, sending stops after these few instead of running ahead of the records.
 */
export const UNRECORDED_LIMIT = 2 * SEND_SLOTS;

function limiter(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

export const inSendSlot = limiter(SEND_SLOTS);
/** Taken before the send slot and held until the email's record has committed (or it was not sent). */
export const inRecordWindow = limiter(UNRECORDED_LIMIT);

let isStopping = false;

/**
 * Graceful shutdown (SIGTERM): the sends in flight finish and are recorded, no new one starts; the
 * batches in progress give their untried rows back for the next attempt, so stopping takes one SMTP
 * conversation, not the rest of every batch.
 */
export function stopStartingSends(): void {
  isStopping = true;
}

export const isStoppingSends = () => isStopping;
