import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addTextsLoad,
  allTextsReady,
  assembleRuleset,
  provideTexts,
  textsReady,
  type TextsModule,
} from './texts-by-locale.js';

/**
 * A structure as the build writes it: every text replaced by its group and index. `$t` every element
 * may show, `$s` the texts of signals, `$u` those no element shows.
 */
const structure = JSON.stringify({
  id: 'x',
  name: { $t: 0 },
  nextSteps: [{ id: 'call', title: { $t: 1 } }],
  sources: [{ id: 'S', about: { $u: 0 } }],
  signals: [{ id: 'a', texts: { label: { $s: 0 }, examples: [{ $s: 1 }] } }],
});

/** A load the test resolves or rejects when it chooses, counting how often it was asked for. */
function deferredLoad() {
  let settle: { resolve: (texts: TextsModule) => void; reject: (error: Error) => void } | undefined;
  const load = vi.fn(() => new Promise<TextsModule>((resolve, reject) => (settle = { resolve, reject })));
  return { load, settle: () => settle! };
}

type Text = Record<'nl' | 'en', string>;
type Assembled = {
  name: Text;
  nextSteps: { title: Text }[];
  sources: { about: Text }[];
  signals: { texts: { label: Text; examples: Text[] } }[];
};

afterEach(() => vi.restoreAllMocks());

// One module state for the whole file, as on a page: the tests build on each other, in order.
describe('a ruleset assembled from its structure and some of its texts', () => {
  const english = deferredLoad();
  const englishSignals = deferredLoad();
  const dutchSignals = deferredLoad();
  const notes = deferredLoad();
  const ruleset = assembleRuleset(structure, {
    $t: { given: { nl: ['Naam', 'Bel'] }, files: [{ locales: ['en'], load: english.load }] },
    $s: {
      files: [
        { locales: ['nl'], load: dutchSignals.load },
        { locales: ['en'], load: englishSignals.load },
      ],
    },
    $u: { files: [{ locales: ['nl', 'en'], load: notes.load }] },
  }) as unknown as Assembled;
  const label = ruleset.signals[0]?.texts.label;

  it('is complete from the start: the given Dutch in English, `…` where a group has no text yet', () => {
    expect(ruleset.name).toEqual({ nl: 'Naam', en: 'Naam' });
    expect(label).toEqual({ nl: '…', en: '…' });
    expect(ruleset.sources[0]?.about).toEqual({ nl: '…', en: '…' });
    expect(textsReady('nl')).toBeUndefined();
  });

  it('loads for showing English only the groups an element on the page shows, each once', async () => {
    const ready = textsReady('en');
    const again = textsReady('en');
    english.settle().resolve({ default: { en: ['Name', 'Call'] } });
    await Promise.all([ready, again]);
    expect(english.load).toHaveBeenCalledTimes(1);
    expect(ruleset.nextSteps[0]?.title).toEqual({ nl: 'Bel', en: 'Call' });
    expect(englishSignals.load).not.toHaveBeenCalled();
    expect(notes.load).not.toHaveBeenCalled();
    expect(textsReady('en')).toBeUndefined();
  });

  it('fills in a group an element provides, in place, and from then on loads its English too', async () => {
    provideTexts('$s', { nl: ['Uitkijk', 'Staat op de hoek'] });
    expect(ruleset.signals[0]?.texts.label).toBe(label);
    expect(label).toEqual({ nl: 'Uitkijk', en: '…' });
    expect(dutchSignals.load).not.toHaveBeenCalled();
    const ready = textsReady('en');
    expect(ready).toBeInstanceOf(Promise);
    englishSignals.settle().resolve({ default: { en: ['Lookout', 'Stands on the corner'] } });
    await ready;
    expect(ruleset.signals[0]?.texts.examples[0]).toEqual({ nl: 'Staat op de hoek', en: 'Stands on the corner' });
  });

  it('waits for what else an element needs to show a locale, loaded once with its texts', async () => {
    const strings = { title: 'Waar kan ik terecht?' };
    const load = vi.fn(() => Promise.resolve(void Object.assign(strings, { title: 'Where can I go?' })));
    addTextsLoad('en', load);
    const ready = textsReady('en');
    expect(ready).toBeInstanceOf(Promise);
    await ready;
    expect(strings.title).toBe('Where can I go?');
    expect(textsReady('en')).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the texts no element shows only when every text is asked for', async () => {
    const ready = allTextsReady();
    notes.settle().resolve({ default: { nl: ['Over de bron'], en: ['About the source'] } });
    await ready;
    expect(ruleset.sources[0]?.about).toEqual({ nl: 'Over de bron', en: 'About the source' });
    expect(notes.load).toHaveBeenCalledTimes(1);
    expect(dutchSignals.load).not.toHaveBeenCalled();
  });

  it('keeps the stand-ins when texts cannot load, warns once, and never waits for them again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = deferredLoad();
    const other = assembleRuleset(structure, {
      $t: { given: { nl: ['Naam', 'Bel'] }, files: [{ locales: ['en'], load: failing.load }] },
    }) as unknown as Assembled;
    const ready = allTextsReady();
    failing.settle().reject(new Error('offline'));
    await expect(ready).resolves.toBeUndefined();
    expect(other.name).toEqual({ nl: 'Naam', en: 'Naam' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"en"');
    expect(textsReady('en')).toBeUndefined();
    expect(failing.load).toHaveBeenCalledTimes(1);
  });
});

describe('a ruleset assembled after an element provided texts', () => {
  it('gets them at once: the order in which modules run does not matter', () => {
    const ruleset = assembleRuleset(structure, {
      $t: { given: { nl: ['Naam', 'Bel'] } },
      $s: { files: [{ locales: ['nl'], load: () => Promise.reject(new Error('not asked for')) }] },
    }) as unknown as Assembled;
    expect(ruleset.signals[0]?.texts.label.nl).toBe('Uitkijk');
  });
});
