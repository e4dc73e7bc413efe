"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireTenant } from "@/lib/auth/tenant";
import { getEnv } from "@/lib/env";
import { employeeTableHref } from "@/lib/validation/employee-table";
import { SEARCH_COOKIE } from "./search-cookie";

const FILTER_KEYS = [
  "status",
  "expiryFrom",
  "expiryTo",
  "duty",
  "risk",
  "department",
  "workplace",
  "archived",
  "sort",
  "dir",
] as const;

/**
 * The table's filter form posts here. A name search is personal data, so it is kept out of the URL (no
 * access logs, history or Referer carry it): it goes into a short-lived httpOnly cookie scoped to the
 * list, and the URL only says `search=1`. Every other filter is a code or a date and stays in the URL.
 */
export async function applyEmployeeFilters(form: FormData): Promise<void> {
  await requireTenant();
  const q = String(form.get("q") ?? "")
    .trim()
    .slice(0, 100);
  const jar = await cookies();
  if (q)
    jar.set(SEARCH_COOKIE, q, {
      httpOnly: true,
      sameSite: "lax",
      path: "/employees",
      maxAge: 3600,
      secure: getEnv().APP_URL.startsWith("https:"),
    });
  else jar.delete({ name: SEARCH_COOKIE, path: "/employees" });
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = form.get(key);
    if (typeof value === "string" && value !== "") params[key] = value;
  }
  if (q) params.search = "1";
  redirect(employeeTableHref(params));
}
