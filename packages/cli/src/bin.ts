import { streamsIo } from './io.js';
import { run } from './run.js';

// The `anders-kijken` command. Output goes to stdout, problems to stderr; nothing is stored or sent.
process.exitCode = await run(process.argv.slice(2), streamsIo(process), process.env);
