import postgres from "postgres";

/** The schema owner (bypasses RLS): for assertions about what is really stored. */
export function ownerSql() {
  return postgres(process.env.DATABASE_URL ?? "", { max: 2, onnotice: () => {} });
}

/** The application role, straight: for proving that row-level security alone blocks access. */
export function appRoleSql() {
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.username = "zairyu_app";
  url.password = process.env.APP_DB_PASSWORD ?? "";
  return postgres(url.toString(), { max: 2, onnotice: () => {} });
}
