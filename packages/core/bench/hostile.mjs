// `npm run bench` (part 2): what a hostile or careless caller can cost. The worst safeAssess time on a
// 1 MB request body, against JSON.parse of the same body (the cost any server pays before it); and
// the heap after 50,000 distinct `asOf` dates, against 50,000 calls on one date. Run with
// --expose-gc so the heap is measured after a full collection. The last line printed is JSON.
import { defaultRuleset, safeAssess } from '../dist/index.js';

const MB = 1024 * 1024;
const ids = defaultRuleset.signals.map((s) => s.id);
const pad = (prefix, length) => prefix + 'x'.repeat(Math.max(0, length - prefix.length));

/** Request bodies of about 1 MB, each aimed at a different part of reading the input. */
const bodies = {
  'many unknown ids': () => ({
    age: 15,
    observations: Object.fromEntries(
      Array.from({ length: 40_000 }, (_, i) => [`unknown-${i}-${'y'.repeat(8)}`, 'clear']),
    ),
  }),
  'unknown ids of 1,000 characters, under the count limit': () => ({
    age: 15,
    observations: Object.fromEntries(Array.from({ length: 999 }, (_, i) => [pad(`id-${i}-`, 1000), 'clear'])),
  }),
  'near-miss ids of 60 characters, under the count limit': () => ({
    age: 15,
    observations: Object.fromEntries(
      Array.from({ length: 999 }, (_, i) => [pad(`${ids[i % ids.length]}-${i}`, 60), 'clear']),
    ),
    municipality: 'm'.repeat(MB - 70_000),
  }),
  'a municipality of 1 MB': () => ({ age: 15, observations: { [ids[0]]: 'clear' }, municipality: 'm'.repeat(MB) }),
  'an answer of 1 MB': () => ({ age: 15, observations: { [ids[0]]: 'a'.repeat(MB) } }),
  'an array of 200,000 numbers': () => ({ age: 15, observations: Array.from({ length: 200_000 }, (_, i) => i % 10) }),
  'nesting 3,000 deep': () => JSON.parse(`{"age":15,"observations":${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}}`),
  'every field of the wrong type, padded': () => ({
    age: 'x'.repeat(MB / 2),
    startedAsMinor: 'y'.repeat(MB / 2),
    observations: null,
    audience: 7,
    asOf: 'z',
  }),
};

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(run, repeats = 7) {
  const times = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

let worst = { shape: '', safeAssessMs: 0, jsonParseMs: 0, bytes: 0 };
for (const [shape, make] of Object.entries(bodies)) {
  let text;
  try {
    text = JSON.stringify(make());
  } catch {
    continue;
  }
  const parseMs = time(() => JSON.parse(text));
  const body = JSON.parse(text);
  let ok;
  const assessMs = time(() => (ok = safeAssess(body).ok));
  console.log(
    `${shape}: ${(text.length / MB).toFixed(2)} MB, safeAssess ${assessMs.toFixed(2)} ms (${ok ? 'ok' : 'issues'}), JSON.parse ${parseMs.toFixed(2)} ms`,
  );
  if (assessMs > worst.safeAssessMs)
    worst = { shape, safeAssessMs: assessMs, jsonParseMs: parseMs, bytes: text.length };
}
console.log(
  `worst safeAssess on a 1 MB body: ${worst.safeAssessMs.toFixed(2)} ms (${worst.shape}), ${(worst.safeAssessMs / worst.jsonParseMs).toFixed(2)}× JSON.parse of the same body`,
);

// Heap after many dates, each time after a full collection: 50,000 calls on one date, then 50,000
// distinct dates on the national ruleset, then 50,000 dates in random order on a copy whose weak
// weight changes every day for 400 days (400 eras: the worst case for the cache of compilations).
const heapAfter = (dates, ruleset) => {
  const start = performance.now();
  for (const asOf of dates) safeAssess({ age: 15, observations: { [ids[5]]: 'clear' }, asOf }, ruleset);
  globalThis.gc?.();
  return { mb: process.memoryUsage().heapUsed / MB, s: (performance.now() - start) / 1000 };
};
const day = (n) => new Date(Date.UTC(2026, 11, 1 + n)).toISOString().slice(0, 10);
const daily = structuredClone(defaultRuleset);
const weak = daily.parameters.find((p) => p.id === daily.scoring.weights.weak);
for (let n = 1; n <= 400; n++)
  weak.values.push({ since: day(n), value: weak.values[0].value, sourceIds: weak.values[0].sourceIds });
let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
globalThis.gc?.();
const startMb = process.memoryUsage().heapUsed / MB;
const oneDate = heapAfter(
  Array.from({ length: 50_000 }, () => day(0)),
  defaultRuleset,
);
const distinct = heapAfter(
  Array.from({ length: 50_000 }, (_, n) => day(n)),
  defaultRuleset,
);
const eras = heapAfter(
  Array.from({ length: 50_000 }, () => day(Math.floor(random() * 402))),
  daily,
);
const gcNote = globalThis.gc ? '' : ' (run with --expose-gc for exact figures)';
console.log(`heap at start: ${startMb.toFixed(1)} MB${gcNote}`);
console.log(`heap after 50,000 calls on one date: ${oneDate.mb.toFixed(1)} MB (${oneDate.s.toFixed(1)} s)`);
console.log(`heap after 50,000 distinct dates: ${distinct.mb.toFixed(1)} MB (${distinct.s.toFixed(1)} s)`);
console.log(`heap after 50,000 random dates over 400 eras: ${eras.mb.toFixed(1)} MB (${eras.s.toFixed(1)} s)`);
const oneDateMb = oneDate.mb;
const distinctMb = distinct.mb;

console.log(
  JSON.stringify({
    worstSafeAssessMs: Number(worst.safeAssessMs.toFixed(2)),
    worstShape: worst.shape,
    worstVsJsonParse: Number((worst.safeAssessMs / worst.jsonParseMs).toFixed(2)),
    heapOneDateMb: Number(oneDateMb.toFixed(1)),
    heapDistinctDatesMb: Number(distinctMb.toFixed(1)),
    heapRandomErasMb: Number(eras.mb.toFixed(1)),
  }),
);
