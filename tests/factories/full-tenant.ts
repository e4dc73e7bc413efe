import crypto from "node:crypto";
import * as employeesRoute from "@/app/api/v1/employees/route";
import { addDays } from "@/lib/compliance";
import { todayInJapan } from "@/lib/i18n/format";
import { addWorkplace } from "@/lib/services/company-profile";
import { createCalendarFeed } from "@/lib/services/data/calendar-feeds";
import { recordCardCheck } from "@/lib/services/data/card-checks";
import { addLongVacation } from "@/lib/services/data/employee-hours";
import { importShifts } from "@/lib/services/data/import-shifts";
import { recordCompanyEvent } from "@/lib/services/pipeline/record-company-event";
import { recordEvent } from "@/lib/services/pipeline/record-event";
import { confirmDuty } from "@/lib/services/self-service/confirm-duty";
import { submitCard } from "@/lib/services/self-service/submit-card";
import { inviteMember } from "@/lib/services/team";
import { createWebhookEndpoint } from "@/lib/services/webhooks/manage-endpoints";
import { callRoute, makeApiKey } from "../helpers/api";
import type { ownerSql } from "../helpers/db";
import { makeCompany, makeEmployee, validEmployeeInput } from "./company";
import { accessFor, FILES, linkFor } from "./self-service";

export type FullTenant = Awaited<ReturnType<typeof makeFullTenant>>;

/**
 * A company with at least one row in every tenant table, made through the real use cases (so rows are
 * shaped as production writes them). Cross-tenant probes use it as "company A": `ids` are what an
 * attacker would put in URLs and forms, `markers` are strings that appear only in A's data and must
 * never show up in an answer to anyone else. A test that discovers tenant tables from the catalogue
 * fails when a new table has no row here, so this factory grows with the schema.
 */
