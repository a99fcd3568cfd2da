import { expect, it } from 'vitest';
import { allTextsReady, assembleRuleset } from './texts-by-locale.js';

// A file of its own: on this page no element provides the texts of signals.
it('loads the texts of signals in Dutch when every text is asked for, as a patch on a referral guide page does', async () => {
  const load = () => Promise.resolve({ default: { nl: ['Uitkijk'] } });
  const ruleset = assembleRuleset(JSON.stringify({ signals: [{ texts: { label: { $s: 0 } } }] }), {
    $s: { files: [{ locales: ['nl'], load }] },
  }) as unknown as { signals: { texts: { label: Record<string, string> } }[] };
  expect(ruleset.signals[0]?.texts.label).toEqual({ nl: '…', en: '…' });
  await allTextsReady();
  expect(ruleset.signals[0]?.texts.label).toEqual({ nl: 'Uitkijk', en: '…' });
});
