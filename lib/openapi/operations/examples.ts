/** Request examples shown in the reference page; the contract tests send them and expect success. */
export const EXAMPLE_EMPLOYEE = {
  employeeNumber: "E2001",
  nameOnCard: "NGUYEN VAN AN",
  nameKana: "グエン ヴァン アン",
  nationality: "VN",
  dateOfBirth: "1995-03-14",
  sex: "M",
  email: "an@example.com",
  preferredLanguage: "vi",
  employmentStartedOn: "2026-04-01",
  card: {
    statusCode: "engineer_specialist",
    periodOfStayExpiresOn: "2028-09-30",
    cardNumber: "AB12345678CD",
  },
};

export const EXAMPLE_EVENT = { type: "employment_ended", date: "2026-06-30" };
export const EXAMPLE_COMPANY_EVENT = {
  type: "org_address_changed",
  date: "2026-05-01",
  detail: "東京都新宿区新宿3-1-1",
};
export const EXAMPLE_CONFIRMATION = {
  filedOn: "2026-07-03",
  channel: "online",
  receiptNumber: "R-2026-0001",
};
export const EXAMPLE_EVALUATE = {
  asOf: "2026-04-01",
  person: { status: "engineer_specialist", periodOfStayExpiresOn: "2026-11-30", dateOfBirth: "1990-05-01" },
  events: [{ type: "employment_ended", date: "2026-03-31" }],
};
