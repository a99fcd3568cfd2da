// Where each benchmark leaves its figures for scripts/bench-summary.mjs: .reports/bench/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';

const folder = new URL('../.reports/bench/', import.meta.url);

/** @param {string} name @param {Record<string, unknown>} figures */
export function writeFigures(name, figures) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL(`${name}.json`, folder), `${JSON.stringify(figures)}\n`);
}
