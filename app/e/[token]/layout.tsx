import type { Metadata } from "next";

/**
 * Every page of an employee's personal link: the token is in the URL, so no Referer carries it to another
 * site, and search engines are told to keep out.
 */
export const metadata: Metadata = {
  title: "Zairyu",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

export default function EmployeeLinkLayout({ children }: { children: React.ReactNode }) {
  return children;
}
