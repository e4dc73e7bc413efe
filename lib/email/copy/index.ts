import type { EmployeeLanguage } from "@/lib/i18n/languages";
import { EN } from "./en";
import { ID } from "./id";
import { JA } from "./ja";
import { MY } from "./my";
import { NE } from "./ne";
import { PT } from "./pt";
import { TL } from "./tl";
import type { EmployeeEmailCopy } from "./types";
import { VI } from "./vi";
import { ZH } from "./zh";

/** Every employee language has its own chrome (the type makes a missing one a compile error). */
export const EMPLOYEE_EMAIL_COPY: Record<EmployeeLanguage, EmployeeEmailCopy> = {
  ja: JA,
  en: EN,
  vi: VI,
  zh: ZH,
  id: ID,
  ne: NE,
  tl: TL,
  my: MY,
  pt: PT,
};

export { type EmployeeEmailCopy, fill } from "./types";
