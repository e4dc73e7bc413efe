/**
 * The rule catalogue and its lookups. Invariants (checked at load and in tests): each (id, version)
 * is unique, and the versions of one id have non-overlapping validity windows.
 */
import type { IsoDate } from "../dates/day-number";
import { EMPLOYER_RULES } from "./employer-rules";
import { ISA_ORG_RULES } from "./isa-org-rules";
import { RESIDENT_RULES } from "./resident-rules";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [...ISA_ORG_RULES, ...RESIDENT_RULES, ...EMPLOYER_RULES];

export type RuleId = string;

const versionsById = new Map<RuleId, Rule[]>();
for (const rule of RULES) {
  const list = versionsById.get(rule.id) ?? [];
  list.push(rule);
  versionsById.set(rule.id, list);
}
for (const [id, list] of versionsById) {
  list.sort((a, b) => a.version - b.version);
  for (let i = 1; i < list.length; i++) {
    const prev = list[i - 1];
    const next = list[i];
    if (
      !prev ||
      !next ||
      prev.version === next.version ||
      prev.validTo === null ||
      prev.validTo >= next.validFrom
    ) {
      throw new Error(`lib/compliance: rule ${id} has duplicate or overlapping versions`);
    }
  }
}

/** `"<id>@<version>"`, the reference every duty carries. */
export function ruleRef(rule: Pick<Rule, "id" | "version">): string {
  return `${rule.id}@${rule.version}`;
}

/** All versions of a rule, oldest first (empty for an unknown id). */
export function ruleVersions(id: RuleId): readonly Rule[] {
  return versionsById.get(id) ?? [];
}

/** The version of `id` that governs a trigger on `date`, or undefined when none is in force. */
export function ruleInForce(id: RuleId, date: IsoDate): Rule | undefined {
  const list = versionsById.get(id);
  if (!list) return undefined;
  for (const r of list) if (date >= r.validFrom && (r.validTo === null || date <= r.validTo)) return r;
  return undefined;
}

/** Looks up `"<id>@<version>"` as carried by a duty. */
export function ruleByRef(ref: string): Rule | undefined {
  const at = ref.lastIndexOf("@");
  if (at < 0) return undefined;
  const version = Number(ref.slice(at + 1));
  return versionsById.get(ref.slice(0, at))?.find((r) => r.version === version);
}
