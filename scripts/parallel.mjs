// Runs npm scripts at the same time and fails if any of them fails: `node scripts/parallel.mjs test:unit check`.
// The first script's output streams as it comes; each other script's output is kept together and printed
// when it ends (so logs do not interleave), with its exit code and time. Used by `npm test`.
import { spawn } from "node:child_process";

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error("usage: node scripts/parallel.mjs <npm script> [<npm script> …]");
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const runs = scripts.map(
  (name, i) =>
    new Promise((resolve) => {
      const started = Date.now();
      const live = i === 0;
      const child = spawn(npm, ["run", "--silent", name], {
        stdio: ["ignore", live ? "inherit" : "pipe", live ? "inherit" : "pipe"],
        env: process.env,
      });
      const chunks = [];
      child.stdout?.on("data", (c) => chunks.push(c));
      child.stderr?.on("data", (c) => chunks.push(c));
      child.on("close", (code, signal) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const status = code === 0 ? "ok" : `FAILED (${signal ?? `exit ${code}`})`;
        process.stdout.write(`\n── npm run ${name}: ${status} in ${seconds} s ──\n${Buffer.concat(chunks).toString()}`);
        resolve(code === 0);
      });
    }),
);
const results = await Promise.all(runs);
const failed = scripts.filter((_, i) => !results[i]);
if (failed.length) {
  console.error(`\nfailed: ${failed.map((s) => `npm run ${s}`).join(", ")}`);
  process.exit(1);
}
console.log(`\nall ok: ${scripts.map((s) => `npm run ${s}`).join(", ")}`);
