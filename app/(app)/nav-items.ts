/** The HR navigation: href and the full message key of its label. Features add their entry here. */
export const NAV_ITEMS: readonly { href: string; key: string }[] = [
  { href: "/dashboard", key: "nav.dashboard" },
  { href: "/employees", key: "nav.employees" },
  { href: "/import", key: "dataImport.nav" },
  { href: "/hours", key: "hours.nav" },
  { href: "/hello-work", key: "helloWork.nav" },
  { href: "/reviews", key: "reviews.nav" },
  { href: "/company-events", key: "companyEvents.nav" },
  { href: "/settings/company", key: "nav.company" },
  { href: "/settings/team", key: "nav.team" },
  { href: "/settings/calendar", key: "calendarFeeds.nav" },
  { href: "/settings/privacy", key: "privacy.nav" },
  { href: "/settings/api-keys", key: "apiSettings.nav" },
  { href: "/settings/notifications", key: "notificationSettings.nav" },
];
