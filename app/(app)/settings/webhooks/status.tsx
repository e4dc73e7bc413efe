import { RiskBadge, type Tone } from "@/app/_components/risk-badge";

const TONES: Record<string, Tone> = {
  delivered: "ok",
  failed: "critical",
  pending: "warning",
  delivering: "info",
};

/** A delivery's state as a word with its colour (never colour alone). */
export function DeliveryStatus({ status, label }: { status: string; label: string }) {
  return <RiskBadge tone={TONES[status] ?? "info"}>{label}</RiskBadge>;
}

/** Message key of an event type (next-intl keys cannot contain dots). */
export const eventKey = (type: string) => `event_${type.replace(/\./g, "_")}` as "event_duty_created";
