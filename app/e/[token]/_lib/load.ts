import { headers } from "next/headers";
import { fillCopy, isEmployeeLanguage, type PageCopy, pageCopy } from "@/lib/i18n/employee/page";
import { EMPLOYEE_LANGUAGES, type EmployeeLanguage } from "@/lib/i18n/languages";
import { rateLimitIp } from "@/lib/security/client-ip";
import {
  type ClosedLinkState,
  type EmployeeAccess,
  openEmployeeLink,
} from "@/lib/services/self-service/employee-access";
import type { LinkUse } from "@/lib/services/self-service/rate-limit";

/** The client address as our proxy recorded it (right-most X-Forwarded-For), for limits and the audit log. */
export async function requestIp(): Promise<string | null> {
  const ip = rateLimitIp(await headers());
  return ip === "unknown" ? null : ip;
}

/** A phone's own language, when the link cannot tell us the employee's (an unknown link). */
async function browserLanguage(): Promise<EmployeeLanguage | null> {
  const accept = (await headers()).get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    const primary = tag === "fil" ? "tl" : tag.split("-")[0];
    if (isEmployeeLanguage(primary)) return primary;
  }
  return null;
}

export type LoadedLink =
  | { isOpen: true; access: EmployeeAccess; language: EmployeeLanguage; copy: PageCopy }
  | {
      isOpen: false;
      state: ClosedLinkState;
      language: EmployeeLanguage;
      copy: PageCopy;
      message: { title: string; body: string };
    };

/**
 * Opens the link of a page or form. `?lang=` shows the page in another language without saving it
 * (the settings page saves it); otherwise the employee's own language.
 */
export async function loadLink(
  token: string,
  langParam: unknown,
  use: LinkUse = "lookup",
): Promise<LoadedLink> {
  const result = await openEmployeeLink(token, use, await requestIp());
  const chosen = isEmployeeLanguage(langParam) ? langParam : null;
  if (result.isOpen) {
    const language = chosen ?? result.access.language;
    return { isOpen: true, access: result.access, language, copy: pageCopy(language) };
  }
  const language = chosen ?? result.language ?? (await browserLanguage()) ?? "en";
  const copy = pageCopy(language);
  const state = copy.states[result.state];
  const minutes = Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60));
  return {
    isOpen: false,
    state: result.state,
    language,
    copy,
    message: { title: state.title, body: fillCopy(state.body, { minutes }) },
  };
}

export const LANGUAGE_OPTIONS = EMPLOYEE_LANGUAGES;
