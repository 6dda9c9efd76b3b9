#!/usr/bin/env node
// Evaluates a Squiggle program with @quri/squiggle-lang 0.10.0 (package.json pins it) at N samples and prints
// the summaries `scaling-scenarios run --format json` prints: per distribution mean, stdDev (divided by n), min,
// max and the type-7 quantiles p5, p10, p25, p50, p75, p90, p95; numbers as they are; dictionaries as objects.
//
//   node run-squiggle.mjs <program.squiggle> <samples> [--seed s] [--repeat r] [--timing-only]
//
// --repeat r  evaluates the program r times in this one process (the first run is cold, the others JIT-warm) and
//             reports every evaluation time and the median of the warm runs (runs 2..r).
// --timing-only  prints only the timings (no summaries): the warm-evaluation measurement of docs/performance.md.
// Output: one JSON object on stdout. Exit codes: 0 ok, 1 Squiggle error (on stderr), 2 usage error.
//
// Summaries are computed here in plain JavaScript from each sample array (one typed-array sort per
// distribution), the cheapest way available, not through Squiggle's own inv/stdev; so a whole-process time
// charges Squiggle no more than its evaluation, its import and one sort per summarised distribution.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const t0 = performance.now();
const { run } = await import("@quri/squiggle-lang");
const importMs = performance.now() - t0;

function usage(message) {
  process.stderr.write(`error: ${message}\nusage: node run-squiggle.mjs <program.squiggle> <samples> [--seed s] [--repeat r] [--timing-only]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const positional = [];
let seed = "default-seed";
let repeat = 1;
let timingOnly = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--seed") seed = args[++i] ?? usage("--seed needs a value");
  else if (a === "--repeat") repeat = Number(args[++i]);
  else if (a === "--timing-only") timingOnly = true;
  else if (a.startsWith("--")) usage(`unknown option ${a}`);
  else positional.push(a);
}
if (positional.length !== 2) usage("expected a program and a sample count");
const samples = Number(positional[1]);
if (!Number.isInteger(samples) || samples < 1) usage(`samples must be a positive integer, got "${positional[1]}"`);
if (!Number.isInteger(repeat) || repeat < 1) usage("--repeat must be a positive integer");

let code;
try {
  code = readFileSync(positional[0], "utf-8");
} catch (e) {
  usage(`cannot read ${positional[0]}: ${e.message}`);
}

const environment = { sampleCount: samples, xyPointLength: 1000, seed };
const evalMs = [];
let output;
for (let r = 0; r < repeat; r++) {
  const t = performance.now();
  output = await run(code, { environment });
  evalMs.push(performance.now() - t);
  if (!output.result.ok) {
    process.stderr.write(output.result.value.errors.map((e) => e.toStringWithDetails()).join("\n") + "\n");
    process.exit(1);
  }
}

const probabilities = [["p5", 0.05], ["p10", 0.1], ["p25", 0.25], ["p50", 0.5], ["p75", 0.75], ["p90", 0.9], ["p95", 0.95]];

function summariseSamples(values) {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  const sorted = Float64Array.from(values).sort();
  const summary = { mean, stdDev: Math.sqrt(squares / n), min: sorted[0], max: sorted[n - 1] };
  for (const [name, p] of probabilities) {
    // Type 7 (Hyndman & Fan 1996): h = (n - 1) p, interpolate between the order statistics around h.
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    summary[name] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
  return summary;
}

function summarise(value) {
  switch (value.tag) {
    case "Number":
      return value.value;
    case "Dist": {
      const d = value.value;
      if (d.tag !== "SampleSet") return { type: `Dist/${d.tag}`, mean: d.mean(environment) };
      return summariseSamples(d.getSamples());
    }
    case "Dict": {
      const result = {};
      for (const [k, v] of value.value.entries()) result[k] = summarise(v);
      return result;
    }
    default:
      return { type: value.tag };
  }
}

const ts = performance.now();
const report = { samples, seed };
if (!timingOnly) report.result = summarise(output.result.value.result);
const summaryMs = performance.now() - ts;
const warm = evalMs.slice(1).sort((a, b) => a - b);
report.import_ms = +importMs.toFixed(1);
report.eval_ms = evalMs.map((x) => +x.toFixed(1));
if (warm.length > 0) {
  const m = warm.length >> 1;
  report.warm_eval_ms_median = +(warm.length % 2 ? warm[m] : (warm[m - 1] + warm[m]) / 2).toFixed(1);
}
report.summary_ms = +summaryMs.toFixed(1);
report.max_rss_mb = +(process.resourceUsage().maxRSS / 1024).toFixed(1);
console.log(JSON.stringify(report, null, 1));
