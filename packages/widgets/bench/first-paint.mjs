/* global window -- the callbacks of page.evaluate and waitForFunction run in the page. */
// `npm run bench`: what a parent on a phone waits for (issue 15). Each page is loaded fresh under
// CDP throttling (4x CPU, 150 ms latency, 1.6 Mbit/s down, gzip on the wire), seven times; the
// figure is the median time from navigation to the first question of <ak-signal-check> on screen,
// against the same page with a minimal Lit element, measured in the same run. It also reports what
// each page transfers. The last line printed is JSON.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { browserBundle, lazyPatch } from '../build-options.mjs';
import { writeFigures } from '../../../scripts/bench-figures.mjs';
import { appBytes, fileBytes, pageBytes } from './sizes.mjs';

const RUNS = 7;
const dist = new URL('../dist/', import.meta.url);

// The peer: a minimal Lit element that shows one question with radios, bundled the same way.
const baseline = (
  await build({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
        customElements.define('min-question', class extends LitElement {
          render() { return html\`<fieldset><legend>Hoe oud is de jongere?</legend>
            <label><input type="radio" name="a" />Ja</label><label><input type="radio" name="a" />Nee</label></fieldset>\`; }
        });`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0].contents;

/** A page that records when its first question is on screen, as `window.firstQuestion`. */
const page = (head, body, probe) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<link rel="icon" href="data:,">${head}
<script>
  (function watch() {
    const question = ${probe};
    if (question && question.getBoundingClientRect().height > 0) window.firstQuestion = performance.now();
    else requestAnimationFrame(watch);
  })();
</script></head><body>${body}</body></html>`;

const { files: browserFiles, elements } = JSON.parse(readFileSync(new URL('embed-files.json', dist), 'utf8'));
const checkProbe = "document.querySelector('ak-signal-check')?.shadowRoot?.querySelector('input[type=radio]')";
const pages = {
  // The snippet as most editors paste it: the loader, which then asks for the element's files.
  '/check': page('<script type="module" src="/embed.js"></script>', '<ak-signal-check></ak-signal-check>', checkProbe),
  // The configurator's snippet: the loader, and preload hints for the element's files, which the
  // browser then fetches while the loader arrives.
  '/check-preloaded': page(
    [
      '<script type="module" src="/embed.js"></script>',
      ...elements['ak-signal-check'].map((file) => `<link rel="modulepreload" href="/${file}">`),
    ].join(''),
    '<ak-signal-check></ak-signal-check>',
    checkProbe,
  ),
  // For reference: every check in one module, as embed.js was before the loader.
  '/single': page(
    '<script type="module" src="/single.js"></script>',
    '<ak-signal-check></ak-signal-check>',
    checkProbe,
  ),
  '/baseline': page(
    '<script type="module" src="/baseline.js"></script>',
    '<min-question></min-question>',
    "document.querySelector('min-question')?.shadowRoot?.querySelector('input[type=radio]')",
  ),
};
const files = {
  ...Object.fromEntries(browserFiles.map((name) => [`/${name}`, readFileSync(new URL(name, dist))])),
  '/baseline.js': Buffer.from(baseline),
  '/single.js': Buffer.from(
    (
      await build({
        ...browserBundle,
        sourcemap: false,
        absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
        entryPoints: ['src/define.ts'],
        format: 'esm',
        write: false,
        plugins: [lazyPatch],
      })
    ).outputFiles[0].contents,
  ),
};

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const body = files[path] ?? (pages[path] ? Buffer.from(pages[path]) : undefined);
  if (!body) return response.writeHead(404).end();
  response.writeHead(200, {
    'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
    'content-encoding': 'gzip',
    'cache-control': 'no-store',
  });
  response.end(gzipSync(body, { level: 9 }));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions());

/** One fresh, throttled load: milliseconds to the first question, and bytes on the wire. */
async function load(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await tab.goto(origin + path);
  await tab.waitForFunction(() => typeof window.firstQuestion === 'number', undefined, { timeout: 60_000 });
  const ms = await tab.evaluate(() => window.firstQuestion);
  await context.close();
  return { ms, bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
for (const path of ['/baseline', '/check', '/check-preloaded', '/single']) results[path] = [];
// Interleaved, so a busy moment of the machine falls on both pages alike.
for (let run = 0; run < RUNS; run++) for (const path of Object.keys(results)) results[path].push(await load(path));
await browser.close();
server.close();

const checkMs = median(results['/check'].map((r) => r.ms));
const preloadedMs = median(results['/check-preloaded'].map((r) => r.ms));
const singleMs = median(results['/single'].map((r) => r.ms));
const baselineMs = median(results['/baseline'].map((r) => r.ms));
const figures = {
  firstQuestionMs: Math.round(checkMs),
  baselineFirstQuestionMs: Math.round(baselineMs),
  firstQuestionRatio: Number((checkMs / baselineMs).toFixed(2)),
  firstQuestionPreloadedMs: Math.round(preloadedMs),
  firstQuestionPreloadedRatio: Number((preloadedMs / baselineMs).toFixed(2)),
  firstQuestionSingleFileMs: Math.round(singleMs),
  checkPageTransferBytes: median(results['/check'].map((r) => r.bytes)),
  baselinePageTransferBytes: median(results['/baseline'].map((r) => r.bytes)),
  loaderGzipBytes: fileBytes('embed.js'),
  pageGzipBytes: Object.fromEntries(Object.entries(elements).map(([tag, names]) => [tag, pageBytes(names)])),
  embedPatchGzipBytes: fileBytes('embed-patch.js'),
  // The entry without texts, and the main entry, whose `assess` brings the catalogue with every text.
  coreAssessEntryGzipBytes: await appBytes('@anders-kijken/core/assess', 'assess'),
  coreAssessFromMainGzipBytes: await appBytes('@anders-kijken/core', 'assess'),
};
console.log(
  `first question of <ak-signal-check>, throttled (4x CPU, 150 ms, 1.6 Mbit/s), median of ${RUNS}: ` +
    `${figures.firstQuestionMs} ms; a minimal Lit element: ${figures.baselineFirstQuestionMs} ms; ` +
    `ratio ${figures.firstQuestionRatio} (budget 1.3); with the element's files preloaded (the configurator's ` +
    `snippet): ${figures.firstQuestionPreloadedMs} ms, ratio ${figures.firstQuestionPreloadedRatio}; every check ` +
    `in one module, as before the loader: ${figures.firstQuestionSingleFileMs} ms`,
);
writeFigures('first-paint', figures);
console.log(JSON.stringify(figures));
