"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { revokeEmployeeLinks, sendEmployeeLink } from "@/lib/services/self-service/manage-links";

export const sendEmployeeLinkAction = tenantAction(async (form, session) => {
  const employeeId = String(form.get("employeeId") ?? "");
  await sendEmployeeLink(session, employeeId, { scope: form.get("scope") });
  revalidatePath(`/employees/${employeeId}/links`);
  return `/employees/${employeeId}/links?done=sent`;
});

/** One link (tokenId given) or all active links of the employee. */
export const revokeEmployeeLinksAction = tenantAction(async (form, session) => {
  const employeeId = String(form.get("employeeId") ?? "");
  const tokenId = form.get("tokenId");
  await revokeEmployeeLinks(
    session,
    employeeId,
    typeof tokenId === "string" && tokenId ? tokenId : undefined,
  );
  revalidatePath(`/employees/${employeeId}/links`);
  return `/employees/${employeeId}/links?done=revoked`;
});
