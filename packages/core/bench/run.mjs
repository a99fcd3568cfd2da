// `npm run bench`: throughput of assess() against json-rules-engine encoding the same rules, compile
// and validate time, and the gzipped size of engine + catalogue. The last line printed is JSON.
import { writeFigures } from '../../../scripts/bench-figures.mjs';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { assess, catalogue, defaultRuleset, validateRuleset } from '../dist/index.js';
import { randomInputs } from './inputs.mjs';
import { jsonRulesEngineFor } from './json-rules-engine-ruleset.mjs';

const inputs = randomInputs(catalogue, 10_000);

/** Calls a second of a synchronous `run` over `seconds`, each result folded into a checksum. */
function throughput(seconds, run) {
  let calls = 0;
  let sink = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) sink += run(inputs[(calls + i) % inputs.length]);
    calls += 1000;
  }
  return { perSec: calls / ((performance.now() - start) / 1000), sink };
}

/** The same for an asynchronous `run`, awaited call by call. */
async function asyncThroughput(seconds, run) {
  let calls = 0;
  let sink = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) sink += await run(inputs[(calls + i) % inputs.length]);
    calls += 100;
  }
  return { perSec: calls / ((performance.now() - start) / 1000), sink };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

// Compile + validate a fresh copy (no caches), median of 21 runs, before the throughput runs load the heap.
// The peer, in the same rounds: a JSON round trip of the same copy, one pass over the same data, so a
// busy machine shows in both and the ratio stays comparable between runs.
const times = [];
const peerTimes = [];
for (let i = 0; i < 26; i++) {
  const copy = structuredClone(defaultRuleset);
  const peerStart = performance.now();
  JSON.parse(JSON.stringify(copy));
  const start = performance.now();
  validateRuleset(copy, { today: defaultRuleset.reviewedOn });
  assess({ age: 15, observations: {} }, copy);
  // The first five runs warm the JIT up, as the throughput runs below are warmed up too.
  if (i >= 5) {
    times.push(performance.now() - start);
    peerTimes.push(start - peerStart);
  }
}
const compileMs = times.sort((a, b) => a - b)[10];
const jsonRoundTripMs = peerTimes.sort((a, b) => a - b)[10];
console.log(
  `compile + validate: ${compileMs.toFixed(2)} ms (median of 21); a JSON round trip of the same ruleset: ` +
    `${jsonRoundTripMs.toFixed(2)} ms; ratio ${(compileMs / jsonRoundTripMs).toFixed(1)}`,
);

// Every result is consumed in full: level, information gaps, findings, next steps.
const consume = (input) => {
  const r = assess(input);
  return r.level.length + r.informationGaps.length + r.findings.length + r.nextStepIds.length;
};
// The peer must agree with the engine, or the comparison means nothing.
const peer = jsonRulesEngineFor(defaultRuleset);
const consumePeer = async (input) => (await peer(input)).length;
let disagreements = 0;
for (const input of inputs.slice(0, 2000)) if ((await peer(input)) !== assess(input).level) disagreements++;
console.log(`json-rules-engine agrees with assess() on ${2000 - disagreements} of 2000 inputs`);
if (disagreements > 0) process.exitCode = 1;

// Alternating rounds, so a busy moment of the machine weighs on both; the ratio is the median of
// the rounds' ratios.
throughput(1, consume);
await asyncThroughput(1, consumePeer);
const rounds = [];
for (let round = 0; round < 7; round++) {
  const own = throughput(0.5, consume);
  const other = await asyncThroughput(0.5, consumePeer);
  rounds.push({ own: own.perSec, other: other.perSec, ratio: own.perSec / other.perSec });
}
const assessPerSec = median(rounds.map((r) => r.own));
const jsonRulesEnginePerSec = median(rounds.map((r) => r.other));
const ratio = median(rounds.map((r) => r.ratio));
console.log(
  `assess: ${Math.round(assessPerSec).toLocaleString('en')} /s, json-rules-engine: ` +
    `${Math.round(jsonRulesEnginePerSec).toLocaleString('en')} /s (medians of 7 alternating rounds); ` +
    `ratio ${ratio.toFixed(1)} (median of the rounds' ratios, ${rounds.map((r) => r.ratio.toFixed(1)).join(', ')})`,
);

// What an app ships for `assess` + `explain` with the catalogue: minified, gzipped.
const bundle = await build({
  stdin: {
    contents: "export { assess, explain, catalogue } from './dist/index.js';",
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
});
const coreGzipBytes = gzipSync(bundle.outputFiles[0].contents, { level: 9 }).length;
console.log(
  `core bundle (engine + catalogue, nl + en): ${bundle.outputFiles[0].contents.length} B minified, ${coreGzipBytes} B gzip`,
);

const figures = {
  assessPerSec: Math.round(assessPerSec),
  jsonRulesEnginePerSec: Math.round(jsonRulesEnginePerSec),
  ratio: Number(ratio.toFixed(1)),
  compileMs: Number(compileMs.toFixed(2)),
  jsonRoundTripMs: Number(jsonRoundTripMs.toFixed(2)),
  compileRatio: Number((compileMs / jsonRoundTripMs).toFixed(1)),
  coreGzipBytes,
};
console.log(JSON.stringify(figures));
writeFigures('core', figures);
