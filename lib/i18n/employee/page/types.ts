/**
 * Words of the employee pages (app/e/[token]) and of the two emails the self-service sends, in one
 * language. Written for a worker reading on a phone: short sentences, Japanese terms in parentheses
 * where the employee will meet them on official forms. Placeholders in braces: {name}, {company},
 * {n}, {date}, {minutes}, {comment}.
 */
export const RULE_KEYS = [
  "required",
  "date_format",
  "max_length",
  "email_format",
  "invalid_choice",
  "invalid_type",
  "card_number_format",
  "unknown_status",
  "period_expiry_required",
  "not_hireable",
  "filed_in_future",
  "filed_before_event",
  "proof_required",
  "receipt_format",
  "file_empty",
  "file_too_large",
  "file_type",
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export const FIELD_KEYS = [
  "filedOn",
  "channel",
  "receiptNumber",
  "proof",
  "statusCode",
  "periodOfStayExpiresOn",
  "cardExpiresOn",
  "cardNumber",
  "front",
  "back",
  "preferredLanguage",
  "email",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export type ClosedState = { title: string; body: string };

export type PageCopy = {
  title: string;
  nav: { language: string; back: string; settings: string; card: string };
  overview: {
    greeting: string;
    employer: string;
    intro: string;
    none: string;
    doneConfirmed: string;
    doneCard: string;
    doneSettings: string;
  };
  duty: {
    deadline: string;
    daysLeft: string;
    dueToday: string;
    overdue: string;
    waiting: string;
    returned: string;
    approximate: string;
    toConfirm: string;
    what: string;
    prepare: string;
    confirmButton: string;
    /** Renewals: the application window is not open yet. */
    opensOn: string;
  };
  how: {
    heading: string;
    online: string;
    onlineHint: string;
    openSystem: string;
    procedure: string;
    counter: string;
    counterHint: string;
    post: string;
    postHint: string;
    postCheck: string;
    cardReturnPost: string;
    municipal: string;
    employer: string;
    phone: string;
  };
  values: {
    heading: string;
    hint: string;
    orgName: string;
    orgNameEn: string;
    orgAddress: string;
    corporateNumber: string;
    eventDate: string;
    copy: string;
    copied: string;
    notSet: string;
  };
  confirm: {
    heading: string;
    intro: string;
    proofRule: string;
    submit: string;
    channels: { online: string; counter: string; post: string };
  };
  card: { heading: string; intro: string; pending: string; returned: string; submit: string; choose: string };
  settings: { heading: string; intro: string; submit: string };
  fields: Record<FieldKey, string>;
  hints: { receiptNumber: string; proof: string; cardNumber: string; photo: string; email: string };
  states: Record<"expired" | "revoked" | "unknown" | "used" | "rate_limited", ClosedState>;
  errors: { check: string; generic: string; notOpen: string; cardWaiting: string; forbidden: string };
  rules: Record<RuleKey, string>;
  footer: string;
  email: {
    linkSubject: string;
    linkLead: string;
    linkButton: string;
    linkHint: string;
    returnedSubject: string;
    returnedLead: string;
    returnedCardLead: string;
    returnedComment: string;
    returnedButton: string;
  };
};
