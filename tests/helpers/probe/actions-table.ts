import type { FullTenant } from "../../factories/full-tenant";

/**
 * Every server action of the app, as company B would send it with company A's ids in the form (or, for
 * an employee's personal-link action, B's employee link with A's duty). `writes` actions must change A
 * when A's own owner sends the same request (the control that proves the request is real). Order
 * matters: an action that consumes or removes its target comes after those that need it.
 * Actions that carry no company data are in EXEMPT, each with its reason. The probe fails when a
 * 'use server' export is in neither table.
 */
export type ProbeContext = { a: FullTenant; bEmployeeToken: string; aOpenDutyId: string; today: string };
export type ActionProbe = {
  fields: (c: ProbeContext) => Record<string, string | string[]>;
  /** Arguments before the form: bound values (employee link actions) and the previous state. */
  args?: (c: ProbeContext, as: "attacker" | "owner") => unknown[];
  writes: boolean;
  /** What a viewer may change with it, and why (their own preference); otherwise nothing at all. */
  viewerOwn?: string;
};

const A = "app/(app)";
const linkArgs = (c: ProbeContext, as: "attacker" | "owner") => [
  as === "attacker" ? c.bEmployeeToken : c.a.links.employee,
  "ja",
  null,
];

export const ACTIONS: Record<string, ActionProbe> = {
  [`${A}/employees/actions.ts#createEmployeeAction`]: {
    writes: true,
    fields: (c) => ({
      nameOnCard: "PROBE INTRUDER",
      nationality: "PH",
      dateOfBirth: "1990-01-01",
      sex: "F",
      workplaceId: c.a.ids.workplaceId,
      "card.statusCode": "engineer_specialist",
      "card.periodOfStayExpiresOn": "2030-01-31",
    }),
  },
  [`${A}/employees/actions.ts#updateEmployeeAction`]: {
    writes: true,
    fields: (c) => ({
      employeeId: c.a.ids.employeeId,
      nameOnCard: "HIJACKED NAME",
      nationality: "VN",
      dateOfBirth: "1995-03-14",
      sex: "M",
      department: "Hijacked",
    }),
  },
  [`${A}/employees/actions.ts#recordCardAction`]: {
    writes: true,
    fields: (c) => ({
      employeeId: c.a.ids.employeeId,
      "card.statusCode": "engineer_specialist",
      "card.periodOfStayExpiresOn": "2032-03-31",
    }),
  },
  [`${A}/employees/[id]/events/actions.ts#recordEventAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.employeeId, type: "card_lost", date: c.today }),
  },
  [`${A}/employees/[id]/events/actions.ts#updateEventAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.employeeId, eventId: c.a.ids.eventId, date: c.today }),
  },
  [`${A}/employees/[id]/events/actions.ts#muteDutyAction`]: {
    writes: true,
    fields: (c) => ({
      employeeId: c.a.ids.employeeId,
      dutyId: c.aOpenDutyId,
      reason: "probe: filed elsewhere",
    }),
  },
  [`${A}/employees/[id]/events/actions.ts#unmuteDutyAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.employeeId, dutyId: c.aOpenDutyId }),
  },
  [`${A}/employees/[id]/checks/actions.ts#recordCardCheckAction`]: {
    writes: true,
    fields: (c) => ({
      employeeId: c.a.ids.employeeId,
      checkedOn: c.today,
      originalSeen: "on",
      lapseCheckDone: "on",
      icChipRead: "on",
      result: "ok",
    }),
  },
  [`${A}/employees/[id]/links/actions.ts#sendEmployeeLinkAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.employeeId, scope: "duties" }),
  },
  [`${A}/hours/[id]/actions.ts#addVacationAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.studentId, startsOn: "2031-07-20", endsOn: "2031-08-31" }),
  },
  [`${A}/hours/[id]/actions.ts#removeVacationAction`]: {
    writes: true,
    fields: (c) => ({ vacationId: c.a.ids.vacationId }),
  },
  [`${A}/company-events/actions.ts#recordCompanyEventAction`]: {
    writes: true,
    fields: (c) => ({ type: "org_address_changed", date: c.today }),
  },
  [`${A}/settings/actions.ts#updateCompanyAction`]: {
    writes: true,
    fields: () => ({
      legalNameJa: "乗っ取り株式会社",
      legalNameEn: "Hijacked KK",
      corporateNumber: "",
      headOfficeAddress: "東京都千代田区1-1",
      immigrationOffice: "",
    }),
  },
  [`${A}/settings/actions.ts#addWorkplaceAction`]: {
    writes: true,
    fields: () => ({ name: "Probe branch", address: "大阪府大阪市1-1" }),
  },
  [`${A}/settings/actions.ts#inviteMemberAction`]: {
    writes: true,
    fields: () => ({ email: `probe-invite-${Date.now()}@example.test`, role: "viewer" }),
  },
  [`${A}/settings/notifications/actions.ts#updateLaddersAction`]: {
    writes: true,
    fields: () => ({
      employeeDaysBefore: "10, 3, 0",
      escalateAfterDays: "5",
      renewalDaysBefore: "90, 30",
      employerDaysBefore: "7, 1",
    }),
  },
  [`${A}/settings/notifications/actions.ts#setDigestAction`]: {
    writes: true,
    viewerOwn: "memberships,audit_log",
    fields: () => ({ optOut: "true" }),
  },
  [`${A}/settings/privacy/actions.ts#updateRetentionAction`]: {
    writes: true,
    fields: () => ({ retentionYears: "7" }),
  },
  [`${A}/settings/api-keys/actions.ts#createApiKeyAction`]: {
    writes: true,
    fields: () => ({ name: "probe key", scopes: ["read"] }),
  },
  [`${A}/settings/calendar/actions.ts#createFeedAction`]: { writes: true, fields: () => ({}) },
  [`${A}/settings/webhooks/actions.ts#createEndpointAction`]: {
    writes: true,
    fields: () => ({ url: "https://hooks.example.com/probe", events: ["duty.created"] }),
  },
  [`${A}/settings/webhooks/actions.ts#resendDeliveryAction`]: {
    writes: true,
    fields: (c) => ({ deliveryId: c.a.ids.deliveryId, endpointId: c.a.ids.endpointId }),
  },
  [`${A}/reviews/actions.ts#reviewConfirmationAction`]: {
    writes: true,
    fields: (c) => ({
      confirmationId: c.a.ids.confirmationId,
      decision: "return",
      comment: "probe: please resend",
    }),
  },
  [`${A}/reviews/actions.ts#reviewCardAction`]: {
    writes: true,
    fields: (c) => ({
      submissionId: c.a.ids.submissionId,
      decision: "return",
      comment: "probe: photo unreadable",
    }),
  },
  "app/e/[token]/actions.ts#confirmFilingAction": {
    writes: true,
    args: linkArgs,
    fields: (c) => ({ dutyId: c.aOpenDutyId, filedOn: c.today, channel: "online", receiptNumber: "PROBE-1" }),
  },
  "app/e/[token]/actions.ts#savePreferencesAction": {
    writes: true,
    args: linkArgs,
    fields: () => ({ preferredLanguage: "en", email: "probe-prefs@example.test" }),
  },
  "app/e/[token]/actions.ts#submitCardAction": {
    writes: false,
    args: linkArgs,
    fields: () => ({
      statusCode: "engineer_specialist",
      periodOfStayExpiresOn: "2032-01-31",
      cardExpiresOn: "2032-01-31",
      cardNumber: "AB12345678CD",
    }),
  },
  // Consuming or removing their target: last.
  [`${A}/employees/[id]/links/actions.ts#revokeEmployeeLinksAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.employeeId, tokenId: c.a.ids.tokenId }),
  },
  [`${A}/employees/[id]/events/actions.ts#deleteEventAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.employeeId, eventId: c.a.ids.eventId }),
  },
  [`${A}/company-events/actions.ts#withdrawCompanyEventAction`]: {
    writes: true,
    fields: (c) => ({ companyEventId: c.a.ids.companyEventId }),
  },
  [`${A}/settings/api-keys/actions.ts#revokeApiKeyAction`]: {
    writes: true,
    fields: (c) => ({ keyId: c.a.ids.apiKeyId }),
  },
  [`${A}/settings/calendar/actions.ts#revokeFeedAction`]: {
    writes: true,
    fields: (c) => ({ feedId: c.a.ids.feedId }),
  },
  [`${A}/settings/webhooks/actions.ts#disableEndpointAction`]: {
    writes: true,
    fields: (c) => ({ endpointId: c.a.ids.endpointId }),
  },
  [`${A}/employees/actions.ts#archiveEmployeeAction`]: {
    writes: true,
    fields: (c) => ({ employeeId: c.a.ids.gammaId }),
  },
};

/** Actions with no company data to reach, and why. */
export const EXEMPT: Record<string, string> = {
  "app/(auth)/sign-in/actions.ts#signInWithPassword":
    "before any company: credentials only (rate limits: tests/e2e/security-auth.test.ts)",
  "app/(auth)/sign-in/actions.ts#sendMagicLink": "before any company: an email address only",
  "app/(auth)/sign-up/actions.ts#signUpAction": "creates a new company of its own",
  "app/(auth)/invite/[token]/actions.ts#acceptInvitationAction":
    "the invitation token is the capability (random, hashed, single use, expiring)",
  "app/_actions/locale.ts#setLocaleAction": "the signed-in user's own language",
  "app/_actions/sign-out.ts#signOutAction": "ends the caller's own session",
  [`${A}/employees/_table/search-action.ts#applyEmployeeFilters`]:
    "sets the caller's own filter cookie and redirects; reads and writes no company data",
};
