import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeCompany } from "../factories/company";
import { makeApiKey } from "../helpers/api";

/** The README's REST API example, extracted and run exactly as written (bash, curl, node) against the production build. */
const base = process.env.E2E_BASE_URL ?? "";
const root = path.resolve(import.meta.dirname, "../..");
let key = "";

beforeAll(async () => {
  key = await makeApiKey(await makeCompany("README例株式会社"));
});

function readmeExample(): string {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const block = /<!-- api-example:start[^>]*-->\s*```sh\n([\s\S]*?)```\s*<!-- api-example:end -->/.exec(
    readme,
  )?.[1];
  if (!block) throw new Error("README.md has no api-example block");
  return block;
}

/** The commands print JSON documents back to back; split them at the top level. */
function jsonDocuments(text: string): unknown[] {
  const docs: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") {
      if (depth++ === 0) start = i;
    } else if (c === "}" && --depth === 0) docs.push(JSON.parse(text.slice(start, i + 1)));
  }
  return docs;
}

describe("the README's REST API example", () => {
  it("runs as written: registers an employee, records the contract end and reads the duties back", () => {
    const run = () =>
      spawnSync("bash", ["--norc", "--noprofile", "-euo", "pipefail", "-c", readmeExample()], {
        env: { ...process.env, BASH_ENV: "", ZAIRYU_URL: base, ZAIRYU_API_KEY: key },
        encoding: "utf8",
        timeout: 60_000,
      });
    const result = run();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const [event, duties] = jsonDocuments(result.stdout) as [
      { event: { employeeId: string }; duties: { id: string; code: string; dueDate: string }[] },
      { data: { id: string }[] },
    ];
    expect(event.duties).toContainEqual(
      expect.objectContaining({ code: "isa_contract_org_notification", dueDate: "2026-07-14" }),
    );
    expect(event.duties.some((d) => d.code === "hw_employment_report")).toBe(true);
    for (const duty of event.duties) expect(duties.data.map((d) => d.id)).toContain(duty.id);
    // As the README says: a second run (same Idempotency-Key) finds the same employee, not a new one.
    const again = jsonDocuments(run().stdout) as [{ event: { employeeId: string } }];
    expect(again[0].event.employeeId).toBe(event.event.employeeId);
  });
});
