/** Soft alerts derived from the status and the work phase (not legal deadlines; RULES R1, R4, R6, R7). */
import type { TAdvisory, TDuty, TWork } from "../contract/result";
import { hasHolidayData } from "../dates/closed-days";
import { addDays, toDay } from "../dates/day-number";
import { isStatusGrantable } from "../statuses";
import { advise, type Ctx } from "./context";
import type { WorkPhase } from "./work-state";

type Msg = TAdvisory["message"];
const add = (
  ctx: Ctx,
  code: TAdvisory["code"],
  severity: TAdvisory["severity"],
  date: string | null,
  message: Msg,
  toConfirm = false,
) => advise(ctx, { code, severity, date, toConfirm, message });

export function phaseAdvisories(ctx: Ctx, phase: WorkPhase, work: TWork): void {
  const expiry = ctx.expiresOn;
  const until = work.until;
  switch (phase) {
    case "special_period":
      // Only where the old status allowed work: a special period grants no work of its own.
      if (work.state !== "special_period") return;
      add(ctx, "special_period", "info", until, {
        ja: `特例期間中です。従前の在留資格の範囲で ${until} まで就労できます。「申請中」の記載又はオンライン申請の受付メールを確認し、失効情報照会を行ってください。`,
        en: `Special period: the person may keep working within the old status until ${until}. Check the 申請中 stamp or the online receipt and run the card lapse check.`,
      });
      return;
    case "overstay":
      if (expiry === null) return;
      add(ctx, "overstay", "critical", addDays(expiry, 1), {
        ja: `在留期間（${expiry}まで）内の申請又は許可の記録がありません。${addDays(expiry, 1)} から不法残留の可能性があります。直ちに就労を停止し、本人に出入国在留管理局への相談を促してください。`,
        en: `No timely application or decision is recorded for the stay that ended on ${expiry}: possible overstay since ${addDays(expiry, 1)}. Suspend work at once and have the employee consult ISA.`,
      });
      return;
    case "renewed":
      add(ctx, "record_new_period_of_stay", "info", ctx.decidedOn, {
        ja: "更新等が許可されています。新しい在留カードの在留期間を登録してください。",
        en: "The application was decided: record the period of stay on the new card.",
      });
      return;
    case "unknown_expiry":
      add(ctx, "period_of_stay_unknown", "warning", null, {
        ja: "在留期間の満了日が未入力です。在留カードで確認して登録してください。",
        en: "The period-of-stay expiry is missing: check the residence card and record it.",
      });
      return;
    default:
      return;
  }
}

export function statusAdvisories(ctx: Ctx, duties: readonly TDuty[]): void {
  const s = ctx.status;
  if (ctx.graduatedOn !== null) {
    const past = ctx.graduatedOn <= ctx.asOf;
    add(ctx, "graduated_stop_work", past ? "critical" : "warning", ctx.graduatedOn, {
      ja: "卒業により留学の資格外活動（アルバイト）はできなくなります。在留カードに許可の記載が残っていても、特例期間中でも就労できません。",
      en: "On graduation a student may no longer work part-time, even if the card still shows the permission and even during a special period.",
    });
  }
  if (s.code === "temporary_visitor") {
    add(ctx, "do_not_hire", "critical", null, {
      ja: "短期滞在では就労できません。雇用しないでください。",
      en: "A temporary visitor may not work: do not hire.",
    });
  }
  if (s.code === "designated_activities") {
    add(ctx, "read_designation", "info", null, {
      ja: "指定書の写しを確認し、指定された活動・雇用主の範囲でのみ就労させてください。",
      en: "Obtain the 指定書 and allow only the designated work and employer.",
    });
  }
  if (s.code === "special_permanent_resident") {
    add(ctx, "special_permanent_resident", "info", null, {
      ja: "特別永住者はハローワークへの届出も入管法第19条の16の届出も不要です。特別永住者証明書の確認のみ記録してください。",
      en: "Special permanent residents need neither the Hello Work report nor 19-16 notices; record the certificate check only.",
    });
  }
  if (s.notify === "unknown") {
    add(
      ctx,
      "notification_category_unconfirmed",
      "warning",
      null,
      {
        ja: `${s.ja}の届出区分は未公表です。保守的に契約機関として扱っています。`,
        en: `The notification category for ${s.en} is unpublished; it is treated as a contract organisation (conservative).`,
      },
      true,
    );
  }
  if (s.validTo !== null && !isStatusGrantable(s.code, ctx.asOf)) {
    add(ctx, "legacy_status", "info", s.validTo, {
      ja: `${s.ja}は ${s.validTo} 以降新規の許可がありません。既存の在留者は引き続き在留できます。`,
      en: `${s.en} has no new grants after ${s.validTo}; existing holders continue.`,
    });
  }
  if (
    !ctx.isWorker &&
    ctx.events.some((e) => e.type === "employment_started" || e.type === "employment_ended")
  ) {
    add(
      ctx,
      "not_a_worker_no_hello_work",
      "info",
      null,
      {
        ja: "労働者でない役員等はハローワークへの届出対象外として扱っています（要確認）。",
        en: "A director or officer who is not a worker is treated as outside the Hello Work report (to confirm).",
      },
      true,
    );
  }
  if (ctx.naturalizedOn !== null) {
    add(
      ctx,
      "naturalized",
      "info",
      ctx.naturalizedOn,
      {
        ja: "日本国籍取得後は在留資格に関する義務はありません。ハローワークでの取扱いは未確認です。",
        en: "After naturalisation no status duties remain. How Hello Work treats the change is unconfirmed.",
      },
      true,
    );
  }
  if (duties.some((d) => !hasHolidayData(toDay(d.nominalDueDate)))) {
    add(
      ctx,
      "holiday_data_unavailable",
      "warning",
      null,
      {
        ja: "祝日データの範囲外の期限があります。土日と年末年始のみを閉庁日として計算しています。",
        en: "A deadline falls outside the holiday data; only weekends and 29 Dec – 3 Jan were treated as closed.",
      },
      true,
    );
  }
}
