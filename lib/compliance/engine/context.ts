/**
 * The normalised facts one evaluation works from. Defaults follow EVALUATE.md (holderRole principal,
 * extraActivityPermission none, isWorker true); a missing employmentInsurance stays null so the Hello
 * Work rules can pick the earlier (insured) route and mark the duty approximate.
 */
import type { TAdvisory } from "../contract/result";
import type { TEvaluateCase, TEvent } from "../contract/schema";
import type { IsoDate } from "../dates/day-number";
import { type StatusInfo, statusInfo } from "../statuses";

export type Ctx = {
  asOf: IsoDate;
  status: StatusInfo;
  holderRole: "principal" | "spouse" | "child";
  hsp2Activity: "i" | "ro" | "ha" | null;
  japaneseContract: boolean | null;
  expiresOn: IsoDate | null;
  cardExpiresOn: IsoDate | null;
  dateOfBirth: IsoDate | null;
  permission: "none" | "comprehensive" | "individual";
  insured: boolean | null;
  isWorker: boolean;
  appliedOn: IsoDate | null;
  decidedOn: IsoDate | null;
  events: readonly TEvent[];
  /** Earliest naturalisation date: the person is a Japanese national from then on. */
  naturalizedOn: IsoDate | null;
  /** Earliest graduation date (留学 only matters). */
  graduatedOn: IsoDate | null;
  advisories: TAdvisory[];
};

function earliest(events: readonly TEvent[], type: TEvent["type"]): IsoDate | null {
  let out: IsoDate | null = null;
  for (const e of events) if (e.type === type && (out === null || e.date < out)) out = e.date;
  return out;
}

export function makeCtx(c: TEvaluateCase): Ctx {
  const p = c.person;
  const events = c.events ?? [];
  return {
    asOf: c.asOf,
    status: statusInfo(p.status),
    holderRole: p.holderRole ?? "principal",
    hsp2Activity: p.hsp2Activity ?? null,
    japaneseContract: p.japaneseContract ?? null,
    expiresOn: p.periodOfStayExpiresOn ?? null,
    cardExpiresOn: p.cardExpiresOn ?? null,
    dateOfBirth: p.dateOfBirth ?? null,
    permission: p.extraActivityPermission ?? "none",
    insured: p.employmentInsurance ?? null,
    isWorker: p.isWorker ?? true,
    appliedOn: p.renewalAppliedOn ?? null,
    decidedOn: p.renewalDecidedOn ?? null,
    events,
    naturalizedOn: earliest(events, "naturalized"),
    graduatedOn: p.status === "student" ? earliest(events, "graduated") : null,
    advisories: [],
  };
}

/** True once the person is a Japanese national on `date`. */
export function isNaturalizedBy(ctx: Ctx, date: IsoDate): boolean {
  return ctx.naturalizedOn !== null && ctx.naturalizedOn <= date;
}

export function advise(ctx: Ctx, advisory: TAdvisory): void {
  if (!ctx.advisories.some((a) => a.code === advisory.code && a.date === advisory.date))
    ctx.advisories.push(advisory);
}
