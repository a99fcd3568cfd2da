// `npm start`: builds what the docs site needs, quietly, and serves it. The build's own output
// (hundreds of lines of bundler notes) is kept back unless something fails; then its log is shown.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
console.log('Anders Kijken: building core, the widgets, Storybook and the docs site (a few minutes the first time)…');

const build = spawn(
  'npx',
  ['turbo', 'run', 'build', '--filter=@anders-kijken/docs', '--output-logs=errors-only', '--log-prefix=none'],
  { cwd: root, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
);
let log = '';
build.stdout.on('data', (chunk) => (log += chunk));
build.stderr.on('data', (chunk) => (log += chunk));
// Ctrl+C during the build stops the build too.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => build.kill(signal));

// `npm start` runs this through a shell that does not pass SIGTERM on: when whoever started us is
// gone, stop as if we were told to, so no server is left behind serving.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();

build.on('close', async (code) => {
  if (code !== 0) {
    console.error(log.trim());
    console.error(`\nThe build failed (exit code ${code}). The log above says where.`);
    process.exit(code ?? 1);
  }
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  // The server runs in this process, so Ctrl+C or SIGTERM stops it: nothing is left serving.
  await import('../apps/docs/server/start.mjs');
});
