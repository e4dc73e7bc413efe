import { redirect } from "next/navigation";

/** /settings opens the first settings page; the list of all of them is beside it. */
export default function SettingsIndex() {
  redirect("/settings/company");
}
