import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const [entry, tag, attrs, actions, out, width = '320', scheme = 'light'] = process.argv.slice(2);
await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile: '/tmp/shot/w.js', conditions: ['@anders-kijken/source'], define: { __AK_VERSION__: '"0.0.0"' }, logLevel: 'error' });
const html = `<!doctype html><html lang="nl"><meta name="viewport" content="width=device-width"><body style="margin:8px;font-family:system-ui;${scheme==='dark'?'background:#111;color:#eee':''}"><${tag} ${attrs}></${tag}><script type="module" src="/w.js"></script>`;
const server = createServer((req, res) => { if (req.url === '/w.js') { res.setHeader('content-type','text/javascript'); res.end(readFileSync('/tmp/shot/w.js')); } else { res.setHeader('content-type','text/html'); res.end(html); } }).listen(0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme });
page.on('pageerror', e => console.log('pageerror', e.message));
page.on('console', m => console.log('console', m.text()));
await page.goto(`http://127.0.0.1:${port}/`);
await page.waitForTimeout(300);
for (const step of JSON.parse(actions || '[]')) {
  if (step.click) await page.locator(step.click).first().click();
  if (step.fill) await page.locator(step.fill[0]).first().fill(step.fill[1]);
  if (step.key) await page.keyboard.press(step.key);
  await page.waitForTimeout(150);
}
await page.evaluate(() => scrollTo(0, 0));
await page.screenshot({ path: out, fullPage: true });
await browser.close(); server.close();
