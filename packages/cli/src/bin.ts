import { readFileSync } from 'node:fs';
import { run } from './run.js';

// The `anders-kijken` command. Output goes to stdout, problems to stderr; nothing is stored or sent.
process.exitCode = run(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: () => readFileSync(0, 'utf8'),
  },
  process.env,
);
