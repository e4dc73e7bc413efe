import { type ChildProcess, spawn } from "node:child_process";

export type Managed = { child: ChildProcess; stop: () => Promise<void> };

/** Starts a child process with a prefixed log; stop() sends SIGTERM and waits (SIGKILL after 10 s). */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  opts: { quiet?: boolean } = {},
): Managed {
  // Its own process group, so stop() reaches grandchildren too (npx → next-server, tsx → node).
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffer = "";
    stream.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      if (!opts.quiet) for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  if (child.stdout) prefix(child.stdout, process.stdout);
  if (child.stderr) prefix(child.stderr, process.stderr);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
          child.kill(signal);
        }
      };
      const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      signalGroup("SIGTERM");
    });
  return { child, stop };
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError})`);
}
