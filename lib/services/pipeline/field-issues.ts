import type { z } from "zod";
import type { FieldIssue } from "@/lib/errors";
import type { HrLocale } from "@/lib/i18n/languages";
import { toFieldIssues } from "@/lib/validation/messages";

/** Labels of the pipeline's own fields (the shared table in lib/validation/messages knows the rest). */
const LABELS: Record<string, { ja: string; en: string }> = {
  type: { ja: "出来事", en: "What happened" },
  date: { ja: "日付", en: "Date" },
  channel: { ja: "申請方法", en: "How the application was made" },
  arrivedForThisJob: { ja: "この仕事のための来日", en: "Came to Japan for this job" },
  detail: { ja: "新しい名称・所在地", en: "New name or address" },
  reason: { ja: "通知を止める理由", en: "Reason to mute reminders" },
  employeeDaysBefore: { ja: "本人の届出のリマインド", en: "Employee duty reminders" },
  escalateAfterDays: { ja: "オーナーへの連絡までの日数", en: "Days before telling the owners" },
  renewalDaysBefore: { ja: "更新のリマインド", en: "Renewal reminders" },
  employerDaysBefore: { ja: "会社の届出のリマインド", en: "Company duty reminders" },
};

/** Field issues whose message starts with the field's label in the reader's language. */
export function pipelineIssues(error: z.ZodError, locale: HrLocale): FieldIssue[] {
  return toFieldIssues(error, locale).map((issue) => {
    const key = issue.field.split(".").find((part) => part in LABELS);
    const label = key ? LABELS[key]?.[locale] : undefined;
    return label && issue.message.startsWith(`${issue.field}:`)
      ? { ...issue, message: `${label}:${issue.message.slice(issue.field.length + 1)}` }
      : issue;
  });
}
