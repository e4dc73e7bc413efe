/**
 * Risk is always a word plus a colour (never colour alone): the badge carries its label as text, and the
 * colour only repeats it. Tones: critical (act today), warning (act soon), info (to check), ok.
 */
export type Tone = "critical" | "warning" | "info" | "ok";

export const TONE_CLASSES: Record<Tone, { badge: string; border: string }> = {
  critical: { badge: "border-red-700 bg-red-50 text-red-900", border: "border-l-red-700" },
  warning: { badge: "border-amber-700 bg-amber-50 text-amber-900", border: "border-l-amber-600" },
  info: { badge: "border-sky-800 bg-sky-50 text-sky-900", border: "border-l-sky-700" },
  ok: { badge: "border-green-800 bg-green-50 text-green-900", border: "border-l-green-700" },
};

export function RiskBadge({
  tone,
  children,
  size = "sm",
}: {
  tone: Tone;
  children: React.ReactNode;
  size?: "sm" | "lg";
}) {
  const scale = size === "lg" ? "px-3 py-1 text-xl font-bold" : "px-1.5 py-0.5 text-xs font-semibold";
  return (
    <span className={`inline-block whitespace-nowrap rounded border ${scale} ${TONE_CLASSES[tone].badge}`}>
      {children}
    </span>
  );
}
