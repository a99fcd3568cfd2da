// Imports every export of the package in plain Node, as a server or a test runner of an app would.
import { readFileSync } from 'node:fs';

const { name, exports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const results = {};
for (const key of Object.keys(exports)) {
  if (key.endsWith('.json')) continue;
  const specifier = name + key.slice(1);
  try {
    results[specifier] = Object.keys(await import(specifier)).sort();
  } catch (error) {
    results[specifier] = { error: String(error) };
  }
}
console.log(JSON.stringify(results));
