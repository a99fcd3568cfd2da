/* global window -- the callbacks of page.evaluate and waitForFunction run in the page. */
// `npm run bench`: time from the start of evaluating embed.js to an <ak-signal-check> that can be
// answered, in headless Chromium, median of fresh page loads. The last line printed is JSON.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';

const dist = new URL('../dist/', import.meta.url);
const { files } = JSON.parse(readFileSync(new URL('embed-files.json', dist), 'utf8'));
const scripts = Object.fromEntries(files.map((name) => [`/${name}`, readFileSync(new URL(name, dist))]));
const embed = scripts['/embed.js'];
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<script type="module">
  const start = performance.now();
  await import('/embed.js');
  window.importMs = performance.now() - start;
  const check = document.createElement('ak-signal-check');
  document.body.append(check);
  // The loader sees the element and loads its module.
  await customElements.whenDefined('ak-signal-check');
  await check.updateComplete;
  // Interactive: the age field and the first answer can take input.
  if (!check.shadowRoot.querySelector('#age') || !check.shadowRoot.querySelector('input[type="radio"]')) throw new Error('not interactive');
  window.timeToInteractive = performance.now() - start;
</script></body></html>`;

const server = createServer((request, response) => {
  const script = scripts[request.url];
  if (script) response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else response.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch(chromiumLaunchOptions());
const times = [];
const imports = [];
for (let run = 0; run < 23; run++) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => typeof window.timeToInteractive === 'number');
  // The first three loads warm up Chromium's code cache, as a returning visitor's would be.
  if (run >= 3) times.push(await tab.evaluate(() => window.timeToInteractive));
  if (run >= 3) imports.push(await tab.evaluate(() => window.importMs));
  await context.close();
}
await browser.close();
server.close();

times.sort((a, b) => a - b);
imports.sort((a, b) => a - b);
console.log(
  `of which loading and evaluating the loader: median ${imports[Math.floor(imports.length / 2)].toFixed(1)} ms`,
);
const median = times[Math.floor(times.length / 2)];
console.log(
  `time to interactive <ak-signal-check>: median ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}, ${times.length} loads)`,
);
console.log(`embed.js: ${embed.length} B minified, ${gzipSync(embed, { level: 9 }).length} B gzip`);
console.log(
  JSON.stringify({
    timeToInteractiveMs: Number(median.toFixed(1)),
    embedGzipBytes: gzipSync(embed, { level: 9 }).length,
  }),
);
