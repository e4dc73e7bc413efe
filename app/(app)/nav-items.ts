/** The HR navigation: [href, message key in the "nav" namespace]. Features add their entry here. */
export const NAV_ITEMS: readonly { href: string; key: string }[] = [
  { href: "/dashboard", key: "dashboard" },
  { href: "/employees", key: "employees" },
  { href: "/settings/company", key: "company" },
  { href: "/settings/team", key: "team" },
];
