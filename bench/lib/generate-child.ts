/**
 * One loading process of the generator (bench/lib/generate.ts starts two, one per core, so one
 * generates while the other's COPY is being written): reads its job from the JSON file named on the
 * command line, prints progress and then its counts as the last line of stdout.
 */
import fs from "node:fs";
import { loadPeople, type PeopleJob } from "./generate-people";

const file = process.argv[2];
if (!file) throw new Error("usage: generate-child.ts <job.json>");
const job = JSON.parse(fs.readFileSync(file, "utf8")) as PeopleJob;
const counts = await loadPeople(job, (n) => process.stdout.write(`progress ${n}\n`));
process.stdout.write(`${JSON.stringify(counts)}\n`);
