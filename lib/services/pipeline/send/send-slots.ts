/**
 * Sends in flight in this process, whatever the number of batches: as many as the pooled transport's
 * connections (lib/email/mailer.ts). A slot covers the SMTP conversation and the "sent" record after it,
 * so at most this many emails are ever in the window between the server's acceptance and our record.
 */
export const SEND_SLOTS = 5;

let free = SEND_SLOTS;
const waiting: (() => void)[] = [];

export async function inSendSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (free > 0) free--;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else free++;
  }
}

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
