/**
 * CLI for the evaluation contract (EVALUATE.md):
 *   npm run --silent evaluate < cases.json
 * Reads one case or {cases:[...]} as JSON on stdin and writes the result JSON to stdout.
 * Exit 0 on success; exit 2 with the JSON error object on stdout for invalid JSON or invalid input.
 */
import { evaluateRequest } from "../lib/compliance";
import { invalidJson } from "../lib/compliance/contract/errors";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function write(value: unknown): Promise<void> {
  return new Promise((resolve) =>
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`, () => resolve()),
  );
}

async function main(): Promise<number> {
  const text = await readStdin();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    await write(invalidJson(err instanceof Error ? err.message : String(err)));
    return 2;
  }
  const response = evaluateRequest(input);
  if (!response.ok) {
    await write(response.error);
    return 2;
  }
  await write(response.body);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // An engine bug, not bad input: report it on stderr with a distinct exit code.
    console.error(err);
    process.exitCode = 1;
  },
);
