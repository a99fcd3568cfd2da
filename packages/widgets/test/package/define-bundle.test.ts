import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { TRAINING_TAGS } from '@anders-kijken/core';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const components = readdirSync(join(root, 'src/components'));

// A `sideEffects` list that misses a registering file makes a bundler drop it silently, and the tag
// never exists. Bundle the published entry as an app would, run it in Chromium, and count the tags.
async function bundle(entry: string): Promise<string> {
  const result = await build({
    // The flag at the end tells the page the bundle has run: imports are evaluated before it.
    stdin: { contents: `${entry}\nwindow.bundleDone = true;`, resolveDir: root, sourcefile: 'app.js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    treeShaking: true,
    // Resolve @anders-kijken/widgets through its package.json, as a consumer does (not the sources).
    conditions: ['import', 'browser'],
    nodePaths: [join(root, '../../node_modules')],
  });
  return result.outputFiles[0]?.text ?? '';
}

async function registeredTags(code: string): Promise<string[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="nl"><body></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => (window as { bundleDone?: boolean }).bundleDone === true);
    return await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag) !== undefined), components);
  } finally {
    await browser.close();
  }
}

describe('the npm build, bundled by an app', () => {
  // The practice widgets carry their cases: an app that registers every check does not get them too.

  it("registers every check and view through '@anders-kijken/widgets/define', without the practice widgets", async () => {
    const code = await bundle("import '@anders-kijken/widgets/define';");
    expect(await registeredTags(code)).toEqual(components.filter((tag) => !TRAINING_TAGS.includes(tag)));
  });

  // A component's entry registers it and the components it shows inside (the check shows the summary).
  const USES: Record<string, string[]> = { 'ak-signal-check': ['ak-assessment-summary'] };

  it.each(components)('registers %s through its own entry, with only the components it uses', async (tag) => {
    const code = await bundle(`import '@anders-kijken/widgets/${tag}';`);
    expect((await registeredTags(code)).sort()).toEqual([tag, ...(USES[tag] ?? [])].sort());
  });

  it('registers nothing through the main entry, which has no side effects', async () => {
    const code = await bundle("import { VERSION } from '@anders-kijken/widgets'; console.log(VERSION);");
    expect(await registeredTags(code)).toEqual([]);
  });
});
