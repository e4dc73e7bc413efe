/** The HR navigation: href and the full message key of its label. Features add their entry here. */
export const NAV_ITEMS: readonly { href: string; key: string }[] = [
  { href: "/dashboard", key: "nav.dashboard" },
  { href: "/employees", key: "nav.employees" },
  { href: "/reviews", key: "reviews.nav" },
  { href: "/company-events", key: "companyEvents.nav" },
  { href: "/hours", key: "hours.nav" },
  { href: "/hello-work", key: "helloWork.nav" },
  { href: "/import", key: "dataImport.nav" },
  { href: "/settings", key: "nav.settings" },
];

/** Settings pages, listed on /settings and beside every settings page. */
export const SETTINGS_ITEMS: readonly { href: string; key: string }[] = [
  { href: "/settings/company", key: "nav.company" },
  { href: "/settings/team", key: "nav.team" },
  { href: "/settings/notifications", key: "notificationSettings.nav" },
  { href: "/settings/calendar", key: "calendarFeeds.nav" },
  { href: "/settings/api-keys", key: "apiSettings.nav" },
  { href: "/settings/privacy", key: "privacy.nav" },
];
