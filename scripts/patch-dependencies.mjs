// Runs after `npm ci` / `npm install` (package.json "postinstall"). Plain Node, no dependencies.
//
// postgres.js 3.4.9 crashes the whole process when PostgreSQL restarts under it: a buffered write
// scheduled with setImmediate fires after the connection closed and calls socket.write on null, an
// uncaught TypeError no try/catch can reach (upstream porsager/postgres#1154, #1208; fixes proposed in
// #1168, #1209, not released). Teardown also leaves the write timer set, so a reused connection never
// flushes again and its queries hang. Zairyu's fault test (tests/e2e/fault-postgres.test.ts) restarts
// PostgreSQL under the worker and the web app and found both. This applies the proposed fix:
// a write with no socket rejects its queries with CONNECTION_CLOSED (the caller retries), and
// teardown resets the timer and the buffer.
// Second crash, same restart: every new connection first fetches the array types, and ReadyForQuery
// drops that query's promise (`return fetchArrayTypes()`); when the server dies in the instant between
// the two, the rejection is unhandled and Node exits (upstream porsager/postgres#1192, #1205, #279, open).
// The fault test saw the worker die this way mid-sweep. The error already reaches the connection's first
// query (errored() rejects `initial`), so the dropped copy is caught and ignored.
// Each replacement is idempotent on its own (a newer patch applies over an older one); the script fails
// loudly if the code it expects changed (e.g. after an upgrade), so the patch is re-checked rather than
// silently dropped.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const MARK = "/* zairyu: guarded */";
const REPLACEMENTS = [
  [
    "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    `  function nextWrite(fn) {\n    ${MARK}\n    if (!socket) {\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  [
    "    clearImmediate(nextWriteTimer)\n    if (socket) {",
    "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {",
  ],
  [
    "    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)",
    "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener('data', data)",
  ],
  [
    "        return fetchArrayTypes()\n",
    "        return fetchArrayTypes().catch(noop) /* zairyu: types fetch rejection handled */\n",
  ],
];

const pkg = path.join(root, "node_modules", "postgres");
if (fs.existsSync(pkg)) {
  const version = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")).version;
  for (const file of ["src/connection.js", "cjs/src/connection.js"]) {
    const target = path.join(pkg, file);
    let code = fs.readFileSync(target, "utf8");
    const before = code;
    for (const [from, to] of REPLACEMENTS) {
      if (code.includes(to)) continue;
      if (!code.includes(from)) {
        console.error(
          `[patch-dependencies] postgres ${version} ${file}: expected code not found; check whether the upstream fix landed and update scripts/patch-dependencies.mjs`,
        );
        process.exit(1);
      }
      code = code.replace(from, to);
    }
    if (code === before) continue;
    fs.writeFileSync(target, code);
    console.log(
      `[patch-dependencies] postgres ${version} ${file}: write after close guarded, types fetch rejection handled`,
    );
  }
}
