import { getLocale, getTranslations } from "next-intl/server";
import { statusLabel } from "@/app/_components/status-label";
import { requireTenant } from "@/lib/auth/tenant";
import { formatDate } from "@/lib/i18n/format";
import { employeeFormOptions } from "@/lib/services/employee-form-options";
import { getCardSubmission } from "@/lib/services/self-service/get-card-submission";
import { loadOr404 } from "../../../employees/[id]/load";
import { DecisionForm } from "../../_components/decision-form";
import { reviewCardAction } from "../../actions";
import { CardReviewForm } from "./card-review-form";

export const metadata = { title: "Card review" };

function Photo(props: { photo: { id: string; mimeType: string } | null; label: string; open: string }) {
  if (!props.photo) return <p className="text-sm text-gray-600">{props.label}: —</p>;
  const href = `/files/${props.photo.id}`;
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">{props.label}</figcaption>
      {props.photo.mimeType.startsWith("image/") ? (
        // biome-ignore lint/performance/noImgElement: an authenticated file route, not an optimisable static asset
        <img
          src={href}
          alt={props.label}
          className="max-h-72 w-auto rounded border border-gray-200 bg-gray-50 object-contain"
        />
      ) : null}
      <a href={href} target="_blank" rel="noopener" className="text-sm text-accent underline">
        {props.open}
      </a>
    </figure>
  );
}

export default async function CardReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenant();
  const { id } = await params;
  const submission = await loadOr404(() => getCardSubmission(session, id));
  const t = await getTranslations("reviews");
  const locale = await getLocale();
  const options = await employeeFormOptions(session, locale);
  const s = submission.submitted;
  const current = submission.currentCard;
  const canWrite = session.actor.role !== "viewer" && submission.status === "pending";
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("cardTitle", { name: submission.employeeName })}</h1>
      <p className="text-sm text-gray-600">{t("cardHelp")}</p>
      <div className="grid grid-cols-1 gap-4 rounded-lg border border-gray-200 bg-white p-4 md:grid-cols-2">
        <Photo photo={submission.front} label={t("front")} open={t("openFile")} />
        <Photo photo={submission.back} label={t("back")} open={t("openFile")} />
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-gray-600">{t("cardStatus")}</dt>
          <dd>{statusLabel(s.statusCode, locale)}</dd>
        </div>
        <div>
          <dt className="text-xs text-gray-600">{t("cardPeriod")}</dt>
          <dd>{formatDate(s.periodOfStayExpiresOn, locale)}</dd>
        </div>
        <div>
          <dt className="text-xs text-gray-600">{t("cardExpires")}</dt>
          <dd>{formatDate(s.cardExpiresOn, locale)}</dd>
        </div>
        <div>
          <dt className="text-xs text-gray-600">{t("cardNumber")}</dt>
          <dd className="font-mono">{s.cardNumberLast4 ? `••••${s.cardNumberLast4}` : "—"}</dd>
        </div>
      </dl>
      {canWrite ? (
        <>
          <CardReviewForm
            action={reviewCardAction}
            submissionId={submission.id}
            statuses={options.statuses}
            last4={s.cardNumberLast4}
            initial={{
              "card.statusCode": s.statusCode,
              "card.periodOfStayExpiresOn": s.periodOfStayExpiresOn,
              "card.cardExpiresOn": s.cardExpiresOn,
              "card.holderRole": current?.holderRole,
              "card.workRestriction": current?.workRestriction,
              "card.extraActivityPermission": current?.extraActivityPermission,
              "card.hsp2Activity": current?.hsp2Activity,
            }}
          />
          <div className="rounded-lg border border-gray-200 bg-white p-4">
            <DecisionForm
              action={reviewCardAction}
              idName="submissionId"
              id={submission.id}
              label={submission.employeeName}
              hideAccept
            />
          </div>
        </>
      ) : (
        <p className="rounded-md border border-gray-200 bg-white p-3">{t("gone")}</p>
      )}
    </div>
  );
}
