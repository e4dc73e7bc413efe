import type { z } from "zod";
import type { FieldIssue } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";
import { ruleText, toFieldIssues } from "@/lib/validation/messages";

export type FieldLabels = Readonly<Record<string, { ja: string; en: string }>>;

/** Rules of the API and settings forms that the shared table (lib/validation/messages.ts) does not have. */
const EXTRA_RULES: Record<string, { ja: string; en: string }> = {
  not_in_future: { ja: "今日より後の日付は入力できません", en: "must not be after today (Japan time)" },
  https_url: { ja: "https:// で始まる公開 URL を入力してください", en: "must be a public https:// URL" },
  unknown_workplace: { ja: "自社の事業所から選んでください", en: "must be one of your company's workplaces" },
  webhook_event: {
    ja: "イベントを1つ以上選んでください",
    en: "must list at least one of the webhook events",
  },
};

/** Words for a rule this file adds (for use cases that check a rule after parsing). */
export function extraRuleText(rule: keyof typeof EXTRA_RULES | string, locale: HrLocale): string {
  return EXTRA_RULES[rule]?.[locale] ?? rule;
}

const BODY_LABEL = { ja: "リクエスト本文", en: "Request body" };

/**
 * zod issues → field issues (lib/validation/messages), with labels for fields the shared table does
 * not know or names differently (an API key's `name` is not a person's name) and a few extra rules.
 * An issue about the whole body (empty path) is attributed to `body`, so every error names a field.
 */
export function labelledIssues(error: z.ZodError, locale: HrLocale, labels: FieldLabels = {}): FieldIssue[] {
  const shared = toFieldIssues(error, locale);
  return error.issues.map((zodIssue, index) => {
    const issue = shared[index] ?? { field: zodIssue.path.join("."), message: zodIssue.message };
    const field = issue.field === "" ? "body" : issue.field;
    const extra = EXTRA_RULES[zodIssue.message];
    const rule = extra ? zodIssue.message : (issue.rule ?? "invalid_type");
    const label = labels[field]?.[locale] ?? (field === "body" ? BODY_LABEL[locale] : undefined);
    if (!label && !extra) return { ...issue, field };
    const ruleWords = extra ? extra[locale] : ruleText(rule, locale);
    const labelWords = label ?? issue.message.split(": ")[0] ?? field;
    return { field, rule, message: `${labelWords}: ${ruleWords}` };
  });
}
