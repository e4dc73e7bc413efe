import postgres, { type Sql } from "postgres";
import { copyInto } from "./copy";
import { COLUMNS, cardKey, emptyLines, encodePerson, type Lines, type Table } from "./encode";
import type { GeneratedCompany } from "./generate-companies";
import { generatePerson } from "./people";
import { pipelineRows } from "./pipeline-rows";
import { prng } from "./prng";

export type PeopleJob = {
  databaseUrl: string;
  companies: GeneratedCompany[];
  today: number;
  seed: number;
  history: boolean;
  bulk: boolean;
};
export type PeopleCounts = Record<Table, number>;

const FLUSH_PEOPLE = 5_000;
const TABLES: Table[] = ["employees", "card_records", "events", "duties"];

/**
 * Employees, cards, events and duties of the given companies, 5,000 people per COPY batch. Each
 * company draws from its own seeded PRNG, so the world is the same however companies are split
 * between loading processes. In bulk mode the connection skips foreign-key triggers.
 */
export async function loadPeople(
  job: PeopleJob,
  onProgress: (employees: number) => void = () => {},
): Promise<PeopleCounts> {
  const sql = postgres(job.databaseUrl, {
    max: 1,
    onnotice: () => {},
    connection: job.bulk ? { session_replication_role: "replica" } : {},
  });
  const started = Date.now();
  const counts: PeopleCounts = { employees: 0, card_records: 0, events: 0, duties: 0 };
  const key = cardKey();
  let lines = emptyLines();
  let people = 0;
  let copyMs = 0;
  const flush = async () => {
    for (const t of TABLES) counts[t] += lines[t].length;
    const t0 = Date.now();
    await load(sql, lines);
    copyMs += Date.now() - t0;
    lines = emptyLines();
    people = 0;
    onProgress(counts.employees);
  };
  try {
    for (const company of job.companies) {
      const rand = prng((job.seed ^ Math.imul(company.ord, 2654435761)) >>> 0);
      for (let i = 0; i < company.size; i++) {
        const person = generatePerson(rand, company, i, job.today);
        encodePerson(lines, company.id, person, pipelineRows(rand, person, job.today, job.history), key);
        if (++people >= FLUSH_PEOPLE) await flush();
      }
    }
    if (people > 0) await flush();
    if (process.env.BENCH_DEBUG)
      process.stderr.write(`[generate] copy ${copyMs} ms of ${Date.now() - started} ms\n`);
    return counts;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function load(sql: Sql, batch: Lines): Promise<void> {
  for (const t of TABLES) await copyInto(sql, t, COLUMNS[t], batch[t]);
}
