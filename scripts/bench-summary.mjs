// The last step of `npm run bench`: one JSON line with every figure of issue 15 and its two
// baselines (json-rules-engine for `assess`, a minimal Lit element for first paint), read from
// what each package's benchmarks wrote to .reports/bench/, with each budget and whether it holds.
import { readFileSync, readdirSync } from 'node:fs';

const folder = new URL('../.reports/bench/', import.meta.url);
const figures = Object.fromEntries(
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(file, folder), 'utf8'))]),
);
const { core = {}, 'first-paint': paint = {} } = figures;
const pages = paint.pageGzipBytes ?? {};
// The byte budgets the size tests hold too, from one file.
const limits = JSON.parse(readFileSync(new URL('../packages/widgets/size-budget.json', import.meta.url), 'utf8'));
const pageBudget = (tag) => ({ max: limits.pages[tag].budget });

/** A figure against its budget: `max` is an upper bound, `min` a lower one. */
const held = (value, limit) =>
  value === undefined
    ? { value: null, ...limit, holds: false }
    : { value, ...limit, holds: 'max' in limit ? value <= limit.max : value >= limit.min };

console.log(
  JSON.stringify({
    loaderGzipBytes: held(paint.loaderGzipBytes, { max: limits.loader.budget }),
    referralGuidePageGzipBytes: held(pages['ak-referral-guide'], pageBudget('ak-referral-guide')),
    youthCheckPageGzipBytes: held(pages['ak-youth-check'], pageBudget('ak-youth-check')),
    signalCheckPageGzipBytes: held(pages['ak-signal-check'], pageBudget('ak-signal-check')),
    assessEntryGzipBytes: held(paint.coreAssessEntryGzipBytes, { max: limits.assessEntry.budget }),
    // The peer: `assess` from the main entry, with the catalogue and every text.
    assessFromMainGzipBytes: paint.coreAssessFromMainGzipBytes,
    firstQuestionRatio: held(paint.firstQuestionRatio, { max: 1.3 }),
    firstQuestionMs: paint.firstQuestionMs,
    firstQuestionPreloadedMs: paint.firstQuestionPreloadedMs,
    baselineFirstQuestionMs: paint.baselineFirstQuestionMs,
    assessRatio: held(core.ratio, { min: 15 }),
    assessPerSec: core.assessPerSec,
    jsonRulesEnginePerSec: core.jsonRulesEnginePerSec,
    compileMs: held(core.compileMs, { max: 5 }),
    // The same work against a JSON round trip of the ruleset in the same rounds: steady when the machine is busy.
    compileToJsonRoundTrip: core.compileRatio,
  }),
);