export async function makeFullTenant(label: string, owner: ReturnType<typeof ownerSql>) {
  const tag = crypto
    .randomBytes(3)
    .toString("hex")
    .toUpperCase()
    .replace(/[0-9]/g, (d) => "QRSTUVWXYZ"[Number(d)] ?? "Q");
  const today = todayInJapan();
  const companyName = `${label}プローブ${tag}株式会社`;
  const ctx = await makeCompany(companyName);
  const { id: workplaceId } = await addWorkplace(ctx, {
    name: `PROBE OFFICE ${tag}`,
    address: "東京都千代田区千代田1-1",
  });
  // Subscribed before any event, so the events below leave webhook deliveries too.
  const endpoint = await createWebhookEndpoint(ctx, {
    url: "http://127.0.0.1:9/probe-hook",
    events: ["duty.created", "duty.confirmed"],
  });
  const employeeName = `PROBE ${tag} ALPHA`;
  const employeeEmail = `probe-${tag.toLowerCase()}@example.test`;
  const { id: employeeId } = await makeEmployee(
    ctx,
    {
      nameOnCard: employeeName,
      email: employeeEmail,
      department: `PROBEDEPT${tag}`,
      employeeNumber: `P${tag}`,
      workplaceId,
    },
    {
      periodOfStayExpiresOn: addDays(today, 200),
      cardNumber: `PQ${String(crypto.randomInt(10_000_000, 99_999_999))}ZZ`,
    },
  );
  // A student with permission to work: the hours pages, shifts and long vacations need one.
  const studentName = `PROBE ${tag} BETA`;
  const { id: studentId } = await makeEmployee(
    ctx,
    {
      nameOnCard: studentName,
      email: `probe-s-${tag.toLowerCase()}@example.test`,
      employeeNumber: `S${tag}`,
    },
    {
      statusCode: "student",
      extraActivityPermission: "comprehensive",
      periodOfStayExpiresOn: addDays(today, 300),
    },
  );
  await recordEvent(ctx, employeeId, { type: "moved_house", date: addDays(today, -2) });
  await recordCompanyEvent(ctx, { type: "org_name_changed", date: addDays(today, -1) });
  await recordCardCheck(
    ctx,
    employeeId,
    { checkedOn: today, originalSeen: true, lapseCheckDone: true, icChipRead: true, result: "ok" },
    today,
  );
  const feed = await createCalendarFeed(ctx);
  const apiKey = await makeApiKey(ctx, ["read", "write"], `probe key ${tag}`);
  // An Idempotency-Key row: a POST through the API with the header.
  await callRoute(employeesRoute.POST, {
    method: "POST",
    path: "/employees",
    key: apiKey,
    body: validEmployeeInput({
      nameOnCard: `PROBE ${tag} GAMMA`,
      email: `probe-g-${tag.toLowerCase()}@example.test`,
    }),
    headers: { "Idempotency-Key": `probe-${tag}` },
  });
  await inviteMember(ctx, { email: `probe-invitee-${tag.toLowerCase()}@example.test`, role: "hr" }, "Owner");
  await importShifts(
    ctx,
    new TextEncoder().encode(`社員番号,日付,時間\nS${tag},${addDays(today, 3)},4\n`),
    today,
  );
  const vacation = await addLongVacation(ctx, studentId, {
    startsOn: addDays(today, 30),
    endsOn: addDays(today, 60),
  });

  // The employee side: a personal link, a filing confirmation with proof, a new card with photos.
  const [duty] =
    await owner`select id from duties where employee_id = ${employeeId} and status = 'open' and owner = 'employee' order by due_date limit 1`;
  const dutyId = String(duty?.id);
  const link = await linkFor(ctx.companyId, employeeId);
  const { confirmationId } = await confirmDuty(
    await accessFor(link.token),
    { dutyId, filedOn: today, channel: "online", receiptNumber: `R-${tag}` },
    FILES.pdf(),
  );
  const cardLink = await linkFor(ctx.companyId, studentId, { scope: "card_update" });
  const { submissionId } = await submitCard(
    await accessFor(cardLink.token),
    {
      statusCode: "student",
      periodOfStayExpiresOn: addDays(today, 700),
      cardExpiresOn: addDays(today, 700),
      cardNumber: "XY98765432ZW",
    },
    FILES.png(),
    FILES.jpeg(),
  );
  const one = async (query: Promise<readonly Record<string, unknown>[]>) => String((await query)[0]?.id);
  const ids = {
    companyId: ctx.companyId,
    employeeId,
    studentId,
    workplaceId,
    dutyId,
    confirmationId,
    submissionId,
    vacationId: vacation.id,
    endpointId: endpoint.id,
    feedId: feed.id,
    eventId: await one(
      owner`select id from events where employee_id = ${employeeId} and company_event_id is null limit 1`,
    ),
    companyEventId: await one(
      owner`select id from company_events where company_id = ${ctx.companyId} limit 1`,
    ),
    deliveryId: await one(
      owner`select id from webhook_deliveries where company_id = ${ctx.companyId} limit 1`,
    ),
    uploadId: await one(owner`select id from uploads where company_id = ${ctx.companyId} limit 1`),
    apiKeyId: await one(owner`select id from api_keys where company_id = ${ctx.companyId} limit 1`),
    gammaId: await one(
      owner`select id from employees where company_id = ${ctx.companyId} and name_on_card = ${`PROBE ${tag} GAMMA`}`,
    ),
    tokenId: link.tokenId,
  };
  return {
    ctx,
    ownerEmail: ctx.email,
    apiKey,
    links: { employee: link.token, card: cardLink.token },
    ids,
    // Strings found only in A's data: a response to anyone else containing one of these is a leak.
    markers: [
      companyName,
      employeeName,
      studentName,
      `PROBE ${tag} GAMMA`,
      employeeEmail,
      `PROBEDEPT${tag}`,
      `PROBE OFFICE ${tag}`,
      `R-${tag}`,
    ],
    tag,
  };
}
