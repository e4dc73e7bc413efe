import { sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import type { ServiceContext } from "../context";

/** The choices the employee table's filters offer: the company's departments in use and its workplaces. */
export async function getTableOptions(
  ctx: ServiceContext,
): Promise<{ departments: string[]; workplaces: { id: string; name: string }[] }> {
  return withTenant(ctx, async (tx) => {
    const departments = (await tx.execute(sql`
      select distinct department from employees where company_id = ${ctx.companyId}::uuid and department is not null and department <> '' order by department limit 500`)) as unknown as {
      department: string;
    }[];
    const workplaces = (await tx.execute(sql`
      select id, name from workplaces where company_id = ${ctx.companyId}::uuid order by name`)) as unknown as {
      id: string;
      name: string;
    }[];
    return { departments: departments.map((d) => d.department), workplaces };
  });
}
