import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appBytes, fileBytes, pageBytes } from '../../bench/sizes.mjs';
import { enSafety } from '../../src/translations/en-safety.js';
import { embedFiles } from './page-server.js';

const root = new URL('../../', import.meta.url).pathname;
const components = readdirSync(join(root, 'src/components'));

interface Limit {
  /** The goal of issue 15, where it sets one. */
  budget?: number;
  /** What the tests enforce until the budget is met. */
  ceiling: number;
}
const limits = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')) as {
  loader: Limit;
  pages: Record<string, Limit>;
  assessEntry: Limit;
  embedPatch: Limit;
  classic: Limit;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('sizes', () => {
  const { elements } = embedFiles();
  const loader = fileBytes('embed.js');
  /** A page with one element: the loader and every file it loads for that element. */
  const page = (tag: string) => pageBytes(elements[tag] ?? []);

  it('has a loader for every element, and keeps each page, embed-patch.js and embed-classic.js within their ceilings', async () => {
    expect(Object.keys(elements).sort()).toEqual([...components].sort());
    const sizes: Record<string, number> = {
      'embed.js (the loader)': loader,
      ...Object.fromEntries(components.map((tag) => [`page with <${tag}>`, page(tag)])),
      'embed-patch.js (only with a patch)': fileBytes('embed-patch.js'),
      'embed-classic.js (all in one)': fileBytes('embed-classic.js'),
      define: await appBytes('@anders-kijken/widgets/define'),
    };
    for (const name of components) sizes[`app importing ${name}`] = await appBytes(`@anders-kijken/widgets/${name}`);
    for (const entry of ['@anders-kijken/core/assess', '@anders-kijken/core'])
      sizes[`app importing assess from ${entry}`] = await appBytes(entry, 'assess');
    mkdirSync(join(root, '.reports'), { recursive: true });
    writeFileSync(join(root, '.reports/size.json'), `${JSON.stringify(sizes, null, 2)}\n`);
    console.log(
      Object.entries(sizes)
        .map(([entry, bytes]) => `${entry.padEnd(40)} ${kb(bytes)} gzip`)
        .join('\n'),
    );

    expect(loader).toBeLessThanOrEqual(limits.loader.ceiling);
    for (const tag of components) {
      const limit = limits.pages[tag];
      expect(limit, `size-budget.json has no page for <${tag}>`).toBeDefined();
      expect(page(tag), `page with <${tag}>`).toBeLessThanOrEqual(limit?.ceiling ?? 0);
    }
    expect(sizes['embed-patch.js (only with a patch)']).toBeLessThanOrEqual(limits.embedPatch.ceiling);
    expect(sizes['embed-classic.js (all in one)']).toBeLessThanOrEqual(limits.classic.ceiling);
    const [entry, main] = [
      sizes['app importing assess from @anders-kijken/core/assess'] ?? 0,
      sizes['app importing assess from @anders-kijken/core'] ?? 0,
    ];
    expect(entry).toBeLessThanOrEqual(limits.assessEntry.ceiling);
    // Without the texts and the catalogue, well under half of `assess` from the main entry.
    expect(entry / main).toBeLessThan(0.5);
  });

  it('gives a page the national ruleset in Dutch only, and only the texts its element shows', async () => {
    const { catalogue } = await import('@anders-kijken/core');
    const { english } = embedFiles();
    const read = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');
    // Texts that differ between the languages, long enough to be unmistakable.
    const questions = catalogue.signals.map((signal) => signal.texts.question).filter((text) => text.nl !== text.en);
    const steps = catalogue.nextSteps.map((step) => step.body).filter((text) => text.nl !== text.en);
    const unshown = catalogue.sources.map((source) => source.about);
    expect(questions.length).toBeGreaterThan(30);
    expect(read('texts-en.js')).toContain(JSON.stringify(steps[0]?.en));
    // With the widgets' English strings, which no page in Dutch carries.
    expect(read('texts-en.js')).toContain('Where can I go?');
    expect(read('texts-en-signals.js')).toContain(JSON.stringify(questions[0]?.en));
    expect(read('texts-unshown.js')).toContain(JSON.stringify(unshown[0]?.nl));
    const showSignals = ['ak-assessment-summary', 'ak-signal-catalogue', 'ak-signal-check', 'ak-training'];
    for (const [tag, files] of Object.entries(elements)) {
      expect(
        files.filter((file) => file.startsWith('texts-')),
        `<${tag}>`,
      ).toEqual([]);
      const code = files.map(read).join('\n');
      // The minifier may quote a text otherwise than JSON does: look for the parts between quotes.
      const has = (text: string) => text.split(/["']/).every((part) => code.includes(part));
      const dutch = showSignals.includes(tag) ? questions : [];
      expect(questions.filter((text) => has(text.nl)).length, `<${tag}>`).toBe(dutch.length);
      expect(
        [...questions, ...steps].filter((text) => has(text.en)),
        `<${tag}>`,
      ).toEqual([]);
      // Of the widgets' English strings, only what a person in danger needs: 112, the quick exit, the fallback.
      expect(code, `<${tag}>`).not.toContain('Where can I go?');
      expect(
        Object.values(enSafety).filter((text) => !has(text)),
        `<${tag}>`,
      ).toEqual([]);
      expect(
        steps.filter((text) => !has(text.nl)),
        `<${tag}>`,
      ).toEqual([]);
      expect(
        unshown.filter((text) => has(text.nl)),
        `<${tag}>`,
      ).toEqual([]);
      // In English, the loader asks for the English texts of what the element shows.
      expect(english[tag], `<${tag}>`).toEqual(
        showSignals.includes(tag) ? ['texts-en.js', 'texts-en-signals.js'] : ['texts-en.js'],
      );
    }
  });

  it('has every element that reads the texts of signals import them, and no other', () => {
    // What only src/internal/signal-texts.ts gives a page: labels, questions and examples of signals
    // and risk factors, their help, dimensions, rules, parameters, and what `explain` writes with them.
    const reads =
      /texts\.(label|question|parentQuestion|examples)\b|ruleset\.(dimensions|rules|parameters)\b|explain\(|help:/;
    for (const tag of components) {
      const folder = join(root, 'src/components', tag);
      const code = readdirSync(folder)
        .filter((file) => file.endsWith('.ts') && !file.includes('.test.') && !file.includes('.styles.'))
        .map((file) => readFileSync(join(folder, file), 'utf8'))
        .join('\n');
      expect(code.includes("import '../../internal/signal-texts.js';"), `<${tag}>`).toBe(reads.test(code));
    }
  });

  it('gives a check page only its own files: never the practice cases, never the schemas', () => {
    const read = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');
    const practice = [...(elements['ak-training'] ?? []), ...(elements['ak-youth-training'] ?? [])];
    // A case's id marks the chunk with the cases; `_zod` marks the schemas, which live in embed-patch.js.
    expect(practice.some((file) => read(file).includes('daan-parking-garage'))).toBe(true);
    expect(read('embed-patch.js')).toContain('_zod');
    for (const tag of [
      'ak-assessment-summary',
      'ak-referral-guide',
      'ak-signal-catalogue',
      'ak-signal-check',
      'ak-youth-check',
    ])
      for (const file of elements[tag] ?? []) {
        expect(read(file), `${file} of <${tag}>`).not.toContain('daan-parking-garage');
        expect(read(file), `${file} of <${tag}>`).not.toContain('_zod');
      }
  });
});
