import type { DutyCode } from "@/lib/compliance";

/**
 * Plain-language words about each duty, for employees, in their language. Japanese legal terms are
 * kept in parentheses so the employee can match them with official pages and forms.
 * `what`: one or two short sentences saying what to do and why. `prepare`: what to have ready.
 * `where`: where it is filed (ISA, the municipality, Hello Work by the employer…).
 */
export type DutyText = { title: string; what: string; prepare: string[]; where: string };
export type DutyTexts = Record<DutyCode, DutyText>;
