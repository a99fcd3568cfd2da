// Totals the JSON reports that every test run writes to <workspace>/.reports/*.json into the one
// closing line CI reads: "N passed, N failed".
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const pattern of workspaces) {
  const parent = join(root, pattern.replace(/\/\*$/, ''));
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const reports = join(parent, name, '.reports');
    if (!existsSync(reports)) continue;
    for (const file of readdirSync(reports).filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(reports, file), 'utf8'));
      // Other reports (sizes, benchmarks) share the folder; only test-run reports count.
      if (typeof report.numPassedTests !== 'number') continue;
      // A test file that fails to load has no tests to count, so it counts as one failure itself.
      const brokenFiles = (report.testResults ?? []).filter(
        (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
      );
      const failedHere = report.numFailedTests + brokenFiles.length;
      passed += report.numPassedTests;
      failed += failedHere;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      rows.push(
        `  ${pattern.replace(/\*$/, '')}${name}/.reports/${file}: ${report.numPassedTests} passed, ${failedHere} failed`,
      );
    }
  }
}
console.log(rows.join('\n'));
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(rows.length === 0 || failed > 0 ? 1 : 0);
