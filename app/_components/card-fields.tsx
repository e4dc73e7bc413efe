"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/app/_components/field";
import { WORK_RESTRICTIONS } from "@/lib/validation/statuses";

/**
 * The residence card's fields (`card.*`), as HR enters them when registering an employee or recording a
 * new card, and as HR confirms an employee's submitted card. The caller owns the form, its state and
 * anything it adds after these.
 */
export function CardFields(props: {
  statuses: { value: string; label: string }[];
  val: (name: string) => string | undefined;
  err: (name: string) => string | undefined;
  /** Shown beside optional fields' labels; none when omitted. */
  optionalText?: string;
  cardNumberHint?: string;
}) {
  const t = useTranslations("fields");
  const { val, err, optionalText: opt } = props;
  return (
    <>
      <SelectField
        name="card.statusCode"
        label={t("statusCode")}
        required
        options={props.statuses}
        placeholder={t("notSelected")}
        defaultValue={val("card.statusCode")}
        error={err("card.statusCode")}
      />
      <SelectField
        name="card.holderRole"
        label={t("holderRole")}
        options={[
          { value: "principal", label: t("holderRolePrincipal") },
          { value: "spouse", label: t("holderRoleSpouse") },
          { value: "child", label: t("holderRoleChild") },
        ]}
        defaultValue={val("card.holderRole") ?? "principal"}
        error={err("card.holderRole")}
      />
      <TextField
        name="card.periodOfStayExpiresOn"
        type="date"
        label={t("periodOfStayExpiresOn")}
        defaultValue={val("card.periodOfStayExpiresOn")}
        error={err("card.periodOfStayExpiresOn")}
      />
      <TextField
        name="card.cardExpiresOn"
        type="date"
        label={t("cardExpiresOn")}
        optionalText={opt}
        defaultValue={val("card.cardExpiresOn")}
        error={err("card.cardExpiresOn")}
      />
      <TextField
        name="card.cardNumber"
        label={t("cardNumber")}
        hint={props.cardNumberHint}
        optionalText={opt}
        maxLength={12}
        autoComplete="off"
        defaultValue={val("card.cardNumber")}
        error={err("card.cardNumber")}
      />
      <SelectField
        name="card.workRestriction"
        label={t("workRestriction")}
        optionalText={opt}
        options={WORK_RESTRICTIONS.map((w) => ({ value: w, label: w }))}
        placeholder="—"
        defaultValue={val("card.workRestriction")}
        error={err("card.workRestriction")}
      />
      <SelectField
        name="card.extraActivityPermission"
        label={t("extraActivityPermission")}
        options={[
          { value: "none", label: t("permissionNone") },
          { value: "comprehensive", label: t("permissionComprehensive") },
          { value: "individual", label: t("permissionIndividual") },
        ]}
        defaultValue={val("card.extraActivityPermission") ?? "none"}
        error={err("card.extraActivityPermission")}
      />
      <SelectField
        name="card.hsp2Activity"
        label={t("hsp2Activity")}
        optionalText={opt}
        options={[
          { value: "i", label: "イ (i)" },
          { value: "ro", label: "ロ (ro)" },
          { value: "ha", label: "ハ (ha)" },
        ]}
        placeholder="—"
        defaultValue={val("card.hsp2Activity")}
        error={err("card.hsp2Activity")}
      />
    </>
  );
}
