import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as employees from "@/app/api/v1/employees/route";
import { listApiKeys } from "@/lib/services/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";
import { signUp } from "@/lib/services/sign-up";
import { demoExtras } from "@/scripts/lib/demo-extras";
import { DEMO_OWNER } from "@/scripts/seed";
import { callRoute } from "../helpers/api";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zairyu-demo-key-"));
const keyFile = path.join(dir, "demo-api-key");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run demo prints a working API key for the demo company", () => {
  it("creates one, prints the same one next time, and replaces it once revoked", async () => {
    const { userId, companyId } = await signUp(
      {
        companyName: "株式会社さくらテック",
        name: "山田 花子",
        email: DEMO_OWNER.email,
        password: DEMO_OWNER.password,
      },
      "ja",
    );
    const first = await demoExtras({ keyFile });
    const key = /zk_[A-Za-z0-9_-]{40}/.exec(first.join("\n"))?.[0] ?? "";
    expect(key).not.toBe("");
    expect((fs.statSync(keyFile).mode & 0o777).toString(8)).toBe("600");
    expect((await callRoute(employees.GET, { path: "/employees", key })).status).toBe(200);
    expect((await demoExtras({ keyFile })).join("\n")).toContain(key);
    const owner = {
      companyId,
      actor: { type: "user" as const, id: userId, role: "owner" as const },
      locale: "en" as const,
    };
    expect(await listApiKeys(owner)).toHaveLength(1);
    await revokeApiKey(owner, (await listApiKeys(owner))[0]?.id ?? "");
    const replaced = /zk_[A-Za-z0-9_-]{40}/.exec((await demoExtras({ keyFile })).join("\n"))?.[0];
    expect(replaced).not.toBe(key);
    expect((await callRoute(employees.GET, { path: "/employees", key: replaced })).status).toBe(200);
  });
});
