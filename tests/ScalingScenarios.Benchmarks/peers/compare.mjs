#!/usr/bin/env node
// Checks that `scaling-scenarios run samples/scenarios/interview.json --format json` and interview.squiggle (through
// run-squiggle.mjs) describe the same model: every mean (the outputs, each branch's outputs, the mixture and the
// expected values) must agree within a few standard errors of the difference, sqrt(sd1² / n1 + sd2² / n2) (the two
// tools use independent random streams). Prints one row per mean with its z score, and p5/p50/p95 of the outputs
// for reading; exits 1 when some |z| exceeds the limit.
//
//   node compare.mjs <ours.json> <squiggle.json> [zLimit = 5]
//
// 55 means are compared (11 without the branches); at |z| ≤ 5 two correct models fail by chance with probability below 55 × 5.7e-7 ≈ 3e-5.
import { readFileSync } from "node:fs";

const [oursPath, squigglePath, zArg] = process.argv.slice(2);
if (!oursPath || !squigglePath) {
  process.stderr.write("usage: node compare.mjs <ours.json> <squiggle.json> [zLimit]\n");
  process.exit(2);
}
const zLimit = zArg === undefined ? 5 : Number(zArg);
const ours = JSON.parse(readFileSync(oursPath, "utf-8"));
const squiggle = JSON.parse(readFileSync(squigglePath, "utf-8"));
const sq = squiggle.result;
const n1 = ours.samples;
const n2 = squiggle.samples;

const rows = [];
function compare(label, a, b) {
  const se = Math.sqrt((a.stdDev * a.stdDev) / n1 + (b.stdDev * b.stdDev) / n2);
  rows.push({ label, ours: a.mean, squiggle: b.mean, z: se > 0 ? (a.mean - b.mean) / se : a.mean === b.mean ? 0 : Infinity });
}

const outputs = Object.keys(ours.outputs);
const missing = outputs.filter((k) => !(k in sq.outputs));
if (missing.length > 0) {
  process.stderr.write(`interview.squiggle has no output ${missing.join(", ")}\n`);
  process.exit(1);
}
for (const k of outputs) compare(`outputs.${k}`, ours.outputs[k], sq.outputs[k]);
if ((ours.branches === undefined) !== (sq.branches === undefined)) {
  process.stderr.write(`one side has branches and the other not (ours: ${ours.branches !== undefined}, Squiggle: ${sq.branches !== undefined})\n`);
  process.exit(1);
}
for (const branch of ours.branches?.branches ?? []) {
  for (const k of outputs) compare(`${branch.name}.${k}`, branch.outputs[k], sq.branches[branch.name][k]);
}
for (const k of ours.branches ? outputs : []) compare(`mixture.${k}`, ours.branches.mixture[k], sq.mixture[k]);
for (const k of ours.branches ? outputs : []) {
  // Expected value Σ p·v: ours carries its Monte Carlo error; Squiggle's estimate has about the same error.
  const e = ours.branches.expectedValues[k];
  const se = e.standardError * Math.SQRT2;
  const b = sq.expectedValues[k];
  rows.push({ label: `expectedValue.${k}`, ours: e.mean, squiggle: b, z: se > 0 ? (e.mean - b) / se : e.mean === b ? 0 : Infinity });
}

const g = (x) => x.toPrecision(5);
console.log(`agreement at ${n1} (ours) and ${n2} (Squiggle) samples; |z| = |difference| / its standard error, limit ${zLimit}`);
console.log(`${"mean".padEnd(44)} ${"ours".padStart(12)} ${"Squiggle".padStart(12)} ${"z".padStart(6)}`);
for (const r of rows) console.log(`${r.label.padEnd(44)} ${g(r.ours).padStart(12)} ${g(r.squiggle).padStart(12)} ${r.z.toFixed(2).padStart(6)}`);
console.log(`\n${"quantiles (outputs)".padEnd(28)} ${"p5 ours / Squiggle".padStart(26)} ${"p50 ours / Squiggle".padStart(26)} ${"p95 ours / Squiggle".padStart(26)}`);
for (const k of outputs) {
  const a = ours.outputs[k];
  const b = sq.outputs[k];
  const pair = (p) => `${g(a[p])} / ${g(b[p])}`.padStart(26);
  console.log(`${k.padEnd(28)} ${pair("p5")} ${pair("p50")} ${pair("p95")}`);
}
const worst = rows.reduce((m, r) => (Math.abs(r.z) > Math.abs(m.z) ? r : m));
const bad = rows.filter((r) => !(Math.abs(r.z) <= zLimit));
console.log(`\n${rows.length} means compared; largest |z| ${Math.abs(worst.z).toFixed(2)} (${worst.label})`);
if (bad.length > 0) {
  console.log(`DISAGREE: ${bad.map((r) => r.label).join(", ")}`);
  process.exit(1);
}
console.log("AGREE: every mean within the limit");
