import { afterEach, describe, expect, it, vi } from 'vitest';
import { allTextsReady, assembleRuleset, textsReady, type TextsModule } from './texts-by-locale.js';

/** A structure as the build writes it: every text replaced by its index, `$u` for one no element shows. */
const structure = JSON.stringify({
  id: 'x',
  name: { $t: 0 },
  sources: [{ id: 'S', about: { $u: 0 } }],
  signals: [{ id: 'a', texts: { label: { $t: 1 }, examples: [{ $t: 2 }] } }],
});
const dutch = ['Naam', 'Label', 'Voorbeeld'];

/** A load the test resolves or rejects when it chooses, counting how often it was asked for. */
function deferredLoad() {
  let settle: { resolve: (texts: TextsModule) => void; reject: (error: Error) => void } | undefined;
  const load = vi.fn(() => new Promise<TextsModule>((resolve, reject) => (settle = { resolve, reject })));
  return { load, settle: () => settle! };
}

type Assembled = {
  name: Record<string, string>;
  sources: { about: Record<string, string> }[];
  signals: { texts: { label: Record<string, string> } }[];
};

afterEach(() => vi.restoreAllMocks());

// One module state for the whole file, as on a page: the tests build on each other, in order.
describe('a ruleset assembled from its structure and one language', () => {
  const english = deferredLoad();
  const notes = deferredLoad();
  const ruleset = assembleRuleset(structure, {
    locale: 'nl',
    texts: dutch,
    others: { en: english.load },
    unshown: notes.load,
  }) as unknown as Assembled;

  it('is complete from the start: stand-ins until the other texts arrive', () => {
    expect(ruleset.name).toEqual({ nl: 'Naam', en: 'Naam' });
    expect(ruleset.signals[0]?.texts.label).toEqual({ nl: 'Label', en: 'Label' });
    expect(ruleset.sources[0]?.about).toEqual({ nl: '…', en: '…' });
    expect(textsReady('nl')).toBeUndefined();
    expect(english.load).not.toHaveBeenCalled();
  });

  it('fills in the texts an element shows in English, in place, loading them once', async () => {
    const label = ruleset.signals[0]?.texts.label;
    const ready = textsReady('en');
    expect(ready).toBeInstanceOf(Promise);
    const again = textsReady('en');
    english.settle().resolve({ default: { en: ['Name', 'Label (en)', 'Example'] } });
    await Promise.all([ready, again]);
    expect(english.load).toHaveBeenCalledTimes(1);
    expect(ruleset.signals[0]?.texts.label).toBe(label);
    expect(label).toEqual({ nl: 'Label', en: 'Label (en)' });
    expect(ruleset.name.en).toBe('Name');
    expect(textsReady('en')).toBeUndefined();
    // The texts no element shows are not loaded for showing English.
    expect(notes.load).not.toHaveBeenCalled();
  });

  it('loads the texts no element shows only when every text is asked for', async () => {
    const ready = allTextsReady();
    notes.settle().resolve({ default: { nl: ['Over de bron'], en: ['About the source'] } });
    await ready;
    expect(ruleset.sources[0]?.about).toEqual({ nl: 'Over de bron', en: 'About the source' });
    expect(notes.load).toHaveBeenCalledTimes(1);
  });

  it('keeps the stand-ins when the texts cannot load, warns once, and never waits for them again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const second = deferredLoad();
    const other = assembleRuleset(structure, { locale: 'nl', texts: dutch, others: { en: second.load } });
    const ready = allTextsReady();
    second.settle().reject(new Error('offline'));
    await expect(ready).resolves.toBeUndefined();
    expect(other.name).toEqual({ nl: 'Naam', en: 'Naam' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"en"');
    expect(textsReady('en')).toBeUndefined();
    expect(second.load).toHaveBeenCalledTimes(1);
  });
});
